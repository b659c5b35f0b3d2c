"""Where one zone's text writes a word as a whole word, read from the article's name index
(``NameIndex.mentions``: found once a word for the whole article, at most 200), not by a new
scan of the whole text for every quote that asks (read43 F3, F4). Pure function."""
from __future__ import annotations

from newsbeam.transforms.quotes.context import ArticleContext
from newsbeam.transforms.quotes.names import NameIndex


def zone_mentions(ctx: ArticleContext, text: str, word: str) -> list[int] | None:
    """The starts of ``word`` as a whole word in ``text``, in order; None when ``text`` is no
    text the index was built from (a headline in title case is left out of it): the caller
    then reads ``text`` itself."""
    return text_mentions(ctx.names, text, word)


def text_mentions(names: NameIndex, text: str, word: str) -> list[int] | None:
    """``zone_mentions`` for a reader that holds the article's name index only (given_alone)."""
    texts = names.texts()
    zone = next((t for t, held in enumerate(texts) if held is text), None)
    if zone is None:
        zone = next((t for t, held in enumerate(texts) if held == text), None)
    if zone is None:
        return None
    return [at for t, at in names.mentions(word) if t == zone]
