"""meaning.py: sentences read by their parts (subject, modal, negation, object, condition).

Each reading is checked on wordings that no phrase bank holds, and on the look-alikes it must
leave alone: false friends ("stop mit abonnement"), the agent's own statements ("jeg stopper
optagelsen nu", "du kan bede mig stoppe optagelsen") and offers that are no threat.
"""

from __future__ import annotations

import pytest

from verifier.engine import meaning
from verifier.engine.phrases import PARTS, load_bank

DA, NO = load_bank("da"), load_bank("no")


def read(fn, bank, text: str, **kw):
    return fn(meaning.sentence(text), bank, **kw)


@pytest.mark.parametrize("bank", [DA, NO], ids=["da", "no"])
def test_every_bank_defines_every_word_class(bank) -> None:
    assert set(PARTS) <= set(bank.parts)
    assert all(bank.parts[name] for name in PARTS)


@pytest.mark.parametrize(("bank", "text"), [
    (DA, "Vi kan desværre kun behandle din sag, hvis vi må optage samtalen."),
    (DA, "Uden en optagelse af samtalen kan jeg ikke gå videre med din henvendelse."),
    (DA, "Hvis du ikke accepterer optagelsen, må du ringe igen en anden dag."),
    (DA, "Siger du nej til optagelsen, kan vi altså ikke hjælpe dig i dag."),
    (DA, "Optagelse er en forudsætning for, at vi kan rådgive dig."),
    (DA, "Vi kan ikke hjælpe dig, medmindre vi må optage samtalen."),
    (NO, "Vi kan dessverre bare behandle saken din dersom samtalen blir tatt opp."),
    (NO, "Uten at vi tar opp samtalen, kan vi ikke gå videre med saken."),
    (NO, "Om du ikke vil bli tatt opp, må du nok ringe igjen senere."),
    (NO, "Sier du nei til opptak, får vi dessverre ikke hjulpet deg."),
    (NO, "Opptak er et krav for å få hjelp hos oss."),
    (NO, "Det er ikke mulig å reservere seg mot opptak hos oss."),
])
def test_coercion_ties_the_service_to_the_consent(bank, text) -> None:
    reading = read(meaning.coercion, bank, text, context=True)
    assert reading is not None and reading.kind == "coercion"


@pytest.mark.parametrize(("bank", "text"), [
    (DA, "Hvis du ikke ønsker at blive optaget, så sig bare til, så hjælper vi dig alligevel."),
    (DA, "Vi hjælper dig gerne, også selvom du siger nej til optagelsen."),
    (DA, "Uden samtykke optager vi ikke samtalen."),
    (DA, "Er der ellers ikke noget, jeg kan hjælpe med?"),
    (DA, "Må vi optage samtalen, så vi kan hjælpe dig bedre?"),
    (NO, "Hvis du ikke ønsker opptak, gir du bare beskjed, så hjelper vi deg likevel."),
    (NO, "Uten samtykke tar vi ikke opp samtalen."),
    (NO, "Var det ellers noe jeg kunne hjelpe deg med?"),
])
def test_no_coercion_where_help_does_not_depend_on_it(bank, text) -> None:
    assert read(meaning.coercion, bank, text, context=True) is None


@pytest.mark.parametrize(("bank", "text", "context"), [
    (DA, "Jeg har faktisk skiftet mening angående optagelsen.", False),
    (DA, "Sluk venligst for optageren nu.", False),
    (DA, "I må altså ikke optage mig længere.", False),
    (DA, "Kan I ikke lige slette den optagelse, I har lavet?", False),
    (DA, "Jeg vil faktisk gerne have, at optagelsen bliver slettet.", False),
    (DA, "Det vil jeg alligevel ikke være med til.", True),
    (NO, "Jeg har ombestemt meg, dere får ikke ta det opp.", False),
    (NO, "Skru av opptakeren, er du snill.", False),
    (NO, "Dere får altså ikke ta opp dette lenger.", False),
    (NO, "Jeg angrer på at jeg sa ja til opptak.", False),
    (NO, "Eg vil ikkje bli teken opp lenger.", False),
    (NO, "Jeg angrer, det vil jeg likevel ikke være med på.", True),
])
def test_withdrawal_is_a_refusal_regret_or_order_about_the_recording(bank, text, context) -> None:
    reading = read(meaning.withdrawal, bank, text, context=context)
    assert reading is not None and reading.kind == "withdrawal"


@pytest.mark.parametrize(("bank", "text"), [
    (DA, "Stop mit abonnement."),
    (DA, "Slet min gamle adresse."),
    (DA, "Jeg vil stoppe betalingen."),
    (DA, "I skal ikke slette min konto endnu."),
    (DA, "Jeg har skiftet mening om abonnementet."),
    (DA, "I må ikke dele optagelsen."),
    (DA, "Det vil jeg ikke betale."),
    (DA, "Jeg har ombestemt mig, I må gerne optage."),
    (NO, "Kan du slette den gamle adressen min?"),
    (NO, "Jeg har ombestemt meg om abonnementet."),
    (NO, "Jeg vil ikke at dere stenger kontoen min."),
])
def test_false_friends_are_no_withdrawal(bank, text) -> None:
    assert read(meaning.withdrawal, bank, text, context=True) is None


@pytest.mark.parametrize(("bank", "text"), [
    (DA, "Jeg stopper optagelsen nu."),
    (DA, "Du kan til enhver tid bede mig om at stoppe optagelsen."),
    (NO, "Om du ombestemmer deg, kan du be meg slå av opptaket."),
])
def test_the_agents_own_words_are_no_withdrawal_in_unlabelled_speech(bank, text) -> None:
    assert read(meaning.withdrawal, bank, text, context=True, unlabelled=True) is None


def test_a_reference_needs_recording_talk_just_before() -> None:
    assert read(meaning.withdrawal, DA, "Det vil jeg alligevel ikke være med til.", context=False) is None


@pytest.mark.parametrize(("bank", "text"), [
    (DA, "Ja, men den må ikke deles."),
    (DA, "Ja, men kun til træning."),
    (DA, "Bare den ikke sendes videre."),
    (NO, "Ja, så lenge opptaket ikke deles med andre."),
    (NO, "Ja, men opptaket må ikke brukes til noe annet enn opplæring."),
])
def test_a_condition_on_the_recordings_use(bank, text) -> None:
    assert read(meaning.condition, bank, text, context=True).kind == "consent_condition"


@pytest.mark.parametrize(("bank", "text"), [
    (DA, "Hvem skal høre den?"),
    (NO, "Dere må ikke slette kontoen min ennå, jeg bruker den fortsatt."),
])
def test_no_condition_in_a_question_or_the_errand(bank, text) -> None:
    assert read(meaning.condition, bank, text, context=True) is None


@pytest.mark.parametrize(("fn", "bank", "text", "kind"), [
    (meaning.purpose, DA, "Samtalen bliver optaget til internt træningsbrug.", "purpose"),
    (meaning.purpose, DA, "Vi optager til brug for intern træning.", "purpose"),
    (meaning.purpose, NO, "Samtalen tas opp slik at nye medarbeidere kan lære av den.", "purpose"),
    (meaning.objection, NO, "Du får mulighet til å si nei til opptak.", "objection_info"),
    (meaning.objection, NO, "Dersom du ikkje ynskjer opptak, kan du seie frå.", "objection_info"),
    (meaning.objection, DA, "Du har ret til at frabede dig optagelse.", "objection_info"),
    (meaning.retention, DA, "Vi gemmer optagelserne i 13 måneder.", "retention"),
    (meaning.retention, DA, "Efter 30 dage slettes optagelsen.", "retention"),
    (meaning.retention, NO, "Opptakene lagres i inntil tre år.", "retention"),
    (meaning.notice, DA, "Af hensyn til kvalitetssikring og uddannelse af vores medarbejdere optager vi samtalen.",
     "recording_notice"),
    (meaning.notice, NO, "Alle samtaler med kundesenteret blir tatt opp.", "recording_notice"),
    (meaning.notice, DA, "Samtaler kan i visse tilfælde blive optaget til træning.", "vague_notice"),
    (meaning.notice, NO, "Vi kan komme til å ta opp samtalen.", "vague_notice"),
    (meaning.short_request, DA, "Lyder det okay?", "consent_request"),
    (meaning.short_request, NO, "Høres det ok ut?", "consent_request"),
    (meaning.short_request, DA, "Gør det dig noget?", "negative_request"),
    (meaning.long_request, DA, "Giver du tilladelse til, at vi optager samtalen?", "consent_request"),
    (meaning.long_request, NO, "Har du noen innvendinger mot opptak?", "negative_request"),
])
def test_disclosure_read_by_parts(fn, bank, text, kind) -> None:
    reading = read(fn, bank, text)
    assert reading is not None and reading.kind == kind


@pytest.mark.parametrize(("fn", "bank", "text"), [
    (meaning.purpose, DA, "Vi optager ikke til træning."),
    (meaning.objection, NO, "Du kan ikke reservere deg."),
    (meaning.notice, DA, "Samtalen bliver ikke optaget."),
    (meaning.notice, NO, "Bliver samtalen tatt opp?"),
    (meaning.notice, DA, "Vi behandler kun sager, hvor samtalen optages."),
    (meaning.short_request, DA, "Er det i orden, at jeg ringer tilbage?"),
    (meaning.long_request, DA, "Hvornår bliver optagelsen slettet?"),
])
def test_look_alikes_are_not_read(fn, bank, text) -> None:
    reading = read(fn, bank, text)
    assert reading is None or reading.kind not in ("recording_notice", "purpose", "objection_info", "consent_request")


def test_an_if_clause_is_hypothetical() -> None:
    s = meaning.sentence("Du bliver informeret, hvis samtalen optages.")
    assert meaning.hypothetical(s, DA, s.toks.index("samtalen"))
    s = meaning.sentence("Du blir informert om samtalen tas opp.")
    assert meaning.hypothetical(s, NO, s.toks.index("samtalen"))
    s = meaning.sentence("Hvis du har spørgsmål, så optages samtalen.")
    assert not meaning.hypothetical(s, DA, s.toks.index("optages"))
