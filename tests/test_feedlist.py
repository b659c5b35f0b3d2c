"""Feed lists: YAML and OPML, good entries loaded, bad ones reported with where they are."""
from __future__ import annotations

import json
import pickle
import textwrap
import time
from pathlib import Path

import pytest

from newsbeam.transforms.feedlist import (
    FeedSpec,
    load_feed_list,
    parse_duration,
    parse_size,
    source_name,
)
from newsbeam.transforms.io.fetch import FetchConfig

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"


def as_json(specs, problems, path: Path) -> dict:
    prefix = str(path)
    return {
        "feeds": [
            {"name": s.name, "source": s.source, "url": s.url, "tags": list(s.tags), "overrides": dict(s.overrides)}
            for s in specs
        ],
        "problems": [
            {"where": p.where.replace(prefix, path.name), "message": p.message.replace(prefix, path.name)}
            for p in problems
        ],
    }


@pytest.mark.parametrize("name", ["inoreader-export.opml", "mixed.yaml"])
def test_fixture_feed_lists(name):
    path = FIXTURES / name
    expected = json.loads((FIXTURES / (path.stem + ".expected.json")).read_text(encoding="utf-8"))
    assert as_json(*load_feed_list(str(path)), path) == expected


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "text",
    [
        """
        - name: A
          url: https://a.example/feed
        """,
        """
        feeds:
          - name: A
            url: https://a.example/feed
        """,
        """
        feeds:
          A: https://a.example/feed
        """,
        """
        feeds:
          A: {url: https://a.example/feed}
        """,
        '[{"name": "A", "url": "https://a.example/feed"}]',
    ],
    ids=["list", "feeds-list", "feeds-mapping", "feeds-mapping-of-mappings", "json"],
)
def test_yaml_shapes(tmp_path, text):
    specs, problems = load_feed_list(write(tmp_path, "feeds.yaml", text))
    assert problems == []
    assert specs == [FeedSpec("A", "https://a.example/feed")]


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("- name: A\n  url: https://a.example/\n- name: B\n", 3, "missing url"),
        ("- name: A\n  url: 42\n", 1, "url must be text"),
        ("- name: A\n  url: 'javascript:alert(1)'\n", 1, "scheme 'javascript'"),
        ("- name: A\n  url: file:///etc/passwd\n", 1, "scheme 'file'"),
        ("- name: A\n  url: https://a.example/\n  tags: {a: 1}\n", 1, "tags must be text or a list"),
        ("- name: A\n  url: https://a.example/\n  enabled: 'no'\n", 1, "enabled: expected true or false"),
        ("- name: A\n  url: https://a.example/\n  interval: -5\n", 1, "interval: expected a positive duration"),
        ("- name: A\n  url: https://a.example/\n  timeout: soon\n", 1, "timeout: expected a duration"),
        ("- name: A\n  url: https://a.example/\n  max_bytes: lots\n", 1, "max_bytes: expected a size"),
        ("- name: A\n  url: https://a.example/\n  allow_hosts: [127.0.0.1]\n", 1, "unknown key 'allow_hosts'"),
        ("- name: A\n  url: https://a.example/\n  overrides: [1]\n", 1, "overrides must be a mapping"),
        ("- name: A\n  url: https://a.example/\n  user_agent: \"\"\n", 1, "user_agent: expected one non-empty line"),
        ("- name: [A]\n  url: https://a.example/\n", 1, "name must be text"),
        ("- name: ''\n  url: https://a.example/\n", 1, "name is empty"),
        ("- name: A\n  url: https://a.example/1\n- name: A\n  url: https://a.example/2\n", 3, "duplicate name 'A'"),
        ("- name: A\n  url: https://a.example/\n- name: B\n  url: https://a.example/\n", 3, "duplicate url"),
        ("- name: A\n  url: https://a.example/f\n- name: B\n  url: HTTPS://A.Example/f#top\n", 3, "duplicate url"),
        ("- name: News!\n  url: https://a.example/1\n- name: news\n  url: https://a.example/2\n", 3,
         "both would be source 'news'"),
        ("- 42\n", 1, "expected a feed"),
        ("- name: A\n  url: https://a.example/\n  interval: 5m\n  overrides: {interval: 6m}\n", 1,
         "interval given both inline and under overrides"),
    ],
)
def test_bad_yaml_entries_are_reported_and_the_rest_load(tmp_path, text, line, message):
    good = "- name: Good\n  url: https://good.example/feed\n"
    path = write(tmp_path, "feeds.yaml", good + text)
    specs, problems = load_feed_list(path)
    assert "Good" in [s.name for s in specs]
    assert len(problems) == 1, problems
    assert problems[0].where == f"{path}:{line + 2}"
    assert message in problems[0].message


@pytest.mark.parametrize(
    "text, message",
    [
        ("feeds: [\n  {name: A\n", "not valid YAML"),
        ("", "empty"),
        ("just text\n", "expected a list of feeds"),
        ("feedz:\n  - https://a.example/\n", "unknown top-level key 'feedz'"),
        ("feeds: 3\n", "feeds: must be a list"),
        ("defaults: {colour: red}\nfeeds: []\n", "defaults: unknown key 'colour'"),
    ],
)
def test_broken_yaml_files(tmp_path, text, message):
    specs, problems = load_feed_list(write(tmp_path, "feeds.yaml", text))
    assert specs == [] and problems and message in problems[0].message


def test_yaml_python_tags_are_not_executed(tmp_path):
    path = write(tmp_path, "feeds.yaml", "- !!python/object/apply:os.system ['echo pwned']\n")
    specs, problems = load_feed_list(path)
    assert specs == [] and "could not determine a constructor" in problems[0].message


def test_yaml_anchors_and_merge_keys(tmp_path):
    path = write(
        tmp_path,
        "feeds.yaml",
        """
        feeds:
          - &slow {name: A, url: "https://a.example/", interval: 1h, tags: [x]}
          - <<: *slow
            name: B
            url: https://b.example/
        """,
    )
    specs, problems = load_feed_list(path)
    assert problems == []
    assert [(s.name, s.interval, s.tags) for s in specs] == [("A", 3600.0, ("x",)), ("B", 3600.0, ("x",))]


def test_opml_simplest(tmp_path):
    path = write(
        tmp_path,
        "subs.opml",
        """
        <opml version="1.0"><body>
          <outline text="A" xmlUrl="https://a.example/feed"/>
        </body></opml>
        """,
    )
    assert load_feed_list(path) == ([FeedSpec("A", "https://a.example/feed")], [])


@pytest.mark.parametrize(
    "text, message",
    [
        ("<opml><body><outline text='A' xmlUrl='https://a/'>", "not valid XML"),
        ("<rss><channel/></rss>", "expected an <opml> document"),
        ("<opml><head/></opml>", "no <body>"),
        (
            '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            "<opml><body><outline text='&b;' xmlUrl='https://a.example/'/></body></opml>",
            "declares entities",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            "<opml><body><outline text='&xxe;' xmlUrl='https://a.example/'/></body></opml>",
            "declares entities",
        ),
    ],
)
def test_broken_or_hostile_opml(tmp_path, text, message):
    specs, problems = load_feed_list(write(tmp_path, "subs.opml", text))
    assert specs == [] and message in problems[0].message


def test_opml_with_a_plain_doctype_loads_without_fetching_it(tmp_path):
    path = write(
        tmp_path,
        "subs.xml",
        '<!DOCTYPE opml SYSTEM "http://127.0.0.1:9/opml.dtd"><opml><body>'
        '<outline text="A" xmlUrl="https://a.example/"/></body></opml>',
    )
    specs, problems = load_feed_list(path)
    assert [s.name for s in specs] == ["A"] and problems == []


def test_format_is_sniffed_without_a_known_extension(tmp_path):
    opml = write(tmp_path, "subs.txt", '<opml><body><outline text="A" xmlUrl="https://a.example/"/></body></opml>')
    yml = write(tmp_path, "feeds.txt", "- https://a.example/\n")
    assert [s.url for s in load_feed_list(opml)[0]] == ["https://a.example/"]
    assert [s.name for s in load_feed_list(yml)[0]] == ["a.example"]


def test_missing_file_raises(tmp_path):
    with pytest.raises(OSError):
        load_feed_list(str(tmp_path / "nope.yaml"))


@pytest.mark.parametrize(
    "name, source",
    [
        ("BBC News", "bbc-news"),
        ("BBC  News – World!", "bbc-news-world"),
        ("../../etc/passwd", "etc-passwd"),
        ("source=evil/date=2020", "source-evil-date-2020"),
        ("Новости дня", "новости-дня"),
        ("Ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
        ("under_score", "under-score"),
        ("!!!", "feed-" + __import__("hashlib").sha256(b"!!!").hexdigest()[:10]),
    ],
)
def test_source_name(name, source):
    assert source_name(name) == source
    assert FeedSpec(name, "https://a.example/").name == name


@pytest.mark.parametrize(
    "value, seconds",
    [(300, 300.0), (1.5, 1.5), ("90", 90.0), ("90s", 90.0), ("15m", 900.0), ("1h30m", 5400.0),
     ("2d", 172800.0), ("500ms", 0.5), ("1 h", 3600.0)],
)
def test_parse_duration(value, seconds):
    assert parse_duration(value) == seconds


@pytest.mark.parametrize("value", [0, -1, True, "", "soon", "5x", None, [1], float("inf")])
def test_parse_duration_rejects(value):
    with pytest.raises(ValueError):
        parse_duration(value)


@pytest.mark.parametrize(
    "value, size",
    [(1024, 1024), ("1024", 1024), ("512k", 512_000), ("5MB", 5_000_000), ("5MiB", 5 * 2**20),
     ("1.5 GiB", int(1.5 * 2**30)), ("10b", 10)],
)
def test_parse_size(value, size):
    assert parse_size(value) == size


@pytest.mark.parametrize("value", [0, -5, True, "lots", "5TB", 1.5, None])
def test_parse_size_rejects(value):
    with pytest.raises(ValueError):
        parse_size(value)


def test_feed_spec_fetch_config_applies_overrides():
    base = FetchConfig(read_timeout=30, connect_timeout=10, deadline=60)
    spec = FeedSpec("A", "https://a.example/", overrides={"timeout": 5.0, "max_bytes": 1000, "retries": 0,
                                                          "interval": 60.0, "enabled": True})
    cfg = spec.fetch_config(base)
    assert (cfg.deadline, cfg.read_timeout, cfg.connect_timeout, cfg.max_bytes, cfg.retries) == (5, 5, 5, 1000, 0)
    assert cfg.allow_hosts == base.allow_hosts and cfg.user_agent == base.user_agent
    assert FeedSpec("B", "https://b.example/").fetch_config(base) is base


def test_feed_spec_is_frozen_hashable_and_picklable():
    spec = FeedSpec("A", "https://a.example/", ["x"], {"enabled": False, "interval": 60.0})
    assert spec.tags == ("x",) and not spec.enabled and spec.interval == 60.0
    assert pickle.loads(pickle.dumps(spec)) == spec
    assert hash(spec) == hash(pickle.loads(pickle.dumps(spec)))
    with pytest.raises(TypeError):
        spec.overrides["enabled"] = True  # type: ignore[index]
    assert FeedSpec("A", "https://a.example/").enabled and FeedSpec("A", "https://a.example/").interval is None
    with pytest.raises(ValueError, match="unknown overrides"):
        FeedSpec("A", "https://a.example/", overrides={"allow_hosts": ["127.0.0.1"]})


def test_urls_differing_in_path_case_are_different_feeds(tmp_path):
    path = write(tmp_path, "feeds.yaml", "- https://a.example/Feed\n- name: other\n  url: https://a.example/feed\n")
    specs, problems = load_feed_list(path)
    assert len(specs) == 2 and problems == []


def test_yaml_alias_bomb_is_reported_quickly(tmp_path):
    lines = ["- name: A\n  url: https://a.example/\n", "- &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"]
    lines += [f"- &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 10)]  # 9**10 leaves
    lines += ["- name: B\n  url: https://b.example/\n  tags: *l9\n",
              "- name: C\n  url: https://c.example/\n  interval: *l9\n"]
    path = write(tmp_path, "feeds.yaml", "".join(lines))
    started = time.monotonic()
    specs, problems = load_feed_list(path)
    assert time.monotonic() - started < 5
    assert [s.name for s in specs] == ["A"]
    assert all(len(p.message) < 400 for p in problems)
    assert any("tags must be text" in p.message for p in problems)


def test_yaml_nested_too_deeply(tmp_path):
    specs, problems = load_feed_list(write(tmp_path, "feeds.yaml", "[" * 3000 + "]" * 3000))
    assert specs == [] and "not valid YAML" in problems[0].message


HOSTILE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "hostile"


@pytest.mark.parametrize(
    "name",
    sorted(p.relative_to(HOSTILE).as_posix() for p in HOSTILE.glob("*/*.xml")) if HOSTILE.is_dir() else [],
)
def test_hostile_xml_given_as_an_opml_feed_list(tmp_path, name):
    """defusedxml's and PayloadsAllTheThings' attacks: refused quickly, nothing expanded or read."""
    path = tmp_path / "subs.opml"
    path.write_bytes((HOSTILE / name).read_bytes())
    started = time.monotonic()
    specs, problems = load_feed_list(str(path))
    assert time.monotonic() - started < 2
    assert specs == [] and len(problems) == 1
    assert "root:" not in problems[0].message and len(problems[0].message) < 300
