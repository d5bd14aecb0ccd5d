"""Round 15: readings found by the held11 list's misreadings (written blind, first run after round 14).

Each rule is shown in wordings that are not held11's, in Danish and Norwegian (bokmål and nynorsk),
together with the look-alikes that must stay as they were. The first six causes made calls falsely
compliant; the rest sent compliant calls to non_compliant or needs_review.
"""

from __future__ import annotations

import pytest
from builders import INFO, NOTICE, YES, answer_to, key_after, record_of, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. A refusal whose object is a that-clause after the comma; a stored call is the recording ----

@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg ønsker ikke, at mit opkald bliver gemt hos jer."),
    ("da", "Jeg vil ikke have, at optagelsen bliver liggende."),
    ("da", "Jeg vil altså ikke have, at vores samtale bliver opbevaret."),
    ("nb", "Jeg vil ikke at samtalen vår blir lagret noe sted."),
    ("nn", "Eg vil ikkje at samtalen skal lagrast hos dykk."),
])
def test_not_wanting_the_call_stored_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg vil ikke have, at min sag bliver lukket."),
    ("da", "Jeg vil ikke have, at I sletter optagelsen."),  # keep it: the opposite of a withdrawal
    ("da", "Jeg vil ikke have, at mit kort bliver gemt."),
    ("nb", "Jeg vil ikke at kortet mitt blir lagret."),
])
def test_not_wanting_something_else_stored_is_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


@pytest.mark.parametrize("lang,later", [
    ("da", "Jeg ønsker ikke, at denne samtale bliver gemt hos jer."),
    ("nb", "Jeg vil ikke at praten vår skal bli lagret hos dere."),
])
def test_a_late_wish_that_the_call_not_be_stored_makes_the_call_non_compliant(lang, later) -> None:
    record = record_of(call(lang, [NOTICE[lang], INFO[lang]], YES[lang], after=later), "no")
    assert str(record.verdict) == "non_compliant" and record.withdrawals, record.reason_codes


# --- 2. Consent said to hold no longer is taken back ----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Mit samtykke til optagelsen gælder ikke mere."),
    ("da", "Mit ja gælder altså ikke længere."),
    ("nb", "Samtykket mitt til opptaket gjelder ikke lenger."),
    ("nn", "Mitt ja til opptaket gjeld ikkje lenger."),
])
def test_consent_that_no_longer_holds_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Mit ja til tilbuddet gælder ikke længere."),  # after recording talk: still the offer
    ("da", "Rabatkoden gælder ikke længere."),
    ("nb", "Avtalen min om strøm gjelder ikke lenger."),
    ("nb", "Tilbudet gjelder ikke lenger."),
])
def test_something_else_that_no_longer_holds_is_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal") is None, text


# --- 3. The recording named in the sentence's first clause is what "det" points back to --------

@pytest.mark.parametrize("lang,text", [
    ("da", "Det der med optagelsen – den kan I godt slette, tak."),
    ("da", "Optagelsen, ja, den vil jeg gerne have, at I stopper, altså stop den."),
    ("nb", "Det med opptaket, det vil jeg ikke være med på, så slett det."),
    ("nn", "Opptaket – det likar eg ikkje, så stopp det no."),
])
def test_stop_it_after_the_recording_named_earlier_in_the_sentence_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Stop det, tak."),  # nothing named, no talk before
    ("nb", "Det med regningen – stopp den, takk."),
    ("da", "Det med betalingen, den kan I godt slette."),
])
def test_stop_it_without_the_recording_before_it_is_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


# --- 4. The recorder itself is the recording --------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("nb", "Kan dere slå av båndopptakeren nå?"),
    ("nn", "Skru av båndopptakaren, takk."),
    ("da", "Kan I slukke for båndoptageren?"),
])
def test_switching_off_the_recorder_is_a_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False), text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Kan dere slå av lyset?"),
    ("nb", "Kan du skru av radioen?"),
])
def test_switching_off_something_else_is_no_withdrawal(lang, text) -> None:
    assert reading(lang, text, "withdrawal", context=False) is None, text


# --- 5. A service as the subject before "only", then a when-clause about the recording ------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Hos os er det sådan, at sagsbehandling kun sker, når samtalen optages."),
    ("da", "Vejledning over telefonen gives udelukkende, hvis opkaldet optages."),
    ("nb", "Hos oss er det slik at saksbehandling bare skjer når samtalen tas opp."),
    ("nn", "Rådgjeving på telefon kan berre skje når samtalen blir teken opp."),
])
def test_a_service_allowed_only_when_recorded_is_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Rådgivning sker kun på hverdage, når vi har åbent."),  # nothing about the recording
    ("da", "Vi optager kun samtalen, når du har sagt ja."),  # no service made to depend on it
    ("nb", "Rådgivning skjer bare når du har bestilt time."),
    ("nb", "Saksbehandling skjer bare når samtalen ikke tas opp."),  # a "not": left alone
])
def test_only_without_a_service_tied_to_the_recording_is_no_coercion(lang, text) -> None:
    assert reading(lang, text, "coercion") is None, text


@pytest.mark.parametrize("lang,opening", [
    ("da", [NOTICE["da"], "Vi rådgiver kun, når samtalen optages.", INFO["da"]]),
    ("nb", [NOTICE["nb"], "Rådgivning skjer kun når samtalen tas opp.", INFO["nb"]]),
])
def test_a_call_with_such_a_tie_is_not_compliant(lang, opening) -> None:
    for policy in ("dk", "no"):
        got, _, codes = verdict(call(lang, opening, YES[lang]), policy)
        assert got == "non_compliant" and "COERCIVE_REQUEST" in codes, codes


# --- 6. Requests in slang and as agreement; passing as a refusal ------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Er det chill med dig, at vi optager opkaldet?"),
    ("da", "Er vi enige om det, ikke?"),
    ("da", "Kan vi så blive enige om det, ik'?"),
    ("da", "Er det noget, du kan gå god for?"),
    ("nb", "Er det kult at vi tar opp samtalen?"),
    ("nb", "Kan du gå god for det?"),
    ("nn", "Er vi samde om det?"),
])
def test_slang_and_agreement_questions_are_requests(lang, text) -> None:
    assert reading(lang, text, "request"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Kan vi blive enige om en tid?"),
    ("da", "Det er ikke i orden, vel?"),
    ("nb", "Jeg kan ikke gå god for ham."),
])
def test_look_alikes_of_agreement_questions_are_no_requests(lang, text) -> None:
    assert reading(lang, text, "request") is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Det står jeg over."),
    ("da", "Nej, det står jeg over, tak."),
    ("da", "Jeg melder pas."),
    ("nb", "Jeg står over, takk."),
    ("nn", "Det står eg over."),
])
def test_passing_is_a_refusal(lang, text) -> None:
    assert answer_to(lang, text).status == "refused", text


@pytest.mark.parametrize("lang,ask,reply", [
    ("da", "Er det chill med dig, at vi optager opkaldet?", "Øh, hvem får den at høre?"),
    ("nb", "Er det noe du kan gå god for?", "Det kommer an på hvem som hører på det."),
])
def test_a_doubtful_reply_to_a_slang_request_needs_review(lang, ask, reply) -> None:
    got, status, _ = verdict(call(lang, [NOTICE[lang], ask, INFO[lang]], reply), "no")
    assert (got, status) == ("needs_review", "ambiguous")


# --- 7. A yes in slang; an indirect question after the yes is no doubt ------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Fedt, bare kør løs."),
    ("da", "Kør bare på."),
    ("da", "Ja, helt fint – så har I jo styr på, hvad vi aftalte."),
    ("da", "Ja, det er i orden, så kan I høre, hvad jeg sagde, hvis noget går galt."),
    ("nb", "Kult, bare kjør på."),
])
def test_a_yes_in_slang_or_followed_by_an_indirect_question_is_a_yes(lang, text) -> None:
    assert answer_to(lang, text).status == "given", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Ja, det er fint, men hvad skal den bruges til?"),
    ("da", "Ja, men hvad, jeg ved ikke."),
    ("da", "Det er ikke fedt."),
    ("nb", "Ja, greit, men hva skjer med opptaket?"),
])
def test_a_real_question_or_a_not_after_the_yes_leaves_it_unclear(lang, text) -> None:
    assert answer_to(lang, text).status != "given", text


# --- 8. Key prompts: the other key of a refusing prompt, a key that closes its clause, "vil du optages?"

def _keyed(lang: str, prompts: list[str], digit: str, policy: str = "dk"):
    opening = [NOTICE[lang], INFO[lang], *prompts]
    return record_of(call(lang, opening, events=key_after(opening, digit)), policy)


@pytest.mark.parametrize("lang,prompts,yes,no", [
    ("da", ["Siger du nej til optagelse, så tryk 3.", "Giver du samtykke, så tryk 8."], "8", "3"),
    ("nb", ["Vil du reservere deg mot opptak, trykk 3.", "Godtar du, trykk 8."], "8", "3"),
])
def test_a_consent_key_after_the_refusing_key_of_the_recording_is_its_pair(lang, prompts, yes, no) -> None:
    said_yes, said_no = _keyed(lang, prompts, yes), _keyed(lang, prompts, no)
    assert (str(said_yes.verdict), str(said_yes.consent.status)) == ("compliant", "given"), said_yes.reason_codes
    assert str(said_no.consent.status) == "refused"


def test_a_consent_key_after_another_menu_is_not_read_as_consent() -> None:
    record = _keyed("da", ["Vil du tale med en rådgiver, så tryk 3.", "Accepterer du, så tryk 8."], "8")
    assert str(record.verdict) != "compliant"


@pytest.mark.parametrize("lang,prompt,yes,no", [
    ("da", "Giver du lov til optagelse, så tryk 3 – ellers tryk 9.", "3", "9"),
    ("nn", "Samtykkjer du til opptak, trykk 3 – vil du ikkje, trykk 9.", "3", "9"),
])
def test_a_key_that_closes_its_clause_closes_its_prompt(lang, prompt, yes, no) -> None:
    said_yes, said_no = _keyed(lang, [prompt], yes), _keyed(lang, [prompt], no)
    assert (str(said_yes.verdict), str(said_yes.consent.status)) == ("compliant", "given"), said_yes.reason_codes
    assert str(said_no.consent.status) == "refused"


@pytest.mark.parametrize("lang,prompt,yes,no", [
    ("da", "Tryk 5, hvis vi må optage opkaldet, eller tryk 7, hvis du siger nej.", "5", "7"),
    ("nb", "Trykk 5 om vi får ta opp samtalen, eller trykk 7 om vi ikke får.", "5", "7"),
])
def test_a_key_that_opens_its_prompt_keeps_the_words_after_it(lang, prompt, yes, no) -> None:
    said_yes, said_no = _keyed(lang, [prompt], yes), _keyed(lang, [prompt], no)
    assert (str(said_yes.verdict), str(said_yes.consent.status)) == ("compliant", "given"), said_yes.reason_codes
    assert str(said_no.consent.status) == "refused"


@pytest.mark.parametrize("lang,prompt", [
    ("da", "Tryk 2, hvis vi må optage opkaldet, eller tryk 7, hvis du siger nej."),
    ("nb", "Trykk 2 om vi får ta opp samtalen, eller trykk 7 om du sier nei."),
])
def test_a_key_for_saying_no_is_never_read_as_the_key_for_yes(lang, prompt) -> None:
    # found while writing the tests above: "hvis du siger nej" fitted "hvis du siger ja" loosely
    record = _keyed(lang, [prompt], "7")
    assert str(record.verdict) != "compliant" and str(record.consent.status) == "refused", record.reason_codes


@pytest.mark.parametrize("lang,text", [
    ("da", "Ønsker du at blive optaget?"),
    ("da", "Vil du gerne optages?"),
    ("nb", "Vil du bli tatt opp?"),
    ("nn", "Ønskjer du å bli teken opp?"),
])
def test_asking_whether_the_caller_wants_to_be_recorded_is_a_request(lang, text) -> None:
    assert reading(lang, text, "request"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vil du optage et lån?"),
    ("da", "Vil du optages i foreningen?"),
    ("da", "Vil du ikke optages?"),
    ("nb", "Vil du ta opp et lån?"),
])
def test_look_alikes_of_a_wish_to_be_recorded_are_no_requests(lang, text) -> None:
    assert reading(lang, text, "request") is None, text


@pytest.mark.parametrize("lang,prompts", [
    ("da", ["Ønsker du at blive optaget?", "Ja: tryk 4. Nej: tryk 6."]),
    ("nb", ["Vil du bli tatt opp?", "Ja: trykk 4. Nei: trykk 6."]),
])
def test_yes_and_no_keys_after_the_wish_question(lang, prompts) -> None:
    yes, no = _keyed(lang, prompts, "4"), _keyed(lang, prompts, "6")
    assert (str(yes.verdict), str(yes.consent.status)) == ("compliant", "given"), yes.reason_codes
    assert str(no.consent.status) == "refused"


# --- 9. Purposes: getting wiser; "formålet er at" in Norwegian ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen, så vi kan blive klogere på vores kunders behov."),
    ("nb", "Samtalen tas opp slik at vi kan bli klokere på hva som fungerer."),
    ("nb", "Vi tar opp samtalen. Formålet er at vi kan lære av den."),
])
def test_getting_wiser_from_the_recording_is_a_purpose(lang, text) -> None:
    last = text.split(". ")[-1]
    assert reading(lang, last, "purpose"), text


# --- 10. A compound whose head is another noun is not the recording ---------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg trækker min ansøgning til optagelsesprøven tilbage."),
    ("nb", "Jeg trekker tilbake påmeldingen til opptaksprøven."),
    ("nn", "Eg angrar på opptaksprøva."),
])
def test_the_admission_test_is_not_the_recording(lang, text) -> None:
    assert reading(lang, text, "withdrawal") is None, text


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg trækker mit samtykke til optagelsen tilbage nu."),
    ("da", "Jeg trækker mit samtykke til lydoptagelsen tilbage."),
    ("nb", "Jeg trekker samtykket mitt til opptaket tilbake."),
])
def test_the_recording_itself_stays_the_recording(lang, text) -> None:
    assert reading(lang, text, "withdrawal"), text


# --- 11. "Er det noe mer ...?" asks nothing about the recording ---------------------------------------

@pytest.mark.parametrize("lang,info", [
    ("nb", "Du har når som helst rett til å trekke samtykket ditt til opptaket tilbake."),
    ("da", "Du har til enhver tid ret til at trække dit samtykke til optagelsen tilbage."),
])
def test_a_right_to_withdraw_is_no_request_when_only_an_errand_question_follows(lang, info) -> None:
    closing = "Er det noe mer jeg kan gjøre for deg?" if lang == "nb" else "Er der noget andet, jeg kan gøre?"
    got, status, codes = verdict(call(lang, [NOTICE[lang], info], None,
                                      later=[("customer", "Jeg har et spørsmål." if lang == "nb" else
                                              "Jeg har et spørgsmål."), ("agent", closing)]), "no")
    assert (got, status) == ("compliant", "not_requested"), codes


# --- 12. "Godtek du ...?" opens a request ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("nn", "Godtek du at vi tek opp samtalen?"),
    ("nn", "Godtek du at praten blir teken opp?"),
])
def test_godtek_opens_a_request(lang, text) -> None:
    assert reading(lang, text, "request"), text


# --- 13. "sånn at vi kan" is "slik at vi kan"; nynorsk "nei då" to "do you mind?" --------------------

@pytest.mark.parametrize("lang,text", [
    ("nb", "Samtalen tas opp sånn at vi kan gi bedre svar."),
    ("nn", "Det er sånn at me kan lære av samtalane."),
])
def test_sann_at_vi_kan_is_a_purpose(lang, text) -> None:
    assert reading(lang, text, "purpose"), text


@pytest.mark.parametrize("lang,text", [
    ("nb", "Det er sånn at vi ikke kan hjelpe deg i dag."),
    ("nb", "Vi tar opp samtalen, sånn at du vet det."),
])
def test_look_alikes_of_sann_at_are_no_purpose(lang, text) -> None:
    assert reading(lang, text, "purpose") is None, text


@pytest.mark.parametrize("lang,text", [
    ("nn", "Nei då, det går fint."),
    ("nn", "Neidå."),
])
def test_nei_daa_to_a_negative_request_is_no_objection(lang, text) -> None:
    assert answer_to(lang, text, negative=True).status == "given", text
    assert answer_to(lang, text).status != "given", text  # to "is it OK?" a "nei" never says yes


# --- 14. "Er der noget, du kunne indvende?" asks the negative way --------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Er der noget, du kunne indvende?"),
    ("nb", "Er det noe du vil innvende?"),
])
def test_something_you_would_object_to_is_a_negative_request(lang, text) -> None:
    read = reading(lang, text, "request")
    assert read is not None and read.kind == "negative_request", text


@pytest.mark.parametrize("lang,text", [
    ("da", "Er der noget, du vil spørge om?"),
    ("da", "Er der noget, du ikke vil indvende?"),
    ("nb", "Er det noe du er imot?"),  # what the caller is against in general
])
def test_something_else_or_a_not_is_no_negative_request(lang, text) -> None:
    read = reading(lang, text, "request")
    assert read is None or read.kind != "negative_request", text


@pytest.mark.parametrize("lang,reply", [("da", "Nej, kør bare løs."), ("nb", "Nei, kjør bare på, du.")])
def test_a_no_to_it_needs_review_never_compliant(lang, reply) -> None:
    ask = "Er der noget, du kunne indvende?" if lang == "da" else "Er det noe du vil innvende?"
    got, _, codes = verdict(call(lang, [NOTICE[lang], ask, INFO[lang]], reply), "dk")
    assert got == "needs_review" and "NEGATIVELY_PHRASED_REQUEST" in codes, codes


# --- 15. An if about the recording, then "before it starts": no notice at all ------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Dersom vi skal optage samtalen, siger vi det, før optagelsen starter."),
    ("da", "Hvis opkaldet skal optages, hører du det fra os, inden optagelsen begynder."),
    ("nn", "Viss vi skal ta opp praten, seier vi ifrå før opptaket byrjar."),
])
def test_an_if_and_a_before_about_the_recording_state_no_recording(lang, text) -> None:
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    assert meaning.only_conditional(meaning.sentence(text), load_bank(lang)), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Samtalen optages, inden vi går videre."),  # no if: a notice
    ("da", "Hvis du har tid, optager vi samtalen, før vi går videre."),  # recorded outside the if
    ("nb", "Opptaket starter før vi går videre."),
])
def test_a_before_clause_alone_or_outside_the_recording_changes_nothing(lang, text) -> None:
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    assert not meaning.only_conditional(meaning.sentence(text), load_bank(lang)), text


@pytest.mark.parametrize("lang,opening", [
    ("da", ["Hvis opkaldet skal optages, hører du det fra os, inden optagelsen begynder.",
            "Det gør vi for at forbedre vores service.", INFO["da"]]),
    ("nn", ["Viss vi skal ta opp praten, seier vi ifrå før opptaket byrjar.",
            "Det gjer vi for å betre kundeservicen.", INFO["nn"]]),
])
def test_such_an_opening_has_no_notice_under_the_no_policy(lang, opening) -> None:
    got, _, codes = verdict(call(lang, opening), "no")
    assert got == "non_compliant" and "NO_RECORDING_NOTICE" in codes, codes
