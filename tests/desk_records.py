"""Records files for the desk's tests (report, review): made in a second, not by a 2-minute batch.

``sample_records`` gives the records the README's main job (`batch samples/`) would give if the
speech were heard exactly as written: each sample's ground-truth transcript analysed by the
engine, stamped as the batch stamps audio records (call_id, source with the real WAV's path,
hash, duration and channels; the transcript). ``hostile_records`` are records a person could have
edited: script tags in the words heard and in names, odd paths, bidi controls, wrong types.
"""

from __future__ import annotations

import copy
import hashlib
import json
import wave
from pathlib import Path
from typing import Any

from verifier import analyze_transcript

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SCRIPT = "<script>window.__pwned = (window.__pwned || 0) + 1;</script>"
IMG = '<img src=x onerror="window.__pwned = (window.__pwned || 0) + 1">'


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sample_records(*, folders: bool = True) -> list[dict[str, Any]]:
    """One record per sample call; with ``folders``, call_ids under da/ and no/ (the samples are
    flat; archives are organised in folders)."""
    out = []
    for transcript_path in sorted((SAMPLES / "transcripts").glob("*.json")):
        name = transcript_path.stem
        wav = SAMPLES / f"{name}.wav"
        transcript = json.loads(transcript_path.read_text("utf-8"))
        record = analyze_transcript(transcript).to_dict()
        with wave.open(str(wav)) as w:
            duration = w.getnframes() / w.getframerate()
            channels, rate = w.getnchannels(), w.getframerate()
        sha = _sha(wav)
        record["call_id"] = f"{name[:2]}/{name}.wav" if folders else f"{name}.wav"
        record["input"] = {"kind": "audio", "sha256": sha}
        record["source"] = {"path": f"samples/{name}.wav", "sha256": sha,
                            "duration_s": round(duration, 2), "format": "wav",
                            "codec": "pcm_s16le", "channels": channels, "sample_rate": rate}
        record["analysis"] = {**record.get("analysis", {}), "scan": "opening",
                              "window_s": {"disclosure_deadline_s": 60.0, "reply_window_s": 10.0,
                                           "opening_until_s": 75.0}}
        record["transcript"] = transcript
        out.append(record)
    return out


def hostile_records(base: dict[str, Any]) -> list[dict[str, Any]]:
    """Records built from BASE with hostile content in every place a page shows text."""
    evil = copy.deepcopy(base)
    evil["call_id"] = f"evil/{SCRIPT}\u202egnp.wav"
    evil["verdict"] = "needs_review"
    evil["required_action"] = "delete_recording"
    evil["source"] = {**evil["source"], "path": "../../../etc/passwd"}
    evil["reasons"] = [{"code": "LOW_CONFIDENCE", "message": f"{SCRIPT}{IMG}"},
                       {"code": "<b>NOT_A_CODE</b>", "message": "x"}]
    segments = evil["transcript"]["segments"]
    segments[0] = {**segments[0], "text": f"{SCRIPT} {IMG} ]]> </script><script>alert(1)</script>"}
    evil["withdrawals"] = [{"start": 2.0, "end": 3.0, "speaker": "customer", "text": IMG,
                            "phrase": SCRIPT, "score": 0.9}]
    odd = copy.deepcopy(base)
    odd["call_id"] = "odd/line\nbreak.wav"
    odd["required_action"] = "delete_recording"
    odd["source"] = {"path": "odd/line\nbreak.wav", "sha256": None}
    odd["consent"] = {"status": ["not", "a", "status"], "request": "nope", "reply": {"start": "NaN"}}
    odd["findings"] = {"recording_notice": [{"start": float("1e300"), "end": -1, "text": 5}]}
    odd["transcript"] = {"segments": "not a list", "events": [{"time": 1.0, "type": "dtmf",
                                                              "digit": SCRIPT}]}
    return [evil, odd]


def _line(record: dict[str, Any]) -> str:
    """As the batch writes it: UTF-8, or all escapes when a name was not UTF-8 (surrogates)."""
    text = json.dumps(record, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(record)
    return text


def write_records(path: Path, records: list[dict[str, Any]], *, garbage: bool = False) -> Path:
    """A records file as `batch` writes it (one JSON object per line); ``garbage`` adds a line
    that is not a record."""
    lines = [_line(r) for r in records]
    if garbage:
        lines.insert(1, "this is not JSON")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
