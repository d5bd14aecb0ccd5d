"""Round 11: readings found by the held8 list (benchmarks/bench_accuracy.py, written blind).

Each rule is shown in wordings that are not held8's (nor another split's), in Danish and Norwegian
(bokmål and nynorsk), together with the look-alikes that must stay unread: reading more things as
notices, requests, consent or withdrawal information must never make a call compliant that is not,
and reading less as a withdrawal must never hide one.
"""

from __future__ import annotations

import pytest
from builders import ASK, INFO, NEG_ASK, NOTICE, OBJECT, YES, verdict
from builders import answer_to as answer
from builders import key_after as key
from builders import read_as as reading
from builders import record_of as record
from builders import turns_call as call

from verifier.engine import meaning
from verifier.engine.phrases import load_bank

# --- 1. Withdrawal: acceptance taken back, a wish that it stop, going on without it ---------------

@pytest.mark.parametrize("lang,text", [
    # A "not" on the word that accepts, whose object is the recording.
    ("da", "Jeg mener ikke længere, det er i orden, at I optager mig."),
    ("da", "Det er altså ikke okay med mig, at samtalen optages."),
    ("nb", "Jeg synes ikke lenger det er greit at dere tar opp samtalen."),
    ("nn", "Det er ikkje lenger greitt for meg at de tek opp praten."),
    # "I want you to stop ...", the stop verb in any form.
    ("da", "Jeg vil have, at I holder op med at optage samtalen."),
    ("nb", "Jeg ønsker at dere slutter å ta opp samtalen."),
    ("nn", "Eg vil at de sluttar med opptaket no."),
    # Going on without the recording.
    ("da", "Kan vi fortsætte resten af snakken uden optagelse?"),
    ("da", "Jeg vil helst tale videre uden optagelse."),
    ("nb", "Kan vi snakke videre uten opptak?"),
    ("nn", "Kan vi halde fram utan opptak?"),
])
def test_withdrawals_read_from_their_parts(lang, text) -> None:
    assert reading(lang, text, "withdrawal") is not None
    transcript = call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], YES[lang], after=text)
    got = verdict(transcript, "dk")
    assert got[0] == "non_compliant" and "CONSENT_WITHDRAWN" in got[2], got


@pytest.mark.parametrize("lang,text", [
    # The "not" answered the question ("not at all"); the acceptance stands.
    ("da", "Nej, overhovedet ikke, det er i orden, at I optager."),
    # A doubt, not a refusal.
    ("da", "Jeg ved ikke, om det er okay, at I optager."),
    ("nb", "Jeg er ikke sikker på om det er greit at dere tar opp."),
    # Not about the recording.
    ("da", "Det er ikke i orden, at min regning er forkert."),
    ("nn", "Det er ikkje greitt at rekninga er feil."),
    # Stopping something else, or without something else.
    ("nb", "Jeg vil at dere slutter å ringe meg."),
    ("da", "Kan jeg betale uden kort?"),
])
def test_withdrawal_look_alikes_stay_unread(lang, text) -> None:
    assert reading(lang, text, "withdrawal") is None


@pytest.mark.parametrize("lang,text", [
    ("da", "Hvis det ikke er i orden, at vi optager, så sig til."),
    ("da", "Hvis du vil, kan vi fortsætte uden optagelse."),
    ("nb", "Om det ikke er greit at vi tar opp samtalen, kan du si fra."),
])
def test_the_agents_conditions_are_no_withdrawal_from_an_unknown_speaker(lang, text) -> None:
    bank = load_bank(lang)
    assert meaning.withdrawal(meaning.sentence(text), bank, context=True, unlabelled=True) is None


def test_a_refusal_across_clauses_is_one_answer() -> None:
    """The whole sentence refuses: no clause of it ("det er i orden") is read as a yes."""
    assert answer("da", "Nej, jeg synes ikke, det er i orden, at I optager.").status == "refused"
    assert answer("nb", "Jeg synes ikke det er greit, at dere tar opp samtalen.").status == "refused"


# --- 2. Being taken into something is not being recorded -----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg vil ikke optages i fagforeningen alligevel."),
    ("da", "Jeg vil ikke have min datter optaget i klubben."),
    ("nb", "Jeg vil ikke bli tatt opp i pensjonsordningen likevel."),
    ("nn", "Eg vil ikkje bli teken opp i medlemsregisteret."),
])
def test_enrolment_is_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal") is None
    transcript = call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], YES[lang], after=text)
    assert verdict(transcript, "dk") == ("compliant", "given", set())


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg vil ikke optages i den her samtale."),
    ("nb", "Jeg vil ikke bli tatt opp på bånd."),
    ("nn", "Eg vil ikkje bli teken opp i det heile."),
])
def test_refusals_with_a_place_stay_withdrawals(lang, text) -> None:
    transcript = call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], YES[lang], after=text)
    got = verdict(transcript, "dk")
    assert got[0] == "non_compliant" and "CONSENT_WITHDRAWN" in got[2], got


# --- 3. Key prompts: polarity, leave to record, an objection, never a spoken reply ---------------

@pytest.mark.parametrize("lang,prompt", [
    ("da", "Har du noget imod, at vi optager samtalen? Tast 1 for ja og 2 for nej."),
    ("da", "Har du indvendinger mod optagelse? Ja: tryk 1. Nej: tryk 2."),
    ("nb", "Har du noe imot at vi tar opp samtalen? Trykk 1 for ja og 2 for nei."),
    ("nn", "Har du noko imot opptak? Ja: trykk 1. Nei: trykk 2."),
])
def test_yes_and_no_keys_after_a_negative_question(lang, prompt) -> None:
    """To "do you mind?", the key "for ja" objects and the key "for nej" is never read as consent."""
    opening = [NOTICE[lang], INFO[lang], prompt]
    yes_key = verdict(call(lang, opening, events=key(opening, "1")), "dk")
    assert yes_key[:2] == ("non_compliant", "refused"), yes_key
    no_key = verdict(call(lang, opening, events=key(opening, "2")), "dk")
    assert no_key[0] != "compliant" and no_key[1] != "given", no_key


@pytest.mark.parametrize("lang,prompt", [
    ("da", "Må vi optage samtalen? Ja: tast 4. Nej: tast 5."),
    ("da", "Tast 4, hvis vi må optage samtalen, og 5, hvis vi ikke må."),
    ("nb", "Kan vi ta opp samtalen? Ja: trykk 4. Nei: trykk 5."),
    ("nn", "Trykk 4 om vi får ta opp samtalen, og 5 om vi ikkje får."),
])
def test_yes_keys_after_a_positive_question_or_for_leave_to_record(lang, prompt) -> None:
    opening = [NOTICE[lang], INFO[lang], prompt]
    assert verdict(call(lang, opening, events=key(opening, "4")), "dk") == ("compliant", "given", set())
    got = verdict(call(lang, opening, events=key(opening, "5")), "dk")
    assert got[:2] == ("non_compliant", "refused"), got


@pytest.mark.parametrize("lang,prompt", [
    ("da", "Er du imod optagelse, så tast 4."),
    ("nb", "Har du innvendinger mot opptak, trykk 4."),
    ("nn", "Er du imot opptak, trykk 4."),
])
def test_a_key_for_an_objection_opts_out(lang, prompt) -> None:
    opening = [NOTICE[lang], INFO[lang], prompt]
    assert verdict(call(lang, opening, events=key(opening, "4")), "no")[:2] == ("non_compliant", "refused")


@pytest.mark.parametrize("lang,prompt", [
    ("da", "Må vi optage samtalen? Ja: tast 4. Nej: tast 5."),
    ("nb", "Kan vi ta opp samtalen? Ja: trykk 4. Nei: trykk 5."),
])
def test_an_unlabelled_key_prompt_is_no_spoken_yes(lang, prompt) -> None:
    """"Ja: tast 4." in the agent's unlabelled turn is the prompt, not the caller saying yes."""
    transcript = call(lang, [NOTICE[lang], INFO[lang], prompt], labels=False)
    got = verdict(transcript, "dk")
    assert got[0] == "non_compliant" and got[1] != "given", got


@pytest.mark.parametrize("lang,menu", [
    ("da", "Ja, tast 9 for at tale med en rådgiver."),
    ("nb", "Ja, trykk 9 for å snakke med en rådgiver."),
])
def test_a_yes_beside_a_menu_key_is_neither_a_yes_key_nor_a_spoken_yes(lang, menu) -> None:
    """After a request, "Ja, tast 9 for ..." is the agent's menu: pressing 9 is no opt-in, and in
    unlabelled speech the sentence is no spoken yes (callers do not say "press 9")."""
    opening = [NOTICE[lang], ASK[lang], INFO[lang], menu]
    pressed = verdict(call(lang, opening, events=key(opening, "9")), "dk")
    assert pressed[0] != "compliant" and pressed[1] != "given", pressed
    unlabelled = verdict(call(lang, opening, labels=False), "dk")
    assert unlabelled[0] != "compliant" and unlabelled[1] != "given", unlabelled


# --- 4. Coercion: a condition without "if" whatever its subject ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Må vi ikke optage samtalen, kan jeg desværre ikke oprette sagen."),
    ("nb", "Får vi ikke ta opp samtalen, kan vi ikke behandle saken din."),
    ("nn", "Får me ikkje ta opp samtalen, kan eg dessverre ikkje hjelpe deg."),
])
def test_coercion_with_we_in_the_condition(lang, text) -> None:
    assert reading(lang, text, "coercion") is not None
    got = verdict(call(lang, [NOTICE[lang], ASK[lang], text, INFO[lang]], YES[lang]), "dk")
    assert got[0] == "non_compliant" and "COERCIVE_REQUEST" in got[2], got


@pytest.mark.parametrize("lang,text", [
    ("da", "Optager vi samtalen, kan du få en kopi bagefter."),
    ("nb", "Tar vi opp samtalen, kan du alltid be oss stoppe."),
    ("nn", "Får vi ta opp samtalen, kan du få ein kopi."),
])
def test_conditions_with_we_that_refuse_nothing_are_no_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion") is None


# --- 5. Notices: a named subject, a reserved right, switching it on, the call's words ------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vores kundecenter optager alle samtaler for at kunne forbedre vores service."),
    ("da", "Jeg optager vores snak for at kunne forbedre vores service."),
    ("da", "Vi har sat optagelse til på opkaldet for at kunne forbedre vores service."),
    ("nb", "Banken tar opp alle samtaler for å kunne forbedre kundeservicen."),
    ("nb", "Vi har skrudd på opptak av samtalen for å kunne forbedre kundeservicen."),
    ("nn", "Kundesenteret tek opp alle samtalar for å betre kundeservicen."),
    ("nn", "Vi tek opp praten for å betre kundeservicen."),
])
def test_notices_read_from_their_parts(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "recording_notice", r
    assert verdict(call(lang, [text, OBJECT[lang]]), "no") == ("compliant", "not_requested", set())


@pytest.mark.parametrize("lang,text,code", [
    ("da", "Hvis kundecentret optager samtalen, får du besked først.", "NO_RECORDING_NOTICE"),
    ("da", "Kundecentret optager ikke samtaler.", "NO_RECORDING_NOTICE"),
    ("da", "Vi har slået optagelse fra på denne samtale.", "NO_RECORDING_NOTICE"),
    ("da", "Vi har stoppet optagelse af samtalen.", "NO_RECORDING_NOTICE"),
    ("da", "Kundecentret kan optage samtaler.", "VAGUE_NOTICE"),
    ("da", "Vi forbeholder os ret til at optage udvalgte opkald.", "VAGUE_NOTICE"),
    ("nb", "Vi forbeholder oss retten til å ta opp samtaler.", "VAGUE_NOTICE"),
    ("nb", "Banken kan ta opp samtaler.", "VAGUE_NOTICE"),
    ("nn", "Vi har slått av opptak på denne linja.", "NO_RECORDING_NOTICE"),
])
def test_notice_look_alikes_give_no_definite_notice(lang, text, code) -> None:
    purpose = {"da": "Det er for at forbedre vores service.", "nb": "Det er for å forbedre kundeservicen.",
               "nn": "Det er for å betre kundeservicen."}[lang]
    got = verdict(call(lang, [text, purpose, OBJECT[lang]]), "no")
    assert got[0] == "non_compliant" and code in got[2], got


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi har slået optagelse til på samtalen."),
    ("nb", "Vi har slått på opptak av samtalen."),
])
def test_switching_the_recording_on_is_no_withdrawal(lang, text) -> None:
    """Tolerance may hear "slet optagelsen" in "slået optagelse"; switching it on withdraws nothing."""
    transcript = call(lang, [text, ASK[lang], INFO[lang]], YES[lang], labels=False)
    r = record(transcript, "no")
    assert not r.withdrawals and "CONSENT_WITHDRAWN" not in r.reason_codes, r.reason_codes


@pytest.mark.parametrize("lang,text", [
    ("da", "Samtaleoptagelser gemmes i 90 dage."),
    ("nb", "Samtaleopptak lagres i 90 dager."),
])
def test_retention_with_a_loose_notice_in_it_leaves_a_vague_notice_vague(lang, text) -> None:
    vague = {"da": "Samtalen kan blive optaget for at forbedre vores service.",
             "nb": "Samtalen kan bli tatt opp for å forbedre kundeservicen."}[lang]
    got = verdict(call(lang, [vague, text, OBJECT[lang]]), "no")
    assert got[0] == "non_compliant" and "VAGUE_NOTICE" in got[2], got


# --- 6. Purpose: "so that we have ..." -----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Det gør vi, så vi har dokumentation for aftalen."),
    ("da", "Det sker, så vi får mulighed for træning af nye kolleger."),
    ("nb", "Dette gjør vi slik at vi får dokumentasjon på avtalen."),
    ("nn", "Det gjer vi slik at vi har dokumentasjon på avtala."),
])
def test_purpose_as_what_we_gain(lang, text) -> None:
    assert reading(lang, text, "purpose") is not None


@pytest.mark.parametrize("lang,text", [
    ("da", "Samtalen optages, så vi ikke mister dokumentation."),
    ("da", "Det gør vi, så vi har styr på din adresse."),
    ("nb", "Vi ringer deg opp igjen, slik at du får svar."),
])
def test_purpose_look_alikes_stay_unread(lang, text) -> None:
    assert reading(lang, text, "purpose") is None


# --- 7. Requests: "noget, du er ...", objections by other words, fillers, "at vi gør det" --------

@pytest.mark.parametrize("lang,question,kind", [
    ("da", "Er det noget, du er indforstået med?", "consent_request"),
    ("nb", "Er det noe du er komfortabel med?", "consent_request"),
    ("nn", "Er det noko du er samd i?", "consent_request"),
    ("nb", "Er du med på en slik ordning?", "consent_request"),
    ("nn", "Er du med på ei sånn ordning?", "consent_request"),
    ("da", "Har du nogen indsigelser mod det?", "negative_request"),
    ("da", "Har du noget at udsætte på det?", "negative_request"),
    ("nb", "Har du noe å utsette på det?", "negative_request"),
    ("nb", "Har du noen innsigelser?", "negative_request"),
    ("da", "Plager det dig på nogen måde?", "negative_request"),
    ("nb", "Er det et problem for din del?", "negative_request"),
    ("da", "Generer det dig, hvis vi gør det?", "negative_request"),
    ("nn", "Gjer det deg noko om vi gjer det?", "negative_request"),
])
def test_short_requests_read_from_their_parts(lang, question, kind) -> None:
    r = reading(lang, question, "request")
    assert r is not None and r.kind == kind, r


@pytest.mark.parametrize("lang,question,kind", [
    ("da", "Bliver det et problem for dig, at vi optager samtalen?", "negative_request"),
    ("nb", "Blir det noe problem for deg at vi tar opp samtalen?", "negative_request"),
    ("nn", "Vert det greitt for deg at vi tek opp samtalen?", "consent_request"),
])
def test_long_requests_opening_with_become(lang, question, kind) -> None:
    r = reading(lang, question, "request")
    assert r is not None and r.kind == kind, r


@pytest.mark.parametrize("lang,question", [
    ("da", "Er det noget, du er glad for?"),
    ("da", "Er det noget, du er imod?"),
    ("da", "Har du nogen indsigelser mod regningen?"),
    ("da", "Gør det noget, at vi ringer igen?"),
    ("nb", "Er det noe du er fornøyd med?"),
    ("nb", "Har du noe å utsette på fakturaen?"),
    ("nn", "Blir det dyrt for meg?"),
])
def test_request_look_alikes_stay_unread(lang, question) -> None:
    assert reading(lang, question, "request") is None


def test_a_negative_question_answered_by_a_question_needs_review() -> None:
    transcript = call("da", [NOTICE["da"], "Har du nogen indsigelser mod, at vi optager?", INFO["da"]],
                      "Hvad betyder det for mig?")
    got = verdict(transcript, "no")
    assert got[0] == "needs_review" and "CONSENT_AMBIGUOUS" in got[2], got


# --- 8. Withdrawal information and objection options in other words ----------------------------

@pytest.mark.parametrize("lang,sentence,kind", [
    ("da", "Du står frit for at trække dit samtykke tilbage.", "withdrawal_info"),
    ("da", "Det er muligt at tilbagekalde samtykket når som helst.", "withdrawal_info"),
    ("nb", "Det er mulig å trekke samtykket tilbake når som helst.", "withdrawal_info"),
    ("nn", "Det går an å trekkje samtykket tilbake undervegs.", "withdrawal_info"),
    ("da", "Du har ret til at modsætte dig, at samtalen optages.", "objection"),
    ("nb", "Du har rett til å motsette deg at samtalen tas opp.", "objection"),
])
def test_information_in_other_words(lang, sentence, kind) -> None:
    assert reading(lang, sentence, kind) is not None


@pytest.mark.parametrize("lang,sentence", [
    ("da", "Det er ikke muligt at trække samtykket tilbage."),
    ("da", "Du står frit for at trække din klage tilbage."),
    ("nb", "Det er ikke mulig å trekke samtykket tilbake."),
    ("nn", "Det går an å trekkje søknaden tilbake."),
])
def test_information_look_alikes_stay_unread(lang, sentence) -> None:
    assert reading(lang, sentence, "withdrawal_info") is None


# --- 9. Replies: a yes in other words, a "not" made stronger, a limit on keeping, a refrain ------

@pytest.mark.parametrize("lang,text", [
    ("da", "Det kan jeg godt gå med til."),
    ("da", "Det vil jeg gerne acceptere."),
    ("nb", "Det går jeg med på."),
    ("nn", "Det kan eg godt godta."),
])
def test_a_yes_in_other_words(lang, text) -> None:
    assert answer(lang, text).status == "given"
    assert verdict(call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], text), "dk") == ("compliant", "given", set())


@pytest.mark.parametrize("lang,text,status", [
    ("da", "Det kan jeg ikke gå med til.", None),
    ("da", "Det kan jeg godt forstå.", "ambiguous"),
    ("nb", "Det kan jeg godt gå med på, men hvem hører det?", "ambiguous"),
    ("nn", "Det må eg tenkje på.", "ambiguous"),
    ("da", "Ja, jeg forstår det ikke.", "ambiguous"),
    ("nb", "Ja, hva mener du med det?", "ambiguous"),
])
def test_look_alikes_of_a_yes_are_no_yes(lang, text, status) -> None:
    got = answer(lang, text).status
    assert got != "given" and (status is None or got == status), got


@pytest.mark.parametrize("lang,text", [
    ("da", "Nej, ikke det mindste, det er i orden."),
    ("nb", "Nei, absolutt ikke, det går fint."),
    ("nn", "Nei, ikkje i det heile, det er greitt."),
])
def test_a_stronger_not_to_a_negative_question_consents(lang, text) -> None:
    assert answer(lang, text, negative=True).status == "given"
    got = verdict(call(lang, [NOTICE[lang], NEG_ASK[lang], INFO[lang]], text), "dk")
    assert got[:2] == ("needs_review", "given") and "NEGATIVELY_PHRASED_REQUEST" in got[2], got


@pytest.mark.parametrize("lang,text", [
    ("da", "Nej, ikke det mindste."),
    ("nb", "Nei, absolutt ikke."),
])
def test_a_stronger_not_to_a_positive_question_refuses(lang, text) -> None:
    assert answer(lang, text).status == "refused"


@pytest.mark.parametrize("lang,text", [
    ("da", "Ja, hvis den ikke gemmes længere end nødvendigt."),
    ("nb", "Ja, så lenge det ikke lagres lenger enn nødvendig."),
    ("nn", "Ja, viss opptaket ikkje blir lagra lenger enn naudsynt."),
])
def test_a_limit_on_keeping_is_a_condition_on_a_yes(lang, text) -> None:
    got = answer(lang, text)
    assert got.status == "given" and got.conditions, got


@pytest.mark.parametrize("lang,text", [
    ("da", "Ja, hvis den ikke bliver gemt."),
    ("da", "Ja, men den må ikke gemmes."),
    ("nb", "Ja, viss det ikke lagres."),
])
def test_no_keeping_at_all_is_no_condition(lang, text) -> None:
    assert answer(lang, text).status == "ambiguous"


@pytest.mark.parametrize("lang,text", [
    ("da", "Ja, lad bare være med at optage."),
    ("nb", "Ja, la heller være å ta det opp."),
    ("nn", "Ja, la berre vere å ta opp samtalen."),
])
def test_let_it_be_to_a_negative_question_refuses(lang, text) -> None:
    assert answer(lang, text, negative=True).status == "refused"
