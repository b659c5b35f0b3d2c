"""term_kinds' quick tests before its regexes give what the plain code they stand before gives
(issue 15, stop 33): ``after_stance_word``, ``after_list_noun``, ``is_qualifying_label`` and
``insult_word`` read the words around a quote first and the quote's own words last, and run
their regexes only where a stem they need stands. Each is checked against its plain definition
(the code before stop 33) on random made-up sentences built around the words the rules look for.
"""
from __future__ import annotations

import random
import re
import sys

from newsbeam.transforms.quotes.marks import Span, find_spans
from newsbeam.transforms.quotes.term_kinds import (
    _CALLED_OUT, _DEFINITE, _ELIDED, _INSULT, _INSULT_AFTER, _INSULT_BEFORE, _INSULT_STEMS, _LABEL_AFTER, _LIST_OF,
    _OWNABLE_STANCE, _PASSIVE, _POSSESSIVES, _STANCE_AFTER_ARTICLE, LIST_NOUNS, STANCE_WORDS, _may_insult,
    _possessive, _treaty, after_list_noun, after_stance_word, insult_word, is_qualifying_label)
from newsbeam.transforms.quotes.tokens import WORDS, mark_end


def _stance_plain(text: str, span: Span, quoted: str, lo: int) -> bool:
    if span.continued or len(quoted) > 40 or len(WORDS.findall(quoted)) > 3:
        return False
    words = text[max(lo, span.open_at - 40):span.open_at].lower().split()
    if not words:
        return False
    if words[-1] in STANCE_WORDS:
        return not (words[-1] in _OWNABLE_STANCE and len(words) > 1 and _possessive(words[-2]))
    return words[-1] in _STANCE_AFTER_ARTICLE and len(words) > 1 and words[-2] in _DEFINITE


def _list_plain(text: str, span: Span, quoted: str) -> bool:
    if span.continued or len(quoted) > 90 or ". " in quoted or len(WORDS.findall(quoted)) > 8:
        return False
    before = text[max(0, span.open_at - 40):span.open_at]
    elided = _ELIDED.search(before)
    words = (before[:elided.start()] if elided else before).lower().split()
    if not elided:
        if len(words) < 2 or words[-1] not in _LIST_OF:
            return False
        words = words[:-1]
    return bool(words) and words[-1] in LIST_NOUNS and not (len(words) > 1 and words[-2] in _POSSESSIVES)


def _label_plain(text: str, span: Span, quoted: str) -> bool:
    if span.continued or span.close_at < 0 or len(quoted) > 40 or quoted.rstrip(" ,")[-1:] in ".!?…":
        return False
    if not 1 <= len(WORDS.findall(quoted)) <= 3:
        return False
    end = mark_end(text, span)
    hi = min(len(text), end + 80)
    return _LABEL_AFTER.match(text, end, hi) is not None and _CALLED_OUT.match(text, end, hi) is None


def _insult_plain(text: str, span: Span, quoted: str) -> str | None:
    if span.continued or span.close_at < 0 or len(quoted) > 50 or len(WORDS.findall(quoted)) > 4:
        return None
    lo = max(0, span.open_at - 60)
    before = _INSULT_BEFORE.search(text, lo, span.open_at)
    if before is not None and not _treaty(text, before.start()):
        return "passive" if _PASSIVE.search(text, max(0, before.start() - 30), before.start()) else "active"
    end = mark_end(text, span)
    return "passive" if _INSULT_AFTER.match(text, end, min(len(text), end + 40)) is not None else None


# Made-up pieces: the words the four rules look for, in several cases and languages, with the
# two letters that match only under IGNORECASE ("ı", "ſ"), marks, and filler.
_BEFORE = ["the ", "so-called ", "The So-Called ", "her ", "his infamous ", "Lee's notorious ", "el llamado ",
           "la ", "list of ", "her list of ", "LIST OF ", "Liste der ", "liste d’", "catégorie des ", "rankings of ",
           "category ", "insulted him as a ", "was insulted as ", "Beſchimpft als ", "le traité de ", "les traita de ",
           "tildó de ", "INSULTED her as an ", "jeered as ", "the ı ", "sog. ", "and ", "x", ",", ".", "\n", " ",
           "Ana ", "said ", "the list ", "hecklers ", "le ", "als "]
_QUOTED = ["coward", "a coward", "one two three four", "Go", "one two three four five six seven eight nine",
           "traitor.", "bad,", "it’s over", "", "x", "Board of Peace", "de rigor", "We will win!", "so-called"]
_AFTER = [" called the mayor the plan", ", dubbed", " beschimpft", ", als ge-beschimpft", " said Lee.", ". ",
          " — called out Lee from the back.", " calificó", ", c'est ainsi qu'il a qualifié", " heckled",
          " called the coach", " and", ",", " insulted", " ıNSULT", "", " called a voice."]
_MARKS = [("“", "”"), ("\"", "\""), ("«\u00a0", "\u00a0»"), ("„", "“"), ("‘", "’")]


def _random_sentence(rng: random.Random) -> str:
    opened, closed = rng.choice(_MARKS)
    before = "".join(rng.choice(_BEFORE) for _ in range(rng.randint(0, 6)))
    after = "".join(rng.choice(_AFTER) for _ in range(rng.randint(0, 3)))
    return before + opened + rng.choice(_QUOTED) + closed + after


def test_term_kinds_quick_tests_give_the_plain_answers():
    rng = random.Random(33)
    checked = found = 0
    for _ in range(4000):
        text = _random_sentence(rng)
        for span in find_spans(text):
            quoted = text[span.start:span.end]
            lo = rng.randint(0, max(0, span.open_at))
            plain = (_stance_plain(text, span, quoted, lo), _list_plain(text, span, quoted),
                     _label_plain(text, span, quoted), _insult_plain(text, span, quoted))
            quick = (after_stance_word(text, span, quoted, lo), after_list_noun(text, span, quoted),
                     is_qualifying_label(text, span, quoted), insult_word(text, span, quoted))
            assert quick == plain, (text, span)
            checked += 1
            found += any(plain)
    assert checked > 3000 and found > 500  # the random sentences reach every rule, often


def test_insult_stems_are_the_patterns_alternatives():
    alternatives = re.sub(r"\(\?:[^()]*\)", "", _INSULT[3:-1]).split("|")  # trait(?:è|é|er): "trait"
    assert len(alternatives) == len(_INSULT_STEMS)
    for alternative, stem in zip(alternatives, _INSULT_STEMS):
        assert alternative.startswith(stem) and re.escape(stem) == stem


def test_only_two_letters_match_a_stems_letter_without_lowering_to_it():
    # _may_insult lowers its window and falls back to the regex where "ı" or "ſ" stands: no
    # other character matches a stem's letter under IGNORECASE while lowering to another.
    letters = set("".join(_INSULT_STEMS))
    pattern = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    odd = {chr(c) for c in range(sys.maxunicode + 1)
           if pattern.fullmatch(chr(c)) and not any(x in letters for x in chr(c).lower())}
    assert odd == {"ı", "ſ"}


def test_no_stem_no_insult_and_a_stem_in_any_case_is_read():
    assert not _may_insult("the crowd called him a ")
    assert _may_insult("they INSULTED him as a ")
    assert _may_insult("Beſchimpft als ")  # the long s: only the regex can tell
    text = "The fans jeered him as a “loser” at the game."
    span = find_spans(text)[0]
    assert insult_word(text, span, text[span.start:span.end]) == "active"
    text = "The visitors were insulted as “cowards” on the way out."
    span = find_spans(text)[0]
    assert insult_word(text, span, text[span.start:span.end]) == "passive"
    text = "The mayor’s “bold plan” went ahead."
    span = find_spans(text)[0]
    assert insult_word(text, span, text[span.start:span.end]) is None
