"""Round 35: a purpose said with "få bedre", a right to say later that the recording must stop.

Two Danish ways of saying what DOMAIN.md asks for were not read:
- the purpose "for at få bedre service" / "for at kunne undervise nye medarbejdere" (Norwegian
  "for å få bedre service" was read; Danish lacked "få … bedre" and "undervise" as purpose verbs).
  Whisper read a keypress sample's "for at forbedre vores service" as "til at få bedre vores
  service", so the call also lost its purpose on audio;
- the right to withdraw said as "du kan når som helst sige, at du ikke vil optages længere" (a
  verb of saying whose that-clause refuses the recording from then on). Without a time ("du kan
  sige, at du ikke vil optages") it is an objection now, not a right to withdraw later.
"""

from __future__ import annotations

import pytest
from builders import call

from verifier import analyze_transcript

REQUEST = {"da": "Er det i orden?", "no": "Er det greit?"}
RIGHT = {"da": "Du kan til enhver tid bede os stoppe optagelsen.",
         "no": "Du kan når som helst be oss stoppe opptaket."}
NOTICE = {"da": "Vi optager samtalen for at forbedre vores service.",
          "no": "Vi tar opp samtalen for å forbedre kundeservicen."}
YES = {"da": "Ja, det er fint.", "no": "Ja, det er greit."}


def _record(lang: str, *agent: str, reply: str | None = None):
    text = " ".join(agent)
    return analyze_transcript(call(lang, [("a", 0.3, 8.0, text), ("c", 8.5, 10.0, reply or YES[lang])]))


@pytest.mark.parametrize("notice", [
    "Vi optager samtalen for at få bedre service.",
    "Vi optager samtalen for at få en bedre kundeservice.",
    "Vi optager samtalen til at få bedre vores service.",
    "Vi optager samtalen for at kunne undervise nye medarbejdere.",
])
def test_a_danish_purpose_said_with_faa_bedre_or_undervise_is_read(notice) -> None:
    record = _record("da", notice, REQUEST["da"], RIGHT["da"])
    assert record.findings.get("purpose"), record.reasons
    assert record.verdict == "compliant"


@pytest.mark.parametrize("notice", [
    "Vi optager samtalen.",
    "Vi optager samtalen, og vi får bedre vejr i morgen.",
])
def test_a_notice_without_a_purpose_still_lacks_one(notice) -> None:
    record = _record("da", notice, REQUEST["da"], RIGHT["da"])
    assert record.verdict == "non_compliant"
    assert "NO_PURPOSE" in {r.code for r in record.reasons}


@pytest.mark.parametrize(("lang", "right"), [
    ("da", "Du kan når som helst sige, at du ikke vil optages længere."),
    ("da", "Du kan altid sige, at du ikke længere vil optages."),
    ("da", "Du kan til enhver tid sige, hvis du ikke ønsker at blive optaget mere."),
    ("no", "Du kan når som helst si at du ikke vil bli tatt opp lenger."),
    ("no", "Du kan alltid si at du ikke ønsker opptak lenger."),
])
def test_a_right_to_say_later_that_you_no_longer_want_recording_is_withdrawal_information(lang, right) -> None:
    record = _record(lang, NOTICE[lang], REQUEST[lang], right)
    assert record.findings.get("withdrawal_info"), record.reasons
    assert record.verdict == "compliant"


@pytest.mark.parametrize("right", [
    "Du kan sige, at du ikke vil optages.",  # an objection now, no right later
    "Du kan ikke sige, at du ikke vil optages længere.",
    "Du kan når som helst sige, at du ikke vil have nyhedsbrevet længere.",  # not the recording
])
def test_saying_no_now_or_about_something_else_is_no_right_to_withdraw(right) -> None:
    record = _record("da", NOTICE["da"], REQUEST["da"], right)
    assert not record.findings.get("withdrawal_info")
    assert record.verdict == "non_compliant"
    assert "NO_WITHDRAWAL_NOTICE" in {r.code for r in record.reasons}


# Replies: "Javist." and "Absolut." say yes; the word of a yes followed by "not" says no
# ("Selvfølgelig ikke.", "Klart ikke.", "Sikkert ikke." were read as consent), except to a negative
# request, where "of course not" minds nothing.
ASKED = {"da": "Vi optager samtalen for at forbedre vores service. Er det i orden? "
               "Du kan til enhver tid bede os stoppe optagelsen.",
         "no": "Vi tar opp samtalen for å forbedre kundeservicen. Er det greit? "
               "Du kan når som helst be oss stoppe opptaket."}


@pytest.mark.parametrize(("lang", "reply"), [
    ("da", "Javist."), ("da", "Jovist."), ("da", "Absolut."), ("da", "Ja, absolut."), ("da", "Helt sikkert."),
    ("no", "Absolutt."), ("no", "Jovisst."),
])
def test_a_yes_said_as_certainty_is_consent(lang, reply) -> None:
    record = _record(lang, ASKED[lang], reply=reply)
    assert record.consent.status == "given"
    assert record.verdict == "compliant"


@pytest.mark.parametrize(("lang", "reply"), [
    ("da", "Selvfølgelig ikke."), ("da", "Klart ikke."), ("da", "Naturligvis ikke."), ("da", "Absolut ikke."),
    ("da", "Nej, absolut ikke."), ("da", "Helt sikkert ikke."),
    ("no", "Selvfølgelig ikke."), ("no", "Klart ikke."), ("no", "Sikkert ikke."), ("no", "Absolutt ikke."),
    ("no", "Helt sikkert ikke."),
])
def test_the_word_of_a_yes_followed_by_not_refuses(lang, reply) -> None:
    record = _record(lang, ASKED[lang], reply=reply)
    assert record.consent.status == "refused"
    assert record.verdict == "non_compliant"
    assert "CONSENT_REFUSED" in {r.code for r in record.reasons}


@pytest.mark.parametrize("reply", ["Selvfølgelig ikke.", "Absolut ikke.", "Nej, klart ikke."])
def test_of_course_not_to_a_negative_request_minds_nothing(reply) -> None:
    record = _record("da", "Vi optager samtalen for at forbedre vores service. Har du noget imod det? "
                           "Du kan til enhver tid bede os stoppe optagelsen.", reply=reply)
    assert record.consent.status != "refused"
    assert record.verdict == "needs_review"


# "Ønsker du å reservere deg, kan du si det nå." right after the notice: the refusal names nothing
# else, so it refuses the recording (a way to object under `no`); one that names something else
# ("reservere deg mot nyhetsbrev") does not.
@pytest.mark.parametrize("offer", [
    "Ønsker du å reservere deg, kan du si det nå eller senere i samtalen.",
    "Hvis du ønsker å reservere deg, kan du si det.",
    "Ønsker du å melde deg av, kan du si det.",
])
def test_a_bare_refusal_offered_after_the_notice_is_a_way_to_object(offer) -> None:
    record = _record("no", "Vi tar opp samtalen for kvalitetssikring.", offer, reply="Greit.")
    assert record.findings.get("objection_info"), record.reasons
    assert record.verdict == "compliant"


@pytest.mark.parametrize("offer", [
    "Ønsker du å reservere deg mot nyhetsbrev, kan du si det.",
    "Ønsker du å melde deg av nyhetsbrevet, kan du si det.",
])
def test_a_refusal_of_something_else_is_no_way_to_object(offer) -> None:
    record = _record("no", "Vi tar opp samtalen for kvalitetssikring.", offer, reply="Greit.")
    assert record.verdict == "non_compliant"
    assert "NO_OBJECTION_OPTION" in {r.code for r in record.reasons}


# "Ja, det er fint, bare ikke optagelse." consents to the call and refuses the recording; "Det kan
# du glemme." ("forget it") is no "det kan du" ("you may"). Both were read as consent.
@pytest.mark.parametrize(("lang", "reply"), [
    ("da", "Ja, det er fint, bare ikke optagelse."), ("da", "Ja, men ikke optagelsen."),
    ("da", "Det kan du glemme."), ("da", "Glem det."),
    ("no", "Ja, det er greit, bare ikke opptak."), ("no", "Ja, men ikke opptak."),
])
def test_a_yes_to_the_call_but_not_the_recording_or_forget_it_refuses(lang, reply) -> None:
    record = _record(lang, ASKED[lang], reply=reply)
    assert record.consent.status == "refused"
    assert record.verdict == "non_compliant"


def test_forget_it_after_a_norwegian_you_may_is_never_consent() -> None:
    record = _record("no", ASKED["no"], reply="Det kan du glemme.")
    assert record.consent.status != "given"
    assert record.verdict != "compliant"


@pytest.mark.parametrize(("lang", "reply"), [
    ("da", "Ja, bare ikke for længe."), ("no", "Greit, bare ikke for lenge."),
])
def test_a_not_about_something_else_leaves_the_yes(lang, reply) -> None:
    record = _record(lang, ASKED[lang], reply=reply)
    assert record.consent.status == "given"


# A caller who forbids storing the call withdraws: "Dere får ikke lagre denne samtalen." and "Ikke
# lagre samtalen." were no withdrawal (the call came out compliant).
@pytest.mark.parametrize(("lang", "said"), [
    ("da", "I må ikke gemme denne samtale."), ("no", "Dere får ikke lagre denne samtalen."),
    ("no", "Ikke lagre samtalen."), ("no", "Ikke lagre samtalen, takk."),
])
def test_forbidding_the_call_to_be_kept_later_in_the_call_withdraws(lang, said) -> None:
    later = [("a", 11.0, 12.0, "Tak." if lang == "da" else "Takk."), ("c", 12.5, 14.0, said)]
    later += [("a", 15.0 + 4 * k, 17.0 + 4 * k, "Okay.") for k in range(6)]
    turns = [("a", 0.3, 8.0, ASKED[lang]), ("c", 8.5, 10.0, YES[lang])] + later
    record = analyze_transcript(call(lang, turns))
    assert record.verdict == "non_compliant"
    assert "CONSENT_WITHDRAWN" in {r.code for r in record.reasons}


# "Øh, ja, eller nej." was consent: the comma cut the turn and "eller nej" was read as other speech.
@pytest.mark.parametrize(("lang", "reply"), [
    ("da", "Øh, ja, eller nej."), ("da", "Ja, eller nej."), ("da", "Ja, men nej."), ("no", "Ja, eller nei."),
])
def test_a_yes_taken_back_with_or_no_is_no_consent(lang, reply) -> None:
    record = _record(lang, ASKED[lang], reply=reply)
    assert record.consent.status == "ambiguous"
    assert record.verdict != "compliant"


@pytest.mark.parametrize("reply", ["Ja, men jeg ringer om min regning.", "Ja, men gerne.", "Ja, eller jo."])
def test_a_yes_followed_by_but_and_the_errand_or_another_yes_stays_a_yes(reply) -> None:
    record = _record("da", ASKED["da"], reply=reply)
    assert record.consent.status == "given"


# "Stikprøver af samtaler optages" (samples of calls are recorded) says no more than "some calls
# may be recorded": a vague notice, which the `no` policy does not accept.
@pytest.mark.parametrize(("lang", "notice"), [
    ("da", "Stikprøver af samtaler optages til træning."),
    ("da", "Tilfældigt udvalgte samtaler optages til træning."),
    ("no", "Stikkprøver av samtaler tas opp for opplæring."),
    ("no", "Tilfeldig utvalgte samtaler tas opp for opplæring."),
])
def test_samples_of_calls_recorded_is_a_vague_notice(lang, notice) -> None:
    record = analyze_transcript(call(lang, [("a", 0.3, 8.0, f"{notice} {RIGHT[lang]}"), ("c", 8.5, 10.0, "Ok.")]),
                                policy="no")
    assert record.verdict == "non_compliant"
    assert "VAGUE_NOTICE" in {r.code for r in record.reasons}


def test_samples_reviewed_after_a_definite_notice_leave_it_definite() -> None:
    text = f"Vi tar opp samtalen for opplæring, og stikkprøver blir gjennomgått. {RIGHT['no']}"
    record = analyze_transcript(call("no", [("a", 0.3, 8.0, text), ("c", 8.5, 10.0, "Ok.")]), policy="no")
    assert record.verdict == "compliant"


# The agent's own words about keeping or not recording the call, in a mono call, are no withdrawal
# (bank phrases for "slet samtalen", "gem ikke samtalen", "lad være med at optage" were tried and
# read exactly these as the caller's).
@pytest.mark.parametrize(("lang", "said"), [
    ("da", "Vi gemmer ikke samtalen længere end nødvendigt."), ("da", "Skal vi lade være med at optage, så sig det."),
    ("da", "Vi gemmer ikke samtalen, hvis du ikke vil."), ("no", "Da sletter vi samtalen etterpå."),
    ("no", "Vi skal ikke lagre samtalen lenger enn nødvendig."), ("no", "Skal vi la være å ta opp, så si fra."),
])
def test_the_agents_words_on_keeping_the_call_in_a_mono_call_are_no_withdrawal(lang, said) -> None:
    turns = [("?", 0.3, 8.0, ASKED[lang]), ("?", 8.5, 10.0, YES[lang]), ("?", 10.5, 13.0, said)]
    turns += [("?", 14.0 + 3 * k, 16.0 + 3 * k, "Okay.") for k in range(6)]
    record = analyze_transcript(call(lang, turns))
    assert not record.withdrawals
    assert record.verdict == "compliant"
