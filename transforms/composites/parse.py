"""The middle of the pipeline: documents -> entries -> articles (quotes are extracted later, by
``WriteDataset``'s ``finish``, for the articles that are written).

Each composite wraps a pure function from its own module and routes failures to a rejects
output; nothing here holds logic of its own.
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam import pvalue

from newsbeam.schemas.records import Entry, Reject
from newsbeam.transforms.normalize import NormalizeError, normalize_entry, to_reject
from newsbeam.transforms.formats.read import Limits, read_document

REJECTS = "rejects"


class _Parse(beam.DoFn):
    def __init__(self, limits: Limits):
        self._limits = limits

    def process(self, document):
        for item in read_document(document, self._limits):
            if isinstance(item, Reject):
                yield pvalue.TaggedOutput(REJECTS, item)
            else:
                yield item


class ParseDocuments(beam.PTransform):
    """Documents -> (entries, rejects).

    With ``spread`` (distributed runners) the entries are reshuffled, so one big feed's entries
    spread over the workers. On the in-process runner a Reshuffle only holds every entry, raw
    HTML included, in memory and pickles it twice more; files are spread already.
    """

    def __init__(self, limits: Limits, *, spread: bool = True, label=None):
        super().__init__(label)
        self._limits = limits
        self._spread = spread

    def expand(self, documents):
        parsed = documents | "Parse" >> beam.ParDo(_Parse(self._limits)).with_outputs(REJECTS, main="entries")
        entries = parsed.entries
        if self._spread:
            entries = entries | "SpreadEntries" >> beam.Reshuffle()
        return entries, parsed[REJECTS]


class _Normalize(beam.DoFn):
    def __init__(self, run_id: str):
        self._run_id = run_id

    def process(self, entry: Entry):
        try:
            yield normalize_entry(entry, self._run_id)
        except NormalizeError as exc:
            yield pvalue.TaggedOutput(REJECTS, to_reject(entry, exc, self._run_id))


class NormalizeArticles(beam.PTransform):
    """Entries -> (articles, rejects)."""

    def __init__(self, run_id: str, label=None):
        super().__init__(label)
        self._run_id = run_id

    def expand(self, entries):
        out = entries | "NormalizeEntry" >> beam.ParDo(_Normalize(self._run_id)).with_outputs(
            REJECTS, main="articles")
        return out.articles, out[REJECTS]
