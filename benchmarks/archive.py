"""The benchmark archive: long two-channel calls made of a sample call's opening and real speech.

Each call starts with one of the sample calls (``samples/*.wav``, espeak-ng call openings with a
known expected outcome, 25-50 s long), followed after a short pause by a conversation of real
Danish and Norwegian speech (``../shared/realspeech/``) until the call's length: turns alternate
between agent (left) and customer (right), each turn one to three clips at a random level with
small gaps, long clips cut into random pieces. Nothing in the real speech is a recording notice
or a consent exchange, so a call's expected verdict is its opening's.

Mono samples are split onto the two channels by the speaker of each utterance in the sample's
script (``samples/make_samples.py``) and the times in its ground-truth transcript, so every call
of the archive is a stereo call, agent left and customer right. Everything is drawn from one
seeded generator: the same seed gives the same bytes.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
import wave
import zlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import av
import numpy as np

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
# Telephone-band copies: 8 kHz, low-passed below Nyquist first.
NARROW_RATE = 8_000
AUDIO_SUFFIXES = (".wav", ".ogg", ".mp3", ".flac")
# The opening is the whole sample call, cut at this length (the verifier reads 75 s).
MAX_OPENING_S = 70.0
# Levels and gaps of the filler conversation (peak level of a clip, in dBFS).
CLIP_PEAK_DBFS = (-12.0, -3.0)
GAP_IN_TURN_S = (0.15, 0.5)
GAP_BETWEEN_TURNS_S = (0.3, 1.5)
LONG_PAUSE_S = (2.0, 5.0)  # now and then somebody looks something up
LONG_PAUSE_CHANCE = 0.1
PAUSE_AFTER_OPENING_S = (1.0, 2.5)
PIECE_S = (3.0, 9.0)  # long clips (the LibriVox reading) are cut into pieces of this length
# Norwegian calls draw this share of their filler from the Norwegian clips (there are only two).
OWN_LANGUAGE_SHARE = 0.5
# Calls this long share their openings with the first shorter calls (see plan_calls).
LONG_MINUTES = 30.0
# Bump when the way calls are rendered changes, so a cached archive is rebuilt.
RENDER_VERSION = 2


@dataclass(frozen=True)
class Opening:
    """A sample call ready to start a benchmark call: one 16 kHz array per speaker."""

    name: str
    language: str
    expected: dict
    agent: np.ndarray
    customer: np.ndarray

    @property
    def duration_s(self) -> float:
        return len(self.agent) / SAMPLE_RATE


@dataclass(frozen=True)
class CallSpec:
    """One call of the archive."""

    file: str
    minutes: float
    rate: int
    opening: str
    language: str
    expected_verdict: str
    expected_consent: str
    # How many calls of the same length started with this opening before this one. Calls with
    # the same opening and take are drawn alike, so they differ only in length.
    take: int = 0


@dataclass(frozen=True)
class CallClass:
    """How many calls of one length (and sample rate) the archive holds."""

    minutes: float
    count: int
    rate: int = SAMPLE_RATE

    @property
    def label(self) -> str:
        length = f"{self.minutes:g} min" if self.minutes >= 1 else f"{self.minutes * 60:g} s"
        return length + ("" if self.rate == SAMPLE_RATE else f" @{self.rate // 1000} kHz")


# ---- inputs --------------------------------------------------------------------------------


def load_openings(samples_dir: Path) -> list[Opening]:
    """Every sample call with an expected outcome, as stereo (mono ones split by speaker)."""
    scripts = _sample_scripts(samples_dir)
    openings = []
    for wav in sorted(samples_dir.glob("*.wav")):
        expected_path = wav.with_suffix(".expected.json")
        if not expected_path.is_file():
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        data = _read_wav(wav)[: int(MAX_OPENING_S * SAMPLE_RATE)]
        if data.shape[1] == 2:
            agent, customer = data[:, 0], data[:, 1]
        else:
            split = _split_mono(wav, data[:, 0], scripts.get(wav.stem))
            if split is None:
                log.warning("%s: mono sample without a script to split it by speaker; left out",
                            wav.name)
                continue
            agent, customer = split
        openings.append(Opening(wav.stem, expected["language"], expected, agent, customer))
    return openings


def load_speech(realspeech_dir: Path) -> dict[str, list[np.ndarray]]:
    """The real-speech clips by language ("da", "no"), 16 kHz mono, long ones cut in pieces."""
    out: dict[str, list[np.ndarray]] = {"da": [], "no": []}
    rng = np.random.default_rng(0)
    for path in sorted(realspeech_dir.glob("*/*")):
        if path.suffix.lower() not in AUDIO_SUFFIXES or path.parent.name not in out:
            continue
        clip = _decode_mono(path)
        if len(clip) > PIECE_S[1] * SAMPLE_RATE:
            out[path.parent.name] += list(_pieces(clip, rng))
        elif len(clip):
            out[path.parent.name].append(clip)
    if not out["da"] and not out["no"]:
        raise FileNotFoundError(f"no real-speech clips under {realspeech_dir}")
    return out


# ---- the plan ----------------------------------------------------------------------------


def plan_calls(openings: list[Opening], classes: list[CallClass], seed: int) -> list[CallSpec]:
    """Which opening starts each call, and the order the batch meets the calls in.

    Openings are dealt from one list with the verdicts interleaved, so each length gets a mix.
    Long calls (LONG_MINUTES and over) are dealt from the start of that list again, so each
    shares its opening, and its first minutes, with one of the first shorter calls: the two
    differ only after the part the check reads. File names number the calls round-robin over
    the lengths, so a batch (which goes by name) meets the lengths mixed, not one after another
    (machine load that drifts during a run then hits every length alike).
    """
    if not openings:
        raise ValueError("no sample openings to build calls from")
    rng = np.random.default_rng(seed)
    by_verdict: dict[str, list[Opening]] = {}
    for o in openings:
        by_verdict.setdefault(o.expected["verdict"], []).append(o)
    groups = [by_verdict[v] for v in sorted(by_verdict)]
    for group in groups:
        rng.shuffle(group)  # type: ignore[arg-type]
    order = [g[i] for i in range(max(map(len, groups))) for g in groups if i < len(g)]
    per_class: list[list[tuple[Opening, int]]] = []
    position = 0
    for c in classes:
        start = 0 if c.minutes >= LONG_MINUTES else position
        picks = [order[(start + i) % len(order)] for i in range(c.count)]
        per_class.append([(o, picks[:i].count(o)) for i, o in enumerate(picks)])
        if c.minutes < LONG_MINUTES:
            position += c.count
    specs = []
    for rank in range(max((c.count for c in classes), default=0)):
        for c, picks in zip(classes, per_class, strict=True):
            if rank >= len(picks):
                continue
            o, take = picks[rank]
            tag = f"{c.minutes:g}min".replace(".", "_") + ("" if c.rate == SAMPLE_RATE else "_8k")
            specs.append(CallSpec(file=f"{len(specs):02d}_{tag}_{o.name}.wav", minutes=c.minutes,
                                  rate=c.rate, opening=o.name, language=o.language,
                                  expected_verdict=o.expected["verdict"],
                                  expected_consent=o.expected.get("consent_status", ""),
                                  take=take))
    return specs


# ---- rendering -----------------------------------------------------------------------------


def build_archive(out_dir: Path, openings: list[Opening], speech: dict[str, list[np.ndarray]],
                  specs: list[CallSpec], seed: int) -> list[CallSpec]:
    """Write every call of the plan as a WAV under ``out_dir/calls`` (kept when already there).

    The manifest ``out_dir/manifest.json`` names the plan; a cached archive is reused only when
    its manifest is the same plan with the same seed and render version.
    """
    calls_dir = out_dir / "calls"
    manifest_path = out_dir / "manifest.json"
    manifest = {"seed": seed, "render_version": RENDER_VERSION,
                "calls": [asdict(s) for s in specs]}
    if manifest_path.is_file() and json.loads(manifest_path.read_text()) == manifest and all(
            (calls_dir / s.file).is_file() for s in specs):
        log.info("archive in %s is up to date", out_dir)
        return specs
    calls_dir.mkdir(parents=True, exist_ok=True)
    for old in calls_dir.glob("*.wav"):
        old.unlink()
    by_name = {o.name: o for o in openings}
    for spec in specs:
        rng = np.random.default_rng([seed, zlib.crc32(spec.opening.encode()), spec.take])
        stereo = render_call(by_name[spec.opening], speech, spec.minutes, rng)
        if spec.rate != SAMPLE_RATE:
            stereo = _downsample(stereo, SAMPLE_RATE // spec.rate)
        _write_wav(calls_dir / spec.file, stereo, spec.rate)
        log.info("wrote %s", spec.file)
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n")
    return specs


def render_call(opening: Opening, speech: dict[str, list[np.ndarray]], minutes: float,
                rng: np.random.Generator) -> np.ndarray:
    """(samples, 2) float32: the opening, a pause, then a two-sided real-speech conversation."""
    n = int(minutes * 60 * SAMPLE_RATE)
    out = np.zeros((n, 2), dtype=np.float32)
    head = min(n, len(opening.agent))
    out[:head, 0] = opening.agent[:head]
    out[:head, 1] = opening.customer[:head]
    clips_own = speech.get(opening.language) or []
    clips_any = speech["da"] + speech["no"]
    t = head + int(rng.uniform(*PAUSE_AFTER_OPENING_S) * SAMPLE_RATE)
    side = 0  # the agent speaks first after the opening
    while t < n:
        for _ in range(int(rng.integers(1, 4))):
            if t >= n:
                break
            own = clips_own and opening.language != "da" and rng.random() < OWN_LANGUAGE_SHARE
            pool = clips_own if own else clips_any
            clip = pool[int(rng.integers(len(pool)))]
            gain = 10 ** (rng.uniform(*CLIP_PEAK_DBFS) / 20) / max(1e-6, float(np.abs(clip).max()))
            end = min(n, t + len(clip))
            out[t:end, side] += clip[: end - t] * gain
            t = end + int(rng.uniform(*GAP_IN_TURN_S) * SAMPLE_RATE)
        pause = LONG_PAUSE_S if rng.random() < LONG_PAUSE_CHANCE else GAP_BETWEEN_TURNS_S
        t += int(rng.uniform(*pause) * SAMPLE_RATE)
        side = 1 - side
    return out


# ---- helpers -------------------------------------------------------------------------------


def _sample_scripts(samples_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """(text, speaker) of each utterance of every sample, from make_samples.py's CALLS."""
    script = samples_dir / "make_samples.py"
    if not script.is_file():
        script = Path(__file__).resolve().parents[1] / "samples" / "make_samples.py"
    if not script.is_file():
        return {}
    spec = importlib.util.spec_from_file_location("_bench_make_samples", script)
    if spec is None or spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    except Exception as e:  # noqa: BLE001 - a broken script only loses the mono samples
        log.warning("cannot read the sample scripts in %s: %s", script, e)
        return {}
    finally:
        del sys.modules[spec.name]
    return {call.name: [(item.text, item.speaker) for item in call.script
                        if hasattr(item, "speaker") and hasattr(item, "text")]
            for call in getattr(module, "CALLS", ())}


def _split_mono(wav: Path, mono: np.ndarray,
                script: list[tuple[str, str]] | None) -> tuple[np.ndarray, np.ndarray] | None:
    """A mono sample's utterances moved to the agent's or the customer's channel.

    Each segment of the ground-truth transcript is matched, in order, to the utterance of the
    script with the same text; key presses are the customer's.
    """
    transcript_path = wav.parent / "transcripts" / f"{wav.stem}.json"
    if script is None or not transcript_path.is_file():
        return None
    transcript = json.loads(transcript_path.read_text(encoding="utf-8"))
    spans = []
    lines = iter(script)
    for seg in transcript.get("segments", []):
        who = next((speaker for text, speaker in lines if text == seg["text"]), None)
        if who is None:
            log.warning("%s: %r is not in its script", wav.name, seg["text"][:40])
            return None
        spans.append((seg["start"], seg["end"], who))
    spans += [(e["time"], e["time"] + e.get("duration", 0.2), "customer")
              for e in transcript.get("events", [])]
    channels = {"agent": np.zeros_like(mono), "customer": np.zeros_like(mono)}
    margin = int(0.05 * SAMPLE_RATE)
    for start, end, who in spans:
        a, b = max(0, int(start * SAMPLE_RATE) - margin), int(end * SAMPLE_RATE) + margin
        channels[who][a:b] = mono[a:b]
    return channels["agent"], channels["customer"]


def _read_wav(path: Path) -> np.ndarray:
    """(samples, channels) float32 of a 16-bit PCM WAV at SAMPLE_RATE."""
    with wave.open(str(path), "rb") as w:
        if w.getframerate() != SAMPLE_RATE or w.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16-bit PCM at {SAMPLE_RATE} Hz")
        raw = w.readframes(w.getnframes())
        channels = w.getnchannels()
    return (np.frombuffer(raw, dtype="<i2").reshape(-1, channels) / 32768.0).astype(np.float32)


def _decode_mono(path: Path) -> np.ndarray:
    """Any audio file as 16 kHz mono float32 (the first channel of a multi-channel file)."""
    parts = []
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="fltp", layout=stream.layout.name, rate=SAMPLE_RATE)
        for frame in container.decode(stream):
            frame.pts = None
            parts += [out.to_ndarray()[0] for out in resampler.resample(frame)]
        parts += [out.to_ndarray()[0] for out in resampler.resample(None)]
    return np.concatenate(parts).astype(np.float32) if parts else np.zeros(0, np.float32)


def _pieces(clip: np.ndarray, rng: np.random.Generator) -> Iterator[np.ndarray]:
    start = 0
    while start < len(clip):
        size = int(rng.uniform(*PIECE_S) * SAMPLE_RATE)
        piece = clip[start:start + size]
        if len(piece) > PIECE_S[0] * SAMPLE_RATE / 2:
            yield piece
        start += size


def _downsample(data: np.ndarray, factor: int) -> np.ndarray:
    """Low-pass (windowed sinc at 0.45 of the new rate) and keep every ``factor``-th sample."""
    taps = 101
    cutoff = 0.45 / factor
    k = np.arange(taps) - (taps - 1) / 2
    h = (2 * cutoff * np.sinc(2 * cutoff * k) * np.hamming(taps)).astype(np.float32)
    return np.stack([np.convolve(data[:, c], h, mode="same")[::factor]
                     for c in range(data.shape[1])], axis=1)


def _write_wav(path: Path, data: np.ndarray, rate: int) -> None:
    pcm = np.round(np.clip(data, -1.0, 1.0) * 32767).astype("<i2")
    tmp = path.with_suffix(".part")
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(pcm.shape[1])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    tmp.replace(path)
