"""What a file weighs in the deal (transforms/composites/file_weight.py): items counted only in
feeds, heads read only where cheap (read44's findings 7 and 8)."""
from __future__ import annotations

import json

from newsbeam.transforms.composites import file_weight as fw


def test_items_are_counted_in_xml_feeds_and_json_feeds_only():
    assert fw.head_items(b"\xef\xbb\xbf  <rss><item>a</item><item>b</item></rss>") == 2
    assert fw.head_items(b'<feed xmlns="http://www.w3.org/2005/Atom"><entry/><entry/><entry/>') == 3
    feed = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1"}, {"id": "2"}]}, indent=2)
    assert fw.head_items(feed.encode()) == 2


def test_json_lines_with_ids_weigh_their_size_alone(tmp_path):
    lines = tmp_path / "records.jsonl"
    lines.write_text("".join(json.dumps({"id": i, "text": "made-up words"}) + "\n" for i in range(500)))
    size = lines.stat().st_size
    assert fw.head_items(lines.read_bytes()[:4096]) == 0
    assert fw.file_weight(str(lines), size, fw.HEAD_BYTES) == size


def test_a_warc_or_plain_text_has_no_items():
    assert fw.head_items(b'WARC/1.0\r\nWARC-Type: response\r\n\r\n<item>') == 0
    assert fw.head_items(b'plain words with "id" in them') == 0


def test_remote_files_are_weighed_by_size_without_a_read(monkeypatch):
    from apache_beam.io.filesystems import FileSystems

    def refuse(*args, **kwargs):
        raise AssertionError("a remote head was opened")

    monkeypatch.setattr(FileSystems, "open", refuse)
    for path in ("gs://bucket/feed.xml", "s3://bucket/feed.xml", "https://example.test/feed.xml"):
        assert not fw.is_local(path)
        assert fw.file_weight(path, 5000, fw.HEAD_BYTES) == 5000


def test_local_paths_and_file_urls_are_local():
    assert fw.is_local("/data/in/feed.xml") and fw.is_local("relative/feed.xml")
    assert fw.is_local("file:///data/in/feed.xml") and fw.is_local(b"/data/odd://name.xml")
