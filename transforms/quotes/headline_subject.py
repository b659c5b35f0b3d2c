"""A headline in title case runs its subject into its verb: "Carney Hits Back at Trump: ‘...’",
"Lee Publicly Rebukes Park, Urges ‘...’". The speaker is the person the subject names, the
words before the verb."""
from __future__ import annotations

from newsbeam.transforms.quotes.context import ArticleContext


def _verb_like(word: str) -> bool:
    """A capitalized word that a title-case headline's verb or adverb looks like: "Hits",
    "Rebukes", "Publicly" (not a name's "Ross" or "Burns": those the caller checks)."""
    low = word.lower()
    return word[:1].isupper() and low.isalpha() and len(low) > 3 and (
        low.endswith("ly") or low.endswith("s") and not low.endswith(("ss", "us", "is")))


def headline_subject(mention: str, ctx: ArticleContext) -> str:
    """``mention`` cut before its first verb-like word when the words before it are a person
    the article names ("Carney Hits Back" -> "Carney"); else ``mention`` as it is."""
    words = mention.split()
    for k in range(1, min(len(words) - 1, 4)):  # the verb has words after it: "Hits Back"
        if _verb_like(words[k]):
            subject = " ".join(words[:k])
            if ctx.names.is_person(subject) and not _verb_like(words[k - 1]) and \
                    not ctx.names.is_person(" ".join(words[:k + 1])):  # "Mark Kelly" is a name
                return subject
            return mention
    return mention
