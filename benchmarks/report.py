"""Numbers and tables of the batch benchmark, from the raw results of ``bench_batch.py``.

``summarize`` turns the raw runs into the figures the issue asks for (calls per hour, audio hours
per hour, per-stage medians by call length, peak memory, the naive/ours ratio, verdict agreement,
the targets); ``markdown`` prints them as the tables in benchmarks/README.md.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable
from typing import Any

OUR_STAGES = ("decode", "vad", "language", "dtmf", "transcribe", "spotting", "analysis", "total")
NAIVE_STAGES = ("decode", "transcribe", "dtmf", "analysis", "total")
# The targets of issue 13 (2-core machine, base model, int8; issue 6 asked for 20x and 1,500).
TARGET_RATIO = 30.0
TARGET_CALLS_PER_HOUR = 3000.0
TARGET_LONG_OVER_SHORT = 1.2
TARGET_WORKER_MB = 1024.0
TARGET_NARROW_OVER_WIDE = 1.5


def _median(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 3) if values else None


def _classes(results: dict[str, Any]) -> dict[str, str]:
    """Call file -> its class label ("3 min", "5 min @8 kHz", ...)."""
    out = {}
    for call in results["calls"]:
        minutes, rate = call["minutes"], call["rate"]
        label = f"{minutes:g} min" if minutes >= 1 else f"{minutes * 60:g} s"
        out[call["file"]] = label + ("" if rate == 16000 else f" @{rate // 1000} kHz")
    return out


def _class_order(results: dict[str, Any]) -> list[str]:
    classes = _classes(results)
    return list(dict.fromkeys(classes[c["file"]] for c in results["calls"]))


# ---- summary -------------------------------------------------------------------------------


def summarize(results: dict[str, Any]) -> dict[str, Any]:
    """The figures of a run (see the module docstring); None where a part was not run."""
    classes = _classes(results)
    seconds = {c["file"]: c["minutes"] * 60 for c in results["calls"]}
    cpus = results["meta"]["cpus"]
    configs = _summarize_ours(results["ours"], seconds, cpus)
    default = next((c for c in configs if c["default"]), configs[0] if configs else None)
    default_runs = [r for r in results["ours"] if default and r["id"] == default["id"]]
    single = [r for r in results["ours"] if r["resolved"][0] == 1 and r["engine"] == "local"]
    ours_classes = _ours_by_class(default_runs, single, classes, default)
    reference = {r["file"]: r["verdict"] for r in (default_runs[0]["records"] if default_runs else [])}
    for config in configs:
        same = [r["verdict"] == reference.get(r["file"]) for run in results["ours"]
                if run["id"] == config["id"] for r in run["records"] if r["file"] in reference]
        config["verdicts_as_default"] = f"{sum(same)}/{len(same)}" if same else None
    naive = _summarize_naive(results.get("naive"), classes, cpus)
    summary = {"configs": configs, "default_config": default and default["id"],
               "ours_by_class": ours_classes, "naive": naive,
               "verdicts": _verdicts(results, default_runs, classes)}
    summary["long_over_short"] = _long_over_short(results)
    summary["targets"] = _targets(summary)
    if results.get("gpu"):
        gpu = results["gpu"]
        summary["gpu"] = {
            "ours": _summarize_ours([gpu["ours"]], seconds, cpus) if gpu["ours"] else [],
            "naive": _summarize_naive(gpu["naive"], classes, cpus),
            "naive_batched": _summarize_naive(gpu["naive_batched"], classes, cpus)}
    return summary


def _summarize_ours(runs: list[dict[str, Any]], seconds: dict[str, float],
                    cpus: int) -> list[dict[str, Any]]:
    by_id: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for run in runs:
        by_id[run["id"]].append(run)
    out = []
    for runs_of in by_id.values():
        figures = [_run_figures(r, seconds, cpus) for r in runs_of]
        first = runs_of[0]
        merged = {k: _median([f[k] for f in figures]) for k in figures[0]
                  if k not in ("calls", "errors")}
        out.append({"id": first["id"], "label": first["label"], "engine": first["engine"],
                    "workers": first["resolved"][0], "threads": first["resolved"][1],
                    "default": first["default"], "runs": len(runs_of),
                    "calls": figures[0]["calls"], "errors": max(f["errors"] for f in figures),
                    **merged})
    return out


def _run_figures(run: dict[str, Any], seconds: dict[str, float], cpus: int) -> dict[str, Any]:
    s = run["summary"]
    wall = s["elapsed_s"]
    audio_s = sum(seconds.get(r["file"], 0.0) for r in run["records"])
    done = run["completions_s"]
    workers = run["resolved"][0]
    cpu = run.get("worker_cpu_s")
    steady = None
    if len(done) > workers:
        # From the moment every worker has finished one call (model loaded) to the last call.
        span = done[-1] - done[workers - 1]
        steady = 3600.0 * (len(done) - workers) / span if span > 0 else None
    return {"calls": s["processed"], "errors": s["errors"], "wall_s": round(wall, 2),
            "calls_per_hour": round(3600.0 * s["processed"] / wall, 1) if wall else None,
            "audio_hours_per_hour": round(audio_s / wall, 2) if wall else None,
            "steady_calls_per_hour": round(steady, 1) if steady else None,
            "peak_rss_worker_mb": run.get("peak_rss_worker_mb"),
            "cpu_s_per_call": round(cpu / s["processed"], 2) if cpu and s["processed"] else None,
            # What the CPU time allows when this run's CPUs are all ours (a loaded machine's
            # wall time is longer; its CPU time much less so).
            "cpu_bound_calls_per_hour": round(cpus * 3600.0 * s["processed"] / cpu, 1)
            if cpu else None}


def _ours_by_class(default_runs: list[dict[str, Any]], single: list[dict[str, Any]],
                   classes: dict[str, str], default: dict[str, Any] | None) -> dict[str, Any]:
    """Per class: median per-stage worker seconds (default config), wall per call (1 worker)."""
    stages: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    early: dict[str, int] = defaultdict(int)
    for run in default_runs:
        for r in run["records"]:
            cls = classes.get(r["file"], "?")
            for k in OUR_STAGES:
                stages[cls][k].append(r["timings_s"].get(k, 0.0))
            early[cls] += bool(r["stopped_early"])
    walls: dict[str, list[float]] = defaultdict(list)
    for run in single:
        # One worker: the time between two completions is the later call's wall time (the
        # first call also loads the model, so it is left out).
        done = run["completions_s"]
        for i, r in enumerate(run["records"][1:], start=1):
            walls[classes.get(r["file"], "?")].append(done[i] - done[i - 1])
    all_totals = [t for cls in stages.values() for t in cls["total"]]
    mean_all = statistics.mean(all_totals) if all_totals else None
    out = {}
    for cls, per_stage in stages.items():
        mean_cls = statistics.mean(per_stage["total"])
        estimate = cpu_estimate = None
        if default and default.get("calls_per_hour") and mean_all and mean_cls:
            # The default run's wall throughput shared out by each class's worker time.
            estimate = round(default["calls_per_hour"] * mean_all / mean_cls, 1)
            if default.get("cpu_bound_calls_per_hour"):
                cpu_estimate = round(default["cpu_bound_calls_per_hour"] * mean_all / mean_cls, 1)
        out[cls] = {"calls": len(per_stage["total"]) // max(1, len(default_runs)),
                    "median_s": {k: _median(v) for k, v in per_stage.items()},
                    "stopped_early": early[cls] // max(1, len(default_runs)),
                    "wall_per_call_1_worker_s": _median(walls.get(cls, [])),
                    "est_calls_per_hour": estimate,
                    "est_cpu_bound_calls_per_hour": cpu_estimate}
    return out


def _long_over_short(results: dict[str, Any]) -> dict[str, Any]:
    """Worker time of each 60-minute call over that of the 3-minute call it shares its opening
    with (archive.plan_calls), in every local run: pairs that differ only in length."""
    specs = {c["file"]: c for c in results["calls"]}
    ratios = []
    for run in results["ours"]:
        if run["engine"] != "local":
            continue
        short = {(specs[r["file"]]["opening"], specs[r["file"]].get("take", 0)): r
                 for r in run["records"] if specs.get(r["file"], {}).get("minutes") == 3}
        for r in run["records"]:
            spec = specs.get(r["file"])
            if not spec or spec["minutes"] != 60 or spec["rate"] != 16000:
                continue
            pair = short.get((spec["opening"], spec.get("take", 0)))
            if pair and pair["timings_s"].get("total"):
                ratios.append(r["timings_s"]["total"] / pair["timings_s"]["total"])
    return {"median": _median(ratios), "pairs": len(ratios),
            "ratios": [round(x, 3) for x in ratios]}


def _summarize_naive(naive: dict[str, Any] | None, classes: dict[str, str],
                     cpus: int) -> dict[str, Any] | None:
    if not naive or not naive.get("calls"):
        return None
    by_class: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in naive["calls"]:
        by_class[classes.get(c["file"], "?")].append(c)
    per_min = [c["timings_s"]["total"] / (c["audio_s"] / 60) for c in naive["calls"]
               if c["complete"] and c["audio_s"]]
    s_per_audio_min = _median(per_min)
    out: dict[str, Any] = {"model_load_s": naive["model_load_s"],
                           "peak_rss_mb": naive.get("peak_rss_mb"),
                           "s_per_audio_minute": s_per_audio_min, "classes": {},
                           "skipped": len(naive.get("skipped", []))}
    for cls, calls in by_class.items():
        total = _median([c["timings_s"]["total"] for c in calls])
        cpu = _median([c["timings_s"].get("cpu") for c in calls])
        out["classes"][cls] = {
            "calls": len(calls), "measured": True,
            "median_s": {k: _median([c["timings_s"].get(k, 0.0) for c in calls])
                         for k in (*NAIVE_STAGES, "cpu")},
            "calls_per_hour": round(3600.0 / total, 1) if total else None,
            "cpu_bound_calls_per_hour": round(cpus * 3600.0 / cpu, 1) if cpu else None}
    cpu_per_min = _median([c["timings_s"]["cpu"] / (c["audio_s"] / 60) for c in naive["calls"]
                           if c["complete"] and c["audio_s"] and "cpu" in c["timings_s"]])
    for cls in set(classes.values()) - set(by_class):
        minutes = _minutes(cls)
        if s_per_audio_min and minutes:
            total = s_per_audio_min * minutes
            out["classes"][cls] = {
                "calls": 0, "measured": False, "median_s": {"total": round(total, 1)},
                "calls_per_hour": round(3600.0 / total, 2),
                "cpu_bound_calls_per_hour": round(cpus * 3600.0 / (cpu_per_min * minutes), 2)
                if cpu_per_min else None}
    return out


def _minutes(label: str) -> float | None:
    head = label.split(" @")[0]
    value, unit = head.split(" ")
    return float(value) / (60 if unit == "s" else 1)


def _verdicts(results: dict[str, Any], default_runs: list[dict[str, Any]],
              classes: dict[str, str]) -> dict[str, Any]:
    expected = {c["file"]: c["expected_verdict"] for c in results["calls"]}
    ours = {r["file"]: r["verdict"] for r in (default_runs[0]["records"] if default_runs else [])}
    naive_calls = (results.get("naive") or {}).get("calls") or []
    naive = {c["file"]: c["record"]["verdict"] for c in naive_calls if c["complete"]}
    rows = [{"file": f, "class": classes.get(f), "opening": c["opening"],
             "expected": expected[f], "ours": ours.get(f), "naive": naive.get(f)}
            for f, c in ((c["file"], c) for c in results["calls"])]

    def agree(a: str, b: str) -> dict[str, int]:
        pairs = [(r[a], r[b]) for r in rows if r[a] and r[b]]
        return {"agree": sum(x == y for x, y in pairs), "of": len(pairs)}

    stable = []
    for run in default_runs[1:]:
        stable += [ours.get(r["file"]) == r["verdict"] for r in run["records"]]
    return {"rows": rows, "ours_vs_expected": agree("ours", "expected"),
            "naive_vs_expected": agree("naive", "expected"), "ours_vs_naive": agree("ours", "naive"),
            "ours_repeat_stable": {"agree": sum(stable), "of": len(stable)}}


def _targets(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of issue 13: wanted, measured (wall clock), the CPU-time estimate, met."""
    five = summary["ours_by_class"].get("5 min", {})
    narrow = summary["ours_by_class"].get("5 min @8 kHz", {})
    naive_five = ((summary["naive"] or {}).get("classes") or {}).get("5 min", {})

    def ratio(a: float | None, b: float | None) -> float | None:
        return round(a / b, 1) if a and b else None

    ours_cph, ours_cpu = five.get("est_calls_per_hour"), five.get("est_cpu_bound_calls_per_hour")
    long_ratio = summary["long_over_short"]["median"]
    peak = max((c["peak_rss_worker_mb"] or 0 for c in summary["configs"]
                if c["engine"] == "local"), default=None)
    v = summary["verdicts"]["ours_vs_expected"]

    def row(name: str, wanted: str, value: Any, cpu: Any, ok: Callable[[Any], bool]) -> dict:
        return {"target": name, "wanted": wanted, "measured": value, "cpu_estimate": cpu,
                "met": None if value is None else ok(value),
                "met_cpu": None if cpu is None else ok(cpu)}

    return [
        row("ours / naive, calls per hour (5-min calls)", f">= {TARGET_RATIO:g}x",
            ratio(ours_cph, naive_five.get("calls_per_hour")),
            ratio(ours_cpu, naive_five.get("cpu_bound_calls_per_hour")),
            lambda x: x >= TARGET_RATIO),
        row("calls per hour, 5-min calls (default settings)", f">= {TARGET_CALLS_PER_HOUR:,.0f}",
            ours_cph, ours_cpu, lambda x: x >= TARGET_CALLS_PER_HOUR),
        row("60-min call / 3-min call with the same opening, worker time",
            f"<= {TARGET_LONG_OVER_SHORT:g}x", long_ratio,
            None, lambda x: x <= TARGET_LONG_OVER_SHORT),
        row("peak memory per worker (MB)", f"<= {TARGET_WORKER_MB:,.0f}", peak or None, None,
            lambda x: x <= TARGET_WORKER_MB),
        row("5-min call at 8 kHz / at 16 kHz, cost per call", f"<= {TARGET_NARROW_OVER_WIDE:g}x",
            ratio(ours_cph, narrow.get("est_calls_per_hour")),
            ratio(ours_cpu, narrow.get("est_cpu_bound_calls_per_hour")),
            lambda x: x <= TARGET_NARROW_OVER_WIDE),
        row("verdicts = sample's expected verdict", "all",
            f"{v['agree']}/{v['of']}" if v["of"] else None, None,
            lambda x: v["agree"] == v["of"]),
    ]


def record_problems(results: dict[str, Any]) -> list[str]:
    """Calls that got an error record: a failed measurement."""
    out = []
    for run in results["ours"]:
        bad = [r["file"] for r in run["records"] if r["error"]]
        if bad:
            out.append(f"{run['id']}: error records for {', '.join(bad)}")
    return out


# ---- markdown ------------------------------------------------------------------------------


def _table(head: list[str], rows: list[list[Any]]) -> str:
    def cell(v: Any) -> str:
        if v is None:
            return "-"
        if isinstance(v, float):
            return f"{v:,.1f}" if abs(v) >= 10 else f"{v:.2f}"
        return str(v)

    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def markdown(results: dict[str, Any]) -> str:
    """The tables of a run, with the machine and command that made them."""
    s, meta = results["summary"], results["meta"]
    parts = [f"Command: `{meta['command']}`  \n"
             f"Machine: {meta['cpus']} CPUs ({meta['cpu_model']}), load average "
             f"{meta['load_before'][0]:.1f} before / {meta['load_after'][0]:.1f} after; "
             f"model {meta['model']['name']} int8; faster-whisper {meta['faster_whisper']}, "
             f"CTranslate2 {meta['ctranslate2']}; commit {meta['commit']}; {meta['started']}",
             "### Targets", _targets_table(s["targets"]),
             "### Throughput (whole archive)", _throughput(results), "### Time per call by length",
             _per_class(results), "### Per-stage medians (seconds per call)", _stages(results),
             "### Verdicts", _verdict_table(s["verdicts"])]
    if s.get("gpu"):
        parts += ["### GPU (device=cuda)", _gpu(s["gpu"])]
    if results["problems"]:
        parts += ["### Problems", "\n".join(f"- {p}" for p in results["problems"])]
    return "\n\n".join(parts) + "\n"


def _targets_table(targets: list[dict[str, Any]]) -> str:
    met = {True: "yes", False: "**no**", None: "-"}
    return ("Measured: wall clock, as run. CPU estimate: from the CPU time the run used, as if "
            "all the machine's CPUs were free for it (closer to a quiet machine when the "
            "machine was loaded).\n\n" + _table(
                ["target", "wanted", "measured", "met", "CPU estimate", "met (CPU est.)"],
                [[t["target"], t["wanted"], t["measured"], met[t["met"]], t["cpu_estimate"],
                  met[t["met_cpu"]]] for t in targets]))


def _throughput(results: dict[str, Any]) -> str:
    s = results["summary"]
    rows = [[c["label"] + (f" (median of {c['runs']})" if c["runs"] > 1 else ""), c["calls"],
             c["wall_s"], c["calls_per_hour"], c["steady_calls_per_hour"],
             c["audio_hours_per_hour"], c["cpu_s_per_call"], c["cpu_bound_calls_per_hour"],
             c["peak_rss_worker_mb"], c.get("verdicts_as_default")] for c in s["configs"]]
    naive = s["naive"]
    if naive:
        n_calls = sum(c["calls"] for c in naive["classes"].values() if c["measured"])
        per_min = naive["s_per_audio_minute"]
        rows.append([f"naive (faster-whisper defaults, beam 5, no VAD), {n_calls} calls measured",
                     n_calls, None, None, None,
                     round(60.0 / per_min, 2) if per_min else None, None, None,
                     naive["peak_rss_mb"], None])
    return _table(["path", "calls", "wall s", "calls/h", "calls/h after model load",
                   "audio h/h", "CPU s/call", "CPU-bound calls/h", "peak RSS per worker MB",
                   "verdicts = default run"],
                  rows)


def _per_class(results: dict[str, Any]) -> str:
    s = results["summary"]
    naive = (s["naive"] or {}).get("classes", {})
    rows = []
    for cls in _class_order(results):
        o = s["ours_by_class"].get(cls, {})
        n = naive.get(cls, {})
        ratio = None
        if o.get("est_calls_per_hour") and n.get("calls_per_hour"):
            ratio = round(o["est_calls_per_hour"] / n["calls_per_hour"], 1)
        cpu_ratio = None
        if o.get("est_cpu_bound_calls_per_hour") and n.get("cpu_bound_calls_per_hour"):
            cpu_ratio = round(o["est_cpu_bound_calls_per_hour"] / n["cpu_bound_calls_per_hour"], 1)
        rows.append([cls, o.get("calls"), (o.get("median_s") or {}).get("total"),
                     o.get("wall_per_call_1_worker_s"), o.get("est_calls_per_hour"),
                     o.get("est_cpu_bound_calls_per_hour"), o.get("stopped_early"),
                     (n.get("median_s") or {}).get("total"),
                     None if not n else ("measured" if n["measured"] else "**extrapolated**"),
                     n.get("calls_per_hour"), n.get("cpu_bound_calls_per_hour"), ratio, cpu_ratio])
    return _table(["length", "calls", "ours s/call (worker)", "ours s/call (1 worker, wall)",
                   "ours calls/h (est.)", "ours CPU-bound calls/h", "stopped early",
                   "naive s/call", "naive is", "naive calls/h", "naive CPU-bound calls/h",
                   "ours/naive", "ours/naive (CPU)"], rows)


def _stages(results: dict[str, Any]) -> str:
    s = results["summary"]
    rows = []
    for cls in _class_order(results):
        o = (s["ours_by_class"].get(cls) or {}).get("median_s")
        if o:
            rows.append([f"ours, {cls}"] + [o.get(k) for k in OUR_STAGES])
    for cls, n in ((s["naive"] or {}).get("classes") or {}).items():
        if n["measured"]:
            m = n["median_s"]
            rows.append([f"naive, {cls}"] + [m.get(k) for k in OUR_STAGES])  # no VAD, language, spotting
    return _table(["path, length", *OUR_STAGES], rows)


def _verdict_table(v: dict[str, Any]) -> str:
    def share(d: dict[str, int]) -> str:
        return f"{d['agree']}/{d['of']}" if d["of"] else "-"

    head = (f"ours = expected: {share(v['ours_vs_expected'])}; naive = expected: "
            f"{share(v['naive_vs_expected'])}; ours = naive: {share(v['ours_vs_naive'])}; "
            f"ours stable over repeats: {share(v['ours_repeat_stable'])}\n\n")
    rows = [[r["file"], r["expected"], r["ours"], r["naive"]] for r in v["rows"]]
    return head + _table(["call", "expected", "ours", "naive"], rows)


def _gpu(gpu: dict[str, Any]) -> str:
    rows = [[c["label"], c["calls"], c["wall_s"], c["calls_per_hour"], c["audio_hours_per_hour"]]
            for c in gpu["ours"]]
    for key, name in (("naive", "naive, cuda float16"),
                      ("naive_batched", "naive, cuda float16, BatchedInferencePipeline")):
        n = gpu.get(key)
        if n:
            for cls, c in n["classes"].items():
                if c["measured"]:
                    rows.append([f"{name}, {cls}", c["calls"], c["median_s"]["total"],
                                 c["calls_per_hour"], None])
    return _table(["path", "calls", "wall s (naive: s/call)", "calls/h", "audio h/h"], rows)
