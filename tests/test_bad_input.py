"""Bad transcripts and policies: one clear error naming the problem, never a traceback."""

from __future__ import annotations

import json

import pytest
from builders import DA_OPENING, call, then

from verifier import PolicyError, TranscriptError, analyze_transcript, load_policy

GOOD = call("da", then(DA_OPENING, ("c", 13.5, 14.0, "Ja.")))


def _with(**changes):
    data = json.loads(json.dumps(GOOD))
    for path, value in changes.items():
        target = data
        *parents, last = path.split("__")
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        if value is KeyError:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize("data, needle", [
    (_with(language=KeyError), "'language' is missing"),
    (_with(language=7), "'language'"),
    (_with(segments=KeyError), "'segments' is missing"),
    (_with(segments={}), "'segments' must be a list"),
    (_with(segments=[]), "'segments' is empty"),
    (_with(segments__0__start=KeyError), "segments[0]: field 'start' is missing"),
    (_with(segments__1__text=None), "segments[1]: field 'text' must be a string"),
    (_with(segments__0__start="0.5"), "segments[0]: field 'start' must be a number"),
    (_with(segments__0__start=-1.0), "segments[0]: field 'start' is negative"),
    (_with(segments__2__end=1.0), "segments[2]: 'end' (1.0) is before 'start'"),
    (_with(segments__1__start=1.0), "overlaps segments[0]"),
    (_with(segments__3__start=0.1, segments__3__end=0.2), "segments must be in time order"),
    (_with(segments__0__speaker="caller"), "segments[0]: field 'speaker' must be"),
    (_with(segments__0__no_speech_prob=3), "between 0 and 1"),
    (_with(events=[{"time": 3.0, "type": "dtmf", "digit": "12"}]), "events[0]: field 'digit'"),
    (_with(events=[{"type": "dtmf", "digit": "1"}]), "events[0]: field 'time' is missing"),
    (_with(duration_s=-5), "'duration_s' is negative"),
    ([1, 2, 3], "expected a JSON object"),
], ids=lambda v: v if isinstance(v, str) else "")
def test_invalid_transcript_names_the_fault(data, needle) -> None:
    with pytest.raises(TranscriptError) as err:
        analyze_transcript(data)
    assert needle in str(err.value)
    assert "\n" not in str(err.value)


def test_malformed_json_file(tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"language": "da", "segments": [')
    with pytest.raises(TranscriptError, match=r"malformed JSON at line 1"):
        analyze_transcript(path)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(TranscriptError, match="no such file"):
        analyze_transcript(tmp_path / "nope.json")


def test_audio_given_to_analyze(tmp_path) -> None:
    path = tmp_path / "call.wav"
    path.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt \xff\xfe")
    with pytest.raises(TranscriptError, match="not UTF-8 text"):
        analyze_transcript(path)


def test_five_megabyte_transcript_is_refused(tmp_path) -> None:
    path = tmp_path / "huge.json"
    big = call("da", [("a", 0.0, 1.0, "ja " * 2_600_000)])
    path.write_text(json.dumps(big))
    with pytest.raises(TranscriptError, match="too large"):
        analyze_transcript(path)


def test_overlong_segment_text_is_refused() -> None:
    with pytest.raises(TranscriptError, match="at most"):
        analyze_transcript(call("da", [("a", 0.0, 1.0, "a" * 50_000)]))


def test_unknown_policy_name() -> None:
    with pytest.raises(PolicyError, match="unknown policy 'dkk'"):
        analyze_transcript(GOOD, policy="dkk")


def test_policy_typo_is_caught_with_a_suggestion(tmp_path) -> None:
    raw = {"id": "strict", "disclosure_deadline_s": 30, "reply_window_s": 10, "stop_grace_s": 15,
           "require": {"purpose": True, "withdrawl_notice": True}}
    path = tmp_path / "strict.json"
    path.write_text(json.dumps(raw))
    with pytest.raises(PolicyError, match=r"unknown key 'withdrawl_notice' \(did you mean 'withdrawal_notice'\?\)"):
        load_policy(path)


@pytest.mark.parametrize("raw, needle", [
    ("{not json", "malformed JSON"),
    ('{"id": "x", "reply_window_s": 10, "stop_grace_s": 15}', "'disclosure_deadline_s' is missing"),
    ('{"id": "x", "disclosure_deadline_s": "60", "reply_window_s": 10, "stop_grace_s": 15}', "number of seconds"),
    ('{"id": "x", "disclosure_deadline_s": 60, "reply_window_s": 10, "stop_grace_s": 15, "require": {"purpose": "yes"}}',
     "must be true or false"),
    ('{"id": "x", "disclosure_deadline_s": 60, "reply_window_s": 10, "stop_grace_s": 15, "on_ambiguous_reply": "ok"}',
     "on_ambiguous_reply must be one of"),
])
def test_malformed_policy_file(tmp_path, raw, needle) -> None:
    path = tmp_path / "p.json"
    path.write_text(raw)
    with pytest.raises(PolicyError, match=needle):
        load_policy(path)


def test_user_policy_by_path_changes_the_deadline(tmp_path) -> None:
    """A stricter user policy (disclosure within 5 s) makes the same call late."""
    raw = {"id": "strict-dk", "disclosure_deadline_s": 5, "reply_window_s": 10, "stop_grace_s": 15}
    path = tmp_path / "strict.json"
    path.write_text(json.dumps(raw))
    record = analyze_transcript(GOOD, policy=path)
    assert record.verdict == "non_compliant"
    assert "LATE_DISCLOSURE" in record.reason_codes
    assert record.policy["id"] == "strict-dk" and record.policy["source"] == str(path)


def test_unsupported_language_is_a_record_not_an_error() -> None:
    record = analyze_transcript(_with(language="de"))
    assert record.verdict == "needs_review"
    assert record.reason_codes == ["UNSUPPORTED_LANGUAGE"]
