"""Round 16: readings found by the held12 list's falsely compliant calls (written blind, first run after round 15).

Each rule is shown in wordings that are not held12's, in Danish and Norwegian (bokmål and nynorsk),
together with the look-alikes that must stay as they were. Only the dangerous direction was worked
on: calls that were read compliant while they were not.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, YES, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. Coercion worded as a wait or a place in the queue put on whoever refuses -------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Uden optagelse bliver der desværre en lang ventetid."),
    ("da", "Vil du ikke optages, så må du altså vente til i morgen."),
    ("da", "Vil du ikke optages, ryger du bagerst i køen."),
    ("da", "Så skal du vente på næste ledige rådgiver uden optagelse."),
    ("nb", "Uten opptak blir det dessverre lang ventetid."),
    ("nb", "Vil du ikke bli tatt opp, må du vente til neste uke."),
    ("nn", "Utan opptak må du venta til ein annan sakshandsamar er ledig."),
    ("nn", "Vil du ikkje bli teken opp, hamnar du bakarst i køa."),
])
def test_a_wait_or_the_back_of_the_queue_for_refusing_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Der er desværre lang ventetid i dag."),  # a wait, but not tied to the recording
    ("da", "Vil du ikke optages, er der ingen ventetid for det."),  # the wait denied
    ("da", "Du må vente et øjeblik, mens jeg finder din sag."),
    ("nb", "Det er dessverre lang ventetid på telefonen i dag."),
    ("nb", "Du må vente litt mens jeg slår opp saken din."),
    ("nn", "Du kjem bakarst i køa om du ringjer etter klokka fire."),
])
def test_a_wait_not_tied_to_the_recording_is_no_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion") is None, text


@pytest.mark.parametrize("lang,coercive", [
    ("da", "Uden optagelse må du vente en halv time på en anden medarbejder."),
    ("nb", "Uten opptak må du vente en halvtime på en annen saksbehandler."),
    ("nn", "Vil du ikkje bli teken opp, hamnar du bakarst i køa."),
])
def test_a_call_with_such_a_wait_is_not_compliant(lang, coercive) -> None:
    for policy in ("dk", "no"):
        got, _, codes = verdict(call(lang, [NOTICE[lang], coercive, INFO[lang]], YES[lang]), policy)
        assert got == "non_compliant" and "COERCIVE_REQUEST" in codes, (policy, codes)


# --- 2. A hedge said as a sentence of its own, then the that-clause: a vague notice ----------------

@pytest.mark.parametrize("lang,hedged", [
    ("da", "Det kan ske. At opkaldet bliver optaget til træning."),
    ("da", "Muligvis. At vi optager samtalen for at forbedre vores service."),
    ("nb", "Det kan hende. At samtalen blir tatt opp for opplæring."),
    ("nn", "Kanskje. At samtalen blir teken opp for å betre kundeservicen."),
])
def test_a_split_hedge_makes_the_notice_vague(lang, hedged) -> None:
    got, _, codes = verdict(call(lang, [hedged, INFO[lang]]), "no")
    assert got == "non_compliant" and "VAGUE_NOTICE" in codes, codes


@pytest.mark.parametrize("lang,told", [
    ("da", "Vi vil gerne oplyse. At samtalen bliver optaget for at forbedre vores service."),
    ("da", "Bare så du ved det. At samtalen optages til træning."),
    ("nb", "Bare så du vet det. At samtalen blir tatt opp for opplæring."),
])
def test_a_split_statement_stays_a_definite_notice(lang, told) -> None:
    got, _, codes = verdict(call(lang, [told, INFO[lang]]), "no")
    assert "VAGUE_NOTICE" not in codes and "NO_RECORDING_NOTICE" not in codes, codes


# --- 3. A negatively phrased request heard without its question mark ------------------------------

@pytest.mark.parametrize("lang,asked", [
    ("da", "øh har du nogen indvendinger imod at samtalen optages"),
    ("da", "Vi optager til træning. Har du noget imod det altså"),
    ("nb", "eh har du noen innvendinger mot at samtalen tas opp"),
    ("nn", "Vi tek opp samtalen for opplæring. Har du noko imot det då"),
])
def test_an_unmarked_negative_request_needs_review(lang, asked) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], YES[lang]), "no")
    assert got == "needs_review" and "NEGATIVELY_PHRASED_REQUEST" in codes, codes


def _unmarked(lang: str, text: str):
    from verifier.engine import findings, meaning
    from verifier.engine.phrases import load_bank

    return findings._unmarked_objection(meaning.sentence(text), load_bank(lang))


@pytest.mark.parametrize("lang,text", [
    ("da", "øh har du nogen indvendinger imod at samtalen optages"),
    ("nb", "eh har du noen innvendinger mot at samtalen tas opp"),
    ("nn", "har du noko imot det då"),
])
def test_the_unmarked_reading_reads_the_negative_kind(lang, text) -> None:
    assert _unmarked(lang, text).kind == "negative_request", text


@pytest.mark.parametrize("lang,text", [
    ("da", "øh har du nogen indvendinger imod at samtalen optages?"),  # marked: read as before
    ("da", "øh er det i orden at vi optager samtalen"),  # the positive kind is not added unmarked
    ("da", "har du noget imod at vente et øjeblik"),  # no recording in it
    ("nb", "eh er det greit at vi tar opp samtalen"),
    ("nb", "du har vel noe imot det"),  # does not open as a question
])
def test_the_unmarked_reading_adds_nothing_else(lang, text) -> None:
    assert _unmarked(lang, text) is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Har du noget imod det altså?"),
    ("nb", "Har du noe imot det da?"),
])
def test_a_tag_after_a_negative_short_request_changes_nothing(lang, text) -> None:
    assert reading(lang, text, "request").kind == "negative_request", text


# --- 4. The recording in a request's that-clause is asked about, not told -------------------------

@pytest.mark.parametrize("lang,asked", [
    ("da", "øh er det i orden at vi optager opkaldet"),
    ("da", "ehm har du nogen indvendinger mod at vi optager samtalen"),
    ("nb", "eh går det greit at vi tar opp samtalen"),
    ("nn", "eh går det an at vi tek opp samtala"),
])
def test_a_request_opening_as_a_question_is_no_definite_notice(lang, asked) -> None:
    purpose = {"da": "Det er til træning af vores medarbejdere.", "nb": "Det er for opplæring av nye ansatte.",
               "nn": "Det er for opplæring av nye tilsette."}[lang]
    got, _, codes = verdict(call(lang, [purpose, asked, INFO[lang]]), "no")
    assert got != "compliant" and "NO_RECORDING_NOTICE" in codes, codes


@pytest.mark.parametrize("lang", ["da", "nb", "nn"])
def test_a_notice_before_the_request_still_tells(lang) -> None:
    asked = {"da": "øh er det i orden", "nb": "eh er det greit", "nn": "eh er det greitt"}[lang]
    got, _, codes = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], YES[lang]), "no")
    assert "NO_RECORDING_NOTICE" not in codes, codes


# --- 5. A late wish to have the recording gone, or displeasure with it ----------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Den optagelse vil jeg have væk."),
    ("da", "Jeg er altså ikke glad for, at I optager mig."),
    ("nb", "Opptaket vil jeg ha vekk."),
    ("nb", "Jeg er ikke glad for at dere tar opp samtalen."),
    ("nn", "Eg er ikkje glad for at de tek opp samtalen."),
])
def test_wanting_the_recording_gone_or_disliking_it_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg vil have den gamle regning væk."),
    ("da", "Jeg er ikke glad for min nye måler."),
    ("nb", "Jeg vil ha den gamle måleren bort."),
    ("nn", "Eg er ikkje glad for rekninga mi."),
])
def test_wanting_something_else_gone_is_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


@pytest.mark.parametrize("lang,later", [
    ("da", "Jeg er ikke glad for den optagelse, sluk for den."),
    ("nb", "Det opptaket vil jeg ha bort."),
])
def test_such_a_late_wish_makes_the_call_non_compliant(lang, later) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], INFO[lang]], YES[lang], after=later), "no")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes, codes


@pytest.mark.parametrize("lang,text", [
    ("da", "Er du imod at blive optaget, så sig det bare nu"),  # a verb-first if, then a way to object
    ("da", "Har du noget imod optagelse så tryk 2"),
    ("nb", "Er du imot opptak så trykk 5"),
    ("nn", "Har du noko imot opptaket så sei frå no"),
])
def test_a_verb_first_if_with_a_way_to_object_is_no_unmarked_request(lang, text) -> None:
    assert _unmarked(lang, text) is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Har du indvendinger mod at blive optaget, kan du afvise det nu"),
    ("nb", "Har du innvendinger mot opptaket, kan du reservere deg nå"),
])
def test_a_verb_first_if_with_its_main_clause_to_the_caller_is_no_unmarked_request(lang, text) -> None:
    assert _unmarked(lang, text) is None, text
