"""The general-news gold set (bench/gold/data) is well-formed, and its scorer's matching is right.

These tests read only the project's own files: the data holds keys, offsets, hashes, kinds and
names, never the publishers' words (docs/gold-annotation.md)."""
from __future__ import annotations

import json
import re
from collections import Counter
from types import SimpleNamespace

import pytest
from newsbeam.schemas.records import Quote

from bench.gold import corpus as gc
from bench.gold import score, sheets

QUOTE_FIELDS = {"doc", "zone", "zone_index", "start_char", "end_char", "text_sha1", "kind", "speaker",
                "outlet", "split", "id", "source"}
IGNORE_FIELDS = {"doc", "zone", "zone_index", "start_char", "end_char", "text_sha1", "reason", "id"}
DOC_FIELDS = {"doc", "sheet", "outlet", "language", "lang", "split", "batch", "title_sha1", "body_sha1",
              "paragraphs"}
_SHA1 = re.compile(r"[0-9a-f]{40}")


def _rows(pattern: str) -> list[dict]:
    rows = []
    for path in sorted(gc.DATA.glob(pattern)):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


@pytest.fixture(scope="module")
def docs() -> dict[str, dict]:
    return {row["doc"]: row for row in _rows("docs.jsonl")}


@pytest.fixture(scope="module")
def quotes() -> list[dict]:
    return _rows("quotes-*.jsonl")


def test_documents_are_keyed_split_once_and_hold_only_hashes(docs):
    assert docs
    for doc, row in docs.items():
        assert set(row) == DOC_FIELDS, doc
        path = doc.partition("#")[0]
        assert path.startswith(("news-feeds/", "articles/", "html-eval-dev/pages/")), doc
        assert "polnear" not in path
        assert row["split"] == gc.split_of(doc), doc  # the split is a function of the key alone
        assert row["batch"] in ("A", "B", "C", "D", "E")
        assert _SHA1.fullmatch(row["body_sha1"]) and _SHA1.fullmatch(row["title_sha1"])
        assert all(re.fullmatch(r"[0-9a-f]{12}", h) for h in row["paragraphs"])
    # A handful of articles per outlet at most (6 in batches A-C; batch D adds 2 at most, E 1).
    per_outlet = Counter(row["outlet"] for row in docs.values() if row["batch"] not in ("D", "E"))
    assert max(per_outlet.values()) <= 6, per_outlet.most_common(3)
    per_outlet.update(row["outlet"] for row in docs.values() if row["batch"] in ("D", "E"))
    assert max(per_outlet.values()) <= 6 + sheets.PER_D_OUTLET + sheets.PER_E_OUTLET, per_outlet.most_common(3)


def test_batch_c_holds_only_documents_and_outlets_new_to_the_set():
    """Batch C checks the rules on outlets they were not written from: none of its documents, and
    none of its outlets (under any of their names), is in batches A and B."""
    rows = _rows("docs.jsonl")
    old = [row for row in rows if row["batch"] in ("A", "B")]
    new = [row for row in rows if row["batch"] == "C"]
    assert new, "batch C has no documents"
    assert len({row["doc"] for row in rows}) == len(rows), "a document is in the set twice"
    old_outlets = {gc.same_outlet(row["outlet"]) for row in old}
    for row in new:
        assert row["doc"] not in {r["doc"] for r in old}, row["sheet"]
        assert gc.same_outlet(row["outlet"]) not in old_outlets, row["sheet"]
        assert row["lang"] in sheets.NEW_LANGUAGES, row["sheet"]
    assert max(Counter(row["outlet"] for row in new).values()) <= sheets.PER_NEW_OUTLET
    # Its sheets are numbered after the others.
    assert min(int(r["sheet"][1:4]) for r in new) > max(int(r["sheet"][1:4]) for r in old)


def test_batch_d_holds_new_documents_two_per_outlet_at_most():
    """Batch D came from the held-out pool: none of its documents is in batches A-C, an outlet gives
    two of them at most, one feed file eight, each has 3 to 35 quoted spans' worth of gold rows."""
    rows = _rows("docs.jsonl")
    old = {row["doc"] for row in rows if row["batch"] in ("A", "B", "C")}
    new = [row for row in rows if row["batch"] == "D"]
    assert new, "batch D has no documents"
    assert not {row["doc"] for row in new} & old
    assert max(Counter(gc.same_outlet(row["outlet"]) for row in new).values()) <= sheets.PER_D_OUTLET
    assert max(Counter(row["doc"].partition("#")[0] for row in new).values()) <= sheets.PER_D_FILE
    assert all(row["lang"] in sheets.NEW_LANGUAGES for row in new)
    assert min(int(r["sheet"][1:4]) for r in new) > max(int(r["sheet"][1:4]) for r in rows if r["batch"] in ("A", "B", "C"))


def test_batch_e_holds_only_outlets_new_to_the_set_one_document_each():
    """Batch E came from publications' pages left in the held-out pool: none of its documents and
    none of its outlets (under any of their names) is in batches A-D, each outlet gives one, mostly
    not English, numbered after D."""
    rows = _rows("docs.jsonl")
    old = [row for row in rows if row["batch"] in ("A", "B", "C", "D")]
    new = [row for row in rows if row["batch"] == "E"]
    assert len(new) >= 25, "batch E has fewer than 25 documents"
    assert not {row["doc"] for row in new} & {row["doc"] for row in old}
    assert not {gc.same_outlet(r["outlet"]) for r in new} & {gc.same_outlet(r["outlet"]) for r in old}
    assert max(Counter(gc.same_outlet(row["outlet"]) for row in new).values()) == sheets.PER_E_OUTLET == 1
    assert {row["outlet"] for row in new} <= sheets.E_PUBLICATIONS | sheets.D_PUBLICATIONS
    assert all(row["lang"] in sheets.NEW_LANGUAGES for row in new)
    assert sum(row["lang"] == "en" for row in new) <= sheets.E_ENGLISH_SHARE * len(new)
    assert min(int(r["sheet"][1:4]) for r in new) > max(int(r["sheet"][1:4]) for r in old)


def test_batch_e_publications_are_new_to_the_lists_of_earlier_batches():
    """E_PUBLICATIONS adds outlets judged once; none is already a publication of C's or D's list."""
    assert not sheets.E_PUBLICATIONS & gc.PUBLICATIONS
    assert not sheets.E_PUBLICATIONS & sheets.D_PUBLICATIONS


def _candidate(doc: str, outlet: str, lang: str = "en", spans: int = 5) -> sheets.Candidate:
    return sheets.Candidate(doc, outlet, lang, spans)


def test_a_new_batch_chooses_new_outlets_one_each_first_mostly_english():
    existing = [{"doc": "feed.xml#1", "outlet": "Deutsche Welle"}, {"doc": "page-a", "outlet": "a.com"}]
    found = [
        _candidate("feed.xml#1", "other.com"),          # a document already in the set
        _candidate("feed.xml#2", "Deutsche Welle"),     # an outlet already in the set
        _candidate("dw-page", "dw.com"),                # ... under its other name
        _candidate("page-a2", "a.com"),
        _candidate("few", "few.com", spans=2), _candidate("many", "many.com", spans=36),
        _candidate("zh", "zh.com", lang="zh"),
        *[_candidate(f"en{k}", f"en{k}.com") for k in range(6)],
        _candidate("en0-second", "en0.com"),
        _candidate("de0", "de0.de", lang="de"), _candidate("de1", "de1.de", lang="de"),
        _candidate("es0", "es0.es", lang="es"), _candidate("pt0", "pt0.br", lang="pt"),
    ]
    chosen = sheets.choose_new(found, existing, 9)
    docs = [c.doc for c in chosen]
    assert len(docs) == 9 == len(set(docs))
    assert not set(docs) & {"feed.xml#1", "feed.xml#2", "dw-page", "page-a2", "few", "many", "zh"}
    assert len({c.outlet for c in chosen}) == 9  # one per outlet while new outlets are left
    assert sum(c.lang == "en" for c in chosen) == 6
    assert {c.lang for c in chosen} == {"en", "de", "es", "pt"}  # the other languages in turn
    assert sheets.choose_new(found, existing, 9) == chosen  # a fixed order
    # A second document of an outlet only when every outlet has given one.
    everything = sheets.choose_new(found, existing, 100)
    assert docs == [c.doc for c in everything[:9]]
    assert len(everything) == 11 and everything[-1].outlet == "en0.com"
    assert {c.doc for c in everything} >= {"en0", "en0-second", "de1"}


def test_batch_d_takes_outlets_with_the_fewest_documents_first_two_at_most():
    existing = [{"doc": "old#1", "outlet": "Deutsche Welle"}, {"doc": "old#2", "outlet": "Deutsche Welle"},
                {"doc": "p1", "outlet": "one.com"}]
    found = [
        _candidate("old#1", "new.com"),                 # a document already in the set
        _candidate("few", "few.com", spans=2), _candidate("many", "many.com", spans=36),
        _candidate("zh", "zh.com", lang="zh"),
        _candidate("dw-page", "dw.com"),                # two documents in the set already
        _candidate("one-page", "one.com"),              # one document in the set
        *[_candidate(f"new{k}", "new.com") for k in range(4)],    # a new outlet: two of four
        _candidate("fresh", "fresh.com"),
        _candidate("de0", "de0.de", lang="de"), _candidate("fr0", "fr0.fr", lang="fr"),
    ]
    chosen = sheets.choose_fewest(found, existing, 5, english_share=0.6)
    docs = [c.doc for c in chosen]
    assert len(docs) == 5 == len(set(docs))
    assert not set(docs) & {"old#1", "few", "many", "zh", "dw-page"}
    assert sum(c.lang == "en" for c in chosen) == 3 and {c.lang for c in chosen} == {"en", "de", "fr"}
    assert sheets.choose_fewest(found, existing, 5, english_share=0.6) == chosen  # a fixed order
    everything = sheets.choose_fewest(found, existing, 100, english_share=0.6)
    assert [c.doc for c in everything[:5]] == docs
    outlets = Counter(c.outlet for c in everything)
    assert outlets["new.com"] == 2 and max(outlets.values()) <= sheets.PER_D_OUTLET
    # The outlet with one document in the set comes after the new outlets, the one with two last.
    english = [c.outlet for c in everything if c.lang == "en"]
    assert english.index("one.com") > english.index("fresh.com")
    assert english[-1] == "dw.com"


def test_batch_e_takes_only_new_outlets_one_each_and_little_english():
    existing = [{"doc": "old#1", "outlet": "Deutsche Welle"}, {"doc": "p1", "outlet": "one.com"}]
    found = [
        _candidate("dw-page", "dw.com", lang="de"),     # an outlet in the set under another name
        _candidate("one-page", "one.com", lang="de"),   # an outlet in the set
        _candidate("few", "few.de", lang="de", spans=2), _candidate("zh", "zh.com", lang="zh"),
        *[_candidate(f"new{k}", "new.de", lang="de") for k in range(3)],  # a new outlet: one of three
        *[_candidate(f"de{k}", f"de{k}.de", lang="de") for k in range(5)],
        *[_candidate(f"en{k}", f"en{k}.com") for k in range(4)],
    ]
    chosen = sheets.choose_fewest(found, existing, 100, english_share=0.2, per_outlet=1, new_only=True)
    docs = [c.doc for c in chosen]
    assert not set(docs) & {"dw-page", "one-page", "few", "zh"}
    assert len({c.outlet for c in chosen}) == len(chosen) == 6 + 4  # new.de once, de0-de4, en0-en3
    assert sum(c.doc.startswith("new") for c in chosen) == 1
    first = chosen[:5]
    assert sum(c.lang == "en" for c in first) == 1  # English a fifth while others are left
    assert sheets.choose_fewest(found, existing, 5, english_share=0.2, per_outlet=1, new_only=True) == first


def test_batch_d_takes_few_items_of_one_feed_file(monkeypatch):
    monkeypatch.setattr(sheets, "PER_D_FILE", 3)
    monkeypatch.setattr(sheets, "PER_D_OUTLET", 9)
    found = [_candidate(f"feed.xml#{k}", "Feed") for k in range(6)] + [_candidate("page", "page.com")]
    chosen = sheets.choose_fewest(found, [], 10)
    assert sum(c.doc.startswith("feed.xml#") for c in chosen) == 3 and len(chosen) == 4


def test_quote_rows_are_well_formed(docs, quotes):
    seen = set()
    for row in quotes:
        assert set(row) == QUOTE_FIELDS, row.get("id")
        assert row["doc"] in docs, row["id"]
        doc = docs[row["doc"]]
        assert row["outlet"] == doc["outlet"] and row["split"] == doc["split"], row["id"]
        assert row["split"] in gc.SPLITS
        assert row["zone"] in gc.ZONES and isinstance(row["zone_index"], int) and row["zone_index"] >= 0
        assert row["zone"] == "bullet" or row["zone_index"] == 0
        assert isinstance(row["start_char"], int) and 0 <= row["start_char"] < row["end_char"], row["id"]
        assert _SHA1.fullmatch(row["text_sha1"]), row["id"]
        assert row["kind"] in gc.KINDS, row["id"]
        assert row["source"] in ("marks", "added")
        speaker = row["speaker"]
        assert speaker is None or (isinstance(speaker, str) and speaker == speaker.strip() and speaker), row["id"]
        if row["kind"] == "scare":
            assert speaker is None, f"{row['id']}: a scare quote has no speaker"
        key = (row["doc"], row["zone"], row["zone_index"], row["start_char"], row["end_char"])
        assert key not in seen, f"{row['id']}: the same span twice"
        seen.add(key)


def test_no_quoted_words_are_stored(quotes):
    """Names are short; a stored sentence would be a publisher's text."""
    for row in quotes:
        if row["speaker"] is not None:
            assert len(row["speaker"]) <= 80 and len(row["speaker"].split()) <= 8, row["id"]
            # A name may end in an initial or a suffix (`Lutz S.`, `Robert F. Kennedy Jr.`), not in
            # a sentence's stop.
            assert not re.search(r"[!?,;:\"“”«»]$", row["speaker"]), row["id"]
            assert not row["speaker"].endswith(".") or re.search(r"\b(\w|Jr|Sr)\.$", row["speaker"]), row["id"]
    for row in _rows("ignore-*.jsonl"):
        assert set(row) == IGNORE_FIELDS
        assert row["reason"] in ("not_a_quote", "not_article_text")
    for path in gc.DATA.iterdir():
        text = path.read_text(encoding="utf-8")
        assert "«" not in text and "“" not in text, f"{path.name} holds quoted text"


def test_the_gold_set_is_large_and_wide_enough(quotes):
    """Issue 16: at least 600 quotes from at least 40 outlets, in both parts."""
    assert len(quotes) >= 600, len(quotes)
    assert len({row["outlet"] for row in quotes}) >= 40
    splits = Counter(row["split"] for row in quotes)
    assert min(splits["dev"], splits["test"]) >= 0.35 * len(quotes), splits
    kinds = Counter(row["kind"] for row in quotes)
    assert all(kinds[k] >= 30 for k in gc.KINDS), kinds


def _quote(zone: str, start: int, text: str, speaker: str | None = None, kind: str = "direct") -> Quote:
    return Quote(0, zone, 0, start, start + len(text), text, speaker, None, None, "explicit", kind)


def _gold(zone: str, start: int, text: str) -> dict:
    return {"zone": zone, "zone_index": 0, "start_char": start, "end_char": start + len(text),
            "text_sha1": gc.sha1(text)}


def test_matching_by_hash_survives_shifted_offsets_and_takes_the_nearest_twin():
    predicted = [_quote("body", 10, "yes"), _quote("body", 500, "We will win."), _quote("body", 900, "yes")]
    gold = [_gold("body", 880, "yes"), _gold("body", 450, "We  will\nwin.")]
    matched = score.match(gold, predicted)
    assert matched[0] is predicted[2]  # the twin nearest the gold offset
    assert matched[1] is predicted[1]  # offsets moved by 50, whitespace differs: same hash


def test_matching_falls_back_to_overlap_within_the_same_zone():
    predicted = [_quote("title", 0, "A cut-short quote"), _quote("body", 100, "Contrary to it, Lee noted.")]
    gold = [_gold("body", 100, "Contrary to it,"), _gold("body", 400, "not predicted")]
    matched = score.match(gold, predicted)
    assert matched == {0: predicted[1]}


def test_a_drifted_gold_row_is_matched_at_the_span_that_holds_its_words():
    """The body read now has a paragraph more than when it was annotated: the row's old offsets
    fall on another quote, and the prediction of its own quote is cut short (no hash to match);
    the row is anchored to the quote-mark span that holds its words and matched to its quote."""
    body = "New first paragraph.\n“I will stay,” said Ann Lee. “We lost,” said Tom Hale."
    article = SimpleNamespace(title="", bullets=[], body=body)
    own = body.index("“We lost") + 1
    gold = [_gold("body", own - 21, "We lost,")]  # its offsets when annotated, a paragraph earlier
    anchored = score.anchored(article, gold)
    assert (anchored[0]["start_char"], anchored[0]["end_char"]) == (own, own + len("We lost,"))
    predicted = [_quote("body", body.index("“I will") + 1, "I will stay,"), _quote("body", own, "We lost")]
    assert score.match(anchored, predicted) == {0: predicted[1]}
    assert score.match(gold, predicted) == {0: predicted[0]}  # at its old offsets: another quote
    assert score.anchored(article, anchored) == anchored  # a row in place stays


def test_speaker_errors_are_told_apart():
    assert score.speaker_error("Ann Lee", "Ann Lee") is None
    assert score.speaker_error(None, None) is None
    assert score.speaker_error("Ann Lee", "Lee") == score.WRONG_NAME
    assert score.speaker_error("Ann Lee", None) == score.WRONG_NULL
    assert score.speaker_error(None, "Ann Lee") == score.SHOULD_BE_NULL
