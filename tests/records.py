"""Small builders of records for tests."""
from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timezone
from pathlib import Path

from newsbeam.schemas.records import Article, Quote

FETCHED = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def article(article_id: str = "a1", **changes) -> Article:
    base = Article(
        article_id=article_id, source="wire", input="wire.jsonl", feed_url=None,
        url=f"https://wire.example/{article_id}", guid=None, title=f"Title {article_id}",
        authors=("Ruth Mbeki",), published_at=datetime(2026, 11, 20, 6, tzinfo=timezone.utc),
        updated_at=None, fetched_at=FETCHED, language="en", summary=None,
        body=f"Body of {article_id}.", word_count=3, tags=(), content_hash=f"h-{article_id}",
        run_id="r1", bullets=("One bullet",),
        quotes=(Quote(0, "body", 0, 0, 4, "Body", "Ruth Mbeki", "she", "said", "pronoun", "direct"),),
    )
    return dataclasses.replace(base, **changes)


def wire_jsonl(directory: Path, files: int, per_file: int, filler_words: int = 0) -> Path:
    """``files`` JSON-lines inputs of ``per_file`` dated wire stories, each with one quote (and
    ``filler_words`` more words of body); returns the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        with open(directory / f"wire-{f}.jsonl", "w", encoding="utf-8") as fh:
            for i in range(f * per_file, (f + 1) * per_file):
                fh.write(json.dumps({"title": f"Story {i}", "url": f"https://wire.example/{i}",
                                     "published": "2026-11-20T10:00:00Z",
                                     "body": f"“Line {i},” said Ann Lee. " + "filler " * filler_words}) + "\n")
    return directory


def quote_with_words(text: str, lang: str, words: str) -> Quote:
    """The quote of ``text`` whose words are ``words`` (the test fails, listing the quotes found, if none)."""
    from newsbeam.transforms.quotes import extract_quotes

    quotes = extract_quotes(None, None, text, language=lang)
    found = [q for q in quotes if q.text == words]
    assert found, [q.text for q in quotes]
    return found[0]
