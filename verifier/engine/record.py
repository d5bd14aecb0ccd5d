"""Stage 5: the compliance record, a versioned JSON document (schema: verifier/data/record.schema.json).

A record says what was decided (verdict, consent, reasons, required action), the evidence behind
each finding, and what produced it (verifier version, policy and input hashes, and for audio the
model and the span analysed), so that any record can be reproduced and checked.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from .._version import __version__
from .codes import Action, Code, ConsentStatus, Verdict

SCHEMA_VERSION = "1.0"
VERDICTS = tuple(Verdict)
CONSENT_STATUSES = tuple(ConsentStatus)
REQUIRED_ACTIONS = tuple(Action)
REASON_CODES = tuple(Code)


@dataclass(frozen=True)
class Evidence:
    """What was heard that backs a finding: when, by whom, the words, the phrase and the score."""

    start: float
    end: float
    speaker: str | None
    text: str
    phrase: str | None = None
    score: float | None = None


@dataclass(frozen=True)
class Reason:
    """Why a call is not compliant, or needs review: a DOMAIN.md reason code and a sentence."""

    code: Code
    message: str
    evidence: Evidence | None = None


@dataclass(frozen=True)
class KeyPress:
    """A DTMF key press read against the prompt it answered."""

    digit: str
    time: float
    meaning: str  # "opt_in", "opt_out" or "unknown"
    prompt: Evidence | None = None


@dataclass(frozen=True)
class Consent:
    """The customer's answer to the request (or key-press prompt) to record."""

    status: ConsentStatus
    method: str | None = None  # "verbal" or "keypress"; None when there was no answer
    request: Evidence | None = None
    reply: Evidence | None = None
    keypress: KeyPress | None = None
    negatively_phrased: bool = False


@dataclass(frozen=True)
class Record:
    """One call's compliance record. Serialise with `to_dict()` / `to_json()`."""

    verdict: Verdict
    consent: Consent
    reasons: tuple[Reason, ...]
    required_action: Action
    withdrawals: tuple[Evidence, ...] = ()
    findings: dict[str, list[Evidence]] = field(default_factory=dict)
    language: str | None = None
    policy: dict[str, Any] | None = None
    input: dict[str, Any] | None = None
    source: dict[str, Any] | None = None
    analysis: dict[str, Any] | None = None
    transcript: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    call_id: str | None = None

    @property
    def reason_codes(self) -> list[str]:
        """The reason codes, in order."""
        return [r.code for r in self.reasons]

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, in the order of the schema."""
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "verifier": {"name": "consent-verifier", "version": __version__},
        }
        if self.call_id is not None:
            out["call_id"] = self.call_id
        out.update(
            verdict=self.verdict,
            consent=asdict(self.consent),
            withdrawals=[asdict(w) for w in self.withdrawals],
            reasons=[_reason_dict(r) for r in self.reasons],
            required_action=self.required_action,
            language=self.language,
            policy=self.policy,
            input=self.input,
            findings={k: [asdict(e) for e in v] for k, v in self.findings.items()},
        )
        for key in ("source", "analysis", "error", "transcript"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """The record as a JSON string (UTF-8 text, non-ASCII kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _reason_dict(reason: Reason) -> dict[str, Any]:
    out: dict[str, Any] = {"code": reason.code, "message": reason.message}
    if reason.evidence is not None:
        out["evidence"] = asdict(reason.evidence)
    return out


def error_record(
    *,
    code: str,
    message: str,
    source: dict[str, Any] | None = None,
    analysis: dict[str, Any] | None = None,
    policy: Any = None,
    language: str | None = None,
    input: dict[str, Any] | None = None,  # noqa: A002 - the record's field name
    detail: str | None = None,
) -> Record:
    """A record for a call that could not be analysed: needs_review, with the cause in `error`.

    Args:
        code: a DOMAIN.md reason code (usually AUDIO_UNREADABLE or LOW_CONFIDENCE).
        message: one human sentence on what went wrong.
        detail: a finer cause for machines (e.g. "TIMEOUT", "WORKER_CRASHED"); defaults to code.
    """
    if code not in REASON_CODES:
        raise ValueError(f"unknown reason code {code!r}")
    return Record(
        verdict=Verdict.NEEDS_REVIEW,
        consent=Consent(status=ConsentStatus.NOT_REQUESTED),
        reasons=(Reason(code=Code(code), message=message),),
        required_action=Action.REVIEW,
        language=language,
        policy=policy.describe() if hasattr(policy, "describe") else policy,
        input=input,
        source=source,
        analysis=analysis,
        error={"code": detail or code, "message": message},
    )
