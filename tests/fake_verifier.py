"""A stand-in for verifier.verify.Verifier in the batch tests: no model, behaviour by file.

A "call" is a file starting with ``FAKEAUDIO:<verdict>``. Other content is unreadable audio.
File names with ``crash`` kill the worker, ``hang`` never return, ``slow`` take 0.1 s, ``bug``
raise an unexpected exception. Picklable (top level), so spawned workers can build it.
"""

from __future__ import annotations

import hashlib
import os
import random
import time
from typing import Any

MAGIC = b"FAKEAUDIO:"
OUTCOMES = {
    "compliant": ("given", [], "none"),
    "non_compliant": ("refused", ["CONSENT_REFUSED"], "delete_recording"),
    "needs_review": ("ambiguous", ["CONSENT_AMBIGUOUS", "LOW_CONFIDENCE"], "review"),
}


def audio(verdict: str = "compliant", salt: str = "") -> bytes:
    """The bytes of a fake call with the given verdict (salt makes distinct content)."""
    return MAGIC + verdict.encode() + b"\n" + salt.encode() + b"\0" * 64


class FakeVerifier:
    def __init__(self, options: Any, cpu_threads: int) -> None:
        self.options = options
        self.cpu_threads = cpu_threads

    def verify(self, path: str) -> dict[str, Any]:
        from verifier.errors import AudioDecodeError

        name = os.path.basename(path)
        if "crash" in name:
            os._exit(70)
        if "hang" in name:
            time.sleep(3600)
        if "slow" in name:
            time.sleep(0.1)
        if "nomodel" in name:
            from verifier.errors import ModelError

            raise ModelError("models/whisper-base/model.bin: sha256 does not match")
        if "bug" in name:
            raise KeyError("a bug in the verifier")
        if "notjson" in name:
            return {"verdict": "compliant", "score": object()}
        with open(path, "rb") as f:
            data = f.read()
        if not data.startswith(MAGIC):
            raise AudioDecodeError(f"{path}: not an audio file (or truncated)")
        verdict = data[len(MAGIC):].split(b"\n", 1)[0].decode()
        status, codes, action = OUTCOMES[verdict]
        return {
            "verdict": verdict,
            "consent": {"status": status, "method": "verbal"},
            "reasons": [{"code": c, "message": c.lower()} for c in codes],
            "required_action": action,
            "language": self.options.language or "da",
            "source": {"path": path, "sha256": hashlib.sha256(data).hexdigest(),
                       "duration_s": 12.5},
            "analysis": {"timings_s": {"total": random.random()}},
        }


def fake_factory(options: Any, cpu_threads: int) -> FakeVerifier:
    return FakeVerifier(options, cpu_threads)


def failing_factory(options: Any, cpu_threads: int) -> FakeVerifier:
    raise RuntimeError("model directory missing")
