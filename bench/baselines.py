"""The two single-process baselines the pipeline is compared with, each run in its own process.

    python -m bench.baselines feedparser DIR      # feedparser.parse over every file's bytes
    python -m bench.baselines plain DIR OUT       # the pipeline's own functions in a plain loop

Each prints one JSON line: ``seconds`` (the loop alone, imports excluded), ``cpu_seconds`` (the
loop's CPU time, user + system, imports excluded), ``entries`` and, for ``plain``, ``articles``
written. Reading the files is inside the timed loop in both, as it is in the pipeline.

``plain`` calls what the pipeline calls, in the order it calls them: ``read_document`` ->
``normalize_entry``, duplicates merged by ``article_id`` with the same rule (``merge.decide``),
``with_quotes`` on each article kept, then per partition ``dataset.rewrite_bucket`` (Arrow
conversion, sort, zstd Parquet, atomic rename) into an empty dataset. What it leaves out is Beam: no runner, no
coders, no shuffles, no index.
"""
from __future__ import annotations

import io
import json
import sys
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path


def _files(directory: str) -> list[Path]:
    return sorted(p for p in Path(directory).iterdir() if p.is_file() and not p.name.startswith("."))


def feedparser_loop(directory: str) -> dict:
    import feedparser

    files = _files(directory)
    started, cpu = time.perf_counter(), time.process_time()
    entries = 0
    for path in files:
        parsed = feedparser.parse(io.BytesIO(path.read_bytes()))
        entries += len(parsed.entries)
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu,
            "entries": entries, "files": len(files)}


def plain_loop(directory: str, out: str) -> dict:
    from newsbeam.schemas.records import Entry
    from newsbeam.transforms import merge
    from newsbeam.transforms.io import dataset
    from newsbeam.transforms.normalize import NormalizeError, normalize_entry
    from newsbeam.transforms.formats.read import Limits, read_document
    from newsbeam.transforms.document import source_name, with_quotes
    from newsbeam.schemas.records import Document

    files = _files(directory)
    location = dataset.Location.of(out)
    fetched_at = datetime.now(timezone.utc).replace(microsecond=0)
    limits = Limits()
    started, cpu = time.perf_counter(), time.process_time()
    versions = defaultdict(list)
    entries = rejects = 0
    for path in files:
        doc = Document(source=source_name(str(path)), input=str(path), data=path.read_bytes(),
                       fetched_at=fetched_at)
        for item in read_document(doc, limits):
            if not isinstance(item, Entry):
                rejects += 1
                continue
            entries += 1
            try:
                article = normalize_entry(item, "bench")
            except NormalizeError:
                rejects += 1
                continue
            versions[article.article_id].append(article)
    by_partition = defaultdict(list)
    for group in versions.values():
        decision = merge.decide(group, [], partition_by=("date",), mode="append")
        by_partition[decision.index_row.partition].append(with_quotes(decision.article))
    written = 0
    for partition, articles in sorted(by_partition.items()):
        dataset.rewrite_bucket(location, partition, 0, 1, articles, [], replace_partition=False)
        written += len(articles)
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu,
            "entries": entries, "articles": written,
            "rejects": rejects, "files": len(files)}


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    result = feedparser_loop(*args) if command == "feedparser" else plain_loop(*args)
    print(json.dumps(result))
