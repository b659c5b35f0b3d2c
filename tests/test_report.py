"""``newsbeam report``: its numbers against DuckDB on a real run over examples/inputs, its filters,
its rules for people and organisations, and a page that is safe and self-contained."""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("vl_convert")
pytest.importorskip("altair")

from newsbeam.pipeline.cli import main
from newsbeam.pipeline.report import build_report, collect
from newsbeam.pipeline.report import queries as Q
from newsbeam.pipeline.report.build import buckets_between
from newsbeam.pipeline.report.page import Column, Table, safe_link, table_html
from newsbeam.transforms.io.dataset import Location

from tests.report_checks import check_tables_against_duckdb, tables_of

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "inputs"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A dataset made by a real run over the bundled examples, and its report."""
    base = tmp_path_factory.mktemp("report")
    out = base / "out"
    assert main(["run", "--input", f"{SAMPLES}/*", "--output", str(out)]) == 0
    result = build_report(str(out), to=str(base / "report.html"))
    return out, Path(result.path), Path(result.path).read_text(encoding="utf-8")


def duck(out: Path, sql: str) -> list[tuple]:
    with duckdb.connect() as con:
        for t in ("articles", "quotes", "rejects"):
            con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{out}/{t}/**/*.parquet', "
                        "hive_partitioning = true)")
        return con.execute(sql).fetchall()


def test_every_table_matches_duckdb(sample):
    out, _, html = sample
    tables = tables_of(html)
    assert {"t-articles", "t-people", "t-outlets", "t-cues", "t-zones", "t-rejects", "t-runs"} <= set(tables)
    checked = check_tables_against_duckdb(tables, out)
    assert checked["t-people"] >= 5 and checked["t-outlets"] == 5 and checked["t-rejects"] == 2


def test_header_totals_match_duckdb(sample):
    out, _, html = sample
    articles, quotes, named, rejects = duck(out, """
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes),
               (SELECT count(speaker) FROM quotes), (SELECT count(*) FROM rejects)""")[0]
    totals = {label: value for value, label in re.findall(r"<li><b>([^<]+)</b> ([a-z ]+)</li>", html)}
    assert totals["articles"] == f"{articles:,}" and totals["quotes"] == f"{quotes:,}"
    assert totals["rejects"] == f"{rejects:,}"
    assert totals["with a named speaker"] == f"{named / quotes:.0%}"


def test_page_is_self_contained_and_offline(sample):
    _, path, html = sample
    assert html.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"<(script|img|iframe|link)[^>]+(src|href)=\"(?!data:)", html)  # nothing to load
    assert "<script>" in html and html.count("<script") == 1  # only the inline sorter
    # every chart is an inline SVG with marks, labelled by its caption
    charts = re.findall(r'<figure class="chart" id="([^"]+)"><svg role="img" aria-labelledby="\1-cap"(.*?)</svg>',
                        html, re.DOTALL)
    assert {c for c, _ in charts} >= {"fig-articles", "fig-people", "fig-named", "fig-kinds", "fig-cues",
                                      "fig-zones", "fig-rejects"}
    assert all("role-mark" in svg for _, svg in charts)
    assert str(path.parent / "out") in html[html.index("<footer>"):]  # the dataset's path in the footer
    assert re.search(r"built <time datetime=\"\d{4}-\d\d-\d\dT", html)


def test_each_listed_speaker_has_an_anchor_section_with_their_quotes(sample):
    out, _, html = sample
    for anchor, name in re.findall(r'<th scope="row" data-v="[^"]*"><a href="#(speaker-[^"]+)">([^<]+)</a>', html):
        section = re.search(rf'<section class="speaker" id="{anchor}".*?</section>', html, re.DOTALL)
        assert section, name
        quotes = section.group(0).count("<li>")
        expected = duck(out, f"SELECT count(*) FROM quotes WHERE speaker = '{name}'")[0][0]
        assert quotes == min(expected, 10), name
    # a quote of Marta Ellingsen's links its article, with its outlet and date
    assert re.search(r"Ellingsen.*?<a href=\"https?://[^\"]+\" rel=\"noopener noreferrer nofollow\">", html, re.DOTALL) \
        or "PORT OF HALVERSTON" in html


def test_filters_restrict_every_number(sample, tmp_path):
    out, _, _ = sample
    loc = Location.of(str(out))
    days = [d for (d,) in duck(out, "SELECT DISTINCT date FROM articles ORDER BY 1")]
    since, until = days[1], days[-2]
    data = collect(loc, Q.Filters(since=since, until=until, sources=("river-festival", "tech-briefing")))
    expect_articles, expect_quotes = duck(out, f"""
        SELECT count(DISTINCT a.article_id), count(q.article_id) FROM articles a LEFT JOIN quotes q USING (article_id)
        WHERE a.date BETWEEN DATE '{since}' AND DATE '{until}' AND a.source IN ('river-festival', 'tech-briefing')""")[0]
    assert data["totals"]["articles"] == expect_articles and data["totals"]["quotes"] == expect_quotes
    assert {r["source"] for r in data["outlets"]} <= {"river-festival", "tech-briefing"}
    assert sum(r["quotes"] for r in data["zones"]) == expect_quotes
    assert all(since <= d <= until for d, _, _ in data["per_day"])
    for items in data["speaker_quotes"].values():
        assert all(q["source"] in ("river-festival", "tech-briefing") for q in items)
    # an empty range is a page that says so, not an error
    empty = build_report(str(out), to=str(tmp_path / "empty.html"), since=date(1990, 1, 1), until=date(1990, 1, 2))
    assert "No articles in this range." in Path(empty.path).read_text()


@pytest.mark.parametrize("speaker, mentions, kind, rule", [
    ("Marta Ellingsen", ["she"], "person", "pronoun-person"),
    ("Donald Trump", ["Trump"], "person", "default-person"),
    ("Halverston Terminals", ["Halverston Terminals"], "organisation", "organisation-word"),
    ("Thames Valley Police", ["police"], "organisation", "organisation-word"),
    ("The Associated Press", ["The Associated Press"], "organisation", "starts-with-the"),
    ("NATO", ["NATO"], "organisation", "acronym"),
    ("Acme", ["it"], "organisation", "pronoun-thing"),
    ("Bank", ["he"], "person", "pronoun-person"),  # the attribution's pronoun wins over a word
    ("Tim Cook", ["Cook"], "person", "default-person"),
    ("Maria Bank", ["Bank"], "organisation", "organisation-word"),  # a known limit of the rule
])
def test_people_and_organisations(speaker, mentions, kind, rule):
    kind_sql, rule_sql = Q.speaker_kind_sql()
    person = sum(m.lower() in Q.PERSON_PRONOUNS for m in mentions)
    thing = sum(m.lower() in Q.THING_PRONOUNS for m in mentions)
    with duckdb.connect() as con:
        got = con.execute(f"SELECT {kind_sql}, {rule_sql} FROM (SELECT ? AS speaker, ? AS person_pronouns, "
                          "? AS thing_pronouns) s", [speaker, person, thing]).fetchone()
    assert got == (kind, rule)


def test_caps_are_said_on_the_page(sample, tmp_path):
    out, _, _ = sample
    result = build_report(str(out), to=str(tmp_path / "r.html"),
                          limits=Q.Limits(speakers=2, cues=1, quotes_per_speaker=1, sources_in_chart=2))
    html = Path(result.path).read_text()
    people = duck(out, "SELECT count(DISTINCT speaker) FROM quotes WHERE speaker IS NOT NULL")[0][0]
    assert re.search(r"Showing the first 2 of \d+ people", html) and people > 2
    assert re.search(r"Showing the first 1 of \d+ cues", html)
    assert "3 other outlets" in html
    assert len(tables_of(html)["t-people"]["rows"]) == 2


def test_user_text_is_escaped_and_only_web_links_are_links():
    assert safe_link("javascript:alert(1)", "x") == "x"
    assert safe_link("https://a.example/?q=\"><script>", "<b>t</b>") == (
        '<a href="https://a.example/?q=&quot;&gt;&lt;script&gt;" rel="noopener noreferrer nofollow">'
        "&lt;b&gt;t&lt;/b&gt;</a>")
    html = table_html(Table(id="t", caption="c", columns=(Column("a"), Column("n", "num")),
                            rows=[("<script>alert(1)</script>", 1234)]))
    assert "<script>" not in html and 'data-v="1234">1,234<' in html


def test_week_and_month_buckets_are_duckdbs():
    first = date(2024, 12, 25)
    days = [first + timedelta(days=i) for i in range(0, 500, 3)]
    with duckdb.connect() as con:
        for bucket in ("week", "month"):
            expect = sorted({r[0] for r in con.execute(
                f"SELECT DISTINCT date_trunc('{bucket}', d)::DATE FROM unnest(?::DATE[]) t(d)", [days]).fetchall()})
            got = buckets_between(days[0], days[-1], bucket)
            assert set(expect) <= set(got) and got[0] == expect[0] and got[-1] == expect[-1]


def test_command_line(sample, tmp_path, capsys):
    out, _, _ = sample
    to = tmp_path / "sub" / "r.html"
    assert main(["report", str(out), "--to", str(to), "--source", "wire"]) == 0
    assert str(to) in capsys.readouterr().out and to.stat().st_size > 10_000
    assert main(["report", str(tmp_path / "missing"), "--to", str(to)]) == 2
    assert main(["report", str(out), "--since", "2026-12-02", "--until", "2026-12-01", "--to", str(to)]) == 2
    assert main(["report", str(out), "--since", "yesterday"]) == 2


def test_source_and_date_layout(tmp_path):
    out = tmp_path / "out"
    assert main(["run", "--input", f"{SAMPLES}/*", "--output", str(out), "--partition-by", "source,date"]) == 0
    result = build_report(str(out), to=str(tmp_path / "r.html"), sources=["wire", "harbour-strike"])
    data = tables_of(Path(result.path).read_text())
    assert {r[0] for r in data["t-outlets"]["rows"]} == {"wire", "harbour-strike"}
    expect = duck(out, """SELECT count(*) FROM quotes q JOIN articles a USING (article_id)
                          WHERE a.source IN ('wire', 'harbour-strike')""")[0][0]
    assert sum(int(r[2]) for r in data["t-outlets"]["rows"]) == expect > 0


def test_recent_runs_are_newest_first_by_when_they_were_written(tmp_path):
    # Two runs within one second (bounded runs, a re-run right after) have run ids that sort by
    # their random suffix; the report lists them as they ran, as `newsbeam inspect` does.
    import json
    import os

    runs = tmp_path / "_runs"
    runs.mkdir()
    written = ["20261206T015538Z-999999", "20261206T015539Z-f00000", "20261206T015539Z-000000"]  # oldest first
    for n, run_id in enumerate(written):
        path = runs / f"{run_id}.json"
        path.write_text(json.dumps({"run_id": run_id, "status": "succeeded", "summary": {"articles": n}}))
        os.utime(path, ns=(1_000_000_000 * (n + 1), 1_000_000_000 * (n + 1)))
    listed, total = Q.recent_runs(Location(str(tmp_path)), 10)
    assert total == 3
    assert [r["run_id"] for r in listed] == written[::-1]  # by name it would be f00000 first
