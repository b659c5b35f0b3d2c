"""WriteDataset: a run's articles and rejects written to the dataset, in three phases, each its
own composite (in the manner of Beam's ``iobase.WriteImpl``):

    articles → decide (``transforms.composites.decide``: new, changed, unchanged, stale, duplicate)
             → extract (``transforms.composites.extract``: quotes of what is written, and only of that)
             → commit (``transforms.composites.stage``: bucket files and index shards, staged)
    rejects, duplicates → their own sink (``stage.StageRejects``); stat pairs → ``stage.StageStats``

``pipeline.build.build_pipeline`` wires the same phases itself, so that the run reads as one
sentence; this composite is that wiring for a library caller or a test that hands over articles.
Nothing here changes the live dataset: ``commit.commit(location, run_id)`` makes the staged
files live once the pipeline has finished, as ``pipeline.run.run_batch`` does.
"""
from __future__ import annotations

import apache_beam as beam

from newsbeam.transforms.composites.decide import DecideArticles
from newsbeam.transforms.composites.extract import ExtractQuotes
from newsbeam.transforms.composites.stage import StageArticles, StageRejects, StageStats
from newsbeam.transforms.composites.write_config import (  # noqa: F401  (the names callers import from here)
    PARTITION_SCHEMES,
    WRITE_MODES,
    Chunking,
    WriteConfig,
)

CURRENT_RULES = object()  # WriteDataset's default: extract with the current quote rules


class WriteDataset(beam.PTransform):
    """Stage ``{"articles", "rejects", "stats"}`` for the dataset; returns the run's summed stat
    pairs. ``extract`` is the extract phase (``ExtractQuotes()``, the current quote rules, by
    default); ``None`` writes the articles with the quotes they carry."""

    def __init__(self, cfg: WriteConfig, extract: ExtractQuotes | None | object = CURRENT_RULES,
                 label: str | None = None):
        super().__init__(label)
        self._cfg = cfg
        self._extract = (ExtractQuotes() if extract is CURRENT_RULES
                         else extract if isinstance(extract, ExtractQuotes) else ExtractQuotes(None))

    def expand(self, pcolls):
        cfg, extract = self._cfg, self._extract
        decided = pcolls["articles"] | "Decide" >> DecideArticles(cfg, extractor=extract.version)
        written, extract_stats = decided.written | "Extract" >> extract
        article_stats = decided._replace(written=written) | "Commit" >> StageArticles(cfg)
        reject_stats = ((pcolls["rejects"], decided.duplicates)
                        | "AllRejects" >> beam.Flatten()
                        | "Rejects" >> StageRejects(cfg))
        return ((pcolls["stats"], decided.stats, extract_stats, article_stats, reject_stats)
                | "Stats" >> StageStats(cfg))
