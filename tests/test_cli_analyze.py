"""`consent-verifier analyze` as a user meets it: output, --json, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from builders import DA_OPENING, call, then
from click.testing import CliRunner

from verifier.cli import EXIT_BAD_INPUT, main


@pytest.fixture()
def transcript(tmp_path):
    path = tmp_path / "call.json"
    path.write_text(json.dumps(call("da", then(DA_OPENING, ("c", 13.5, 14.0, "Nej tak.")))), "utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_json_output_is_the_record_and_nothing_else(transcript, record_schema) -> None:
    result = run("analyze", str(transcript), "--json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    record_schema.validate(record)
    assert record["verdict"] == "non_compliant"
    assert record["consent"]["status"] == "refused"
    assert record["input"]["sha256"] == __import__("hashlib").sha256(transcript.read_bytes()).hexdigest()


def test_human_summary_names_verdict_reason_time_and_words(transcript) -> None:
    result = run("analyze", str(transcript))
    assert result.exit_code == 0
    assert "NON-COMPLIANT" in result.stdout
    assert "CONSENT_REFUSED" in result.stdout
    assert "13.5-14.0 s, customer: \"Nej tak.\"" in result.stdout
    assert "delete_recording" in result.stdout


def test_policy_option(transcript) -> None:
    record = json.loads(run("analyze", str(transcript), "--policy", "no", "--json").stdout)
    assert record["policy"]["id"] == "no"


@pytest.mark.parametrize("args, needle", [
    (["analyze", "/nonexistent/call.json"], "no such file"),
    (["analyze", "{t}", "--policy", "nope"], "unknown policy 'nope'"),
])
def test_bad_input_one_line_exit_3(transcript, args, needle) -> None:
    args = [a.replace("{t}", str(transcript)) for a in args]
    result = run(*args)
    assert result.exit_code == EXIT_BAD_INPUT
    assert result.stderr.strip().startswith("error:") and needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_usage_error_exit_2() -> None:
    result = run("analyze", "--jsn", "x.json")
    assert result.exit_code == 2


def test_console_script_without_traceback(tmp_path) -> None:
    """Through a real process, as a user runs it: malformed JSON gives one line and exit 3."""
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    proc = subprocess.run([sys.executable, "-m", "verifier.cli", "analyze", str(bad)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == EXIT_BAD_INPUT
    assert "Traceback" not in proc.stderr
    assert "malformed JSON" in proc.stderr


def test_help_teaches_with_an_example() -> None:
    result = run("analyze", "--help")
    assert "consent-verifier analyze samples/transcripts/da_refused_mono.json" in result.stdout
    assert "--policy" in result.stdout
