"""Round 26: readings found by held18's commonest misses under the `no` policy (a notice read out
with its "we" left unsaid, a bare "Okay?" after the notice as the request, and a caller who asks
who will hear it, says back what they learned and draws a yes from it).

Each rule is shown in wordings that are not the benchmarks', in Danish and Norwegian, together
with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. A notice that opens with our verb, its "we" unsaid ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Optager samtalen til brug for oplæring."),
    ("da", "Optager hele samtalen af hensyn til kvaliteten."),
    ("nb", "Tar opp samtalen for å lære opp nyansatte."),
    ("nn", "Tek opp denne samtalen for å betre tenesta."),
])
def test_a_notice_without_its_we_is_a_notice(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "recording_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Optager I samtalen?"),                                 # a question
    ("da", "Optager vi samtalen, får du besked først."),           # the verb first before its subject: a condition
    ("nb", "Tar dere opp samtalen nå?"),
    ("nb", "Tar vi opp samtalen, sier jeg ifra først."),
    ("da", "Optager ikke samtalen i dag."),                        # a "not"
    ("da", "Optage samtalen kan vi ikke."),                        # not the present tense
])
def test_look_alikes_of_a_notice_without_its_we_are_none(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is None or r.kind != "recording_notice", (text, r)


def test_a_notice_without_its_we_informs_under_the_no_policy() -> None:
    opening = ["Tar opp samtalen for å lære opp nyansatte.", INFO["nb"]]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "compliant" and "NO_RECORDING_NOTICE" not in codes, codes


def test_a_we_first_question_leaves_the_notice_missing() -> None:
    opening = ["Tar dere opp samtalen for å lære opp nyansatte?", INFO["nb"]]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "non_compliant" and "NO_RECORDING_NOTICE" in codes, codes


# --- 2. "Okay?" after the notice asks for consent --------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Okay?"),
    ("da", "OK?"),
    ("nb", "Ok?"),
    ("nb", "Okei?"),
])
def test_a_bare_okay_is_a_short_request(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is not None and r.kind == "consent_request", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Okay."),                    # no question: an answer, or a word that closes
    ("da", "Ikke okay?"),               # a "not"
    ("nb", "Ok, hva gjelder det?"),     # asks about the errand
])
def test_look_alikes_of_a_bare_okay_ask_nothing(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is None or r.kind != "consent_request", (text, r)


def test_okay_after_the_notice_is_the_request_answered_yes() -> None:
    opening = [NOTICE["da"], "Okay?", INFO["da"]]
    got, status, codes = verdict(call("da", opening, "Ja, fint med mig."), "dk")
    assert got == "compliant" and status == "given", codes


def test_okay_after_the_notice_answered_no_is_a_refusal() -> None:
    opening = [NOTICE["nb"], "Ok?", INFO["nb"]]
    got, status, codes = verdict(call("nb", opening, "Nei, helst ikke."), "no")
    assert got == "non_compliant" and status == "refused", codes


def test_okay_after_other_talk_is_no_request() -> None:
    opening = ["Jeg sender dig et nyt kort med posten.", "Okay?", NOTICE["da"], INFO["da"]]
    got, _, codes = verdict(call("da", opening, "Ja."), "dk")
    assert got == "non_compliant" and "NO_CONSENT_REQUEST" in codes, codes


# --- 8. A kind word for the one asked, in a clause of its own, asks nothing ------------------------

@pytest.mark.parametrize("lang,text,kind", [
    ("nb", "Får jeg lov til det, vennen min?", "consent_request"),
    ("da", "Er det i orden med dig, skat?", "consent_request"),
    ("da", "Har du noget imod det, min ven?", "negative_request"),
])
def test_a_request_ending_in_an_endearment_is_still_a_request(lang, text, kind) -> None:
    r = reading(lang, text, "request")
    assert r is not None and r.kind == kind, (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Er det i orden, at jeg ringer dig op i morgen, skat?"),   # asks something else
    ("nb", "Hva gjelder det, vennen?"),                                # asks the errand
])
def test_an_endearment_makes_no_request_of_another_question(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is None or r.kind != "consent_request", (text, r)


def test_a_request_ending_in_an_endearment_answered_yes() -> None:
    opening = [NOTICE["nb"], "Gir du meg lov til det, vennen min?"]
    got, status, codes = verdict(call("nb", opening, "Ja, det gjør jeg."), "no")
    assert got == "compliant" and status == "given", codes
