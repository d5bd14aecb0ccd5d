"""Stage 3 of the text path: what was said, element by element, with evidence.

A transcript's usable segments are split into sentences; each sentence is searched for the
elements of DOMAIN.md's table that its speaker can say (the agent discloses and asks, the customer
answers, withdraws or threatens; an unlabelled speaker may do either). Segments that look
hallucinated are set aside and are not evidence of anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .phrases import PhraseBank
from .policy import Confidence
from .record import Evidence
from .text import find_all, fold, fuzzy_word, sentences
from .transcript import Segment, Transcript

AGENT_ELEMENTS = (
    "recording_notice", "vague_notice", "purpose", "consent_request", "negative_request",
    "withdrawal_info", "objection_info", "retention", "keypress_optin", "keypress_optout",
    "coercion", "stop_ack",
)
CUSTOMER_ELEMENTS = ("withdrawal", "threat")
# Elements whose phrase alone does not say it is about recording ("er det i orden med dig?",
# "til dokumentation"): they count only near words about recording.
NEEDS_TOPIC = frozenset({
    "purpose", "consent_request", "negative_request", "withdrawal_info", "objection_info",
    "coercion", "retention",
})
REQUESTS = frozenset({"consent_request", "negative_request"})
# Elements that tolerate no negation or modal verb the phrase lacks; the rest only no negation.
MODAL_GUARDED = frozenset({
    "recording_notice", "vague_notice", "consent_request", "withdrawal_info", "purpose",
})
# Matching thresholds: elements that can make a call compliant need a closer match than the
# ones that can only make it non-compliant or send it to review.
POSITIVE_MIN_SCORE = 0.86
NEGATIVE_MIN_SCORE = 0.8
SAFE_ELEMENTS = frozenset({"withdrawal"})
# A neighbouring segment within this many seconds can supply the recording topic.
TOPIC_REACH_S = 20.0
# Repetition loops: the same word 4+ times running, or a phrase of up to 6 words 3+ times.
MIN_WORD_REPEATS = 4
MIN_PHRASE_REPEATS = 3


@dataclass(frozen=True)
class Unit:
    """A sentence of a usable segment, with the times interpolated from its segment."""

    seg: int
    start: float
    end: float
    speaker: str | None
    text: str
    toks: tuple[str, ...]
    questions: frozenset[int]  # indices of the words in question clauses
    weak: bool  # from a segment whose log-probability is too low for a compliant verdict


@dataclass(frozen=True)
class Hit:
    """One element found in one sentence."""

    element: str
    unit: Unit
    phrase: str
    score: float
    digit: str | None = None  # the key of a key-press prompt

    def evidence(self) -> Evidence:
        """The hit as record evidence."""
        return Evidence(start=round(self.unit.start, 2), end=round(self.unit.end, 2),
                        speaker=self.unit.speaker, text=self.unit.text, phrase=self.phrase,
                        score=self.score)


@dataclass(frozen=True)
class Quality:
    """How much of the speech is usable evidence."""

    speech_s: float
    unusable_s: float
    mean_logprob: float | None
    poor: bool
    unusable: tuple[tuple[int, str], ...]  # (segment index, why)


@dataclass
class Findings:
    """Everything the decision needs from the text."""

    units: list[Unit]
    hits: dict[str, list[Hit]] = field(default_factory=dict)
    quality: Quality | None = None
    labelled: bool = True  # the transcript names its speakers
    unheard: list[tuple[float, str | None]] = field(default_factory=list)  # set-aside speech: (start, speaker)
    # Speech not read reliably (set aside, or below the review log-probability): (start, end, speaker).
    unclear: list[tuple[float, float, str | None]] = field(default_factory=list)

    def first(self, element: str) -> Hit | None:
        """The earliest hit of an element."""
        found = self.hits.get(element) or []
        return min(found, key=lambda h: h.unit.start) if found else None


def find_elements(transcript: Transcript, bank: PhraseBank, confidence: Confidence) -> Findings:
    """Split usable speech into sentences and find every element in them."""
    unusable: list[tuple[int, str]] = []
    units: list[Unit] = []
    for i, seg in enumerate(transcript.segments):
        why = unusable_reason(seg, confidence, bank)
        if why:
            unusable.append((i, why))
            continue
        units.extend(_units(i, seg, bank, confidence))
    findings = Findings(
        units=units,
        unheard=[(transcript.segments[i].start, transcript.segments[i].speaker) for i, _ in unusable],
        unclear=_unclear(transcript.segments, unusable, confidence),
        quality=_quality(transcript.segments, unusable, confidence),
        labelled=any(s.speaker for s in transcript.segments),
    )
    topical = {u.seg for u in units if _has_topic(u.text, bank)}
    for unit in units:
        for element in _elements_for(unit.speaker):
            for hit in _search(unit, element, bank):
                if element in NEEDS_TOPIC and not _has_topic(hit.phrase, bank) and not _near_topic(
                    unit.seg, transcript.segments, topical, forward=element not in REQUESTS
                ):
                    continue
                findings.hits.setdefault(element, []).append(hit)
    _resolve_overlaps(findings)
    return findings


def _unclear(
    segments: tuple[Segment, ...], unusable: list[tuple[int, str]], conf: Confidence
) -> list[tuple[float, float, str | None]]:
    bad = {i for i, _ in unusable}
    return [(s.start, s.end, s.speaker) for i, s in enumerate(segments)
            if i in bad or (s.avg_logprob is not None and s.avg_logprob < conf.review_avg_logprob)]


def unusable_reason(seg: Segment, conf: Confidence, bank: PhraseBank) -> str | None:
    """Why a segment is not evidence (DOMAIN.md, "Hallucinations"), or None when it is."""
    if seg.no_speech_prob is not None and seg.no_speech_prob > conf.max_no_speech_prob:
        return f"no-speech probability {seg.no_speech_prob:.2f}"
    if seg.avg_logprob is not None and seg.avg_logprob < conf.min_avg_logprob:
        return f"average log-probability {seg.avg_logprob:.2f}"
    if seg.compression_ratio is not None and seg.compression_ratio > conf.max_compression_ratio:
        return f"compression ratio {seg.compression_ratio:.2f} (repetition)"
    folded = fold(seg.text)
    if not folded:
        return "no words"
    if any(marker in folded for marker in bank.hallucination_markers):
        return "subtitle-credit text"
    if _repetition_loop(folded.split()):
        return "repetition loop"
    return None


def _repetition_loop(toks: list[str]) -> bool:
    for n in range(1, 7):
        need = MIN_WORD_REPEATS if n == 1 else MIN_PHRASE_REPEATS
        for start in range(0, max(0, len(toks) - n * need + 1)):
            gram = toks[start : start + n]
            count = 1
            pos = start + n
            while toks[pos : pos + n] == gram:
                count += 1
                pos += n
            if count >= need:
                return True
    return False


def _units(i: int, seg: Segment, bank: PhraseBank, conf: Confidence) -> list[Unit]:
    text = seg.text.strip()
    duration = seg.end - seg.start
    weak = seg.avg_logprob is not None and seg.avg_logprob < conf.review_avg_logprob
    units = []
    pos = 0
    for sentence in sentences(text):
        at = text.find(sentence, pos)
        pos = at + len(sentence)
        toks = tuple(fold(sentence).split())
        if not toks:
            continue
        start = seg.start + duration * at / max(len(text), 1)
        end = seg.start + duration * pos / max(len(text), 1)
        units.append(Unit(seg=i, start=start, end=end, speaker=seg.speaker, text=sentence,
                          toks=toks, questions=_question_words(sentence, bank), weak=weak))
    return units


def _question_words(sentence: str, bank: PhraseBank) -> frozenset[int]:
    """The words of a sentence that stand in a question clause ("Vi optager samtalen til
    træning, er det okay?": only "er det okay")."""
    clauses = _CLAUSE.split(sentence.strip())
    out: set[int] = set()
    pos = 0
    for k, clause in enumerate(clauses):
        toks = fold(clause).split()
        last = k == len(clauses) - 1
        if toks and ((last and sentence.rstrip().endswith("?")) or toks[0] in bank.question_starts):
            out.update(range(pos, pos + len(toks)))
        pos += len(toks)
    return frozenset(out)


def _elements_for(speaker: str | None) -> tuple[str, ...]:
    if speaker == "agent":
        return AGENT_ELEMENTS
    if speaker == "customer":
        return CUSTOMER_ELEMENTS
    return AGENT_ELEMENTS + CUSTOMER_ELEMENTS


def _search(unit: Unit, element: str, bank: PhraseBank) -> list[Hit]:
    toks, digits = _mark_keys(unit.toks, bank) if element.startswith("keypress") else (unit.toks, {})
    phrases, keys = bank.phrases(element)
    guard = bank.guard if element in MODAL_GUARDED else bank.negations
    if element == "withdrawal":
        # A withdrawal can only make a call non-compliant, and customers ask politely with a
        # negation ("kan I ikke slukke for optagelsen?"): no guard.
        guard = frozenset()
    min_score = NEGATIVE_MIN_SCORE if element in SAFE_ELEMENTS else POSITIVE_MIN_SCORE
    hits = []
    for m in find_all(toks, phrases, keys, min_score=min_score, guard=guard):
        if element == "recording_notice" and m.first in unit.questions:
            continue  # "må vi optage samtalen?" asks; it does not tell
        digit = next((digits[j] for j in range(m.first, m.last) if j in digits), None)
        if element.startswith("keypress") and digit is None:
            continue
        hits.append(Hit(element=element, unit=unit, phrase=m.phrase, score=m.score, digit=digit))
    return hits


def _mark_keys(toks: tuple[str, ...], bank: PhraseBank) -> tuple[tuple[str, ...], dict[int, str]]:
    """Replace the key named after a key verb ("tast 1", "trykk en") by "n"; remember the key."""
    out = list(toks)
    digits: dict[int, str] = {}
    for i, tok in enumerate(toks):
        if tok not in bank.key_verbs:
            continue
        j = i + 1
        if j < len(toks) and toks[j] in ("paa", "pa", "inn"):
            j += 1
        if j < len(toks) and toks[j] in bank.key_digits:
            digits[j] = bank.key_digits[toks[j]]
            out[j] = "n"
    return tuple(out), digits


def _has_topic(text: str, bank: PhraseBank) -> bool:
    """True when a text speaks of recording (a topic stem, also across a split word)."""
    toks = fold(text).split()
    pieces = toks + ["".join(toks[i : i + 2]) for i in range(len(toks) - 1)]
    return any(fuzzy_word(p, bank.topic_stems) for p in pieces)


def _near_topic(
    i: int, segments: tuple[Segment, ...], topical: set[int], *, forward: bool = True
) -> bool:
    """True when segment i, or a non-customer segment next to it, speaks of recording.

    A request looks back only: "er det okay?" asks about what was just said.
    """
    if i in topical:
        return True
    for j in (i - 2, i - 1, i + 1, i + 2) if forward else (i - 2, i - 1):
        if j in topical and 0 <= j < len(segments) and segments[j].speaker != "customer":
            if abs(segments[j].start - segments[i].start) <= TOPIC_REACH_S:
                return True
    return False


def _resolve_overlaps(findings: Findings) -> None:
    """One sentence, one reading where two readings contradict each other."""
    hits = findings.hits
    notice_score = {id(h.unit): h.score for h in hits.get("recording_notice", [])}
    # "kan blive optaget" is vague, not definite; the closer reading of a sentence wins.
    hits["vague_notice"] = [h for h in hits.get("vague_notice", [])
                            if h.score >= notice_score.get(id(h.unit), 0.0)]
    vague_units = {id(h.unit) for h in hits["vague_notice"]}
    negative_units = {id(h.unit) for h in hits.get("negative_request", [])}
    # "du kan bede mig stoppe optagelsen" informs; "jeg stopper optagelsen nu" acknowledges.
    info_units = {id(h.unit) for e in ("withdrawal_info", "objection_info", "stop_ack") for h in hits.get(e, [])}
    # "tast 1 hvis du ikke ønsker..." is an opt-out: a prompt is read one way, the closer way,
    # and a tie goes to the reading that cannot make the call compliant.
    optin_score = {id(h.unit): h.score for h in hits.get("keypress_optin", [])}
    hits["keypress_optout"] = [h for h in hits.get("keypress_optout", [])
                               if h.score >= optin_score.get(id(h.unit), 0.0) or h.digit != _digit_of(h, hits)]
    optout_units = {id(h.unit) for h in hits["keypress_optout"]}
    _drop(hits, "recording_notice", vague_units)
    _drop(hits, "consent_request", negative_units)  # the polarity trap decides that sentence
    _drop(hits, "withdrawal", info_units)
    hits["keypress_optin"] = [h for h in hits.get("keypress_optin", [])
                              if id(h.unit) not in optout_units or h.digit != _digit_of(h, hits)]


def _digit_of(hit: Hit, hits: dict[str, list[Hit]]) -> str | None:
    """The key the other reading of the same sentence names, if any."""
    other = "keypress_optin" if hit.element == "keypress_optout" else "keypress_optout"
    return next((h.digit for h in hits.get(other, []) if h.unit is hit.unit), None)


def _drop(hits: dict[str, list[Hit]], element: str, units: set[int]) -> None:
    if element in hits:
        hits[element] = [h for h in hits[element] if id(h.unit) not in units]


def _quality(
    segments: tuple[Segment, ...], unusable: list[tuple[int, str]], conf: Confidence
) -> Quality:
    speech = sum(max(s.end - s.start, 0.1) for s in segments)
    bad = {i for i, _ in unusable}
    unusable_s = sum(max(segments[i].end - segments[i].start, 0.1) for i in bad)
    scored = [(s.avg_logprob, max(s.end - s.start, 0.1)) for i, s in enumerate(segments)
              if s.avg_logprob is not None and i not in bad]
    mean = sum(lp * d for lp, d in scored) / sum(d for _, d in scored) if scored else None
    poor = (
        not segments
        or len(bad) == len(segments)
        or unusable_s / speech > conf.review_unusable_share
        or (mean is not None and mean < conf.review_avg_logprob)
    )
    return Quality(speech_s=round(speech, 2), unusable_s=round(unusable_s, 2),
                   mean_logprob=None if mean is None else round(mean, 3), poor=poor,
                   unusable=tuple(unusable))


_CLAUSE = re.compile(r"[,;:]\s*")
