"""The batch summary as a spreadsheet: one CSV row per record."""

from __future__ import annotations

import contextlib
import csv
import os
import stat
import tempfile
from collections.abc import Iterable
from typing import Any

from ..hashing import file_kind
from .records_file import OutputError

CSV_COLUMNS = (
    "call_id", "verdict", "consent_status", "reasons", "required_action",
    "language", "duration_s", "error",
)
# Spreadsheets run a cell that starts with one of these as a formula; file names are user data.
_CSV_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_row(record: dict[str, Any]) -> list[str]:
    """The spreadsheet row of one record, in CSV_COLUMNS order."""
    consent = record.get("consent") or {}
    source = record.get("source") or {}
    error = record.get("error")
    if isinstance(error, dict):
        error = ": ".join(str(error[k]) for k in ("code", "message") if error.get(k))
    duration = source.get("duration_s")
    row = [
        record.get("call_id"),
        record.get("verdict"),
        consent.get("status"),
        ";".join(r.get("code", "") for r in record.get("reasons") or []),
        record.get("required_action"),
        record.get("language"),
        "" if duration is None else f"{duration:.2f}",
        error,
    ]
    return [_csv_cell(v) for v in row]


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_CSV_FORMULA_PREFIXES) else text


def check_csv_path(csv_path: str | os.PathLike[str], output: str | os.PathLike[str]) -> None:
    """Refuse, before any call is checked, a CSV that could not be written or would destroy
    something: the records file itself, a device or FIFO, a folder that does not exist or
    cannot be written to (a file is created there and removed, which is the only sure test).

    Raises:
        OutputError: with the reason, in one line.
    """
    target = os.path.realpath(csv_path)
    if target == os.path.realpath(output) or _same_file(target, output):
        raise OutputError(f"{csv_path}: --csv names the records file (-o); give the CSV another name")
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"{csv_path}: cannot use for the CSV ({exc.strerror or exc})") from exc
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputError(f"{csv_path}: is {file_kind(mode)}; the CSV must be a regular file")
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise OutputError(f"{csv_path}: its folder does not exist")
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".csv-"):
            pass
    except OSError as exc:
        raise OutputError(f"{csv_path}: cannot write a file in {folder} ({exc.strerror or exc})") from exc


def _same_file(a: str, b: str | os.PathLike[str]) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_csv(records: Iterable[dict[str, Any]], csv_path: str | os.PathLike[str]) -> None:
    """One row per record, written to a temporary file and renamed into place (over the file a
    link points to, not the link). On failure nothing is left behind and the old CSV stays.

    UTF-8 with a byte-order mark, so spreadsheet programs show æ, ø and å in file names.

    Raises:
        OutputError: the CSV cannot be written (e.g. the disk is full).
    """
    target = os.path.realpath(csv_path)
    folder = os.path.dirname(target)
    out = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", dir=folder, prefix=".csv-", delete=False, encoding="utf-8-sig",
            errors="backslashreplace", newline="",
        ) as out:
            writer = csv.writer(out)
            writer.writerow(CSV_COLUMNS)
            for record in records:
                writer.writerow(csv_row(record))
        os.replace(out.name, target)
    except BaseException as exc:
        if out is not None:
            with contextlib.suppress(OSError):
                os.unlink(out.name)
        if isinstance(exc, OSError):
            raise OutputError(f"{csv_path}: cannot write the CSV ({exc.strerror or exc}); "
                              "the records file is complete") from exc
        raise
