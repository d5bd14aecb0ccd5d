"""The batch job: one record per call whatever the archive holds, crash-safe output, resume.

A fake verifier (tests/fake_verifier.py) stands in for the model, so these run in seconds.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fake_verifier import BrokenVerifier, FakeVerifier, audio

from verifier.batch import BatchError, BatchOptions, run_batch, verify_many
from verifier.batch.records_file import OutputError, RecordsWriter, scan_records
from verifier.batch.sources import iter_calls
from verifier.errors import ModelError, PolicyError
from verifier.verify import VerifierOptions

REPO = Path(__file__).resolve().parents[1]
LONG_NAME = "opkald-" + "æøå" * 30 + "-" * 60 + ".wav"  # 217 bytes in UTF-8, under NAME_MAX


def run(source, output, **kw):
    kw.setdefault("workers", 2)
    return run_batch(source, output, options=BatchOptions(**kw), verifier=FakeVerifier())


def records(path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_bytes().splitlines()]


def by_id(path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for record in records(path):
        assert record["call_id"] not in out, f"two records for {record['call_id']}"
        out[record["call_id"]] = record
    return out


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def archive(tmp_path) -> Path:
    """Good calls mixed with every kind of bad input the issue names."""
    root = tmp_path / "archive"
    write(root / "2024/01/ok.wav", audio("compliant"))
    write(root / "2024/01/refused.MP3", audio("non_compliant"))
    write(root / "2024/02/unsure.ogg", audio("needs_review"))
    write(root / "2024/02/copy of ok.flac", audio("compliant"))  # the same audio, second name
    write(root / "bad/empty.wav", b"")
    write(root / "bad/truncated.mp3", audio("compliant")[:6])
    write(root / "bad/mislabelled.wav", b"this is a text file, not audio\n")
    (root / "bad/gone.wav").symlink_to(root / "nowhere.wav")  # unreadable: dangling link
    write(root / "odd/with spaces and æøå ÆØÅ.m4a", audio("compliant", "odd"))
    write(root / "odd" / LONG_NAME, audio("non_compliant", "long"))
    write(root / "looks-like-audio.wav/inside.opus", audio("compliant", "inside"))
    write(root / "no_audio/readme.txt", b"not a call")
    (root / "empty_folder").mkdir()
    write(root / "notes.pdf", b"%PDF")
    return root


ARCHIVE_CALLS = {
    "2024/01/ok.wav", "2024/01/refused.MP3", "2024/02/unsure.ogg", "2024/02/copy of ok.flac",
    "bad/empty.wav", "bad/truncated.mp3", "bad/mislabelled.wav", "bad/gone.wav",
    "odd/with spaces and æøå ÆØÅ.m4a", f"odd/{LONG_NAME}", "looks-like-audio.wav/inside.opus",
}
UNREADABLE = {"bad/empty.wav", "bad/truncated.mp3", "bad/mislabelled.wav", "bad/gone.wav"}


def test_mixed_archive_gives_exactly_one_record_per_audio_file(archive, tmp_path, record_schema):
    out = tmp_path / "records.jsonl"
    summary = run(archive, out)
    got = by_id(out)
    assert set(got) == ARCHIVE_CALLS
    for call_id, record in got.items():
        if call_id in UNREADABLE:
            assert record["verdict"] == "needs_review"
            assert [r["code"] for r in record["reasons"]] == ["AUDIO_UNREADABLE"]
            assert record["required_action"] == "review"
            assert record["error"]["code"] == "AUDIO_UNREADABLE"
            record_schema.validate(record)
        else:
            assert "error" not in record
            assert record["source"]["sha256"] == sha(archive / call_id)
    assert got["bad/gone.wav"]["source"]["sha256"] is None
    assert got["bad/empty.wav"]["source"]["sha256"] == hashlib.sha256(b"").hexdigest()
    assert got["2024/01/ok.wav"]["source"]["sha256"] == got["2024/02/copy of ok.flac"][
        "source"]["sha256"]
    assert (summary.total, summary.processed, summary.records, summary.errors) == (11, 11, 11, 4)
    assert summary.verdicts == {"compliant": 4, "needs_review": 5, "non_compliant": 2}
    assert summary.consent["given"] == 4
    assert summary.reasons["AUDIO_UNREADABLE"] == 4
    assert summary.reasons["CONSENT_REFUSED"] == 2
    assert summary.calls_per_hour > 0
    assert not summary.failed([]) and summary.failed(["error"])
    assert summary.failed(["non_compliant"]) and not summary.failed(["non_compliant"][:0])


def test_folder_walk_is_sorted_and_stable(archive):
    ids = [c.call_id for c in iter_calls(archive)]
    assert ids == [c.call_id for c in iter_calls(archive)]
    assert ids[0] == "2024/01/ok.wav"
    assert len(ids) == len(set(ids)) == len(ARCHIVE_CALLS)


def test_symlink_loop_is_reported_not_followed_forever(tmp_path):
    root = tmp_path / "loop"
    write(root / "a/call.wav", audio())
    (root / "a/back").symlink_to(root)  # a/back/a/back/... for ever
    (root / "alias").symlink_to(root / "a")  # the same folder under a second name
    problems = []
    ids = [c.call_id for c in iter_calls(root, report=problems.append)]
    assert ids == ["a/call.wav"]
    assert {p.path for p in problems} == {"a/back", "alias"}
    assert not any(p.is_error for p in problems)


def test_list_source_relative_to_the_list_with_comments(tmp_path, archive):
    listing = tmp_path / "lists/calls.txt"
    write(listing, (
        "# calls to check\n"
        "\n"
        "../archive/2024/01/ok.wav\n"
        f"{archive / '2024/01/refused.MP3'}\n"
        "  ../archive/2024/01/ok.wav  \n"  # listed twice: checked once
        "../archive/missing.wav\n"
    ).encode())
    out = tmp_path / "out.jsonl"
    summary = run(listing, out)
    got = by_id(out)
    assert set(got) == {"../archive/2024/01/ok.wav", str(archive / "2024/01/refused.MP3"),
                        "../archive/missing.wav"}
    assert got["../archive/missing.wav"]["error"]["code"] == "AUDIO_UNREADABLE"
    assert summary.total == 3


def test_a_list_that_is_not_text_is_refused(tmp_path):
    source = write(tmp_path / "calls.bin", b"\xff\xfe\x00binary")
    with pytest.raises(Exception, match="neither a folder"):
        run(source, tmp_path / "out.jsonl")


def test_worker_crash_and_hang_give_error_records_and_the_run_completes(tmp_path, record_schema):
    root = tmp_path / "calls"
    for i in range(4):
        write(root / f"ok{i}.wav", audio(salt=str(i)))
    write(root / "crash.wav", audio(salt="c"))
    write(root / "hang.wav", audio(salt="h"))
    write(root / "bug.wav", audio(salt="b"))
    write(root / "notjson.wav", audio(salt="n"))
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    summary = run(root, out, timeout_s=1.5)
    assert time.monotonic() - started < 20
    got = by_id(out)
    assert len(got) == 8 and summary.errors == 4
    assert got["crash.wav"]["error"]["code"] == "WORKER_CRASHED"
    assert "exited with status 70" in got["crash.wav"]["error"]["message"]
    assert got["hang.wav"]["error"]["code"] == "TIMEOUT"
    assert got["bug.wav"]["error"]["code"] == "INTERNAL_ERROR"
    assert got["notjson.wav"]["error"]["code"] == "INTERNAL_ERROR"
    for name in ("crash.wav", "hang.wav", "bug.wav", "notjson.wav"):
        assert got[name]["verdict"] == "needs_review"
        assert got[name]["source"]["sha256"] == sha(root / name)
        assert {r["code"] for r in got[name]["reasons"]} == {"AUDIO_UNREADABLE"}
        record_schema.validate(got[name])
    assert all(got[f"ok{i}.wav"]["verdict"] == "compliant" for i in range(4))


def test_a_verifier_that_cannot_start_stops_the_run(tmp_path):
    write(tmp_path / "calls/a.wav", audio())
    with pytest.raises(BatchError, match="model directory missing"):
        run_batch(tmp_path / "calls", tmp_path / "out.jsonl",
                  options=BatchOptions(workers=1), verifier=BrokenVerifier())


def test_a_model_that_fails_on_the_first_call_stops_the_run(tmp_path):
    write(tmp_path / "calls/nomodel.wav", audio())
    out = tmp_path / "out.jsonl"
    with pytest.raises(ModelError, match="sha256 does not match"):
        run(tmp_path / "calls", out, workers=1)
    assert out.read_bytes() == b""  # no error record: the call is checked on --resume


def test_an_existing_output_is_not_overwritten_silently(archive, tmp_path):
    out = write(tmp_path / "out.jsonl", b'{"call_id": "precious"}\n')
    with pytest.raises(OutputError, match="--resume"):
        run(archive, out)
    assert out.read_bytes() == b'{"call_id": "precious"}\n'
    run(archive, out, overwrite=True)
    assert set(by_id(out)) == ARCHIVE_CALLS


def test_an_output_or_csv_in_a_missing_folder_is_refused_before_any_work(archive, tmp_path):
    with pytest.raises(OutputError, match="cannot open"):
        run(archive, tmp_path / "nowhere/out.jsonl")
    with pytest.raises(OutputError, match="folder does not exist"):
        run(archive, tmp_path / "out.jsonl", csv_path=tmp_path / "nowhere/s.csv")
    assert not (tmp_path / "out.jsonl").exists()


def test_two_batches_cannot_write_one_file(tmp_path):
    out = tmp_path / "out.jsonl"
    with RecordsWriter(out, mode="new"), pytest.raises(OutputError, match="another batch"):
        RecordsWriter(out, mode="resume")


def test_resume_skips_done_calls_and_cuts_a_partial_last_line(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    run(archive, out)
    before = out.read_bytes()
    with open(out, "ab") as f:
        f.write(b'{"call_id": "2024/01/ok.wav", "verd')  # a write cut by a power loss
    summary = run(archive, out, resume=True)
    assert out.read_bytes() == before
    assert (summary.processed, summary.skipped, summary.records) == (0, 11, 11)


def test_resume_checks_a_changed_file_again_and_keeps_one_record(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    run(archive, out)
    write(archive / "2024/01/ok.wav", audio("non_compliant", "re-recorded"))
    write(archive / "2024/03/new.wav", audio("compliant", "new"))
    summary = run(archive, out, resume=True)
    assert (summary.processed, summary.skipped, summary.superseded) == (2, 10, 1)
    got = by_id(out)
    assert len(got) == 12
    assert got["2024/01/ok.wav"]["verdict"] == "non_compliant"
    assert got["2024/01/ok.wav"]["source"]["sha256"] == sha(archive / "2024/01/ok.wav")


def test_resume_with_retry_errors_checks_failed_calls_again(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    run(archive, out)
    write(archive / "bad/empty.wav", audio(salt="fixed"))
    assert run(archive, out, resume=True).processed == 1  # content changed
    summary = run(archive, out, resume=True, retry_errors=True)
    assert summary.processed == 3  # truncated, mislabelled, gone: still errors
    assert by_id(out)["bad/empty.wav"]["verdict"] == "compliant"
    assert summary.errors == 3


def test_a_corrupt_line_inside_the_file_stops_resume(tmp_path):
    out = write(tmp_path / "out.jsonl", b'{"call_id": "a"}\n{"call_id": \n{"call_id": "b"}\n')
    with pytest.raises(OutputError, match="line 2"):
        scan_records(str(out))


def test_resume_does_not_cut_a_file_that_is_not_a_records_file(tmp_path):
    out = write(tmp_path / "notes.txt", b"my notes, no newline at the end")
    with pytest.raises(OutputError, match="not a JSON record"):
        RecordsWriter(out, mode="resume")
    assert out.read_bytes() == b"my notes, no newline at the end"


KILL_SCRIPT = """
import signal, sys
# A Ctrl-C at a terminal: the default handler even where this test runs with SIGINT ignored (a
# shell's background job without job control passes SIG_IGN on; Python then keeps ignoring it).
signal.signal(signal.SIGINT, signal.default_int_handler)
sys.path.insert(0, {tests!r})
from fake_verifier import FakeVerifier
from verifier.batch import BatchOptions, run_batch
run_batch({src!r}, {out!r}, options=BatchOptions(workers=2, resume=True),
          verifier=FakeVerifier())
"""


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "Ctrl-C"])
def test_killed_partway_then_resume_gives_one_valid_record_per_file(tmp_path, sig):
    root = tmp_path / "calls"
    for i in range(40):
        write(root / f"slow-{i:02d}.wav", audio(salt=str(i)))
    out = tmp_path / "out.jsonl"
    script = KILL_SCRIPT.format(tests=str(REPO / "tests"), src=str(root), out=str(out))
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=REPO)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (
                not out.exists() or out.read_bytes().count(b"\n") < 8):
            time.sleep(0.02)
        os.kill(proc.pid, sig)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode in (-sig, 1)  # Ctrl-C: KeyboardInterrupt, raised after cleaning up
    partial = records(out)  # every line written before the kill is a whole record
    assert 8 <= len(partial) < 40
    summary = run(root, out, resume=True)
    assert summary.skipped >= len(partial) and summary.records == 40
    got = by_id(out)
    assert set(got) == {f"slow-{i:02d}.wav" for i in range(40)}
    assert all(r["verdict"] == "compliant" for r in got.values())


def without_timings(record: dict) -> dict:
    record = json.loads(json.dumps(record))
    record.get("analysis", {}).pop("timings_s", None)
    return record


def test_the_same_batch_twice_gives_the_same_records(archive, tmp_path):
    run(archive, tmp_path / "one.jsonl")
    run(archive, tmp_path / "two.jsonl", workers=1)
    one, two = by_id(tmp_path / "one.jsonl"), by_id(tmp_path / "two.jsonl")
    assert one.keys() == two.keys()
    for call_id in one:
        assert without_timings(one[call_id]) == without_timings(two[call_id])


def test_csv_has_one_row_per_call_of_the_whole_output(archive, tmp_path):
    write(archive / "=HYPERLINK(evil).wav", audio("non_compliant", "formula"))
    out, table = tmp_path / "out.jsonl", tmp_path / "summary.csv"
    run(archive, out)
    write(archive / "zz-new.wav", audio("needs_review", "new"))
    run(archive, out, resume=True, csv_path=table)  # rows for resumed calls too
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read æøå
    with open(table, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(ARCHIVE_CALLS) + 2
    assert list(rows[0]) == ["call_id", "verdict", "consent_status", "reasons",
                             "required_action", "language", "duration_s", "error"]
    by_call = {r["call_id"]: r for r in rows}
    assert by_call["2024/02/unsure.ogg"]["reasons"] == "CONSENT_AMBIGUOUS;LOW_CONFIDENCE"
    assert by_call["2024/02/unsure.ogg"]["duration_s"] == "12.50"
    assert by_call["bad/gone.wav"]["error"].startswith("AUDIO_UNREADABLE: ")
    assert by_call["odd/with spaces and æøå ÆØÅ.m4a"]["consent_status"] == "given"
    assert "'=HYPERLINK(evil).wav" in by_call  # not run as a formula
    assert by_call["zz-new.wav"]["verdict"] == "needs_review"


def test_a_file_name_that_is_not_utf8_still_gets_a_valid_record(tmp_path):
    root = tmp_path / "calls"
    root.mkdir()
    with open(os.path.join(os.fsencode(root), b"opkald-\xe6\xf8.wav"), "wb") as f:
        f.write(audio())
    out = tmp_path / "out.jsonl"
    run(root, out, workers=1)
    (record,) = records(out)
    assert record["verdict"] == "compliant"
    assert os.fsencode(record["call_id"]) == b"opkald-\xe6\xf8.wav"


def test_progress_reports_every_call(archive, tmp_path):
    seen = []
    run_batch(archive, tmp_path / "out.jsonl", options=BatchOptions(workers=2),
              verifier=FakeVerifier(), progress=seen.append)
    assert [p.done for p in seen] == list(range(len(ARCHIVE_CALLS) + 1))
    assert seen[-1].total == len(ARCHIVE_CALLS) and seen[-1].errors == 4
    assert seen[-1].eta_s == 0


def test_no_audio_at_all_gives_an_empty_output_and_starts_no_worker(tmp_path):
    write(tmp_path / "calls/readme.txt", b"x")
    summary = run_batch(tmp_path / "calls", tmp_path / "out.jsonl",
                        options=BatchOptions(), verifier=BrokenVerifier())
    assert summary.records == 0 and (tmp_path / "out.jsonl").read_bytes() == b""


def test_verify_many_yields_one_record_per_path(archive):
    paths = [archive / "2024/01/ok.wav", archive / "bad/empty.wav", archive / "odd" / LONG_NAME]
    got = list(verify_many(paths, FakeVerifier(VerifierOptions(language="nb")), workers=2))
    assert sorted(r["call_id"] for r in got) == sorted(str(p) for p in paths)
    assert {r["language"] for r in got if "error" not in r} == {"nb"}


def test_a_bad_policy_is_refused_before_any_work(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    with pytest.raises(PolicyError, match="unknown policy 'dkk'"):
        run_batch(archive, out, options=BatchOptions(verifier=VerifierOptions(policy="dkk")))
    assert not out.exists()
    with pytest.raises(PolicyError, match="unknown policy 'dkk'"):
        verify_many([archive / "2024/01/ok.wav"], VerifierOptions(policy="dkk"))


def test_fail_on_values_are_checked():
    with pytest.raises(ValueError, match="unknown --fail-on"):
        BatchOptions(fail_on=frozenset({"eror"}))


@pytest.fixture
def cli(monkeypatch):
    """Invoke `consent-verifier` with the fake verifier behind `batch`."""
    from click.testing import CliRunner

    import verifier.batch
    from verifier.cli import main

    def with_the_fake(source, output, *, options, progress=None):
        return run_batch(source, output, options=options, progress=progress,
                         verifier=FakeVerifier(options.verifier.checked()))

    monkeypatch.setattr(verifier.batch, "run_batch", with_the_fake)
    return lambda *args: CliRunner().invoke(main, [str(a) for a in args])


def test_cli_batch_prints_a_summary_and_exits_0_with_errors(cli, archive, tmp_path):
    result = cli("batch", archive, "-o", tmp_path / "out.jsonl", "--workers", "2",
                 "--csv", tmp_path / "s.csv")
    assert result.exit_code == 0, result.output
    assert "11 calls in" in result.stdout and "errors:   4 calls" in result.stdout
    assert "11/11 calls" in result.stderr  # a plain progress line: stderr is not a terminal
    assert len(records(tmp_path / "out.jsonl")) == 11 and (tmp_path / "s.csv").exists()


def test_cli_batch_fail_on_and_exit_codes(cli, archive, tmp_path):
    out = tmp_path / "out.jsonl"
    result = cli("batch", archive, "-o", out, "--fail-on", "error,non_compliant", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["verdicts"]["non_compliant"] == 2
    refused = cli("batch", archive, "-o", out)
    assert refused.exit_code == 3 and "--resume" in refused.stderr
    assert cli("batch", archive, "-o", out, "--resume").exit_code == 0
    assert cli("batch", archive, "-o", out, "--resume", "--fail-on", "eror").exit_code == 2
    typo = cli("batch", archive, "-o", tmp_path / "new.jsonl", "--policy", "dkk")
    assert typo.exit_code == 3 and typo.stderr.startswith("error: unknown policy 'dkk'")
    assert typo.stderr.count("\n") == 1 and not (tmp_path / "new.jsonl").exists()


def test_progress_and_summary_text():
    from verifier.batch import BatchProgress, BatchSummary
    from verifier.cli import describe_progress, describe_summary

    line = describe_progress(BatchProgress(done=50, total=100, processed=40, skipped=10,
                                           errors=2, elapsed_s=40.0), width=10)
    assert line == ("[#####.....] 50/100 calls  3,600 calls/h  ETA 0:00:50  "
                    "10 already done  2 errors")
    text = describe_summary(BatchSummary(
        output="out.jsonl", total=3, processed=3, skipped=0, elapsed_s=3.0, records=3, errors=1,
        verdicts={"compliant": 2, "needs_review": 1}, consent={}, reasons={}, superseded=0))
    assert "3 calls in out.jsonl" in text and "verdicts: compliant 2, needs_review 1" in text
