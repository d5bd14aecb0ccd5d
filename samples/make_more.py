"""Render more sample calls for measuring spotting: other voices and speeds, 8 kHz, mono mixes,
20 dB SNR noise, and hard negatives (the disclosure negated or made vague, the yes turned into a
no). Written to benchmarks/out/samples/ (git-ignored; not under samples/, so that the README's
``batch samples/`` stays the 20 bundled calls); the bundled samples stay as they are.

    .venv/bin/python samples/make_more.py                 # the default set (see VARIANTS)
    .venv/bin/python samples/make_more.py --quick         # one variant per call (a smoke set)
    .venv/bin/python samples/make_more.py --out /tmp/gen da_compliant_stereo no_refused_mono

Each call is written as ``<call>__<variant>.wav`` with ``.expected.json`` (the outcome the script
gives; ``hard_negative`` names what was changed) and ``transcripts/<call>__<variant>.json`` (the
ground truth the benchmark labels with). Same espeak-ng and sox as ``make_samples.py``.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_samples", HERE / "make_samples.py")
ms = importlib.util.module_from_spec(_spec)
sys.modules["make_samples"] = ms
_spec.loader.exec_module(ms)  # type: ignore[union-attr]

V = ms.Voice


@dataclasses.dataclass(frozen=True)
class Variant:
    """How one rendering differs from the bundled sample."""

    name: str
    voices: dict[str, dict[str, ms.Voice]]  # language -> speaker -> voice
    rate: int = 16_000
    mono: bool = False  # mix a stereo call down to one channel (speakers unlabelled)
    stereo: bool = False  # render a mono script in two channels (agent left, customer right)
    snr_db: float | None = None  # white noise at this SNR (speech RMS over noise RMS)


VOICE_SETS = {
    "v1": {"da": {"agent": V("da+m3", 140), "customer": V("da+f2", 150)},
           "no": {"agent": V("nb+m1", 140, gap=3), "customer": V("nb+f2", 150)}},
    "v2": {"da": {"agent": V("da+f3", 165), "customer": V("da+m1", 160)},
           "no": {"agent": V("nb+f3", 165), "customer": V("nb+klatt", 160)}},
    "v3": {"da": {"agent": V("da+Michael", 150), "customer": V("da+klatt", 140)},
           "no": {"agent": V("nb", 170, gap=5), "customer": V("nb+m3", 140)}},
}
VARIANTS = (
    Variant("v1_16k", VOICE_SETS["v1"]),
    Variant("v2_16k", VOICE_SETS["v2"]),
    Variant("v3_16k_mono", VOICE_SETS["v3"], mono=True),
    # Every script in two channels, as call centres record (and as calls checked elsewhere came).
    Variant("v2_16k_stereo", VOICE_SETS["v2"], stereo=True),
    Variant("v3_16k_stereo", VOICE_SETS["v3"], stereo=True),
    Variant("v1_16k_snr20", VOICE_SETS["v1"], snr_db=20.0),
    Variant("v2_8k", VOICE_SETS["v2"], rate=8_000),
    Variant("bundled_8k", ms.VOICES, rate=8_000),
)
HARD_VARIANTS = tuple(v for v in VARIANTS if v.name in ("v1_16k", "v2_16k_stereo", "v3_16k_stereo"))

# Hard negatives: a bundled call with one decisive sentence replaced. Each is (call, suffix,
# replaced text -> new text, the outcome it must not get, what changed).
DA_NOTICE = "Vi vil gerne optage samtalen til træning af vores medarbejdere."
NO_NOTICE = "Samtalen blir tatt opp for opplæring av våre ansatte."
HARD = (
    ("da_compliant_stereo", "negated_notice", DA_NOTICE, "Vi optager ikke samtalen, og du bliver ikke optaget.",
     "the notice said the call is NOT recorded"),
    ("da_compliant_stereo", "refusal", "Ja, det er fint.", "Nej tak, det vil jeg ikke.",
     "the customer's yes turned into a no"),
    ("da_compliant_stereo", "modal_request", "Er det i orden, at vi optager samtalen?",
     "Samtalen kan måske blive optaget.", "the request replaced by a vague 'can be recorded'"),
    ("no_compliant_stereo", "negated_notice", NO_NOTICE, "Samtalen blir ikke tatt opp i dag.",
     "the notice said the call is NOT recorded"),
    ("no_compliant_stereo", "refusal", "Ja, det er greit.", "Nei takk, det vil jeg ikke.",
     "the customer's yes turned into a no"),
    ("da_compliant_stereo", "bare_no", "Ja, det er fint.", "Nej.", "the customer's yes turned into a bare no"),
    ("da_compliant_stereo", "maybe", "Ja, det er fint.", "Øh, det ved jeg ikke.",
     "the customer's yes turned into 'I don't know'"),
    ("no_compliant_stereo", "bare_no", "Ja, det er greit.", "Nei.", "the customer's yes turned into a bare no"),
    ("no_compliant_stereo", "modal_notice", NO_NOTICE, "Samtalen kan bli tatt opp for opplæring av våre ansatte.",
     "the notice made vague ('can be recorded')"),
    ("no_information_compliant_mono", "modal_notice",
     "Samtalen blir tatt opp for å forbedre kundeservicen. ",
     "Samtalen kan kanskje bli tatt opp en gang. ", "the definite notice made vague"),
)


def render(call: ms.Call, variant: Variant) -> tuple[np.ndarray, dict]:
    """The call rendered with the variant's voices; then mixed, resampled and noised."""
    saved = ms.VOICES
    ms.VOICES = variant.voices
    try:
        pcm, transcript = ms.render(call)
    finally:
        ms.VOICES = saved
    x = pcm.astype(np.float32) / 32768.0
    if variant.mono and x.shape[1] == 2:
        x = x.sum(axis=1, keepdims=True)
        for seg in transcript["segments"]:
            seg["speaker"] = None
        for ev in transcript["events"]:
            ev.pop("channel", None)
    if variant.snr_db is not None:
        rng = np.random.default_rng(zlib.crc32(f"{call.name}|{variant.name}".encode()))
        for c in range(x.shape[1]):
            speech = x[:, c][np.abs(x[:, c]) > 0.01]
            if len(speech):
                rms = float(np.sqrt(np.mean(speech ** 2)))
                x[:, c] += rng.normal(0.0, rms / 10 ** (variant.snr_db / 20), len(x)).astype(np.float32)
    if variant.rate != ms.SAMPLE_RATE:
        x = _resample(x, ms.SAMPLE_RATE, variant.rate)
    pcm = np.round(np.clip(x, -1.0, 1.0) * 32767).astype("<i2")
    return pcm, transcript


def _resample(x: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Resample with sox (band-limited, the same tool make_samples uses)."""
    out = []
    for c in range(x.shape[1]):
        raw = subprocess.run(
            ["sox", "-t", "raw", "-r", str(rate_in), "-e", "floating-point", "-b", "32", "-c", "1", "-",
             "-t", "raw", "-r", str(rate_out), "-e", "floating-point", "-b", "32", "-c", "1", "-"],
            input=np.ascontiguousarray(x[:, c]).tobytes(), capture_output=True, check=True).stdout
        out.append(np.frombuffer(raw, dtype=np.float32))
    n = min(len(o) for o in out)
    return np.stack([o[:n] for o in out], axis=1)


def hard_calls() -> list[tuple[ms.Call, str]]:
    """The hard negatives as calls (with the outcome the new script gives) and what changed."""
    by_name = {c.name: c for c in ms.CALLS}
    out = []
    for name, suffix, old, new, why in HARD:
        call = by_name[name]
        script = []
        for item in call.script:
            if isinstance(item, ms.Say) and old in item.text:
                item = dataclasses.replace(item, text=item.text.replace(old, new))
            script.append(item)
        out.append((dataclasses.replace(call, name=f"{name}_{suffix}", script=tuple(script)), why))
    return out


def write(out: Path, name: str, pcm: np.ndarray, rate: int, transcript: dict, expected: dict) -> None:
    import wave

    with wave.open(str(out / f"{name}.wav"), "wb") as w:
        w.setnchannels(pcm.shape[1])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    ms.write_json(out / f"{name}.expected.json", expected)
    ms.write_json(out / "transcripts" / f"{name}.json", transcript)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these bundled calls (default: all)")
    parser.add_argument("--out", type=Path, default=HERE.parent / "benchmarks" / "out" / "samples")
    parser.add_argument("--quick", action="store_true", help="one variant per call, no hard negatives")
    args = parser.parse_args(argv)
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            print(f"make_more: '{tool}' not found; apt-get install espeak-ng sox", file=sys.stderr)
            return 2
    (args.out / "transcripts").mkdir(parents=True, exist_ok=True)
    variants = VARIANTS[:1] if args.quick else VARIANTS
    count = 0
    for call in ms.CALLS:
        if args.names and call.name not in args.names:
            continue
        for variant in variants:
            this = dataclasses.replace(call, channels=2) if variant.stereo else call
            pcm, transcript = render(this, variant)
            expected = ms.expected_record(this) | {"variant": variant.name, "rate": variant.rate,
                                                  "mono_mix": variant.mono, "snr_db": variant.snr_db}
            if variant.mono:
                expected["channels"] = 1
            write(args.out, f"{call.name}__{variant.name}", pcm, variant.rate, transcript, expected)
            count += 1
    if not args.quick:
        for call, why in hard_calls():
            if args.names and not any(call.name.startswith(n) for n in args.names):
                continue
            for variant in HARD_VARIANTS:  # more than one voice: no threshold fits one voice's quirks
                this = dataclasses.replace(call, channels=2) if variant.stereo else call
                pcm, transcript = render(this, variant)
                expected = ms.expected_record(this) | {"variant": variant.name, "rate": 16_000,
                                                      "hard_negative": why, "verdict": None,
                                                      "consent_status": None, "reasons": None}
                write(args.out, f"{call.name}__{variant.name}", pcm, 16_000, transcript, expected)
                count += 1
    print(f"make_more: {count} calls in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
