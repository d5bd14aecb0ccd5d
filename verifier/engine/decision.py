"""Stage 4: the verdict under a policy, with a reason (and its evidence) for everything missing.

Order of precedence, most cautious first:
1. a threat by the customer: review (the threat exception may apply; never compliant on its own);
2. evidence of a violation (refusal, withdrawal, coercion, recording past the grace): non-compliant,
   unless that evidence itself was heard with low confidence;
3. a required element missing or late: non-compliant, unless recognition was poor (then a missing
   element proves nothing and the call needs review);
4. reasons that call for review (a negatively phrased request, an ambiguous reply where the policy
   says so);
5. otherwise compliant, but only if the evidence for it was heard clearly.

Doubts from the audio side (a damaged file, an unsure language) come in as ``doubts``: they turn
a compliant verdict, or a non-compliant one that rests only on missing elements, into
needs_review; evidence of a violation still decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .codes import Action, Code, ConsentStatus, Verdict
from .consent import ConsentOutcome
from .findings import LOOSE_BELOW, Findings, Hit
from .policy import Policy
from .record import Evidence, Reason

DELETE_CODES = frozenset({Code.CONSENT_REFUSED, Code.CONSENT_WITHDRAWN})
# A missing element is not proven missing when this much of the agent's speech before the
# deadline (seconds, and share of it) could not be read reliably: the element may be in it.
UNCLEAR_AGENT_S = 3.0
UNCLEAR_AGENT_SHARE = 0.1
CONTINUED = frozenset({Code.RECORDING_CONTINUED_AFTER_REFUSAL, Code.RECORDING_CONTINUED_AFTER_WITHDRAWAL})


@dataclass(frozen=True)
class Decision:
    """A verdict, its reasons in order of weight, and what the user must do."""

    verdict: Verdict
    reasons: tuple[Reason, ...]
    required_action: Action
    # The verdict rests on a refusal or withdrawal after which speech went on past the stop
    # grace: nothing heard later can make the call compliant.
    final: bool = False
    # A refusal or withdrawal is pending (not yet final): speech recorded after this time would
    # show that recording went on after the "no".
    stop_due_s: float | None = None


@dataclass
class _Ledger:
    violations: list[Reason]
    missing: list[Reason]
    review: list[Reason]
    doubts: list[Reason]  # why the evidence is too weak for a firm verdict
    notes: list[Reason]  # true and worth saying, but not deciding
    # Doubts about the agent's own speech only (labelled, unclear): they may hide an element the
    # agent says, never an answer the caller gives.
    agent_only: list[Reason] = field(default_factory=list)
    # Doubts about the caller's own, labelled speech only: they may hide an objection or an
    # answer, never a notice, purpose, request or withdrawal right the agent did not give.
    caller_only: list[Reason] = field(default_factory=list)


def decide(
    findings: Findings, outcome: ConsentOutcome, withdrawals: list[Evidence], policy: Policy,
    doubts: Sequence[str] = (),
) -> Decision:
    """Apply a policy to what was found; see the module docstring for the order of precedence.

    ``doubts``: what the audio side could not vouch for, one phrase each (e.g. "the file ends
    before its header says"); they make the evidence possibly incomplete.
    """
    led = _Ledger([], [], [], [], [])
    decision = _judge(findings, outcome, withdrawals, policy, led)
    final = decision.verdict == Verdict.NON_COMPLIANT and any(r.code in CONTINUED for r in led.violations)
    said = [w.end for w in withdrawals]
    if outcome.consent.status == ConsentStatus.REFUSED and outcome.consent.reply is not None:
        said.append(outcome.consent.reply.end)
    due = min(said) + policy.stop_grace_s if said and not final else None
    return _doubted(replace(decision, final=final, stop_due_s=due), doubts, violated=bool(led.violations))


def _judge(
    findings: Findings, outcome: ConsentOutcome, withdrawals: list[Evidence], policy: Policy, led: _Ledger
) -> Decision:
    _disclosure(findings, outcome, policy, led)
    _consent(findings, outcome, policy, led)
    _after(findings, outcome, withdrawals, policy, led)
    _confidence(findings, outcome, policy, led)
    threat = findings.first("threat")
    if threat:
        led.review.insert(0, Reason(Code.THREAT_EXCEPTION_CANDIDATE, "The customer appears to threaten "
                                    "staff: recording without consent may be justified; a person "
                                    "must decide.", threat.evidence()))
        return _done(Verdict.NEEDS_REVIEW, led.review + led.violations + led.missing + led.doubts + led.notes)
    if led.violations:
        weak = [r for r in led.violations if _weak(r, findings)]
        if weak and len(weak) < len(led.violations):
            # A violation heard with confidence decides already ("Nei takk, det vil jeg ikke");
            # a weakly heard one beside it ("Ja, et stopper opp taket.": the agent's "Jeg stopper
            # opptaket" in a mono call) changes nothing, and is not asserted.
            led.violations = [r for r in led.violations if r not in weak]
        elif weak and led.missing:
            # Only weakly heard words show a violation, but an element the policy needs is missing:
            # the call stands or falls on that (below), whatever those words were; they are not
            # asserted ("Vi må si stoppe opptaket." read into a caller's misheard errand, after a
            # notice that only said the call may be recorded).
            led.violations = []
        elif weak:
            doubt = Reason(Code.LOW_CONFIDENCE, "The words that show a violation were recognised with "
                           "low confidence.", weak[0].evidence)
            return _done(Verdict.NEEDS_REVIEW, [doubt, *led.violations, *led.missing, *led.review, *led.notes])
        if led.violations:
            return _done(Verdict.NON_COMPLIANT, led.violations + led.missing + led.review + led.notes)
    if led.missing:
        if led.doubts and not _unanswered(led) and not _not_said(led):
            return _done(Verdict.NEEDS_REVIEW, led.doubts + led.missing + led.review + led.notes)
        return _done(Verdict.NON_COMPLIANT, led.missing + led.review + led.notes)
    if led.review:
        return _done(Verdict.NEEDS_REVIEW, led.review + led.doubts + led.notes)
    if led.doubts:
        return _done(Verdict.NEEDS_REVIEW, led.doubts + led.notes)
    return _done(Verdict.COMPLIANT, led.notes)


def _unanswered(led: _Ledger) -> bool:
    """Whether a missing element stands whatever the doubts hide: the caller did not answer a
    request that needs an answer (``NO_REPLY``), and the only doubts are about the agent's own,
    labelled speech. Unclear agent speech may hide a notice or a withdrawal right, never the
    caller's yes: silence on the caller's side is not consent however the agent was heard."""
    return (any(r.code == Code.NO_REPLY for r in led.missing)
            and all(d in led.agent_only for d in led.doubts))


# What only the agent can supply: a caller's words, read or not, never make up for its absence.
# (A missing notice only where no request was found either: a request answered yes tells the
# caller, so an answer that could not be read might supply the notice.)
AGENT_SIDE = frozenset({Code.NO_PURPOSE, Code.NO_CONSENT_REQUEST, Code.NO_WITHDRAWAL_NOTICE,
                        Code.NO_OBJECTION_OPTION})
NOTICE_CODES = frozenset({Code.NO_RECORDING_NOTICE, Code.VAGUE_NOTICE})


def _not_said(led: _Ledger) -> bool:
    """Whether a missing element stands whatever the doubts hide: one of them is the agent's to say
    (the purpose, the request, the withdrawal right), and the only doubts are about the caller's
    own, labelled speech. Speech of the caller that could not be read may hide an objection, which
    only adds to a violation, never the agent's disclosure."""
    codes = {r.code for r in led.missing}
    agent_side = AGENT_SIDE | (NOTICE_CODES if Code.NO_CONSENT_REQUEST in codes else frozenset())
    return bool(codes & agent_side) and all(d in led.caller_only for d in led.doubts)


def _doubted(decision: Decision, doubts: Sequence[str], *, violated: bool) -> Decision:
    """No compliant verdict, nor one resting only on missing elements, when the audio is in doubt."""
    if not doubts:
        return decision
    message = "The evidence may be incomplete: " + "; ".join(doubts) + "."
    own = next((r for r in decision.reasons if r.code == Code.LOW_CONFIDENCE), None)
    reason = Reason(Code.LOW_CONFIDENCE, message + (f" {own.message}" if own else ""), own.evidence if own else None)
    others = tuple(r for r in decision.reasons if r.code != Code.LOW_CONFIDENCE)
    if decision.verdict == Verdict.COMPLIANT or (decision.verdict == Verdict.NON_COMPLIANT and not violated):
        return replace(decision, verdict=Verdict.NEEDS_REVIEW, reasons=(reason, *others),
                       required_action=Action.REVIEW)
    if own is None:
        return replace(decision, reasons=(*decision.reasons, reason))
    return decision


def _done(verdict: Verdict, reasons: list[Reason]) -> Decision:
    codes = {r.code for r in reasons}
    if verdict == Verdict.COMPLIANT:
        action = Action.NONE
    elif verdict == Verdict.NON_COMPLIANT and codes & DELETE_CODES:
        action = Action.DELETE_RECORDING
    else:
        action = Action.REVIEW
    unique: dict[str, Reason] = {}
    for r in reasons:
        unique.setdefault(r.code, r)
    return Decision(verdict, tuple(unique.values()), action)


def _timely(hits: list[Hit], deadline: float) -> list[Hit]:
    return [h for h in hits if h.unit.start < deadline]


def _disclosure(findings: Findings, outcome: ConsentOutcome, policy: Policy, led: _Ledger) -> None:
    """Notice, purpose, request, withdrawal information and objection option, by the deadline."""
    req, deadline, hits = policy.require, policy.disclosure_deadline_s, findings.hits
    get = lambda *names: [h for n in names for h in hits.get(n, [])]  # noqa: E731
    requests = get("consent_request", "negative_request", "keypress_optin")
    late: list[str] = []

    def need(name: str, found: list[Hit], code: Code, message: str) -> None:
        if _timely(found, deadline):
            return
        if found:
            late.append(f"{name} at {min(h.unit.start for h in found):.0f} s")
        else:
            led.missing.append(Reason(code, message))

    if req.recording_notice:
        notices = get("recording_notice")
        if not req.definite_notice:
            notices += requests
        elif outcome.consent.status == ConsentStatus.GIVEN and outcome.consent.method == "verbal":
            notices += get("consent_request")  # asked and answered yes: the caller knows
        elif outcome.consent.status == ConsentStatus.GIVEN and outcome.consent.method == "keypress":
            notices += get("keypress_optin")  # pressed the key that accepts the recording: the same
        vague = _timely(get("vague_notice"), deadline)
        if not _timely(notices, deadline) and vague:
            led.missing.append(Reason(Code.VAGUE_NOTICE, "The caller was only told the call "
                                      "could be recorded, not that it is.", vague[0].evidence()))
        else:
            need("recording notice", notices, Code.NO_RECORDING_NOTICE,
                 "The caller was not told that the call is recorded.")
    if req.purpose:
        need("purpose", get("purpose"), Code.NO_PURPOSE, "The purpose of the recording was not given.")
    if req.consent_request:
        need("consent request", requests, Code.NO_CONSENT_REQUEST, "The caller was not asked to consent.")
    if req.withdrawal_notice:
        need("withdrawal information", get("withdrawal_info"), Code.NO_WITHDRAWAL_NOTICE,
             "The caller was not told that consent can be withdrawn or the recording stopped.")
    if req.objection_option:
        options = requests + get("withdrawal_info", "objection_info", "keypress_optout")
        need("objection option", options, Code.NO_OBJECTION_OPTION,
             "The caller was given no way to object to the recording.")
    if late:
        led.missing.append(Reason(Code.LATE_DISCLOSURE, f"Disclosed after the first {deadline:.0f} s: "
                                  + ", ".join(late) + "."))


def _consent(findings: Findings, outcome: ConsentOutcome, policy: Policy, led: _Ledger) -> None:
    consent, deadline = outcome.consent, policy.disclosure_deadline_s
    reply = consent.reply
    if consent.negatively_phrased:
        reason = Reason(Code.NEGATIVELY_PHRASED_REQUEST, "Consent was asked as 'do you mind?': yes and "
                        "no swap meaning, so the answer must be confirmed by a person.", consent.request)
        if consent.status in (ConsentStatus.GIVEN, ConsentStatus.AMBIGUOUS):
            (led.review if policy.on_negative_request == "review" else led.missing).append(reason)
        else:
            led.notes.append(reason)
    if consent.status == ConsentStatus.REFUSED:
        led.violations.append(Reason(Code.CONSENT_REFUSED, "The caller refused the recording.", reply))
    elif consent.status == ConsentStatus.AMBIGUOUS:
        reason = Reason(Code.CONSENT_AMBIGUOUS, "The caller's answer was not a clear yes or no.", reply)
        (led.missing if policy.on_ambiguous_reply == Verdict.NON_COMPLIANT else led.review).append(reason)
    elif consent.status == ConsentStatus.NO_REPLY and policy.require.affirmative_reply:
        led.missing.append(Reason(Code.NO_REPLY, "The caller did not answer the request within "
                                  f"{policy.reply_window_s:.0f} s; silence is not consent.",
                                  consent.request))
    elif (consent.status == ConsentStatus.GIVEN and reply and reply.start >= deadline
          and policy.require.affirmative_reply):
        led.missing.append(Reason(Code.LATE_DISCLOSURE, f"Consent came after the first {deadline:.0f} s.", reply))


def _after(
    findings: Findings, outcome: ConsentOutcome, withdrawals: list[Evidence], policy: Policy, led: _Ledger
) -> None:
    """Coercion, withdrawals, and recording that went on after a no."""
    coercion = findings.first("coercion")
    if coercion:
        led.violations.append(Reason(Code.COERCIVE_REQUEST, "Consent was made a condition of help, so "
                                     "it was not voluntary.", coercion.evidence()))
    last_speech = max((u.end for u in findings.units), default=0.0)
    grace = policy.stop_grace_s
    if withdrawals:
        led.violations.append(Reason(Code.CONSENT_WITHDRAWN, "The caller withdrew consent to the "
                                     "recording.", withdrawals[0]))
        if last_speech > withdrawals[0].end + grace:
            led.violations.append(Reason(Code.RECORDING_CONTINUED_AFTER_WITHDRAWAL, f"Speech was recorded "
                                         f"until {last_speech:.0f} s, more than {grace:.0f} s after "
                                         "the withdrawal.", withdrawals[0]))
    decisive = outcome.decisive
    if decisive and decisive.status == ConsentStatus.REFUSED and decisive.reply_end is not None:
        if last_speech > decisive.reply_end + grace:
            led.violations.append(Reason(Code.RECORDING_CONTINUED_AFTER_REFUSAL, f"Speech was recorded "
                                         f"until {last_speech:.0f} s, more than {grace:.0f} s after "
                                         "the refusal.", decisive.reply))


def _confidence(findings: Findings, outcome: ConsentOutcome, policy: Policy, led: _Ledger) -> None:
    quality, decisive = findings.quality, outcome.decisive
    if quality and quality.poor:
        led.doubts.append(Reason(Code.LOW_CONFIDENCE, _poor_message(quality)))
    horizon = policy.disclosure_deadline_s + policy.reply_window_s
    callers = all(who in ("agent", "customer") for _start, who in findings.unheard)  # labelled, all of it
    if decisive and decisive.unusable_in_window:
        doubt = Reason(Code.LOW_CONFIDENCE, "Speech in the reply window was set aside as "
                       "unreliable; the caller's answer may be missing.", decisive.request.evidence())
        led.doubts.append(doubt)
        if callers:
            led.caller_only.append(doubt)
    deadline = policy.disclosure_deadline_s
    agent_s = sum(min(u.end, deadline) - u.start for u in findings.units
                  if u.speaker != "customer" and u.start < deadline)
    unclear_s = sum(min(e, deadline) - s for s, e, who in findings.unclear if who != "customer" and s < deadline)
    if unclear_s >= UNCLEAR_AGENT_S and unclear_s >= UNCLEAR_AGENT_SHARE * (agent_s + unclear_s):
        doubt = Reason(Code.LOW_CONFIDENCE, f"{unclear_s:.0f} s of the agent's speech in the first "
                       f"{deadline:.0f} s could not be read reliably; a missing element may be in it.")
        led.doubts.append(doubt)
        if all(who == "agent" for s, _e, who in findings.unclear if s < deadline and who != "customer"):
            led.agent_only.append(doubt)
    if not decisive and any(start < horizon and who != "agent" for start, who in findings.unheard):
        # No request was answered, but the caller said something we could not read in the opening:
        # it may have been an objection, so silence cannot be assumed.
        doubt = Reason(Code.LOW_CONFIDENCE, "Speech from the caller in the opening could not be "
                       "read; it may have been an objection.")
        led.doubts.append(doubt)
        if callers:
            led.caller_only.append(doubt)
    if decisive and decisive.unlabelled:
        led.doubts.append(Reason(Code.LOW_CONFIDENCE, "The reply came from speech with no speaker label.",
                                 decisive.reply))
    if not led.missing and not led.violations:
        loose = _loose_support(findings, outcome, policy)
        if loose:
            name, evidence = loose
            led.doubts.append(Reason(Code.LOW_CONFIDENCE, f"The {name} was found only by a loose match of "
                                     "its words, not a clear reading; a person must confirm it.", evidence))
    if decisive and decisive.weak and decisive.status == ConsentStatus.AMBIGUOUS:
        # An unclear answer heard weakly may be a clear one misheard ("Nej, det er fint" to a
        # "do you mind?" heard "Jeg vil ha fint"): the caller's words decide, so review.
        doubt = Reason(Code.LOW_CONFIDENCE, "The caller's answer was heard with low confidence; it may "
                       "have been a clear yes or no.", decisive.reply)
        led.doubts.append(doubt)
        led.caller_only.append(doubt)
    weak = [h for e in ("recording_notice", "purpose", "consent_request", "withdrawal_info")
            for h in findings.hits.get(e, [])[:1] if h.unit.weak]
    if (decisive and decisive.weak) or weak:
        evidence = decisive.reply if decisive and decisive.weak else weak[0].evidence()
        if not led.missing and not led.violations:
            led.doubts.append(Reason(Code.LOW_CONFIDENCE, "Evidence needed for a compliant verdict was "
                                     "recognised with low confidence.", evidence))


def _loose_support(findings: Findings, outcome: ConsentOutcome, policy: Policy) -> tuple[str, Evidence | None] | None:
    """The first element a compliant verdict would rest on that was found only loosely: every
    timely hit that supplies it is `loose` (findings.py), or the yes was matched with a slip."""
    req, deadline, hits = policy.require, policy.disclosure_deadline_s, findings.hits
    get = lambda *names: [h for n in names for h in hits.get(n, []) if h.unit.start < deadline]  # noqa: E731
    requests = get("consent_request", "negative_request", "keypress_optin")
    consent = outcome.consent
    asked_yes = consent.status == ConsentStatus.GIVEN and consent.method == "verbal"
    needs: list[tuple[str, list[Hit]]] = []
    if req.recording_notice:
        notices = get("recording_notice")
        if not req.definite_notice:
            notices += requests
        elif asked_yes:
            notices += get("consent_request")
        elif consent.status == ConsentStatus.GIVEN and consent.method == "keypress":
            notices += get("keypress_optin")
        needs.append(("recording notice", notices))
    if req.purpose:
        needs.append(("purpose", get("purpose")))
    if req.consent_request:
        needs.append(("consent request", requests))
    if req.withdrawal_notice:
        needs.append(("withdrawal information", get("withdrawal_info")))
    if req.objection_option:
        needs.append(("objection option", requests + get("withdrawal_info", "objection_info", "keypress_optout")))
    for name, found in needs:
        if found and all(h.loose for h in found):
            return name, min(found, key=lambda h: h.unit.start).evidence()
    decisive = outcome.decisive
    if consent.status == ConsentStatus.GIVEN and decisive is not None and decisive.request.loose:
        return "request the yes answers", decisive.request.evidence()  # a key read loosely as yes
    reply = consent.reply
    notice_by_yes = req.definite_notice and not get("recording_notice")
    if (asked_yes and reply is not None and reply.score is not None and reply.score < LOOSE_BELOW
            and (req.affirmative_reply or notice_by_yes)):
        return "customer's yes", reply
    return None


def _poor_message(quality) -> str:
    if not quality.speech_s or quality.unusable_s >= quality.speech_s:
        return "No usable speech was recognised; nothing can be concluded from what is missing."
    parts = [f"{quality.unusable_s:.0f} of {quality.speech_s:.0f} s of speech set aside as unreliable"]
    if quality.mean_logprob is not None:
        parts.append(f"mean log-probability {quality.mean_logprob:.2f}")
    return "Speech recognition was poor (" + ", ".join(parts) + "); missing elements prove nothing."


def _weak(reason: Reason, findings: Findings) -> bool:
    ev = reason.evidence
    if ev is None:
        return False
    return findings.weak_at(ev.start)
