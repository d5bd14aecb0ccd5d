"""Round 29: readings found by held20's falsely compliant calls (public-sector and healthcare
calls): a withdrawal that takes back the earlier yes or fronts the recording, a "not comfortable"
followed by a question, a recording announced "with your consent", a notice that is "not ruled
out", a service limited to recording with "ellers" and a duty, "we cannot ... unless it is
recorded", and a short objecting question with "fra din side".

Each rule is shown in wordings that are not the benchmarks', in Danish and Norwegian, together
with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, YES, verdict
from builders import read_as as reading
from builders import turns_call as call


def _conditioned(lang: str, text: str) -> bool:
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    bank = load_bank(lang)
    return meaning.conditioned(meaning.sentence(text, bank), bank)


def _kind(lang: str, text: str, kind: str) -> str | None:
    r = reading(lang, text, kind)
    return r.kind if r is not None else None


# --- 1. The earlier yes taken back: "that yes I gave ..., it no longer holds" -------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Det samtykke, jeg gav til optagelsen lige før, det gælder ikke længere."),
    ("da", "Det ja, som jeg sagde til optagelsen, det gælder ikke mere."),
    ("nb", "Det ja-et jeg sa til opptaket tidligere, det gjelder ikke lenger."),
])
def test_the_earlier_yes_taken_back_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is not None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Den rabat, jeg fik tilbudt før, den gælder ikke længere."),       # no yes, no recording
    ("da", "Det ja, jeg gav til tilbuddet før, det gælder ikke længere."),    # a yes to something else
    ("da", "Det ja, jeg gav til optagelsen før, det gælder stadig."),         # no "not"
    ("nb", "Det ja-et jeg ga til å ta opp et lån, det gjelder ikke lenger."),  # the loan, not the call
])
def test_look_alikes_of_a_yes_taken_back_are_not(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


# --- 2. The recording fronted, then "I won't" ----------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Det med optagelsen vil jeg nu ikke alligevel."),
    ("nb", "Det der med opptaket vil jeg likevel ikke."),
    ("nn", "Opptaket vil eg ikkje likevel."),
    ("da", "Det med båndoptageren vil jeg ikke."),
])
def test_the_recording_fronted_and_refused_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is not None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Det der med abonnementet vil jeg alligevel ikke."),   # another object
    ("da", "Det med optagelsen vil jeg gerne."),                  # no "not"
    ("da", "Det med optagelsen vil jeg ikke klage over."),        # a verb of its own follows
    ("nb", "Det der med opptak på skolen vil jeg ikke snakke om."),
])
def test_look_alikes_of_a_fronted_refusal_are_not(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


# --- 3. "Not comfortable with the recording", then a question of its own ------------------------

@pytest.mark.parametrize("lang,text", [
    ("nb", "Jeg er ikke komfortabel med at samtalen tas opp, kan dere slå det av?"),
    ("da", "Jeg er ikke komfortabel med, at samtalen optages, kan I slukke?"),
])
def test_not_comfortable_then_a_question_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is not None, text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Er du ikke komfortabel med at samtalen tas opp?"),                 # the question itself
    ("nb", "Jeg er ikke komfortabel med å betale med kort, kan dere sende en faktura?"),
    ("nb", "Jeg er ikke komfortabel med at det blir tatt opp et lån, kan du forklare?"),
])
def test_look_alikes_of_not_comfortable_are_not(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


# --- 4. A recording "with your consent" is conditioned: no definite notice ----------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Med din tilladelse optager vi samtalen."),
    ("nb", "Med ditt samtykke blir samtalen tatt opp."),
    ("nn", "Med ditt samtykke vert praten teken opp."),
])
def test_a_recording_with_your_consent_is_conditioned(lang, text) -> None:
    assert _conditioned(lang, text), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Med din henvendelse bliver samtalen optaget."),            # no yes in it
    ("da", "Vi optager samtalen, og det sker med dit samtykke."),       # the notice comes first
    ("nb", "Med ditt kundenummer klart blir samtalen tatt opp."),
])
def test_look_alikes_of_with_your_consent_are_not(lang, text) -> None:
    assert not _conditioned(lang, text), text


def test_with_your_consent_cannot_stand_in_for_the_definite_notice() -> None:
    opening = ["Med ditt samtykke blir samtalen tatt opp.", "Det gjør vi for å forbedre kundeservicen.", INFO["nb"]]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "non_compliant" and "NO_RECORDING_NOTICE" in codes


# --- 5. "Not ruled out that the call is recorded" is vague ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Det kan ikke udelukkes helt, men det er ikke udelukket, at samtalen optages."),
    ("da", "Det er ikke usandsynligt, at vi optager samtalen."),
    ("nb", "Det er ikke utelukket at samtalen blir tatt opp."),
])
def test_not_ruled_out_is_a_vague_notice(lang, text) -> None:
    assert _kind(lang, text, "notice") != "recording_notice", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Samtalen optages, og det er udelukket, at den deles med andre."),   # no "not"
    ("nb", "Samtalen blir tatt opp."),
])
def test_look_alikes_of_not_ruled_out_stay_definite(lang, text) -> None:
    assert _kind(lang, text, "notice") == "recording_notice", text


# --- 6. A service limited to recording, "ellers" a duty ------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Ansøgninger kan kun behandles med optagelse, ellers må du sende et brev."),
    ("nb", "Søknaden kan bare behandles med opptak, ellers må du møte opp på kontoret."),
    ("nn", "Saka kan berre handsamast med opptak, elles må du skrive til oss."),
])
def test_only_with_recording_else_a_duty_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False) is not None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Sagen kan kun oprettes med dit CPR-nummer, ellers må du ringe igen."),   # no recording
    ("da", "Vi optager kun med dit samtykke, ellers må du gerne sige nej."),          # an offer
    ("nb", "Vi tar bare opp med samtykke, ellers må du si fra."),                      # a way to object
])
def test_look_alikes_of_only_with_recording_are_not(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False) is None, text


# --- 7. "We cannot ... unless it is recorded" (that-clause order) --------------------------------

@pytest.mark.parametrize("lang,text", [
    ("nb", "Jeg skal si at vi ikke kan behandle klagen din med mindre samtalen blir tatt opp."),
    ("da", "Jeg må sige, at vi ikke kan se på din sag, medmindre samtalen optages."),
])
def test_we_cannot_unless_recorded_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False) is not None, text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Jeg skal si at vi ikke kan se saken din med mindre du logger inn."),       # no recording
    ("da", "Jeg må sige, at vi ikke kan optage samtalen, medmindre du siger ja."),    # the recording itself
])
def test_look_alikes_of_cannot_unless_are_not(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False) is None, text


# --- 8. A short objecting question "fra din side" ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Nogen indsigelser fra din side?"),
    ("nb", "Noen innvendinger fra din side?"),
])
def test_objections_from_your_side_is_a_negative_request(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is not None and r.kind == "negative_request", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Nogen spørgsmål fra din side?"),     # asks for questions, not objections
    ("da", "Fra din side?"),
])
def test_look_alikes_of_objections_from_your_side_are_not(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is None or r.kind != "negative_request", text


def test_a_yes_to_objections_from_your_side_needs_review_under_no() -> None:
    opening = [NOTICE["da"], "Nogen indsigelser fra din side?", INFO["da"]]
    got, _, codes = verdict(call("da", opening, "Slet ikke, bare optag."), "no")
    assert got == "needs_review" and "NEGATIVELY_PHRASED_REQUEST" in codes


def test_the_earlier_yes_taken_back_in_a_call_is_withdrawn() -> None:
    opening = [NOTICE["da"], "Er det i orden, at vi optager samtalen?", INFO["da"]]
    later = [("customer", "Jeg ringer om min boligstøtte."),
             ("customer", "Det ja, som jeg sagde til optagelsen, det gælder ikke længere.")]
    got, _, codes = verdict(call("da", opening, YES["da"], later=later), "dk")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes
