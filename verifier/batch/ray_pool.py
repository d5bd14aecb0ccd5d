"""The batch on a Ray cluster: the same calls, records and resume as the local batch.

``run_batch`` walks SOURCE, skips done calls and writes every record itself, whichever engine
checks the calls; this module is only the engine: a ``core.Pool``, like ``local_pool.WorkerPool``,
with Ray actors in place of local processes. Each actor builds its verifier the same way and runs
the same per-call code (``core.check_call``), so a bad file gives the same error record; only the
transport (Ray calls), the placement (resources per actor) and the restarts differ.

Why Ray core actors and not Ray Data: the guarantees are per call. A call that kills its actor
must end as that call's WORKER_CRASHED record, a call over the time limit as TIMEOUT, and every
record must reach the driver's records file as soon as it exists. Ray Data retries or fails whole
blocks and owns the output; a few actors, each fed at most ``CALLS_PER_ACTOR`` calls, give those
guarantees directly, with bounded memory and without Ray Data's pandas and pyarrow.

Ray is imported when a run starts, so the rest of the package works without the extra.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import ModelError
from .core import (
    BatchError,
    CallVerifier,
    Fatal,
    Outcome,
    StartupFailures,
    Task,
    VerifierSource,
    build_verifier,
    check_call,
    failure_outcome,
    file_sha,
    nonempty,
    options_of,
    seconds_left,
)

log = logging.getLogger(__name__)

# Calls handed to one actor at a time: the one it checks and the next, so it never waits for
# the driver between calls. The driver holds at most this many per actor (bounded memory).
CALLS_PER_ACTOR = 2
# A call whose actor dies this many times while it is the actor's only call gets a WORKER_CRASHED
# record. One death may be the node's fault (a lost or pre-empted machine); a second, on another
# actor, is the call's.
MAX_CRASHES_PER_CALL = 2
INSTALL_HINT = "the Ray engine needs the ray extra: pip install 'consent-verifier[ray]'"


@dataclass(frozen=True)
class RayOptions:
    """Where the Ray engine runs and what each actor asks the cluster for."""

    # None: start a local Ray instance for the run; "auto": the cluster this node belongs to;
    # "ray://head:10001": a remote cluster through Ray Client.
    address: str | None = None
    cpus_per_actor: float = 1.0
    # None: one GPU per actor with device "cuda", else none.
    gpus_per_actor: float | None = None

    def __post_init__(self) -> None:
        if self.cpus_per_actor <= 0:
            raise ValueError("--cpus-per-actor must be more than 0")
        if self.gpus_per_actor is not None and self.gpus_per_actor < 0:
            raise ValueError("--gpus-per-actor must not be negative")

    def gpus(self, device: str) -> float:
        if self.gpus_per_actor is not None:
            return self.gpus_per_actor
        return 1.0 if device == "cuda" else 0.0


# ---- the actor --------------------------------------------------------------------------


class CallActor:
    """A Ray actor holding one verifier; checks the calls it is given, one at a time."""

    def __init__(self, source: VerifierSource, threads: int) -> None:
        self._fatal: Fatal | None = None
        try:
            self._verifier: CallVerifier = build_verifier(source, threads)
        except BaseException as exc:  # noqa: BLE001 - reported by ready(); the driver stops
            self._fatal = Fatal.of(exc)

    def ready(self) -> Fatal | None:
        """None once the verifier is built."""
        return self._fatal

    def check(self, task: Task) -> Outcome | Fatal:
        if self._fatal is not None:
            return self._fatal
        try:
            return check_call(self._verifier, task)
        except ModelError as exc:  # the model loads lazily, on the first call
            self._fatal = Fatal.of(exc)
            return self._fatal


# ---- the driver side --------------------------------------------------------------------


@dataclass
class _Call:
    task: Task
    ref: Any
    alone: bool = False  # a suspect: nothing is queued behind it on its actor


@dataclass
class _Slot:
    """One actor: starting (``ready_ref`` set) or ready, with the calls it holds in order."""

    handle: Any
    ready_ref: Any | None
    calls: deque[_Call] = field(default_factory=deque)
    head_since: float = 0.0  # when the first of ``calls`` started, as far as the driver knows


class RayPool:
    """Ray actors that each build one verifier; the Ray counterpart of ``WorkerPool``."""

    def __init__(
        self, *, verifier: VerifierSource, settings: RayOptions, actors: int | None,
        threads: int | None, timeout_s: float | None, max_actors: int, local_cpus: int,
    ) -> None:
        self._ray = import_ray()
        self._source, self._settings = verifier, settings
        self._language = options_of(verifier).language
        self._cpus, self._gpus = settings.cpus_per_actor, settings.gpus(options_of(verifier).device)
        self._actors = actors
        self._threads = threads or max(1, round(settings.cpus_per_actor))
        self._timeout_s = timeout_s
        self._max_actors = max(1, max_actors)
        self._local_cpus = max(local_cpus, math.ceil((actors or 0) * self._cpus))
        self._actor_class: Any = None
        self._slots: list[_Slot] = []
        self._exhausted = False
        self._retry: deque[Task] = deque()  # calls to send again (their actor was replaced)
        self._suspects: deque[Task] = deque()  # ... alone, as one of them killed their actor
        self._crashes: dict[str, int] = {}
        self._startups = StartupFailures()

    def map_unordered(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """One Outcome per task, in the order they finish."""
        pending = nonempty(tasks)
        if pending is None:
            return  # no calls: no Ray, no actors (each would load the model)
        with ray_session(self._settings, num_cpus=self._local_cpus):
            self._slots = [self._start() for _ in range(self._actor_count())]
            try:
                while True:
                    self._hand_out(pending)
                    if self._exhausted and not (self._retry or self._suspects or any(
                            s.calls for s in self._slots)):
                        return
                    waiting = [s.ready_ref for s in self._slots if s.ready_ref is not None]
                    waiting += [c.ref for s in self._slots for c in s.calls]
                    busy = [s.head_since for s in self._slots if s.calls]
                    done, _ = self._ray.wait(waiting, num_returns=1,
                                             timeout=seconds_left(busy, self._timeout_s))
                    for ref in done:
                        yield from self._collect(ref)
                    yield from self._stop_overrunning()
            finally:
                self.close()

    def close(self) -> None:
        """Stop every actor (an aborted run stops the calls they hold)."""
        for slot in self._slots:
            self._kill(slot)
        self._slots = []

    # -- actors

    def _actor_count(self) -> int:
        """--workers, else as many actors as the cluster's CPUs (and GPUs) hold, at most one a call."""
        if self._actors is not None:
            return min(self._actors, self._max_actors)
        total = self._ray.cluster_resources()
        fits = int(total.get("CPU", 0) // self._cpus)
        if self._gpus > 0:
            fits = min(fits, int(total.get("GPU", 0) // self._gpus))
        if fits < 1:
            raise BatchError(
                f"the Ray cluster has no room for one actor ({self._cpus:g} CPU, {self._gpus:g} "
                f"GPU; it has {total.get('CPU', 0):g} CPU, {total.get('GPU', 0):g} GPU); on an "
                f"autoscaling cluster, give --workers to ask for that many actors")
        return min(fits, self._max_actors)

    def _start(self) -> _Slot:
        if self._actor_class is None:
            # No restarts by Ray: the driver replaces a dead actor and decides what its calls get.
            self._actor_class = self._ray.remote(CallActor).options(
                num_cpus=self._cpus, num_gpus=self._gpus, max_restarts=0, max_task_retries=0)
        handle = self._actor_class.remote(self._source, self._threads)
        return _Slot(handle, handle.ready.remote())

    def _kill(self, slot: _Slot) -> None:
        with contextlib.suppress(Exception):  # already dead, or Ray is going down
            self._ray.kill(slot.handle, no_restart=True)

    def _replace(self, slot: _Slot) -> None:
        """Kill SLOT's actor and start another; the calls it still holds are the caller's."""
        self._kill(slot)
        self._slots[self._slots.index(slot)] = self._start()

    # -- calls

    def _hand_out(self, pending: Iterator[Task]) -> None:
        now = time.monotonic()
        for slot in self._slots:
            while (slot.ready_ref is None and len(slot.calls) < CALLS_PER_ACTOR
                   and not any(c.alone for c in slot.calls)):
                alone = not slot.calls and bool(self._suspects)
                task = self._next_task(pending, alone)
                if task is None:
                    break
                if not slot.calls:
                    slot.head_since = now
                slot.calls.append(_Call(task, slot.handle.check.remote(task), alone))

    def _next_task(self, pending: Iterator[Task], alone: bool) -> Task | None:
        if alone:
            return self._suspects.popleft()
        if self._retry:
            return self._retry.popleft()
        if not self._exhausted:
            task = next(pending, None)
            self._exhausted = task is None
            return task
        return None

    def _collect(self, ref: Any) -> list[Outcome]:
        for slot in self._slots:
            if slot.ready_ref == ref:
                self._on_ready(slot)
                return []
            if any(c.ref == ref for c in slot.calls):
                return self._on_results(slot, ref)
        return []  # a call of an actor replaced meanwhile

    def _on_ready(self, slot: _Slot) -> None:
        ref, slot.ready_ref = slot.ready_ref, None
        try:
            message = self._ray.get(ref)
        except self._ray.exceptions.RayError as exc:
            if self._startups.died():
                raise BatchError(f"Ray actors keep dying while the verifier starts: "
                                 f"{_short(exc)}") from None
            log.warning("a Ray actor died while starting (%s); starting another", _short(exc))
            self._replace(slot)
            return
        if message is not None:
            raise message.error("a Ray actor")
        self._startups.ready()

    def _on_results(self, slot: _Slot, ref: Any) -> list[Outcome]:
        """Results of SLOT's calls up to REF: an actor checks its calls in the order sent."""
        outcomes = []
        while slot.calls:
            call = slot.calls.popleft()
            slot.head_since = time.monotonic()
            try:
                message = self._ray.get(call.ref)
            except self._ray.exceptions.RayTaskError as exc:  # raised in check(): a bug
                outcomes.append(self._fail(call.task, "INTERNAL_ERROR", _short(exc)))
            except self._ray.exceptions.RayError as exc:  # the actor (or its node) died
                outcomes.extend(self._on_death(slot, call, exc))
                break
            else:
                outcomes.append(self._outcome(call.task, message))
            if call.ref == ref:
                break
        return outcomes

    def _outcome(self, task: Task, message: Outcome | Fatal) -> Outcome:
        self._crashes.pop(task.call_id, None)
        if isinstance(message, Fatal):
            raise message.error("a Ray actor")
        return message

    def _on_death(self, slot: _Slot, call: _Call, exc: Exception) -> list[Outcome]:
        """SLOT's actor died with CALL (and those queued behind it) unanswered.

        With one call unanswered, that call killed it (or the node went). With more, any of them
        may have: an actor sends a result just before it starts the next call, and a result not
        yet sent dies with the actor. Each is sent again, alone, so the next death is clear.
        """
        unanswered = [call.task, *(c.task for c in slot.calls)]
        slot.calls.clear()
        self._replace(slot)
        if len(unanswered) > 1:
            log.warning("a Ray actor died with %d calls unanswered (%s); checking each alone",
                        len(unanswered), _short(exc))
            self._suspects.extend(unanswered)
            return []
        task = call.task
        crashes = self._crashes[task.call_id] = self._crashes.get(task.call_id, 0) + 1
        log.warning("%s: the Ray actor died while checking it (%s)", task.path, _short(exc))
        if crashes < MAX_CRASHES_PER_CALL:
            self._suspects.append(task)
            return []
        return [self._fail(task, "WORKER_CRASHED", (
            f"the Ray actor died {crashes} times while checking this call: {_short(exc)}"))]

    def _stop_overrunning(self) -> list[Outcome]:
        if self._timeout_s is None:
            return []
        outcomes = []
        for slot in list(self._slots):
            if slot.calls and time.monotonic() - slot.head_since > self._timeout_s:
                task = slot.calls.popleft().task
                outcomes.append(self._fail(task, "TIMEOUT", (
                    f"checking took longer than the {self._timeout_s:g} s limit; "
                    f"the worker was stopped")))
                self._retry.extendleft(reversed([c.task for c in slot.calls]))  # not started
                slot.calls.clear()
                self._replace(slot)
        return outcomes

    def _fail(self, task: Task, code: str, message: str) -> Outcome:
        """An error record made by the driver; it hashes the file itself (None if unreadable)."""
        self._crashes.pop(task.call_id, None)
        sha, _ = file_sha(task.path)
        return failure_outcome(task, sha, code, message, language=self._language)


def _short(exc: BaseException) -> str:
    """Ray's own reason for a death, in one line: its "exit detail" sentence, or its first line."""
    text = str(exc)
    detail = re.search(r"exit detail: ([^.\n]*)", text)
    line = detail.group(1) if detail else text.strip().splitlines()[0] if text.strip() else ""
    return line[:300] or type(exc).__name__


# ---- the Ray session --------------------------------------------------------------------


def import_ray() -> Any:
    """The ray module, or a BatchError that says how to install it."""
    try:
        import ray
    except ImportError as exc:
        raise BatchError(INSTALL_HINT) from exc
    return ray


@contextlib.contextmanager
def ray_session(settings: RayOptions, *, num_cpus: int) -> Iterator[Any]:
    """Ray for the length of a run: an existing session, a connection, or a local instance.

    A local instance gets ``num_cpus`` CPUs. What this starts or connects, it shuts down.
    """
    ray = import_ray()
    started = not ray.is_initialized()
    if started:
        # The library never prints: no dashboard, no worker output copied to this process.
        quiet = {"log_to_driver": False, "configure_logging": False}
        try:
            with _ray_log_level(logging.ERROR):  # "token authentication is enabled", etc.
                if settings.address is None:
                    ray.init(address="local", num_cpus=num_cpus, include_dashboard=False, **quiet)
                else:
                    ray.init(address=settings.address, **quiet)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = settings.address or "a local instance"
            raise BatchError(f"cannot start Ray ({where}): {exc}") from exc
    with _no_error_prints(ray):  # shutdown included: Ray prints what it held back then
        try:
            yield ray
        finally:
            if started:
                ray.shutdown()


@contextlib.contextmanager
def _ray_log_level(level: int) -> Iterator[None]:
    # Ray gives its "ray" logger a handler of its own on import, so its records do not reach the
    # application's; its notices while it starts or connects are noise for a batch. Errors stay.
    ray_log = logging.getLogger("ray")
    before = ray_log.level
    ray_log.setLevel(max(before, level))
    try:
        yield
    finally:
        ray_log.setLevel(before)


@contextlib.contextmanager
def _no_error_prints(ray: Any) -> Iterator[None]:
    # Ray's driver prints the errors the cluster publishes ("(raylet) A worker died ...") to
    # sys.stdout even with log_to_driver=False, and stdout is the CLI's data channel. Each crash
    # is in its call's record and our log instead. The switch is the one ray.util.rpdb uses;
    # a Ray without it just prints.
    module = getattr(getattr(ray, "_private", None), "worker", None)
    if not hasattr(module, "_worker_logs_enabled"):
        yield
        return
    before, module._worker_logs_enabled = module._worker_logs_enabled, False
    try:
        yield
    finally:
        module._worker_logs_enabled = before
