"""Batch: every call of an archive checked by a pool of verifiers, one record per call, nothing lost.

    sources.py (the calls in SOURCE) -> run.py (the job) -> local_pool.py | ray_pool.py (the pools,
    one protocol: core.py's Pool, each worker running core.check_call) -> records_file.py (the
    crash-safe JSON Lines file) -> csv_out.py (the summary table)
"""

from .core import BatchError, CallVerifier, Pool
from .run import (
    DEFAULT_TIMEOUT_S,
    FAIL_ON_CHOICES,
    BatchOptions,
    BatchProgress,
    BatchSummary,
    RayOptions,
    default_parallelism,
    run_batch,
    verify_many,
)

__all__ = [
    "DEFAULT_TIMEOUT_S", "FAIL_ON_CHOICES", "BatchError", "BatchOptions", "BatchProgress", "BatchSummary",
    "CallVerifier", "Pool", "RayOptions", "default_parallelism", "run_batch", "verify_many",
]
