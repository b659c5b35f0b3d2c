"""The attribution rules that read French word order (in ``RULES``, rules.py): the pronoun after
its verb ("a-t-il estimé") and "c'est ainsi que" after the closing mark. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.inverted_fr import CLITICS
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.lexicon import TITLES
from newsbeam.transforms.quotes.lexicon_fr import INVERTED_CUES, PEOPLE
from newsbeam.transforms.quotes.phrases import np_before
from newsbeam.transforms.quotes.shapes import finding, lead_in
from newsbeam.transforms.quotes.tokens import mark_end
from newsbeam.transforms.quotes.trailing import after_quote


# French puts the subject pronoun after its verb with a "t" between vowels: "« ... », a-t-il
# estimé", "ajoute-t-elle". (Without the "t", "dit-elle", the verb is read by after_quote.)
# A reflexive verb's auxiliary takes no "t": "s'est-elle indignée", nor one that ends in t
# ("avait-elle prévenu"); an adverb may come before the participle ("a-t-il aussi estimé"), an
# object pronoun before the verb ("nous a-t-elle expliqué", "se félicite-t-il"). Not "était-il":
# "« … », était-il précisé dans le communiqué" is the impersonal passive, no one's.
_INVERTED: Final = re.compile(r"[^\S\n]*+,?+[^\S\n]*+" + CLITICS + r"?(?:s[’'](est|était)-|(avait|aurait)-"
                       r"|([^\W\d_]++)-t-)"
                       r"(il|elle)\b(?:[^\S\n]++([^\W\d_]++)(?:[^\S\n]++([^\W\d_]++))?)?")
_AUXILIARY: Final = frozenset("a avait aurait est était".split())


def inverted_pronoun(site: Site, ctx: ArticleContext) -> Finding | None:
    """In French, the verb then its pronoun right after the closing mark: "a-t-il estimé"."""
    text, span = site.text, site.span
    if current_language().code != "fr" or span.close_at < 0:
        return None
    m = _INVERTED.match(text, mark_end(text, span), site.tail_hi)
    if m is None:
        return None
    head_group = next(g for g in (1, 2, 3) if m.group(g))
    head = m.group(head_group)
    perfect = head.lower() in _AUXILIARY
    verb = (m.group(6) if (m.group(5) or "").lower() in current_language().adverbs else m.group(5)) if perfect else head
    if not verb or verb.lower() not in current_language().cues and (perfect or verb.lower() not in INVERTED_CUES):
        return None  # ("assure-t-il": a verb beyond doubt before its inverted pronoun)
    return Finding(m.group(4), verb, "explicit", m.start(head_group))


# French names the words first, then who said them: "« Un choc », c'est ainsi qu'il a qualifié
# ...", "« ... » : c'est en ces termes que la ministre a réagi".
_CEST_AINSI: Final = re.compile(r"[^\S\n]*+[,:]?+[^\S\n]*+[Cc][’']est[^\S\n]++(?:ainsi|en[^\S\n]++ces[^\S\n]++termes"
                         r"|par[^\S\n]++ces[^\S\n]++mots)[^\S\n]++qu(?:e[^\S\n]++|[’'])")


def cest_ainsi(site: Site, ctx: ArticleContext) -> Finding | None:
    """In French, "c'est ainsi que" and a clause right after the closing mark: its subject is the
    speaker ("« Un choc », c'est ainsi qu'il a qualifié les révélations")."""
    text, span = site.text, site.span
    if current_language().code != "fr" or span.close_at < 0:
        return None
    m = _CEST_AINSI.match(text, mark_end(text, span), site.tail_hi)
    assert ctx.cues is not None
    cue = ctx.cues.first(m.end(), min(site.tail_hi, m.end() + 80)) if m else None
    if m is None or cue is None:
        return None
    np = np_before(text, cue.s, m.end())
    return finding(text, np, cue) if np and np[0] == m.end() else None


# "selon lui", "d'après elle", "pour elle": whose view the sentence gives, by a pronoun. "selon"
# and "d'après" anywhere in the sentence before the quote; "pour" only where it can mean nothing else: opening the sentence
# ("Pour elle, « ... »"), set off by a comma (", pour lui, ...") or right after "est" ("le métier
# est pour lui une vocation : « ... »"), never "il a voté pour elle".
_VIEW: Final = re.compile(r"(?<![\w’'])(selon|pour|d[’']après)[^\S\n]++(lui|elle)(?![\w’'])", re.IGNORECASE)
_VIEW_REACH: Final = 300  # characters of the sentence read before the quote


def pronoun_view(site: Site, ctx: ArticleContext) -> Finding | None:
    """In French, "selon lui" or "pour elle" in the quote's sentence before the quote: the view of
    the person the pronoun stands for ("Selon elle, la loi est « injuste »"); the pronoun is
    resolved like "a-t-elle dit"."""
    if current_language().code != "fr":
        return None
    text, lo, hi = site.text, max(site.sent_lo, site.span.open_at - _VIEW_REACH), site.span.open_at
    found = None
    for m in _VIEW.finditer(text, lo, hi):
        if m.group(1).lower() == "pour" and m.start() != site.sent_lo and \
                not text[lo:m.start()].rstrip().endswith((",", " est")):
            continue
        found = m
    if found is None:
        return None
    assert ctx.cues is not None
    if ctx.cues.first(found.end(), hi) is not None:
        # "Selon lui, la ministre Claire Dubois a déclaré : « ... »": a speaker named after the
        # view phrase, with a verb of her own, says the words (the view is the reporter's).
        named = lead_in(text, ctx.cues, site.sent_lo, hi, None, ctx)
        if named is not None and named.how == "explicit" and named.cue_at > found.end() and \
                named.mention[:1].isupper() and named.mention.lower() not in current_language().pronouns:
            return None
    return Finding(found.group(2), found.group(1).lower(), "explicit", found.start())


_NO_SUBJECT: Final = frozenset("à au aux d' d’".split())


def no_subject(mention: str) -> bool:
    """In French, a mention that opens on a preposition in lower case ("du bâtiment de la
    mairie", "à la presse") is the end of a phrase, never who spoke."""
    first = mention.split(None, 1)[0] if mention.strip() else ""
    lang = current_language()
    return lang.code == "fr" and first.islower() and (
        first in lang.prepositions or first in lang.genitives or first in _NO_SUBJECT or first.startswith(("d'", "d’")))


# "« ... », peut-on lire (dans Le Monde)": words read in a publication, by no one named here.
_READ_IN: Final = re.compile(r"[^\S\n]*+,?+[^\S\n]*+(?:peut-on[^\S\n]++(?:le[^\S\n]++)?lire|lit-on)\b")


def read_in(site: Site, ctx: ArticleContext) -> Finding | None:
    """In French, "peut-on lire" right after the closing mark: the words of a publication, no
    person's; never the speaker of the quote before (null, the phrase kept as the mention)."""
    text, span = site.text, site.span
    if current_language().code != "fr" or span.close_at < 0:
        return None
    m = _READ_IN.match(text, mark_end(text, span), site.tail_hi)
    if m is None:
        return None
    p_lo = site.paragraphs[span.paragraph][0]
    outlets = {_without_opener(o.group(1)) for o in _PUBLISHED.finditer(text, max(p_lo, span.open_at - _PUBLISHED_BACK), span.open_at)}
    if len(outlets) == 1 and _IN_A_TEXT.match(text, m.end()) is None:
        # "Mediapart publie un article … « … », peut-on lire": the outlet that published it (s50)
        return Finding(outlets.pop(), "lire", "explicit", m.start(), READ_IN_OUTLET)
    return Finding(m.group(0).strip(" ,"), "lire", "explicit", m.start())


# The rule's name when "peut-on lire" is read as an outlet's words (resolved as an outlet, outlet_source).
READ_IN_OUTLET: Final = "read_in_outlet"
# An outlet that publishes or reveals, before "peut-on lire" in its paragraph: "Mediapart publie
# un article", "Le Monde révèle", "Libération a publié une enquête".
_PUBLISHED: Final = re.compile(r"(?<![\w’'\-])((?:L[ae][^\S\n])?[A-Z][\w’'\-]{1,30}(?:[^\S\n](?:d[eu][^\S\n]|des[^\S\n])?[A-Z][\w’'\-]{1,30}){0,3})"
                               r"[^\S\n]+(?:a[^\S\n]+)?(?:publie|publié|révèle|révélé|rapporte|rapporté|dévoile|dévoilé)\b"
                               # not someone else's text it publishes ("une tribune de X", "le jugement", "extraits du rapport")
                               r"(?![^\S\n]+(?:(?:un|une|le|la|les|l[’']|des|de[^\S\n]+larges?|ses|son|sa)[^\S\n]*)?"
                               r"(?:tribune|lettre|courriel|e-mail|mail|extraits?|jugement|texte|rapport|ordonnance|décret|arrêt|"
                               r"décision|note|document|communiqué|message|enregistrement|courrier)s?\b)")
# Words a sentence opens on before the outlet's name ("Mais Le Monde révèle", "Jeudi Mediapart a publié").
_OPENERS_FR: Final = frozenset("Mais Et Puis Or Donc Ainsi Aussi Hier Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche".split())
_PUBLISHED_BACK: Final = 600  # characters of the quote's paragraph read back for the outlet
# "peut-on lire dans le décret": a text of its own, not the outlet's words.
_IN_A_TEXT: Final = re.compile(r"[^\S\n]+dans[^\S\n]+(?:le|la|les|l[’']|un|une|sa|son|ses|leur|leurs|ce|cette|ces)\b"
                               r"(?![^\S\n]*(?:quotidien|journal|hebdomadaire|magazine|site|média|mensuel)\b)")  # ("dans le quotidien du soir")


def _without_opener(name: str) -> str:
    """``name`` without a word its sentence opens on ("Mais Le Monde" -> "Le Monde")."""
    first, _, rest = name.partition(" ")
    return rest if first in _OPENERS_FR and rest else name


# Quotes in a list ("« A », « B » selon X", "« A » et « B », a-t-elle dit"): the attribution
# after the last one is every one's.
_LISTED: Final = re.compile(r"[^\S\n]{0,3}+(?:,|et|ou)[^\S\n]{1,3}+«")
_LIST_REACH: Final = 400  # characters of the next quote read for its closing mark


def listed_quote(site: Site, ctx: ArticleContext) -> Finding | None:
    """In French, a quote followed by only a comma, "et" or "ou" and the next quote in
    guillemets is credited by the attribution right after that next quote: "« une voix
    douce », « intime et rieuse » selon Ann Roy" -> both Ann Roy's."""
    text, span = site.text, site.span
    if current_language().code != "fr" or span.close_at < 0:
        return None
    lo = mark_end(text, span)
    if _LISTED.match(text, lo, site.tail_hi + 1) is None or text[site.tail_hi:site.tail_hi + 1] != "«":
        return None
    close = text.find("»", site.tail_hi, min(site.paragraphs[span.paragraph][1], site.tail_hi + _LIST_REACH))
    if close < 0 or "«" in text[site.tail_hi + 1:close]:
        return None
    assert ctx.cues is not None and ctx.sentences is not None
    return after_quote(text, ctx.cues, ctx.sentences, close + 1, site.paragraphs[span.paragraph][1])


# An article and a title or a person's noun before a name: "Pour la députée Anne Roy, ...".
_TITLE_BEFORE: Final = re.compile(r"(?:la[^\S\n]++|le[^\S\n]++|l[’'])((?:[^\W\d_][\w\-]{1,30}+[^\S\n]++){1,2}?)(?=[A-ZÀ-ÖØ-Þ])")


def past_title(text: str, at: int, hi: int) -> int:
    """Where the name starts after an article and its title at ``at`` ("la députée Anne Roy",
    "le philosophe Jean Morel"), in French; ``at`` when no such title stands there."""
    if current_language().code != "fr":
        return at
    m = _TITLE_BEFORE.match(text, at, hi)
    if m is not None and all(w.lower() in TITLES or w.lower() in PEOPLE for w in m.group(1).split()):
        return m.end()
    return at
