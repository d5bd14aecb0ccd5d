"""The batch job: every call of an archive checked in worker processes, one record per call.

``run_batch`` walks SOURCE (``sources``), hands the calls to a pool of workers that each hold
one verifier (``local_pool``; or Ray actors, ``engine="ray"``: ``ray_pool``; both run
``core.check_call``), appends each record to the crash-safe records file as it comes back
(``records_file``), and at the end counts the whole file into a summary and an optional CSV
(``csv_out``). Only the parent writes records, whichever engine checks the calls. The verifier's
options (the policy included) are checked here, before any worker starts. ``verify_many`` is
the same pool without the file.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from ..verify import Verifier, VerifierOptions
from .core import BatchError, CallVerifier, Outcome, Pool, Task, VerifierSource, options_of
from .csv_out import check_csv_path, write_csv
from .local_pool import WorkerPool
from .ray_pool import RayOptions, RayPool
from .records_file import OutputError, RecordsWriter, iter_records
from .sources import SourceProblem, iter_calls, output_problem

log = logging.getLogger(__name__)

__all__ = [
    "BatchError", "BatchOptions", "BatchProgress", "BatchSummary", "RayOptions",
    "default_parallelism", "run_batch", "verify_many",
]

# Per-call wall-clock limit when none is given: an opening check takes seconds, a full scan of
# a three-hour call on one thread can take an hour.
DEFAULT_TIMEOUT_S = {"opening": 600.0, "full": 4 * 3600.0}
FAIL_ON_CHOICES = frozenset({"error", "compliant", "non_compliant", "needs_review"})
ENGINES = ("local", "ray")


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs. None for workers, threads or timeout picks a default."""

    verifier: VerifierOptions = field(default_factory=VerifierOptions)
    # Where calls are checked: "local" worker processes, or "ray" actors (workers: actors).
    engine: str = "local"
    ray: RayOptions = field(default_factory=RayOptions)
    # Parallelism (see default_parallelism).
    workers: int | None = None
    threads_per_worker: int | None = None
    # Per-call wall-clock limit in seconds; None: DEFAULT_TIMEOUT_S for the scan; 0: no limit.
    timeout_s: float | None = None
    # The records file: refuse an existing one, replace it, or continue it.
    resume: bool = False
    overwrite: bool = False
    retry_errors: bool = False  # with resume: check again the calls whose record is an error
    csv_path: str | os.PathLike[str] | None = None
    fail_on: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r}; choose from {', '.join(ENGINES)}")
        if self.engine != "ray" and self.ray != RayOptions():
            raise ValueError("Ray options (--address, --cpus-per-actor, --gpus-per-actor) "
                             "need --engine ray")
        unknown = set(self.fail_on) - FAIL_ON_CHOICES
        if unknown:
            raise ValueError(f"unknown --fail-on value(s): {', '.join(sorted(unknown))}")
        if self.resume and self.overwrite:
            raise ValueError("--resume and --overwrite exclude each other")


@dataclass(frozen=True)
class BatchProgress:
    """Where a run stands; given to the progress callback after each call."""

    done: int  # processed + skipped
    total: int
    processed: int
    skipped: int
    errors: int
    elapsed_s: float

    @property
    def calls_per_hour(self) -> float:
        return 3600.0 * self.processed / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        rate = self.processed / self.elapsed_s if self.elapsed_s > 0 else 0.0
        return (self.total - self.done) / rate if rate > 0 else None


@dataclass(frozen=True)
class BatchSummary:
    """What a run did, and what the whole records file (earlier runs included) now holds."""

    output: str
    # This run.
    total: int  # calls found in SOURCE
    processed: int
    skipped: int  # already recorded (resume)
    elapsed_s: float
    # The records file, one record per call.
    records: int
    errors: int  # records with an `error`
    verdicts: dict[str, int]
    consent: dict[str, int]
    reasons: dict[str, int]
    superseded: int  # older records of changed files, dropped at the end
    # SOURCE: folders that could not be read (errors) and other notes, the first ones kept.
    source_errors: int = 0
    source_problems: tuple[str, ...] = ()

    @property
    def calls_per_hour(self) -> float:
        return 3600.0 * self.processed / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def failed(self, fail_on: Iterable[str]) -> bool:
        """Whether the records meet any --fail-on condition ("error" or a verdict)."""
        wanted = set(fail_on)
        if "error" in wanted and (self.errors or self.source_errors):
            return True
        return any(self.verdicts.get(v) for v in wanted - {"error"})

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "calls_per_hour": round(self.calls_per_hour, 1)}


ProgressCallback = Callable[[BatchProgress], None]


def usable_cores() -> int:
    """CPU cores this process may run on (respects affinity masks and container CPU sets)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def default_parallelism(
    *, device: str = "cpu", workers: int | None = None, threads_per_worker: int | None = None
) -> tuple[int, int]:
    """(workers, threads per worker): by default one single-threaded worker per core.

    Calls are independent, and much of a call's time (decoding, VAD, analysis) runs on one
    thread, so processes scale better than threads inside one model. On a GPU, one worker.
    """
    cores = usable_cores()
    if workers is None:
        workers = 1 if _on_gpu(device) else max(1, cores // (threads_per_worker or 1))
    if threads_per_worker is None:
        threads_per_worker = max(1, cores // workers)
    return max(1, workers), max(1, threads_per_worker)


def _on_gpu(device: str) -> bool:
    if device != "auto":
        return device != "cpu"
    try:
        import ctranslate2

        return ctranslate2.get_cuda_device_count() > 0
    except Exception:  # noqa: BLE001 - no usable CUDA runtime: CPU
        return False


def _timeout(timeout_s: float | None, scan: str) -> float | None:
    if timeout_s is None:
        return DEFAULT_TIMEOUT_S.get(scan, DEFAULT_TIMEOUT_S["full"])
    return timeout_s or None


def _source(options: VerifierOptions, verifier: CallVerifier | None) -> VerifierSource:
    """What the workers build their verifiers from; the options are checked (the policy parsed)
    here, so a bad one is one error before any worker starts."""
    return verifier if verifier is not None else options.checked()


# ---- the public entry points ------------------------------------------------------------


def verify_many(
    paths: Iterable[str | os.PathLike[str]],
    verifier_or_options: Verifier | CallVerifier | VerifierOptions | None = None, *,
    workers: int | None = None, threads_per_worker: int | None = None,
    timeout_s: float | None = None,
) -> Iterator[dict[str, Any]]:
    """Check many calls in worker processes; yields one record dict per path as each finishes.

    Each worker checks with a copy of the given verifier (``Verifier.with_threads``), or with a
    Verifier built from the given options (default: ``VerifierOptions()``). ``call_id`` is the
    path as given; records come in completion order, not input order. ``timeout_s`` is the
    per-call limit (None: the scan's default; 0: none). Scripts that call this need an
    ``if __name__ == "__main__":`` guard (workers are spawned).

    Raises:
        VerifierError, PolicyError: the options are invalid (before any worker starts).
        ModelError, BatchError: the verifier does not start in a worker.
    """
    if isinstance(verifier_or_options, VerifierOptions) or verifier_or_options is None:
        source = _source(verifier_or_options or VerifierOptions(), None)
    else:
        source = verifier_or_options
    settings = options_of(source)
    n_workers, threads = default_parallelism(
        device=settings.device, workers=workers, threads_per_worker=threads_per_worker)
    pool = WorkerPool(verifier=source, workers=n_workers, threads=threads,
                      timeout_s=_timeout(timeout_s, settings.scan))
    tasks = (Task(os.fspath(p), os.fspath(p)) for p in paths)
    return (json.loads(outcome.line) for outcome in pool.map_unordered(tasks)
            if outcome.line is not None)  # never None: no task asks to be skipped


def run_batch(
    source: str | os.PathLike[str], output: str | os.PathLike[str], *,
    options: BatchOptions | None = None,
    verifier: CallVerifier | None = None,
    progress: ProgressCallback | None = None,
) -> BatchSummary:
    """Check every call in SOURCE and append one record per call to OUTPUT (JSON Lines).

    Each worker builds a Verifier from ``options.verifier``, or, when ``verifier`` is given,
    checks with a copy of it (its own options then apply).

    Raises:
        VerifierError: SOURCE missing, OUTPUT refused (exists without resume/overwrite,
            locked, corrupt), invalid verifier options (PolicyError), or the verifier cannot
            start (BatchError; ModelError).
    """
    options = options or BatchOptions()
    started = time.monotonic()
    workers_verifier = _source(options.verifier, verifier)
    # Outputs are checked before any call is: a CSV that cannot be written, or one that is the
    # records file, or an output the walk would check as a call, must not cost a whole run.
    for path in (output, options.csv_path):
        if path is not None and (problem := output_problem(source, path)):
            raise OutputError(f"{path}: {problem}")
    if options.csv_path is not None:
        check_csv_path(options.csv_path, output)
    total = sum(1 for _ in iter_calls(source, report=lambda problem: None))
    problems = _Problems()
    tracker = _Tracker(total, progress, started)
    mode = "resume" if options.resume else "overwrite" if options.overwrite else "new"
    with RecordsWriter(output, mode=mode, retry_errors=options.retry_errors) as writer:
        done, writer.done = writer.done, {}
        tasks = (Task(c.call_id, c.path, done.get(c.call_id))
                 for c in iter_calls(source, report=problems.add))
        pool = _engine(options, workers_verifier, total)
        tracker.report()
        for outcome in pool.map_unordered(tasks):
            if outcome.line is not None:
                writer.write(outcome.line)
            tracker.add(outcome)
        del done
        # Still under the writer's lock: a second run must not append to a file that the
        # compaction is about to replace.
        return _finish(writer, options, tracker, problems)


def _engine(options: BatchOptions, verifier: VerifierSource, total: int) -> Pool:
    """The pool that checks the calls: local worker processes, or actors on a Ray cluster."""
    settings = options_of(verifier)
    timeout_s = _timeout(options.timeout_s, settings.scan)
    if options.engine == "ray":
        return RayPool(verifier=verifier, settings=options.ray, actors=options.workers,
                       threads=options.threads_per_worker, timeout_s=timeout_s,
                       max_actors=total, local_cpus=usable_cores())
    workers, threads = default_parallelism(
        device=settings.device, workers=options.workers,
        threads_per_worker=options.threads_per_worker)
    return WorkerPool(verifier=verifier, workers=max(1, min(workers, total)), threads=threads,
                      timeout_s=timeout_s)


class _Problems:
    """Problems met in SOURCE: all counted, the first MAX_KEPT kept for the summary."""

    MAX_KEPT = 100

    def __init__(self) -> None:
        self.errors = 0
        self.kept: list[str] = []

    def add(self, problem: SourceProblem) -> None:
        (log.error if problem.is_error else log.warning)("%s: %s", problem.path, problem.message)
        self.errors += problem.is_error
        if len(self.kept) < self.MAX_KEPT:
            self.kept.append(f"{problem.path}: {problem.message}")


class _Tracker:
    def __init__(self, total: int, callback: ProgressCallback | None, started: float) -> None:
        self.total, self.callback, self.started = total, callback, started
        self.processed = self.skipped = self.errors = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.line is None:
            self.skipped += 1
        else:
            self.processed += 1
            self.errors += outcome.is_error
        self.report()

    def report(self) -> None:
        if self.callback is not None:
            self.callback(self.progress())

    def progress(self) -> BatchProgress:
        return BatchProgress(
            done=self.processed + self.skipped, total=self.total, processed=self.processed,
            skipped=self.skipped, errors=self.errors, elapsed_s=time.monotonic() - self.started)


def _finish(
    writer: RecordsWriter, options: BatchOptions, tracker: _Tracker, problems: _Problems
) -> BatchSummary:
    """Drop superseded records, then count (and write the CSV) over the whole file."""
    output = writer.path
    superseded = writer.compact()
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("verdicts", "consent", "reasons")}
    tally = {"records": 0, "errors": 0}

    def counted(records: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            tally["records"] += 1
            tally["errors"] += bool(record.get("error"))
            counts["verdicts"][str(record.get("verdict"))] += 1
            counts["consent"][str((record.get("consent") or {}).get("status"))] += 1
            counts["reasons"].update(r.get("code") for r in record.get("reasons") or [])
            yield record

    if options.csv_path is not None:
        write_csv(counted(iter_records(output)), options.csv_path)
    else:
        for _ in counted(iter_records(output)):
            pass
    progress = tracker.progress()
    return BatchSummary(
        output=output, total=tracker.total, processed=progress.processed,
        skipped=progress.skipped, elapsed_s=progress.elapsed_s, superseded=superseded,
        source_errors=problems.errors, source_problems=tuple(problems.kept), **tally,
        **{k: dict(sorted(v.items())) for k, v in counts.items()},
    )
