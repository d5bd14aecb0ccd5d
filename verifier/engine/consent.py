"""Stage 3b: the customer's answer to each request to record, spoken or keyed.

DOMAIN.md's traps live here. The reply must follow the request, come from the customer, and start
within the policy's reply window after the end of the agent's turn that holds the request. To a
negatively phrased request ("har du noget imod ...?") "nej" consents and "ja, det har jeg" refuses.
A key press is read against the prompt it answers: the same key can mean yes or no.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import meaning
from .findings import (
    AGENT_ELEMENTS,
    ANSWER_WORDS,
    NO_WORDS,
    Findings,
    Hit,
    Unit,
    has_topic,
    mark_keys,
    opts_out,
    without_transparent,
)
from .phrases import PhraseBank, load_bank
from .policy import Policy
from .record import Consent, Evidence, KeyPress
from .text import Match, clause_breaks, find_all, fold, standard, word_spans
from .transcript import Transcript

# How closely a customer's words must match a reply phrase ("ja, det er fint", "nej tak"): closer
# than disclosure phrases, since a reply decides consent. The one definition of this threshold.
REPLY_MIN_SCORE = 0.88

# The customer may start a hair before the agent's sentence ends (the times of a sentence inside a
# segment are interpolated), so a reply may begin this much before the request's end.
REPLY_LEAD_S = 0.5
# A pause longer than this after the request hands the floor to the customer: the agent's turn
# that holds the request has ended.
TURN_GAP_S = 3.0
# Customer sentences this close together are one reply ("øh ..." then "ja, det er fint").
REPLY_JOIN_S = 2.0
# A key pressed during the prompt counts as an answer to it (callers barge in).
KEY_PROMPT_GROUP_S = 15.0
# A customer's turn of at most this many words right after an unread question is read as an
# answer even when none of its words is known.
SHORT_REPLY_WORDS = 3


@dataclass(frozen=True)
class Interaction:
    """A request (or key prompt) and what came back."""

    request: Hit
    status: str  # given | refused | ambiguous | no_reply | no_objection
    method: str | None
    reply: Evidence | None
    reply_end: float | None
    keypress: KeyPress | None = None
    unlabelled: bool = False  # the reply came from a segment with no speaker label
    weak: bool = False  # the reply came from a low-confidence segment
    unusable_in_window: bool = False  # speech in the reply window was set aside as unusable
    # What the caller attached to a yes about the recording's use ("men den må ikke deles").
    conditions: tuple[Evidence, ...] = ()

    @property
    def negative(self) -> bool:
        """The request was negatively phrased (the polarity trap)."""
        return self.request.element == "negative_request"


@dataclass(frozen=True)
class ConsentOutcome:
    """The consent status of the call and the interaction that decided it."""

    consent: Consent
    decisive: Interaction | None
    interactions: tuple[Interaction, ...]


def read_consent(
    transcript: Transcript, findings: Findings, bank: PhraseBank, policy: Policy
) -> ConsentOutcome:
    """Pair every request and key prompt with its reply, then settle the call's consent status."""
    requests = sorted(
        findings.hits.get("consent_request", []) + findings.hits.get("negative_request", []),
        key=lambda h: h.unit.start,
    )
    interactions = [_verbal(r, findings, transcript, bank, policy) for r in _one_per_turn(requests)]
    interactions += _keyed(transcript, findings, policy)
    # Whether or not a request was recognised, a no or an unclear answer right after the agent's
    # talk of recording is never passed over: the turns the requests' replies did not read are
    # read here (see _unasked).
    claimed = {id(u) for i in interactions if i.reply is not None and i.method == "verbal"
               for u in _reply_units(i.request, findings, bank, policy.reply_window_s)[0]}
    interactions += _unasked(transcript, findings, bank, policy, claimed=claimed, asked=bool(interactions))
    interactions += _unread_keys(transcript, findings, policy, interactions)
    interactions.sort(key=lambda i: i.request.unit.start)
    decisive = _decide(interactions)
    if decisive is None:
        return ConsentOutcome(Consent(status="not_requested"), None, tuple(interactions))
    status = "not_requested" if decisive.status == "no_objection" else decisive.status
    consent = Consent(
        status=status,
        method=decisive.method if status in ("given", "refused", "ambiguous") else None,
        request=decisive.request.evidence(),
        reply=decisive.reply,
        keypress=decisive.keypress,
        negatively_phrased=decisive.negative,
    )
    return ConsentOutcome(consent, decisive, tuple(interactions))


def _decide(interactions: list[Interaction]) -> Interaction | None:
    """A refusal anywhere stands; otherwise the last clear answer; otherwise silence."""
    for i in interactions:
        if i.status == "refused":
            return i
    answered = [i for i in interactions if i.status in ("given", "ambiguous")]
    if answered:
        return answered[-1]
    for status in ("no_reply", "no_objection"):
        for i in interactions:
            if i.status == status:
                return i
    return None


# What the agent says about recording that the caller may answer though nothing was asked.
RECORDING_TALK = ("recording_notice", "vague_notice", "withdrawal_info", "objection_info", "purpose", "retention")


def _unasked(transcript: Transcript, findings: Findings, bank: PhraseBank, policy: Policy, *,
             claimed: frozenset[int] | set[int] = frozenset(), asked: bool = False) -> list[Interaction]:
    """A "no" or an unclear answer right after the agent's talk of recording still counts, whether
    or not a request was recognised: the request may have been worded in a way not recognised
    ("Synes du, det er i orden?", "Godtek du det?"), and silence about it must not let the call
    pass. Such an answer makes consent ambiguous (a person must look; nothing is deleted on a
    guess); a yes counts for nothing. The answer need not be a listed phrase: a short turn whose
    words hold a no or a doubt ("Det sier jeg nei til."), or a question about the recording
    ("Kven får høyre på det?"), is such an answer too.

    `claimed`: sentences already read as the reply to a recognised request (`asked`: there was
    one); those are not read again, and then a turn counts only when it refuses or is unclear."""
    talk = sorted((h for e in RECORDING_TALK for h in findings.hits.get(e, []) if h.unit.speaker != "customer"),
                  key=lambda h: h.unit.start)
    talk_units = {id(h.unit) for h in talk}
    withdrawn = {id(h.unit) for h in findings.hits.get("withdrawal", [])}
    out: list[Interaction] = []
    answered: set[int] = set()
    for hit in talk:
        reply_units, _ = _reply_units(hit, findings, bank, policy.reply_window_s)
        if not reply_units or id(reply_units[0]) in answered or id(reply_units[0]) in claimed:
            continue
        answered.add(id(reply_units[0]))
        if not asked and reply_units[0].speaker is None and _opens_errand(reply_units[0], bank):
            # No request was read, and the next unlabelled sentence opens the errand ("Så, hvad
            # drejer det sig om?"): the agent going on after the talk, not an unclear answer. After
            # a request it may be the caller's own question, so it stays a possible answer there.
            continue
        # A "ja" to a question we could not read says nothing certain: it may have been "har du
        # noget imod ...?" in words we do not know.
        unread_q = _asked_unread(reply_units[0], findings.units, talk_units, bank)
        if not (unread_q or _answers_talk(reply_units[0], findings.units, talk_units, bank)):
            continue  # the caller answers something the agent said after the talk of recording
        answer = read_answer(reply_units, bank, withdrawn=lambda u: id(u) in withdrawn)
        if answer.status != "given" and _no_objection(reply_units[0], findings, bank):
            continue  # "Nei, det går fint." to "si fra hvis du ikke ønsker opptak"
        # A short turn that answers an unread question in words we cannot read ("Mja.") is an
        # answer too: it may be a no to a negatively phrased request.
        unread = unread_q and not answer.found and len(reply_units[0].toks) <= SHORT_REPLY_WORDS
        # A turn no answer piece opens, read whole: a short one that holds a no or a doubt ("Det
        # sier jeg nei til.", "Det får du bestemme."), or a question about the recording.
        whole = not answer.found and (_short_no_or_doubt(reply_units[0], bank)
                                      or any(_questions_recording(u, bank) for u in reply_units
                                             if id(u) not in withdrawn))
        unclear = answer.status in ("refused", "ambiguous")
        if asked and ((not unclear and not whole) or any(id(u) in withdrawn for u in reply_units)):
            continue  # after a recognised request only a no or a doubt is read here (a withdrawal is one already)
        # A turn that opens with a no ("Næh, slet ikke, det er fint.") is an answer even where the
        # no is not one of the listed answers: to a question we could not read, its sense is unknown.
        opens = answer.found and answer.opens or (bool(reply_units[0].toks) and reply_units[0].toks[0] in SAID_NO)
        if (opens or unread or whole) and (unread_q or unclear or whole):
            out.append(Interaction(hit, _unasked_status(answer, withdrawn, bank), "verbal", answer.evidence, answer.end,
                                   unlabelled=reply_units[0].speaker is None and findings.labelled,
                                   weak=any(u.weak for u in answer.units)))
    return out


# Words that open a condition ("si fra hvis du ikke ønsker det"), folded: the engine's if-words and
# "in case"; a negation this many words after one makes the condition negated.
_CONDITIONS = meaning._IF | {"ifald", "ifall"}
_CONDITION_REACH = 4
_TURN_REACH_S = 20.0


def _no_objection(reply: Unit, findings: Findings, bank: PhraseBank) -> bool:
    """``reply`` answers an invitation to object (``_invited_to_object``) with a no that goes on to
    say all is fine ("Nei, det går fint.", "Nej, det er helt i orden."): read as the answer to a
    negatively phrased question it consents, and read plainly it is no refusal. A bare "Nei." or
    "Nei, det vil jeg ikke." is a refusal read plainly, and stays unclear (no objection, or no
    recording?)."""
    return (_invited_to_object(reply, findings, bank)
            and classify_reply(reply.text, bank, negative=True)[0] == "given"
            and classify_reply(reply.text, bank)[0] != "refused")


def _invited_to_object(reply: Unit, findings: Findings, bank: PhraseBank) -> bool:
    """The agent's turn before ``reply`` invites an objection as a negated condition ("Si gjerne fra
    om du ikke ønsker det.", "Sig til, hvis du ikke ønsker det. Du kan altid bede mig stoppe
    optagelsen."): negatively phrased, like "har du noe imot …?"."""
    before = sorted((u for u in findings.units if u.end <= reply.start + 1e-6 and u is not reply),
                    key=lambda u: u.end)
    turn: list[Unit] = []
    for u in reversed(before):
        if u.speaker == "customer" or u.end < reply.start - _TURN_REACH_S:
            break  # (unlabelled speech has no turns: the agent's last few sentences)
        turn.append(u)
    inviting = {id(h.unit) for h in findings.hits.get("objection_info", [])}
    return any(id(u) in inviting and any(
        t in _CONDITIONS and any(n in bank.negations for n in u.toks[i + 1:i + 1 + _CONDITION_REACH])
        for i, t in enumerate(u.toks)) for u in turn)


def _unasked_status(answer: Answer, withdrawn: set[int], bank: PhraseBank) -> str:
    """An answer to talk of recording that asked nothing is unclear ("Nej." or "Nej, det vil jeg
    ikke." may answer a negatively phrased request we could not read), unless the no names its
    object: a refusal whose sentence names the recording itself ("Nej, jeg vil ikke have, at
    samtalen optages.") is a refusal, whatever was asked (DOMAIN.md: an objection stops the
    recording)."""
    if answer.status == "refused" and any(id(u) in withdrawn and (has_topic(u.text, bank) or opts_out(u.text))
                                          for u in answer.units):
        return "refused"
    return "ambiguous"


# A turn of at most this many words that holds a no or a doubt is an answer, read whole.
SHORT_TURN_WORDS = 6
# A no, also as callers say it ("næh", "næ", "nix", "nope"; folded).
SAID_NO = NO_WORDS | {"nae", "naeh", "naeae", "naei", "noeh", "nix", "nope"}


def _short_no_or_doubt(unit: Unit, bank: PhraseBank) -> bool:
    """A short turn that holds a no, a refusal or a doubt ("Det sier jeg nei til.", "Det får du
    bestemme.", "Nej, det tror jeg ikke.")."""
    if len(unit.toks) > SHORT_TURN_WORDS or _wh_question(unit, bank):
        return False  # "Kva gjeld det?" asks about the errand (questions: _questions_recording)
    if set(unit.toks) & SAID_NO or meaning.has(unit.toks, bank, "doubt"):
        return True
    status, phrase, _ = classify_reply(unit.text, bank)
    return status in ("refused", "ambiguous") and phrase is not None


# Words that may stand before the question word of a question heard without its mark: "og hvad
# er dit målernummer", "men hva er kundenummeret ditt".
_LEAD_INS = frozenset({"og", "men", "saa", "naa", "nu"})
_POINTS_BACK = frozenset({"det", "den", "dette", "denne", "der", "formaalet"})


def _wh_question(unit: Unit, bank: PhraseBank) -> bool:
    """The turn asks with a question word: marked ("Kva gjeld det?"), or opening with one after
    "og" / "men" or a filler and a verb right after it ("og hvad er dit målernummer", recognition
    drops the mark)."""
    toks = unit.toks
    if "?" in unit.text:
        return bool(toks) and toks[0] in _WH
    k = 0
    while k < len(toks) and (toks[k] in _LEAD_INS or toks[k] in bank.fillers):
        k += 1
    # "og hvad er det til" may ask about the recording: only a question about a thing of its own
    # ("og hvad er dit målernummer") is one about the errand
    return (0 < k and k + 2 < len(toks) and toks[k] in _WH and toks[k + 1] in ("er", "var", "e")
            and toks[k + 2] not in _POINTS_BACK)


def _questions_recording(unit: Unit, bank: PhraseBank) -> bool:
    """The caller asks about the recording ("Kven får høyre på det?", "Hvem hører optagelsen?"),
    also heard without its mark ("hvem er det der hører den bagefter"): any sentence of the
    caller's turn may ask it ("Hva? Optage hvad?")."""
    return _asks_question(unit.text, unit.toks, bank) and _asks_about_recording(
        meaning.sentence(unit.text, bank), bank, short=False)


def _asks_question(text: str, toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """A question: its mark, or, where recognition dropped the mark, a question word opening it
    after any fillers ("øh hvem hører den bagefter", "kven skal høyre på det")."""
    if "?" in text:
        return True
    first = next((t for t in toks if t not in bank.fillers), None)
    return first in _WH


def _unread_keys(transcript: Transcript, findings: Findings, policy: Policy,
                 interactions: list[Interaction]) -> list[Interaction]:
    """A key the caller pressed right after the agent's talk of recording (or a request) that no
    prompt we read explains ("... tast 6 for nej", in words not recognised): its meaning is
    unknown, so it may be a no. Consent is then ambiguous, never given, and never silently
    ignored (it used to leave the call compliant under `no`)."""
    claimed = {round(i.keypress.time, 2) for i in interactions if i.keypress is not None}
    elements = (*RECORDING_TALK, "consent_request", "negative_request", "keypress_optin", "keypress_optout")
    talk = sorted((h for e in elements for h in findings.hits.get(e, []) if h.unit.speaker != "customer"),
                  key=lambda h: h.unit.end)
    out: list[Interaction] = []
    for e in transcript.events:
        if e.type != "dtmf" or not e.digit or (e.channel or "").lower() == "agent" or round(e.time, 2) in claimed:
            continue
        hit = next((h for h in reversed(talk) if h.unit.start <= e.time <= h.unit.end + policy.reply_window_s), None)
        if hit is None:
            continue  # a menu choice, far from any talk of recording
        keypress = KeyPress(digit=e.digit, time=round(e.time, 2), meaning="unknown", prompt=hit.evidence())
        evidence = Evidence(start=round(e.time, 2), end=round(e.time + (e.duration or 0), 2), speaker="customer",
                            text=f"key {e.digit}", phrase=hit.phrase, score=0.0)
        out.append(Interaction(hit, "ambiguous", "keypress", evidence, e.time + (e.duration or 0),
                               keypress=keypress))
    return out


_YOUR = frozenset({"din", "dit", "dine", "ditt", "di", "dykkar", "jeres", "deres"})


def _asks_for_yours(unit: Unit, bank: PhraseBank) -> bool:
    """A question about something of the caller's that is not the call or the recording ("Har du
    dit kundenummer ved hånden?", "Har du kundenummeret ditt?"): it asks about the errand, so it
    hides no request to record."""
    toks = unit.toks
    for k, t in enumerate(toks):
        if t not in _YOUR:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(toks) and len(toks[j]) >= 4 and toks[j] not in _YOUR and not any(
                    meaning.has(toks, bank, part, j, j + 1) for part in (
                        "recording", "consent", "call_nouns", "rec_nouns", "reference", "clause_fillers",
                        "acceptable", "objecting", "request_fillers")):
                return True
    return False


def _asked_unread(reply: Unit, units: list[Unit], talk_units: set[int], bank: PhraseBank) -> bool:
    """The agent's turn before the reply holds a question not read as a request ("Generer det
    dig?"), even if the agent went on talking after it; a question about the caller's own things
    ("Har du dit kundenummer?") asks about the errand."""
    before = [u for u in units if u.end <= reply.start + REPLY_LEAD_S and u is not reply and u.speaker != "customer"]
    turn_start = reply.start
    answers = bool(reply.toks) and reply.toks[0] in ANSWER_WORDS
    for u in reversed(before):
        if turn_start - u.end > TURN_GAP_S:
            break
        if "?" in u.text and u.toks and ((_opens_wh(u) and not answers) or _opens_errand(u, bank)):
            # the caller answers the agent's last question, about the errand ("Hvad er dit
            # sagsnummer?", "Ja, da ser vi på det, hva trenger du?")
            return False
        if "?" in u.text and id(u) not in talk_units and (not u.toks or not _opens_wh(u)) and not (
                _asks_for_yours(u, bank) or _asks_who(u) or _before_any_talk(u, units, talk_units, bank)
        ) and _could_ask_leave(u, bank):
            return True
        turn_start = u.start
    return False


# Word classes one of which a question that asks leave to record holds, in whatever words:
# a verb that asks, a word that points back, accepts, objects or names the recording or consent.
_LEAVE_PARTS = ("question_verbs", "reference", "acceptable", "objecting", "consent", "recording")


def _could_ask_leave(unit: Unit, bank: PhraseBank) -> bool:
    """The question could hide a request: it holds a word of one of those classes. "Og adresse?",
    "Fødselsdato?" (the errand's short questions, a bare noun) hold none."""
    return any(meaning.has(unit.toks, bank, part) for part in _LEAVE_PARTS)


# "you" in a question: after a lead-in, "Og hva tenker du om det?" may ask the caller's view of
# the recording; "Så, hva gjelder det?" asks about the errand.
_YOU_ASKED = frozenset({"du", "dig", "deg", "de", "dem", "i", "jer", "dere", "dykk"})


def _opens_wh(unit: Unit) -> bool:
    """The sentence opens with a question word: at once, or after a lead-in when it asks nothing
    of "you" ("Så, hvad drejer det sig om?", "Og hva gjelder det?"): it asks about the errand,
    not leave to record."""
    if unit.toks and unit.toks[0] in _WH:
        return True
    k = next((k for k, t in enumerate(unit.toks) if t not in _LEAD_INS), len(unit.toks))
    # "Så, hva med det?" asks the caller's view of what was just said, as "you" would
    return (k < len(unit.toks) and unit.toks[k] in _WH and "med" not in unit.toks[k + 1 : k + 3]
            and not set(unit.toks) & _YOU_ASKED)


_IS_IT = (("er", "det"), ("e", "det"), ("er", "dette"))
_YOU_WHO = frozenset({"du", "dig", "deg", "de", "dem"})


def _before_any_talk(unit: Unit, units: list[Unit], talk_units: set[int], bank: PhraseBank) -> bool:
    """A question put before any talk of recording that does not name the recording itself (the
    greeting's "Heisann, det er Sander, skjer'a?"): there was nothing yet it could ask leave for."""
    if has_topic(unit.text, bank):
        return False
    return all(u.start > unit.start for u in units if id(u) in talk_units)


def _asks_who(unit: Unit) -> bool:
    """A question who the caller is ("Er det dig, der står på aftalen?", "Er det du som eier
    bilen?"): "is it you who ..." asks about the person on the errand, not leave to record."""
    toks = unit.toks
    # "Er det deg som bestemmer det?" points back to what was said: it may ask about the recording
    return (len(toks) > 4 and tuple(toks[:2]) in _IS_IT and toks[2] in _YOU_WHO and toks[3] in ("der", "som")
            and not set(toks[4:]) & _POINTS_BACK)


def _answers_talk(reply: Unit, units: list[Unit], talk_units: set[int], bank: PhraseBank | None = None) -> bool:
    """The agent's last sentence before the reply is the talk of recording, or a short question
    right after it ("Samtalen optages. Synes du, det er i orden?")."""
    before = [u for u in units if u.end <= reply.start + REPLY_LEAD_S and u is not reply and u.speaker != "customer"]
    if not before:
        return False
    last = before[-1]
    if id(last) in talk_units:
        return True
    # A yes/no question (not "hvad drejer det sig om?") right after the talk points back to it.
    yes_no = bool(last.toks) and not _opens_wh(last)
    errand = _asks_who(last) or (bank is not None and (  # "Kan jeg få kundenummeret ditt?", "..., hvad ringer du om?"
        _asks_for_yours(last, bank) or _opens_errand(last, bank)))
    if ("?" in last.text and yes_no and not errand and len(last.toks) <= 8 and len(before) > 1
            and id(before[-2]) in talk_units):
        return True
    # The talk, then more of the same turn that asks the caller nothing ("Sei stopp. Når som helst.
    # Så stoppar vi opptaket.", "... Før vi startar."): the caller answers the turn, so the talk.
    end = reply.start
    for u in reversed(before):
        if end - u.end > TURN_GAP_S or "?" in u.text or (u.toks and u.toks[0] in _WH) or _asks_indirectly(u):
            return False
        if id(u) in talk_units:
            return True
        end = u.start
    return False


# Verbs that bid the caller tell or explain ("fortæl", "fortell", "forklar", "beskriv"; folded).
_TELL_ME = ("fortael", "fortel", "forklar", "beskriv")


def _asks_indirectly(unit: Unit) -> bool:
    """An order to tell what, who or why ("Fortæl mig lige, hvad der er sket.", "Fortell meg hva
    som har skjedd."): a question to the caller put indirectly, with no mark to hear. What the
    caller says next answers it, not the talk of recording before it."""
    toks = [t for t in unit.toks if t not in _LEAD_INS]
    return bool(toks) and toks[0].startswith(_TELL_ME) and any(t in _WH for t in toks[1:])


def _one_per_turn(requests: list[Hit]) -> list[Hit]:
    """Several request phrases in one sentence are one request."""
    seen: set[int] = set()
    out = []
    for r in requests:
        if id(r.unit) not in seen:
            seen.add(id(r.unit))
            out.append(r)
    return out


def _verbal(
    request: Hit, findings: Findings, transcript: Transcript, bank: PhraseBank, policy: Policy
) -> Interaction:
    window = policy.reply_window_s
    reply_units, turn_end = _reply_units(request, findings, bank, window)
    unusable = _unusable_in(transcript, findings, request.unit.end - REPLY_LEAD_S, turn_end + window)
    if not reply_units:
        return Interaction(request, "no_reply", None, None, None, unusable_in_window=unusable)
    withdrawn = {id(h.unit) for h in findings.hits.get("withdrawal", [])}
    answer = read_answer(reply_units, bank, negative=request.element == "negative_request",
                         withdrawn=lambda u: id(u) in withdrawn)
    return Interaction(
        request, answer.status, "verbal", answer.evidence, answer.end,
        unlabelled=reply_units[0].speaker is None and findings.labelled,
        weak=any(u.weak for u in answer.units),
        unusable_in_window=unusable,
        conditions=answer.conditions,
    )


def _reply_units(
    request: Hit, findings: Findings, bank: PhraseBank, window: float
) -> tuple[list[Unit], float]:
    """The sentences that answer a request, and the end of the agent's turn that holds it."""
    turn_end = request.unit.end
    reply: list[Unit] = []
    for u in findings.units:
        if u.start < request.unit.end - REPLY_LEAD_S or u is request.unit:
            continue
        if u.seg == request.unit.seg and u.start < request.unit.start:
            continue
        agentish = u.speaker == "agent" or (u.speaker is None and (
            _sounds_like_agent(u, findings, bank) or _goes_on(u, reply, request, findings, bank)))
        if agentish:
            if reply:
                break  # the agent speaks again: the reply is over
            if u.start - turn_end <= TURN_GAP_S:
                turn_end = max(turn_end, u.end)
            continue
        if not reply:
            if u.start > turn_end + window:
                break
            reply.append(u)
        elif u.start - reply[-1].end <= REPLY_JOIN_S and _continues(reply, u, bank):
            reply.append(u)
        else:
            break
    return reply, turn_end


def _goes_on(unit: Unit, reply: list[Unit], request: Hit, findings: Findings, bank: PhraseBank) -> bool:
    """An unlabelled sentence in the same segment as the agent's talk just before it, that says
    nothing back ("Når som helst.", "Før vi startar."): the agent going on, not a reply. Anything
    a reply could be (an answer word, a no, a doubt, a question, the recording named) stays a reply."""
    if reply:
        return False
    at = next((k for k, u in enumerate(findings.units) if u is unit), None)
    if not at or findings.units[at - 1].seg != unit.seg or findings.units[at - 1].start < request.unit.start:
        return False
    if has_topic(unit.text, bank) or set(unit.toks) & (SAID_NO | ANSWER_WORDS | bank.negations):
        return False
    if "?" in unit.text and not _names_the_call(unit, bank):
        return False  # a question is a reply's, unless it only names the call ("Altså samtalen her?")
    if meaning.has(unit.toks, bank, "doubt") or any(p.kind != "other" for p in pieces(unit, bank)):
        return False
    return classify_reply(unit.text, bank)[1] is None


def _names_the_call(unit: Unit, bank: PhraseBank) -> bool:
    """A fragment that only names the call, the agent's afterthought to a request ("Altså samtalen
    her?", "Denne samtalen, altså?"): the call and words that point or fill, nothing else."""
    named = {k for part in ("call_nouns", "reference", "transparent") for a, b in meaning.find(unit.toks, bank, part)
             for k in range(a, b)}
    return any(meaning.find(unit.toks, bank, "call_nouns")) and all(
        k in named or t in bank.fillers or t in meaning._TAIL_TAGS or t in ("her", "der")
        for k, t in enumerate(unit.toks))


def _continues(reply: list[Unit], unit: Unit, bank: PhraseBank) -> bool:
    """Does `unit` continue the customer's reply? Labelled speech: yes. Unlabelled: only after
    hesitation ("øh..." then "ja"), since the next sentence may be the agent's."""
    if unit.speaker == "customer" and all(u.speaker == "customer" for u in reply):
        return True
    last = reply[-1].text.rstrip()
    if last.endswith(("...", "…")) or _last_word(reply[-1]) in _RESERVATION:
        return True  # "Ja, eller..." goes on: the agent does not finish the caller's sentence
    return all(t in bank.fillers for u in reply for t in u.toks)


def _sounds_like_agent(unit: Unit, findings: Findings, bank: PhraseBank) -> bool:
    """An unlabelled sentence that discloses or asks is the agent continuing, not a reply; one
    that opens with an answer and goes on about the recording ("nej, jeg vil ikke optages", "ja,
    men optagelsen må ikke deles", "ja, men kun til træning") is the caller's."""
    elements = {e for e in AGENT_ELEMENTS if any(h.unit is unit for h in findings.hits.get(e, []))}
    if elements - {"purpose", "retention"}:
        return True
    if mark_keys(unit.toks, bank)[1]:
        return True  # "Ja: tryk 6.": a key prompt's words, read or not; callers do not say "press 6"
    if _leads_to_key(unit, findings, bank):
        return True  # "Ingen optagelse? Tast 2 nu.": the question that the key prompt after it answers
    if _asks_you(unit, bank) or _asks_errand(unit, bank) or _tells_how_to_answer(unit):
        return True
    if not (elements or (has_topic(unit.text, bank) and len(unit.toks) > 3)):
        return False
    cut = pieces(unit, bank)
    if cut and cut[0].kind == "answer" and cut[0].content:
        s = meaning.sentence(unit.text, bank)
        if (_refuses(cut[0], bank) or meaning.condition(s, bank, context=True)
                or meaning.withdrawal(s, bank, context=True) or _go_ahead(cut[1:], bank)):
            return False
    return True


# Verbs that tell the caller how to answer ("Svar gjerne ja eller nei.", "Sig blot ja eller nej.").
_ANSWER_VERBS = frozenset({"svar", "svare", "sig", "sige", "si", "sei", "seie"})
_YES_OR_NO = (("ja", "eller", "nej"), ("ja", "eller", "nei"), ("nej", "eller", "ja"), ("nei", "eller", "ja"))


def _tells_how_to_answer(unit: Unit) -> bool:
    """An unlabelled sentence that tells the caller to answer yes or no ("Svar gjerne ja eller
    nei.") is the agent's instruction: its "ja" and "nei" are the choices offered, not a reply."""
    toks = unit.toks
    at = next((k for k in range(len(toks) - 2) if tuple(toks[k : k + 3]) in _YES_OR_NO), None)
    return at is not None and any(t in _ANSWER_VERBS for t in toks[max(0, at - 3) : at])


def _leads_to_key(unit: Unit, findings: Findings, bank: PhraseBank) -> bool:
    """The next sentence of the same segment names a key to press: this one leads up to it."""
    at = next((k for k, u in enumerate(findings.units) if u is unit), None)
    if at is None or at + 1 >= len(findings.units):
        return False
    after = findings.units[at + 1]
    return after.seg == unit.seg and bool(mark_keys(after.toks, bank)[1])


# Words that give leave: "bare optag løs", "ta det bare opp", "I må gerne optage", "værsgo".
_LEAVE = frozenset({"bare", "berre", "blot", "loes", "endelig", "gerne", "gjerne", "godt", "vaersgo",
                    "vaersaagod"})
_WE = frozenset({"vi", "jeg", "eg", "me", "os", "oss"})


def _go_ahead(rest: list[Piece], bank: PhraseBank) -> bool:
    """After an opening yes, the rest of the sentence tells us to go ahead and record ("Ja, bare
    optag løs.", "Jada, bare ta det opp."): the caller's leave, not the agent telling that we
    record. It names the recording and a word of leave, no "we" or "I" (the agent says "ja, vi
    optager ..."), no "not" and no question."""
    if not rest:
        return False
    words = tuple(t for p in rest if p.unit is rest[0].unit for t in p.toks)
    toks = set(words)
    rec = meaning.has(words, bank, "recording")
    # the recording verb first, "you" right after it: an order to go ahead ("ja, ta opp du", "ja,
    # optag I bare"), as a word of leave is
    ordered = rec is not None and rec[0] == 0 and words[rec[1] : rec[1] + 1] in (("du",), ("i",), ("dere",))
    return ("?" not in rest[0].unit.text and (bool(toks & _LEAVE) or ordered) and not toks & _WE
            and not toks & bank.negations and rec is not None)


_YOU = frozenset({"du", "dig", "deg", "dere", "jer", "dykk", "dokker"})


def _asks_you(unit: Unit, bank: PhraseBank) -> bool:
    """An unlabelled yes/no question to "you" that does not open with an answer ("Plagar det
    deg?", "Er du med på det?") is the agent asking, not the caller replying: the reply is what
    follows it."""
    if "?" not in unit.text or not unit.toks or unit.toks[0] in _WH or not set(unit.toks) & _YOU:
        return False
    cut = pieces(unit, bank)
    return not (cut and cut[0].kind in ("answer", "refusal"))


def _asks_errand(unit: Unit, bank: PhraseBank) -> bool:
    """An unlabelled question, its mark heard or not, that asks for something of the caller's
    ("hvad er dit kundenummer", "ka du gi mig dit cpr nummer", "Namnet ditt?"): the agent taking
    up the errand, not a reply. It opens with a question word or a verb that asks."""
    if not unit.toks or not _asks_for_yours(unit, bank) or has_topic(unit.text, bank):
        return False
    first = next((t for t in unit.toks if t not in bank.fillers), "")
    return "?" in unit.text or first in _WH or first in bank.question_starts


# The agent's question that opens the errand: what it concerns ("Så, hvad drejer det sig om?",
# "Og hva gjelder det?"), how we may help ("Hva kan jeg hjelpe deg med i dag?"), what is needed
# ("hvad har du brug for?", "hva trenger du?"). Folded words.
_CONCERNS = frozenset({"drejer", "dreier", "gjelder", "gjeld", "handler", "angaar"})
_HELP = frozenset({"hjaelpe", "hjelpe", "hjelpa", "assistere", "gjoere", "goere", "gjera"})
_NEED = (("brug", "for"), ("behov", "for"), ("trenger",), ("treng",), ("trengs",), ("mangler",), ("manglar",))
# What the caller calls about: "hvad ringer du om?", "kva ringer du om?", "hva var det du ringte om?".
_CALLING = frozenset({"ringer", "ringede", "ringte", "ringde", "ringjer"})


def _opens_errand(unit: Unit, bank: PhraseBank) -> bool:
    """A question with a question word that opens the errand ("Så, hvad drejer det sig om?", "Hva
    kan jeg hjelpe deg med i dag?", "Hvad har du brug for?"): the agent going on, not an unclear
    answer about the recording. It names no recording and holds no "not" or doubt; a question
    about its use or who hears it ("Hvad skal det bruges til?", "Hvem hører det?") holds none of
    these verbs and stays the caller's."""
    toks = unit.toks
    if "?" not in unit.text or has_topic(unit.text, bank) or set(toks) & bank.negations or meaning.has(
            toks, bank, "doubt"):
        return False
    s = meaning.sentence(unit.text, bank)
    for k, t in enumerate(toks):
        # the question word opens its clause, after any lead-in ("Ja, så lad os se på det, hvad
        # har du brug for?"): the clause asks, whatever came before it
        c_lo = s.clause_of(k)[0] if len(s.toks) == len(toks) else 0
        if t not in _WH or not all(w in _LEAD_INS or w in bank.fillers for w in toks[c_lo:k]):
            continue
        rest = toks[k + 1 : k + 6]
        helps = any(w in _HELP for w in rest) and bool(set(rest) & meaning._FIRST_PERSON)
        needs = any(tuple(rest[i : i + len(n)]) == n for n in _NEED for i in range(len(rest)))
        calls = bool(set(rest) & _CALLING) and "om" in rest
        if set(rest) & _CONCERNS or helps or needs or calls:
            return True
    return False


def _refuses(piece: Piece, bank: PhraseBank) -> bool:
    """The piece holds a no ("nej", "nej tak", "det vil jeg ikke")."""
    phrases, keys = bank.phrases("refusal")
    return bool(find_all(piece.toks, phrases, keys, min_score=REPLY_MIN_SCORE, most=1))


def _unusable_in(transcript: Transcript, findings: Findings, start: float, end: float) -> bool:
    bad = {i for i, _ in findings.quality.unusable} if findings.quality else set()
    return any(
        start <= transcript.segments[i].start <= end and transcript.segments[i].speaker != "agent"
        for i in bad
    )


def classify_reply(text: str, bank: PhraseBank, *, negative: bool = False) -> tuple[str, str | None, float | None]:
    """Read an answer as given, refused or ambiguous; returns (status, phrase matched, score).

    Tolerance only ever works towards caution: a yes with a question or a doubt, or nothing
    recognisable at all, is ambiguous; a yes and a no is ambiguous, or refused when the no is
    about the recording ("ja, men jeg vil ikke optages"). A refusal need not be a listed phrase:
    one read by its parts ("det vil jeg alligevel ikke være med til") refuses too.
    """
    toks = said_no(standard(fold(text).split(), bank.spoken), bank)
    if not toks:
        return "ambiguous", None, None
    yes = (_best(toks, bank, "negative_consent" if negative else "affirmative", bank.negations)
           or no_objection(toks, bank))
    if yes is None and not negative:
        # "Det kan jeg godt gå med på.": a yes in other words, alone in its clause.
        words = tuple(w for w, _, _ in word_spans(text, bank.spoken))
        agreed = next((r for lo, hi in _clauses(text) if (r := meaning.assent(words, bank, lo, hi)) is not None), None)
        yes = Match(" ".join(agreed.parts), 1.0, 0, len(toks)) if agreed else None
    if yes is not None and yes.last == len(toks) - 1 and _not_after(yes, toks, bank):
        yes = None  # "Selvfølgelig ikke.", "Klart ikke.", "Sikkert ikke.": the word of a yes, then "not"
    no = _best(toks, bank, "negative_refusal" if negative else "refusal", frozenset())
    if no is None:
        # Inserted adverbs change nothing: "det bryder jeg mig faktisk ikke om" refuses as
        # "det bryder jeg mig ikke om" does (only ever towards a no).
        plain = tuple(toks[i] for i in without_transparent(toks, bank))
        if len(plain) < len(toks):
            no = _best(plain, bank, "negative_refusal" if negative else "refusal", frozenset())
            if no is not None and _not_after(no, plain, bank):
                no = None
            no = Match(no.phrase, no.score, 0, len(toks)) if no is not None else None
    if no is not None and _not_after(no, toks, bank):
        no = None  # "nej, det har jeg ikke" holds "det har jeg", but says the opposite
    if negative and no is None:
        no = _negated_refusal(toks, bank)
    no = no or _best(toks, bank, "withdrawal", frozenset())
    if no is not None and meaning.enrolled(toks, bank, no.last):
        no = None  # "jeg vil ikke bli tatt opp i medlemsprogrammet": admitted into it, not recorded
    by_parts = None
    if no is None or not has_topic(no.phrase, bank):
        by_parts = meaning.withdrawal(meaning.sentence(text, bank), bank, context=True)
    doubt = _best(toks, bank, "ambiguous", frozenset())
    if doubt is not None and " ".join(fold(doubt.phrase).split()) in bank.fillers:
        doubt = None  # "øh, ja" is a yes after a hesitation; a bare "øh" stays ambiguous below
    if no is not None and doubt is not None and doubt.score > no.score and (
            doubt.first < no.last and no.first < doubt.last):
        no = None  # the same words read closer as a doubt: "det veit eg ikkje" is not "det vil eg ikkje"
    question = "?" in text
    if by_parts is not None:
        return "refused", by_parts.phrase, 1.0
    if yes and no:
        # A no about the recording, or by a verb that only ever opts out ("Ja, jeg reserverer meg."
        # acknowledges the offer and takes it), refuses; another yes-and-no is unclear.
        status = "refused" if has_topic(no.phrase, bank) or opts_out(no.phrase) else "ambiguous"
        return status, f"{yes.phrase} / {no.phrase}", min(yes.score, no.score)
    if no:
        return "refused", no.phrase, no.score
    if yes and not question and not doubt:
        return "given", yes.phrase, yes.score
    if not negative and not no:
        eased = _opening_eased(text, bank)
        if eased is not None:
            return eased
    hint = doubt or yes
    return "ambiguous", hint.phrase if hint else None, hint.score if hint else None


# A hesitation that opens a reply in a clause of its own, before the answer ("Tja – ja, okay.",
# "Mja, ja da."): it weighs, it does not doubt, when a plain yes follows it.
_HESITATIONS = frozenset({"tja", "mja", "tjo", "hmm", "hm", "oeh", "oehm"})
# "Why not?" to a question asking leave is a yes: nothing against it. Only the two words, after
# any lead-in, make it ("Jamen hvorfor ikke?"); "hvorfor ikke optage det senere?" asks.
_WHY = frozenset({"hvorfor", "hvorfoer", "hvafor", "kvifor", "korfor", "koffor"})
_WHY_LEADS = frozenset({"jamen", "ja", "jo", "naa", "tja", "altsaa", "men", "og"})


def _opening_eased(text: str, bank: PhraseBank) -> tuple[str, str | None, float | None] | None:
    """A positive request's reply whose first clause is a hesitation alone or "why not" ("Tja –
    ja, okay da.", "Hvorfor ikke?", "Jamen hvorfor ikke, bare optag."), read as given when what
    follows it, read on its own, is given ("why not" may also stand alone). Anything after it that
    is not a plain yes (a doubt, a condition read elsewhere, a no) leaves the whole reply as it was."""
    spans = word_spans(text, bank.spoken)
    clauses = _clauses(text)
    if not spans or not clauses or len(spans) != sum(b - a for a, b in clauses):
        return None
    a, b = clauses[0]
    first = [w for w, _, _ in spans[a:b]]  # folded, spoken forms read as written (word_spans)
    while first and first[0] in _WHY_LEADS and len(first) > 2:
        first = first[1:]
    why = len(first) == 2 and first[0] in _WHY and first[1] in bank.negations
    hesitation = len(first) == 1 and first[0] in _HESITATIONS
    if not (why or hesitation):
        return None
    rest = text[spans[b][1]:].strip(" ,.;:!?–-") if b < len(spans) else ""
    if not rest:
        return ("given", " ".join(first), 1.0) if why else None
    if "?" in rest:
        return None
    status, phrase, score = classify_reply(rest, bank)
    return ("given", f"{' '.join(first)} / {phrase}", score) if status == "given" else None


def _clauses(text: str) -> list[tuple[int, int]]:
    """The word ranges of a text's clauses (cut at punctuation)."""
    spans = word_spans(text)
    cuts = [k for k, broke in enumerate(clause_breaks(text, spans)) if broke and k > 0]
    bounds = [0, *cuts, len(spans)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]


def said_no(toks: tuple[str, ...], bank: PhraseBank) -> tuple[str, ...]:
    """The turn's words with a colloquial no at its start read as the plain one ("Næh, det går
    fint." is "Nei, det går fint."; to "har du noe imot ...?" a yes, to "er det greit?" a no)."""
    if toks and toks[0] in SAID_NO and toks[0] not in NO_WORDS:
        return ("nej" if bank.language == "da" else "nei", *toks[1:])
    return toks


# "Ingen indvendinger (herfra)", "Jeg har ingen innvendinger", "Ingen problemer": no objection,
# a yes to either kind of request. The "not" must stand right before the objection.
_NONE = frozenset({"ingen", "inga", "intet"})
_ANY = frozenset({"nogen", "noen", "nokon", "nokre"})
_OBJECTION = ("indvending", "innvending", "problem", "motforestilling", "anke", "ankepunkt")
# Words that may stand around it without changing it ("herfra", "fra min side", "overhovedet").
_NO_OBJECTION_SOFT = frozenset({"herfra", "herifra", "herifraa", "fra", "fraa", "min", "mi", "side", "mig", "meg",
                                "overhovedet", "overhodet", "jeg", "eg", "har", "det", "mod", "imod", "mot", "imot",
                                "til", "med"})


def no_objection(toks: tuple[str, ...], bank: PhraseBank) -> Match | None:
    """"Ingen indvendinger herfra." / "Eg har inga innvendingar.": no objection, where every other
    word of the turn is one of the few that go with it (so "ingen problemer med regningen, men
    ..." is not read here)."""
    for i, t in enumerate(toks):
        if t not in _NONE:
            continue
        j = i + 1 + (i + 1 < len(toks) and toks[i + 1] in _ANY)
        if j < len(toks) and toks[j].startswith(_OBJECTION):
            rest = toks[:i] + toks[j + 1 :]
            if all(w in _NO_OBJECTION_SOFT or w in bank.fillers for w in rest):
                return Match(" ".join(toks[i : j + 1]), 1.0, i, j + 1)
    return None


def _best(toks: tuple[str, ...], bank: PhraseBank, element: str, guard: frozenset[str]) -> Match | None:
    phrases, keys = bank.phrases(element)
    found = find_all(toks, phrases, keys, min_score=REPLY_MIN_SCORE, guard=guard, most=1)
    return found[0] if found else None


def _not_after(m: Match, toks: tuple[str, ...], bank: PhraseBank) -> bool:
    """The word right after the match is a "not" that its phrase does not hold: the words matched
    say the opposite of the phrase ("nej, det har jeg ikke", "selvfølgelig ikke")."""
    return m.last < len(toks) and toks[m.last] in bank.negations and not set(fold(m.phrase).split()) & bank.negations


def _negated_refusal(toks: tuple[str, ...], bank: PhraseBank) -> Match | None:
    """To a negative request, the plain refusals that carry their own negation still refuse."""
    phrases, keys = _negated_refusals(bank.language)
    found = find_all(toks, phrases, keys, min_score=REPLY_MIN_SCORE, most=1)
    return found[0] if found else None


@lru_cache(maxsize=8)
def _negated_refusals(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The refusals ``_negated_refusal`` looks for, and their keys: those that carry their own
    negation, not a bare no, and not one that answers a negative request with consent
    ("Selvfølgelig ikke." to "Har du noget imod …?" minds nothing)."""
    bank = load_bank(language)
    consents = {fold(p) for p in bank.elements["negative_consent"]}
    phrases = tuple(p for p in bank.elements["refusal"]
                    if set(fold(p).split()) & bank.negations and not fold(p).startswith(("nej", "nei"))
                    and fold(p) not in consents)
    return phrases, tuple("".join(fold(p).split()) for p in phrases)


# --- the reply as a unit ----------------------------------------------------------------------
#
# The customer's turn after a request holds the answer and often more: "Ja, det er fint. Jeg
# ringer om min regning." The answer is the first clause or clauses that answer (yes, no, a doubt,
# a hesitation); what follows is other speech, judged on its own: a condition on the recording's
# use is noted, a doubt or a question about the recording in the same breath makes the answer
# unclear, a refusal of the recording refuses (or, in a sentence of its own, is a withdrawal),
# and anything else (the errand, with its "ikke", "stoppe", "slette") does not touch the answer.

REPLY_ELEMENTS = ("affirmative", "refusal", "ambiguous", "negative_consent", "negative_refusal", "withdrawal")
_RESERVATION = frozenset({"men", "but", "dog", "eller"})
_WH = frozenset({"hvad", "hva", "kva", "hvem", "kven", "hvor", "kor", "hvordan", "korleis", "hvorfor",
                 "kvifor", "hvornaar", "naar", "hvilken", "hvilke", "hvilket"})


@dataclass(frozen=True)
class Piece:
    """A clause of the customer's turn: a stretch of one sentence between clause boundaries."""

    unit: Unit
    lo: int  # character offsets in unit.text
    hi: int
    toks: tuple[str, ...]
    kind: str  # "answer" (yes / no / doubt words only), "refusal" (read by its parts) or "other"
    content: bool  # holds words of a reply phrase, not only fillers and courtesies
    emphatic: bool = False  # only a "not" made stronger ("ikke spor"): it repeats the no beside it

    @property
    def text(self) -> str:
        return self.unit.text[self.lo : self.hi].strip().rstrip(",;:-–—").rstrip()

    def time(self, offset: int) -> float:
        length = max(len(self.unit.text), 1)
        return self.unit.start + (self.unit.end - self.unit.start) * offset / length


@dataclass(frozen=True)
class Answer:
    """The answer found in a turn: its status, exact words and times, and what came with it."""

    status: str
    evidence: Evidence
    end: float
    units: tuple[Unit, ...]
    conditions: tuple[Evidence, ...] = ()
    found: bool = True  # words that answer were found (not just the whole turn read as one)
    opens: bool = True  # the answer opens the turn (nothing said before it)


def pieces(unit: Unit, bank: PhraseBank) -> list[Piece]:
    """A sentence cut at its clause boundaries (punctuation) and before discourse markers ("men",
    "og så", "jeg ringer ..."), never inside a reply phrase ("det må du gerne")."""
    spans = word_spans(unit.text, bank.spoken)
    toks = said_no(tuple(w for w, _, _ in spans), bank)
    if not toks:
        return []
    covered, content = set(), set()
    inside: set[int] = set()  # word indices a phrase runs across (no cut before them)
    clear = no_objection(toks, bank)
    if clear is not None:
        covered.update(range(len(toks)))  # "Ingen indvendinger herfra.": the whole turn answers
        content.update(range(clear.first, clear.last))
        inside.update(range(clear.first + 1, clear.last))
    # Inserted adverbs change nothing ("Det er helt okay." answers as "Det er okay."): the phrases
    # are matched on the words without them too, and cover the words they stand among.
    kept = without_transparent(toks, bank)
    readings = [(toks, list(range(len(toks))))]
    if len(kept) < len(toks):
        readings.append((tuple(toks[i] for i in kept), kept))
    for element in REPLY_ELEMENTS:
        phrases, keys = bank.phrases(element)
        guard = bank.negations if element in ("affirmative", "negative_consent") else frozenset()
        for words, at in readings:
            for m in find_all(words, phrases, keys, min_score=REPLY_MIN_SCORE, guard=guard, most=4):
                first, last = at[m.first], at[m.last - 1] + 1
                covered.update(range(first, last))
                if " ".join(fold(m.phrase).split()) not in bank.fillers:
                    content.update(range(first, last))
                inside.update(range(first + 1, last))
    # Leave given in other words ("det kan I godt", "det gør I bare") is one answer: no cut inside it.
    breaks = clause_breaks(unit.text, spans)
    edges = [0, *(k for k, broke in enumerate(breaks) if broke and k > 0), len(toks)]
    for a, b in zip(edges, edges[1:], strict=False):
        granted = meaning.permission(toks, bank, a, b)
        if granted is not None:
            covered.update(range(granted.first, granted.last))
            content.update(range(granted.first, granted.last))
            inside.update(range(granted.first + 1, granted.last))
    soft = set()
    for a, b in meaning.find(toks, bank, "reply_softeners"):
        soft.update(range(a, b))
    soft.update(i for i, t in enumerate(toks) if t in bank.fillers)
    # Punctuation always cuts (the answer's run joins neighbouring answer clauses again); a
    # discourse marker cuts only outside a reply phrase.
    cuts = set(k for k, broke in enumerate(clause_breaks(unit.text, spans)) if broke)
    cuts.update(a for a, _ in meaning.find(toks, bank, "discourse_markers") if a > 0 and a not in inside)
    cuts = sorted(k for k in cuts if 0 < k < len(toks))
    out = []
    ends = [spans[k][1] for k in cuts] + [len(unit.text)]  # a piece keeps its punctuation
    # A refusal read from the whole sentence across its clauses ("Jeg synes ikke længere, det er
    # okay, at samtalen bliver optaget."): every clause it spans is that refusal, none a yes.
    across = meaning.withdrawal(meaning.sentence(unit.text, bank), bank, context=True) if len(cuts) else None
    for (a, b), hi in zip(zip([0, *cuts], [*cuts, len(toks)], strict=True), ends, strict=True):
        markers = next((m_b for m_a, m_b in meaning.find(toks, bank, "discourse_markers", a, b) if m_a == a), a)
        words = range(a, b)
        # Only answer words, and more than the discourse marker that opens the piece.
        answer = markers < b and all(i in covered or i in soft or i < markers for i in words)
        # "greitt det", "fint det": the answer with a word that points back to what was asked
        # (not a question: "hvorfor det?")
        before = range(markers, b - 1)
        answer = answer or (markers < b - 1 and toks[b - 1] in _ANSWER_POINTS_BACK and any(
            i in content for i in before) and all(i in covered or i in soft for i in before)
            and not unit.text[:hi].rstrip().endswith("?"))
        # "ikke spor", "ikkje i det heile", "overhovedet ikke": a "not" made stronger, said
        # after a "nej" ("Nej, ikke spor, det er fint."), repeats that no: an answer piece.
        emphatic = not answer and _emphatic_no(toks, bank, a, b)
        # "Det kan jeg godt gå med på.": a yes in other words, nothing else in the clause.
        agreed = not answer and not emphatic and meaning.assent(toks, bank, markers, b) is not None
        answer = answer or emphatic or agreed
        lo = spans[a][1]
        kind = "answer" if answer else "other"
        if not answer and meaning.withdrawal(meaning.sentence(unit.text[lo:hi], bank), bank, context=True):
            kind = "refusal"
        elif across is not None and a < across.last and b > across.first and (across.first < a or across.last > b):
            kind = "refusal"
        out.append(Piece(unit, lo, hi, toks[a:b], kind, emphatic or agreed or any(i in content for i in words),
                         emphatic))
    return out


# A word that points back to what was asked, after an answer ("greitt det", "fint det").
_ANSWER_POINTS_BACK = frozenset({"det", "dette"})


def _emphatic_no(toks: tuple[str, ...], bank: PhraseBank, lo: int, hi: int) -> bool:
    """Words [lo, hi) are a "not" and the words that make it stronger, nothing else ("ikke
    spor", "ikke i det hele tatt", "absolutt ikke")."""
    negs = [i for i in range(lo, hi) if toks[i] in bank.negations]
    if len(negs) != 1:
        return False
    strong = {i for a, b in meaning.find(toks, bank, "emphatic", lo, hi) for i in range(a, b)}
    return bool(strong) and all(i in strong or i == negs[0] for i in range(lo, hi))


_SORRY = frozenset({"undskyld", "unnskyld", "orsak", "sorry"})
_INTERRUPTED = ("afbr", "avbr")


def _interrupts(toks: tuple[str, ...]) -> bool:
    """"jeg afbrød dig", "eg avbraut deg": the caller owning up to talking over the agent."""
    return 2 <= len(toks) <= 4 and toks[0] in ("jeg", "eg", "ae") and toks[1].startswith(_INTERRUPTED)


def _without_apology(cut: list[Piece]) -> list[Piece]:
    """The pieces of a turn without an apology for interrupting ("ja det er fint— undskyld, jeg
    afbrød dig, men ja ..."): it says nothing about the recording, so its "undskyld" is no
    "pardon?" that would make the answer unclear. A bare "undskyld?" stays as it was."""
    out, k = [], 0
    while k < len(cut):
        p = cut[k]
        sorry = bool(p.toks) and p.toks[0] in _SORRY
        if sorry and _interrupts(tuple(p.toks[1:])):
            k += 1
            continue
        if sorry and len(p.toks) == 1 and k + 1 < len(cut) and cut[k + 1].unit is p.unit and _interrupts(
                tuple(cut[k + 1].toks)):
            k += 2
            continue
        out.append(p)
        k += 1
    return out


def read_answer(
    units: list[Unit], bank: PhraseBank, *, negative: bool = False, withdrawn=lambda unit: False
) -> Answer:
    """Find the answer in the customer's turn (`units`, in order) and read it; judge the rest.

    `withdrawn(unit)` says whether the findings hold a withdrawal in that sentence: a refusal of
    the recording in a sentence of its own after a yes is left to them (it is a withdrawal).
    """
    cut = _without_apology([p for u in units for p in pieces(u, bank)])
    if not cut:
        return _answer("ambiguous", None, None, cut, 0, len(cut) - 1)
    settled = _settled_from(cut, bank) if not negative else None
    if settled is not None and all(p.unit is not cut[settled].unit for p in cut[:settled]):
        # "Hvad skal den bruges til? Nå okay. Ja, det er i orden.": the caller's own question,
        # settled ("nå", "aha") in a sentence of its own before the answer; the answer after it
        # is read on its own, and only a yes is taken so (anything else is read as before).
        rest = read_answer(list(dict.fromkeys(p.unit for p in cut[settled:])), bank, withdrawn=withdrawn)
        if rest.status == "given":
            return Answer(rest.status, rest.evidence, rest.end, rest.units, rest.conditions, found=rest.found,
                          opens=False)
    # "Tja – ja, okay.", "Hvorfor ikke?": the opening weighs or asks nothing (_opening_eased); the
    # answer starts with it, and what follows is judged as after any answer.
    eased_reading = _opening_eased(units[0].text, bank) if not negative and cut[0].unit is units[0] else None
    eased = eased_reading is not None
    asked = None if eased else _answer_after_own_question(units, bank, withdrawn, negative=negative)
    if asked is not None:
        return asked
    start = 0 if eased else next((k for k, p in enumerate(cut) if p.kind != "other"), None)
    if start is None:
        # Nothing reads as an answer: the whole turn is read as before, and it is never a yes.
        status, phrase, score = classify_reply(" ".join(p.text for p in cut), bank, negative=negative)
        answer = _answer("ambiguous" if status == "given" else status, phrase, score, cut, 0, len(cut) - 1)
        return Answer(answer.status, answer.evidence, answer.end, answer.units, found=False)
    first = next((k for k in range(start) if not _plain(cut[k], bank)), start)
    last = start
    while last + 1 < len(cut) and (cut[last + 1].kind != "other" or (eased and cut[last + 1].unit is units[0])) and (
        cut[last + 1].unit is cut[last].unit or not any(p.content for p in cut[start : last + 1])
        or _said_again(cut[last], cut[last + 1])
    ):
        last += 1  # "Øh, nej... nej, det er i orden.": after trailing off, the answer said again goes on
    said = [p for p in cut[first : last + 1] if not p.emphatic] or cut[first : last + 1]
    status, phrase, score = classify_reply(" ".join(p.text for p in said), bank, negative=negative)
    if eased and status != "refused" and all(p.unit is units[0] for p in said) and len(said) == len(
            [p for p in cut if p.unit is units[0]]):
        status, phrase, score = eased_reading  # the whole first sentence, read as one
    corrected = _corrected(said, bank) if status == "ambiguous" and not negative else None
    if corrected is not None:
        status, phrase, score = corrected
    if first < start and status == "given":
        status = "ambiguous"  # something unreadable, with a "not" or a doubt, came before the yes
    conditions: list[Evidence] = []
    end = last
    # "Ja... eller, jeg ved det ikke.": a hesitation carries the answer into the next sentence.
    hesitant = _trails_off(cut[last].unit) or bool(cut[-1].toks and cut[last].unit is not cut[-1].unit
                                                         and _last_word(cut[last].unit) in _RESERVATION)
    for k in range(last + 1, len(cut)):
        p = cut[k]
        same = p.unit is cut[last].unit or (hesitant and _next_unit(cut, last) is p.unit)
        sentence = meaning.sentence(p.text, bank)
        reading = meaning.condition(sentence, bank, context=True)
        if reading is not None:
            conditions.append(_condition_evidence(p, reading))
        elif p.kind == "refusal" or (p.kind == "answer" and _refuses_recording(p, bank)) or (
                negative and (same or k == last + 1) and status != "given" and _refuses_negative(p, bank)) or (
                same and _then_rather_not(p, bank)):
            # To a negative request a bare "ja" is explained by what comes next, in the same
            # sentence or the next ("Ja, faktisk. Det liker jeg ikke."): a refusal.
            if status == "refused" or same or not withdrawn(p.unit) or (
                    negative and k == last + 1 and status != "given"):
                status, end = "refused", k
                phrase = phrase or p.text
        elif status in ("given", "refused") and same and _asks_what_was_said(p):
            status, end = "ambiguous", k  # "ja – nej, hov, hvad var det, du sagde?": the question was not heard
        elif status == "given" and (
            ((same or (p.toks and p.toks[0] in _RESERVATION)) and _doubtful(p, bank))
            or (_asks_question(p.text, p.toks, bank) and not _indirect_question(cut, k)
                and _asks_about_recording(sentence, bank, short=same))
            or (p.kind == "answer" and p.content and classify_reply(p.text, bank, negative=negative)[0] != "given"
                and not _indirect_question(cut, k))
            or _or_else(p, bank, negative)
        ):
            status, end = "ambiguous", k  # a doubt, or a second answer that is not a yes
    answer = _answer(status, phrase, score, cut, first, end, tuple(conditions))
    found = any(p.content for p in cut[start : last + 1])  # "Tak." answers nothing
    return Answer(answer.status, answer.evidence, answer.end, answer.units, answer.conditions, found=found,
                  opens=start == 0)


_DASHES = (" - ", "–", "—")
# Words of realising, that close a question the caller put themselves ("nå", "nåh", "aha", and the
# Norwegian "å ja"; folded).
_REALISE = frozenset({"naa", "naah", "aha", "aah", "ahaa", "aa"})
# Words that only acknowledge ("ja ja ok."): said in a sentence of their own after the caller's
# question and before a yes in the next sentence, they close that question as "nå" does.
_ACKNOWLEDGE = frozenset({"ja", "jo", "ok", "okay", "okei", "javel", "jaha", "jasaa"})


def _settled_from(cut: list[Piece], bank: PhraseBank) -> int | None:
    """Where the caller's answer begins after questions they settled themselves: every piece
    before it asks (a mark or a question word) and it opens with a word of realising ("nå okay",
    "aha, ja så er det fint")."""
    for k, p in enumerate(cut):
        acknowledged = (k > 0 and p.toks and set(p.toks) <= _ACKNOWLEDGE and p.unit is not cut[k - 1].unit
                        and "?" not in p.unit.text and any(q.unit is not p.unit for q in cut[k + 1 :]))
        if k > 0 and p.toks and (p.toks[0] in _REALISE or acknowledged):
            return k if all(_asks_question(q.text, q.toks, bank) for q in cut[:k]) else None
        if not _asks_question(p.text, p.toks, bank):
            return None
    return None


# Verbs of saying in "what did you say?" ("hvad sagde du?", "hva var det du sa?", "ka sa du?").
_SAID_VERBS = frozenset({"sagde", "sagt", "siger", "sa", "sier", "seier", "sae", "spurgte", "spurte", "spurde"})
_WHAT = frozenset({"hvad", "hva", "ka", "kva"})
# (Its own name: ``_YOU_ASKED`` above is the "you" that makes a lead-in question the caller's view.)
_YOU_SAID = frozenset({"du", "de", "dere", "i", "dokker"})
# Nothing else may be asked: "hvad sagde du om prisen?" asks about the errand.
_PARDON = frozenset({"var", "det", "nu", "naa", "no", "igen", "igjen", "lige", "egentlig", "hov", "hoi", "undskyld",
                     "unnskyld", "orsak", "sorry", "ogsaa", "da", "saa"})
_PARDON_WORDS = _WHAT | _SAID_VERBS | _YOU_SAID | _PARDON


def _what_was_said(words: set[str]) -> bool:
    """The words ask what was said and nothing else: "what", a verb of saying, "you", and words of
    pardon ("hvad var det, du sagde", "hva sa du")."""
    return bool(words & _WHAT and words & _SAID_VERBS and words & _YOU_SAID) and words <= _PARDON_WORDS


def _answer_after_own_question(units: list[Unit], bank: PhraseBank, withdrawn, *,
                               negative: bool = False) -> Answer | None:
    """The caller asks first and answers in the same breath: "hvad skal det bruges til? nå okay,
    så er det fint", "hva sa du – å, opptaket, jo da, det er greit". The question is closed by
    its mark (or, for "what did you say", by a dash), everything before it asks, and what follows
    opens with a word of realising ("nå", "å"), or with acknowledging words and a yes drawn from
    them ("ja ja okay, så er det fint"); a plain "Ja, det er fint." after the question leaves it
    unsettled, as before. That rest is read
    on its own, and only a yes is taken so (anything else is read as before: the question alone
    leaves the answer unclear, DOMAIN.md). The question asks with a question word (who, what, why,
    how long), not about something of the errand ("mit kundenummer? ja, det har jeg").
    "å, opptaket, ..." names what was understood: the
    recording named right after the realising word is passed over. To a negatively phrased
    request the same holds with its own polarity ("hvem hører det? jaså, nei, da er det greit"):
    "ja" / "jo" do not merely acknowledge there, a "nei" may stand among the acknowledging words,
    and the rest is read as an answer to that request."""
    first = units[0]
    text = first.text
    cut_at = text.find("?")
    if cut_at < 0:
        dash = next((text.find(d) for d in _DASHES if d in text), -1)
        head = {w for w, _, _ in word_spans(text[:dash])} if dash > 0 else set()
        if not _what_was_said(head):
            return None
        cut_at = dash
    before, rest = text[: cut_at + 1], text[cut_at + 1 :]
    later = units[1:]
    if not rest.strip(" ,.-–—") and later and later[0].seg == first.seg:
        rest, later = later[0].text, later[1:]  # the answer in the next sentence of the same breath
    qs = [p for p in pieces(replace_text(first, before, bank), bank)] if before.strip() else []
    if not qs or not all(_asks_question(p.text, p.toks, bank) or set(p.toks) <= _PARDON_WORDS for p in qs):
        return None
    if not any(set(p.toks) & _WH for p in qs):
        return None  # "min adresse? ja, den har jeg": a yes to something of the errand, not a clarifying question
    spans = word_spans(rest, bank.spoken)
    words = [w for w, _, _ in spans]
    if not words:
        return None
    learned = _then_after_learned(words, spans, rest, bank)
    if learned is not None:
        words, spans = words[learned:], spans[learned:]
    elif words[0] not in _REALISE:
        # "ja ja okay, så er det fint": acknowledged, then a yes drawn from it ("then it is fine");
        # a plain "Ja, det er fint." after the question leaves it unsettled (round 17), "Ja da." too
        ack = _ACKNOWLEDGE - {"ja", "jo"} | {"nej", "nei"} if negative else _ACKNOWLEDGE
        k = next((i for i, w in enumerate(words) if w not in ack), len(words))
        if k == 0 or k >= len(words) or words[k] not in _THEN or len(words) < k + 3:
            return None
    lo = spans[0][1] if learned is not None else 0
    if words[0] in _REALISE and len(words) > 1 and meaning.has(tuple(words), bank, "recording", 1, 2):
        lo = spans[1][2]  # "å, opptaket, ...": what was understood, then the answer
    after = rest[lo:].lstrip(" ,.-–—")
    if not after:
        return None
    answer = read_answer([replace_text(first, after, bank), *later], bank, negative=negative, withdrawn=withdrawn)
    if answer.status != "given":
        return None
    return Answer(answer.status, answer.evidence, answer.end, answer.units, answer.conditions, found=answer.found,
                  opens=False)


# "then", drawing the answer from what was acknowledged ("så er det fint", "da er det greit").
_THEN = frozenset({"saa", "da", "daa"})
# What the caller learned, said back in a few words between the realising word and the "then".
LEARNED_REACH = 4
_LEARNED_LEAD = _REALISE | _ACKNOWLEDGE | {"vel"}  # "ja vel": "javel" heard as two words
_BREAKS = frozenset({",", ".", "-", "–", "—", ";", ":"})


def _then_after_learned(words: list[str], spans: list[tuple[str, int, int]], rest: str,
                        bank: PhraseBank) -> int | None:
    """Where the answer begins when the caller, after their own question, realises, says back
    what they learned and draws the answer from it: "nå, kun jer selv – så ja, det er fint",
    "ja vel, bare dere selv – da er det greit". The words said back are few and hold no "not"
    and no question word (they must not hide a doubt); the "then" opens a clause of its own
    (after a comma, a dash or a full stop). The index of the "then" word, or None."""
    k = next((i for i, w in enumerate(words) if w not in _LEARNED_LEAD), len(words))
    if k == 0:
        return None
    for j in range(k + 1, min(len(words), k + LEARNED_REACH + 1)):
        if words[j] in _THEN and rest[spans[j - 1][2] : spans[j][1]].strip() in _BREAKS:
            said_back = words[k:j]
            if any(w in bank.negations or w in _WH or w in SAID_NO for w in said_back):
                return None
            return j
    return None


def replace_text(unit: Unit, text: str, bank: PhraseBank) -> Unit:
    """The unit with only part of its text (its times kept)."""
    return Unit(unit.seg, unit.start, unit.end, unit.speaker, text, standard(fold(text).split(), bank.spoken),
                frozenset(), unit.weak)


def _asks_what_was_said(piece: Piece) -> bool:
    """The caller asks what was said ("hvad var det, du sagde?", "hva sa du?"): whatever they
    answered in the same breath answered a question they did not hear."""
    rest = piece.unit.text[piece.lo :]  # the question may run on over a comma ("hvad var det, du sagde?")
    toks = {w for w, _, _ in word_spans(rest)}
    return "?" in rest and _what_was_said(toks)


def _indirect_question(cut: list[Piece], k: int) -> bool:
    """Piece k is a lone question word that opens the object clause of the verb before it ("så kan I
    se, hvad jeg har sagt"): an indirect question, not the caller asking what. The sentence asks
    nothing ("?"), and the clause goes on after the word in the same sentence."""
    p = cut[k]
    if len(p.toks) != 1 or p.toks[0] not in _WH or "?" in p.unit.text or not 0 < k < len(cut) - 1:
        return False
    before, after = cut[k - 1], cut[k + 1]
    return before.unit is p.unit and before.kind == "other" and after.unit is p.unit and after.kind == "other"


def _trails_off(unit: Unit) -> bool:
    """The sentence ends trailing off ("Nej...", "Ja, eller...")."""
    return unit.text.rstrip().endswith(("...", "…"))


def _said_again(before: Piece, after: Piece) -> bool:
    """After trailing off, the next sentence opens with the same answer word ("Øh, nej... nej, det
    er i orden."): one answer, hesitated, read as one. Another word ("Nej... ja, det har jeg")
    is a second answer, judged as before."""
    return (_trails_off(before.unit) and after.unit is not before.unit and bool(before.toks) and bool(after.toks)
            and before.toks[-1] == after.toks[0])


def _corrected(said: list[Piece], bank: PhraseBank) -> tuple[str, str | None, float | None] | None:
    """A caller who corrects the answer in the same breath: one answer, a break (a dash, a
    hesitation "øh"), then the other. A later no always stands ("Ja – nej, undskyld, det vil jeg
    ikke"): it refuses. A later yes stands only when it opens with "jo", the word that contradicts
    a no ("Nej, øh – jo, jo, det er fint"), and nothing after it doubts or refuses. To a negatively
    phrased request the words swap meaning; the caller is not read so (None: left unclear)."""
    reads = [(p, classify_reply(p.text, bank)) for p in said if p.content]
    polar = [(p, r) for p, r in reads if r[0] in ("given", "refused")]
    turn = next((k for k in range(1, len(polar)) if polar[k][1][0] != polar[k - 1][1][0]), None)
    if turn is None or any(r[0] != polar[turn][1][0] for _, r in polar[turn:]):
        return None
    before, after = polar[turn - 1][0], polar[turn][0]
    if before.unit is not after.unit:
        return None
    gap = after.unit.text[before.lo : after.lo]  # a piece runs on to where the next one starts
    hesitated = any(d in gap for d in _DASHES) or any(
        p.unit is after.unit and before.hi <= p.lo < after.lo and not p.content for p in said)
    if not hesitated:
        return None
    status = polar[turn][1][0]
    if status == "given":
        later = [r for p, r in reads if p.lo >= after.lo and p.unit is after.unit]
        if after.toks[:1] != ("jo",) or any(r[0] != "given" for r in later):
            return None
    return status, polar[turn][1][1], polar[turn][1][2]


# "rather": "så vil jeg hellere være fri", "da vil eg helst sleppe".
_RATHER = frozenset({"hellere", "heller", "helst"})


def _then_rather_not(piece: Piece, bank: PhraseBank) -> bool:
    """After the answer word, a clause drawn from it ("then") in which I want not, or would
    rather be spared: "Nej, så vil jeg hellere være fri.", "Nei, da vil jeg ikke." Whatever the
    "nej" answered, what the caller then wants is no recording: a refusal. "Så vil jeg gerne"
    wants it."""
    t = piece.toks
    if len(t) < 4 or t[0] not in _THEN or t[1] != "vil" or t[2] not in ("jeg", "eg"):
        return False
    # nothing else wanted after it ("så vil jeg ikke holde dig længere" wants something else)
    rest = all(w in bank.negations or w in _RATHER or w in _SPARED or w in bank.fillers
               or w in ("aa", "at") or meaning.has(t, bank, "recording", k, k + 1) for k, w in enumerate(t[4:], 4))
    return (t[3] in bank.negations or t[3] in _RATHER) and rest


# What may follow "så vil jeg ikke / hellere": being spared, "it", "after all".
_SPARED = frozenset({"vaere", "vere", "fri", "slippe", "sleppe", "det", "alligevel", "likevel", "lige", "bare",
                     "berre", "altsaa", "optaget", "optages", "tatt", "teken", "opp", "blive", "bli", "verte"})


def _refuses_negative(piece: Piece, bank: PhraseBank) -> bool:
    """To "har du noget imod ...?", the words after a bare "ja" that say what it meant ("ja, det
    har jeg faktisk"): a refusal."""
    return classify_reply(piece.text, bank, negative=True)[0] == "refused"


def _last_word(unit: Unit) -> str:
    words = word_spans(unit.text)
    return words[-1][0] if words else ""


def _next_unit(cut: list[Piece], k: int) -> Unit | None:
    return next((p.unit for p in cut[k + 1 :] if p.unit is not cut[k].unit), None)


def _echo(piece: Piece, bank: PhraseBank) -> bool:
    """The request's own word said back as a question before the answer ("Optage? Ja, fint nok.",
    "Ta opp? Nei."): the caller checks what was asked, and the answer after it stands. A question
    with anything more ("Optage hvad?", "Hvem hører den?") is not an echo."""
    if "?" not in piece.text or not piece.toks or len(piece.toks) > 3:
        return False
    # the word that asks may be echoed too: "Imod? Nej, slet ikke.", "I orden? Ja."
    spans = [span for part in ("recording", "objecting", "acceptable") for span in meaning.find(piece.toks, bank, part)
             if part == "recording" or piece.toks[span[0]] not in _SOMETHING_WORDS]
    covered = {i for a, b in spans for i in range(a, b)}
    return all(i in covered or piece.toks[i] in bank.fillers for i in range(len(piece.toks))) and bool(covered)


_SOMETHING_WORDS = frozenset({"noget", "noe", "noko", "naakka", "naakaa", "noka"})


def _plain(piece: Piece, bank: PhraseBank) -> bool:
    """Other speech before the answer that cannot hide one ("Hej Mette", "jeg ringer om ..."):
    no "not", no doubt, no question, nothing about the recording, and no one else's words
    ("han siger sikkert, det er i orden": a third person's yes, reported, is not the caller's).
    An echo of the request's word is plain too ("Optage? Ja, ...")."""
    if _echo(piece, bank):
        return True
    return not (
        set(piece.toks) & bank.negations
        or "?" in piece.text
        or meaning.has(piece.toks, bank, "doubt")
        or has_topic(piece.text, bank)
        or _reported(piece.toks)
    )


# Someone else's words: a third person and a verb of saying or thinking ("min mand siger",
# "kona mi meiner", "de sier").
_THIRD = frozenset({"han", "hun", "ho", "de", "dei", "mand", "manden", "kone", "konen", "kona", "mann", "mannen",
                    "kjaeresten", "kaeresten", "mor", "far", "mora", "faren", "moren", "soenn", "datter",
                    "sonen", "dottera", "soennen", "datteren", "broren", "bror", "soester", "soesteren"})
_SAY = frozenset({"siger", "sagde", "sier", "sa", "seier", "mener", "meiner", "meinte", "mente", "synes",
                  "syntes", "syns", "tror", "trur", "troede", "trodde", "vil", "ville", "plejer", "pleier"})


def _reported(toks: tuple[str, ...]) -> bool:
    return bool(set(toks) & _THIRD) and bool(set(toks) & _SAY)


def _refuses_recording(piece: Piece, bank: PhraseBank) -> bool:
    phrases, keys = bank.phrases("withdrawal")
    found = find_all(piece.toks, phrases, keys, min_score=REPLY_MIN_SCORE, most=1)
    if found and not meaning.enrolled(piece.toks, bank, found[0].last):
        return True
    phrases, keys = bank.phrases("refusal")
    found = find_all(piece.toks, phrases, keys, min_score=REPLY_MIN_SCORE, most=1)
    return bool(found) and has_topic(found[0].phrase, bank)


OR_ELSE_WORDS = 3


def _or_else(piece: Piece, bank: PhraseBank, negative: bool) -> bool:
    """A short second answer after "eller" / "men" that is not a yes: "Ja, eller nej.", "Ja, men
    nej." take the yes back into doubt."""
    toks = piece.toks
    if not toks or toks[0] not in _RESERVATION or not 0 < len(toks) - 1 <= OR_ELSE_WORDS:
        return False
    status, phrase, _ = classify_reply(" ".join(toks[1:]), bank, negative=negative)
    return phrase is not None and status != "given"


def _doubtful(piece: Piece, bank: PhraseBank) -> bool:
    """A doubt in the same breath as the answer ("ja, jeg ved ikke rigtig"), or a reserve about
    the recording ("men jeg kan ikke lide at blive optaget", "men den må ikke gemmes")."""
    if meaning.has(piece.toks, bank, "doubt"):
        return True
    if not set(piece.toks) & bank.negations:
        return False
    if has_topic(piece.text, bank):
        return True
    refers = meaning.has(piece.toks, bank, "reference") is not None
    return refers and any(meaning.has(piece.toks, bank, part) for part in ("keep_verbs", "stop_order", "stop_result"))


def _asks_about_recording(s: meaning.Sentence, bank: PhraseBank, *, short: bool) -> bool:
    """A question about the recording ("hvem hører den?", "hvor længe gemmes optagelsen?"), or,
    in the answer's own sentence, a short one that points back to it ("ja, hvorfor det?"); not a
    question about the errand ("kan du stoppe betalingen?")."""
    if has_topic(s.text, bank):
        return True
    refers = meaning.has(s.toks, bank, "reference") is not None
    return refers and (meaning.has(s.toks, bank, "use_verbs") is not None or (short and len(s.toks) <= 4))


def _answer(
    status: str, phrase: str | None, score: float | None, cut: list[Piece], first: int, last: int,
    conditions: tuple[Evidence, ...] = (),
) -> Answer:
    """The answer's evidence: its exact words (pieces first..last) and their times."""
    span = cut[first : last + 1]
    if not span:
        return Answer(status, Evidence(start=0.0, end=0.0, speaker=None, text="", phrase=phrase, score=score), 0.0, ())
    start, end = span[0].time(span[0].lo), span[-1].time(span[-1].hi)
    units = tuple(dict.fromkeys(p.unit for p in span))
    text = " ".join(
        u.text[min(p.lo for p in span if p.unit is u) : max(p.hi for p in span if p.unit is u)]
        .strip().rstrip(",;:-–—").rstrip()
        for u in units
    )
    evidence = Evidence(start=round(start, 2), end=round(end, 2), speaker=span[0].unit.speaker,
                        text=text, phrase=phrase, score=score)
    return Answer(status, evidence, end, units, conditions)


def _condition_evidence(piece: Piece, reading: meaning.Reading) -> Evidence:
    return Evidence(start=round(piece.time(piece.lo), 2), end=round(piece.time(piece.hi), 2),
                    speaker=piece.unit.speaker, text=piece.text, phrase=reading.phrase, score=1.0)


def _keyed(transcript: Transcript, findings: Findings, policy: Policy) -> list[Interaction]:
    """Each key-press prompt (grouped per sentence) and the first key pressed after it."""
    prompts = sorted(
        findings.hits.get("keypress_optin", []) + findings.hits.get("keypress_optout", []),
        key=lambda h: h.unit.start,
    )
    # A tone on the agent's channel is the system's or the agent's, never the customer's answer.
    keys = [e for e in transcript.events
            if e.type == "dtmf" and e.digit and (e.channel or "").lower() != "agent"]
    used: set[int] = set()
    out = []
    for prompt in _one_per_turn(prompts):
        group = [p for p in prompts if abs(p.unit.start - prompt.unit.start) <= KEY_PROMPT_GROUP_S]
        deadline = max(p.unit.end for p in group) + policy.reply_window_s
        pressed = next((i for i, e in enumerate(keys)
                        if i not in used and prompt.unit.start <= e.time <= deadline), None)
        if pressed is None:
            status = "no_reply" if prompt.element == "keypress_optin" else "no_objection"
            out.append(Interaction(prompt, status, None, None, None))
            continue
        used.add(pressed)
        event = keys[pressed]
        match = next((p for p in group if p.digit == event.digit), None)
        meaning = {"keypress_optin": "opt_in", "keypress_optout": "opt_out"}.get(
            match.element if match else "", "unknown")
        status = {"opt_in": "given", "opt_out": "refused"}.get(meaning, "ambiguous")
        answered = match or prompt
        keypress = KeyPress(digit=event.digit, time=round(event.time, 2), meaning=meaning,
                            prompt=answered.evidence())
        evidence = Evidence(start=round(event.time, 2), end=round(event.time + (event.duration or 0), 2),
                            speaker="customer", text=f"key {event.digit}", phrase=answered.phrase,
                            score=1.0)
        out.append(Interaction(answered, status, "keypress", evidence,
                               event.time + (event.duration or 0), keypress=keypress))
    return out
