"""The worker pool of the batch: processes that each hold one Verifier and check calls.

Each worker is a process of its own, started with 'spawn' (CTranslate2's thread pools do not
survive a fork taken after they start), that builds one Verifier, so the model loads once per
worker, and checks one call at a time. The parent hands each worker its next call over a pipe
and knows which call every worker holds and since when: a worker that dies (a segfault in a
decoder, the OOM killer) or overruns the per-call time limit is killed and replaced, and its
call gets an error record. So every input gives exactly one record, and the run goes on.
"""

from __future__ import annotations

import copy
import itertools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from ..errors import ModelError, VerifierError
from ..hashing import sha256_file
from .io import encode_line, regular_file_problem

log = logging.getLogger(__name__)

# Workers that die while loading the model this many times in a row stop the run: every call
# would fail the same way.
MAX_STARTUP_FAILURES = 3
# How long a stopping worker may take to exit before it is killed.
STOP_GRACE_S = 10.0
# How often a worker checks that the batch process is still there (it exits when orphaned).
PARENT_CHECK_S = 1.0


class BatchError(VerifierError):
    """The batch cannot go on: the verifier does not start in a worker."""


@dataclass(frozen=True)
class VerifierOptions:
    """The `check` options each worker builds its Verifier with."""

    model: str | None = None
    policy: str | None = None
    language: str | None = None
    agent_channel: str = "left"
    scan: str = "opening"
    device: str = "cpu"
    compute_type: str | None = None
    include_transcript: bool = True


VerifierFactory = Callable[[VerifierOptions, int], Any]


def default_verifier_factory(options: VerifierOptions, cpu_threads: int) -> Any:
    """Build the project's Verifier in a worker (imported there, so the parent stays light)."""
    from ..verify import Verifier

    return Verifier(**asdict(options), cpu_threads=cpu_threads)


@dataclass(frozen=True)
class VerifierCopies:
    """A factory that gives each worker a copy of one configured Verifier.

    The copy travels by pickle and loads its own model on first use (``Verifier.__getstate__``
    leaves the loaded model behind); its CPU threads are set to the worker's share.
    """

    verifier: Any

    def __call__(self, options: VerifierOptions, cpu_threads: int) -> Any:
        clone = copy.copy(self.verifier)
        if hasattr(clone, "cpu_threads"):
            clone.cpu_threads = cpu_threads
        return clone


# ---- records made here ------------------------------------------------------------------


def stamp(record: dict[str, Any], call_id: str, sha: str | None) -> dict[str, Any]:
    """The record with its call_id (where the record schema puts it) and ``source.sha256``."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key != "call_id":
            out[key] = value
        if key == "verifier":
            out["call_id"] = call_id
    if "call_id" not in out:
        out = {"call_id": call_id, **out}
    source = dict(out.get("source") or {})
    if sha is not None or source.get("sha256") is None:
        # The batch's own hash of the file wins: resume compares against exactly this.
        source["sha256"] = sha
    out["source"] = source
    if isinstance(out.get("input"), dict) and out["input"].get("kind") == "audio":
        out["input"] = {**out["input"], "sha256": source["sha256"]}
    return out


def failure_record(
    call_id: str, path: str, sha: str | None, error_code: str, message: str,
    options: VerifierOptions,
) -> dict[str, Any]:
    """The record of a call that could not be checked: needs_review, reason AUDIO_UNREADABLE.

    ``error.code`` says why: AUDIO_UNREADABLE, WORKER_CRASHED, TIMEOUT or INTERNAL_ERROR.
    """
    from ..engine.record import error_record

    record = error_record(
        code="AUDIO_UNREADABLE", message=message, source={"path": path, "sha256": sha},
        input={"kind": "audio", "sha256": sha}, language=options.language, detail=error_code,
    )
    return stamp(record.to_dict(), call_id, sha)


# ---- the worker process -----------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    call_id: str
    path: str
    # Resume: skip the call when its file's sha256 ("" when unreadable) still equals this.
    skip_sha: str | None = None


def _worker_main(
    conn: Connection, factory: VerifierFactory, options: VerifierOptions, threads: int,
    parent_pid: int,
) -> None:
    """Build one verifier, then check the calls the parent sends until it sends None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()
    try:
        verifier = factory(options, threads)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the run
        conn.send(("fatal", _describe_error(exc), isinstance(exc, ModelError)))
        return
    conn.send(("ready",))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            conn.send(_run_task(conn, verifier, options, task))
        except ModelError as exc:  # the model loads lazily, on the first call
            conn.send(("fatal", _describe_error(exc), True))
            return


def _describe_error(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, VerifierError) else f"{type(exc).__name__}: {exc}"


def _exit_with_parent(parent_pid: int) -> None:
    # An orphaned worker (the batch was SIGKILLed) must not go on, or hang, on its own.
    while True:
        time.sleep(PARENT_CHECK_S)
        if os.getppid() != parent_pid:
            os._exit(1)


def _run_task(conn: Connection, verifier: Any, options: VerifierOptions, task: Task) -> tuple:
    problem = regular_file_problem(task.path)
    sha = None
    if problem is None:
        try:
            sha = sha256_file(task.path)
        except OSError as exc:
            problem = f"cannot read: {exc.strerror or exc}"
    conn.send(("started", sha))  # the parent needs the hash if this worker dies on the call
    if task.skip_sha is not None and task.skip_sha == (sha or ""):
        return ("skipped",)
    if problem is not None:
        record = failure_record(task.call_id, task.path, sha, "AUDIO_UNREADABLE", problem, options)
    else:
        record = _verify(verifier, options, task, sha)
    return ("record", encode_line(record), bool(record.get("error")))


def _verify(verifier: Any, options: VerifierOptions, task: Task, sha: str | None) -> dict:
    try:
        result = verifier.verify(task.path)
        record = result.to_dict() if hasattr(result, "to_dict") else dict(result)
        record = stamp(record, task.call_id, sha)
        encode_line(record)  # a record that is not JSON is this call's error, not a crash
        return record
    except ModelError:
        raise  # no call can be checked: the worker reports it and the parent stops the run
    except VerifierError as exc:
        code, message = "AUDIO_UNREADABLE", str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad call must not stop the archive
        log.debug("%s: unexpected error", task.path, exc_info=True)
        code, message = "INTERNAL_ERROR", f"{type(exc).__name__}: {exc}"
    return failure_record(task.call_id, task.path, sha, code, message, options)


# ---- the pool (parent side) -------------------------------------------------------------


@dataclass
class Outcome:
    """One finished call: its record line (None when skipped on resume)."""

    call_id: str
    line: bytes | None
    is_error: bool = False


class _Slot:
    """One worker process, and the call it holds."""

    def __init__(self, ctx: Any, args: tuple) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child, *args), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.task: Task | None = None
        self.sha: str | None = None
        self.since = 0.0

    def assign(self, task: Task) -> None:
        self.task, self.sha, self.since = task, None, time.monotonic()
        self.conn.send(task)

    def stop(self, *, kill: bool = False) -> None:
        if not kill and self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(STOP_GRACE_S)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(STOP_GRACE_S)
        if self.process.is_alive():
            # Stuck in the kernel (a dead network mount): SIGKILL waits for the I/O to return.
            # Leave it behind rather than hang the batch; its watchdog ends it when it wakes.
            log.warning("worker %s does not exit; leaving it behind", self.process.pid)
        self.conn.close()


class WorkerPool:
    """Worker processes that each build one verifier and check one call at a time."""

    def __init__(
        self, *, factory: VerifierFactory, options: VerifierOptions, workers: int,
        threads: int, timeout_s: float | None,
    ) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        self._args = (factory, options, threads, os.getpid())
        self._options = options
        self._workers = workers
        self._timeout_s = timeout_s
        self._slots: list[_Slot] = []
        self._startup_failures = 0

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """One Outcome per task, in the order they finish."""
        pending = iter(tasks)
        first = next(pending, None)
        if first is None:
            return  # no calls: no workers (each would load the model)
        pending = itertools.chain([first], pending)
        exhausted = False
        self._slots = [_Slot(self._ctx, self._args) for _ in range(self._workers)]
        try:
            while True:
                exhausted = self._hand_out(pending, exhausted)
                if exhausted and all(s.task is None for s in self._slots):
                    return
                waitables = [s.conn for s in self._slots]
                wait(waitables + [s.process.sentinel for s in self._slots], self._wait_s())
                for index in range(len(self._slots)):
                    yield from self._service(index)
        finally:
            self.close()

    def close(self) -> None:
        """Stop every worker: idle ones politely, busy ones (an aborted run) at once."""
        for slot in self._slots:
            slot.stop(kill=slot.task is not None)
        self._slots = []

    def _hand_out(self, pending: Iterator[Task], exhausted: bool) -> bool:
        for slot in self._slots:
            if exhausted:
                break
            if slot.ready and slot.task is None:
                task = next(pending, None)
                if task is None:
                    exhausted = True
                else:
                    slot.assign(task)
        return exhausted

    def _wait_s(self) -> float | None:
        """Seconds until the next per-call deadline; None (wait for an event) without one."""
        busy = [s.since for s in self._slots if s.task is not None]
        if self._timeout_s is None or not busy:
            return None
        return max(0.0, min(busy) + self._timeout_s - time.monotonic())

    def _service(self, index: int) -> list[Outcome]:
        slot = self._slots[index]
        outcomes: list[Outcome] = []
        broken = False
        while not broken and slot.conn.poll():
            try:
                message = slot.conn.recv()
            except (EOFError, OSError):
                broken = True  # the worker died, perhaps half way through a message
                break
            outcome = self._on_message(slot, message)
            if outcome is not None:
                outcomes.append(outcome)
        if broken or not slot.process.is_alive():
            slot.process.join(STOP_GRACE_S)
            outcomes.extend(self._on_death(slot))
            self._replace(index)
        elif slot.task is not None and self._overran(slot):
            outcomes.append(self._fail(slot, "TIMEOUT", (
                f"checking took longer than the {self._timeout_s:g} s limit; the worker was stopped"
            )))
            self._replace(index)
        return outcomes

    def _overran(self, slot: _Slot) -> bool:
        return self._timeout_s is not None and time.monotonic() - slot.since > self._timeout_s

    def _on_message(self, slot: _Slot, message: tuple) -> Outcome | None:
        kind = message[0]
        if kind == "ready":
            slot.ready, self._startup_failures = True, 0
        elif kind == "fatal":
            # A missing or corrupt model stays a ModelError: the CLI reports it as a set-up problem.
            raise (ModelError if message[2] else BatchError)(
                f"the verifier cannot start in a worker: {message[1]}")
        elif kind == "started":
            slot.sha = message[1]
        elif kind in ("skipped", "record") and slot.task is not None:
            task, slot.task = slot.task, None
            if kind == "skipped":
                return Outcome(task.call_id, None)
            return Outcome(task.call_id, message[1], message[2])
        return None

    def _on_death(self, slot: _Slot) -> list[Outcome]:
        how = _describe_exit(slot.process.exitcode)
        if slot.task is not None:
            log.warning("%s: the worker %s while checking it", slot.task.path, how)
            return [self._fail(slot, "WORKER_CRASHED",
                               f"the worker process {how} while checking this call")]
        if not slot.ready:
            self._startup_failures += 1
            if self._startup_failures >= MAX_STARTUP_FAILURES:
                raise BatchError(
                    f"workers keep dying while the verifier starts (the last one {how}); a "
                    f"script that starts a batch must guard its code with "
                    f"`if __name__ == '__main__':`, as multiprocessing requires")
            log.warning("a worker %s while starting; starting another", how)
        else:
            log.warning("an idle worker %s; starting another", how)
        return []

    def _fail(self, slot: _Slot, code: str, message: str) -> Outcome:
        task, slot.task = slot.task, None
        assert task is not None
        record = failure_record(task.call_id, task.path, slot.sha, code, message, self._options)
        return Outcome(task.call_id, encode_line(record), True)

    def _replace(self, index: int) -> None:
        self._slots[index].stop(kill=True)
        self._slots[index] = _Slot(self._ctx, self._args)


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "stopped responding"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"
