"""A caller's withdrawal in unlabelled speech is never taken for the agent's telling in pieces.

Withdrawal information said over several short sentences of one turn is read across them
(findings._across_sentences); in a mono call the speaker is unknown, and a caller's regret
followed by a question to stop "it" once read as such information, which then hid the withdrawal
(benchmarks/everyday_calls no18, first run: falsely compliant under both policies).
"""

from __future__ import annotations

import pytest

from verifier import analyze_transcript
from verifier.engine.codes import Code, Verdict

OPENING = {
    "da": ["Goddag, det er Mette fra Nordforsikring.",
           "Vi optager samtalen til træning af nye medarbejdere. Er det i orden med dig? Du kan til "
           "enhver tid bede mig stoppe optagelsen.",
           "Ja, det er fint.", "Tak. Hvad kan jeg hjælpe med?", "Min cykel er blevet stjålet.",
           "Det er ærgerligt. Hvornår skete det?"],
    "no": ["Hei, det er Kari i Vestforsikring.",
           "Vi tar opp samtalen for opplæring av nye rådgivere. Er det greit for deg? Du kan når som "
           "helst be meg stoppe opptaket.",
           "Ja, det er greit.", "Takk. Hva kan jeg hjelpe med?", "Sykkelen min er stjålet.",
           "Så kjedelig. Når skjedde det?"],
}


ACK = {"da": "Selvfølgelig, jeg stopper optagelsen nu, og den bliver slettet.",
       "no": "Selvsagt, jeg stopper opptaket nå, og det blir slettet."}


def _mono(lang: str, later: str) -> dict:
    """The opening, the caller's later words, and the agent's prompt stop right after them."""
    base = "da" if lang == "da" else "no"
    lines = OPENING[base] + [later, ACK[base]]
    segments, t = [], 0.5
    for text in lines:
        end = t + max(1.5, len(text) / 14)
        segments.append({"start": round(t, 2), "end": round(end, 2), "speaker": None, "text": text})
        t = end + 0.6
    return {"language": lang, "segments": segments}


@pytest.mark.parametrize("lang,later", [
    ("da", "Jeg har i øvrigt fortrudt det med optagelsen. Vil du slukke for den og slette den?"),
    ("da", "Jeg er kommet i tanke om noget, jeg vil alligevel ikke optages. Kan du stoppe den?"),
    ("nb", "Forresten, jeg har ombestemt meg angående opptaket. Kan du skru det av og slette det?"),
    ("nb", "Jeg har tenkt meg om, jeg vil ikke bli tatt opp likevel. Kan du stoppe det?"),
    ("nn", "Eg har ombestemt meg om opptaket. Kan du stoppe det og slette det?"),
    ("nb", "Jeg har skiftet mening om opptaket. Kan du slå det av og slette det du har tatt opp?"),
    ("nb", "Jeg angrer på opptaket. Kan du stoppe det og slette det som er tatt opp så langt?"),
    ("da", "Jeg har skiftet mening om optagelsen. Kan du stoppe den og slette det, der er optaget?"),
    ("da", "Jeg har ombestemt mig angående optagelsen. Vil du stoppe den og slette det optagne?"),
])
def test_a_callers_regret_then_a_question_to_stop_it_withdraws(lang, later) -> None:
    record = analyze_transcript(_mono(lang, later))
    assert record.verdict == Verdict.NON_COMPLIANT, later  # withdrawn (stopped within the grace)
    assert Code.CONSENT_WITHDRAWN in [r.code for r in record.reasons], later


@pytest.mark.parametrize("lang,pieces", [
    ("da", "Fortryder du undervejs? Det må du gerne. Så stopper vi optagelsen."),
    ("nb", "Ombestemmer du deg? Det går fint. Da stopper vi opptaket."),
])
def test_the_agents_telling_in_pieces_is_still_information_not_a_withdrawal(lang, pieces) -> None:
    lines = OPENING["da" if lang == "da" else "no"]
    transcript = _mono(lang, lines[-1])
    opening = transcript["segments"][1]
    opening["text"] = opening["text"].split("?")[0] + "? " + pieces
    record = analyze_transcript(transcript)
    assert Code.CONSENT_WITHDRAWN not in [r.code for r in record.reasons], pieces
