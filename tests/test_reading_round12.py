"""Round 12: readings found by the held9 list (benchmarks/bench_accuracy.py, written blind).

Each rule is shown in wordings that are not held9's (nor another split's), in Danish and Norwegian
(bokmål and nynorsk), together with the look-alikes that must stay unread: reading more things as
notices, requests, consent or withdrawal information must never make a call compliant that is not,
and reading less as a request or a withdrawal must never hide a refusal.
"""

from __future__ import annotations

import pytest
from builders import ASK, INFO, NOTICE, YES, verdict
from builders import answer_to as answer
from builders import key_after as key
from builders import read_as as reading
from builders import turns_call as call

# --- 1. Coercion worded as a downside for the caller (held9's falsely compliant call) --------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vil du ikke optages, ryger du desværre om bag i køen."),
    ("da", "Hvis du siger nej til optagelsen, mister du din plads i køen."),
    ("da", "Uden optagelse må du regne med længere ventetid."),
    ("da", "Fravælger du optagelse, koster det et ekstra gebyr."),
    ("nb", "Sier du nei til opptak, havner du dessverre bakerst i køen."),
    ("nb", "Hvis du ikke vil bli tatt opp, mister du plassen din i køen."),
    ("nn", "Vil du ikkje bli teken opp, må du dessverre vente lenger."),
    ("nn", "Seier du nei til opptak, kjem du sist i køa."),
])
def test_a_downside_after_a_no_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion"), text


@pytest.mark.parametrize("lang,text", [
    # The downside denied: saying no costs nothing.
    ("da", "Siger du nej til optagelsen, mister du ikke din plads i køen."),
    ("da", "Du kan sige nej til optagelse uden at miste din plads i køen."),
    ("nb", "Sier du nei til opptak, mister du ikke plassen din i køen."),
    ("nn", "Du kan seie nei til opptak utan å miste plassen i køa."),
    # A downside that is not tied to refusing the recording.
    ("da", "Hvis du lægger på, kommer du bagerst i køen."),
    ("nb", "Ringer du senere, må du kanskje vente lenger."),
])
def test_a_downside_denied_or_not_tied_to_a_no_is_no_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion") is None, text


@pytest.mark.parametrize("lang,penalty", [
    ("da", "Siger du nej til optagelse, havner du bagerst i køen."),
    ("nb", "Sier du nei til opptak, havner du bakerst i køen."),
    ("nn", "Seier du nei til opptak, hamnar du bakast i køa."),
])
@pytest.mark.parametrize("policy", ["dk", "no"])
def test_a_call_with_a_downside_for_a_no_is_not_compliant(lang, penalty, policy) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], ASK[lang], penalty, INFO[lang]], YES[lang]), policy)
    assert got == "non_compliant" and "COERCIVE_REQUEST" in codes, (got, codes)


# --- 2. Purpose in other words --------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    # "so that we can make <object> better": the object parts the verb from "better".
    ("da", "Vi optager samtalen, så vi løbende kan gøre vores rådgivning af kunderne bedre."),
    ("nb", "Vi tar opp samtalen, så vi hele tiden kan gjøre tilbudet vårt til kundene bedre."),
    ("nn", "Vi tek opp samtalen, så vi stadig kan gjere rettleiinga vår for medlemmene betre."),
    # "the reason is that we ...", "it is about being able to ..."
    ("da", "Grunden er, at vi gerne vil kunne dokumentere dine valg."),
    ("da", "Det handler om at kunne forbedre vores rådgivning."),
    ("nb", "Grunnen er at vi skal kunne dokumentere bestillingen din."),
    ("nn", "Det handlar om å kunne betre rettleiinga vår."),
    # courses in any inflection
    ("nb", "Samtalen blir tatt opp til bruk i kursene for nyansatte."),
    ("da", "Samtalen optages til brug i kurserne for nye kolleger."),
])
def test_purpose_in_other_words(lang, text) -> None:
    assert reading(lang, text, "purpose"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Grunden er, at du har ringet før."),
    ("da", "Det handler om at din regning er forkert."),
    ("nb", "Grunnen er at linjen er dårlig."),
    # "better" in another clause than "make"
    ("da", "Så kan vi gøre det hele færdigt, og du får det bedre."),
    ("nn", "Så kan vi gjere det ferdig, og då blir det betre."),
])
def test_purpose_look_alikes_stay_unread(lang, text) -> None:
    assert reading(lang, text, "purpose") is None, text


# --- 3. Notices: "der kører en optagelse", "der optages lyd", nynorsk "innspeling" -----------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Bare til din orientering, så kører der en optagelse af opkaldet."),
    ("da", "Der kører en optagelse af samtalen."),
    ("da", "Der optages lyd af opkaldet."),
    ("nb", "Vi gjør en innspilling av samtalen."),
    ("nn", "Me gjer ei innspeling av denne samtalen."),
    ("nb", "Det kjører et opptak av samtalen."),
])
def test_notices_read_from_their_parts(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert got and got.kind == "recording_notice", (text, got)


@pytest.mark.parametrize("lang,text", [
    ("da", "Der kører ikke nogen optagelse af samtalen."),
    ("da", "Hvis der kører en optagelse af samtalen, siger jeg det."),
    ("da", "Samtaler, der optages, gemmes i en måned."),
    ("da", "Der optages ikke lyd af samtalen."),
    ("nn", "Vi gjer ikkje noka innspeling av samtalen."),
    ("nb", "Om vi gjør en innspilling av samtalen, får du vite det."),
])
def test_notice_look_alikes_stay_unread(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert got is None or got.kind != "recording_notice", (text, got)


@pytest.mark.parametrize("lang,text", [
    ("nn", "Det kan vere at vi gjer ei innspeling av samtalen."),
    ("da", "Der kører måske en optagelse af samtalen."),
])
def test_a_maybe_keeps_the_new_notices_vague(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert got and got.kind == "vague_notice", (text, got)


@pytest.mark.parametrize("lang,notice", [
    ("da", "Der optages lyd af samtalen, så vi kan dokumentere aftalen."),
    ("nn", "Vi gjer ei innspeling av samtalen for å betre kundeservicen."),
    ("nb", "Det kjører et opptak av samtalen for å forbedre kundeservicen."),
])
def test_a_call_with_the_new_notices_is_compliant_under_no(lang, notice) -> None:
    got, _, codes = verdict(call(lang, [notice, INFO[lang]]), "no")
    assert got == "compliant", codes


def test_a_relative_der_still_gives_no_notice_in_a_call() -> None:
    got, _, codes = verdict(call("da", ["Samtaler, der optages, bruges til oplæring af vores rådgivere.",
                                        INFO["da"]]), "no")
    assert got == "non_compliant" and "NO_RECORDING_NOTICE" in codes


@pytest.mark.parametrize("lang,notice,reply,want", [
    # "det" in the question points back to a recording named only as "innspeling"
    ("nn", "Vi gjer ei innspeling av samtalen for å betre kundeservicen.", "Nei, la vere med det.", "non_compliant"),
    ("nn", "Vi gjer ei innspeling av samtalen for å betre kundeservicen.", "Ja, det går fint.", "compliant"),
])
def test_a_question_points_back_to_an_innspeling(lang, notice, reply, want) -> None:
    got, _, codes = verdict(call(lang, [notice, "Vil du godta det?", INFO[lang]], reply), "no")
    assert got == want, codes


# --- 4. Withdrawal and objection information ------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Du har selvfølgelig hele tiden ret til at trække dit samtykke tilbage."),
    ("nb", "Du har når som helst rett til å trekke tilbake samtykket til opptaket."),
    ("nn", "Du har heile tida rett til å trekkje tilbake samtykket ditt."),
    ("nn", "Angrar du deg, seier du berre frå, så stoggar vi opptaket."),
    ("nn", "Om du angrar deg seinare, sletter vi opptaket straks du seier frå."),
])
def test_withdrawal_information_in_other_words(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Du har selvfølgelig ret til at trække din klage tilbage."),
    ("da", "Du har til enhver tid ret til at få en kopi af optagelsen."),
    ("nn", "Om du angrar på kjøpet, kan du sende varene tilbake."),
    ("nb", "Du har hele tiden rett til innsyn i opptaket."),
])
def test_withdrawal_information_look_alikes_stay_unread(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info") is None, text


@pytest.mark.parametrize("lang,text", [
    ("nn", "Vil du heller sleppe opptak, så sei frå no."),
    ("nn", "Vil du sleppe å bli teken opp, så gje oss beskjed."),
])
def test_objection_with_sleppe(lang, text) -> None:
    assert reading(lang, text, "objection"), text


@pytest.mark.parametrize("lang,text", [
    ("nn", "Vil du sleppe å vente, kan du ringje seinare."),
    ("nn", "Vil du sleppe køa, så bruk nettsida vår."),
])
def test_sleppe_without_the_recording_is_no_objection(lang, text) -> None:
    assert reading(lang, text, "objection") is None, text


# --- 5. Negatively phrased requests: misgivings, opposing -----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Har du betænkeligheder ved, at samtalen bliver optaget?"),
    ("da", "Vil du modsætte dig optagelsen?"),
    ("nb", "Har du noen betenkeligheter ved at samtalen blir tatt opp?"),
    ("nb", "Vil du motsette deg at vi tar opp samtalen?"),
    ("nn", "Har du nokre betenkelegheiter med at samtalen blir teken opp?"),
])
def test_misgivings_and_opposing_ask_negatively(lang, text) -> None:
    got = reading(lang, text, "request")
    assert got and got.kind == "negative_request", (text, got)


@pytest.mark.parametrize("lang,opening,reply,want", [
    # "no" to a question about misgivings consents; "yes" refuses.
    ("da", ["Har du betænkeligheder ved, at samtalen bliver optaget?"], "Nej, overhovedet ikke.", "given"),
    ("nb", ["Har du noen betenkeligheter ved at samtalen blir tatt opp?"], "Ja, det har jeg.", "refused"),
])
def test_misgivings_follow_the_polarity_of_a_negative_question(lang, opening, reply, want) -> None:
    _, status, _ = verdict(call(lang, [NOTICE[lang], *opening, INFO[lang]], reply), "no")
    assert status == want


# --- 6. Withdrawals: "optage lånet" takes up a loan; retention from the agent is no order ------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg vil ikke optage lånet alligevel."),
    ("da", "Jeg vil alligevel ikke optage kreditten."),
    ("nb", "Jeg vil ikke ta opp lånet likevel."),
    ("nn", "Eg vil ikkje ta opp lånet likevel."),
])
def test_taking_up_a_loan_is_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal") is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg vil ikke optages længere."),
    ("da", "Jeg vil ikke optages igen."),
    ("da", "Jeg vil ikke optage samtalen."),
    ("da", "Jeg vil ikke optages overhovedet."),
    ("nb", "Jeg vil ikke tas opp lenger."),
    ("nb", "Jeg vil ikke bli tatt opp igjen."),
    # "the rest of the call" is the call: still the recording
    ("da", "I skal ikke optage resten af opkaldet."),
    ("nb", "Dere skal ikke ta opp resten av praten."),
    ("nn", "De får ikkje ta opp resten av samtalen."),
    ("nn", "Eg vil ikkje bli teken opp meir."),
])
def test_refusals_of_the_recording_stay_withdrawals(lang, text) -> None:
    assert reading(lang, text, "withdrawal"), text


@pytest.mark.parametrize("lang,loan", [
    ("da", "Jeg vil ikke optage lånet alligevel, renten er for høj."),
    ("nb", "Jeg vil ikke ta opp lånet likevel, renten er for høy."),
])
def test_a_call_with_a_loan_not_taken_stays_compliant(lang, loan) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], YES[lang], after=loan), "dk")
    assert got == "compliant", codes


@pytest.mark.parametrize("lang,keeping,prompt,digit", [
    ("da", "Efter tre måneder slettes optagelsen.", "Tryk 1, hvis du accepterer optagelsen.", "1"),
    ("nb", "Etter tre måneder slettes opptaket.", "Trykk 1 hvis du godtar opptaket.", "1"),
])
def test_retention_from_an_unknown_speaker_is_no_withdrawal(lang, keeping, prompt, digit) -> None:
    opening = [NOTICE[lang], INFO[lang], keeping, prompt]
    got, _, codes = verdict(call(lang, opening, events=key(opening, digit), labels=False), "dk")
    assert got == "compliant", codes


@pytest.mark.parametrize("lang,order", [
    ("da", "Slet optagelsen med det samme."),
    ("nb", "Slett opptaket med en gang."),
])
def test_a_callers_order_to_delete_still_withdraws(lang, order) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], YES[lang],
                                 later=[("customer", order)]), "dk")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes, codes


# --- 7. A request phrase matched loosely in a statement that tells --------------------------------

@pytest.mark.parametrize("lang,info", [
    ("da", "Du har til enhver tid ret til at tilbagekalde dit samtykke til optagelsen."),
    ("nn", "Du har til ei kvar tid rett til å trekkje tilbake samtykket til opptaket."),
])
def test_withdrawal_information_is_no_request(lang, info) -> None:
    # No question at all: the statement informs, and under "no" that is a chance to object.
    got, status, codes = verdict(call(lang, [NOTICE[lang], info], after="Kan jeg få hjælp til min regning?"
                                      if lang == "da" else "Kan eg få hjelp med rekninga?"), "no")
    assert got == "compliant" and status == "not_requested", codes


@pytest.mark.parametrize("lang,info,question", [
    ("da", "Du har til enhver tid ret til at tilbagekalde dit samtykke til optagelsen.",
     "Hvad tænker du om optagelsen?"),
    ("nn", "Du har til ei kvar tid rett til å trekkje tilbake samtykket til opptaket.",
     "Kva tenkjer du om opptaket?"),
])
def test_an_unread_question_about_the_recording_keeps_the_loose_request(lang, info, question) -> None:
    # The engine does not read the question as a request; the unsure reply must not pass unseen.
    got, _, codes = verdict(call(lang, [NOTICE[lang], info, question], "Hmm, det ved jeg ikke."
                                 if lang == "da" else "Hm, det veit eg ikkje."), "no")
    assert got != "compliant", codes


# --- 8. A yes on condition that it is not kept for long -------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Okay, hvis I ikke gemmer den i mange år."),
    ("da", "Ja, hvis optagelsen ikke bliver gemt i årevis."),
    ("nb", "Greit, om dere ikke lagrer opptaket i flere år."),
    ("nn", "Ja, viss de ikkje lagrar det i fleire månader."),
])
def test_a_limit_on_how_long_is_a_condition_on_a_yes(lang, text) -> None:
    got = answer(lang, text)
    assert got.status == "given" and got.conditions, got


@pytest.mark.parametrize("lang,text", [
    ("da", "Ja, hvis I ikke gemmer den."),
    ("nb", "Ja, om dere ikke lagrer det."),
])
def test_no_keeping_at_all_stays_no_condition(lang, text) -> None:
    assert answer(lang, text).status == "ambiguous"
