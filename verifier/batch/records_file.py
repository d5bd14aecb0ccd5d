"""The crash-safe records file: one JSON record per call, appended as calls finish.

The records file is JSON Lines, one record per call, appended as calls finish. Each record is
written with a single ``os.write`` of the whole line, newline included, on a file opened with
``O_APPEND``: once ``write`` returns the bytes belong to the kernel, so killing the process (even
with SIGKILL) cannot leave a half line behind it. What can cut a line is the machine itself
(power loss, kernel crash) or a full disk; ``fsync`` every ``FSYNC_INTERVAL_S`` bounds what a
power cut can take back, and ``--resume`` cuts off a trailing partial or invalid line before it
appends anything. A write that fails (a full disk) is cut back to the last whole line at once.
Resume keys on (call_id, sha256 of the file): a call whose file changed is checked again and its
new record appended after the old one; readers keep the last record per call_id, and a run that
completes rewrites the file without the superseded records.

One run at a time: the writer holds an exclusive ``flock`` from its open until it closes,
compaction included (the rewritten file is locked before it is renamed into place), and a run
that got its lock on a file that was replaced meanwhile opens the new one again; so a second
run is refused, never appends to a file that a rename is about to discard. The records file must
be a regular file (a link to one is followed: compaction replaces the target, not the link).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from typing import Any

from ..errors import VerifierError
from ..hashing import file_kind

log = logging.getLogger(__name__)

# A power cut loses at most this many seconds of records (resume redoes them); SIGKILL loses none.
FSYNC_INTERVAL_S = 10.0
# Opening again after the file was replaced under us (by another run's compaction) ends quickly;
# this bounds it all the same.
MAX_REOPENS = 20


class OutputError(VerifierError):
    """The records file cannot be used: it exists, is locked, or is not a records file."""


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
        self._fd = self._open_locked()
        # Compaction renames over the file a link points to, never over the link itself.
        self._target = os.path.realpath(self.path)
        try:
            self._prepare(mode, retry_errors)
        except BaseException:
            os.close(self._fd)
            raise

    def _open_locked(self) -> int:
        """The file opened for appending, locked, and still the one the path names."""
        for _ in range(MAX_REOPENS):
            fd = self._open_regular()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise OutputError(f"{self.path}: another batch is writing to this file") from None
            # Another run's compaction may have renamed a new file over this one between our
            # open and our lock: appending to the old one would lose the records. Open again.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except OSError:
                same = False
            if same:
                return fd
            os.close(fd)
        raise OutputError(f"{self.path}: the file keeps being replaced; is another program writing it?")

    def _open_regular(self) -> int:
        """Open (0o600: records hold transcripts, personal data) a regular file, or refuse."""
        try:
            kind = os.stat(self.path).st_mode
        except FileNotFoundError:
            kind = stat.S_IFREG
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot open ({exc.strerror or exc})") from exc
        if not stat.S_ISREG(kind):
            raise OutputError(self._not_regular(kind))
        try:
            # O_NONBLOCK: a FIFO put there since the check must not block the open.
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NONBLOCK, 0o600)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot open ({exc.strerror or exc})") from exc
        kind = os.fstat(fd).st_mode
        if not stat.S_ISREG(kind):
            os.close(fd)
            raise OutputError(self._not_regular(kind))
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        return fd

    def _not_regular(self, mode: int) -> str:
        return (f"{self.path}: is {file_kind(mode)}; the records file must be a regular file "
                "(it is read back for --resume, the summary and the CSV)")

    def _prepare(self, mode: str, retry_errors: bool) -> None:
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
        """Append one complete line (the caller's bytes end with a newline).

        A write that fails part-way (a full disk) is cut back, so the file still ends at a
        whole line.
        """
        view = memoryview(line)
        start = -1
        try:
            start = os.fstat(self._fd).st_size  # we hold the lock: nobody else appends
            # A regular file takes the line at once; the loop is for a short write on a full disk.
            while view:
                written = os.write(self._fd, view)
                if written <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                view = view[written:]
            if time.monotonic() - self._last_sync >= FSYNC_INTERVAL_S:
                os.fsync(self._fd)
                self._last_sync = time.monotonic()
        except OSError as exc:
            if start >= 0 and view:
                self._cut_back(start)
            raise OutputError(f"{self.path}: cannot write ({exc.strerror or exc}); "
                              f"fix that and run again with --resume") from exc

    def _cut_back(self, size: int) -> None:
        try:
            os.ftruncate(self._fd, size)
        except OSError as exc:  # --resume cuts a partial last line all the same
            log.error("%s: cannot cut off a partial line (%s)", self.path, exc.strerror or exc)

    def compact(self) -> int:
        """Drop superseded records (see ``compact_records``) without letting go of the lock: the
        rewritten file is locked before it replaces the old one, and the writer then holds it."""
        self._sync()
        superseded, new_fd = _compact(self._target)
        if new_fd is not None:
            old, self._fd = self._fd, new_fd
            os.close(old)
        return superseded

    def _sync(self) -> None:
        try:
            os.fsync(self._fd)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write ({exc.strerror or exc}); "
                              f"fix that and run again with --resume") from exc

    def close(self, *, quiet: bool = False) -> None:
        """Flush to disk and let go of the lock. ``quiet``: while another error is on its way
        out, a failing flush is logged instead of hiding it."""
        if self._fd < 0:
            return
        try:
            self._sync()
        except OutputError as exc:
            if not quiet:
                raise
            log.error("%s", exc)
        finally:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> RecordsWriter:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(quiet=exc_type is not None)


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
    the new file, both valid. A batch compacts through ``RecordsWriter.compact``, under its lock.
    """
    superseded, fd = _compact(os.path.realpath(path))
    if fd is not None:
        os.close(fd)
    return superseded


def _compact(path: str) -> tuple[int, int | None]:
    """(records dropped, a locked append descriptor of the new file, or None if unchanged)."""
    last: dict[str, int] = {}
    with_id = 0
    for lineno, record in enumerate(iter_records(path)):
        if isinstance(record.get("call_id"), str):
            last[record["call_id"]] = lineno
            with_id += 1
    if with_id == len(last):
        return 0, None
    folder = os.path.dirname(path)
    out = tempfile.NamedTemporaryFile("wb", dir=folder, prefix=".compact-", delete=False)
    new_fd = -1
    try:
        with out:
            os.fchmod(out.fileno(), stat.S_IMODE(os.stat(path).st_mode))
            for lineno, record in enumerate(iter_records(path)):
                call_id = record.get("call_id")
                if not isinstance(call_id, str) or last.get(call_id) == lineno:
                    out.write(encode_line(record))
            out.flush()
            os.fsync(out.fileno())
        new_fd = os.open(out.name, os.O_WRONLY | os.O_APPEND)
        fcntl.flock(new_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # locked before anyone can see it
        os.replace(out.name, path)
    except BaseException as exc:
        if new_fd >= 0:
            os.close(new_fd)
        with contextlib.suppress(OSError):
            os.unlink(out.name)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot rewrite without its superseded records "
                              f"({exc.strerror or exc}); the records file is unchanged") from exc
        raise
    try:
        _fsync_dir(folder)
    except OSError as exc:  # the rename is done; only its durability across a power cut is unsure
        log.warning("%s: cannot flush the folder (%s)", folder, exc.strerror or exc)
    return with_id - len(last), new_fd


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
