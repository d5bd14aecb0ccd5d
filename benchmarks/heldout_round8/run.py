"""Round 8's hand-written held-out calls: run the text engine on each under both policies.

    .venv/bin/python benchmarks/heldout_round8/run.py [--show-failures]

Each ``*.json`` here is a transcript in DOMAIN.md's format, written by hand (full conversations,
Danish and Norwegian bokmål/nynorsk, one or more DOMAIN.md traps each); ``expected.json`` gives,
per call, the verdicts a careful reviewer accepts under each policy (one, or two where DOMAIN.md
leaves room, e.g. unlabelled speech may go to review) and the consent status. A call is *falsely
compliant* when the engine says ``compliant`` and the expected list does not hold it. Exits 1 on
any falsely compliant record.
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
    args = ap.parse_args(argv)
    expected = json.loads((HERE / "expected.json").read_text("utf-8"))
    right: Counter = Counter()
    total: Counter = Counter()
    status_right: Counter = Counter()
    bad = 0
    failures = []
    for name, exp in sorted(expected.items()):
        lang = name[:2]
        transcript = json.loads((HERE / f"{name}.json").read_text("utf-8"))
        statuses = exp["consent_status"] if isinstance(exp["consent_status"], list) else [exp["consent_status"]]
        for policy in POLICIES:
            record = analyze_transcript(transcript, policy=policy)
            got = str(record.verdict)
            total[(lang, policy)] += 1
            ok = got in exp[policy]
            right[(lang, policy)] += ok
            if got == "compliant" and not ok:
                bad += 1
            status_ok = str(record.consent.status) in statuses
            if policy == "dk":
                status_right[lang] += status_ok
            if not ok or (policy == "dk" and not status_ok):
                failures.append(
                    f"{name} [{policy}] expected {'/'.join(exp[policy])} ({'/'.join(statuses)}), got {got} "
                    f"({record.consent.status}) {[str(r.code) for r in record.reasons]}"
                    + ("  FALSELY COMPLIANT" if got == "compliant" and not ok else "")
                )
    print("| language | policy | verdicts right | |")
    print("|---|---|---|---|")
    for lang in ("da", "no"):
        for policy in POLICIES:
            n, r = total[(lang, policy)], right[(lang, policy)]
            print(f"| {lang} | {policy} | {r}/{n} | {r / max(1, n):.1%} |")
    for lang in ("da", "no"):
        n = total[(lang, "dk")]
        print(f"consent status right, {lang}: {status_right[lang]}/{n}")
    print(f"falsely compliant: {bad}")
    if args.show_failures:
        print("\n".join(failures))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
