"""The rule ``for_person``: a sentence that opens on the language's "for" and a person's name
("Para Ana Ruiz", "Pour la députée Anne Roy", "Für Ina Berg") gives that person's view, and the
quote in it, or opening the sentence right after it, is theirs."""

from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.acronym_bodies import ACRONYM_ARTICLE_LANGS, acronym_after_for
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.for_profession import profession_after_for, view_opens_quote
from newsbeam.transforms.quotes.rules_fr import past_title
from newsbeam.transforms.quotes.sole_person import place_or_body
from newsbeam.transforms.quotes.titled import titled_after_for, titled_after_for_de
from newsbeam.transforms.quotes.tokens import sentence_before

_NAME_WORD: Final = re.compile(r"[^\W\d_][\w'’.\-]*")


def for_person(site: Site, ctx: ArticleContext) -> Finding | None:
    """A sentence that opens on the language's "for" and a person's name gives that person's
    view, and the quote in it, or opening the sentence right after it, is theirs: "Para Ana
    Ruiz la solución está en “...”", "Pour Ana Ruiz, c'est grave. « ... »"."""
    word = current_language().for_word
    if word is None:
        return None
    text, span, sentences = site.text, site.span, ctx.sentences
    found = for_person_at(text, ctx, site.sent_lo, span.open_at, word)
    if found is None and site.sent_lo == span.open_at and site.sent_lo > site.p_lo:
        assert sentences is not None
        prev = sentence_before(text, sentences, site.p_lo, site.sent_lo)
        if prev is not None and prev[0] >= site.head_lo:
            found = for_person_at(text, ctx, prev[0], site.sent_lo, word)
    if found is not None and _in_apposition(text, found, span.open_at, span.close_at):
        return None
    return found


_APPOSITION_WORDS: Final = 3  # words of an appositive before its quote: "a “very good friend”"
# Indefinite articles that open an appositive (English, Spanish, French, Portuguese, German).
_INDEFINITE: Final = frozenset("a an un una une um uma ein eine".split())


def _in_apposition(text: str, found: Finding, open_at: int, close_at: int) -> bool:
    """Whether the quote is a description set off by commas right after the person's name:
    "For Ann Lee, a “very good friend”, the prize came late", "Para Ana Ruiz, una «gran amiga»,
    …": the article's description of the person, not the person's view (read47b). The words
    between the name's comma and the quote open on an article, at most three of them, and a comma
    follows the quote's closing mark."""
    at = text.find(found.mention, found.cue_at, open_at) if found.mention else -1
    if at < 0 or close_at < 0:
        return False
    gap = text[at + len(found.mention):open_at]
    if not gap.startswith(","):
        return False
    words = gap[1:].split()
    return 0 < len(words) <= _APPOSITION_WORDS and words[0].lower() in _INDEFINITE and \
        text[close_at + 1:close_at + 3].lstrip()[:1] == ","


def for_person_at(text: str, ctx: ArticleContext, lo: int, hi: int, word: str) -> Finding | None:
    if text[lo:lo + len(word)].lower() != word or not text[lo + len(word):lo + len(word) + 1].isspace():
        return None
    at = past_title(text, lo + len(word) + 1, hi)  # "Pour la députée Anne Roy, ..."
    at = titled_after_for_de(text, at, hi)  # "Für die Chefin Anna Berger steht fest: „…“" (s63)
    names = []
    for m in _NAME_WORD.finditer(text, at, min(hi, at + 80)):
        if text[at:m.start()].strip() or not m.group()[0].isupper():
            break
        names.append(m.group())
        at = m.end()
    body = acronym_after_for(text, lo + len(word) + 1, hi) if current_language().code in ACRONYM_ARTICLE_LANGS else None
    if not names and body is not None:  # "Pour la CGT, « … »": a body's view (acronym_bodies)
        return Finding(text[body[0]:body[1]], word, "explicit", lo)
    if not names:  # "Para el economista Ana Ruiz, ...": a title before the name
        titled = titled_after_for(text, lo + len(word) + 1, hi)
        if titled is None:  # "Para la socióloga Ana Ruiz,": the quote is the view's own words
            titled = profession_after_for(text, lo + len(word) + 1, hi, ctx.genders)
            if titled is not None and not view_opens_quote(text, titled[1], hi):
                return None
        return Finding(text[titled[0]:titled[1]], word, "explicit", lo) if titled else None
    if names[-1].endswith(("'s", "’s")):
        return None  # "For Zhu’s parents, success “means …”": the parents' view, not Zhu's (stop 47)
    name = " ".join(names)
    lang = current_language()
    if any(w.lower() in lang.function_words or w.lower() in FUNCTION_WORDS for w in names):
        return None
    if not (ctx.names.is_person(name) or len(names) >= 2 and is_person_like(name) and not is_org(name)):
        return None  # "Para Colombia", "Für die Stadt": not a person
    if lang.code == "en" and place_or_body(name):
        return None  # "For New York, the plan is “…”": a place (read47b)
    return Finding(name, word, "explicit", lo)
