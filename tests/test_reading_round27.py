"""Round 27: readings found by held19's falsely compliant calls and commonest misses (outbound and
transferred calls): a recording announced only if the caller says yes, checking back on what was
said as a purpose, short requests asked again ("still") or followed by a clause of time, a
withdrawal whose object is the recording device or "ja-et mitt", and the caller's goal made to
depend on their yes.

Each rule is shown in wordings that are not the benchmarks', in Danish and Norwegian, together
with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, YES, verdict
from builders import read_as as reading
from builders import turns_call as call


def _conditioned(lang: str, text: str) -> bool:
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    bank = load_bank(lang)
    return meaning.conditioned(meaning.sentence(text, bank), bank)


# --- 1. A recording announced only on the caller's yes is no notice -----------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Hvis du er indforstået, optager jeg resten af opkaldet."),
    ("da", "Så hvis det er okay for dig, vil vi gerne optage vores snak."),
    ("nb", "Dersom du godtar det, tar vi opp resten av praten."),
    ("nb", "Om du sier ja til det tar jeg opp samtalen."),                 # no comma
    ("nn", "Viss det er greitt for deg, tek vi opp samtalen vidare."),
])
def test_a_recording_on_your_yes_is_conditioned(lang, text) -> None:
    assert _conditioned(lang, text), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Hvis du ikke vil, så sig til; vi optager samtalen."),         # a refusing condition
    ("da", "Hvis du har spørgsmål til regningen, optager vi samtalen."),  # no yes in it
    ("da", "Jeg vil høre, om det er i orden, at vi optager samtalen."),   # an asking "om"
    ("nb", "Når du er klar, tar vi opp samtalen."),                        # "when", not "if"
])
def test_look_alikes_of_a_recording_on_your_yes_are_not(lang, text) -> None:
    assert not _conditioned(lang, text), text


def test_a_recording_on_your_yes_cannot_stand_in_for_the_notice() -> None:
    opening = ["Dersom du godtar det, tar vi opp resten av praten.", "Det gjør vi for å forbedre kundeservicen.",
               INFO["nb"]]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "non_compliant" and "NO_RECORDING_NOTICE" in codes


# --- 2. Checking back on what was said is a purpose -----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen for at kunne kontrollere, at du fik de rigtige oplysninger."),
    ("nb", "Samtalen tas opp for å kunne sjekke hva vi ble enige om."),
    ("da", "Opkaldet optages, så der er overblik over, hvad der bliver sagt."),
    ("nb", "Vi tar opp praten slik at vi har orden på hva som blir avtalt."),
])
def test_checking_back_on_what_was_said_is_a_purpose(lang, text) -> None:
    assert reading(lang, text, "purpose"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen, og jeg ringer for at tjekke din adresse."),   # a check of a thing
    ("da", "Jeg ringer for at tjekke, at du har fået brevet."),               # no recording named
    ("nb", "Så vi har orden på papirene dine."),                              # order of other things
    ("da", "Så der er styr på det hele."),
])
def test_look_alikes_of_checking_back_are_no_purpose(lang, text) -> None:
    assert reading(lang, text, "purpose") is None, text


# --- 3. Short requests: asked "still", with a clause of time, or "that way" -----------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Er det fortsat okay med dig?"),
    ("nb", "Er det fremdeles i orden for deg?"),
    ("da", "Går du med til det, før vi begynder?"),
    ("nb", "Godtar du det, nå som jeg har overtatt?"),
    ("nb", "Er det greit med deg mens vi snakker om saken?"),
    ("da", "Må vi gøre det sådan?"),
    ("nn", "Kan me gjere det slik?"),
])
def test_short_requests_with_still_a_time_clause_or_that_way(lang, text) -> None:
    assert reading(lang, text, "request"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Kan du oplyse dit kundenummer, inden vi går videre?"),   # another question, then a time clause
    ("da", "Er det stadig aktuelt?"),                                 # "still", but nothing accepted
    ("da", "Er det stadig gældende, nu hvor du er flyttet?"),         # "still" and a time clause, nothing accepted
    ("da", "Kan vi gøre det sådan, at du ringer tilbage?"),           # "that way" explained: another plan
])
def test_look_alikes_of_these_short_requests_are_none(lang, text) -> None:
    assert not reading(lang, text, "request"), text


def test_an_unclear_reply_to_a_still_request_needs_review() -> None:
    opening = [NOTICE["nb"], "Er det fremdeles greit for deg?", INFO["nb"]]
    got, status, _ = verdict(call("nb", opening, "Hm, tja, jeg vet ikke helt."), "no")
    assert (got, status) == ("needs_review", "ambiguous")


# --- 4. Withdrawals: the recorder as the object; "ja-et mitt" ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Kan du ikke bare slukke for optageren?"),
    ("da", "Sluk lige for båndet, tak."),
    ("nb", "Kan du skru av båndet nå?"),
    ("nb", "Nå trekker jeg ja-et mitt til dette opptaket tilbake."),
])
def test_withdrawals_of_the_recorder_or_my_yes(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Jeg trekker søknaden min om lån i banken tilbake."),    # another object
    ("nb", "Ja, et øyeblikk, jeg trekker frem kortet."),            # "ja, et" is no "ja-et"
    ("da", "Jeg har slukket for båndet nu."),                       # a report, not an order
])
def test_look_alikes_of_these_withdrawals_are_none(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


def test_a_later_order_to_switch_off_the_tape_withdraws_the_yes() -> None:
    opening = [NOTICE["da"], "Er det i orden med dig?", INFO["da"]]
    got, _, codes = verdict(call("da", opening, YES["da"], after="Gider du ikke slukke for båndet?"), "dk")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes


# --- 5. The caller's goal made to depend on their yes is coercion ---------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "For at deltage i lodtrækningen skal du acceptere, at vi optager."),
    ("nb", "For å få rabatten må du godta at samtalen blir tatt opp."),
    ("nn", "For å vere med må du godta opptak."),
])
def test_a_goal_that_needs_your_yes_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True), text


@pytest.mark.parametrize("lang,text", [
    ("da", "For at deltage i lodtrækningen skal du svare på tre spørgsmål."),   # no consent asked
    ("da", "For at acceptere optagelsen skal du trykke 1."),                    # a key-press prompt
    ("da", "For at trække dit samtykke tilbage skal du bare sige stop."),      # withdrawal info
    ("nb", "For å få rabatten må du ikke godta opptak."),                       # a "not"
])
def test_look_alikes_of_a_goal_that_needs_your_yes_are_none(lang, text) -> None:
    assert reading(lang, text, "coercion", context=True) is None, text


def test_a_polite_question_to_switch_off_is_a_withdrawal_without_speaker_labels() -> None:
    opening = [NOTICE["da"], "Er det i orden med dig?", INFO["da"]]
    got, _, codes = verdict(call("da", opening, YES["da"], after="Kan du ikke lige slukke for optageren?",
                                 labels=False), "dk")
    assert got == "non_compliant" and "CONSENT_WITHDRAWN" in codes


def test_telling_how_to_ask_is_no_withdrawal_without_speaker_labels() -> None:
    opening = [NOTICE["da"], "Er det i orden med dig?", "Kan du ikke bare bede mig slukke for optageren?"]
    _, _, codes = verdict(call("da", opening, YES["da"], labels=False), "dk")
    assert "CONSENT_WITHDRAWN" not in codes


# --- 6. Clause parts: a goal after light words; the recording going on; a lead-in's "nok" --------

@pytest.mark.parametrize("lang,text", [
    ("da", "Årsagen er, at vi jo gerne vil kunne forbedre vores rådgivning."),
    ("nb", "Grunnen er at vi gjerne vil kunne kvalitetssikre arbeidet vårt."),
])
def test_a_purpose_goal_after_subject_modals_and_softeners(lang, text) -> None:
    assert reading(lang, text, "purpose"), text


def test_a_reason_without_a_goal_is_no_purpose() -> None:
    assert reading("da", "Grunden er, at vi gerne vil kunne ringe dig op igen.", "purpose") is None


@pytest.mark.parametrize("lang,text", [
    ("da", "Optagelsen af samtalen fortsætter nu hos mig."),
    ("nb", "Opptaket av samtalen fortsetter her hos meg."),
])
def test_the_recording_going_on_is_a_notice(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert got and got.kind == "recording_notice", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Optagelsen af samtalen fortsætter ikke hos mig."),   # a "not"
    ("da", "Samtalen fortsætter hos min kollega."),             # the call goes on, not the recording
    ("nb", "Hvis du godtar det, fortsetter opptaket."),         # an if
])
def test_look_alikes_of_the_recording_going_on_are_no_notice(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert not got or got.kind != "recording_notice", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Det har min kollega nok nævnt, men for en sikkerheds skyld: vi optager samtalen."),
    ("nn", "Det har du vel høyrt før, men eg seier det igjen: vi tek opp samtalen."),
])
def test_a_hedged_lead_in_leaves_the_notice_definite(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert got and got.kind == "recording_notice", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Min kollega har nok sagt, at vi optager samtalen."),        # the "nok" hedges the notice itself
    ("da", "Jeg har sagt det før, men samtalen kan blive optaget."),     # a modal in the notice
])
def test_look_alikes_of_a_hedged_lead_in_stay_vague(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert got and got.kind == "vague_notice", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Du har ret til at sige nej til at blive optaget."),
    ("nb", "Du har rett til å si nei til å bli tatt opp i dag."),
])
def test_a_no_to_being_recorded_is_a_way_to_object(lang, text) -> None:
    assert reading(lang, text, "objection"), text


def test_a_no_to_something_else_in_an_infinitive_is_none() -> None:
    assert reading("da", "Du har ret til at sige nej til at modtage reklamer.", "objection") is None


@pytest.mark.parametrize("lang,text", [
    ("da", "Siger du nej, fortsætter vi samtalen uden optagelse."),
    ("nb", "Sier du nei, går praten videre uten opptak."),
])
def test_a_no_that_goes_on_without_the_recording_is_a_way_to_object(lang, text) -> None:
    assert reading(lang, text, "objection"), text


def test_a_no_that_loses_the_service_without_the_recording_is_no_way_to_object() -> None:
    assert reading("da", "Siger du nej, kan vi ikke hjælpe dig uden optagelse.", "objection") is None


def _unlabelled_withdrawal(lang: str, text: str):
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    bank = load_bank(lang)
    return meaning.withdrawal(meaning.sentence(text, bank), bank, context=True, unlabelled=True)


@pytest.mark.parametrize("lang,text", [
    ("da", "Kan du ikke godt slukke for optageren?"),
    ("nb", "Kan du slå av opptaket nå?"),
])
def test_asking_you_to_stop_is_a_withdrawal_from_an_unknown_speaker(lang, text) -> None:
    assert _unlabelled_withdrawal(lang, text), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Kan du bede mig slukke for optageren?"),         # how to ask: the agent telling
    ("da", "Du kan altid bede os stoppe optagelsen."),        # a statement
])
def test_telling_you_how_to_stop_is_no_withdrawal_from_an_unknown_speaker(lang, text) -> None:
    assert _unlabelled_withdrawal(lang, text) is None, text


# --- 7. Replies: a "not" that answers before a go-ahead; a question back, then the answer; "then
# I'd rather not"; English-mixed yeses --------------------------------------------------------------

def _answer(lang: str, text: str, *, negative: bool) -> str:
    from builders import answer_to

    return answer_to(lang, text, negative=negative).status


@pytest.mark.parametrize("lang,text,negative,status", [
    ("da", "Nej, slet ikke, bare optag du.", True, "given"),              # the "not" answers, then a go-ahead
    ("nb", "Nei, overhodet ikke, bare ta opp.", True, "given"),
    ("da", "Nej tak, ikke optag mig.", False, "refused"),                # the "not" with the order: refused
    ("da", "Hvad skal den bruges til? Nå, nej, så er det fint.", True, "given"),
    ("nb", "Hvem får høre den? Javel, nei, da er det greit.", True, "given"),
    ("da", "Hvad skal den bruges til? Nå, ja, så er det fint.", True, "ambiguous"),   # a "ja" to "imod"
    ("da", "Nej, så vil jeg hellere være fri.", True, "refused"),
    ("nb", "Nei, da vil jeg helst slippe å bli tatt opp.", True, "refused"),
    ("da", "Nej, så vil jeg ikke forstyrre dig mere.", True, "given"),   # wants something else
    ("da", "Øh, sure.", False, "given"),
    ("nb", "No problem, bare kjør.", True, "given"),
    ("da", "Det er sure miner, det her.", False, "ambiguous"),          # the Danish "sure" (sour)
])
def test_replies(lang, text, negative, status) -> None:
    assert _answer(lang, text, negative=negative) == status, text


def test_a_hesitated_answer_said_again_is_one_answer() -> None:
    from verifier.engine import consent
    from verifier.engine.findings import Unit
    from verifier.engine.phrases import load_bank
    from verifier.engine.text import fold, standard

    bank = load_bank("da")

    def read(texts: list[str], negative: bool) -> str:
        units = [Unit(0, float(i), i + 1.0, "customer", t, standard(fold(t).split(), bank.spoken), frozenset(), False)
                 for i, t in enumerate(texts)]
        return consent.read_answer(units, bank, negative=negative).status

    assert read(["Hmm, nej...", "nej, det er helt fint."], True) == "given"
    assert read(["Nej...", "ja, det har jeg faktisk."], True) == "refused"      # another word: a second answer
    assert read(["Ja...", "eller, det ved jeg ikke."], False) == "ambiguous"


# --- 8. A verb-first condition answered by the call going on; "it" pointing back to the call -------

@pytest.mark.parametrize("lang,text", [
    ("da", "Siger du fra, kører samtalen videre uden optagelse."),
    ("nn", "Seier du frå, held samtalen fram utan opptak."),
])
def test_say_so_and_the_call_goes_on_unrecorded_is_a_way_to_object(lang, text) -> None:
    assert reading(lang, text, "objection"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Siger du fra, slutter samtalen her."),                          # nothing about the recording
    ("da", "Siger du fra, kan samtalen ikke fortsætte uden optagelse."),   # a lost service: coercion
])
def test_look_alikes_of_say_so_and_go_on_unrecorded_are_none(lang, text) -> None:
    assert reading(lang, text, "objection") is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Du har fået et opkald fra os, og det optages af hensyn til kvaliteten."),
    ("nb", "Dette er en samtale fra banken din, og den blir tatt opp."),
])
def test_it_pointing_back_to_the_call_is_recorded(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert got and got.kind == "recording_notice", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg ringer om din regning, og den bliver taget op på mødet."),   # no call named before
    ("da", "Det her er et opkald fra banken, og det optages ikke."),          # a "not"
])
def test_look_alikes_of_it_pointing_back_are_no_notice(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert not got or got.kind != "recording_notice", text
