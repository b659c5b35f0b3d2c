"""The titles a review headline lists after its label (issue 16, stop 45): "Film reviews:
‘Harbor Lights,’ ‘Miro’ and ‘Night Ferry’", "Review: ‘The Salt Roads’ is a slow drift",
"Kritik: „Die Salzstraße“", "Reseña: «La ruta de la sal»". Culture pages and magazines head
a review or a roundup of reviews so; the quotes are the titles of the works reviewed, ``scare``
with no speaker (the guide: titles of works in a review roundup are scare). A quote right after
a headline's colon is read as a sentence elsewhere (``direct``): the label before the colon is
what tells a title.

The shape read: a headline that opens on a label of at most three words ending on a noun for
reviews (``_REVIEW_WORDS``) and a colon, then one quote, or a list of quotes joined only by
commas and "and" (``_JOINS``), each opening on a capital. Pure; the label and the gaps are
read on the headline's own line, a few words each.
"""
from __future__ import annotations

from typing import Final, Sequence

from newsbeam.transforms.quotes.marks import Span
from newsbeam.transforms.quotes.tokens import mark_end

# Nouns that label a headline as a review ("Film reviews:", "Review:", "Buchkritik:").
_REVIEW_WORDS: Final = frozenset("""review reviews
kritik kritiken rezension rezensionen buchkritik filmkritik theaterkritik
critique critiques
crítica críticas reseña reseñas resenha resenhas""".split())
# Of those, the ones that also head news ("Spending review: ‘No return to austerity,’ Lee says",
# "Scharfe Kritik: „Die Regierung versagt“", "Vives critiques : « … »"): a review label only
# alone in English or before a list of titles ("Kritik: „A“ und „B“"), or after a word of the
# arts in the label (second read, stop 45).
_AMBIGUOUS: Final = frozenset("review reviews kritik kritiken critique critiques crítica críticas".split())
_ARTS: Final = frozenset("""film films movie movies book books theatre theater tv television album albums
music concert concerts opera dance game games art exhibition stage podcast series show restaurant
documentary record records gig gigs
kino buch theater oper konzert musik ausstellung
cinéma livre livres théâtre opéra concert disque exposition
cine libro libros teatro ópera concierto disco exposición
cinema livro livros teatro ópera concerto disco exposição""".split())
# A headline that goes on to say who spoke ("…,’ Lee says"): its quotes are speech, not titles.
_SAYS: Final = frozenset("says said sagt sagte dice dijo dit affirme diz disse".split())
_LABEL_WORDS: Final = 3  # words of the label, at most ("TV and film reviews" is four: not read)
_LABEL_MAX: Final = 40  # characters of the label, at most
# What may stand between two listed titles, besides commas and spaces.
_JOINS: Final = frozenset("and & und y e et".split())
_GAP_MAX: Final = 8  # characters between two listed titles, at most
_LIST_MAX: Final = 8  # titles of one list, at most: each quote reads back that many at most


def reviewed_title(text: str, spans: Sequence[Span], k: int) -> bool:
    """The quote ``spans[k]`` of a headline is the title of a reviewed work (see the module)."""
    span = spans[k]
    if span.continued or not text[span.start:span.start + 1].isupper():
        return False
    j = k
    while j > 0 and _listed_after(text, spans[j - 1], spans[j]):
        j -= 1
        if k - j >= _LIST_MAX or not text[spans[j].start:spans[j].start + 1].isupper():
            return False  # (a headline lists a few titles: a longer run is read no further)
    first = spans[j]
    line = text.rfind("\n", 0, first.open_at) + 1
    if first.open_at - line > _LABEL_MAX:
        return False
    label = text[line:first.open_at].strip()
    if not label.endswith(":"):
        return False
    words = label[:-1].split()
    if not 0 < len(words) <= _LABEL_WORDS or words[-1].lower() not in _REVIEW_WORDS:
        return False
    listed = j < k or k + 1 < len(spans) and _listed_after(text, spans[k], spans[k + 1])
    if words[-1].lower() in _AMBIGUOUS and not (
            len(words) == 1 and (words[0].lower().startswith("review") or listed) or
            any(w.lower().strip("-") in _ARTS for w in words[:-1])):
        return False  # "Spending review: ‘…’", "Scharfe Kritik: „…“": news, not a review's label
    line_end = text.find("\n", span.open_at)
    after = text[mark_end(text, spans[k]):line_end if line_end >= 0 else len(text)][:_LABEL_MAX]
    return not any(w.strip(",.;:!?").lower() in _SAYS for w in after.split())


def _listed_after(text: str, before: Span, span: Span) -> bool:
    """``span`` follows ``before`` on its line with only commas, spaces and a joining word
    between them."""
    if before.close_at < 0 or before.paragraph != span.paragraph:
        return False
    end = mark_end(text, before)
    if span.open_at - end > _GAP_MAX or span.open_at < end:
        return False
    gap = text[end:span.open_at].replace(",", " ").split()
    return all(w.lower() in _JOINS for w in gap) and len(gap) <= 1
