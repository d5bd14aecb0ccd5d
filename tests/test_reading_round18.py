"""Round 18: readings found by held13's falsely compliant calls.

Each rule is shown in wordings that are not held13's, in Danish and Norwegian (bokmål and nynorsk),
together with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, YES, verdict
from builders import read_as as reading
from builders import turns_call as call

from verifier import analyze_transcript

# --- 1. Being "on tape" is being recorded: refusing it withdraws ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "jeg ønsker ikke at være på bånd længere"),
    ("da", "jeg vil altså ikke være på båndet"),
    ("nb", "nei, jeg vil ikke være på tape lenger"),
    ("nb", "jeg vil ikke være på båndet"),
    ("nn", "eg ønskjer ikkje å vere på band meir"),
])
def test_refusing_to_be_on_tape_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "kassettebåndet er gået i stykker"),
    ("da", "jeg er blevet optaget på gymnasiet"),
    ("da", "stop betalingen til min søn"),
    ("nb", "jeg vil ikke ta opp et lån nå"),
    ("nb", "jeg har ikke båndet med meg"),
])
def test_look_alikes_of_tape_are_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


@pytest.mark.parametrize("lang,later", [
    ("da", "nu vil jeg ikke være på bånd mere"),
    ("nb", "jeg vil ikke være på tape lenger"),
    ("nn", "no vil eg ikkje vere på band lenger"),
])
def test_a_later_no_to_the_tape_withdraws(lang, later) -> None:
    for labels in (True, False):
        for policy in ("dk", "no"):
            got, _, codes = verdict(call(lang, [NOTICE[lang], INFO[lang]], None, labels=labels, after=later),
                                    policy)
            assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes, (labels, policy, codes)


# --- 2. A probability makes a notice vague ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Der er en vis sandsynlighed for, at vi optager samtalen."),
    ("da", "Det er sandsynligt at samtalen bliver optaget."),
    ("nn", "Det er sannsynleg at samtalen blir teken opp."),
    ("nb", "Sannsynligvis blir samtalen tatt opp."),
])
def test_a_probability_hedges_the_notice(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "vague_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen for at mindske sandsynligheden for fejl."),
    ("nb", "Vi tar opp samtalen for å redusere sannsynligheten for feil."),
    ("da", "Vi optager samtalen for at undgå risikoen for misforståelser."),
])
def test_a_probability_in_the_purpose_leaves_the_notice_definite(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "recording_notice", (text, r)


def test_a_probable_notice_is_no_notice_under_the_no_policy() -> None:
    got, _, codes = verdict(call("da", ["Der er en vis sandsynlighed for, at vi optager samtalen.",
                                        INFO["da"]]), "no")
    assert got != "compliant", codes


# --- 3. Coercion: the service tied to the recording ----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("nb", "uten at du godtar opptak kommer vi ikke videre med saken"),
    ("da", "uden at du siger ja til optagelsen kommer vi ikke videre med din sag"),
    ("nn", "me kan berre gje deg råd dersom samtalen vert teken opp"),
    ("da", "vi kan kun give dig råd hvis vi må optage samtalen"),
    ("da", "Din henvendelse kan kun tages telefonisk hvis vi optager."),
    ("nb", "Henvendelsen kan bare tas hvis vi får ta opp samtalen."),
])
def test_the_service_tied_to_the_recording_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True), text


@pytest.mark.parametrize("lang,text", [
    ("da", "vi optager kun samtalen hvis du siger ja"),  # the recording tied to the yes: as it should be
    ("nb", "saken din blir bare tatt opp med lederen hvis du ønsker det"),
    ("nb", "saken kan bare tas opp hvis du samtykker"),
    ("da", "vi kan kun give dig råd om lån hvis du er kunde"),  # a plain condition, not the recording
    ("nb", "vi kommer ikke videre uten kontonummeret ditt"),
    ("da", "uden at tage et lån op kommer du ikke videre med købet"),
    ("da", "hvis du vil stoppe betalingen, så sig det"),
])
def test_look_alikes_of_such_a_tie_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True) is None, text


def test_a_tie_in_a_run_on_request_is_coercion() -> None:
    opening = [NOTICE["nn"], "får eg lov å ta opp samtalen me kan berre gje deg råd dersom samtalen vert teken opp",
               INFO["nn"]]
    for policy in ("dk", "no"):
        got, _, codes = verdict(call("nn", opening, YES["nn"]), policy)
        assert got == "non_compliant" and "COERCIVE_REQUEST" in codes, (policy, codes)


# --- 4. A hoped-for "no": "forhåbentlig ikke" asks the negative way ---------------------------------

@pytest.mark.parametrize("lang,asked,reply", [
    ("da", "Det generer dig forhåbentlig ikke?", "hvor længe gemmer I optagelsen"),
    ("nb", "Det sjenerer deg forhåpentligvis ikke?", "hvor lenge blir opptaket lagret"),
    ("nn", "Det er forhåpentleg ikkje noko problem?", "kor lenge tek de vare på opptaket"),
])
def test_a_hoped_for_no_is_a_negative_request(lang, asked, reply) -> None:
    for policy in ("dk", "no"):
        got, _, codes = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], reply), policy)
        # review under the no policy; dk wants an explicit yes, so an unclear reply fails there
        assert got == ("needs_review" if policy == "no" else "non_compliant"), (policy, codes)
        assert "NEGATIVELY_PHRASED_REQUEST" in codes, (policy, codes)


@pytest.mark.parametrize("lang,text", [
    ("da", "Det gør forhåbentlig ikke ondt?"),
    ("da", "Kortet virker forhåbentlig ikke længere?"),
    ("nb", "Det regner forhåpentligvis ikke i morgen?"),
])
def test_other_hopes_are_no_request(lang, text) -> None:
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    s = meaning.sentence(text)
    assert meaning.short_request(s, load_bank(lang)) is None, text


def _timed(lines):
    return {"language": "da", "segments": [
        dict(start=a, end=b, speaker=s, text=t, **({"avg_logprob": lp} if lp is not None else {}))
        for a, b, s, t, lp in lines]}


def test_a_short_request_points_back_over_sentences_heard_too_weakly_to_say_anything():
    # A long notice sentence the recogniser broke into garbled pieces, then "Må vi det?".
    lines = [(0.0, 2.0, "agent", "Vi vil gerne optage samtalen", -0.3),
             (2.0, 4.0, "agent", "som vi kan tryne, og hun har måsme nævne", -0.9),
             (4.2, 5.0, "agent", "Vi er med at mætter og", -0.9),
             (5.2, 7.0, "agent", "Må vi det? Du kan altid bede mig om at stoppe optagelsen.", -0.3),
             (8.0, 9.0, "customer", "Ja, det må I godt.", -0.3)]
    record = analyze_transcript(_timed(lines), policy="dk")
    assert record.consent.status == "given"


def test_a_short_request_does_not_point_back_over_sentences_heard_well():
    lines = [(0.0, 2.0, "agent", "Samtalen optages.", None),
             (2.2, 4.0, "agent", "Jeg kan se du har en regning på 300 kr.", None),
             (4.2, 5.0, "agent", "Den forfalder i morgen.", None),
             (5.2, 6.0, "agent", "Er det ok?", None),
             (7.0, 8.0, "customer", "Ja.", None)]
    record = analyze_transcript(_timed(lines), policy="dk")
    assert record.consent.status != "given" and record.verdict != "compliant"
