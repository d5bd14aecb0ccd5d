"""A stand-in for verifier.verify.Verifier in the batch tests: no model, behaviour by file.

A "call" is a file starting with ``FAKEAUDIO:<verdict>``. Other content is unreadable audio.
File names with ``crash`` kill the worker, ``hang`` never return, ``slow`` take 0.1 s, ``bug``
raise an unexpected exception, ``nomodel`` a ModelError, ``notjson`` give a record that is not
JSON. It returns real ``Record``s and has the ``CallVerifier`` methods the batch uses
(``options``, ``with_threads``, ``verify``). Picklable (top level), so spawned workers get copies.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import random
import time

from verifier.engine.codes import Action, Code, ConsentStatus, Verdict
from verifier.engine.record import Consent, Reason, Record
from verifier.errors import AudioDecodeError, ModelError
from verifier.verify import VerifierOptions

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
    def __init__(self, options: VerifierOptions | None = None) -> None:
        self.options = options or VerifierOptions()

    def with_threads(self, cpu_threads: int) -> FakeVerifier:
        return type(self)(dataclasses.replace(self.options, cpu_threads=cpu_threads))

    def verify(self, path: str) -> Record:
        name = os.path.basename(path)
        if "crash" in name:
            os._exit(70)
        if "hang" in name:
            time.sleep(3600)
        if "slow" in name:
            time.sleep(0.1)
        if "nomodel" in name:
            raise ModelError("models/whisper-base/model.bin: sha256 does not match")
        if "bug" in name:
            raise KeyError("a bug in the verifier")
        with open(path, "rb") as f:
            data = f.read()
        if not data.startswith(MAGIC):
            raise AudioDecodeError(f"{path}: not an audio file (or truncated)")
        verdict = data[len(MAGIC):].split(b"\n", 1)[0].decode()
        status, codes, action = OUTCOMES[verdict]
        timings = {"total": random.random()}
        return Record(
            verdict=Verdict(verdict),
            consent=Consent(status=ConsentStatus(status), method="verbal"),
            reasons=tuple(Reason(code=Code(c), message=c.lower()) for c in codes),
            required_action=Action(action),
            language=self.options.language or "da",
            source={"path": path, "sha256": hashlib.sha256(data).hexdigest(), "duration_s": 12.5},
            analysis={"timings_s": timings, "score": object()} if "notjson" in name else
            {"timings_s": timings},
        )


class BrokenVerifier(FakeVerifier):
    """A verifier that cannot start in a worker (its model directory is missing)."""

    def with_threads(self, cpu_threads: int) -> FakeVerifier:
        raise RuntimeError("model directory missing")
