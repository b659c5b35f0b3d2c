"""One-word speakers that the name index read wrongly (s62).

An Arabic surname written alone, with or without its article: Middle East copy introduces
"Syrian President Ahmed al-Sharaa" and then writes "al-Sharaa said" or "Sharaa said". The first
opens in lower case and was no name at all (no speaker); the second was a name the index did not
know ("Sharaa", not the fullest "Ahmed al-Sharaa"). Either form is the person the article names
with the article's form of the surname, when the index counts that full name as a person's
("al-Qaeda", "al-Shabaab": no given name before them, no one).

A brand in the possessive form: "McDonald's said", "Moody's says", "Sainsbury's said". The "'s"
was taken for a possessive and dropped ("McDonald"), but nothing follows it for it to own: the
firm is called so. Read so where the article never writes the word without its "'s" (not "Lee",
written "Lee's" once), no pronoun's contraction ("he's"), and no "has" can be read in it: after
the quote ("“…,” McDonald's said") or before a verb in the present ("Moody's says"); "Lee's said
he would" ("Lee has said") keeps its reading.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.lexicon import PRONOUNS
from newsbeam.transforms.quotes.name_heads import arabic_article_name
from newsbeam.transforms.quotes.names import NameIndex

# The article before a surname ("al-", "el-", "ash-"), as name_heads reads it.
_ARTICLES: Final = "al|el|ad|an|ar|as|ash|at|az|ud|ul|ur"
_BARE: Final = re.compile(r"[A-Z][a-z]{1,30}+")
_BRAND: Final = re.compile(r"([A-Z][A-Za-z]{1,30}+)([’']s)")
_CONTRACTED: Final = PRONOUNS | frozenset(("that", "there", "what", "let", "here", "where"))


_READ: Final = 200_000  # characters of an article read for given names (bounded)


def word_speaker(names: NameIndex, word: str, text: str, after_quote: bool, cue: str) -> str | None:
    """The speaker a one-word mention ``word`` names when it is an Arabic surname or a brand in the
    possessive form (``after_quote``: it follows the quote; ``cue``: its verb); None otherwise."""
    word = word.strip(",.;:")
    return article_surname(names, word, text) or _brand(names, word, after_quote, cue)


def article_surname(names: NameIndex, word: str, text: str) -> str | None:
    """"Ahmed al-Sharaa" for "al-Sharaa" or "Sharaa" where the article writes that full name;
    None otherwise (a word the index already widens keeps its own reading)."""
    if not arabic_article_name(word):
        if _BARE.fullmatch(word) is None or names.fullest(word) != word:
            return None
        found = re.search(rf"\b(?:{_ARTICLES})-{word}\b", text[:_READ])
        if found is None:
            return None
        word = found.group()
    given = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w’'\-]{{1,30}}) {re.escape(word)}\b", text[:_READ])}
    if len(given) > 1:
        return None  # "Farouk al-Sharaa … and President Ahmed al-Sharaa": which one, not said (s62)
    full = names.fullest(word)
    return full if " " in full and names.is_person(full) else None


def _brand(names: NameIndex, word: str, after_quote: bool, cue: str) -> str | None:
    m = _BRAND.fullmatch(word)
    verb = cue.split()[0] if cue.split() else ""
    if m is None or m.group(1).lower() in _CONTRACTED or not (
            after_quote or verb.endswith("s") and verb not in ("has", "was", "is") or _colon_lead(names, word, verb)):
        return None
    bare = re.compile(rf"\b{m.group(1)}\b(?![’']s)")
    seen = re.compile(rf"\b{m.group(1)}\b")
    for text in names.texts():
        if seen.search(text) is not None and bare.search(text) is not None:
            return None  # "Lee" written alone too: a name, and its possessive
    return word


# (s63) The verb and at most three lower-case words before a colon: "McDonald's said: “…”", "Sainsbury's
# said in a statement: “…”" introduce a quote; no "has" is read there ("Lee's said he would" has none).
_COLON_WORDS: Final = r"(?:[^\S\n]{1,3}[a-z]{1,20}){0,3}:"


def _colon_lead(names: NameIndex, word: str, verb: str) -> bool:
    """Whether the article writes ``word`` and its past verb ``verb`` before a colon (s63)."""
    if not verb.isalpha() or not verb.islower():
        return False
    lead = re.compile(rf"(?<!\w){re.escape(word)}[^\S\n]{{1,3}}{verb}{_COLON_WORDS}")
    return any(lead.search(text[:_READ]) is not None for text in names.texts())
