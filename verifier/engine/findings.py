"""Stage 3 of the text path: what was said, element by element, with evidence.

A transcript's usable segments are split into sentences; each sentence is searched for the
elements of DOMAIN.md's table that its speaker can say (the agent discloses and asks, the customer
answers, withdraws or threatens; an unlabelled speaker may do either). Segments that look
hallucinated are set aside and are not evidence of anything.

An element is found by the phrases of the bank (tolerant matching, text.py), again with inserted
adverbs set aside ("stop venligst optagelsen"), and failing those by reading the sentence's parts
(meaning.py): coercion and withdrawal by meaning, a caller's condition on the recording's use,
and real-world wordings of notices, purposes, requests, objection options and retention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from . import meaning
from .phrases import PhraseBank
from .policy import Confidence
from .record import Evidence
from .text import Match, find_all, fold, fuzzy_word, restore_marks, sentences, standard, unmarked, words
from .transcript import Segment, Transcript

AGENT_ELEMENTS = (
    "recording_notice", "vague_notice", "purpose", "consent_request", "negative_request",
    "withdrawal_info", "objection_info", "retention", "keypress_optin", "keypress_optout",
    "coercion", "stop_ack",
)
CUSTOMER_ELEMENTS = ("withdrawal", "threat", "consent_condition")
# Words that open an answer, and the agent's elements that can only count against a call.
ANSWER_WORDS = frozenset({"ja", "jo", "jep", "jeps", "jepp", "jada", "jaha", "jamen", "nej", "nei", "neida",
                          "okay", "ok", "okei", "nae", "naa"})
UNSAFE_FOR_AGENT = ("vague_notice", "coercion", "stop_ack")
# Elements whose phrase alone does not say it is about recording ("er det i orden med dig?",
# "til dokumentation"): they count only near words about recording.
NEEDS_TOPIC = frozenset({
    "purpose", "consent_request", "negative_request", "withdrawal_info", "objection_info",
    "coercion", "retention",
})
REQUESTS = frozenset({"consent_request", "negative_request"})
# Elements that are also read by their parts (meaning.py) when no phrase of the bank matches.
READ_BY_PARTS = {
    "recording_notice": lambda s, bank, ctx, who: _kind(meaning.notice(s, bank), "recording_notice"),
    "vague_notice": lambda s, bank, ctx, who: _kind(meaning.notice(s, bank), "vague_notice"),
    "consent_request": lambda s, bank, ctx, who: _kind(_request(s, bank), "consent_request"),
    "negative_request": lambda s, bank, ctx, who: _kind(_request(s, bank), "negative_request"),
    "coercion": lambda s, bank, ctx, who: meaning.coercion(s, bank, context=ctx),
    "withdrawal": lambda s, bank, ctx, who: meaning.withdrawal(s, bank, context=ctx, unlabelled=who is None),
    "consent_condition": lambda s, bank, ctx, who: meaning.condition(s, bank, context=ctx),
    "purpose": lambda s, bank, ctx, who: meaning.purpose(s, bank),
    "objection_info": lambda s, bank, ctx, who: meaning.objection(s, bank, context=ctx),
    "withdrawal_info": lambda s, bank, ctx, who: meaning.withdrawal_info(s, bank, context=ctx),
    "retention": lambda s, bank, ctx, who: meaning.retention(s, bank),
    "threat": lambda s, bank, ctx, who: meaning.threat(s, bank),
}
# Elements that an if-clause voids: "hvis samtalen optages" is no notice, "hvis du siger nej til
# optagelsen, ..." no objection option, "det er fint, hvis den bliver slettet bagefter" no report
# that it was deleted (a caller's proviso, not the agent's acknowledgement).
IF_BLIND = frozenset({"recording_notice", "vague_notice", "consent_request", "negative_request",
                      "objection_info", "withdrawal_info", "stop_ack"})
# A reading by parts is a little less sure than a phrase of the bank: where two readings of one
# sentence compete (a notice and a vague notice), a phrase wins over it.
PARTS_SCORE = 0.9
# A phrase matched below this score, with no reading by parts to confirm it, is a *loose* hit: a
# compliant verdict may not rest on it alone (decision.py sends the call to review). A slip of a
# letter or two, the recognition errors DOMAIN.md asks to match tolerantly ("tat opp", "optaje
# samtalen", "enhvr", scores 0.95-0.97), stays a sure hit; a match this far off ("trykk 9 for å
# seie nei" read as "trykk N for å si ja" at 0.87) does not.
LOOSE_BELOW = 0.9
# A short request that points back ("Er det ok?", "Passer det?") asks about what the same speaker
# said just before: one of the previous sentences of the turn must speak of recording (sentences
# heard too weakly to say anything are passed over, within POINT_BACK_S).
POINT_BACK_UNITS = 2
POINT_BACK_S = 6.0
# "det" / "den" points back to the recording when one of this many previous sentences, ending
# at most this long before, spoke of it.
CONTEXT_UNITS = 2
CONTEXT_S = 15.0
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
    # Found only by a loose match: a phrase matched far off (below LOOSE_BELOW) that no reading
    # by parts confirms. A compliant verdict may not rest on such a hit alone (decision.py: review).
    loose: bool = False

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

    def weak_at(self, t: float) -> bool:
        """Whether the speech at time ``t`` (an evidence's start) was heard weakly."""
        return any(u.weak and u.start <= t + 0.01 and t <= u.end for u in self.units)

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
    topical = {u.seg for u in units if has_topic(u.text, bank)}
    spoke_of = [has_topic(u.text, bank) for u in units]
    for k, unit in enumerate(units):
        context = any(spoke_of[j] and unit.start - units[j].end <= CONTEXT_S
                      for j in range(max(0, k - CONTEXT_UNITS), k))
        for element in _elements_for(unit):
            for hit in _search(unit, element, bank, context=context):
                if element in REQUESTS and not has_topic(hit.phrase, bank):
                    if not _points_back(k, units, spoke_of):
                        continue
                elif element in NEEDS_TOPIC and not has_topic(hit.phrase, bank) and not _near_topic(
                    unit.seg, transcript.segments, topical
                ):
                    continue
                findings.hits.setdefault(element, []).append(hit)
    _across_sentences(findings, bank)
    _keys_by_parts(findings, bank)
    _resolve_overlaps(findings, bank)
    _wish_before_key(findings, bank)
    return findings


# "vil gerne" / "vil gjerne": a wish, as "ønsker" is one; "vil" alone may be a plain future.
_WISH_ADVERBS = frozenset({"gerne", "gjerne"})
_WISH_STEMS = ("oensk", "onsk", "ynskj", "oenskj")
_WISH_GAP = frozenset({"gerne", "gjerne", "at", "aa", "saa"})
# The opt-in prompt follows the wish within this many seconds.
WISH_KEY_S = 30.0


def _wished(unit: Unit, bank: PhraseBank) -> bool:
    """The notice's sentence says only what we wish: "we" with a wish ("vil gerne", "ønsker at",
    "vil gjerne", "ønskjer å") before the recording verb ("Vi vil gerne optage samtalen ...")."""
    toks = unit.toks
    rec = meaning.has(toks, bank, "recording")
    if rec is None or rec[0] < 2:
        return False
    # "we", the wish, then the recording verb with nothing but "gerne" / "at" between: what is
    # wished is our recording ("vi vil gerne gøre dig opmærksom på, at samtalen optages" tells)
    k = rec[0]
    while k > 0 and toks[k - 1] in _WISH_GAP:
        k -= 1
    if k < 2 or toks[k - 2] not in meaning._FIRST_PERSON:
        return False
    wish = toks[k - 1]
    return wish.startswith(_WISH_STEMS) or (wish == "vil" and bool(set(toks[k : rec[0]]) & _WISH_ADVERBS))


def _wish_before_key(findings: Findings, bank: PhraseBank) -> None:
    """A wish to record followed by an opt-in key prompt ("Vi vil gerne optage samtalen … Tast 1,
    hvis du accepterer, at samtalen bliver optaget"): the prompt makes the recording depend on
    the caller's key, so the wish tells only that the call may be recorded, a vague notice, not
    that it is (DOMAIN.md: "can be recorded" is too vague). Pressing the opt-in key still tells
    the caller (decision.py counts the prompt as the notice then)."""
    prompts = [h for h in findings.hits.get("keypress_optin", []) if h.unit.speaker != "customer"]
    if not prompts:
        return
    kept: list[Hit] = []
    for hit in findings.hits.get("recording_notice", []):
        if hit.unit.speaker != "customer" and _wished(hit.unit, bank) and any(
                0 <= p.unit.start - hit.unit.start <= WISH_KEY_S for p in prompts):
            findings.hits.setdefault("vague_notice", []).append(replace(hit, element="vague_notice"))
        else:
            kept.append(hit)
    findings.hits["recording_notice"] = kept


# Elements the agent often says in short pieces, each a sentence of its own: "Fortryder du
# undervejs? Det må du gerne. Så stopper vi optagelsen.", "Vil du ikkje bli teken opp lenger? Sei
# stopp." They are read across the sentences of one turn as well.
ACROSS_SENTENCES = ("withdrawal_info", "objection_info", "coercion")
# The elements that tell the caller what they may do.
_TELLING = ("withdrawal_info", "objection_info")
# What a sentence says whole: such a sentence is no piece of an element said over several.
_WHOLE = ("recording_notice", "vague_notice", "consent_request", "negative_request", "retention")
# At most this many sentences before, with pauses this short between them (one breath, one turn).
ACROSS_UNITS = 3
ACROSS_GAP_S = 1.0
# Coercion is read across sentences only from a fragment before it ("Uden optagelse? Så kan vi
# ikke ..."): a sentence of its own before it has its own meaning ("Bliver det nødvendigt at
# optage, spørger vi dig først.").
FRAGMENT_WORDS = 4


def _across_sentences(findings: Findings, bank: PhraseBank) -> None:
    """An element said over several sentences of the agent's turn: the sentence that completes
    it (the stop, the way to object) is read together with the ones just before it, from the same
    speaker with no pause between. The reading must begin in an earlier sentence and end in this
    one; the hit is this sentence's."""
    units = findings.units
    # A sentence that says something whole of its own (it tells, asks, or says how long recordings
    # are kept) is no piece of another.
    said = {id(h.unit) for e in (*ACROSS_SENTENCES, *_WHOLE) for h in findings.hits.get(e, [])}
    for element in ACROSS_SENTENCES:
        found = set(said)
        for k, unit in enumerate(units):
            if unit.speaker == "customer" or id(unit) in found or (
                    element in _TELLING and meaning.has(unit.toks, bank, "time_units")):
                continue  # "... slettes efter 30 dage" says how long recordings are kept
            if _answer_first(unit):
                continue  # an unlabelled sentence that opens with an answer is taken for the caller's
            j = k
            while (j > 0 and k - j < ACROSS_UNITS and units[j - 1].speaker == unit.speaker
                   and units[j].start - units[j - 1].end <= ACROSS_GAP_S and id(units[j - 1]) not in found
                   and not (element == "coercion" and len(units[j - 1].toks) > FRAGMENT_WORDS)
                   and not (element in _TELLING and _own_withdrawal(units[j - 1], bank))
                   and not _answer_first(units[j - 1])):
                j -= 1
            for first in range(k - 1, j - 1, -1):
                hits = _joined_hits(units[first : k + 1], element, bank)
                if hits:
                    findings.hits.setdefault(element, []).extend(hits)
                    found.update(id(h.unit) for h in hits)
                    break


def _answer_first(unit: Unit) -> bool:
    """An unlabelled sentence that opens with an answer ("Ja, hvis den ikke deles."): taken for
    the caller's, so it is no piece of the agent's sentences read together, neither their last
    nor one before it."""
    return unit.speaker is None and bool(unit.toks) and unit.toks[0] in ANSWER_WORDS


def _own_withdrawal(unit: Unit, bank: PhraseBank) -> bool:
    """An unlabelled sentence that withdraws in the first person ("Jeg har forresten ombestemt meg
    om opptaket."): the caller's own withdrawal, no piece of the agent telling how to withdraw
    (the agent's "Fortryder du undervejs?" is such a piece)."""
    return unit.speaker is None and bool(set(unit.toks) & meaning._SELF) and meaning.withdrawal(
        meaning.sentence(unit.text, bank), bank, context=True, unlabelled=True) is not None


def _joined_hits(run: list[Unit], element: str, bank: PhraseBank) -> list[Hit]:
    """The element read by its parts in the sentences of `run` joined, if it spans into the last:
    a hit in each sentence it spans (each is the agent's: none is an answer to the others)."""
    texts = [u.text for u in run]
    s = meaning.sentence(" ".join(texts), bank)
    starts = [sum(len(meaning.sentence(t, bank).toks) for t in texts[:i]) for i in range(len(texts) + 1)]
    reading = READ_BY_PARTS[element](s, bank, True, run[-1].speaker)
    if reading is None or not (reading.first < starts[-2] < reading.last) or not has_topic(s.text, bank):
        return []
    return [Hit(element=element, unit=u, phrase=reading.phrase, score=PARTS_SCORE)
            for i, u in enumerate(run) if starts[i] < reading.last and starts[i + 1] > reading.first]


# Key prompts read by their parts are near the talk of recording or another prompt.
KEY_CONTEXT_S = 8.0
# The word "no" (a key "for nej" opts out; consent.py adds how callers say it).
NO_WORDS = frozenset({"nej", "nei"})


# "Tryk 1 ..., eller 2 ...": a bare key after "or" once a key was named.
_KEY_OR = frozenset({"eller", "elles", "ellers"})
# "Tryk 1 for ja og 2 for nej.": a bare key after "and", when words say what it is for.
_KEY_AND = frozenset({"og"})
_KEY_FOR = frozenset({"for", "hvis", "om", "dersom", "til", "naar"})
# "for ja": the key that says yes.
_YES_WORDS = frozenset({"ja"})


def _key_chunks(unit: Unit, digits: dict[int, str], bank: PhraseBank) -> list[tuple[str, tuple[str, ...]]]:
    """A sentence that names several keys, cut into one stretch per key: at the last clause
    boundary (or "eller"/"ellers") before the next key. "Tast 1 for at give samtykke, eller tast
    2 for at afslå." -> ("1", "tast 1 for at give samtykke"), ("2", "eller tast 2 for at afslå")."""
    s = _aligned(unit, bank)
    if s is None:
        return []
    at = sorted(digits)
    bounds = [0]
    for p, q in zip(at, at[1:], strict=False):
        cuts = [k for k in range(p + 1, q + 1) if s.clause[k] != s.clause[k - 1] or unit.toks[k] in _KEY_OR
                or (unit.toks[k] in _KEY_AND and k + 1 == q)]
        # A key that closes its clause after the prompt's words closes its prompt ("Godtek du ...,
        # trykk 6 – vil du ikkje, trykk 1"): the next key's words begin right after it. A key that
        # opens its prompt ("Tast 2, hvis vi må optage, og tast 8, ...") keeps the words after it.
        said_before = any(not _key_verb(t, bank) and t not in _LABEL_WORDS for t in unit.toks[bounds[-1] : p])
        if not cuts and said_before and (_opens_condition(unit.toks, p + 1, q, bank)
                                         or _labels_next(unit.toks, p + 1, q, bank)):
            # heard without marks: "vil du optages så tast 5 vil du ikke så tast 6"; each key after
            # its own words: "optagelse ja tak tryk 8 optagelse nej tak tryk 9"
            cuts = [p + 1]
        if not cuts:
            return []
        bounds.append(p + 1 if cuts[0] == p + 1 and said_before else max(cuts))
    bounds.append(len(unit.toks))
    return [(digits[p], unit.toks[bounds[n] : bounds[n + 1]]) for n, p in enumerate(at)]


def _labels_next(toks: tuple[str, ...], lo: int, hi: int, bank: PhraseBank) -> bool:
    """Words [lo, hi) between two keys, after a prompt whose words came before its key, are the
    next key's own words: something besides key verbs and label words ("optagelse nej tak",
    "for at afvise")."""
    return any(not _key_verb(t, bank) and t not in _LABEL_WORDS and t not in bank.key_digits for t in toks[lo:hi])


def _opens_condition(toks: tuple[str, ...], lo: int, hi: int, bank: PhraseBank) -> bool:
    """Words [lo, hi) open a new condition to the caller before the next key: a verb put first
    before "you" ("vil du ikke", "ønsker du det ikke") or an if ("hvis du ...")."""
    if lo + 1 >= hi:
        return False
    return (toks[lo] in bank.question_starts and toks[lo + 1] in _KEY_SUBJECTS) or toks[lo] in _KEY_FOR - {"for", "til"}


def _key_meaning(toks: tuple[str, ...], bank: PhraseBank, topic: bool, asked: str | None = None) -> str | None:
    """What pressing the key of a prompt's words means: an opt-out when they refuse (a "not", a
    "no", a refusing verb, "ellers"), an opt-in when they only accept (a consent word, or leave
    for us to record: "tryk 4, hvis vi må optage samtalen").

    `asked`: the question the keys answer, "negative" ("Har du noget imod, at vi optager? Tast 1
    for ja.") or "positive" ("Må samtalen optages? Ja: tryk 6."). After a negatively phrased
    question the key "for ja" objects and the key "for nej" is of unknown meaning (the polarity
    trap: never read as consent); after a positive one a bare "ja" accepts."""
    if asked == "negative" and set(toks) & (_YES_WORDS | NO_WORDS):
        if _no_to_recording(toks, bank):
            return "keypress_optout"  # "tast 1 for at sige nej til optagelse": a no with its object named
        if set(toks) & _YES_WORDS and not set(toks) & NO_WORDS:
            return "keypress_optout"
        return None
    if _key_refuses(toks, bank):
        return "keypress_optout"
    if topic and (meaning.has(toks, bank, "consent") is not None or meaning.has(toks, bank, "acceptable") is not None
                  or set(toks) & _YES_WORDS or _leave_to_record(toks, bank) or _wants_recording(toks, bank)):
        return "keypress_optin"
    if asked == "positive" and _only_yes(toks, bank):
        return "keypress_optin"
    return None


def _no_to_recording(toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """A "no" whose object is the recording ("nej til optagelse", "si nei til opptaket"): it refuses
    the recording whatever the question before it asked, unlike a bare "for nej"."""
    return any(t in NO_WORDS and toks[i + 1 : i + 2] == ("til",)
               and meaning.has(toks, bank, "recording", i + 2, min(len(toks), i + 4)) is not None
               for i, t in enumerate(toks))


# Words that may stand beside "ja" in a key's label ("Ja: tryk 6.", "Tast 1 for ja", "eller 2 ...").
_LABEL_WORDS = frozenset({"n", "for", "og", "eller", "saa", "nu", "naa", "no", "paa", "inn"})


def _only_yes(toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """The words label a key "yes" and say nothing else: "Ja: tryk 6.", "tast 1 for ja" (not "Ja,
    tryk 9 for at tale med en rådgiver")."""
    return bool(set(toks) & _YES_WORDS) and all(
        t in _YES_WORDS or t in _LABEL_WORDS or _key_verb(t, bank) or t in bank.key_digits for t in toks)


# "hvis vi må optage", "om vi får ta opp samtalen": leave for us to record.
_LEAVE_MODALS = frozenset({"maa", "faar"})


def _leave_to_record(toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """A prompt's words grant us leave to record: "we" and "may" ("må", "får"), then the recording
    within a few words, with no "not" (checked before: a "not" refuses)."""
    for i in range(len(toks) - 1):
        if {toks[i], toks[i + 1]} & meaning._FIRST_PERSON and {toks[i], toks[i + 1]} & _LEAVE_MODALS:
            if meaning.has(toks, bank, "recording", i + 2, min(len(toks), i + 6)) is not None:
                return True
        # "hvis samtalen må optages", "om samtalen får tas opp": the call may be recorded
        if toks[i + 1] in _LEAVE_MODALS and meaning.has(toks, bank, "call_nouns", i, i + 1) is not None:
            rec = meaning.has(toks, bank, "rec_passive", i + 2, min(len(toks), i + 5))
            if rec is not None and all(t in meaning._WISH_GAP for t in toks[i + 2 : rec[0]]):
                return True
    return False


# What opens the condition of a key whose words say the recording is acceptable: an if
# (``meaning._IF``: "hvis det er okay, …", "om du er indforstått, …"), or the verb put first ("Er
# det greit at vi tar opp, …").
ACCEPT_IF_REACH = 4


def _accepts_if(toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """A key prompt's words make the key say the recording is acceptable, as a condition: an if or
    a verb put first before "it" / "you", then an acceptable word within a few words ("Hvis det er
    okay, vi optager, så tast 5", "Er det greit at vi tar opp, så tast 5"). A "not" is checked
    before (it refuses); acceptable words told, not asked ("det har vi lov til. Tast 5 for at
    fortsætte"), open no condition and make no opt-in."""
    for i, t in enumerate(toks[:-2]):
        opens = t in meaning._IF or (i == 0 and t in bank.question_starts)
        if not opens or toks[i + 1] not in ("det", *meaning._YOU_ALL) and not (
                t in meaning._IF and toks[i + 1] in bank.question_starts):
            continue
        if meaning.has(toks, bank, "acceptable", i + 1, min(len(toks), i + 2 + ACCEPT_IF_REACH)) is not None:
            return True
    return False


def _wants_recording(toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """A prompt's words ask whether the caller wants to be recorded: a wish verb, "you", then the
    recording in the passive ("vil du optages, så tast 5", "ønsker du å bli tatt opp, trykk 1"); a
    "not" is checked before (it refuses)."""
    for i in range(len(toks) - 2):
        if toks[i] in meaning._WISH_VERBS and toks[i + 1] in meaning._YOU_ALL:
            rec = meaning.has(toks, bank, "rec_passive", i + 2, min(len(toks), i + 6))
            if rec is not None and all(t in meaning._WISH_GAP for t in toks[i + 2 : rec[0]]):
                return True
    return False


def _asked(findings: Findings, unit: Unit, near: list[Unit]) -> str | None:
    """The kind of question a key prompt answers: a negatively phrased request in its sentence or
    just before it ("negative"), else a request ("positive"), else None."""
    units = {id(u) for u in (unit, *near)}
    if any(id(h.unit) in units for h in findings.hits.get("negative_request", [])):
        return "negative"
    if any(id(h.unit) in units for h in findings.hits.get("consent_request", [])):
        return "positive"
    return None


def _key_refuses(toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """A prompt's words that refuse: a "not", a "no", a refusing verb, an objection ("imod"),
    "ellers", or going on without the recording ("tryk 4 for at fortsætte uden optagelse"). Not
    a refusal of something else named ("trykk 1 for å melde deg av nyhetsbrevet")."""
    if _refuses_other(toks, bank):
        return False
    return (any(t in bank.negations or t in NO_WORDS for t in toks)
            or meaning.has(toks, bank, "refuse_verbs") is not None
            # an objection: "Er du imod optagelse, så tryk 6.", "Har du innvendingar, trykk 2."
            or any(b - a == 1 and toks[a] not in meaning._SOMETHING for a, b in meaning.find(toks, bank, "objecting"))
            or meaning.has(toks, bank, "otherwise") is not None
            or meaning.has(toks, bank, "without") is not None)


def _refuses_other(toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """Words that name something else than the recording as what is refused or opted out of
    ("reservere deg mot nyhetsbrevet", "melde deg af nyhedsbrevet"), and no recording at all."""
    if has_topic(" ".join(toks), bank):
        return False
    s = meaning.Sentence(" ".join(toks), toks, tuple(0 for _ in toks), False)
    return any(t in meaning.REFUSED_PREPS and k + 1 < len(toks) and meaning.other_noun(s, bank, k + 1)
               for k, t in enumerate(toks))


def _drop_hits(findings: Findings, gone: list[Hit]) -> None:
    ids = {id(h) for h in gone}
    for element in ("keypress_optin", "keypress_optout"):
        findings.hits[element] = [h for h in findings.hits.get(element, []) if id(h) not in ids]


def _keys_by_parts(findings: Findings, bank: PhraseBank) -> None:
    """A key prompt in words no phrase holds, read by its parts: one key ("tast 4") in a sentence
    that speaks of the recording (or follows a prompt or such talk in the agent's turn: "Ellers
    tast 6.", "Tryk 9 for nej."). A "not", a way to refuse ("fravælge", "velge bort"), "ellers"
    or "for nej" makes it an opt-out; only a consent word without any of those makes it an
    opt-in ("Accepterer du optagelse, så tast 5."). Two keys in one sentence are left to the
    phrases; a key nobody reads stays of unknown meaning (consent.py: ambiguous)."""
    prompt_hits = [h for e in ("keypress_optin", "keypress_optout") for h in findings.hits.get(e, [])]
    prompted = {id(h.unit) for h in prompt_hits}
    added: list[Hit] = []
    for k, unit in enumerate(findings.units):
        if unit.speaker == "customer":
            continue
        toks, digits = mark_keys(unit.toks, bank)
        if len(set(digits.values())) > 1:
            # Several keys in one sentence: each key read from its own stretch of words, unless a
            # phrase already read that key exactly. A loose phrase reading of a key ("trykk 9 for
            # å seie nei" matched "trykk N for å si ja") gives way to the reading of its words.
            # The recording may be named in the sentence or just before it ("Må vi optage
            # samtalen? Tryk 1 for ja og 2 for nej.").
            near = [u for u in findings.units[max(0, k - 2) : k]
                    if u.speaker != "customer" and unit.start - u.end <= KEY_CONTEXT_S]
            topic = has_topic(unit.text, bank) or any(has_topic(u.text, bank) for u in near)
            asked = _asked(findings, unit, near)
            for digit, words in _key_chunks(unit, digits, bank):
                own = [h for h in prompt_hits if h.unit is unit and h.digit == digit]
                flip = asked == "negative" and bool(set(words) & (_YES_WORDS | NO_WORDS))
                if own and not all(h.loose for h in own) and not flip and not _refused_yes_key(own, words, bank, topic):
                    continue
                kind = _key_meaning(words, bank, topic, asked)
                if own and (kind is not None or flip):
                    _drop_hits(findings, own)
                if kind is not None:
                    added.append(Hit(kind, unit, "tast N … " + " ".join(words), 0.9, digit=digit))
            continue
        if len(set(digits.values())) != 1:
            continue
        own = [h for h in prompt_hits if h.unit is unit]
        near = [u for u in findings.units[max(0, k - 2) : k]
                if u.speaker != "customer" and unit.start - u.end <= KEY_CONTEXT_S]
        asked = _asked(findings, unit, near)
        flip = asked == "negative" and bool(set(unit.toks) & (_YES_WORDS | NO_WORDS))
        if own and not all(h.loose for h in own) and not flip:
            continue
        if own:
            # Only a loose phrase read this prompt (or it answers a negatively phrased question
            # with "ja" / "nej"): read its words; where they agree the phrase stands confirmed,
            # where they disagree they decide (a no key is never read as yes).
            kind = _key_meaning(unit.toks, bank, has_topic(unit.text, bank), asked)
            if kind is not None or flip:
                _drop_hits(findings, own)
            if kind is not None:
                added.append(Hit(kind, unit, "tast N … " + unit.text, 0.9, digit=own[0].digit))
            continue
        digit = next(iter(digits.values()))
        topic = has_topic(unit.text, bank)
        context = topic or any(has_topic(u.text, bank) or id(u) in prompted for u in near) or any(
            h.unit in near for h in added)
        if not context:
            continue
        if flip:
            kind = _key_meaning(unit.toks, bank, topic, asked)
            if kind is not None:
                added.append(Hit(kind, unit, "tast N … " + unit.text, 0.9, digit=digit))
        elif _key_refuses(unit.toks, bank) or (_only_key(toks, bank) and _refusal_asked(near, bank)):
            added.append(Hit("keypress_optout", unit, "tast N … " + unit.text, 0.9, digit=digit))
        elif ((topic or _optout_before(findings, added, near, bank))
              and (meaning.has(unit.toks, bank, "consent") is not None or _leave_to_record(unit.toks, bank))) or (
                topic and _accepts_if(unit.toks, bank)) or (
                (asked == "positive" or _no_key_before(findings, added, near, bank)) and _only_yes(toks, bank)):
            # "Ja: tryk 6." right after "Må samtalen optages?": the key that says yes to it; or
            # right after the key that says no to the recording ("Nej til optagelse: tast 3."):
            # the other key of the same pair.
            added.append(Hit("keypress_optin", unit, "tast N … " + unit.text, 0.9, digit=digit))
    for hit in added:
        findings.hits.setdefault(hit.element, []).append(hit)


def _refused_yes_key(own: list[Hit], words: tuple[str, ...], bank: PhraseBank, topic: bool) -> bool:
    """A phrase read a key as yes, but the key's own stretch of words refuses the recording ("For
    at sige nej til optagelse, tryk 1, og for at sige ja, tryk 2": the phrase "tryk N for at sige
    ja" spans both keys): the key's own words decide, for a no key is never read as yes."""
    return any(h.element == "keypress_optin" for h in own) and _key_meaning(words, bank, topic) == "keypress_optout"


def _only_key(toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """The words only name a key to press: "Tast 2 nu.", "Trykk 5."."""
    return all(t in _LABEL_WORDS or _key_verb(t, bank) for t in toks)


def _refusal_asked(near: list[Unit], bank: PhraseBank) -> bool:
    """The sentence just before is a short question that refuses the recording ("Ingen optagelse?",
    "Ikke opptak?"): a bare key after it is the key for that refusal."""
    if not near:
        return False
    last = near[-1]
    return "?" in last.text and len(last.toks) <= 4 and has_topic(last.text, bank) and _key_refuses(last.toks, bank)


def _optout_before(findings: Findings, added: list[Hit], near: list[Unit], bank: PhraseBank) -> bool:
    """One of the sentences just before is a key prompt that refuses the recording ("Afviser du
    optagelse, så tast 4."): a consent word in the next prompt ("Accepterer du, så tast 2.") accepts
    that same recording, the other key of the pair."""
    optouts = [*findings.hits.get("keypress_optout", []), *(h for h in added if h.element == "keypress_optout")]
    return any(any(h.unit is u for u in near) and has_topic(h.unit.text, bank) for h in optouts)


def _no_key_before(findings: Findings, added: list[Hit], near: list[Unit], bank: PhraseBank) -> bool:
    """One of the sentences just before holds a key labelled "no" to the recording ("Nej til
    optagelse: tast 3.", "Nei til opptak, trykk 2."): a bare "Ja: tast 6." after it is that
    pair's yes key."""
    optouts = [*findings.hits.get("keypress_optout", []), *(h for h in added if h.element == "keypress_optout")]
    return any(any(h.unit is u for u in near) and set(h.unit.toks) & NO_WORDS and has_topic(h.unit.text, bank)
               for h in optouts)


def _unclear(
    segments: tuple[Segment, ...], unusable: list[tuple[int, str]], conf: Confidence
) -> list[tuple[float, float, str | None]]:
    bad = {i for i, _ in unusable}
    out = []
    for i, s in enumerate(segments):
        if i in bad:
            out.append((s.start, s.end, s.speaker))
        else:
            # A sentence joined from pieces (``turns.py``): only the pieces heard weakly are unclear.
            out += [(start, end, s.speaker) for _c, start, end, lp in s.heard_pieces() if _weak(lp, conf)]
    return out


def _weak(logprob: float | None, conf: Confidence) -> bool:
    """Heard with too low a log-probability for a compliant verdict."""
    return logprob is not None and logprob < conf.review_avg_logprob


def _weak_chars(seg: Segment, conf: Confidence) -> list[tuple[int, int]]:
    """The character ranges of ``seg``'s stripped text heard weakly: all of it, or the weak pieces
    of a joined sentence."""
    out, begin = [], 0
    for end, _s, _e, lp in seg.heard_pieces():
        if _weak(lp, conf):
            out.append((begin, end))
        begin = end + 1
    return out


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
    if unmarked(text):
        text = restore_marks(text, _question_verbs(bank))
    duration = seg.end - seg.start
    weak_chars = _weak_chars(seg, conf)
    units = []
    pos = 0
    for sentence in (piece for whole in sentences(text) for piece in _run_on(whole, bank)):
        at = text.find(sentence, pos)
        pos = at + len(sentence)
        toks = standard(fold(sentence).split(), bank.spoken)
        if not toks:
            continue
        start = seg.start + duration * at / max(len(text), 1)
        end = seg.start + duration * pos / max(len(text), 1)
        weak = any(a < pos and at < b for a, b in weak_chars)
        units.append(Unit(seg=i, start=start, end=end, speaker=seg.speaker, text=sentence,
                          toks=toks, questions=_question_words(sentence, bank), weak=weak))
    return units


def _question_verbs(bank: PhraseBank) -> frozenset[str]:
    """The verbs that ask when put first (round 28: restore_marks): a language's question starts
    less its question words, and the verbs `_run_on` takes for asking."""
    return frozenset(bank.question_starts) - meaning._QUESTION_WORDS | meaning._MORE_QUESTION_VERBS


# Capitalised words that open a sentence when they stand after a lower-case word with no mark
# between ("... denne samtalen hær Vil du ikkje bli teken opp?"): the recogniser began a new
# sentence and dropped the mark. Not "De" and "I" (the polite and the plural "you" are always
# capitalised in Danish), nor names (they are no such word).
_OPENERS = frozenset({"vi", "jeg", "eg", "me", "du", "det", "der", "den", "saa", "da", "daa", "hvis", "viss",
                      "dersom", "nu", "naa", "og", "men"})
_WORD_RE = re.compile(r"[^\W_]+")
_YOU_NEXT = frozenset({"du", "dere", "dykk"})
# Words of acceptance that open a short request run on after a notice ("... altså Okay for dig?").
_ASKING_OK = frozenset({"okay", "ok", "okei", "greit", "greitt", "fint"})


def _run_on(sentence: str, bank: PhraseBank) -> list[str]:
    """A sentence cut before each capitalised opener (a verb that asks, a pronoun, "så") that
    follows a lower-case word without punctuation: two sentences the recogniser ran together."""
    out, start = [], 0
    found = list(_WORD_RE.finditer(sentence))
    for k, m in enumerate(found):
        word, prev = m.group(0), found[k - 1].group(0) if k else ""
        folded = fold(word)
        # ... or any verb put first before "you": "... samtalen her Fortryder du undervejs?"
        you_next = k + 1 < len(found) and (fold(found[k + 1].group(0)) in _YOU_NEXT
                                           or found[k + 1].group(0) == "De")  # the polite "you" ("Sier De nei ...")
        if (start < m.start() and word[:1].isupper() and word[1:2].islower() and prev[-1:].islower()
                and (folded in bank.question_starts or folded in _OPENERS or you_next
                     # "... tvivl Ville det være et problem ...?", "... altså Okay for dig?"
                     or folded in meaning._MORE_QUESTION_VERBS or folded in _ASKING_OK)
                and not sentence[start : m.start()].rstrip().endswith((",", ";", ":"))):
            out.append(sentence[start : m.start()].strip())
            start = m.start()
    out.append(sentence[start:].strip())
    return [p for p in out if p]


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


def _elements_for(unit: Unit) -> tuple[str, ...]:
    """What a sentence's speaker can say. An unlabelled sentence may be either's; one that opens
    with an answer word ("Ja, men kun til træning") is taken for the caller's as far as elements
    that could make the call compliant go (a notice, a purpose ... heard in it proves nothing)."""
    if unit.speaker == "agent":
        return AGENT_ELEMENTS
    if unit.speaker == "customer":
        return CUSTOMER_ELEMENTS
    if unit.toks and unit.toks[0] in ANSWER_WORDS and not _asks_if_ok(unit):
        return CUSTOMER_ELEMENTS + UNSAFE_FOR_AGENT
    return AGENT_ELEMENTS + CUSTOMER_ELEMENTS


# The "you" that "okay" is put to when it asks, not answers: "Okay med dig?", "Ok for deg?".
_TO_YOU = frozenset({"dig", "deg", "dere", "jer", "dem", "dykk"})


def _asks_if_ok(unit: Unit) -> bool:
    """A question that opens with "okay" and is put to "you" ("Okay med dig, altså?"): it asks
    whether something is acceptable to the listener; the caller's "okay" answers, it does not ask."""
    return unit.toks[0] in meaning.OK_WORDS and "?" in unit.text and bool(set(unit.toks[:4]) & _TO_YOU)


def without_transparent(toks: tuple[str, ...], bank: PhraseBank) -> list[int]:
    """The places of the words that are not inserted adverbs (the bank's ``transparent`` words:
    "desværre", "altså", "helt", …), which change nothing in what a sentence says."""
    return [i for i, t in enumerate(toks) if (t,) not in bank.parts["transparent"]]


def _search(unit: Unit, element: str, bank: PhraseBank, *, context: bool = False) -> list[Hit]:
    """An element's phrases in a sentence; failing those, the element read by its parts.

    Inserted adverbs ("desværre", "altså", "venligst") change nothing: when no phrase matches,
    the sentence is searched again without them.
    """
    hits = _search_words(unit, element, bank, unit.toks, list(range(len(unit.toks))))
    if not hits:
        kept = without_transparent(unit.toks, bank)
        if len(kept) < len(unit.toks):
            hits = _search_words(unit, element, bank, tuple(unit.toks[i] for i in kept), kept)
    best = max((h.score for h in hits), default=0.0)
    if element not in READ_BY_PARTS or best >= 1.0:
        return [replace(h, loose=h.score < LOOSE_BELOW) for h in hits]
    # A loose phrase match is no surer than a reading by parts: read the parts then too. Below
    # the parts' score the reading replaces the phrase; above it, it only confirms the phrase.
    # A reading by parts confirms the phrase: its word classes allow a stem one slip (DOMAIN.md's
    # recognition errors, "opplarringen" for "opplæringen"), no more (meaning.word_matches).
    s = meaning.sentence(unit.text, bank)
    reading = READ_BY_PARTS[element](s, bank, context, unit.speaker)
    if reading is not None and best < PARTS_SCORE:
        score = 1.0 if element in SAFE_ELEMENTS or element in ("coercion", "consent_condition") else PARTS_SCORE
        return [Hit(element=element, unit=unit, phrase=reading.phrase, score=score)]
    return [replace(h, loose=h.score < LOOSE_BELOW and reading is None) for h in hits]


def _request(s: meaning.Sentence, bank: PhraseBank) -> meaning.Reading | None:
    return (meaning.long_request(s, bank) or meaning.short_request(s, bank) or meaning.rather_not(s, bank)
            or _unmarked_objection(s, bank) or _unmarked_request(s, bank))


# What may follow an unmarked request to the end of its sentence: the call it names ("... at vi
# optager den her samtale", "... en optagelse af samtalen"), a word that points back, a tag
# ("altså", "da") or a filler.
_AFTER_REQUEST = ("call_nouns", "reference", "request_fillers", "rec_noun_preps")


def _unmarked_request(s: meaning.Sentence, bank: PhraseBank) -> meaning.Reading | None:
    """A request to record heard without its question mark ("øh er det i orden at vi optager
    samtalen", "eh er det greitt for deg", "øh okay med dig altså", "eh får vi det"). Recognition
    drops the mark; the word order still asks. Read as a question from its first word after the
    fillers when that word opens a question (a verb that asks, or the word that accepts) and the
    sentence ends with the request: nothing after it but the call, a word pointing back, a tag or
    a filler, so a verb-first if-clause ("er det i orden, så optager vi ...") is never read as one.
    The negatively phrased kind is `_unmarked_objection`'s."""
    if s.question or not s.toks:
        return None
    toks = s.toks
    # A hesitation also opens a clause: "vi tek opp samtalen for å dokumentere det, eh får vi det"
    # heard without its marks asks in the words after its last "eh".
    last = max((k + 1 for k, t in enumerate(toks) if t in bank.fillers and 0 < k < len(toks) - 1), default=0)
    for skip in dict.fromkeys((0, last)):
        r = _unmarked_from(s, bank, skip)
        if r is not None:
            return r
    return None


def _unmarked_from(s: meaning.Sentence, bank: PhraseBank, skip: int) -> meaning.Reading | None:
    """`_unmarked_request` read from word `skip` on."""
    toks = s.toks
    while skip < len(toks) and toks[skip] in bank.fillers:
        skip += 1
    if skip >= len(toks):
        return None
    accepts = meaning.has(toks, bank, "acceptable", skip, skip + 1) is not None
    verb = not accepts and (toks[skip] in bank.question_starts
                            or meaning.has(toks, bank, "question_verbs", skip, skip + 1) is not None)
    if not verb and not (accepts and set(toks[skip:]) & _TO_YOU):
        return None  # without a verb it is put to "you" ("okay med dig"); "Fint." alone answers
    if any(meaning.has(toks, bank, part, skip) for part in ("tell_verbs", "condition", "so_that")) or any(
            meaning.has(toks, bank, "purpose_verbs", b, b + meaning.PURPOSE_REACH + 1)
            for _, b in meaning.find(toks, bank, "purpose_heads", skip)):
        # "er det i orden for dig, så sig til", "... så vi kan forbedre ...": more than a question
        # ("kan du give mig et ja til at vi optager": "til at" with no purpose after it asks)
        return None
    if any(s.clause[k] != s.clause[k - 1] for k in range(skip + 1, len(toks))):
        return None  # one clause only: a comma heard is a mark of its own
    asked = meaning.Sentence(s.text, toks[skip:], s.clause[skip:], True)
    r = meaning.long_request(asked, bank) or meaning.short_request(asked, bank)
    if r is None or r.kind != "consent_request":
        return None
    tail = asked.toks[r.last :]
    named = {k for part in _AFTER_REQUEST for a, b in meaning.find(tail, bank, part) for k in range(a, b)}
    if not all(k in named or t in bank.fillers or t in meaning._TAIL_TAGS - meaning._NOT_TAGS
               or t in meaning._REQUEST_FILLERS for k, t in enumerate(tail)):
        return None
    return replace(r, first=r.first + skip, last=r.last + skip)


_CALLER = frozenset({"du", "dere", "dykk", "de", "i"})


def _unmarked_objection(s: meaning.Sentence, bank: PhraseBank) -> meaning.Reading | None:
    """A negatively phrased request heard without its question mark ("øh har du noget imod det",
    "ehm har du nokon innvendingar mot at vi tek opp samtalen"): recognition often drops the mark.
    Read as a question from its first word after the fillers; only the negatively phrased kind
    counts (it sends the call to review, whatever the reply), so a lost "?" never adds a request
    a "ja" could make compliant."""
    if s.question or not s.toks:
        return None
    tagged = meaning.unmarked_tag_request(s, bank)
    if tagged is not None:
        return tagged
    skip = 0
    while skip < len(s.toks) and s.toks[skip] in bank.fillers:
        skip += 1
    if skip >= len(s.toks) or s.toks[skip] not in bank.question_starts:
        return None
    if meaning.has(s.toks, bank, "tell_verbs") is not None:
        return None  # "Er du imod optagelse, så sig det nu": a verb-first if-clause and a way to object
    toks = s.toks
    for k in range(skip + 1, len(toks)):
        if (s.clause[k] != s.clause[k - 1] or toks[k] == "saa") and set(toks[k : k + 3]) & _CALLER:
            return None  # "Har du indvendinger mod optagelsen, kan du gøre indsigelse nu": the same if
    asked = meaning.Sentence(s.text, s.toks[skip:], s.clause[skip:], True)
    r = meaning.long_request(asked, bank) or meaning.short_request(asked, bank)
    if r is None or r.kind != "negative_request":
        return None
    return replace(r, first=r.first + skip, last=r.last + skip)


def _kind(reading: meaning.Reading | None, kind: str) -> meaning.Reading | None:
    return reading if reading is not None and reading.kind == kind else None


def _search_words(
    unit: Unit, element: str, bank: PhraseBank, words: tuple[str, ...], where: list[int]
) -> list[Hit]:
    """Phrase hits of an element in `words` (the sentence's words, or some of them: `where` gives
    each one's index in the sentence)."""
    toks, digits = mark_keys(words, bank) if element.startswith("keypress") else (words, {})
    phrases, keys = bank.phrases(element)
    if not phrases:
        return []
    guard = bank.guard if element in MODAL_GUARDED else bank.negations
    if element == "withdrawal":
        # A withdrawal can only make a call non-compliant, and customers ask politely with a
        # negation ("kan I ikke slukke for optagelsen?"): no guard.
        guard = frozenset()
    if element == "keypress_optin":
        # "tryk 7, hvis du siger nej" is no "tryk N, hvis du siger ja" however close the letters.
        guard = guard | NO_WORDS
    min_score = NEGATIVE_MIN_SCORE if element in SAFE_ELEMENTS else POSITIVE_MIN_SCORE
    hits = []
    for m in find_all(toks, phrases, keys, min_score=min_score, guard=guard):
        first = where[m.first]
        if element == "recording_notice" and first in unit.questions:
            continue  # "må vi optage samtalen?" asks; it does not tell
        if element in IF_BLIND and _if_clause(unit, first, bank):
            continue  # "du bliver informeret, hvis samtalen optages" tells nothing, nor asks
        if element in IF_BLIND and _if_opens_sentence(unit, first, bank):
            continue  # "Om chefen vil have den optaget, så hører du fra mig": "om" there is "if"
        if element == "recording_notice" and _asked_if_acceptable(unit, first, bank):
            continue  # "er det i orden, vi optager samtalen, så?" asks whether it is; it does not tell
        if element in ("recording_notice", "vague_notice") and _choice_clause(unit, first, bank):
            continue  # "du kan reservere deg mot at samtalen blir tatt opp" offers a choice; it tells nothing
        if element == "withdrawal_info" and _other_object(unit, first, where[m.last - 1] + 1, bank):
            continue  # "du kan til enhver tid trække din klage tilbage" withdraws something else
        if element == "recording_notice" and _negated_around(unit, first, where[m.last - 1] + 1, bank):
            continue  # "samtalen optages ikke", "samtalen tas ikke opp"
        if element == "recording_notice" and _vague_around(unit, first, where[m.last - 1] + 1, bank):
            continue  # "det er muligt, at samtalen optages", "samtaler optages stikprøvevis": vague
        if element == "stop_ack" and first in unit.questions:
            continue  # "kan vi stoppe det?" asks for the stop; nobody reported one
        if element == "stop_ack" and meaning.has(toks, bank, "want_heads", 0, m.first):
            continue  # "jeg vil have, at optagelsen bliver slettet" asks; the agent did not report it
        if element in REQUESTS and not has_topic(m.phrase, bank) and not (
            first in unit.questions or (toks[m.first] in bank.question_starts and _opens_clause(unit, first))
        ):
            continue  # "det er helt i orden, så stopper jeg" is no "er det i orden?"
        if (element in REQUESTS or element == "keypress_optin") and m.score < 1.0 and _lost_asking_word(
                toks[m.first : m.last], m.phrase, bank):
            continue  # tolerance dropped the word that asks or accepts: "er det for deg selv?" is no "er det ok?"
        if element == "retention" and not (meaning.has(toks[m.first : m.last], bank, "keep_verbs") and (
            meaning.has(toks, bank, "time_units") or any(t.isdigit() for t in toks)
        )):
            continue  # "samtalen blir tatt opp til ..." is not "samtalen blir slettet i opptil 90 dager"
        window = " ".join(toks[m.first : m.last])
        if element == "withdrawal" and has_topic(m.phrase, bank) and not has_topic(window, bank):
            continue  # tolerance found the shape of a withdrawal, but its object is not the recording
        if element == "withdrawal" and set(fold(m.phrase).split()) & bank.negations and not (
                set(toks[m.first : m.last]) & (bank.negations | NO_WORDS)):
            continue  # tolerance dropped the "not": "jeg vil ta opp et lån" is not "jeg vil ikke tas opp"
        if element == "withdrawal" and toks[m.last : m.last + 1] and toks[m.last] in _INDEFINITE:
            continue  # "ta opp et lån", "ta opp en sak": raising a matter, not recording
        if element == "withdrawal" and m.score < 1.0 and _object_moved_to_other(toks, m, bank):
            continue  # "jeg vil have stoppet den gamle aftale": tolerance dropped the recording; the object is another
        if element == "withdrawal" and _records_something_else(unit, where[m.last - 1] + 1, bank):
            continue  # "jeg vil ikke optage lånet", "eg vil ikkje ta opp lånet": a loan, not the call
        if element == "withdrawal" and meaning.enrolled(toks, bank, m.last):
            continue  # "jeg vil ikke bli tatt opp i medlemsprogrammet": admitted into it, not recorded
        if element == "withdrawal" and m.score < 1.0 and meaning.switched_on(toks, bank):
            continue  # tolerance heard "slet optagelsen" in "vi har slået optagelse til": switched on
        if element in ("withdrawal", "stop_ack") and _persons(m.phrase) - set(toks[max(0, m.first - 1) : m.last]):
            continue  # nor may it swap who speaks: "vil du ha opptaket stoppet" is not "jeg vil ha ..."
        if element in ("keypress_optout", "objection_info") and _refuses_other(unit.toks, bank):
            continue  # "trykk 1 for å reservere deg mot nyhetsbrevet" opts out of something else
        if element == "threat" and _not_a_threat(toks, m):
            continue  # "jeg slår lige din police op" looks something up; it threatens no one
        digit = next((digits[j] for j in range(m.first, m.last) if j in digits), None)
        if element.startswith("keypress") and digit is None:
            continue
        hits.append(Hit(element=element, unit=unit, phrase=m.phrase, score=m.score, digit=digit))
    return hits


# The word classes that make a request ask: acceptance ("ok", "greit", "i orden"), objection
# ("imod", "problem") or consent by name ("samtykke").
_ASKING_WORDS = ("acceptable", "objecting", "consent")


def _lost_asking_word(window: tuple[str, ...], phrase: str, bank: PhraseBank) -> bool:
    """True when a request or opt-in phrase matched loosely holds a word that asks for acceptance,
    objects or says yes, and the matched words hold nothing like it: the tolerance let the
    meaning-bearing word drop out ("er det for deg sjølv?" against "er det ok for deg?", "tast 1
    for at sige nej til ..." against "tast N for at sige ja"). A misspelt one still counts ("okej")."""
    ptoks = words(phrase)
    asking = [w for part in _ASKING_WORDS for a, b in meaning.find(ptoks, bank, part) for w in ptoks[a:b]]
    asking += [w for w in ptoks if w in _YES_WORDS]
    if not asking:
        return False
    return any(not any(t[:1] == w[:1] and fuzz.ratio(t, w) >= 60 for t in window) for w in asking)


_PERSONS = frozenset({"jeg", "eg", "du", "vi", "dere", "i", "me"})
_INDEFINITE = frozenset({"en", "et", "ei", "eit", "ein", "nogle", "noen", "nokre"})
# Words that open a definite noun phrase of the caller's: "den gamle aftale", "mit nummer".
_DETERMINERS = frozenset({"den", "det", "de", "dei", "mit", "min", "mine", "mitt", "mi"})
# Words that say when, not what: "stop den med det samme", "stopp det straks".
_AT_ONCE = frozenset({"samme", "straks", "oejeblikkelig", "oejeblikkeligt", "omgaaende", "umiddelbart",
                      "nu", "naa", "no", "med", "en", "gang", "eingong", "engang"})
# The phrase's object may stand this many words after the determiner.
MOVED_OBJECT_REACH = 2


def _object_moved_to_other(toks: tuple[str, ...], m: Match, bank: PhraseBank) -> bool:
    """A withdrawal phrase matched with tolerance ("jeg vil have samtalen stoppet" in "jeg vil have
    stoppet den gamle aftale"): the window lacks the phrase's object (the recording or the call,
    or a word pointing back), and right after it stands a noun phrase of something else ("den
    gamle aftale", "det gamle nummeret") (DOMAIN.md: false friends, "stop mit abonnement"). Not
    "stop den med det samme" or "stop det hele" (no other noun: the call is still its object)."""
    objects = ("recording", "call_nouns", "rec_nouns")
    phrase = tuple(fold(m.phrase).split())
    window = toks[m.first : m.last]
    if not any(meaning.has(phrase, bank, part) for part in objects):
        return False
    if any(meaning.has(window, bank, part) for part in (*objects, "reference")) or has_topic(" ".join(window), bank):
        return False
    if m.last >= len(toks) or toks[m.last] not in _DETERMINERS:
        return False
    after = toks[m.last + 1 : m.last + 1 + MOVED_OBJECT_REACH]
    if any(meaning.has(toks, bank, part, m.last + 1, m.last + 1 + MOVED_OBJECT_REACH + 1) for part in objects) or (
            has_topic(" ".join(toks[m.last : m.last + 4]), bank)):
        return False
    fillers = ("clause_fillers", "transparent", "reference")
    return any(len(w) >= 4 and w not in _AT_ONCE and not any(meaning.has((w,), bank, part) for part in fillers)
               for w in after)



def _not_a_threat(toks: tuple[str, ...], m) -> bool:
    """A threat phrase matched by tolerance where the words say something else: its victim is
    not in the window ("jeg slår din ..." matched "jeg slår dig"), or its "slå" is "slå op"
    (look up) with its particle right after ("jeg slår dig lige op i systemet")."""
    window = set(toks[m.first : m.last])
    if set(fold(m.phrase).split()) & meaning.VICTIMS - window:
        return True
    hit = fold(m.phrase).split()
    return len(hit) > 1 and hit[1].startswith("slaa") and bool(set(toks[m.first + 2 : m.last + 3]) & meaning.LOOK_UP)


def _persons(phrase: str) -> set[str]:
    return set(fold(phrase).split()) & _PERSONS


def _aligned(unit: Unit, bank: PhraseBank | None = None) -> meaning.Sentence | None:
    """The unit's sentence as the meaning module reads it (with the bank's spoken forms when one
    is given), or None where its words do not line up with the unit's: a word position of the
    one would not be the same word in the other."""
    s = meaning.sentence(unit.text, bank)
    return s if len(s.toks) == len(unit.toks) else None


def _opens_clause(unit: Unit, first: int) -> bool:
    s = _aligned(unit)  # clause bounds only: the spoken forms change no punctuation
    return s is not None and first < len(s.toks) and s.clause_of(first)[0] == first


def _if_clause(unit: Unit, first: int, bank: PhraseBank) -> bool:
    s = _aligned(unit, bank)
    return s is not None and meaning.hypothetical(s, bank, first)


def _if_opens_sentence(unit: Unit, first: int, bank: PhraseBank) -> bool:
    s = _aligned(unit)
    return s is not None and meaning.if_opens_sentence(s, first)


# Before the words a question asks about, this many words may stand between them and the word
# that asks whether they are acceptable ("er det i orden, | vi optager samtalen").
ACCEPTABLE_REACH = 6


def _asked_if_acceptable(unit: Unit, first: int, bank: PhraseBank) -> bool:
    """Word `first` follows, in a question, the word that asks whether something is acceptable
    ("Er det okay, vi optager samtalen?", "E det greit at vi tar opp samtalen, da?"): what
    follows it is what is asked about, even when "at" is dropped or the verb misheard."""
    s = _aligned(unit)
    if s is None or not s.question:
        return False
    return meaning.has(s.toks, bank, "acceptable", max(0, first - ACCEPTABLE_REACH), first) is not None


def _choice_clause(unit: Unit, first: int, bank: PhraseBank) -> bool:
    s = _aligned(unit, bank)
    return s is not None and (meaning.offers_choice(s, bank, first) or meaning.wished_consent(s, bank, first))


def _records_something_else(unit: Unit, last: int, bank: PhraseBank) -> bool:
    """The recording verb that ends the window at word `last` has, right after it, a definite
    noun that is not the call, the recording or the consent ("optage lånet", "ta opp lånet"):
    "optage" there is to take up something else."""
    s = _aligned(unit, bank)
    if s is None or last >= len(s.toks):
        return False
    rec = meaning.has(s.toks, bank, "recording", max(0, last - 3), last)
    return rec is not None and rec[1] == last and meaning.takes_up_other(s, bank, rec)


def _other_object(unit: Unit, first: int, last: int, bank: PhraseBank) -> bool:
    """The stop or withdraw verb in words [first, last) has another object of the caller's ("din
    klage", "søknaden din") than the recording or the consent (meaning.other_object)."""
    s = _aligned(unit, bank)
    if s is None:
        return False
    hi = min(len(s.toks), last + 3)  # the window may end before the particle ("trække din klage | tilbage")
    verb = meaning.has(s.toks, bank, "withdraw_verbs", first, hi) or meaning.has(s.toks, bank, "stop_order", first, hi)
    return verb is not None and meaning.other_object(s, bank, verb)


def _negated_around(unit: Unit, first: int, last: int, bank: PhraseBank) -> bool:
    s = _aligned(unit, bank)
    return s is not None and meaning.negated_notice(s, bank, first, last)


def _vague_around(unit: Unit, first: int, last: int, bank: PhraseBank) -> bool:
    s = _aligned(unit, bank)
    return s is not None and meaning.vague_words(s, bank, first, last) is not None


def _points_back(k: int, units: list[Unit], spoke_of: list[bool]) -> bool:
    """Does the short request in sentence k refer to recording talk just before it, in the same
    turn ("Samtalen optages til træning. Er det ok?")?"""
    if spoke_of[k]:
        return True
    unit = units[k]
    counted = 0
    for j in range(k - 1, -1, -1):
        prev = units[j]
        if prev.speaker == "customer" or (unit.speaker is not None and prev.speaker != unit.speaker):
            return False
        if unit.start - prev.end > POINT_BACK_S:
            return False
        if spoke_of[j]:
            return True
        # A sentence heard too weakly to say anything of its own (a long sentence the recogniser
        # broke into garbled pieces) does not count against the reach; one heard well does.
        counted += not prev.weak
        if counted >= POINT_BACK_UNITS:
            return False
    return False


def mark_keys(toks: tuple[str, ...], bank: PhraseBank) -> tuple[tuple[str, ...], dict[int, str]]:
    """Replace the key named after a key verb ("tast 1", "trykk en") by "n"; remember the key."""
    out = list(toks)
    digits: dict[int, str] = {}
    for i, tok in enumerate(toks):
        if digits and i + 1 < len(toks) and toks[i + 1] in bank.key_digits and (tok in _KEY_OR or (
                tok in _KEY_AND and (toks[i + 1].isdigit() or toks[i + 2 : i + 3] and toks[i + 2] in _KEY_FOR))):
            digits[i + 1] = bank.key_digits[toks[i + 1]]  # "tryk 1 ..., eller 2 ...": the second key
            out[i + 1] = "n"
            continue
        if not _key_verb(tok, bank):
            continue
        j = i + 1
        if j < len(toks) and toks[j] in _KEY_SUBJECTS:
            j += 1  # inverted: "for å godta trykker du 3", "så taster De 1"
        if j < len(toks) and toks[j] in ("paa", "pa", "inn"):
            j += 1
        if j + 1 < len(toks) and toks[j + 1] in bank.key_digits and meaning.has(toks, bank, "key_adverbs", j, j + 1):
            j += 1  # an adverb between: "tryk da 4", "trykk no 2", "tast venligst 1"
        if j < len(toks) and toks[j] in bank.key_digits:
            digits[j] = bank.key_digits[toks[j]]
            out[j] = "n"
    return tuple(out), digits


# The caller as the subject after an inverted key verb ("..., trykker du 3").
_KEY_SUBJECTS = frozenset({"du", "de", "dere", "i"})
# Present-tense endings of a key verb: "trykker", "taster", nynorsk "trykkjer", "tastar".
_KEY_ENDINGS = ("er", "jer", "ar")


def _key_verb(tok: str, bank: PhraseBank) -> bool:
    """A key verb of the bank, or its present tense ("trykker", "taster", "tastar")."""
    if tok in bank.key_verbs:
        return True
    return any(tok.endswith(e) and tok[: -len(e)] in bank.key_verbs for e in _KEY_ENDINGS)


def has_topic(text: str, bank: PhraseBank) -> bool:
    """True when a text speaks of recording (a topic stem, also across a split word)."""
    toks = fold(text).split()
    pieces = toks + ["".join(toks[i : i + 2]) for i in range(len(toks) - 1)]
    if any(fuzzy_word(p, bank.topic_stems) for p in pieces):
        return True
    if meaning.has(tuple(toks), bank, "recording") is not None:  # "tar vi opp", "tek det opp"
        return True
    # spoken and misheard forms read as the written word ("vi tar op samtalen": "tar opp")
    spoken = meaning.sentence(text, bank).toks
    return spoken != tuple(toks) and meaning.has(spoken, bank, "recording") is not None


# Verbs that only ever mean declining or opting out (reservere seg, frabede sig, fravælge), folded
# stems: a caller who says them after talk of recording opts out of it, whether or not the
# sentence names the recording ("Ja, jeg reserverer meg.").
OPT_OUT_STEMS = ("reserver", "frabe", "fravaelg")


def opts_out(text: str) -> bool:
    """True when a text holds a verb that only ever opts out (``OPT_OUT_STEMS``)."""
    return any(t.startswith(OPT_OUT_STEMS) for t in fold(text).split())


def _near_topic(i: int, segments: tuple[Segment, ...], topical: set[int]) -> bool:
    """True when segment i, or a non-customer segment next to it, speaks of recording.

    (A request looks back only, and not as far: see `_points_back`.)
    """
    if i in topical:
        return True
    for j in (i - 2, i - 1, i + 1, i + 2):
        if j in topical and 0 <= j < len(segments) and segments[j].speaker != "customer":
            if abs(segments[j].start - segments[i].start) <= TOPIC_REACH_S:
                return True
    return False


def _resolve_overlaps(findings: Findings, bank: PhraseBank) -> None:
    """One sentence, one reading where two readings contradict each other."""
    hits = findings.hits
    _split_hedge(findings, bank)
    # "øh er det okay at vi optager samtalen", "ehm har du nogen indvendinger mod at vi optager
    # opkaldet": a sentence that opens as a question (its mark lost or not) and is read as a
    # request asks whether we may record; the recording in its that-clause is not news that the
    # call is recorded ("må vi optage samtalen?" tells nothing either).
    asking = {id(h.unit) for e in REQUESTS for h in hits.get(e, []) if _opens_as_question(h.unit, bank)}
    _drop(hits, "recording_notice", asking)
    notice_score = {id(h.unit): h.score for h in hits.get("recording_notice", [])}
    # "kan blive optaget" is vague, not definite; the closer reading of a sentence wins.
    hits["vague_notice"] = [h for h in hits.get("vague_notice", [])
                            if h.score >= notice_score.get(id(h.unit), 0.0)]
    vague_units = {id(h.unit) for h in hits["vague_notice"]}
    # "du kan sige nej til optagelsen" offers an objection; only "du kan til enhver tid sige nej
    # til optagelsen" also tells that consent can be withdrawn: the closer reading wins.
    # A way to object said to stay open at any time ("du kan når som helst reservere deg mot
    # opptaket") is both: the objection phrase does not hide the withdrawal it also tells of.
    objection_score = {id(h.unit): h.score for h in hits.get("objection_info", [])}
    hits["withdrawal_info"] = [h for h in hits.get("withdrawal_info", [])
                               if h.score >= objection_score.get(id(h.unit), 0.0)
                               or meaning.has(h.unit.toks, bank, "any_time") is not None]
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
    # A sentence read as retention ("Samtaleoptagelsen gemmes i 60 dage") says how long recordings
    # are kept; a notice matched in it only loosely ("samtalen optages") is that tolerance, not news
    # that this call is recorded.
    retention_units = {id(h.unit) for h in hits.get("retention", [])}
    hits["recording_notice"] = [h for h in hits.get("recording_notice", [])
                                if not (h.loose and id(h.unit) in retention_units)]
    _drop(hits, "consent_request", negative_units)  # the polarity trap decides that sentence
    # "Du har til enhver tid ret til at tilbagekalde dit samtykke til optagelsen" tells how to
    # withdraw; a request phrase matched in that statement only approximately ("samtykker du til
    # optagelsen") asks nothing. A question stays a request.
    # Likewise a notice read in full ("Vi gjer ei innspeling av samtalen") is no request because a
    # request phrase ("gjer vi opptak av samtalen?") fits it loosely.
    told_units = {id(h.unit) for e in ("withdrawal_info", "recording_notice") for h in hits.get(e, [])
                  if e == "withdrawal_info" or h.score >= 1.0}
    # Only beside another request (the replies are then read against that one), or where nobody
    # asked anything about the recording: a question the engine does not read ("Har du noen
    # betenkeligheter med det?") never leaves a call without any request, and so without a reply due.
    told = [h for h in hits.get("consent_request", [])
            if id(h.unit) in told_units and h.score < 1.0 and "?" not in h.unit.text and not _ends_with(h, bank)]
    told_ids = {id(h.unit) for h in told}
    other = [h for e in ("consent_request", "negative_request", "keypress_optin", "keypress_optout")
             for h in hits.get(e, []) if id(h.unit) not in told_ids]
    if told and (other or not _asked_about_recording(findings.units, told_ids, bank)):
        _drop(hits, "consent_request", told_ids)
    _drop(hits, "withdrawal", info_units)
    # "Efter et år slettes optagelsen" says how long recordings are kept: from the agent or an
    # unknown speaker it is no order to delete this one (a caller's words are read as they are).
    _drop(hits, "withdrawal", {id(h.unit) for h in hits.get("retention", []) if h.unit.speaker != "customer"})
    # A threat is no option: "hvis du ikke vil optages, må du ringe igen" offers no way to object.
    coercive_units = {id(h.unit) for h in hits.get("coercion", [])}
    _drop(hits, "objection_info", coercive_units)
    _drop(hits, "withdrawal_info", coercive_units)
    hits["keypress_optin"] = [h for h in hits.get("keypress_optin", [])
                              if id(h.unit) not in optout_units or h.digit != _digit_of(h, hits)]
    # A key-press prompt names the recording as what the caller accepts or refuses ("tryk 1,
    # hvis du giver samtykke til, at samtalen optages"): a condition, not a statement that the
    # call is recorded. Its sentence supplies no notice.
    _drop(hits, "recording_notice", optout_units | {id(h.unit) for h in hits["keypress_optin"]})
    # A notice whose every word about recording stands in an if-clause states nothing ("Ønsker
    # du ikke, at samtalen optages, så giv mig besked."), whichever phrase it matched.
    _drop(hits, "recording_notice", {id(h.unit) for h in hits.get("recording_notice", [])
                                     if meaning.only_conditional(meaning.sentence(h.unit.text, bank), bank)})
    # Nor does one that makes the recording depend on a yes ("Vi optager kun samtalen, hvis du
    # siger ja til det.", "Optagelse sker kun efter aftale med dig.").
    _drop(hits, "recording_notice", {id(h.unit) for h in hits.get("recording_notice", [])
                                     if meaning.conditioned(meaning.sentence(h.unit.text, bank), bank)})


def _ends_with(hit: Hit, bank: PhraseBank) -> bool:
    """The request ends the sentence ("vi tek opp samtalen ..., eh får vi det", "..., øh er det i
    orden at vi optager den her samtale"): a question put after the notice, not a request phrase
    fitted loosely to the notice itself. After its last words only the call, a word pointing
    back, a tag or a filler may follow."""
    said = tuple(fold(hit.phrase.split("…")[-1]).split())
    toks = hit.unit.toks
    ends = [k + len(said) for k in range(len(toks) - len(said) + 1) if toks[k : k + len(said)] == said]
    if not said or not ends:
        return False
    tail = toks[ends[-1] :]
    named = {k for part in _AFTER_REQUEST for a, b in meaning.find(tail, bank, part) for k in range(a, b)}
    return all(k in named or t in bank.fillers or t in meaning._TAIL_TAGS or t in meaning._REQUEST_FILLERS
               for k, t in enumerate(tail))


_ASKING_PARTS = ("recording", "consent", "objecting", "acceptable", "rec_nouns")


def _asked_about_recording(units: list[Unit], skip: set[int], bank: PhraseBank) -> bool:
    """Someone other than the caller asked a question with a word about the recording, consent,
    objecting or accepting in it (read or not as a request), outside the units in `skip`."""
    for u in units:
        if id(u) in skip or u.speaker == "customer" or "?" not in u.text:
            continue
        # "noe" / "noget" alone objects to nothing: "Er det noe mer jeg kan hjelpe deg med?"
        if any(b - a > 1 or u.toks[a] not in meaning._SOMETHING
               for part in _ASKING_PARTS for a, b in meaning.find(u.toks, bank, part)):
            return True
    return False


def _digit_of(hit: Hit, hits: dict[str, list[Hit]]) -> str | None:
    """The key the other reading of the same sentence names, if any."""
    other = "keypress_optin" if hit.element == "keypress_optout" else "keypress_optout"
    return next((h.digit for h in hits.get(other, []) if h.unit is hit.unit), None)


def _opens_as_question(unit: Unit, bank: PhraseBank) -> bool:
    """The sentence's first word after any fillers is one that asks ("øh er det ...", "har du ...")."""
    head = next((w for w in unit.toks if w not in bank.fillers), None)
    return head is not None and head in bank.question_starts


# How many words a hedge said as a sentence of its own may have ("Det kan være.", "Kanskje.").
HEDGE_WORDS = 4


def _split_hedge(findings: Findings, bank: PhraseBank) -> None:
    """A notice that is a bare that-clause ("At samtalen bliver optaget.") completes the sentence
    before it in the same segment; when that sentence is only a hedge ("Det kan være.", "Det kan
    vere."), the two together are a vague notice, not a definite one (DOMAIN.md: "can be recorded"
    is too vague). So is a notice that goes on with a sentence cut right after its hedge
    (``_cut_after_hedge``). Recognition or punctuation that splits a sentence changes nothing."""
    units = findings.units
    index = {id(u): k for k, u in enumerate(units)}
    hedged: list[Hit] = []
    for h in findings.hits.get("recording_notice", []):
        k = index.get(id(h.unit))
        if k is None or k == 0 or not h.unit.toks:
            continue
        prev = units[k - 1]
        if _cut_after_hedge(prev, h.unit, findings, bank):
            hedged.append(h)
            continue
        if h.unit.toks[0] not in ("at", "aa"):
            continue
        if prev.seg != h.unit.seg or not 0 < len(prev.toks) <= HEDGE_WORDS:
            continue
        if meaning.has(prev.toks, bank, "modal_words") is not None and not has_topic(" ".join(prev.toks), bank):
            hedged.append(h)
    if hedged:
        gone = {id(h) for h in hedged}
        findings.hits["recording_notice"] = [h for h in findings.hits["recording_notice"] if id(h) not in gone]
        findings.hits.setdefault("vague_notice", []).extend(replace(h, element="vague_notice") for h in hedged)


# A sentence cut right after its hedge: the hedge among its last words, said by the same speaker
# at most this long before the notice that goes on with it.
HEDGE_TAIL_WORDS = 3
HEDGE_CUT_S = 1.0


def _cut_after_hedge(prev: Unit, unit: Unit, findings: Findings, bank: PhraseBank) -> bool:
    """Whether ``prev`` is the start of the notice's own sentence, cut after its hedge by the
    recogniser's punctuation ("SpareBank 1 gjør i noen tilfeller." + "Lydopptak av samtalene…",
    heard "Spar er punk en gjør i noen tilfælder." + "Vi tar opp samtalen"): the same speaker right
    before it, no question, nothing about recording and no element of its own, and a hedge among
    its last words. The notice is then hedged: vague."""
    if prev.speaker != unit.speaker or not 0 <= unit.start - prev.end <= HEDGE_CUT_S or not prev.toks:
        return False
    if prev.text.rstrip().endswith("?") or _opens_as_question(prev, bank) or has_topic(" ".join(prev.toks), bank):
        return False
    if any(h.unit is prev for hits in findings.hits.values() for h in hits):
        return False
    return meaning.has(prev.toks[-HEDGE_TAIL_WORDS:], bank, "modal_words") is not None


def _drop(hits: dict[str, list[Hit]], element: str, units: set[int]) -> None:
    if element in hits:
        hits[element] = [h for h in hits[element] if id(h.unit) not in units]


def _quality(
    segments: tuple[Segment, ...], unusable: list[tuple[int, str]], conf: Confidence
) -> Quality:
    speech = sum(max(s.end - s.start, 0.1) for s in segments)
    bad = {i for i, _ in unusable}
    unusable_s = sum(max(segments[i].end - segments[i].start, 0.1) for i in bad)
    scored = [(lp, max(end - start, 0.1)) for i, s in enumerate(segments) if i not in bad
              for _c, start, end, lp in s.heard_pieces() if lp is not None]
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
