"""A person's or a body's words named by what carries them, with its owner before it: "Tom Hale’s
statement described the vote as “a farce”", "Lee’s letter called the plan “reckless”", "Her
letter called it “…”", "Acme’s annual report warned of “…”". The words are the owner's (the guide:
a statement, a post, a letter is its author's); before stop 50 the phrase itself was the speaker
("Tom Hale’s statement", "Lee’s letter": no one's name) or, after a pronoun, no one. The owner is
then read as any mention is: a name widened to its fullest, "Her" as "she", "The senator’s" as
the one person titled so. The held-out pages' second reading (stop 50) found the shape in English
and German copy ("X’s letter to Y went on to …", "Hubers Brief endet mit dem Satz"). Pure."""
from __future__ import annotations

import re
from typing import Final

from newsbeam.transforms.quotes.tokens import trim

# What carries someone's words: their speech, writing or post.
CARRIERS: Final = frozenset("""
statement statements letter letters tweet tweets post posts memo message messages email e-mail
speech remarks comments comment testimony announcement note essay column op-ed editorial memoir
book report reply response answer address
""".split())
# Words that may stand between the owner and the carrier ("Acme’s annual report", "Lee’s
# latest statement", "her open letter", "his first speech").
_MODIFIERS: Final = frozenset("""
annual latest new recent last first final open written brief short joint earlier later farewell
opening closing weekly monthly
""".split())
_POSSESSIVE_PRONOUNS: Final = {"his": "he", "her": "she"}
_TAILS: Final = ("’s", "'s", "’", "'")
_ARTICLES: Final = frozenset(("a", "an", "the"))


def carried_owner(mention: str) -> str:
    """The owner of the words ``mention`` names by their carrier ("Tom Hale’s statement" -> "Tom
    Hale", "Her letter" -> "she", "The senator’s letter" -> "The senator"); ``mention`` itself when
    it names no carrier with an owner before it ("Tom Hale’s lawyer", "the statement"); "A message
    from Tom Hale" -> "Tom Hale"."""
    words = mention.split()
    if len(words) > 7:
        return mention
    for k, word in enumerate(words[1:4], 1):
        if word in ("from", "by") and trim(words[k - 1]) in CARRIERS and words[k - 1].islower() and \
                k + 1 < len(words) and words[-1][:1].isupper() and words[0].lower() in _ARTICLES:
            return " ".join(words[k + 1:])  # "A message from Tom Hale", "the letter by Acme" (who is read as any name)
    if len(words) < 2 or trim(words[-1]) not in CARRIERS or not words[-1].islower():
        return mention
    k = len(words) - 1
    while k > 0 and words[k - 1].lower() in _MODIFIERS:
        k -= 1
    if k == 0:
        return mention
    owner = words[k - 1]
    if k == 1 and owner.lower() in _POSSESSIVE_PRONOUNS:
        return _POSSESSIVE_PRONOUNS[owner.lower()]
    for tail in _TAILS:
        if owner.endswith(tail) and len(owner) > len(tail) + 1 and (owner[:1].isupper() or k >= 2):
            bare = [*words[:k - 1], owner[:-len(tail)]]
            return " ".join(bare) if bare[0][:1].isupper() or bare[0].lower() in ("the", "a", "an") else mention
    return mention


# "<Owner>’s [modifiers] <carrier> to|for|from" right before a mention: the mention is the
# letter's addressee, the sentence's subject is the carrier ("Trump’s letter to Støre went on to
# …": the subject read before the verb had been "Støre").
_OWNER_THEN_CARRIER: Final = re.compile(
    r"(?<![\w’'\-])((?:[A-Z][\w\-]{0,30}+[^\S\n]){0,3}[A-Z][\w\-]{0,30}+)(?:’s|'s|’)[^\S\n]+"
    r"(?:[a-z][\w\-]{1,20}+[^\S\n]+){0,2}?(" + "|".join(sorted(CARRIERS)) + r")[^\S\n]+(?:to|for)[^\S\n]+(?:the[^\S\n]+)?$")


def owner_before_addressee(text: str, at: int) -> str | None:
    """The owner of the carrier right before the mention at ``text[at]`` when the mention is its
    addressee ("Trump" for "Støre" in "Trump’s letter to Støre went on to …"); None otherwise."""
    m = _OWNER_THEN_CARRIER.search(text, max(0, at - 120), at)
    if m is None or m.group(1).split()[0] in ("The", "A", "An", "In"):
        return None
    return m.group(1)
