"""``Ann Lee wrote in a statement to the Herald explaining why she runs, “…”``: the phrase right
before a reporting participle is the object of a preposition ("to the Herald", "to supporters"),
not the participle's subject; the participle is the clause subject's (``shapes.lead_in`` reads
on as for any participle; rule ``participle_object``, recorded under that name).
English. Pure function, bounded (it reads the one word before the phrase)."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.names import is_org, is_person_like
from newsbeam.transforms.quotes.titles import split_title

# Not "of", "from", "by", "with": "a video of Lee saying", "a letter from Lee saying", "booed by
# protesters chanting", "ended with Lee saying" name the one who speaks.
_GOVERNING: Final = frozenset("to for at in on".split())
# After a verb of perceiving or pointing the governed phrase is the participle's subject ("listened
# to Hale explaining", "looked at Lee saying", "pointed to Lee saying").
_PERCEIVING: Final = frozenset("""
listen listens listened listening look looks looked looking stare stares stared staring glance
glanced point points pointed pointing turn turns turned turning
""".split())


def object_before_participle(text: str, np: tuple[int, int], cue_s: int, cue_word: str) -> bool:
    """True when ``text[np[0]:np[1]]`` stands right before the participle ``cue_word`` (at
    ``cue_s``, no comma between) and right after a preposition that governs it."""
    if current_language().code != "en" or not cue_word.lower().endswith("ing") or text[np[1]:cue_s].strip():
        return False
    head = text[max(0, np[0] - 30):np[0]]
    if not head.endswith((" ", "\u00a0")):
        return False
    words = head.split()
    return bool(words) and words[-1].lower() in _GOVERNING and not (
        len(words) > 1 and words[-2].lower() in _PERCEIVING)


_PERSONAL: Final = frozenset("he she they we i".split())
_DESCRIBING: Final = frozenset("his her their its our the a an".split())


def subject_fits(mention: str, ctx: ArticleContext | None) -> bool:
    """Whether the clause subject found in place of the governed phrase may take the
    participle: a personal pronoun, a lower-case description ("her campaign"), a person the
    article knows or a full name that is no organisation; not a capitalized word alone the
    subject search stopped at ("Snopes fact checker and staff writer ..." -> "Snopes")."""
    words = mention.split()
    if not words:
        return False
    if len(words) == 1 and words[0].lower() in _PERSONAL or words[0][:1].islower() or \
            len(words) > 1 and words[0].lower() in _DESCRIBING:
        return True
    name = split_title(mention) if is_person_like(mention) else ""
    if not name or is_org(name):
        return False
    return len(name.split()) >= 2 or ctx is not None and (
        ctx.names.fullest(name) in ctx.people or ctx.names.is_person(name))
