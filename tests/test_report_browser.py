"""The report in a real browser: Debian's Chromium, headless, driven by Playwright (which never
downloads a browser of its own here: it is given the system's). ``make test-browser``.

The dataset comes from real runs: the bundled examples, the shared news feeds when they are
there (skipped otherwise), and a --feeds run against a local server (one feed that answers,
one that fails) so the page has feed health to show. The test checks that every chart rendered,
that the tables' numbers are DuckDB's, that the page requested nothing and logged no error, and
that the tables sort from the keyboard; it saves screenshots in its temporary folder.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from newsbeam.pipeline.cli import main

from tests.corpus import CORPUS
from tests.httpserver import Reply
from tests.report_checks import check_tables_against_duckdb

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

LOCAL_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Local desk</title><link>https://local-desk.example/</link>
<item><title>Night buses return to the valley</title><link>https://local-desk.example/night-buses</link>
<guid>https://local-desk.example/night-buses</guid><pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate>
<description><![CDATA[<p>Night buses will run again from Friday.</p>
<p>“People told us they could not get home after late shifts,” said transport chair Lena Okoro.</p>]]>
</description></item></channel></rss>
"""

TABLES_JS = """() => {
  const out = {};
  document.querySelectorAll('table.sortable').forEach(t => {
    out[t.id] = {
      columns: Array.from(t.tHead.querySelectorAll('button')).map(b => b.textContent),
      rows: Array.from(t.tBodies[0].rows).map(r => Array.from(r.cells).map(c => c.dataset.v)),
    };
  });
  return out;
}"""

CHARTS_JS = """() => Array.from(document.querySelectorAll('figure.chart')).map(f => {
  const svg = f.querySelector('svg');
  const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
  return {id: f.id, svg: !!svg, width: box.width, height: box.height,
          marks: svg ? svg.querySelectorAll('.role-mark > path, .role-mark > rect, .role-mark > text').length : 0};
})"""

SPARKS_JS = """() => Array.from(document.querySelectorAll('svg.spark')).map(s => {
  const line = s.querySelector('polyline');
  return {label: s.getAttribute('aria-label'), points: line ? line.points.numberOfItems : 0,
          width: s.getBoundingClientRect().width};
})"""


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    base = tmp_path_factory.mktemp("browser")
    out = base / "out"
    inputs = ["--input", str(ROOT / "examples" / "inputs" / "*")]
    feeds = CORPUS / "news-feeds"
    if feeds.is_dir():  # the shared corpus is optional: without it, the examples alone
        inputs += ["--input", str(feeds / "*.xml"), "--input", str(feeds / "*.json")]
    assert main(["run", *inputs, "--output", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        yield p


def test_report_in_chromium(browser, dataset, tmp_path, http_server):  # browser first: skips before the runs
    # A --feeds run against a local server: one feed answers, one keeps failing.
    body = LOCAL_FEED.encode("utf-8")
    feed_list = tmp_path / "feeds.yaml"
    feed_list.write_text(yaml.safe_dump([
        {"name": "local-good", "url": http_server.route("/good.xml", Reply(200, body=body, headers=[
            ("Content-Type", "application/rss+xml")]))},
        {"name": "local-gone", "url": http_server.route("/gone.xml", Reply(404, body=b"gone"))},
    ]))
    assert main(["run", "--feeds", str(feed_list), "--output", str(dataset),
                 "--allow-host", http_server.host_port]) == 0

    report = tmp_path / "report.html"
    assert main(["report", str(dataset), "--to", str(report)]) == 0

    context = browser.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1100, "height": 1400})
    try:
        page = context.new_page()
        requests, errors = [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: errors.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
        page.goto(report.as_uri())
        page.wait_for_load_state("load")

        # Nothing was fetched but the page itself (a data: URL is no request to anyone).
        assert [u for u in requests if u != report.as_uri() and not u.startswith("data:")] == []

        # Every chart is an SVG with marks, drawn at a size.
        charts = page.evaluate(CHARTS_JS)
        ids = {c["id"] for c in charts}
        assert {"fig-articles", "fig-people", "fig-named", "fig-kinds", "fig-cues", "fig-zones", "fig-rejects"} <= ids
        for chart in charts:
            assert chart["svg"] and chart["marks"] > 0 and chart["width"] > 100 and chart["height"] > 30, chart
        sparks = page.evaluate(SPARKS_JS)
        assert sparks and all(s["points"] >= 2 and s["width"] > 0 and s["label"] for s in sparks)

        # The numbers in the tables are DuckDB's.
        tables = page.evaluate(TABLES_JS)
        checked = check_tables_against_duckdb(tables, dataset)
        assert checked["t-outlets"] >= 5 and checked["t-runs"] == 2

        # Feed health from _state/feeds: the failing feed first, then the good one.
        feeds = tables["t-feeds"]["rows"]
        assert [(r[0], r[1]) for r in feeds] == [("local-gone", "failing"), ("local-good", "ok")]

        # Keyboard only: Tab reaches the skip link first, then a column's sort button; Enter sorts.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Skip to the report"
        target = "#t-outlets thead th:nth-child(3) button"
        for _ in range(500):
            page.keyboard.press("Tab")
            if page.evaluate(f"document.activeElement === document.querySelector('{target}')"):
                break
        else:
            pytest.fail("the outlets table's Quotes button is not reachable with Tab")
        column = "Array.from(document.querySelectorAll('#t-outlets tbody tr')).map(r => +r.cells[2].dataset.v)"
        page.keyboard.press("Enter")
        values = page.evaluate(column)
        assert values == sorted(values, reverse=True)
        assert page.get_attribute("#t-outlets thead th:nth-child(3)", "aria-sort") == "descending"
        page.keyboard.press("Space")
        values = page.evaluate(column)
        assert values == sorted(values) and len(values) >= 5
        assert page.get_attribute("#t-outlets thead th:nth-child(3)", "aria-sort") == "ascending"

        # A speaker's link leads to their section.
        page.click("#t-people tbody tr:first-child a")
        assert page.evaluate("location.hash").startswith("#speaker-")
        assert page.evaluate("document.querySelector(location.hash).querySelectorAll('ol.quotes li').length") > 0

        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(tmp_path / "report-top.png"))
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        assert (tmp_path / "report.png").stat().st_size > 50_000
        assert errors == []
    finally:
        context.close()
