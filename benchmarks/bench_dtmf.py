"""Cost of DTMF detection per minute of audio, on one core.

    .venv/bin/python benchmarks/bench_dtmf.py [--runs 9] [--minutes 2]

Signals: white noise at -40 dBFS with a key press every 5 s, and (when ../shared/realspeech is
there) real Danish/Norwegian speech looped to length. Each is run at 8 and 16 kHz; the table
gives the median over the runs of wall time and of process CPU time, per minute of audio. BLAS
is held to one thread so the numbers are per core (set before numpy is imported).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import av  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from verifier.hearing.dtmf import COL_HZ, ROW_HZ, detect_dtmf  # noqa: E402

REALSPEECH = Path(__file__).resolve().parents[2] / "shared" / "realspeech"
RATES = (8000, 16000)


def noise_with_keys(seconds: float, rate: int) -> np.ndarray:
    """White noise at -40 dBFS with a 100 ms key press every 5 s (a busy IVR menu)."""
    rng = np.random.default_rng(0)
    x = rng.normal(0, 10 ** (-40 / 20), round(seconds * rate))
    t = np.arange(round(0.1 * rate)) / rate
    for i, start in enumerate(range(rate, len(x) - len(t), 5 * rate)):
        row, col = ROW_HZ[i % 4], COL_HZ[i // 4 % 4]
        key = 0.1 * (np.sin(2 * np.pi * row * t) + np.sin(2 * np.pi * col * t))
        x[start:start + len(t)] += key
    return x.astype(np.float32)


def real_speech(seconds: float, rate: int) -> np.ndarray | None:
    """The shared real-speech clips (first channel), concatenated and looped to length."""
    clips = sorted(p for p in REALSPEECH.glob("*/*") if p.suffix in {".wav", ".ogg", ".mp3"})
    if not clips:
        return None
    parts = []
    for clip in clips:
        with av.open(str(clip)) as container:
            stream = container.streams.audio[0]
            resampler = av.AudioResampler(format="fltp", layout="mono", rate=rate)
            for frame in container.decode(stream):
                parts += [out.to_ndarray()[0] for out in resampler.resample(frame)]
    speech = np.concatenate(parts)
    return np.resize(speech, round(seconds * rate)).astype(np.float32)


def measure(samples: np.ndarray, rate: int, runs: int) -> tuple[float, float, int]:
    """Median wall and CPU milliseconds per minute of audio, and the number of events found."""
    events = len(detect_dtmf(samples, rate))  # warm-up: builds the filter bank
    wall, cpu = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        detect_dtmf(samples, rate)
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    per_min = 60_000 / (len(samples) / rate)
    return statistics.median(wall) * per_min, statistics.median(cpu) * per_min, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--minutes", type=float, default=2.0)
    args = parser.parse_args()
    seconds = 60 * args.minutes
    print(f"{'signal':<22}{'rate':>7}{'wall ms/min':>13}{'cpu ms/min':>12}{'events':>8}")
    for rate in RATES:
        signals = {"noise + keys": noise_with_keys(seconds, rate),
                   "real speech": real_speech(seconds, rate)}
        for name, samples in signals.items():
            if samples is None:
                continue
            wall, cpu, events = measure(samples, rate, args.runs)
            print(f"{name:<22}{rate:>7}{wall:>13.1f}{cpu:>12.1f}{events:>8}")


if __name__ == "__main__":
    main()
