"""A company called by its kind's word right after a sentence about it: "Epic Games laid off 900
employees. The company said it hopes ..." (rule ``subject_company``). Outside news writes a
well-known company by its bare name, never introduced with a kind's word (``introduced_bodies``)
nor quoted before (``speaking_body``); the sentence right before is about it (its subject), or
(stop 57) one before sentences of its paragraph that go on about it, and "the company" takes it up. Only a name that is no one's (no first name, no title, no person the
article credits), of two capitalized words or one the article also capitalizes inside a
sentence (a sentence's first word is capitalized whatever it is: "Savers left ..."), and only
the kinds of a business, and (stop 45, culture pages) of a band, when the sentence before is
plainly about the band (``_band_sentence``): "Wet Moss return with a third album. “…,” the band
says." English only.
"""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.lexicon import FUNCTION_WORDS, PLACE_WORDS, PRONOUNS, ROLE_WORDS, TITLES
from newsbeam.transforms.quotes.phrases import subject_of
from newsbeam.transforms.quotes.told_outlets import outlet_words
from newsbeam.transforms.quotes.tokens import WORDS, sentence_before, trim
from newsbeam.transforms.quotes.zone_mentions import zone_mentions

SUBJECT_COMPANY: Final = "subject_company"
# The words for a business (a group, a party, a government is as often another one).
# "the label" is not one (stop 45, second read): as often a product's label ("“May contain
# nuts,” the label warns" is no word of the firm named before).
_BUSINESS: Final = frozenset("""company firm studio startup band duo trio quartet club retailer supermarket airline
carrier lender insurer broadcaster streamer carmaker automaker manufacturer""".split())
# (club: s54; s63: kinds of business; not "the regulator", "the charity": "Apple said … the regulator said" is another)
_BANDS: Final = frozenset("band duo trio quartet".split())  # stop 45: a band's words (culture pages)
# Last words of a name that is the stage, the event or the label, not the band that plays it.
_STAGES: Final = frozenset("""festival fest hall arena stadium theatre theater club records recordings
center centre bowl ballroom tour awards""".split())
_CALENDAR: Final = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december""".split())
_MAX_WORDS: Final = 2  # "Microsoft", "Epic Games": a company's bare name
# Sentences read back: the one right before, or (stop 57) one before sentences of the same paragraph
# whose subject is the company again by its first word or "it" ("Larkspur Devices unveiled …. In a
# blog post, Larkspur explained …. “…,” the company wrote.").
_SENTENCES_BACK: Final = 3
_JOINERS: Final = "’'-_"  # a word joined to another by one of these is no bare name


def subject_company(words: list[str], ctx: ArticleContext, text: str, before: int) -> str | None:
    """The subject of the sentence right before the one holding ``before`` (or of one up to
    ``_SENTENCES_BACK`` back, past sentences of the paragraph about it) when ``words`` are "the"
    and a business's word and that subject is a bare name of one or two capitalized words that is
    no person's; None otherwise."""
    sentences = ctx.sentences
    if sentences is None or len(words) != 2 or words[0].lower() != "the" or trim(words[1]) not in _BUSINESS:
        return None
    p_lo = text.rfind("\n", 0, before) + 1
    at = max(p_lo, sentences.start(p_lo, before))
    between: list[str] = []  # the subjects of the sentences passed over (stop 57)
    for _ in range(_SENTENCES_BACK):
        prev = sentence_before(text, sentences, 0, at)
        if prev is None:
            return None
        s_lo, hi = prev
        subj = subject_of(text, s_lo, hi)
        if subj is None:
            return None
        if subj[0] == s_lo + len(text[s_lo:subj[0]]) - len(text[s_lo:subj[0]].lstrip()) and \
                text[subj[0]:subj[1]] != "It":
            break  # the sentence opens on it: "Microsoft laid off ...", not "In May, ..." nor "It said …"
        if text[subj[0]:subj[1]] == "It" and not _says(ctx, subj[1], hi):
            return None  # "It is the third suit this year", "It must pay": not the company speaking
        between.append(text[subj[0]:subj[1]])
        at = s_lo  # "In a blog post, Larkspur explained …": a sentence about it by its first word
    else:
        return None
    name = text[subj[0]:subj[1]]
    if between and (p_lo > s_lo or any(w not in ("It", "it", name.split()[0]) for w in between)
                    or _another_name(text, subj[1], hi)):
        return None  # only sentences of the same paragraph that go on about the one company named
    parts = name.split()
    if not 1 <= len(parts) <= _MAX_WORDS or not all(p[:1].isupper() for p in parts) or name.endswith(("’s", "'s")):
        return None
    low = {trim(p) for p in parts}
    places = PLACE_WORDS if trim(words[1]) != "club" else frozenset()  # (a club's name is a place's: "Leeds United")
    if low & (FUNCTION_WORDS | PRONOUNS | TITLES | ROLE_WORDS | places) or first_name_sex(name) is not None \
            or ctx.names.titled_gender(name) is not None or ctx.names.fullest(name) in ctx.people \
            or ctx.names.is_person(name):
        return None
    if len(parts) == 1 and not inside_sentence(ctx, text, name) and not (
            _says(ctx, subj[1], hi) and not name.endswith("s") and outlet_words(parts) == 0 and
            not _KIND_THEN_NAME[trim(words[1])].search(text, max(0, before - _KIND_READ), before)):
        return None  # "Savers left lender Corvo": a sentence's first word, capitalized as any is
    if trim(words[1]) in _BANDS and not _band_sentence(text, subj[1], hi, trim(parts[-1])):
        return None
    return name


# Another body introduced with the kind's word before ("tool company Brask"): "the company" may be
# that one (test_introduced_body_null), so a name that merely speaks is not taken.
_KIND_THEN_NAME: Final = {kind: re.compile(rf"\b{kind}[^\S\n]+[A-Z]") for kind in _BUSINESS}
_KIND_READ: Final = 3_000  # characters before the quote read for it (bounded)


def _another_name(text: str, end: int, hi: int) -> bool:
    """The sentence goes on, after its subject ending at ``end``, to name someone or something
    capitalized (not a day or a month): "Larkspur Devices sued Brightwell Foods": two companies."""
    return any(w[:1].isupper() and w.lower().strip(".,;:") not in _CALENDAR for w in WORDS.findall(text[end:hi]))


def _says(ctx: ArticleContext, end: int, hi: int) -> bool:
    """Whether a verb of saying follows the subject ending at ``end`` right away ("Salesforce said on
    Tuesday …": a name that speaks, no common noun; the guide's own example, s54). The caller
    leaves out plurals ("Regulators said") and outlets ("Reuters said": another kind of body)."""
    cue = ctx.cues.first(end, hi) if ctx.cues is not None else None
    return cue is not None and cue.s - end <= 2 and cue.word.lower() in ("said", "says", "announced", "told")


def _band_sentence(text: str, end: int, hi: int, last: str) -> bool:
    """The sentence before "the band" is about the band its subject names (stop 45, second
    read): the subject is no stage, event or label ("Glastonbury Festival opens …", "Mumford
    Hall hosted …"), the sentence names no other band, label or stage after it ("Sub Pop signed
    Vesper Lane", "Vesper Lane signed with Sub Pop": which one is the band is a parse away), and
    it does not already call something the band ("Dunmore Sound is the band's fourth album")."""
    if last in _STAGES:
        return False
    rest = text[end:hi]
    for word in WORDS.findall(rest):
        low = word.lower()
        if low in _BANDS or low.endswith(("’s", "'s")) and low[:-2] in _BANDS:
            return False
        if word[:1].isupper() and low not in _CALENDAR:
            return False
    return True


def inside_sentence(ctx: ArticleContext, text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` capitalized somewhere inside a sentence (not opening it,
    nor a quote): a name, not a common noun that opens its sentence. Its mentions come from the
    article's name index (read once a word, bounded), else from ``text`` itself."""
    found = zone_mentions(ctx, text, word)
    starts = found if found is not None else [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    for at in starts:
        end = at + len(word)
        joined = (at > 0 and text[at - 1] in _JOINERS) or (end < len(text) and text[end] in _JOINERS)
        if joined:
            continue  # "Tarnwick's", "non-Tarnwick": not the bare word
        lead = text[max(0, at - 4):at].rstrip(" ")
        if lead and lead[-1] not in ".!?\n“\"‘:(—–":
            return True
    return False
