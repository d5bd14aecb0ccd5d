"""consent-verifier: was the recording of this call lawful? (Danish and Norwegian calls).

    analyze_transcript(transcript, policy=None) -> Record     # text in, record out
    Verifier(model=..., policy=...).verify(path) -> Record   # audio in, record out
"""

from typing import Any

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
