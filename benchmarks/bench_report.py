"""The reviewer's desk at archive scale: how long `report` takes for 10,000 records, and how long
the report takes to open in a browser (issue 14: under 30 s and under 3 s).

    .venv/bin/python benchmarks/bench_report.py [--records 10000] [--runs 3] [--opens 5]
                                                [--out benchmarks/out/report]

The records are generated: the 20 samples' ground-truth transcripts analysed by the engine and
stamped as `batch` stamps audio records (tests/desk_records.py), copied to 10,000 calls spread
over dated team folders, each with its transcript. Build time is the whole command as a person
runs it (`consent-verifier report RECORDS -o report.html` in a fresh process: start-up, reading,
charts, the file written); open time is headless Chromium (Debian's, through Playwright) from
navigation to the page's table drawn (``body[data-ready]``), a fresh page each time. Medians are
reported, with every run kept in the JSON output.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the tests' record builder: the same records they use
from desk_records import sample_records  # noqa: E402

CHROMIUM = os.environ.get("CONSENT_VERIFIER_CHROMIUM", "/usr/bin/chromium")
TARGET_BUILD_S = 30.0
TARGET_OPEN_S = 3.0


def generate(n: int, path: Path, seed: int = 14) -> None:
    """N records in dated team folders (``2025-03-04/team-b/call-00042.wav``)."""
    rng = random.Random(seed)
    base = sample_records(folders=False)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            record = copy.deepcopy(base[rng.randrange(len(base))])
            day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            call_id = f"{day}/team-{'abcdefgh'[rng.randrange(8)]}/call-{i:05d}.wav"
            record["call_id"] = call_id
            record["source"] = {**record["source"], "path": f"archive/{call_id}"}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def build_once(records: Path, output: Path) -> float:
    started = time.perf_counter()
    subprocess.run([str(REPO / ".venv" / "bin" / "consent-verifier"), "report", str(records),
                    "-o", str(output)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def open_times(report: Path, runs: int) -> list[dict[str, float]]:
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=["--no-sandbox", "--disable-dev-shm-usage"])
        try:
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                started = time.perf_counter()
                page.goto(report.as_uri(), wait_until="commit")
                page.wait_for_selector("body[data-ready='1']", timeout=60000)
                wall = time.perf_counter() - started
                # The page's own clock: navigation start to ready (no Playwright round trips).
                in_page = page.evaluate("performance.now()") / 1000.0
                rows = page.locator("#calls-table tbody tr").count()
                out.append({"wall_s": round(wall, 3), "page_s": round(in_page, 3), "rows": rows})
                page.close()
        finally:
            browser.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="report builds")
    parser.add_argument("--opens", type=int, default=5, help="browser opens")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out" / "report")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    records, report = args.out / "records.jsonl", args.out / "report.html"
    started = time.perf_counter()
    generate(args.records, records)
    print(f"generated {args.records} records ({records.stat().st_size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    builds = [round(build_once(records, report), 3) for _ in range(args.runs)]
    print(f"builds: {builds}", file=sys.stderr)
    opens = open_times(report, args.opens) if os.path.exists(CHROMIUM) else []
    if not opens:
        print(f"no Chromium at {CHROMIUM}: open time not measured", file=sys.stderr)
    result = {
        "records": args.records,
        "records_mb": round(records.stat().st_size / 1e6, 1),
        "report_mb": round(report.stat().st_size / 1e6, 1),
        "build_s": builds,
        "build_median_s": round(statistics.median(builds), 2),
        "open": opens,
        "open_median_s": round(statistics.median(o["wall_s"] for o in opens), 2) if opens else None,
        "open_page_median_s": round(statistics.median(o["page_s"] for o in opens), 2) if opens else None,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    (args.out / "bench_report.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    ok = result["build_median_s"] < TARGET_BUILD_S and (
        result["open_median_s"] is None or result["open_median_s"] < TARGET_OPEN_S)
    print(f"build median {result['build_median_s']} s (target < {TARGET_BUILD_S:g} s), "
          f"open median {result['open_median_s']} s (target < {TARGET_OPEN_S:g} s): "
          f"{'met' if ok else 'NOT met'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
