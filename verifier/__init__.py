"""consent-verifier: was the recording of this call lawful? (Danish and Norwegian calls).

    analyze_transcript(transcript, policy=None) -> Record     # text in, record out
    Verifier(model=..., policy=...).verify(path) -> Record   # audio in, record out
"""

from typing import Any

__version__ = "0.1.0"

from .engine import analyze_transcript  # noqa: E402
from .errors import (  # noqa: E402
    AudioDecodeError,
    ModelError,
    PolicyError,
    TranscriptError,
    VerifierError,
)
from .policy import Policy, load_policy  # noqa: E402
from .record import Record  # noqa: E402
from .transcript import Event, Segment, Transcript, load_transcript  # noqa: E402

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
