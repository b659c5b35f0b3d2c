"""The report, start to end: ``collect()`` the numbers, ``render()`` the page, ``build_report()``.

``build_report()`` queries the dataset with DuckDB (``queries``), draws the charts as SVG with
Vega-Lite (``charts``) and writes the page (``page``) atomically. Every chart has the numbers
behind it in a table a reader can sort; long lists are cut, and the page says where.
"""
from __future__ import annotations

import dataclasses
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from html import escape

from newsbeam.pipeline.report import queries as Q
from newsbeam.pipeline.report.page import (
    Column,
    Table,
    anchor_id,
    figure_html,
    safe_link,
    sparkline,
    table_html,
)
from newsbeam.pipeline.report.queries import Filters, Limits
from newsbeam.transforms.io import layout
from newsbeam.transforms.io.dataset import Location

__all__ = ["Filters", "Limits", "ReportResult", "build_report", "collect", "render"]

ZONE_NAMES = {"title": "headline", "bullet": "bullets", "body": "body"}
KIND_NAMES = ("direct", "partial", "scare")


@dataclasses.dataclass(frozen=True)
class ReportResult:
    path: str
    bytes: int
    seconds: float


def collect(location: Location, filters: Filters = Q.NO_FILTERS, limits: Limits = Q.DEFAULT_LIMITS, *,
            now: datetime | None = None, threads: int | None = None) -> dict:
    """Every number the page shows, as plain data (the tests compare these with the page)."""
    now = now or datetime.now(UTC)
    d = Q.Dataset(location, filters, threads=threads)
    try:
        totals = Q.totals(d)
        bucket = Q.bucket_for(totals["first"], totals["last"])
        top = Q.top_speakers(d, limits.speakers)
        people, orgs = top["person"], top["organisation"]
        names = [s["speaker"] for s in people + orgs]
        spark_bucket = spark_bucket_for(totals["first"], totals["last"])
        data = {
            "totals": totals,
            "bucket": bucket,
            "per_day": Q.articles_per_day(d),
            "people": people,
            "organisations": orgs,
            "speaker_counts": Q.speaker_counts(d),
            "spark_bucket": spark_bucket,
            "series": Q.speaker_series(d, limits.speakers, spark_bucket),
            "speaker_quotes": Q.speaker_quotes(d, names, limits.quotes_per_speaker, limits.quote_chars),
            "outlets": Q.outlets(d),
            "cues": Q.cues(d, limits.cues),
            "zones": Q.zones(d),
            "rejects": Q.rejects(d, limits.rejects),
            "reject_groups": Q.reject_groups(d),
        }
    finally:
        d.close()
    data["feeds"] = Q.feed_health(location, now, limits.feeds)
    data["runs"] = Q.recent_runs(location, limits.runs)
    return data


def spark_bucket_for(first: date | None, last: date | None) -> str:
    """Sparklines are 120 pixels wide: days up to four months, weeks up to two years, else months."""
    if first is None or last is None:
        return "day"
    span = (last - first).days
    return "day" if span <= 120 else "week" if span <= 730 else "month"


def buckets_between(first: date, last: date, bucket: str) -> list[date]:
    """Every bucket start from ``first``'s bucket to ``last``'s, the way DuckDB's date_trunc
    names them (weeks start on Monday)."""
    def trunc(d: date) -> date:
        if bucket == "week":
            return d - timedelta(days=d.weekday())
        if bucket == "month":
            return d.replace(day=1)
        return d

    out, cur, end = [], trunc(first), trunc(last)
    while cur <= end:
        out.append(cur)
        if bucket == "month":
            cur = (cur.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            cur += timedelta(days=7 if bucket == "week" else 1)
    return out


# --------------------------------------------------------------------------- sections


def _section(sid: str, title: str, body: str) -> str:
    return f'<section id="{sid}" aria-labelledby="{sid}-h"><h2 id="{sid}-h">{escape(title)}</h2>{body}</section>'


def _note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>'


def _cut_note(shown: int, total: int, what: str) -> str:
    return _note(f"Showing the first {shown:,} of {total:,} {what}.") if total > shown else ""


def _per_day_section(data: dict, limits: Limits) -> str:
    from newsbeam.pipeline.report import charts

    rows = data["per_day"]
    if not rows:
        return _section("articles", "Articles per day, by outlet", _note("No articles in this range."))
    by_source: dict[str, int] = defaultdict(int)
    for _, source, n in rows:
        by_source[source] += n
    ranked = sorted(by_source, key=lambda s: (-by_source[s], s))
    top = ranked[: limits.sources_in_chart]
    rest = ranked[limits.sources_in_chart:]
    other = f"{len(rest):,} other outlets"
    bucket = data["bucket"]

    def start(d: date) -> date:
        return buckets_between(d, d, bucket)[0]

    chart_counts: dict[tuple[date, str], int] = defaultdict(int)
    table_counts: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, source, n in rows:
        panel = source if source in top else other
        chart_counts[(start(day), panel)] += n
        table_counts[day][panel] += n
    panels = top + ([other] if rest else [])
    labels = {p: f"{p} ({(by_source[p] if p in by_source else sum(by_source[s] for s in rest)):,})" for p in panels}
    chart_rows = [{"date": d, "panel": labels[p], "n": n} for (d, p), n in sorted(chart_counts.items())]
    svg = charts.render_svg(charts.articles_per_day(chart_rows, [labels[p] for p in panels], bucket),
                            label="fig-articles-cap")
    days = sorted(table_counts, reverse=True)
    shown = days[: limits.days_in_table]
    table = Table(
        id="t-articles", caption="Articles per day and outlet (newest day first)",
        columns=(Column("Day", "date"), *(Column(p, "num") for p in panels), Column("All outlets", "num")),
        rows=[(d, *(table_counts[d].get(p, 0) for p in panels), sum(table_counts[d].values())) for d in shown],
    )
    cut = [_note(f"The chart shows the {len(top)} outlets with the most articles, one panel each"
                 + (f", and the other {len(rest):,} together." if rest else ".")
                 + (f" Each bar is one {bucket}." if bucket != "day" else "")
                 + " Each panel has its own scale; the numbers are in the table.")]
    cut.append(_cut_note(len(shown), len(days), "days (the newest)"))
    body = ("".join(cut) + figure_html("fig-articles", svg,
                                       f"Articles per {bucket}, one panel per outlet, with each outlet's total.")
            + f"<details><summary>The numbers: articles per day ({len(days):,} days)</summary>"
            + table_html(table) + "</details>")
    return _section("articles", "Articles per day, by outlet", body)


def _speakers_section(data: dict, limits: Limits) -> str:
    from newsbeam.pipeline.report import charts

    t = data["totals"]
    first, last = t["first"], t["last"]
    buckets = buckets_between(first, last, data["spark_bucket"]) if first and last else []
    parts = [_note(
        "A speaker is the name the quote is attributed to. People and organisations are told apart "
        "by rules, the first that applies deciding: attributed with he/she → person; with it → "
        "organisation; a name starting with 'The', an acronym (NATO, BBC), or one holding a word "
        "such as Police, Ministry, Council, Department, Party, Union, University, Bank, Inc → "
        "organisation; any other name → person. The Rule column names the rule that decided. "
        "Quotes with no named speaker are not counted here.")]
    counts = data["speaker_counts"]
    for key, kind, title in (("people", "person", "People"), ("organisations", "organisation", "Organisations")):
        rows = data[key]
        sid = f"{key}"
        total = counts.get(kind, 0)
        if not rows:
            parts.append(f'<h3 id="{sid}">{title}</h3>' + _note(f"No {key} quoted in this range."))
            continue
        svg = charts.render_svg(charts.bars(
            [{"speaker": r["speaker"], "quotes": r["quotes"], "label": f"{r['quotes']:,}"} for r in rows],
            category="speaker", value="quotes", value_title="quotes", label="label"),
            label=f"fig-{key}-cap")
        table = Table(
            id=f"t-{key}", caption=f"The most quoted {key}",
            columns=(Column("Speaker", "html"), Column("Quotes", "num"), Column("Articles", "num"),
                     Column("Outlets", "num"), Column("First", "date"), Column("Last", "date"),
                     Column(f"Quotes per {data['spark_bucket']}", "html", note="over the report's range"),
                     Column("Rule", note="why a " + kind)),
            rows=[((r["speaker"], f'<a href="#{anchor_id(r["speaker"])}">{escape(r["speaker"])}</a>'),
                   r["quotes"], r["articles"], r["outlets"], r["first"], r["last"],
                   (str(r["quotes"]), sparkline(data["series"].get(r["speaker"], []), buckets,
                                                data["spark_bucket"], r["speaker"])), r["rule"])
                  for r in rows],
        )
        parts.append(f'<h3 id="{sid}">{title}</h3>'
                     + _cut_note(len(rows), total, f"{key} with a named quote (the most quoted)")
                     + figure_html(f"fig-{key}", svg, f"Quotes per speaker: the most quoted {key} ({len(rows)}).")
                     + table_html(table))
    return _section("speakers", "Who is quoted most", "".join(parts))


def _speaker_pages(data: dict, limits: Limits) -> str:
    parts = [_note(f"For each speaker above: their latest {limits.quotes_per_speaker} quotes, "
                   f"each cut to {limits.quote_chars} characters, with the article they are from.")]
    for r in data["people"] + data["organisations"]:
        name = r["speaker"]
        aid = anchor_id(name)
        items = []
        for q in data["speaker_quotes"].get(name, []):
            when = q["date"].isoformat() if q["date"] else "–"
            items.append(f"<li><q>{escape(q['text'])}</q> <span class=\"src\">({escape(q['kind'])}, "
                         f"{ZONE_NAMES.get(q['zone'], q['zone'])})</span><br>"
                         f"{safe_link(q['url'], q['title'])} <span class=\"src\">· {escape(q['source'])} · "
                         f"<time datetime=\"{when}\">{when}</time></span></li>")
        kind = "person" if r in data["people"] else "organisation"
        parts.append(
            f'<section class="speaker" id="{aid}" aria-labelledby="{aid}-h"><h3 id="{aid}-h">{escape(name)}</h3>'
            f'<p class="speaker-meta">{kind} · {r["quotes"]:,} quotes in {r["articles"]:,} articles from '
            f'{r["outlets"]:,} outlets · {r["first"]} to {r["last"]} · '
            f'<a href="#{"people" if kind == "person" else "organisations"}">back to the list</a></p>'
            f'<ol class="quotes">{"".join(items)}</ol></section>')
    return _section("quotes-by-speaker", "Their quotes", "".join(parts))


def _outlets_section(data: dict, limits: Limits) -> str:
    from newsbeam.pipeline.report import charts

    rows = [r for r in data["outlets"] if r["quotes"]]
    if not rows:
        return _section("outlets", "Named speakers and kinds of quote, by outlet", _note("No quotes in this range."))
    top = rows[: limits.outlets_in_chart]
    named_svg = charts.render_svg(charts.bars(
        [{"outlet": r["source"], "share": r["named"] / r["quotes"],
          "label": f"{r['named'] / r['quotes']:.0%} of {r['quotes']:,}"} for r in top],
        category="outlet", value="share", value_title="share of quotes with a named speaker",
        label="label", share=True), label="fig-named-cap")
    kind_rows = [{"outlet": r["source"], "kind": k, "share": r[k] / r["quotes"], "label": f"{r[k] / r['quotes']:.0%}"}
                 for r in top for k in KIND_NAMES]
    kinds_svg = charts.render_svg(charts.small_multiple_bars(
        kind_rows, category="outlet", panel="kind", panels=KIND_NAMES, value="share",
        value_title="share of the outlet's quotes", label="label"), label="fig-kinds-cap")
    shown = data["outlets"][: limits.outlets_in_table]
    table = Table(
        id="t-outlets", caption="Quotes by outlet: named speakers and kinds",
        columns=(Column("Outlet"), Column("Articles", "num"), Column("Quotes", "num"),
                 Column("Named speaker", "num"), Column("Share named", "share"),
                 Column("Direct", "num"), Column("Partial", "num"), Column("Scare", "num")),
        rows=[(r["source"], r["articles"], r["quotes"], r["named"],
               (r["named"] / r["quotes"]) if r["quotes"] else None, r["direct"], r["partial"], r["scare"])
              for r in shown])
    body = (_note("Direct: a quoted sentence or more. Partial: quoted words inside the writer's own "
                  "sentence. Scare: a quoted term with no speaker.")
            + (_note(f"The charts show the {len(top)} outlets with the most quotes.") if len(rows) > len(top) else "")
            + figure_html("fig-named", named_svg, "Share of each outlet's quotes that name their speaker.")
            + figure_html("fig-kinds", kinds_svg, "Kinds of quote per outlet: one panel per kind.")
            + _cut_note(len(shown), len(data["outlets"]), "outlets (those with the most quotes)")
            + table_html(table))
    return _section("outlets", "Named speakers and kinds of quote, by outlet", body)


def _cues_section(data: dict, limits: Limits) -> str:
    from newsbeam.pipeline.report import charts

    rows, distinct, without = data["cues"]
    if not rows:
        return _section("cues", "Cue verbs", _note("No quotes with a cue in this range."))
    svg = charts.render_svg(charts.bars(
        [{"cue": r["cue"], "quotes": r["quotes"], "label": f"{r['quotes']:,}"} for r in rows],
        category="cue", value="quotes", value_title="quotes", label="label"), label="fig-cues-cap")
    table = Table(id="t-cues", caption="The most used cues",
                  columns=(Column("Cue"), Column("Quotes", "num"), Column("Named speaker", "num"),
                           Column("Outlets", "num")),
                  rows=[(r["cue"], r["quotes"], r["named"], r["outlets"]) for r in rows])
    body = (_note(f"The reporting verb or phrase of each quote, lower-cased; {without:,} quotes have none.")
            + _cut_note(len(rows), distinct, "cues (the most used)")
            + figure_html("fig-cues", svg, "Quotes per cue.") + table_html(table))
    return _section("cues", "Cue verbs", body)


def _zones_section(data: dict) -> str:
    from newsbeam.pipeline.report import charts

    rows = data["zones"]
    if not rows:
        return _section("zones", "Headlines and bullets against the body", _note("No quotes in this range."))
    total = sum(r["quotes"] for r in rows)
    svg = charts.render_svg(charts.bars(
        [{"zone": ZONE_NAMES.get(r["zone"], r["zone"]), "quotes": r["quotes"],
          "label": f"{r['quotes']:,} ({r['quotes'] / total:.0%})"} for r in rows],
        category="zone", value="quotes", value_title="quotes", label="label"), label="fig-zones-cap")
    table = Table(id="t-zones", caption="Quotes by where they stand in the article",
                  columns=(Column("Zone"), Column("Quotes", "num"), Column("Share", "share"),
                           Column("Articles", "num"), Column("Named speaker", "num"),
                           Column("Direct", "num"), Column("Partial", "num"), Column("Scare", "num")),
                  rows=[(ZONE_NAMES.get(r["zone"], r["zone"]), r["quotes"], r["quotes"] / total, r["articles"],
                         r["named"], r["direct"], r["partial"], r["scare"]) for r in rows])
    return _section("zones", "Headlines and bullets against the body",
                    figure_html("fig-zones", svg, "Quotes in the headline, the bullets and the body.")
                    + table_html(table))


def _health_section(data: dict, limits: Limits) -> str:
    from newsbeam.pipeline.report import charts

    parts = []
    rejects = data["rejects"]
    parts.append('<h3 id="rejects">Rejects by reason and stage</h3>')
    if rejects:
        svg = charts.render_svg(charts.bars(
            [{"reason": f"{r['reason']} ({r['stage']})", "rejects": r["rejects"], "label": f"{r['rejects']:,}"}
             for r in rejects[:30]],
            category="reason", value="rejects", value_title="rejects", label="label"), label="fig-rejects-cap")
        table = Table(id="t-rejects", caption="Rejects by stage and reason",
                      columns=(Column("Reason"), Column("Stage"), Column("Rejects", "num"),
                               Column("Inputs", "num"), Column("Last seen", "date")),
                      rows=[(r["reason"], r["stage"], r["rejects"], r["inputs"], r["last_seen"]) for r in rejects])
        parts.append(_note("Inputs, or parts of one, that did not become an article (the rejects table).")
                     + _cut_note(len(rejects), data["reject_groups"], "reasons")
                     + figure_html("fig-rejects", svg, "Rejects per reason (and the stage that rejected).")
                     + table_html(table))
    else:
        parts.append(_note("No rejects in this range."))

    feeds, n_feeds = data["feeds"]
    parts.append('<h3 id="feeds">Feed health</h3>')
    if feeds:
        suspended = sum(f["status"] == "suspended" for f in feeds)
        failing = sum(f["status"] == "failing" for f in feeds)
        unreadable = sum(f["status"] not in ("suspended", "failing", "ok") for f in feeds)
        table = Table(id="t-feeds", caption=f"Feeds fetched by newsbeam (from {layout.FEEDS_DIR}), failing first",
                      columns=(Column("Feed", "html"), Column("Status"), Column("Failures in a row", "num"),
                               Column("Last HTTP status", "num"), Column("Last error"),
                               Column("Last fetch", "date"), Column("Last success", "date"),
                               Column("Suspended until", "date")),
                      rows=[((f["feed"], safe_link(f["url"], f["feed"])), f["status"], f["failures"],
                             f["last_status"], _last_error(f), _when(f["last_fetch"]), _when(f["last_success"]),
                             _when(f["suspended_until"])) for f in feeds])
        parts.append(_note(f"{n_feeds:,} feeds: {suspended:,} suspended, {failing:,} failing, "
                           f"{unreadable:,} fetched but their document did not read cleanly, "
                           f"{n_feeds - suspended - failing - unreadable:,} fetched and read successfully "
                           "last time.")
                     + _cut_note(len(feeds), n_feeds, "feeds")
                     + table_html(table))
    else:
        parts.append(_note("No feed state: this dataset was not fed from a --feeds list."))

    runs, n_runs = data["runs"]
    parts.append('<h3 id="runs">Last runs</h3>')
    if runs:
        table = Table(id="t-runs", caption="Runs that wrote this dataset (from _runs), newest first",
                      columns=(Column("Run"), Column("Started", "date"), Column("Status"), Column("Mode"),
                               Column("Seconds", "num"), Column("Inputs", "num"), Column("Articles", "num"),
                               Column("Unchanged", "num"), Column("Quotes", "num"), Column("Rejects", "num"),
                               Column("Error")),
                      rows=[(r["run_id"], _when(r.get("started_at")), r.get("status"), r.get("mode"),
                             round(r["seconds"], 1) if isinstance(r.get("seconds"), (int, float)) else None,
                             r.get("inputs"), r.get("articles"), r.get("articles_unchanged"), r.get("quotes"),
                             r.get("rejects"), r.get("error")) for r in runs])
        parts.append(_cut_note(len(runs), n_runs, "runs (the newest)") + table_html(table))
    else:
        parts.append(_note(f"No run manifests under {layout.RUNS}/."))
    return _section("health", "Data health", "".join(parts))


def _last_error(feed: dict) -> str | None:
    """The last fetch's reject code, else what the last document served came to when parsed."""
    if feed["last_reason"]:
        return feed["last_reason"]
    if feed.get("parse_reason"):
        return f"{feed['parse_reason']}: {feed.get('parse_detail') or ''}"
    return None


def _when(value) -> datetime | None:
    """An ISO 8601 time from _state or _runs as a UTC datetime (None if absent or unreadable)."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)


# --------------------------------------------------------------------------- the page


def render(data: dict, *, dataset: str, filters: Filters, limits: Limits, built_at: datetime,
           seconds: float | None = None) -> str:
    from newsbeam.pipeline.report.page import page

    from newsbeam import __version__

    t = data["totals"]
    named_share = f"{t['named'] / t['quotes']:.0%}" if t["quotes"] else "–"
    span = f"{t['first']} to {t['last']}" if t["first"] else "no articles"
    header = (
        "<h1>Who is quoted, by whom, and how often</h1>"
        f'<p class="lede">newsbeam dataset <code>{escape(dataset)}</code>, {span}'
        + (f" · outlets: {escape(', '.join(filters.sources))}" if filters.sources else "") + "</p>"
        '<ul class="totals">'
        f"<li><b>{t['articles']:,}</b> articles</li><li><b>{t['sources']:,}</b> outlets</li>"
        f"<li><b>{t['quotes']:,}</b> quotes</li><li><b>{named_share}</b> with a named speaker</li>"
        f"<li><b>{t['rejects']:,}</b> rejects</li></ul>")
    sections = [
        _per_day_section(data, limits),
        _speakers_section(data, limits),
        _outlets_section(data, limits),
        _cues_section(data, limits),
        _zones_section(data),
        _health_section(data, limits),
        _speaker_pages(data, limits),
    ]
    nav = [("articles", "Articles per day"), ("speakers", "Most quoted"), ("outlets", "By outlet"),
           ("cues", "Cue verbs"), ("zones", "Headline, bullets, body"), ("health", "Data health"),
           ("quotes-by-speaker", "Their quotes")]
    range_text = (f"{filters.since or 'the start'} to {filters.until or 'the end'}"
                  if filters.since or filters.until else "all dates")
    footer = (f"Dataset <code>{escape(dataset)}</code> · dates: {escape(range_text)} · built "
              f'<time datetime="{built_at.isoformat(timespec="seconds")}">'
              f"{built_at.strftime('%Y-%m-%d %H:%M:%S')} UTC</time>"
              + (f" in {seconds:.1f} s" if seconds is not None else "")
              + f" by newsbeam {escape(__version__)} · one file, no network: charts are SVG drawn with Vega-Lite.")
    return page(title=f"newsbeam report: {dataset}", header=header, nav=nav, sections=sections, footer=footer)


def build_report(output: str, *, to: str, since: date | None = None, until: date | None = None,
                 sources: Sequence[str] = (), limits: Limits = Q.DEFAULT_LIMITS, now: datetime | None = None,
                 threads: int | None = None) -> ReportResult:
    """Write the report of the dataset at ``output`` to the file ``to`` (atomically)."""
    started = time.monotonic()
    built_at = (now or datetime.now(UTC)).astimezone(UTC)
    location = Location.of(output)
    if location.is_local and not any(os.path.isdir(location.path(part)) for part in layout.DATASET_MARKERS):
        raise FileNotFoundError(f"no newsbeam dataset at {location.uri} (no "
                                f"{', '.join(p + '/' for p in layout.DATASET_MARKERS)})")
    filters = Filters(since=since, until=until, sources=tuple(sources))
    data = collect(location, filters, limits, now=built_at, threads=threads)
    seconds = time.monotonic() - started
    html = render(data, dataset=location.uri, filters=filters, limits=limits, built_at=built_at,
                  seconds=seconds)
    payload = html.encode("utf-8")
    target = os.path.abspath(to)
    directory = os.path.dirname(target)
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".html.tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return ReportResult(path=target, bytes=len(payload), seconds=time.monotonic() - started)
