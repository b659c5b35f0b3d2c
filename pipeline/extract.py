"""``newsbeam extract FILE``: one input through the same pure functions, as JSON lines.

No Beam here: extracting one file is a loop, and it answers in a fraction of a second.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from newsbeam.schemas import reasons
from newsbeam.schemas.records import Article, Document, Reject
from newsbeam.transforms.document import articles_of_document, source_name
from newsbeam.transforms.quotes.explain import explain_quotes
from newsbeam.transforms.formats.common import STAGE_READ, too_large
from newsbeam.transforms.formats.read import Limits


def articles_of(path: str, limits: Limits = Limits(), *, run_id: str = "") -> Iterator[Article | Reject]:
    fetched_at = datetime.now(timezone.utc).replace(microsecond=0)
    oversize = too_large(Path(path).stat().st_size, limits.max_input_bytes)
    if oversize is not None:
        yield Reject(source_name(path), path, STAGE_READ, reasons.TOO_LARGE, oversize, None, fetched_at)
        return
    document = Document(source=source_name(path), input=path, data=Path(path).read_bytes(),
                        fetched_at=fetched_at)
    yield from articles_of_document(document, limits, run_id=run_id)


def _plain(record) -> dict:
    out = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[field.name] = value
    return out


def json_lines(items) -> Iterator[str]:
    """Each article as an ``article`` line, then its ``bullet`` and ``quote`` lines; rejects as
    ``reject`` lines. The same columns as the dataset's tables."""
    for item in items:
        if isinstance(item, Reject):
            yield json.dumps({"type": "reject", **_plain(item)}, ensure_ascii=False)
            continue
        row = _plain(item)
        row.pop("bullets")
        row.pop("quotes")
        yield json.dumps({"type": "article", **row}, ensure_ascii=False)
        for position, text in enumerate(item.bullets):
            yield json.dumps({"type": "bullet", "article_id": item.article_id, "position": position,
                              "text": text}, ensure_ascii=False)
        for quote in item.quotes:
            yield json.dumps({"type": "quote", "article_id": item.article_id, **_plain(quote)},
                             ensure_ascii=False)


def explain_lines(items) -> Iterator[str]:
    """``--explain``: each article's headline, then each quote with its speaker, the rule that
    credited it and the mention it resolved; rejects as one line each; last, the extractor's
    version and whether it ran compiled (mypyc) or as pure Python."""
    for item in items:
        if isinstance(item, Reject):
            yield f"reject ({item.stage}): {item.reason}: {item.detail or ''}".rstrip(": ")
            continue
        yield f"article {item.article_id}: {' '.join(item.title.split())[:100]}"
        yield (f"  {len(item.bullets)} bullets, body {len(item.body):,} characters, "
               f"{len(item.quotes)} quotes")
        yield from explain_quotes(item.quotes)
    from newsbeam.transforms.quotes import EXTRACTOR_VERSION, compiled

    yield f"quote extractor {EXTRACTOR_VERSION}: {compiled.status()}"
