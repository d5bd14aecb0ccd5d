"""A sentence the recogniser cut at a pause is read as one (``verifier/engine/turns.py``).

Whisper ends a segment wherever the speaker pauses, and synthetic or careful speech pauses at every
comma. Each call here is first given whole, then with its deciding sentence cut at a comma into
segments a few tenths of a second apart, as the recogniser delivers it: the verdict must not
change. Then the cases where two pieces must stay apart.
"""

from __future__ import annotations

import pytest
from builders import call, verdict

from verifier.engine.phrases import load_bank
from verifier.engine.policy import load_policy
from verifier.engine.transcript import Segment, Transcript
from verifier.engine.turns import joined_sentences

DA_OPEN = [("a", 0.5, 3.0, "Goddag, det er Rasmus fra Låneservice."),
           ("a", 3.4, 8.0, "Vi optager samtalen til træning af vores rådgivere, og du kan altid bede mig stoppe optagelsen.")]
NO_OPEN = [("a", 0.5, 3.0, "Hei, det er Eirik i Banken."),
           ("a", 3.4, 8.0, "Samtalen blir tatt opp for opplæring, og du kan når som helst be meg stoppe opptaket.")]


def _cut(turn: tuple, *pieces: str) -> list[tuple]:
    """``turn`` as the recogniser cuts it: ``pieces`` one after another, 0.3 s apart."""
    who, start, end, _text = turn
    step = (end - start) / len(pieces)
    return [(who, round(start + k * step, 2), round(start + (k + 1) * step - 0.3, 2), p)
            for k, p in enumerate(pieces)]


# --- a cut sentence decides as the whole one ------------------------------------------------------

CUT_CALLS = [
    # Coercion: the condition in the second piece.
    ("da", "dk", DA_OPEN + [("a", 8.4, 13.0, "Men vi kan desværre kun hjælpe dig, hvis vi må optage. Er det i orden?"),
                            ("c", 13.6, 15.0, "Nå, okay, ja da.")],
     2, ("Men vi kan desværre kun hjælpe dig,", "hvis vi må optage. Er det i orden?")),
    ("nb", "no", NO_OPEN + [("a", 8.4, 13.0, "Hvis du ikke vil tas opp, må du dessverre ringe tilbake en annen dag. Er det greit?"),
                            ("c", 13.6, 15.0, "Ok, greit da.")],
     2, ("Hvis du ikke vil tas opp,", "må du dessverre ringe tilbake en annen dag. Er det greit?")),
    # A later withdrawal said over three pieces.
    ("da", "dk", DA_OPEN + [("a", 8.4, 10.0, "Er det i orden med dig?"), ("c", 10.5, 12.0, "Ja, det er i orden."),
                            ("a", 12.5, 15.0, "Tak. Hvad drejer det sig om?"),
                            ("c", 16.0, 22.0, "Ved du hvad, jeg har fortrudt, jeg vil alligevel ikke have, at det her optages.")],
     5, ("Ved du hvad,", "jeg har fortrudt,", "jeg vil alligevel ikke have,", "at det her optages.")),
    ("nb", "no", NO_OPEN + [("a", 8.4, 10.0, "Er det greit for deg?"), ("c", 10.5, 12.0, "Ja, det er greit."),
                            ("a", 12.5, 15.0, "Takk. Hva gjelder det?"),
                            ("c", 16.0, 22.0, "Vet du hva, jeg har ombestemt meg, jeg vil likevel ikke at dette blir tatt opp.")],
     5, ("Vet du hva,", "jeg har ombestemt meg,", "jeg vil likevel ikke at dette blir tatt opp.")),
]


@pytest.mark.parametrize("lang,policy,turns,at,pieces", CUT_CALLS)
def test_a_sentence_cut_at_its_commas_decides_as_the_whole(lang, policy, turns, at, pieces) -> None:
    whole = verdict(call(lang, turns), policy)
    cut = turns[:at] + _cut(turns[at], *pieces) + turns[at + 1:]
    assert whole[0] == "non_compliant"
    assert verdict(call(lang, cut), policy) == whole


def test_a_cut_key_prompt_in_mono_is_read_whole() -> None:
    """"Tast 1," | "hvis du accepterer," | "at samtalen bliver optaget." from a phone menu, and no key
    pressed: no consent, whether the prompt came in one piece or three."""
    opening = [("?", 0.5, 3.0, "Velkommen til Færgelinjen."),
               ("?", 3.3, 7.0, "Vi vil gerne optage samtalen for at forbedre vores betjening."),
               ("?", 7.3, 12.0, "Tast 1, hvis du accepterer, at samtalen bliver optaget."),
               ("?", 12.3, 15.0, "Du kan altid trække dit samtykke tilbage."),
               ("?", 20.0, 23.0, "Færgelinjen, det er Julie. Hvad kan jeg hjælpe med?")]
    cut = opening[:2] + _cut(opening[2], "Tast 1,", "hvis du accepterer,", "at samtalen bliver optaget.") + opening[3:]
    for policy in ("dk", "no"):
        whole = verdict(call("da", opening), policy)
        assert whole[0] != "compliant"
        assert verdict(call("da", cut), policy) == whole


# --- what stays apart -------------------------------------------------------------------------------

BANK = load_bank("da")
CONF = load_policy("dk").confidence


def _joined(*segs: tuple) -> list[str]:
    t = Transcript(language="da", segments=tuple(Segment(s, e, text, who, *rest) for who, s, e, text, *rest in segs))
    return [s.text for s in joined_sentences(t, BANK, CONF).segments]


def test_pieces_of_one_sentence_are_joined() -> None:
    assert _joined(("agent", 1.0, 3.0, "Men vi kan kun hjælpe dig,"), ("agent", 3.3, 5.0, "hvis vi må optage.")) == [
        "Men vi kan kun hjælpe dig, hvis vi må optage."]


@pytest.mark.parametrize("segs", [
    # Whole sentences one after another: the engine reads them one by one anyway.
    (("agent", 1.0, 3.0, "Samtalen bliver optaget."), ("agent", 3.3, 5.0, "Er det i orden?")),
    # No mark at all (speech the recogniser heard badly): run together they would read worse.
    (("agent", 1.0, 3.0, "vi optager samtalen for at"), ("agent", 3.0, 5.0, "tast en hvis du ikke vil")),
    # A pause longer than a breath.
    (("agent", 1.0, 3.0, "Men vi kan kun hjælpe dig,"), ("agent", 4.5, 6.0, "hvis vi må optage.")),
    # Another speaker in between.
    (("agent", 1.0, 3.0, "Er det i orden,"), ("customer", 3.1, 3.5, "ja."), ("agent", 3.6, 5.0, "at vi optager?")),
    # Mono: the caller's answer after the agent's comma is never part of the agent's sentence.
    ((None, 1.0, 3.0, "Er det i orden med dig,"), (None, 3.3, 3.8, "nej.")),
    ((None, 1.0, 3.0, "Er det i orden med dig,"), (None, 3.3, 3.8, "måske.")),
    ((None, 1.0, 3.0, "Er det i orden med dig,"), (None, 3.3, 3.8, "Det vil jeg helst ikke.")),
    # Mono: only a that-clause may open capitalised; any other capitalised piece may be the caller.
    ((None, 1.0, 3.0, "Vi optager samtalen,"), (None, 3.3, 3.8, "For at være ærlig, nej.")),
    ((None, 1.0, 3.0, "Vi optager samtalen,"), (None, 3.3, 3.8, "Atten kroner, ja.")),
    # A piece that is no evidence (subtitle credits) is not made part of one that is.
    (("agent", 1.0, 3.0, "Vi optager samtalen,"), ("agent", 3.3, 5.0, "tekster af nicolai winther")),
])
def test_pieces_that_are_not_one_sentence_stay_apart(segs) -> None:
    assert len(_joined(*segs)) == len(segs)


@pytest.mark.parametrize("lang,first,then", [
    ("da", "Vi optager samtalen,", "At vi kan lære af den."),
    ("da", "Vi optager samtalen sådan,", "At vi kan blive bedre."),
    ("nb", "Vi tar opp samtalen slik,", "At vi kan få bedre veiledning."),
    ("nb", "Vi tar opp samtalen,", "Slik at vi kan bli bedre."),
])
def test_a_that_clause_capitalised_by_the_recogniser_goes_on_in_mono(lang, first, then) -> None:
    """Whisper often capitalises a piece after a pause ("slik," | "At vi kan få bedre …"). A piece
    opening with "at" / "slik at" cannot be an answer or a sentence of its own: it is the purpose
    clause of the sentence before, even in mono."""
    bank, conf = load_bank(lang), load_policy("no" if lang == "nb" else "dk").confidence
    t = Transcript(language=lang, segments=(Segment(1.0, 3.0, first, None), Segment(3.2, 5.0, then, None)))
    assert [s.text for s in joined_sentences(t, bank, conf).segments] == [f"{first} {then}"]


def test_a_purpose_cut_off_in_mono_still_states_the_purpose() -> None:
    """The whole call: notice, purpose clause cut off and capitalised, request, withdrawal right, yes."""
    turns = [("?", 0.5, 3.0, "Servicetorget i Brekke kommune, det er Ola."),
             ("?", 5.1, 7.1, "Vi tar opp samtalen slik,"), ("?", 7.3, 8.7, "At vi kan forbedre veiledningen vår."),
             ("?", 10.4, 11.4, "Er det greit?"), ("?", 11.7, 14.5, "Du kan når som helst be meg stoppe opptaket."),
             ("?", 17.7, 19.8, "Ja, det er helt greit.")]
    assert verdict(call("nb", turns), "no")[0] == "compliant"


def test_a_short_answer_going_on_is_one_answer_in_mono() -> None:
    assert _joined((None, 1.0, 1.4, "Ja,"), (None, 1.6, 2.0, "gerne.")) == ["Ja, gerne."]


def test_a_joined_sentence_is_as_weak_as_its_weakest_piece() -> None:
    t = Transcript(language="da", segments=(Segment(1.0, 3.0, "Vi optager samtalen,", "agent", -0.2, 0.01, 1.1),
                                            Segment(3.3, 5.0, "til træning.", "agent", -0.9, 0.2, 1.3)))
    (seg,) = joined_sentences(t, BANK, CONF).segments
    assert (seg.start, seg.end, seg.avg_logprob, seg.no_speech_prob, seg.compression_ratio) == (
        1.0, 5.0, -0.9, 0.2, 1.3)


def test_no_hand_written_call_is_falsely_compliant_when_cut_at_its_commas(capsys) -> None:
    """``benchmarks/bench_cut_turns.py`` on the 135 hand-written calls: cut at every comma, none
    may come out compliant where a careful reviewer would not pass it (exit 0), and few change."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_cut_turns.py"
    spec = importlib.util.spec_from_file_location("bench_cut_turns", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--at", "commas"]) == 0
    changed = int(capsys.readouterr().out.splitlines()[-1].split(" changed")[0].rsplit(" ", 1)[1])
    assert changed <= 5
