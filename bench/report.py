"""``make bench-report``: the time and size of ``newsbeam report`` on a large dataset.

    python -m bench.report                          # 1M articles, 10M quotes (made once, kept)
    python -m bench.report --articles 100000        # a smaller one
    python -m bench.report --dir /tmp/big --regenerate

The dataset is written directly with pyarrow in newsbeam's layout (``TABLE/date=D/part-...``,
the schemas of ``schemas/tables.py``, zstd), with run manifests under ``_runs/`` and feed states
under ``_state/feeds/``: outlets, speakers and cues drawn from skewed (Zipf-like) distributions,
as in news. Bodies are short: the report never reads them. It prints the build time and the
file's size; it never asserts (tests/test_report_scale.py asserts the size).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import time
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from newsbeam.schemas import tables

DEFAULT_DIR = "/tmp/newsbeam-bench-report"
RULE_NAMES = ["after_quote", "lead_in", "previous_quote", "closing_attribution", "sentence_subject"]
FIRST_DAY = date(2025, 12, 1)
GIVEN = ("Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi",
         "Luis", "Maya", "Nikos", "Olga", "Pedro", "Qiu", "Rosa", "Sami", "Tara", "Umar", "Vera",
         "Wen", "Xavier", "Yara", "Zoltan")
FAMILY = ("Abbott", "Bauer", "Chen", "Diallo", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jansen",
          "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Silva",
          "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zhou")
ORGS = ("Ministry of Finance", "Metropolitan Police", "The World Bank", "NATO", "City Council",
        "Department of Health", "Acme Corp", "Green Party", "Harbour Authority", "University of Leeds",
        "Federal Reserve Board", "The Red Cross", "Transport Union", "WHO", "Supreme Court")
CUES = ("said", "says", "told", "added", "according to", "stated", "wrote", "explained", "warned",
        "argued", "noted", "asked", "claimed", "insisted", "announced", "admitted", "replied",
        "suggested", "acknowledged", "confirmed", "tweeted", "recalled", "urged", "conceded", "declared",
        "estimated", "predicted", "promised", "reported", "responded")
REASONS = (("parse", "malformed"), ("dedup", "duplicate"), ("fetch", "timeout"), ("fetch", "http-404"),
           ("read", "encoding"), ("parse", "not-a-feed"), ("parse", "no-entries"), ("read", "too-large"))


def _zipf_choice(rng: np.random.Generator, n_items: int, size: int, a: float = 1.1) -> np.ndarray:
    """Indices in [0, n_items) with a Zipf-like skew (item 0 the most common)."""
    weights = 1.0 / np.arange(1, n_items + 1) ** a
    return rng.choice(n_items, size=size, p=weights / weights.sum())


def _strings(prefix: str, ids: np.ndarray, suffix: str = "") -> pa.Array:
    return pc.binary_join_element_wise(prefix, pa.array(ids).cast(pa.string()), suffix, "")


def _write(root: str, table: str, day: date, data: pa.Table) -> None:
    directory = os.path.join(root, table, f"date={day.isoformat()}")
    os.makedirs(directory, exist_ok=True)
    pq.write_table(data.cast(tables.TABLES[table]), os.path.join(directory, "part-00000-of-00001.parquet"),
                   compression="zstd", row_group_size=262_144)


def generate(root: str, *, articles: int = 1_000_000, quotes_per_article: int = 10, days: int = 365,
             sources: int = 60, speakers: int = 200_000, seed: int = 0) -> dict:
    """Writes a dataset of ``articles`` articles and about ``quotes_per_article`` times as many
    quotes at ``root`` (replacing it); returns what it wrote."""
    shutil.rmtree(root, ignore_errors=True)
    rng = np.random.default_rng(seed)
    source_names = pa.array([f"outlet-{i:03d}" for i in range(sources)])
    people = pa.array([f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]}"
                       + (f" {i // (len(GIVEN) * len(FAMILY))}" if i >= len(GIVEN) * len(FAMILY) else "")
                       for i in range(speakers)])
    names = pa.concat_arrays([pa.array(ORGS), people])
    texts = pa.array([f"We have to look at sentence number {i} again, and the figures for it, before anyone "
                      f"decides anything about it" + " at all" * (i % 7) for i in range(5000)])
    cues = pa.array(CUES)
    per_day = np.bincount(rng.integers(0, days, size=articles), minlength=days)
    fetched = pa.scalar(datetime(2026, 12, 1, tzinfo=UTC), pa.timestamp("us", tz="UTC"))
    next_id, n_quotes = 0, 0
    for d in range(days):
        day = FIRST_DAY + timedelta(days=d)
        n = int(per_day[d])
        ids = np.arange(next_id, next_id + n)
        next_id += n
        article_ids = _strings("a", ids)
        src = pc.take(source_names, pa.array(_zipf_choice(rng, sources, n, 0.9)))
        published = pa.array([datetime(day.year, day.month, day.day, tzinfo=UTC)] * n,
                             pa.timestamp("us", tz="UTC"))
        published = pc.add(published, pa.array(rng.integers(0, 86_400_000_000, n), pa.duration("us")))
        _write(root, "articles", day, pa.table({
            "article_id": article_ids, "source": src, "input": _strings("feeds/", ids, ".xml"),
            "feed_url": pa.nulls(n, pa.string()), "url": _strings("https://news.example/story/", ids),
            "guid": pa.nulls(n, pa.string()), "title": _strings("Headline of the story number ", ids),
            "authors": pa.nulls(n, pa.list_(pa.string())), "published_at": published,
            "updated_at": pa.nulls(n, pa.timestamp("us", tz="UTC")), "fetched_at": pa.array([fetched] * n),
            "language": pa.array(["en"] * n), "summary": pa.nulls(n, pa.string()),
            "body": pa.array(["A short body: the report never reads it."] * n), "word_count": pa.array([8] * n, pa.int32()),
            "tags": pa.nulls(n, pa.list_(pa.string())), "content_hash": _strings("h", ids),
            "run_id": pa.array(["bench"] * n),
        }))
        counts = rng.poisson(quotes_per_article, n)
        m = int(counts.sum())
        n_quotes += m
        owner = np.repeat(np.arange(n), counts)
        position = np.arange(m) - np.repeat(np.cumsum(counts) - counts, counts)
        speaker_idx = _zipf_choice(rng, len(names), m, 1.05)
        named = rng.random(m) < 0.72
        speaker = pc.if_else(pa.array(named), pc.take(names, pa.array(speaker_idx)), pa.nulls(m, pa.string()))
        kind = pc.take(pa.array(["direct", "partial", "scare"]), pa.array(rng.choice(3, m, p=[0.62, 0.3, 0.08])))
        zone = pc.take(pa.array(["title", "bullet", "body"]), pa.array(rng.choice(3, m, p=[0.04, 0.08, 0.88])))
        pronoun = rng.random(m) < 0.15
        mention = pc.if_else(pa.array(pronoun & named & (speaker_idx >= len(ORGS))), pa.scalar("he"), speaker)
        text = pc.take(texts, pa.array(rng.integers(0, len(texts), m)))
        _write(root, "quotes", day, pa.table({
            "article_id": pc.take(article_ids, pa.array(owner)), "position": pa.array(position, pa.int32()),
            "zone": zone, "zone_index": pa.array(np.zeros(m, np.int32)),
            "start_char": pa.array(np.zeros(m, np.int32)), "end_char": pc.utf8_length(text).cast(pa.int32()),
            "text": text, "speaker": speaker, "speaker_mention": mention,
            "cue": pc.if_else(pa.array(named), pc.take(cues, pa.array(_zipf_choice(rng, len(CUES), m))),
                              pa.nulls(m, pa.string())),
            "attribution": pc.if_else(pa.array(named), pa.scalar("explicit"), pa.scalar("none")),
            "kind": kind,
            "rule": pc.if_else(pa.array(named), pc.take(pa.array(RULE_NAMES), pa.array(rng.integers(0, len(RULE_NAMES), m))),
                               pa.nulls(m, pa.string())),
        }))
        r = int(rng.poisson(max(1, n // 20)))
        which = rng.integers(0, len(REASONS), r)
        _write(root, "rejects", day, pa.table({
            "source": pc.take(source_names, pa.array(rng.integers(0, sources, r))),
            "input": _strings("feeds/broken-", rng.integers(0, 5000, r), ".xml"),
            "stage": pa.array([REASONS[i][0] for i in which]), "reason": pa.array([REASONS[i][1] for i in which]),
            "detail": pa.array(["generated"] * r), "raw_excerpt": pa.nulls(r, pa.string()),
            "fetched_at": pa.array([fetched] * r), "run_id": pa.array(["bench"] * r),
        }))
    _write_runs_and_feeds(root, sources)
    return {"articles": articles, "quotes": n_quotes, "days": days, "sources": sources}


def _write_runs_and_feeds(root: str, sources: int) -> None:
    from newsbeam.transforms.io import layout
    from newsbeam.transforms.io.feedstate import FeedState, FeedStateStore

    os.makedirs(os.path.join(root, layout.RUNS), exist_ok=True)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    for i in range(40):
        at = start + timedelta(hours=12 * i)
        run_id = at.strftime("%Y%m%dT%H%M%SZ") + f"-{i:06x}"
        manifest = {"run_id": run_id, "started_at": at.isoformat(), "mode": "append",
                    "status": "failed" if i % 13 == 5 else "finished", "seconds": 60.0 + i,
                    "summary": {"inputs": 60, "articles": 2700 + i, "articles_unchanged": 100,
                                "quotes": 27000 + i, "rejects": 130}}
        if manifest["status"] == "failed":
            manifest["error"] = "OSError: [Errno 28] No space left on device"
        with open(os.path.join(root, layout.run_manifest(run_id)), "w") as fh:
            json.dump(manifest, fh)
    store = FeedStateStore(os.path.join(root, layout.FEEDS_DIR))
    for i in range(sources):
        failures = 7 if i % 17 == 3 else 2 if i % 11 == 4 else 0
        store.save(f"outlet-{i:03d}", FeedState(
            url=f"https://outlet-{i:03d}.example/feed.xml", last_status=200 if not failures else 503,
            last_fetch="2026-12-01T06:00:00+00:00", consecutive_failures=failures,
            last_success=None if failures else "2026-12-01T06:00:00+00:00",
            last_reason="http-503" if failures else None,
            suspended_until="2099-01-01T00:00:00+00:00" if failures >= 5 else None))


def _read_json(path: str) -> dict:
    with open(path) as fh:
        return json.load(fh)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", default=DEFAULT_DIR)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--quotes-per-article", type=int, default=10)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--to", default=None, help="the report (default: DIR.html)")
    ns = parser.parse_args(argv)
    marker = os.path.join(ns.dir, "_bench.json")
    want = {"articles": ns.articles, "quotes_per_article": ns.quotes_per_article}
    if ns.regenerate or not os.path.exists(marker) or _read_json(marker).get("want") != want:
        t = time.monotonic()
        made = generate(ns.dir, articles=ns.articles, quotes_per_article=ns.quotes_per_article)
        with open(marker, "w") as fh:
            json.dump({"want": want, "made": made}, fh)
        print(f"generated {made['articles']:,} articles, {made['quotes']:,} quotes in {time.monotonic() - t:.1f} s "
              f"at {ns.dir}")
    made = _read_json(marker)["made"]
    from newsbeam.pipeline.report import build_report

    to = ns.to or ns.dir.rstrip("/") + ".html"
    cpu = _cpu_seconds()
    result = build_report(ns.dir, to=to)
    cpu = _cpu_seconds() - cpu
    print(f"report of {made['articles']:,} articles, {made['quotes']:,} quotes: {result.seconds:.1f} s "
          f"({cpu:.1f} s of CPU on all threads), {result.bytes / 1e6:.2f} MB ({result.bytes:,} bytes) -> {result.path}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
          f"{platform.python_implementation()} {platform.python_version()}; the time varies with the machine's "
          "load, the CPU seconds much less")
    try:
        import plotly.offline

        print(f"for comparison: Plotly's script inlined would add {len(plotly.offline.get_plotlyjs()) / 1e6:.2f} MB "
              "to the page before any chart")
    except ImportError:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
