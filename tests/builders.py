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


def opening_call(lang: str, opening: list[str], reply: str | None = None, *,
                 between: list[tuple[str, str]] | None = None, after: str | None = None,
                 events: list[dict] | None = None, labels: bool = True) -> dict[str, Any]:
    """A call built around an opening: a greeting, the agent's opening one sentence to a segment,
    the caller's reply, any turns ``between`` ((speaker, text)), the errand, and a caller's turn
    ``after`` it (answered by the agent). Without ``labels`` the speakers are unlabelled."""
    da = lang == "da"
    turns = [("agent", 0.5, 3.5, "Goddag, det er Lone." if da else "Hei, det er Trond.")]
    t = 3.7
    for sentence in opening:
        turns.append(("agent", t, t + 3.0, sentence))
        t += 3.2
    if events:
        t += 3.0
    if reply is not None:
        turns.append(("customer", t + 0.3, t + 1.6, reply))
        t += 2.0
    for who, text in between or []:
        turns.append((who, t + 0.3, t + 2.3, text))
        t += 2.6
    turns.append(("agent", t, t + 2.0, "Hvad drejer det sig om?" if da else "Hva gjelder det?"))
    turns.append(("customer", t + 2.5, t + 5.0, "Det er min regning." if da else "Det er regningen."))
    t += 6.0
    if after is not None:
        turns.append(("customer", t, t + 2.5, after))
        turns.append(("agent", t + 3.0, t + 5.0, "Forstået." if da else "Skjønner."))
    out: dict[str, Any] = {"language": lang, "segments": [
        {"start": s, "end": e, "speaker": who if labels else None, "text": text} for who, s, e, text in turns]}
    if events:
        out["events"] = events
    return out


def verdict(transcript: dict[str, Any], policy: str) -> tuple[str, str, set[str]]:
    """The verdict, consent status and reason codes the engine gives a transcript."""
    from verifier import analyze_transcript

    r = analyze_transcript(transcript, policy=policy)
    return str(r.verdict), str(r.consent.status), set(r.reason_codes)


# --- the reading rounds' opening sentences (tests/test_reading_round10.py … round13) -------------
# One sentence per element, in Danish, bokmål and nynorsk, read by every round as it was.

NOTICE = {"da": "Vi optager samtalen for at kunne forbedre vores service.",
          "nb": "Vi tar opp samtalen for å kunne forbedre kundeservicen.",
          "nn": "Vi tek opp samtalen for å betre kundeservicen."}
INFO = {"da": "Du kan altid bede os om at stoppe optagelsen.",
        "nb": "Du kan alltid be oss om å stoppe opptaket.",
        "nn": "Du kan alltid be oss stoppe opptaket."}
ASK = {"da": "Er det i orden, at vi optager samtalen?", "nb": "Er det greit at vi tar opp samtalen?",
       "nn": "Er det greitt at vi tek opp samtalen?"}
NEG_ASK = {"da": "Har du noget imod, at vi optager samtalen?", "nb": "Har du noe imot at vi tar opp samtalen?",
           "nn": "Har du noko imot at vi tek opp samtalen?"}
OBJECT = {"da": "Hvis du ikke vil optages, så sig det bare.", "nb": "Vil du ikke bli tatt opp, så si fra.",
          "nn": "Vil du ikkje bli teken opp, så sei frå."}
YES = {"da": "Ja, det er fint.", "nb": "Ja, det er greit.", "nn": "Ja, det er greitt."}


# --- the reading rounds' helpers (tests/test_reading_round9.py … round12) ----------------------


def turns_call(lang: str, opening: list[str], reply: str | None = None,
               later: list[tuple[str, str]] | None = None, events: list[dict] | None = None,
               labels: bool = True, after: str | None = None) -> dict[str, Any]:
    """A greeting, the agent's opening (one sentence to a segment), a reply, then any later turns
    ((speaker, text) pairs), the errand and a caller's turn ``after`` it."""
    return opening_call(lang, opening, reply, between=later, events=events, labels=labels, after=after)


def key_after(opening: list[str], digit: str) -> list[dict]:
    """A key pressed right after an opening of that many sentences (opening_call's timing)."""
    return [{"time": round(3.7 + 3.2 * len(opening) + 1.0, 2), "type": "dtmf", "digit": digit}]


def read_as(lang: str, text: str, kind: str, *, context: bool = True) -> Any:
    """The engine's reading by parts (engine/meaning.py) of one sentence as ``kind``."""
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    bank = load_bank(lang)
    s = meaning.sentence(text, bank)
    return {
        "request": lambda: meaning.long_request(s, bank) or meaning.short_request(s, bank),
        "notice": lambda: meaning.notice(s, bank),
        "purpose": lambda: meaning.purpose(s, bank),
        "withdrawal": lambda: meaning.withdrawal(s, bank, context=context),
        "withdrawal_info": lambda: meaning.withdrawal_info(s, bank, context=context),
        "objection": lambda: meaning.objection(s, bank, context=context),
        "coercion": lambda: meaning.coercion(s, bank, context=context),
        "condition": lambda: meaning.condition(s, bank, context=context),
    }[kind]()


def answer_to(lang: str, text: str, *, negative: bool = False) -> Any:
    """How the engine reads ``text`` as the caller's answer to a request (negatively phrased or not)."""
    from verifier.engine import consent
    from verifier.engine.findings import Unit
    from verifier.engine.phrases import load_bank
    from verifier.engine.text import fold, standard

    bank = load_bank(lang)
    unit = Unit(0, 0.0, 2.0, "customer", text, standard(fold(text).split(), bank.spoken), frozenset(), False)
    return consent.read_answer([unit], bank, negative=negative)


def record_of(transcript: dict[str, Any], policy: str) -> Any:
    from verifier import analyze_transcript

    return analyze_transcript(transcript, policy=policy)

