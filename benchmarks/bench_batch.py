"""Batch throughput: our batch against the naive path, side by side on one generated archive.

    .venv/bin/python benchmarks/bench_batch.py --out benchmarks/out/bench.json     # ~20-30 min
    .venv/bin/python benchmarks/bench_batch.py --smoke --out /tmp/bench-smoke      # CI, ~2-3 min

Builds (or reuses) an archive of 3-, 5- and 60-minute two-channel calls from the sample calls'
openings and real speech (``archive.py``), then measures, each in a fresh process so that peak
memory is per configuration:

- ours: ``run_batch`` with default settings, and with 1 and 2 workers (and the Ray engine when
  ``verifier.batch.ray_pool`` is there);
- naive: faster-whisper's defaults over each whole file, then our engine (``naive.py``), on a
  subset (``--naive-calls`` 5-minute calls and one 3-minute call); 60-minute calls are
  extrapolated from its seconds per audio minute, and labelled so.

Writes ``bench.json`` and ``bench.md`` (the tables, also printed to stdout) in the output folder;
progress goes to stderr. Exit codes: 0 done; 1 a measurement failed (a stage crashed, or a call
got an error record); 2 usage or set-up problem (no samples, no model, --gpu without CUDA).
No timing is asserted: the targets are reported as met or not.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import resource
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import archive  # noqa: E402
import report  # noqa: E402

log = logging.getLogger("bench_batch")

DEFAULT_CALLS = "3:4,5:8,60:2"
SMOKE_CALLS = "1.25:2"
DEFAULT_SEED = 20240601
# The naive path on one call may not take longer than this (seconds of transcription); beyond
# it the call is marked incomplete. The whole naive stage stops starting calls after its budget.
NAIVE_CALL_LIMIT_S = 900.0
NAIVE_BUDGET_S = 1500.0
GPU_BATCH_SIZE = 16


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in STAGES:
        return STAGES[argv[0]](argv[1:])
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO if not args.quiet else logging.WARNING,
                        format="bench: %(message)s", stream=sys.stderr)
    try:
        setup = _setup(args)
    except SetupError as e:
        print(f"bench_batch: {e}", file=sys.stderr)
        return 2
    results = _measure(args, setup)
    tables = report.markdown(results)
    (setup["dir"] / "bench.md").write_text(tables)
    setup["json"].write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    print(tables)
    log.info("wrote %s and %s", setup["json"], setup["dir"] / "bench.md")
    problems = results["problems"]
    for p in problems:
        log.error("%s", p)
    return 1 if problems else 0


class SetupError(Exception):
    """A usage or set-up problem: exit status 2."""


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 1)[1])
    p.add_argument("--out", type=Path, default=HERE / "out" / "bench.json",
                   help="bench.json path, or a folder for bench.json/bench.md (default: %(default)s)")
    p.add_argument("--smoke", action="store_true",
                   help=f"tiny CI run: calls {SMOKE_CALLS} (minutes:count), 1 worker, naive on 1 call")
    p.add_argument("--calls", default=None,
                   help=f"call lengths as minutes:count,... (default {DEFAULT_CALLS})")
    p.add_argument("--narrowband", type=int, default=None,
                   help="extra 5-minute calls at 8 kHz (default 2; 0 in --smoke)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--archive", type=Path, default=None,
                   help="where the generated archive lives (default: <out folder>/archive)")
    p.add_argument("--samples", type=Path, default=ROOT / "samples")
    p.add_argument("--realspeech", type=Path, default=ROOT.parent / "shared" / "realspeech")
    p.add_argument("--workers", type=int, nargs="*", default=None,
                   help="worker counts to run beside the default (default: 1 2; none in --smoke)")
    p.add_argument("--repeat", type=int, default=1, help="runs of each of our configurations")
    p.add_argument("--no-ray", action="store_true", help="skip the Ray engine even if present")
    p.add_argument("--naive-calls", type=int, default=None,
                   help="5-minute calls for the naive path (default 2; plus one 3-minute call)")
    p.add_argument("--naive-60", action="store_true",
                   help="also run the naive path on one 60-minute call (slow: 20-40 min)")
    p.add_argument("--naive-detect-language", action="store_true",
                   help="let faster-whisper detect the language instead of giving it")
    p.add_argument("--no-naive", action="store_true", help="skip the naive path")
    p.add_argument("--naive-budget-s", type=float, default=NAIVE_BUDGET_S)
    p.add_argument("--timeout-s", type=float, default=None, help="our per-call limit")
    p.add_argument("--gpu", action="store_true",
                   help="also run ours and the naive path (plain and batched) with device=cuda")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = p.parse_args(argv)
    if args.smoke:
        args.calls = args.calls or SMOKE_CALLS
        args.narrowband = 0 if args.narrowband is None else args.narrowband
        args.workers = [] if args.workers is None else args.workers
        args.naive_calls = 1 if args.naive_calls is None else args.naive_calls
    args.calls = args.calls or DEFAULT_CALLS
    args.narrowband = 2 if args.narrowband is None else args.narrowband
    args.workers = [1, 2] if args.workers is None else args.workers
    args.naive_calls = 2 if args.naive_calls is None else args.naive_calls
    return args


def _setup(args: argparse.Namespace) -> dict[str, Any]:
    """Output paths, the model, and the archive (built or reused)."""
    out = args.out
    json_path = out if out.suffix == ".json" else out / "bench.json"
    out_dir = json_path.parent
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        classes = [archive.CallClass(float(m), int(n)) for m, n in
                   (item.split(":") for item in args.calls.split(",") if item)]
    except ValueError as e:
        raise SetupError(f"--calls {args.calls!r}: expected minutes:count,... ({e})") from e
    if args.narrowband:
        classes.append(archive.CallClass(5.0, args.narrowband, archive.NARROW_RATE))
    if args.gpu:
        _check_cuda()
    try:
        from verifier.hearing.model import resolve_model

        model = resolve_model(None)
    except Exception as e:  # noqa: BLE001 - any failure here is a set-up problem
        raise SetupError(f"the model is not ready ({e}); run ./setup.sh") from e
    if not args.realspeech.is_dir():
        raise SetupError(f"{args.realspeech}: no real-speech folder")
    openings = archive.load_openings(args.samples)
    if not openings:
        raise SetupError(f"{args.samples}: no sample calls (*.wav with *.expected.json); "
                         "make them with samples/make_samples.py")
    t0 = time.perf_counter()
    specs = archive.plan_calls(openings, classes, args.seed)
    archive_dir = args.archive or out_dir / "archive"
    archive.build_archive(archive_dir, openings, archive.load_speech(args.realspeech), specs,
                          args.seed)
    log.info("archive: %d calls in %s (%.0f s)", len(specs), archive_dir,
             time.perf_counter() - t0)
    return {"dir": out_dir, "json": json_path, "archive": archive_dir, "specs": specs,
            "classes": classes, "model": model}


def _check_cuda() -> None:
    try:
        import ctranslate2

        count = ctranslate2.get_cuda_device_count()
    except Exception as e:  # noqa: BLE001
        raise SetupError(f"--gpu: CTranslate2 cannot look for CUDA devices ({e})") from e
    if count < 1:
        raise SetupError("--gpu: no CUDA device is visible to CTranslate2 (no GPU, no driver, or "
                         "a CPU-only build); run without --gpu")


# ---- the measurements ----------------------------------------------------------------------


def _measure(args: argparse.Namespace, setup: dict[str, Any]) -> dict[str, Any]:
    specs = setup["specs"]
    calls_dir = setup["archive"] / "calls"
    runs_dir = setup["dir"] / "runs"
    runs_dir.mkdir(exist_ok=True)
    results: dict[str, Any] = {"meta": _meta(args, setup), "calls": [asdict(s) for s in specs],
                               "ours": [], "naive": None, "gpu": None, "problems": []}
    for config in _our_configs(args):
        for rep in range(args.repeat):
            log.info("ours: %s (run %d of %d)", config["label"], rep + 1, args.repeat)
            run = _run_stage("_ours", {**config, "source": str(calls_dir),
                                       "output": str(runs_dir / f"{config['id']}-{rep}.jsonl"),
                                       "timeout_s": args.timeout_s}, runs_dir, results)
            if run is not None:
                results["ours"].append(run)
    if not args.no_naive:
        chosen = _naive_subset(specs, args)
        log.info("naive: %d calls (%s)", len(chosen), ", ".join(s.file for s in chosen))
        results["naive"] = _run_stage("_naive", {
            "calls": [{"path": str(calls_dir / s.file), "language": s.language} for s in chosen],
            "detect_language": args.naive_detect_language, "budget_s": args.naive_budget_s,
            "device": "cpu", "compute_type": "int8", "batched": 0}, runs_dir, results)
    if args.gpu:
        results["gpu"] = _measure_gpu(args, specs, calls_dir, runs_dir, results)
    results["meta"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    results["summary"] = report.summarize(results)
    for problem in report.record_problems(results):
        results["problems"].append(problem)
    return results


def _our_configs(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Default settings first, then each --workers count (skipping repeats of the default)."""
    from verifier.batch import default_parallelism

    configs = []
    seen = set()
    default = default_parallelism(device="cpu")
    wanted: list[int | None] = [None] if not args.smoke else [1]
    wanted += [w for w in args.workers]
    for workers in wanted:
        resolved = default_parallelism(device="cpu", workers=workers)
        if resolved in seen:
            continue
        seen.add(resolved)
        is_default = workers is None or resolved == default
        label = f"{resolved[0]} worker{'s' * (resolved[0] > 1)} x {resolved[1]} thread" + (
            "s" * (resolved[1] > 1)) + (" (default)" if is_default else "")
        configs.append({"id": f"ours-{resolved[0]}x{resolved[1]}", "label": label,
                        "engine": "local", "workers": workers, "threads": None,
                        "resolved": list(resolved), "default": is_default, "device": "cpu"})
    if not args.no_ray and not args.smoke and _ray_available():
        configs.append({"id": "ours-ray", "label": "Ray engine (default actors)", "engine": "ray",
                        "workers": None, "threads": None, "resolved": list(default),
                        "default": False, "device": "cpu"})
    return configs


def _ray_available() -> bool:
    try:
        import ray  # noqa: F401

        from verifier.batch import BatchOptions
    except ImportError:
        return False
    return "engine" in BatchOptions.__dataclass_fields__


def _naive_subset(specs: list[archive.CallSpec], args: argparse.Namespace) -> list:
    """N 5-minute calls and one 3-minute call (the first of each length: a mix of verdicts)."""
    if args.smoke:
        return specs[: args.naive_calls]
    wide = [s for s in specs if s.rate == archive.SAMPLE_RATE]
    chosen = [s for s in wide if s.minutes == 5][: args.naive_calls]
    chosen += [s for s in wide if s.minutes == 3][:1]
    if args.naive_60:
        chosen += [s for s in wide if s.minutes == 60][:1]
    return chosen or wide[: args.naive_calls]


def _measure_gpu(args: argparse.Namespace, specs: list, calls_dir: Path, runs_dir: Path,
                 results: dict[str, Any]) -> dict[str, Any]:
    """Ours with device=cuda (one worker), and the naive path on cuda, plain and batched."""
    out: dict[str, Any] = {"ours": None, "naive": None, "naive_batched": None}
    config = {"id": "ours-cuda", "label": "ours, cuda (1 worker)", "engine": "local",
              "workers": 1, "threads": None, "resolved": [1, 1], "default": False,
              "device": "cuda", "source": str(calls_dir),
              "output": str(runs_dir / "ours-cuda.jsonl"), "timeout_s": args.timeout_s}
    log.info("gpu: ours")
    out["ours"] = _run_stage("_ours", config, runs_dir, results)
    chosen = [{"path": str(calls_dir / s.file), "language": s.language}
              for s in _naive_subset(specs, args)]
    for key, batched in (("naive", 0), ("naive_batched", GPU_BATCH_SIZE)):
        log.info("gpu: %s", key)
        out[key] = _run_stage("_naive", {
            "calls": chosen, "detect_language": args.naive_detect_language,
            "budget_s": args.naive_budget_s, "device": "cuda", "compute_type": "float16",
            "batched": batched}, runs_dir, results)
    return out


def _run_stage(stage: str, config: dict[str, Any], runs_dir: Path,
               results: dict[str, Any]) -> dict[str, Any] | None:
    """Run one measurement in a fresh Python process; its result, or None (noted) if it failed."""
    name = config.get("id") or f"{stage.strip('_')}-{config.get('device')}-{config.get('batched')}"
    config_path = runs_dir / f"{name}.config.json"
    result_path = runs_dir / f"{name}.result.json"
    config_path.write_text(json.dumps(config))
    result_path.unlink(missing_ok=True)
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), stage, str(config_path),
                           str(result_path)], cwd=ROOT)
    if proc.returncode != 0 or not result_path.is_file():
        results["problems"].append(f"{name}: the measurement process exited with {proc.returncode}")
        return None
    return json.loads(result_path.read_text())


# ---- stages (each runs in its own process) ------------------------------------------------


def _stage_ours(argv: list[str]) -> int:
    """One run_batch over the archive; writes its timings, summary and records."""
    from verifier.batch import BatchOptions, run_batch
    from verifier.verify import VerifierOptions

    logging.basicConfig(level=logging.WARNING, format="bench[ours]: %(message)s")
    config = json.loads(Path(argv[0]).read_text())
    done: list[float] = []

    def progress(p: Any) -> None:
        if p.processed > len(done):
            done.append(round(p.elapsed_s, 3))
            print(f"\r  {p.processed}/{p.total} calls, {p.elapsed_s:.0f} s", end="",
                  file=sys.stderr, flush=True)

    extra = {"engine": config["engine"]} if config["engine"] != "local" else {}
    options = BatchOptions(verifier=VerifierOptions(device=config["device"]),
                           workers=config["workers"], threads_per_worker=config["threads"],
                           timeout_s=config["timeout_s"], overwrite=True, **extra)
    summary = run_batch(config["source"], config["output"], options=options, progress=progress)
    print(file=sys.stderr)
    records = [json.loads(line) for line in Path(config["output"]).read_text().splitlines()
               if line.strip()]
    # Local workers are this process's children; Ray's actors are not (the raylet starts them),
    # so for Ray neither their memory nor their CPU time is measured here.
    local = config["engine"] == "local"
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = {**config, "summary": summary.to_dict(), "completions_s": done,
           "worker_cpu_s": round(children.ru_utime + children.ru_stime, 2) if local else None,
           "peak_rss_worker_mb": _mb(children.ru_maxrss) if local else None,
           "peak_rss_parent_mb": _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
           "records": [_slim(r) for r in records]}
    Path(argv[1]).write_text(json.dumps(out))
    return 0


def _stage_naive(argv: list[str]) -> int:
    """The naive path over the chosen calls, one after another in this process."""
    from naive import NaivePath

    from verifier.hearing.model import resolve_model

    config = json.loads(Path(argv[0]).read_text())
    path = NaivePath(resolve_model(None).path, device=config["device"],
                     compute_type=config["compute_type"], batched=config["batched"])
    out: dict[str, Any] = {**config, "model_load_s": round(path.load_s, 3), "calls": [],
                           "skipped": []}
    started = time.perf_counter()
    for call in config["calls"]:
        if time.perf_counter() - started > config["budget_s"]:
            out["skipped"].append(call["path"])
            continue
        print(f"  naive: {Path(call['path']).name}", file=sys.stderr, flush=True)
        language = None if config["detect_language"] else call["language"]
        result = path.check(call["path"], language=language, limit_s=NAIVE_CALL_LIMIT_S)
        entry = asdict(result)
        entry["record"] = _slim(entry["record"] or {})
        out["calls"].append(entry)
        out["peak_rss_mb"] = _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        Path(argv[1]).write_text(json.dumps(out))  # what is done survives a later crash
    out["peak_rss_mb"] = _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    Path(argv[1]).write_text(json.dumps(out))
    return 0


STAGES = {"_ours": _stage_ours, "_naive": _stage_naive}


# ---- helpers -------------------------------------------------------------------------------


def _slim(record: dict[str, Any]) -> dict[str, Any]:
    """What the report needs of a record (not the transcript)."""
    analysis = record.get("analysis") or {}
    source = record.get("source") or {}
    return {"file": Path(source.get("path") or record.get("call_id") or "").name,
            "verdict": record.get("verdict"),
            "consent": (record.get("consent") or {}).get("status"),
            "reasons": [r.get("code") for r in record.get("reasons") or []],
            "error": bool(record.get("error")),
            "language": (analysis.get("language") or {}).get("code") or record.get("language"),
            "timings_s": analysis.get("timings_s") or {},
            "stopped_early": analysis.get("stopped_early"),
            "analysed_until_s": analysis.get("analysed_until_s")}


def _mb(maxrss_kb: int) -> float:
    return round(maxrss_kb / 1024, 1)  # Linux reports ru_maxrss in kilobytes


def _meta(args: argparse.Namespace, setup: dict[str, Any]) -> dict[str, Any]:
    import ctranslate2
    import faster_whisper

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                            capture_output=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "status", "--porcelain", "--", "verifier"], cwd=ROOT,
                                text=True, capture_output=True).stdout.strip())
    model = setup["model"]
    return {"command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]),
            "started": time.strftime("%Y-%m-%d %H:%M:%S"),
            "commit": commit + ("+dirty" if dirty else ""),
            "cpus": len(os.sched_getaffinity(0)), "cpu_model": _cpu_model(),
            "python": platform.python_version(), "faster_whisper": faster_whisper.__version__,
            "ctranslate2": ctranslate2.__version__,
            "model": {"name": model.name, "sha256": model.sha256[:12]},
            "load_before": [round(x, 2) for x in os.getloadavg()],
            "seed": args.seed, "smoke": args.smoke,
            "classes": [{"label": c.label, "minutes": c.minutes, "count": c.count,
                         "rate": c.rate} for c in setup["classes"]]}


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


if __name__ == "__main__":
    sys.exit(main())
