"""Round 24: readings found by held17's falsely compliant calls and commonest misses (a refusal
pointing back to the recording named in the clause before it, a duty to record tied to helping
the caller, a notice hedged by "in periods" or by a later "it may well be", the caller's own
question before a yes in the same breath, a firm asking leave by its name, "jeg må høre, om ...",
and an "eller (hvad)?" tag after a short request).

Each rule is shown in wordings that are not the benchmarks', in Danish and Norwegian, together
with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import ASK, INFO, NOTICE, YES, answer_to, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. Withdrawal: the recording named in the clause before, then a refusal pointing back -------

@pytest.mark.parametrize("lang,text", [
    ("da", "hov, lydoptagelsen, den ønsker jeg ikke mere"),
    ("da", "og optagelsen, den vil jeg faktisk ikke have kørende"),
    ("nb", "altså opptaket, det vil jeg ikke ha lenger"),
    ("nn", "opptaket, det vil eg ikkje ha gåande"),
])
def test_a_refusal_pointing_back_to_the_recording_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "optagelsen, den vil jeg ikke slette"),           # keeps it
    ("da", "optagelsen er fin, men det vil jeg ikke betale"),  # refuses something else
    ("nb", "opptaket, vil jeg ikke det?"),                    # a question
])
def test_look_alikes_of_a_refusal_by_reference_are_none(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


def test_a_later_refusal_by_reference_withdraws_the_yes() -> None:
    later = [("customer", "Jeg ringer om en faktura."), ("customer", "nå ja, optagelsen, den ønsker jeg ikke mere")]
    got, _, codes = verdict(call("da", [NOTICE["da"], ASK["da"], INFO["da"]], YES["da"], later=later), "dk")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes, codes


# --- 2. Coercion: we must record if we are to help you ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vi bliver nødt til at optage samtalen, hvis vi skal kunne behandle din sag."),
    ("nb", "Jeg må ta opp samtalen hvis jeg skal hjelpe deg med dette."),
])
def test_a_duty_to_record_tied_to_helping_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi skal optage samtalen, hvis du siger ja."),               # no service named
    ("da", "Hvis vi skal optage, hjælper jeg dig bagefter."),           # the duty is in the if-clause
    ("nb", "Vi må ta opp samtalen hvis vi skal hjelpe deg bedre."),     # improving, not refusing
    ("da", "Vi skal optage samtalen, hvis vi ikke kan hjælpe dig."),    # a "not" in the condition
])
def test_look_alikes_of_a_duty_tied_to_help_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False) is None, text


def test_a_duty_tied_to_help_makes_the_call_non_compliant() -> None:
    opening = [NOTICE["nb"], "Vi må ta opp dette hvis vi skal kunne hjelpe deg.", ASK["nb"], INFO["nb"]]
    got, _, codes = verdict(call("nb", opening, YES["nb"]), "no")
    assert got == "non_compliant" and "COERCIVE_REQUEST" in codes, codes


# --- 3. Vague notice: "in periods", or "it may well be that yours is too" ------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager periodevis samtaler for at uddanne vores personale."),
    ("nb", "I perioder tar vi opp samtaler for opplæring."),
    ("da", "Hos os optages samtaler til træning, og det kan sagtens være, at din også bliver det."),
    ("nb", "Vi tar opp samtaler til opplæring, så det kan hende at denne blir tatt opp."),
])
def test_a_notice_hedged_is_vague(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert got is not None and got.kind == "vague_notice", (text, got)


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen til træning, så det kan godt være, at du hører et klik."),
    ("nb", "Samtalen blir tatt opp for opplæring, så vi kan hjelpe deg bedre."),
])
def test_look_alikes_of_a_hedged_notice_stay_definite(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert got is not None and got.kind == "recording_notice", (text, got)


# --- 4. The caller's own question, then a yes in the same breath ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "hvem lytter med? nåh, ja så er det i orden"),
    ("da", "hvor længe gemmer I den? okay, så er det fint"),
    ("nb", "hva sa du – å ja, det går fint"),
    ("nn", "kven høyrer på det? ja ja, då er det greitt"),
])
def test_a_yes_after_the_callers_own_question_is_given(lang, text) -> None:
    assert answer_to(lang, text).status == "given", text


@pytest.mark.parametrize("lang,text,status", [
    ("da", "hvem lytter med? nåh, nej så vil jeg ikke", "refused"),
    ("da", "hvem lytter med? øh, det ved jeg ikke", "ambiguous"),
    ("nb", "hvem hører på det?", "ambiguous"),
    ("da", "min adresse? ja, den har jeg lige her", "ambiguous"),  # a yes to something of the errand
    ("da", "hvem lytter med? ja, det er fint", "ambiguous"),  # unsettled: no "nå", no "så er det"
    ("nb", "hvem hører på det? ja da", "ambiguous"),
    ("nb", "hva sa du om prisen – ja, det går fint", None),  # asks about the errand: read as before
])
def test_what_follows_the_callers_question_is_not_made_a_yes(lang, text, status) -> None:
    got = answer_to(lang, text).status
    if status is None:
        from verifier.engine import consent
        from verifier.engine.phrases import load_bank
        bank = load_bank(lang)
        assert consent._answer_after_own_question(_units(lang, text), bank, lambda u: False) is None
    else:
        assert got == status, (text, got)


def _units(lang, text):
    from verifier.engine.findings import Unit
    from verifier.engine.phrases import load_bank
    from verifier.engine.text import fold, standard

    bank = load_bank(lang)
    return [Unit(0, 0.0, 2.0, "customer", text, standard(fold(text).split(), bank.spoken), frozenset(), False)]


def test_a_negatively_phrased_request_is_not_read_past_the_question() -> None:
    # To "har du noget imod ...?" yes and no swap: the rule reads only plain requests.
    assert answer_to("da", "hvem lytter med? nåh, ja så", negative=True).status != "given"


# --- 5. Requests: the firm by its name, "jeg må høre, om ...", "..., eller (hvad)?" -------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Må Danske Forsikring optage vores samtale?"),
    ("nb", "Kan Telenor ta opp samtalen?"),
    ("da", "Jeg må lige høre, om det er i orden, at vi optager opkaldet?"),
    ("nb", "Jeg må bare høre om det er greit at vi tar opp samtalen."),
    ("da", "Er det okay med dig, eller hvad?"),
    ("nb", "Er det greit for deg, eller?"),
])
def test_requests_in_these_shapes_are_read(lang, text) -> None:
    assert reading(lang, text, "request"), text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Kan Ola ta opp saken din?"),                 # takes up the errand, not the call
    ("da", "Må Peter tage et lån op?"),                  # a loan
    ("da", "Skal vi ringe dig op, eller?"),             # asks something else
    ("da", "Hvis det bliver aktuelt, må jeg høre, om vi må optage?"),  # a promise under a condition
])
def test_look_alikes_of_these_requests_are_none(lang, text) -> None:
    assert reading(lang, text, "request") is None, text


def test_a_request_by_name_with_a_yes_is_compliant_under_dk() -> None:
    opening = ["Vi optager samtalen for at forbedre vores service.", "Må Nordlys Energi optage samtalen?",
               INFO["da"]]
    got, status, codes = verdict(call("da", opening, YES["da"], labels=False), "dk")
    assert got == "compliant" and status == "given", codes
