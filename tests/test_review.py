"""The review desk (`consent-verifier review`) over HTTP, and the report and review pages in a real
headless Chromium (Debian's `chromium`, driven by Playwright).

The records are the README's main job's (`batch samples/`) as the batch would write them from the
samples' ground-truth transcripts (tests/desk_records.py), plus hostile ones. The server is the
real command, started on a free port; its token is read from what it prints. Screenshots of each
page are saved in the tests' temporary folder.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from desk_records import REPO, SCRIPT, hostile_records, sample_records, write_records

from verifier.desk.records import audio_candidates, load_reviews
from verifier.desk.report import build_report
from verifier.desk.review import DeskConfig, ReviewDesk

CHROMIUM = os.environ.get("CONSENT_VERIFIER_CHROMIUM", "/usr/bin/chromium")


# ---- the server ------------------------------------------------------------------------------


class Desk:
    """A running `consent-verifier review` and what it printed."""

    def __init__(self, folder: Path, records: Path, proc: subprocess.Popen[bytes], url: str):
        self.folder, self.records, self.proc, self.url = folder, records, proc, url
        parsed = urllib.parse.urlsplit(url)
        self.host, self.port = parsed.hostname, parsed.port
        self.token = urllib.parse.parse_qs(parsed.query)["token"][0]
        self.base = f"http://{self.host}:{self.port}"
        self.reviews = folder / "records.reviews.jsonl"
        self.records_list = [json.loads(line) for line in records.read_text("utf-8").splitlines()]

    def index_of(self, predicate: Any) -> int:
        return next(i for i, r in enumerate(self.records_list) if predicate(r))

    def request(self, method: str, path: str, *, token: bool | str = True,
                headers: dict[str, str] | None = None,
                body: bytes | None = None) -> tuple[int, http.client.HTTPMessage, bytes]:
        headers = dict(headers or {})
        if token is True:
            headers.setdefault("Cookie", f"desk_token_{self.port}={self.token}")
        elif isinstance(token, str):
            headers.setdefault("Cookie", f"desk_token_{self.port}={token}")
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.headers, response.read()
        finally:
            conn.close()


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    folder = tmp_path_factory.mktemp("desk")
    samples = sample_records()
    records = write_records(folder / "records.jsonl", samples + hostile_records(samples[0]))
    err = folder / "server.err"
    with open(err, "wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "verifier.cli", "review", str(records), "--port", "0",
             "--root", str(REPO)], stdout=subprocess.DEVNULL, stderr=stderr, cwd=folder)
    try:
        deadline = time.monotonic() + 90
        url = None
        while url is None:
            match = re.search(r"open (http://\S+)", err.read_text("utf-8", "replace"))
            if match:
                url = match.group(1)
            elif proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the review desk did not start: {err.read_text()}")
            else:
                time.sleep(0.1)
        yield Desk(folder, records, proc, url)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_it_prints_a_token_address_on_loopback(desk: Desk) -> None:
    assert desk.host == "127.0.0.1"
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", desk.token)
    text = (desk.folder / "server.err").read_text()
    assert "need review" in text and "records.reviews.jsonl" in text


def test_requests_without_the_token_are_refused(desk: Desk) -> None:
    for path in ("/", "/call/0", "/audio/0", "/static/vega.js", "/static/desk.css"):
        status, _, body = desk.request("GET", path, token=False)
        assert status == 403 and b"needs its token" in body, path
        status, _, _ = desk.request("GET", path, token="not-the-token")
        assert status == 403, path
    status, _, _ = desk.request("GET", f"/?token={desk.token}x", token=False)
    assert status == 403


def test_the_token_in_the_address_sets_a_strict_cookie(desk: Desk) -> None:
    status, headers, body = desk.request("GET", f"/?token={desk.token}", token=False)
    assert status == 200 and b"Calls that need review" in body
    cookie = headers["set-cookie"]
    assert cookie.startswith(f"desk_token_{desk.port}={desk.token}")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    status, _, _ = desk.request("GET", "/", token=False, headers={"X-Desk-Token": desk.token})
    assert status == 200


def test_security_headers(desk: Desk) -> None:
    status, headers, _ = desk.request("GET", "/call/0")
    assert status == 200
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["cache-control"] == "no-store"


def test_only_loopback_host_names_are_answered(desk: Desk) -> None:
    status, _, _ = desk.request("GET", "/", headers={"Host": f"attacker.example:{desk.port}"})
    assert status == 400
    status, _, _ = desk.request("GET", "/", headers={"Host": f"localhost:{desk.port}"})
    assert status == 200


def test_audio_is_the_recording_the_record_names(desk: Desk) -> None:
    index = desk.index_of(lambda r: r["call_id"].endswith("da_compliant_stereo.wav"))
    wav = (REPO / "samples" / "da_compliant_stereo.wav").read_bytes()
    status, headers, body = desk.request("GET", f"/audio/{index}")
    assert status == 200 and headers["content-type"] == "audio/wav" and body == wav
    status, headers, body = desk.request("GET", f"/audio/{index}", headers={"Range": "bytes=100-199"})
    assert status == 206 and body == wav[100:200]


def test_no_other_file_is_served(desk: Desk) -> None:
    evil = desk.index_of(lambda r: r["call_id"].startswith("evil/"))  # source.path ../../../etc/passwd
    status, headers, body = desk.request("GET", f"/audio/{evil}")
    assert status == 404 and b"root:" not in body
    assert headers["content-type"].startswith("text/plain")
    for path in ("/audio/99999", "/audio/-1", "/audio/..%2F..%2F..%2Fetc%2Fpasswd",
                 "/audio/0/../../etc/passwd", "/static/../records.jsonl", "/static/%2e%2e/review.py"):
        status, _, body = desk.request("GET", path)
        assert status == 404 and b"root:" not in body and b"call_id" not in body, path


def test_a_decision_needs_the_form_token(desk: Desk) -> None:
    index = desk.index_of(lambda r: r["call_id"].endswith("no_ambiguous_mono.wav"))
    before = desk.reviews.read_bytes() if desk.reviews.exists() else b""
    form = {"decision": "compliant", "reviewer": "Mallory", "comment": "forged"}
    body = urllib.parse.urlencode(form).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    status, _, _ = desk.request("POST", f"/call/{index}/decision", headers=headers, body=body)
    assert status == 403  # the cookie alone (what a cross-site form would carry) is not enough
    bad = urllib.parse.urlencode({**form, "token": desk.token, "decision": "maybe"}).encode()
    status, _, page = desk.request("POST", f"/call/{index}/decision", headers=headers, body=bad)
    assert status == 400 and b"decision must be one of" in page
    assert (desk.reviews.read_bytes() if desk.reviews.exists() else b"") == before
    good = urllib.parse.urlencode({**form, "token": desk.token, "comment": "ok <b>"}).encode()
    status, response, _ = desk.request("POST", f"/call/{index}/decision", headers=headers, body=good)
    assert status == 303 and response["location"] == f"/call/{index}?saved=1"
    entry = json.loads(desk.reviews.read_text("utf-8").splitlines()[-1])
    assert entry["call_id"] == desk.records_list[index]["call_id"]
    assert (entry["decision"], entry["reviewer"], entry["comment"]) == ("compliant", "Mallory", "ok <b>")
    status, _, page = desk.request("GET", f"/call/{index}")
    assert b"by Mallory" in page and b"ok &lt;b&gt;" in page


def test_the_records_file_is_never_written(desk: Desk) -> None:
    assert [json.loads(line) for line in desk.records.read_text("utf-8").splitlines()] == desk.records_list


def test_audio_of_a_changed_file_is_refused(tmp_path: Path) -> None:
    record = dict(sample_records(folders=False)[0])
    shutil.copy(REPO / record["source"]["path"], tmp_path / "call.wav")
    record["source"] = {**record["source"], "path": "call.wav"}
    records = write_records(tmp_path / "r.jsonl", [record])
    desk = ReviewDesk(DeskConfig(records=records, root=tmp_path))
    path, why = desk.audio(0)
    assert path == tmp_path / "call.wav" and why == ""
    with open(tmp_path / "call.wav", "ab") as f:
        f.write(b"\0" * 10)
    path, why = desk.audio(0)
    assert path is None and "not the file that was checked" in why


def test_audio_candidates_come_from_the_record_only(tmp_path: Path) -> None:
    record = {"call_id": "team/a.wav", "source": {"path": "archive/team/a.wav"}}
    assert audio_candidates(record, tmp_path) == [tmp_path / "archive/team/a.wav",
                                                  tmp_path / "team/a.wav"]
    assert audio_candidates({"call_id": "x", "source": {"path": "/etc/passwd"}}, tmp_path) == []
    assert audio_candidates({"source": {"path": "/abs/a.MP3"}}, tmp_path) == [Path("/abs/a.MP3")]


# ---- in a real browser -----------------------------------------------------------------------


CSP_WATCH = """
document.addEventListener("securitypolicyviolation", function (e) {
  (window.__csp = window.__csp || []).push(e.violatedDirective + " " + e.blockedURI);
});
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (Debian: apt-get install chromium; "
                    f".ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-dev-shm-usage", "--autoplay-policy=no-user-gesture-required",
                  "--mute-audio"])
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(CSP_WATCH)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    try:
        yield page
    finally:
        context.close()


def test_report_in_the_browser(page: Any, tmp_path: Path) -> None:
    samples = sample_records()
    records = write_records(tmp_path / "records.jsonl", samples + hostile_records(samples[0]))
    build_report(records, tmp_path / "report.html")
    page.goto((tmp_path / "report.html").as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=20000)
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    # The charts are there and drawn.
    for chart in ("verdicts", "consent", "reasons", "folders"):
        width = page.eval_on_selector(f"#chart-{chart} img", "img => img.complete && img.naturalWidth")
        assert width and width > 100, chart
    # The table: every call, sortable, filterable.
    rows = page.locator("#calls-table tbody tr")
    assert rows.count() == len(samples) + 2
    page.select_option("#f-verdict", "compliant")
    compliant = sum(1 for r in samples if r["verdict"] == "compliant")
    assert rows.count() == compliant
    assert page.inner_text("#calls-count").startswith(f"{compliant} of ")
    page.select_option("#f-verdict", "")
    page.click("#calls-table th[data-key='id']")
    first = page.inner_text("#calls-table tbody tr >> nth=0 >> td >> nth=0")
    assert first == min(r["call_id"] for r in samples + hostile_records(samples[0]))
    # One call's timeline: two lanes, the evidence marks, the words heard beside them.
    index = next(i for i, r in enumerate(samples) if r["call_id"].endswith("da_withdrawal_stereo.wav"))
    page.click(f"#calls-table tr[data-call='{index}'] a")
    page.wait_for_selector("#timeline[data-drawn='1']", timeout=20000)
    svg_text = page.inner_text("#timeline")
    for words in ("agent", "customer", "reply: Ja, det er i orden.", "withdrawal: Undskyld, stop"):
        assert words in svg_text
    assert page.locator("#timeline svg path[aria-roledescription='point']").count() >= 6
    page.locator("#call").screenshot(path=str(tmp_path / "report-call.png"))
    # A hostile call: its script is shown as text and never runs.
    evil = len(samples)
    page.evaluate(f"location.hash = '#call-{evil}'")
    page.wait_for_selector("#timeline[data-drawn='1']", timeout=20000)
    assert SCRIPT in page.inner_text("#call-body")
    page.screenshot(path=str(tmp_path / "report-hostile.png"), full_page=True)
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("window.__csp || []") == []
    assert page.errors == []


def _open_call(page: Any, desk: Desk, index: int) -> None:
    page.goto(f"{desk.base}/call/{index}?token={desk.token}")
    page.wait_for_selector("body[data-ready='1']", timeout=20000)
    page.wait_for_selector("#timeline[data-drawn='1']", timeout=20000)


def test_review_page_plays_evidence_and_records_a_decision(page: Any, desk: Desk, tmp_path: Path) -> None:
    page.goto(desk.url)
    page.screenshot(path=str(tmp_path / "review-queue.png"), full_page=True)
    verdicts = page.locator("#queue-table tbody td:nth-child(3)").all_inner_texts()
    need = sum(1 for r in desk.records_list if r["verdict"] == "needs_review")
    assert verdicts == ["needs review"] * need  # the queue: the calls that need review
    page.click("text=show them too")
    verdicts = page.locator("#queue-table tbody td:nth-child(3)").all_inner_texts()
    assert len(verdicts) == len(desk.records_list)
    order = {"needs review": 0, "non compliant": 1, "compliant": 2}
    assert [order[v] for v in verdicts] == sorted(order[v] for v in verdicts)
    index = desk.index_of(lambda r: r["call_id"].endswith("da_negative_request_mono.wav"))
    _open_call(page, desk, index)
    assert "negative request: Har du" in page.inner_text("#timeline")
    # Play the evidence: from a few seconds before the request.
    request = next(m for m in page.evaluate("JSON.parse(document.getElementById('desk-data').textContent).call.marks")
                   if m["kind"] == "negative request")
    button = page.locator("#evidence button.play").nth(
        [m["kind"] for m in page.evaluate("JSON.parse(document.getElementById('desk-data').textContent).call.marks")]
        .index("negative request"))
    button.click()
    page.wait_for_function("""() => { const a = document.getElementById('player');
        return a.readyState >= 1 && a.duration > 0 && a.dataset.playedFrom !== undefined; }""", timeout=20000)
    duration, current, played_from, error = page.evaluate("""() => { const a = document.getElementById('player');
        return [a.duration, a.currentTime, Number(a.dataset.playedFrom), a.error && a.error.code]; }""")
    assert error is None
    assert duration == pytest.approx(desk.records_list[index]["source"]["duration_s"], abs=0.2)
    assert played_from == pytest.approx(max(0.0, request["time"] - 3.0), abs=0.01)
    assert current >= played_from - 0.05
    page.screenshot(path=str(tmp_path / "review-call.png"), full_page=True)
    # Decide.
    page.check("input[name=decision][value=non_compliant]")
    page.fill("#comment", "The request was negatively phrased; the 'nej' was a yes.")
    page.fill("#reviewer", "Karen Reviewer")
    page.click("#submit")
    page.wait_for_selector("#saved")
    assert "by Karen Reviewer" in page.inner_text("#decisions")
    decisions = load_reviews(desk.reviews)[desk.records_list[index]["call_id"]]
    assert decisions[-1]["decision"] == "non_compliant" and decisions[-1]["reviewer"] == "Karen Reviewer"
    assert page.input_value("#reviewer") == "Karen Reviewer"  # remembered for the next call
    assert page.evaluate("window.__csp || []") == [] and page.errors == []


def test_review_page_without_the_token_is_refused(page: Any, desk: Desk, tmp_path: Path) -> None:
    response = page.goto(f"{desk.base}/")
    assert response.status == 403
    assert "needs its token" in page.inner_text("body")
    page.screenshot(path=str(tmp_path / "review-refused.png"))


def test_review_page_of_a_hostile_record_runs_no_script(page: Any, desk: Desk, tmp_path: Path) -> None:
    evil = desk.index_of(lambda r: r["call_id"].startswith("evil/"))
    _open_call(page, desk, evil)
    assert SCRIPT in page.inner_text("#evidence") or SCRIPT in page.inner_text("#reasons")
    assert "cannot be played" in page.inner_text("#no-audio")
    page.screenshot(path=str(tmp_path / "review-hostile.png"), full_page=True)
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("window.__csp || []") == [] and page.errors == []


def test_report_shows_the_decisions_made_in_review(desk: Desk, tmp_path: Path) -> None:
    index = desk.index_of(lambda r: r["call_id"].endswith("no_refused_mono.wav"))
    form = {"decision": "non_compliant", "reviewer": "Per Reviewer", "comment": "agreed",
            "token": desk.token}
    status, _, _ = desk.request("POST", f"/call/{index}/decision", body=urllib.parse.urlencode(form).encode(),
                                headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 303
    summary = build_report(desk.records, tmp_path / "report.html")
    assert summary.reviewed >= 1
    html = (tmp_path / "report.html").read_text("utf-8")
    data = json.loads(re.search(r'id="desk-data">(.*?)</script>', html, re.S).group(1))
    call = next(c for c in data["calls"] if c["i"] == index)
    assert call["review"] == "non_compliant" and call["reviews"][-1]["reviewer"] == "Per Reviewer"
