"""Round 32: a notice that goes on with a sentence cut right after its hedge is vague.

Whisper ends a sentence where the speaker pauses, and puts a full stop there: "SpareBank 1 gjør i
noen tilfeller lydopptak av telefonsamtaler" came as "Spar er punk en gjør i noen tilfælder." and
"Vi tar opp samtalen …" (a real wording, rendered; the call passed as compliant). The hedge is
in the first piece, the notice in the second: together they are a vague notice (DOMAIN.md).
"""

from __future__ import annotations

import pytest
from builders import call

from verifier import analyze_transcript

REST_NO = "Du kan når som helst be meg stoppe opptaket."
REST_DA = "Du kan til enhver tid bede mig stoppe optagelsen."


def _verdict(lang: str, first: str, notice: str, *, gap: float = 0.2, speaker: str = "a") -> tuple[str, set[str]]:
    end = 3.0
    turns = [("a", 0.3, end, first), (speaker if speaker else "a", end + gap, end + gap + 4.0, notice),
             ("a", end + gap + 4.2, end + gap + 7.0, REST_NO if lang == "no" else REST_DA),
             ("c", end + gap + 7.5, end + gap + 8.5, "Jeg lurer på renten." if lang == "no" else "Jeg ringer om min regning.")]
    # Information only, under `no`: the notice must be definite (no request answered yes stands in).
    record = analyze_transcript(call(lang, turns), policy="no")
    return record.verdict, {r.code for r in record.reasons}


@pytest.mark.parametrize("lang, first, notice", [
    ("no", "SpareBank 1 gjør i noen tilfeller.", "Samtalene blir tatt opp for opplæring."),
    ("no", "Spar er punk en gjør i noen tilfælder.", "Vi tar opp samtalen for opplæring."),
    ("no", "Hos oss skjer det av og til.", "At samtalen blir tatt opp for opplæring."),
    ("no", "Vi gjør det iblant.", "Vi tar opp samtalen for å dokumentere avtalen."),
    ("da", "Hos Nordbank sker det i visse tilfælde.", "Vi optager samtalen til træning."),
    ("da", "Det gør vi nogle gange.", "Vi optager samtalen til træning."),
])
def test_a_notice_after_a_sentence_cut_at_its_hedge_is_vague(lang, first, notice) -> None:
    verdict, codes = _verdict(lang, first, notice)
    assert verdict != "compliant"
    assert "VAGUE_NOTICE" in codes


@pytest.mark.parametrize("lang, first, notice, kw", [
    # A greeting, or a question the agent asks, before the notice: nothing hedged.
    ("no", "Velkommen til SpareBank 1, du snakker med Kari.", "Vi tar opp samtalen for opplæring.", {}),
    ("no", "Hva kan jeg hjelpe deg med?", "Vi tar opp samtalen for opplæring.", {}),
    ("da", "Goddag, du taler med Mette fra Nordbank.", "Vi optager samtalen til træning.", {}),
    # The hedge said long before (another sentence, after a pause): not the notice's own.
    ("no", "Spar er punk en gjør i noen tilfælder.", "Vi tar opp samtalen for opplæring.", {"gap": 2.5}),
    # The hedge not among the last words of the first piece.
    ("no", "Noen ganger er det kø, men nå er du fremme hos oss i banken.", "Vi tar opp samtalen for opplæring.", {}),
])
def test_a_notice_after_other_sentences_stays_definite(lang, first, notice, kw) -> None:
    verdict, codes = _verdict(lang, first, notice, **kw)
    assert verdict == "compliant", codes
