"""How far the verdicts on rendered calls depend on the CPU's instruction set (issue 11).

    .venv/bin/python benchmarks/bench_isa.py samples/ --isa default AVX2/AVX2 AVX/AVX   # ~4 min each
    .venv/bin/python benchmarks/bench_isa.py samples/ --isa default mkl    # on AMD: oneDNN against MKL

CTranslate2 picks its CPU kernels by the instruction set it finds (AVX-512, AVX2, AVX, or a
generic build). They differ in the last bits of every sum, and greedy decoding and the spotting
checks turn such differences into other words, and sometimes other verdicts. The same code gave 18
of 20 samples on one machine and 13 of 20 on another with the same CPU family. This runs
`consent-verifier batch FOLDER` once per instruction set (``CT2_FORCE_CPU_ISA``; only those the
CPU has can run), and scores every record against the ``<name>.expected.json`` beside its call
(``verdict``, or any of ``verdicts``).

Reported: per instruction set, the calls with their expected verdict, the falsely compliant ones
(compliant where that is not expected: must be 0), the settled ones (compliant or non-compliant)
and the settled ones that are wrong (what ``tests/test_samples_audio.py`` forbids); then each
call whose verdict is not the same on every instruction set. Records go to ``--out`` (default
``benchmarks/out/isa``, git-ignored), with ``isa.json`` holding the table.
Exit status 0 when every run finished, 1 when a run failed, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / ".venv" / "bin" / "consent-verifier"


def expected_of(folder: Path) -> dict[str, list[str]]:
    """The accepted verdicts of each call in ``folder``, by file name without its suffix."""
    out = {}
    for path in sorted(folder.glob("*.expected.json")):
        exp = json.loads(path.read_text("utf-8"))
        out[path.name.removesuffix(".expected.json")] = list(exp.get("verdicts") or [exp["verdict"]])
    return out


def verdicts_of(records: Path) -> dict[str, str]:
    """The verdict of each record, by the call's file name without its suffix."""
    out = {}
    for line in records.read_text("utf-8").splitlines():
        rec = json.loads(line)
        name = Path(rec.get("call_id") or rec["source"]["path"]).stem
        out[name] = rec.get("verdict") or "error"
    return out


def score(verdicts: dict[str, str], expected: dict[str, list[str]]) -> dict[str, int]:
    calls = [n for n in expected if n in verdicts]
    return {
        "calls": len(calls),
        "right": sum(verdicts[n] in expected[n] for n in calls),
        "falsely_compliant": sum(verdicts[n] == "compliant" and "compliant" not in expected[n] for n in calls),
        "settled": sum(verdicts[n] in ("compliant", "non_compliant") for n in calls),
        "wrong_settled": sum(verdicts[n] in ("compliant", "non_compliant") and verdicts[n] not in expected[n]
                             for n in calls),
    }


def environment(variant: str) -> dict[str, str]:
    """The variables that force a kernel variant: ``AVX2`` forces CTranslate2's own kernels;
    ``AVX2/AVX2`` also caps oneDNN's (its int8 matrix products, which pick their own instruction set:
    AVX-512 on a CPU that has it, even where CTranslate2's own kernels run AVX2); ``default`` forces
    nothing (what this CPU runs unasked). A ``mkl:`` or ``dnnl:`` prefix (or ``mkl`` alone) picks
    the matrix library instead of CTranslate2's choice by CPU vendor (``CT2_USE_MKL``): ``mkl`` on
    an AMD CPU runs the library an Intel CPU runs (on a Zen 3 it gave the seven Danish samples it
    was run on the verdicts an Intel Xeon gave, at about ten times the time; stop 34)."""
    env: dict[str, str] = {}
    library, colon, rest = variant.partition(":")
    if library in ("mkl", "dnnl"):
        env["CT2_USE_MKL"] = "1" if library == "mkl" else "0"
        variant = rest if colon else "default"
    if variant == "default":
        return env
    ct2, _, dnnl = variant.partition("/")
    env["CT2_FORCE_CPU_ISA"] = ct2
    if dnnl:
        env["ONEDNN_MAX_CPU_ISA"] = dnnl
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="calls with <name>.expected.json beside each")
    parser.add_argument("--isa", nargs="+", default=["AVX2", "AVX", "GENERIC"],
                        help="kernel variants: [mkl:|dnnl:]CT2_FORCE_CPU_ISA[/ONEDNN_MAX_CPU_ISA] or "
                             "'default' or 'mkl', e.g. default mkl AVX2/AVX2 AVX/AVX GENERIC")
    parser.add_argument("--workers", "-w", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "isa")
    args = parser.parse_args(argv)
    expected = expected_of(args.folder)
    if not expected:
        print(f"bench_isa: no *.expected.json in {args.folder}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    runs: dict[str, dict[str, str]] = {}
    failed = False
    for isa in args.isa:
        records = args.out / f"{args.folder.resolve().name}-{isa.replace('/', '+')}.jsonl"
        env = {**os.environ, **environment(isa)}
        done = subprocess.run([str(CLI), "batch", str(args.folder), "-w", str(args.workers), "-o", str(records),
                               "--overwrite"], env=env, check=False, stdout=subprocess.DEVNULL)
        if done.returncode != 0 or not records.exists():
            print(f"bench_isa: the run with {isa} failed (exit {done.returncode})", file=sys.stderr)
            failed = True
            continue
        runs[isa] = verdicts_of(records)
    table = {isa: score(v, expected) for isa, v in runs.items()}
    print(f"| instruction set | right | falsely compliant | settled (of {len(expected)}) | wrong and settled |")
    print("|---|---|---|---|---|")
    for isa, s in table.items():
        print(f"| {isa} | {s['right']} of {s['calls']} | {s['falsely_compliant']} | {s['settled']} "
              f"| {s['wrong_settled']} |")
    differ = {n: {isa: v.get(n, "-") for isa, v in runs.items()} for n in expected
              if len({v.get(n, "-") for v in runs.values()}) > 1}
    print(f"\nverdict not the same on every instruction set: {len(differ)} of {len(expected)}")
    for name, by in differ.items():
        print(f"- {name} (expected {'/'.join(expected[name])}): "
              + ", ".join(f"{isa} {v}" for isa, v in by.items()))
    (args.out / "isa.json").write_text(json.dumps({"folder": str(args.folder), "table": table, "differ": differ,
                                                   "verdicts": runs}, indent=1), "utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
