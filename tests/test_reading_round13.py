"""Round 13: readings found by the held10 list's falsely compliant calls (written blind).

Each rule is shown in wordings that are not held10's (nor another split's), in Danish and Norwegian
(bokmål and nynorsk), together with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import ASK, INFO, NOTICE, YES, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. Coercion: closing the caller's case after a no --------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Hvis du ikke vil optages, må vi desværre lukke din sag."),
    ("da", "Fravælger du optagelse, afslutter vi henvendelsen og sagen her."),
    ("nb", "Hvis du ikke ønsker opptak, avslutter vi saken her."),
    ("nn", "Vil du ikkje bli teken opp, må vi dessverre avslutte saka di."),
])
def test_closing_the_case_after_a_no_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Siger du nej til optagelse, lukker vi ikke sagen."),
    ("da", "Når vi har talt færdig, lukker vi sagen."),
    ("da", "Du kan sige nej til optagelse, uden at vi lukker sagen."),
    ("nb", "Når saken er løst, avslutter vi saken."),
    ("nb", "Du kan si nei til opptak uten at vi lukker saken."),
])
def test_closing_the_case_denied_or_not_tied_to_a_no_is_no_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion") is None, text


@pytest.mark.parametrize("lang,penalty", [
    ("da", "Vil du ikke optages, må vi lukke din sag."),
    ("nb", "Vil du ikke bli tatt opp, må vi avslutte saken din."),
    ("nn", "Vil du ikkje bli teken opp, må vi avslutte saka di."),
])
def test_a_call_that_closes_the_case_after_a_no_is_not_compliant(lang, penalty) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], ASK[lang], penalty, INFO[lang]], YES[lang]), "no")
    assert got == "non_compliant" and "COERCIVE_REQUEST" in codes, (got, codes)


# --- 2. A withdrawal with a term of address after it -----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg fortryder det med optagelsen, skat."),
    ("da", "Søde, jeg har fortrudt optagelsen."),
    ("nn", "Eg angrar på opptaket, vennen min."),
    ("nb", "Jeg har ombestemt meg om opptaket, kjære."),
])
def test_a_regret_with_a_term_of_address_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal"), text


# --- 3. "I will not take part" after the recording named in the same sentence ----------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Det med optagelsen, jeg vil ikke være med alligevel."),
    ("da", "Jeg har tænkt over optagelsen - jeg vil ikke være med."),
    ("nb", "Når det gjelder opptaket, så vil jeg ikke være med likevel."),
    ("nn", "Det der med opptaket, eg vil ikkje vere med."),
])
def test_refusing_to_take_part_after_naming_the_recording_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Optagelsen er fin, jeg vil ikke være med i konkurrencen."),
    ("nb", "Opptaket er greit, men jeg vil ikke være med på kampanjen."),
])
def test_refusing_something_else_is_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


def test_refusing_to_take_part_without_the_recording_named_needs_context() -> None:
    assert reading("nn", "Eg vil ikkje vere med likevel.", "withdrawal", context=False) is None


# --- 4. A short request with a tag after the comma -------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Er det okay med dig, altså?"),
    ("da", "I orden for dig, du?"),
    ("nb", "Greit for deg, altså?"),
    ("nn", "Greitt for deg, vel?"),
])
def test_a_short_request_with_a_tag_is_a_request(lang, text) -> None:
    assert reading(lang, text, "request"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Er det okay, at jeg ringer tilbage, altså?"),
    ("da", "Hvad er dit kundenummer, altså?"),
    ("nb", "Er det greit at jeg ringer deg i morgen, du?"),
])
def test_other_questions_with_a_tag_are_no_request(lang, text) -> None:
    assert reading(lang, text, "request") is None, text


# --- 5. The recording a caller is asked to consent to is no notice ---------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vil du give dit samtykke til, at vi optager samtalen, så tryk 1."),
    ("nb", "Ønsker du å gi samtykke til at samtalen tas opp, trykk 1."),
    ("nn", "Vil du samtykke til at samtalen blir teken opp, trykk 2."),
])
def test_a_wished_consent_is_no_notice(lang, text) -> None:
    assert reading(lang, text, "notice") is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen, og vil du ikke give samtykke, så sig til."),
    ("nb", "Samtalen tas opp, og ønsker du ikke å samtykke, trykk 2."),
    ("nb", "Vi tar opp samtalen med ditt samtykke."),
])
def test_a_notice_beside_a_consent_stays_a_notice(lang, text) -> None:
    assert reading(lang, text, "notice"), text


@pytest.mark.parametrize("lang,vague,prompt", [
    ("da", "Samtaler kan blive optaget for at forbedre vores service.",
     "Vil du give samtykke til, at samtalen optages, så tryk 1."),
    ("nb", "Samtaler kan bli tatt opp for å forbedre kundeservicen.",
     "Ønsker du å gi samtykke til at samtalen tas opp, trykk 1."),
])
def test_a_vague_notice_is_not_made_definite_by_a_consent_prompt(lang, vague, prompt) -> None:
    got, _, codes = verdict(call(lang, [vague, prompt]), "no")
    assert got != "compliant", (got, codes)
