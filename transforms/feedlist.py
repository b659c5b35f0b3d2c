"""Feed lists: the YAML file users write and the OPML file every feed reader exports.

``load_feed_list(path)`` returns the feeds it could read and a problem for each entry it could
not, with where it is (``file:line``), so one typo never costs the whole list:

YAML, a list of feeds or a mapping with ``feeds:`` (a list, or ``name: url``/``name: {...}``
pairs) and optional ``defaults:`` (overrides applied to every feed)::

    defaults: {interval: 15m}
    feeds:
      - name: BBC World
        url: https://feeds.bbci.co.uk/news/world/rss.xml
        tags: [news, world]
        interval: 5m          # per-feed overrides, inline or under `overrides:`
        max_bytes: 5MiB       # lowers --max-input-bytes for this feed, never raises it
      - https://example.com/feed.xml   # a bare URL is fine; its name is derived from it

OPML 1.0/2.0: every ``<outline xmlUrl=...>`` is a feed named by its ``title`` (else ``text``);
the folders it is nested in and its ``category`` attribute become its tags. The XML is parsed
with entities unexpanded, no DTD loaded and no network; a document declaring entities is
refused outright.

A feed list is configuration, not data: an unreadable file raises ``OSError`` for the command
line to report, while everything wrong *inside* it is a ``FeedListProblem``.
"""
from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Iterator, cast
from urllib.parse import urlsplit, urlunsplit

from newsbeam.transforms.feedoverrides import OVERRIDES, Override, _BadValue, _show, parse_duration, parse_size
from newsbeam.transforms.io.fetch import FetchConfig, check_url

MAX_FEED_LIST_BYTES = 20 * 2**20
MAX_YAML_DEPTH = 50  # a feed list needs about 4


class FrozenMapping(Mapping):
    """A read-only, hashable, picklable mapping (``MappingProxyType`` does not pickle)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, object] | None = None) -> None:
        self._data = dict(data or {})

    def __getitem__(self, key: str) -> object:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._data.items())))

    def __repr__(self) -> str:
        return f"FrozenMapping({self._data!r})"

    def __getstate__(self) -> dict:
        return self._data

    def __setstate__(self, state: dict) -> None:
        self._data = state


def source_name(name: str) -> str:
    """The ``source`` a feed's rows carry: its name as a lower-case slug.

    Letters of every script are kept (``"Новости дня"`` -> ``"новости-дня"``); runs of anything
    else become one ``-``. A name with no letter or digit gets ``feed-<hash>``.
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    slug = re.sub(r"[\W_]+", "-", text).strip("-")[:80].strip("-")
    return slug or "feed-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class FeedSpec:
    """One feed to fetch. ``name`` is exactly as the list gave it; ``source`` is its slug."""

    name: str
    url: str
    tags: tuple[str, ...] = ()
    overrides: Mapping[str, object] = field(default_factory=FrozenMapping)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tags", tuple(self.tags))
        if not isinstance(self.overrides, FrozenMapping):
            object.__setattr__(self, "overrides", FrozenMapping(self.overrides))
        unknown = sorted(set(self.overrides) - set(OVERRIDES))
        if unknown:
            raise ValueError(f"FeedSpec {self.name!r}: unknown overrides {unknown}; known: {sorted(OVERRIDES)}")

    @property
    def source(self) -> str:
        return source_name(self.name)

    @property
    def enabled(self) -> bool:
        return bool(self.overrides.get("enabled", True))

    @property
    def interval(self) -> float | None:
        """Seconds between polls of this feed in watch mode, when the list sets it."""
        value = self.overrides.get("interval")
        return None if value is None else float(value)  # type: ignore[arg-type]

    def fetch_config(self, base: FetchConfig) -> FetchConfig:
        """``base`` with this feed's fetching overrides applied (see ``OVERRIDES``).

        ``max_bytes`` can only lower the cap: ``base.max_bytes`` is ``--max-input-bytes``,
        the bound on memory the person running newsbeam chose, and a feed list may come from
        somewhere else."""
        changes: dict[str, Any] = {}
        for key, value in self.overrides.items():
            target = OVERRIDES[key].config_field
            if target is None:
                continue
            if key == "timeout":
                changes["deadline"] = value
                changes["read_timeout"] = min(base.read_timeout, cast(float, value))
                changes["connect_timeout"] = min(base.connect_timeout, cast(float, value))
            elif key == "max_bytes":
                changes[target] = min(base.max_bytes, cast(int, value))
            else:
                changes[target] = value
        return replace(base, **changes) if changes else base


@dataclass(frozen=True)
class FeedListProblem:
    where: str  # "file:line"; just "file" for a problem with the whole file
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


_ENTRY_KEYS = ("name", "url", "tags", "overrides")


# --- loading -------------------------------------------------------------------------------


@dataclass
class _Candidate:
    where: str
    name: str | None
    url: object
    tags: object = ()
    overrides: dict[str, object] = field(default_factory=dict)


class _Collector:
    """Validates candidates in order; the first of two clashing entries wins."""

    def __init__(self, merge_same_feed: bool) -> None:
        self.specs: list[FeedSpec] = []
        self.problems: list[FeedListProblem] = []
        self._merge = merge_same_feed
        self._by_name: dict[str, tuple[int, str]] = {}
        self._by_source: dict[str, tuple[int, str]] = {}
        self._by_url: dict[str, tuple[int, str]] = {}

    def problem(self, where: str, message: str) -> None:
        self.problems.append(FeedListProblem(where, message))

    def add(self, c: _Candidate, defaults: Mapping[str, object] = {}) -> None:
        if c.url is None or (isinstance(c.url, str) and not c.url.strip()):
            return self.problem(c.where, "missing url")
        if not isinstance(c.url, str):
            return self.problem(c.where, f"url must be text, found {type(c.url).__name__}")
        url = c.url.strip()
        why = check_url(url)
        if why:
            return self.problem(c.where, f"url {_show(url)}: {why}")
        name = c.name if c.name is not None else _name_from_url(url)
        try:
            tags = _tags(c.tags)
            overrides = _overrides({**defaults, **c.overrides})
        except _BadValue as exc:
            return self.problem(c.where, str(exc))
        spec = FeedSpec(name=name, url=url, tags=tags, overrides=overrides)
        key_url = _url_identity(url)
        if name in self._by_name:
            index, first = self._by_name[name]
            if self._merge and _url_identity(self.specs[index].url) == key_url:
                # The same feed filed in two folders of an OPML export: one feed, both tags.
                merged = tuple(dict.fromkeys(self.specs[index].tags + tags))
                self.specs[index] = replace(self.specs[index], tags=merged)
                return None
            return self.problem(c.where, f"duplicate name {_show(name)} (first used at {first})")
        if spec.source in self._by_source:
            _, first = self._by_source[spec.source]
            return self.problem(
                c.where, f"name {_show(name)} clashes with the feed at {first}: both would be source {spec.source!r}"
            )
        if key_url in self._by_url:
            _, first = self._by_url[key_url]
            return self.problem(c.where, f"duplicate url {url} (first listed at {first})")
        entry = (len(self.specs), c.where)
        self._by_name[name], self._by_source[spec.source], self._by_url[key_url] = entry, entry, entry
        self.specs.append(spec)
        return None


def _url_identity(url: str) -> str:
    """Two spellings of one feed URL: scheme and host are case-insensitive, the rest is not."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def _name_from_url(url: str) -> str:
    parts = urlsplit(url)
    return ((parts.hostname or "") + parts.path.rstrip("/")) or url


def _tags(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise _BadValue(f"tags must be text or a list of text, found {type(value).__name__}")
    tags: list[str] = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            raise _BadValue(f"tags must be text or a list of text, found {_show(item)} in it")
        text = " ".join(str(item).split())
        if text:
            tags.append(text)
    return tuple(dict.fromkeys(tags))


def _overrides(raw: Mapping[str, object]) -> dict[str, object]:
    parsed: dict[str, object] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or key not in OVERRIDES:
            raise _BadValue(_unknown_key(key))
        try:
            parsed[key] = OVERRIDES[key].parse(value)
        except _BadValue as exc:
            raise _BadValue(f"{key}: {exc}") from None
    return parsed


def _unknown_key(key: object) -> str:
    known = list(_ENTRY_KEYS) + list(OVERRIDES)
    close = difflib.get_close_matches(str(key), known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(known)}"
    return f"unknown key {_show(key)}{hint}"


def load_feed_list(path: str) -> tuple[list[FeedSpec], list[FeedListProblem]]:
    """The feeds in a YAML or OPML feed list, and the problems of the entries left out.

    The format is chosen by extension (``.opml``/``.xml`` vs ``.yaml``/``.yml``/``.json``),
    else by content. Raises ``OSError`` if the file cannot be read.
    """
    with open(path, "rb") as fh:
        data = fh.read(MAX_FEED_LIST_BYTES + 1)
    if len(data) > MAX_FEED_LIST_BYTES:
        return [], [FeedListProblem(path, f"feed list is larger than {MAX_FEED_LIST_BYTES} bytes")]
    lower = path.lower()
    if lower.endswith((".opml", ".xml")):
        is_opml = True
    elif lower.endswith((".yaml", ".yml", ".json")):
        is_opml = False
    else:
        is_opml = data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    collector = _Collector(merge_same_feed=is_opml)
    (_load_opml if is_opml else _load_yaml)(data, path, collector)
    return collector.specs, collector.problems


# --- YAML ------------------------------------------------------------------------------------


def _load_yaml(data: bytes, path: str, out: _Collector) -> None:
    import yaml

    try:
        # The composer recurses once per level: measure the depth on the flat event stream
        # first, so a hostile "[[[[..." is a problem, not a RecursionError.
        depth = 0
        for event in yaml.parse(data, Loader=yaml.SafeLoader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    line = event.start_mark.line + 1
                    return out.problem(f"{path}:{line}", f"not valid YAML: nested more than {MAX_YAML_DEPTH} deep")
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
        loader = yaml.SafeLoader(data)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"{path}:{mark.line + 1}" if mark is not None else path
        problem = getattr(exc, "problem", None) or str(exc)
        return out.problem(at, f"not valid YAML: {problem}")
    if root is None:
        return out.problem(path, "the feed list is empty")

    def where(node: Any) -> str:
        return f"{path}:{node.start_mark.line + 1}"

    def construct(node: Any) -> Any:
        constructor = yaml.SafeLoader(b"")
        try:
            return constructor.construct_document(node)
        finally:
            constructor.dispose()

    defaults: dict[str, object] = {}
    entries: list[tuple[Any, Any]] = []  # (node, name given by a mapping key or None)
    if isinstance(root, yaml.SequenceNode):
        entries = [(item, None) for item in root.value]
    elif isinstance(root, yaml.MappingNode):
        feeds_node = None
        for key_node, value_node in root.value:
            key = construct(key_node)
            if key == "feeds":
                feeds_node = value_node
            elif key == "defaults":
                value = construct(value_node)
                if not isinstance(value, dict):
                    out.problem(where(value_node), "defaults must be a mapping of overrides")
                    continue
                try:
                    _overrides(value)
                except _BadValue as exc:
                    out.problem(where(value_node), f"defaults: {exc}")
                    continue
                defaults = value
            else:
                out.problem(where(key_node), f"unknown top-level key {_show(key)}; expected feeds and defaults")
        if feeds_node is None:
            return out.problem(where(root), "expected a list of feeds, or a mapping with a feeds: key")
        if isinstance(feeds_node, yaml.SequenceNode):
            entries = [(item, None) for item in feeds_node.value]
        elif isinstance(feeds_node, yaml.MappingNode):
            entries = [(value, construct(key)) for key, value in feeds_node.value]
        else:
            return out.problem(where(feeds_node), "feeds: must be a list of feeds or a mapping of name: url")
    else:
        return out.problem(where(root), "expected a list of feeds, or a mapping with a feeds: key")

    for node, given_name in entries:
        try:
            value = construct(node)
        except yaml.YAMLError as exc:
            out.problem(where(node), f"cannot read this entry: {getattr(exc, 'problem', None) or exc}")
            continue
        candidate = _yaml_candidate(value, given_name, where(node), out)
        if candidate is not None:
            out.add(candidate, defaults)


def _yaml_candidate(value: object, given_name: object, where: str, out: _Collector) -> _Candidate | None:
    name = _scalar_name(given_name, where, out) if given_name is not None else None
    if given_name is not None and name is None:
        return None
    if isinstance(value, str):
        return _Candidate(where, name, value)
    if not isinstance(value, dict):
        out.problem(where, f"expected a feed (a mapping with name and url, or a URL), found {_kind(value)}")
        return None
    entry = dict(value)
    if "name" in entry:
        if given_name is not None:
            out.problem(where, "name is given twice: as the key and as name:")
            return None
        name = _scalar_name(entry.pop("name"), where, out)
        if name is None:
            return None
    nested = entry.pop("overrides", {})
    if not isinstance(nested, dict):
        out.problem(where, f"overrides must be a mapping, found {_kind(nested)}")
        return None
    url = entry.pop("url", None)
    tags = entry.pop("tags", ())
    inline = {k: v for k, v in entry.items()}
    clash = set(inline) & set(nested)
    if clash:
        out.problem(where, f"{', '.join(sorted(map(str, clash)))} given both inline and under overrides")
        return None
    return _Candidate(where, name, url, tags, {**inline, **nested})


def _scalar_name(value: object, where: str, out: _Collector) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        out.problem(where, f"name must be text, found {_kind(value)}")
        return None
    name = str(value)
    if not name.strip():
        out.problem(where, "name is empty")
        return None
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        out.problem(where, f"name {_show(name)} contains control characters")
        return None
    return name


def _kind(value: object) -> str:
    return {dict: "a mapping", list: "a list", str: "text", type(None): "nothing"}.get(
        type(value), type(value).__name__
    )


# --- OPML ------------------------------------------------------------------------------------


def _load_opml(data: bytes, path: str, out: _Collector) -> None:
    from lxml import etree

    if re.search(rb"<!ENTITY", data, re.I):
        return out.problem(path, "OPML that declares entities is refused (entity expansion / XXE)")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if exc.position else None)
        return out.problem(f"{path}:{line}" if line else path, f"not valid XML: {exc.msg}")
    if _local(root) != "opml":
        return out.problem(f"{path}:{root.sourceline}", f"expected an <opml> document, found <{_local(root)}>")
    body = next((child for child in root if _local(child) == "body"), None)
    if body is None:
        return out.problem(f"{path}:{root.sourceline}", "OPML has no <body>")

    def walk(element: Any, folders: tuple[str, ...]) -> None:
        for outline in element:
            if _local(outline) != "outline":
                continue
            attrs = {str(k).lower(): (v or "").strip() for k, v in outline.attrib.items()}
            label = attrs.get("title") or attrs.get("text") or ""
            where = f"{path}:{outline.sourceline}"
            if "xmlurl" in attrs:
                categories = [
                    part.strip()
                    for category in attrs.get("category", "").split(",")
                    for part in category.split("/")
                    if part.strip()
                ]
                out.add(_Candidate(where, label or None, attrs["xmlurl"], list(folders) + categories))
                continue
            if attrs.get("type", "").lower() in _FEED_TYPES:
                out.problem(where, f"outline {label!r} of type {attrs['type']!r} has no xmlUrl")
                continue
            walk(outline, folders + ((label,) if label else ()))

    walk(body, ())


_FEED_TYPES = frozenset({"rss", "atom", "feed", "rdf"})


def _local(element: Any) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


__all__ = [
    "FeedListProblem", "FeedSpec", "FrozenMapping", "MAX_FEED_LIST_BYTES", "OVERRIDES", "Override",
    "load_feed_list", "parse_duration", "parse_size", "source_name",
]
