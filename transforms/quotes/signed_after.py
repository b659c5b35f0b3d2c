"""A quote signed on its own line, right after its closing mark, by the name of who said it and
nothing else: "„Früh schlafen gehen.“ (Anna Weber)", "„...“ Bloggerin Anna Weber (@annaweb)",
"„...“ – Sänger Tomek", as in a collection of tips or voices. Any language; the rule
``signed_after`` (in ``RULES``, rules.py). Pure functions."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import CALENDAR, FUNCTION_WORDS, PLACE_WORDS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.lexicon_de import MEDIA_ENDINGS, MEDIA_NOUNS
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.names_de import is_body_word, is_role_noun
from newsbeam.transforms.quotes.tokens import mark_end, trim

SIGNED_AFTER: Final = "signed_after"
_TAIL_MAX: Final = 100  # characters of a signature (bounded)
_WORDS_MAX: Final = 8  # words of a signature: roles and a name
_NAME_MAX: Final = 4  # words of the name that ends it
_HANDLE_MAX: Final = 40  # characters of a social-media handle closing the signature ("(@annaweb)")
_NAME_WORD: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'.\-]{0,30}")
_LEAD_MAX: Final = 8  # characters before the quote in its paragraph: a list item's number at most
# All the paragraph may hold before the quote: nothing, or the number or bullet of a list item.
_LIST_MARK: Final = re.compile(r"(?:\d{1,3}[.)]|[•*\u2013\u2014-])?")
_JOINERS: Final = frozenset("und & and y et e".split())
_DASHES: Final = "\u2015\u2014\u2013-"
# Words of a place's or an outlet's name, and the nouns of a credit line, that a person's name
# holds not: "(Sankt Augustin)", "Bad Oeynhausen", "(New Hampshire)", "(Palm Springs)", "(Neue
# Zürcher)", "Daily Mirror", "(Übersetzung Jan Roth)", "Kommentar Peter Lang".
_NOT_NAME_WORDS: Final = PLACE_WORDS | MEDIA_NOUNS | frozenset("""
    sankt bad neu neue neuer neues alt alte groß große klein kleine ober unter nieder hohen
    springs city beach falls heights hills island islands valley county village harbor harbour creek
    daily weekly times post mirror herald tribune journal gazette courier chronicle news review
    kommentar übersetzung foto fotos bild bilder quelle text grafik illustration interview protokoll
    translation translated photo photos picture source credit comment commentary via""".split())
# Endings of German abstract nouns, never a name's: "Übersetzung", "Gesellschaft", "Redaktion".
_NOUN_ENDINGS: Final = ("ung", "heit", "keit", "schaft", "tion", "tät")


def _role_like(word: str) -> bool:
    """Whether ``word`` is a role word or a joiner of the roles before a signature's name:
    "Bloggerin", "EMOTION-Leserin", "Content-Creator", "Moderatorin", "und", "&"."""
    low = trim(word).lower()
    if low in _JOINERS or low in TITLES or low in ROLE_WORDS or is_role_noun(low):
        return True
    last = low.rsplit("-", 1)[-1]
    return "-" in low and last.isalpha() and len(last) >= 4 and last.endswith(("er", "or"))  # "Content-Creator"


def _signature(tail: str) -> tuple[str, bool, bool, bool] | None:
    """(name, in parentheses, with a role before it, with a handle) of a signature line, or None
    when ``tail`` is more than roles and a name."""
    dashed = tail[:1] in _DASHES
    if dashed:
        tail = tail.lstrip(_DASHES).strip()
    paren = tail.startswith("(") and tail.endswith(")") and not dashed
    if paren:
        tail = tail[1:-1].strip()
    at = tail.rfind("(@") if tail.endswith(")") else -1
    handle = tail[at + 2:-1] if at >= 0 else ""
    if not (0 < len(handle) <= _HANDLE_MAX and handle.replace(".", "").replace("_", "").isalnum()):
        handle = ""
    else:
        tail = tail[:at].strip()
    words = tail.split()
    if not words or len(words) > _WORDS_MAX or any(c in tail for c in ",;:()[]/\"“”„«»!?") or \
            any(c.isdigit() for c in tail):
        return None
    last_role = -1
    for n, w in enumerate(words[:-1]):
        if _role_like(w):
            last_role = n
        elif not w[:1].isupper():
            return None  # lower-case words other than joiners: a sentence, no signature
    name = words[last_role + 1:]
    if not 1 <= len(name) <= _NAME_MAX or any(
            not _NAME_WORD.fullmatch(w) or w.lower() in FUNCTION_WORDS or w.lower() in current_language().function_words
            or w.lower() in CALENDAR for w in name):
        return None
    return " ".join(name), paren, last_role >= 0, bool(handle)


_MARKS: Final = "“”„«»\""
_PARAGRAPHS_READ: Final = 400  # paragraphs read for a collection of signed quotes (bounded)


@lru_cache(maxsize=64)  # (once a text: every quote of it asks)
def _collection(text: str) -> bool:
    """Whether ``text`` is a collection of signed quotes: two paragraphs or more that end on a
    quote signed with a role or a handle ("„...“ Bloggerin Anna Weber (@annaweb)"). There a
    signature of a name alone ("(Anna Weber)", "Anna Weber") is one more voice."""
    signed = 0
    for line in text.split("\n", _PARAGRAPHS_READ)[:_PARAGRAPHS_READ]:
        line = line.strip()
        at = max(line.rfind(m) for m in _MARKS)
        tail = line[at + 1:].strip() if at >= 0 else ""
        if 0 < len(tail) <= _TAIL_MAX:
            sig = _signature(tail)
            if sig is not None and (sig[2] or sig[3]):
                signed += 1
                if signed >= 2:
                    return True
    return False


def _named_again(text: str, name: str) -> bool:
    """Whether ``text`` calls the person by the surname again, outside the signature: as a word
    of its own ("Lang" is not in "Langzeitstudie")."""
    last = re.escape(name.rsplit(None, 1)[-1])
    return sum(1 for _ in zip(range(2), re.finditer(rf"(?<!\w){last}(?!\w)", text[:_TEXT_READ]))) >= 2


_TEXT_READ: Final = 200_000  # characters of the article searched for the surname (bounded)


def _no_name_word(word: str) -> bool:
    """A word of a place, an outlet or a credit line, or a body's: no person's name holds it."""
    low = trim(word).lower()
    return low in _NOT_NAME_WORDS or low.endswith(MEDIA_ENDINGS) or low.endswith(_NOUN_ENDINGS) or \
        is_body_word(word) or is_org(word)


def signed_after(site: Site, ctx: ArticleContext) -> Finding | None:
    """A quote whose sentence ends inside it, alone in its paragraph (a list item's number
    before it at most), signed by a name right after its closing mark: in parentheses ("(Anna Weber)"), after a dash, after role words
    ("Bloggerin Anna Weber"), or alone ("Anna Weber"), a handle after it or not. A name of one
    word counts only after a role or with a handle, or where the article credited it already
    ("(Tomek)" after "Sänger Tomek (@tomek)"); a name of more without them only where the
    article calls the person by the surname again or is a collection of such signed quotes (capitalized
    German nouns are no evidence of a name: "Quelle Tagesschau"), never a body's."""
    text, span = site.text, site.span
    if site.zone != "body" or span.close_at < 0:
        return None
    p_hi = site.paragraphs[span.paragraph][1]
    if site.tail_hi < p_hi or span.open_at - site.p_lo > _LEAD_MAX or \
            not _LIST_MARK.fullmatch(text[site.p_lo:span.open_at].strip()):
        return None  # another quote after it, or words of the writer's before it
    end = mark_end(text, span)
    if p_hi - end > 2 * _TAIL_MAX:
        return None
    tail = text[end:p_hi].strip()
    quoted = text[span.start:span.end].rstrip()
    if tail[:1] in ".!?" and quoted[-1:] not in ".!?…":
        tail = tail[1:].strip()  # „...“. (Anna Weber)
    elif quoted[-1:] not in ".!?…":
        return None  # no sentence of its own: a title or a phrase the writer names
    if not tail or len(tail) > _TAIL_MAX or "\n" in tail:
        return None
    sig = _signature(tail)
    if sig is None:
        return None
    name, paren, role, handle = sig
    credited = any(p == name for _, p, _ in ctx.credits)
    if not credited and (" " in name and not is_person_like(name) or any(_no_name_word(w) for w in name.split())):
        return None  # "(Sankt Augustin)", "Sprecher Bundesregierung": a place, an outlet, a body
    if " " not in name and not (handle or credited or _named_again(text, name)):
        return None  # "Stadtrat Köln", "Trainerin Hertha": a role's one word may be its place or club
    if not (role or handle or credited or " " in name and (_named_again(text, name) or _collection(text))):
        return None  # "Quelle Tagesschau", "(Übersetzung Redaktion)": capitalized words, no one's name
    return Finding(name, None, "explicit", end + tail.find(name), SIGNED_AFTER)
