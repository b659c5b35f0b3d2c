"""Rules ``outlet_after`` and ``outlet_opener``: in Spanish, French and Portuguese a newspaper's
name often opens on its article, capitalized as part of the name ("El País", "Le Monde", "O
Globo"), or follows a press noun ("el diario El Tiempo", "le quotidien Libération"). The words
the outlet prints are its own (the annotation guide's "Another outlet"): "«...», publicó El
País", "« ... », écrit Le Canard enchaîné", "« ... », peut-on lire dans Le Monde", "Según El
País, «...»" are the outlet's. Read elsewhere, the capital article is taken for a sentence
start and the name is cut ("Canard") or lost (issue 16). A person whose name opens on such a
word ("selon Le Pen") is a mention like any other, resolved to the fullest name."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.pattern_tables import PatternTable
from newsbeam.transforms.quotes.told_outlets import NAME_ARTICLES, names_someone
from newsbeam.transforms.quotes.tokens import mark_end

# A name's capitalized articles (told_outlets, where an outlet told is read the same way).
_ARTICLES: Final = {code: "|".join(articles) + (r"|L['’]" if code == "fr" else "") for code, articles in NAME_ARTICLES.items()}
_PRESS: Final = {
    "es": r"diario|peri[oó]dico|semanario|revista|agencia|cadena|emisora|portal|rotativo",
    "fr": r"quotidien|journal|hebdomadaire|magazine|mensuel|site|agence|radio|cha[iî]ne",
    "pt": r"jornal|di[aá]rio|revista|ag[eê]ncia|portal|site|emissora|semanário",
}
_LOWER_ARTICLES: Final = {"es": r"el|la|los|las", "fr": r"le|la|les|l['’]", "pt": r"o|a|os|as"}
# Verbs an outlet prints with, besides the language's reporting verbs.
_PUBLISH: Final = frozenset("""
publicó publica publicaba recoge recogió titula tituló publicado escrito
publie publiait titre titrait rapporte relate relatait révèle révélait publié révélé rapporté titré
publicou publica noticiou noticia publicado escrito
""".split())
# "peut-on lire dans", "se lee en", "lê-se em": where the words were read.
_READ_IN: Final = {"es": r"se[^\S\n]++lee[^\S\n]++en", "fr": r"(?:peut-on[^\S\n]++(?:le[^\S\n]++)?lire|lit-on)[^\S\n]++dans",
                   "pt": r"l[êe]-se[^\S\n]++(?:em|no|na)"}
_CAP: Final = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*+(?:\.[\w’'\-]++)*+"  # ("S.Paulo"; never a sentence's stop)
_NAME_TAIL: Final = r"(?:[^\S\n]++(?:(?:de|del|do|da|des|du)[^\S\n]++)?" + _CAP + r"){0,3}"
_END: Final = r"[.,;(\u2013\u2014]"  # what follows the name: a stop, a comma, a dash
# A lower-case word that ends a French title ("Le Canard enchaîné", "Le Monde diplomatique").
_FR_LOWER_END: Final = r"(?:[^\S\n]++[a-zà-öø-ÿ][\w\-]{2,20}+(?=[^\S\n]*+" + _END + r"))?"


def _outlet(code: str) -> str:
    """The pattern of an outlet's name: a capitalized article and a capitalized run, or a press
    noun (after a lower-case article) and a capitalized run; group ``o``."""
    tail = _NAME_TAIL + (_FR_LOWER_END if code == "fr" else "")
    return (r"(?:(?:" + _LOWER_ARTICLES[code] + r")[^\S\n]*+(?:" + _PRESS[code] + r")[^\S\n]++"
            r"(?P<o>(?:(?:" + _ARTICLES[code] + r")[^\S\n]*+)?" + _CAP + tail + r")"
            r"|(?P<o2>(?:" + _ARTICLES[code] + r")[^\S\n]*+" + _CAP + tail + r"))")


# An auxiliary of the perfect before the verb ("a écrit Le Monde", "ha publicado El País").
_AUXILIARY: Final = {"es": r"ha|han", "fr": r"a|ont", "pt": r"tem|têm"}
# Where the outlet printed the words, after its name: "dans son éditorial", "en su edición
# digital", "em editorial", "sur son site" (a few lower-case words, bounded).
_WHERE: Final = {"es": r"en", "fr": r"dans|sur", "pt": r"em|no|na"}


def _after(code: str, lead: str) -> str:
    """The attribution after a quote: ``lead`` (its comma), a verb (perhaps after an auxiliary) or
    "peut-on lire dans", the outlet, perhaps where in it (a pattern's source, compiled MULTILINE)."""
    return (lead + r"(?:(?P<read>" + _READ_IN[code] + r")|(?:(?:" + _AUXILIARY[code] + r")[^\S\n]++)?"
            r"(?P<verb>[^\W\d_][\w\-]{2,20}+))[^\S\n]++" + _outlet(code) +
            r"(?:[^\S\n]++(?:" + _WHERE[code] + r")(?:[^\S\n]++[a-zà-öø-ÿ][\w\-]{0,20}+){1,4}+)?"
            r"[^\S\n]*+(?:" + _END + r"|$)")


# Matched right after a quote's closing mark; scanned, from its comma, in the rest of the
# quote's sentence for a closing attribution. Each language's patterns are compiled on its first
# article (pattern_tables: an English run never reads them).
_AFTER: Final = PatternTable({code: _after(code, r"[^\S\n]*+,[^\S\n]*+") for code in _ARTICLES}, re.MULTILINE)
_CLOSING: Final = PatternTable({code: _after(code, r",[^\S\n]*+") for code in _ARTICLES}, re.MULTILINE)
_OPENER: Final = {"es": r"Según", "fr": r"Selon", "pt": r"Segundo"}
_BEFORE: Final = PatternTable({code: (
    r"[^\S\n]*+(?P<verb>" + _OPENER[code] + r")[^\S\n]++" + _outlet(code) + r"[^\S\n]*+,") for code in _ARTICLES})


OUTLET_RULES: Final = frozenset(("outlet_after", "outlet_opener", "read_in_outlet"))  # (rules_fr.READ_IN_OUTLET)
# "..., rapporte Le Monde, qui cite le ministre", "publicó El País citando al ministro": the
# outlet passes on someone else's words.
_CITING: Final = re.compile(r"[^\S\n]*+,?[^\S\n]*+(?:(?:qui|que)[^\S\n]++cit|citant|citando|citing)", re.IGNORECASE)
_ALL_ARTICLES: Final = frozenset("el la los las le les l o a os as".split())


def _name(m: re.Match) -> str:
    """The outlet's name the match read, or "" where its first word after the article is a title
    or a role written with a capital ("Le Maire de Lyon", "El Presidente"): someone described."""
    name = (m.group("o") or m.group("o2")).strip().rstrip(".")
    words = name.replace("’", " ").replace("'", " ").split()
    head = words[1] if len(words) > 1 and words[0].lower() in _ALL_ARTICLES else words[0]
    return "" if names_someone(head) else name


def _role_in_text(text: str, m: re.Match) -> bool:
    """Whether the outlet's head word is written elsewhere in the text lower-case as a role
    before a name ("O técnico Rui Costa falou ... disse O Técnico"): someone described."""
    name = (m.group("o") or m.group("o2")).strip()
    words = name.replace("’", " ").replace("'", " ").split()
    if len(words) < 2 or words[0].lower() not in _ALL_ARTICLES:
        return False
    role = re.compile(r"(?<![^\W\d_])(?i:" + re.escape(words[0]) + r")[^\S\n]++" + re.escape(words[1].lower())
                      + r"[^\S\n]++[A-ZÀ-ÖØ-Þ]")
    return role.search(text) is not None


def outlet_after(site: Site, ctx: ArticleContext) -> Finding | None:
    """"«...», publicó El País.", "« ... », peut-on lire dans Le Monde.": the outlet named
    right after the quote, with its article or its press noun, says the words."""
    lang = current_language()
    pattern = _AFTER.get(lang.code)
    if pattern is None or site.span.close_at < 0:
        return None
    text, span = site.text, site.span
    lo, p_hi = mark_end(text, span), site.paragraphs[span.paragraph][1]
    m = pattern.match(text, lo, p_hi)
    if m is None and text[span.close_at - 1:span.close_at] not in ".!?":
        # "« A », ni « B », écrit Le Canard enchaîné.": the sentence closes on the outlet, with
        # no reporting verb of anyone else's between.
        assert ctx.sentences is not None and ctx.cues is not None
        end = ctx.sentences.end(lo, p_hi)
        for m in _CLOSING[lang.code].finditer(text, lo, min(p_hi, end + 1)):
            pass
        if m is not None and (m.end() < end - 1 or ctx.cues.first(lo, m.start()) is not None):
            m = None
    if m is None:
        return None
    verb = m.group("verb")
    if verb is not None and verb.lower() not in lang.cues and verb.lower() not in _PUBLISH or not _name(m):
        return None
    if _role_in_text(text, m) or _CITING.match(text, m.end("o") if m.group("o") else m.end("o2")):
        return None
    return Finding(_name(m), verb or "lire", "explicit", m.start("verb") if verb else m.start("read"))


def outlet_opener(site: Site, ctx: ArticleContext) -> Finding | None:
    """"Según El País, «...»", "Selon Le Monde, « ... »": a sentence that opens on "according
    to" and an outlet's name gives the outlet's words."""
    pattern = _BEFORE.get(current_language().code)
    if pattern is None:
        return None
    m = pattern.match(site.text, site.sent_lo, site.span.open_at)
    if m is None or not _name(m):
        return None
    assert ctx.cues is not None
    if ctx.cues.first(m.end(), site.span.open_at) is not None:
        return None  # "Según El Mundo, un asesor dijo: «...»": the adviser speaks, the outlet reports
    return Finding(_name(m), m.group("verb").lower(), "explicit", m.start("verb"))
