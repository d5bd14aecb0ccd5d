"""Round 21: readings found by held12's and held14's commonest misses (spoken and dialect forms,
leave given in other words, a statement asked by its tag, a request word lost to tolerance, a
recorder that records a channel, a caller's own question settled before a yes).

Each rule is shown in wordings that are not the benchmark's, in Danish and Norwegian (bokmål and
nynorsk), together with the look-alikes that must stay as they were: negations, hedges, conditions
and false friends.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, OBJECT, YES, answer_to, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. Spoken and dialect forms read as the written word ------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("nb", "Æ ska si det med en gang: samtalen bi tatt opp."),
    ("nb", "Vi gjør opptak a samtalen."),
    ("nn", "Samtalen e tatt opp av oss, som vanleg."),
    ("da", "Æ ska lige sige, at vi optager samtalen."),
])
def test_a_notice_in_spoken_forms(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "recording_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("nb", "Samtalen bi itj tatt opp."),
    ("nb", "Æ veit itj om samtalen bi tatt opp."),
    ("da", "Æ ved ikke, om vi optager samtalen."),
    ("da", "Æ ka' optage samtalen, hvis du vil."),
    ("nb", "Samtalen ka bi tatt opp."),
    ("nb", "Samtalen ka bli tatt opp for opplæring."),
])
def test_look_alikes_of_a_spoken_notice_are_no_notice(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is None or r.kind != "recording_notice", (text, r)


@pytest.mark.parametrize("lang,text,status", [
    ("nb", "det e fint for mæ", "given"),
    ("nn", "jada, det e heilt i orden", "given"),
    ("nb", "det e itj greit for mæ", "ambiguous|refused"),
    ("nb", "æ veit itj", "ambiguous"),
])
def test_answers_in_spoken_forms(lang, text, status) -> None:
    assert answer_to(lang, text).status in status.split("|"), text


@pytest.mark.parametrize("lang,text,said", [
    # Jutlandic "a" and "æ" are "jeg" next to a finite verb ...
    ("da", "a ska lige sige noget", ("jeg", "skal")),
    ("da", "Må a stoppe nu?", ("maa", "jeg")),
    ("da", "æ ringer om min regning", ("jeg", "ringer")),
    # ... and "æ" is the article before a noun: "æ samtale" is no "jeg samtale"
    ("da", "vi optager æ samtale", ("optager", "ae", "samtale")),
    ("da", "æ optagelse bliver slettet", ("ae", "optagelse")),
    # Norwegian "æ" is always "jeg"; "e" is "er", "itj" a "not"
    ("nb", "det e itj greit", ("det", "er", "ikke", "greit")),
])
def test_spoken_forms_are_read_in_their_place(lang, text, said) -> None:
    from verifier.engine.phrases import load_bank
    from verifier.engine.text import fold, standard

    got = standard(fold(text).split(), load_bank(lang).spoken)
    assert any(got[i : i + len(said)] == said for i in range(len(got))), got


def test_a_spoken_notice_makes_the_call_compliant_under_no() -> None:
    opening = ["Æ ska bare si at samtalen bi tatt opp for å forbedre kundeservicen.", OBJECT["nb"]]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "compliant", codes


# --- 2. Leave given to "you" in other words --------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Det kan du sagtens."),
    ("da", "Jamen det må I da gerne."),
    ("da", "Det gør du bare."),
    ("nb", "Det kan dere godt."),
    ("nn", "Det gjer de berre."),
    ("nb", "Javel, det går fint."),
])
def test_leave_given_is_a_yes(lang, text) -> None:
    assert answer_to(lang, text).status == "given", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Det kan du ikke."),
    ("da", "Det kan du godt spørge min mand om."),
    ("da", "Det gør I."),
    ("da", "Det gør I bare ikke."),
    ("nb", "Kan dere det?"),
    ("nb", "Det må dere gjerne forklare meg."),
    ("nb", "Javel."),
])
def test_look_alikes_of_leave_are_no_yes(lang, text) -> None:
    assert answer_to(lang, text).status != "given", text


def test_javel_then_no_refuses() -> None:
    assert answer_to("da", "Javel, nej tak.").status == "refused"


# --- 3. A statement asked by its tag, "Går det?", "all right" --------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Det er i orden for dig, ikke sandt?"),
    ("da", "Det er okay med dig, ik'?"),
    ("nb", "Det er greit for deg, ikke sant?"),
    ("nn", "Det er i orden for deg, ikkje sant?"),
    ("da", "Går det?"),
    ("da", "Er det alright med dig?"),
    ("nb", "Er det all right for deg?"),
])
def test_a_short_request_in_other_forms(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is not None and r.kind == "consent_request", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Det er fint, at du ringer, ikke?"),
    ("da", "Det er ikke i orden for dig, vel?"),
    ("nb", "Det går bra med deg, ikke sant?"),
    ("da", "Det var i orden, ik'?"),
    ("da", "Hvordan går det?"),
    ("da", "Går det godt med dig?"),
    ("nb", "Er det all right at du ringer tilbake?"),
])
def test_look_alikes_of_a_short_request(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is None or r.kind != "consent_request", (text, r)


def test_a_tagged_request_answered_yes_is_compliant() -> None:
    opening = [NOTICE["da"], "Det er i orden for dig, ikke sandt?", INFO["da"]]
    got, status, codes = verdict(call("da", opening, YES["da"]), "dk")
    assert got == "compliant" and status == "given", codes


# --- 4. A request word lost to tolerance is no request ---------------------------------------------

@pytest.mark.parametrize("lang,question", [
    ("nb", "Er det for deg selv eller for mora di?"),
    ("da", "Er det for dig selv eller for din søster?"),
])
def test_an_errand_question_is_no_request(lang, question) -> None:
    opening = [NOTICE[lang], OBJECT[lang], question]
    got, status, codes = verdict(call(lang, opening, "Det er for meg selv." if lang == "nb" else "Det er til mig."),
                                 "no")
    assert status == "not_requested" and got == "compliant", (status, codes)


def test_a_misspelt_request_word_still_asks() -> None:
    r = reading("nb", "Er det okej for deg?", "request")
    opening = [NOTICE["nb"], "Er det okej for deg?", INFO["nb"]]
    _, status, _ = verdict(call("nb", opening, YES["nb"]), "dk")
    assert status == "given", r


# --- 5. A recorder that records a channel withdraws nothing ----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Min boks er holdt op med at optage DR1, kan I hjælpe?"),
    ("nb", "Dekoderen har sluttet å ta opp TV 2, kan dere se på det?"),
    ("nn", "Boksen min har slutta å ta opp Viaplay."),
])
def test_recording_a_channel_is_no_withdrawal(lang, text) -> None:
    opening = [NOTICE[lang], "Er det i orden?" if lang == "da" else "Er det greit?", INFO[lang]]
    got, _, codes = verdict(call(lang, opening, YES[lang], later=[("customer", text)]), "dk")
    assert "CONSENT_WITHDRAWN" not in codes and got == "compliant", codes


@pytest.mark.parametrize("lang,text", [
    ("da", "Hold op med at optage mig."),
    ("da", "I skal holde op med at optage samtalen."),
    ("nb", "Slutt å ta opp samtalen."),
])
def test_stopping_the_recording_is_still_a_withdrawal(lang, text) -> None:
    opening = [NOTICE[lang], "Er det i orden?" if lang == "da" else "Er det greit?", INFO[lang]]
    got, _, codes = verdict(call(lang, opening, YES[lang], later=[("customer", text)]), "dk")
    assert "CONSENT_WITHDRAWN" in codes and got == "non_compliant", codes


@pytest.mark.parametrize("text", ["Må jeg optage Dem?", "Må vi optage Deres samtale?"])
def test_a_capitalised_you_is_no_name(text) -> None:
    r = reading("da", text, "request")
    assert r is not None and r.kind == "consent_request", (text, r)


# --- 6. The caller's own question, settled before a yes --------------------------------------------

ASK = {"da": "Er det i orden, at vi optager samtalen?", "nb": "Er det greit at vi tar opp samtalen?",
       "nn": "Er det greitt at vi tek opp samtalen?"}


@pytest.mark.parametrize("lang,reply", [
    ("da", "Hvem skal høre den? Ja ja, okay. Ja, det er fint."),
    ("nb", "Til opplæring? Å ja, da er det greit."),
    ("nb", "Hvor lenge lagres den? Ok. Ja, det går fint."),
])
def test_a_settled_question_then_yes_is_given(lang, reply) -> None:
    opening = [NOTICE[lang], ASK[lang], INFO[lang]]
    got, status, codes = verdict(call(lang, opening, reply), "dk")
    assert status == "given" and got == "compliant", (status, codes)


@pytest.mark.parametrize("lang,reply", [
    ("da", "Hvem skal høre den? Ja ja, okay."),
    ("da", "Hvem skal høre den? Ja? Det er fint."),
    ("nb", "Hvor lenge lagres den? Ok. Nei, det vil jeg ikke."),
    ("nb", "Hvem skal høre på det? Det er greit."),
])
def test_look_alikes_of_a_settled_question(lang, reply) -> None:
    opening = [NOTICE[lang], ASK[lang], INFO[lang]]
    got, status, codes = verdict(call(lang, opening, reply), "dk")
    assert status != "given" and got != "compliant", (status, codes)


@pytest.mark.parametrize("lang,ask,reply", [
    ("da", "Har du noget imod, at vi optager samtalen?", "Imod? Nej, overhovedet ikke."),
    ("nb", "Har du noe imot at vi tar opp samtalen?", "Imot? Nei, slett ikke."),
])
def test_an_echoed_objection_word_then_no_is_consent_to_a_negative_request(lang, ask, reply) -> None:
    got, status, codes = verdict(call(lang, [NOTICE[lang], ask, INFO[lang]], reply), "dk")
    assert status == "given" and got == "needs_review", (status, codes)


def test_an_objection_word_asked_about_is_no_echo() -> None:
    opening = [NOTICE["da"], "Har du noget imod, at vi optager samtalen?", INFO["da"]]
    got, status, codes = verdict(call("da", opening, "Imod hvad? Nej."), "dk")
    assert status != "given" and got != "compliant", (status, codes)


# --- 7. English loans for the purpose ----------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen til quality-formål."),
    ("da", "Det bruges til training af nye medarbejdere."),
    ("nb", "Opptaket brukes til quality assurance."),
])
def test_an_english_purpose_noun(lang, text) -> None:
    assert reading(lang, text, "purpose"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi holder quality time med familien."),
    ("nb", "Vi tar opp samtalen, ikke til training."),
])
def test_look_alikes_of_an_english_purpose(lang, text) -> None:
    assert not reading(lang, text, "purpose"), text


# --- 8. An answer to a question the caller did not hear ----------------------------------------------

@pytest.mark.parametrize("lang,reply", [
    ("da", "Nej— øh, hvad sagde du lige?"),
    ("nb", "Ja, nei, unnskyld, hva var det du sa?"),
])
def test_an_answer_then_what_did_you_say_is_unclear(lang, reply) -> None:
    got, status, codes = verdict(call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], reply), "no")
    assert status == "ambiguous" and got == "needs_review", (status, codes)


@pytest.mark.parametrize("lang,reply,want", [
    ("da", "Ja, det er fint. Hvad sagde du om prisen?", "given"),
    ("da", "Nej tak. Hvad sagde du, jeg skulle gøre med regningen?", "refused"),
    ("nb", "Nei, det vil jeg ikke. Hva sa du om regningen?", "refused"),
])
def test_look_alikes_of_what_did_you_say(lang, reply, want) -> None:
    _, status, codes = verdict(call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], reply), "no")
    assert status == want, (status, codes)


# --- 9. Opting out of something else is no way to object --------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("da", "Tryk 1 for at melde dig af nyhedsbrevet."),
    ("da", "Tast 1 for at sige nej til nyhedsbrevet."),
    ("da", "Du kan reservere dig mod vores nyhedsbrev."),
    ("nb", "Trykk 1 for å reservere deg mot nyhetsbrevet."),
    ("nn", "Trykk 1 for å melde deg av nyheitsbrevet."),
    ("nb", "Du kan si nei til markedsføring på e-post."),
])
def test_opting_out_of_something_else_is_no_objection(lang, sentence) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], sentence]), "no")
    assert got == "non_compliant" and "NO_OBJECTION_OPTION" in codes, codes


@pytest.mark.parametrize("lang,sentence", [
    ("da", "Tryk 1 for at melde dig af optagelsen."),
    ("da", "Du kan reservere dig mod optagelsen."),
    ("nb", "Trykk 1 for å melde deg av opptaket."),
    ("nb", "Du kan alltid si nei til det."),
])
def test_opting_out_of_the_recording_is_an_objection(lang, sentence) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], sentence]), "no")
    assert "NO_OBJECTION_OPTION" not in codes, codes
