"""The reviewer's desk, without a browser: reading records and reviews, and the report file.

The browser tests (the page as a person sees it, the review application) are in test_review.py.
"""

from __future__ import annotations

import base64
import hashlib
import html as html_module
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from desk_records import IMG, SCRIPT, hostile_records, sample_records, write_records

from verifier.cli import main
from verifier.desk import records as desk_records
from verifier.desk.records import (
    DeskError,
    append_review,
    call_view,
    folder_of,
    load_records,
    load_reviews,
    new_decision,
    reviews_path,
)
from verifier.desk.report import build_report

# The samples whose record says the recording must be deleted (refused or withdrawn consent).
TO_DELETE = {"samples/da_refused_mono.wav", "samples/da_withdrawal_stereo.wav",
             "samples/no_keypress_optout_stereo.wav", "samples/no_refused_mono.wav",
             "samples/no_withdrawal_mono.wav"}


@pytest.fixture(scope="module")
def samples() -> list[dict]:
    return sample_records()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, samples: list[dict]) -> dict:
    """A report of the samples' records plus hostile ones, with one review decision."""
    folder = tmp_path_factory.mktemp("report")
    recs = write_records(folder / "records.jsonl", samples + hostile_records(samples[0]),
                         garbage=True)
    review = new_decision(samples[1] | {"call_id": samples[1]["call_id"]}, decision="compliant",
                          reviewer="Anne Reviewer", comment="heard the yes <b>clearly</b>")
    append_review(reviews_path(recs), review)
    summary = build_report(recs, folder / "report.html")
    html = (folder / "report.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="desk-data">(.*?)</script>',
                                html, re.S).group(1))
    return {"folder": folder, "records": recs, "summary": summary, "html": html, "data": data}


# ---- reading records and reviews ---------------------------------------------------------------


def test_records_file_last_record_per_call_wins_and_bad_lines_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text('{"call_id": "a.wav", "verdict": "compliant"}\n'
                    "not json\n\n[1, 2]\n"
                    '{"call_id": "b.wav", "verdict": "needs_review"}\n'
                    '{"call_id": "a.wav", "verdict": "non_compliant"}\n'
                    '{"verdict": "compliant"}\n', encoding="utf-8")
    archive = load_records(path)
    assert [(r["call_id"], r["verdict"]) for r in archive.records] == [
        ("b.wav", "needs_review"), ("a.wav", "non_compliant"), ("line 7", "compliant")]
    assert archive.bad_lines == 2
    assert archive.superseded == 1
    with pytest.raises(DeskError, match="no such records file"):
        load_records(tmp_path / "missing.jsonl")


def test_folder_of_call_id() -> None:
    assert folder_of("2024-05-01/team-a/call1.wav") == "2024-05-01"
    assert folder_of("2024-05-01/team-a/call1.wav", 2) == "2024-05-01/team-a"
    assert folder_of("call1.wav") == "(top level)"
    assert folder_of("./a/b.wav") == "a"
    assert folder_of("a\\b.wav") == "a"


def test_call_view_of_a_sample_has_lanes_marks_and_words(samples: list[dict]) -> None:
    record = next(r for r in samples if r["call_id"].endswith("da_withdrawal_stereo.wav"))
    view = call_view(record, 3)
    assert view["verdict"] == "non_compliant" and view["action"] == "delete_recording"
    assert view["folder"] == "da" and view["path"] == "samples/da_withdrawal_stereo.wav"
    assert {seg[2] for seg in view["segs"]} == {"agent", "customer"}
    kinds = {m["kind"] for m in view["marks"]}
    assert {"notice", "purpose", "request", "reply", "withdrawal right", "withdrawal"} <= kinds
    reply = next(m for m in view["marks"] if m["kind"] == "reply")
    assert reply["lane"] == "customer" and reply["text"] == "Ja, det er i orden."
    assert reply["label"].startswith("reply: Ja")
    assert all(0 <= m["level"] < desk_records.LABEL_ROWS for m in view["marks"])
    assert view["deadline"] == 60.0


def test_call_view_of_key_presses(samples: list[dict]) -> None:
    record = next(r for r in samples if r["call_id"].endswith("da_keypress_optin_mono.wav"))
    marks = call_view(record, 0)["marks"]
    assert any(m["kind"] == "key press" and m["text"].startswith("key 1") for m in marks)
    assert any(m["kind"] == "key prompt" for m in marks)


def test_call_view_survives_wrong_types_and_hides_controls(samples: list[dict]) -> None:
    evil, odd = hostile_records(samples[0])
    view = call_view(odd, 1)  # statuses that are lists, NaN strings, huge numbers: no exception
    assert view["consent"] == "" and view["segs"] == []
    assert not any(m["kind"] == "notice" for m in view["marks"])  # start 1e300 is no time
    assert view["id"] == "odd/line\\x0abreak.wav"  # a line break in a name is shown, not obeyed
    view = call_view(evil, 0)
    assert "\u202e" not in view["id"] and "\\u202e" in view["id"]
    assert view["reasons"] == ["LOW_CONFIDENCE"]  # an unknown reason code is not shown as one


def test_reviews_file_append_and_read(tmp_path: Path, samples: list[dict]) -> None:
    path = reviews_path(tmp_path / "records.jsonl")
    assert path.name == "records.reviews.jsonl"
    assert load_reviews(path) == {}
    record = samples[0]
    append_review(path, new_decision(record, decision="non_compliant", reviewer="  Bo   Ek ",
                                     comment="no notice\nat all"))
    append_review(path, new_decision(record, decision="compliant", reviewer="Anne"))
    lines = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert [entry["decision"] for entry in lines] == ["non_compliant", "compliant"]
    assert lines[0]["reviewer"] == "Bo Ek" and lines[0]["comment"] == "no notice\nat all"
    assert lines[0]["call_id"] == record["call_id"] and lines[0]["verdict"] == record["verdict"]
    assert lines[0]["sha256"] == record["source"]["sha256"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", lines[0]["time"])
    assert path.stat().st_mode & 0o777 == 0o600
    reviews = load_reviews(path)
    assert [d["decision"] for d in reviews[record["call_id"]]] == ["non_compliant", "compliant"]


@pytest.mark.parametrize("decision, reviewer, comment, message", [
    ("maybe", "Anne", "", "decision must be"),
    ("compliant", "   ", "", "name is required"),
    ("compliant", "x" * 101, "", "longer than 100"),
    ("compliant", "Anne", "x" * 4001, "longer than 4000"),
])
def test_bad_decisions_are_refused(samples: list[dict], decision: str, reviewer: str,
                                   comment: str, message: str) -> None:
    with pytest.raises(DeskError, match=message):
        new_decision(samples[0], decision=decision, reviewer=reviewer, comment=comment)


# ---- the report ----------------------------------------------------------------------------------


def test_report_counts_charts_and_folders(built: dict, samples: list[dict]) -> None:
    html, summary = built["html"], built["summary"]
    assert summary.calls == len(samples) + 2 and summary.bad_lines == 1
    for chart in ("verdicts", "consent", "reasons", "folders"):
        match = re.search(rf'<figure class="chart" id="chart-{chart}">\s*<img src="data:image/svg\+xml;'
                          rf'base64,([A-Za-z0-9+/=]+)"', html)
        assert match, chart
        assert base64.b64decode(match.group(1)).startswith(b"<svg")
    expected = {v: sum(1 for r in samples if r["verdict"] == v) for v in
                ("compliant", "non_compliant")}
    assert f'<div class="n" id="tile-compliant">{expected["compliant"]}</div>' in html
    folders = re.search(r'<table id="folders-table">(.*?)</table>', html, re.S).group(1)
    da = [r for r in samples if r["call_id"].startswith("da/")]
    da_nc = sum(1 for r in da if r["verdict"] == "non_compliant")
    assert re.search(rf"<td>da</td><td class=\"num\">{len(da)}</td>.*?"
                     rf"{100 * da_nc / len(da):.1f}%", folders)
    assert len(built["data"]["calls"]) == summary.calls
    assert "timeline" in built["data"] and built["data"]["timeline"]["$schema"].endswith(".json")


def test_report_delete_list(built: dict) -> None:
    summary = built["summary"]
    lines = Path(summary.delete_list).read_text("utf-8").splitlines()
    assert Path(summary.delete_list).name == "report.delete.txt"
    assert set(lines) == TO_DELETE  # the hostile records' /etc/passwd and line-break names are not
    assert summary.to_delete == len(TO_DELETE) + 2 and summary.unlisted == 2
    assert base64.b64decode(built["data"]["deleteList"]).decode().splitlines() == lines
    table = re.search(r'<table id="delete-table">(.*?)</table>', built["html"], re.S).group(1)
    for path in TO_DELETE:
        assert f"<code>{path}</code>" in table
    assert "are not in report.delete.txt" in built["html"]


def test_report_delete_list_keeps_names_that_are_not_utf8(tmp_path: Path, samples: list[dict]) -> None:
    record = dict(next(r for r in samples if r["required_action"] == "delete_recording"))
    record["source"] = {**record["source"], "path": "calls/\udcff\udcfe.wav"}  # bytes ff fe
    recs = write_records(tmp_path / "r.jsonl", [record])
    summary = build_report(recs, tmp_path / "out.html")
    assert Path(summary.delete_list).read_bytes() == b"calls/\xff\xfe.wav\n"


def test_report_is_self_contained_with_a_strict_policy(built: dict) -> None:
    html = built["html"]
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert not re.search(r"<script[^>]+src=", html) and "<link rel=\"stylesheet\"" not in html
    csp = html_module.unescape(
        re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2
    for script in scripts:  # each inline script is allowed by its hash, and nothing else is
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    assert base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() in csp


def test_report_escapes_hostile_records(built: dict) -> None:
    html = built["html"]
    assert SCRIPT not in html and IMG not in html and "<script>alert" not in html
    assert html.count("<script") == 3  # the data block and the two scripts of the page itself
    assert "&lt;script&gt;window.__pwned" in html  # shown as text, in the delete table
    assert "\u202e" not in html
    evil = next(c for c in built["data"]["calls"] if c["id"].startswith("evil/"))
    assert evil["segs"][0][3].startswith(SCRIPT)  # kept as data, shown with textContent


def test_report_shows_review_decisions(built: dict) -> None:
    html, data = built["html"], built["data"]
    assert '<div class="n" id="tile-reviewed">1</div>' in html
    reviewed = [c for c in data["calls"] if c["review"]]
    assert len(reviewed) == 1 and reviewed[0]["review"] == "compliant"
    assert reviewed[0]["reviews"][0]["reviewer"] == "Anne Reviewer"
    assert built["summary"].reviewed == 1


def test_cli_report(tmp_path: Path, samples: list[dict]) -> None:
    recs = write_records(tmp_path / "records.jsonl", samples)
    result = CliRunner().invoke(main, ["report", str(recs), "-o", str(tmp_path / "r.html"),
                                       "--delete-list", str(tmp_path / "delete.txt")])
    assert result.exit_code == 0, result.output
    assert f"({len(samples)} calls:" in result.output
    assert set((tmp_path / "delete.txt").read_text().splitlines()) == TO_DELETE
    result = CliRunner().invoke(main, ["report", str(tmp_path / "missing.jsonl"), "-o", "x.html"])
    assert result.exit_code == 2  # click: the records file does not exist
    result = CliRunner().invoke(main, ["report", str(recs), "-o", str(tmp_path / "no" / "r.html")])
    assert result.exit_code == 3 and "cannot write" in result.output


def test_desk_does_not_load_the_speech_stack(tmp_path: Path, samples: list[dict]) -> None:
    """`report` and the review app only read records: faster-whisper, CTranslate2, PyAV and the
    verifier's audio path stay out of the process."""
    recs = write_records(tmp_path / "records.jsonl", samples[:3])
    code = f"""
import sys
from verifier.cli import main
import verifier.desk.review
try:
    main(["report", {str(recs)!r}, "-o", {str(tmp_path / 'r.html')!r}])
except SystemExit as e:
    assert not e.code, e.code
heavy = [m for m in ("faster_whisper", "ctranslate2", "av", "onnxruntime", "verifier.verify",
                     "verifier.hearing", "verifier.batch") if m in sys.modules]
assert not heavy, heavy
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
