"""Checks shared by the report's tests: the numbers in the page's tables against DuckDB queries
written here independently of the report's own (plain SQL over the dataset's files)."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import duckdb

ZONE_NAMES = {"title": "headline", "bullet": "bullets", "body": "body"}


class _Tables(HTMLParser):
    """Every ``table.sortable``: its id, its column titles and, per row, each cell's data-v."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, dict] = {}
        self._current: dict | None = None
        self._row: list | None = None
        self._in_head = False
        self._in_button = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and "sortable" in (a.get("class") or ""):
            self._current = {"columns": [], "rows": []}
            self.tables[a["id"]] = self._current
        elif self._current is None:
            return
        elif tag == "thead":
            self._in_head = True
        elif tag == "button" and self._in_head:
            self._in_button = True
            self._current["columns"].append("")
        elif tag == "tr" and not self._in_head:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._row.append(a.get("data-v"))

    def handle_endtag(self, tag):
        if tag == "table":
            self._current = None
        elif tag == "thead":
            self._in_head = False
        elif tag == "button":
            self._in_button = False
        elif tag == "tr" and self._row is not None and self._current is not None:
            self._current["rows"].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._in_button and self._current is not None:
            self._current["columns"][-1] += data


def tables_of(html: str) -> dict[str, dict]:
    """{table id: {"columns": [...], "rows": [[data-v, ...], ...]}} of a report page."""
    parser = _Tables()
    parser.feed(html)
    return parser.tables


def _sql(out: Path, sql: str, params=()) -> list[tuple]:
    views = "".join(
        f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{out}/{t}/**/*.parquet', hive_partitioning = true);"
        for t in ("articles", "quotes", "rejects"))
    with duckdb.connect() as con:
        con.execute(views)
        return con.execute(sql, list(params)).fetchall()


def _num(v: str | None):
    if v in (None, ""):
        return None
    return float(v) if "." in v else int(v)


def check_tables_against_duckdb(tables: dict[str, dict], out: Path) -> dict[str, int]:
    """Asserts that every number in the page's tables is what DuckDB finds in the dataset at
    ``out`` (no filters); returns how many rows of each table were checked."""
    checked: dict[str, int] = {}

    # Articles per day and outlet: each day's row, each outlet column, and the total.
    t = tables["t-articles"]
    outlets = t["columns"][1:-1]
    per_day = {(str(d), s): n for d, s, n in _sql(out, "SELECT date, source, count(*) FROM articles GROUP BY ALL")}
    for row in t["rows"]:
        day = row[0]
        for source, cell in zip(outlets, row[1:-1]):
            if not source.endswith(" other outlets"):
                assert _num(cell) == per_day.get((day, source), 0), (day, source)
        assert _num(row[-1]) == sum(n for (d, _), n in per_day.items() if d == day), day
    assert len(t["rows"]) == len({d for d, _ in per_day}) or len(t["rows"]) == 400
    checked["t-articles"] = len(t["rows"])

    # The most quoted speakers: each row's counts, and nobody left out who was quoted more.
    shown = set()
    for tid in ("t-people", "t-organisations"):
        if tid not in tables:
            continue
        for row in tables[tid]["rows"]:
            speaker = row[0]
            shown.add(speaker)
            expect = _sql(out, """
                SELECT count(*), count(DISTINCT q.article_id), count(DISTINCT a.source),
                       min(q.date)::VARCHAR, max(q.date)::VARCHAR
                FROM quotes q JOIN articles a USING (article_id) WHERE q.speaker = ?""", (speaker,))[0]
            assert (_num(row[1]), _num(row[2]), _num(row[3]), row[4], row[5]) == expect, speaker
        checked[tid] = len(tables[tid]["rows"])
    named = {s for (s,) in _sql(out, "SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")}
    if len(named) <= 50:  # neither list was cut: every named speaker is in one of them
        assert shown == named

    # Outlets: articles, quotes, named speakers, the share and the kinds.
    expect = {r[0]: r[1:] for r in _sql(out, """
        SELECT a.source, count(DISTINCT a.article_id), count(q.article_id), count(q.speaker),
               count(*) FILTER (WHERE q.kind = 'direct'), count(*) FILTER (WHERE q.kind = 'partial'),
               count(*) FILTER (WHERE q.kind = 'scare')
        FROM articles a LEFT JOIN quotes q USING (article_id) GROUP BY a.source""")}
    rows = tables["t-outlets"]["rows"]
    for row in rows:
        articles, quotes, named_n, direct, partial, scare = expect[row[0]]
        assert (_num(row[1]), _num(row[2]), _num(row[3]), _num(row[5]), _num(row[6]), _num(row[7])) == (
            articles, quotes, named_n, direct, partial, scare), row[0]
        if quotes:
            assert abs(_num(row[4]) - named_n / quotes) < 1e-6
    assert {r[0] for r in rows} == set(expect) or len(rows) == 200
    checked["t-outlets"] = len(rows)

    # Cues.
    expect = dict(_sql(out, "SELECT lower(cue), count(*) FROM quotes WHERE cue IS NOT NULL GROUP BY 1"))
    rows = tables["t-cues"]["rows"]
    for row in rows:
        assert _num(row[1]) == expect[row[0]], row[0]
    top = sorted(expect.values(), reverse=True)[: len(rows)]
    assert sorted((_num(r[1]) for r in rows), reverse=True) == top
    checked["t-cues"] = len(rows)

    # Zones.
    expect = {ZONE_NAMES.get(z, z): (n, a) for z, n, a in _sql(
        out, "SELECT zone, count(*), count(DISTINCT article_id) FROM quotes GROUP BY zone")}
    rows = tables["t-zones"]["rows"]
    assert {r[0] for r in rows} == set(expect)
    for row in rows:
        assert (_num(row[1]), _num(row[3])) == expect[row[0]], row[0]
    checked["t-zones"] = len(rows)

    # Rejects by reason and stage.
    expect = {(r, s): n for s, r, n in _sql(out, "SELECT stage, reason, count(*) FROM rejects GROUP BY ALL")}
    if expect:
        rows = tables["t-rejects"]["rows"]
        assert {(r[0], r[1]): _num(r[2]) for r in rows} == expect
        checked["t-rejects"] = len(rows)

    # Runs: one row per manifest, newest first, with its status and counts.
    manifests = sorted((p for p in (out / "_runs").glob("*.json") if not p.name.endswith(".stats.json")),
                       key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)[:20]
    rows = tables["t-runs"]["rows"]
    assert [r[0] for r in rows] == [p.stem for p in manifests]
    for row, path in zip(rows, manifests):
        m = json.loads(path.read_text())
        assert row[2] == m["status"] and _num(row[6]) == m["summary"]["articles"]
        assert _num(row[8]) == m["summary"]["quotes"]
    checked["t-runs"] = len(rows)
    return checked
