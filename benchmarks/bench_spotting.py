"""Calibration of spotting (issue 11): detection and false detections per element and language,
and what spotting costs, measured through the verifier itself (``Verifier.verify``).

    .venv/bin/python samples/make_more.py                       # the generated calls (once)
    .venv/bin/python benchmarks/bench_spotting.py --out benchmarks/out/spotting.json
    .venv/bin/python benchmarks/bench_spotting.py --only bundled realspeech   # a subset

Sets (``--only``): ``bundled`` (samples/*.wav), ``generated`` (benchmarks/out/samples/, made by
samples/make_more.py: 16 kHz and 8 kHz, other voices, mono mixes, 20 dB SNR noise), ``hard`` (its
hard negatives: the
notice negated, the request made vague, the yes turned into a no), ``scripts``
(benchmarks/out/scripts/, made by samples/make_scripts.py: other scripts, such as the published
wordings of benchmarks/real_wordings, in the bundled samples' voices; a call there may accept two
verdicts), ``realspeech`` (../shared/realspeech, real Danish and Norwegian speech with no
disclosure at all).

What is counted, per element (notice, purpose, request, withdrawal information, objection, key
prompts, replies by class, withdrawal, coercion) and language:

- **detected**: an element of the call's ground-truth script (the engine's reading of
  ``transcripts/<call>.json``) that spotting *verified* on a segment overlapping it (the same
  element; for replies the same class; the call's own language);
- **false**: a verified element that no ground-truth element of that kind overlaps: on other
  turns of the samples, on the changed sentence of a hard negative, anywhere in real speech;
- **cost**: spotting's share of the opening's time (decode + VAD + language + transcription +
  DTMF), from each record's ``analysis.timings_s``, and CPU seconds per call.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from verifier.engine.analyze import analyze_transcript  # noqa: E402
from verifier.engine.consent import classify_reply  # noqa: E402
from verifier.engine.findings import find_elements  # noqa: E402
from verifier.engine.phrases import load_bank  # noqa: E402
from verifier.engine.policy import load_policy  # noqa: E402
from verifier.engine.transcript import load_transcript  # noqa: E402
from verifier.verify import Verifier  # noqa: E402

SAMPLES = ROOT / "samples"
GENERATED = ROOT / "benchmarks" / "out" / "samples"  # samples/make_more.py
SCRIPTS = ROOT / "benchmarks" / "out" / "scripts"  # samples/make_scripts.py
REALSPEECH = ROOT.parent / "shared" / "realspeech"
AUDIO = (".wav", ".mp3", ".ogg", ".flac", ".m4a")
# A verified element counts for a ground-truth one when their times overlap within this (s).
SLACK_S = 1.0
# A sentence of the script this short that reads as an answer counts as one (ambiguous included).
REPLY_WORDS = 4
ELEMENTS = ("recording_notice", "vague_notice", "purpose", "consent_request", "negative_request",
            "withdrawal_info", "objection_info", "keypress_optin", "keypress_optout", "coercion",
            "withdrawal", "reply:given", "reply:refused", "reply:ambiguous")
NOTICES = {"recording_notice"}
REQUESTS = {"consent_request", "negative_request", "keypress_optin"}
CONSENTS = {"reply:given"}


def truth(transcript_path: Path) -> tuple[str, list[tuple[str, float, float, str | None]]]:
    """The elements of a ground-truth transcript: (element, start, end, speaker)."""
    t = load_transcript(transcript_path)
    bank = load_bank(t.language)
    findings = find_elements(t, bank, load_policy(None, language=t.language).confidence)
    out = [(e, h.unit.start, h.unit.end, h.unit.speaker) for e, hits in findings.hits.items() for h in hits]
    # Replies: what a sentence of the caller (or of anyone, in a mono call) reads as, when it reads
    # as an answer at all ("was *this* said?": whether it answers a request is the engine's part).
    for u in findings.units:
        if u.speaker == "agent":
            continue
        status, phrase, _score = classify_reply(u.text, bank)
        if phrase is not None and len(u.toks) <= REPLY_WORDS or status in ("given", "refused") and phrase:
            out.append((f"reply:{status}", u.start, u.end, u.speaker))
    return ("da" if t.language == "da" else "no"), out


def element_of(found: dict[str, Any], language: str) -> str:
    if found["element"] != "reply":
        return found["element"]
    return "reply:" + classify_reply(found["checked"], load_bank(language))[0]


def calls(sets: list[str], variants: list[str] | None = None) -> list[tuple[str, Path, Path | None, dict[str, Any]]]:
    """(set, audio, ground-truth transcript or None, expected) for every call of the sets (of the
    generated ones, only ``variants`` when given)."""
    out = []
    if "bundled" in sets:
        for wav in sorted(SAMPLES.glob("*.wav")):
            out.append(("bundled", wav, SAMPLES / "transcripts" / f"{wav.stem}.json",
                        json.loads(wav.with_suffix(".expected.json").read_text("utf-8"))))
    for name in ("generated", "hard"):
        if name not in sets or not GENERATED.is_dir():
            continue
        for wav in sorted(GENERATED.glob("*.wav")):
            expected = json.loads(wav.with_suffix(".expected.json").read_text("utf-8"))
            if variants and name == "generated" and expected.get("variant") not in variants:
                continue
            if ("hard_negative" in expected) == (name == "hard"):
                out.append((name, wav, GENERATED / "transcripts" / f"{wav.stem}.json", expected))
    if "scripts" in sets and SCRIPTS.is_dir():
        for wav in sorted(SCRIPTS.glob("*.wav")):
            out.append(("scripts", wav, SCRIPTS / "transcripts" / f"{wav.stem}.json",
                        json.loads(wav.with_suffix(".expected.json").read_text("utf-8"))))
    if "realspeech" in sets and REALSPEECH.is_dir():
        for clip in sorted(p for p in REALSPEECH.rglob("*") if p.suffix.lower() in AUDIO):
            out.append(("realspeech", clip, None, {"language": clip.parent.name}))
    return out


def run(sets: list[str], limit: int | None, variants: list[str] | None = None) -> dict[str, Any]:
    verifier = Verifier()
    todo = calls(sets, variants)
    todo = todo[:limit] if limit else todo
    per: dict[tuple[str, str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    falses: list[dict[str, Any]] = []
    rows = []
    for k, (group, path, transcript, expected) in enumerate(todo, 1):
        c0 = time.process_time()
        record = verifier.verify(path).to_dict()
        cpu = time.process_time() - c0
        a = record.get("analysis") or {}
        timings = a.get("timings_s", {})
        spotting = a.get("spotting") or {"found": []}
        language = (spotting.get("language") or record.get("language") or "da")
        language = "da" if language == "da" else "no"
        variant = expected.get("variant", "bundled")
        rate = "8k" if expected.get("rate") == 8000 else "16k"
        found = [f for f in spotting["found"] if f["status"] == "verified"]
        true_lang, gt = truth(transcript) if transcript else (expected.get("language"), [])
        truly_given = bool(transcript) and analyze_transcript(load_transcript(transcript)).consent.status == "given"
        used = set()
        for e, s, en, sp in gt:
            if e not in ELEMENTS:
                continue
            key = (group if group != "generated" else f"generated {rate}", true_lang, e)
            per[key]["total"] += 1
            hit = next((i for i, f in enumerate(found) if language == true_lang and element_of(f, language) == e
                        and f["start"] < en + SLACK_S and f["end"] > s - SLACK_S
                        and (f["speaker"] == sp or None in (f["speaker"], sp))), None)
            if hit is not None:
                per[key]["detected"] += 1
                used.add(hit)
        for i, f in enumerate(found):
            e = element_of(f, language)
            if i in used or e not in ELEMENTS:
                continue
            if any(g == e and f["start"] < en + SLACK_S and f["end"] > s - SLACK_S
                   and (f["speaker"] == sp or None in (f["speaker"], sp)) for g, s, en, sp in gt):
                continue  # a second verified reading of a true element
            key = (group if group != "generated" else f"generated {rate}", true_lang or language, e)
            per[key]["false"] += 1
            falses.append({"set": group, "call": path.name, "element": e, "start": f["start"],
                           "heard": f.get("heard"), "checked": f.get("checked")})
        opening = sum(timings.get(x, 0.0) for x in ("decode", "vad", "language", "transcribe", "dtmf"))
        accepted = expected.get("verdicts") or ([expected["verdict"]] if expected.get("verdict") else [])
        rows.append({"set": group, "call": path.name, "variant": variant, "rate": rate,
                     "expected": expected.get("verdict"), "accepted": accepted, "verdict": record["verdict"],
                     "consent": record["consent"]["status"], "language": language,
                     "reasons": [r["code"] for r in record["reasons"]],
                     "opening_s": round(opening, 3), "spotting_s": round(timings.get("spotting", 0.0), 3),
                     "cpu_s": round(cpu, 3), "false_compliant": record["verdict"] == "compliant"
                     and bool(accepted) and "compliant" not in accepted,
                     "false_consent": record["consent"]["status"] == "given" and not truly_given})
        print(f"[{k}/{len(todo)}] {group:10s} {path.name:52s} {record['verdict']:13s} "
              f"open {opening:5.2f}s spot {timings.get('spotting', 0.0):5.2f}s", file=sys.stderr)
    return {"per_element": {" | ".join(k): dict(v) for k, v in sorted(per.items())},
            "false_detections": falses, "calls": rows}


def report(result: dict[str, Any]) -> str:
    lines = ["| set | language | element | detected | of | false |", "|---|---|---|---|---|---|"]
    for key, v in result["per_element"].items():
        s, lang, e = key.split(" | ")
        lines.append(f"| {s} | {lang} | {e} | {v.get('detected', 0)} | {v.get('total', 0)} | {v.get('false', 0)} |")
    rows = result["calls"]
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_set[r["set"] if r["set"] != "generated" else f"generated {r['rate']}"].append(r)
    lines += ["", "| set | calls | expected verdict | falsely compliant | consent given falsely | opening s "
              "| spotting s | spotting / opening |", "|---|---|---|---|---|---|---|---|"]
    for s, rs in sorted(by_set.items()):
        with_expected = [r for r in rs if r["expected"]]
        right = sum(r["verdict"] in (r.get("accepted") or [r["expected"]]) for r in with_expected)
        opening = sum(r["opening_s"] for r in rs)
        spot = sum(r["spotting_s"] for r in rs)
        lines.append(f"| {s} | {len(rs)} | {right} of {len(with_expected)} | "
                     f"{sum(r['false_compliant'] for r in rs)} | {sum(r['false_consent'] for r in rs)} | "
                     f"{opening:.1f} | {spot:.1f} | "
                     f"{spot / opening if opening else 0:.0%} |")
    groups = {"notices": NOTICES, "requests": REQUESTS, "consents": CONSENTS}
    lines.append("")
    for s in ("hard", "realspeech"):
        counts = {g: sum(v.get("false", 0) for k, v in result["per_element"].items()
                         if k.startswith(s + " |") and k.split(" | ")[2] in els) for g, els in groups.items()}
        lines.append(f"false on {s}: " + ", ".join(f"{g} {n}" for g, n in counts.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=["bundled", "generated", "hard", "realspeech"],
                        choices=["bundled", "generated", "hard", "scripts", "realspeech"])
    parser.add_argument("--variants", nargs="*", default=None,
                        help="only these generated variants (e.g. v1_16k v2_8k; default: all)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many calls (a smoke run)")
    parser.add_argument("--out", type=Path, default=None, help="write the full result as JSON here")
    args = parser.parse_args(argv)
    t0 = time.time()
    result = run(args.only, args.limit, args.variants)
    result["wall_s"] = round(time.time() - t0, 1)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
