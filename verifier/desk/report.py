"""`consent-verifier report`: a batch's records as one self-contained HTML file, and a delete list.

The page holds everything it needs (charts as SVG images, the Vega runtime for the timelines, the
data, its script and style): it opens from disk on a machine without a network. Its
Content-Security-Policy allows only its own scripts (by hash) and no connection anywhere, so text
from a records file can neither run code nor load anything, whatever it holds; the data goes in
as a JSON block and is shown with ``textContent``, the rest through jinja2's autoescape.

Beside the page, a plain text file lists the recordings whose ``required_action`` is
``delete_recording``, one path per line, as the records name them (relative to the folder the
batch ran in). A path holding a line break cannot be one line of such a file: it is left out of
the file and named in the page instead.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from .._version import __version__
from . import charts
from .records import (
    AUDIO_EXTENSIONS,
    VERDICTS,
    Archive,
    DeskError,
    call_view,
    load_records,
    load_reviews,
    reviews_path,
    visible,
)

# The delete list's file name beside the report: report.html -> report.delete.txt.
DELETE_SUFFIX = ".delete.txt"


@dataclass(frozen=True)
class ReportSummary:
    """What a report holds, for the command line."""

    output: str
    delete_list: str
    calls: int
    verdicts: dict[str, int]
    to_delete: int
    unlisted: int  # recordings to delete whose path cannot be a line of the delete list
    reviewed: int
    bad_lines: int


def environment() -> jinja2.Environment:
    """The desk's templates; every value is HTML-escaped unless a template says otherwise."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("verifier.desk", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )


def static_text(name: str) -> str:
    """A file of the desk's static folder (styles, scripts), as text."""
    return resources.files("verifier.desk").joinpath("static", name).read_text("utf-8")


def json_for_html(data: Any) -> str:
    """JSON safe inside a <script type="application/json"> block (no "</script>", no "<!--")."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    # Lone surrogates (names that were not UTF-8) cannot be written as UTF-8 text.
    return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)


def inline_script(code: str) -> str:
    """Script text that cannot close its <script> element early."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


# ---- what the report shows --------------------------------------------------------------------


def summarize(archive: Archive, reviews: dict[str, list[dict[str, Any]]], *,
              folder_depth: int = 1) -> dict[str, Any]:
    """The report's content: call views, counts, folders, the delete list, the reviews."""
    calls = []
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("verdicts", "consent", "reasons",
                                                             "languages", "actions")}
    folders: dict[str, Counter[str]] = {}
    deletes, unlisted, lines = [], [], []
    for index, record in enumerate(archive.records):
        call = call_view(record, index, folder_depth=folder_depth)
        decisions = reviews.get(record["call_id"], [])
        call["reviews"] = decisions
        call["review"] = decisions[-1]["decision"] if decisions else ""
        calls.append(call)
        counts["verdicts"][call["verdict"]] += 1
        counts["consent"][call["consent"]] += 1
        counts["reasons"].update(call["reasons"])
        counts["languages"][call["lang"] or "?"] += 1
        counts["actions"][call["action"]] += 1
        folders.setdefault(call["folder"], Counter())[call["verdict"]] += 1
        if call["action"] == "delete_recording":
            deletes.append(call)
            raw = (record.get("source") or {}).get("path") if isinstance(record.get("source"), dict) else None
            if deletable_name(raw):
                lines.append(raw)
            else:
                unlisted.append(call)
    folder_rows = sorted(
        ({"folder": name, "calls": sum(c.values()), "verdicts": dict(c),
          "non_compliant": c.get("non_compliant", 0),
          "rate": round(c.get("non_compliant", 0) / max(1, sum(c.values())), 4)}
         for name, c in folders.items()),
        key=lambda f: (-f["calls"], f["folder"]))
    return {"calls": calls, "counts": {k: dict(v) for k, v in counts.items()},
            "folders": folder_rows, "deletes": deletes, "unlisted": unlisted,
            "delete_lines": lines,
            "reviewed": sum(1 for c in calls if c["reviews"])}


def delete_list_bytes(lines: list[str]) -> bytes:
    """The delete list's bytes: one path per line; names that were not UTF-8 as they were."""
    return b"".join(line.encode("utf-8", "surrogateescape") + b"\n" for line in lines)


def deletable_name(path: Any) -> bool:
    """Whether PATH can be a line of the delete list: a name with an audio extension and no line
    break (a hostile record must not put ``/etc/passwd``, or two names in one, on the list)."""
    return (isinstance(path, str) and not re.search(r"[\n\r\x00]", path)
            and os.path.splitext(path)[1].lower() in AUDIO_EXTENSIONS)


def _write_atomically(path: Path, data: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=f".{path.name}.", delete=False) as f:
        f.write(data)
    os.chmod(f.name, 0o600)  # the report holds transcripts: personal data
    os.replace(f.name, path)


def render_report(archive: Archive, reviews: dict[str, list[dict[str, Any]]], *,
                  folder_depth: int = 1, delete_name: str = "delete.txt",
                  now: dt.datetime | None = None) -> tuple[str, dict[str, Any]]:
    """The report page as HTML text, and the content it was made from."""
    content = summarize(archive, reviews, folder_depth=folder_depth)
    chart_list = charts.chart_set(content["counts"], content["folders"])
    for chart in chart_list:
        chart["b64"] = base64.b64encode(chart["svg"].encode("utf-8")).decode("ascii")
    delete_bytes = delete_list_bytes(content["delete_lines"])
    data = {
        "calls": content["calls"],
        "timeline": charts.timeline_vega(),
        "deleteList": base64.b64encode(delete_bytes).decode("ascii"),
        "deleteName": delete_name,
    }
    scripts = [inline_script(charts.vega_bundle()),
               inline_script(static_text("timeline.js") + "\n" + static_text("report.js"))]
    css = static_text("desk.css")
    csp = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(csp_hash(s) for s in scripts),
        "style-src " + csp_hash(css),
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    verdicts = content["counts"]["verdicts"]
    total = max(1, len(content["calls"]))
    tiles = [{"key": v, "count": verdicts.get(v, 0),
              "share": f"{100.0 * verdicts.get(v, 0) / total:.0f}%"} for v in VERDICTS]
    now = now or dt.datetime.now(dt.UTC)
    html = environment().get_template("report.html").render(
        title=visible(archive.path.name, 200, name=True),
        records_name=visible(str(archive.path), 300, name=True),
        generated=now.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__, csp=csp, css=css, scripts=scripts,
        data_json=json_for_html(data), charts=chart_list, tiles=tiles,
        calls=len(content["calls"]), bad_lines=archive.bad_lines,
        superseded=archive.superseded, counts=content["counts"],
        folders=content["folders"], deletes=content["deletes"], unlisted=content["unlisted"],
        delete_name=delete_name, reviewed=content["reviewed"],
    )
    return html, content


def build_report(
    records: str | os.PathLike[str], output: str | os.PathLike[str], *,
    reviews: str | os.PathLike[str] | None = None,
    delete_list: str | os.PathLike[str] | None = None,
    folder_depth: int = 1,
) -> ReportSummary:
    """Write the report of RECORDS to OUTPUT (HTML) and its delete list beside it.

    ``reviews`` defaults to RECORDS.reviews.jsonl (read when it exists); ``delete_list`` to
    OUTPUT with ``.delete.txt`` for ``.html``.

    Raises:
        DeskError: the records file cannot be read, or the output cannot be written.
    """
    archive = load_records(records)
    decisions = load_reviews(reviews if reviews is not None else reviews_path(records))
    output = Path(output)
    delete_path = Path(delete_list) if delete_list is not None else output.with_name(
        (output.name[:-5] if output.name.endswith(".html") else output.name) + DELETE_SUFFIX)
    html, content = render_report(archive, decisions, folder_depth=folder_depth,
                                  delete_name=delete_path.name)
    for path, data in ((output, html.encode("utf-8")),
                       (delete_path, delete_list_bytes(content["delete_lines"]))):
        try:
            _write_atomically(path, data)
        except OSError as exc:
            raise DeskError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return ReportSummary(
        output=str(output), delete_list=str(delete_path), calls=len(content["calls"]),
        verdicts=dict(content["counts"]["verdicts"]), to_delete=len(content["deletes"]),
        unlisted=len(content["unlisted"]), reviewed=content["reviewed"],
        bad_lines=archive.bad_lines,
    )
