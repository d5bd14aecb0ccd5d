"""The only judge: doubts from the audio side weigh in decide(), not in the pipeline (engine/decision.py)."""

from __future__ import annotations

from builders import DA_OPENING, call, then

from verifier import analyze_transcript
from verifier.engine.codes import Action, Code, Verdict

DOUBT = ["the file ends before its header says"]
COMPLIANT = then(DA_OPENING, ("c", 13.5, 14.2, "Ja, det er fint."), ("a", 14.5, 20.0, "Tak."))
REFUSED = then(DA_OPENING, ("c", 13.5, 14.2, "Nej tak."))
NO_DISCLOSURE = [("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank. Hvad kan jeg gøre?"),
                 ("c", 4.5, 8.0, "Jeg ringer om min regning.")]


def codes(record):
    return [r.code for r in record.reasons]


def test_without_doubts_the_verdicts_stand():
    assert analyze_transcript(call("da", COMPLIANT)).verdict == Verdict.COMPLIANT
    assert analyze_transcript(call("da", NO_DISCLOSURE)).verdict == Verdict.NON_COMPLIANT


def test_a_doubt_turns_compliant_into_review_with_the_doubt_first():
    record = analyze_transcript(call("da", COMPLIANT), doubts=DOUBT)
    assert record.verdict == Verdict.NEEDS_REVIEW and record.required_action == Action.REVIEW
    assert codes(record) == [Code.LOW_CONFIDENCE]
    assert "ends before its header" in record.reasons[0].message


def test_a_doubt_turns_missing_elements_into_review_they_may_be_in_what_was_lost():
    record = analyze_transcript(call("da", NO_DISCLOSURE), doubts=DOUBT)
    assert record.verdict == Verdict.NEEDS_REVIEW
    assert codes(record)[0] == Code.LOW_CONFIDENCE and Code.NO_RECORDING_NOTICE in codes(record)


def test_a_clear_refusal_still_decides_and_the_doubt_is_noted():
    record = analyze_transcript(call("da", REFUSED), doubts=DOUBT)
    assert record.verdict == Verdict.NON_COMPLIANT and record.required_action == Action.DELETE_RECORDING
    assert codes(record) == [Code.CONSENT_REFUSED, Code.LOW_CONFIDENCE]


def test_verdicts_are_typed_and_serialise_as_plain_strings():
    record = analyze_transcript(call("da", COMPLIANT))
    assert record.verdict is Verdict.COMPLIANT and record.verdict == "compliant"
    assert '"verdict": "compliant"' in record.to_json()
