"""Round 20: readings found by held14's falsely compliant calls (spoken forms, doubt, hanging up,
a question put indirectly, a withdrawal that points back).

Each rule is shown in wordings that are not held14's, in Danish and Norwegian (bokmål and nynorsk),
together with the look-alikes that must stay as they were: negations, hedges, conditions and
false friends.
"""

from __future__ import annotations

import pytest
from builders import ASK, INFO, NOTICE, OBJECT, YES, answer_to, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. Coercion: the agent hangs up / ends the call on a no ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vil du ikke optages, så lægger vi på."),
    ("da", "Takker du nej til optagelsen, afslutter jeg samtalen."),
    ("nb", "Hvis du ikke vil bli tatt opp, legger vi på."),
    ("nb", "Reserverer du deg mot opptak, avslutter vi samtalen her."),
    ("nn", "Seier du nei til opptaket, avsluttar me samtalen."),
])
def test_hanging_up_on_a_no_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Siger du nej til optagelsen, lægger vi ikke på."),
    ("da", "Vil du ikke optages, afslutter vi optagelsen af samtalen."),
    ("da", "Du kan altid lægge på, når du vil."),
    ("nb", "Hvis du ikke vil bli tatt opp, avslutter vi opptaket av samtalen."),
    ("nb", "Sier du nei til opptaket, legger vi ikke på."),
])
def test_look_alikes_of_hanging_up_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True) is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Du skal sige ja til optagelsen, hvis du vil have svar i dag."),
    ("nb", "Du må godta opptaket dersom du ønsker rådgivning nå."),
    ("nn", "Du må seie ja til opptaket om du vil ha hjelp i dag."),
])
def test_a_duty_to_accept_if_you_want_help_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True), text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Du må gjerne si ja til opptaket om du vil."),
    ("nb", "Du må si ja til opptaket om du vil."),
    ("da", "Du skal ikke acceptere optagelsen, hvis du ikke vil."),
    ("da", "Du skal sige ja til optagelsen, hvis du vil optages."),
])
def test_look_alikes_of_a_duty_to_accept_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True) is None, text


def test_hanging_up_makes_the_call_non_compliant() -> None:
    opening = [NOTICE["nb"], "Sier du nei til opptak, avslutter jeg samtalen.", INFO["nb"]]
    for policy in ("dk", "no"):
        got, _, codes = verdict(call("nb", opening, YES["nb"]), policy)
        assert got == "non_compliant" and "COERCIVE_REQUEST" in codes, (policy, codes)


# --- 2. Notices: "ka'" for "kan", "tror", "not sure" after it, "recorde callet" --------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Samtalen ka' godt blive optaget."),
    ("da", "Jeg tror, vi optager samtalen."),
    ("da", "Vi optager samtalen, men jeg er faktisk ikke sikker."),
    ("nb", "Jeg tror samtalen blir tatt opp."),
    ("nb", "Samtalen blir tatt opp, men jeg er ikke helt sikker."),
    ("nn", "Samtalen blir teken opp, men eg er usikker."),
    ("da", "Måske recorder vi callet."),
    ("nb", "Callet blir kanskje recordet."),
])
def test_a_notice_with_doubt_is_vague(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "vague_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi recorder callet."),
    ("nb", "Callet blir recordet."),
    ("da", "Samtalen optages, det er helt sikkert."),
    ("nb", "Samtalen blir tatt opp, og du kan være sikker på at den slettes etter 90 dager."),
    ("da", "Vi optager samtalen af sikkerhedshensyn, så ingen bliver snydt."),
])
def test_a_sure_notice_stays_definite(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "recording_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi recorder ikke callet."),
    ("nb", "Callet blir ikke recordet."),
    ("da", "Hvis callet bliver recordet, siger jeg til."),
])
def test_look_alikes_of_a_call_notice_are_none(lang, text) -> None:
    assert reading(lang, text, "notice") is None, text


@pytest.mark.parametrize("lang,sentence", [
    ("da", "Jeg tror nok, vi optager samtalen af hensyn til kvaliteten."),
    ("nb", "Samtalen blir tatt opp for å forbedre kundeservicen, men jeg er ikke sikker."),
])
def test_a_doubted_notice_is_not_compliant_under_the_no_policy(lang, sentence) -> None:
    got, _, codes = verdict(call(lang, [sentence, OBJECT[lang]]), "no")
    assert got != "compliant", codes


# --- 3. A request put as an indirect question --------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg vil gerne spørge dig, om vi må optage samtalen."),
    ("da", "Så spørger jeg, og svar bare ærligt, om jeg må optage opkaldet?"),
    ("nb", "Da spør jeg deg om vi kan ta opp samtalen."),
    ("nn", "Eg spør deg om me får ta opp samtalen."),
    # "vil høre, om det er i orden, at vi ...": wanting to hear asks too
    ("da", "Så vil jeg gerne høre, om det er okay, at vi optager opkaldet."),
    ("nb", "Og da vil jeg høre om det er greit at vi tar opp samtalen?"),
])
def test_an_indirect_question_is_a_request(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is not None and r.kind == "consent_request", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Hvis vi får brug for det, spørger jeg dig først, om vi må optage samtalen."),
    ("da", "Jeg spørger senere, om vi må optage."),
    ("da", "Jeg spørger, om vi ikke må optage samtalen."),
    ("nb", "Jeg spør om vi kan ta opp saken din med sjefen."),
    ("nb", "Skulle det bli aktuelt, spør jeg deg først om vi kan ta opp samtalen."),
    ("da", "Jeg har hørt, om det er i orden, at vi optager samtalen."),
    ("da", "Så vil jeg høre, om det er i orden, at vi tager dit lån op."),
    ("da", "Jeg vil høre om det er i orden at du ringer igen senere, vi optager samtalen."),
])
def test_look_alikes_of_an_indirect_request_are_none(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is None or r.kind != "consent_request", (text, r)


def test_an_unsure_answer_to_an_indirect_request_needs_review() -> None:
    opening = [NOTICE["da"], "Så spørger jeg lige, om vi må optage samtalen?", OBJECT["da"]]
    got, status, codes = verdict(call("da", opening, "hmm, det ved jeg sgu ikke helt"), "no")
    assert got == "needs_review" and status == "ambiguous", codes


# --- 4. A withdrawal that points back, and "æ" for "jeg" -----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("nb", "slå det av, takk"),
    ("da", "sluk det, tak"),
    ("nb", "så vil jeg ikke være med"),
    ("da", "så vil jeg alligevel ikke være med"),
    ("nb", "æ vil itj bli tatt opp lenger"),
    ("da", "æ vil ikke optages mere"),
])
def test_a_withdrawal_that_points_back(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=True), text


@pytest.mark.parametrize("lang,text,context", [
    ("nb", "slå det av, takk", False),
    ("da", "sluk det gamle abonnement", True),
    ("nb", "jeg vil ikke være med i kundepanelet", True),
    ("nb", "da vil jeg ikke ha", True),
    ("nb", "æ vil itj ta opp et lån", True),
])
def test_look_alikes_of_a_pointing_withdrawal_are_none(lang, text, context) -> None:
    assert reading(lang, text, "withdrawal", context=context) is None, text


@pytest.mark.parametrize("lang,later", [
    ("nb", [("customer", "Er opptakeren fortsatt på?"), ("customer", "slå det av, takk")]),
    ("da", [("customer", "Bliver det her stadig optaget?"), ("customer", "så vil jeg ikke være med")]),
])
def test_a_late_question_then_a_withdrawal_is_non_compliant(lang, later) -> None:
    opening = [NOTICE[lang], INFO[lang], "Er det i orden?" if lang == "da" else "Er det greit?"]
    got, _, codes = verdict(call(lang, opening, YES[lang], later=later), "dk")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes, codes


# --- 5. Purposes: "ka'" in a so-that clause, an overview of what is agreed, "for X's skyld" ------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen, så vi ka' blive bedre til vores arbejde."),
    ("da", "Vi optager samtalen, så vi har overblik over, hvad der blev sagt."),
    ("nb", "Vi tar opp samtalen slik at vi har oversikt over hva vi har avtalt."),
    ("da", "Samtalen optages for kvalitetens skyld."),
    ("nb", "Samtalen tas opp for dokumentasjonens skyld."),
])
def test_a_purpose_in_spoken_words(lang, text) -> None:
    assert reading(lang, text, "purpose"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen, så vi har styr på det hele."),
    ("da", "Vi optager samtalen, så vi ikke har overblik over, hvad der blev sagt."),
    ("da", "Vi optager samtalen for en sikkerheds skyld."),
    ("nb", "Vi tar opp samtalen for sikkerhets skyld."),
])
def test_look_alikes_of_these_purposes_are_none(lang, text) -> None:
    assert reading(lang, text, "purpose") is None, text


# --- 6. Notices: "optar" for "optager", the call put first and taken up again ------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Bare så du ved det: vi optar samtalen."),
    ("da", "Denne samtale, den optager vi af hensyn til kvaliteten."),
    ("nb", "Samtalen vår, den tar vi opp for opplæring."),
])
def test_a_notice_in_spoken_order(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "recording_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optar ikke samtalen."),
    ("nb", "Denne samtalen, den tar vi ikke opp."),
    ("nb", "Saken din, den tar vi opp med sjefen."),
])
def test_look_alikes_of_spoken_notices_are_none(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is None or r.kind != "recording_notice", (text, r)


# --- 7. Answers: an indirect or borrowed yes ------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "yes, det er fint"),
    ("da", "yeah, det må I godt"),
    ("da", "sure, bare kør"),
    ("nb", "sure, bare kjør"),
    ("nb", "yes"),
])
def test_a_yes_in_spoken_and_borrowed_words(lang, text) -> None:
    assert answer_to(lang, text).status == "given", text


@pytest.mark.parametrize("lang,text", [
    ("da", "nej, det kan I ikke godt"),
    ("da", "nej, det gør I ikke bare"),
    ("da", "det kan du godt glemme"),
    ("da", "sure?"),
    ("da", "vi er lidt sure over regningen"),  # "sure" is "angry" in Danish, no borrowed yes
    ("nb", "yes, men jeg vil ikke tas opp"),
])
def test_look_alikes_of_these_yeses_are_not_given(lang, text) -> None:
    assert answer_to(lang, text).status != "given", text


# --- 8. An apology for interrupting is no "pardon?" ----------------------------------------------

@pytest.mark.parametrize("lang,text,status", [
    ("da", "ja, det er i orden— undskyld, jeg afbryder, men ja, I må gerne", "given"),
    ("nb", "unnskyld jeg avbrøt deg, ja det er greit", "given"),
    ("nn", "ja, det går bra— orsak, eg avbraut deg", "given"),
    ("da", "ja, undskyld, jeg afbrød dig, men nej, det vil jeg ikke", "refused"),
])
def test_an_apology_for_interrupting_leaves_the_answer(lang, text, status) -> None:
    assert answer_to(lang, text).status == status, text


@pytest.mark.parametrize("lang,text", [
    ("da", "undskyld?"),
    ("da", "undskyld, jeg afbrød dig, hvad sagde du?"),
    ("da", "ja det er fint, undskyld hvad?"),
    ("nb", "unnskyld, jeg avbrøt deg"),
])
def test_a_pardon_or_an_apology_alone_is_no_yes(lang, text) -> None:
    assert answer_to(lang, text).status != "given", text


# --- 9. "ka'" for "kan" in withdrawal information ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Du ka' altid tage dit samtykke tilbage.",
    "Du ka' til enhver tid bede os om at slukke for optagelsen.",
])
def test_spoken_kan_in_withdrawal_information(text) -> None:
    assert reading("da", text, "withdrawal_info", context=True), text


@pytest.mark.parametrize("text", [
    "Du ka' ikke stoppe optagelsen.",
    "Du ka' altid bede os om at sende dig en kopi.",
])
def test_look_alikes_of_spoken_withdrawal_information_are_none(text) -> None:
    assert reading("da", text, "withdrawal_info", context=True) is None, text


# --- 10. Found on the way: "ka' vi ...?", a verb-first condition, an objection only "now" ---------

def test_spoken_kan_asks_leave() -> None:
    r = reading("da", "Ka' vi få lov til at optage samtalen?", "request")
    assert r is not None and r.kind == "consent_request", r
    assert reading("da", "Ka' du give mig dit kundenummer?", "request") is None


@pytest.mark.parametrize("lang,text", [
    ("da", "Kommer vi til at optage samtalen, så får du besked først."),
    ("da", "Optager vi samtalen, så siger jeg det."),
    ("nb", "Tar vi opp samtalen, så sier jeg fra."),
])
def test_a_verb_first_condition_is_no_notice(lang, text) -> None:
    assert reading(lang, text, "notice") is None, text


def test_an_objection_only_now_is_no_withdrawal_information() -> None:
    now = "Vil du helst være fri for optagelse, så sig det lige nu, så slukker jeg den."
    later = "Vil du være fri for optagelse, så sig det når som helst, så slukker jeg den."
    assert reading("da", now, "withdrawal_info", context=True) is None
    assert reading("da", later, "withdrawal_info", context=True)


def test_an_unlabelled_first_person_withdrawal_is_no_withdrawal_information() -> None:
    # mono: the caller's own change of mind, then the agent's "jeg stopper opptaket" right after it
    later = [("customer", "Jeg har visst ombestemt meg når det gjelder opptaket. Kan du slå det av?"),
             ("agent", "Ja, jeg stopper opptaket nå.")]
    got, _, codes = verdict(call("nb", [NOTICE["nb"], ASK["nb"], INFO["nb"]], YES["nb"], later=later,
                                 labels=False), "dk")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes, codes
