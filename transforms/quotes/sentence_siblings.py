"""Quoted words that share a sentence with a speaker's partial quote are that speaker's too.

A term is the writer's scare quote only when no one is reported to have said it (the guide,
"Kinds"). When the same sentence already gives quoted words to a named speaker ("The notion
that he is “obligated” to pay “reeks of entitlement,” said the Review"; "its “mysterious”
power emanates from …, said Ann Lee"), the writer is reporting that speaker's words, and a
plain lowercase term beside them is a phrase lifted from the same source, not the writer's
distance. Rules that look at one quote at a time miss this: the attribution sits beside the
other quote (its verb after it, or a sentence before it), and a lone word with a borrowed
speaker is read as the writer's term by default. Names, titles and words mentioned as words
are decided before (they are never "plain" scares), and a capitalized term is left alone: a
name or a title as often as anyone's words.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.cues import POSSESSED_NOUNS

# The rule name a quote credited this way carries (``--explain``).
SENTENCE_SIBLING: Final = "sentence_sibling"

# Where the writer's text between two quotes ends a sentence: a stop, question or exclamation
# mark followed by a space (after an optional closing mark), or a line break; or where a dash
# opens or closes an aside, whose attribution covers the aside only ("Nardella – « … », selon
# Le Monde – est mis en examen pour « … »": the charge is not the paper's words).
_SENTENCE_END: Final = re.compile(r"[.!?][\"'”’»«“‘]{0,2}[^\S\n]|\n|[–—]|[^\S\n]-[^\S\n]")
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")  # a word of the text between two quotes
# How far apart (in characters) two quotes of one sentence may be: a long sentence's two ends
# rarely share their source.
MAX_GAP: Final = 240
# The fields of a zone's quote tuple (extract._zone_quotes) read here.
_START, _END, _TEXT, _SPEAKER, _CUE, _KIND, _RULE = 2, 3, 4, 5, 7, 9, 10
# A possessive credits only the words after its noun ("Lee's claim that “…”"), never a
# neighbour: "Politifact ruled that Lee's claim about “…” is “true”" is Politifact's word.
# The sentence's subject taken for a speaker with no verb of saying ("Die Oper sei …") is too
# weak a reading to lend to another quote; so is a "comme le souligne X" clause's, read only up
# to the main clause's own subject (comme_clause, review43 F5).
_OWN_QUOTE_RULES: Final = frozenset(["possessed_speech", "sentence_subject", "comme_clause"])


def _same_sentence(text: str, first: tuple, second: tuple) -> bool:
    """``first`` (the earlier quote) and ``second`` are in one sentence of ``text``: the
    earlier one's words do not end it and the writer's text between them holds no sentence end."""
    if second[_START] - first[_END] > MAX_GAP or second[_START] <= first[_END]:
        return False
    if first[_TEXT].rstrip()[-1:] in (".", "!", "?"):
        return False  # "… a “supreme friend.” A spokesperson …": the quote closed the sentence
    return _SENTENCE_END.search(text, first[_END] + 1, second[_START]) is None


def _credits_neighbour(text: str, sibling: tuple, quote: tuple, after: bool) -> bool:
    """``sibling``, a partial quote credited to someone, shares its sentence and its speaker
    with ``quote``. One after the quote must not have its verb of saying between them: that
    verb opens the sibling's own clause ("could only muster “ooh, whoa” when Lee accused him of
    a “smear”": Lee's words are the second only), while one after both ("…, said Lee") or
    before both covers the sentence. A sibling credited through a noun of speech ("Lee's
    claim about “…”") holds only the words that noun governs."""
    cue = sibling[_CUE] or ""
    if sibling[_KIND] != "partial" or not sibling[_SPEAKER] or sibling[_RULE] in _OWN_QUOTE_RULES or \
            cue.lower() in POSSESSED_NOUNS:
        return False
    first, second = (quote, sibling) if after else (sibling, quote)
    if not _same_sentence(text, first, second):
        return False
    return not (after and cue in _WORD.findall(text, quote[_END], sibling[_START]))


# Heads of the name of a plan, a law, an order or a movement, written in lowercase around the
# quoted name ("le plan « logement d'abord »", "the “stand your ground” law", "« réforme des
# retraites »"): the name is the writer's, never lent a neighbour's speaker (the guide, Kinds).
_THING_HEADS: Final = frozenset("""
plan plans program programs programme programmes policy policies law laws bill bills act order orders
rule rules reform reforms movement campaign operation project doctrine strategy initiative
loi lois réforme réformes opération mouvement campagne projet décret dispositif stratégie
ley leyes reforma reformas programa operación movimiento campaña proyecto decreto estrategia
lei leis operação movimento campanha projeto
""".split())
_HEAD_AROUND: Final = " \t\u00a0\"'“”‘’«»„‚‹›"


def names_thing(text: str, start: int, end: int, quoted: str) -> bool:
    """The quoted term ``quoted`` (its marks within ``text[start:end]``) names a plan, a law or an
    order: a head of ``_THING_HEADS`` stands right before or after its marks, or opens the quoted
    words themselves (of two words or more). Also read by ``rules.closing_attribution_rule``."""
    if not quoted[:1].islower():
        return False
    before = text[max(0, start - 40):start].rstrip(_HEAD_AROUND).split()
    after = text[end:end + 40].lstrip(_HEAD_AROUND).split()
    words = quoted.split()
    return any(w and w[-1].lower().strip(",.;:") in _THING_HEADS for w in (before[-1:], after[:1])) or \
        len(words) > 1 and words[0].lower() in _THING_HEADS


# Words that join quoted terms into a list ("“parasomnia” or “hypersomnia”", "« A » et « B »").
_LIST_JOINS: Final = frozenset(", and or und oder sowie et ou y o e ou".split())
# The marks and spaces around such a join.
_AROUND_JOIN: Final = " \t,\"'“”‘’«»„‚‹›"


def _listed(text: str, out: list[tuple], i: int) -> bool:
    """Quote ``i`` is one of a list of quoted terms (joined to a quote beside it by a comma,
    "and", "or", ...): terms the writer lists ("including “parasomnia” or “hypersomnia”") are
    named, not lifted from the source beside them (dense_phrases reads them so too)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(out):
            lo, hi = (out[j][_END], out[i][_START]) if j < i else (out[i][_END], out[j][_START])
            if 0 <= hi - lo <= 12 and text[lo:hi].strip(_AROUND_JOIN).lower() in _LIST_JOINS | {""}:
                return True
    return False


def is_plain_term(quoted: str) -> bool:
    """A term of lowercase words: what a source writes as often as the writer ("obligated",
    "something much larger"); a capitalized one is a name or a title as often as not."""
    return quoted[:1].islower() and len(quoted) <= 80


def credit_siblings(text: str, out: list[tuple], plain: set[int]) -> list[tuple]:
    """``out`` (a zone's quote tuples, in order) with each plain scare quote of ``plain`` (the
    indexes of quotes made scare only for want of a speaker) that shares its sentence with a
    partial quote credited to someone given that quote's speaker, as ``partial`` (rule
    ``sentence_sibling``). The nearest such quote of the sentence is taken, the one before first."""
    if not plain:
        return out
    result = list(out)
    for i in sorted(plain):
        quote = out[i]
        if quote[_KIND] != "scare" or not is_plain_term(quote[_TEXT]) or _listed(text, out, i) or \
                names_thing(text, quote[_START], quote[_END], quote[_TEXT]):
            continue
        sibling = None
        for j in (i - 1, i + 1):  # the neighbours only: a third quote between them splits the sentence
            if 0 <= j < len(out) and _credits_neighbour(text, out[j], quote, after=j > i):
                sibling = out[j]
                break
        if sibling is not None:
            result[i] = quote[:5] + sibling[5:9] + ("partial", SENTENCE_SIBLING)
        elif i > 0 and _unnamed_words(out[i - 1]) and _same_sentence(text, out[i - 1], quote):
            result[i] = quote[:9] + ("partial", None)  # "praising it for being “A” and “B”": no one named
    return result


def _unnamed_words(quote: tuple) -> bool:
    """``quote`` is partial with no one named and no rule: words a reported clause, a verb of
    judging or an unnamed source ("critics say", "calificaron de", "considera que") made someone's.
    A plain term after it in the same sentence continues the same report ("was “X” and chose a
    “Y” measure", "an act of “X”, besides a sign of “Y”"): partial too, still with no one named;
    a list after it ("“A” and “B”") is the same judgement's list, not the writer's terms."""
    return quote[_KIND] == "partial" and quote[_SPEAKER] is None and quote[_RULE] is None
