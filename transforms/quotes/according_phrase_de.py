"""German "according to" in several words before a quote, in its sentence: "Nach Angaben von Alfa
Romeo wird der Wagen „in voller Lackierung“ gezeigt", "Nach Aussage des Herstellers Siemens ist
die Anlage „voll ausgelastet“", "nach Worten der Ministerin …". One word, "laut", is read as a
cue already (``Language.according``); the phrase of a preposition and a noun of saying was read
by no rule, and the quote went to no one (trade and sports pages, de45). The source is the noun
phrase after "von"/"vom" or the genitive article: a name, a body, or a description resolved like
any other ("der Polizei", "des Unternehmens": null unless the article names it). "nach eigenen
Angaben" names no one of its own and is not read; a reporting verb between the phrase and the
quote leaves the quote to the rules that read that verb. Second read (read45de): the phrase
gives the source of the sentence, not always of the quoted words, so the rule stands aside (null)
when another person is named between the source and the quote ("Nach Angaben von Anwalt X hat
die Klägerin Monika Fuchs ihrem Chef vorgeworfen, sie „gemobbt“ zu haben": her word), when a
reporting verb or a "wie" clause follows the quote in its sentence ("…, was die Opposition
„Verschwendung“ nennt", "…, wie der Betriebsrat befürchtet"), and when the quote is a name set after a noun ("der Sturm „Xaver“", "die Aktion
„Saubere Stadt“": a name stays scare). Pure, bounded to the quote's sentence."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.tokens import mark_end

ACCORDING_PHRASE: Final = "according_phrase_de"
_READ: Final = 300  # characters of the quote's sentence read back from its opening mark
_PHRASE: Final = re.compile(r"(?<![\w\-])[Nn]ach[^\S\n]{1,3}+(?:Angaben|Aussage|Aussagen|Worten|Darstellung|"
                            r"Einschätzung|Informationen|Ansicht|Meinung|Auffassung|Überzeugung)"
                            r"[^\S\n]{1,3}+(von|vom|des|der)[^\S\n]{1,3}+")
# Two capitalized words in a row (a name, or a role and a name) between the source and the quote.
_TWO_CAPS: Final = re.compile(r"[A-ZÄÖÜ][\w\-]{1,30}+[^\S\n]{1,3}+(?=([A-ZÄÖÜ][\w\-]{1,30}+))")
_NOUN_BEFORE: Final = re.compile(r"(?:der|die|das|den|dem|des)[^\S\n]{1,3}+[A-ZÄÖÜ][\w\-]{1,30}+[^\S\n]*+$")


def _one_sentence(text: str, lo: int, hi: int) -> bool:
    """No sentence ends between ``lo`` and ``hi``: no "!", "?", line break, nor a full stop
    other than one after a digit (an ordinal: "des 27. Februars", "am 3. Mai")."""
    for k in range(lo, hi):
        ch = text[k]
        if ch in "!?\n" or ch == "." and not (k > lo and text[k - 1].isdigit()):
            return False
    return True


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """Where the sentence after ``lo`` ends (".", "!", "?" or a line break), or ``hi``."""
    for k in range(lo, hi):
        if text[k] in ".!?\n":
            return k
    return hi


def _other_person(text: str, ctx: ArticleContext, lo: int, hi: int) -> bool:
    """A name of a person the article knows, two capitalized words in a row, in ``text[lo:hi]``
    ("die Klägerin Monika Fuchs", "Zeuge Erwin Maier")."""
    for m in _TWO_CAPS.finditer(text, lo, hi):
        first, second = m.group().strip(), m.group(1)
        if m.end() + len(second) <= hi and ctx.names.is_person(f"{first} {second}"):
            return True
    return False


def according_phrase(site: Site, ctx: ArticleContext) -> Finding | None:
    """The source after "nach Angaben von/des …" earlier in the quote's sentence."""
    if current_language().code != "de":
        return None
    text, span = site.text, site.span
    # From the paragraph's start (or the previous quote): the sentence index ends a sentence at
    # an ordinal date ("am Morgen des 27. Februars"), which the phrase's sentence may hold.
    lo = max(site.head_lo, site.p_lo, span.open_at - _READ)
    if text.find("ach ", lo, span.open_at) < 0:
        return None
    last = None
    for m in _PHRASE.finditer(text, lo, span.open_at):
        last = m
    if last is None or not _one_sentence(text, last.start(), span.open_at):
        return None
    assert ctx.cues is not None
    if ctx.cues.first(last.end(), span.open_at) is not None:
        return None  # "Nach Angaben der Polizei sagte der Mann: „…“": the verb's subject is read elsewhere
    start = last.end() if last.group(1) in ("von", "vom") else last.start(1)
    np = np_after(text, start, span.open_at)
    if np is None:
        return None
    mention = text[np[0]:np[1]].strip(" ,")
    if not mention or any(c in mention for c in "„“”\"«»"):
        return None
    if _other_person(text, ctx, np[1], span.open_at):
        return None  # "Nach Angaben von Anwalt X hat die Klägerin Monika Fuchs …„…“": hers, or unsure
    if span.close_at >= 0:
        after = mark_end(text, span)
        end = _sentence_end(text, after, min(len(text), after + _READ))
        if ctx.cues.first(after, end) is not None or text.find(", wie ", after, end) >= 0:
            return None  # "…, was die Opposition „Verschwendung“ nennt", "…, wie der Betriebsrat befürchtet"
    words = text[span.start:span.end].split()
    if words and len(words) <= 3 and words[0][:1].isupper() and \
            _NOUN_BEFORE.search(text, max(lo, span.open_at - 40), span.open_at):
        return None  # "der Sturm „Xaver“", "die Aktion „Saubere Stadt“": a name, no one's words
    return Finding(mention, text[last.start():last.start(1)].strip(), "explicit", last.start())
