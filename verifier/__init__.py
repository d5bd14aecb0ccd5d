"""consent-verifier: was the recording of this call lawful? (Danish and Norwegian calls).

    analyze_transcript(transcript, policy=None) -> Record     # text in, record out
    Verifier(model=..., policy=...).verify(path) -> Record   # audio in, record out
"""

import os
import sys
from typing import Any

# Privacy: onnxruntime (Silero VAD runs on it) collects telemetry by default: it writes a device
# id and an event queue under ~/.cache/Microsoft/DeveloperTools/ from the moment it is imported.
# The variable must be set before that import; an onnxruntime already imported by the host
# program is told to stop sending events.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
if "onnxruntime" in sys.modules:  # pragma: no cover - depends on the host program
    sys.modules["onnxruntime"].disable_telemetry_events()

from ._version import __version__
from .engine.analyze import analyze_transcript
from .engine.policy import Policy, load_policy
from .engine.record import Record
from .engine.transcript import Event, Segment, Transcript, load_transcript
from .errors import (
    AudioDecodeError,
    ModelError,
    PolicyError,
    TranscriptError,
    VerifierError,
)

__all__ = [
    "AudioDecodeError", "Event", "ModelError", "Policy", "PolicyError", "Record", "Segment",
    "Transcript", "TranscriptError", "Verifier", "VerifierError", "__version__",
    "analyze_transcript", "load_policy", "load_transcript",
]


def __getattr__(name: str) -> Any:
    # The speech stack (faster-whisper, CTranslate2) loads only when audio is verified.
    if name == "Verifier":
        from .verify import Verifier

        return Verifier
    raise AttributeError(f"module 'verifier' has no attribute {name!r}")
