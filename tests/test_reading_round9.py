"""Round 9 of issue 12: readings found by the held6 list (benchmarks/bench_accuracy.py), and the
structural rule that a no or an unclear answer right after the agent's talk of recording never
leaves a call compliant, whether or not a request was recognised.

Wordings here are not the held6 list's own: each rule is shown in other words, in Danish and
Norwegian (bokmål and nynorsk) where it applies.
"""

from __future__ import annotations

import pytest
from builders import opening_call, verdict
from builders import read_as as reading
from builders import turns_call as call

from verifier import analyze_transcript
from verifier.engine import meaning
from verifier.engine.phrases import load_bank

NOTICE = {"da": "Vi optager samtalen til oplæring af nye medarbejdere.",
          "nb": "Vi tar opp samtalen for opplæring av nye medarbeidere.",
          "nn": "Vi tek opp samtalen for opplæring av nye tilsette."}
INFO = {"da": "Du kan til enhver tid bede os stoppe optagelsen.",
        "nb": "Du kan når som helst be oss stoppe opptaket.",
        "nn": "Du kan når som helst be oss stoppe opptaket."}


# --- 1a. Short requests that name the consent, in any form of the verb ------------------------

@pytest.mark.parametrize("lang,question", [
    ("da", "Accepterer du det?"),
    ("da", "Giver du dit samtykke til det?"),
    ("da", "Har vi din accept?"),
    ("nb", "Aksepterer du det?"),
    ("nb", "Godtar du dette?"),
    ("nb", "Gir du ditt samtykke til det?"),
    ("nn", "Godtek du dette?"),
])
def test_short_request_with_a_consent_word(lang, question) -> None:
    r = reading(lang, question, "request")
    assert r is not None and r.kind == "consent_request"
    assert verdict(call(lang, [NOTICE[lang], question, INFO[lang]], "Ja."), "dk") == ("compliant", "given", set())


def test_a_consent_question_about_something_else_is_no_request() -> None:
    assert reading("da", "Accepterer du betingelserne for lånet?", "request") is None
    assert reading("nb", "Godtar du vilkårene for kontoen?", "request") is None


# --- 1b. The structural rule: a no or an unclear answer after talk of recording ---------------

# No request is recognised: the agent gives a notice and withdrawal information and says nothing
# the engine reads as a request. The caller's turn right after refuses, is unclear, or asks about
# the recording. Under `no` (no request required) the call would pass without the rule.
@pytest.mark.parametrize("lang,reply", [
    ("da", "Det siger jeg nej tak til."),
    ("da", "Nej, det synes jeg ikke."),
    ("da", "Det må I selv bestemme."),
    ("da", "Hvem skal lytte til den?"),
    ("nb", "Nei, det vil jeg ikke."),
    ("nb", "Det er opp til deg."),
    ("nb", "Hvem skal høre på opptaket?"),
    ("nn", "Nei takk, det vil eg ikkje."),
])
def test_no_or_unclear_answer_after_talk_never_compliant_without_request(lang, reply) -> None:
    transcript = call(lang, [NOTICE[lang], INFO[lang]], reply)
    for policy in ("dk", "no"):
        got = verdict(transcript, policy)
        assert got[0] != "compliant", (policy, got)
        assert got[1] in ("ambiguous", "refused"), (policy, got)
    assert verdict(transcript, "no")[0] == "needs_review"  # nothing is deleted on a guess


@pytest.mark.parametrize("lang,question,reply", [
    # An unread question ("Kan vi køre på den måde?"), then a no or a doubt.
    ("da", "Kan vi køre på den måde?", "Det siger jeg nej til."),
    ("nb", "Kan vi kjøre på sånn?", "Det får du bestemme."),
    ("nn", "Kan me gjere det slik?", "Kven skal lytte på det?"),
])
def test_no_or_unclear_answer_to_an_unread_question(lang, question, reply) -> None:
    transcript = call(lang, [NOTICE[lang], question, INFO[lang]], reply)
    for policy in ("dk", "no"):
        assert verdict(transcript, policy)[0] != "compliant"


@pytest.mark.parametrize("lang,opening,reply,later", [
    # A request is recognised and answered yes; the agent then speaks of the recording again and
    # the caller's next turn questions it: the call is not compliant either.
    ("da", ["Vi optager samtalen til oplæring.", "Er det i orden?", "Du kan altid bede os stoppe optagelsen."],
     "Ja.", [("agent", "Optagelsen gemmes i 30 dage."), ("customer", "Hvem får lov at høre den?")]),
    ("nb", ["Vi tar opp samtalen for opplæring.", "Er det greit?", "Du kan alltid be oss stoppe opptaket."],
     "Ja.", [("agent", "Opptaket lagres i 30 dager."), ("customer", "Nei, det vil jeg ikke.")]),
    ("nn", ["Vi tek opp samtalen for opplæring.", "Er det greitt?", "Du kan alltid be oss stoppe opptaket."],
     "Ja.", [("agent", "Opptaket vert lagra i 30 dagar."), ("customer", "Kven skal høyre på det?")]),
])
def test_no_or_unclear_answer_after_later_talk_with_a_request(lang, opening, reply, later) -> None:
    transcript = call(lang, opening, reply, later)
    for policy in ("dk", "no"):
        assert verdict(transcript, policy)[0] != "compliant", policy


def test_yes_and_errand_after_talk_still_compliant() -> None:
    """The rule reads no, doubt and questions about the recording; a yes or the errand after
    talk of recording changes nothing."""
    transcript = call("nb", [NOTICE["nb"], INFO["nb"]], "Ja, greit.")
    assert verdict(transcript, "no")[0] == "compliant"
    transcript = call("da", [NOTICE["da"], INFO["da"]], "Jeg ringer, fordi min regning ikke er kommet.")
    assert verdict(transcript, "no")[0] == "compliant"


# --- 1c. Refusals and unclear answers to a recognised short request ---------------------------

@pytest.mark.parametrize("lang,question,reply,status", [
    ("da", "Accepterer du det?", "Det siger jeg nej til.", "refused"),
    ("nb", "Godtar du det?", "Det sier jeg nei takk til.", "refused"),
    ("nn", "Godtek du dette?", "Det må du sjølv bestemme.", "ambiguous"),
    ("da", "Giver du dit samtykke til det?", "Det er op til dig.", "ambiguous"),
])
def test_answers_to_short_consent_requests(lang, question, reply, status) -> None:
    transcript = call(lang, [NOTICE[lang], question, INFO[lang]], reply)
    got = verdict(transcript, "no")
    assert got[1] == status and got[0] == ("non_compliant" if status == "refused" else "needs_review")


# --- 2. Withdrawal information in a condition without "if" ------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("da", "Fortryder du undervejs, stopper vi optagelsen og sletter den."),
    ("da", "Beder du os stoppe, sletter vi optagelsen med det samme."),
    ("nb", "Ber du oss stoppe, slår vi av opptaket og sletter det."),
    ("nb", "Sier du stopp underveis, stopper vi opptaket."),
    ("nn", "Angrar du deg, slettar vi opptaket."),
])
def test_withdrawal_information_in_a_verb_first_condition(lang, sentence) -> None:
    assert reading(lang, sentence, "withdrawal_info") is not None
    transcript = call(lang, [NOTICE[lang], "Er det i orden?" if lang == "da" else "Er det greit?", sentence], "Ja.")
    assert verdict(transcript, "dk") == ("compliant", "given", set())


@pytest.mark.parametrize("lang,sentence", [
    ("da", "Beder du os stoppe, sletter vi optagelsen med det samme."),
    ("nb", "Ber du oss stoppe, slår vi av opptaket og sletter det."),
    ("nn", "Seier du stopp, slettar vi opptaket."),
])
def test_verb_first_withdrawal_information_is_no_withdrawal_unlabelled(lang, sentence) -> None:
    assert reading(lang, sentence, "withdrawal") is None or meaning.withdrawal(
        meaning.sentence(sentence), load_bank(lang), context=True, unlabelled=True) is None
    transcript = call(lang, [NOTICE[lang], "Er det i orden?" if lang == "da" else "Er det greit?", sentence], "Ja.",
                      labels=False)
    assert "CONSENT_WITHDRAWN" not in verdict(transcript, "dk")[2]


# --- 3. Short requests "gå med til", the consent by name; a yes on condition of deletion -------

@pytest.mark.parametrize("lang,question", [
    ("da", "Går du med til dette?"),
    ("da", "Vil du gå med til det?"),
    ("da", "Har vi dit samtykke?"),
    ("nb", "Har vi ditt samtykke til dette?"),
    ("nb", "Går du med på dette?"),
])
def test_short_requests_going_along_and_consent_by_name(lang, question) -> None:
    r = reading(lang, question, "request")
    assert r is not None and r.kind == "consent_request"


@pytest.mark.parametrize("lang,reply", [
    ("da", "Ja, så længe I sletter den igen bagefter."),
    ("da", "Fint, forudsat at I sletter optagelsen efter brug."),
    ("nb", "Ja, så lenge dere sletter opptaket etterpå."),
    ("nn", "Greitt, berre de slettar det etterpå."),
])
def test_yes_on_condition_of_deletion_is_consent_with_the_condition(lang, reply) -> None:
    """Deletion later limits how long the recording is kept; it grants that it is made."""
    question = "Er det i orden?" if lang == "da" else "Er det greit?"
    transcript = call(lang, [NOTICE[lang], question, INFO[lang]], reply)
    r = analyze_transcript(transcript, policy="dk")
    assert (str(r.verdict), str(r.consent.status)) == ("compliant", "given")
    assert r.findings.get("consent_condition")


@pytest.mark.parametrize("lang,reply", [
    ("da", "Ja, men den må ikke gemmes."),
    ("nb", "Ja, men opptaket må ikke lagres."),
])
def test_condition_against_keeping_stays_ambiguous(lang, reply) -> None:
    """README: a condition on keeping or making the recording is not a yes."""
    question = "Er det i orden?" if lang == "da" else "Er det greit?"
    assert verdict(call(lang, [NOTICE[lang], question, INFO[lang]], reply), "no")[1] == "ambiguous"


# --- 4. Nynorsk yes ---------------------------------------------------------------------------

@pytest.mark.parametrize("reply", ["Heilt greit.", "Det er heilt fint.", "Ja, det er heilt i orden for meg."])
def test_nynorsk_yes(reply) -> None:
    transcript = call("nn", [NOTICE["nn"], "Er det greitt for deg?", INFO["nn"]], reply)
    assert verdict(transcript, "dk") == ("compliant", "given", set())


# --- 5. "ta opp" / "optage" a loan or a matter is not recording -------------------------------

@pytest.mark.parametrize("lang,later", [
    ("nb", "Jeg vil ta opp en klage."),
    ("nb", "Jeg vil ikke ta opp et nytt lån nå."),
    ("nn", "Eg vil ikkje ta opp eit lån."),
    ("da", "Jeg vil ikke optage et nyt lån."),
])
def test_raising_a_loan_or_a_matter_is_no_withdrawal(lang, later) -> None:
    question = "Er det i orden?" if lang == "da" else "Er det greit?"
    transcript = call(lang, [NOTICE[lang], question, INFO[lang]], "Ja.", [("customer", later)])
    assert verdict(transcript, "dk") == ("compliant", "given", set())


def test_refusing_the_recording_itself_is_still_a_withdrawal() -> None:
    transcript = call("nb", [NOTICE["nb"], "Er det greit?", INFO["nb"]], "Ja.",
                      [("customer", "Jeg vil ikke bli tatt opp likevel.")])
    assert "CONSENT_WITHDRAWN" in verdict(transcript, "no")[2]


# --- 6. Objection options by preference ------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("da", "Foretrækker du at tale uden optagelse, så sig det nu."),
    ("da", "Vil du hellere tale uden optagelse, så sig til."),
    ("nb", "Vil du heller snakke uten opptak, gi beskjed."),
    ("nn", "Føretrekkjer du å snakke utan opptak, sei frå no."),
    ("nb", "Foretrekker du at vi ikke tar opp samtalen, si ifra."),
])
def test_objection_option_by_preference(lang, sentence) -> None:
    assert reading(lang, sentence, "objection") is not None
    assert verdict(call(lang, [NOTICE[lang], sentence]), "no") == ("compliant", "not_requested", set())


# --- 7. Key prompts naming two keys, and going on without the recording -----------------------

@pytest.mark.parametrize("lang,prompt,key,status", [
    ("da", "Tast 2 for ja og 3 for nej.", "2", "given"),
    ("da", "Tast 2 for ja og 3 for nej.", "3", "refused"),
    ("nb", "Trykk 5 for ja til opptak og 6 for nei.", "5", "given"),
    ("nb", "Trykk 5 for ja til opptak og 6 for nei.", "6", "refused"),
])
def test_two_keys_joined_by_and(lang, prompt, key, status) -> None:
    request = "Må vi optage samtalen?" if lang == "da" else "Kan vi ta opp samtalen?"
    transcript = call(lang, [NOTICE[lang], INFO[lang], request, prompt],
                      events=[{"time": 17.5, "type": "dtmf", "digit": key}])
    got = verdict(transcript, "dk")
    assert got[1] == status and got[0] == ("compliant" if status == "given" else "non_compliant")


@pytest.mark.parametrize("lang,prompt", [
    ("da", "Tryk 7 for at fortsætte uden optagelse."),
    ("nb", "Trykk 8 for å fortsette uten opptak."),
    ("nn", "Trykk 8 for å halde fram utan opptak."),
])
def test_key_to_go_on_without_recording_is_an_opt_out(lang, prompt) -> None:
    key = prompt.split()[1]
    transcript = call(lang, [NOTICE[lang], INFO[lang], prompt], events=[{"time": 14.0, "type": "dtmf", "digit": key}])
    for policy in ("dk", "no"):
        got = verdict(transcript, policy)
        assert got[:2] == ("non_compliant", "refused"), policy


# --- 8. Negatively phrased tag questions ("..., vel ikke?") and refusals to them --------------

@pytest.mark.parametrize("lang,question", [
    ("da", "Det er vel ikke et problem?"),
    ("da", "Du har vel ingen indvendinger mod, at samtalen optages?"),
    ("nb", "Du har vel ikke noe imot at vi tar opp samtalen?"),
    ("nn", "Det har du vel ikkje noko imot?"),
])
def test_tag_questions_are_negatively_phrased_requests(lang, question) -> None:
    r = reading(lang, question, "request")
    assert r is not None and r.kind == "negative_request"
    transcript = call(lang, [NOTICE[lang], question, INFO[lang]], "Nej, slet ikke." if lang == "da" else "Nei, slett ikke.")
    for policy in ("dk", "no"):
        got = verdict(transcript, policy)
        assert got[0] == "needs_review" and "NEGATIVELY_PHRASED_REQUEST" in got[2], policy


def test_plain_negated_question_is_still_no_request() -> None:
    """Only the tag "vel ikke" makes the negation the question's; "Optager vi ikke samtalen?" is none."""
    assert reading("da", "Optager vi ikke samtalen?", "request") is None


@pytest.mark.parametrize("lang,question,reply", [
    ("da", "Har du noget imod, at vi optager samtalen?", "Ja, det vil jeg helst slippe."),
    ("da", "Det har du vel ikke noget imod?", "Ja, faktisk. Det bryder jeg mig ikke om."),
    ("nb", "Har du noe imot at vi tar opp samtalen?", "Ja, faktisk. Det vil jeg helst slippe."),
    ("nn", "Har du noko imot at vi tek opp samtalen?", "Ja, det vil eg helst sleppe."),
])
def test_refusals_to_negative_requests(lang, question, reply) -> None:
    transcript = call(lang, [NOTICE[lang], question, INFO[lang]], reply)
    for policy in ("dk", "no"):
        got = verdict(transcript, policy)
        assert got[:2] == ("non_compliant", "refused") and "CONSENT_REFUSED" in got[2], policy


# --- Vague notices by frequency ----------------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("da", "Af og til optager vi samtaler til oplæring."),
    ("da", "Indimellem optager vi samtaler for at dokumentere aftaler."),
    ("nb", "Vi tar iblant opp samtaler for opplæring."),
    ("nn", "Vi tek av og til opp samtalar for opplæring."),
])
def test_vague_notice_by_frequency(lang, sentence) -> None:
    r = reading(lang, sentence, "notice")
    assert r is not None and r.kind == "vague_notice"


# --- after round 9: held7's vague notice read as definite, in other words ----------------------

@pytest.mark.parametrize("lang,notice", [
    ("da", "Der er en chance for, at samtalen bliver optaget til oplæring."),
    ("da", "Samtalen optages potentielt, så vi kan forbedre vores service."),
    ("no", "Det er ein sjanse for at samtalen blir teken opp til opplæring."),
    ("nn", "Det er mogleg at vi tek opp samtalen for å betre kundeservicen."),
])
def test_a_chance_or_possibility_of_recording_is_a_vague_notice(lang, notice) -> None:
    option = "Du kan sige nej til optagelsen." if lang == "da" else "Du kan reservere deg mot opptak."
    got = verdict(opening_call(lang, [notice, option]), "no")
    assert got[0] != "compliant" and "VAGUE_NOTICE" in got[2], got


@pytest.mark.parametrize("lang,question,reply", [
    ("da", "Vil du have noget imod det?", "Næh, slet ikke, det er fint."),
    ("da", "Skulle du have noget imod det?", "Næ, det er okay."),
    ("nb", "Ville du hatt noe imot det?", "Nope, det går fint."),
])
def test_a_colloquial_no_to_an_unread_question_never_leaves_a_call_compliant(lang, question, reply) -> None:
    # held7: "Vil du have noget imod det?" was not read as a (negatively phrased) request, and the
    # caller's "Næh, …, det er fint" then let the call pass under `no`.
    da = lang == "da"
    opening = ["Samtalen optages til træning." if da else "Samtalen blir tatt opp for opplæring.", question,
               "Du kan til enhver tid bede mig stoppe optagelsen." if da else "Du kan reservere deg mot opptak."]
    for policy in ("dk", "no"):
        got = verdict(opening_call(lang, opening, reply), policy)
        assert got[0] != "compliant", (policy, got)
