"""Who wrote the report, the letter or the ruling that a definite mention refers back to ("“…,”
the report said" after "a new survey by the Lowland Policy Institute"; "read the message" after
"a message from President Ana Ruiz"). The annotation guide credits written text to its named
author (a person, a court, an organisation); ``issuers.earlier_issuer`` reads the statements,
releases and posts a body issues, this the other written kinds, each only with its own kind
("the letter" is never the author of the report named before), and a statement that reading
left without an issuer ("a joint statement from Norland, Vessia and ..."). English only. The author is
the capitalized name right after "by" or "from" (or before "'s"), whole ("Council on Foreign
Relations"), the first one where several are joined (a joint text takes the first named), and
only where the name ends its phrase: "a letter from Democratic senators" names no author. A text
of the kind named with a possessor after it ("its own report", "the regulator's report", "Their
letter") is another one, whose author is not named here: then no author is sure.

Each pattern scans the zone once for all its quotes (``window_scan.zone_scan``): an article of
60,000 characters with 300 "the report said" read 20,000 characters back for each."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.lexicon import CUES, FUNCTION_WORDS
from newsbeam.transforms.quotes.names import is_org
from newsbeam.transforms.quotes.titles import split_title
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.window_scan import zone_scan

# The kinds of written text and the nouns of each: a mention takes an author only from a text of
# its own kind ("the report" after "a survey by ...": a survey's findings are reported).
KINDS: Final = {"report": "report", "survey": "report", "poll": "report", "polling": "report",
                "letter": "letter", "message": "letter",
                "ruling": "ruling", "judgment": "ruling", "judgement": "ruling", "statement": "statement"}
_NOUN: Final = r"(report|survey|polling|poll|letter|message|ruling|judge?ment|statement)"
_DATES: Final = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                 r"April|May|June|July|August|September|October|November|December")
_CALENDAR: Final = r"(?:" + _DATES + r")\b"
# (an apostrophe inside a name, "O’Brien", never the possessive's: "Lee’s" is read as "Lee" + "’s")
_WORD: Final = r"(?!" + _CALENDAR + r")[A-Z][\w\-]{0,30}+(?:[’'](?!s\b)[\w\-]{1,30}+)?"
_SP: Final = r"[^\S\n]{1,4}+"  # the spaces between two words (bounded: a scan's matches have a reach)
# A name: capitalized words, "of", "for", "on" or "the" between two of them ("Council on Foreign
# Relations"), never a day or a month ("Reuters on Monday").
_AUTHOR: Final = r"(" + _WORD + r"(?:" + _SP + r"(?:(?:of|for|on|the)" + _SP + r")?" + _WORD + r"){0,6})"
# Words between the text and "by"/"from" that say when or how it came out ("a survey published
# early last year by", "polling out Monday from"): never a topic ("a report on cuts by Congress"),
# nor who paid for it ("commissioned by" a body is no author).
_BETWEEN: Final = (r"(?:" + _SP + r"(?:was|were|is|jointly|issued|released|published|written|sent|signed|"
                   r"conducted|out|on|in|early|late|earlier|last|this|year|week|month|"
                   r"today|yesterday|" + _DATES + r")\b){0,4}")
_WRITTEN_BY: Final = re.compile(
    r"\b" + _NOUN + _BETWEEN + _SP + r"(?:by|from)" + _SP + r"(?:the" + _SP + r")?" + _AUTHOR
    + r"|(?<![\w’'\-])" + _AUTHOR + r"(?:’s|'s)" + _SP + r"(?:(?:new|latest|annual|final|open)" + _SP + r")?" + _NOUN
    + r"\b"
    # "The European Council on Foreign Relations published a survey of …" (s50)
    + r"|(?<![\w’'\-])" + _AUTHOR + _SP + r"(?:(?:has|have|had)" + _SP + r")?(?:published|released|issued|conducted|"
    r"unveiled|sent)" + _SP + r"(?:an?|its|their)" + _SP + r"(?:[a-z][\w\-]{0,30}+" + _SP + r"){0,2}?" + _NOUN + r"\b")
# A text of the kind brought in with an indefinite article ("a new report found"): its author is
# read only where "by" or "from" follows it.
_INTRODUCED: Final = re.compile(r"\b(?:[Aa]n?|[Aa]nother)" + _SP + r"(?:[a-z][\w\-]{0,40}+" + _SP + r"){0,2}?" + _NOUN + r"\b")
# A text of the kind with a possessor ("its own report", "the regulator's report", "Their letter"):
# another text than the authored one, its author not named.
_POSSESSED: Final = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]he" + _SP + r"[a-z][\w\-]{0,30}+[’']s)" + _SP
    + r"(?:own" + _SP + r")?(?:[a-z][\w\-]{0,30}+" + _SP + r"){0,2}?" + _NOUN + r"\b")
# Adverbs between a document's noun and its verb ("the report further said"); issuers reads them too.
DOC_ADVERBS: Final = frozenset("further also later then again additionally".split())
_REACH: Final = 1_000  # more characters than a match of these patterns reads (~750 at most)
_NEXT_WORD: Final = re.compile(r"[^\S\n]*+([\w’'\-]*)")
_BY_AFTER: Final = re.compile(r"[^\S\n]{1,3}(?:[a-z]{1,12}[^\S\n]{1,3}){0,3}?(?:by|from)" + _SP + r"(?:the" + _SP + r")?" + _AUTHOR)
_WINDOW: Final = 20_000  # characters read back for the texts of the mention's kind
_LEADING: Final = frozenset(("The", "A", "An", "In", "According"))


def _ends_phrase(text: str, end: int) -> bool:
    """The name that ends at ``end`` ends its noun phrase: punctuation, the end, or a word that is
    no noun it could qualify (a function word, a verb: "by ECFR found", "from Ann Lee
    questioning")."""
    if text[end:end + 2] in ("’s", "'s"):
        return False  # "by the Pentagon’s inspector general": the possessor wrote nothing
    m = _NEXT_WORD.match(text, end, end + 40)
    word = m.group(1) if m else ""
    if not word or not word[0].islower():
        return True
    return word in FUNCTION_WORDS or word in CUES or word.endswith(("ed", "ing"))


def _author(ctx: ArticleContext, name: str) -> str | None:
    """The author as the speaker: no leading article, a person without their title, the
    fullest form; None for a possessor ("the Pentagon’s" of "the Pentagon’s inspector")."""
    words = name.split()
    while words and words[0] in _LEADING:
        words.pop(0)
    while words and words[-1] in ("of", "for", "on", "the"):
        words.pop()
    if not words or words[-1].endswith(("’s", "'s")):
        return None
    name = " ".join(words)
    if name.isupper():
        return ctx.names.expansion(name) or name
    bare = split_title(name) if not is_org(name) else ""
    if bare and name.endswith(bare):
        name = bare  # "a letter from President Ana Ruiz": Ana Ruiz ("Academy of Arts" stays whole)
    return ctx.names.fullest(name)


def written_author(ctx: ArticleContext, text: str, before: int, cue_at: int, rest: list[str]) -> str | None:
    """Rule ``written_author``: the named author of the texts of the mention's kind the article
    named before it ("the report" after "a survey by the Lowland Policy Institute"), when they
    all have that one author; None when the mention is no such text, or a text of its kind names
    no author ("a letter from 40 senators", "a new report found") or another one (a second
    survey, by someone else: which one "the report" is, is a guess)."""
    words = [trim(w) for w in rest if trim(w) not in DOC_ADVERBS]
    if not words or len(words) > 2 or words[-1] not in KINDS or \
            any(w not in ("new", "joint", words[-1]) for w in words):
        return None
    kind = KINDS[words[-1]]
    hi = cue_at if 0 <= cue_at < before else before
    lo = max(0, hi - _WINDOW)
    authors: set[str | None] = set()
    authored: set[int] = set()  # where each authored text's noun stands
    for m in zone_scan(ctx, text, _WRITTEN_BY, _REACH).finditer(lo, hi):
        if m.group(1):
            noun, name, end, noun_end = m.group(1), m.group(2), m.end(2), m.end(1)
        elif m.group(3):
            noun, name, end, noun_end = m.group(4), m.group(3), m.end(3), m.end(4)
        else:  # the author as the subject of a verb of publishing
            noun, name, end, noun_end = m.group(6), m.group(5), m.end(5), m.end(6)
            by = _BY_AFTER.match(text, noun_end)
            if by is not None:  # "The Guardian published a poll by YouGov": the poll's author is named after it (read50)
                name, end = by.group(1), by.end(1)
            if text[max(0, m.start(5) - 5):m.start(5)].endswith(("and ", "& ")):
                name = ""  # "Acme Research and Beta Labs published a survey": more than one publisher, no telling
        if KINDS[noun.lower()] != kind:
            continue
        authored.add(noun_end)
        readable = _ends_phrase(text, end) and (m.group(1) is not None or _ends_phrase(text, noun_end))
        authors.add(_author(ctx, name) if readable and name else None)
    for m in zone_scan(ctx, text, _INTRODUCED, _REACH).finditer(lo, hi):
        if KINDS[m.group(1).lower()] == kind and m.end(1) not in authored:
            authors.add(None)  # "a new report found": a text of the kind whose author is not named
    first = min(authored, default=hi)
    for m in zone_scan(ctx, text, _POSSESSED, _REACH).finditer(first, hi):
        if KINDS[m.group(1).lower()] == kind and m.end(1) not in authored:
            authors.add(None)  # "its own report", "the regulator's report": another text of the kind
    # "a survey by the European Council on Foreign Relations ... conducted by ECFR": one author
    authors = {a for a in authors if not (a and a.isupper() and any(b and _initials(b) == a for b in authors))}
    return authors.pop() if len(authors) == 1 else None


def _initials(name: str) -> str:
    """The capitals of a name's capitalized words: "European Council on Foreign Relations" -> "ECFR"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())
