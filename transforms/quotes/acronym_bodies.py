"""A body named by its acronym after an article, in Spanish: "según la ONU", "afirmó la DGSA",
"el MEM informó" (issue 16, stop 39). English writes "the FBI" and keeps the acronym as the
speaker; Spanish puts the article before nearly every acronym of a body, and a one-word speaker
after an article was taken for a description ("la Rectora") and dropped, so these quotes went
to no one. An acronym is two to eight capitals; Roman numerals ("el IV Pleno") are none. Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.language import current as current_language


# The languages whose one-word speaker after an article may be a body's acronym: Portuguese and
# French do as Spanish does ("a CUT", "la CGT témoigne : « … »", rom44: unions' and institutions'
# pages name their bodies so, and those quotes went to no one); German since stop 44 ("Das FBI
# bestätigte", "sagte der ADAC": 3 right on the held-out pages, de44).
ACRONYM_ARTICLE_LANGS: Final = frozenset(["es", "de", "fr", "pt"])
# German posts and a program written as a body's acronym is ("der GF", Geschäftsführer; "der OB";
# "die KI", a chatbot's answer: fix44, review44 #7, #13).
_POSTS_DE: Final = frozenset("GF OB MdB MdL CIO CMO VJ KI".split())
# Acronyms of a post, not a body ("le PDG a déclaré", "el CEO dijo", "la DRH", "le SG", "le DS"
# for a délégué syndical, "o PM"): someone described, whom the acronym does not name; and of an
# exam ("Pour le BAC", "Para la EBAU", "o ENEM"), which speaks for no one.
_POSTS: Final = frozenset("SG DTN DS PM BAC EBAU EVAU PAU ENEM PDG DG DGA DGS DRH DAF DSI CEO CFO COO CTO DT DJ".split()) | _POSTS_DE
_CUE_REACH: Final = 120  # characters after a cue read for the acronym it introduces ("Pour la CGT")
_NOUN_REACH: Final = 30  # characters read before the acronym for the word it follows
_LOWER_NOUN: Final = re.compile(r"[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]{2,30}")  # "délégué"; not "de", "la", "l’"
_MIN_LETTERS: Final = 2
# German articles of a dative (or genitive) as often as of a subject: "sagte der MOPO" (to the paper).
_OBLIQUE_DE: Final = frozenset(["der", "dem", "den"])
_MAX_LETTERS: Final = 8
# Rules whose German "der" + acronym is the verb's subject: right after the quote ("„…“, sagte
# der ADAC") and right after "wie" in a clause of reporting ("wie der ADAC mitteilte", names45:
# the subject opens the clause; the one spoken to comes after it, "wie Tom Weber der WAZ sagte").
_SUBJECT_RULES: Final = frozenset(["after_quote", "wie_clause"])
# A valid Roman numeral ("IV", "XXI", "MCM"), not any word of its letters ("CDC", "MIX" are acronyms).
_ROMAN: Final = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def is_acronym(word: str) -> bool:
    """Whether ``word`` is a body's acronym: two to eight capital letters, not a Roman numeral."""
    return _MIN_LETTERS <= len(word) <= _MAX_LETTERS and word.isalpha() and word.isupper() and \
        _ROMAN.fullmatch(word) is None


def named_by_acronym(words: list[str], speaker: str, determiners: frozenset[str], text: str = "",
                     cue_at: int = -1, rule: str | None = None) -> bool:
    """Whether the mention ``words`` is the acronym ``speaker`` alone or after an article ("la
    ONU", "DGSA" where the rule left "La" out): a body, though one word after an article is
    otherwise a description ("la Rectora"). Not where ``text`` writes it, before the cue at
    ``cue_at``, right after a lower-case noun it qualifies ("un délégué CGT explique", "un
    delegado de la CGT" is the body's man, unnamed). German "der"/"dem"/"den" before it is the
    body as the subject only right after a quote ("„…“, sagte der ADAC"): elsewhere it is as
    often the one spoken to ("…, sagte der MOPO:", an outlet in the dative), so no one (``rule``
    is the finding's); right after a quote too when a subject follows it ("sagte der WAZ ein
    Sprecher"), and "dem"/"den" never (fix44); and opening a "wie" clause ("wie der ADAC
    mitteilte", names45)."""
    bare = [w.strip(".,;:()") for w in words if w.lower() not in determiners]
    if bare != [speaker] or not is_acronym(speaker) or speaker in _POSTS:
        return False
    if words[0].lower() in _OBLIQUE_DE and current_language().code == "de" and not _closes_lead_in(
            words, speaker, text, cue_at) and (
            rule not in _SUBJECT_RULES or words[0].lower() != "der" or _subject_follows(text, speaker, cue_at)):
        return False  # "sagte dem ZDF", "sagte der WAZ ein Sprecher": the one spoken to (fix44)
    at = _nearest(text, speaker, cue_at) if cue_at > 0 else -1
    before = text[max(0, at - _NOUN_REACH):at].split()[-1:] if at > 0 else []
    return not (before and _LOWER_NOUN.fullmatch(before[0]) is not None and before[0] not in determiners)


# (stop 46) A lead-in that ends on "der" + acronym right after its verb, at most a separable
# particle before its colon: "Dazu sagte der ORF:", "Am Montag teilte der ÖAMTC mit:".
_VERB_DER_ACRONYM_COLON: Final = re.compile(
    r"[^\W\d_]{2,30}+[^\S\n]{1,3}+der[^\S\n]{1,3}+([A-ZÄÖÜ]{2,8})(?:[^\S\n]{1,3}+([a-zäöü]{2,8}))?[^\S\n]{0,2}:")
# (read46d) Pronouns that, after "der" + acronym, are the subject: "Im Interview sagte der FAZ er:"
# (told the FAZ): the acronym is the one spoken to, not the speaker.
_SUBJECT_PRONOUNS: Final = frozenset("er sie es man wir ich ihr".split())


def _closes_lead_in(words: list[str], speaker: str, text: str, cue_at: int) -> bool:
    """Whether "der" + acronym follows the lead-in's verb and closes it before the colon ("Dazu
    sagte der ORF: „…“"), after a phrase that is no subject ("Dazu", "Am Montag"): then no other
    subject comes after it and the acronym is the subject (a dative "sagte der WAZ ein Sprecher:"
    has one). The word before the verb must not be a subject of its own ("Sie sagte der WAZ:"):
    only adverbs and phrases that open on a preposition or "Dazu" are let through (stop 46)."""
    if len(words) != 2 or words[0] != "der" or cue_at <= 0:
        return False
    m = _VERB_DER_ACRONYM_COLON.match(text, cue_at, cue_at + 60)
    if m is None or m.group(1) != speaker or m.group(2) in _SUBJECT_PRONOUNS:
        return False
    opening = text[max(0, cue_at - 40):cue_at].split()
    start = next((k for k in range(len(opening) - 1, -1, -1) if opening[k][-1:] in ".!?:\"“”"), -1) + 1
    first = opening[start].lower() if start < len(opening) else ""
    return first in _NO_SUBJECT_OPENERS


# Words opening a lead-in whose verb comes second with no subject before it ("Dazu sagte der ORF:",
# "Am Montag teilte der ÖAMTC mit:", "Später erklärte der ADAC:").
_NO_SUBJECT_OPENERS: Final = frozenset("""
dazu darauf daraufhin dann später zuvor zudem außerdem auch weiter weiters ebenso gestern heute
am im in auf nach vor bei beim seit gegenüber zur zum auf
""".split())


def _subject_follows(text: str, speaker: str, cue_at: int) -> bool:
    """Whether the words right after the acronym, after the cue at ``cue_at``, open another noun
    phrase, the verb's subject ("sagte der WAZ ein Sprecher", "sagte der MOPO Peter Brandt"):
    then "der X" is the dative, the one spoken to (fix44, review44 #6)."""
    at = text.find(speaker, cue_at, cue_at + _CUE_REACH) if cue_at >= 0 else -1
    if at < 0:
        return False
    after = text[at + len(speaker):at + len(speaker) + 30].split(maxsplit=1)
    first = after[0] if after else ""
    return first[:1].isalpha() and (first[:1].isupper() or first.lower() in _SUBJECT_OPENERS)


_SUBJECT_OPENERS: Final = frozenset("ein eine einer der die das sein seine ihr ihre er sie".split())


def _nearest(text: str, word: str, at: int) -> int:
    """Where ``word`` is written nearest the cue at ``at``: before it ("la CGT témoigne") or
    after it ("Pour la CGT, « … »"), within ``_CUE_REACH`` characters after; -1 if nowhere."""
    before = text.rfind(word, 0, at)
    after = text.find(word, at, at + _CUE_REACH)
    if after < 0 or before >= 0 and at - before <= after - at:
        return before
    return after


def article_acronym(mention: str) -> bool:
    """Whether ``mention`` is "the" and an acronym alone ("the FTC", "the FBI"): in English a
    body, never a person, though it ends on a capitalized word as a person's name does. (Counted
    as a person, it made "it said" after the body's own quote no one: "it" is never the person
    last quoted.)"""
    words = mention.split()
    return len(words) == 2 and words[0].lower() == "the" and is_acronym(words[1])


# "Pour la CGT, « … »", "Para la ONU, «…»", "Para a CUT, “…”": the language's "for", an article,
# an acronym and a comma (the caller has matched "for").
_FOR_ARTICLE_ACRONYM: Final = re.compile(r"(?:la|le|el|a|o)[^\S\n]{1,3}+([A-Z]{2,8})[^\S\n]{0,2},")


def acronym_after_for(text: str, at: int, hi: int) -> tuple[int, int] | None:
    """The span of a body's acronym that the view opening at ``at`` (right after "Pour", "Para")
    gives, after its article and before a comma ("Pour la CGT, « … »"): the quote after is the
    body's, as "Para Ana Ruiz, «…»" is hers; None for anything else, or an acronym of a post."""
    m = _FOR_ARTICLE_ACRONYM.match(text, at, hi)
    if m is None or not is_acronym(m.group(1)) or m.group(1) in _POSTS:
        return None
    return m.start(1), m.end(1)
