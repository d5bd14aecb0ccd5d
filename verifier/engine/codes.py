"""The closed vocabularies of DOMAIN.md's contract: verdicts, consent statuses, actions, reason codes.

They are ``StrEnum``s, so a value compares equal to its string and is written to JSON as that
string: ``Verdict.COMPLIANT == "compliant"``. A leaf: imports nothing of the project.
"""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    COMPLIANT = "compliant"
    NON_COMPLIANT = "non_compliant"
    NEEDS_REVIEW = "needs_review"


class ConsentStatus(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"
    AMBIGUOUS = "ambiguous"
    NO_REPLY = "no_reply"
    NOT_REQUESTED = "not_requested"


class Method(StrEnum):
    VERBAL = "verbal"
    KEYPRESS = "keypress"


class Action(StrEnum):
    NONE = "none"
    DELETE_RECORDING = "delete_recording"
    REVIEW = "review"


class Code(StrEnum):
    """DOMAIN.md's reason codes."""

    NO_RECORDING_NOTICE = "NO_RECORDING_NOTICE"
    VAGUE_NOTICE = "VAGUE_NOTICE"
    NO_PURPOSE = "NO_PURPOSE"
    NO_CONSENT_REQUEST = "NO_CONSENT_REQUEST"
    NO_WITHDRAWAL_NOTICE = "NO_WITHDRAWAL_NOTICE"
    NO_OBJECTION_OPTION = "NO_OBJECTION_OPTION"
    LATE_DISCLOSURE = "LATE_DISCLOSURE"
    CONSENT_REFUSED = "CONSENT_REFUSED"
    CONSENT_AMBIGUOUS = "CONSENT_AMBIGUOUS"
    NO_REPLY = "NO_REPLY"
    NEGATIVELY_PHRASED_REQUEST = "NEGATIVELY_PHRASED_REQUEST"
    COERCIVE_REQUEST = "COERCIVE_REQUEST"
    CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN"
    RECORDING_CONTINUED_AFTER_REFUSAL = "RECORDING_CONTINUED_AFTER_REFUSAL"
    RECORDING_CONTINUED_AFTER_WITHDRAWAL = "RECORDING_CONTINUED_AFTER_WITHDRAWAL"
    THREAT_EXCEPTION_CANDIDATE = "THREAT_EXCEPTION_CANDIDATE"
    LOW_CONFIDENCE = "LOW_CONFIDENCE"
    UNSUPPORTED_LANGUAGE = "UNSUPPORTED_LANGUAGE"
    AUDIO_UNREADABLE = "AUDIO_UNREADABLE"
