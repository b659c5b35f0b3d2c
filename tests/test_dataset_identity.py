"""The dataset a fixed input mix produces, row for row, against a committed fingerprint.

A restructure of the pipeline (the phases of the write, the decide step, the extraction step)
must not change what lands on disk. Two runs over a fixed mix (the bundled examples; with
../shared, also the seed article, real news feeds and article pages): the first writes the
examples, the second writes everything, in bounded chunks, with one example file edited, so the
decisions new, changed, unchanged and duplicate, the reroute of a guid rename and the settling
across chunks are all taken. Every row of every table, and every index row, is reduced to its
key and a hash of its other values (nothing of the publishers' text is stored), and compared with
tests/golden/dataset_fingerprint.json; a difference is listed row by row. The quotes are
checked per article against the quote rules' output for the article as stored (``_quotes``).

What legitimately differs between two runs of the same code is left out: run ids and the times
a run is stamped with (``fetched_at``, ``run_id``), and the byte counts of the written files.

A change of what the pipeline reads or normalizes (a body extractor, a date rule) changes this
fingerprint; a change of the quote rules alone does not. Rewrite it, when a change of the
dataset is meant, with ``NEWSBEAM_WRITE_FINGERPRINT=1 pytest tests/test_dataset_identity.py``
and say so in the commit.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow.dataset as pads
import pyarrow.fs as pafs
import pytest

from newsbeam.pipeline import api
from newsbeam.pipeline import run as runs
from newsbeam.schemas.records import Quote
from newsbeam.transforms.normalize import article_id
from newsbeam.transforms.document import source_name
from newsbeam.transforms.quotes import EXTRACTOR_VERSION, extract_quotes
from tests.corpus import CORPUS, SHARED

ROOT = Path(__file__).resolve().parents[1]
FINGERPRINT = ROOT / "tests" / "golden" / "dataset_fingerprint.json"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)

# Columns that differ between two runs of the same code over the same input.
VOLATILE = {"run_id", "fetched_at"}
# A row's identity, per table: what the diff names. The rest of the row is hashed.
KEYS = {
    "articles": ("article_id",),
    "bullets": ("article_id", "position"),
    "quotes": ("article_id", "position"),
    "rejects": ("source", "stage", "reason"),
    "_index": ("article_id",),
}
# A few real inputs of each kind from ../shared (chosen for variety, not tuned on).
SHARED_INPUTS = (
    "examples/seed-article.txt",
    "corpus/news-feeds/atom10_heise_developer.xml",
    "corpus/news-feeds/jsonfeed_daringfireball.json",
    "corpus/news-feeds/rss1_rdf_deutsche_welle.xml",
    "corpus/news-feeds/rss2_abc_australia_top.xml",
    "corpus/news-feeds/rss2_404media_content-encoded.xml",
    "corpus/articles/newspaper4k/cnn_article.html",
    "corpus/articles/newspaper4k/time_001.html",
    "corpus/articles/readability/guardian-1/source.html",
)


def _scalar(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, list):
        return [_scalar(v) for v in value]
    if isinstance(value, dict):
        return {k: _scalar(v) for k, v in sorted(value.items())}
    return value


def _digest(values) -> str:
    return hashlib.sha256(json.dumps(values, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:20]


def _path_ids(inputs_dir: Path) -> dict[str, str]:
    """The id of a one-article file comes from its absolute path (``normalize.article_id``),
    which is the test's temporary folder: named by the file's name instead."""
    return {article_id(None, None, source_name(str(p)), "", "", input=str(p)): f"file:{p.name}"
            for p in inputs_dir.iterdir()}


def _rows(table, key: tuple[str, ...], inputs_dir: Path) -> dict[str, str]:
    """{key: hash of the row's other values}; a key met more than once gets ``#2``, ``#3``..."""
    out: dict[str, str] = {}
    rows = []
    ids = _path_ids(inputs_dir)
    for row in table.to_pylist():
        row = {k: _scalar(v) for k, v in row.items() if k not in VOLATILE}
        if row.get("extractor") == EXTRACTOR_VERSION:  # the rules' version, checked apart (_quotes)
            row["extractor"] = "current"
        if "article_id" in row:
            row["article_id"] = ids.get(row["article_id"], row["article_id"])
        if isinstance(row.get("input"), str):  # the run's temporary folder is not the input's identity
            row["input"] = row["input"].replace(str(inputs_dir), "IN")
        rows.append(row)
    rows.sort(key=lambda r: (tuple(str(r.get(k)) for k in key), _digest(r)))
    for row in rows:
        name = "/".join(str(row.get(k)) for k in key)
        if key == KEYS["rejects"]:  # a reject's identity is its input's, which may be a URL: hash it
            name += "/" + _digest([row.get("input"), row.get("detail")])[:10]
        n, base = 2, name
        while name in out:
            name, n = f"{base}#{n}", n + 1
        out[name] = _digest({k: v for k, v in row.items() if k not in key})
    return out


def _quotes(ds, inputs_dir: Path) -> dict[str, str]:
    """Per article: ``extractor`` when its quote rows are what the quote rules give for its
    stored title, bullets and body, else a hash of the rows it has. The rules change often (each
    change with its golden file); what the write must keep is that every article's rows are
    the rules' output, so this part of the fingerprint does not move when the rules do."""
    quote_fields = [f.name for f in dataclasses.fields(Quote)]
    found: dict[str, list[dict]] = {}
    for row in ds.to_table("quotes").to_pylist():
        found.setdefault(row["article_id"], []).append({k: row[k] for k in quote_fields})
    bullets: dict[str, list[tuple[int, str]]] = {}
    for row in ds.to_table("bullets").to_pylist():
        bullets.setdefault(row["article_id"], []).append((row["position"], row["text"]))
    ids = _path_ids(inputs_dir)
    out = {}
    for article in ds.to_table("articles", columns=["article_id", "title", "body"]).to_pylist():
        aid = article["article_id"]
        texts = tuple(text for _, text in sorted(bullets.get(aid, [])))
        expected = [dataclasses.asdict(q) for q in extract_quotes(article["title"], texts, article["body"])]
        got = sorted(found.pop(aid, []), key=lambda q: q["position"])
        out[ids.get(aid, aid)] = "extractor" if got == expected else "rows " + _digest(got)
    for aid, rows in found.items():  # quote rows without their article
        out[ids.get(aid, aid)] = "orphan " + _digest(rows)
    return dict(sorted(out.items()))


def fingerprint(output: Path, inputs_dir: Path, stats: dict) -> dict:
    ds = api.open_dataset(output)
    tables = {table: _rows(ds.to_table(table), KEYS[table], inputs_dir) for table in ds.tables if table != "quotes"}
    tables["quotes"] = _quotes(ds, inputs_dir)
    index = pads.dataset(str(output / "_state" / "index"), format="parquet", filesystem=pafs.LocalFileSystem())
    tables["_index"] = _rows(index.to_table(), KEYS["_index"], inputs_dir)
    return {"tables": tables, "stats": _stats(stats)}


def _stats(stats: dict) -> dict:
    """The run's counts, less the bytes written and the quotes written (they follow the rules)."""
    return {k: v for k, v in sorted(stats.items()) if not k.startswith("bytes_") and k != "quotes"}


def _ingest(inputs: list[Path], output: Path, *, chunk_bytes: int = 0) -> dict:
    cfg = api.run_config([str(p) for p in inputs], output, now=NOW)
    manifest = runs.run_batch(cfg, api.beam_flags(None, None), chunk_bytes=chunk_bytes)
    return manifest["summary"]


def _edit(inputs: Path) -> None:
    """The examples as a later delivery: in the wire file one article's body changed and one
    added; in the Atom feed the story's link changed under the same id (a guid rename)."""
    atom = inputs / "observatory.atom.xml"
    text = atom.read_text()
    assert "/2026/11/comet-two?" in text
    atom.write_text(text.replace("/2026/11/comet-two?", "/2026/11/second-comet?"))
    path = inputs / "wire.jsonl"
    lines = path.read_text().splitlines()
    first = json.loads(lines[0])
    for field in ("body", "text", "html", "content"):
        if isinstance(first.get(field), str):
            first[field] += " The hours will be reviewed in the spring."
            break
    else:
        first["summary"] = "Revised: " + str(first.get("summary", ""))
    added = {"title": "Night buses return to the harbour route", "url": "https://wire.example/transport/night-bus",
             "published": "2026-11-21T07:00:00Z",
             "body": "The night bus will run again from Friday. \u201cWe listened to the shift workers,\u201d "
                     "said the transport director, Ines Alvarez. It stops at the harbour every half hour."}
    path.write_text("\n".join([json.dumps(first), *lines[1:], json.dumps(added)]) + "\n")


def scenario(tmp_path: Path, with_shared: bool) -> dict:
    inputs = tmp_path / "in"
    inputs.mkdir()
    first = []
    for src in sorted((ROOT / "examples" / "inputs").iterdir()):
        first.append(inputs / src.name)
        shutil.copyfile(src, first[-1])
    later = []
    if with_shared:
        for rel in SHARED_INPUTS:
            src = SHARED / rel
            name = rel.replace("/", "_") if src.name == "source.html" else src.name
            later.append(inputs / name)
            shutil.copyfile(src, later[-1])  # into the test's own temporary folder, never the project
    output = tmp_path / "out"
    stats1 = _ingest(first, output)
    _edit(inputs)
    # The second run in bounded chunks (a few KB each), so the later chunks settle against the earlier.
    stats2 = _ingest(first + later, output, chunk_bytes=8_000)
    result = fingerprint(output, inputs, stats2)
    result["first_run"] = _stats(stats1)
    return result


def _diff(name: str, want: dict, got: dict) -> list[str]:
    lines = []
    for table in sorted(set(want["tables"]) | set(got["tables"])):
        a, b = want["tables"].get(table, {}), got["tables"].get(table, {})
        for key in sorted(set(a) | set(b)):
            if key not in b:
                lines.append(f"{name} {table}: row {key} is gone")
            elif key not in a:
                lines.append(f"{name} {table}: row {key} is new")
            elif a[key] != b[key]:
                lines.append(f"{name} {table}: row {key} changed")
    for part in ("first_run", "stats"):
        a, b = want.get(part, {}), got.get(part, {})
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                lines.append(f"{name} {part} {key}: {a.get(key)} -> {b.get(key)}")
    return lines


@pytest.mark.parametrize("name", ["examples", pytest.param("shared", marks=pytest.mark.slow)])
def test_the_dataset_is_the_committed_one(tmp_path, name):
    with_shared = name == "shared"
    if with_shared and not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent (the shared corpus sits beside the checkout)")
    got = scenario(tmp_path, with_shared)
    stored = json.loads(FINGERPRINT.read_text()) if FINGERPRINT.exists() else {}
    if os.environ.get("NEWSBEAM_WRITE_FINGERPRINT"):
        stored[name] = got
        FINGERPRINT.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n")
        return
    assert name in stored, f"no fingerprint for {name!r}: write it with NEWSBEAM_WRITE_FINGERPRINT=1"
    differences = _diff(name, stored[name], got)
    assert not differences, (
        f"the dataset differs from {FINGERPRINT.name} ({len(differences)} differences; if the change is "
        "meant, e.g. a new body extractor, rewrite it with NEWSBEAM_WRITE_FINGERPRINT=1):\n"
        + "\n".join(differences[:60]))
