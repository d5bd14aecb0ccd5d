"""Round 30: readings found by held20's lawful calls read as non-compliant: the caller's word in a
fronted "when" clause and the recording stopped in the main clause, a right told with the generic
"man" / "ein" or an empty subject ("der er adgang til at ..."), and the caller as the inverted
subject of a passive recording verb after a fronted adverb ("fra nu af bliver du optaget").

Each rule is shown in wordings that are not the benchmarks', in Danish and Norwegian, together
with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import ASK, YES, verdict
from builders import read_as as reading
from builders import turns_call as call


def _kind(lang: str, text: str, kind: str) -> str | None:
    r = reading(lang, text, kind)
    return r.kind if r is not None else None


# --- 1. "When you say so, the recording stops": the caller's word first -------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Når du beder om det, slukker vi for optagelsen."),
    ("da", "Hvis du giver besked, afbryder vi optagelsen."),
    ("da", "Straks du siger til, standses optagelsen."),
    ("nb", "Når du sier fra, stopper vi opptaket."),
    ("nn", "Om du ber om det, slår vi av opptaket."),
])
def test_your_word_then_the_recording_stopped_is_withdrawal_info(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info", context=True) is not None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Når du beder om det, stopper vi abonnementet."),        # another object
    ("da", "Hvis du siger til, starter optagelsen."),               # starts, not stops
    ("da", "Hvis du ikke siger til, stopper optagelsen ikke."),     # "not"
    ("da", "Når du beder om det, stopper optagelsen?"),             # a question
    ("nb", "Når du sier fra, stopper vi betalingen."),              # another object
    ("nb", "Når vi sier fra, stopper opptaket."),                   # we, not you
])
def test_look_alikes_of_your_word_then_stopped_are_not(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info", context=True) is None, text


# --- 2. A right told with the generic subject or an empty one -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Man kan til enhver tid bede os afbryde optagelsen."),
    ("da", "Man kan altid trække sit samtykke tilbage."),
    ("da", "Der er mulighed for at få optagelsen stoppet når som helst."),
    ("nn", "Ein kan når som helst be oss stanse opptaket."),
    ("nb", "Det er anledning til og det finnes mulighet for å trekke samtykket tilbake når som helst."),
])
def test_a_right_told_without_you_is_withdrawal_info(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info", context=True) is not None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Man kan ikke stoppe optagelsen."),                             # "not"
    ("da", "Man kan altid stoppe sin betaling."),                          # one's own other thing
    ("da", "Der er ikke adgang til at trække samtykket tilbage."),         # "not"
    ("da", "Der er mulighed for at stoppe abonnementet når som helst."),   # another object
    ("nb", "Ein kan alltid trekke søknaden sin tilbake."),                 # another object
])
def test_look_alikes_of_a_right_without_you_are_not(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info", context=True) is None, text


# --- 3. The caller as the inverted subject after a fronted adverb -------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Fra og med nu bliver du optaget."),
    ("da", "Af hensyn til kvaliteten bliver du optaget."),
    ("nb", "Fra dette øyeblikket blir du tatt opp."),
    ("nn", "No vert du teken opp."),
])
def test_you_inverted_after_a_fronted_adverb_is_a_notice(lang, text) -> None:
    assert _kind(lang, text, "notice") == "recording_notice", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Bliver du optaget, får du besked."),            # a condition, its verb first
    ("da", "Hvis du siger ja, bliver du optaget."),         # an if-clause before it
    ("da", "Til sommer bliver du optaget på skolen."),      # admitted to a school
    ("da", "Fra nu af bliver du ikke optaget."),            # "not"
    ("nb", "Blir du tatt opp?"),                            # a question
    ("nb", "Dersom du godtar det, blir du tatt opp."),      # an if-clause before it
])
def test_look_alikes_of_you_inverted_are_not_a_notice(lang, text) -> None:
    assert _kind(lang, text, "notice") != "recording_notice", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Måske bliver du optaget."),
    ("nb", "Kanskje blir du tatt opp."),
])
def test_you_inverted_with_a_modal_word_is_a_vague_notice(lang, text) -> None:
    assert _kind(lang, text, "notice") == "vague_notice", text


# --- whole calls --------------------------------------------------------------------------------

def test_a_call_with_the_new_readings_is_compliant_under_dk() -> None:
    opening = ["Fra og med nu bliver du optaget, så vi kan forbedre vores service.", ASK["da"],
               "Når du beder om det, slukker vi for optagelsen."]
    got, status, _ = verdict(call("da", opening, YES["da"]), "dk")
    assert (got, status) == ("compliant", "given")


def test_a_right_without_you_in_a_call_is_an_objection_option_under_no() -> None:
    opening = ["Vi tar opp samtalen for å kunne forbedre kundeservicen.",
               "Ein kan når som helst be oss stanse opptaket."]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "compliant" and "NO_OBJECTION_OPTION" not in codes


def test_the_stopped_look_alike_leaves_the_withdrawal_notice_missing() -> None:
    opening = ["Vi optager samtalen for at kunne forbedre vores service.", ASK["da"],
               "Når du beder om det, stopper vi abonnementet."]
    got, _, codes = verdict(call("da", opening, YES["da"]), "dk")
    assert got == "non_compliant" and "NO_WITHDRAWAL_NOTICE" in codes


# --- 4. The body that asks leave named by its kind: "Må klinikken optage samtalen?" -------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Må klinikken optage samtalen?"),
    ("da", "Kan forsikringsselskabet optage dette opkald?"),
    ("nb", "Får legekontoret ta opp denne samtalen?"),
])
def test_the_body_by_its_kind_asking_leave_is_a_request(lang, text) -> None:
    assert _kind(lang, text, "request") == "consent_request", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Må banken optage lånet?"),                 # takes up a loan: no call named
    ("da", "Må din søn optage samtalen?"),             # a possessive: not the body
    ("da", "Må klinikken optage din klage?"),          # another object
    ("nb", "Kan banken ta opp lånet?"),
])
def test_look_alikes_of_the_body_asking_leave_are_not(lang, text) -> None:
    assert _kind(lang, text, "request") != "consent_request", text


# --- 5. A reply that opens with a hesitation alone, or "why not?" ------------------------------

def _reply(lang: str, text: str, ask: str | None = None) -> str:
    opening = ["Vi optager samtalen for at kunne forbedre vores service." if lang == "da" else
               "Vi tar opp samtalen for å kunne forbedre kundeservicen.", ask or ASK[lang]]
    return verdict(call(lang, opening, text), "no")[1]


@pytest.mark.parametrize("lang,text", [
    ("da", "Mja – ja, det er i orden."),
    ("da", "Jamen hvorfor ikke?"),
    ("da", "Hvorfor ikke, det er fint."),
    ("nb", "Tja, ja, det går fint."),
    ("nn", "Kvifor ikkje?"),
])
def test_a_hesitation_or_why_not_before_a_yes_is_given(lang, text) -> None:
    assert _reply(lang, text) == "given", text


@pytest.mark.parametrize("lang,text,status", [
    ("da", "Tja.", "ambiguous"),                               # a hesitation alone
    ("da", "Tja, det er jeg ikke sikker på.", "ambiguous"),    # a doubt after it
    ("da", "Hvorfor?", "ambiguous"),                           # asks why
    ("da", "Hvorfor ikke bare lade være?", "ambiguous"),       # a question of its own
    ("da", "Hvorfor ikke? Hvad skal den bruges til?", "ambiguous"),
    ("da", "Mja, nej tak.", "refused"),
    ("nb", "Tja, kanskje.", "ambiguous"),
])
def test_look_alikes_of_a_hesitation_before_a_yes_are_not_given(lang, text, status) -> None:
    assert _reply(lang, text) == status, text


def test_why_not_to_a_negative_request_is_not_given() -> None:
    assert _reply("da", "Hvorfor ikke?", ask="Har du noget imod, at vi optager samtalen?") != "given"
