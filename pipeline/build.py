"""build_pipeline(): the whole data flow on one screen."""
from __future__ import annotations

import dataclasses
from datetime import datetime

import apache_beam as beam

from transforms.readers import Limits
from transforms.sources import ReadFiles
from transforms.steps import ExtractQuotes, NormalizeArticles, ParseDocuments
from transforms.write import WriteConfig, WriteDataset


@dataclasses.dataclass(frozen=True)
class RunConfig:
    run_id: str
    fetched_at: datetime
    inputs: tuple[str, ...]
    write: WriteConfig
    limits: Limits = Limits()


def _count(name: str):
    return beam.Map(lambda _: (name, 1))


def build_pipeline(p: beam.Pipeline, cfg: RunConfig) -> None:
    """read -> parse -> normalize -> extract -> write, with every reject to its own sink."""
    documents, read_rejects = p | "ReadInputs" >> ReadFiles(
        cfg.inputs, fetched_at=cfg.fetched_at, max_bytes=cfg.limits.max_input_bytes)
    entries, parse_rejects = documents | "ParseDocuments" >> ParseDocuments(cfg.limits)
    articles, normalize_rejects = entries | "Normalize" >> NormalizeArticles(cfg.run_id)
    articles = articles | "ExtractQuotes" >> ExtractQuotes()

    rejects = (read_rejects, parse_rejects, normalize_rejects) | "AllRejects" >> beam.Flatten()
    stats = (
        documents | "CountDocuments" >> _count("inputs"),
        read_rejects | "CountUnreadable" >> _count("inputs"),
        entries | "CountEntries" >> _count("entries"),
    ) | "CountStages" >> beam.Flatten()
    _ = {"articles": articles, "rejects": rejects, "stats": stats} | "WriteDataset" >> WriteDataset(cfg.write)
