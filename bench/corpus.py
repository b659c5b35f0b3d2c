"""Benchmark corpora, generated deterministically into a cache directory.

* **feeds**: the items of ``../shared/corpus/news-feeds/`` replicated with unique links and
  guids, ``n`` entries in all. Every real feed is copied the same number of times per round, so
  the mix of formats, encodings and body sizes is the real one; one output file holds
  ``COPIES_PER_FILE`` copies of one feed's items (45 to 700 entries a file). The real content
  is kept byte for byte (full-HTML bodies, curly quotes, CDATA, Latin-1); only the text of
  ``link``/``guid``/``id`` elements, ``href`` of links and ``rdf:about`` inside an item change.
* **articles**: JSON lines of seed-like articles written by a generator here (headline, three
  or four highlight bullets, a body of about 4 KB with quotes and speakers), ``ARTICLES_PER_FILE``
  a file. No corpus text is copied.

``python -m bench.corpus feeds 10000 DIR`` writes one corpus and prints where.
"""
from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS_FEEDS = ROOT.parent / "shared" / "corpus" / "news-feeds"
CACHE = ROOT / "bench" / ".cache"
COPIES_PER_FILE = 5
ARTICLES_PER_FILE = 1000
GENERATOR_VERSION = 1  # bump when the output of a generator changes: cached corpora are rebuilt

_ITEM = re.compile(rb"<(item|entry)[\s>].*?</\1\s*>", re.S)
_TEXT_ID = re.compile(rb"(<(?:[\w.-]+:)?(link|guid|id)\b[^>]*(?<!/)>)(.*?)(</(?:[\w.-]+:)?\2\s*>)", re.S)
_HREF = re.compile(rb"(<(?:[\w.-]+:)?link\b[^>]*?\bhref\s*=\s*[\"'])([^\"']*)")
_ABOUT = re.compile(rb"(<(?:item|entry)\b[^>]*?\brdf:about\s*=\s*[\"'])([^\"']*)")
_WRAPPED = re.compile(rb"^(\s*(?:<!\[CDATA\[)?\s*)(.*?)(\s*(?:\]\]>)?\s*)$", re.S)


def shared_available() -> bool:
    return NEWS_FEEDS.is_dir() and any(NEWS_FEEDS.iterdir())


# --------------------------------------------------------------------------- feeds


_PATH_END = re.compile(rb"[?#]")


def _suffixed(value: bytes, suffix: bytes) -> bytes:
    """A link or guid made unique: the suffix ends the path, since canonical URLs drop the
    fragment and tracking parameters (``?at_medium=RSS``) where a suffix could otherwise go."""
    if not value:
        return value
    end = _PATH_END.search(value)
    cut = end.start() if end else len(value)
    return value[:cut] + suffix + value[cut:]


def _unique_item(item: bytes, suffix: bytes) -> bytes:
    def text(m: re.Match) -> bytes:
        inner = _WRAPPED.match(m.group(3))
        return m.group(1) + inner.group(1) + _suffixed(inner.group(2), suffix) + inner.group(3) + m.group(4)

    item = _TEXT_ID.sub(text, item)
    item = _HREF.sub(lambda m: m.group(1) + _suffixed(m.group(2), suffix), item)
    return _ABOUT.sub(lambda m: m.group(1) + _suffixed(m.group(2), suffix), item)


@dataclass(frozen=True)
class _Feed:
    name: str
    kind: str  # xml | json
    head: bytes | dict
    items: tuple
    tail: bytes = b""

    def render(self, copies: range, count: int) -> bytes:
        """``count`` entries: this feed's items, copy after copy, each copy with its own suffix."""
        chosen = [(c, item) for c in copies for item in self.items][:count]
        if self.kind == "json":
            items = []
            for c, item in chosen:
                item = dict(item)
                for key in ("id", "url", "external_url"):
                    if isinstance(item.get(key), str):
                        item[key] = _suffixed(item[key].encode(), f"-r{c}".encode()).decode()
                items.append(item)
            return json.dumps({**self.head, "items": items}, ensure_ascii=False).encode()
        body = b"".join(_unique_item(item, f"-r{c}".encode()) for c, item in chosen)
        return self.head + body + self.tail


def load_feeds(directory: Path = NEWS_FEEDS) -> list[_Feed]:
    feeds = []
    for path in sorted(directory.iterdir()):
        data = path.read_bytes()
        if path.suffix == ".json":
            whole = json.loads(data)
            items = tuple(whole.pop("items"))
            feeds.append(_Feed(path.stem, "json", whole, items))
        elif path.suffix == ".xml":
            found = list(_ITEM.finditer(data))
            if not found:
                continue
            feeds.append(_Feed(path.stem, "xml", data[: found[0].start()],
                               tuple(m.group(0) for m in found), data[found[-1].end():]))
    return feeds


def write_feed_corpus(n: int, out: Path, feeds: list[_Feed] | None = None) -> list[Path]:
    """``n`` feed entries in files of COPIES_PER_FILE copies of one real feed each."""
    feeds = feeds if feeds is not None else load_feeds()
    out.mkdir(parents=True, exist_ok=True)
    paths, total, round_ = [], 0, 0
    while total < n:
        for feed in feeds:
            if total >= n:
                break
            first = round_ * COPIES_PER_FILE
            count = min(n - total, COPIES_PER_FILE * len(feed.items))
            ext = ".json" if feed.kind == "json" else ".xml"
            path = out / f"{feed.name}-{round_:04d}{ext}"
            path.write_bytes(feed.render(range(first, first + COPIES_PER_FILE), count))
            paths.append(path)
            total += count
        round_ += 1
    return paths


# --------------------------------------------------------------------------- articles

_PEOPLE = [
    ("Amara Okafor", "the city's transport commissioner"), ("Lukas Brandt", "a union organiser"),
    ("Priya Raman", "the health minister"), ("Tomás Ferreira", "the mayor"),
    ("Helen Ashdown", "a professor of economics at Northfield University"),
    ("Kenji Watanabe", "the company's chief executive"), ("Fatima Al-Sayed", "a spokeswoman for the ministry"),
    ("Oliver Grant", "the opposition leader"), ("Sofia Lindqvist", "a climate scientist"),
    ("Marcus Bell", "the police chief"), ("Nadia Petrova", "the council's finance director"),
    ("Daniel Osei", "a local shop owner"), ("Clara Jiménez", "the head of the regional water board"),
]
_TOPICS = [
    ("the new tram line", "the tram line", "transport"), ("the hospital budget", "the budget", "health"),
    ("the river flood defences", "the defences", "environment"), ("the port strike", "the strike", "labour"),
    ("the school meals scheme", "the scheme", "education"), ("the housing plan", "the plan", "housing"),
    ("the energy price cap", "the cap", "energy"), ("the stadium redevelopment", "the redevelopment", "sport"),
]
_PLACES = ["Northfield", "Port Avon", "Kestrel Bay", "Lindenberg", "San Teodoro", "Marrow Hill", "Eastwick"]
_VERBS = ["said", "told reporters", "added", "warned", "insisted", "argued", "explained"]
_OPEN = [("“", "”"), ("‘", "’"), ('"', '"')]
_CLAIMS = [
    "We have waited long enough for {topic} and people deserve better",
    "Nobody expected {short} to cost this much, but the numbers are the numbers",
    "This is a difficult decision and we did not take it lightly",
    "If we do nothing now, {place} will pay for it for a generation",
    "I have spoken to families across {place} and they are worried",
    "The evidence is clear: {short} works when it is properly funded",
    "We will keep talking, because that is the only way forward",
    "It is not about politics, it is about the people who depend on {short}",
]
_FILLER = [
    "Officials in {place} said the first phase of {topic} would be reviewed in the spring.",
    "The council met for more than four hours on {day} before approving a revised timetable.",
    "Figures published last month showed a rise of {pct} per cent since the previous year.",
    "Residents gathered outside the town hall on {day}, some carrying handwritten signs.",
    "Critics say the consultation was rushed and that smaller districts were left out.",
    "The proposal will go to a final vote before the end of the year, according to the agenda.",
    "Local businesses have asked for clearer guidance on how {short} will affect them.",
    "A report commissioned by the regional authority estimated the cost at {money} million.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(template: str, rng: random.Random, topic, place: str) -> str:
    return template.format(topic=topic[0], short=topic[1], place=place, day=rng.choice(_DAYS),
                           pct=rng.randint(2, 40), money=rng.randint(3, 900))


def _quote(rng: random.Random, topic, place: str) -> str:
    name, role = rng.choice(_PEOPLE)
    left, right = rng.choice(_OPEN)
    claim = _fill(rng.choice(_CLAIMS), rng, topic, place)
    form = rng.randrange(4)
    if form == 0:
        return f"{left}{claim},{right} {rng.choice(_VERBS)} {name}, {role}."
    if form == 1:
        return f"{name}, {role}, said: {left}{claim}.{right}"
    if form == 2:
        return f"{left}{claim},{right} {name.split()[-1]} {rng.choice(_VERBS)}. {left}We are not there yet.{right}"
    return f"According to {name}, the plan was {left}a step in the right direction{right} but not enough."


def seed_article(i: int, rng: random.Random) -> dict:
    """One synthetic article in the shape of the seed: headline, bullets, ~4 KB of quoted prose."""
    topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
    name, role = rng.choice(_PEOPLE)
    title = f"{place} {rng.choice(['backs', 'delays', 'rethinks', 'defends'])} {topic[0]} after ‘heated’ debate"
    bullets = [_fill(rng.choice(_FILLER), rng, topic, place).rstrip(".") for _ in range(rng.randint(3, 4))]
    bullets.append(f"{name} said {topic[1]} was ‘the right call’")
    paragraphs, size = [], 0
    while size < 4000:
        if rng.random() < 0.5:
            para = _quote(rng, topic, place) + " " + _fill(rng.choice(_FILLER), rng, topic, place)
        else:
            para = " ".join(_fill(rng.choice(_FILLER), rng, topic, place) for _ in range(2))
        paragraphs.append(para)
        size += len(para) + 2
    day = 1 + i % 28
    return {
        "title": title,
        "url": f"https://news.example/{topic[2]}/{i:08d}-{place.lower().replace(' ', '-')}",
        "published": f"2026-10-{day:02d}T{6 + i % 12:02d}:{i % 60:02d}:00Z",
        "authors": [rng.choice(_PEOPLE)[0]],
        "tags": [topic[2]],
        "bullets": bullets,
        "body": "\n\n".join(paragraphs),
    }


def write_article_corpus(n: int, out: Path, *, seed: int = 7) -> list[Path]:
    """``n`` seed-like articles as JSON lines, ARTICLES_PER_FILE a file."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for start in range(0, n, ARTICLES_PER_FILE):
        path = out / f"articles-{start // ARTICLES_PER_FILE:05d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(start, min(n, start + ARTICLES_PER_FILE)):
                fh.write(json.dumps(seed_article(i, rng), ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- cache


def corpus(kind: str, n: int, cache: Path = CACHE) -> Path:
    """The directory of a generated corpus, built once and reused (a ``.done`` file marks it)."""
    directory = cache / f"{kind}-{n}-v{GENERATOR_VERSION}"
    done = directory / ".done"
    if done.exists():
        return directory
    if directory.exists():
        for path in directory.iterdir():
            path.unlink()
    if kind == "feeds":
        write_feed_corpus(n, directory)
    elif kind == "articles":
        write_article_corpus(n, directory)
    else:
        raise ValueError(f"kind must be feeds or articles, not {kind!r}")
    done.write_text("")
    return directory


def files_of(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if not p.name.startswith("."))


if __name__ == "__main__":
    kind, n = sys.argv[1], int(sys.argv[2])
    target = Path(sys.argv[3]) if len(sys.argv) > 3 else CACHE
    print(corpus(kind, n, target))
