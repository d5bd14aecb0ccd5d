"""Stage 1 of the text path: the transcript of a call, loaded and validated.

The format is the one in DOMAIN.md ("Transcript format"). Validation names the field and the
segment at fault, so a user can fix a hand-written transcript from one line of error.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import TranscriptError
from ..hashing import NotRegularFileError, read_bounded

SPEAKERS = ("agent", "customer")
DTMF_DIGITS = "0123456789*#ABCD"
# A hand-made or recognised transcript of a call opening is a few kilobytes; a whole hour of
# speech is well under 1 MB. Anything past this is not a call transcript.
MAX_TRANSCRIPT_BYTES = 4 * 1024 * 1024
MAX_SEGMENT_CHARS = 20_000
# Recognisers and diarisers place neighbouring segments with small overlaps; a larger overlap on
# the same speaker means the segments are out of order or duplicated.
OVERLAP_TOLERANCE_S = 0.5
# A segment that ends on one of these marks stops mid-sentence (Whisper ends a segment at a pause),
# and the sentence may go on in the next segment of the same speaker starting within JOIN_GAP_S
# (one breath). The engine joins such pieces (``turns.py``); spotting keeps the cut where it
# rewrites them (``hearing/spotting.py``).
GOES_ON_MARKS = (",", ";", ":", "-", "–", "—")
JOIN_GAP_S = 1.0


@dataclass(frozen=True)
class Segment:
    """One stretch of speech: who said it, when, and how sure the recogniser was."""

    start: float
    end: float
    text: str
    speaker: str | None = None
    # Recogniser confidence; None when the transcript does not carry it.
    avg_logprob: float | None = None
    no_speech_prob: float | None = None
    compression_ratio: float | None = None
    # A sentence the recogniser cut at a pause and the engine read as one (``turns.py``): where
    # each cut piece ends in ``text`` (characters of the stripped text), its times and its
    # log-probability, so a piece heard with confidence is not made weak by a misheard one.
    pieces: tuple[tuple[int, float, float, float | None], ...] | None = field(default=None, compare=False)

    def heard_pieces(self) -> tuple[tuple[int, float, float, float | None], ...]:
        """``pieces``, or the segment as its one piece: (end in the stripped text, start, end,
        log-probability) each."""
        return self.pieces or ((len(self.text.strip()), self.start, self.end, self.avg_logprob),)


@dataclass(frozen=True)
class Event:
    """A non-speech event; today only DTMF key presses."""

    time: float
    type: str
    digit: str | None = None
    duration: float | None = None
    channel: str | None = None


@dataclass(frozen=True)
class Transcript:
    """What was said in a call: the input of the consent analysis."""

    language: str
    segments: tuple[Segment, ...]
    events: tuple[Event, ...] = ()
    duration_s: float | None = None
    # sha256 of the JSON the transcript came from (or of its canonical form when built in code).
    sha256: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The transcript in the DOMAIN.md format (optional fields left out when unknown)."""
        out: dict[str, Any] = {"language": self.language}
        if self.duration_s is not None:
            out["duration_s"] = self.duration_s
        out["segments"] = [_drop_none({k: v for k, v in asdict(s).items() if k != "pieces"}) for s in self.segments]
        out["events"] = [_drop_none(asdict(e)) for e in self.events]
        return out

    def content_hash(self) -> str:
        """sha256 of the source JSON, or of the canonical JSON of this transcript."""
        if self.sha256:
            return self.sha256
        canon = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def load_transcript(source: str | Path | dict[str, Any] | Transcript) -> Transcript:
    """Load a transcript from a path, a parsed dict or a Transcript (returned as is).

    Raises:
        TranscriptError: unreadable file, malformed JSON or a field that breaks the format.
    """
    if isinstance(source, Transcript):
        return source
    if not isinstance(source, str | Path):
        return parse_transcript(source)
    path = Path(source)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise TranscriptError(f"{path}: no such file") from None
    except OSError as e:
        raise TranscriptError(f"{path}: cannot read ({e.strerror})") from e
    if path.is_dir():
        raise TranscriptError(f"{path}: is a folder, not a transcript file")
    too_large = TranscriptError(
        f"{path}: {size / 1e6:.1f} MB is too large for a call transcript "
        f"(limit {MAX_TRANSCRIPT_BYTES / 1e6:.0f} MB)")
    if size > MAX_TRANSCRIPT_BYTES:
        raise too_large
    try:
        # Bounded, and only from a regular file: a FIFO or a link to /dev/zero is refused
        # before anything is read (its stat size says nothing about what it would yield).
        raw = read_bounded(path, MAX_TRANSCRIPT_BYTES)
    except NotRegularFileError as e:
        raise TranscriptError(f"{path}: {e.strerror}, not a transcript file") from None
    except OSError as e:
        raise TranscriptError(f"{path}: cannot read ({e.strerror})") from e
    if raw is None:  # grew past the limit after the stat
        raise too_large
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TranscriptError(f"{path}: not UTF-8 text (is it an audio file? use 'check')") from None
    data = parse_json(text, f"{path}", TranscriptError)
    transcript = parse_transcript(data, where=str(path))
    return Transcript(
        language=transcript.language,
        segments=transcript.segments,
        events=transcript.events,
        duration_s=transcript.duration_s,
        sha256=hashlib.sha256(raw).hexdigest(),
    )


class HugeNumber(float):
    """An integer in a user's JSON too long to be a number of anything (an infinite float that
    remembers its digits): validation then refuses it by the name of its field."""

    digits: int = 0

    def __repr__(self) -> str:
        return f"an integer of {self.digits} digits"


# Past this many digits an integer is no time, count or score; Python refuses to parse past 4,300.
MAX_INT_DIGITS = 100


def _parse_int(digits: str) -> int | float:
    if len(digits) <= MAX_INT_DIGITS:
        return int(digits)
    huge = HugeNumber("-inf" if digits.startswith("-") else "inf")
    huge.digits = len(digits.lstrip("-"))
    return huge


def parse_json(text: str, where: str, error: type[Exception]) -> Any:
    """JSON from a user's file, every failure as one line of ``error`` (never a traceback).

    Besides malformed text: nesting deep enough to exhaust the parser's recursion, and integers
    of thousands of digits (kept as HugeNumber, for the validation to refuse by name; NaN and
    Infinity are left to the validation likewise).
    """
    try:
        return json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as e:
        raise error(f"{where}: malformed JSON at line {e.lineno} column {e.colno}: {e.msg}") from None
    except RecursionError:
        raise error(f"{where}: JSON nested too deeply to be a call transcript or policy") from None
    except ValueError as e:  # any other number the parser cannot take
        raise error(f"{where}: unreadable number in the JSON ({str(e).splitlines()[0][:120]})") from None


def parse_transcript(data: Any, *, where: str = "transcript") -> Transcript:
    """Validate a parsed JSON document and build a Transcript from it."""
    if not isinstance(data, dict):
        raise TranscriptError(f"{where}: expected a JSON object at the top level, got {_kind(data)}")
    language = data.get("language")
    if not isinstance(language, str) or not language.strip():
        raise TranscriptError(f"{where}: field 'language' is missing or not a string (e.g. \"da\")")
    _unicode(language, f"{where}: field 'language'")
    duration = data.get("duration_s")
    if duration is not None:
        duration = _number(duration, f"{where}: field 'duration_s'")
        if duration < 0:
            raise TranscriptError(f"{where}: field 'duration_s' is negative ({duration})")
    if "segments" not in data:
        raise TranscriptError(f"{where}: field 'segments' is missing")
    raw_segments = data["segments"]
    if not isinstance(raw_segments, list):
        raise TranscriptError(f"{where}: field 'segments' must be a list, got {_kind(raw_segments)}")
    if not raw_segments:
        raise TranscriptError(f"{where}: field 'segments' is empty; a call transcript needs speech")
    segments = tuple(
        _parse_segment(s, f"{where}: segments[{i}]") for i, s in enumerate(raw_segments)
    )
    _check_order(segments, where)
    raw_events = data.get("events") or []
    if not isinstance(raw_events, list):
        raise TranscriptError(f"{where}: field 'events' must be a list, got {_kind(raw_events)}")
    events = tuple(_parse_event(e, f"{where}: events[{i}]") for i, e in enumerate(raw_events))
    events = tuple(sorted(events, key=lambda e: e.time))
    return Transcript(
        language=language.strip().lower(),
        segments=segments,
        events=events,
        duration_s=duration,
    )


def _parse_segment(raw: Any, where: str) -> Segment:
    if not isinstance(raw, dict):
        raise TranscriptError(f"{where}: expected an object, got {_kind(raw)}")
    for key in ("start", "end", "text"):
        if key not in raw:
            raise TranscriptError(f"{where}: field '{key}' is missing")
    start = _number(raw["start"], f"{where}: field 'start'")
    end = _number(raw["end"], f"{where}: field 'end'")
    if start < 0:
        raise TranscriptError(f"{where}: field 'start' is negative ({start})")
    if end < start:
        raise TranscriptError(f"{where}: 'end' ({end}) is before 'start' ({start})")
    text = raw["text"]
    if not isinstance(text, str):
        raise TranscriptError(f"{where}: field 'text' must be a string, got {_kind(text)}")
    if len(text) > MAX_SEGMENT_CHARS:
        raise TranscriptError(
            f"{where}: field 'text' has {len(text)} characters; a segment holds at most {MAX_SEGMENT_CHARS}"
        )
    _unicode(text, f"{where}: field 'text'")
    speaker = raw.get("speaker")
    if speaker is not None:
        if not isinstance(speaker, str) or speaker.strip().lower() not in SPEAKERS:
            raise TranscriptError(
                f"{where}: field 'speaker' must be \"agent\", \"customer\" or null, got {speaker!r}"
            )
        speaker = speaker.strip().lower()
    conf = {}
    for key in ("avg_logprob", "no_speech_prob", "compression_ratio"):
        value = raw.get(key)
        conf[key] = None if value is None else _number(value, f"{where}: field '{key}'")
    for key in ("no_speech_prob",):
        if conf[key] is not None and not 0.0 <= conf[key] <= 1.0:
            raise TranscriptError(f"{where}: field '{key}' must be between 0 and 1, got {conf[key]}")
    return Segment(start=start, end=end, text=text, speaker=speaker, **conf)


def _parse_event(raw: Any, where: str) -> Event:
    if not isinstance(raw, dict):
        raise TranscriptError(f"{where}: expected an object, got {_kind(raw)}")
    if "time" not in raw:
        raise TranscriptError(f"{where}: field 'time' is missing")
    time = _number(raw["time"], f"{where}: field 'time'")
    if time < 0:
        raise TranscriptError(f"{where}: field 'time' is negative ({time})")
    etype = raw.get("type")
    if not isinstance(etype, str):
        raise TranscriptError(f"{where}: field 'type' is missing or not a string (e.g. \"dtmf\")")
    _unicode(etype, f"{where}: field 'type'")
    digit = raw.get("digit")
    if etype == "dtmf":
        if not isinstance(digit, str | int) or str(digit).upper() not in DTMF_DIGITS or len(str(digit)) != 1:
            raise TranscriptError(f"{where}: field 'digit' must be one of 0-9, *, #, A-D, got {digit!r}")
        digit = str(digit).upper()
    duration = raw.get("duration")
    if duration is not None:
        duration = _number(duration, f"{where}: field 'duration'")
    channel = raw.get("channel")
    if channel is not None and not isinstance(channel, str):
        raise TranscriptError(f"{where}: field 'channel' must be a string, got {_kind(channel)}")
    if channel is not None:
        _unicode(channel, f"{where}: field 'channel'")
    return Event(time=time, type=etype, digit=digit, duration=duration, channel=channel)


def _check_order(segments: tuple[Segment, ...], where: str) -> None:
    """Segments must be in time order; one speaker cannot overlap themself."""
    last_end: dict[str | None, tuple[float, int]] = {}
    prev_start = -1.0
    for i, seg in enumerate(segments):
        if seg.start + OVERLAP_TOLERANCE_S < prev_start:
            raise TranscriptError(
                f"{where}: segments[{i}] starts at {seg.start} s, before segments[{i - 1}] "
                f"({prev_start} s); segments must be in time order"
            )
        prev_start = max(prev_start, seg.start)
        # Unlabelled segments come from one channel, so they cannot overlap each other either.
        key = seg.speaker
        if key in last_end:
            end, j = last_end[key]
            if seg.start + OVERLAP_TOLERANCE_S < end:
                who = f"speaker {key!r}" if key else "unlabelled speech"
                raise TranscriptError(
                    f"{where}: segments[{i}] ({seg.start}-{seg.end} s) overlaps segments[{j}] "
                    f"(ends {end} s) of the same {who}"
                )
        last_end[key] = (max(seg.end, last_end.get(key, (0.0, 0))[0]), i)


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TranscriptError(f"{what} must be a number, got {_kind(value)} {value!r}"[:200])
    try:
        number = float(value)  # an integer of hundreds of digits does not fit in a float
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        digits = int(value.bit_length() * 0.30103) + 1 if isinstance(value, int) else 0
        shown = f"an integer of about {digits} digits" if digits else repr(value)
        raise TranscriptError(f"{what} must be a finite number, got {shown}")
    return number


def _unicode(text: str, what: str) -> None:
    """Refuse a string that is not valid Unicode (a lone surrogate such as "\\ud800" in JSON):
    it cannot be written to a record, a terminal or a log."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        bad = text[e.start:e.end].encode("unicode_escape").decode("ascii")
        raise TranscriptError(f"{what} holds {bad} at character {e.start}, a lone surrogate "
                              "(not valid Unicode)") from None


def _kind(value: Any) -> str:
    return {
        dict: "an object", list: "a list", str: "a string", bool: "a boolean",
        type(None): "null", int: "a number", float: "a number",
    }.get(type(value), type(value).__name__)
