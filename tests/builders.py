"""Small builders for transcripts in tests: a call is a list of (speaker, start, end, text)."""

from __future__ import annotations

from typing import Any

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
