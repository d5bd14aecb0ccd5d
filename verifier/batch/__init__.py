"""Batch: every call of an archive checked by a pool of verifiers, one record per call, nothing lost.

    io.py (sources, records file, CSV) -> run.py (the job) -> local_pool.py | ray_pool.py (the pools)
"""

from .run import (
    DEFAULT_TIMEOUT_S,
    FAIL_ON_CHOICES,
    BatchError,
    BatchOptions,
    BatchProgress,
    BatchSummary,
    RayOptions,
    VerifierCopies,
    VerifierOptions,
    default_parallelism,
    describe_progress,
    describe_summary,
    run_batch,
    verify_many,
)

__all__ = [
    "DEFAULT_TIMEOUT_S", "FAIL_ON_CHOICES", "BatchError", "BatchOptions", "BatchProgress", "BatchSummary",
    "RayOptions", "VerifierCopies", "VerifierOptions", "default_parallelism", "describe_progress",
    "describe_summary", "run_batch", "verify_many",
]
