"""The only judge: doubts from the audio side weigh in decide(), not in the pipeline (engine/decision.py)."""

from __future__ import annotations

from builders import DA_OPENING, call, then

from verifier import analyze_transcript
from verifier.engine.codes import Action, Code, Verdict

DOUBT = ["the file ends before its header says"]
COMPLIANT = then(DA_OPENING, ("c", 13.5, 14.2, "Ja, det er fint."), ("a", 14.5, 20.0, "Tak."))
REFUSED = then(DA_OPENING, ("c", 13.5, 14.2, "Nej tak."))
NO_DISCLOSURE = [("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank. Hvad kan jeg gøre?"),
                 ("c", 4.5, 8.0, "Jeg ringer om min regning.")]


def codes(record):
    return [r.code for r in record.reasons]


def test_without_doubts_the_verdicts_stand():
    assert analyze_transcript(call("da", COMPLIANT)).verdict == Verdict.COMPLIANT
    assert analyze_transcript(call("da", NO_DISCLOSURE)).verdict == Verdict.NON_COMPLIANT


def test_a_doubt_turns_compliant_into_review_with_the_doubt_first():
    record = analyze_transcript(call("da", COMPLIANT), doubts=DOUBT)
    assert record.verdict == Verdict.NEEDS_REVIEW and record.required_action == Action.REVIEW
    assert codes(record) == [Code.LOW_CONFIDENCE]
    assert "ends before its header" in record.reasons[0].message


def test_a_doubt_turns_missing_elements_into_review_they_may_be_in_what_was_lost():
    record = analyze_transcript(call("da", NO_DISCLOSURE), doubts=DOUBT)
    assert record.verdict == Verdict.NEEDS_REVIEW
    assert codes(record)[0] == Code.LOW_CONFIDENCE and Code.NO_RECORDING_NOTICE in codes(record)


def test_a_clear_refusal_still_decides_and_the_doubt_is_noted():
    record = analyze_transcript(call("da", REFUSED), doubts=DOUBT)
    assert record.verdict == Verdict.NON_COMPLIANT and record.required_action == Action.DELETE_RECORDING
    assert codes(record) == [Code.CONSENT_REFUSED, Code.LOW_CONFIDENCE]


def test_verdicts_are_typed_and_serialise_as_plain_strings():
    record = analyze_transcript(call("da", COMPLIANT))
    assert record.verdict is Verdict.COMPLIANT and record.verdict == "compliant"
    assert '"verdict": "compliant"' in record.to_json()


# An opening whose request is clear, with 6 s of the agent's speech that could not be read, and
# then the agent going on after the caller said nothing for 10 s.
UNCLEAR_AGENT = [("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."),
                 ("a", 4.2, 10.2, "Mimilgen har vært til samtere til treninger mor os"),
                 ("a", 10.5, 13.0, "Må vi optage samtalen?"),
                 ("a", 24.0, 28.0, "Hallo? Nå, jeg kan se, at du ringer om din regning.")]
# The second segment weak, not set aside (as spotting marks a doubt); the others read well.
WEAK = {i: {"avg_logprob": -0.85 if i == 1 else -0.25} for i in range(4)}


def test_unclear_agent_speech_cannot_hide_a_caller_who_never_answered():
    record = analyze_transcript(call("da", UNCLEAR_AGENT, conf=WEAK))
    assert record.verdict == Verdict.NON_COMPLIANT and Code.NO_REPLY in codes(record)
    assert record.consent.status == "no_reply"


def test_unclear_speech_may_hide_the_answer_when_it_is_unlabelled_or_the_callers():
    unlabelled = [("?", s, e, t) for _, s, e, t in UNCLEAR_AGENT]
    assert analyze_transcript(call("da", unlabelled, conf=WEAK)).verdict == Verdict.NEEDS_REVIEW
    # The same, and the audio side is in doubt too (a damaged file): that may hide the answer.
    assert analyze_transcript(call("da", UNCLEAR_AGENT, conf=WEAK), doubts=DOUBT).verdict == Verdict.NEEDS_REVIEW
    # Under `no` a request needs no answer: what is missing may be in the unclear speech.
    assert analyze_transcript(call("da", UNCLEAR_AGENT, conf=WEAK), "no").verdict == Verdict.NEEDS_REVIEW


# A mono call: the caller's clear "no", then the agent's "Jeg stopper opptaket nå" misheard as a
# weak "stopp opptaket" (read as a withdrawal).
MONO_REFUSAL = [("?", 0.5, 10.0, "Samtalen blir tatt opp for opplæring av våre ansatte. Er det greit at vi tar "
                 "opp samtalen? Du kan når som helst be meg stoppe opptaket."),
                ("?", 11.0, 12.5, "Nei takk, det vil jeg ikke."),
                ("?", 13.0, 14.5, "Ja, et stopper opp taket."),
                ("?", 15.0, 16.0, "Hva gjelder det?")]


def test_a_weakly_heard_violation_beside_a_clearly_heard_one_changes_nothing():
    conf = {i: {"avg_logprob": -1.2 if i == 2 else -0.25} for i in range(4)}
    record = analyze_transcript(call("no", MONO_REFUSAL, conf=conf))
    assert record.verdict == Verdict.NON_COMPLIANT and record.required_action == Action.DELETE_RECORDING
    assert codes(record) == [Code.CONSENT_REFUSED]


def test_a_violation_heard_only_weakly_still_goes_to_review():
    conf = {i: {"avg_logprob": -1.2 if i in (1, 2) else -0.25} for i in range(4)}
    record = analyze_transcript(call("no", MONO_REFUSAL, conf=conf))
    assert record.verdict == Verdict.NEEDS_REVIEW and Code.LOW_CONFIDENCE in codes(record)


def test_a_call_missing_what_the_policy_needs_fails_on_that_whatever_weak_words_of_a_violation_said():
    # Only a vague notice, then the caller's misheard words read as "Stopp opptaket." (weakly): the
    # call fails for its vague notice and missing purpose and way to object; whether the caller also
    # withdrew is not asserted. Before, the weak words sent it to review.
    lines = [("a", 0.5, 3.0, "Hei, du snakker med Kari i Fjordlys Strøm."),
             ("a", 3.5, 6.0, "Samtalen kan bli tatt opp."),
             ("a", 6.5, 8.0, "Hva kan jeg hjelpe deg med?"),
             ("c", 8.5, 10.5, "Stopp opptaket."),
             ("a", 11.0, 40.0, "Det skal jeg se på. Hva er kundenummeret ditt?")]
    conf = {i: {"avg_logprob": -0.85 if i == 3 else -0.25} for i in range(5)}
    record = analyze_transcript(call("no", lines, conf=conf), "no")
    assert record.verdict == Verdict.NON_COMPLIANT
    assert Code.VAGUE_NOTICE in codes(record) and Code.NO_OBJECTION_OPTION in codes(record)
    assert Code.CONSENT_WITHDRAWN not in codes(record) and Code.LOW_CONFIDENCE not in codes(record)
    # Heard clearly, the withdrawal is asserted beside them.
    clear = {i: {"avg_logprob": -0.25} for i in range(5)}
    assert Code.CONSENT_WITHDRAWN in codes(analyze_transcript(call("no", lines, conf=clear), "no"))
    # With the whole disclosure there, nothing is missing: the weak words alone go to review.
    told = [*lines[:1], ("a", 3.5, 6.0, "Samtalen blir tatt opp for opplæring. Du kan reservere deg mot opptak."),
            *lines[2:]]
    record = analyze_transcript(call("no", told, conf=conf), "no")
    assert record.verdict == Verdict.NEEDS_REVIEW and codes(record)[0] == Code.LOW_CONFIDENCE


def test_a_weakly_heard_no_said_again_clearly_decides():
    # Mono: the caller's first "Nej" is heard in a misheard sentence, then said again clearly.
    lines = [("?", 3.4, 5.9, "Vi vil gerne optage samtalen til træning af vores medarbejdere."),
             ("?", 6.1, 9.9, "Er det i orden, at vi optager samtalen?"),
             ("?", 10.3, 12.4, "Du kan til enhver tid bede mig stoppe optagelsen."),
             ("?", 12.5, 13.4, "Nej, jeg kan ikke hjælpe dig."),
             ("?", 13.9, 15.7, "Nej tak, det vil jeg helst ikke.")]
    conf = {i: {"avg_logprob": -0.9 if i == 3 else -0.3} for i in range(5)}
    record = analyze_transcript(call("da", lines, conf=conf))
    assert record.verdict == Verdict.NON_COMPLIANT and codes(record) == [Code.CONSENT_REFUSED]
    # Without the clear repetition the weak no still goes to review.
    record = analyze_transcript(call("da", lines[:4], conf=conf))
    assert record.verdict == Verdict.NEEDS_REVIEW and Code.LOW_CONFIDENCE in codes(record)


# The agent tells, gives the purpose and the withdrawal right but never asks; the caller then says
# something that could not be read (set aside: its words' confidence is far too low).
NEVER_ASKED = [("a", 0.5, 3.0, "Goddag, du taler med Mette fra Nordbank."),
               ("a", 3.2, 7.0, "Samtalen bliver optaget til træning af vores medarbejdere."),
               ("a", 7.2, 10.5, "Du kan til enhver tid bede mig stoppe optagelsen."),
               ("c", 11.0, 12.5, "og må skje dem"),
               ("a", 13.0, 15.0, "Hvad kan jeg hjælpe med?")]
UNREAD_CALLER = {3: {"avg_logprob": -1.6}}


def test_unreadable_caller_speech_cannot_hide_a_request_the_agent_never_made():
    record = analyze_transcript(call("da", NEVER_ASKED, conf=UNREAD_CALLER))
    assert record.verdict == Verdict.NON_COMPLIANT
    assert Code.NO_CONSENT_REQUEST in codes(record) and Code.LOW_CONFIDENCE not in codes(record)


def test_unreadable_speech_still_goes_to_review_where_it_may_hold_what_is_missing():
    # Unlabelled: the speech that could not be read may be the agent's request.
    unlabelled = [("?", s, e, t) for _, s, e, t in NEVER_ASKED]
    record = analyze_transcript(call("da", unlabelled, conf=UNREAD_CALLER))
    assert record.verdict == Verdict.NEEDS_REVIEW and Code.LOW_CONFIDENCE in codes(record)
    # The request was made but no notice given: a yes in what could not be read would tell the
    # caller (a request answered yes counts as the notice), so the missing notice is not sure.
    asked = [NEVER_ASKED[0], ("a", 3.2, 7.0, "Må vi optage samtalen til træning af vores medarbejdere?"),
             *NEVER_ASKED[2:]]
    record = analyze_transcript(call("da", asked, conf=UNREAD_CALLER))
    assert record.verdict == Verdict.NEEDS_REVIEW
    # And a damaged file may hide anything.
    record = analyze_transcript(call("da", NEVER_ASKED, conf=UNREAD_CALLER), doubts=DOUBT)
    assert record.verdict == Verdict.NEEDS_REVIEW


def test_one_element_the_agent_never_gave_is_enough_beside_one_an_answer_could_supply():
    # No notice (which a yes to a request could supply) and no purpose (which nothing the caller
    # says can supply): the missing purpose decides.
    asked = [NEVER_ASKED[0], ("a", 3.2, 7.0, "Må vi optage samtalen?"), *NEVER_ASKED[2:]]
    record = analyze_transcript(call("da", asked, conf=UNREAD_CALLER))
    assert record.verdict == Verdict.NON_COMPLIANT and Code.NO_PURPOSE in codes(record)


def test_the_callers_unreadable_words_after_the_reply_window_cannot_be_the_missing_answer():
    # The agent's unclear speech is the only doubt about the disclosure; the caller's words that
    # could not be read come 11 s after the request (a yes there would be too late anyway).
    late = then(UNCLEAR_AGENT, ("c", 24.0, 26.0, "og må skje dem"))
    conf = dict(WEAK) | {4: {"avg_logprob": -1.6}}
    record = analyze_transcript(call("da", late, conf=conf))
    assert record.verdict == Verdict.NON_COMPLIANT and Code.NO_REPLY in codes(record)
    # Inside the reply window they may be the answer: review.
    early = then(UNCLEAR_AGENT[:3], ("c", 15.0, 16.0, "og må skje"), UNCLEAR_AGENT[3])
    conf = dict(WEAK) | {3: {"avg_logprob": -1.6}}
    record = analyze_transcript(call("da", early, conf=conf))
    assert record.verdict == Verdict.NEEDS_REVIEW


def test_an_unclear_answer_heard_weakly_goes_to_review_unless_the_agent_left_something_out():
    unclear = then(DA_OPENING, ("c", 13.5, 14.2, "Jeg vil ha fint."), ("a", 14.5, 20.0, "Tak."))
    n = len(unclear)
    weak = {n - 2: {"avg_logprob": -0.85}} | {i: {"avg_logprob": -0.25} for i in range(n) if i != n - 2}
    record = analyze_transcript(call("da", unclear, conf=weak))
    assert record.verdict == Verdict.NEEDS_REVIEW and codes(record)[0] == Code.LOW_CONFIDENCE
    # Heard with confidence, the unclear answer decides under dk.
    clear = {i: {"avg_logprob": -0.25} for i in range(n)}
    assert analyze_transcript(call("da", unclear, conf=clear)).verdict == Verdict.NON_COMPLIANT
    # A purpose the agent never gave decides whatever the answer was.
    no_purpose = [(w, s, e, t.replace("Vi vil gerne forbedre vores kundeservice, og jeg skal derfor høre",
                                      "Jeg skal høre")) for w, s, e, t in unclear]
    record = analyze_transcript(call("da", no_purpose, conf=weak))
    assert record.verdict == Verdict.NON_COMPLIANT and Code.NO_PURPOSE in codes(record)


# The request misheard: 2.4 s of the agent's speech, too short to be a doubt on its own, and the
# caller's clear yes right after it. No request was read, so without the answer the call would be
# non-compliant for a request that the audio does not show was missing.
ASKED_UNHEARD = [("a", 0.5, 3.0, "Goddag, du taler med Mette fra Nordbank."),
                 ("a", 3.3, 6.9, "Vi vil gerne optage samtalen til træning af vores medarbejdere."),
                 ("a", 7.6, 10.0, "Vi optager samtalen til træning og dokumentation"),
                 ("a", 10.5, 13.3, "Du kan til enhver tid bede mig stoppe optagelsen."),
                 ("c", 14.0, 15.1, "Ja, det er fint."),
                 ("a", 15.7, 16.4, "Tak for det.")]
ASKED_UNHEARD_CONF = {i: {"avg_logprob": -0.85 if i == 2 else -0.25} for i in range(6)}


def test_a_clear_answer_right_after_unreadable_agent_speech_means_the_request_may_be_in_it():
    record = analyze_transcript(call("da", ASKED_UNHEARD, conf=ASKED_UNHEARD_CONF))
    assert record.verdict == Verdict.NEEDS_REVIEW
    assert codes(record)[0] == Code.LOW_CONFIDENCE and Code.NO_CONSENT_REQUEST in codes(record)
    assert "Ja, det er fint." in record.reasons[0].message
    # Where the policy needs no request (Norway's), the same call is not held back for one.
    assert analyze_transcript(call("da", ASKED_UNHEARD, conf=ASKED_UNHEARD_CONF), policy="no").verdict == "compliant"


def test_the_missing_request_stands_where_the_speech_was_read_or_nobody_answered():
    read = {i: {"avg_logprob": -0.25} for i in range(6)}
    assert analyze_transcript(call("da", ASKED_UNHEARD, conf=read)).verdict == Verdict.NON_COMPLIANT
    # Unread, but what follows is no answer ("Jeg ringer om min regning").
    other = [*ASKED_UNHEARD[:4], ("c", 14.0, 15.1, "Jeg ringer om min regning."), ASKED_UNHEARD[5]]
    record = analyze_transcript(call("da", other, conf=ASKED_UNHEARD_CONF))
    assert record.verdict == Verdict.NON_COMPLIANT and Code.NO_CONSENT_REQUEST in codes(record)
    # Unread, answered, but the agent spoke clearly in between: the answer is to that.
    between = [*ASKED_UNHEARD[:3], ("a", 10.5, 13.3, "Hvad kan jeg hjælpe med?"), *ASKED_UNHEARD[4:]]
    assert analyze_transcript(call("da", between, conf=ASKED_UNHEARD_CONF)).verdict == Verdict.NON_COMPLIANT
