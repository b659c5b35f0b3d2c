"""The passes over one article's quotes after each zone's rules have read them (``extract``):
each gives a quote no rule credited the speaker another part of the article shows, in this
order: the person a headline names after its quote and a colon (headline_label), the person a
headline names for the body's "he"/"she" (headline_antecedent), quotes
joined by "and" before one attribution (coordinated_quotes), the same words credited elsewhere
(repeated), the open paragraphs of a quotation over several paragraphs (open_paragraphs), a
section heading's words (heading_quotes), the headline's words (headline_quotes). Pure."""
from __future__ import annotations

from newsbeam.schemas.records import Quote
from newsbeam.transforms.quotes.coordinated_quotes import credit_coordinated
from newsbeam.transforms.quotes.heading_quotes import credit_headings
from newsbeam.transforms.quotes.headline_antecedent import credit_headline_person
from newsbeam.transforms.quotes.headline_label import credit_labelled_headline
from newsbeam.transforms.quotes.headline_quotes import credit_headline
from newsbeam.transforms.quotes.names import NameIndex
from newsbeam.transforms.quotes.open_paragraphs import credit_open_paragraphs
from newsbeam.transforms.quotes.repeated import credit_repeated


def credit_article(quotes: list[Quote], title: str, bullets: list[str], body: str, names: NameIndex,
                   genders: dict[str, str]) -> list[Quote]:
    """``quotes`` (one article's, in reading order) after the article-wide passes."""
    quotes = credit_labelled_headline(quotes, title, body, names)  # "‘We will not accept this’: Maria Okafor" (s59)
    quotes = credit_headline_person(quotes, title, body, names, genders)  # "Interview: Ann Lee …" / "she said"
    quotes = credit_coordinated(quotes, {("title", 0): title, **{("bullet", i): b for i, b in enumerate(bullets)},
                                         ("body", 0): body})  # "“A” and “B,” said X"
    return credit_headline(credit_headings(credit_open_paragraphs(credit_repeated(quotes), body), body))
