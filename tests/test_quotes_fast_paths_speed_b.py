"""speed-b's fast paths, checked against the plain code they replace (made-up text only).

- ``tokens.tokens_by_hand`` (what ``tokens`` runs in the compiled build): ``_TOKEN``'s matches read
  character by character (``tokens_by_pattern`` is the regex split, what pure Python runs);
- ``tokens.trim``: a dict cache, not an ``lru_cache``;
- ``web_address.is_web_address``: a quote with a space, or with neither "." nor "://", is
  rejected before the pattern;
- ``unnamed.without_of_topic``: a mention without "of" is returned unsplit;
- ``kinds.quoted_words``, ``kinds.short``: dict caches, not ``lru_cache``s.
"""
from __future__ import annotations

import random
import re
import sys

from hypothesis import given, settings, strategies as st

from newsbeam.transforms.quotes import kinds, tokens as tokens_module
from newsbeam.transforms.quotes.compiled import is_compiled
from newsbeam.transforms.quotes.kinds import quoted_words, short, word_count
from newsbeam.transforms.quotes.tokens import WORDS, tokens, tokens_by_hand, tokens_by_pattern, trim
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.unnamed import _OF_DETERMINERS, _possessor, without_of_topic
from newsbeam.transforms.quotes.web_address import _ADDRESS, is_web_address

# Characters that move the scanner between its branches: spaces of both kinds, "_", the marks a
# letter token takes ("'", "’", ".", "-"), the digit token's "," and ".", letters and digits
# outside ASCII ("é", "ß", Arabic-Indic three, a superscript two: \w but no \d), quote marks.
_TRICKY = "aZq09 _-'’.,;:!?\"“”«»()\n\t\u00a0\u2009\u3000\x1céß٣²Ω—…/@"


def _plain_trim(tok: str) -> str:
    return tok.rstrip(".").rstrip("’'").lower()


def _plain_without_of_topic(mention: str) -> str:
    """``without_of_topic`` as it was before its early return (the plain definition)."""
    words = mention.split()
    if "of" not in words[1:-2] or len(words) > 20:
        return mention
    k = len(words) - 1 - words[::-1].index("of")
    topic = words[k + 1:]
    if not 2 <= len(topic) <= 5 or topic[0] not in _OF_DETERMINERS and not _possessor(topic[0]) or \
            not all(w[:1].islower() and w.replace("-", "").replace("’", "").replace("'", "").isalpha()
                    for w in topic[1:]):
        return mention
    name = words[:k]
    if not all(w[:1].isupper() for w in name[-2:]) or trim(name[-1]) in TITLES:
        return mention
    return " ".join(name)


def test_token_classes_are_the_patterns_classes_on_every_code_point():
    """The scanner's tests for a character outside ASCII (``isspace``, ``isalnum`` and "_",
    ``isdecimal``) are ``\\s``, ``\\w`` and ``\\d``; and its ASCII codes are theirs."""
    space, word, digit = re.compile(r"\s"), re.compile(r"\w"), re.compile(r"\d")
    wrong = []
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if (space.match(c) is not None) != c.isspace() or \
                (word.match(c) is not None) != (c.isalnum() or c == "_") or \
                (digit.match(c) is not None) != c.isdecimal():
            wrong.append(cp)
    assert wrong == []
    ascii_space = [o for o in range(128) if o == 32 or 9 <= o <= 13 or 28 <= o <= 31]
    assert ascii_space == [o for o in range(128) if space.match(chr(o))]
    assert [o for o in range(128) if 97 <= o <= 122 or 65 <= o <= 90 or 48 <= o <= 57] == \
        [o for o in range(128) if word.match(chr(o)) and o != 95]


def test_tokens_one_character_in_context_ascii_and_beyond():
    contexts = ["a{}b", "1{}2", "{}1", "a{}", "1{}", " {} ", "x.{}", "1,{}", "1.{}3"]
    for cp in list(range(256)) + [0x2019, 0x2018, 0x201c, 0x0663, 0x00b2, 0x3000, 0x2028, 0x4e2d, 0x1f600]:
        for form in contexts:
            text = form.format(chr(cp))
            assert tokens_by_hand(text, 0, len(text)) == tokens_by_pattern(text, 0, len(text)), text


def test_tokens_made_up_sentences():
    for text in ["Ann Lee, 42, said: “We’ll win.”", "Sen. Ann Lee, R-Ky., told U.S. reporters",
                 "It cost $1,200.50 on Jan. 3-4, 2019 (about 1.5m) at 9.30am_x",
                 "O’Neil's co-op — «Qu'il vienne», dit-elle", "٣٤,٥ and x²y and 3,a and 4.", ""]:
        for lo in range(len(text) + 1):
            for hi in (lo, min(len(text), lo + 7), len(text)):
                assert tokens_by_hand(text, lo, hi) == tokens_by_pattern(text, lo, hi), (text, lo, hi)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_TRICKY, max_size=40), st.data())
def test_tokens_by_hand_are_the_patterns(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert tokens_by_hand(text, lo, hi) == tokens_by_pattern(text, lo, hi)


def test_tokens_random_windows():
    rng = random.Random(37)
    for _ in range(5000):
        text = "".join(rng.choice(_TRICKY) for _ in range(rng.randrange(0, 30)))
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        assert tokens_by_hand(text, lo, hi) == tokens_by_pattern(text, lo, hi), (text, lo, hi)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aB.'’é İ", max_size=12))
def test_trim_is_its_definition(tok):
    assert trim(tok) == _plain_trim(tok)
    assert trim(tok) == _plain_trim(tok)  # (and from the cache)


def test_trim_cache_stays_bounded():
    for n in range(tokens_module._TRIMMED_MAX + 10):
        assert trim(f"W{n}.") == f"w{n}"
    assert len(tokens_module._TRIMMED) <= tokens_module._TRIMMED_MAX


def _plain_is_web_address(quoted: str) -> bool:
    word = quoted.strip().rstrip(".,;:!?")
    return 3 < len(word) <= 300 and _ADDRESS.fullmatch(word) is not None


def test_web_address_made_up():
    for quoted in ["www.harbor-bakers.com", "harbor-bakers.com/menu", "ann@lee.org", "http://x9",
                   "https://a.b/c d", "U.S.", "e.g.", "the site", "votevenner.com,", "a.b",
                   "bäckerei.de", "ftp://a.b", "x://yz", "sales@venner", " www.a.bc. "]:
        assert is_web_address(quoted) == _plain_is_web_address(quoted), quoted


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab.:/@w-_ \t\u00a0ü,!?", max_size=24))
def test_web_address_gate_rejects_nothing_the_pattern_takes(quoted):
    assert is_web_address(quoted) == _plain_is_web_address(quoted)


def test_without_of_topic_made_up():
    for mention in ["Ann Lee of the plan", "Ann Lee of Lee’s plan", "President of the board",
                    "Ann Lee", "the head of the union", "Tom Hale ofthe plan", "Ann Lee\tof\tthe new plan",
                    "Professor", "Bo Ng of the Harbor Party", "Ann Lee of the"]:
        assert without_of_topic(mention) == _plain_without_of_topic(mention), mention
    assert without_of_topic("Ann Lee of the plan") == "Ann Lee"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ann", "Lee", "of", "the", "plan", "Lee’s", "board", "President",
                                 "new", "ofthe", "Of", "x-y"]), max_size=8),
       st.sampled_from([" ", "\t", "  "]))
def test_without_of_topic_is_its_definition(words, space):
    mention = space.join(words)
    assert without_of_topic(mention) == _plain_without_of_topic(mention)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab C’'.,“”中文 \n", max_size=50))
def test_kinds_caches_are_their_definitions(quoted):
    """``kinds.quoted_words`` and ``kinds.short``: dict caches, not ``lru_cache``s."""
    assert quoted_words(quoted) == tuple(WORDS.findall(quoted))
    assert short(quoted) == (len(quoted) < 40 and word_count(quoted) <= 3)
    assert quoted_words(quoted) == tuple(WORDS.findall(quoted))  # (and from the caches)
    assert short(quoted) == (len(quoted) < 40 and word_count(quoted) <= 3)


def test_kinds_caches_stay_bounded():
    for n in range(kinds._CACHE_MAX + 10):
        assert quoted_words(f"w{n} x") == (f"w{n}", "x") and short(f"w{n} x")
    assert len(kinds._QUOTED_WORDS) <= kinds._CACHE_MAX and len(kinds._SHORT) <= kinds._CACHE_MAX


def test_tokens_is_one_of_the_two():
    text = "Ann Lee, 42, said: “We’ll win 1,200.5 votes.”"
    assert tokens(text, 3, len(text)) == tokens_by_pattern(text, 3, len(text))
    assert tokens_module._BY_HAND == is_compiled()
