"""What a local run's pool process imports before it forks its workers (``workers._preload``).

Kept apart from ``workers`` (the pool's processes and pipes): a list of module names, which
imports nothing itself.
"""
from __future__ import annotations

# The modules a worker needs to run newsbeam's stages, imported before it takes its first
# pipeline: Beam's harness, the modules the pickled DoFns live in, and what those stages import
# only when they first run (so that the main process, which builds the graph, never loads it):
# the quote extractor (``document.with_quotes``: 0.3 s of CPU, pure Python), pyarrow's Acero
# and dataset modules (``Table.group_by`` in ``index.summarize_index_shard``) and the IDNA codecs
# (``urls.canonicalize_url``). Imported here once, before the fork, they are shared by every
# worker; left to the stages, each worker imported them again inside its first bundles, on the
# critical path (bench/README.md, "Stop 32, scaling").
# The stage modules every runner's workers need (also the Dask workers' preload, dask_preload).
STAGE_MODULES = (
    "newsbeam.pipeline.build",
    "newsbeam.transforms.composites.write",
    "newsbeam.transforms.io.dataset",
    "newsbeam.transforms.quotes.extract",
    "newsbeam.transforms.formats.feeds",  # formats.read and dates import feedparser and lxml.html
    "newsbeam.transforms.formats.htmlpage",  # where a feed or page is read first: here, once
    "feedparser.datetimes",
    "pyarrow.parquet",
    "pyarrow.compute",
)
# After them, what every forked worker still imported for itself in its first bundles (its
# modules after the fork, listed on a 2-worker feeds run: 53, the same in both workers): ftfy
# with wcwidth and the code pages its sloppy codecs build (``mojibake.repair``, on the first text
# that may hold mojibake: 234 M instructions a worker) and the gRPC channel modules the harness
# imports when it connects (``grpc._channel``, ``_interceptor``, ``_utilities``; ``secrets``: 15 M).
# Imported here they are paid once per pool, not once per worker (bench/README.md, "Stop 43, scale7").
AFTER_FORK_MODULES = ("ftfy", "ftfy.badness", "grpc._channel", "grpc._interceptor", "grpc._utilities", "secrets")
PRELOAD = (
    "apache_beam.runners.worker.sdk_worker_main",
    "apache_beam.runners.worker.bundle_processor",
    *STAGE_MODULES,
    "pyarrow.acero",
    "encodings.idna",
    "encodings.punycode",
    *AFTER_FORK_MODULES,
)
