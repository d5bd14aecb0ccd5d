"""Policies: the rules a call is judged by, loaded from data files (DOMAIN.md, "Policies").

Two ship with the project (`dk`, `no`, in `verifier/data/policies/`); a user policy is a JSON file
of the same shape, given by path. Unknown keys are errors, with a suggestion, so a typo in a policy
never silently weakens it.
"""

from __future__ import annotations

import difflib
import hashlib
import math
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import PolicyError
from ..hashing import NotRegularFileError, read_bounded
from .transcript import parse_json

BUILTIN = ("dk", "no")
# DOMAIN.md: by default the policy follows the call's language.
POLICY_FOR_LANGUAGE = {"da": "dk", "no": "no", "nb": "no", "nn": "no"}
OUTCOMES = ("non_compliant", "review")
# A policy file is a few hundred bytes; this bounds what a wrong path can make us read.
MAX_POLICY_BYTES = 256 * 1024
# DOMAIN.md: every number in a policy must be finite and in a sane range. A policy is an input like
# any other: a reply window of NaN, infinity or 1e308 would turn a late reply into consent, and a
# deadline of a million seconds would make `check` decode whole calls. Each key: (lowest, highest,
# whether the lowest itself is allowed). The opening read is then at most 600 + 30 + 5 seconds.
RANGES: dict[str, tuple[float, float, bool]] = {
    "disclosure_deadline_s": (0.0, 600.0, False),
    "reply_window_s": (0.0, 30.0, False),
    "stop_grace_s": (0.0, 60.0, True),
    "max_no_speech_prob": (0.0, 1.0, True),
    "min_avg_logprob": (-3.0, 0.0, True),
    "max_compression_ratio": (1.0, 10.0, True),
    "review_avg_logprob": (-3.0, 0.0, True),
    "review_unusable_share": (0.0, 1.0, True),
}


@dataclass(frozen=True)
class Requirements:
    """Which elements must be present before the deadline for a call to be compliant."""

    recording_notice: bool = True  # a notice (or, for consent policies, a request) was given
    definite_notice: bool = False  # the notice must say the call *is* recorded, not "can be"
    purpose: bool = True
    consent_request: bool = True
    withdrawal_notice: bool = True  # told consent can be withdrawn / recording stopped
    objection_option: bool = False  # a request, or information on how to object / opt out
    affirmative_reply: bool = True  # an active yes (verbal or opt-in key)


@dataclass(frozen=True)
class Confidence:
    """When recogniser output is not evidence, and when it is too weak for a firm verdict."""

    # Whisper's own defaults for discarding a window: no-speech above 0.6, log-probability
    # below -1.0, compression ratio above 2.4 (repetition loops).
    max_no_speech_prob: float = 0.6
    min_avg_logprob: float = -1.0
    max_compression_ratio: float = 2.4
    # Evidence from segments below this log-probability is too weak to call a call compliant.
    review_avg_logprob: float = -0.75
    # When more than this share of the speech is unusable, a missing element is not proof.
    review_unusable_share: float = 0.3


@dataclass(frozen=True)
class Policy:
    """A policy as loaded: its rules plus where it came from and its content hash."""

    id: str
    name: str
    basis: str  # "consent" or "information"
    disclosure_deadline_s: float
    reply_window_s: float
    stop_grace_s: float
    require: Requirements
    on_ambiguous_reply: str  # "non_compliant" or "review"
    on_negative_request: str  # what a polarity-trap request leads to when consent was heard
    confidence: Confidence
    sha256: str
    source: str  # "builtin" or the file's path
    # The organisation's own disclosure sentences per language (da, no): spotting checks them
    # against the audio first (DOMAIN.md "Policies"). Empty when the policy carries none.
    scripts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def describe(self) -> dict[str, Any]:
        """The provenance block of a record."""
        return {"id": self.id, "sha256": self.sha256, "source": self.source}


def load_policy(policy: str | Path | Policy | None = None, *, language: str | None = None) -> Policy:
    """A policy by builtin name (`dk`, `no`), by path, or by the call's language when None.

    Raises:
        PolicyError: unknown name, unreadable file, or a file that breaks the policy format.
    """
    if isinstance(policy, Policy):
        return policy
    if policy is None:
        name = POLICY_FOR_LANGUAGE.get((language or "").lower())
        if name is None:
            raise PolicyError(f"no default policy for language {language!r}; give one with --policy")
        policy = name
    text = str(policy)
    if text in BUILTIN:
        raw = resources.files("verifier.data.policies").joinpath(f"{text}.json").read_bytes()
        return parse_policy(raw, source="builtin")
    path = Path(text)
    if not path.suffix and not path.exists():
        raise PolicyError(f"unknown policy {text!r}: use one of {', '.join(BUILTIN)} or a path to a JSON file")
    try:
        # Only a regular file, and never more than the limit: a FIFO would block for ever and a
        # link to /dev/zero would never end.
        raw = read_bounded(path, MAX_POLICY_BYTES)
    except FileNotFoundError:
        raise PolicyError(f"policy file {path} does not exist") from None
    except NotRegularFileError as e:
        raise PolicyError(f"policy file {path}: {e.strerror}") from None
    except OSError as e:
        raise PolicyError(f"policy file {path}: cannot read ({e.strerror})") from e
    if raw is None:
        raise PolicyError(f"policy file {path}: larger than {MAX_POLICY_BYTES // 1024} KB, not a policy")
    return parse_policy(raw, source=str(path))


def parse_policy(raw: bytes, *, source: str) -> Policy:
    """Validate policy JSON and build a Policy; every problem names the key at fault."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise PolicyError(f"policy {source}: not valid JSON ({e})") from None
    data = parse_json(text, f"policy {source}", PolicyError)
    if not isinstance(data, dict):
        raise PolicyError(f"policy {source}: expected a JSON object")
    top = {f.name for f in fields(Policy)} - {"sha256", "source"}
    _check_keys(data, top, f"policy {source}")
    for key in ("id", "disclosure_deadline_s", "reply_window_s", "stop_grace_s"):
        if key not in data:
            raise PolicyError(f"policy {source}: key '{key}' is missing")
    require = _section(data.get("require", {}), Requirements, f"policy {source}: require", bool)
    confidence = _section(data.get("confidence", {}), Confidence, f"policy {source}: confidence", float)
    timing = {k: _seconds(data[k], k, f"policy {source}: {k}") for k in
              ("disclosure_deadline_s", "reply_window_s", "stop_grace_s")}
    outcomes = {}
    for key in ("on_ambiguous_reply", "on_negative_request"):
        value = data.get(key, "review")
        if value not in OUTCOMES:
            raise PolicyError(f"policy {source}: {key} must be one of {', '.join(OUTCOMES)}, got {value!r}")
        outcomes[key] = value
    basis = data.get("basis", "consent")
    if basis not in ("consent", "information"):
        raise PolicyError(f"policy {source}: basis must be 'consent' or 'information', got {basis!r}")
    if not isinstance(data["id"], str) or not data["id"]:
        raise PolicyError(f"policy {source}: id must be a non-empty string")
    _text(data["id"], f"policy {source}: id")
    _text(str(data.get("name", "")), f"policy {source}: name")
    return Policy(
        id=data["id"], name=str(data.get("name", data["id"])), basis=basis, require=require,
        confidence=confidence, sha256=hashlib.sha256(raw).hexdigest(), source=source,
        scripts=_scripts(data.get("scripts", {}), f"policy {source}: scripts"),
        **timing, **outcomes,
    )


# A script is a few sentences an agent reads out; past these sizes it is not one.
MAX_SCRIPT_SENTENCES = 20
MAX_SCRIPT_CHARS = 300


def _scripts(raw: Any, where: str) -> dict[str, tuple[str, ...]]:
    """``{"da": ["Samtalen optages ...", ...], "no": [...]}``: sentences per language."""
    if not isinstance(raw, dict):
        raise PolicyError(f"{where} must be an object of languages (da, no) to lists of sentences")
    out: dict[str, tuple[str, ...]] = {}
    for lang, sentences in raw.items():
        code = {"da": "da", "no": "no", "nb": "no", "nn": "no"}.get(str(lang).lower())
        if code is None:
            raise PolicyError(f"{where}: language {lang!r} is not supported (da, no, nb or nn)")
        if (not isinstance(sentences, list) or len(sentences) > MAX_SCRIPT_SENTENCES
                or not all(isinstance(x, str) and 0 < len(x.strip()) <= MAX_SCRIPT_CHARS for x in sentences)):
            raise PolicyError(f"{where}.{lang} must be a list of at most {MAX_SCRIPT_SENTENCES} sentences "
                              f"of 1-{MAX_SCRIPT_CHARS} characters")
        for x in sentences:
            _text(x, f"{where}.{lang}")
        out[code] = out.get(code, ()) + tuple(x.strip() for x in sentences)
    return out


def _section(raw: Any, cls: type, where: str, kind: type) -> Any:
    if not isinstance(raw, dict):
        raise PolicyError(f"{where} must be an object")
    _check_keys(raw, {f.name for f in fields(cls)}, where)
    values = {}
    for key, value in raw.items():
        if kind is bool and not isinstance(value, bool):
            raise PolicyError(f"{where}.{key} must be true or false, got {value!r}")
        if kind is float:
            value = _in_range(value, key, f"{where}.{key}")
        values[key] = value
    return cls(**values)


def _check_keys(data: dict[str, Any], allowed: set[str], where: str) -> None:
    for key in data:
        if key.startswith("_") or key in ("description",):
            continue
        if key not in allowed:
            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise PolicyError(f"{where}: unknown key '{key}'{hint}")


def _seconds(value: Any, key: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise PolicyError(f"{where} must be a number of seconds >= 0, got {_shown(value)}")
    return _in_range(value, key, where)


def _in_range(value: Any, key: str, where: str) -> float:
    """A finite number within RANGES[key], or a PolicyError naming the key and the range."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PolicyError(f"{where} must be a number, got {_shown(value)}")
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits
        number = math.inf
    low, high, low_ok = RANGES[key]
    if not math.isfinite(number) or number > high or number < low or (number == low and not low_ok):
        bound = f"{'>=' if low_ok else '>'} {low:g} and <= {high:g}"
        raise PolicyError(f"{where} must be a finite number {bound}, got {_shown(value)}")
    return number


def _shown(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f"an integer of about {int(value.bit_length() * 0.30103) + 1} digits"
    return repr(value)[:80]


def _text(value: str, where: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise PolicyError(f"{where} holds a lone surrogate (not valid Unicode)") from None
