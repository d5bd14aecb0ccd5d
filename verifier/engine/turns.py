"""A sentence the recogniser cut in two is read as one.

Whisper ends a segment at a pause, and synthetic or careful speech pauses at every comma: "Men vi
kan desværre kun tage sagen," | "hvis vi må optage." arrives as two segments. Read apart, neither
half is coercion; "Du, jeg har skiftet mening," | "jeg vil faktisk ikke have," | "at det her
bliver optaget." is no withdrawal in any of its pieces. So before anything is searched, a segment
that stops mid-sentence is joined with the next one of the same speaker when that one goes on with
the sentence:

- the next segment follows within ``JOIN_GAP_S`` (one breath), with no other speaker's segment
  starting between the two;
- the first ends on a mark that says the sentence goes on (a comma, semicolon, colon or dash).
  Whisper drops all marks on speech it hears badly; such a segment is left as it is, since two
  whole sentences run together read worse than two apart ("vi tar opp samtalen for å
  dokumentere" + "trykk en for å reservere deg" would hide the notice in the key prompt);
- in unlabelled (mono) speech, where two speakers share the channel, the next must also start
  lower-case and not with a word a reply opens with ("nej", "måske", "hvad"), unless the first is
  itself a short answer ("Ja," + "gerne."): a caller's "nej" after the agent's "Er det i orden,"
  is never joined to it. A that-clause ("at vi kan …", "slik at …") goes on however the
  recogniser capitalised it: no reply opens so;
- both are usable evidence (``findings.unusable_reason``), and so is the joined text.

The joined segment keeps the lower of the two log-probabilities (a weak piece keeps the sentence
weak) and the higher no-speech probability and compression ratio. Whole sentences said one after
another stay as they came: the engine already reads a turn sentence by sentence.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .consent import SAID_NO
from .findings import ANSWER_WORDS, unusable_reason
from .phrases import PhraseBank, load_bank
from .policy import Confidence
from .text import fold
from .transcript import GOES_ON_MARKS, JOIN_GAP_S, Segment, Transcript

# An unlabelled piece this short that opens with an answer word is an answer going on.
SHORT_ANSWER_WORDS = 2
# Openings of a that-clause ("at vi kan …", "slik at …", "sådan at …"): no answer and no sentence of
# its own starts so, so an unlabelled piece opening with one goes on with the sentence before even
# when the recogniser capitalised it after the pause ("Vi tar opp samtalen slik," | "At vi kan …").
THAT_CLAUSE = (("at",), ("slik", "at"), ("saadan", "at"), ("saa", "at"))


def joined_sentences(t: Transcript, bank: PhraseBank, conf: Confidence) -> Transcript:
    """``t`` with each sentence the recogniser cut at a pause put back together."""
    out: list[Segment] = []
    for seg in t.segments:
        # (Only from the latest segment: another speaker's in between ends the sentence.)
        if out and out[-1].speaker == seg.speaker and _goes_on(out[-1], seg, bank, conf):
            joined = _join(out[-1], seg)
            if unusable_reason(joined, conf, bank) is None:
                out[-1] = joined
                continue
        out.append(seg)
    if len(out) == len(t.segments):
        return t
    return replace(t, segments=tuple(out))


def _goes_on(a: Segment, b: Segment, bank: PhraseBank, conf: Confidence) -> bool:
    if not 0.0 <= b.start - a.end <= JOIN_GAP_S:
        return False
    first, then = a.text.rstrip(), b.text.lstrip()
    if not first.endswith(GOES_ON_MARKS) or not then:
        return False
    if a.speaker is None and not _not_an_answer(a, b, bank):
        return False
    return unusable_reason(a, conf, bank) is None and unusable_reason(b, conf, bank) is None


def _answer_word(text: str, bank: PhraseBank) -> bool:
    """The text opens with a word a reply can be ("ja", "nej", "måske", "hvad", "gerne")."""
    first = fold(text).split()[:1]
    return bool(first) and (first[0] in ANSWER_WORDS | SAID_NO or first[0] in _one_word_replies(bank.language))


@lru_cache(maxsize=8)
def _one_word_replies(language: str) -> frozenset[str]:
    bank = load_bank(language)
    return frozenset(fold(p) for element in ("affirmative", "refusal", "ambiguous")
                     for p in bank.phrases(element)[0] if len(fold(p).split()) == 1)


def _not_an_answer(a: Segment, b: Segment, bank: PhraseBank) -> bool:
    """Unlabelled speech that can only be ``a``'s sentence going on: it starts lower-case, and
    not with a word a reply opens with, unless ``a`` is itself a short answer ("Ja," + "gerne.")."""
    then = b.text.lstrip()
    if _that_clause(then):
        return True
    if not (then[0].islower() or then[0].isdigit()):
        return False
    return not _answer_word(then, bank) or (
        len(fold(a.text).split()) <= SHORT_ANSWER_WORDS and _answer_word(a.text, bank))


def _that_clause(text: str) -> bool:
    toks = fold(text).split()
    return any(tuple(toks[:len(opening)]) == opening and len(toks) > len(opening) for opening in THAT_CLAUSE)


def _join(a: Segment, b: Segment) -> Segment:
    first, then = a.text.strip(), b.text.strip()
    return replace(
        a,
        end=max(a.end, b.end),
        text=f"{first} {then}",
        pieces=(*a.heard_pieces(), (len(first) + 1 + len(then), b.start, b.end, b.avg_logprob)),
        avg_logprob=_worst(a.avg_logprob, b.avg_logprob, min),
        no_speech_prob=_worst(a.no_speech_prob, b.no_speech_prob, max),
        compression_ratio=_worst(a.compression_ratio, b.compression_ratio, max),
    )


def _worst(x: float | None, y: float | None, pick) -> float | None:  # type: ignore[no-untyped-def]
    known = [v for v in (x, y) if v is not None]
    return pick(known) if known else None
