"""Render written transcripts as espeak-ng calls, to measure hearing on scripts it was not tuned to.

    .venv/bin/python samples/make_scripts.py benchmarks/real_wordings      # 52 calls, ~1 min

The 20 bundled samples are a handful of scripts; their other renderings (``make_more.py``) vary the
voice, not the words. Calls checked elsewhere are other scripts rendered the way the bundled ones
are. This renders every transcript of a folder in DOMAIN.md's format (``benchmarks/real_wordings``
is one: published disclosures as call openings) with the bundled samples' voices, at 16 kHz: in two
channels (agent left, customer right) when the speakers are labelled, else in one. The gaps between
utterances are the transcript's (at least ``MIN_PAUSE_S``, so a silence after a question stays a
silence), and key presses become DTMF tones at their place.

The outcome expected of the recording is the one the folder's ``expected.json`` gives for the
transcript under its language's default policy (da: ``dk``, no: ``no``); where it accepts two
verdicts, both are written (``verdicts``) and ``verdict`` is the first. Output: ``<name>.wav``,
``<name>.expected.json`` and ``transcripts/<name>.json`` in ``--out`` (default
``benchmarks/out/scripts``, git-ignored), read by ``bench_spotting.py --only scripts``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_more  # noqa: E402
import make_samples as ms  # noqa: E402

MIN_PAUSE_S = 0.3
POLICY = {"da": "dk", "no": "no", "nb": "no", "nn": "no"}


def script_of(transcript: dict) -> tuple[tuple[ms.Say | ms.Key, ...], int]:
    """The utterances and key presses of a transcript in time order, with its gaps; and the
    number of channels (2 when every utterance names its speaker)."""
    labelled = all(s.get("speaker") in ("agent", "customer") for s in transcript["segments"])
    items: list[tuple[float, float, ms.Say | ms.Key | None]] = []
    for s in transcript["segments"]:
        # An unlabelled line's speaker is unknown: it takes the agent's voice.
        items.append((float(s["start"]), float(s["end"]), ms.Say(s.get("speaker") or "agent", s["text"])))
    for e in transcript.get("events", ()):
        if e.get("type") == "dtmf":
            t = float(e["time"])
            items.append((t, t + ms.DTMF_DURATION_S, ms.Key(str(e["digit"]))))
    items.sort(key=lambda x: x[0])
    script: list[ms.Say | ms.Key] = []
    end = 0.0
    for start, stop, item in items:
        pause = max(MIN_PAUSE_S, start - end)
        script.append(dataclasses.replace(item, pause=round(pause, 2)))
        end = max(end, stop)
    return tuple(script), 2 if labelled else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="transcripts (*.json) and their expected.json")
    parser.add_argument("--out", type=Path, default=HERE.parent / "benchmarks" / "out" / "scripts")
    args = parser.parse_args(argv)
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            print(f"make_scripts: '{tool}' not found; apt-get install espeak-ng sox", file=sys.stderr)
            return 2
    expected_all = json.loads((args.folder / "expected.json").read_text("utf-8"))
    (args.out / "transcripts").mkdir(parents=True, exist_ok=True)
    variant = make_more.Variant("scripts_16k", ms.VOICES)
    count = 0
    for name, exp in sorted(expected_all.items()):
        transcript = json.loads((args.folder / f"{name}.json").read_text("utf-8"))
        lang = "da" if transcript["language"] == "da" else "no"
        script, channels = script_of(transcript)
        policy = POLICY[transcript["language"]]
        verdicts = list(exp[policy])
        statuses = exp.get("consent_status")
        call = ms.Call(name, lang, channels, exp.get("note", ""),
                       ms.Expected(verdicts[0], statuses if isinstance(statuses, str) else statuses[0], None),
                       script)
        pcm, truth = make_more.render(call, variant)
        expected = ms.expected_record(call) | {"verdicts": verdicts, "variant": variant.name, "rate": 16_000,
                                              "source": str(args.folder / f"{name}.json")}
        make_more.write(args.out, name, pcm, 16_000, truth, expected)
        count += 1
    print(f"make_scripts: {count} calls in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
