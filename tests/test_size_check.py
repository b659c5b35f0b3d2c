"""One size check: every place that holds an input to --max-input-bytes asks
``formats.common.too_large`` and rejects with its reason and detail."""
from __future__ import annotations

import gzip
import io
from datetime import datetime, timezone

import pytest

from newsbeam.pipeline import extract
from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Reject
from newsbeam.transforms.formats.common import STAGE_PARSE, STAGE_READ, Limits, too_large
from newsbeam.transforms.formats.warc import read_warc
from newsbeam.transforms.formats.read import read_document
from newsbeam.transforms.composites.sources import _ReadFile
from tests.test_warc import Archive, page

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
LIMIT = 100
BIG = b"<p>" + b"x" * 400 + b"</p>"


@pytest.mark.parametrize("size, kw, detail", [
    (None, {}, None),
    (LIMIT, {}, None),
    (LIMIT + 1, {}, "101 bytes, over the limit of 100 bytes (--max-input-bytes)"),
    (LIMIT + 1, {"at_least": True}, "over the limit of 100 bytes (--max-input-bytes)"),
    (5000, {"where": "record 3"}, "record 3: 5000 bytes, over the limit of 100 bytes (--max-input-bytes)"),
])
def test_too_large(size, kw, detail):
    assert too_large(size, LIMIT, **kw) == detail


def _only_reject(items, stage: str = STAGE_READ) -> Reject:
    rejects = [i for i in items if isinstance(i, Reject)]
    assert len(rejects) == 1, items
    assert (rejects[0].reason, rejects[0].stage) == (reasons.TOO_LARGE, stage)
    return rejects[0]


def test_a_document_over_the_limit(tmp_path):
    doc = Document(source="s", input="big.html", data=BIG, fetched_at=NOW)
    assert _only_reject(read_document(doc, Limits(max_input_bytes=LIMIT))).detail == too_large(len(BIG), LIMIT)


def test_a_compressed_document_that_decompresses_over_the_limit():
    doc = Document(source="s", input="big.html.gz", data=gzip.compress(BIG * 4), fetched_at=NOW)
    reject = _only_reject(read_document(doc, Limits(max_input_bytes=LIMIT * 5)))
    assert reject.detail == too_large(LIMIT * 5 + 1, LIMIT * 5, where="gzip input, decompressed", at_least=True)


def test_newsbeam_extract_over_the_limit(tmp_path):
    path = tmp_path / "big.html"
    path.write_bytes(BIG)
    reject = _only_reject(extract.articles_of(str(path), Limits(max_input_bytes=LIMIT)))
    assert reject.detail == too_large(len(BIG), LIMIT)


@pytest.mark.parametrize("listed, detail", [
    (len(BIG), too_large(len(BIG), LIMIT)),  # the size the listing gave
    (LIMIT, too_large(LIMIT + 1, LIMIT, at_least=True)),  # grew after it was listed
    (None, too_large(LIMIT + 1, LIMIT, at_least=True)),  # no size from the listing
])
def test_a_file_the_pipeline_reads_over_the_limit(tmp_path, listed, detail):
    path = tmp_path / "big.html"
    path.write_bytes(BIG)
    outputs = [getattr(o, "value", o) for o in _ReadFile(NOW, LIMIT).process((str(path), listed))]
    assert _only_reject(outputs).detail == detail


def test_a_warc_record_over_the_limit():
    archive = Archive(gzip_records=False)
    archive.response("https://news.example/big", page("Big", words="word " * 200))
    items = list(read_warc(io.BytesIO(archive.data()), source="crawl", input="crawl.warc", fetched_at=NOW,
                           limits=Limits(max_input_bytes=LIMIT * 5)))
    reject = _only_reject(items, STAGE_PARSE)  # a record of an archive that was read
    declared = int(reject.detail.split(": ")[1].split(" ")[0])  # the record's Content-Length
    assert declared > LIMIT * 5
    assert reject.detail == too_large(declared, LIMIT * 5, where="WARC record at byte 0") + \
        " (https://news.example/big)"  # the record's address, added to every WARC reject
