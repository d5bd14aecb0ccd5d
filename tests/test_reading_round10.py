"""Round 10: readings found by the held7 list (benchmarks/bench_accuracy.py, written blind).

Each rule is shown in wordings that are not held7's (nor another split's), in Danish and Norwegian
(bokmål and nynorsk), together with the look-alikes that must stay unread: reading more things as
withdrawal information, requests or consent must never make a call compliant that is not.
"""

from __future__ import annotations

import pytest
from builders import ASK, INFO, NEG_ASK, NOTICE, verdict
from builders import read_as as reading
from builders import record_of as record
from builders import turns_call as call

# --- 1. Withdrawal information: compounds, inverted particle verbs, verbs of ending --------------

@pytest.mark.parametrize("lang,sentence", [
    # "tilbagetrække / tilbaketrekke": "trække tilbage" written as one word, any form.
    ("da", "Du kan når som helst tilbagetrække dit samtykke til optagelsen."),
    ("da", "Dit samtykke kan tilbagetrækkes undervejs i samtalen."),
    ("nb", "Du står fritt til å tilbaketrekke samtykket ditt når du ønsker det."),
    # "slå av / skru av" with the subject between verb and particle.
    ("nb", "Ombestemmer du deg, slår jeg av opptaket med en gang."),
    ("nn", "Angrar du deg, skrur vi av opptaket straks."),
    # A verb of ending whose object is the recording.
    ("da", "Skulle du fortryde, afslutter vi optagelsen med det samme."),
    ("nb", "Hvis du angrer underveis, avslutter vi opptaket."),
])
def test_withdrawal_information_in_more_verb_forms(lang, sentence) -> None:
    assert reading(lang, sentence, "withdrawal_info") is not None
    transcript = call(lang, [NOTICE[lang], ASK[lang], sentence], "Ja.")
    assert verdict(transcript, "dk") == ("compliant", "given", set())


@pytest.mark.parametrize("lang,sentence", [
    # Ending the call is not stopping the recording.
    ("da", "Du kan til enhver tid afslutte samtalen."),
    ("nb", "Du kan når som helst avslutte samtalen."),
    # Something else of the caller's is withdrawn or deleted.
    ("da", "Du kan når som helst tilbagetrække din ansøgning."),
    ("da", "Du kan til enhver tid trække din klage tilbage."),
    ("nb", "Du kan når som helst trekke søknaden din tilbake."),
    ("nn", "Du kan når som helst trekkje tilbake søknaden din."),
    ("nb", "Du kan når som helst slå av en prat med oss."),
    # A "not" on the end.
    ("nb", "Hvis du angrer, avslutter vi ikke opptaket."),
])
def test_look_alikes_of_withdrawal_information_stay_unread(lang, sentence) -> None:
    assert reading(lang, sentence, "withdrawal_info") is None
    transcript = call(lang, [NOTICE[lang], ASK[lang], sentence], "Ja.")
    got = verdict(transcript, "dk")
    assert got[0] == "non_compliant" and "NO_WITHDRAWAL_NOTICE" in got[2], got


def test_withdrawal_information_is_no_notice() -> None:
    """A conditional notice stays no notice though the withdrawal information after it is read."""
    opening = ["Hvis samtalen bliver optaget, får du besked.", "Du kan altid tilbagetrække dit samtykke."]
    got = verdict(call("da", opening), "no")
    assert got[0] == "non_compliant" and "NO_RECORDING_NOTICE" in got[2]


def test_stop_the_payment_is_still_no_withdrawal() -> None:
    for lang, errand in (("da", "Jeg vil gerne tilbagetrække min ansøgning og stoppe betalingen."),
                         ("nb", "Jeg vil slå av varslene og stoppe betalingen.")):
        transcript = call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], "Ja.", after=errand)
        assert verdict(transcript, "dk") == ("compliant", "given", set()), lang


# --- 2. Short requests with verbs that carry nothing; "noget, du kan ..."; verbless objections ---

@pytest.mark.parametrize("lang,question,kind", [
    ("da", "Ville det være okay med dig?", "consent_request"),
    ("da", "Vil du give os lov til det?", "consent_request"),
    ("da", "Er det noget, du kan acceptere?", "consent_request"),
    ("nb", "Blir det i orden for deg?", "consent_request"),
    ("nb", "Vil du gi oss lov til dette?", "consent_request"),
    ("nb", "Er det noe du kan godta?", "consent_request"),
    ("nn", "Vert det greitt for deg?", "consent_request"),
    ("da", "Skulle det være et problem for dig?", "negative_request"),
    ("da", "Vil du have noget imod det?", "negative_request"),
    ("da", "Noget imod det?", "negative_request"),
    ("nb", "Ville det vært et problem?", "negative_request"),
    ("nb", "Vil du ha noe imot det?", "negative_request"),
    ("nn", "Nokon innvendingar?", "negative_request"),
    # "noget / noe" right after "det" still objects when no "du kan ..." follows.
    ("da", "Gør det noget for dig?", "negative_request"),
    ("nb", "Gjør det noe?", "negative_request"),
])
def test_short_requests_read_from_their_parts(lang, question, kind) -> None:
    r = reading(lang, question, "request")
    assert r is not None and r.kind == kind, r
    if kind == "consent_request":
        assert verdict(call(lang, [NOTICE[lang], question, INFO[lang]], "Ja."), "dk") == ("compliant", "given", set())
    else:
        no = "Nej, det er fint." if lang == "da" else "Nei, det går fint."
        got = verdict(call(lang, [NOTICE[lang], question, INFO[lang]], no), "dk")
        assert got[0] == "needs_review" and "NEGATIVELY_PHRASED_REQUEST" in got[2]


@pytest.mark.parametrize("lang,question", [
    ("da", "Vil du give mig dit kundenummer?"),
    ("da", "Vil du have en kvittering?"),
    ("da", "Er det noget, du kan huske?"),
    ("da", "Er det noget, du ikke kan gå med til?"),
    ("da", "Vil det være i orden, at jeg ringer dig op i morgen?"),
    ("da", "Noget andet?"),
    ("nb", "Blir det dyrt for meg?"),
    ("nb", "Er det noe mer jeg kan hjelpe deg med?"),
    ("nb", "Noe mer?"),
    ("nn", "Vert det mykje å betale?"),
])
def test_questions_about_something_else_are_no_request(lang, question) -> None:
    assert reading(lang, question, "request") is None


@pytest.mark.parametrize("lang,question", [
    ("da", "Vil det være i orden for dig?"),
    ("nb", "Blir det greitt for deg?"),
    ("nb", "Noe imot det?"),
])
def test_a_short_question_not_following_talk_of_recording_is_no_request(lang, question) -> None:
    """The short question points back to nothing: no request, and the call has none."""
    errand = "Jeg sender dig en ny regning." if lang == "da" else "Jeg sender deg en ny faktura."
    transcript = call(lang, [errand, question], "Ja.")
    r = record(transcript, "dk")
    assert not r.findings.get("consent_request") and not r.findings.get("negative_request")
    assert str(r.verdict) == "non_compliant"


# --- 3. Objection options: "fri for", an objection in a condition -----------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("da", "Vil du helst være fri for optagelse, så sig det bare."),
    ("da", "Har du noget imod optagelsen, kan du sige det med det samme."),
    ("da", "Hvis du har indvendinger mod optagelsen, så giv os besked."),
    ("nb", "Vil du heller være fri for opptak, så gi beskjed."),
    ("nb", "Har du noe imot opptaket, så si fra."),
    ("nn", "Har du innvendingar mot opptaket, så sei frå."),
])
def test_objection_options_by_preference_or_objection(lang, sentence) -> None:
    assert reading(lang, sentence, "objection") is not None
    got = verdict(call(lang, [NOTICE[lang], sentence]), "no")
    assert got == ("compliant", "not_requested", set()), got


@pytest.mark.parametrize("lang,sentence", [
    ("da", "Har du spørgsmål til optagelsen, så sig til."),
    ("da", "Har du problemer med forbindelsen, så ring igen."),
    ("nb", "Har du noe på hjertet, så si fra."),
    ("nn", "Har du spørsmål om opptaket, så sei frå."),
])
def test_conditions_without_an_objection_offer_no_option(lang, sentence) -> None:
    assert reading(lang, sentence, "objection") is None
    got = verdict(call(lang, [NOTICE[lang], sentence]), "no")
    assert got[0] == "non_compliant" and "NO_OBJECTION_OPTION" in got[2]


@pytest.mark.parametrize("lang,sentence", [
    ("da", "Har du noget imod optagelsen, kan vi desværre ikke hjælpe dig."),
    ("da", "Hvis du har indvendinger mod optagelsen, kan vi ikke behandle sagen."),
    ("nb", "Har du noe imot opptak, må du ringe en annen dag."),
    ("nb", "Vil du heller være fri for opptak, kan vi ikke hjelpe deg."),
])
def test_an_objection_answered_by_refused_help_is_coercion(lang, sentence) -> None:
    assert reading(lang, sentence, "coercion") is not None
    assert reading(lang, sentence, "objection") is None
    for policy in ("dk", "no"):
        got = verdict(call(lang, [NOTICE[lang], ASK[lang], sentence, INFO[lang]], "Ja."), policy)
        assert got[0] == "non_compliant" and "COERCIVE_REQUEST" in got[2], (policy, got)


# --- 4. Replies: no objection, a colloquial no, inserted adverbs -------------------------------

@pytest.mark.parametrize("lang,reply", [
    ("da", "Ingen indvendinger."),
    ("da", "Jeg har ingen indvendinger overhovedet."),
    ("da", "Ingen problemer fra min side."),
    ("nb", "Ingen innvendinger fra meg."),
    ("nn", "Eg har inga innvendingar."),
])
def test_no_objection_is_a_yes_to_either_request(lang, reply) -> None:
    assert verdict(call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], reply), "dk") == ("compliant", "given", set())
    got = verdict(call(lang, [NOTICE[lang], NEG_ASK[lang], INFO[lang]], reply), "dk")
    assert got[:2] == ("needs_review", "given") and "NEGATIVELY_PHRASED_REQUEST" in got[2]


@pytest.mark.parametrize("lang,reply", [
    ("da", "Ingen indvendinger, men jeg vil ikke optages."),
    ("da", "Ingen problemer med regningen, men hvem hører optagelsen?"),
    ("da", "Ingen optagelse, tak."),
    ("nb", "Ingen innvendinger, men jeg vil ikke bli tatt opp."),
    ("nb", "Ingen anelse."),
])
def test_no_objection_look_alikes_are_no_yes(lang, reply) -> None:
    got = verdict(call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], reply), "dk")
    assert got[0] != "compliant" and got[1] != "given", got


@pytest.mark.parametrize("lang,reply,negative,status", [
    ("da", "Næ, det er helt fint.", True, "given"),
    ("da", "Nope, det er i orden.", True, "given"),
    ("nb", "Næh, det er greit.", True, "given"),
    ("da", "Næ, det vil jeg ikke.", False, "refused"),
    ("nb", "Nope, det vil jeg ikke.", False, "refused"),
    ("nb", "Næh, det vil jeg ikke.", False, "refused"),
])
def test_a_colloquial_no_reads_as_no(lang, reply, negative, status) -> None:
    transcript = call(lang, [NOTICE[lang], (NEG_ASK if negative else ASK)[lang], INFO[lang]], reply)
    assert verdict(transcript, "dk")[1] == status


@pytest.mark.parametrize("lang,reply", [
    ("da", "Ja, det bryder jeg mig egentlig ikke om."),
    ("nb", "Ja, det bryr jeg meg egentlig ikke om."),
])
def test_inserted_adverbs_do_not_hide_a_refusal(lang, reply) -> None:
    got = verdict(call(lang, [NOTICE[lang], NEG_ASK[lang], INFO[lang]], reply), "no")
    assert got[:2] == ("non_compliant", "refused"), got


# --- 5. Unlabelled speech: the caller's leave and the caller's proviso ------------------------

@pytest.mark.parametrize("lang,reply", [
    ("da", "Ja, optag bare løs."),
    ("da", "Ja, I må gerne optage den."),
    ("nb", "Ja da, bare ta det opp."),
    ("nn", "Ja, berre ta det opp."),
])
def test_unlabelled_yes_with_leave_to_record_is_the_callers(lang, reply) -> None:
    transcript = call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], reply, labels=False)
    assert verdict(transcript, "dk") == ("compliant", "given", set())


@pytest.mark.parametrize("lang,reply", [
    ("da", "Ja, vi optager altid samtalerne."),
    ("da", "Ja, og vi optager ikke uden lov."),
    ("nb", "Ja, vi tar opp alle samtaler."),
])
def test_unlabelled_yes_by_the_agent_about_recording_is_no_consent(lang, reply) -> None:
    transcript = call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], reply, labels=False)
    got = verdict(transcript, "dk")
    assert got[0] != "compliant" and got[1] != "given", got


@pytest.mark.parametrize("lang,reply", [
    ("da", "Ja, så længe optagelsen forbliver internt."),
    ("da", "Fint, hvis I sletter den bagefter."),
    ("nb", "Greit, så lenge opptaket holdes internt."),
    ("nb", "Det er greit, dersom opptaket slettes etterpå."),
    ("nn", "Ja, så lenge opptaket blir hos dykk."),
    # An if-clause in which it is deleted is the caller's proviso, not the agent reporting it deleted.
    ("da", "Helt fint, hvis den bliver slettet igen bagefter."),
    ("nb", "Det går fint, hvis det blir slettet etterpå."),
])
def test_unlabelled_yes_with_a_proviso_is_consent_with_the_condition(lang, reply) -> None:
    transcript = call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], reply, labels=False)
    r = record(transcript, "dk")
    assert (str(r.verdict), str(r.consent.status)) == ("compliant", "given")
    assert r.findings.get("consent_condition")


@pytest.mark.parametrize("lang,text", [
    ("da", "Ja, så længe optagelsen ikke bliver i huset."),
    ("nb", "Ja, så lenge opptaket ikke blir internt."),
])
def test_a_proviso_with_a_not_is_no_condition(lang, text) -> None:
    assert reading(lang, text, "condition") is None


# --- 6. Key prompts: the key after an inverted verb ---------------------------------------------

@pytest.mark.parametrize("lang,prompt,yes,no", [
    ("da", "For at acceptere optagelsen trykker du 1, ellers trykker du 2.", "1", "2"),
    ("nb", "For å si ja til opptak taster du 5, for å si nei taster du 6.", "5", "6"),
    ("nn", "For å godta opptaket trykkjer du 7, for å seie nei trykkjer du 8.", "7", "8"),
])
def test_inverted_key_prompts(lang, prompt, yes, no) -> None:
    def pressed(digit: str) -> tuple[str, str, set[str]]:
        return verdict(call(lang, [NOTICE[lang], INFO[lang], prompt],
                            events=[{"time": 14.5, "type": "dtmf", "digit": digit}]), "dk")
    assert pressed(yes) == ("compliant", "given", set())
    got = pressed(no)
    assert got[:2] == ("non_compliant", "refused"), got


def test_an_inverted_key_in_a_menu_is_no_consent() -> None:
    transcript = call("nb", ["For regninger trykker du 3.", NOTICE["nb"], INFO["nb"]],
                      events=[{"time": 5.0, "type": "dtmf", "digit": "3"}])
    got = verdict(transcript, "dk")
    assert got[0] != "compliant" and got[1] != "given"


def test_a_key_to_be_free_of_the_recording_opts_out() -> None:
    transcript = call("da", [NOTICE["da"], INFO["da"], "Tryk 2, hvis du vil være fri for optagelse."],
                      events=[{"time": 14.5, "type": "dtmf", "digit": "2"}])
    assert verdict(transcript, "no")[:2] == ("non_compliant", "refused")


# --- 7. Looking something up is no threat ------------------------------------------------------

@pytest.mark.parametrize("lang,text,labels", [
    ("da", "Jeg slår lige dit kundenummer op.", True),
    ("da", "Jeg slår dig op i systemet.", False),
    ("nb", "Jeg slår deg opp i kunderegisteret.", False),
])
def test_looking_up_is_no_threat(lang, text, labels) -> None:
    transcript = call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], "Ja.", labels=labels, after=text)
    assert verdict(transcript, "dk") == ("compliant", "given", set())


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg slår dig ihjel."),
    ("da", "Jeg slår dig, hvis du ikke hjælper mig."),
    ("nb", "Jeg slår deg, hører du?"),
])
def test_threats_stay_threats(lang, text) -> None:
    transcript = call(lang, [NOTICE[lang], ASK[lang], INFO[lang]], "Ja.", after=text)
    got = verdict(transcript, "dk")
    assert got[0] == "needs_review" and "THREAT_EXCEPTION_CANDIDATE" in got[2]
