"""Speed levers of the opening check, one at a time, on the same calls: time and verdicts.

    .venv/bin/python benchmarks/bench_levers.py [--calls 8] [--threads 1] [--only ID ...]
        [--bare] [--out DIR]

Every lever is a ``Verifier`` built through its public seams only: different options
(``VerifierOptions`` / ``TranscribeOptions``), or the shipped recogniser wrapped in a
``Recognizer`` of this script passed as ``recognizer=`` (the no-VAD lever hands it the whole
opening of each channel as one speech chunk). No lever subclasses ``Verifier`` or touches a
private member. All variants run over the same calls in one process, interleaved call by call so
that a change in machine load hits them alike. The calls are the samples' openings followed by
real speech (``archive.py``, 90 s each; the check reads the first 75 s), or with ``--bare`` the
sample files themselves. For each variant: median seconds per call (total and transcription),
CPU seconds, Whisper encoder and decoder windows per call, the speech handed to the recogniser,
and the verdicts that differ from the default's and from the sample's expected verdict.

Windows are counted on CTranslate2's model (``Transcriber.whisper.model``, public attributes of
the faster-whisper model), wrapped for the measurement only; decoding itself is untouched.

**Removed levers.** The earlier prototypes that could only be written by overriding private
methods of ``Verifier`` or private helpers of ``hearing/transcribe.py`` are gone from this script:
both channels joined into one speech stream, all windows of the opening in one batch (joined or
per channel), early stop off, and the faster-whisper argument overrides (``best_of=1`` with the
fallback, no word timestamps). The first three return as real options with the throughput issue
(issue 13: shared windows, batched windows, stop-when-settled) and are measured here again then;
the two overrides come back only as ``TranscribeOptions`` fields, if they are ever wanted.

Writes ``levers.json`` and ``levers.md`` in the output folder and prints the table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import archive  # noqa: E402

from verifier.hearing.transcribe import (  # noqa: E402
    SAMPLE_RATE,
    LanguageGuess,
    TranscribeOptions,
    Transcriber,
)
from verifier.verify import Recognizer, Verifier, VerifierOptions  # noqa: E402

log = logging.getLogger("bench_levers")
CALL_MINUTES = 1.5
# Whisper's own temperature fallback (the shipped decoding uses T=0 only).
WHISPER_FALLBACK = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


# ---- instrumentation -------------------------------------------------------------------------


class CountingModel:
    """Wraps CTranslate2's Whisper model and counts 30-s windows through encoder and decoder.

    A batched call counts each window of the batch; ``hypotheses`` counts decoded sequences
    (a temperature fallback samples ``best_of`` of them per window).
    """

    COUNTED = ("encode", "generate", "align", "detect_language")

    def __init__(self, inner: Any, counts: Counter[str]) -> None:
        self.inner, self.counts = inner, counts

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if name not in self.COUNTED:
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            windows = int(args[0].shape[0]) if args and hasattr(args[0], "shape") else 1
            self.counts[name] += windows
            if name == "generate":
                self.counts["hypotheses"] += windows * kwargs.get("num_hypotheses", 1)
            return attr(*args, **kwargs)

        return counted


class MeasuredRecognizer:
    """A ``Recognizer`` that passes every request to the shipped one and counts what it is asked:
    transcription requests, seconds of speech handed over, segments returned.

    With ``whole_opening`` it skips VAD: each channel's whole opening is one speech chunk.
    """

    def __init__(self, inner: Recognizer, counts: Counter[str], *,
                 whole_opening: bool = False) -> None:
        self.inner, self.counts, self.whole_opening = inner, counts, whole_opening

    def speech_chunks(self, samples: Any) -> list[tuple[int, int]]:
        if self.whole_opening:
            return [(0, len(samples))] if len(samples) else []
        return self.inner.speech_chunks(samples)

    def detect_language(self, samples: Any, chunks: list[tuple[int, int]]) -> LanguageGuess:
        self.counts["language_requests"] += 1
        return self.inner.detect_language(samples, chunks)

    def transcribe(self, samples: Any, chunks: list[tuple[int, int]], **kwargs: Any
                   ) -> Iterator[Any]:
        self.counts["transcribe_requests"] += 1
        self.counts["speech_s"] += sum(e - s for s, e in chunks) / SAMPLE_RATE
        for seg in self.inner.transcribe(samples, chunks, **kwargs):
            self.counts["segments"] += 1
            yield seg


# ---- the variants ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Variant:
    """One lever: how its Verifier differs from the shipped one."""

    id: str
    what: str
    transcribe: TranscribeOptions = field(default_factory=TranscribeOptions)
    whole_opening: bool = False  # no VAD: the recogniser gets each channel's whole opening
    language_given: bool = False  # the call's language passed to the Verifier (no detection)


def variants() -> list[Variant]:
    """Every lever measured, the shipped settings first."""
    return [
        Variant("default", "as shipped: greedy, T=0 only (no fallback), word timestamps, VAD, "
                "per channel, early stop, language detected"),
        Variant("beam5", "beam search 5 instead of greedy",
                transcribe=TranscribeOptions(beam_size=5)),
        Variant("fallback", "Whisper's temperature fallback on (T=0 ... 1.0)",
                transcribe=TranscribeOptions(temperatures=WHISPER_FALLBACK)),
        Variant("no_vad", "no VAD: the whole 75-s opening of each channel", whole_opening=True),
        Variant("language_given", "language given, no detection pass", language_given=True),
    ]


def _recognizer(variant: Variant, threads: int, counts: Counter[str]) -> MeasuredRecognizer:
    """The shipped recogniser with the variant's options, its windows counted, wrapped."""
    options = VerifierOptions(cpu_threads=threads, transcribe=variant.transcribe)
    transcriber = Verifier(options).recognizer  # loads the model as the verifier would
    if isinstance(transcriber, Transcriber):
        whisper = transcriber.whisper
        whisper.model = CountingModel(whisper.model, counts)
    return MeasuredRecognizer(transcriber, counts, whole_opening=variant.whole_opening)


def _build(variant: Variant, recognizer: MeasuredRecognizer, threads: int,
           language: str | None) -> Verifier:
    options = VerifierOptions(cpu_threads=threads, language=language,
                              transcribe=variant.transcribe)
    return Verifier(options, recognizer=recognizer)


# ---- the run -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                epilog="levers: " + ", ".join(v.id for v in variants()))
    p.add_argument("--calls", type=int, default=8, help="calls (openings) to run, 0 for all")
    p.add_argument("--threads", type=int, default=1, help="CPU threads of the model")
    p.add_argument("--only", nargs="*", default=None, help="variant ids to run (default: all)")
    p.add_argument("--samples", type=Path, default=ROOT / "samples")
    p.add_argument("--realspeech", type=Path, default=ROOT.parent / "shared" / "realspeech")
    p.add_argument("--out", type=Path, default=HERE / "out" / "levers")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--bare", action="store_true",
                   help="run on the sample files themselves instead of calls built from them")
    args = p.parse_args(argv)
    known = [v.id for v in variants()]
    if unknown := sorted(set(args.only or ()) - set(known)):
        print(f"bench_levers: unknown lever {', '.join(unknown)} (known: {', '.join(known)}; "
              "the joined, batched and no-early-stop prototypes were removed: see the docstring)",
              file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="levers: %(message)s", stream=sys.stderr)
    logging.getLogger("faster_whisper").setLevel(logging.WARNING)
    openings = archive.load_openings(args.samples)
    if not openings:
        print(f"bench_levers: no sample calls in {args.samples}", file=sys.stderr)
        return 2
    specs = archive.plan_calls(openings, [archive.CallClass(CALL_MINUTES, len(openings))],
                               args.seed)
    specs = specs[: args.calls or None]
    args.out.mkdir(parents=True, exist_ok=True)
    if args.bare:  # the sample files themselves: short, and nothing but espeak speech
        calls_dir = args.samples
        specs = [dataclasses.replace(s, file=f"{s.opening}.wav") for s in specs]
    else:
        calls_dir = args.out / "archive" / "calls"
        archive.build_archive(args.out / "archive", openings,
                              archive.load_speech(args.realspeech), specs, args.seed)
    chosen = [v for v in variants() if not args.only or v.id in args.only]
    results = _run(chosen, specs, calls_dir, args.threads)
    table = _markdown(results, chosen, args)
    (args.out / "levers.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    (args.out / "levers.md").write_text(table)
    print(table)
    return 0


def _run(chosen: list[Variant], specs: list[archive.CallSpec], calls_dir: Path,
         threads: int) -> dict[str, Any]:
    counts: dict[str, Counter[str]] = {v.id: Counter() for v in chosen}
    recognizers: dict[str, MeasuredRecognizer] = {}
    verifiers: dict[str, dict[str | None, Verifier]] = {v.id: {} for v in chosen}
    out: dict[str, Any] = {"load_before": os.getloadavg()[0], "calls": [], "variants": {}}
    for spec in specs:
        call = {"file": spec.file, "language": spec.language, "expected": spec.expected_verdict}
        row: dict[str, Any] = {**call, "by_variant": {}}
        for variant in chosen:
            vid = variant.id
            key = spec.language if variant.language_given else None
            cache = verifiers[vid]
            if vid not in recognizers:  # one model per variant, shared by its languages
                recognizers[vid] = _recognizer(variant, threads, counts[vid])
            if key not in cache:
                cache[key] = _build(variant, recognizers[vid], threads, key)
            before = Counter(counts[vid])
            t0, c0 = time.perf_counter(), time.process_time()
            record = cache[key].verify(calls_dir / spec.file)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            passes = {k: round(v, 2) for k, v in (counts[vid] - before).items()}
            row["by_variant"][vid] = {
                "verdict": record.verdict, "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
                "timings_s": (record.analysis or {}).get("timings_s", {}),
                "passes": passes,
                "stopped_early": bool((record.analysis or {}).get("stopped_early"))}
            log.info("%s %-20s %-13s %5.1f s (cpu %5.1f s) %s", spec.file, vid, record.verdict,
                     wall, cpu, passes)
        out["calls"].append(row)
    out["load_after"] = os.getloadavg()[0]
    for variant in chosen:
        vid = variant.id
        rows = [c["by_variant"][vid] for c in out["calls"]]
        base = [c["by_variant"].get("default", {}).get("verdict") for c in out["calls"]]
        out["variants"][vid] = {
            "what": variant.what,
            "median_total_s": round(statistics.median(r["wall_s"] for r in rows), 2),
            "median_cpu_s": round(statistics.median(r["cpu_s"] for r in rows), 2),
            "sum_cpu_s": round(sum(r["cpu_s"] for r in rows), 1),
            "median_transcribe_s": round(statistics.median(
                r["timings_s"].get("transcribe", 0.0) for r in rows), 2),
            "sum_total_s": round(sum(r["wall_s"] for r in rows), 1),
            "encoder_passes": round(statistics.mean(
                r["passes"].get("encode", 0) for r in rows), 2),
            "decoder_passes": round(statistics.mean(
                r["passes"].get("generate", 0) for r in rows), 2),
            "hypotheses": round(statistics.mean(
                r["passes"].get("hypotheses", 0) for r in rows), 2),
            "speech_s": round(statistics.mean(
                r["passes"].get("speech_s", 0.0) for r in rows), 1),
            "verdicts_changed": sum(r["verdict"] != b for r, b in zip(rows, base, strict=True)
                                    if b is not None),
            "agree_expected": sum(r["verdict"] == c["expected"]
                                  for r, c in zip(rows, out["calls"], strict=True)),
            "stopped_early": sum(r["stopped_early"] for r in rows)}
    return out


def _markdown(results: dict[str, Any], chosen: list[Variant], args: argparse.Namespace) -> str:
    n = len(results["calls"])
    base = results["variants"].get("default", {}).get("sum_cpu_s")
    what = "bare sample calls" if args.bare else "sample openings + real speech"
    lines = [f"{n} calls ({what}), model threads {args.threads}, load "
             f"average {results['load_before']:.1f} before / {results['load_after']:.1f} after.",
             "CPU seconds are the process's CPU time (all threads), steadier than wall time on a "
             "loaded machine; windows are counted, so they do not depend on load at all.",
             "", "| lever | what changes | wall s/call (median) | CPU s/call (median) | "
             "CPU vs default (sum) | speech s to recogniser/call | encoder windows/call | "
             "decoder windows/call | hypotheses decoded/call | stopped early | "
             "verdicts changed | = expected |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for variant in chosen:
        v = results["variants"][variant.id]
        rel = f"{v['sum_cpu_s'] / base:.2f}x" if base else "-"
        lines.append(f"| {variant.id} | {v['what']} | {v['median_total_s']:.1f} | "
                     f"{v['median_cpu_s']:.1f} | {rel} | {v['speech_s']:.1f} | "
                     f"{v['encoder_passes']:.1f} | {v['decoder_passes']:.1f} | "
                     f"{v['hypotheses']:.1f} | {v['stopped_early']}/{n} | "
                     f"{v['verdicts_changed']}/{n} | {v['agree_expected']}/{n} |")
    lines += ["", "| call | expected | " + " | ".join(v.id for v in chosen) + " |",
              "|---|---|" + "---|" * len(chosen)]
    for c in results["calls"]:
        lines.append(f"| {c['file']} | {c['expected']} | " + " | ".join(
            c["by_variant"][v.id]["verdict"] for v in chosen) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
