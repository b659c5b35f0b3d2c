"""``«…». Así lo afirmó el ministro X.``: in Spanish and Portuguese agency copy a quote often stands
as a sentence (or a paragraph) of its own, and the next sentence names who said it by pointing back
at it: "Así lo afirmó", "Así lo ha explicado a EFE", "Así se expresó", "Así de tajante se mostró",
"Eso dijo", "Es lo que sostuvo", "Con estas palabras se expresó"; Portuguese "Foi o que afirmou",
"É o que diz", "Assim afirmou". The subject comes after the verb ("Así lo afirmó este miércoles el
ministro del Interior, Fernando Ruiz, durante …"): the quote is that subject's. The words "así lo",
"eso", "foi o que" stand for what was quoted, so the attribution is as sure as an incise.

Read only when the quote is the whole of its sentence (nothing of the writer's before it in the
sentence) and the pointing sentence follows right after it: in the same paragraph, or opening the
next one when the quote is its paragraph's only sentence (the lead of agency copy: a quote, then
"Así lo ha asegurado …"). The verb is a reporting verb of the language (or, after "se", one of
``_SHOWED``: "se mostró", "se pronunció"); the subject after it is read as after a quote's incise
(``trailing.after_quote``'s way: past an adjunct, "a EFE", "este lunes"). A description with no name
("el funcionario") is resolved as any; no subject after the verb ("Así lo dijo.") credits no one
here (the rules after read it as a dropped subject). Bounded: one regex match at one place, one
sentence read. Pure.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.adjunct_subject import subject_after_adjunct
from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.cues import Cue
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.shapes import finding
from newsbeam.transforms.quotes.tokens import mark_end

# The name a quote this rule credited is recorded under (``Quote.rule``).
THUS_SAID: Final = "thus_said"
_SP: Final = r"[^\S\n]{1,3}+"
# The opening of the pointing sentence, up to its verb (group 1), an auxiliary of the perfect allowed.
_OPENER: Final = {
    "es": re.compile(
        r"(?:As[ií]" + _SP + r"(?:de" + _SP + r"[^\W\d_]{3,20}+" + _SP + r")?(?:se|lo)"
        r"|Eso(?:" + _SP + r"(?:es|fue)" + _SP + r"lo" + _SP + r"que)?"
        r"|(?:Es|Fue)" + _SP + r"lo" + _SP + r"que"
        r"|Con" + _SP + r"(?:estas|esas|tales)" + _SP + r"palabras(?:" + _SP + r"se)?)"
        + _SP + r"(?:(?:ha|había|habría)" + _SP + r")?([^\W\d_]{3,20}+)"),
    "pt": re.compile(
        r"(?:(?:Foi|É)" + _SP + r"o" + _SP + r"que|Foi" + _SP + r"assim" + _SP + r"que"
        r"|Assim(?:" + _SP + r"(?:se|o))?)"
        + _SP + r"(?:(?:tem|tinha|havia|teria)" + _SP + r")?([^\W\d_]{3,20}+)"),
}
# Verbs that report speech only in this shape, after "se": "Así de tajante se mostró X".
_SHOWED: Final = frozenset("mostró manifestó pronunció expresó mostrado manifestado pronunciado expresado "
                           "mostrou manifestou pronunciou expressou".split())
_GAP: Final = re.compile(r"[.!?]?[^\S\n]{0,3}+(?:\n[^\S\n]{0,3}+){0,2}")
_READ: Final = 300  # characters of the pointing sentence read
# The stops that close a pointing sentence ("?" closes a question: no one is named by it).
_STOPS: Final = (".", "!", "…")
# A quotation mark in a pointing sentence: a quote inside it, so no writer's sentence between two.
_QUOTE_MARKS: Final = re.compile(r"[«»“”\"]")


def pointing_subject(text: str, ctx: ArticleContext, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject after the verb of a sentence that opens at ``lo`` by pointing back at what was
    said before it ("Así se ha pronunciado la consejera sobre …", "Así lo ha explicado Ana Ruiz
    …"), in Spanish or Portuguese: a writer's sentence between two quotes that names the speaker
    of the one before (``implied._person_before`` reads it for the quote after). None for any
    other sentence."""
    opener = _OPENER.get(current_language().code)
    if opener is None:
        return None
    while lo < hi and text[lo] in " \t\n":
        lo += 1
    m = opener.match(text, lo, hi)
    if m is None or not _reports(m.group(1)) or not _own_words(m) or not (
            text[lo:hi].rstrip().endswith(_STOPS) or text[hi:hi + 1] in _STOPS):
        return None  # (read45es) a sentence that runs on into the quote, or a question, is none between two
    adjunct = subject_after_adjunct(text, m.end(1), hi)
    np = np_after(text, m.end(1) + 1 if adjunct is None else adjunct, hi)
    if np is None or not _subject_phrase(text[np[0]:np[1]]):
        return None
    end = ctx.sentences.end(np[1], hi) if ctx.sentences is not None else hi
    if _QUOTE_MARKS.search(text, lo, end) is not None or \
            (ctx.cues is not None and ctx.cues.between(np[1], end)):
        # "Así lo dijo Juan a su hija, Ana, que le contestó: «Lo sé».": someone else speaks
        # in the sentence (read45es); who speaks next is not sure
        return None
    return np


def _subject_phrase(mention: str) -> bool:
    """A name, or a description opened by an article and holding a noun; not an article alone
    (``np_after`` stops at a noun of a verb's form: "la sentencia del juez …" read as "la", read45es)."""
    words = mention.split()
    if not words:
        return False
    if words[0].lower() in current_language().determiners:
        return len(words) >= 2
    return is_person_like(mention)


# Verbs after "Es lo que" / "Foi o que" by which the subject answers someone else's words ("«…».
# Es lo que niega el fiscal X": what X denies; read45last), and verbs of quoting another in any
# opener ("Así lo citó el fiscal X …, en palabras del testigo"): the quote is not the subject's.
_DENIED: Final = ("neg", "nieg", "desmient", "desmint", "desment", "cuestion", "question", "rechaz", "refut", "rebat",
                  "critic", "reproch")
_QUOTING: Final = ("cit",)


def _own_words(opening: re.Match[str]) -> bool:
    """The pointing sentence ``opening`` (an ``_OPENER`` match) gives the words before it to its
    subject: not "Es lo que niega X", "Foi o que questionou X", "Así lo citó X"."""
    verb = opening.group(1).lower()
    if verb.startswith(_QUOTING):
        return False
    that = " que" in opening.group(0)
    denied = _DENIED + (("contest",) if current_language().code == "pt" else ())
    return not (that and verb.startswith(denied))


def _reports(verb: str) -> bool:
    """A reporting verb of the language, or one of ``_SHOWED`` ("se mostró", "se pronunció")."""
    lang = current_language()
    low = verb.lower()
    return low in lang.cues or low in lang.after_quote_cues or low in _SHOWED


def thus_said(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject after the verb of a sentence that points back at the quote before it ("«…».
    Así lo afirmó el ministro X."), in Spanish or Portuguese; None for any other shape."""
    lang = current_language()
    opener = _OPENER.get(lang.code)
    text, span = site.text, site.span
    if opener is None or span.close_at < 0 or text[site.sent_lo:span.open_at].strip(" \t—–-"):
        return None
    lo = mark_end(text, span)
    gap = _GAP.match(text, lo)
    assert gap is not None  # (it matches the empty string)
    at = gap.end()
    if at == lo and text[span.close_at - 1:span.close_at] not in (".", "!", "?"):
        return None  # "«…» así lo …": no new sentence
    if "\n" in text[lo:at]:
        p_lo, p_hi = site.paragraphs[span.paragraph]
        if text[p_lo:span.open_at].strip() or at - lo > 6:
            return None  # the quote is not its paragraph's only sentence: the next one is news of its own
    m = opener.match(text, at)
    if m is None:
        return None
    verb = m.group(1)
    if not _reports(verb) or not _own_words(m):
        return None  # (not "Es lo que niega X": read45last)
    assert ctx.sentences is not None
    hi = ctx.sentences.end(m.end(1), min(len(text), m.end(1) + _READ))
    nl = text.find("\n", m.end(1), hi)
    if nl >= 0:
        hi = nl
    adjunct = subject_after_adjunct(text, m.end(1), hi)
    np = np_after(text, m.end(1) + 1 if adjunct is None else adjunct, hi)
    if np is None or not _subject_phrase(text[np[0]:np[1]]):
        return None
    return finding(text, np, Cue(m.start(1), m.end(1), verb), rule=THUS_SAID)
