"""German: a quote followed by its speaker summing up or showing a mood, with a verb that is no
reporting verb: "„…“, zog Trainerin Lena Hartwig Bilanz.", "„…“, zog der Firmenchef ein
positives Fazit.", "„…“, konnte Maximilian Brandt ein zufriedenes Resümee ziehen.", "„…“,
zeigte sich Landrat Peter Sommer zufrieden.", "„…“, gab sich die Ministerin zuversichtlich."
Sports pages, trade magazines and association news close a quote this way as often as with
"sagte"; with no cue after the quote no rule read it, and the quote went to no one (held-out
German pages, de45). The verb comes right after the quote (verb second: the subject follows
it), and the sentence names what the verb makes a saying of: "Bilanz", "Fazit", "Resümee" for
"ziehen", a word of mood or judgement for "sich zeigen" / "sich geben". Anything else after the
verb ("zog die Mannschaft in die Halle", "zeigte sich der Himmel") credits no one; nor does a
mood about someone's words ("zeigte sich X über das Lob erfreut": the quote may be the praise;
read45de). (s63) The quote may be the mood itself, after the verb: "Landrat Stefan Rößle zeigte
sich „enttäuscht“ über …", "Am Montag gab sich die Ministerin „zuversichtlich“": the subject's
word, partial (``_shown_before``). Pure, bounded to the quote's sentence."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext, Finding, Site
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.phrases import np_after, subject_of
from newsbeam.transforms.quotes.names_de import is_body_word, is_role_noun
from newsbeam.transforms.quotes.tokens import mark_end

SUMMING_UP: Final = "summing_up_de"
_READ: Final = 160  # characters read after the closing mark (one short sentence)
# The comma (or nothing) after the closing mark, then the verb: "„…“, zog", "„…“ zeigte sich".
_VERB: Final = re.compile(r"[^\S\n]*+,?+[^\S\n]*+([a-zäöü]{3,12})\b")
# "ziehen" and a modal or the verb itself: "zog X Bilanz", "konnte X ein Fazit ziehen".
_DRAW: Final = frozenset("zog zieht zogen".split())
_MODALS: Final = frozenset("konnte kann konnten durfte darf wollte will musste muss".split())
_SUMS: Final = re.compile(r"(?:Zwischen|Saison|Jahres)?(?:[Bb]ilanz|Fazit|Resümee)\b")
# "zeigte sich X zufrieden", "gab sich X zuversichtlich": the verb, then "sich".
_SHOW: Final = frozenset("zeigte zeigt zeigten gab gibt gaben".split())
# Words of mood or judgement that make "sich zeigen" / "sich geben" a saying (lower case, as
# written after the subject; a following "mit", "über" is read past).
_MOODS: Final = frozenset("""
zufrieden unzufrieden erleichtert begeistert enttäuscht optimistisch zuversichtlich erfreut stolz
beeindruckt überrascht kämpferisch selbstkritisch dankbar skeptisch besorgt überzeugt verärgert
gelassen froh glücklich angetan bescheiden realistisch entschlossen demütig
""".split())
_WORD: Final = re.compile(r"[^\W\d_]+")
# (s63) "zeigte sich" right before the quote, or before its subject: "X zeigte sich „…“".
_SHOWN: Final = re.compile(r"\b(zeigte|zeigt|zeigten|gab|gibt|gaben)[^\S\n]++sich\b")
# Words of degree between "sich" and the quoted mood: "zeigte sich tief „erschüttert“".
# A pronoun or a described subject before the verb: "Sie zeigte sich", "Der Verband zeigte sich".
_OPENERS: Final = frozenset("Er Sie Der Die".split())
_DEGREE: Final = frozenset("sehr tief zutiefst äußerst höchst ziemlich recht durchaus sichtlich".split())
# Nouns of someone's words the mood is about: "zeigte sich X über das Lob (von Y) erfreut", "von
# den Worten des Präsidenten beeindruckt": the quote may be those words, not X's (read45de).
_WORDS_OF_OTHERS: Final = frozenset("""Lob Lobes Worte Worten Aussage Aussagen Kritik Äußerung Äußerungen
Kompliment Komplimente Komplimenten Urteil Urteils Reaktion Reaktionen Kommentar Kommentare Zuspruch""".split())


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """Where the sentence after the closing mark ends (its full stop, "!" or "?"), or ``hi``."""
    for k in range(lo, hi):
        if text[k] in ".!?\n":
            return k
    return hi


def _shown_before(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject of "zeigte sich" / "gab sich" right before the quote (a word of degree
    between them at most): before the verb, or after "sich" ("zeigte sich der Landrat „…“")."""
    text, span = site.text, site.span
    lo = max(site.sent_lo, span.open_at - _READ)
    shown = None
    for shown in _SHOWN.finditer(text, lo, span.open_at):
        pass
    if shown is None:
        return None
    between = text[shown.end():span.open_at].split()
    if all(w in _DEGREE for w in between):
        lead = text[lo:shown.start()].split()
        if 1 <= len(lead) <= 3 and lead[0] in _OPENERS and all(w[:1].isupper() for w in lead[1:]) and \
                (len(lead) == 1 or is_role_noun(lead[-1].lower()) or is_body_word(lead[-1])):
            # "Sie", "Der Verband"; not a thing ("Der Himmel zeigte sich „bedeckt“")
            return Finding(" ".join(lead), shown.group(1), "explicit", shown.start(1))
        np = subject_of(text, lo, shown.start())
        if np is None or text[np[1]:shown.start()].strip():
            return None  # ("Am Montag zeigte sich …": no subject right before the verb)
    else:
        np = np_after(text, shown.start(1) + len(shown.group(1)), span.open_at)
        if np is None or not all(w in _DEGREE for w in text[np[1]:span.open_at].split()):
            return None
    mention = text[np[0]:np[1]].strip()
    return Finding(mention, shown.group(1), "explicit", shown.start(1)) if mention else None


def summing_up(site: Site, ctx: ArticleContext) -> Finding | None:
    """The subject of "zog … Bilanz/ein Fazit", "konnte … ein Resümee ziehen", "zeigte sich …
    zufrieden" right after the quote's closing mark, when the words after the verb name a person
    (or a description of one) and the sentence ends on the summing-up or the mood."""
    if current_language().code != "de" or site.span.close_at < 0:
        return None
    if (shown := _shown_before(site, ctx)) is not None:
        return shown
    text = site.text
    lo = mark_end(text, site.span)
    hi = min(site.tail_hi, lo + _READ)
    m = _VERB.match(text, lo, hi)
    if m is None:
        return None
    verb = m.group(1)
    if verb not in _DRAW and verb not in _MODALS and verb not in _SHOW:
        return None
    end = _sentence_end(text, m.end(), hi)
    np = np_after(text, m.end(), end)
    if np is None or np[1] > end:
        return None
    mention = text[np[0]:np[1]].strip()
    rest = [w.group() for w in _WORD.finditer(text, np[1], end)]
    words = mention.split()
    if verb in _DRAW and not rest and len(words) > 1 and _SUMS.fullmatch(words[-1]):
        # "zog Trainer Paul Wegner Bilanz": the capitalized noun was read into the name
        rest = [words.pop()]
        mention = " ".join(words)
    if not mention or not rest:
        return None
    if verb in _SHOW:
        if _WORDS_OF_OTHERS.intersection(rest):
            return None  # "zeigte sich X über das Lob erfreut": the quote may be the praise (read45de)
        if "sich" not in text[m.end():np[0]].split():
            return None  # "zeigte der Kanal …": no reflexive, no mood shown
        if rest[0] not in _MOODS and not (rest[-1] in _MOODS and len(rest) <= 6):
            return None  # "zufrieden", "mit dem Ergebnis zufrieden"
    elif verb in _DRAW:
        if not (_SUMS.fullmatch(rest[-1]) and len(rest) <= 4):
            return None  # "zog … Bilanz", "zog … eine positive Bilanz"
    else:
        if not (rest[-1] == "ziehen" and len(rest) >= 2 and _SUMS.fullmatch(rest[-2]) and len(rest) <= 5):
            return None  # "konnte … ein positives Fazit ziehen"
    return Finding(mention, verb, "explicit", m.start(1))
