"""sha256 of files, for provenance (records), resume (batch) and model checks: one implementation."""

from __future__ import annotations

import hashlib
import os

# Large enough to keep hashing at disk speed, small enough that memory stays flat for any file.
CHUNK_BYTES = 1 << 20


def sha256_file(path: str | os.PathLike[str]) -> str:
    """sha256 of a file, read in chunks.

    Raises:
        OSError: the file cannot be read.
    """
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()
