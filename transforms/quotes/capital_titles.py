"""``«…», enfatizó el Mandatario``: Spanish and Portuguese papers (Latin American ones above all)
often write an office with a capital after its article ("el Presidente", "la Ministra", "o
Prefeito", "la Rectora"). With the capital the extractor read the word as a name no one bears and
gave the quote null, though "el presidente" in lower case is resolved to the person the article
gave that office. The mention is that description: an article and one title of the language's
list, capitalized; it is written in lower case before it is resolved, so it stands for the same
person the lower-case title would. A capitalized word that is no title ("el Negro", "la Pantera")
is left as it is. Pure; one split of a short mention.
"""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes import lexicon_es, lexicon_pt

# The articles before a title and the titles, by language.
_ARTICLES: Final = {"es": frozenset(("el", "la")), "pt": frozenset(("o", "a"))}
_TITLES: Final = {"es": lexicon_es.TITLES, "pt": lexicon_pt.TITLES}


def lower_title(mention: str, code: str) -> str:
    """``mention`` with its title in lower case when it is an article and one capitalized title
    of language ``code`` ("el Mandatario" -> "el mandatario"); else ``mention`` itself."""
    articles = _ARTICLES.get(code)
    if articles is None:
        return mention
    words = mention.split()
    if len(words) != 2 or words[0].lower() not in articles or not words[1][:1].isupper() or \
            words[1].isupper() or words[1].lower() not in _TITLES[code]:
        return mention
    return f"{words[0]} {words[1].lower()}"
