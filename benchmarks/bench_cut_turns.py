"""The engine on transcripts as a recogniser writes them: does a verdict survive the form?

    .venv/bin/python benchmarks/bench_cut_turns.py [--at commas|sentences|unmarked] [--gap 0.2]

Whisper ends a segment wherever the speaker pauses; synthetic and careful speech pause at every
comma. This takes the hand-written calls of ``everyday_calls``, ``real_wordings`` and
``heldout_round8``, cuts every segment at its commas (and sentence ends) or at its sentence ends
only, into pieces ``--gap`` seconds apart with the segment's time shared by their letters, and
runs the engine on both forms under both policies. ``--at unmarked`` instead keeps the segments
and writes them as a recogniser without punctuation does: every mark gone, all lower-case. It
prints each record whose verdict changed, and the count right against each folder's
``expected.json``. Exits 1 when a cut call is falsely
compliant (compliant where the expected verdicts do not allow it).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from verifier import analyze_transcript  # noqa: E402

FOLDERS = ("everyday_calls", "real_wordings", "heldout_round8")
CUTS = {"commas": r"(?<=[,.?!:;])\s+", "sentences": r"(?<=[.?!])\s+", "unmarked": None}


def cut(seg: dict[str, Any], at: str, gap: float) -> list[dict[str, Any]]:
    """``seg`` as pieces cut after each mark of ``at``, ``gap`` s apart, timed by their letters
    (``unmarked``: one piece, its marks gone and lower-cased)."""
    if CUTS[at] is None:
        bare = " ".join(re.sub(r"[.,?!:;…–—-]", " ", seg["text"]).lower().split())
        return [{**seg, "text": bare or "mm"}]
    parts = [p for p in re.split(CUTS[at], seg["text"]) if p.strip()]
    if len(parts) < 2:
        return [seg]
    span, letters, t = seg["end"] - seg["start"], sum(len(p) for p in parts), seg["start"]
    out = []
    for p in parts:
        d = span * len(p) / letters
        out.append({**seg, "start": round(t, 2), "end": round(max(t + 0.05, t + d - gap), 2), "text": p})
        t += d
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--at", choices=sorted(CUTS), default="commas", help="where segments are cut (default: commas)")
    ap.add_argument("--gap", type=float, default=0.2, help="seconds between the pieces (default 0.2)")
    args = ap.parse_args(argv)
    records = changed = right_whole = right_cut = falsely = 0
    for folder in FOLDERS:
        where = ROOT / "benchmarks" / folder
        expected = json.loads((where / "expected.json").read_text("utf-8"))
        for name, exp in sorted(expected.items()):
            whole = json.loads((where / f"{name}.json").read_text("utf-8"))
            pieces = {**whole, "segments": [p for s in whole["segments"] for p in cut(s, args.at, args.gap)]}
            for policy in ("dk", "no"):
                a = str(analyze_transcript(whole, policy=policy).verdict)
                b = str(analyze_transcript(pieces, policy=policy).verdict)
                records += 1
                right_whole += a in exp[policy]
                right_cut += b in exp[policy]
                bad = b == "compliant" and b not in exp[policy]
                falsely += bad
                if a != b:
                    changed += 1
                    print(f"{folder}/{name} [{policy}] {a} -> {b} (expected {'/'.join(exp[policy])})"
                          + ("  FALSELY COMPLIANT" if bad else ""))
    print(f"cut at {args.at}, {args.gap} s apart: {records} records, {changed} changed; right whole "
          f"{right_whole}, right cut {right_cut}; falsely compliant when cut: {falsely}")
    return 1 if falsely else 0


if __name__ == "__main__":
    sys.exit(main())
