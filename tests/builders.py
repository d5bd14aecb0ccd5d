"""Small builders for transcripts in tests: a call is a list of (speaker, start, end, text)."""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

import numpy as np

SPEAKERS = {"a": "agent", "c": "customer", "?": None}

DA_OPENING = [
    ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."),
    ("a", 4.2, 9.0, "Vi vil gerne forbedre vores kundeservice, og jeg skal derfor høre, om jeg må optage samtalen?"),
    ("a", 9.2, 13.0, "Du kan til enhver tid bede mig om at stoppe optagelsen."),
]
NO_OPENING = [
    ("a", 0.5, 4.0, "Hei, du snakker med Ola i Fjordkraft."),
    ("a", 4.2, 8.5, "Samtalen blir tatt opp for opplæringsformål."),
    ("a", 8.7, 12.0, "Du kan når som helst be meg stoppe opptaket."),
]


def call(lang: str, turns: list[tuple], *, events: list[dict] | None = None,
         duration: float | None = None, conf: dict[int, dict] | None = None) -> dict[str, Any]:
    """A transcript dict; `conf` adds confidence fields to segments by index."""
    segments = []
    for i, (who, start, end, text) in enumerate(turns):
        seg = {"start": start, "end": end, "speaker": SPEAKERS[who], "text": text}
        seg.update((conf or {}).get(i, {}))
        segments.append(seg)
    out: dict[str, Any] = {"language": lang, "segments": segments}
    if events:
        out["events"] = events
    if duration is not None:
        out["duration_s"] = duration
    return out


def then(turns: list[tuple], *more: tuple) -> list[tuple]:
    """The turns followed by more turns."""
    return list(turns) + list(more)


def mono(turns: list[tuple]) -> list[tuple]:
    """The same call with the speaker labels removed."""
    return [("?", s, e, t) for _, s, e, t in turns]


def noise_wav(path: Path, seconds: float, *, channels: int = 1, rate: int = 16_000, level: float = 0.02,
              seed: int = 3) -> Path:
    """A 16-bit WAV of low Gaussian noise, distinct per channel (so stereo is not dual-mono)."""
    rng = np.random.default_rng(seed)
    data = (rng.normal(0, level, (channels, int(seconds * rate))) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data.T.tobytes())
    return path
