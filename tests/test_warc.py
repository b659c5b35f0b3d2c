"""WARC input: HTML responses become articles, other records are counted, broken ones rejected.

The archives are written here with warcio (per-record gzip, as Common Crawl's CC-NEWS, and
plain), from small pages of our own and, when ../shared is present, from real article pages.
"""
from __future__ import annotations

import gzip
import io
import json
from datetime import datetime, timezone

from pathlib import Path

import pyarrow.dataset as pads
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsbeam.pipeline.cli import main
from newsbeam.schemas import reasons
from newsbeam.schemas.records import Document, Entry, Reject
from newsbeam.transforms.formats.warc import Skipped, is_warc, read_warc
from newsbeam.transforms.formats.read import read_document, sniff
from tests.corpus import corpus_dir

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def page(title: str, words: str = "The harbour reopened on Monday, officials said.",
         charset: str = "utf-8") -> bytes:
    paras = "".join(f"<p>{words} Paragraph {i} of {title} carries more of the story.</p>" for i in range(6))
    return (f"<!doctype html><html><head><meta charset='{charset}'><title>{title}</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paras}</article>"
            f"<footer>Copyright</footer></body></html>").encode(charset)


class Archive:
    """A WARC written record by record; ``cut(i, n)`` removes n bytes from the end of record i."""

    def __init__(self, gzip_records: bool = True):
        self.buf = io.BytesIO()
        self.writer = WARCWriter(self.buf, gzip=gzip_records)
        self.offsets: list[int] = []

    def _write(self, record) -> None:
        self.offsets.append(self.buf.tell())
        self.writer.write_record(record)

    def warcinfo(self):
        self._write(self.writer.create_warcinfo_record("test.warc.gz", {"software": "newsbeam tests"}))

    def request(self, url: str):
        self._write(self.writer.create_warc_record(
            url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"),
            warc_headers_dict={"WARC-Date": "2026-05-01T10:00:00Z"}))

    def response(self, url: str, body: bytes, content_type: str | None = "text/html; charset=utf-8",
                 status: str = "200 OK", date: str = "2026-05-01T10:00:00Z", extra=()):
        headers = [("Content-Type", content_type)] if content_type else []
        http = StatusAndHeaders(status, headers + list(extra), protocol="HTTP/1.1")
        self._write(self.writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                   http_headers=http,
                                                   warc_headers_dict={"WARC-Date": date}))

    def metadata(self, url: str):
        self._write(self.writer.create_warc_record(
            url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 120\r\n"),
            warc_content_type="application/warc-fields"))

    def data(self, cut: dict[int, int] | None = None) -> bytes:
        raw = self.buf.getvalue()
        ends = self.offsets[1:] + [len(raw)]
        out = []
        for i, (start, end) in enumerate(zip(self.offsets, ends)):
            out.append(raw[start:end - (cut or {}).get(i, 0)])
        return b"".join(out)


def mixed_archive(gzip_records: bool) -> tuple[bytes, int]:
    """Twelve records: 4 good pages, 1 truncated page, and 7 others; returns (bytes, index of the truncated one)."""
    a = Archive(gzip_records)
    a.warcinfo()
    a.request("https://news.example/one")
    a.response("https://news.example/one", page("One"), date="2026-05-01T10:00:00Z")
    a.metadata("https://news.example/one")
    a.response("https://news.example/latin", page("Café crème", charset="iso-8859-1"),
               content_type="text/html; charset=iso-8859-1", date="2026-05-02T11:30:00Z")
    a.response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, content_type="image/png")
    a.response("https://news.example/gone", page("Gone"), status="404 Not Found")
    truncated = len(a.offsets)
    a.response("https://news.example/cut", page("Cut short"))
    a.request("https://news.example/two")
    a.response("https://news.example/two", page("Two"), content_type=None)  # sniffed as HTML
    a.response("https://news.example/three", gzip.compress(page("Three")),
               extra=[("Content-Encoding", "gzip")])
    a.metadata("https://news.example/three")
    return a.data(cut={truncated: 40}), truncated


def _read(data: bytes):
    items = list(read_warc(io.BytesIO(data), source="crawl", input="crawl.warc.gz", fetched_at=NOW))
    docs = [i for i in items if isinstance(i, Document)]
    rejects = [i for i in items if isinstance(i, Reject)]
    skipped: dict[str, int] = {}
    for i in items:
        if isinstance(i, Skipped):
            skipped[i.kind] = skipped.get(i.kind, 0) + 1
    return docs, rejects, skipped


@pytest.mark.parametrize("gzip_records", [True, False], ids=["per-record-gzip", "plain"])
def test_mixed_archive_gives_articles_counts_and_rejects(gzip_records):
    data, _ = mixed_archive(gzip_records)
    assert is_warc(data[:4096]) and sniff(data) == "warc"
    docs, rejects, skipped = _read(data)
    assert [d.url for d in docs] == ["https://news.example/one", "https://news.example/latin",
                                     "https://news.example/two", "https://news.example/three"]
    assert docs[0].fetched_at == datetime(2026, 5, 1, 10, 0, tzinfo=timezone.utc)
    assert docs[1].fetched_at == datetime(2026, 5, 2, 11, 30, tzinfo=timezone.utc)
    assert dict(docs[1].headers)["content-type"] == "text/html; charset=iso-8859-1"
    # A gzip Content-Encoding is left to the reader, which undoes it with its size cap.
    assert [e.title for e in read_document(docs[3])] == ["Three"]
    assert skipped == {"warcinfo": 1, "request": 2, "metadata": 2, "non-html": 1, "http-error": 1}
    assert len(rejects) == 1
    assert rejects[0].reason in (reasons.TRUNCATED, reasons.MALFORMED, reasons.CORRUPT_COMPRESSION)
    assert all(d.input == "crawl.warc.gz" for d in docs)


def test_records_become_entries_with_their_url_date_and_charset():
    data, _ = mixed_archive(True)
    doc = Document("crawl", "crawl.warc.gz", data, NOW)
    items = list(read_document(doc))
    entries = [i for i in items if isinstance(i, Entry)]
    assert [e.title for e in entries] == ["One", "Café crème", "Two", "Three"]
    assert [e.url for e in entries][:2] == ["https://news.example/one", "https://news.example/latin"]
    assert entries[1].fetched_at == datetime(2026, 5, 2, 11, 30, tzinfo=timezone.utc)
    assert "Paragraph 0 of Café crème" in entries[1].body_text
    assert len([i for i in items if isinstance(i, Reject)]) == 1


def test_a_record_without_digest_is_checked_by_its_length():
    a = Archive(gzip_records=False)
    a.response("https://news.example/one", page("One"))
    raw = a.data()
    # Drop the digest headers, then cut the block short by 10 bytes at the end of the file.
    raw = b"\r\n".join(line for line in raw.split(b"\r\n") if not line.startswith(b"WARC-Block-Digest")
                       and not line.startswith(b"WARC-Payload-Digest"))
    docs, _, _ = _read(raw)
    assert len(docs) == 1
    docs, rejects, _ = _read(raw[:-14])
    assert docs == [] and [r.reason for r in rejects] == [reasons.TRUNCATED]


def test_garbage_between_records_is_skipped_and_reading_goes_on():
    a = Archive(gzip_records=True)
    a.response("https://news.example/one", page("One"))
    a.response("https://news.example/two", page("Two"))
    raw = a.data()
    data = raw[:a.offsets[1]] + b"\x1f\x8b\x08garbage that is no gzip member" + raw[a.offsets[1]:]
    docs, rejects, _ = _read(data)
    assert [d.url for d in docs] == ["https://news.example/one", "https://news.example/two"]
    assert len(rejects) == 1


def test_run_counts_skipped_records_in_the_summary(tmp_path):
    data, _ = mixed_archive(True)
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    out = tmp_path / "out"
    assert main(["-q", "run", "--input", str(tmp_path / "*.warc.gz"), "--output", str(out)]) == 0
    (manifest_path,) = (out / "_runs").glob("*.json")
    summary = json.loads(manifest_path.read_text())["summary"]
    assert summary["inputs"] == 1
    assert summary["articles"] == 4
    assert summary["skipped"] == {"warc_http-error": 1, "warc_metadata": 2, "warc_non-html": 1,
                                  "warc_request": 2, "warc_warcinfo": 1}
    assert sum(summary["rejects_by_reason"].values()) == 1
    rows = pads.dataset(out / "articles", partitioning="hive").to_table().to_pylist()
    assert sorted(r["url"] for r in rows) == ["https://news.example/latin", "https://news.example/one",
                                              "https://news.example/three", "https://news.example/two"]
    assert {r["input"] for r in rows} == {str(tmp_path / "crawl.warc.gz")}


def test_corpus_pages_in_a_warc_give_the_same_bodies_as_the_files(tmp_path):
    pages = corpus_dir("html-eval-dev") / "pages"
    files = sorted(pages.glob("*.gz"))[:25]
    a = Archive(gzip_records=True)
    for i, path in enumerate(files):
        a.request(f"https://eval.example/{i}")
        a.response(f"https://eval.example/{i}", gzip.decompress(path.read_bytes()), content_type="text/html")
    docs, rejects, skipped = _read(a.data())
    assert len(docs) == len(files) and rejects == [] and skipped == {"request": len(files)}
    for path, doc in zip(files, docs):
        direct = [e for e in read_document(Document("p", str(path), path.read_bytes(), NOW)) if isinstance(e, Entry)]
        archived = [e for e in read_document(doc) if isinstance(e, Entry)]
        assert [e.body_text for e in archived] == [e.body_text for e in direct], path.name


@pytest.mark.slow
def test_a_1gb_warc_is_read_with_flat_memory(tmp_path):
    """About 1 GB of per-record-gzip WARC (pages of incompressible-ish text, so the file is
    large on disk too) read by the streaming reader in a fresh process: its peak memory is
    that of a small file, not of the archive."""
    import random
    import shutil
    import subprocess
    import sys

    rng = random.Random(14)
    words = [f"w{rng.randrange(10**6):06d}" for _ in range(5000)]
    a = Archive(gzip_records=True)
    for i in range(200):
        text = " ".join(rng.choice(words) for _ in range(40_000))  # ~300 KB per page
        a.request(f"https://news.example/{i}")
        a.response(f"https://news.example/{i}", f"<html><body><p>{text}</p></body></html>".encode())
        a.metadata(f"https://news.example/{i}")
    chunk = a.data()
    big = tmp_path / "big.warc.gz"
    repeat = max(1, 10**9 // len(chunk))
    with open(big, "wb") as out:
        for _ in range(repeat):
            out.write(chunk)
    small = tmp_path / "small.warc.gz"
    small.write_bytes(chunk)
    probe = (
        "import sys; from datetime import datetime, timezone\n"
        "from newsbeam.transforms.formats.warc import read_warc, Skipped\n"
        "from newsbeam.schemas.records import Document\n"
        "from tests.memory import peak_rss_mb\n"
        "n = s = 0\n"
        "with open(sys.argv[1], 'rb') as fh:\n"
        "    for item in read_warc(fh, source='b', input=sys.argv[1], fetched_at=datetime.now(timezone.utc)):\n"
        "        n += isinstance(item, Document); s += isinstance(item, Skipped)\n"
        "print(n, s, peak_rss_mb())\n"
    )

    def peak(path):
        printed = subprocess.run([sys.executable, "-c", probe, str(path)], check=True, capture_output=True,
                                 text=True, cwd=str(Path(__file__).resolve().parents[1])).stdout.split()
        return int(printed[0]), int(printed[1]), float(printed[2])

    n_small, _, mb_small = peak(small)
    n_big, skipped_big, mb_big = peak(big)
    size_gb = big.stat().st_size / 1e9
    shutil.rmtree(tmp_path, ignore_errors=True)
    print(f"WARC {size_gb:.2f} GB: {n_big} responses, {skipped_big} skipped, peak RSS {mb_big:.0f} MB "
          f"(one {len(chunk) / 1e6:.0f} MB chunk: {mb_small:.0f} MB)")
    assert size_gb > 0.9
    assert n_small == 200 and n_big == 200 * repeat and skipped_big == 400 * repeat
    assert mb_big < mb_small + 64  # flat: a thousand times the file, not more memory
