"""Round 14: readings found by the held10 list's remaining misreadings (written blind).

Each rule is shown in wordings that are not held10's (nor another split's), in Danish and Norwegian
(bokmål and nynorsk), together with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import ASK, INFO, NOTICE, YES, answer_to, key_after, record_of, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. A so-that clause whose verb checks back on what was said is a purpose -----------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager opkaldet, så vi senere kan kontrollere, at aftalen blev forstået rigtigt."),
    ("da", "Samtalen bliver optaget, så vi kan gå den igennem bagefter."),
    ("nb", "Vi tar opp samtalen slik at vi kan sjekke om du fikk riktig informasjon."),
    ("nn", "Vi tek opp samtalen, så vi kan kontrollere at avtalen vart rett."),
    ("nn", "Samtalen blir teken opp slik at vi kan bli dyktigare i jobben."),
])
def test_a_so_that_clause_that_checks_back_is_a_purpose(lang, text) -> None:
    assert reading(lang, text, "purpose"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Så vi kan tjekke din adresse."),  # no recording named before "så"
    ("da", "Jeg skal bruge dit nummer, så vi kan tjekke din konto."),
    ("nb", "Gi meg fødselsnummeret, så jeg kan sjekke saken din."),
    ("nb", "Vi tar opp samtalen, så vi ikke kan sjekke noe."),
])
def test_checking_without_the_recording_before_it_is_no_purpose(lang, text) -> None:
    assert reading(lang, text, "purpose") is None, text


# --- 2. The formal "De" tells the caller of a right as "du" does ---------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "De kan når som helst trække Deres samtykke tilbage."),
    ("da", "De har ret til at få optagelsen stoppet."),
    ("nb", "De kan til enhver tid be oss stoppe opptaket."),
    ("nn", "De har rett til å få opptaket stoppa."),
])
def test_a_right_told_to_de_is_withdrawal_information(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Giver De os lov til det?"),
    ("da", "Er det i orden for Dem?"),
    ("nb", "Gir De samtykke til det?"),
])
def test_a_short_request_to_de_is_a_request(lang, text) -> None:
    assert reading(lang, text, "request"), text


@pytest.mark.parametrize("lang,opening", [
    ("da", [NOTICE["da"], ASK["da"], "De kan når som helst trække Deres samtykke tilbage."]),
    ("nb", [NOTICE["nb"], ASK["nb"], "De kan til enhver tid be oss stoppe opptaket."]),
])
def test_a_call_that_tells_de_of_the_right_is_compliant(lang, opening) -> None:
    got, status, codes = verdict(call(lang, opening, YES[lang]), "dk")
    assert (got, status) == ("compliant", "given"), codes


# --- 3. A refusal open at any time during the call is a right to have the recording stopped ------

@pytest.mark.parametrize("lang,text", [
    ("da", "Du kan undervejs frabede dig optagelsen."),
    ("da", "Du kan til enhver tid sige nej til optagelsen."),
    ("nb", "Du kan når som helst si nei til opptaket."),
    ("nn", "Du kan reservere deg mot opptaket undervegs i samtalen."),
])
def test_a_refusal_open_at_any_time_is_withdrawal_information(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Du kan sige nej til optagelse."),  # an objection option only
    ("da", "Du kan til enhver tid sige nej til vores nyhedsbrev."),
    ("nb", "Du kan ikke når som helst reservere deg mot opptaket."),
])
def test_a_refusal_without_any_time_or_recording_is_no_withdrawal_information(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info") is None, text


@pytest.mark.parametrize("lang,info", [
    ("nb", "Du kan reservere deg mot opptaket underveis."),
    ("da", "Du kan til enhver tid frabede dig optagelse."),
])
def test_an_objection_phrase_does_not_hide_the_any_time_right(lang, info) -> None:
    got, _, codes = verdict(call(lang, [NOTICE[lang], ASK[lang], info], YES[lang]), "dk")
    assert got == "compliant", codes


# --- 4. A caller who corrects the answer in the same breath -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Nej – øh, jo, det må I gerne."),
    ("nb", "Nei, hm – jo, det går greit."),
    ("nn", "Nei – jo, det er i orden."),
])
def test_a_no_corrected_by_jo_is_a_yes(lang, text) -> None:
    assert answer_to(lang, text).status == "given", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Ja – nej, det vil jeg faktisk ikke."),
    ("da", "Jo, øh – nej tak."),
    ("nb", "Ja – nei, beklager, det vil jeg ikke."),
])
def test_a_yes_corrected_to_a_no_is_a_refusal(lang, text) -> None:
    assert answer_to(lang, text).status == "refused", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Nej, jo, det er fint."),  # no break: unclear which answer stands
    ("da", "Nej – ja, fint."),  # "ja" does not contradict a no as "jo" does
    ("da", "Nej – jo, måske."),  # the yes itself doubts
    ("nb", "Nei – jo, det går fint, men jeg vet ikke."),
])
def test_a_correction_that_is_not_clear_stays_unclear(lang, text) -> None:
    assert answer_to(lang, text).status == "ambiguous", text


def test_a_correction_to_a_negatively_phrased_request_is_not_read() -> None:
    assert answer_to("da", "Ja – nej, det vil jeg ikke.", negative=True).status != "given"


# --- 5. The request's word said back before the answer ------------------------------------------

@pytest.mark.parametrize("lang,text,status", [
    ("da", "Optagelse? Ja da, det er i orden.", "given"),
    ("nb", "Opptak? Ja, det går fint.", "given"),
    ("nn", "Ta opp? Nei, det vil eg ikkje.", "refused"),
])
def test_an_echo_of_the_request_word_leaves_the_answer_standing(lang, text, status) -> None:
    assert answer_to(lang, text).status == status, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Optage hvorfor? Ja, fint."),  # a question about it, not an echo
    ("nb", "Opptak av hva? Ja da."),
    ("da", "Optagelse? Øh, det ved jeg ikke."),
])
def test_a_question_about_the_request_is_no_echo(lang, text) -> None:
    assert answer_to(lang, text).status == "ambiguous", text


# --- 6. A term of address between the answer's words -------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Nej, skat, det må I gerne."),
    ("da", "Nej da, søde, det gør ikke noget."),
    ("nb", "Nei, kjære, det går fint."),
])
def test_a_term_of_address_inside_a_no_objection_changes_nothing(lang, text) -> None:
    assert answer_to(lang, text, negative=True).status == "given", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Ja, søde, det må I gerne."),
    ("nb", "Ja, vennen min, det går fint."),
])
def test_a_term_of_address_inside_a_yes_changes_nothing(lang, text) -> None:
    assert answer_to(lang, text).status == "given", text


# --- 7. Requests without their verb, in dialect, or with "gå an" ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "OK, at vi optager opkaldet?"),
    ("da", "I orden for dig, hvis vi optager samtalen?"),
    ("nb", "Greit for deg om vi tar opp samtalen?"),
    ("nn", "Greitt om eg tek opp praten?"),
    ("da", "Går det an, altså?"),
    ("nb", "Kan det gå an?"),
    ("nn", "Går det an, tru?"),
    ("nb", "E det i orden for dæ?"),
])
def test_verbless_and_dialect_requests_are_requests(lang, text) -> None:
    assert reading(lang, text, "request"), text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Greit at jeg ringer deg tilbake?"),
    ("nb", "Greit at vi ikke tar opp samtalen?"),
    ("da", "Kan det gå an, at jeg ringer i morgen?"),
    ("da", "Fint, vi optager samtalen?"),
])
def test_look_alikes_of_verbless_requests_are_no_requests(lang, text) -> None:
    assert reading(lang, text, "request") is None, text


# --- 8. Key prompts: an adverb before the key, a labelled pair, a key after a refusing question ----

def _keyed(lang: str, prompt: str, digit: str | None, policy: str = "dk"):
    opening = [NOTICE[lang], INFO[lang], prompt]
    events = key_after(opening, digit) if digit else None
    return record_of(call(lang, opening, events=events), policy)


@pytest.mark.parametrize("lang,prompt,digit", [
    ("da", "Vil du give samtykke til optagelsen, så tryk nu 5.", "5"),
    ("nb", "Godtar du at samtalen tas opp, trykk da 7.", "7"),
    ("nn", "Samtykkjer du til opptak, trykk no 2.", "2"),
])
def test_an_adverb_between_the_key_verb_and_the_key_keeps_the_key(lang, prompt, digit) -> None:
    record = _keyed(lang, prompt, digit)
    assert (str(record.verdict), str(record.consent.status)) == ("compliant", "given"), record.reason_codes


@pytest.mark.parametrize("lang,prompt", [
    ("da", "Nej tak til optagelse: tryk 4. Ja: tryk 9."),
    ("nb", "Nei til opptak: trykk 4. Ja: trykk 9."),
])
def test_a_bare_yes_key_after_the_no_key_of_the_recording_is_its_pair(lang, prompt) -> None:
    yes, no = _keyed(lang, prompt, "9"), _keyed(lang, prompt, "4")
    assert (str(yes.verdict), str(yes.consent.status)) == ("compliant", "given"), yes.reason_codes
    assert str(no.consent.status) == "refused"


def test_a_bare_yes_key_after_another_menu_is_not_read_as_consent() -> None:
    record = _keyed("da", "Tryk 4 for at tale med en rådgiver. Ja: tryk 9.", "9")
    assert str(record.verdict) != "compliant"


@pytest.mark.parametrize("lang,prompt,digit", [
    ("da", "Ikke optaget? Tryk 7.", "7"),
    ("nb", "Ingen opptak? Trykk 3 nå.", "3"),
])
def test_a_bare_key_after_a_refusing_question_is_an_opt_out(lang, prompt, digit) -> None:
    record = _keyed(lang, prompt, digit, "no")
    assert str(record.consent.status) == "refused", record.reason_codes


# --- 9. An objection option with the telling first and the condition last --------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Giv os besked, hvis du ikke ønsker at blive optaget."),
    ("nb", "Gi beskjed med en gang hvis du ikke vil bli tatt opp."),
    ("nn", "Sei ifrå no viss du ikkje vil bli teken opp."),
    ("nb", "Vil du itj ha opptak, så sei ifra."),
])
def test_telling_first_and_the_refusing_condition_last_is_an_objection_option(lang, text) -> None:
    assert reading(lang, text, "objection"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Giv os besked, hvis du vil optages."),  # no refusal in the condition
    ("da", "Sig ikke noget, hvis du ikke vil optages."),
    ("da", "Ring til os, hvis du ikke vil optages."),  # no telling verb
])
def test_look_alikes_of_a_trailing_objection_condition_are_none(lang, text) -> None:
    assert reading(lang, text, "objection") is None, text


# --- 10. A doubt read closely is not a refusal read loosely -----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("nn", "Hm, det veit eg ikkje."),
    ("nb", "Det vet eg ikke, altså."),
    ("da", "Det ved jeg sgu ikke rigtig."),
])
def test_i_do_not_know_is_a_doubt_not_a_refusal(lang, text) -> None:
    assert answer_to(lang, text).status == "ambiguous", text


@pytest.mark.parametrize("lang,text", [
    ("nn", "Det vil eg ikkje."),
    ("nb", "Nei, det vil jeg ikke."),
])
def test_i_will_not_stays_a_refusal(lang, text) -> None:
    assert answer_to(lang, text).status == "refused", text


def test_a_yes_with_i_do_not_know_after_it_is_not_a_yes() -> None:
    assert answer_to("nb", "Ja, det vet jeg ikke om jeg vil.").status == "ambiguous"
    assert answer_to("da", "Ja, det ved jeg ikke om jeg vil.").status == "ambiguous"


# --- 11. Consent to something else taken back is no withdrawal --------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("nb", "Jeg trekker tilbake samtykket til markedsføringen."),
    ("nn", "Eg trekkjer tilbake samtykket til kundeklubben."),
    ("da", "Jeg trækker samtykket til reklamerne tilbage."),
])
def test_consent_to_something_else_taken_back_is_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal") is None, text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Jeg trekker tilbake samtykket til opptaket."),
    ("nb", "Jeg trekker tilbake samtykket til det."),
    ("da", "Jeg tilbagekalder mit samtykke til optagelsen."),
    ("nn", "Eg trekkjer tilbake samtykket mitt."),
])
def test_consent_to_the_recording_taken_back_stays_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal"), text


# --- 12. Unlabelled calls: who asks, a proviso, and which question the caller answers ---------------

@pytest.mark.parametrize("lang,question", [("da", "Okay for dig?"), ("nb", "Ok for deg, da?")])
def test_an_unlabelled_okay_question_to_you_asks(lang, question) -> None:
    transcript = call(lang, [NOTICE[lang], question, INFO[lang]], YES[lang], labels=False)
    got, status, codes = verdict(transcript, "dk")
    assert (got, status) == ("compliant", "given"), codes


def test_an_unlabelled_okay_without_a_question_stays_the_callers() -> None:
    transcript = call("da", [NOTICE["da"], "Okay, det er fint.", INFO["da"]], labels=False)
    assert verdict(transcript, "dk")[0] != "compliant"


@pytest.mark.parametrize("lang,reply", [
    ("nb", "Greit, om det blir slettet etterpå."),
    ("nn", "Ok, om den vert sletta etterpå."),
])
def test_a_proviso_with_om_is_a_condition_not_an_acknowledgement(lang, reply) -> None:
    transcript = call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], reply, labels=False)
    record = record_of(transcript, "dk")
    assert str(record.verdict) == "compliant" and record.findings.get("consent_condition"), record.reason_codes
    assert not record.findings.get("stop_ack")


@pytest.mark.parametrize("lang,question,errand", [
    ("da", "Har du dit medlemsnummer?", "Min vaskemaskine larmer."),
    ("nb", "Har du ordrenummeret ditt?", "Vaskemaskinen bråker."),
])
def test_a_question_about_the_callers_own_things_hides_no_request(lang, question, errand) -> None:
    transcript = {"language": lang, "segments": [
        {"start": 0.5, "end": 3.5, "speaker": None, "text": NOTICE[lang]},
        {"start": 3.7, "end": 6.5, "speaker": None, "text": INFO[lang]},
        {"start": 6.7, "end": 8.5, "speaker": None, "text": question},
        {"start": 9.0, "end": 11.0, "speaker": None, "text": errand},
    ]}
    got, status, codes = verdict(transcript, "no")
    assert (got, status) == ("compliant", "not_requested"), codes


def test_a_yes_to_an_unread_question_stays_unclear() -> None:
    transcript = {"language": "da", "segments": [
        {"start": 0.5, "end": 3.5, "speaker": None, "text": NOTICE["da"]},
        {"start": 3.7, "end": 6.5, "speaker": None, "text": INFO["da"]},
        {"start": 6.7, "end": 8.5, "speaker": None, "text": "Generer det dig overhovedet?"},
        {"start": 9.0, "end": 10.0, "speaker": None, "text": "Ja."},
    ]}
    assert verdict(transcript, "no")[0] != "compliant"


def test_the_caller_answers_the_last_question_asked() -> None:
    transcript = {"language": "da", "segments": [
        {"start": 0.5, "end": 3.5, "speaker": "agent", "text": NOTICE["da"]},
        {"start": 3.7, "end": 5.5, "speaker": "agent", "text": "Ikke optaget? Tryk 7."},
        {"start": 5.7, "end": 7.5, "speaker": "agent", "text": "Hvad kan jeg hjælpe med?"},
        {"start": 8.0, "end": 11.0, "speaker": "customer", "text": "Mit fjernsyn virker ikke."},
    ]}
    got, status, codes = verdict(transcript, "no")
    assert (got, status) == ("compliant", "not_requested"), codes


# --- 13. Element readings: verbless objections, frequency words, keeping, formal objections --------

@pytest.mark.parametrize("lang,text", [
    ("da", "Indvendinger mod optagelse?"),
    ("nb", "Noen innvendinger mot opptak av samtalen?"),
    ("nn", "Noko imot opptak?"),
    ("nb", "Har du nåkå imot det?"),
])
def test_a_verbless_or_dialect_objection_is_a_negative_request(lang, text) -> None:
    got = reading(lang, text, "request")
    assert got is not None and got.kind == "negative_request", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Noget nyt om optagelsen?"),
    ("da", "Noget at tilføje til optagelsen?"),
])
def test_something_about_the_recording_is_no_objection(lang, text) -> None:
    assert reading(lang, text, "request") is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Samtaler med vores rådgivere bliver en gang imellem optaget."),
    ("nb", "Samtaler med rådgiverne våre blir nå og da tatt opp."),
    ("da", "Vi kan foretage optagelse af opkaldet."),
])
def test_a_frequency_or_can_makes_the_notice_vague(lang, text) -> None:
    got = reading(lang, text, "notice")
    assert got is not None and got.kind == "vague_notice", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi kan ikke foretage optagelse af samtalen."),
    ("da", "Hvis vi skal foretage optagelse af samtalen, spørger vi først."),
])
def test_a_denied_or_conditional_noun_notice_is_none(lang, text) -> None:
    assert reading(lang, text, "notice") is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Optagelser ligger hos os i 14 dage."),
    ("nn", "Opptaket vert sletta etter ein veke."),
    ("nb", "Opptak ligger hos oss i tre måneder."),
])
def test_where_and_how_long_it_lies_is_retention(lang, text) -> None:
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    assert meaning.retention(meaning.sentence(text), load_bank(lang)), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Ønsker De ikke optagelse, bedes De meddele os det straks."),
    ("nb", "Vil De ikke bli tatt opp, ber vi Dem melde ifra nå."),
])
def test_a_formal_objection_option_is_an_objection_option(lang, text) -> None:
    assert reading(lang, text, "objection"), text


def test_an_unlabelled_i_turn_it_off_is_the_agents_not_a_withdrawal() -> None:
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    bank = load_bank("nn")
    said = meaning.sentence("Greitt, då slår eg av opptaket.")
    assert meaning.withdrawal(said, bank, context=True, unlabelled=True) is None
    assert meaning.withdrawal(meaning.sentence("Slå av opptaket no."), bank, context=True, unlabelled=True)


@pytest.mark.parametrize("lang,prompt", [
    ("da", "Tryk 5 for at sige nej til optagelsen."),
    ("nb", "Trykk 5 for å si nei til opptaket."),
])
def test_a_key_for_no_to_the_recording_opts_out_even_after_a_negative_request(lang, prompt) -> None:
    from builders import NEG_ASK

    opening = [NOTICE[lang], NEG_ASK[lang], prompt]
    record = record_of(call(lang, opening, events=key_after(opening, "5")), "no")
    assert str(record.consent.status) == "refused" and record.findings.get("keypress_optout"), record.reason_codes


@pytest.mark.parametrize("lang,lead,key,reply", [
    ("da", "Ikke optaget?", "Tryk 7.", "Ja, det er fint."),
    ("nb", "Ikke opptak?", "Trykk 7 nå.", "Ja, det går fint."),
])
def test_an_unlabelled_question_that_leads_to_a_key_is_the_agents(lang, lead, key, reply) -> None:
    transcript = {"language": lang, "segments": [
        {"start": 0.5, "end": 3.5, "speaker": None, "text": NOTICE[lang]},
        {"start": 3.7, "end": 6.5, "speaker": None, "text": ASK[lang] + " " + INFO[lang]},
        {"start": 6.7, "end": 9.0, "speaker": None, "text": lead + " " + key},
        {"start": 9.5, "end": 10.5, "speaker": None, "text": reply},
    ]}
    record = record_of(transcript, "no")
    assert str(record.consent.status) == "given" and record.consent.reply.text.startswith("Ja"), record.reason_codes


# --- 14. A proviso that the recording must not end up with others ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Okay, bare den ikke havner i de forkerte hænder."),
    ("nb", "Ok, så lenge det ikke ender opp hos andre."),
    ("nn", "Ja, berre det ikkje hamnar hos andre."),
])
def test_a_yes_provided_it_does_not_end_up_elsewhere_is_consent_with_a_condition(lang, text) -> None:
    answer = answer_to(lang, text)
    assert answer.status == "given" and answer.conditions, text


# --- 15. A refusal said again in the caller's turn is no later withdrawal ----------------------------

@pytest.mark.parametrize("lang,reply,labels", [
    ("da", "Nej, det bryder jeg mig ikke om. Lad være med at optage.", False),
    ("da", "Nej tak. Jeg vil ikke optages.", True),
    ("nb", "Nei, det vil jeg ikke. Ikke ta opp dette.", True),
    ("nn", "Nei takk. Eg vil ikkje bli teken opp.", False),
])
def test_a_no_said_twice_in_one_turn_is_one_refusal(lang, reply, labels) -> None:
    record = record_of(call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], reply, labels=labels), "dk")
    assert str(record.consent.status) == "refused" and not record.withdrawals, record.withdrawals


@pytest.mark.parametrize("lang,later", [
    ("da", "Stop lige optagelsen, tak."),
    ("nb", "Slett opptaket, er du snill."),
])
def test_a_withdrawal_after_the_agent_spoke_again_stays_a_withdrawal(lang, later) -> None:
    record = record_of(call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], YES[lang], after=later), "dk")
    assert record.withdrawals and str(record.verdict) == "non_compliant", record.reason_codes
