"""Batch input and output: finding the calls in an archive, and the crash-safe records file.

Shared by the local batch (``batch.py``) and any other engine that writes the same files.

The records file is JSON Lines, one record per call, appended as calls finish. Each record is
written with a single ``os.write`` of the whole line, newline included, on a file opened with
``O_APPEND``: once ``write`` returns the bytes belong to the kernel, so killing the process (even
with SIGKILL) cannot leave a half line behind it. What can cut a line is the machine itself
(power loss, kernel crash) or a full disk; ``fsync`` every ``FSYNC_INTERVAL_S`` bounds what a
power cut can take back, and ``--resume`` cuts off a trailing partial or invalid line before it
appends anything. Resume keys on (call_id, sha256 of the file): a call whose file changed is
checked again and its new record appended after the old one; readers keep the last record per
call_id, and a run that completes rewrites the file without the superseded records.
"""

from __future__ import annotations

import csv
import fcntl
import json
import logging
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import VerifierError

log = logging.getLogger(__name__)

# The formats DOMAIN.md lists, plus containers call recorders export (WMA, MP4 with an audio track).
AUDIO_EXTENSIONS = frozenset(
    {".wav", ".mp3", ".ogg", ".opus", ".flac", ".m4a", ".aac", ".wma", ".mp4"}
)
# A power cut loses at most this many seconds of records (resume redoes them); SIGKILL loses none.
FSYNC_INTERVAL_S = 10.0
CSV_COLUMNS = (
    "call_id", "verdict", "consent_status", "reasons", "required_action",
    "language", "duration_s", "error",
)
# Spreadsheets run a cell that starts with one of these as a formula; file names are user data.
_CSV_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class OutputError(VerifierError):
    """The records file cannot be used: it exists, is locked, or is not a records file."""


@dataclass(frozen=True)
class CallInput:
    """One call of the archive: its stable id and where to read it."""

    call_id: str
    path: str


@dataclass(frozen=True)
class SourceProblem:
    """Something in SOURCE that gives no record: an unreadable folder, a folder seen twice."""

    path: str
    message: str
    is_error: bool


Reporter = Callable[[SourceProblem], None]


def is_audio_name(name: str) -> bool:
    """Whether a file name has one of the audio extensions (any case)."""
    return os.path.splitext(name)[1].lower() in AUDIO_EXTENSIONS


def iter_calls(
    source: str | os.PathLike[str], *, report: Reporter | None = None
) -> Iterator[CallInput]:
    """The calls in SOURCE, in a stable order: a folder (walked), a list of paths, or one file.

    Raises:
        VerifierError: SOURCE is missing or is a file that is neither audio nor a text list.
    """
    report = report or _log_problem
    path = Path(source)
    if path.is_dir():
        yield from _walk_folder(os.fspath(path), report)
    elif path.is_file() and is_audio_name(path.name):
        yield CallInput(call_id=path.name, path=os.fspath(path))
    elif path.is_file():
        yield from _read_list(path)
    else:
        raise VerifierError(f"{source}: no such folder or file")


def _log_problem(problem: SourceProblem) -> None:
    (log.error if problem.is_error else log.warning)("%s: %s", problem.path, problem.message)


def _walk_folder(root: str, report: Reporter) -> Iterator[CallInput]:
    """Depth first, entries sorted by name, symlinks followed, each real folder entered once."""
    visited: dict[tuple[int, int], str] = {}
    stack: list[Iterator[tuple[str, str, bool]]] = []
    listing = _list_folder(root, "", visited, report)
    if listing is not None:
        stack.append(iter(listing))
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
            continue
        path, rel, is_dir = item
        if is_dir:
            listing = _list_folder(path, rel, visited, report)
            if listing is not None:
                stack.append(iter(listing))
        elif is_audio_name(rel):
            yield CallInput(call_id=rel, path=path)


def _list_folder(
    path: str, rel: str, visited: dict[tuple[int, int], str], report: Reporter
) -> list[tuple[str, str, bool]] | None:
    """(path, call_id, is_dir) for each entry, sorted; None when the folder is skipped."""
    shown = rel or "."
    try:
        st = os.stat(path)
        key = (st.st_dev, st.st_ino)
        if key in visited:
            # A symlink back to an ancestor (a loop) or to a folder already walked: skip, so
            # every file is checked once, under the first name met in the sorted walk.
            report(SourceProblem(shown, f"skipped: same folder as {visited[key]!r}", False))
            return None
        visited[key] = shown
        with os.scandir(path) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        report(SourceProblem(shown, f"cannot read folder: {exc.strerror or exc}", True))
        return None
    out = []
    for entry in entries:
        child = f"{rel}/{entry.name}" if rel else entry.name
        out.append((entry.path, child, _is_dir(entry)))
    return out


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows symlinks; False for a dangling one
    except OSError:
        return False


def _read_list(list_path: Path) -> Iterator[CallInput]:
    """A text file of paths, one per line; '#' starts a comment; relative to the list's folder."""
    base = list_path.parent
    seen: set[str] = set()
    try:
        with open(list_path, encoding="utf-8-sig") as lines:
            for lineno, raw in enumerate(lines, 1):
                line = raw.strip()
                if not line or line.startswith("#"):
                    continue
                if line in seen:
                    log.warning("%s:%d: %s listed again; checked once", list_path, lineno, line)
                    continue
                seen.add(line)
                path = line if os.path.isabs(line) else os.fspath(base / line)
                yield CallInput(call_id=line, path=path)
    except UnicodeDecodeError:
        raise VerifierError(
            f"{list_path}: neither a folder, an audio file nor a UTF-8 text list of paths"
        ) from None
    except OSError as exc:
        raise VerifierError(f"{list_path}: cannot read ({exc.strerror or exc})") from exc


def regular_file_problem(path: str) -> str | None:
    """Why PATH cannot be read as an audio file (missing, a folder, a device), or None."""
    try:
        st = os.stat(path)
    except OSError as exc:
        return f"cannot open: {exc.strerror or exc}"
    if stat.S_ISDIR(st.st_mode):
        return "is a folder, not an audio file"
    if not stat.S_ISREG(st.st_mode):
        # A FIFO or device would block or never end; it is not a recording.
        return "not a regular file"
    return None


def record_sha(record: dict[str, Any]) -> str | None:
    """The file hash a record was made from: ``source.sha256``."""
    source = record.get("source")
    return source.get("sha256") if isinstance(source, dict) else None


def encode_line(record: dict[str, Any]) -> bytes:
    """One JSON Lines line. Names that are not valid UTF-8 are written as JSON escapes."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    try:
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record, separators=(",", ":")) + "\n").encode("ascii")


class RecordsWriter:
    """Appends records to a JSON Lines file, one ``os.write`` per line; holds an exclusive lock.

    ``mode`` is "new" (refuse a non-empty file), "overwrite" or "resume". After ``open``,
    ``done`` maps each recorded call_id to its file's sha256 ("" when the file was unreadable).
    """

    def __init__(self, path: str | os.PathLike[str], *, mode: str, retry_errors: bool = False):
        self.path = os.fspath(path)
        self.done: dict[str, str] = {}
        self._last_sync = time.monotonic()
        # 0o600: records hold transcripts, which are personal data.
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot open ({exc.strerror or exc})") from exc
        try:
            self._prepare(mode, retry_errors)
        except BaseException:
            os.close(self._fd)
            raise

    def _prepare(self, mode: str, retry_errors: bool) -> None:
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"{self.path}: another batch is writing to this file") from None
        if mode == "overwrite":
            os.ftruncate(self._fd, 0)
        elif mode == "resume":
            self.done, good_end = scan_records(self.path, retry_errors=retry_errors)
            if good_end < os.fstat(self._fd).st_size:
                log.warning("%s: cut off a partial last line (interrupted write)", self.path)
                os.ftruncate(self._fd, good_end)
        elif os.fstat(self._fd).st_size > 0:
            raise OutputError(
                f"{self.path}: already exists; use --resume to continue it "
                f"or --overwrite to replace it"
            )

    def write(self, line: bytes) -> None:
        """Append one complete line (the caller's bytes end with a newline)."""
        view = memoryview(line)
        try:
            # A regular file takes the line at once; the loop is for a short write on a full disk.
            while view:
                view = view[os.write(self._fd, view):]
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write ({exc.strerror or exc}); "
                              f"fix that and run again with --resume") from exc
        if time.monotonic() - self._last_sync >= FSYNC_INTERVAL_S:
            os.fsync(self._fd)
            self._last_sync = time.monotonic()

    def close(self) -> None:
        if self._fd >= 0:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> RecordsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def scan_records(path: str, *, retry_errors: bool = False) -> tuple[dict[str, str], int]:
    """Read a records file for resume: (call_id -> sha256 of done calls, end of the valid part).

    The last record per call_id counts. A last line without its newline, or not valid JSON, is
    outside the valid part (an interrupted write). With ``retry_errors``, calls whose last record
    is an error are not done. Raises OutputError for a bad line before the last one.
    """
    done: dict[str, str] = {}
    good_end = offset = 0
    bad_line = 0
    with open(path, "rb") as f:
        for lineno, line in enumerate(f, 1):
            if bad_line:
                raise OutputError(
                    f"{path}: line {bad_line} is not a JSON record; the file was changed by "
                    f"something other than the batch; repair or move it"
                )
            offset += len(line)
            record = _parse_line(line)
            if record is None:
                if not line.startswith((b"{", b"\0")):  # ours start with "{" (NULs: power cut)
                    raise OutputError(f"{path}: line {lineno} is not a JSON record; is this a "
                                      f"records file written by `batch`?")
                bad_line = lineno
                continue
            good_end = offset
            call_id = record.get("call_id")
            if not isinstance(call_id, str):
                continue
            if retry_errors and record.get("error"):
                done.pop(call_id, None)
            else:
                done[call_id] = record_sha(record) or ""
    return done, good_end


def _parse_line(line: bytes) -> dict[str, Any] | None:
    if not line.endswith(b"\n"):
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


def compact_records(path: str) -> int:
    """Drop records superseded by a later one for the same call_id; returns how many.

    The file is rewritten beside itself and renamed over it, so a crash leaves either the old or
    the new file, both valid.
    """
    last: dict[str, int] = {}
    with_id = 0
    for lineno, record in enumerate(iter_records(path)):
        if isinstance(record.get("call_id"), str):
            last[record["call_id"]] = lineno
            with_id += 1
    if with_id == len(last):
        return 0
    folder = os.path.dirname(os.path.abspath(path))
    with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=".compact-", delete=False) as out:
        for lineno, record in enumerate(iter_records(path)):
            call_id = record.get("call_id")
            if not isinstance(call_id, str) or last[call_id] == lineno:
                out.write(encode_line(record))
        out.flush()
        os.fsync(out.fileno())
    os.replace(out.name, path)
    _fsync_dir(folder)
    return with_id - len(last)


def iter_records(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Every record in a records file, in file order, one at a time."""
    with open(path, "rb") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _fsync_dir(folder: str) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def csv_row(record: dict[str, Any]) -> list[str]:
    """The spreadsheet row of one record, in CSV_COLUMNS order."""
    consent = record.get("consent") or {}
    source = record.get("source") or {}
    error = record.get("error")
    if isinstance(error, dict):
        error = ": ".join(str(error[k]) for k in ("code", "message") if error.get(k))
    duration = source.get("duration_s")
    row = [
        record.get("call_id"),
        record.get("verdict"),
        consent.get("status"),
        ";".join(r.get("code", "") for r in record.get("reasons") or []),
        record.get("required_action"),
        record.get("language"),
        "" if duration is None else f"{duration:.2f}",
        error,
    ]
    return [_csv_cell(v) for v in row]


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_CSV_FORMULA_PREFIXES) else text


def write_csv(records: Iterable[dict[str, Any]], csv_path: str | os.PathLike[str]) -> None:
    """One row per record, written to a temporary file and renamed into place.

    UTF-8 with a byte-order mark, so spreadsheet programs show æ, ø and å in file names.
    """
    target = os.path.abspath(csv_path)
    folder = os.path.dirname(target)
    with tempfile.NamedTemporaryFile(
        "w", dir=folder, prefix=".csv-", delete=False, encoding="utf-8-sig",
        errors="backslashreplace", newline="",
    ) as out:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for record in records:
            writer.writerow(csv_row(record))
    os.replace(out.name, target)
