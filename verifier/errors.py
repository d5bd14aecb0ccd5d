"""Named exceptions. Every error a user can cause is one of these, with a one-line message."""


class VerifierError(Exception):
    """Base class: a problem with the user's input or set-up, reported as one clear line."""


class TranscriptError(VerifierError):
    """A transcript that is not valid JSON or does not follow the transcript format."""


class PolicyError(VerifierError):
    """An unknown policy name, or a policy file that is malformed."""


class AudioDecodeError(VerifierError):
    """An audio file that cannot be opened or decoded."""


class ModelError(VerifierError):
    """The speech model is missing, incomplete or does not match its expected hash."""
