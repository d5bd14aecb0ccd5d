"""consent.py: the reply as a unit (issue 12), and short requests that point back to a notice.

The customer's turn holds the answer and often the errand after it. The answer is read on its
own and recorded with its exact words; what follows is judged on its own: a condition on the
recording's use is flagged (consent stays given), a doubt or a question about the recording in
the same breath makes the answer unclear, a refusal of the recording refuses or (in a sentence of
its own) is a withdrawal, and the errand's "ikke", "stoppe", "slette" change nothing.

The wordings here are in no phrase bank (``test_wordings_are_not_in_the_banks``); every class has
at least five per language, with exact verdicts, consent statuses and reasons.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from builders import DA_OPENING, NO_OPENING, call, mono, then

from verifier import analyze_transcript
from verifier.engine import consent as consent_module
from verifier.engine.consent import REPLY_MIN_SCORE, classify_reply, read_answer
from verifier.engine.findings import Unit
from verifier.engine.phrases import load_bank
from verifier.engine.text import find_all, fold

DA_NEXT = ("a", 17.0, 20.0, "Tak. Hvad kan jeg hjælpe dig med i dag?")
NO_NEXT = ("a", 17.0, 20.0, "Takk. Hva kan jeg hjelpe deg med?")
NO_ASKED = then(NO_OPENING, ("a", 12.2, 13.5, "Er det greit for deg?"))


def da_reply(text: str) -> dict:
    return call("da", then(DA_OPENING, ("c", 13.4, 16.5, text), DA_NEXT))


def no_reply(text: str) -> dict:
    return call("no", then(NO_ASKED, ("c", 14.0, 16.5, text), NO_NEXT))


# (customer turn, the answer's exact words) -- a clear yes, then other business.
YES_THEN_ERRAND = {
    "da": [
        ("Ja, det er fint. Jeg ringer om min regning for marts.", "Ja, det er fint."),
        ("Ja tak, det er i orden – og så vil jeg gerne stoppe betalingen til jer.", "Ja tak, det er i orden"),
        ("Selvfølgelig. I skal bare ikke slette min konto endnu, jeg har stadig penge på den.", "Selvfølgelig."),
        ("Det er helt i orden jeg ringer fordi jeg ikke kan logge ind på netbanken", "Det er helt i orden"),
        ("Ja, gerne. Kan du i øvrigt stoppe mit abonnement fra næste måned?", "Ja, gerne."),
        ("Hej Mette. Ja, det er fint.", "Ja, det er fint."),
    ],
    "no": [
        ("Ja, det går fint. Jeg ringer angående fakturaen min.", "Ja, det går fint."),
        ("Greit for meg, men kan du stoppe betalingen som går i morgen?", "Greit for meg"),
        ("Ja da. Dere må ikke slette kontoen min ennå, jeg bruker den fortsatt.", "Ja da."),
        ("Helt i orden, jeg lurte bare på hvorfor regningen er så høy", "Helt i orden"),
        ("Ja, det er greit – og så vil jeg gjerne flytte strømavtalen til ny adresse.", "Ja, det er greit"),
    ],
}


@pytest.mark.parametrize(("turn", "answer"), YES_THEN_ERRAND["da"], ids=lambda x: x[:30] if isinstance(x, str) else x)
def test_da_yes_then_the_errand_is_consent(turn: str, answer: str) -> None:
    record = analyze_transcript(da_reply(turn))
    assert (record.verdict, record.consent.status, record.reason_codes) == ("compliant", "given", [])
    assert record.consent.reply.text == answer
    assert record.consent.reply.start == 13.4 or answer.startswith("Ja, det er fint.")
    assert not record.withdrawals


@pytest.mark.parametrize(("turn", "answer"), YES_THEN_ERRAND["no"], ids=lambda x: x[:30] if isinstance(x, str) else x)
def test_no_yes_then_the_errand_is_consent(turn: str, answer: str) -> None:
    record = analyze_transcript(no_reply(turn))
    assert (record.verdict, record.consent.status, record.reason_codes) == ("compliant", "given", [])
    assert record.consent.reply.text == answer


def test_the_answers_span_is_its_own() -> None:
    record = analyze_transcript(da_reply("Ja, det er fint. Jeg ringer om min regning for marts."))
    reply = record.consent.reply
    assert reply.start == 13.4 and reply.end < 15.0  # not the whole 3.1 s turn


# A yes with a condition on the recording's use: consent, with the condition flagged.
YES_WITH_CONDITION = {
    "da": ["Ja, men den må ikke deles.", "Ja, men optagelsen må ikke deles med andre.", "Ja, men kun til træning.",
           "Ja, bare den ikke sendes videre.", "Det er fint, så længe optagelsen ikke bliver brugt til reklame."],
    "no": ["Ja, så lenge opptaket ikke deles med andre.", "Ja, men opptaket må ikke brukes til noe annet enn opplæring.",
           "Ja, men bare til opplæring.", "Greit, bare det ikke sendes videre.", "Ja, men opptaket må ikke deles."],
}


@pytest.mark.parametrize("turn", YES_WITH_CONDITION["da"])
def test_da_yes_with_a_condition_is_consent_with_the_condition_flagged(turn: str) -> None:
    record = analyze_transcript(da_reply(turn))
    assert (record.verdict, record.consent.status, record.reason_codes) == ("compliant", "given", [])
    assert [e.text for e in record.findings["consent_condition"]] == [turn]


@pytest.mark.parametrize("turn", YES_WITH_CONDITION["no"])
def test_no_yes_with_a_condition_is_consent_with_the_condition_flagged(turn: str) -> None:
    record = analyze_transcript(no_reply(turn))
    assert (record.verdict, record.consent.status, record.reason_codes) == ("compliant", "given", [])
    assert record.findings["consent_condition"]


# What follows the yes in the same breath can still make it unclear, or a refusal.
NOT_A_CLEAR_YES = {
    "da": [
        ("Ja, jeg ved ikke rigtig.", "ambiguous"),
        ("Ja, hvorfor det?", "ambiguous"),
        ("Okay, men hvem skal høre den?", "ambiguous"),
        ("Ja, men den må ikke gemmes.", "ambiguous"),
        ("Ja... eller, jeg ved det ikke.", "ambiguous"),
        ("Det synes jeg ikke om. Men ja.", "ambiguous"),
        ("Ja, men jeg vil egentlig ikke optages.", "refused"),
        ("Det vil jeg alligevel ikke være med til.", "refused"),
        ("Nej. Stop optagelsen.", "refused"),
    ],
    "no": [
        ("Ja, jeg vet ikke helt.", "ambiguous"),
        ("Ja, hvorfor det?", "ambiguous"),
        ("Ja, men hvem skal høre på det?", "ambiguous"),
        ("Ja, eller... jeg er usikker.", "ambiguous"),
        ("Kven skal høyre på det?", "ambiguous"),
        ("Ja, men jeg vil helst ikke bli tatt opp.", "refused"),
        ("Det vil jeg likevel ikke være med på.", "refused"),
    ],
}
VERDICT = {("da", "ambiguous"): "non_compliant", ("da", "refused"): "non_compliant",
           ("no", "ambiguous"): "needs_review", ("no", "refused"): "non_compliant"}
CODE = {"ambiguous": "CONSENT_AMBIGUOUS", "refused": "CONSENT_REFUSED"}


@pytest.mark.parametrize(("turn", "status"), NOT_A_CLEAR_YES["da"])
def test_da_doubt_or_refusal_after_the_yes(turn: str, status: str) -> None:
    record = analyze_transcript(da_reply(turn))
    assert (record.verdict, record.consent.status) == (VERDICT[("da", status)], status)
    assert record.reason_codes[0] == CODE[status]


@pytest.mark.parametrize(("turn", "status"), NOT_A_CLEAR_YES["no"])
def test_no_doubt_or_refusal_after_the_yes(turn: str, status: str) -> None:
    record = analyze_transcript(no_reply(turn))
    assert (record.verdict, record.consent.status) == (VERDICT[("no", status)], status)
    assert CODE[status] in record.reason_codes


def test_a_withdrawal_in_a_sentence_of_its_own_after_the_yes() -> None:
    record = analyze_transcript(da_reply("Ja, det er fint. Nej vent, stop optagelsen alligevel."))
    assert (record.verdict, record.consent.status) == ("non_compliant", "given")
    assert record.reason_codes[0] == "CONSENT_WITHDRAWN" and len(record.withdrawals) == 1
    assert record.required_action == "delete_recording"


def test_unlabelled_yes_with_a_condition_is_the_callers() -> None:
    turns = mono(then(DA_OPENING, ("c", 13.4, 16.5, "Ja, men optagelsen må ikke deles med andre."), DA_NEXT))
    record = analyze_transcript(call("da", turns))
    assert (record.verdict, record.consent.status) == ("compliant", "given")


def test_unlabelled_hesitation_carries_into_the_next_sentence() -> None:
    turns = mono(then(NO_ASKED, ("c", 14.0, 15.0, "Ja, eller..."), ("c", 15.2, 16.5, "jeg er usikker."), NO_NEXT))
    record = analyze_transcript(call("no", turns))
    assert (record.verdict, record.consent.status) == ("needs_review", "ambiguous")


# Short requests that point back to the notice said just before, in the same turn.
SHORT_REQUESTS = {
    "da": ["Lyder det okay?", "Er det tilladt?", "Går det i orden?", "Er det helt okay?", "Har du accepteret det?",
           "Kan du leve med det?", "Går det okay?"],
    "no": ["Høres det ok ut?", "Går det i orden for deg?", "Er du innforstått med det?", "Er det tillatt?",
           "Låter det greit?", "Er du komfortabel med det?"],
}


@pytest.mark.parametrize("question", SHORT_REQUESTS["da"])
def test_da_short_request_after_a_notice(question: str) -> None:
    turns = [("a", 0.5, 4.0, "Goddag, du taler med Mette fra Nordbank."),
             ("a", 4.2, 9.0, f"Vi optager samtalen til træning af nye medarbejdere. {question}"),
             ("a", 9.2, 13.0, "Du kan til enhver tid bede mig om at stoppe optagelsen."),
             ("c", 13.5, 14.2, "Ja, det er fint."), DA_NEXT]
    record = analyze_transcript(call("da", turns))
    assert (record.verdict, record.consent.status, record.reason_codes) == ("compliant", "given", [])
    assert record.findings["recording_notice"] and record.findings["consent_request"]
    assert record.consent.request.text == question


@pytest.mark.parametrize("question", SHORT_REQUESTS["no"])
def test_no_short_request_after_a_notice_is_asked_and_refused(question: str) -> None:
    turns = [("a", 0.5, 4.0, "Hei, du snakker med Ola i Fjordkraft."),
             ("a", 4.2, 8.5, f"Samtalen blir tatt opp for opplæringsformål. {question}"),
             ("c", 9.0, 9.8, "Nei, det vil jeg ikke."), ("a", 10.2, 12.0, "Da stopper jeg opptaket.")]
    record = analyze_transcript(call("no", turns))
    assert (record.verdict, record.consent.status) == ("non_compliant", "refused")
    assert record.reason_codes[0] == "CONSENT_REFUSED" and record.required_action == "delete_recording"
    assert record.findings["recording_notice"] and record.consent.request.text == question


@pytest.mark.parametrize(("lang", "question", "reply"), [
    ("da", "Gør det dig noget?", "Nej, det er fint."),
    ("da", "Er det noget problem?", "Nej, det er fint."),
    ("no", "Gjør det deg noe?", "Nei, det går fint."),
    ("no", "Er det noe problem for deg?", "Nei, det går fint."),
])
def test_short_negative_request_keeps_the_polarity_trap(lang: str, question: str, reply: str) -> None:
    notice = "Vi optager samtalen til træning." if lang == "da" else "Samtalen blir tatt opp for opplæring."
    info = ("Du kan til enhver tid bede mig om at stoppe optagelsen." if lang == "da"
            else "Du kan når som helst be meg stoppe opptaket.")
    turns = [("a", 0.5, 4.0, "Goddag."), ("a", 4.2, 9.0, f"{notice} {question}"), ("a", 9.2, 13.0, info),
             ("c", 13.5, 14.2, reply), DA_NEXT if lang == "da" else NO_NEXT]
    record = analyze_transcript(call(lang, turns))
    assert (record.verdict, record.consent.status) == ("needs_review", "given")
    assert record.reason_codes == ["NEGATIVELY_PHRASED_REQUEST"] and record.consent.negatively_phrased


def test_a_short_question_about_something_else_is_no_request() -> None:
    turns = [("a", 0.5, 4.0, "Goddag."), ("a", 4.2, 9.0, "Vi optager samtalen til træning."),
             ("a", 9.2, 13.0, "Du kan til enhver tid bede mig om at stoppe optagelsen."),
             ("a", 30.0, 32.0, "Passer det, at jeg ringer dig op i morgen?"), ("c", 32.5, 33.0, "Ja.")]
    record = analyze_transcript(call("da", turns))
    assert record.consent.status == "not_requested" and "NO_CONSENT_REQUEST" in record.reason_codes


def test_an_acknowledgement_is_no_request() -> None:
    turns = then(NO_OPENING, ("a", 12.2, 13.5, "Har du noe imot at vi tar opp samtalen?"), ("c", 14.0, 15.0, "Ja, det har jeg."),
                 ("a", 15.5, 17.5, "Det er helt i orden, da stopper jeg opptaket."), ("c", 20.0, 22.0, "Stopp opptaket, takk."))
    record = analyze_transcript(call("no", turns))
    assert record.consent.status == "refused"
    assert "consent_request" not in record.findings or not record.findings["consent_request"]


@pytest.mark.parametrize(("lang", "turns", "verdict"), [
    # No request was recognised, but the caller said no right after the talk of recording:
    # never compliant, and nothing deleted on a guess.
    ("no", [("a", 0.5, 4.0, "Hei."), ("a", 4.2, 8.5, "Samtalen blir tatt opp for opplæring. Du kan reservere deg."),
            ("a", 8.7, 10.0, "Kan vi kjøre på med det?"), ("c", 10.5, 11.5, "Nei, det synes jeg ikke.")],
     "needs_review"),
    ("no", [("a", 0.5, 4.0, "Hei."), ("a", 4.2, 8.5, "Samtalen blir tatt opp for opplæring."),
            ("a", 8.7, 11.0, "Du kan reservere deg mot opptak."), ("c", 11.5, 12.5, "Tja, hvem hører på det?")],
     "needs_review"),
    # An answer to something else is not an answer about the recording.
    ("no", [("a", 0.5, 4.0, "Hei."), ("a", 4.2, 8.5, "Samtalen blir tatt opp for opplæring."),
            ("a", 8.7, 11.0, "Du kan reservere deg mot opptak. Hva gjelder det?"), ("c", 11.5, 12.5, "Nei, jeg lurer på regningen.")],
     "compliant"),
])
def test_a_no_to_unrecognised_talk_of_recording_is_never_compliant(lang, turns, verdict) -> None:
    record = analyze_transcript(call(lang, turns))
    assert record.verdict == verdict
    if verdict == "needs_review":
        assert record.consent.status == "ambiguous" and record.required_action == "review"


def unit(text: str, start: float = 0.0, end: float = 4.0) -> Unit:
    return Unit(seg=0, start=start, end=end, speaker="customer", text=text, toks=tuple(fold(text).split()),
                questions=frozenset(), weak=False)


def test_read_answer_gives_the_exact_words_and_their_times() -> None:
    answer = read_answer([unit("Ja, det er fint. Jeg ringer om min regning.", 10.0, 14.0)], load_bank("da"))
    assert answer.status == "given" and answer.found and answer.opens
    assert answer.evidence.text == "Ja, det er fint."
    assert answer.evidence.start == 10.0 and 11.0 < answer.evidence.end < 12.0


def test_read_answer_never_makes_a_yes_of_nothing() -> None:
    answer = read_answer([unit("Jeg ringer om min regning.")], load_bank("da"))
    assert answer.status == "ambiguous" and not answer.found


def test_classify_reply_keeps_its_contract() -> None:
    da = load_bank("da")
    assert classify_reply("Ja, det er fint.", da)[0] == "given"
    assert classify_reply("Nej, det er fint.", da)[0] == "ambiguous"
    assert classify_reply("Nej, det er fint.", da, negative=True)[0] == "given"
    assert classify_reply("Nej, det har jeg ikke.", da, negative=True)[0] == "given"  # not "det har jeg"
    assert classify_reply("Ja, det har jeg.", da, negative=True)[0] == "refused"
    assert classify_reply("Ja, men jeg vil ikke optages.", da)[0] == "refused"
    assert classify_reply("Det vil jeg alligevel ikke være med til.", da)[0] == "refused"


def test_the_reply_threshold_is_defined_once() -> None:
    engine = Path(consent_module.__file__).parent
    literal = re.compile(r"\b0\.88\b")
    holders = [p.name for p in engine.glob("*.py") if literal.search(p.read_text("utf-8"))]
    assert holders == ["consent.py"] and REPLY_MIN_SCORE == 0.88


@pytest.mark.parametrize(("lang", "element", "wordings"), [
    ("da", "affirmative", [t for t, _ in YES_THEN_ERRAND["da"]] + YES_WITH_CONDITION["da"]),
    ("no", "affirmative", [t for t, _ in YES_THEN_ERRAND["no"]] + YES_WITH_CONDITION["no"]),
    ("da", "consent_request", SHORT_REQUESTS["da"]),
    ("no", "consent_request", SHORT_REQUESTS["no"]),
])
def test_wordings_are_not_in_the_banks(lang: str, element: str, wordings: list[str]) -> None:
    """The tested wordings are not phrases of the bank: whole turns for replies (the bank holds
    the answers, not what follows them), and no phrase of the element matches a short request."""
    bank = load_bank(lang)
    phrases, keys = bank.phrases(element)
    folded = {" ".join(fold(p).split()) for p in phrases}
    for text in wordings:
        assert fold(text) not in folded, text
        if element == "consent_request":
            assert not find_all(tuple(fold(text).split()), phrases, keys, min_score=REPLY_MIN_SCORE - 0.02), text


@pytest.mark.parametrize(("lang", "text", "status"), [
    ("da", "Ja, det har jeg faktisk.", "refused"),
    ("da", "Ja, det har jeg faktisk noget imod.", "refused"),
    ("da", "Ja. Det gør det.", "refused"),
    ("no", "Ja, det har jeg faktisk.", "refused"),
    ("no", "Ja, det har jeg faktisk noe imot.", "refused"),
    ("da", "Ja, det har jeg ikke noget imod.", "given"),
    ("no", "Nei, det har jeg ikke.", "given"),
    ("da", "Ja.", "ambiguous"),
    ("no", "Ja.", "ambiguous"),
])
def test_a_yes_to_a_negative_request_means_what_follows_it(lang, text, status) -> None:
    """To "har du noget imod ...?", a bare "ja" is unclear; "ja, det har jeg faktisk" refuses."""
    assert read_answer([unit(text)], load_bank(lang), negative=True).status == status


# An invitation to object, phrased as a negated condition ("say so if you do not want it"), asks
# nothing; a reply that says no and then that all is fine ("Nei, det går fint.") answers it with
# no objection, as "nej, det er fint" answers "har du noget imod …?". A bare no stays unclear
# (no what?), and a no with a refusal in it stays a no.
NO_INVITED = [
    "Vi tar opp samtalen for opplæring. Si gjerne fra om du ikke ønsker det.",
    "Samtalen blir tatt opp for å dokumentere avtalen. Si ifra dersom du ikke vil bli tatt opp.",
    "Vi gjør opptak av samtalen for kvalitetssikring. Gi beskjed hvis du ikke ønsker opptak.",
]
NO_OBJECTION_REPLIES = ["Nei, det går fint.", "Nei da, det er greit.", "Nei, det er helt i orden."]


def _invited(lang: str, agent: str, reply: str) -> dict:
    return call(lang, [("a", 0.5, 3.5, "Hei, det er Trond." if lang == "no" else "Goddag, det er Lone."),
                       ("a", 3.7, 9.0, agent), ("c", 9.4, 11.0, reply),
                       ("a", 11.5, 14.0, "Hva kan jeg hjelpe deg med?" if lang == "no" else "Hvad kan jeg hjælpe med?")])


@pytest.mark.parametrize("agent", NO_INVITED)
@pytest.mark.parametrize("reply", NO_OBJECTION_REPLIES)
def test_a_no_then_all_is_fine_to_an_invitation_to_object_is_no_objection(agent, reply) -> None:
    rec = analyze_transcript(_invited("no", agent, reply))
    assert rec.verdict == "compliant", [r.code for r in rec.reasons]


@pytest.mark.parametrize("agent", NO_INVITED)
@pytest.mark.parametrize(("reply", "verdict", "code"), [
    ("Nei.", "needs_review", "CONSENT_AMBIGUOUS"),  # no objection, or no recording? unclear
    ("Nei, det vil jeg ikke.", "needs_review", "CONSENT_AMBIGUOUS"),
    ("Nei, jeg vil ikke bli tatt opp.", "non_compliant", "CONSENT_REFUSED"),
])
def test_a_bare_or_refusing_no_to_an_invitation_to_object_is_never_no_objection(agent, reply, verdict, code) -> None:
    rec = analyze_transcript(_invited("no", agent, reply))
    assert rec.verdict == verdict and code in [r.code for r in rec.reasons], [r.code for r in rec.reasons]


def test_no_then_fine_after_a_danish_invitation_to_object_is_not_an_unclear_answer() -> None:
    # dk asks for a request and a yes: none here, so not compliant, but the answer is not unclear.
    rec = analyze_transcript(_invited("da", "Vi optager samtalen til træning. Sig til, hvis du ikke ønsker det. "
                                            "Du kan altid bede mig stoppe optagelsen.", "Nej, det er fint."))
    assert "CONSENT_AMBIGUOUS" not in [r.code for r in rec.reasons]
    assert rec.verdict == "non_compliant" and "NO_CONSENT_REQUEST" in [r.code for r in rec.reasons]


# To reserve oneself (reservere seg, frabede sig) is to opt out: a yes before it acknowledges the
# offer, the reply refuses ("Ja, jeg reserverer meg." to "Du kan reservere deg ved å si fra.").
@pytest.mark.parametrize(("lang", "agent", "reply"), [
    ("no", "Samtalen blir tatt opp for opplæring. Du kan reservere deg ved å si fra.", "Ja, jeg reserverer meg."),
    ("no", "Vi tar opp samtalen for kvalitetssikring. Du kan reservere deg mot opptak.", "Ja takk, jeg reserverer meg."),
    ("no", "Vi tek opp samtalen for opplæring. Du kan reservere deg mot opptak.", "Ja, eg reserverer meg."),
    ("da", "Vi optager samtalen til træning. Er det i orden? Du kan altid bede mig stoppe optagelsen.",
     "Ja, det frabeder jeg mig."),
])
def test_a_yes_before_an_opt_out_verb_acknowledges_the_offer_and_refuses(lang, agent, reply) -> None:
    rec = analyze_transcript(_invited(lang, agent, reply))
    assert rec.verdict == "non_compliant", [r.code for r in rec.reasons]
    assert rec.consent.status == "refused" or "CONSENT_WITHDRAWN" in [r.code for r in rec.reasons]
    assert rec.required_action == "delete_recording"


# Inserted adverbs change nothing in an answer either: "Det er helt okay." is "Det er okay.".
@pytest.mark.parametrize(("lang", "reply", "status"), [
    ("da", "Det er helt okay.", "given"),
    ("da", "Det er fuldstændig okay med mig.", "given"),
    ("da", "Det er aldeles i orden.", "given"),
    ("no", "Det er heilt greitt.", "given"),
    ("no", "Det er fullstendig greit for meg.", "given"),
    ("no", "Det er helt ok.", "given"),
    # ... nor a "not" beside them: still no yes.
    ("da", "Det er ikke helt okay.", "not given"),
    ("no", "Det er ikkje heilt greitt.", "not given"),
])
def test_an_inserted_adverb_changes_nothing_in_an_answer(lang, reply, status) -> None:
    rec = analyze_transcript(da_reply(reply) if lang == "da" else no_reply(reply))
    assert (rec.consent.status == "given") is (status == "given"), (rec.consent.status, [r.code for r in rec.reasons])


# A vocative between a no and "it's fine" ("Nei nei, jenta mi, det er i orden.") leaves one
# answer: to a negatively phrased request, consent (which `dk` then sends to review for the
# request's polarity), not an unclear answer made of two.
@pytest.mark.parametrize(("lang", "ask", "reply"), [
    ("no", "Gjør det deg noe om vi tar opp samtalen?", "Nei nei, jenta mi, det er helt i orden."),
    ("no", "Har du noe imot at vi tar opp samtalen?", "Nei, gutten min, det er greit."),
    ("da", "Har du noget imod, at vi optager samtalen?", "Nej nej, min pige, det er helt i orden."),
])
def test_a_vocative_inside_a_no_that_consents_leaves_it_one_answer(lang, ask, reply) -> None:
    opening = DA_OPENING if lang == "da" else NO_OPENING
    turns = then(opening, ("a", 13.2, 15.0, ask), ("c", 15.4, 17.0, reply),
                 ("a", 17.5, 20.0, "Tak. Hvad kan jeg hjælpe dig med?" if lang == "da" else "Takk. Hva gjelder det?"))
    rec = analyze_transcript(call(lang, turns), policy="dk")
    assert rec.consent.status == "given" and rec.verdict == "needs_review", [r.code for r in rec.reasons]
    assert "NEGATIVELY_PHRASED_REQUEST" in [r.code for r in rec.reasons]
