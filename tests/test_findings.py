"""findings.py end to end (issue 12): coercion and withdrawal by meaning, and real-world wording.

Each class has at least five wordings per language that no phrase bank holds
(``test_wordings_are_not_in_the_banks``), with exact verdicts, consent statuses and reasons.
False friends and the agent's own acknowledgements must stay what they are.
"""

from __future__ import annotations

import pytest
from builders import DA_OPENING, NO_OPENING, call, mono, then

from verifier import analyze_transcript
from verifier.engine.findings import has_topic
from verifier.engine.phrases import load_bank
from verifier.engine.text import find_all, fold

DA_GREET = ("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank.")
DA_INFO = ("a", 9.2, 13.0, "Du kan til enhver tid bede mig om at stoppe optagelsen.")
DA_NEXT = ("a", 17.0, 20.0, "Tak. Hvad kan jeg hjælpe dig med i dag?")
NO_GREET = ("a", 0.5, 4.0, "Hei, du snakker med Ola i Fjordkraft.")
NO_INFO = ("a", 8.7, 12.0, "Du kan når som helst be meg stoppe opptaket.")
NO_NEXT = ("a", 17.0, 20.0, "Takk. Hva kan jeg hjelpe deg med?")

COERCION = {
    "da": ["Vi kan desværre kun behandle din sag, hvis vi må optage samtalen.",
           "Uden en optagelse af samtalen kan jeg ikke gå videre med din henvendelse.",
           "Hvis du ikke accepterer optagelsen, må du ringe igen en anden dag.",
           "Siger du nej til optagelsen, kan vi altså ikke hjælpe dig i dag.",
           "Optagelse er en forudsætning for, at vi kan rådgive dig.",
           "Vi er nødt til at optage samtalen, ellers får du ingen hjælp.",
           "Det er ikke muligt at fravælge optagelse, hvis du vil have hjælp."],
    "no": ["Vi kan dessverre bare behandle saken din dersom samtalen blir tatt opp.",
           "Uten at vi tar opp samtalen, kan vi ikke gå videre med saken.",
           "Om du ikke vil bli tatt opp, må du nok ringe igjen senere.",
           "Sier du nei til opptak, får vi dessverre ikke hjulpet deg.",
           "Opptak er et krav for å få hjelp hos oss.",
           "Vi må ta opp samtalen, ellers kan vi ikke ta imot bestillingen.",
           "Det er ikke mulig å reservere seg mot opptak hos oss."],
}
NOT_COERCION = {
    "da": ["Hvis du ikke ønsker at blive optaget, så sig bare til, så hjælper vi dig alligevel.",
           "Vi hjælper dig gerne, også selvom du siger nej til optagelsen.",
           "Uden samtykke optager vi ikke samtalen.",
           "Er der ellers ikke noget, jeg kan hjælpe med?"],
    "no": ["Hvis du ikke ønsker opptak, gir du bare beskjed, så hjelper vi deg likevel.",
           "Uten samtykke tar vi ikke opp samtalen.",
           "Var det ellers noe jeg kunne hjelpe deg med?"],
}


def da_with(sentence: str) -> dict:
    return call("da", [DA_GREET, ("a", 4.2, 9.0, f"Vi optager samtalen til træning. Må jeg optage samtalen? {sentence}"),
                       DA_INFO, ("c", 13.5, 14.0, "Ja, okay."), DA_NEXT])


def no_with(sentence: str) -> dict:
    return call("no", [NO_GREET, ("a", 4.2, 8.5, f"Samtalen blir tatt opp for opplæringsformål. {sentence}"), NO_INFO,
                       NO_NEXT])


@pytest.mark.parametrize("sentence", COERCION["da"])
def test_da_coercion_by_meaning(sentence: str) -> None:
    record = analyze_transcript(da_with(sentence))
    assert (record.verdict, record.consent.status) == ("non_compliant", "given")
    assert record.reason_codes[0] == "COERCIVE_REQUEST" and record.required_action == "review"


@pytest.mark.parametrize("sentence", COERCION["no"])
def test_no_coercion_by_meaning(sentence: str) -> None:
    record = analyze_transcript(no_with(sentence))
    assert (record.verdict, record.consent.status) == ("non_compliant", "not_requested")
    assert "COERCIVE_REQUEST" in record.reason_codes


@pytest.mark.parametrize(("lang", "sentence"), [("da", s) for s in NOT_COERCION["da"]] + [("no", s) for s in NOT_COERCION["no"]])
def test_help_that_does_not_depend_on_consent_is_no_coercion(lang: str, sentence: str) -> None:
    record = analyze_transcript(da_with(sentence) if lang == "da" else no_with(sentence))
    assert record.verdict == "compliant" and record.reason_codes == []


WITHDRAWAL = {
    "da": ["Jeg har faktisk skiftet mening angående optagelsen.", "Sluk venligst for optageren nu.",
           "I må altså ikke optage mig længere.", "Jeg har ombestemt mig, I skal ikke have det optaget.",
           "Kan I ikke lige kassere den optagelse igen?", "Jeg fortryder, at jeg sagde ja til optagelsen.",
           "Jeg vil faktisk gerne have, at optagelsen bliver slettet."],
    "no": ["Jeg har faktisk ombestemt meg når det gjelder opptaket.", "Kutt ut opptaket, er du snill.",
           "Dere får altså ikke ta opp dette lenger.", "Jeg angrer på at jeg sa ja til opptak.",
           "Kan dere ikke bare kaste det opptaket?", "Slett alt dere har tatt opp av denne samtalen."],
}
FALSE_FRIENDS = {
    "da": ["Kan I stoppe min betalingsaftale?", "Slet venligst mit gamle telefonnummer.",
           "Jeg har skiftet mening om abonnementet.", "Jeg vil ikke have, at I lukker min konto.", "Det vil jeg ikke betale for."],
    "no": ["Kan du stoppe den faste betalingen min?", "Slett den gamle adressen min, takk.",
           "Jeg har ombestemt meg om abonnementet.", "Jeg vil ikke at dere stenger kontoen min."],
}


def later(lang: str, said: str, before: str | None = None, *, labels: bool = True) -> dict:
    opening, yes = (DA_OPENING, "Ja.") if lang == "da" else (NO_OPENING, "Ja.")
    ask = [] if lang == "da" else [("a", 12.2, 13.2, "Er det greit for deg?")]
    business = ("a", 14.5, 20.0, "Hvad kan jeg hjælpe med?" if lang == "da" else "Hva kan jeg hjelpe med?")
    errand = ("c", 21.0, 30.0, "Jeg har et spørgsmål til min regning." if lang == "da" else "Jeg lurer på regningen.")
    turns = then(opening, *ask, ("c", 13.4, 14.0, yes), business, errand)
    if before:
        turns = then(turns, ("a", 36.0, 39.0, before))
    turns = then(turns, ("c", 40.0, 42.0, said), ("a", 42.5, 45.0, "Det forstår jeg." if lang == "no" else "Det forstår jeg godt."))
    return call(lang, turns if labels else mono(turns))


@pytest.mark.parametrize(("lang", "said"), [("da", s) for s in WITHDRAWAL["da"]] + [("no", s) for s in WITHDRAWAL["no"]])
def test_withdrawal_by_meaning(lang: str, said: str) -> None:
    record = analyze_transcript(later(lang, said))
    assert (record.verdict, record.consent.status) == ("non_compliant", "given")
    assert record.reason_codes == ["CONSENT_WITHDRAWN"] and record.required_action == "delete_recording"
    assert [w.text for w in record.withdrawals] == [said]


@pytest.mark.parametrize(("lang", "said"), [("da", s) for s in WITHDRAWAL["da"][:3]] + [("no", s) for s in WITHDRAWAL["no"][:3]])
def test_withdrawal_by_meaning_without_speaker_labels(lang: str, said: str) -> None:
    record = analyze_transcript(later(lang, said, labels=False))
    assert record.verdict == "non_compliant" and "CONSENT_WITHDRAWN" in record.reason_codes


@pytest.mark.parametrize(("lang", "before", "said"), [
    ("da", "Optagelsen bruges kun internt.", "Det vil jeg alligevel ikke være med til."),
    ("no", "Opptaket brukes bare internt.", "Det vil jeg likevel ikke være med på."),
    ("da", "Vi optager samtalen, som sagt.", "Jeg har ombestemt mig."),
])
def test_withdrawal_by_reference_right_after_talk_of_the_recording(lang: str, before: str, said: str) -> None:
    record = analyze_transcript(later(lang, said, before))
    assert record.verdict == "non_compliant" and record.reason_codes == ["CONSENT_WITHDRAWN"]


def test_a_reference_with_nothing_before_it_is_no_withdrawal() -> None:
    record = analyze_transcript(later("da", "Det vil jeg alligevel ikke være med til.", "Så skal jeg bruge dit kundenummer."))
    assert record.verdict == "compliant" and not record.withdrawals


@pytest.mark.parametrize(("lang", "said"), [("da", s) for s in FALSE_FRIENDS["da"]] + [("no", s) for s in FALSE_FRIENDS["no"]])
def test_false_friends_stay_false(lang: str, said: str) -> None:
    record = analyze_transcript(later(lang, said))
    assert (record.verdict, record.consent.status, record.reason_codes) == ("compliant", "given", [])
    assert not record.withdrawals


@pytest.mark.parametrize("ack", ["Det er i orden, jeg stopper optagelsen nu, som du bad om.",
                                 "Så sletter vi selvfølgelig optagelsen."])
def test_the_agents_acknowledgement_is_no_withdrawal(ack: str) -> None:
    turns = mono(then(DA_OPENING, ("c", 13.4, 14.0, "Nej tak."), ("a", 14.5, 17.0, ack)))
    record = analyze_transcript(call("da", turns))
    assert (record.verdict, record.consent.status) == ("non_compliant", "refused")
    assert record.reason_codes == ["CONSENT_REFUSED"] and not record.withdrawals


# Real-world wording of the opening: (sentences, verdict, consent status, elements it must hold).
REAL_WORLD = {
    "da": [
        (["Af hensyn til kvalitetssikring og uddannelse af vores medarbejdere optager vi samtalen.", "Må jeg det?",
          "Du kan til enhver tid bede mig om at stoppe optagelsen."], "compliant", "given",
         ("recording_notice", "purpose", "consent_request")),
        (["Samtalen bliver optaget til intern undervisningsbrug.", "Du kan når som helst trække dit samtykke tilbage.",
          "Er det i orden?"], "compliant", "given", ("recording_notice", "purpose")),
        (["Vi optager samtalen til træning, og vi gemmer optagelsen i op til seks måneder.", "Må jeg det?",
          "Du kan altid bede mig stoppe optagelsen."], "compliant", "given", ("retention",)),
        (["Samtaler kan i visse tilfælde blive optaget til træning.", "Du kan altid bede mig stoppe optagelsen."],
         "non_compliant", "not_requested", ("vague_notice",)),
        (["Vi optager samtalen til træning. Er det i orden?", "Du er velkommen til at få optagelsen stoppet når som helst."],
         "compliant", "given", ("withdrawal_info",)),
        (["Du bliver gjort opmærksom på det, hvis samtalen skal optages.", "Til træning.",
          "Du kan altid bede mig stoppe optagelsen."], "non_compliant", "not_requested", ()),
    ],
    "no": [
        (["Av hensyn til kvalitetssikring tar vi opp samtalen.", "Du har rett til å nekte opptak."],
         "compliant", "not_requested", ("recording_notice", "purpose", "objection_info")),
        (["Samtalen blir tatt opp til bruk i intern opplæring.", "Du kan reservere deg."], "compliant", "not_requested",
         ("purpose",)),
        (["Samtalen blir tatt opp for opplæring.", "Vi tar vare på opptakene i seks måneder.", "Du kan reservere deg."],
         "compliant", "not_requested", ("retention",)),
        (["Samtalen kan eventuelt bli teipet for opplæring.", "Du kan reservere deg."], "non_compliant", "not_requested",
         ("vague_notice",)),
        (["Samtala vert teken opp for opplæringsføremål.", "Du kan seia nei til opptak."], "compliant", "not_requested",
         ("recording_notice", "purpose", "objection_info")),
        (["Du får beskjed dersom samtalen blir tatt opp.", "Det er for opplæring.", "Du kan reservere deg."],
         "non_compliant", "not_requested", ()),
        (["Vi ønsker å gjøre opptak av samtalen for å lære opp nye medarbeidere.", "Du står fritt til å takke nei."],
         "compliant", "not_requested", ("recording_notice", "purpose", "objection_info")),
    ],
}


def opening(lang: str, sentences: list[str]) -> dict:
    greet = DA_GREET if lang == "da" else NO_GREET
    turns = [greet] + [("a", 4.2 + 3 * i, 6.9 + 3 * i, t) for i, t in enumerate(sentences)]
    end = 4.2 + 3 * len(sentences)
    if lang == "da":
        turns.append(("c", end + 0.3, end + 0.8, "Ja, det er fint."))
    turns.append(("a", end + 1.8, end + 4.8, "Hvad kan jeg hjælpe med?" if lang == "da" else "Hva kan jeg hjelpe deg med?"))
    return call(lang, turns)


@pytest.mark.parametrize(("sentences", "verdict", "status", "elements"), REAL_WORLD["da"])
def test_da_real_world_wording(sentences, verdict, status, elements) -> None:
    record = analyze_transcript(opening("da", sentences))
    assert (record.verdict, record.consent.status) == (verdict, status), record.reason_codes
    for element in elements:
        assert record.findings.get(element), element


@pytest.mark.parametrize(("sentences", "verdict", "status", "elements"), REAL_WORLD["no"])
def test_no_real_world_wording(sentences, verdict, status, elements) -> None:
    record = analyze_transcript(opening("no", sentences))
    assert (record.verdict, record.consent.status) == (verdict, status), record.reason_codes
    for element in elements:
        assert record.findings.get(element), element


@pytest.mark.parametrize(("lang", "sentence"), [
    ("da", "Du bliver informeret, hvis samtalen optages."),
    ("da", "Vi behandler kun sager, hvor samtalen optages."),
    ("no", "Du blir informert om samtalen tas opp."),
    ("no", "Hvis samtalen skal tas opp, sier jeg fra."),
])
def test_a_conditional_clause_is_no_notice(lang: str, sentence: str) -> None:
    record = analyze_transcript(call(lang, [("a", 0.5, 4.0, sentence)]))
    assert "NO_RECORDING_NOTICE" in record.reason_codes and not record.findings.get("recording_notice")


@pytest.mark.parametrize(("lang", "text", "topic"), [
    ("da", "Vi optager samtalen.", True), ("da", "op tagelsen", True), ("da", "Jeg ringer om min regning.", False),
    ("no", "Av hensyn til kvalitet tar vi opp samtalen.", True), ("no", "Samtalen kan bli teipa.", True),
    ("no", "Jeg lurer på regningen.", False),
])
def test_has_topic_is_public(lang: str, text: str, topic: bool) -> None:
    assert has_topic(text, load_bank(lang)) is topic


@pytest.mark.parametrize(("lang", "element", "wordings"), [
    ("da", "coercion", COERCION["da"]), ("no", "coercion", COERCION["no"]),
    ("da", "withdrawal", WITHDRAWAL["da"]), ("no", "withdrawal", WITHDRAWAL["no"]),
    ("da", "purpose", ["Samtalen bliver optaget til intern undervisningsbrug."]),
    ("no", "objection_info", ["Du har rett til å nekte opptak.", "Du står fritt til å takke nei."]),
    ("no", "retention", ["Vi tar vare på opptakene i seks måneder."]),
])
def test_wordings_are_not_in_the_banks(lang: str, element: str, wordings: list[str]) -> None:
    """No phrase of the element's bank matches the wording as written: the reading by parts (or
    the inserted words being set aside) is what finds it."""
    bank = load_bank(lang)
    phrases, keys = bank.phrases(element)
    for text in wordings:
        assert not find_all(tuple(fold(text).split()), phrases, keys, min_score=0.86), text
