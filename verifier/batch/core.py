"""One call, checked: what every pool runs, whichever transport carries its messages.

A pool (``local_pool``: spawned processes and pipes; ``ray_pool``: Ray actors) moves tasks to its
workers and their messages back, places workers and replaces the dead. Everything else is here,
once: how a worker builds its verifier, how a call becomes exactly one record line
(``check_call``), the messages a worker sends, the record the parent writes for a call its worker
could not finish, and what stops a run (a verifier that does not start).
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from ..engine.record import Record, error_record
from ..errors import ModelError, VerifierError
from ..hashing import sha256_file
from ..verify import Verifier, VerifierOptions
from .records_file import encode_line
from .sources import regular_file_problem

log = logging.getLogger(__name__)

# Workers that die while their verifier starts this many times in a row stop the run: every call
# would fail the same way.
MAX_STARTUP_FAILURES = 3


class BatchError(VerifierError):
    """The batch cannot go on: the verifier does not start in a worker."""


class CallVerifier(Protocol):
    """What a worker checks calls with: the project's ``Verifier``, or a test's stand-in."""

    @property
    def options(self) -> VerifierOptions: ...

    def with_threads(self, cpu_threads: int) -> CallVerifier: ...

    def verify(self, path: str) -> Record: ...


# What a worker builds its verifier from: checked options (the verifier is built in the worker),
# or a configured verifier (each worker checks with a copy of it).
VerifierSource = VerifierOptions | CallVerifier


def options_of(source: VerifierSource) -> VerifierOptions:
    """The options the workers' verifiers will run with."""
    return source if isinstance(source, VerifierOptions) else source.options


def build_verifier(source: VerifierSource, cpu_threads: int) -> CallVerifier:
    """A worker's own verifier, using ``cpu_threads`` (its model loads on its first call)."""
    if isinstance(source, VerifierOptions):
        return Verifier(source, cpu_threads=cpu_threads)
    return source.with_threads(cpu_threads)


class Pool(Protocol):
    """Workers that each hold one verifier and check one call at a time."""

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """One Outcome per task, in the order they finish; stops the workers at the end."""
        ...

    def close(self) -> None:
        """Stop every worker (an aborted run stops the calls they hold)."""
        ...


# ---- what travels between the parent and a worker ------------------------------------------


@dataclass(frozen=True)
class Task:
    """One call to check."""

    call_id: str
    path: str
    # Resume: skip the call when its file's sha256 ("" when unreadable) still equals this.
    skip_sha: str | None = None


@dataclass(frozen=True)
class Outcome:
    """One finished call: its record line (None when skipped on resume)."""

    call_id: str
    line: bytes | None
    is_error: bool = False


@dataclass(frozen=True)
class Ready:
    """The worker's verifier is built; it takes calls."""


@dataclass(frozen=True)
class Started:
    """The worker began a call; the file's hash, for the record if the worker dies on it."""

    sha: str | None


@dataclass(frozen=True)
class Fatal:
    """No call can be checked in this worker (its verifier does not start, the model is bad)."""

    message: str
    model_error: bool

    @classmethod
    def of(cls, exc: BaseException) -> Fatal:
        text = str(exc) if isinstance(exc, VerifierError) else f"{type(exc).__name__}: {exc}"
        return cls(text, isinstance(exc, ModelError))

    def error(self, where: str) -> VerifierError:
        """The error that stops the run; WHERE names the worker ("a worker", "a Ray actor")."""
        # A missing or corrupt model stays a ModelError: the CLI reports it as a set-up problem.
        kind = ModelError if self.model_error else BatchError
        return kind(f"the verifier cannot start in {where}: {self.message}")


# ---- the worker side -----------------------------------------------------------------------


def check_call(
    verifier: CallVerifier, task: Task, *, on_started: Callable[[str | None], None] | None = None
) -> Outcome:
    """The outcome of one call: skipped (resume, file unchanged), its record, or an error record.

    ``on_started`` gets the file's hash before the call is checked.

    Raises:
        ModelError: no call can be checked (the model loads on the first call); the worker
            reports it as Fatal and the run stops.
    """
    sha, problem = file_sha(task.path)
    if on_started is not None:
        on_started(sha)
    if task.skip_sha is not None and task.skip_sha == (sha or ""):
        return Outcome(task.call_id, None)
    language = verifier.options.language
    if problem is not None:
        return failure_outcome(task, sha, "AUDIO_UNREADABLE", problem, language=language)
    try:
        record = stamp(verifier.verify(task.path), task.call_id, sha)
        # A record that is not JSON is this call's error, not a crash.
        return Outcome(task.call_id, encode_line(record.to_dict()), record.error is not None)
    except ModelError:
        raise
    except VerifierError as exc:
        code, message = "AUDIO_UNREADABLE", str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad call must not stop the archive
        log.debug("%s: unexpected error", task.path, exc_info=True)
        code, message = "INTERNAL_ERROR", f"{type(exc).__name__}: {exc}"
    return failure_outcome(task, sha, code, message, language=language)


def file_sha(path: str) -> tuple[str | None, str | None]:
    """(sha256 of the file, why it cannot be read as audio): one of the two is None, or both."""
    problem = regular_file_problem(path)
    if problem is not None:
        return None, problem
    try:
        return sha256_file(path), None
    except OSError as exc:
        return None, f"cannot read: {exc.strerror or exc}"


# ---- records made by the batch -------------------------------------------------------------


def stamp(record: Record, call_id: str, sha: str | None) -> Record:
    """The record with its call_id and the batch's own hash of the file in ``source.sha256``."""
    source = dict(record.source or {})
    if sha is not None or source.get("sha256") is None:
        # The batch's hash wins: resume compares against exactly this.
        source["sha256"] = sha
    kind = record.input
    if isinstance(kind, dict) and kind.get("kind") == "audio":
        kind = {**kind, "sha256": source["sha256"]}
    return dataclasses.replace(record, call_id=call_id, source=source, input=kind)


def failure_record(
    call_id: str, path: str, sha: str | None, error_code: str, message: str, *,
    language: str | None,
) -> Record:
    """The record of a call that could not be checked: needs_review, reason AUDIO_UNREADABLE.

    ``error.code`` says why: AUDIO_UNREADABLE, WORKER_CRASHED, TIMEOUT or INTERNAL_ERROR.
    """
    record = error_record(
        code="AUDIO_UNREADABLE", message=message, source={"path": path, "sha256": sha},
        input={"kind": "audio", "sha256": sha}, language=language, detail=error_code,
    )
    return stamp(record, call_id, sha)


def failure_outcome(
    task: Task, sha: str | None, error_code: str, message: str, *, language: str | None
) -> Outcome:
    """The Outcome of a call that could not be checked (see ``failure_record``)."""
    record = failure_record(task.call_id, task.path, sha, error_code, message, language=language)
    return Outcome(task.call_id, encode_line(record.to_dict()), True)


# ---- the parent side -----------------------------------------------------------------------


def nonempty(tasks: Iterable[Task]) -> Iterator[Task] | None:
    """TASKS as an iterator, or None when there are none (then no worker need start)."""
    pending = iter(tasks)
    first = next(pending, None)
    return None if first is None else itertools.chain([first], pending)


def seconds_left(started: Iterable[float], timeout_s: float | None) -> float | None:
    """Seconds until the first of these calls (``time.monotonic()`` starts) overruns; None
    (wait for an event) without a limit or a call."""
    starts = list(started)
    if timeout_s is None or not starts:
        return None
    return max(0.0, min(starts) + timeout_s - time.monotonic())


class StartupFailures:
    """Workers that died before their verifier was ready, in a row."""

    def __init__(self) -> None:
        self.count = 0

    def ready(self) -> None:
        self.count = 0

    def died(self) -> bool:
        """Count one; True when there were too many and the run must stop."""
        self.count += 1
        return self.count >= MAX_STARTUP_FAILURES
