"""Round 34: "jeg skal stoppe optagelsen" is the agent's, not the caller's.

In a mono call, the agent's "Du kan jo til enhver tid sige, at jeg skal stoppe optagelsen." was
cut by the recogniser after "sige, at" and the rest, read as "Ja, jeg skal stoppe opptaket.", was
taken for the caller's refusal right after the request: a call where the caller said yes came out
non-compliant (CONSENT_REFUSED). A speaker who says *I* shall stop the recording is the one who
records it; the bank's stop acknowledgements had only the present tense ("jeg stopper
optagelsen"). A caller who *wants* it stopped ("jeg vil stoppe optagelsen") still withdraws.
"""

from __future__ import annotations

import pytest
from builders import call, mono

from verifier import analyze_transcript

ASKED = {"da": "Vi optager samtalen for at dokumentere din anmeldelse. Er det i orden?",
         "no": "Samtalen blir tatt opp for å dokumentere skademeldingen. Er det greit?"}
YES = {"da": "Ja, det er helt i orden.", "no": "Ja, det er helt greit."}
ERRAND = {"da": "Godt. Hvad drejer det sig om?", "no": "Fint. Hva gjelder det?"}
RIGHT = {"da": "Du kan til enhver tid bede mig stoppe optagelsen.",
         "no": "Du kan når som helst be meg stoppe opptaket."}


def _turns(lang: str, middle: str, who: str = "a") -> list[tuple]:
    return [("a", 0.3, 6.0, ASKED[lang]), ("a", 6.2, 9.0, RIGHT[lang]), (who, 9.2, 11.0, middle),
            ("c", 11.5, 13.0, YES[lang]), ("a", 13.5, 15.0, ERRAND[lang])]


@pytest.mark.parametrize(("lang", "said"), [
    ("da", "Ja, jeg skal stoppe optagelsen."),
    ("da", "Så jeg skal stoppe optagelsen."),
    ("da", "Vi kan stoppe den."),
    ("da", "Så afbryder jeg optagelsen."),
    ("no", "Ja, jeg skal stoppe opptaket."),
    ("no", "Eg skal stoppe opptaket."),
    ("no", "Så stopper jeg opptaket."),
    ("no", "Vi kan slette det."),
])
def test_i_shall_stop_the_recording_in_unlabelled_speech_is_no_refusal(lang, said) -> None:
    record = analyze_transcript(call(lang, mono(_turns(lang, said))))
    codes = {r.code for r in record.reasons}
    assert "CONSENT_REFUSED" not in codes and "CONSENT_WITHDRAWN" not in codes, codes
    assert record.findings.get("stop_ack")


@pytest.mark.parametrize(("lang", "said"), [
    ("da", "Jeg vil stoppe optagelsen."),
    ("da", "Stop optagelsen."),
    ("no", "Jeg vil stoppe opptaket."),
    ("no", "Stopp opptaket."),
])
def test_a_caller_who_wants_the_recording_stopped_still_withdraws(lang, said) -> None:
    turns = _turns(lang, YES[lang], who="c") + [("c", 16.0, 18.0, said), ("a", 18.5, 40.0, ERRAND[lang])]
    record = analyze_transcript(call(lang, turns))
    assert record.verdict == "non_compliant"
    assert "CONSENT_WITHDRAWN" in {r.code for r in record.reasons}
