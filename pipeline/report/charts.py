"""The report's charts: Vega-Lite specs built with Altair, rendered to SVG at build time.

vl-convert runs Vega in an embedded engine, so the page gets plain SVG: no script, no fonts or
data fetched when it opens, and the same picture in every browser. Categories are told apart by
position and labels (small multiples, one panel per outlet or kind), never by colour alone.

Size, measured on the 1M-article bench dataset (bench/report.py): the eight SVG charts weigh
480 kB in all; Plotly's script inlined (plotly 7.1.0) is 4.8 MB before any chart, which the
page's 5 MB budget cannot carry.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import altair as alt
import vl_convert

INK = "#333333"
# Text is measured when the SVG is drawn and shown later by the reader's browser: the font must
# have the same widths in both, or labels overflow the picture. Arial's metrics are everywhere
# (Arial on Windows and macOS, Liberation Sans standing in for it on Linux).
FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif"
WIDTH = 560
# Counts are whole numbers: a tick between two of them (0.5 on a short axis) gets no label.
WHOLE_NUMBERS = "datum.value % 1 ? '' : format(datum.value, ',d')"


def _config(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return chart.configure(font=FONT, background="white", padding=8).configure_view(stroke=None).configure_axis(
        labelFontSize=11, titleFontSize=11, labelColor=INK, titleColor=INK, grid=True,
        gridColor="#e4e4e4", domainColor="#888888", tickColor="#888888", labelLimit=220,
    ).configure_header(labelFontSize=12, labelColor=INK, titleFontSize=0)


def render_svg(chart: alt.TopLevelMixin, *, label: str) -> str:
    """The chart as one ``<svg>`` element, labelled for assistive technology by ``label``'s id."""
    svg = vl_convert.vegalite_to_svg(_config(chart).to_dict())
    # The numbers are in the table beside the chart: to a screen reader the picture is one image.
    return re.sub(r"^<svg ", f'<svg role="img" aria-labelledby="{label}" focusable="false" ', svg, count=1)


def _values(rows: Sequence[dict]) -> alt.Data:
    return alt.Data(values=[{k: (v.isoformat() if isinstance(v, date) else v) for k, v in r.items()}
                            for r in rows])


def articles_per_day(rows: Sequence[dict], panels: Sequence[str], bucket: str) -> alt.TopLevelMixin:
    """One panel per outlet (``panel`` in each row), articles per ``bucket`` on a time axis."""
    points = max((sum(1 for r in rows if r["panel"] == p) for p in panels), default=0)
    base = alt.Chart(_values(rows), width=WIDTH, height=56)
    mark = base.mark_bar(color=INK) if points <= 120 else base.mark_area(
        color="#9a9a9a", line={"color": INK, "strokeWidth": 1}, interpolate="step-after")
    return mark.encode(
        x=alt.X("date:T", title=None, axis=alt.Axis(format="%Y-%m-%d", labelAngle=0, tickCount=6)),
        y=alt.Y("n:Q", title=f"per {bucket}", axis=alt.Axis(tickCount=2, labelExpr=WHOLE_NUMBERS)),
        tooltip=[alt.Tooltip("date:T"), alt.Tooltip("n:Q", title="articles")],
    ).facet(
        row=alt.Row("panel:N", sort=list(panels),
                    header=alt.Header(labelAngle=0, labelAlign="left", labelAnchor="start",
                                      labelOrient="top", labelFontWeight="bold"))
    ).resolve_scale(y="independent")


def bars(rows: Sequence[dict], *, category: str, value: str, value_title: str, label: str | None = None,
         share: bool = False) -> alt.TopLevelMixin:
    """Horizontal bars, largest first, each labelled with its number (``label`` column)."""
    height = max(40, 18 * len(rows))
    top = max((r[value] for r in rows), default=0)
    # Counts are whole numbers: a short axis gets one tick per unit, never 0.5.
    ticks = list(range(int(top) + 1)) if not share and top < 6 else alt.Undefined
    base = alt.Chart(_values(rows), width=WIDTH - 140, height=height).encode(
        y=alt.Y(f"{category}:N", sort=None, title=None),
        x=alt.X(f"{value}:Q", title=value_title,
                axis=alt.Axis(format="%" if share else ",d", tickCount=5, values=ticks),
                scale=alt.Scale(domain=[0, 1]) if share else alt.Undefined),
    )
    chart = base.mark_bar(color=INK, height=12)
    if label:
        chart = chart + base.mark_text(align="left", dx=4, fontSize=11, color=INK).encode(text=f"{label}:N")
    return chart


def small_multiple_bars(rows: Sequence[dict], *, category: str, panel: str, panels: Sequence[str],
                        value: str, value_title: str, label: str) -> alt.TopLevelMixin:
    """One panel of horizontal share bars per ``panel`` value, side by side."""
    categories = list(dict.fromkeys(r[category] for r in rows))
    height = max(40, 16 * len(categories))
    base = alt.Chart(_values(rows), width=150, height=height).encode(
        y=alt.Y(f"{category}:N", sort=categories, title=None),
        x=alt.X(f"{value}:Q", title=value_title, scale=alt.Scale(domain=[0, 1]),
                axis=alt.Axis(format="%", tickCount=3)),
    )
    layered = base.mark_bar(color=INK, height=10) + base.mark_text(
        align="left", dx=3, fontSize=10, color=INK).encode(text=f"{label}:N")
    return layered.facet(
        column=alt.Column(f"{panel}:N", sort=list(panels),
                          header=alt.Header(labelFontWeight="bold", labelOrient="top")))
