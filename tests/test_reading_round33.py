"""Round 33: a condition without "if" that tells the caller how to have the recording stopped.

"Seier du ifrå, stoppar vi opptaket." (say so, and we stop the recording) tells the caller how to
object, as "Hvis du sier ifra, stopper vi opptaket." does: the condition opens with its verb and
"you" second, the main clause stops the recording. It was read only with "hvis" / "om" / "når"
before "you", so a Norwegian call that gave no other way to object was NO_OBJECTION_OPTION.

The other way round, a "not" on the stop verb of such a main clause ("Hvis du sier ifra, stopper
vi ikke opptaket.": the recording goes on) was read as "Sier du nei, tar vi ikke opp." (the
recording stops) and let a call with no way to object pass as compliant.
"""

from __future__ import annotations

import pytest
from builders import call

from verifier import analyze_transcript
from verifier.engine import meaning
from verifier.engine.phrases import load_bank

NOTICE = {"no": "Samtalen blir tatt opp for opplæring.", "da": "Samtalen bliver optaget til træning. Er det i orden?"}
ERRAND = {"no": "Hei, jeg lurer på strømregningen.", "da": "Ja. Jeg ringer om min regning."}


def _record(lang: str, told: str):
    turns = [("a", 0.3, 3.0, "Hei, det er Trond." if lang == "no" else "Goddag, det er Lone."),
             ("a", 3.2, 6.5, NOTICE[lang]), ("a", 6.7, 9.5, told), ("c", 10.0, 12.0, ERRAND[lang])]
    return analyze_transcript(call(lang, turns))


@pytest.mark.parametrize(("lang", "told"), [
    ("no", "Sier du ifra, stopper vi opptaket."),
    ("no", "Seier du ifrå, stoppar vi opptaket."),
    ("no", "Sier du fra, stopper jeg opptaket med en gang."),
    ("no", "Ber du om det, slår vi av opptaket."),
    ("da", "Siger du til, stopper vi optagelsen."),
    ("da", "Siger du fra, stopper jeg optagelsen."),
    ("da", "Beder du om det, slukker vi for optagelsen."),
])
def test_a_condition_opening_with_its_verb_tells_how_to_have_the_recording_stopped(lang, told) -> None:
    record = _record(lang, told)
    assert record.verdict == "compliant", [r.code for r in record.reasons]
    assert record.findings.get("withdrawal_info") or record.findings.get("objection_info")


@pytest.mark.parametrize(("lang", "told"), [
    # A "not" in it, a question, or bound to now: no right to have the recording stopped later.
    ("no", "Sier du ikke ifra, tar vi opp samtalen."),
    ("no", "Sier du ifra, stopper vi ikke opptaket."),
    ("no", "Hvis du sier ifra, stopper vi ikke opptaket."),
    ("da", "Hvis du siger fra, stopper vi ikke optagelsen."),
    ("no", "Vil du, stopper vi opptaket nå."),
    ("da", "Siger du ikke til, optager vi samtalen."),
    ("da", "Siger du til, stopper vi ikke optagelsen."),
])
def test_a_verb_first_condition_with_a_not_or_bound_to_now_tells_nothing(lang, told) -> None:
    record = _record(lang, told)
    assert record.verdict != "compliant"
    codes = {r.code for r in record.reasons}
    assert codes & {"NO_OBJECTION_OPTION", "NO_WITHDRAWAL_NOTICE"}


def _threat(lang: str, text: str):
    bank = load_bank(lang)
    return meaning.threat(meaning.sentence(text, bank), bank)


# --- A threat "to beat you up": the particle after "you" is not "slå op" (to look up) ---------------

@pytest.mark.parametrize(("lang", "text"), [
    ("nb", "Ordner dere ikke dette, kommer jeg og banker deg opp."),
    ("nb", "Jeg skal banke deg opp."),
    ("da", "Jeg tæsker dig op, hvis du lægger på."),
    ("da", "Så kommer jeg derind og banker dig op."),
    ("nb", "Jeg kveler deg."),
    ("da", "Jeg myrder dig."),
])
def test_beating_you_up_is_a_threat(lang, text) -> None:
    assert _threat(lang, text), text


@pytest.mark.parametrize(("lang", "text"), [
    ("da", "Jeg slår dig lige op i systemet."),       # "slå op": to look up
    ("nb", "Jeg slår deg opp i registeret."),
    ("nb", "Jeg banker ikke deg opp, slapp av."),      # a "not"
])
def test_looking_you_up_is_no_threat(lang, text) -> None:
    assert _threat(lang, text) is None, text


def test_good_evening_to_you_is_no_threat() -> None:
    assert _threat("nb", "Jeg sier god kveld dere, og takk for i dag.") is None
