"""The text path end to end: a transcript in, a compliance record out.

    transcript.py -> findings.py (+ text.py, phrases.py) -> consent.py -> decision.py -> record.py
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .codes import Action, Code, ConsentStatus, Verdict
from .consent import ConsentOutcome, classify_reply, read_consent
from .decision import Decision, decide
from .findings import Findings, Hit, find_elements
from .phrases import LANGUAGE_BANKS, load_bank
from .policy import Policy, load_policy
from .record import Consent, Evidence, Reason, Record
from .transcript import Transcript, load_transcript
from .turns import joined_sentences

# Evidence kept per element in a record: enough to check, not a copy of the transcript.
MAX_EVIDENCE_PER_ELEMENT = 5


def analyze_transcript(
    transcript: str | Path | dict[str, Any] | Transcript,
    policy: str | Path | Policy | None = None,
    *,
    doubts: Sequence[str] = (),
) -> Record:
    """Decide whether a call's recording was lawful from its transcript.

    Args:
        transcript: a path to a transcript JSON file, the parsed JSON, or a Transcript.
        policy: "dk", "no", a path to a policy file, or a Policy; None follows the language.
        doubts: what the audio side could not vouch for (a damaged file, an unsure language),
            one phrase each; the engine weighs them (see ``decision.decide``).

    Raises:
        TranscriptError: the transcript is unreadable or breaks the format.
        PolicyError: the policy is unknown or malformed.
    """
    t = load_transcript(transcript)
    provenance = {"kind": "transcript", "sha256": t.content_hash()}
    if t.language not in LANGUAGE_BANKS:
        return _unsupported(t, load_policy(policy) if policy is not None else None, provenance)
    pol = load_policy(policy, language=t.language)
    t = joined_sentences(t, load_bank(t.language), pol.confidence)
    findings, outcome, withdrawals, decision = judge(t, pol, doubts)
    return Record(
        verdict=decision.verdict,
        consent=outcome.consent,
        reasons=decision.reasons,
        required_action=decision.required_action,
        withdrawals=tuple(withdrawals),
        findings=_evidence(findings),
        language=t.language,
        policy=pol.describe(),
        input=provenance,
        analysis=_span(t, findings),
    )


def judge(
    t: Transcript, policy: Policy, doubts: Sequence[str] = ()
) -> tuple[Findings, ConsentOutcome, list[Evidence], Decision]:
    """The engine's stages on a loaded transcript in a supported language (a sentence the
    recogniser cut at a pause read as one: ``turns.py``)."""
    bank = load_bank(t.language)
    t = joined_sentences(t, bank, policy.confidence)
    findings = find_elements(t, bank, policy.confidence)
    outcome = _said_again(findings, read_consent(t, findings, bank, policy), bank, policy)
    withdrawals = _withdrawals(findings, outcome)
    asked = _answered_unheard(findings, outcome, bank, policy)
    doubts = [*doubts, asked] if asked else doubts
    return findings, outcome, withdrawals, decide(findings, outcome, withdrawals, policy, doubts)


def _answered_unheard(findings: Findings, outcome: ConsentOutcome, bank: Any, policy: Policy) -> str | None:
    """Why a missing request is not shown, or None: no request was found, yet the caller's first
    words after agent speech that could not be read are a clear yes or no, and the agent asked
    nothing else that was read in between. An answer shows that something was asked, and the
    question may be in that speech ("Er det i orden, at vi optager samtalen?" misheard), however
    short it is."""
    if not policy.require.consent_request or outcome.interactions:
        return None
    deadline = policy.disclosure_deadline_s
    if any(h.unit.start < deadline for name in ("consent_request", "negative_request", "keypress_optin")
           for h in findings.hits.get(name, [])):
        return None
    units = sorted(findings.units, key=lambda u: u.start)
    for start, end, who in findings.unclear:
        if who == "customer" or start >= deadline:
            continue
        later = [u for u in units if u.start >= end - 0.05]
        after = next((u for u in later if u.speaker != "agent"), None)
        if after is None or after.start - end > policy.reply_window_s:
            continue
        if any(u.start < after.start and (u.questions or u.text.rstrip().endswith("?")) for u in later):
            continue  # the agent asked something else, read, in between: the answer may be to that
        status, phrase, _score = classify_reply(after.text, bank)
        if phrase and status in ("given", "refused"):
            return (f"the caller answered (\"{after.text.strip()}\") right after {end - start:.1f} s of the "
                    "agent's speech that could not be read, and no request was heard: it may be in that speech")
    return None


def _said_again(findings: Findings, outcome: ConsentOutcome, bank: Any, policy: Policy) -> ConsentOutcome:
    """A refusal heard weakly ("Nej" in a misheard sentence) that the caller says again, clearly,
    within the reply window ("Nej tak, det vil jeg helst ikke"): the clear one is the evidence, so
    the refusal is not in doubt."""
    consent, reply = outcome.consent, outcome.consent.reply
    if consent.status != ConsentStatus.REFUSED or reply is None:
        return outcome
    if not findings.weak_at(reply.start):
        return outcome
    for u in sorted(findings.units, key=lambda u: u.start):
        if u.weak or u.start <= reply.start or u.start - reply.end > policy.reply_window_s:
            continue
        if u.speaker == "agent" or u.speaker not in (None, reply.speaker):
            continue
        status, phrase, score = classify_reply(u.text, bank)
        if status == "refused" and phrase:
            clear = Evidence(start=u.start, end=u.end, speaker=u.speaker, text=u.text, phrase=phrase, score=score)
            return replace(outcome, consent=replace(consent, reply=clear))
    return outcome


def _withdrawals(findings: Findings, outcome: ConsentOutcome) -> list[Evidence]:
    """Withdrawals by the customer that are not simply the answer to a request."""
    replies = [i.reply for i in outcome.interactions if i.reply is not None]
    refusals = [i.reply for i in outcome.interactions if i.reply is not None and i.status == "refused"]
    out: list[Evidence] = []
    seen: set[int] = set()
    for hit in sorted(findings.hits.get("withdrawal", []), key=lambda h: h.unit.start):
        if id(hit.unit) in seen:
            continue
        seen.add(id(hit.unit))
        if any(r.start - 0.01 <= hit.unit.start <= r.end + 0.01 for r in replies):
            continue
        if any(_same_turn(findings, r, hit) for r in refusals):
            continue  # "Nej, det vil jeg ikke. Lad være med at optage.": the no said again, not withdrawn later
        out.append(hit.evidence())
    return out


# A refusal of the recording this soon after a "no", with no one else speaking between, says the no
# again (consent.py joins a reply's sentences over gaps this short).
SAME_TURN_S = 2.0


def _same_turn(findings: Findings, refusal: Evidence, hit: Hit) -> bool:
    """The withdrawal's sentence goes on the caller's turn that refused (no agent sentence between)."""
    if not 0 <= hit.unit.start - refusal.end <= SAME_TURN_S:
        return False
    return not any(u.speaker == "agent" and refusal.end - 0.01 <= u.start < hit.unit.start for u in findings.units)


def _evidence(findings: Findings) -> dict[str, list[Evidence]]:
    out = {}
    for element, hits in findings.hits.items():
        if element in ("withdrawal",):
            continue
        ordered = sorted(hits, key=lambda h: h.unit.start)[:MAX_EVIDENCE_PER_ELEMENT]
        out[element] = [h.evidence() for h in ordered]
    return out


def _span(t: Transcript, findings: Findings) -> dict[str, Any]:
    """What was analysed: the whole transcript, and what of it was set aside."""
    until = t.duration_s if t.duration_s is not None else max((s.end for s in t.segments), default=0.0)
    q = findings.quality
    set_aside = [
        {"start": t.segments[i].start, "end": t.segments[i].end, "speaker": t.segments[i].speaker,
         "text": t.segments[i].text[:200], "why": why}
        for i, why in (q.unusable if q else ())
    ]
    return {
        "scan": "transcript",
        "analysed_from_s": 0.0,
        "analysed_until_s": round(until, 2),
        "speech_s": q.speech_s if q else 0.0,
        "unusable_speech_s": q.unusable_s if q else 0.0,
        "mean_avg_logprob": q.mean_logprob if q else None,
        "set_aside": set_aside,
    }


def _unsupported(t: Transcript, policy: Policy | None, provenance: dict[str, Any]) -> Record:
    return Record(
        verdict=Verdict.NEEDS_REVIEW,
        consent=Consent(status=ConsentStatus.NOT_REQUESTED),
        reasons=(Reason(Code.UNSUPPORTED_LANGUAGE, f"Language {t.language!r} is not supported; "
                        "only Danish (da) and Norwegian (no, nb, nn) calls can be checked."),),
        required_action=Action.REVIEW,
        language=t.language,
        policy=policy.describe() if policy else None,
        input=provenance,
    )
