"""Round 25: readings found by held18's falsely compliant calls and commonest misses (an objection
whose object is the recording, "ingen optagelse, ingen sag", "we can only <do it> if we record", a
tolerant withdrawal phrase whose object is really another noun, and "af hensyn til bevissikring").

Each rule is shown in wordings that are not the benchmarks', in Danish and Norwegian, together
with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import ASK, INFO, NOTICE, YES, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. Withdrawal: an objection whose object is the recording ------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg gør hermed indsigelse mod optagelsen."),
    ("da", "Efter databeskyttelsesreglerne gør jeg indsigelse mod lydoptagelsen."),
    ("da", "Jeg protesterer mod optagelsen af samtalen."),
    ("nb", "Jeg protesterer formelt mot opptaket."),
    ("nb", "Jeg motsetter meg opptaket av samtalen."),
])
def test_an_objection_to_the_recording_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg protesterer mod gebyret."),                          # another object
    ("nb", "Jeg motsetter meg prisøkningen."),
    ("da", "Du kan altid gøre indsigelse mod optagelsen."),          # the agent telling how
    ("da", "Jeg protesterer ikke mod optagelsen."),                  # a "not"
    ("nb", "Hvis jeg protesterer mot opptaket, hva skjer da?"),      # a question under a condition
])
def test_look_alikes_of_an_objection_to_the_recording_are_none(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


def test_a_later_objection_to_the_recording_withdraws_the_yes() -> None:
    later = [("customer", "Jeg ringer om min regning."), ("customer", "Jeg gør for resten indsigelse mod optagelsen.")]
    got, _, codes = verdict(call("da", [NOTICE["da"], ASK["da"], INFO["da"]], YES["da"], later=later), "dk")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes, codes


# --- 2. Coercion: "no recording, no service" ---------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Ingen optagelse, ingen behandling."),
    ("nb", "Ikke noe opptak, ingen hjelp."),
    ("nb", "Intet opptak, ingen sak."),
])
def test_no_recording_no_service_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Ingen optagelse af dit cpr-nummer, ingen sag."),   # the recording does not end its clause
    ("da", "Ingen optagelse, intet problem."),                 # no service denied
    ("nb", "Ingen opptak av kortnummeret ditt."),
])
def test_look_alikes_of_no_recording_no_service_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False) is None, text


# --- 3. Coercion: we can only do it if the call is recorded -------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Efter reglerne kan vi kun åbne depotet, hvis opkaldet bliver optaget."),
    ("nb", "Vi kan bare endre forsikringen når samtalen blir tatt opp."),
    ("da", "Jeg kan kun bestille kortet, hvis samtalen optages."),
])
def test_only_if_recorded_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi kan kun ændre adressen, hvis du har dit medlemsnummer."),   # another condition
    ("da", "Vi kan kun slette optagelsen, hvis du beder om det."),          # the action is the recording
    ("nb", "Vi kan bare åpne kontoen hvis samtalen ikke blir tatt opp."),  # a "not" in the condition
])
def test_look_alikes_of_only_if_recorded_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=False) is None, text


def test_only_if_recorded_makes_the_call_non_compliant() -> None:
    opening = [NOTICE["nb"], "Vi kan bare opprette lånet hvis samtalen blir tatt opp.", ASK["nb"], INFO["nb"]]
    got, _, codes = verdict(call("nb", opening, YES["nb"]), "no")
    assert got == "non_compliant" and "COERCIVE_REQUEST" in codes, codes


# --- 4. A tolerant withdrawal phrase whose object is another noun --------------------------------

def test_a_stop_whose_object_is_an_agreement_is_no_withdrawal() -> None:
    later = [("customer", "Jeg vil have stoppet den gamle bestilling, tak.")]
    got, _, codes = verdict(call("da", [NOTICE["da"], ASK["da"], INFO["da"]], YES["da"], later=later), "dk")
    assert got == "compliant" and "CONSENT_WITHDRAWN" not in codes, codes


@pytest.mark.parametrize("text", [
    "Jeg vil have stoppet den med det samme.",   # the call still its object
    "Jeg vil have stoppet det hele nu.",
])
def test_a_stop_without_another_noun_still_withdraws(text) -> None:
    later = [("customer", text)]
    got, _, codes = verdict(call("da", [NOTICE["da"], ASK["da"], INFO["da"]], YES["da"], later=later), "dk")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes, (text, codes)


# --- 5. Purpose: "af hensyn til bevissikring" ----------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Samtalen optages af hensyn til bevissikring."),
    ("nb", "Samtalen tas opp av hensyn til bevissikring i saken."),
])
def test_securing_evidence_is_a_purpose(lang, text) -> None:
    assert reading(lang, text, "purpose"), text
