"""ExtractQuotes: the extract phase of a write. The quotes of each article the run writes (new
or changed, once it has won against its duplicates and the index), and only of those: an
article a feed repeats unchanged, or a duplicate, costs no extraction.

The step owns the version of the quote rules it applies (``version``, by default
``transforms.quotes.EXTRACTOR_VERSION``): the decide phase is handed it, and an article seen
again unchanged is written again when its rows were extracted under another version.
"""
from __future__ import annotations

from collections.abc import Callable

import apache_beam as beam

from newsbeam.schemas.records import Article
from newsbeam.transforms.document import with_quotes
from newsbeam.transforms.io.dataset import rows_of
from newsbeam.transforms.quotes import EXTRACTOR_VERSION
from newsbeam.transforms.composites.bundle_stats import CountsPerBundle
from newsbeam.transforms.composites.write_config import each, unseal

Extract = Callable[[Article], Article]


class _Extract(CountsPerBundle, beam.DoFn):
    def __init__(self, extract: Extract | None):
        self._extract = extract

    def process(self, element):
        key, article = element
        if isinstance(article, bytes):  # sealed (a caller's own pairs)
            article = unseal(article)
        if self._extract is not None:
            article = self._extract(article)
        self.count("bullets_written", len(article.bullets))
        self.count("quotes_written", len(article.quotes))
        # Handed on as its rows, unsealed: the keying for the bucket shuffle runs in this stage
        # and seals them a batch per bucket (``stage``); the bucket rewrite unpickles tuples, not
        # a Quote per quote, and turns them into columns without a getattr per value.
        yield key, rows_of(article)


class ExtractQuotes(beam.PTransform):
    """``(key, article)`` pairs of the articles to write (the article as ``DecideArticles`` gives
    it, or sealed) → ``(key, rows)`` with each article's quotes (``dataset.ArticleRows``, for the
    keying in the same stage to seal), and ``stats`` (bullets
    and quotes written); returns ``(written, stats)``.
    ``written`` may be a tuple of PCollections (``DecideArticles``' one per decide stage): each
    is extracted apart and the result is a tuple in the same order, so that the extraction fuses
    into the stage that decided (``write_config.each``).

    ``extract`` is the function applied (``with_quotes``; a test may log its calls) and
    ``version`` the version of its rules. ``ExtractQuotes(None)`` writes the articles with the
    quotes they carry (their version None: the decisions then never re-extract)."""

    def __init__(self, extract: Extract | None = with_quotes, version: str | None = EXTRACTOR_VERSION,
                 label: str | None = None):
        super().__init__(label)
        self._extract = extract
        self.version = version if extract is not None else None

    def expand(self, written):
        outs = each(written, "Extract", lambda: beam.ParDo(_Extract(self._extract)).with_outputs(
            _Extract.STATS, main="written"))
        extracted = tuple(out["written"] for out in outs)
        if not isinstance(written, (tuple, list)):
            return extracted[0], outs[0][_Extract.STATS]
        stats = tuple(out[_Extract.STATS] for out in outs)
        return extracted, stats[0] if len(stats) == 1 else stats | "AllStats" >> beam.Flatten()
