"""The engine's answer to the audio path: can more audio still change the verdict? (engine/settle.py)"""

from __future__ import annotations

from builders import DA_OPENING, call, then

from verifier import load_policy, load_transcript
from verifier.engine.settle import Watch, settled
from verifier.engine.transcript import Segment

DK = load_policy("dk")


def prefix(turns: list[tuple], heard: float):
    t = call("da", turns, duration=heard)
    return load_transcript(t)


def test_a_refusal_with_speech_past_the_grace_is_final():
    turns = then(DA_OPENING, ("c", 13.5, 14.2, "Nej tak."), ("a", 15.0, 20.0, "Hvad kan jeg hjælpe med?"),
                 ("c", 21.0, 26.0, "Min regning."), ("a", 27.0, 33.0, "Lad mig se på den."))
    answer = settled(prefix(turns, 33.0), DK)
    assert answer.final and "refusal" in answer.why


def test_a_refusal_within_the_grace_is_pending_with_the_time_to_listen_from():
    turns = then(DA_OPENING, ("c", 13.5, 14.2, "Nej tak."), ("a", 15.0, 20.0, "Det er i orden."))
    answer = settled(prefix(turns, 20.0), DK)
    assert not answer.final
    assert answer.stop_due_s == 14.2 + DK.stop_grace_s


def test_a_yes_is_never_final_and_nothing_is_pending():
    # A withdrawal could still come: a compliant prefix is never settled.
    turns = then(DA_OPENING, ("c", 13.5, 14.2, "Ja, det er fint."), ("a", 15.0, 40.0, "Tak. Hvad kan jeg gøre?"))
    answer = settled(prefix(turns, 40.0), DK)
    assert not answer.final and answer.stop_due_s is None


def test_a_withdrawal_later_in_the_call_sets_the_time_to_listen_from():
    turns = then(DA_OPENING, ("c", 13.5, 14.2, "Ja, det er fint."), ("a", 15.0, 20.0, "Tak."),
                 ("c", 21.0, 24.0, "Stop optagelsen, jeg vil ikke optages længere."))
    answer = settled(prefix(turns, 24.0), DK)
    assert not answer.final and answer.stop_due_s == 24.0 + DK.stop_grace_s


def seg(speaker, start, end, text):
    return Segment(start=start, end=end, speaker=speaker, text=text)


def test_the_watch_arms_on_a_customer_no_and_fires_once_after_the_grace():
    watch = Watch("da", DK)
    watch.hear(seg("agent", 0, 4, "Nej, det kan jeg ikke se."))  # the agent's words do not arm it
    assert not watch.due(100.0)
    watch.hear(seg("customer", 13.5, 14.2, "Nej tak."))
    assert not watch.due(14.2 + DK.stop_grace_s - 1)
    assert watch.due(14.2 + DK.stop_grace_s + 0.1)
    assert not watch.due(200.0)  # once per armed moment


def test_the_watch_stays_quiet_on_a_yes_and_on_other_business():
    watch = Watch("da", DK)
    watch.hear(seg("customer", 13.5, 14.2, "Ja, det er fint."))
    watch.hear(seg("customer", 20.0, 24.0, "Jeg ringer om min regning."))
    assert not watch.due(1000.0)
