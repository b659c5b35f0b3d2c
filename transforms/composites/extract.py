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
from apache_beam.transforms.window import GlobalWindows

from newsbeam.schemas.records import Article
from newsbeam.transforms.document import with_quotes
from newsbeam.transforms.io.dataset import rows_of
from newsbeam.transforms.quotes import EXTRACTOR_VERSION
from newsbeam.transforms.composites.write_config import each, seal, stat, unseal

Extract = Callable[[Article], Article]


class _Extract(beam.DoFn):
    STATS = "stats"

    def __init__(self, extract: Extract | None):
        self._extract = extract

    def start_bundle(self):
        self._written = None  # [bullets, quotes] of the bundle's articles; None: no article yet

    def process(self, element):
        key, blob = element
        article = unseal(blob)
        if self._extract is not None:
            article = self._extract(article)
            # Sealed as its rows: the bucket rewrite unpickles tuples, not a Quote per quote,
            # and turns them into columns without a getattr per value.
            blob = seal(rows_of(article))
        yield key, blob
        if self._written is None:
            self._written = [0, 0]
        self._written[0] += len(article.bullets)
        self._written[1] += len(article.quotes)

    def finish_bundle(self):
        # Counted per bundle, not as two stat pairs per article: 2 elements fewer per article
        # through the data plane and the stats' combine; the sums are the same.
        if self._written is not None:
            for name, n in zip(("bullets_written", "quotes_written"), self._written):
                yield beam.pvalue.TaggedOutput(self.STATS, GlobalWindows.windowed_value(stat(name, n)))


class ExtractQuotes(beam.PTransform):
    """``(key, sealed article)`` pairs of the articles to write → the same pairs with each
    article's quotes, and ``stats`` (bullets and quotes written); returns ``(written, stats)``.
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
