"""Round 19: readings found by held13's misses (purposes, notices and answers in new words).

Each rule is shown in wordings that are not held13's, in Danish and Norwegian (bokmål and nynorsk),
together with the look-alikes that must stay as they were: negations, hedges, conditions and
false friends.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, OBJECT, YES, answer_to, key_after, verdict
from builders import read_as as reading
from builders import turns_call as call

from verifier.engine import findings, meaning
from verifier.engine.phrases import load_bank

# --- 1. A purpose said as a so-that clause, a use, a reason or a proof -----------------------------

@pytest.mark.parametrize("lang,text", [
    # so that someone can give feedback or guidance (a purpose noun after the modal)
    ("da", "Vi optager samtalen, så vores ledere kan give feedback til medarbejderne."),
    ("nb", "Vi tar opp samtalen slik at lederne kan gi de ansatte tilbakemelding."),
    ("nn", "Vi tek opp samtalen slik at leiarane kan gje rådgjevarane rettleiing."),
    # so that we can listen back (a verb of checking, farther from the modal)
    ("da", "Vi gemmer optagelsen, så vores coaches bagefter kan lytte den igennem."),
    # so that we can prove / raise the level
    ("da", "Vi optager samtalen, så vi senere kan bevise, hvad vi aftalte."),
    ("nb", "Vi tar opp samtalen så vi kan løfte kvaliteten på rådgivningen."),
    # kept as proof
    ("da", "Samtalen optages som bevismateriale, hvis der kommer en klage."),
    ("nb", "Opptaket lagres som bevis dersom det blir uenighet om avtalen."),
    # the reason is that ...
    ("nb", "Bakgrunnen er at vi ønsker å heve kvaliteten på tjenestene våre."),
    ("da", "Baggrunden er, at vi gerne vil forbedre vores rådgivning."),
    # we use it when we train
    ("da", "Vi bruger optagelsen, når vi oplærer nye kolleger."),
    ("nb", "Vi bruker opptaket når vi lærer opp nye kolleger."),
])
def test_a_purpose_in_other_words(lang, text) -> None:
    assert reading(lang, text, "purpose"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen, så kan du altid stoppe den."),
    ("da", "Vi optager samtalen, så du kan få en kopi."),
    ("da", "Vi optager samtalen, så vi ikke kan give feedback."),
    # guidance given to the caller is the errand, not what the recording is for
    ("da", "Vi optager samtalen, så vores rådgivere kan give dig vejledning om dit lån."),
    ("da", "Vi bruger det ikke, når vi oplærer nye medarbejdere."),
    ("da", "Vi bruger det, når du ringer igen."),
    ("nb", "Slik gjør vi det hos oss."),
    ("nb", "Vi sender det når vi har lest det."),
])
def test_look_alikes_of_a_purpose_are_none(lang, text) -> None:
    assert reading(lang, text, "purpose") is None, text


def test_a_so_that_purpose_makes_the_no_policy_call_compliant() -> None:
    opening = ["Vi optager samtalen, så vores teamledere kan give feedback til rådgiverne.", INFO["da"]]
    got, _, codes = verdict(call("da", opening), "no")
    assert got == "compliant", codes


# --- 2. Withdrawal information: "og kan altid", a "no longer" then "tell us", "tage det tilbage" ---

@pytest.mark.parametrize("lang,text", [
    ("nb", "Du velger selv og kan når som helst be oss slå av opptaket."),
    ("da", "Du bestemmer selv og kan til enhver tid bede os slå optagelsen fra."),
    ("nb", "Om du etter hvert ikke vil bli tatt opp lenger, gi oss beskjed."),
    ("da", "Ønsker du ikke længere at blive optaget, så giv os besked."),
    ("da", "Dit samtykke er frivilligt, og du kan tage det tilbage når som helst."),
])
def test_withdrawal_information_in_other_words(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info", context=True), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Hvis du på et tidspunkt ikke vil betale længere, så sig til."),
    ("da", "Du bestemmer selv og kan altid få os til at sende dig en kopi."),
    ("da", "Du kan tage din klage tilbage når som helst."),
    ("da", "Du kan ikke slå optagelsen fra."),
    ("nb", "Du kan ikke be oss slå av opptaket."),
])
def test_look_alikes_of_withdrawal_information_are_none(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info", context=True) is None, text


# --- 3. Notices: the caller or what is said as the subject, the recorder on, "recorde" ------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Til orientering: De bliver optaget nu."),
    ("nb", "Bare så du vet det: du blir tatt opp."),
    ("nb", "Til orientering: De blir tatt opp til kvalitetsformål."),
    ("da", "De bliver optaget på bånd."),
    ("da", "Alt hvad vi taler om i dag bliver optaget."),
    ("nb", "Alt du sier i dag blir tatt opp."),
    ("da", "Optageren kører under hele samtalen."),
    ("nb", "Vi har satt opptakeren i gang."),
    # a run-on clause after it, with its own "not" and "if", leaves the recorder on
    ("nb", "opptakeren går nå for opplæring om du ikke vil bli tatt opp lenger så si fra"),
    ("da", "vi recorder hele opkaldet"),
    ("nb", "samtalen recordes"),
    ("nb", "Samtalen er i ferd med å bli tatt opp."),
])
def test_a_notice_in_other_words(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "recording_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Du bliver måske optaget."),
    ("da", "De kan blive optaget."),
    ("da", "Optageren kører måske."),
    ("nb", "Opptakeren går kanskje under samtalen."),
])
def test_a_hedged_notice_of_these_kinds_stays_vague(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "vague_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Hvis du bliver optaget, får du besked."),
    ("da", "Du bliver ikke optaget."),
    ("da", "Du er blevet optaget på uddannelsen."),
    ("nb", "Du blir tatt opp som medlem i klubben."),
    ("nb", "du blir tatt opp på skolen"),
    ("da", "Optageren er ikke tændt."),
    ("da", "Hvis optageren kører, siger jeg til."),
    ("da", "Optageren er gået i stykker."),
    ("da", "Vi har slukket optageren."),
    ("da", "Vi recorder ikke samtalen."),
    ("nb", "Kjører opptakeren?"),
    ("da", "De er optaget i øjeblikket."),  # busy, not recorded
])
def test_look_alikes_of_these_notices_are_none(lang, text) -> None:
    assert reading(lang, text, "notice") is None, text


def test_a_hedged_caller_notice_is_no_notice_under_the_no_policy() -> None:
    got, _, codes = verdict(call("da", ["Du bliver måske optaget af hensyn til kvaliteten.", INFO["da"]]), "no")
    assert got != "compliant", codes


# --- 4. Requests: heard without the mark, "til at", "sige god for", "villig" ------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Siger du god for, at samtalen optages?"),
    ("nb", "Sier du god for at vi tar opp samtalen?"),
    ("da", "Er du villig til, at vi optager samtalen?"),
    ("da", "Siger du god for det?"),
])
def test_a_request_in_other_words(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is not None and r.kind == "consent_request", (text, r)


@pytest.mark.parametrize("lang,asked", [
    ("da", "øh må jeg få dit ja til at vi optager"),
    ("da", "kan vi få lov til at lave en optagelse af vores samtale"),
    ("nn", "kan me få lov til å ta opp samtalen vår"),
])
def test_an_unmarked_request_is_a_request(lang, asked) -> None:
    for policy in ("dk", "no"):
        got, status, codes = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], YES[lang]), policy)
        assert got == "compliant" and status == "given", (policy, codes)


@pytest.mark.parametrize("lang,text", [
    ("da", "er det okay at vi optager samtalen så vi kan forbedre os"),
    ("da", "kan du give mig dit kundenummer til at finde sagen"),
])
def test_unmarked_look_alikes_are_no_request(lang, text) -> None:
    assert findings._request(meaning.sentence(text), load_bank(lang)) is None, text


# --- 5. Negatively phrased requests: a hope, "De", "modstander", "protestere", "hellere slippe" ----

@pytest.mark.parametrize("lang,asked", [
    ("da", "Forhåbentlig har du ingen indvendinger mod, at vi optager?"),
    ("da", "De har vel ikke noget imod det?"),
    ("nb", "Du er vel ikke motstander av at vi tar opp samtalen?"),
    ("da", "Protesterer du mod, at vi optager samtalen?"),
    ("da", "vil du hellere slippe for optagelsen"),
    ("nb", "Vil du heller være foruten opptaket?"),
])
def test_a_negatively_phrased_request_in_other_words(lang, asked) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], YES[lang]), "no")
    assert got == "needs_review" and "NEGATIVELY_PHRASED_REQUEST" in codes, codes


@pytest.mark.parametrize("lang,text", [
    ("da", "Vil du hellere tale med en anden?"),
    ("da", "Vil du hellere slippe for optagelse, så sig det."),
    ("nb", "Vil du heller ikke bli tatt opp?"),
    ("da", "Vil du hellere slippe for at vente i køen?"),
    ("da", "vil du hellere slippe for optagelsen så tryk 2"),
])
def test_other_rather_questions_are_not_negative_requests(lang, text) -> None:
    assert meaning.rather_not(meaning.sentence(text), load_bank(lang)) is None, text


def test_a_request_run_on_after_a_notice_is_still_read() -> None:
    # the recogniser ran the notice and a capitalised "Ville ..." question together
    opening = ["samtalen optages til træning Ville det genere dig med en optagelse af opkaldet?", INFO["da"]]
    got, _, codes = verdict(call("da", opening, YES["da"]), "no")
    assert got == "needs_review" and "NEGATIVELY_PHRASED_REQUEST" in codes, codes


# --- 6. Coercion: a precondition far from the recording, "takke nej", a lost benefit --------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Det er en betingelse for, at vi kan behandle din sag her, at du accepterer optagelsen."),
    ("nb", "Takker du nei til opptaket, kan vi dessverre ikke fullføre bestillingen."),
    ("da", "Siger du nej til optagelsen, går du glip af rabatten."),
    ("nb", "Vil du ikke bli tatt opp, mister du bonusen din."),
    # an unnamed service refused right before "without the recording"
    ("da", "vi kan desværre ikke ordne det uden optagelse"),
    ("nb", "vi får ikke gjort det uten opptak"),
])
def test_coercion_in_other_words(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Hvis du ikke vil optages, mister du ikke din rabat."),
    ("da", "Optagelsen er ikke en betingelse for, at vi kan hjælpe dig."),
    ("nb", "Du mister ikke bonusen din om du sier nei til opptak."),
    ("da", "Vi kan ikke starte optagelsen uden dit ja."),
    ("da", "Vi kan godt klare det uden optagelse."),
])
def test_look_alikes_of_coercion_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True) is None, text


# --- 7. Withdrawal: an order to destroy or shred the recording; admitted "som medlem" -------------

@pytest.mark.parametrize("lang,text", [
    ("da", "jeg vil have optagelsen destrueret"),
    ("nb", "makuler opptaket med en gang"),
    ("nn", "opptaket skal makulerast no"),
])
def test_destroying_the_recording_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "jeg vil have mine gamle papirer makuleret"),
    ("nb", "kan dere makulere de gamle brevene mine"),
    ("nn", "eg vil ikkje bli teken opp som medlem i laget"),
    ("da", "jeg vil ikke optages som medlem i foreningen"),
])
def test_look_alikes_of_destroying_are_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


# --- 8. Answers: a go-ahead, leave granted, an inverted yes, "yes", "absolutt"; refusals ----------

@pytest.mark.parametrize("lang,text", [
    ("da", "ja ja, bare optag"),
    ("da", "optag du bare"),
    ("nb", "ja, bare ta det opp"),
    ("da", "ja, det har I lov til"),
    ("nb", "ja det har dere lov til"),
    ("nb", "ja, det får du gjerne"),
    ("nb", "okei, for min del er det fint"),
    ("da", "okay, for min skyld er det fint"),
    ("da", "yes, det er i orden"),
    ("nb", "ja absolutt, det går bra"),
    ("nb", "joda, det er greit"),
    ("da", "det kan jeg godt gå med til, ja"),
    ("nb", "i orden, men bare til opplæring"),
])
def test_a_yes_in_other_words(lang, text) -> None:
    assert answer_to(lang, text).status == "given", text


@pytest.mark.parametrize("lang,text", [
    ("da", "optag ikke"),
    ("da", "absolut ikke"),
    ("nb", "absolutt ikke"),
    ("da", "det har I ikke lov til"),
    ("da", "det kan jeg ikke gå med til, ja"),
    ("nb", "ja, men ikke ta det opp"),
    ("da", "ikke i orden"),
])
def test_look_alikes_of_a_yes_are_not_given(lang, text) -> None:
    assert answer_to(lang, text).status != "given", text


@pytest.mark.parametrize("lang,text", [
    ("da", "jeg har det altså skidt med optagelser"),
    ("nb", "jeg har det ikke bra med opptak"),
    ("da", "Nej, det frabeder jeg mig."),
    ("nb", "Det vil jeg frabe meg."),
    ("da", "det er jeg ikke meget for"),
])
def test_a_refusal_in_other_words(lang, text) -> None:
    assert answer_to(lang, text).status == "refused", text


# --- 9. Key prompts: each key after its own words; "hvis samtalen må optages" ---------------------

@pytest.mark.parametrize("lang,prompt,yes,no", [
    ("nb", "for ja til opptak trykk 4 for nei til opptak trykk 5", "4", "5"),
    ("da", "vil du acceptere optagelsen tast 2 vil du afvise den tast 3", "2", "3"),
    ("da", "Hvis samtalen må optages, tast 6. Ellers tast 7.", "6", "7"),
    ("nb", "Om samtalen får tas opp, trykk 1. Hvis ikke, trykk 2.", "1", "2"),
])
def test_a_key_prompt_in_other_words(lang, prompt, yes, no) -> None:
    opening = [NOTICE[lang], INFO[lang], prompt]
    got, status, codes = verdict(call(lang, opening, events=key_after(opening, yes)), "dk")
    assert status == "given" and got == "compliant", codes
    got, status, codes = verdict(call(lang, opening, events=key_after(opening, no)), "dk")
    assert status == "refused" and got == "non_compliant", codes


# --- 10. An unlabelled question about the errand, heard without its mark, is no doubt -----------

@pytest.mark.parametrize("lang,question", [
    ("da", "og hvad er dit kundenummer"),
    ("nb", "men hva er fødselsnummeret ditt"),
])
def test_an_unmarked_errand_question_is_no_answer(lang, question) -> None:
    opening = [NOTICE[lang], OBJECT[lang]]
    got, status, codes = verdict(call(lang, opening, later=[("agent", question)], labels=False), "no")
    assert got == "compliant" and status == "not_requested", codes


@pytest.mark.parametrize("question", ["hvad skal den bruges til", "og hvad er det til"])
def test_an_unmarked_question_about_the_recording_still_counts(question) -> None:
    opening = [NOTICE["da"], OBJECT["da"]]
    got, _, codes = verdict(call("da", opening, later=[("agent", question)], labels=False), "no")
    assert got != "compliant", codes


# --- 11. A recording only after the caller's yes is no notice, whatever stands between --------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Samtalen bliver kun optaget efter aftale med dig."),
    ("da", "Du bliver kun optaget efter aftale med dig."),
    ("nb", "Samtalen blir bare tatt opp etter avtale med deg."),
])
def test_a_recording_only_by_agreement_is_no_notice(lang, text) -> None:
    purpose = "Det er for at forbedre vores service." if lang == "da" else "Det er for å forbedre kundeservicen."
    got, _, codes = verdict(call(lang, [text, purpose, INFO[lang]]), "no")
    assert got != "compliant", codes


# --- 12. To a negatively phrased request, "not the slightest" consents (and goes to review) -------

@pytest.mark.parametrize("lang,text", [
    ("da", "nej, ikke det mindste"),
    ("nb", "nei, ikke det spor"),
])
def test_not_the_slightest_consents_to_a_negative_request(lang, text) -> None:
    assert answer_to(lang, text, negative=True).status == "given", text
    assert answer_to(lang, text).status != "given", text


def test_a_short_request_run_on_after_a_notice_is_read() -> None:
    # "Okay" capitalised after a lower-case word opens the question the recogniser ran on
    opening = ["vi optager samtalen til træning altså Okay med dig?", INFO["da"]]
    got, status, codes = verdict(call("da", opening, "hvorfor det"), "no")
    assert got == "needs_review" and status == "ambiguous", codes
