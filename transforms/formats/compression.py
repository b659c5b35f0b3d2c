"""Transparent gzip/bzip2/xz, recognized by magic bytes, decompressed with a hard size cap.

A compressed file is small and its output can be huge (a gzip bomb turns 50 KB into 50 GB),
so decompression is streamed and stops one byte past the cap instead of trusting any size
the header claims.
"""
from __future__ import annotations

import bz2
import lzma
import zlib

from newsbeam.schemas import reasons
from newsbeam.transforms.formats.common import STAGE_READ, ReadError, too_large

_CHUNK = 1 << 16

GZIP_MAGIC = b"\x1f\x8b"
BZIP2_MAGIC = b"BZh"
XZ_MAGIC = b"\xfd7zXZ\x00"


def compression_of(data: bytes) -> str | None:
    """'gzip', 'bzip2', 'xz' or None, from the magic bytes (the file name is not consulted)."""
    if data[:2] == GZIP_MAGIC:
        return "gzip"
    # "BZh" plus a block size digit plus the block magic: three bytes alone would also match
    # a text file that starts with "BZh".
    if data[:3] == BZIP2_MAGIC and data[3:4].isdigit() and data[4:10] in (
        b"\x31\x41\x59\x26\x53\x59",  # compressed block
        b"\x17\x72\x45\x38\x50\x90",  # end of stream: an empty input
    ):
        return "bzip2"
    if data[:6] == XZ_MAGIC:
        return "xz"
    return None


def _new(kind: str):
    if kind == "gzip":
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    if kind == "bzip2":
        return bz2.BZ2Decompressor()
    return lzma.LZMADecompressor()


def _bounded(kind: str, data: bytes, max_bytes: int) -> bytes:
    """Decompress every concatenated member of ``data``, never holding more than the cap."""
    out = bytearray()
    pending = data
    while pending:
        dec = _new(kind)
        src = pending
        pending = b""
        while True:
            room = max_bytes - len(out) + 1
            if kind == "gzip":
                chunk = dec.decompress(src, room)
                src = dec.unconsumed_tail
            else:
                chunk = dec.decompress(src, max_length=room)
                src = b""
            out += chunk
            oversize = too_large(len(out), max_bytes, where=f"{kind} input, decompressed", at_least=True)
            if oversize is not None:
                raise ReadError(reasons.TOO_LARGE, oversize, STAGE_READ)
            if dec.eof:
                pending = dec.unused_data
                break
            needs_input = (not src) if kind == "gzip" else dec.needs_input
            if needs_input and not chunk:
                raise ReadError(
                    reasons.CORRUPT_COMPRESSION,
                    f"{kind} stream is truncated after {len(out)} decompressed bytes",
                    STAGE_READ,
                )
        # Trailing zero padding after the last member is common (tape-style writers).
        if pending and not pending.strip(b"\x00"):
            break
        if pending and compression_of(pending) != kind:
            raise ReadError(
                reasons.CORRUPT_COMPRESSION,
                f"{len(pending)} bytes of garbage after the {kind} stream",
                STAGE_READ,
            )
    return bytes(out)


def decompress(data: bytes, max_bytes: int) -> tuple[bytes, str | None]:
    """``(plain bytes, compression name or None)``. Raises ReadError (too-large, corrupt)."""
    kind = compression_of(data)
    if kind is None:
        return data, None
    try:
        return _bounded(kind, data, max_bytes), kind
    except (zlib.error, OSError, EOFError, lzma.LZMAError, ValueError) as exc:
        raise ReadError(reasons.CORRUPT_COMPRESSION, f"{kind}: {exc}", STAGE_READ) from None
