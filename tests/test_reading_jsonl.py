"""The JSON reader's shortcuts (stop 38, jsonl): each gives what the long way gives."""
from __future__ import annotations

import json
import random
from datetime import datetime, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbeam.schemas.records import Document
from newsbeam.transforms.formats.common import Limits, count_lines
from newsbeam.transforms.formats.jsonlines import read_jsonl
from newsbeam.transforms.formats.read import json_memory, json_memory_over, read_document

_PIECES = ['"', '\\"', "\\\\", "{", "}", "[", "]", ",", ":", "a", " ", "é", "\n", "1"]


def _jumble(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 60)))


def test_json_memory_over_agrees_with_json_memory_at_every_limit():
    rng = random.Random(38)
    samples = [_jumble(rng) for _ in range(400)]
    samples += [json.dumps({"t": "x, y: {z}", "a": [1, 2, {"b": "c\\"}]}), '["{{{{[[[[,,,,"]', "", '"']
    for text in samples:
        for data in (text, text.encode()):
            needed = json_memory(data)
            for limit in (0, needed - 1, needed, needed + 1, needed * 4, 89 * len(data) + 39, 89 * len(data) + 40):
                over = json_memory_over(data, limit)
                assert over == (needed if needed > limit else None), (data, limit)


def _doc(data: bytes) -> Document:
    return Document(source="s", input="in/s.jsonl", data=data,
                    fetched_at=datetime(2026, 12, 4, tzinfo=timezone.utc))


def test_read_jsonl_with_the_count_given_reads_what_it_counts_itself():
    lines = [json.dumps({"title": f"Story {i}", "url": f"https://example.org/{i}", "body": "One.\nTwo."})
             for i in range(5)]
    text = "\n".join(lines[:2] + ["not json", "[1]"] + lines[2:]) + "\n"
    limits = Limits()
    given = list(read_jsonl(_doc(text.encode()), text, limits,
                            counted=count_lines(text, limits.max_entries + 1)))
    assert given == list(read_jsonl(_doc(text.encode()), text, limits))
    assert len(given) == 7


def test_a_json_lines_file_over_the_memory_limit_is_still_one_reject():
    text = "\n".join(json.dumps({"title": f"T{i}", "tags": ["a"] * 50}) for i in range(20))
    items = list(read_document(_doc(text.encode()), Limits(max_json_memory=len(text))))
    assert len(items) == 1 and "MiB once parsed" in items[0].detail


# Line boundaries of every kind, spaces of every kind, controls, combining marks (which NFC
# composes with the character before them), decomposed letters, and plain text.
_TRICKY = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "  ", " ", "\t",
           "\u00a0", "\u3000", "\x00", "\x9f", "\u200b", "\ufeff", "\u0301", "\u0327", "e\u0301",
           "A\u030a", "\u1100\u1161", "\uac00\u11a8", "word", "Café", "“quoted”", ".", "\u00ad"]


def _old_split(text: str) -> tuple[str, ...]:
    from newsbeam.transforms.text import clean_paragraphs
    return clean_paragraphs(text.splitlines())


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TRICKY), max_size=40) | st.text(max_size=60))
def test_split_paragraphs_is_clean_paragraphs_of_splitlines(pieces):
    from newsbeam.transforms.text import split_paragraphs
    text = "".join(pieces)
    assert split_paragraphs(text) == _old_split(text)


_URL_PIECES = ["http", "https", "HTTP", "://", "/", "a", "Z", "0", "-", ".", "..", "%7e", "%", "~", "?",
               "q=1", "utm_source=x", "&", "#", "frag", ":", ":80", ":443", ":8080", "@", "user@", "é",
               "xn--bcher-kva", " ", "\t", "[", "]", "::1", "'", "(", ";", "=", "+", "*", "!", "$", ","]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_URL_PIECES), max_size=14),
       st.sampled_from(["https://", "http://", "HTTPS://", "", "ftp://"]))
def test_canonical_url_shortcut_is_the_general_canonical_form(pieces, scheme):
    from newsbeam.transforms.urls import canonicalize_url, general_canonical_url
    url = scheme + "".join(pieces)
    assert canonicalize_url(url) == (general_canonical_url(url.strip()) if url.strip() else None)


def test_canonical_url_shortcut_cases():
    from newsbeam.transforms.urls import canonicalize_url, general_canonical_url
    for url in ("https://news.example", "https://news.example/", "http://a.b/c/d-e_f.html",
                "https://a.b/x;y=1/@z:w", "https://" + "l" * 70 + ".example/p", "https://127.0.0.1/a",
                "https://a.b/p?utm_source=x", "https://A.b/p", "https://a.b./p", "https://a.b/%7e"):
        assert canonicalize_url(url) == general_canonical_url(url), url


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab-19.=/%:\"#'*?\\{[]^\x00\x1f\x7fé")) | st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_hive_escape_shortcut_escapes_as_the_character_loop(value):
    from newsbeam.transforms.partitions import _HIVE_UNSAFE, HIVE_DEFAULT, hive_escape
    looped = "".join(f"%{ord(ch):02X}" if ch in _HIVE_UNSAFE else ch for ch in value)
    if looped in (".", ".."):
        looped = looped.replace(".", "%2E")
    if value and len(looped.encode("utf-8", "surrogatepass")) <= 180:
        assert hive_escape(value) == looped
    elif not value:
        assert hive_escape(value) == HIVE_DEFAULT


@settings(max_examples=300, deadline=None)
@given(st.lists(st.none() | st.text(alphabet="ab ", max_size=12), max_size=5), st.integers(0, 10),
       st.none() | st.text(alphabet="xy", max_size=12))
def test_capped_values_are_each_value_truncated(values, cap, title):
    from newsbeam.transforms.formats.common import capped_entry, truncate
    limits = Limits(max_field_chars=cap)
    entry = capped_entry(_doc(b""), "jsonl", limits, title=title, tags=tuple(values), bullets=iter(values))
    assert entry.tags == entry.bullets == tuple(truncate(v, limits) for v in values)
    assert entry.title == truncate(title, limits)
