"""Finding the calls in SOURCE: a folder (walked), a text list of paths, or one audio file.

Each call gets a stable ``call_id`` (its path relative to SOURCE, or the line of the list), which
is what the records file keys on for ``--resume``.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import VerifierError

log = logging.getLogger(__name__)

# The formats DOMAIN.md lists, plus containers call recorders export (WMA, MP4 with an audio track).
AUDIO_EXTENSIONS = frozenset(
    {".wav", ".mp3", ".ogg", ".opus", ".flac", ".m4a", ".aac", ".wma", ".mp4"}
)


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


def output_problem(source: str | os.PathLike[str], output: str | os.PathLike[str]) -> str | None:
    """Why an output (the records file, the CSV) may not be written at ``output`` given SOURCE:
    it is SOURCE itself, or it lies inside the SOURCE folder with an audio extension, where the
    walk would find it and check the batch's own output as a call. None when it is fine."""
    src, out = os.path.realpath(source), os.path.realpath(output)
    try:
        same = out == src or os.path.samefile(out, src)
    except OSError:
        same = False
    if same:
        return "is SOURCE itself; write the records elsewhere"
    if os.path.isdir(src) and is_audio_name(out) and out.startswith(src.rstrip(os.sep) + os.sep):
        return ("is inside SOURCE and has an audio extension: the batch would check its own "
                "output as a call; give it another extension (.jsonl, .csv) or put it elsewhere")
    return None


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
