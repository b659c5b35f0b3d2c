"""HTML for the report: one self-contained page, plain markup, a little inline CSS and script.

Everything user-supplied (titles, names, quotes, URLs) is escaped; links are made only of
http(s) URLs. A Content-Security-Policy allows no request at all: the page opens offline and
cannot fetch anything even if some input tried to make it.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from html import escape

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")


@dataclasses.dataclass(frozen=True)
class Column:
    title: str
    kind: str = "text"  # text | num | share | date | html (pre-rendered cell, sorted by its key)
    note: str | None = None


@dataclasses.dataclass(frozen=True)
class Table:
    id: str
    caption: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence]  # per column: the value; for 'html' a (key, html) pair


def fmt(value, kind: str) -> tuple[str, str]:
    """(sort key, visible text) of a cell."""
    if value is None:
        return "", "–"
    if kind == "num":
        return str(value), (f"{value:,}" if isinstance(value, int) else f"{value:,.1f}")
    if kind == "share":
        return f"{value:.6f}", f"{value:.1%}"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.isoformat(), value.strftime("%Y-%m-%d %H:%M") + (" UTC" if value.tzinfo else "")
    if isinstance(value, date):
        return value.isoformat(), value.isoformat()
    return str(value), str(value)


def table_html(t: Table) -> str:
    head = "".join(
        f'<th scope="col" data-kind="{c.kind}" aria-sort="none">'
        f'<button type="button">{escape(c.title)}<span aria-hidden="true" class="arrow"></span></button>'
        + (f'<span class="th-note">{escape(c.note)}</span>' if c.note else "") + "</th>"
        for c in t.columns)
    body = []
    for row in t.rows:
        cells = []
        for i, (c, v) in enumerate(zip(t.columns, row)):
            tag = "th scope=\"row\"" if i == 0 else "td"
            end = "th" if i == 0 else "td"
            if c.kind == "html":
                key, inner = v
            else:
                key, text = fmt(v, c.kind)
                inner = escape(text)
            cls = ' class="n"' if c.kind in ("num", "share") else ' class="d"' if c.kind == "date" else ""
            cells.append(f'<{tag}{cls} data-v="{escape(key)}">{inner}</{end}>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<div class="table-wrap"><table class="sortable" id="{t.id}">'
            f"<caption>{escape(t.caption)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table></div>")


def figure_html(fig_id: str, svg: str, caption: str) -> str:
    return (f'<figure class="chart" id="{fig_id}">{svg}'
            f'<figcaption id="{fig_id}-cap">{escape(caption)}</figcaption></figure>')


def anchor_id(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "speaker"
    return f"speaker-{slug}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:6]}"


def safe_link(url: str | None, text: str) -> str:
    if url and re.match(r"^https?://", url, re.IGNORECASE):
        return f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer nofollow">{escape(text)}</a>'
    return escape(text)


def sparkline(series: Sequence[tuple[date, int]], buckets: Sequence[date], bucket: str, name: str) -> str:
    """A small SVG line of quotes per bucket over the report's whole range (zeros filled in)."""
    counts = dict(series)
    values = [counts.get(b, 0) for b in buckets]
    w, h, pad = 120, 24, 2
    if not values:
        return (f'<svg class="spark" role="img" aria-label="{escape(name)}: no quotes" width="{w}" '
                f'height="{h}" viewBox="0 0 {w} {h}"></svg>')
    top = max(values) or 1
    n = len(values)
    step = (w - 2 * pad) / (n - 1) if n > 1 else 0

    def y(v: int) -> float:
        return h - pad - (v / top) * (h - 2 * pad)

    pts = " ".join(f"{pad + i * step:.1f},{y(v):.1f}" for i, v in enumerate(values))
    if n == 1:
        pts += f" {w - pad:.1f},{y(values[0]):.1f}"
    peak = max(range(n), key=lambda i: values[i])
    label = (f"{name}: quotes per {bucket} from {buckets[0].isoformat()} to {buckets[-1].isoformat()}; "
             f"peak {values[peak]:,} in the {bucket} of {buckets[peak].isoformat()}")
    dot = f'<circle cx="{pad + peak * step if n > 1 else w / 2:.1f}" cy="{y(values[peak]):.1f}" r="2"/>'
    return (f'<svg class="spark" role="img" aria-label="{escape(label)}" width="{w}" height="{h}" '
            f'viewBox="0 0 {w} {h}"><polyline points="{pts}"/>{dot}</svg>')


STYLE = """
:root{--ink:#222;--muted:#555;--rule:#ccc;--bg:#fff;--focus:#1a4fd6}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
 color:var(--ink);background:var(--bg);margin:0 auto;max-width:980px;padding:0 1rem 2rem}
a{color:#0b3fa8}a:visited{color:#5a2d91}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.4rem;z-index:2}
header{border-bottom:2px solid var(--ink);margin-bottom:1rem}
h1{font-size:1.6rem;margin:1rem 0 .3rem}h2{font-size:1.25rem;margin:2.2rem 0 .4rem;border-top:1px solid var(--rule);padding-top:1rem}
h3{font-size:1.05rem;margin:1.4rem 0 .3rem}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.5rem 0 1rem}
.lede{color:var(--muted);margin:.2rem 0}
.totals{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none;margin:.6rem 0}
.totals b{font-size:1.2rem;display:block}
.note{color:var(--muted);font-size:.9rem}
figure.chart{margin:.6rem 0;overflow-x:auto}figure.chart svg{max-width:100%;height:auto}
figcaption{color:var(--muted);font-size:.85rem}
.table-wrap{overflow-x:auto;margin:.4rem 0 1rem}
table{border-collapse:collapse;font-size:.88rem;min-width:50%}
caption{text-align:left;color:var(--muted);font-size:.85rem;padding:.2rem 0}
th,td{border-bottom:1px solid var(--rule);padding:.2rem .6rem .2rem 0;text-align:left;vertical-align:top}
tbody th{font-weight:normal}
.n{text-align:right;font-variant-numeric:tabular-nums}.d{white-space:nowrap}
thead th{border-bottom:2px solid var(--ink);white-space:nowrap}
thead button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] .arrow::after{content:" \\25B2"}th[aria-sort=descending] .arrow::after{content:" \\25BC"}
.th-note{display:block;font-weight:normal;color:var(--muted);font-size:.75rem}
svg.spark{vertical-align:middle}svg.spark polyline{fill:none;stroke:var(--ink);stroke-width:1.3}
svg.spark circle{fill:var(--ink)}
details summary{cursor:pointer;font-weight:600;margin:.3rem 0}
ol.quotes{padding-left:1.4rem}ol.quotes li{margin:.45rem 0}
ol.quotes q{font-style:italic}.src{color:var(--muted);font-size:.85rem}
.speaker-meta{color:var(--muted);font-size:.9rem;margin:.1rem 0 .3rem}
footer{border-top:1px solid var(--rule);margin-top:2.5rem;padding-top:.6rem;color:var(--muted);font-size:.85rem}
code{font-size:.9em;word-break:break-all}
"""

# Sorting: each column header is a button (Tab reaches it, Enter or Space sorts); a second press
# reverses. Cells carry their sort key in data-v; numbers sort as numbers.
SCRIPT = """
(function(){
  var live=document.getElementById('sort-status');
  document.querySelectorAll('table.sortable').forEach(function(table){
    var heads=table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads,function(th,col){
      th.querySelector('button').addEventListener('click',function(){
        var numeric=/^(num|share)$/.test(th.dataset.kind);
        var asc=th.getAttribute('aria-sort')==='descending'||
                (th.getAttribute('aria-sort')==='none'&&!numeric);
        Array.prototype.forEach.call(heads,function(h){h.setAttribute('aria-sort','none');});
        th.setAttribute('aria-sort',asc?'ascending':'descending');
        var body=table.tBodies[0];
        var rows=Array.prototype.slice.call(body.rows);
        rows.sort(function(a,b){
          var x=a.cells[col].dataset.v, y=b.cells[col].dataset.v, r;
          if(numeric){x=x===''?-Infinity:+x;y=y===''?-Infinity:+y;r=x-y;}
          else{r=x<y?-1:x>y?1:0;}
          return asc?r:-r;
        });
        rows.forEach(function(r){body.appendChild(r);});
        if(live){live.textContent=(table.caption?table.caption.textContent+': ':'')+
          'sorted by '+th.querySelector('button').textContent+(asc?', ascending':', descending');}
      });
    });
  });
})();
"""


def page(*, title: str, header: str, nav: Sequence[tuple[str, str]], sections: Sequence[str], footer: str) -> str:
    links = "".join(f'<li><a href="#{escape(i)}">{escape(t)}</a></li>' for i, t in nav)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="newsbeam report">'
        '<link rel="icon" href="data:,">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
        '<a class="skip" href="#main">Skip to the report</a>'
        f'<header>{header}<nav aria-label="Sections"><ul>{links}</ul></nav></header>'
        f'<main id="main">{"".join(sections)}</main>'
        f'<footer>{footer}</footer>'
        '<div id="sort-status" class="skip" aria-live="polite"></div>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )
