import dataclasses
from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.records import article
from newsbeam.transforms import merge
from newsbeam.transforms.merge import Layout, decide, index_row, plan_layout

UTC = timezone.utc
T1, T2 = datetime(2026, 11, 21, tzinfo=UTC), datetime(2026, 11, 22, tzinfo=UTC)
PART = "date=2026-11-20"


def old_row(**changes):
    return dataclasses.replace(index_row(article("a1"), PART, 1), **changes)


@pytest.mark.parametrize(
    "versions, old, mode, status, deleted_from",
    [
        ([article("a1")], [], "append", merge.NEW, None),
        ([article("a1")], [old_row()], "append", merge.UNCHANGED, None),
        ([article("a1", content_hash="h2")], [old_row()], "append", merge.CHANGED, None),
        ([article("a1", updated_at=T2)], [old_row(updated_at=T1)], "append", merge.CHANGED, None),
        ([article("a1", updated_at=T1, content_hash="h2")], [old_row(updated_at=T2)], "append", merge.STALE, None),
        ([article("a1")], [old_row()], "overwrite", merge.CHANGED, None),
        ([article("a1", content_hash="h2")], [old_row(partition="date=2026-11-19")], "append",
         merge.CHANGED, ("date=2026-11-19", 1)),
        ([], [old_row()], "append", merge.KEPT, None),
    ],
)
def test_decide(versions, old, mode, status, deleted_from):
    decision = decide(versions, old, partition_by=("date",), mode=mode)
    assert decision.status == status
    assert decision.delete_from == deleted_from
    assert (decision.article is not None) == (status in (merge.NEW, merge.CHANGED))


@pytest.mark.parametrize("written_with, extracting_with, status", [
    ("v1", "v1", merge.UNCHANGED),
    ("v1", "v2", merge.CHANGED),  # the quote rules changed: extract and write it again
    (None, "v2", merge.CHANGED),  # rows written before the version was recorded
    ("v1", None, merge.UNCHANGED),  # a run that extracts nothing does not compare versions
])
def test_decide_extracts_an_unchanged_article_again_when_the_quote_rules_changed(
        written_with, extracting_with, status):
    decision = decide([article("a1")], [old_row(extractor=written_with)], partition_by=("date",),
                      mode="append", extractor=extracting_with)
    assert decision.status == status
    if status == merge.CHANGED:
        assert decision.index_row.extractor == extracting_with and decision.delete_from is None


def test_decide_keeps_an_undated_article_where_it_was_first_filed():
    undated = article("a1", published_at=None, content_hash="h2")
    decision = decide([undated], [old_row(partition="date=2026-10-01")], partition_by=("date",), mode="append")
    assert decision.index_row.partition == "date=2026-10-01"
    assert decision.delete_from is None


def test_decide_picks_one_version_whatever_the_order():
    a = article("a1", input="feed-a.xml", body="short")
    b = article("a1", input="feed-b.xml", body="a much longer full-text body")
    for versions in ([a, b], [b, a]):
        decision = decide(versions, [], partition_by=("date",), mode="append")
        assert decision.article.input == "feed-b.xml"
        assert [d.input for d in decision.duplicates] == ["feed-a.xml"]


@pytest.mark.parametrize(
    "rows, n_old, expected",
    [
        (10, 0, Layout(1, 0)),
        (2_500, 0, Layout(3, 0)),
        (1_500, 1, Layout(1, 1)),  # up to twice the target before splitting
        (2_500, 1, Layout(3, 1)),
        (500, 4, Layout(1, 4)),  # far below: merge
        (3_500, 4, Layout(4, 4)),
    ],
)
def test_plan_layout(rows, n_old, expected):
    assert plan_layout(rows, 0, n_old, target_rows=1_000, target_bytes=10**12) == expected


@pytest.mark.parametrize(
    "new, old, expected",
    [
        (["b"], ["a"], [("b", "a")]),  # the link changed: keep the known id
        (["a"], ["a"], []),
        (["c", "b"], [], [("c", "b")]),  # one guid, two links in one run: one article
        ([], ["a"], []),
    ],
)
def test_guid_renames(new, old, expected):
    assert merge.guid_renames(new, old) == expected


def test_guid_key_is_scoped_to_the_source_and_needs_a_url():
    assert merge.guid_key(article("a1", guid="g")) == "wire\x1fg"
    assert merge.guid_key(article("a1", guid=None)) is None
    assert merge.guid_key(article("a1", guid="g", url=None)) is None


@pytest.mark.parametrize("renames, expected", [
    ([], {}),
    ([("b", "a")], {"a": "a", "b": "a"}),
    # a chain: b renamed to c under one guid, c to a under another
    ([("b", "c"), ("c", "a")], {"a": "a", "b": "a", "c": "a"}),
    # one id renamed two ways: the smaller target, and what was renamed to it follows
    ([("x", "b"), ("x", "a"), ("y", "x")], {"a": "a", "b": "b", "x": "a", "y": "a"}),
    # a circle ends at its smallest id
    ([("c", "d"), ("d", "c"), ("e", "d")], {"c": "c", "d": "c", "e": "c"}),
])
def test_resolve_renames(renames, expected):
    assert merge.resolve_renames(renames) == expected
    assert merge.resolve_renames(reversed(renames)) == expected  # whatever the order


@given(st.lists(st.tuples(st.sampled_from("abcdef"), st.sampled_from("abcdef")), max_size=12))
def test_resolve_renames_is_a_function_of_the_set_and_its_ends_are_fixed(renames):
    final = merge.resolve_renames(renames)
    assert final == merge.resolve_renames(sorted(renames, reverse=True))
    assert all(final[end] == end for end in final.values())
    assert set(final) == {x for pair in renames for x in pair}


def _renames_by_meeting(new, known):
    """What the pipeline did before ``renames_of_guids``: the pairs met per guid key (a
    CoGroupByKey), ``guid_renames`` per key, then one ``resolve_renames`` over them all."""
    renames = []
    for key in {k for k, _ in new} | {k for k, _ in known}:
        renames += merge.guid_renames([i for k, i in new if k == key], [i for k, i in known if k == key])
    return merge.resolve_renames(renames)


@pytest.mark.parametrize("new, known, expected", [
    ([], [("g", "a")], {}),  # a known guid this run does not have
    ([("g", "b")], [("g", "a")], {"a": "a", "b": "a"}),  # the link changed: the known id stays
    ([("g", "c"), ("g", "b")], [], {"b": "b", "c": "b"}),  # one guid, two links in one run
    ([("g", "a"), ("h", "b")], [("g", "a"), ("h", "b")], {}),  # seen again under the same ids
    ([("g", "b"), ("h", "c")], [("g", "c"), ("h", "a")], {"a": "a", "b": "a", "c": "a"}),  # a chain
])
def test_renames_of_guids(new, known, expected):
    assert merge.renames_of_guids(new, known) == expected
    assert merge.renames_of_guids(reversed(new), reversed(known)) == expected


_guid_pairs = st.lists(st.tuples(st.sampled_from("ghk"), st.sampled_from("abcdef")), max_size=10)


@given(_guid_pairs, _guid_pairs)
def test_renames_of_guids_are_those_of_the_pairs_met_per_guid_key_in_any_order(new, known):
    expected = _renames_by_meeting(new, known)
    assert merge.renames_of_guids(new, known) == expected
    assert merge.renames_of_guids(sorted(new, reverse=True), sorted(known, reverse=True)) == expected
