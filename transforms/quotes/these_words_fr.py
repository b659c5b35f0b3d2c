"""French: a quotation, then a sentence that names it as someone's words by a demonstrative (rule
``these_words``, issue 16, stop 43): "« Expliquer, c'est excuser » : cette petite phrase de Jean
Roy a fait scandale", "« … »\\nCes mots d'Anne Roy me touchent." The words are the one named after
"de" (partial or direct as the quote reads). Culture and opinion pages open on a quotation this
way and name its author only after it, where the after-quote rules read no verb of speech.

The demonstrative ("ce", "cet", "ces", "cette"), at most one adjective ("petite", "fameuse",
"célèbre"), a noun for words ("mots", "phrase", "propos", "paroles", "formule", "déclaration",
"citation", "lignes") and "de"/"d'"/"du" must follow the closing mark at once (after a colon, a
full stop or a paragraph break at most); the one named is the noun phrase after "de", with a
capitalized word in it ("ces mots de passe" names no one). Pure
functions, bounded reads.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.shapes import finding
from newsbeam.transforms.quotes.tokens import mark_end

THESE_WORDS: Final = "these_words"
_THESE: Final = re.compile(
    r"[^\S\n]{0,3}[:.]?[^\S\n]{0,3}\n?[^\S\n]{0,3}(?:[Cc]es|[Cc]ette|[Cc]et|[Cc]e)[^\S\n]{1,3}"
    r"(?:(?:petites?|fameuse|fameux|célèbres?|quelques|simples?|dernières?|derniers?)[^\S\n]{1,3})?"
    r"(?P<noun>mots|phrase|phrases|propos|paroles|formule|déclaration|déclarations|citation|lignes)"
    r"[^\S\n]{1,3}(?:de[^\S\n]{1,3}|d['’][^\S\n]{0,2}|du[^\S\n]{1,3})")
_READ: Final = 80  # characters read after "de" for the one named


def these_words(site: Site, ctx: ArticleContext) -> Finding | None:
    """"« … » : cette phrase de X" (see the module): X, or None."""
    text, span = site.text, site.span
    if current_language().code != "fr" or span.close_at < 0:
        return None
    end = mark_end(text, span)
    m = _THESE.match(text, end, min(len(text), end + 40))
    if m is None:
        return None
    hi = min(len(text), m.end() + _READ)
    newline = text.find("\n", m.end(), hi)
    np = np_after(text, m.end(), newline if newline >= 0 else hi)
    if np is None or np[0] != m.end() or not any(w[:1].isupper() for w in text[np[0]:np[1]].split()):
        return None  # "ces mots de passe", "cette phrase de trop": no one named
    return finding(text, np, None, m.group("noun"))
