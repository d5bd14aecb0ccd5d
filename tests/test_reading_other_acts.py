"""A question about doing something else with the recording asks no leave to record.

"Kan jeg hjelpe deg med opptaket?" offers help; "Må vi slette optagelsen?" asks to delete it. A
modal of leave with "I" or "we" opens both, as it opens "Kan vi ta opp samtalen?", but the verb
after the pronoun is another act (a service, a stop or a delete, keeping or sending), and a
"Ja" to it is no consent to the recording. Read as a request, such a line made a call with a
notice and a "Ja" compliant.
"""

from __future__ import annotations

import pytest
from builders import call

from verifier import analyze_transcript

NOTICE = {
    "no": "Samtalen blir tatt opp for opplæring. Du kan når som helst be oss stoppe opptaket.",
    "da": "Samtalen bliver optaget for at uddanne vores medarbejdere. Du kan til enhver tid bede os stoppe optagelsen.",
}


def _record(lang: str, question: str):
    turns = [("a", 0.3, 5.0, NOTICE[lang]), ("a", 5.3, 7.0, question), ("c", 7.4, 8.0, "Ja.")]
    return analyze_transcript(call(lang, turns), policy="dk" if lang == "da" else "no")


@pytest.mark.parametrize("lang, question", [
    ("no", "Kan jeg hjelpe deg med opptaket?"),
    ("no", "For kan jeg hjelpe deg med opptaket?"),
    ("no", "Må vi slette opptaket?"),
    ("no", "Kan jeg bare sende deg opptaket?"),
    ("da", "Kan jeg hjælpe dig med optagelsen?"),
    ("da", "Kan jeg lige slette optagelsen?"),
    ("da", "Må vi gemme optagelsen?"),
])
def test_a_question_about_another_act_is_no_request(lang, question) -> None:
    record = _record(lang, question)
    assert record.verdict != "compliant"
    assert not record.findings.get("consent_request"), question


@pytest.mark.parametrize("lang, question", [
    ("no", "Kan vi ta opp samtalen?"),
    ("no", "Kan jeg gjerne starte opptaket?"),
    ("da", "Må vi optage samtalen?"),
    ("da", "Kan vi optage samtalen?"),
])
def test_leave_to_record_is_still_a_request(lang, question) -> None:
    record = _record(lang, question)
    assert record.verdict == "compliant", [r.code for r in record.reasons]
