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

import re
from typing import Final

from newsbeam.transforms.quotes import lexicon_es, lexicon_pt

# The articles before a title and the titles, by language.
_ARTICLES: Final = {"es": frozenset(("el", "la")), "pt": frozenset(("o", "a"))}
_TITLES: Final = {"es": lexicon_es.TITLES, "pt": lexicon_pt.TITLES}
_RELATIVES: Final = frozenset(("quien", "que"))
# Titles that capitalized name a body, not its head: "o Executivo" is the Government (s57).
_BODIES: Final = frozenset(("executivo", "ejecutivo"))
_ARTICLE_BEFORE: Final = re.compile(r"(?:^|[^\w])(\w{1,2})[^\S\n]$")


def lower_title(mention: str, code: str) -> str:
    """``mention`` with its title in lower case when it is an article and one capitalized title
    of language ``code`` ("el Mandatario" -> "el mandatario"); else ``mention`` itself."""
    articles = _ARTICLES.get(code)
    if articles is None:
        return mention
    words = mention.split()
    if len(words) == 3 and words[1].endswith(",") and words[2].lower() in _RELATIVES:
        # "el Presidente, quien": the title of the description a relative pronoun closes (s57)
        return f"{lower_title(mention.rsplit(None, 1)[0].rstrip(','), code)}, {words[2]}"
    if len(words) != 2 or words[0].lower() not in articles or not words[1][:1].isupper() or \
            words[1].isupper() or words[1].lower() not in _TITLES[code] or words[1].lower() in _BODIES:
        return mention
    return f"{words[0]} {words[1].lower()}"


def titled_article(text: str, at: int, code: str) -> int:
    """Where the antecedent of a relative pronoun written at ``at`` opens, with the article right
    before it when it is one capitalized title ("afirmó el Presidente, quien insistió": "el
    Presidente", read as "el presidente"); else ``at``."""
    articles = _ARTICLES.get(code)
    words = text[at:at + 40].split(None, 1)
    if articles is None or not words:
        return at
    word = words[0].rstrip(",")
    before = text[max(0, at - 4):at]
    m = _ARTICLE_BEFORE.search(before)
    if m is None or m.group(1).lower() not in articles or not word[:1].isupper() or word.isupper() \
            or word.lower() not in _TITLES[code]:
        return at
    return at - len(before) + m.start(1)
