"""How an article travels between the phases of a write (``write_config``): sealed bytes,
compressed or not."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from newsbeam.pipeline.run import stays_in_process
from newsbeam.schemas.records import Article
from newsbeam.transforms.composites import write_config as wc


def _article(article_id: str = "a1") -> Article:
    when = datetime(2026, 1, 2, tzinfo=timezone.utc)
    return Article(article_id=article_id, source="example", input="in.jsonl", feed_url=None, url=None,
                   guid=None, title="A made-up title", authors=(), published_at=when, updated_at=None,
                   fetched_at=when, language="en", summary=None, body="Some made-up body text. " * 40,
                   word_count=160, tags=(), content_hash="h")


def test_a_sealed_article_is_compressed_unless_kept_in_process():
    article = _article()
    compressed = wc.seal(article)
    with wc.kept_in_process():
        plain = wc.seal(article)
    assert wc.seal(article) == compressed  # the setting ends with its block
    assert len(plain) > len(compressed)
    assert wc.unseal(compressed) == wc.unseal(plain) == article
    assert wc.unseal_written(compressed) == wc.unseal_written(plain) == article


@pytest.mark.parametrize("argv, expected", [
    ([], True),
    (["--direct_num_workers=1"], True),
    (["--direct_num_workers=2", "--direct_running_mode=multi_threading"], True),
    (["--direct_num_workers=2", "--direct_running_mode=multi_processing"], False),
    (["--environment_type=LOOPBACK"], False),
])
def test_only_a_run_whose_stages_stay_in_this_process_skips_compression(argv, expected):
    assert stays_in_process(["--runner=FnApiRunner", *argv]) is expected
    assert not stays_in_process(["--runner=DaskRunner", *argv])
