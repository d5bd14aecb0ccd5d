"""The local pool: worker processes on this machine that each hold one verifier.

Each worker is a process of its own, started with 'spawn' (CTranslate2's thread pools do not
survive a fork taken after they start), that builds one verifier, so the model loads once per
worker, and checks one call at a time (``core.check_call``). The parent hands each worker its
next call over a pipe and knows which call every worker holds and since when: a worker that dies
(a segfault in a decoder, the OOM killer) or overruns the per-call time limit is killed and
replaced, and its call gets an error record. So every input gives exactly one record.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from ..errors import ModelError
from .core import (
    BatchError,
    Fatal,
    Outcome,
    Ready,
    Started,
    StartupFailures,
    Task,
    VerifierSource,
    build_verifier,
    check_call,
    failure_outcome,
    nonempty,
    options_of,
    seconds_left,
)

log = logging.getLogger(__name__)

# How long a stopping worker may take to exit before it is killed.
STOP_GRACE_S = 10.0
# How often a worker checks that the batch process is still there (it exits when orphaned).
PARENT_CHECK_S = 1.0


# ---- the worker process -----------------------------------------------------------------


def _worker_main(conn: Connection, source: VerifierSource, threads: int, parent_pid: int) -> None:
    """Build one verifier, then check the calls the parent sends until it sends None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()
    try:
        verifier = build_verifier(source, threads)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the run
        conn.send(Fatal.of(exc))
        return
    conn.send(Ready())
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            # The parent needs the file's hash if this worker dies on the call.
            conn.send(check_call(verifier, task, on_started=lambda sha: conn.send(Started(sha))))
        except ModelError as exc:  # the model loads lazily, on the first call
            conn.send(Fatal.of(exc))
            return


@contextlib.contextmanager
def _worker_environment(threads: int) -> Iterator[None]:
    """OMP_NUM_THREADS for the workers started in the block (unless the user set it).

    It must be in a worker's environment from its start: numpy's BLAS reads it when numpy is
    imported, and a spawned worker imports numpy while it unpickles its arguments, before any of
    its code runs. It changes the numbers too, not only the speed: the features computed with
    two BLAS threads differ slightly from those with one, and so can the transcript.
    """
    if "OMP_NUM_THREADS" in os.environ:
        yield
        return
    os.environ["OMP_NUM_THREADS"] = str(threads)
    try:
        yield
    finally:
        os.environ.pop("OMP_NUM_THREADS", None)


def _exit_with_parent(parent_pid: int) -> None:
    # An orphaned worker (the batch was SIGKILLed) must not go on, or hang, on its own.
    while True:
        time.sleep(PARENT_CHECK_S)
        if os.getppid() != parent_pid:
            os._exit(1)


# ---- the pool (parent side) -------------------------------------------------------------


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
        self, *, verifier: VerifierSource, workers: int, threads: int, timeout_s: float | None,
    ) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        self._args = (verifier, threads, os.getpid())
        self._threads = threads
        self._language = options_of(verifier).language
        self._workers = workers
        self._timeout_s = timeout_s
        self._slots: list[_Slot] = []
        self._startups = StartupFailures()

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """One Outcome per task, in the order they finish."""
        pending = nonempty(tasks)
        if pending is None:
            return  # no calls: no workers (each would load the model)
        exhausted = False
        self._slots = [self._start() for _ in range(self._workers)]
        try:
            while True:
                exhausted = self._hand_out(pending, exhausted)
                if exhausted and all(s.task is None for s in self._slots):
                    return
                waitables = [s.conn for s in self._slots] + [s.process.sentinel for s in self._slots]
                busy = [s.since for s in self._slots if s.task is not None]
                wait(waitables, seconds_left(busy, self._timeout_s))
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

    def _on_message(self, slot: _Slot, message: Ready | Started | Fatal | Outcome) -> Outcome | None:
        if isinstance(message, Ready):
            slot.ready = True
            self._startups.ready()
        elif isinstance(message, Fatal):
            raise message.error("a worker")
        elif isinstance(message, Started):
            slot.sha = message.sha
        elif isinstance(message, Outcome) and slot.task is not None:
            slot.task = None
            return message
        return None

    def _on_death(self, slot: _Slot) -> list[Outcome]:
        how = _describe_exit(slot.process.exitcode)
        if slot.task is not None:
            log.warning("%s: the worker %s while checking it", slot.task.path, how)
            return [self._fail(slot, "WORKER_CRASHED",
                               f"the worker process {how} while checking this call")]
        if not slot.ready:
            if self._startups.died():
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
        return failure_outcome(task, slot.sha, code, message, language=self._language)

    def _start(self) -> _Slot:
        with _worker_environment(self._threads):
            return _Slot(self._ctx, self._args)

    def _replace(self, index: int) -> None:
        self._slots[index].stop(kill=True)
        self._slots[index] = self._start()


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "stopped responding"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"
