"""Every bundled sample's ground-truth transcript gives the sample's expected outcome."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier import analyze_transcript

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TRANSCRIPTS = sorted((SAMPLES / "transcripts").glob("*.json"))


def test_there_are_samples() -> None:
    assert len(TRANSCRIPTS) >= 12


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.stem)
def test_sample_transcript_gives_expected_outcome(path: Path, record_schema) -> None:
    expected = json.loads((SAMPLES / f"{path.stem}.expected.json").read_text("utf-8"))
    record = analyze_transcript(path, policy=expected.get("policy"))
    assert record.verdict == expected["verdict"]
    assert record.consent.status == expected["consent_status"]
    for code in expected["reasons"]:
        assert code in record.reason_codes
    if expected.get("consent_method"):
        assert record.consent.method == expected["consent_method"]
    record_schema.validate(record.to_dict())
