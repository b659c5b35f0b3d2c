"""Beam's pickled steps compressed and decompressed once per distinct payload, not per call.

Beam pickles each DoFn, CombineFn and side-input view with cloudpickle and compresses the pickle
with ``bz2.compress(level 9)`` (``apache_beam.internal.cloudpickle_pickler.dumps``), and unpickles
with ``bz2.decompress`` wherever a step is built (``loads``). A newsbeam run translates its graph
more than once (the pipeline proto, the runner's stages) and each bundle processor loads its
stage's steps again: on a 15-entry run 140 compressions of 82 distinct pickles and 268
decompressions of 79 distinct payloads, ~0.39 ms a compression and ~0.05 ms a decompression of
a 3.8 KB pickle (bench/README.md, "Stop 41, scale5" and "Stop 41, scale5b").

``install`` gives ``cloudpickle_pickler`` a ``bz2`` whose ``compress`` and ``decompress``
remember their answer per input bytes: the bytes handed to Beam are the very bytes bz2 makes,
so the pipeline proto and every payload stay portable (any Beam process, newsbeam's or not,
reads them with its own bz2). Not a cheaper compression: every reader of the proto decompresses
with bz2, Beam's own worker processes included. Bounded (``MAX_ENTRIES``, ``MAX_BYTES``): past
either it forgets everything and starts again. Installed in the runner (``beam_speedups.install``)
and in the pool process before it forks its workers (``beam_inspect.install_in_worker``).
"""
from __future__ import annotations

import bz2
import threading
import types

# A run has ~80 distinct payloads of a few KB each; a long-lived process running many pipelines
# forgets them all past either bound.
MAX_ENTRIES = 1024
MAX_BYTES = 64 * 2**20

_installed = False


class _Memo:
    """One function of bytes remembered per input, bounded."""

    def __init__(self, fn):
        self._fn = fn
        self._answers: dict[tuple, bytes] = {}
        self._bytes = 0
        self._lock = threading.Lock()

    def __call__(self, data, *args) -> bytes:
        key = (bytes(data), *args)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._fn(data, *args)
            size = len(key[0]) + len(answer)
            with self._lock:
                if len(self._answers) >= MAX_ENTRIES or self._bytes + size > MAX_BYTES:
                    self._answers.clear()
                    self._bytes = 0
                self._answers[key] = answer
                self._bytes += size
        return answer


def _compress(data, compresslevel: int = 9) -> bytes:
    return bz2.compress(data, compresslevel)


def remembering_bz2() -> types.SimpleNamespace:
    """A stand-in for the ``bz2`` module as Beam's pickler uses it (``compress``, ``decompress``)."""
    compress = _Memo(_compress)
    return types.SimpleNamespace(
        compress=lambda data, compresslevel=9: compress(data, compresslevel),
        decompress=_Memo(bz2.decompress),
    )


def install() -> None:
    """Beam's cloudpickle pickler compresses and decompresses through ``remembering_bz2``;
    idempotent."""
    global _installed
    if _installed:
        return
    from apache_beam.internal import cloudpickle_pickler

    cloudpickle_pickler.bz2 = remembering_bz2()  # type: ignore[assignment]  # the module global dumps/loads read
    _installed = True
