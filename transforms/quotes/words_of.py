"""Rule ``words_of`` (issue 16): "in the words of X" set right against a quote, before its opening
mark or after its closing one, credits X: "The plan was, in the words of one senior aide, “a
slow-motion disaster”", "She does not like “surprises,” in the words of one aide". Spanish and
Portuguese read "en palabras de" / "nas palavras de" where it opens a sentence (``shapes.lead_in``,
``lexicon.ACCORDING_OPENERS``); here the phrase may stand anywhere in the sentence, in the
languages of ``_PHRASES``, as long as nothing but a comma or a colon stands between it and the
quote: a phrase further away may credit another quote of the sentence. English also writes the
speaker as a possessive (stop 45): "In Ann Lee's words, “…”", "“…,” in Lee's own words", "in her
words" (``_POSSESSIVE``), read the same way. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.phrases import np_after
from newsbeam.transforms.quotes.shapes import finding
from newsbeam.transforms.quotes.tokens import mark_end

WORDS_OF: Final = "words_of"  # the name the rule is recorded under

# After the phrase: spaces, or none after an elided "d'" ("selon les mots d'Anne Roy").
_GAP: Final = r"(?:(?<=['’])|[^\S\n]++)"
# The phrase, by language; its last word is followed by the speaker.
_PHRASES: Final = {
    # (stop 48) the writer quoting: "To quote Ann Lee: “…”", "Para citar a Ana Ruiz: «…»"
    "en": ("in the words of", "to quote"),
    "es": ("en palabras de", "en palabras del", "para citar a", "citando a"),
    "pt": ("nas palavras de", "nas palavras do", "nas palavras da", "para citar", "citando"),
    "fr": ("selon les mots de", "selon les termes de", "pour reprendre les mots de", "pour reprendre les termes de",
           "selon les mots d'", "selon les termes d'", "pour reprendre les mots d'", "pour reprendre les termes d'",
           "selon les mots d’", "selon les termes d’", "pour reprendre les mots d’", "pour reprendre les termes d’",
           "pour citer",
           # (stop 43) "« … », selon l'expression de X", "selon la formule de X", "selon le mot de X"
           *(f"{head} {noun} {de}" for head in ("selon", "pour reprendre") for noun in ("l'expression", "l’expression",
             "la formule", "le mot") for de in ("de", "d'", "d’", "du"))),
    "de": ("in den Worten von", "mit den Worten von"),
}
_BEFORE: Final = {code: re.compile(r"\b(?:" + "|".join(p.replace(" ", r"[^\S\n]++") for p in phrases) + r")" + _GAP,
                                   re.IGNORECASE) for code, phrases in _PHRASES.items()}
_AFTER: Final = {code: re.compile(r"[^\S\n]*+,?[^\S\n]*+(?:" + "|".join(p.replace(" ", r"[^\S\n]++") for p in phrases)
                                  + r")" + _GAP, re.IGNORECASE) for code, phrases in _PHRASES.items()}
# A piece of each language's noun, looked for in a lowered copy before the patterns run: made of
# letters whose only case variant is their ASCII capital (no i, s or k, which IGNORECASE also
# matches as ı, ſ, K), so a window the pattern could match always holds one.
_KEYS: Final = {"en": ("word", "quot", "phra", "term", "expre"), "es": ("palabr", "tar a", "tando a"), "pt": ("palavr", "tar ", "tando"),
                "fr": ("mot", "terme", "xpre", "formul", "pour c"), "de": ("worte", "zu sagen")}
# German "um es mit X zu sagen:" right before the quote (s51): to put it as X did, X's words.
_SAY_IT_WITH: Final = re.compile(
    r"\b[Uu]m[^\S\n]++es[^\S\n]++mit[^\S\n]++(?:den[^\S\n]++Worten[^\S\n]++(?:von[^\S\n]++)?)?"
    r"(?P<who>(?:[A-ZÄÖÜ][\w.’'\-]{0,30}+[^\S\n]++){0,3}[A-ZÄÖÜ][\w’'\-]{1,30}+)[^\S\n]++zu[^\S\n]++sagen"
    r"[^\S\n]*+[:,]?[^\S\n]*+$")
# The languages whose phrase is read here also where it opens the sentence, away from the quote.
_OPENING: Final = frozenset(("en", "de"))
# "in Ann Lee's (own) words", "in her words": the possessor is the speaker (English); so in "to
# use Ann Lee's phrase", "to borrow her term", "in Lee's phrase" (stop 53).
_POSSESSIVE: Final = re.compile(
    r"\b(?:[Ii]n|[Tt]o[^\S\n]++(?:use|borrow))[^\S\n]++"
    r"(?P<who>his|her|their|(?:[A-Z][\w.-]{0,30}+[^\S\n]){0,3}+[A-Z][\w.-]{0,30}+['’]s?)"
    r"[^\S\n]++(?:own[^\S\n]++)?(?:words|phrase|term|expression)\b")
# The verbs of the writer's own quoting ("To quote …", "Pour citer …", "Citando a …"): only where
# the phrase opens the sentence.
_QUOTING: Final = ("quote", "citer", "citar", "citando")
_PRONOUN_OF: Final = {"his": "he", "her": "she", "their": "they"}
_READ: Final = 160  # characters read on either side of the quote (bounded)
# What may stand between the speaker and the opening mark ("…, in her words, a “…”").
_BETWEEN: Final = frozenset(("", ",", ":", ", a", ", an", ", the"))
_END: Final = frozenset(".!?;,")  # after the speaker: the sentence ends or an apposition follows


def words_of(site: Site, ctx: ArticleContext) -> Finding | None:
    """The speaker of "in the words of X" right before the quote's opening mark or right after
    its closing one (see the module)."""
    code = current_language().code
    before = _BEFORE.get(code)
    if before is None:
        return None
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _READ)
    end = mark_end(text, span) if span.close_at >= 0 else span.open_at
    hi = min(site.tail_hi, end + _READ)
    window = text[lo:hi].lower()
    if not any(key in window for key in _KEYS[code]):
        return None  # most quotes have none of the phrase's nouns around them
    if code == "en":
        own = _possessive(site, ctx, lo, end, hi)
        if own is not None:
            return own
    if code == "de":
        said = _SAY_IT_WITH.search(text, lo, span.open_at)
        if said is not None:  # "Oder, um es mit Reinhard Mey zu sagen: „…“"
            return Finding(said.group("who"), "zu sagen", "explicit", said.start("who") + len(said.group("who")) + 1)
    for m in before.finditer(text, lo, span.open_at):
        # (read48: any word of the phrase, "citando a", "para citar a" end on "a")
        if any(w.lower().startswith(_QUOTING) for w in m.group(0).split()) and text[site.sent_lo:m.start()].strip():
            continue  # "He declined to quote a figure": the writer quotes only from a sentence's start
        np = np_after(text, m.end(), span.open_at)
        if np is not None and (text[np[1]:span.open_at].strip() in _BETWEEN or
                               code in _OPENING and not text[site.sent_lo:m.start()].strip() and
                               text[np[1]:np[1] + 1] == ","):
            # (or the phrase opens the sentence, set off by a comma: "In the words of Ann Lee, the
            # plan is “dead on arrival.”"; lead_in reads it so in Spanish, Portuguese and French)
            return finding(text, np, None, m.group(0).strip().lower())
    if span.close_at < 0:
        return None
    after = _AFTER[code].match(text, end, hi)
    if after is None:
        return None
    np = np_after(text, after.end(), hi)
    if np is None or text[np[1]:np[1] + 1] not in _END and text[np[1]:hi].strip():
        return None
    return finding(text, np, None, after.group(0).strip(" ,").lower())


def _possessive(site: Site, ctx: ArticleContext, lo: int, end: int, hi: int) -> Finding | None:
    """"In Ann Lee's words, “…”" / "“…,” in her own words": the possessor, when only a comma or a
    colon stands between the phrase and the quote, or the phrase opens the sentence and no verb
    of saying stands between it and the quote ("In Lee's words, nothing changed, but Roe said
    “…”" is Roe's)."""
    text, span = site.text, site.span
    for m in _POSSESSIVE.finditer(text, lo, span.open_at):
        between = text[m.end():span.open_at].strip()
        if between in _BETWEEN or not text[site.sent_lo:m.start()].strip() and between.startswith(",") and \
                ctx.cues is not None and ctx.cues.first(m.end(), span.open_at) is None:
            return _possessor(m)
    if span.close_at >= 0:
        after = _POSSESSIVE.search(text, end, min(hi, end + 60))
        if after is not None and text[end:after.start()].strip() in _BETWEEN and \
                text[after.end():after.end() + 1] in _END | {""}:
            return _possessor(after)
    return None


def _possessor(m: re.Match[str]) -> Finding:
    who = m.group("who")
    pronoun = _PRONOUN_OF.get(who.lower())
    if pronoun is not None:
        return Finding(pronoun, "words", "pronoun")
    return Finding(who[:-2] if who.endswith(("'s", "’s")) else who[:-1], "words", "explicit")
