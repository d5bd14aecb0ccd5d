"""Round 26: readings found by held18's commonest misses under the `no` policy (a notice read out
with its "we" left unsaid, a bare "Okay?" after the notice as the request, and a caller who asks
who will hear it, says back what they learned and draws a yes from it).

Each rule is shown in wordings that are not the benchmarks', in Danish and Norwegian, together
with the look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from builders import ASK, INFO, NOTICE, OBJECT, YES, verdict
from builders import read_as as reading
from builders import turns_call as call

# --- 1. A notice that opens with our verb, its "we" unsaid ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Optager samtalen til brug for oplæring."),
    ("da", "Optager hele samtalen af hensyn til kvaliteten."),
    ("nb", "Tar opp samtalen for å lære opp nyansatte."),
    ("nn", "Tek opp denne samtalen for å betre tenesta."),
])
def test_a_notice_without_its_we_is_a_notice(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is not None and r.kind == "recording_notice", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Optager I samtalen?"),                                 # a question
    ("da", "Optager vi samtalen, får du besked først."),           # the verb first before its subject: a condition
    ("nb", "Tar dere opp samtalen nå?"),
    ("nb", "Tar vi opp samtalen, sier jeg ifra først."),
    ("da", "Optager ikke samtalen i dag."),                        # a "not"
    ("da", "Optage samtalen kan vi ikke."),                        # not the present tense
])
def test_look_alikes_of_a_notice_without_its_we_are_none(lang, text) -> None:
    r = reading(lang, text, "notice")
    assert r is None or r.kind != "recording_notice", (text, r)


def test_a_notice_without_its_we_informs_under_the_no_policy() -> None:
    opening = ["Tar opp samtalen for å lære opp nyansatte.", INFO["nb"]]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "compliant" and "NO_RECORDING_NOTICE" not in codes, codes


def test_a_we_first_question_leaves_the_notice_missing() -> None:
    opening = ["Tar dere opp samtalen for å lære opp nyansatte?", INFO["nb"]]
    got, _, codes = verdict(call("nb", opening), "no")
    assert got == "non_compliant" and "NO_RECORDING_NOTICE" in codes, codes


# --- 2. "Okay?" after the notice asks for consent --------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Okay?"),
    ("da", "OK?"),
    ("nb", "Ok?"),
    ("nb", "Okei?"),
])
def test_a_bare_okay_is_a_short_request(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is not None and r.kind == "consent_request", (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Okay."),                    # no question: an answer, or a word that closes
    ("da", "Ikke okay?"),               # a "not"
    ("nb", "Ok, hva gjelder det?"),     # asks about the errand
])
def test_look_alikes_of_a_bare_okay_ask_nothing(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is None or r.kind != "consent_request", (text, r)


def test_okay_after_the_notice_is_the_request_answered_yes() -> None:
    opening = [NOTICE["da"], "Okay?", INFO["da"]]
    got, status, codes = verdict(call("da", opening, "Ja, fint med mig."), "dk")
    assert got == "compliant" and status == "given", codes


def test_okay_after_the_notice_answered_no_is_a_refusal() -> None:
    opening = [NOTICE["nb"], "Ok?", INFO["nb"]]
    got, status, codes = verdict(call("nb", opening, "Nei, helst ikke."), "no")
    assert got == "non_compliant" and status == "refused", codes


def test_okay_after_other_talk_is_no_request() -> None:
    opening = ["Jeg sender dig et nyt kort med posten.", "Okay?", NOTICE["da"], INFO["da"]]
    got, _, codes = verdict(call("da", opening, "Ja."), "dk")
    assert got == "non_compliant" and "NO_CONSENT_REQUEST" in codes, codes


# --- 3. A kind word for the one asked, in a clause of its own, asks nothing ------------------------

@pytest.mark.parametrize("lang,text,kind", [
    ("nb", "Får jeg lov til det, vennen min?", "consent_request"),
    ("da", "Er det i orden med dig, skat?", "consent_request"),
    ("da", "Har du noget imod det, min ven?", "negative_request"),
])
def test_a_request_ending_in_an_endearment_is_still_a_request(lang, text, kind) -> None:
    r = reading(lang, text, "request")
    assert r is not None and r.kind == kind, (text, r)


@pytest.mark.parametrize("lang,text", [
    ("da", "Er det i orden, at jeg ringer dig op i morgen, skat?"),   # asks something else
    ("nb", "Hva gjelder det, vennen?"),                                # asks the errand
])
def test_an_endearment_makes_no_request_of_another_question(lang, text) -> None:
    r = reading(lang, text, "request")
    assert r is None or r.kind != "consent_request", (text, r)


def test_a_request_ending_in_an_endearment_answered_yes() -> None:
    opening = [NOTICE["nb"], "Gir du meg lov til det, vennen min?"]
    got, status, codes = verdict(call("nb", opening, "Ja, det gjør jeg."), "no")
    assert got == "compliant" and status == "given", codes


# --- 4. The caller's question, what they learned, and a yes drawn from it --------------------------

@pytest.mark.parametrize("lang,reply", [
    ("da", "Hvem lytter med? Nåh, kun jeres team – så ja, det er i orden."),
    ("da", "Hvem får den at høre? Aha, bare jer to, så er det fint."),
    ("nb", "Hvem skal høre det? Ja vel, bare kontoret – da er det greit."),
])
def test_a_yes_drawn_from_what_was_learned_is_a_yes(lang, reply) -> None:
    opening = [NOTICE[lang], ASK[lang], INFO[lang]]
    got, status, codes = verdict(call(lang, opening, reply), "dk" if lang == "da" else "no")
    assert got == "compliant" and status == "given", (reply, codes)


@pytest.mark.parametrize("lang,reply", [
    ("da", "Hvem lytter med? Nåh, ikke kun jer – så er det fint."),      # a "not" in what was learned
    ("da", "Hvem lytter med? Nåh, hvem mere – så er det fint?"),          # a question word again
    ("da", "Hvem lytter med? Nåh, kun jeres team – så ved jeg ikke."),    # no yes drawn
    ("nb", "Hvem skal høre det? Ja vel, bare kontoret, og så skal jeg tenke på det."),  # no "then" clause
])
def test_look_alikes_of_a_yes_drawn_from_what_was_learned_stay_unclear(lang, reply) -> None:
    opening = [NOTICE[lang], ASK[lang], INFO[lang]]
    got, status, codes = verdict(call(lang, opening, reply), "dk" if lang == "da" else "no")
    assert got != "compliant" and status != "given", (reply, codes)


# --- 5. A no that names the recording, after talk of recording that asked nothing -----------------

def test_a_no_naming_the_recording_after_an_objection_option_is_a_refusal() -> None:
    opening = [NOTICE["nn"], "Du kan seie nei til opptak om du vil."]
    got, status, codes = verdict(call("nn", opening, "Nei, eg vil ikkje at det blir teke opp."), "no")
    assert got == "non_compliant" and status == "refused" and "CONSENT_REFUSED" in codes, codes


@pytest.mark.parametrize("reply", [
    "Nei.",
    "Nei, det vil eg helst ikkje.",     # "det" may point to a request we could not read
])
def test_a_no_that_does_not_name_the_recording_stays_unclear(reply) -> None:
    opening = [NOTICE["nn"], "Du kan seie nei til opptak om du vil."]
    got, status, codes = verdict(call("nn", opening, reply), "no")
    assert status == "ambiguous" and got == "needs_review", (reply, codes)


# --- 6. "Fortæl mig, hvad der er sket": a question put indirectly ends the talk of recording -------

@pytest.mark.parametrize("lang,ask,reply", [
    ("da", "Fortæl mig endelig, hvad du har brug for.", "Jamen, det er min bil, jeg har fået en bøde, som jeg ikke forstår."),
    ("nb", "Forklar meg hva som har skjedd.", "Ja, jeg har fått en regning som jeg ikke skjønner."),
])
def test_the_errand_after_a_question_put_indirectly_answers_no_talk(lang, ask, reply) -> None:
    got, status, codes = verdict(call(lang, [NOTICE[lang], OBJECT[lang], ask], reply), "no")
    assert got == "compliant" and status == "not_requested", codes


@pytest.mark.parametrize("lang,said,reply", [
    ("da", "Fortæl mig gerne lidt mere.", "Jamen, det ved jeg ikke."),        # no question word: it asks nothing
    ("nb", "Forklaringen kommer etterpå.", "Ja, jeg vet ikke helt."),          # not an order to tell
])
def test_an_unclear_turn_after_talk_without_a_question_stays_unclear(lang, said, reply) -> None:
    got, status, codes = verdict(call(lang, [NOTICE[lang], OBJECT[lang], said], reply), "no")
    assert got != "compliant" and status == "ambiguous", codes


# --- 7. "Tag dig god tid – hvad ringer du om?": the errand asked after a lead-in ----------------------

@pytest.mark.parametrize("lang,ask", [
    ("da", "Bare rolig – hvad ringer du om i dag?"),
    ("nb", "Ta den tiden du trenger – hva var det du ringte om?"),
])
def test_the_errand_asked_after_a_lead_in_is_not_the_question_answered(lang, ask) -> None:
    reply = "Jamen, min regning er for høj." if lang == "da" else "Ja, regningen min er for høy."
    got, status, codes = verdict(call(lang, [NOTICE[lang], OBJECT[lang], ask], reply), "no")
    assert got == "compliant" and status == "not_requested", codes


def test_a_yes_no_question_after_a_lead_in_still_points_back() -> None:
    opening = [NOTICE["da"], OBJECT["da"], "Bare rolig – går det an?"]
    got, status, codes = verdict(call("da", opening, "Nej, ikke rigtig."), "no")
    assert got != "compliant" and status in ("ambiguous", "refused"), codes
# --- 8. A threat read by its parts: I, a verb of violence or coming to get them, and "you" -------

@pytest.mark.parametrize("lang,text", [
    ("da", "Hvis ikke I betaler i morgen, så kommer jeg forbi og banker dig."),   # the subject after the verb
    ("da", "Jeg tæsker dig, hvis du lægger på."),
    ("da", "Ordner I det ikke, så kommer jeg op på kontoret og henter dig."),
    ("nb", "Fikser dere ikke dette, så kommer jeg dit og tar deg."),
    ("nb", "Jeg skyter deg, bare vent."),
])
def test_a_threat_is_read_by_its_parts(lang, text) -> None:
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    bank = load_bank(lang)
    assert meaning.threat(meaning.sentence(text, bank), bank), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Jeg slår dig lige op i kundekartoteket."),        # "slå op": to look up
    ("da", "Så stikker jeg dig en kopi af brevet."),          # "stikke": to hand over
    ("da", "Jeg kommer forbi og henter pakken."),             # no "you"
    ("da", "Min søn kommer og henter dig ved toget."),        # not "I"
    ("da", "Jeg banker ikke dig, rolig nu."),                 # a "not"
    ("nb", "Kommer du og henter meg?"),                        # a question
])
def test_look_alikes_of_a_threat_are_none(lang, text) -> None:
    from verifier.engine import meaning
    from verifier.engine.phrases import load_bank

    bank = load_bank(lang)
    assert meaning.threat(meaning.sentence(text, bank), bank) is None, text


def test_a_threat_before_the_notice_sends_the_call_to_review() -> None:
    t = {"language": "da", "segments": [
        {"start": 0.5, "end": 3.0, "speaker": "agent", "text": "Kundeservice, du taler med Per."},
        {"start": 3.5, "end": 9.0, "speaker": "customer",
         "text": "I har snydt mig, og ordner I det ikke nu, så kommer jeg derind og tæsker dig."},
        {"start": 9.5, "end": 14.0, "speaker": "agent", "text": "Jeg optager nu samtalen på grund af dine trusler."},
        {"start": 14.5, "end": 16.0, "speaker": "customer", "text": "Det rager mig ikke."},
    ]}
    got, _, codes = verdict(t, "dk")
    assert got == "needs_review" and "THREAT_EXCEPTION_CANDIDATE" in codes, codes


# --- 9. "Du kan reservere deg når som helst" right after talk of recording -------------------------

def test_opting_out_at_any_time_after_recording_talk_is_withdrawal_info() -> None:
    opening = [NOTICE["nb"], ASK["nb"], "Du kan også reservere deg når som helst senere i samtalen."]
    got, _, codes = verdict(call("nb", opening, YES["nb"]), "dk")
    assert got == "compliant" and "NO_WITHDRAWAL_NOTICE" not in codes, codes


@pytest.mark.parametrize("lang,text", [
    ("nb", "Du kan reservere deg når som helst."),               # no recording talk before it
    ("nb", "Du kan reservere deg mot reklame når som helst."),   # another object
])
def test_opting_out_without_recording_talk_is_no_withdrawal_info(lang, text) -> None:
    assert reading(lang, text, "withdrawal_info", context=False) is None, text


@pytest.mark.parametrize("text", [
    "Du kan når som helst si nei til nyhetsbrevet vårt.",         # another object, even after recording talk
    "Du kan reservere deg mot telefonsalg når som helst.",
])
def test_opting_out_of_something_else_is_no_withdrawal_info(text) -> None:
    assert reading("nb", text, "withdrawal_info", context=True) is None, text


def test_opting_out_only_now_is_no_withdrawal_info() -> None:
    assert reading("nb", "Du kan reservere deg nå.", "withdrawal_info", context=True) is None


# --- 10. A purpose given as the reason ("fordi vi skal kunne ...") ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen, fordi vi gerne vil forbedre vores rådgivning."),
    ("nb", "Vi tar opp samtalen fordi vi må kunne dokumentere avtalen."),
])
def test_a_because_clause_with_a_goal_is_a_purpose(lang, text) -> None:
    assert reading(lang, text, "purpose"), text


@pytest.mark.parametrize("lang,text", [
    ("da", "Vi optager samtalen, fordi det er vores praksis."),    # a reason with no goal
    ("nb", "Vi tar opp samtalen fordi vi ikke kan dokumentere det ellers."),  # a "not" before the goal
])
def test_a_because_clause_without_a_goal_is_no_purpose(lang, text) -> None:
    assert not reading(lang, text, "purpose"), text


# --- 11. "Jeg må bare si at ...": "just" telling is no "only" that makes the notice depend on a yes --

@pytest.mark.parametrize("lang,text", [
    ("nb", "Jeg vil bare si at vi tar opp samtalen, i tilfelle noe blir uklart senere."),
    ("da", "Jeg skal lige bare sige, at vi optager samtalen, hvis der skulle opstå tvivl."),
])
def test_just_saying_before_a_notice_leaves_it_a_notice(lang, text) -> None:
    opening = [text + " " + ("Formålet er opplæring." if lang == "nb" else "Formålet er oplæring."), INFO[lang]]
    got, _, codes = verdict(call(lang, opening), "no")
    assert got == "compliant" and "NO_RECORDING_NOTICE" not in codes, (text, codes)


@pytest.mark.parametrize("lang,text", [
    ("nb", "Vi tar bare opp samtalen hvis du sier ja til det."),           # "only if you say yes"
    ("nb", "Jeg vil bare si at vi tar opp samtalen dersom du samtykker."),  # the yes still decides
])
def test_a_notice_that_depends_on_a_yes_stays_no_notice(lang, text) -> None:
    opening = [text + " Formålet er opplæring.", INFO[lang]]
    got, _, codes = verdict(call(lang, opening), "no")
    assert got == "non_compliant" and "NO_RECORDING_NOTICE" in codes, (text, codes)
