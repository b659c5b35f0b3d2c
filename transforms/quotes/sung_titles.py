"""A song's title after a verb of singing (stop 53): "Ben Lake sang “Moon River”", "you will see
Ann Cole singing “Won’t You Be My Neighbor”". "sang" is a verb of saying when it carries the
words sung ("“…,” she sang"), but a quote in title case right after it, with nothing between,
is the name of the song (the guide: titles of works are scare, no speaker). English. Pure."""
from __future__ import annotations

from typing import Final

from newsbeam.transforms.quotes.kinds import is_title_of_work
from newsbeam.transforms.quotes.language import current as current_language
from newsbeam.transforms.quotes.marks import Span

_SINGING: Final = frozenset("sang sing sings singing sung performed performing performs covered covering".split())


def sung_title(text: str, span: Span) -> bool:
    """Whether the quote ``span`` of ``text`` is a title in title case right after a verb of singing."""
    if current_language().code != "en":
        return False
    before = text[max(0, span.open_at - 16):span.open_at]
    words = before.split()
    return bool(words) and before[-1:].isspace() and words[-1].lower() in _SINGING and \
        is_title_of_work(text[span.start:span.end], span)
