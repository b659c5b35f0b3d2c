"""Rule ``mood_over_subject`` (issue 16): a partial quote in a German sentence in Konjunktiv I
whose subject is a thing, not a person: „Während der Marke der Spaß fehle, sagt Lang, … Die
Schuhe seien „alltagstauglicher“." The sentence reports the speech of the person credited just
before (in its paragraph or the one before it), as ``reported_mood`` finds it for a sentence
with no subject read; the subject ("Die Schuhe") is what is spoken about, not who speaks.

Null as before when the subject is a person the article knows or a name of two words or more
(someone else named), a pronoun (resolved as any pronoun), when the sentence names another
person before its verb, or when the last quote in the paragraph was credited to no one."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.context import ArticleContext, Finding
from newsbeam.transforms.quotes.kinds import REPORTED_MOOD as MOOD_FORMS
from newsbeam.transforms.quotes.kinds import in_reported_mood
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.mood import names_another, reported_speaker, reporter_before
from newsbeam.transforms.quotes.mood_partial import uncredited_quote_before
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.shapes import known_person
from newsbeam.transforms.quotes.titles import split_title

MOOD_OVER_SUBJECT: Final = "mood_over_subject"


def is_thing(mention: str, ctx: ArticleContext) -> bool:
    """A sentence subject that is no one who speaks: not a pronoun, not a person the article
    knows, not a name of two words or more."""
    if not mention or current_language().pronouns.get(mention.lower()) or known_person(mention, ctx):
        return False
    return not (len(split_title(mention).split()) >= 2 and is_person_like(mention))


def mood_over_subject(text: str, ctx: ArticleContext, found: Finding, s_lo: int, s_hi: int,
                      span: Span) -> Finding | None:
    """The speaker of a partial quote whose sentence (``text[s_lo:s_hi]``) the fallback gave
    to a thing as its subject (``found``), when the sentence is in Konjunktiv I (see the
    module), or None."""
    if current_language().code != "de" or span.open_at <= s_lo or not is_thing(found.mention, ctx):
        return None
    if not in_reported_mood(text, s_lo, s_hi, span, "de"):
        return None
    if names_another(text, s_lo, span.open_at) or uncredited_quote_before(text, ctx, span.open_at):
        return None
    person = reported_speaker(text, ctx, span.open_at) or reporter_before(text, ctx, s_lo)
    if person:
        other = newer_subject(text, ctx, s_lo, person)
        person = person if other is None else other
    return Finding(person, None, "explicit", -1, MOOD_OVER_SUBJECT) if person else None


_SENTENCES_BACK: Final = 4  # sentences of the paragraph read back for another subject


def newer_subject(text: str, ctx: ArticleContext, s_lo: int, person: str) -> str | None:
    """Another person the article knows who is the subject of a sentence between the last quote
    credited to ``person`` and the sentence at ``s_lo``, in that sentence's paragraph ("Der
    Händler Tom Weber sieht das anders. Die Kundschaft sei „preisbewusst“": Tom Weber's words,
    not those of the speaker quoted before), nearest first; "" (no one) for a name the article
    does not know as a person's; else None (``person`` stays)."""
    assert ctx.sentences is not None
    p_lo = text.rfind("\n", 0, s_lo) + 1
    last = max((o for o, who, _ in ctx.credits if o < s_lo and who == person), default=-1)
    hi = s_lo
    for _ in range(_SENTENCES_BACK):
        if hi <= max(p_lo, last + 1):
            return None
        lo = ctx.sentences.start(p_lo, hi - 1)
        if lo < last:
            return None
        sentence = text[lo:hi]
        if any(w.strip(",;:.") in MOOD_FORMS.get("de", ()) for w in sentence.lower().split()):
            return None  # more reported speech ("Lee habe ... benutzt"): its subject is spoken about
        if person + " " in sentence.lstrip()[:len(person) + 40]:
            # the sentence is about ``person`` ("Karl Brenner hat … geworben.", "Bundestagspräsidentin
            # Bärbel Bas mahnte …": stop 53)
            return None
        other = opening_person(sentence, ctx)
        if other is not None:
            return other if other != person else None
        assert ctx.cues is not None
        if ctx.cues.first(lo, hi) is not None:
            return None  # a sentence that reports speech of its own: whose, the rules before decided
        hi = lo
    return None


_OPENERS: Final = frozenset("der die das auch doch aber und nur".split())


def known_person_de(mention: str, ctx: ArticleContext) -> bool:
    """A person the article knows, or a name of two words on a known first name ("Karl Brenner",
    named once: stop 53; not "Lukas Brandts Antrag")."""
    return known_person(mention, ctx) or len(mention.split()) == 2 and first_name_sex(mention) is not None


def opening_person(sentence: str, ctx: ArticleContext) -> str | None:
    """The person the article knows whom a German sentence opens on as its subject, before its
    verb: "Der Händler Tom Weber sieht das anders." -> Tom Weber (its fullest name); else None."""
    words = sentence.split()[:8]
    while words and words[0].lower() in _OPENERS:
        words.pop(0)
    run = []
    for w in words:
        if not w[:1].isupper() or w[-1:] in ",;:":
            break
        run.append(w.strip(".„“\"»«()"))
    lang = current_language()
    if not run or len(run) == len(words) or run[0].lower() in lang.function_words or run[0].lower() in lang.prepositions:
        return None  # no verb after the capitalized words, or a phrase on a preposition: no subject read
    for k in (3, 2, 1):
        mention = " ".join(run[-k:])
        if len(run) >= k and known_person(mention, ctx):
            full = ctx.names.fullest(split_title(mention))
            # (a person's name: capitalized words only, "Vertretern des AStA" is a body's)
            return full if all(w[:1].isupper() for w in full.split()) and is_person_like(full) else None
    if len(run) >= 2 and is_person_like(" ".join(run[-2:])):
        return ""  # someone named whom the article does not know as a person: no one (rather null)
    return None
