"""What the desk reads: a records file (JSON Lines from `batch`) and the reviews file beside it.

Records are data written by the verifier, but a records file is also a file anyone can edit, so
nothing in it is trusted: every value shown is checked for its type, numbers for being finite,
texts are cut to a sane length and written with their terminal and bidirectional controls made
visible (a file name holding U+202E must not show as another name). Pages escape what they show
(jinja2 autoescape, ``textContent``); this module only decides what there is to show.

The reviews file (``RECORDS.reviews.jsonl``) is append-only: one decision per line, each written
with one ``os.write`` on a file opened with ``O_APPEND`` under an exclusive lock; the records file
is never written.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..engine.codes import Action, Code, ConsentStatus, Verdict
from ..errors import VerifierError

VERDICTS: tuple[str, ...] = tuple(v.value for v in Verdict)
CONSENT_STATUSES: tuple[str, ...] = tuple(s.value for s in ConsentStatus)
ACTIONS: tuple[str, ...] = tuple(a.value for a in Action)
REASON_CODES: tuple[str, ...] = tuple(c.value for c in Code)
DECISIONS = ("compliant", "non_compliant")

# The formats `batch` reads (verifier/batch/sources.py; not imported: the batch package imports the
# speech stack). The desk serves no other kind of file, whatever a record names.
AUDIO_EXTENSIONS = frozenset(
    {".wav", ".mp3", ".ogg", ".opus", ".flac", ".m4a", ".aac", ".wma", ".mp4"}
)

# The timeline's lanes, top to bottom; mono calls have unlabelled speech.
LANES = ("agent", "customer", "unlabelled")
# Evidence marks on a timeline, in legend order: (kind, record element(s)).
MARK_KINDS = (
    "notice", "vague notice", "purpose", "request", "negative request", "reply",
    "withdrawal right", "objection option", "retention", "key prompt", "key press", "coercion",
    "withdrawal", "threat", "recording stopped",
)
ELEMENT_KIND = {
    "recording_notice": "notice", "vague_notice": "vague notice", "purpose": "purpose",
    "consent_request": "request", "negative_request": "negative request",
    "withdrawal_info": "withdrawal right", "objection_info": "objection option",
    "retention": "retention", "keypress_optin": "key prompt", "keypress_optout": "key prompt",
    "coercion": "coercion", "withdrawal": "withdrawal", "threat": "threat",
    "stop_ack": "recording stopped",
}

TEXT_LIMIT = 400  # characters of one segment or evidence text shown
NAME_LIMIT = 300  # characters of a call_id, path or folder shown
MAX_SEGMENTS = 400  # per timeline
OPENING_S = 75.0  # the default policy's deadline plus its reply window, when a record has none
MAX_TIME_S = 10.0 * 24 * 3600  # anything later is not a time in a call

# C0/C1 controls, DEL, bidirectional overrides and isolates, line/paragraph separators, lone
# surrogates: shown as \x1b, \u202e, ... so that text cannot reorder or hide what is around it.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")


class DeskError(VerifierError):
    """A records or reviews file that cannot be read or written, or a bad decision."""


def visible(value: Any, limit: int = TEXT_LIMIT, *, newlines: bool = False,
            name: bool = False) -> str:
    """``value`` as text to show: a string (anything else gives ""), controls made visible, cut.
    Line breaks and tabs become spaces in text, stay as they are with ``newlines``, and are
    written as \\x0a, \\x09 in a ``name`` (a file name with a line break is not another name)."""
    if not isinstance(value, str):
        return ""

    def escape(m: re.Match[str]) -> str:
        ch = m.group()
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"

    text = _UNSAFE.sub(escape, value)
    if name:
        text = text.replace("\n", "\\x0a").replace("\t", "\\x09")
    elif not newlines:
        text = text.replace("\n", " ").replace("\t", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def number(value: Any, *, low: float = 0.0, high: float = MAX_TIME_S) -> float | None:
    """A finite number within [low, high], or None (bools, strings, NaN and infinities are not)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    value = float(value)
    if not math.isfinite(value) or value < low or value > high:
        return None
    return round(value, 3)


def _choice(value: Any, allowed: Iterable[str], other: str = "unknown") -> str:
    return value if isinstance(value, str) and value in allowed else other


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


# ---- the records file ----------------------------------------------------------------------


@dataclass
class Archive:
    """A records file as the desk sees it: the last record per call, in file order."""

    path: Path
    records: list[dict[str, Any]] = field(default_factory=list)
    bad_lines: int = 0  # lines that are not a JSON object
    superseded: int = 0  # older records of a call recorded again (resume after a change)

    def __len__(self) -> int:
        return len(self.records)


def load_records(path: str | os.PathLike[str]) -> Archive:
    """Read a records file; lines that are not JSON objects are counted, not fatal.

    Raises:
        DeskError: the file cannot be opened or read.
    """
    path = Path(path)
    by_id: dict[str, dict[str, Any]] = {}
    archive = Archive(path)
    try:
        with open(path, "rb") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    archive.bad_lines += 1
                    continue
                if not isinstance(record, dict):
                    archive.bad_lines += 1
                    continue
                call_id = record.get("call_id")
                key = call_id if isinstance(call_id, str) and call_id else f"line {lineno}"
                if key in by_id:
                    archive.superseded += 1
                    del by_id[key]
                record["call_id"] = key
                by_id[key] = record
    except IsADirectoryError:
        raise DeskError(f"{path}: is a folder, not a records file") from None
    except FileNotFoundError:
        raise DeskError(f"{path}: no such records file") from None
    except OSError as exc:
        raise DeskError(f"{path}: cannot read ({exc.strerror or exc})") from None
    archive.records = list(by_id.values())
    return archive


# ---- one call, as shown ---------------------------------------------------------------------


def folder_of(call_id: str, depth: int = 1) -> str:
    """The folder a call belongs to: the first ``depth`` parts of its call_id's folders."""
    parts = PurePosixPath(call_id.replace("\\", "/")).parts[:-1]
    parts = tuple(p for p in parts if p not in ("/", "", "."))
    return "/".join(parts[: max(1, depth)]) if parts else "(top level)"


def _lane(speaker: Any) -> str:
    return speaker if speaker in ("agent", "customer") else "unlabelled"


def _mark(kind: str, evidence: Any, *, lane: str | None = None) -> dict[str, Any] | None:
    evidence = _dict(evidence)
    start = number(evidence.get("start"))
    if start is None:
        return None
    end = number(evidence.get("end"))
    return {
        "time": start, "end": end if end is not None and end >= start else start,
        "lane": lane or _lane(evidence.get("speaker")), "kind": kind,
        "text": visible(evidence.get("text")), "phrase": visible(evidence.get("phrase")),
        "score": number(evidence.get("score"), high=1.0),
    }


def evidence_marks(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence of a record as timeline marks, by time: each element found, the reply, the
    withdrawals, key presses (the record's and the transcript's), threats."""
    marks: list[dict[str, Any] | None] = []
    for element, hits in _dict(record.get("findings")).items():
        kind = ELEMENT_KIND.get(element)
        if kind is None:
            continue
        marks.extend(_mark(kind, hit) for hit in _list(hits)[:20])
    consent = _dict(record.get("consent"))
    marks.append(_mark("request", consent.get("request")))
    marks.append(_mark("reply", consent.get("reply")))
    marks.extend(_mark("withdrawal", w) for w in _list(record.get("withdrawals"))[:20])
    keypress = _dict(consent.get("keypress"))
    digit = visible(keypress.get("digit"), 4)
    at = number(keypress.get("time"))
    if at is not None:
        meaning = visible(keypress.get("meaning"), 20).replace("_", "-")
        marks.append({"time": at, "end": at, "lane": "customer", "kind": "key press",
                      "text": f"key {digit} ({meaning})", "phrase": "", "score": None})
    for event in _list(_dict(record.get("transcript")).get("events"))[:50]:
        event = _dict(event)
        at = number(event.get("time"))
        if at is not None and event.get("type") == "dtmf":
            marks.append({"time": at, "end": at, "lane": "customer", "kind": "key press",
                          "text": f"key {visible(event.get('digit'), 4)}", "phrase": "",
                          "score": None})
    seen: set[tuple[str, str, float]] = set()
    out = []
    for mark in sorted((m for m in marks if m is not None), key=lambda m: (m["time"], m["kind"])):
        key = (mark["kind"], mark["lane"], round(mark["time"], 1))
        if key not in seen:
            seen.add(key)
            out.append(mark)
    return out


LABEL_WORDS = 60  # characters of the words heard written beside a mark
LABEL_ROWS = 6  # rows of labels around a lane (charts.LABEL_ROWS_DY places them)
TIMELINE_PX = 860  # the timeline's width (charts.timeline_spec)
LABEL_PX_PER_CHAR = 6.0  # at the labels' font size
LABEL_MAX_PX = 170


def _stagger(marks: list[dict[str, Any]], span_s: float | None = None) -> None:
    """Each mark's label ("notice: samtalen optages") and its row among its lane's labels: the
    first row where it does not run into the label before it (estimated from the time span)."""
    span = span_s or max((m["end"] for m in marks), default=1.0) or 1.0
    px_per_s = TIMELINE_PX / (span * 1.05)
    right_edge: dict[str, list[float]] = {}
    for mark in marks:
        words = mark["text"] if len(mark["text"]) <= LABEL_WORDS else mark["text"][:LABEL_WORDS - 1] + "…"
        mark["label"] = f"{mark['kind']}: {words}" if words else mark["kind"]
        x = mark["time"] * px_per_s
        rows = right_edge.setdefault(mark["lane"], [-1e9] * LABEL_ROWS)
        free = [r for r in range(LABEL_ROWS) if rows[r] < x]
        level = free[0] if free else min(range(LABEL_ROWS), key=lambda r: rows[r])
        mark["level"] = level
        rows[level] = x + 8 + min(LABEL_MAX_PX, LABEL_PX_PER_CHAR * len(mark["label"]))


def _segments(record: dict[str, Any], until: float) -> list[list[Any]]:
    out = []
    for seg in _list(_dict(record.get("transcript")).get("segments")):
        seg = _dict(seg)
        start, end = number(seg.get("start")), number(seg.get("end"))
        if start is None or start > until:
            continue
        end = end if end is not None and end >= start else start
        out.append([start, end, _lane(seg.get("speaker")), visible(seg.get("text"))])
        if len(out) >= MAX_SEGMENTS:
            break
    return out


def call_view(record: dict[str, Any], index: int, *, folder_depth: int = 1) -> dict[str, Any]:
    """One call as the pages show it: plain JSON values, every text checked (see ``visible``)."""
    consent = _dict(record.get("consent"))
    source = _dict(record.get("source"))
    analysis = _dict(record.get("analysis"))
    call_id = record.get("call_id") if isinstance(record.get("call_id"), str) else f"#{index}"
    reasons = []
    for reason in _list(record.get("reasons"))[:40]:
        reason = _dict(reason)
        code = _choice(reason.get("code"), REASON_CODES, "")
        if code:
            reasons.append([code, visible(reason.get("message"))])
    marks = evidence_marks(record)
    windows = _dict(analysis.get("window_s"))
    deadline = number(windows.get("disclosure_deadline_s"))
    opening = number(windows.get("opening_until_s")) or OPENING_S
    last_mark = max((m["end"] for m in marks), default=0.0)
    until = max(opening, last_mark + 5.0)
    segments = _segments(record, until)
    span = max([deadline or 0.0, last_mark, *(seg[1] for seg in segments)], default=0.0)
    _stagger(marks, span)
    error = _dict(record.get("error"))
    return {
        "i": index,
        "id": visible(call_id, NAME_LIMIT, name=True),
        "folder": visible(folder_of(call_id, folder_depth), NAME_LIMIT, name=True),
        "verdict": _choice(record.get("verdict"), VERDICTS),
        "consent": _choice(consent.get("status"), CONSENT_STATUSES, ""),
        "method": _choice(consent.get("method"), ("verbal", "keypress"), ""),
        "action": _choice(record.get("required_action"), ACTIONS, ""),
        "lang": visible(record.get("language"), 8),
        "reasons": sorted({code for code, _ in reasons}),
        "why": reasons,
        "error": visible(error.get("message")) if error else "",
        "path": visible(source.get("path"), NAME_LIMIT, name=True),
        "dur": number(source.get("duration_s")),
        "until": number(analysis.get("analysed_until_s")),
        "deadline": deadline,
        "segs": segments,
        "marks": marks,
    }


# ---- audio: the file a record names ---------------------------------------------------------


def audio_candidates(record: dict[str, Any], root: str | os.PathLike[str]) -> list[Path]:
    """Where a record's recording may be: its ``source.path`` (as the batch saw it, relative to the
    folder the batch ran in), else its ``call_id`` (relative to the batch's SOURCE), both under
    ROOT when relative. Only names with an audio extension; nothing from a request."""
    out: list[Path] = []
    for name in (_dict(record.get("source")).get("path"), record.get("call_id")):
        if not isinstance(name, str) or not name or "\x00" in name:
            continue
        path = Path(root, name) if not os.path.isabs(name) else Path(name)
        if path.suffix.lower() in AUDIO_EXTENSIONS and path not in out:
            out.append(path)
    return out


# ---- the reviews file -----------------------------------------------------------------------


def reviews_path(records_path: str | os.PathLike[str]) -> Path:
    """RECORDS.jsonl -> RECORDS.reviews.jsonl, beside it."""
    path = Path(records_path)
    stem = path.name[: -len(".jsonl")] if path.name.endswith(".jsonl") else path.name
    return path.with_name(stem + ".reviews.jsonl")


def load_reviews(path: str | os.PathLike[str]) -> dict[str, list[dict[str, Any]]]:
    """call_id -> its decisions, oldest first; a missing file has none. Lines that are not a
    decision are skipped."""
    out: dict[str, list[dict[str, Any]]] = {}
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        return out
    except OSError as exc:
        raise DeskError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with f:
        for line in f:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if not isinstance(entry, dict) or not isinstance(entry.get("call_id"), str):
                continue
            if entry.get("decision") not in DECISIONS:
                continue
            out.setdefault(entry["call_id"], []).append({
                "decision": entry["decision"],
                "reviewer": visible(entry.get("reviewer"), 100),
                "comment": visible(entry.get("comment"), 4000, newlines=True),
                "time": visible(entry.get("time"), 40),
                "verdict": visible(entry.get("verdict"), 20),
            })
    return out


def new_decision(
    record: dict[str, Any], *, decision: str, reviewer: str, comment: str = "",
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """A review decision on RECORD, checked: compliant or non_compliant, a reviewer's name.

    Raises:
        DeskError: an unknown decision, no reviewer, or a name or comment too long.
    """
    if decision not in DECISIONS:
        raise DeskError(f"decision must be one of {', '.join(DECISIONS)}")
    reviewer = " ".join(str(reviewer).split())
    if not reviewer:
        raise DeskError("the reviewer's name is required")
    if len(reviewer) > 100:
        raise DeskError("the reviewer's name is longer than 100 characters")
    comment = str(comment).replace("\r\n", "\n").strip()
    if len(comment) > 4000:
        raise DeskError("the comment is longer than 4000 characters")
    now = now or dt.datetime.now(dt.UTC)
    source = _dict(record.get("source"))
    return {
        "call_id": record.get("call_id"),
        "decision": decision,
        "comment": comment,
        "reviewer": reviewer,
        "time": now.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "verdict": record.get("verdict"),
        "required_action": record.get("required_action"),
        "sha256": source.get("sha256"),
    }


def append_review(path: str | os.PathLike[str], entry: dict[str, Any]) -> None:
    """Append one decision line to the reviews file (created 0600: comments are personal data).

    Raises:
        DeskError: the file cannot be opened or written.
    """
    line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    except OSError as exc:
        raise DeskError(f"{path}: cannot open ({exc.strerror or exc})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        view = memoryview(line)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except OSError as exc:
        raise DeskError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
