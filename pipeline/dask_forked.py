"""Imported by the forkserver that forks a ``LocalCluster``'s workers (``dask_preload.fork_workers``):
newsbeam's stage modules, imported once before the first fork, so that every worker starts with them."""
from __future__ import annotations

from newsbeam.pipeline.dask_preload import preload

preload()
