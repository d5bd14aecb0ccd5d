"""The hand-labelled held-out folders (benchmarks/heldout_round8, benchmarks/real_wordings: whole
calls, the second built on published Danish and Norwegian disclosures): no call may ever come out
compliant where a careful reviewer would not pass it, under either policy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier import analyze_transcript

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
CASES = [(folder, name, exp) for folder in ("heldout_round8", "real_wordings")
         for name, exp in sorted(json.loads((BENCH / folder / "expected.json").read_text("utf-8")).items())]


@pytest.mark.parametrize("folder, name, expected", CASES, ids=[f"{f}/{n}" for f, n, _ in CASES])
def test_no_held_out_call_is_falsely_compliant(folder, name, expected):
    transcript = json.loads((BENCH / folder / f"{name}.json").read_text("utf-8"))
    for policy in ("dk", "no"):
        verdict = str(analyze_transcript(transcript, policy=policy).verdict)
        assert verdict != "compliant" or "compliant" in expected[policy], (policy, verdict)


def test_the_folders_hold_calls_of_both_languages():
    assert {name[:2] for _f, name, _e in CASES} == {"da", "no"} and len(CASES) >= 90
