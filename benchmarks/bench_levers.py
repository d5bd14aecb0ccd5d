"""Speed levers of the opening check, one at a time, on the same calls: time and verdicts.

    .venv/bin/python benchmarks/bench_levers.py [--calls 8] [--threads 1] [--out DIR]

Every lever is a variant of the shipped ``Verifier`` (default settings, language detected) run
over the same calls in one process, the variants interleaved call by call so that a change in
machine load hits them alike. The calls are the samples' openings followed by real speech
(``archive.py``, 90 s each; the check reads the first 75 s). For each variant: median seconds per
call (total and transcription), Whisper encoder and decoder passes per call, and the verdicts
that differ from the default's and from the sample's expected verdict.

Some variants change library internals for the measurement only (a proxy that overrides
faster-whisper arguments, a subclass that joins both channels into one speech stream); they show
what a change to ``verifier/transcribe.py`` or ``verifier/verify.py`` would buy before it is
made. Writes ``levers.json`` and ``levers.md`` in the output folder and prints the table.
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
import numpy as np  # noqa: E402

from verifier.hearing.transcribe import SAMPLE_RATE, TranscribeOptions  # noqa: E402
from verifier.verify import Verifier  # noqa: E402

log = logging.getLogger("bench_levers")
CALL_MINUTES = 1.5


# ---- instrumentation -------------------------------------------------------------------------


class _Counting:
    """Wraps CTranslate2's Whisper model and counts 30-s windows through encoder and decoder.

    A batched call counts each window of the batch; ``hypotheses`` counts decoded sequences
    (a temperature fallback samples ``best_of`` of them per window).
    """

    def __init__(self, inner: Any, counts: Counter[str]) -> None:
        self._inner, self._counts = inner, counts

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name not in ("encode", "generate", "align", "detect_language"):
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            windows = int(args[0].shape[0]) if args and hasattr(args[0], "shape") else 1
            self._counts[name] += windows
            if name == "generate":
                self._counts["hypotheses"] += windows * kwargs.get("num_hypotheses", 1)
            return attr(*args, **kwargs)

        return counted


class _Overriding:
    """Wraps faster-whisper's WhisperModel: ``transcribe`` gets some arguments replaced."""

    def __init__(self, inner: Any, overrides: dict[str, Any]) -> None:
        self._inner, self._overrides = inner, overrides

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def transcribe(self, *args: Any, **kwargs: Any) -> Any:
        return self._inner.transcribe(*args, **{**kwargs, **self._overrides})


class _WholeOpening(Verifier):
    """No VAD: each channel's whole opening is one 'speech chunk'."""

    def _transcript(self, path: Any, run: Any) -> Any:
        t = self.transcriber
        t.speech_chunks = lambda samples: [(0, len(samples))] if len(samples) else []  # type: ignore[method-assign]
        return super()._transcript(path, run)


class _NoEarlyStop(Verifier):
    def _final(self, *args: Any, **kwargs: Any) -> bool:
        return False


class _Joined(Verifier):
    """Both channels' speech chunks in time order as ONE stream: fewer 30-second windows.

    The channels are laid end to end in a virtual signal (channel i at offset i * n); the chunks,
    shifted there and sorted by their time in the call, go to the transcriber as one stream.
    Segments never cross a chunk (the transcriber splits them at chunk boundaries), so each comes
    back in one channel, known from its position, and is shifted back to call time.
    """

    def _opening(self, audio: Any, chunks: list[list[tuple[int, int]]], language: str,
                 policy: Any, events: list[Any], run: Any) -> list[Any]:
        if len(audio.channels) == 1:
            return super()._opening(audio, chunks, language, policy, events, run)
        n = len(audio.channels[0])
        virtual = np.concatenate(audio.channels)
        joined = [(s + i * n, e + i * n)
                  for s, e, i in sorted((s, e, i) for i, ch in enumerate(chunks) for s, e in ch)]
        segments: list[Any] = []
        checked = 0.0
        with run.timed("transcribe"):
            for seg in self._stream(virtual, joined, n, audio, language):
                segments.append(seg)
                if seg.start - checked >= 5.0:
                    checked = seg.start
                    if self._final(segments, events, seg.start, language, policy):
                        run.stopped_early = {"at_s": round(seg.start, 2), "why": "final"}
                        run.until_s = seg.start
                        return sorted((s for s in segments if s.start < seg.start),
                                      key=lambda s: (s.start, s.end))
        run.until_s = audio.end_s
        return sorted(segments, key=lambda s: (s.start, s.end))

    def _stream(self, virtual: np.ndarray, joined: list[tuple[int, int]], n: int, audio: Any,
                language: str) -> Iterator[Any]:
        for seg in self.transcriber.transcribe(virtual, joined, language=language, speaker=None,
                                               offset_s=0.0):
            i = min(len(audio.channels) - 1, int((seg.start + seg.end) / 2 * SAMPLE_RATE) // n)
            shift = i * n / SAMPLE_RATE - audio.start_s
            yield dataclasses.replace(seg, speaker=audio.speakers[i],
                                      start=round(seg.start - shift, 2),
                                      end=round(seg.end - shift, 2))


class _Batched(Verifier):
    """Both channels joined as in ``_Joined``, cut into <= 30-s windows at chunk boundaries, and
    all windows of the opening encoded and decoded as ONE batch (faster-whisper's
    BatchedInferencePipeline with our windows as clip_timestamps): one decoder pass per window,
    no seeking back, no temperature fallback, and the decoder's weights read once per step for
    the whole batch (decoding is memory-bound on CPU).
    """

    interleave = True  # both channels' chunks in time order in one stream
    without_timestamps = True  # the pipeline's default: one segment per window, split by words

    def _opening(self, audio: Any, chunks: list[list[tuple[int, int]]], language: str,
                 policy: Any, events: list[Any], run: Any) -> list[Any]:
        from faster_whisper import BatchedInferencePipeline

        from verifier.hearing import transcribe as tx

        n = len(audio.channels[0])
        virtual = np.concatenate(audio.channels)
        tagged = [(i, s, e) for i, ch in enumerate(chunks) for s, e in ch]
        # Interleaved: the call's time order; per channel: each channel's chunks in a row.
        tagged.sort(key=(lambda c: (c[1], c[0])) if self.interleave else (lambda c: c[:2]))
        vchunks = [(s + i * n, e + i * n) for i, s, e in tagged]
        if not vchunks:
            run.until_s = audio.end_s
            return []
        speech = tx._join(virtual, vchunks)
        timeline = tx._Timeline(vchunks)
        breaks = set() if self.interleave else {
            k for k in range(1, len(tagged)) if tagged[k][0] != tagged[k - 1][0]}
        windows = _windows([e - s for s, e in vchunks], breaks)
        pipeline = BatchedInferencePipeline(self.transcriber._model)
        segments: list[Any] = []
        with run.timed("transcribe"):
            raw, _ = pipeline.transcribe(
                speech, language=tx.DECODE_AS.get(language, language), vad_filter=False,
                clip_timestamps=[{"start": a / SAMPLE_RATE, "end": b / SAMPLE_RATE}
                                 for a, b in windows],
                batch_size=len(windows), beam_size=self.transcriber.options.beam_size,
                word_timestamps=True, without_timestamps=self.without_timestamps)
            heard: set[int] = set()
            for r in raw:
                for seg, chunk in tx._split(r, timeline, None, 0.0):
                    heard.add(chunk)
                    segments += tx._unread(timeline, heard, chunk, None, 0.0)
                    segments.append(seg)
            segments += tx._unread(timeline, heard, len(vchunks), None, 0.0)
        out = []
        for seg in segments:
            i = min(len(audio.channels) - 1, int((seg.start + seg.end) / 2 * SAMPLE_RATE) // n)
            shift = i * n / SAMPLE_RATE - audio.start_s
            out.append(dataclasses.replace(seg, speaker=audio.speakers[i],
                                           start=round(seg.start - shift, 2),
                                           end=round(seg.end - shift, 2)))
        run.until_s = audio.end_s
        return sorted(out, key=lambda s: (s.start, s.end))


class _BatchedPerChannel(_Batched):
    """As ``_Batched``, but no window mixes the channels (each holds one speaker), and Whisper's
    timestamps are kept as in the shipped decoding; all windows of both channels in one batch."""

    interleave = False
    without_timestamps = False


def _windows(lengths: list[int], breaks: set[int] | frozenset[int] = frozenset(),
             limit: int = 30 * SAMPLE_RATE) -> list[tuple[int, int]]:
    """Consecutive chunks (by length, in joined-stream order) packed into <= 30-s windows; a
    window also ends before each chunk index in ``breaks``."""
    windows: list[tuple[int, int]] = []
    start = pos = 0
    for k, length in enumerate(lengths):
        if (pos + length - start > limit or k in breaks) and pos > start:
            windows.append((start, pos))
            start = pos
        pos += length
        while pos - start > limit:  # one chunk longer than a window
            windows.append((start, start + limit))
            start += limit
    if pos > start:
        windows.append((start, pos))
    return windows


# ---- the variants ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Variant:
    """One lever: how its Verifier differs from the shipped one."""

    id: str
    what: str
    cls: type[Verifier] = Verifier
    options: TranscribeOptions | None = None
    overrides: dict[str, Any] = field(default_factory=dict)  # faster-whisper transcribe args
    language_given: bool = False  # the call's language passed to the Verifier (no detection)


def variants() -> list[Variant]:
    """Every lever measured, the shipped settings first."""
    no_fallback = TranscribeOptions(temperatures=(0.0,))
    return [
        Variant("default", "as shipped: greedy, fallback to T=1.0, word timestamps, VAD, "
                "per channel, language detected"),
        Variant("beam5", "beam search 5 instead of greedy", options=TranscribeOptions(beam_size=5)),
        Variant("no_fallback", "temperature fallback off (T=0 only)", options=no_fallback),
        Variant("fallback_best_of_1", "fallback kept, one sample per temperature (best_of=1)",
                overrides={"best_of": 1}),
        Variant("no_word_ts", "no word timestamps (segments not split at VAD chunks)",
                overrides={"word_timestamps": False}),
        Variant("no_vad", "no VAD: the whole 75-s opening of each channel", cls=_WholeOpening),
        Variant("no_early_stop", "early stop off", cls=_NoEarlyStop),
        Variant("language_given", "language given, no detection pass", language_given=True),
        Variant("joined", "both channels' speech in one stream (fewer 30-s windows)",
                cls=_Joined),
        Variant("joined_no_fallback", "joined + fallback off", cls=_Joined, options=no_fallback),
        Variant("batched", "joined, <=30-s windows, all windows of the opening in one batch "
                "(no fallback)", cls=_Batched),
        Variant("batched_language_given", "batched + language given", cls=_Batched,
                language_given=True),
        Variant("batched_per_channel", "all windows in one batch, but windows per channel and "
                "timestamps kept (no fallback)", cls=_BatchedPerChannel),
        Variant("batched_per_channel_language_given", "batched per channel + language given",
                cls=_BatchedPerChannel, language_given=True),
    ]


def _build(variant: Variant, threads: int, language: str | None,
           counts: Counter[str]) -> Verifier:
    verifier = variant.cls(cpu_threads=threads, language=language, options=variant.options)
    transcriber = verifier.transcriber  # loads the model
    model = transcriber._model
    model.model = _Counting(model.model, counts)
    if variant.overrides:
        transcriber._model = _Overriding(model, variant.overrides)
    return verifier


# ---- the run -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
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
    verifiers: dict[str, dict[str | None, Verifier]] = {v.id: {} for v in chosen}
    out: dict[str, Any] = {"load_before": os.getloadavg()[0], "calls": [], "variants": {}}
    for spec in specs:
        call = {"file": spec.file, "language": spec.language, "expected": spec.expected_verdict}
        row: dict[str, Any] = {**call, "by_variant": {}}
        for variant in chosen:
            vid = variant.id
            key = spec.language if variant.language_given else None
            cache = verifiers[vid]
            if key not in cache:
                cache[key] = _build(variant, threads, key, counts[vid])
            before = Counter(counts[vid])
            t0, c0 = time.perf_counter(), time.process_time()
            record = cache[key].verify(calls_dir / spec.file)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            passes = counts[vid] - before
            row["by_variant"][vid] = {
                "verdict": record.verdict, "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
                "timings_s": (record.analysis or {}).get("timings_s", {}),
                "passes": dict(passes),
                "stopped_early": bool((record.analysis or {}).get("stopped_early"))}
            log.info("%s %-20s %-13s %5.1f s (cpu %5.1f s) %s", spec.file, vid, record.verdict,
                     wall, cpu, dict(passes))
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
             "CPU vs default (sum) | encoder windows/call | decoder windows/call | "
             "hypotheses decoded/call | verdicts changed | = expected |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for variant in chosen:
        v = results["variants"][variant.id]
        rel = f"{v['sum_cpu_s'] / base:.2f}x" if base else "-"
        lines.append(f"| {variant.id} | {v['what']} | {v['median_total_s']:.1f} | "
                     f"{v['median_cpu_s']:.1f} | {rel} | {v['encoder_passes']:.1f} | "
                     f"{v['decoder_passes']:.1f} | {v['hypotheses']:.1f} | "
                     f"{v['verdicts_changed']}/{n} | {v['agree_expected']}/{n} |")
    lines += ["", "| call | expected | " + " | ".join(v.id for v in chosen) + " |",
              "|---|---|" + "---|" * len(chosen)]
    for c in results["calls"]:
        lines.append(f"| {c['file']} | {c['expected']} | " + " | ".join(
            c["by_variant"][v.id]["verdict"] for v in chosen) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
