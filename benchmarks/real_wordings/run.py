"""Held-out calls built on real, published Danish and Norwegian recording disclosures: run the text
engine on each under both policies.

    .venv/bin/python benchmarks/real_wordings/run.py [--show-failures] [--show-reasons]

Each ``*.json`` here is a transcript in DOMAIN.md's format whose opening is a real wording (quoted
verbatim or lightly adapted; see SOURCES.md and the ``provenance`` field of ``expected.json``),
followed where sensible by an added request and a customer reply. ``expected.json`` gives, per call,
the verdicts a careful reviewer accepts under each policy (one, or two where DOMAIN.md leaves room;
the ``unsure`` field says why), the consent status (one or a list), and the reason codes the record
should carry (``reasons``: a list of groups, each satisfied when any one of its codes is present;
scored for information only). A call is *falsely compliant* when the engine says ``compliant`` and
the expected list does not hold it. Exits 1 on any falsely compliant record.

Written blind to the engine (adapted from benchmarks/heldout_round8/run.py); the first run is the
measured one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from verifier import analyze_transcript  # noqa: E402

POLICIES = ("dk", "no")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--show-reasons", action="store_true", help="also list missing expected reason codes")
    args = ap.parse_args(argv)
    expected = json.loads((HERE / "expected.json").read_text("utf-8"))
    right: Counter = Counter()
    total: Counter = Counter()
    status_right: Counter = Counter()
    reasons_right: Counter = Counter()
    bad = 0
    failures = []
    reason_misses = []
    for name, exp in sorted(expected.items()):
        lang = name[:2]
        transcript = json.loads((HERE / f"{name}.json").read_text("utf-8"))
        statuses = exp["consent_status"] if isinstance(exp["consent_status"], list) else [exp["consent_status"]]
        for policy in POLICIES:
            record = analyze_transcript(transcript, policy=policy)
            got = str(record.verdict)
            codes = {str(r.code) for r in record.reasons}
            total[(lang, policy)] += 1
            ok = got in exp[policy]
            right[(lang, policy)] += ok
            if got == "compliant" and not ok:
                bad += 1
            status_ok = str(record.consent.status) in statuses
            if policy == "dk":
                status_right[lang] += status_ok
            missing = [grp for grp in exp.get("reasons", {}).get(policy, []) if not codes & set(grp)]
            reasons_right[(lang, policy)] += not missing
            if missing:
                reason_misses.append(f"{name} [{policy}] missing {['|'.join(g) for g in missing]}, got {sorted(codes)}")
            if not ok or (policy == "dk" and not status_ok):
                failures.append(
                    f"{name} [{policy}] expected {'/'.join(exp[policy])} ({'/'.join(statuses)}), got {got} "
                    f"({record.consent.status}) {sorted(codes)}"
                    + ("  FALSELY COMPLIANT" if got == "compliant" and not ok else "")
                )
    print("| language | policy | verdicts right | | expected reasons present |")
    print("|---|---|---|---|---|")
    for lang in ("da", "no"):
        for policy in POLICIES:
            n, r = total[(lang, policy)], right[(lang, policy)]
            print(f"| {lang} | {policy} | {r}/{n} | {r / max(1, n):.1%} | {reasons_right[(lang, policy)]}/{n} |")
    for lang in ("da", "no"):
        n = total[(lang, "dk")]
        print(f"consent status right, {lang}: {status_right[lang]}/{n}")
    print(f"falsely compliant: {bad}")
    if args.show_failures:
        print("\n".join(failures))
    if args.show_reasons:
        print("\n".join(reason_misses))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
