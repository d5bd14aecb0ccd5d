"""Round 23: readings found by held16's remaining misses and everyday_calls' da20 (a wish to record
with an opt-in key nobody pressed): the recording said to be on, "fedt" and "chill" as words of
acceptance, an opt-in key put as a condition of acceptance, a wish that depends on the key, "om
at" as no "if", the split "op taget", the agent's question that opens the errand in an unlabelled
call, "ta opp du" as leave, the Norwegian "op" for "opp", and a matter taken up "igjen".

Each rule is shown in wordings that are not the benchmarks', in Danish and Norwegian (bokmål and
nynorsk), together with the look-alikes that must stay as they were: negations, conditions, other
objects and questions about the recording.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, answer_to, key_after, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. Notice: the recording said to be on ("Vi har sat optagelsen af opkaldet i gang") --------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vi har sat optagelsen af opkaldet i gang."),
    ("da", "Optagelsen af samtalen kører nu."),
    ("da", "Bare så du ved det: optagelsen er startet."),
    ("nb", "Vi har satt opptaket av samtalen i gang."),
    ("nn", "Opptaket av samtala er i gang no."),
])
def test_the_recording_said_to_be_on_is_a_notice(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "recording_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg har sat optagelsen af koncerten i gang."),  # something else recorded
    ("da", "Optagelsen af samtalen er ikke i gang endnu."),  # a "not"
    ("da", "Siger du ja, sætter vi optagelsen af opkaldet i gang."),  # a condition, verb first
    ("nb", "Hvis du sier ja, setter jeg opptaket av samtalen i gang."),  # an if
    ("nb", "Nå går opptaket av fotballkampen."),
])
def test_look_alikes_of_the_recording_on_are_no_notice(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is None or r.kind != "recording_notice", (text, r)


def test_a_recording_on_and_a_yes_is_compliant_under_no() -> None:
    opening = ["Jeg har sat optagelsen af opkaldet i gang, det er til oplæring.",
               "Er det i orden med dig?", INFO["da"]]
    got, status, codes = verdict(call("da", opening, "Ja, det er fint."), "no")
    assert got == "compliant" and status == "given", (got, status, codes)


# --- 2. "fedt" as acceptable, "chill" as a yes ------------------------------------------------

def test_fedt_asks_for_acceptance_in_an_indirect_question() -> None:
    assert reading("da", "Så vil jeg gerne høre, om det er fedt, at vi optager opkaldet?", "request")
    assert reading("da", "Jeg vil høre, om det er fedt at tale med en rådgiver?", "request") is None


@pytest.mark.parametrize("text,status", [
    ("det er helt chill", "given"),
    ("chill", "given"),
    ("nej, det er ikke chill", "refused"),
])
def test_chill_answers_yes_unless_negated(text, status) -> None:
    assert answer_to("da", text).status == status, text


# --- 3. An opt-in key put as a condition of acceptance ----------------------------------------

@pytest.mark.parametrize("lang,opening,yes_key,no_key", [
    ("da", ["Vi optager alle opkald til oplæring.", "Du kan altid trække dit samtykke tilbage.",
            "Hvis det er i orden, at vi optager, så tryk 3.", "Er det ikke i orden, tryk 4."], "3", "4"),
    ("nb", ["Samtalen blir tatt opp for opplæring.", "Du kan når som helst be oss stoppe opptaket.",
            "Om du er komfortabel med at vi tar opp, trykk 2.", "Er du ikke det, trykk 3."], "2", "3"),
])
def test_a_key_whose_condition_is_acceptance_opts_in(lang, opening, yes_key, no_key) -> None:
    got, status, _ = verdict(call(lang, opening, events=key_after(opening, yes_key)), "dk")
    assert got == "compliant" and status == "given", (got, status)
    got, status, _ = verdict(call(lang, opening, events=key_after(opening, no_key)), "dk")
    assert got == "non_compliant" and status == "refused", (got, status)


def test_acceptable_words_told_not_asked_make_no_opt_in() -> None:
    opening = ["Vi optager samtalen til oplæring, det har vi lov til at gøre.",
               "Du kan altid trække dit samtykke tilbage.", "Tryk 5 for at fortsætte."]
    got, status, _ = verdict(call("da", opening, events=key_after(opening, "5")), "dk")
    assert got != "compliant" and status != "given", (got, status)


# --- 4. A wish to record that depends on an opt-in key nobody pressed -------------------------

WISH_OPENINGS = [
    ("da", ["Vi ønsker at optage opkaldet, så vi kan uddanne vores rådgivere.",
            "Tryk 1, hvis du giver samtykke til, at opkaldet optages.", INFO["da"]], "1"),
    ("nb", ["Vi vil gjerne ta opp samtalen for å lære opp nye ansatte.",
            "Trykk 4 hvis du godtar at samtalen blir tatt opp.", INFO["nb"]], "4"),
]


@pytest.mark.parametrize("lang,opening,key", WISH_OPENINGS)
def test_a_wish_with_an_opt_in_not_pressed_is_no_notice_under_no(lang, opening, key) -> None:
    got, status, codes = verdict(call(lang, opening), "no")
    assert got != "compliant" and "VAGUE_NOTICE" in codes, (got, status, codes)
    got, status, _ = verdict(call(lang, opening, labels=False), "no")
    assert got != "compliant", (got, status)


@pytest.mark.parametrize("lang,opening,key", WISH_OPENINGS)
def test_a_wish_with_the_opt_in_pressed_stays_compliant(lang, opening, key) -> None:
    got, status, codes = verdict(call(lang, opening, events=key_after(opening, key)), "no")
    assert got == "compliant" and status == "given", (got, status, codes)


def test_a_definite_notice_with_an_opt_in_not_pressed_is_untouched_under_no() -> None:
    opening = [NOTICE["da"], "Tryk 1, hvis du giver samtykke til, at opkaldet optages.", INFO["da"]]
    got, _, codes = verdict(call("da", opening), "no")
    assert "VAGUE_NOTICE" not in codes and "NO_RECORDING_NOTICE" not in codes, (got, codes)


# --- 5. "om at" / "om å" after a verb is no "if" ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Du kan altid bede os om at slette optagelsen."),
    ("nb", "Du kan når som helst be oss om å slette opptaket."),
])
def test_asking_us_to_delete_is_no_condition(lang, text) -> None:
    assert reading(lang, text, "condition") is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "ja, om I sletter den bagefter"),
    ("nb", "greit, om dere sletter opptaket etterpå"),
])
def test_if_you_delete_it_afterwards_stays_a_condition(lang, text) -> None:
    assert reading(lang, text, "condition") is not None, text


# --- 6. The split "op taget" / "op tager" ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Er du indforstået med at blive op taget?",
    "Er det okay, at vi op tager samtalen?",
])
def test_the_split_recording_verb_asks(text) -> None:
    assert reading("da", text, "request"), text


def test_op_before_another_verb_is_no_recording() -> None:
    assert reading("da", "Er det okay, at jeg går op og tager en kop kaffe?", "request") is None


# --- 7. The agent's question that opens the errand, in an unlabelled call -------------------

@pytest.mark.parametrize("lang,question", [
    ("da", "Og hvad handler det om?"),
    ("nb", "Så, hva dreier det seg om?"),
    ("nb", "Flott, hva kan jeg hjelpe deg med?"),
])
def test_an_errand_question_after_a_notice_is_no_unclear_answer(lang, question) -> None:
    opening = [NOTICE[lang], INFO[lang]]
    later = [("agent", question), ("customer", "Ja, det gælder min regning." if lang == "da"
                                   else "Ja, det gjeld rekninga mi.")]
    got, status, codes = verdict(call(lang, opening, later=later, labels=False), "no")
    assert got == "compliant" and "CONSENT_AMBIGUOUS" not in codes, (got, status, codes)


@pytest.mark.parametrize("lang,question", [
    ("da", "Hvad skal det bruges til?"),
    ("nb", "Hvem skal høre på det?"),
])
def test_a_question_about_the_recording_stays_unclear(lang, question) -> None:
    opening = [NOTICE[lang], INFO[lang]]
    got, status, codes = verdict(call(lang, opening, question, labels=False), "no")
    assert got != "compliant", (got, status, codes)


def test_an_errand_like_question_right_after_a_request_may_be_the_callers() -> None:
    # after a request, "what is it about?" may be the caller asking: it stays a possible answer
    opening = [NOTICE["da"], "Må vi optage opkaldet?", INFO["da"]]
    later = [("customer", "Og hvad handler det om?"), ("agent", "Det er til oplæring af nye kolleger."),
             ("customer", "nå, ja okay")]
    got, status, codes = verdict(call("da", opening, later=later, labels=False), "dk")
    assert got != "compliant", (got, status, codes)


def test_a_yes_after_a_labelled_errand_question_is_no_answer() -> None:
    opening = [NOTICE["nb"], "Vil du ikke bli tatt opp, så si fra."]
    later = [("agent", "Ja, da tar vi tak i det, hva trenger du?"), ("customer", "Ja, jeg lurte på fakturaen.")]
    got, status, codes = verdict(call("nb", opening, later=later), "no")
    assert got == "compliant" and "CONSENT_AMBIGUOUS" not in codes, (got, status, codes)


# --- 8. "ja, ta opp du": leave to record, in an unlabelled call -----------------------------

def test_take_it_you_is_leave_in_an_unlabelled_call() -> None:
    opening = [NOTICE["nb"], "Er det greit at vi tar opp?", INFO["nb"]]
    got, status, _ = verdict(call("nb", opening, "ja, ta opp du", labels=False), "dk")
    assert got == "compliant" and status == "given", (got, status)


def test_take_it_you_with_a_condition_is_not_a_plain_yes() -> None:
    opening = [NOTICE["nb"], "Er det greit at vi tar opp?", INFO["nb"]]
    got, status, _ = verdict(call("nb", opening, "ja, ta opp du, men ikke del det med noen", labels=False), "dk")
    assert got != "compliant", (got, status)


# --- 9. Norwegian "op" for "opp" ------------------------------------------------------------

def test_op_is_opp_in_norwegian_so_a_short_request_points_back() -> None:
    opening = ["Vi tar op samtalen for å lære opp nye folk.", "Går det bra?", INFO["nb"]]
    got, status, _ = verdict(call("nb", opening, "nei, helst ikke"), "no")
    assert got == "non_compliant" and status == "refused", (got, status)
    got, status, _ = verdict(call("nb", opening, "ja, det går bra", labels=False), "dk")
    assert got == "compliant" and status == "given", (got, status)


# --- 10. A matter taken up "igjen" is no request -------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("nb", "kan vi ta opp igjen saken om regningen?"),
    ("nn", "Kan me ta opp att klaga di?"),
    ("da", "Må vi optage lige sagen igen?"),
])
def test_a_matter_taken_up_again_is_no_request(lang, text) -> None:
    assert reading(lang, text, "request") is None, text


def test_the_call_taken_up_again_still_asks() -> None:
    assert reading("nb", "Kan vi ta opp samtalen igjen?", "request")


def test_a_hyphened_recording_button_is_no_other_object() -> None:
    # "optag-knappen" is one word heard in two: pressing the record button asks leave
    assert reading("da", "Må jeg trykke på optag-knappen?", "request")
