"""Round 17: readings found by held12's last falsely compliant calls and its other misreadings.

Each rule is shown in wordings that are not held12's, in Danish and Norwegian (bokmål and nynorsk),
together with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, OBJECT, YES, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. An order not to record, given without a subject -------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "nej nej, ikke optag mig, tak"),
    ("da", "øh nej ikke optage det her"),
    ("da", "Nej tak, ikke tag det op."),
    ("nb", "nei, ikke ta opp samtalen takk"),
    ("nb", "eh nei ikke ta meg opp"),
    ("nn", "nei nei, ikkje ta opp dette"),
])
def test_an_order_not_to_record_is_a_refusal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "vi optager ikke samtalen"),  # the agent's statement: its subject first
    ("da", "nej, ikke tag lånet op endnu"),  # a loan taken up, not a recording
    ("da", "ikke optage?"),  # checks what was asked
    ("nb", "ok da tar vi ikke opp"),
    ("nb", "nei ikke ta opp saken med sjefen"),
    ("nb", "ikke ta opp et lån nå"),
    ("nn", "eg vil ikkje ta opp lånet"),
])
def test_look_alikes_of_such_an_order_are_none(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


@pytest.mark.parametrize("lang,ask,no", [
    ("da", "Vi optager samtalen til træning, er det i orden?", "Nej, ikke optag mig."),
    ("nb", "Vi tar opp samtalen for opplæring, er det greit?", "nei takk ikke ta opp"),
    ("nn", "Vi tek opp samtalen for opplæring, er det greitt?", "Nei, ikkje ta opp, takk."),
])
def test_such_an_answer_refuses_also_unlabelled(lang, ask, no) -> None:
    for labels in (True, False):
        for policy in ("dk", "no"):
            got, _, codes = verdict(call(lang, [ask, INFO[lang]], no, labels=labels), policy)
            assert got == "non_compliant", (labels, policy, codes)


# --- 2. A tag question with "vel ikke" heard without its mark -------------------------------------

@pytest.mark.parametrize("lang,asked", [
    ("da", "det har du vel ikke noget imod hvis du vil sige nej så gør det nu"),
    ("da", "øh det har du vel ikke noget imod"),
    ("nb", "det har du vel ikke noe imot eller"),
    ("nn", "det har du vel ikkje noko imot viss du vil seie nei så sei det no"),
])
def test_an_unmarked_tag_question_is_a_negative_request(lang, asked) -> None:
    for policy in ("dk", "no"):
        got, _, codes = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], "nej det er fint"
                                     if lang == "da" else "nei det er greit"), policy)
        assert got == "needs_review" and "NEGATIVELY_PHRASED_REQUEST" in codes, (policy, codes)


@pytest.mark.parametrize("lang,text", [
    ("da", "du har vel ikke dit kundenummer ved hånden"),  # asks about the errand
    ("da", "det er vel ikke så slemt"),
    ("nb", "du har vel ikke fått regningen ennå"),
])
def test_other_tag_questions_are_no_request(lang, text) -> None:
    from verifier.engine import findings, meaning
    from verifier.engine.phrases import load_bank

    assert findings._unmarked_objection(meaning.sentence(text), load_bank(lang)) is None, text


# --- 3. A counter-question about the recording, heard without its mark, or after a "what?" --------

@pytest.mark.parametrize("lang,asked,back", [
    ("da", "Er det okay med dig", "øh hvem skal høre den bagefter"),
    ("da", "okay med dig", "Hvad? Optage hvad?"),
    ("nb", "er det greit for deg", "hvem er det som hører på det etterpå"),
    ("nb", "greit for deg", "Hæ? Ta opp hva da?"),
    ("nn", "er det greitt for deg", "kven skal høyre på det etterpå"),
])
def test_a_counter_question_sends_an_objectable_call_to_review(lang, asked, back) -> None:
    got, status, codes = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], back), "no")
    assert got == "needs_review" and status == "ambiguous", codes


@pytest.mark.parametrize("lang,back", [
    ("da", "hvornår kommer montøren"),  # a question about the errand
    ("nb", "Hva koster det å bytte måler?"),
])
def test_a_question_about_the_errand_changes_nothing(lang, back) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], INFO[lang]], back), "no")
    assert got == "compliant", codes


def test_a_yes_then_an_unmarked_question_about_the_recording_is_unclear() -> None:
    got, status, _ = verdict(call("da", [NOTICE["da"], "Er det i orden?", INFO["da"]],
                                  "ja ja hvem hører den bagefter"), "dk")
    assert got == "needs_review" or status == "ambiguous"


# --- 4. We stop the recording when you ask: a withdrawal right --------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vi sletter optagelsen med det samme, hvis du beder om det."),
    ("da", "jeg stopper optagelsen så snart du siger til"),
    ("nb", "Vi stopper opptaket så snart du ber om det."),
    ("nn", "eg stoppar opptaket med ein gong du ber om det"),
])
def test_a_stop_on_the_callers_word_is_withdrawal_info(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi stopper ikke optagelsen, selv om du beder om det."),
    ("da", "Vi stopper betalingen, så snart du beder om det."),
    ("nb", "Vi kan ikke stoppe opptaket selv om du ber om det."),
])
def test_no_stop_or_another_stop_is_none(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info") is None, text


# --- 5. "Not any longer? Say stop.": a withdrawal right, also over several short sentences --------

@pytest.mark.parametrize("lang,text", [
    ("da", "Ønsker du ikke at blive optaget længere, så sig stop."),
    ("nb", "Vil du ikke bli tatt opp lenger, så si stopp."),
    ("nn", "Vil du ikkje bli teken opp meir, så sei stopp."),
])
def test_no_longer_wanting_it_then_saying_stop_is_withdrawal_info(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info"), text


@pytest.mark.parametrize("lang,pieces", [
    ("da", "Ombestemmer du dig? Helt i orden. Så afbryder vi optagelsen."),
    ("da", "Vil du ikke optages længere? Sig stop. Så stopper vi."),
    ("nb", "Ombestemmer du deg? Det går fint. Da stopper vi opptaket."),
    ("nn", "Vil du ikkje bli teken opp meir? Sei stopp. Då stoggar vi opptaket."),
])
def test_a_withdrawal_right_said_in_pieces_makes_the_call_compliant(lang, pieces) -> None:
    opening = [NOTICE[lang], "Er det i orden?" if lang == "da" else "Er det greit?", pieces]
    got, _, codes = verdict(call(lang, opening, YES[lang]), "dk")
    assert got == "compliant", codes


@pytest.mark.parametrize("lang,pieces", [
    ("da", "Ombestemmer du dig? Så må du ringe igen."),  # no stop of the recording
    ("nb", "Angrer du? Da må du ringe oss senere."),
])
def test_pieces_without_the_stop_are_no_withdrawal_info(lang, pieces) -> None:
    opening = [NOTICE[lang], "Er det i orden?" if lang == "da" else "Er det greit?", pieces]
    got, _, codes = verdict(call(lang, opening, YES[lang]), "dk")
    assert got == "non_compliant" and "NO_WITHDRAWAL_NOTICE" in codes, codes


# --- false friends stay as they were ------------------------------------------------------------

@pytest.mark.parametrize("lang,after", [
    ("da", "Kan I stoppe betalingen?"),
    ("da", "Og stop mit abonnement på bladet."),
    ("nb", "Kan dere stoppe betalingen?"),
    ("nn", "Ikkje send rekninga på papir."),
])
def test_false_friends_stay_compliant(lang, after) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], OBJECT[lang], INFO[lang]], YES[lang], after=after), "no")
    assert got == "compliant", codes


# --- 6. A request to record heard without its question mark -------------------------------------

def _request(lang: str, text: str):
    from verifier.engine import findings, meaning
    from verifier.engine.phrases import load_bank

    return findings._request(meaning.sentence(text), load_bank(lang))


@pytest.mark.parametrize("lang,text", [
    ("da", "øh er det i orden at vi optager opkaldet"),
    ("da", "er det så fint med dig"),
    ("da", "øh må jeg det"),
    ("nb", "eh går det greit at jeg tar opp samtalen"),
    ("nb", "ok for deg da"),
    ("nn", "er det greitt for deg at eg tek opp samtala"),
    ("nn", "vi tek opp samtalen for opplæring eh får eg det"),  # put after the notice, after a hesitation
])
def test_an_unmarked_request_is_read(lang, text) -> None:
    r = _request(lang, text)
    assert r is not None and r.kind == "consent_request", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Fint."),  # an answer, not a question
    ("da", "okay med mig"),  # the speaker's own leave
    ("da", "er det i orden for dig så optager vi samtalen"),  # a verb-first if, then the main clause
    ("da", "er det i orden at jeg ringer dig op igen i morgen"),  # asks about something else
    ("da", "er det okay at vi optager samtalen så vi kan lære af den"),  # more than a question
    ("nb", "Greit."),
    ("nb", "er det greit for deg så sier du bare fra"),
    ("nn", "er det greitt at eg ringjer deg i morgon"),
])
def test_look_alikes_of_an_unmarked_request_are_none(lang, text) -> None:
    assert _request(lang, text) is None, text


@pytest.mark.parametrize("lang,asked,yes", [
    ("da", "øh er det i orden med dig", "Ja, det er fint."),
    ("nb", "eh er det greit at vi tar opp samtalen", "Ja, det går fint."),
    ("nn", "eh er det greitt for deg", "Ja, det er greitt."),
])
def test_a_yes_to_an_unmarked_request_consents(lang, asked, yes) -> None:
    got, status, codes = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], yes), "dk")
    assert (got, status) == ("compliant", "given"), codes


@pytest.mark.parametrize("lang,asked,no", [
    ("da", "øh er det i orden med dig", "Nej, det vil jeg helst ikke."),
    ("nb", "eh er det greit at vi tar opp samtalen", "nei takk"),
])
def test_a_no_to_an_unmarked_request_refuses(lang, asked, no) -> None:
    for policy in ("dk", "no"):
        got, status, _ = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], no), policy)
        assert (got, status) == ("non_compliant", "refused"), policy


# --- 7. Two sentences run together, the second capitalised -----------------------------------------

@pytest.mark.parametrize("lang,text,parts", [
    ("da", "har du noget imod at vi optager samtalen Ombestemmer du dig undervejs?", 2),
    ("nb", "eh er det greit Vil du ikke bli tatt opp?", 2),
    ("da", "Det er Mette fra Nordbank", 1),  # names stay
    ("da", "Kan I stoppe optagelsen, når De vil?", 1),  # the polite "De" and plural "I" are always capitalised
])
def test_a_capitalised_opener_after_a_lower_case_word_begins_a_sentence(lang, text, parts) -> None:
    from verifier.engine.findings import _run_on
    from verifier.engine.phrases import load_bank

    assert len(_run_on(text, load_bank(lang))) == parts, text


# --- 8. Coercion said as a fragment and its consequence ------------------------------------------

@pytest.mark.parametrize("lang,pieces", [
    ("da", "Uden optagelse? Så kan vi desværre ikke hjælpe dig i dag."),
    ("nb", "Uten opptak? Da kan vi ikke behandle saken."),
    ("nn", "Utan opptak? Då kan vi ikkje hjelpe deg."),
])
def test_coercion_in_a_fragment_and_its_consequence(lang, pieces) -> None:
    for policy in ("dk", "no"):
        got, _, codes = verdict(call(lang, [NOTICE[lang], pieces, INFO[lang]], YES[lang]), policy)
        assert got == "non_compliant" and "COERCIVE_REQUEST" in codes, (policy, codes)


@pytest.mark.parametrize("lang,pieces", [
    ("da", "Skal vi optage, spørger vi dig først. Det gør vi for at kunne hjælpe dig bedre."),
    ("nb", "Hvis du ikke vil bli tatt opp, sier du bare fra. Så hjelper vi deg likevel."),
])
def test_whole_sentences_side_by_side_are_no_coercion(lang, pieces) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], pieces, INFO[lang]]), "no")
    assert "COERCIVE_REQUEST" not in codes, codes


# --- 9. The caller answers the agent's turn about the recording, not only its last sentence --------

@pytest.mark.parametrize("lang,tail,doubt", [
    ("da", "Det er helt frivilligt.", "øh det ved jeg ikke rigtig"),
    ("nb", "Det gjelder alle som ringer.", "tja vet ikke helt"),
])
def test_a_doubt_after_more_of_the_same_turn_is_read(lang, tail, doubt) -> None:
    got, status, _ = verdict(call(lang, [NOTICE[lang], INFO[lang], tail], doubt), "no")
    assert (got, status) == ("needs_review", "ambiguous")


@pytest.mark.parametrize("lang,errand,reply", [
    ("da", ["Dit navn?", "Og adresse?"], "Jens Hansen."),
    ("nb", ["Navnet ditt?", "Og fødselsdato?"], "Kari Nordmann."),
])
def test_a_short_reply_to_a_bare_question_about_the_errand_is_no_answer(lang, errand, reply) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], OBJECT[lang], INFO[lang], *errand], reply), "no")
    assert got == "compliant", codes


# --- 10. Key prompts run together without marks -----------------------------------------------------

@pytest.mark.parametrize("lang,prompt", [
    ("da", "ønsker du at blive optaget så tast 3 ønsker du ikke så tast 4"),
    ("nb", "vil du bli tatt opp så trykk 3 vil du ikke så trykk 4"),
])
def test_two_unmarked_key_prompts_are_read_each_by_its_words(lang, prompt) -> None:
    from builders import key_after

    opening = [NOTICE[lang], prompt, INFO[lang]]
    got, status, codes = verdict(call(lang, opening, events=key_after(opening[:2], "3")), "dk")
    assert (got, status) == ("compliant", "given"), codes
    got, status, codes = verdict(call(lang, opening, events=key_after(opening[:2], "4")), "no")
    assert (got, status) == ("non_compliant", "refused"), codes


# --- 11. A question of the caller's own, settled before the answer ---------------------------------

@pytest.mark.parametrize("lang,reply", [
    ("da", "Hvem skal høre den? Nå, okay. Ja, det er fint."),
    ("da", "Til træning? Nåh ja, så er det i orden."),
    ("nb", "Hvem hører på det? Aha, ja da er det greit."),
])
def test_a_settled_question_then_a_yes_consents(lang, reply) -> None:
    asked = {"da": "Er det i orden?", "nb": "Er det greit?"}[lang]
    got, status, codes = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], reply), "dk")
    assert (got, status) == ("compliant", "given"), codes


@pytest.mark.parametrize("lang,reply", [
    ("da", "Hvem skal høre den? Ja, det er fint."),  # not settled: the question stands
    ("da", "Hvem skal høre den? Nå. Nej, så vil jeg ikke."),
    ("nb", "Hvem hører på det? Aha. Det vet jeg ikke."),
])
def test_an_unsettled_question_or_a_later_no_is_not_consent(lang, reply) -> None:
    asked = {"da": "Er det i orden?", "nb": "Er det greit?"}[lang]
    got, status, _ = verdict(call(lang, [NOTICE[lang], asked, INFO[lang]], reply), "dk")
    assert got != "compliant" and status != "given", (got, status)


# --- 12. Unlabelled speech: the agent's afterthought and the errand's question are no reply ------------

@pytest.mark.parametrize("lang,ask,after,yes", [
    ("da", "Må jeg optage?", "Altså samtalen her?", "Ja, det er i orden."),
    ("nb", "Får jeg ta opp?", "Denne samtalen altså?", "Ja, det er greit."),
])
def test_an_afterthought_naming_the_call_is_the_agents(lang, ask, after, yes) -> None:
    turns = [("a", 0.5, 3.0, "Goddag." if lang == "da" else "Hei."),
             ("a", 3.2, 8.0, f"{NOTICE[lang]} {ask} {after}"),
             ("a", 8.2, 11.0, INFO[lang]), ("c", 11.5, 13.0, yes)]
    from builders import call as raw_call
    from builders import mono

    got, status, codes = verdict(raw_call(lang, mono(turns)), "dk")
    assert (got, status) == ("compliant", "given"), codes


def test_an_unlabelled_question_for_the_callers_number_is_no_answer() -> None:
    from builders import call as raw_call
    from builders import mono

    turns = [("a", 0.5, 3.0, "Goddag."), ("a", 3.2, 8.0, NOTICE["da"]), ("a", 8.2, 11.0, INFO["da"]),
             ("a", 11.5, 13.0, "hvad er dit kundenummer"), ("c", 13.5, 15.0, "det er 1234")]
    got, _, codes = verdict(raw_call("da", mono(turns)), "no")
    assert got == "compliant", codes

