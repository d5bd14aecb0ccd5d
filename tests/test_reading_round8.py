"""Round 8 of issue 12: readings found by the held5 list and the hand-written held-out calls
(benchmarks/heldout_round8/), and the rule that a loose match never makes a call compliant.

Wordings here are not the held-out lists' own: each rule is shown in other words, in Danish and
Norwegian (bokmål and nynorsk).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import opening_call, verdict

from verifier import analyze_transcript
from verifier.engine import meaning
from verifier.engine.consent import read_consent
from verifier.engine.decision import decide
from verifier.engine.findings import find_elements
from verifier.engine.phrases import load_bank
from verifier.engine.policy import load_policy
from verifier.engine.transcript import load_transcript


def call(lang: str, opening: list[str], reply: str | None = None, later: str | None = None,
         events: list[dict] | None = None, labels: bool = True) -> dict:
    """A greeting, the agent's opening one sentence to a segment, a reply, the errand, a later turn."""
    return opening_call(lang, opening, reply, after=later, events=events, labels=labels)


# --- 1a. A notice about all lines, all calls, all phone traffic -------------------------------

@pytest.mark.parametrize("lang,notice,option", [
    ("da", "Hos os er der optagelse på samtlige linjer af hensyn til oplæringen.", "Du kan sige nej til optagelsen."),
    ("da", "Vi har lydoptagelse på alle telefonlinjer for at dokumentere aftaler.", "Du kan sige nej til optagelsen."),
    ("da", "Al vores telefontrafik optages til brug for uddannelse.", "Du kan sige nej til optagelsen."),
    ("nb", "Vi har opptak på alle telefonlinjene våre for å dokumentere avtaler.", "Du kan si nei til opptak."),
    ("nn", "Me har opptak på alle linjene for å lære opp nye kollegaer.", "Du kan seie nei til opptak."),
])
def test_notice_on_all_lines(lang, notice, option) -> None:
    assert verdict(call(lang, [notice, option]), "no") == ("compliant", "not_requested", set())


# --- 1b. "til- eller fravælge" is a choice now, not withdrawal information ---------------------

@pytest.mark.parametrize("lang,opening,reply", [
    ("da", ["Vi optager samtalen til oplæring.", "Du kan til- eller fravælge optagelsen.", "Er det i orden?"], "Ja."),
    ("da", ["Samtalen optages for at dokumentere aftaler.", "Optagelsen kan du til- eller fravælge.",
            "Må vi optage?"], "Ja, fint."),
    ("nb", ["Vi tar opp samtalen for opplæring.", "Du kan velge opptak til eller fra.", "Er det greit?"], "Ja."),
])
def test_choose_in_or_out_is_no_withdrawal_information(lang, opening, reply) -> None:
    dk = verdict(call(lang, opening, reply), "dk")
    assert dk[0] != "compliant" and "NO_WITHDRAWAL_NOTICE" in dk[2] | ({"LOW_CONFIDENCE"} if dk[0] == "needs_review"
                                                                        else set())


def test_hyphen_before_or_is_no_clause_break() -> None:
    s = meaning.sentence("Du kan til- eller fravælge optagelsen.")
    assert len(set(s.clause)) == 1
    assert meaning.objection(s, load_bank("da")) is not None
    assert meaning.sentence("Ja - det er fint.").clause[1] == 1  # a dash between words still breaks


# --- 2. A loose match is never the ground of a compliant verdict -------------------------------

COMPLIANT_DA = call("da", ["Samtalen optages til træning.", "Må vi optage samtalen?",
                           "Du kan til enhver tid bede mig stoppe optagelsen."], "Ja, det er fint.")
COMPLIANT_NB = call("nb", ["Samtalen blir tatt opp for opplæring.", "Du kan reservere deg mot opptak."])


@pytest.mark.parametrize("transcript,policy,element", [
    (COMPLIANT_DA, "dk", "purpose"),
    (COMPLIANT_DA, "dk", "consent_request"), (COMPLIANT_DA, "dk", "withdrawal_info"),
    (COMPLIANT_NB, "no", "recording_notice"), (COMPLIANT_NB, "no", "purpose"),
    (COMPLIANT_NB, "no", "objection_info"),
])
def test_loose_element_alone_gives_review(transcript, policy, element) -> None:
    """Mark every hit of one element loose: the compliant call must go to review (LOW_CONFIDENCE)."""
    t = load_transcript(transcript)
    pol = load_policy(policy, language=t.language)
    bank = load_bank(t.language)
    findings = find_elements(t, bank, pol.confidence)
    outcome = read_consent(t, findings, bank, pol)
    assert decide(findings, outcome, [], pol).verdict == "compliant"
    assert findings.hits.get(element)
    findings.hits[element] = [replace(h, loose=True) for h in findings.hits[element]]
    decision = decide(findings, outcome, [], pol)
    assert decision.verdict == "needs_review"
    assert "LOW_CONFIDENCE" in {r.code for r in decision.reasons}
    assert any("loose" in r.message for r in decision.reasons)


def test_loose_yes_gives_review() -> None:
    t = load_transcript(COMPLIANT_DA)
    pol = load_policy("dk")
    bank = load_bank("da")
    findings = find_elements(t, bank, pol.confidence)
    outcome = read_consent(t, findings, bank, pol)
    loose_reply = replace(outcome.consent.reply, score=0.86)
    outcome = replace(outcome, consent=replace(outcome.consent, reply=loose_reply))
    assert decide(findings, outcome, [], pol).verdict == "needs_review"


@pytest.mark.parametrize("lang,opening,reply,policy", [
    # misspelt by the recogniser by a letter or two: DOMAIN.md asks for tolerant matching
    ("da", ["Samtalen optages til træning.", "Må vi optage samtalen?",
            "Du kan til enhver tid bede mig stope optagelsen."], "Ja.", "dk"),
    ("da", ["Samtalen optages til træning.", "Er det i ordn at vi optagr samtalen?",
            "Du kan til enhver tid bede mig stoppe optagelsen."], "Ja.", "dk"),
    ("nb", ["Samtalen blir tat opp for opplæring.", "Du kan reservere deg mot opptak."], None, "no"),
    ("nn", ["Samtalen vert teken opp for opplæring.", "Du kan resevere deg mot opptak."], None, "no"),
])
def test_a_slip_of_a_letter_is_matched_tolerantly(lang, opening, reply, policy) -> None:
    got = verdict(call(lang, opening, reply), policy)
    assert got[0] == "compliant", got


def test_parts_reading_confirms_an_inflected_phrase() -> None:
    """A phrase matched with a slip that the reading by parts confirms is a clear reading."""
    assert verdict(call("da", ["Formålet med optagelsen er dokumentation af aftaler.",
                               "Samtalen optages.", "Må vi optage samtalen?",
                               "Du kan til enhver tid bede mig stoppe optagelsen."], "Ja."), "dk")[0] == "compliant"


# --- round 8's held5 / hand-written causes -----------------------------------------------------

@pytest.mark.parametrize("lang,opening", [
    ("da", ["Vi optager udelukkende samtalen, såfremt du accepterer det.", "Optagelsen bruges til oplæring.",
            "Du kan sige nej."]),
    ("da", ["Optagelse finder kun sted efter aftale med dig.", "Optagelsen bruges til oplæring.",
            "Du kan sige nej."]),
    ("nb", ["Vi tar bare opp samtaler dersom kunden godtar det.", "Opptaket brukes til opplæring.",
            "Du kan si nei."]),
    ("nn", ["Me tek opp samtalen berre viss du seier ja til det.", "Opptaket blir brukt til opplæring.",
            "Du kan seie nei."]),
])
def test_recording_on_condition_of_a_yes_is_no_notice(lang, opening) -> None:
    v, _, codes = verdict(call(lang, opening), "no")
    assert v == "non_compliant" and "NO_RECORDING_NOTICE" in codes


def test_a_refusing_condition_after_a_notice_keeps_the_notice() -> None:
    assert verdict(call("da", ["Vi optager samtalen til træning, og hvis du ikke ønsker det, så sig til."]),
                   "no") == ("compliant", "not_requested", set())


@pytest.mark.parametrize("lang,later", [
    ("da", "Optagelsen må I gerne slukke for nu."),
    ("da", "Den optagelse må du godt slette igen."),
    ("nb", "Opptaket kan dere bare slette."),
    ("nn", "Opptaket må de gjerne stoppe no."),
])
def test_withdrawal_with_the_recording_first(lang, later) -> None:
    opening = (["Samtalen optages til træning.", "Er det i orden?", "Du kan altid bede mig stoppe optagelsen."]
               if lang == "da" else
               ["Samtalen blir tatt opp for opplæring.", "Er det greit?", "Du kan når som helst be meg stoppe opptaket."])
    v, status, codes = verdict(call(lang, opening, "Ja.", later), "dk")
    assert (v, status) == ("non_compliant", "given") and "CONSENT_WITHDRAWN" in codes


def test_agent_telling_the_recording_can_be_stopped_is_no_withdrawal() -> None:
    t = call("da", ["Samtalen optages til træning.", "Optagelsen kan du altid få stoppet.", "Er det i orden?"], "Ja.")
    assert not analyze_transcript(t, policy="dk").withdrawals


@pytest.mark.parametrize("lang,sentence", [
    ("da", "Uden at vi optager samtalen, kan vi desværre ikke oprette sagen."),
    ("nb", "Uten at vi tar opp samtalen, får vi ikke registrert bestillingen."),
    ("nn", "Utan at samtalen vert teken opp, kan me ikkje gå vidare med saka."),
])
def test_coercion_after_without_that_clause(lang, sentence) -> None:
    s = meaning.sentence(sentence)
    assert meaning.coercion(s, load_bank(lang), context=True) is not None


@pytest.mark.parametrize("lang,reply", [
    ("da", "Min kone siger, det er i orden."),
    ("da", "Det er hendes søn. Hun mener nok, det er fint."),
    ("nb", "Mannen min sier, det går greit."),
    ("nn", "Ho seier sikkert at det er greitt."),
])
def test_someone_elses_reported_yes_is_not_consent(lang, reply) -> None:
    opening = (["Samtalen optages til træning.", "Må vi optage samtalen?", "Du kan altid bede mig stoppe optagelsen."]
               if lang == "da" else
               ["Samtalen blir tatt opp for opplæring.", "Er det greit at vi tar opp samtalen?",
                "Du kan når som helst be meg stoppe opptaket."])
    v, status, _ = verdict(call(lang, opening, reply), "dk")
    assert (v, status) == ("non_compliant", "ambiguous")


def test_own_opinion_is_consent() -> None:
    t = call("da", ["Samtalen optages til træning.", "Må vi optage samtalen?", "Du kan altid bede mig stoppe optagelsen."],
             "Jeg synes, det er fint.")
    assert verdict(t, "dk")[:2] == ("compliant", "given")


@pytest.mark.parametrize("lang,question,kind", [
    ("da", "Hvad siger du til det?", "consent_request"),
    ("nb", "Hva sier du til det?", "consent_request"),
    ("nn", "Kva seier du til det?", "consent_request"),
    ("nb", "OK for deg?", "consent_request"),
    ("da", "I orden med dig?", "consent_request"),
    ("da", "Har du nogen indvendinger mod det?", "negative_request"),
    ("nb", "Har du noen innvendinger mot det?", "negative_request"),
    ("da", "Har du noget at indvende?", "negative_request"),
])
def test_short_requests_that_point_back(lang, question, kind) -> None:
    reading = meaning.short_request(meaning.sentence(question), load_bank(lang))
    assert reading is not None and reading.kind == kind


def test_short_request_needs_no_negation() -> None:
    assert meaning.short_request(meaning.sentence("Ikke i orden?"), load_bank("da")) is None


@pytest.mark.parametrize("lang,sentence", [
    ("da", "Siger du nej, bliver samtalen ikke optaget."),
    ("nb", "Sier du nei, tar vi ikke opp samtalen."),
    ("da", "Du kan vælge ikke at blive optaget."),
    ("nn", "Du kan velje å ikkje bli teken opp."),
    ("da", "Hvis du ikke vil optages, så optager vi ikke."),
])
def test_objection_options_in_other_words(lang, sentence) -> None:
    assert meaning.objection(meaning.sentence(sentence), load_bank(lang)) is not None


@pytest.mark.parametrize("lang,prompt,key,status", [
    ("da", "Ønsker du at acceptere optagelsen, tast 4; ellers tast 5.", "4", "given"),
    ("da", "Ønsker du at acceptere optagelsen, tast 4; ellers tast 5.", "5", "refused"),
    ("nb", "Tast 3 om du godtar opptak, eller 7 om du ikke gjør det.", "7", "refused"),
    ("nb", "Tast 3 om du godtar opptak, eller 7 om du ikke gjør det.", "3", "given"),
    ("nn", "Trykk 2 for å godta opptak, eller trykk 9 for å seie nei.", "9", "refused"),
    ("nn", "Trykk 2 for å godta opptak, eller trykk 9 for å seie nei.", "2", "given"),
])
def test_two_keys_in_one_prompt(lang, prompt, key, status) -> None:
    opening = (["Samtalen optages til træning.", "Du kan altid bede os stoppe optagelsen.", prompt] if lang == "da"
               else ["Samtalen blir tatt opp for opplæring.", "Du kan når som helst be oss stoppe opptaket.", prompt])
    t = call(lang, opening, events=[{"time": 14.5, "type": "dtmf", "digit": key}])
    r = analyze_transcript(t, policy="dk")
    assert (str(r.consent.status), str(r.consent.method)) == (status, "keypress")
    assert str(r.verdict) == ("compliant" if status == "given" else "non_compliant")


def test_opt_in_key_pressed_counts_as_notice_under_no() -> None:
    t = call("nb", ["Opptaket brukes til opplæring.", "Trykk 1 for å godta opptak av samtalen."],
             events=[{"time": 12.5, "type": "dtmf", "digit": "1"}])
    assert verdict(t, "no")[0] == "compliant"
    t["events"] = []
    assert verdict(t, "no")[0] == "non_compliant"
