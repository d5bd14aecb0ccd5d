"""The batch on Ray: the same records, resume and error records as the local engine.

One local Ray instance (2 CPUs) serves the whole module; the fake verifier (tests/fake_verifier.py)
stands in for the model. Ray pickles the fake by value, so its actors need not import tests/.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ray = pytest.importorskip(
    "ray", reason="the Ray engine's tests need the ray extra: pip install -e '.[ray]'")

import fake_verifier  # noqa: E402
from fake_verifier import BrokenVerifier, FakeVerifier, audio  # noqa: E402

from verifier.batch import BatchError, BatchOptions, RayOptions, run_batch  # noqa: E402

pytestmark = pytest.mark.ray
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", autouse=True)
def ray_instance():
    """A local Ray instance with 2 CPUs for the module; yields its address for subprocesses."""
    ray.cloudpickle.register_pickle_by_value(fake_verifier)
    context = ray.init(address="local", num_cpus=2, include_dashboard=False,
                       log_to_driver=False, configure_logging=False)
    yield context.address_info["address"]
    ray.shutdown()
    ray.cloudpickle.unregister_pickle_by_value(fake_verifier)


def run(source, output, *, engine="ray", **kw):
    return run_batch(source, output, options=BatchOptions(engine=engine, workers=2, **kw),
                     verifier=FakeVerifier())


def by_id(path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for line in Path(path).read_bytes().splitlines():
        record = json.loads(line)
        assert record["call_id"] not in out, f"two records for {record['call_id']}"
        out[record["call_id"]] = record
    return out


def without_timings(record: dict) -> dict:
    record = dict(record)
    record.pop("analysis", None)  # the fake's timings are random
    return record


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def archive(tmp_path) -> Path:
    root = tmp_path / "archive"
    write(root / "2024/01/ok.wav", audio("compliant"))
    write(root / "2024/01/refused.mp3", audio("non_compliant"))
    write(root / "2024/02/unsure.ogg", audio("needs_review"))
    write(root / "2024/02/samtale æøå.flac", audio("compliant", "odd name"))
    write(root / "bad/empty.wav", b"")
    write(root / "bad/text.wav", b"this is a text file, not audio\n")
    (root / "bad/gone.wav").symlink_to(root / "nowhere.wav")
    write(root / "notes.txt", b"not a call")
    return root


def test_ray_and_local_engines_give_the_same_records(archive, tmp_path):
    local = run(archive, tmp_path / "local.jsonl", engine="local", csv_path=tmp_path / "local.csv")
    on_ray = run(archive, tmp_path / "ray.jsonl", csv_path=tmp_path / "ray.csv")
    got, expected = by_id(tmp_path / "ray.jsonl"), by_id(tmp_path / "local.jsonl")
    assert len(got) == 7 and got.keys() == expected.keys()
    for call_id, record in expected.items():
        assert without_timings(got[call_id]) == without_timings(record), call_id
    assert {k for k, r in got.items() if r.get("error")} == {
        "bad/empty.wav", "bad/text.wav", "bad/gone.wav"}
    assert got["bad/gone.wav"]["error"]["code"] == "AUDIO_UNREADABLE"
    for field in ("total", "processed", "records", "errors", "verdicts", "consent", "reasons"):
        assert getattr(on_ray, field) == getattr(local, field), field

    def rows(path):
        return sorted(csv.reader(open(path, encoding="utf-8-sig")))

    assert rows(tmp_path / "ray.csv") == rows(tmp_path / "local.csv")


def test_a_call_that_kills_its_actor_gets_an_error_record_and_the_run_completes(tmp_path):
    root = tmp_path / "calls"
    for i in range(4):
        write(root / f"ok{i}.wav", audio(salt=str(i)))
    write(root / "bug.wav", audio(salt="b"))  # ahead of crash.wav on the same actor
    write(root / "crash.wav", audio(salt="c"))
    write(root / "hang.wav", audio(salt="h"))
    out = tmp_path / "out.jsonl"
    summary = run(root, out, timeout_s=2)
    got = by_id(out)
    assert len(got) == 7 and summary.errors == 3
    assert got["crash.wav"]["error"]["code"] == "WORKER_CRASHED"
    assert "died 2 times" in got["crash.wav"]["error"]["message"]
    assert got["hang.wav"]["error"]["code"] == "TIMEOUT"
    assert got["bug.wav"]["error"]["code"] == "INTERNAL_ERROR"  # not blamed for the crash
    for name in ("crash.wav", "hang.wav"):
        assert got[name]["verdict"] == "needs_review"
        assert got[name]["source"]["sha256"] == fake_sha(root / name)
    assert all(got[f"ok{i}.wav"]["verdict"] == "compliant" for i in range(4))


def fake_sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


KILL_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
import ray, fake_verifier
ray.cloudpickle.register_pickle_by_value(fake_verifier)
from verifier.batch import BatchOptions, RayOptions, run_batch
run_batch({src!r}, {out!r}, verifier=fake_verifier.FakeVerifier(),
          options=BatchOptions(engine="ray", ray=RayOptions(address={address!r}), resume=True))
"""


def test_a_ray_run_killed_partway_resumes_with_one_record_per_file(tmp_path, ray_instance):
    root = tmp_path / "calls"
    for i in range(30):
        write(root / f"slow-{i:02d}.wav", audio(salt=str(i)))
    out = tmp_path / "out.jsonl"
    script = KILL_SCRIPT.format(tests=str(REPO / "tests"), src=str(root), out=str(out),
                                address=ray_instance)
    # A second driver on the module's Ray instance: it connects through --address.
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and (
                not out.exists() or out.read_bytes().count(b"\n") < 5):
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    before = len(by_id(out))
    assert 5 <= before < 30
    summary = run(root, out, resume=True)
    got = by_id(out)
    assert set(got) == {f"slow-{i:02d}.wav" for i in range(30)}
    assert (summary.processed, summary.skipped, summary.records) == (30 - before, before, 30)
    assert all(r["verdict"] == "compliant" for r in got.values())


def test_a_verifier_that_cannot_start_on_ray_stops_the_run(tmp_path):
    write(tmp_path / "calls/a.wav", audio())
    with pytest.raises(BatchError, match="model directory missing"):
        run_batch(tmp_path / "calls", tmp_path / "out.jsonl",
                  options=BatchOptions(engine="ray", workers=1), verifier=BrokenVerifier())


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


def test_cli_batch_on_ray_prints_only_the_summary_on_stdout(cli, archive, tmp_path):
    result = cli("batch", archive, "-o", tmp_path / "out.jsonl", "--engine", "ray",
                 "--cpus-per-actor", "1", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["records"], summary["errors"]) == (7, 3)


def test_ray_options_need_the_ray_engine(cli, archive, tmp_path):
    result = cli("batch", archive, "-o", tmp_path / "out.jsonl", "--address", "auto")
    assert result.exit_code == 2 and "need --engine ray" in result.stderr
    with pytest.raises(ValueError, match="unknown engine"):
        BatchOptions(engine="spark")
    with pytest.raises(ValueError, match="cpus-per-actor"):
        RayOptions(cpus_per_actor=0)
    assert RayOptions().gpus("cuda") == 1 and RayOptions(gpus_per_actor=0.5).gpus("cpu") == 0.5
