"""Content-Encoding decoded with a bounded output: a gzip bomb is stopped while streaming."""
from __future__ import annotations

import zlib
from typing import Iterator


from newsbeam.schemas import reasons
from newsbeam.transforms.io.fetch.config import ACCEPT_ENCODING, FetchError


_STEP = 256 * 1024  # the most a decompressor may produce from one call


class _ZlibStage:
    """One gzip or deflate layer, producing at most ``_STEP`` bytes per decompress call."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._raw_fallback = not self._gzip  # "deflate" is zlib-wrapped by RFC, raw in practice
        self._started = False
        self._finished = False
        self._pending = b""
        self._d = self._new()

    def _new(self):  # noqa: ANN202
        return zlib.decompressobj(16 + zlib.MAX_WBITS if self._gzip else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        data = self._pending + data
        self._pending = b""
        while data or not self._finished:
            if self._finished:
                # Another gzip member may follow (concatenated gzip is valid and common);
                # anything else after the end is padding, which browsers ignore too.
                if self._gzip and len(data) < 2 and b"\x1f\x8b".startswith(data):
                    self._pending = data
                    return
                if not (self._gzip and data[:2] == b"\x1f\x8b"):
                    return
                self._d, self._finished = self._new(), False
            try:
                out = self._d.decompress(data, _STEP)
            except zlib.error:
                if self._raw_fallback and not self._started:
                    self._raw_fallback = False
                    self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise
            self._started = self._started or bool(data)
            if out:
                yield out
            if self._d.eof:
                self._finished = True
                data = self._d.unused_data
            else:
                data = self._d.unconsumed_tail
                # A full step with no input left may mean output is still pending inside zlib.
                if not data and len(out) < _STEP:
                    return

    def finish(self) -> Iterator[bytes]:
        if not self._started or self._finished:
            return  # complete, or an empty body that merely carries a Content-Encoding header
        tail = self._d.flush()
        if tail:
            yield tail
        if not self._d.eof:
            raise zlib.error("compressed stream is truncated")


def _decoding_stages(content_encoding: str | None) -> list[_ZlibStage]:
    stages: list[_ZlibStage] = []
    for coding in reversed([c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]):
        if coding == "identity":
            continue
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(
                reasons.CORRUPT_COMPRESSION,
                f"Content-Encoding {coding!r} was not asked for (we accept {ACCEPT_ENCODING}) and cannot be decoded",
            )
        stages.append(_ZlibStage(coding))
    return stages


def _pump(stages: list[_ZlibStage], data: bytes) -> Iterator[bytes]:
    if not stages:
        yield data
        return
    for out in stages[0].feed(data):
        yield from _pump(stages[1:], out)


def _drain(stages: list[_ZlibStage]) -> Iterator[bytes]:
    for i, stage in enumerate(stages):
        for out in stage.finish():
            yield from _pump(stages[i + 1 :], out)
