"""Score a folder of hand-written (or hand-labelled) calls: the text engine on each transcript under
both policies, against the folder's ``expected.json``. Used by ``heldout_round8/run.py`` and
``real_wordings/run.py``.

``expected.json`` gives, per call (a file ``<name>.json`` whose name starts with its language),
the verdicts a careful reviewer accepts under each policy (``dk``, ``no``: one, or two where
DOMAIN.md leaves room), the consent status (one or a list), and optionally the reason codes the
record should carry (``reasons``: per policy, a list of groups, each satisfied when any one of its
codes is present; for information only). A call is *falsely compliant* when the engine says
``compliant`` and the expected list does not hold it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from verifier import analyze_transcript  # noqa: E402

POLICIES = ("dk", "no")


def main(folder: Path, description: str, argv: list[str] | None = None) -> int:
    """Print the tables (and, when asked, the failures); 1 on any falsely compliant record."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--show-reasons", action="store_true", help="also list missing expected reason codes")
    args = ap.parse_args(argv)
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    with_reasons = any("reasons" in exp for exp in expected.values())
    right: Counter = Counter()
    total: Counter = Counter()
    status_right: Counter = Counter()
    reasons_right: Counter = Counter()
    bad = 0
    failures: list[str] = []
    reason_misses: list[str] = []
    for name, exp in sorted(expected.items()):
        lang = name[:2]
        transcript = json.loads((folder / f"{name}.json").read_text("utf-8"))
        statuses = exp["consent_status"] if isinstance(exp["consent_status"], list) else [exp["consent_status"]]
        for policy in POLICIES:
            record = analyze_transcript(transcript, policy=policy)
            got = str(record.verdict)
            codes = {str(r.code) for r in record.reasons}
            total[(lang, policy)] += 1
            ok = got in exp[policy]
            right[(lang, policy)] += ok
            bad += got == "compliant" and not ok
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
                    + ("  FALSELY COMPLIANT" if got == "compliant" and not ok else ""))
    extra = " expected reasons present |" if with_reasons else ""
    print("| language | policy | verdicts right | |" + extra)
    print("|---|---|---|---|" + ("---|" if with_reasons else ""))
    for lang in ("da", "no"):
        for policy in POLICIES:
            n, r = total[(lang, policy)], right[(lang, policy)]
            cell = f" {reasons_right[(lang, policy)]}/{n} |" if with_reasons else ""
            print(f"| {lang} | {policy} | {r}/{n} | {r / max(1, n):.1%} |" + cell)
    for lang in ("da", "no"):
        print(f"consent status right, {lang}: {status_right[lang]}/{total[(lang, 'dk')]}")
    print(f"falsely compliant: {bad}")
    if args.show_failures:
        print("\n".join(failures))
    if args.show_reasons:
        print("\n".join(reason_misses))
    return 1 if bad else 0
