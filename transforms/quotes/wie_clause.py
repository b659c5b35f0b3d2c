"""German "wie" clauses of reporting: "Wie die Ministerin Petra Lang am Montag mitteilte, werde
„niemand entlassen“", "Es werde „niemand entlassen“, wie Petra Lang der Zeitung sagte." A
subordinate clause puts its verb last, after the subject and any adjuncts (when, where, to whom);
the quote in the sentence of such a clause is the subject's words. The rule ``wie_clause``
credits it (a name, a description, a pronoun: each resolved like any other). ``as_said`` reads
the short form with the verb right after the subject ("wie er selbst sagte"). A name with an
apposition between commas ("Wie Tom Weber, ihr Stellvertreter, der Zeitung sagte,") is that
name. A body or thing named by an article and one noun ("wie die Polizei mitteilte") and a clause
whose subject is not read credit no one: a null finding, so the quote does not go on with the
speaker before it either (never a longer capitalized run such as "Polizei Zeugen"); a body named
by its acronym after the article ("wie der ADAC mitteilte") is named (names45). Pure functions.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site, sentence_window
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.titles import is_title_word
from newsbeam.transforms.quotes.tokens import trim
from newsbeam.transforms.quotes.wie_described import described_name

WIE_CLAUSE: Final = "wie_clause"
_WIE: Final = re.compile(r"(?<![\w\-])[Ww]ie[^\S\n]{1,3}+")
# What ends the clause: a comma or a full stop; a quote mark, a colon or a bracket means the
# words are no plain clause ("wie Petra Lang „…“ sagte" is left to the other rules).
_END: Final = re.compile(r"[,.;:!?„“”\"«»‚‘’()\[\]\n]")
_AUXILIARIES: Final = frozenset("hat hatte habe haben hatten".split())
_WINDOW: Final = 300
_CLAUSE: Final = 120  # at most this many characters from "wie" to the clause's end
_MAX_WORDS: Final = 12
_APPOSITION: Final = 6  # at most this many words between the commas after the name
_NO_ONE: Final = frozenset(("es", "man", "ich", "wir", "du"))
_POSSESSIVES: Final = frozenset("ihr ihre ihrem ihren ihrer sein seine seinem seinen seiner".split())


def wie_clause(site: Site, ctx: ArticleContext) -> Finding | None:
    """A clause "wie <subject> [adjuncts] <reporting verb>," in the quote's sentence, before the
    quote or after it: its subject said the quoted words."""
    lang = current_language()
    if lang.code != "de":
        return None
    text, span = site.text, site.span
    lo, hi = sentence_window(site, ctx, _WINDOW)
    unread: Finding | None = None
    for m in _WIE.finditer(text, lo, hi):
        if span.open_at <= m.start() < span.end:
            continue  # inside the quoted words
        end = _END.search(text, m.end(), min(hi, m.end() + _CLAUSE))
        if end is None or end.group() not in ",.!?" or m.start() < span.open_at < end.start():
            continue
        named = _apposed(text, m.end(), end.start(), min(hi, m.end() + 2 * _CLAUSE), span.open_at)
        if named is not None:
            end = named  # "Wie Tom Weber, ihr Stellvertreter, der Zeitung sagte,": the clause runs on
        described = None if named is not None else described_name(
            text, m.end(), end.start(), min(hi, m.end() + 2 * _CLAUSE), span.open_at, lang.determiners)
        if described is not None:
            end = named = described[1]  # "wie der Präsident des Gerichts, Hans Maier, sagte," (wie_described)
        words = text[m.end():end.start()].split()
        if words and words[-1] in _AUXILIARIES:
            words = words[:-1]  # "wie Petra Lang am Montag mitgeteilt hatte"
        if not 2 <= len(words) <= _MAX_WORDS + (_APPOSITION if named else 0):
            continue
        verb = words[-1]
        if verb.lower() not in lang.cues or verb.lower() in lang.according or verb[:1].isupper():
            continue
        verb_at = text.rfind(verb, m.end(), end.start())
        first = trim(words[0])
        if named is not None:
            mention = described[0] if described is not None else text[m.end():text.index(",", m.end())].strip()
            return Finding(mention, verb, "explicit", verb_at, WIE_CLAUSE)
        np = np_after(text, m.end(), verb_at)
        if np is None or np[0] != m.end() or np[1] > verb_at:
            if first[:1].isupper() or first.lower() in lang.determiners:
                unread = unread or Finding("", verb, "explicit", verb_at, WIE_CLAUSE)  # someone, not read
            continue
        mention = text[np[0]:np[1]].strip(" ,")
        toks = mention.split()
        if not toks or toks[0].lower() in _NO_ONE or toks == ["ihr"]:
            continue  # "wie es heißt", "wie man sagt": no one
        if len(toks) == 2 and toks[0].lower() in lang.determiners and not _acronym(toks[1]) and (
                toks[0].lower() in _POSSESSIVES or not is_title_word(trim(toks[1]).lower())):
            # "wie die Polizei mitteilte", "wie das Ministerium bestätigte": a body not named;
            # "wie ihr Sprecher sagte": someone of hers, not named
            return Finding("", verb, "explicit", verb_at, WIE_CLAUSE)
        if toks[0].lower() in _POSSESSIVES and len(toks) >= 4 and all(t[:1].isupper() for t in toks[2:]):
            mention = " ".join(toks[2:])  # "ihr Stellvertreter Tom Weber": the name
        return Finding(mention, verb, "explicit", verb_at, WIE_CLAUSE)
    return unread


def _acronym(word: str) -> bool:
    """``word`` is a body's acronym ("ADAC", "IHK", "DGB"): a named body after its article
    ("wie der ADAC mitteilte"), not a body's common noun ("wie die Polizei mitteilte")."""
    letters = word.strip(",.;:")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _apposed(text: str, lo: int, comma: int, hi: int, open_at: int) -> re.Match[str] | None:
    """``text[lo:comma]`` is a name (two to four capitalized words) and a comma; then an apposition
    opening on an article or a possessive ("ihr Stellvertreter", "der Sprecher der Stadt") and a
    comma: the end of the clause after it, or None."""
    words = text[lo:comma].split()
    if text[comma:comma + 1] != "," or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    second = _END.search(text, comma + 1, hi)
    if second is None or second.group() != "," or comma < open_at < second.start():
        return None
    apposition = text[comma + 1:second.start()].split()
    if not 2 <= len(apposition) <= _APPOSITION or apposition[0].lower() not in current_language().determiners:
        return None
    end = _END.search(text, second.end(), hi)
    if end is None or end.group() not in ",.!?" or second.start() < open_at < end.start():
        return None
    return end
