"""How an article travels between the phases of a write (``write_config``): sealed bytes,
compressed, or a ticket to the object kept in this process."""
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
        ticket = wc.seal(article)
        assert len(ticket) == 9 < len(compressed)
        assert wc.unseal(ticket) is article  # the object itself: never pickled
    assert wc.seal(article) == compressed  # the setting ends with its block
    assert wc.unseal(compressed) == article
    assert wc.unseal_written(compressed) == article


def test_a_ticket_is_spent_when_unsealed_and_forgotten_after_the_run():
    first, second = _article("a1"), _article("a2")
    with wc.kept_in_process():
        one, two = wc.seal(first), wc.seal(second)
        assert one != two
        assert wc.unseal_written(two) is second
        with pytest.raises(KeyError):
            wc.unseal(two)  # spent
        left = wc.seal(first)  # a failed run leaves tickets never unsealed
    with pytest.raises(RuntimeError, match="another process"):
        wc.unseal(left)  # outside the run: the table is gone
    with wc.kept_in_process():
        with pytest.raises(KeyError):
            wc.unseal(one)  # a new run does not see the last one's objects


def test_articles_sealed_together_open_in_order_in_every_form():
    articles = [_article(f"a{k}") for k in range(3)]
    together = wc.seal_many(articles)
    assert wc.unseal_many(together) == tuple(articles)
    assert len(together) < sum(len(wc.seal(a)) for a in articles)  # one frame: its tables once
    assert wc.unseal_many(wc.seal(articles[0])) == (articles[0],)  # one article sealed alone
    with wc.kept_in_process():
        ticket = wc.seal_many(articles)
        assert all(x is y for x, y in zip(wc.unseal_many(ticket), articles, strict=True))


def test_batches_fill_by_records_or_characters_and_drain_in_key_order(monkeypatch):
    monkeypatch.setattr(wc, "SEAL_BATCH_ARTICLES", 3)
    monkeypatch.setattr(wc, "SEAL_BATCH_CHARS", 5_000)
    batches = wc.SealBatches()
    assert batches.add(7, "a", 900) == []
    assert batches.add(2, "b", 900) == []
    assert batches.add(7, "c", 900) == []
    assert batches.add(7, "d", 900) == [(7, ["a", "c", "d"])]  # three records
    assert batches.add(5, "long", 6_000) == [(5, ["long"])]  # over the characters alone
    assert batches.add(7, "e", 900) == []
    assert batches.drain() == [(2, ["b"]), (7, ["e"])]
    assert batches.drain() == []


def test_too_many_records_held_over_many_keys_are_all_sealed_at_once(monkeypatch):
    monkeypatch.setattr(wc, "SEAL_HELD_ARTICLES", 4)
    batches = wc.SealBatches()
    assert [batches.add(key, key, 10) for key in (3, 1, 2)] == [[], [], []]
    assert batches.add(0, 0, 10) == [(0, [0]), (1, [1]), (2, [2]), (3, [3])]
    assert batches.add(9, 9, 10) == []  # counted afresh
    assert batches.drain() == [(9, [9])]
    monkeypatch.setattr(wc, "SEAL_HELD_CHARS", 1_000)
    assert batches.add(1, "a", 600) == []
    assert batches.add(4, "b", 200) == []
    assert batches.add(2, "c", 300) == [(1, ["a"]), (2, ["c"]), (4, ["b"])]  # 1,100 characters held


def test_the_forms_a_sealed_article_may_take_are_told_apart_by_their_first_byte():
    import pickle

    article = _article()
    assert wc.unseal(pickle.dumps(article, pickle.HIGHEST_PROTOCOL)) == article  # an older run's form
    assert wc.seal(article)[0] not in (wc._TICKET, wc._PICKLE_PROTO)


def test_threads_of_one_run_get_tickets_of_their_own():
    import threading

    articles = [_article(f"a{k}") for k in range(400)]
    sealed: list[list[bytes]] = [[] for _ in range(4)]

    def work(k: int) -> None:
        sealed[k] = [wc.seal(a) for a in articles[k::4]]

    with wc.kept_in_process():
        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        back = [wc.unseal(b) for part in sealed for b in part]
    assert sorted(a.article_id for a in back) == sorted(a.article_id for a in articles)


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


def test_a_packed_record_is_its_plain_pickle_or_a_ticket_in_process():
    import pickle

    from newsbeam.schemas.records import IndexRow

    row = IndexRow(article_id="a1", partition="date=2026-01-02", n=1, content_hash="h", updated_at=None,
                   est_bytes=900)
    packed = wc.pack(row)
    assert packed == pickle.dumps(row, pickle.HIGHEST_PROTOCOL)  # small: not compressed
    assert wc.unseal(packed) == row
    with wc.kept_in_process():
        ticket = wc.pack(row)
        assert len(ticket) == 9
        assert wc.unseal(ticket) is row


def test_overlapping_runs_share_the_table_until_the_last_one_ends():
    first = _article("a1")
    outer = wc.kept_in_process()
    outer.__enter__()
    with wc.kept_in_process():  # another run, in another thread, ends first
        inner_ticket = wc.seal(first)
    ticket = wc.seal(first)
    assert wc.unseal(ticket) is first  # the first run's table outlived the other run
    outer.__exit__(None, None, None)
    assert wc._kept is None
    with pytest.raises(RuntimeError):
        wc.unseal(inner_ticket)
