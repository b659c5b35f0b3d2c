"""Whom German "er"/"sie" stands for when a sentence between the last credited quote and the
pronoun opens on another person (issue 16, stop 43): "„…“, betonte Söder. Innenminister
Joachim Herrmann rief die Menschen zur Vernunft auf. „…“, sagte er." is Herrmann's, not
Söder's. The resolver (pronouns_intl) gave a pronoun to the person last credited in its
paragraph before reading the sentences in between; a reader takes the newest subject, as
``mood_subject.newer_subject`` already does for reported speech in Konjunktiv I. The same walk
back is used here: sentences of the paragraph after the credited quote, nearest first, none in
Konjunktiv I (its subject is spoken about) and none reporting speech of its own before the one
that opens on the person. Pure function."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.background_de import is_background, quote_points_at_someone
from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.first_names import first_name_sex
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.mood_subject import newer_subject
from newsbeam.transforms.quotes.names import is_person_like
from newsbeam.transforms.quotes.pronouns_de import gender_of
from newsbeam.transforms.quotes.tokens import sentence_before


def newer_antecedent(text: str, ctx: ArticleContext, p_lo: int, before: int, credited: str,
                     gender: str) -> str | None:
    """The person the article knows who opens a sentence between the quote last credited to
    ``credited`` and the pronoun's sentence (the one holding ``before``), in the paragraph from
    ``p_lo``, when the article shows no other sex for them than the pronoun's (``gender``: "m"
    for "er"; for "sie", which is also "they", only a woman as the article shows); else None
    (``credited`` stays). German only."""
    if current_language().code != "de" or ctx.sentences is None:
        return None
    s_lo = ctx.sentences.start(p_lo, before)
    other = newer_subject(text, ctx, s_lo, credited)
    if other == "":
        # a name said once, not yet known as a person's: taken when its first name has one sex
        # ("Innenminister Joachim Herrmann rief …"), else the credit stays
        other = _named_once(text, ctx, p_lo, s_lo)
    if not other or other == credited or _in_background(text, ctx, p_lo, s_lo, before, other):
        return None
    known = gender_of(text, ctx, other)
    return other if known == gender or gender == "m" and known is None else None


def _named_once(text: str, ctx: ArticleContext, p_lo: int, s_lo: int) -> str | None:
    """The name of two words or more whose first name has one sex that opens the sentence right
    before ``s_lo`` as its subject (capitalized words up to the verb, after a title), else None."""
    assert ctx.sentences is not None
    prev = sentence_before(text, ctx.sentences, p_lo, s_lo)
    if prev is None:
        return None
    words = text[prev[0]:prev[1]].split()[:_OPENING_WORDS]
    while words and words[0].lower() in _PARTICLES:
        words.pop(0)
    run: list[str] = []
    for w in words:
        if not w[:1].isupper() or w[-1:] in ",;:.":
            break
        run.append(w)
    if not run or len(run) == len(words) or run[0].lower() in current_language().function_words:
        return None  # no lower-case verb after the run, or a phrase on a preposition
    if words[len(run)].lower() in _JOINED:
        return None  # "Tom Weber und Anna Keller hörten zu": two people, no one of them
    # the run's last two words, a first name and a surname ("Innenminister Joachim Herrmann"),
    # or three with two first names: "Peter Maiers Vorschlag", "Konrad Adenauer Straße" end on
    # a noun (every German noun is capitalized) and name no one (review43 F1)
    for k in (3, 2):
        name = " ".join(run[-k:])
        given = k == 2 or first_name_sex(" ".join(run[-2:])) is not None
        if len(run) >= k and given and first_name_sex(name) is not None and is_person_like(name):
            return ctx.names.fullest(name)
    return None


def _in_background(text: str, ctx: ArticleContext, p_lo: int, s_lo: int, before: int, other: str) -> bool:
    """True when the last sentence naming ``other`` before ``s_lo`` is background (passive,
    pluperfect, the past: background_de) or the quote opening at ``before`` speaks
    about someone ("auf sie"): the credit stays with the one quoted before (review43 F2). The
    sentence is the zone's (``ctx.sentences``): "Dr. ", "z. B." do not cut it."""
    assert ctx.sentences is not None
    at = text.rfind(other.split()[-1], p_lo, s_lo)
    lo = ctx.sentences.start(p_lo, at) if at >= 0 else s_lo
    return is_background(text[lo:s_lo]) or quote_points_at_someone(text, before)


_OPENING_WORDS: Final = 8  # words of a sentence read for its opening name
_PARTICLES: Final = frozenset("auch doch aber und nur selbst sogar".split())  # before the subject
_JOINED: Final = frozenset(("und", "sowie", "oder"))
