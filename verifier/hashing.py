"""Opening and hashing input files safely: one implementation for provenance (records), resume
(batch), model checks, transcripts and policies.

Inputs come from users and may be anything a path can name: a FIFO (opening it for reading
would wait forever for a writer), a link to ``/dev/zero`` or ``/dev/urandom`` (endless), a
socket, a folder. ``open_regular`` opens without blocking and looks at what it opened before a
single byte is read; only regular files get through. ``read_bounded`` never reads more than its
limit, whatever the file's size claims.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from typing import BinaryIO

# Large enough to keep hashing at disk speed, small enough that memory stays flat for any file.
CHUNK_BYTES = 1 << 20


class NotRegularFileError(OSError):
    """The path names something other than a regular file (a FIFO, a device, a socket, a folder).

    ``strerror`` says what it is, e.g. "not a regular file (a FIFO)".
    """


def file_kind(mode: int) -> str:
    """What a st_mode describes, in words ("a regular file", "a FIFO", "a character device", …)."""
    for test, name in ((stat.S_ISREG, "a regular file"), (stat.S_ISDIR, "a folder"),
                       (stat.S_ISFIFO, "a FIFO, a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a file"


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading (symlinks followed), refusing anything else at once.

    The open does not block (O_NONBLOCK: a FIFO with no writer would otherwise hang here), and
    the type is taken from the open descriptor, so a path swapped after a check is still caught.

    Raises:
        NotRegularFileError: a folder, FIFO, device or socket (``strerror`` says which).
        OSError: the file cannot be opened (missing, no permission, ...).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = file_kind(mode)
            if stat.S_ISDIR(mode):
                raise NotRegularFileError(errno.EISDIR, f"is {what}, not a file", os.fspath(path))
            raise NotRegularFileError(errno.EINVAL, f"not a regular file ({what})", os.fspath(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes | None:
    """The whole content of a regular file, or None if it holds more than ``limit`` bytes.

    At most ``limit + 1`` bytes are read, whatever the file is.

    Raises:
        NotRegularFileError, OSError: as ``open_regular``.
    """
    with open_regular(path) as f:
        data = f.read(limit + 1)
    return None if len(data) > limit else data


def sha256_file(path: str | os.PathLike[str]) -> str:
    """sha256 of a regular file, read in chunks (memory stays flat for any size).

    Raises:
        NotRegularFileError: not a regular file (a FIFO or a device would never end).
        OSError: the file cannot be read.
    """
    digest = hashlib.sha256()
    with open_regular(path) as f:
        while chunk := f.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()
