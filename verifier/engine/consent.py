"""Stage 3b: the customer's answer to each request to record, spoken or keyed.

DOMAIN.md's traps live here. The reply must follow the request, come from the customer, and start
within the policy's reply window after the end of the agent's turn that holds the request. To a
negatively phrased request ("har du noget imod ...?") "nej" consents and "ja, det har jeg" refuses.
A key press is read against the prompt it answers: the same key can mean yes or no.
"""

from __future__ import annotations

from dataclasses import dataclass

from .findings import AGENT_ELEMENTS, Findings, Hit, Unit, _has_topic
from .phrases import PhraseBank
from .policy import Policy
from .record import Consent, Evidence, KeyPress
from .text import find_all, fold
from .transcript import Transcript

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
    text = " ".join(u.text for u in reply_units)
    status, phrase, score = classify_reply(text, bank, negative=request.element == "negative_request")
    first, last = reply_units[0], reply_units[-1]
    evidence = Evidence(start=round(first.start, 2), end=round(last.end, 2), speaker=first.speaker,
                        text=text, phrase=phrase, score=score)
    return Interaction(
        request, status, "verbal", evidence, last.end,
        unlabelled=first.speaker is None and findings.labelled,
        weak=any(u.weak for u in reply_units),
        unusable_in_window=unusable,
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
        agentish = u.speaker == "agent" or (u.speaker is None and _sounds_like_agent(u, findings, bank))
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


def _continues(reply: list[Unit], unit: Unit, bank: PhraseBank) -> bool:
    """Does `unit` continue the customer's reply? Labelled speech: yes. Unlabelled: only after
    hesitation ("øh..." then "ja"), since the next sentence may be the agent's."""
    if unit.speaker == "customer" and all(u.speaker == "customer" for u in reply):
        return True
    return all(t in bank.fillers for u in reply for t in u.toks)


def _sounds_like_agent(unit: Unit, findings: Findings, bank: PhraseBank) -> bool:
    """An unlabelled sentence that discloses or asks is the agent continuing, not a reply."""
    for element in AGENT_ELEMENTS:
        if any(h.unit is unit for h in findings.hits.get(element, [])):
            return True
    return _has_topic(unit.text, bank) and len(unit.toks) > 3


def _unusable_in(transcript: Transcript, findings: Findings, start: float, end: float) -> bool:
    bad = {i for i, _ in findings.quality.unusable} if findings.quality else set()
    return any(
        start <= transcript.segments[i].start <= end and transcript.segments[i].speaker != "agent"
        for i in bad
    )


def classify_reply(text: str, bank: PhraseBank, *, negative: bool = False) -> tuple[str, str | None, float | None]:
    """Read a reply as given, refused or ambiguous; returns (status, phrase matched, score).

    Tolerance only ever works towards caution: both a yes and a no, a yes with a question or a
    doubt, or nothing recognisable at all, is ambiguous.
    """
    toks = tuple(fold(text).split())
    if not toks:
        return "ambiguous", None, None
    yes = _best(toks, bank, "negative_consent" if negative else "affirmative", bank.negations)
    no = _best(toks, bank, "negative_refusal" if negative else "refusal", frozenset())
    if negative and no is None:
        no = _negated_refusal(toks, bank)
    doubt = _best(toks, bank, "ambiguous", frozenset())
    if doubt is not None and " ".join(fold(doubt.phrase).split()) in bank.fillers:
        doubt = None  # "øh, ja" is a yes after a hesitation; a bare "øh" stays ambiguous below
    question = text.rstrip().endswith("?") or "?" in text
    if yes and no:
        return "ambiguous", f"{yes.phrase} / {no.phrase}", min(yes.score, no.score)
    if no:
        return "refused", no.phrase, no.score
    if yes and not question and not doubt:
        return "given", yes.phrase, yes.score
    hint = doubt or yes
    return "ambiguous", hint.phrase if hint else None, hint.score if hint else None


def _best(toks: tuple[str, ...], bank: PhraseBank, element: str, guard: frozenset[str]):
    phrases, keys = bank.phrases(element)
    found = find_all(toks, phrases, keys, min_score=0.88, guard=guard, most=1)
    return found[0] if found else None


def _negated_refusal(toks: tuple[str, ...], bank: PhraseBank):
    """To a negative request, the plain refusals that carry their own negation still refuse."""
    phrases = tuple(p for p in bank.elements["refusal"]
                    if set(fold(p).split()) & bank.negations and not fold(p).startswith(("nej", "nei")))
    keys = tuple("".join(fold(p).split()) for p in phrases)
    found = find_all(toks, phrases, keys, min_score=0.88, most=1)
    return found[0] if found else None


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
