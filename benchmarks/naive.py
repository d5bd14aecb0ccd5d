"""The naive path the benchmark compares against: what a user would do without the verifier.

faster-whisper with its default ``transcribe`` options (beam size 5, temperature fallback,
conditioning on previous text, no VAD) over each whole channel of the file, the segments
labelled by channel (agent left, customer right), our DTMF detector over the whole channels,
then our engine on that transcript. Only the language is given (the call's own, as a user who
knows the archive would do; ``detect_language=True`` leaves it to faster-whisper), so that the
verdicts differ by recognition, not by a wrong policy.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SAMPLE_RATE = 16_000
SPEAKERS = ("agent", "customer")


@dataclass
class NaiveResult:
    """One call through the naive path: per-stage seconds and the engine's record."""

    file: str
    audio_s: float
    timings_s: dict[str, float] = field(default_factory=dict)
    record: dict[str, Any] | None = None
    detected_language: str | None = None
    segments: int = 0
    complete: bool = True  # False when the call's time limit cut transcription short


class NaivePath:
    """A loaded faster-whisper model (loaded once) that checks whole calls the naive way."""

    def __init__(self, model_dir: str | Path, *, device: str = "cpu",
                 compute_type: str = "int8", batched: int = 0) -> None:
        from faster_whisper import BatchedInferencePipeline, WhisperModel

        t0 = time.perf_counter()
        self.model = WhisperModel(str(model_dir), device=device, compute_type=compute_type)
        self.pipeline = BatchedInferencePipeline(self.model) if batched else None
        self.batch_size = batched
        self.load_s = time.perf_counter() - t0

    def check(self, path: str | Path, *, language: str | None, limit_s: float | None = None,
              clock: Callable[[], float] = time.perf_counter) -> NaiveResult:
        """Transcribe every channel of the whole file, then DTMF and the engine.

        Args:
            language: the call's language ("da", "no"); None lets faster-whisper detect it.
            limit_s: stop transcribing after this many seconds (the record is then marked
                incomplete and its verdict is not comparable).
        """
        from faster_whisper import decode_audio

        from verifier.engine.analyze import analyze_transcript
        from verifier.hearing.dtmf import detect_dtmf

        timings: dict[str, float] = {}
        cpu0 = time.process_time()
        t = clock()
        channels = decode_audio(str(path), sampling_rate=SAMPLE_RATE, split_stereo=True)
        timings["decode"] = clock() - t
        audio_s = len(channels[0]) / SAMPLE_RATE
        result = NaiveResult(file=Path(path).name, audio_s=audio_s)
        t0 = clock()
        segments: list[dict[str, Any]] = []
        for samples, speaker in zip(channels, SPEAKERS, strict=True):
            kwargs: dict[str, Any] = {"language": language}
            if self.pipeline is not None:
                pieces, info = self.pipeline.transcribe(samples, batch_size=self.batch_size,
                                                        **kwargs)
            else:
                pieces, info = self.model.transcribe(samples, **kwargs)
            result.detected_language = result.detected_language or info.language
            for s in pieces:
                segments.append({"start": round(s.start, 2), "end": round(s.end, 2),
                                 "speaker": speaker, "text": s.text.strip(),
                                 "avg_logprob": round(s.avg_logprob, 4),
                                 "no_speech_prob": round(s.no_speech_prob, 4),
                                 "compression_ratio": round(s.compression_ratio, 4)})
                if limit_s is not None and clock() - t0 > limit_s:
                    result.complete = False
                    break
            if not result.complete:
                break
        timings["transcribe"] = clock() - t0
        t = clock()
        events = []
        for samples, speaker in zip(channels, SPEAKERS, strict=True):
            events += [{k: v for k, v in dataclasses.asdict(e).items() if v is not None}
                       for e in detect_dtmf(samples, SAMPLE_RATE, channel=speaker)]
        timings["dtmf"] = clock() - t
        t = clock()
        code = language or _supported(result.detected_language)
        transcript = {"language": code, "duration_s": round(audio_s, 2),
                      "segments": sorted(segments, key=lambda s: (s["start"], s["end"])),
                      "events": sorted(events, key=lambda e: e["time"])}
        record = analyze_transcript(transcript)
        timings["analysis"] = clock() - t
        timings["total"] = sum(timings.values())
        timings["cpu"] = time.process_time() - cpu0  # all threads of this process
        result.timings_s = {k: round(v, 3) for k, v in timings.items()}
        result.record = record.to_dict()
        result.segments = len(segments)
        return result


def _supported(language: str | None) -> str:
    # The engine answers UNSUPPORTED_LANGUAGE for anything but da/no/nb/nn, as it should.
    return language or "und"
