"""The desk's charts: Vega-Lite specifications written with altair, rendered offline.

The archive's charts (verdicts, consent statuses, reasons, folders) are rendered to SVG here by
vl-convert (a bundled Vega runtime: no browser, no network). The per-call timeline is one
Vega-Lite spec compiled once to Vega; a page draws it for each call with the Vega runtime that
vl-convert bundles (``vega_bundle``), inlined in the report and served by the review app, using
Vega's expression interpreter so that no page needs ``eval`` (a strict Content-Security-Policy).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import altair as alt
import vl_convert as vlc

from .records import (
    CONSENT_STATUSES,
    LABEL_MAX_PX,
    LANES,
    MARK_KINDS,
    REASON_CODES,
    TIMELINE_PX,
    VERDICTS,
)

VERDICT_COLORS = {"compliant": "#2e7d32", "non_compliant": "#c62828", "needs_review": "#ef6c00",
                  "unknown": "#757575"}
CONSENT_COLORS = {"given": "#2e7d32", "refused": "#c62828", "ambiguous": "#ef6c00",
                  "no_reply": "#8d6e63", "not_requested": "#9e9e9e", "": "#bdbdbd"}
# One colour and shape per kind of evidence mark, fixed so that every timeline reads the same.
MARK_STYLE = {
    "notice": ("#1565c0", "circle"),
    "vague notice": ("#90caf9", "circle"),
    "purpose": ("#00838f", "square"),
    "request": ("#6a1b9a", "diamond"),
    "negative request": ("#ce93d8", "diamond"),
    "reply": ("#2e7d32", "triangle-up"),
    "withdrawal right": ("#5d4037", "square"),
    "objection option": ("#8d6e63", "square"),
    "retention": ("#78909c", "square"),
    "key prompt": ("#455a64", "cross"),
    "key press": ("#000000", "cross"),
    "coercion": ("#d84315", "triangle-down"),
    "withdrawal": ("#c62828", "triangle-down"),
    "threat": ("#b71c1c", "triangle-right"),
    "recording stopped": ("#424242", "triangle-left"),
}
# Rows of the words heard around a lane (records.LABEL_ROWS of them): the offset of each, in pixels.
LABEL_ROWS_DY = (-13, 15, -25, 27, -37, 39)
FOLDERS_SHOWN = 25  # folders in the chart (all are in the table)
FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
CONFIG = {"background": None, "font": FONT, "view": {"stroke": "#ddd"},
          "axis": {"labelFontSize": 11, "titleFontSize": 11},
          "legend": {"labelFontSize": 11, "titleFontSize": 11}}


def _spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    spec = chart.to_dict()
    spec["config"] = {**CONFIG, **spec.get("config", {})}
    return spec


def svg(spec: Mapping[str, Any]) -> str:
    """A Vega-Lite spec rendered to an SVG document, offline."""
    return vlc.vegalite_to_svg(dict(spec))


def _count_bars(counts: Mapping[str, int], order: Sequence[str], colors: Mapping[str, str],
                title: str, field_title: str) -> alt.Chart:
    keys = [k for k in order if counts.get(k)] + sorted(k for k in counts if k not in order)
    rows = [{"key": k or "(none)", "calls": int(counts[k])} for k in keys]
    domain = [r["key"] for r in rows]
    palette = [colors.get(k, "#607d8b") for k in keys]
    base = alt.Chart(alt.Data(values=rows), title=title)
    bars = base.mark_bar().encode(
        y=alt.Y("key:N", sort=domain, title=field_title, axis=alt.Axis(labelLimit=220)),
        x=alt.X("calls:Q", title="calls"),
        color=alt.Color("key:N", scale=alt.Scale(domain=domain, range=palette), legend=None),
        tooltip=[alt.Tooltip("key:N", title=field_title), "calls:Q"],
    )
    labels = base.mark_text(align="left", dx=3).encode(
        y=alt.Y("key:N", sort=domain), x="calls:Q", text="calls:Q")
    return (bars + labels).properties(width=360, height=alt.Step(22))


def verdict_chart(counts: Mapping[str, int]) -> dict[str, Any]:
    return _spec(_count_bars(counts, VERDICTS, VERDICT_COLORS, "Verdicts", "verdict"))


def consent_chart(counts: Mapping[str, int]) -> dict[str, Any]:
    return _spec(_count_bars(counts, CONSENT_STATUSES, CONSENT_COLORS, "Consent", "status"))


def reasons_chart(counts: Mapping[str, int]) -> dict[str, Any]:
    order = sorted((k for k in counts if counts[k]), key=lambda k: (-counts[k], k))
    order = [k for k in order if k in REASON_CODES] + [k for k in order if k not in REASON_CODES]
    return _spec(_count_bars(counts, order, {}, "Reasons (calls with each)", "reason"))


def folders_chart(folders: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Calls per folder by verdict, and each folder's non-compliance rate (the largest folders)."""
    shown = list(folders)[:FOLDERS_SHOWN]
    names = [f["folder"] for f in shown]
    counts = [{"folder": f["folder"], "verdict": v, "calls": int(f["verdicts"].get(v, 0))}
              for f in shown for v in (*VERDICTS, "unknown") if f["verdicts"].get(v)]
    rates = [{"folder": f["folder"], "rate": f["rate"], "calls": f["calls"]} for f in shown]
    y = alt.Y("folder:N", sort=names, title=None, axis=alt.Axis(labelLimit=200))
    verdicts = [*VERDICTS, "unknown"]
    stacked = alt.Chart(alt.Data(values=counts), title="Calls per folder").mark_bar().encode(
        y=y, x=alt.X("calls:Q", title="calls", stack="zero"),
        color=alt.Color("verdict:N", scale=alt.Scale(domain=verdicts,
                                                     range=[VERDICT_COLORS[v] for v in verdicts]),
                        legend=alt.Legend(orient="bottom", title=None)),
        order=alt.Order("verdict:N"),
        tooltip=["folder:N", "verdict:N", "calls:Q"],
    ).properties(width=300, height=alt.Step(20))
    rate = alt.Chart(alt.Data(values=rates), title="Non-compliance rate").mark_bar(
        color=VERDICT_COLORS["non_compliant"]).encode(
        y=alt.Y("folder:N", sort=names, title=None, axis=alt.Axis(labels=False, ticks=False)),
        x=alt.X("rate:Q", title="non-compliant share", axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, 1])),
        tooltip=["folder:N", alt.Tooltip("rate:Q", format=".1%"), "calls:Q"],
    ).properties(width=200, height=alt.Step(20))
    return _spec(alt.hconcat(stacked, rate, spacing=8))


# ---- the per-call timeline --------------------------------------------------------------------


def timeline_spec(width: int = TIMELINE_PX) -> dict[str, Any]:
    """The timeline of a call's opening as Vega-Lite, with three named data sets a page fills in:
    ``segments`` (start, end, lane, text), ``marks`` (time, end, lane, kind, text, label and
    ``level``, its row among the labels: even rows above the lane, odd rows below)
    and ``deadline`` (t). Lanes: agent, customer, unlabelled (mono calls)."""
    kinds = list(MARK_KINDS)
    lane = alt.Y("lane:N", sort=list(LANES), title=None,
                 axis=alt.Axis(labelFontWeight="bold", labelFontSize=12))
    x = alt.X("start:Q", title="seconds from the start of the recording")
    segments = alt.Chart(alt.Data(name="segments")).mark_bar(
        height=16, color="#b0bec5", cornerRadius=2).encode(
        x=x, x2="end:Q", y=lane,
        tooltip=[alt.Tooltip("start:Q", title="from (s)"), alt.Tooltip("end:Q", title="to (s)"),
                 alt.Tooltip("text:N", title="heard")])
    deadline = alt.Chart(alt.Data(name="deadline")).mark_rule(
        color="#c62828", strokeDash=[4, 4]).encode(x=alt.X("t:Q"))
    deadline_label = alt.Chart(alt.Data(name="deadline")).mark_text(
        color="#c62828", align="left", baseline="top", dx=3, y=2, fontSize=10,
        text="disclosure deadline").encode(x=alt.X("t:Q"))
    marks = alt.Chart(alt.Data(name="marks")).mark_point(
        filled=True, size=150, opacity=0.95, stroke="white", strokeWidth=0.8).encode(
        x=alt.X("time:Q"), y=lane,
        color=alt.Color("kind:N", title="evidence", scale=alt.Scale(
            domain=kinds, range=[MARK_STYLE[k][0] for k in kinds]),
            legend=alt.Legend(orient="bottom", columns=5, symbolSize=90)),
        shape=alt.Shape("kind:N", scale=alt.Scale(
            domain=kinds, range=[MARK_STYLE[k][1] for k in kinds]), legend=None),
        tooltip=[alt.Tooltip("kind:N", title="evidence"), alt.Tooltip("time:Q", title="at (s)"),
                 alt.Tooltip("text:N", title="heard"), alt.Tooltip("phrase:N", title="matched")])
    # The words heard beside each mark, on three staggered rows so that close marks stay legible.
    labels = [
        alt.Chart(alt.Data(name="marks")).transform_filter(f"datum.level == {level}").mark_text(
            align="left", dx=7, dy=dy, fontSize=10, limit=LABEL_MAX_PX, color="#263238").encode(
            x=alt.X("time:Q"), y=lane, text="label:N")
        for level, dy in enumerate(LABEL_ROWS_DY)
    ]
    chart = alt.layer(segments, deadline, deadline_label, marks, *labels).properties(
        width=width, height=alt.Step(122))
    return _spec(chart)


@functools.cache
def timeline_vega() -> dict[str, Any]:
    """The timeline compiled to Vega (pages need only the Vega runtime to draw it)."""
    return vlc.vegalite_to_vega(timeline_spec())


@functools.cache
def vega_bundle() -> str:
    """The Vega, Vega-Lite and Vega-Embed runtime as one script, from the vl-convert package."""
    return vlc.javascript_bundle()


def chart_set(counts: Mapping[str, Mapping[str, int]],
              folders: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The archive's charts: id, title, the Vega-Lite spec and its SVG."""
    specs = [
        ("verdicts", "Verdicts", verdict_chart(counts["verdicts"])),
        ("consent", "Consent statuses", consent_chart(counts["consent"])),
        ("reasons", "Reasons", reasons_chart(counts["reasons"])),
        ("folders", "Calls per folder", folders_chart(folders)),
    ]
    return [{"id": cid, "title": title, "spec": spec, "svg": svg(spec)}
            for cid, title, spec in specs]
