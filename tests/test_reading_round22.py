"""Round 22: readings found by held15's and held16's falsely compliant calls (a polite request
with "not", a dislike said with a degree word, coercion as advice, a polite "De" after a run-on,
a notice heard inside a question, "om" as "if", a key prompt whose phrase spans two keys, and
"tat opp" misheard for "tar opp").

Each rule is shown in wordings that are not the benchmarks', in Danish and Norwegian (bokmål and
nynorsk), together with the look-alikes that must stay as they were: negations, hedges,
conditions and false friends.
"""

from __future__ import annotations

import pytest
from builders import ASK, INFO, NOTICE, OBJECT, YES, key_after, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. Withdrawal: a polite request with "not" ("gider I ikke ...", "kan du ikke ...") ----------

@pytest.mark.parametrize("lang,text", [
    ("da", "gider du ikke slukke for optagelsen"),
    ("da", "hør, kunne I ikke lade være med at optage mig"),
    ("nb", "gidder dere ikke slutte å ta opp samtalen"),
    ("nb", "kan du ikke slå av opptaket"),
])
def test_a_polite_request_with_not_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "I skal ikke slukke for optagelsen"),
    ("da", "vi kan ikke stoppe optagelsen"),
    ("nb", "dere må ikke slette opptaket"),
    ("da", "gider du ikke lukke mit abonnement"),
])
def test_look_alikes_of_a_polite_request_are_none(lang, text) -> None:
    assert reading(lang, text, "withdrawal") is None, text


# --- 2. Withdrawal: a dislike with a degree word ("ikke så glad for at blive optaget") ------------

@pytest.mark.parametrize("lang,text", [
    ("da", "jeg er faktisk ikke særlig glad for at blive optaget"),
    ("da", "jeg er ikke helt glad for, at I optager mig"),
    ("nb", "jeg er ikke så glad for at dere tar opp samtalen"),
    ("nn", "eg er ikkje så glad for at de tek opp samtalen"),
])
def test_a_dislike_with_a_degree_word_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "jeg er ikke så glad for min nye regning"),
    ("nb", "jeg er ikke så glad for den nye prisen"),
    ("nb", "jeg er så glad for at dere tar opp saken"),
])
def test_look_alikes_of_a_dislike_are_none(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


def test_a_question_to_stop_is_no_report_that_it_stopped() -> None:
    later = [("customer", "jeg er ikke så glad for å bli tatt opp, kan vi slå det av?")]
    got, _, codes = verdict(call("nb", [NOTICE["nb"], ASK["nb"], INFO["nb"]], YES["nb"], later=later,
                                 labels=False), "no")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes, codes


# --- 3. Coercion: "otherwise we won't get far" -----------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Du må hellere sige ja, ellers kommer vi ikke særlig langt."),
    ("nb", "Det lønner seg å godta opptaket, ellers kommer vi ikke langt."),
    ("nn", "Seier du nei til opptak, kjem vi ikkje langt."),
])
def test_not_getting_far_without_a_yes_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Siger du nej til optagelsen, kommer vi lige så langt."),
    ("nb", "Vi kommer ikke så langt med saken i dag uansett."),
    ("nb", "Sier du nei til opptak, kommer vi like langt."),
])
def test_look_alikes_of_not_getting_far_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True) is None, text


# --- 4. A run-on sentence cut before a verb put first before the polite "De" ---------------------

def test_a_run_on_coercion_with_polite_de_is_read() -> None:
    opening = ["Vi tar opp samtalen for opplæring etter loven Nekter De opptak, kan vi dessverre ikke hjelpe Dem.",
               OBJECT["nb"]]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "non_compliant" and "COERCIVE_REQUEST" in codes, codes


def test_a_run_on_with_lower_case_de_is_not_cut() -> None:
    opening = ["Vi tar opp samtalen for opplæring, og de ansatte lærer av det.", OBJECT["nb"]]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "compliant", codes


# --- 5. A notice inside a question about whether it is acceptable is no notice -------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Er det okay med dig, vi optager samtalen?"),
    ("da", "Så, går det an, vi optager samtalen her, hva?"),
    ("nb", "Er det i orden, vi tar opp samtalen, da?"),
    ("nn", "E det greitt at me tek opp samtalen, då?"),
])
def test_a_notice_asked_about_is_no_notice(lang, text) -> None:
    from verifier.engine.findings import find_elements
    from verifier.engine.phrases import load_bank
    from verifier.engine.policy import load_policy
    from verifier.engine.transcript import load_transcript

    t = load_transcript(call(lang, [text]))
    hits = find_elements(t, load_bank(lang), load_policy(None, language=lang).confidence).hits
    assert not hits.get("recording_notice"), text


def test_a_question_with_no_reply_and_no_notice_is_not_compliant() -> None:
    opening = ["Formålet er opplæring av nye rådgivere.", "Er det i orden, vi tar opp samtalen, da?"]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "non_compliant" and "NO_RECORDING_NOTICE" in codes, codes


@pytest.mark.parametrize("lang,text", [
    ("da", "Det er i orden for os at sige det: vi optager samtalen."),
    ("nb", "Vi tar opp samtalen, er det greit?"),
])
def test_look_alikes_of_an_asked_notice_stay_notices(lang, text) -> None:
    from verifier.engine.findings import find_elements
    from verifier.engine.phrases import load_bank
    from verifier.engine.policy import load_policy
    from verifier.engine.transcript import load_transcript

    t = load_transcript(call(lang, [text]))
    hits = find_elements(t, load_bank(lang), load_policy(None, language=lang).confidence).hits
    assert hits.get("recording_notice"), text


# --- 6. "Om" opening the sentence is "if" ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Om ledelsen ønsker samtalen optaget, så får du besked."),
    ("nb", "Om kvalitetsavdelinga vil ha samtalen tatt opp, sier jeg fra."),
    ("nn", "Om leiinga vil ha samtalen teken opp, seier eg frå."),
])
def test_om_opening_the_sentence_is_no_notice(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is None or r.kind != "recording_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("nb", "Samtalen blir tatt opp om bord på skipet."),
    ("da", "Samtalen optages, og om lidt får du svar."),
])
def test_look_alikes_of_om_stay_notices(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "recording_notice", (text, r)


# --- 7. Keys: a phrase that spans two keys never makes the no key a yes ------------------------

@pytest.mark.parametrize("lang,opening,no_key,yes_key", [
    ("da", [NOTICE["da"], INFO["da"], "Vil du sige nej til optagelsen, tast 4, og vil du sige ja, tast 5."], "4", "5"),
    ("nb", [NOTICE["nb"], INFO["nb"], "For å si nei til opptak, trykk 7, og for å si ja, trykk 8."], "7", "8"),
])
def test_the_no_key_of_a_pair_is_a_refusal(lang, opening, no_key, yes_key) -> None:
    got, status, _ = verdict(call(lang, opening, events=key_after(opening, no_key)), "dk")
    assert got == "non_compliant" and status == "refused", (got, status)
    got, status, _ = verdict(call(lang, opening, events=key_after(opening, yes_key)), "dk")
    assert status == "given", (got, status)


# --- 8. "tat opp": the recogniser's "tar opp" ----------------------------------------------------

def test_tat_opp_is_read_as_recording() -> None:
    assert reading("nb", "Er det greit at vi tat opp samtalen?", "request")
    r = reading("nb", "Samtalen blir tat opp for opplæring.", "notice")
    assert r is not None and r.kind == "recording_notice"


def test_tat_opp_with_yes_under_the_no_policy() -> None:
    opening = ["Samtalen er til opplæring.", "Er det greit at vi tat opp samtalen?", INFO["nb"]]
    got, _, codes = verdict(call("nb", opening, YES["nb"]), "no")
    assert got == "compliant", codes


# --- 9. Coercion: "we cannot do X unless the call is recorded", in a that-clause's order ---------

@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg skal sige, at vi ikke kan oprette sagen, medmindre samtalen optages."),
    ("nb", "Vi kan ikke opprette kontoen med mindre samtalen blir tatt opp."),
    ("nn", "Du må vite at me ikkje kan registrere saka med mindre samtalen vert teken opp."),
])
def test_a_refusal_unless_recorded_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True), text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Vi kan ikke stoppe opptaket med mindre du ber om det."),
    ("da", "Vi kan ikke slette optagelsen, medmindre du beder om det."),
    ("nb", "Vi kan opprette kontoen med mindre samtalen blir tatt opp."),
])
def test_look_alikes_of_refusal_unless_recorded_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True) is None, text


# --- 10. Withdrawal information with the polite "De" and the time before the verb ----------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Ifølge loven kan De når som helst trække Deres samtykke tilbage."),
    ("nb", "Etter loven kan De til enhver tid trekke samtykket tilbake."),
    ("da", "Ønsker De på et tidspunkt, at optagelsen stopper, så sig det blot."),
    ("nb", "Ønsker De underveis at opptaket stanses, sier De bare fra."),
    ("da", "Optagelsen kan når som helst afbrydes, hvis De beder om det."),
    ("nb", "Opptaket kan til enhver tid stanses om De ber om det."),
])
def test_polite_withdrawal_information(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info", context=True), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Hvis de ansatte ønsker, at optagelsen stopper, siger de til."),
    ("da", "Optagelsen kan til enhver tid ikke stoppes."),
    ("nb", "Ønsker de at opptaket stanses, sier de fra til sjefen."),
])
def test_look_alikes_of_polite_withdrawal_information_are_none(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info", context=True) is None, text


# --- 11. A yes to a question about the errand is no answer about the recording -------------------

@pytest.mark.parametrize("lang,question,reply", [
    ("da", "Og hvad drejer det sig så om?", "Ja, det er min regning."),
    ("nb", "Så, hva gjelder henvendelsen?", "Ja, det er fakturaen."),
    ("da", "Er det dig, der har kontoen?", "Ja, det er mig."),
    ("nn", "Er det du som eig bilen?", "Ja, det er meg."),
])
def test_a_yes_to_an_errand_question_leaves_the_call_compliant(lang, question, reply) -> None:
    lang_key = "nn" if lang == "nn" else lang
    got, _, codes = verdict(call(lang, [NOTICE[lang_key], INFO[lang_key], question], reply), "no")
    assert got == "compliant", codes


@pytest.mark.parametrize("lang,question,reply", [
    ("nb", "Og hva tenker du om det?", "nei"),
    ("da", "Og hvad så med det?", "nej"),
    ("nb", "Er det deg som bestemmer det?", "nei"),
])
def test_a_no_to_a_question_that_may_ask_leave_needs_review(lang, question, reply) -> None:
    got, status, _ = verdict(call(lang, [NOTICE[lang], INFO[lang], question], reply), "no")
    assert got != "compliant" and status == "ambiguous", (got, status)


# --- 12. Coercion: "otherwise we cannot ..." with the service unnamed ----------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Sig hellere ja, ellers kan jeg ikke finde din regning."),
    ("nb", "Du bør si ja, ellers kan vi ikke åpne saken din."),
    ("nn", "Du må seie ja, elles kan eg ikkje opne saka di."),
])
def test_otherwise_we_cannot_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Sig til, ellers kan jeg ikke vide det."),
    ("nb", "Vil du ikke bli tatt opp, si fra, ellers kan jeg ikke vite det."),
    ("da", "Tryk på knappen, ellers kan du ikke se den."),
])
def test_look_alikes_of_otherwise_we_cannot_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True) is None, text


# --- 13. Answers: "greitt det", and the agent's "answer yes or no" is no reply -------------------

@pytest.mark.parametrize("lang,text,status", [
    ("nb", "fint det.", "given"),
    ("nn", "greitt det, eg ringer om ei rekning", "given"),
    ("da", "okay det", "given"),
    ("nb", "nei det", "refused"),
    ("nb", "tja det", "ambiguous"),
    ("nb", "greit det?", "ambiguous"),
    ("da", "hvorfor det? nej, det gider jeg ikke", "refused"),
])
def test_an_answer_with_a_word_pointing_back(lang, text, status) -> None:
    from builders import answer_to
    assert answer_to(lang, text).status == status, text


@pytest.mark.parametrize("lang,reply,policy,expected", [
    ("nb", "greitt det", "dk", "compliant"),
    ("nb", "nei takk", "dk", "non_compliant"),
    ("da", "ja, det er fint", "dk", "compliant"),
    ("da", "nej tak", "no", "non_compliant"),
])
def test_an_instruction_to_answer_yes_or_no_is_the_agents(lang, reply, policy, expected) -> None:
    instruction = "Svar gjerne ja eller nei." if lang == "nb" else "Sig blot ja eller nej."
    opening = [NOTICE[lang], ASK[lang] + " " + instruction, INFO[lang]]
    got, _, codes = verdict(call(lang, opening, reply, labels=False), policy)
    assert got == expected, codes


# --- 14. Questions that cannot ask leave to record -------------------------------------------------

@pytest.mark.parametrize("lang,opening,reply", [
    ("nb", ["Hei, det er Kari, skjer'a?", NOTICE["nb"], INFO["nb"], "Kan jeg få kundenummeret ditt?"], "Ja, det er meg."),
    ("da", ["Hej, det er Lise, hvordan går det?", NOTICE["da"], INFO["da"], "Må jeg få dit kundenummer?"], "Ja, det er 1234."),
])
def test_a_greeting_question_before_the_notice_asks_no_leave(lang, opening, reply) -> None:
    got, _, codes = verdict(call(lang, opening, reply), "no")
    assert got == "compliant", codes


def test_a_question_before_the_notice_and_a_no_after_it_still_needs_review() -> None:
    opening = ["Er det i orden med dig?", NOTICE["da"], INFO["da"]]
    got, status, _ = verdict(call("da", opening, "Nej."), "no")
    assert got != "compliant" and status == "ambiguous", (got, status)
