"""The golden output of the quote extractor, and a readable diff against it.

    python -m bench.quotes_golden write           # (make golden) rewrite tests/golden/quotes.jsonl.gz
    python -m bench.quotes_golden diff            # what changed, quote by quote; exit 1 if anything
    python -m bench.quotes_golden diff --group polnear-dev --group feeds

The golden file is the extractor's output over the shared corpora: PolNeAR dev and train (US
and UK, in bench.quotes's plain-text layout), every entry of the 26 news feeds and of the 13
article pages (read and normalized the way the pipeline does), the seed article and its 4 KB
rotations, and 600 random texts from a fixed-seed generator. It holds no quoted words (the
texts belong to their publishers and stay in ``../shared``): per document, a key, a hash of
its title, bullets and body, and per quote the zone, offsets, speaker, mention, cue,
attribution, kind and the rule that credited it. The diff reads the texts again from
``../shared`` to show each changed quote with its old and new speaker and rule.

A document whose text changed (an HTML extractor that now keeps another body) is reported once,
as "document changed", not quote by quote: its offsets mean nothing against the new text.
A deliberate change to the extractor's output rewrites the golden file in the same commit.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import random
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from bench.quotes import SEED, SHARED, load_split, read_article, seed_like_bodies
from newsbeam.transforms.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "quotes.jsonl.gz"
FEEDS = SHARED / "corpus" / "news-feeds"
ARTICLE_PAGES = SHARED / "corpus" / "articles"
GROUPS = ("polnear-dev", "polnear-train", "feeds", "articles", "seed", "random")
FIELDS = ("zone", "zone_index", "start_char", "end_char", "speaker", "speaker_mention", "cue",
          "attribution", "kind", "rule")

_WORDS = ("the a of to in and said says told according to he she they it who that his her "
          "their Mr. Ms. Dr. President Senator Gov. mayor spokesman spokeswoman officials report "
          "Trump Donald Ana Ruiz Ochoa Mark Kristi Noem Lee Park Smith Jones House Party Department "
          "claim remarks saying adding called warned added wrote tweeted asked noted "
          "U.S. Jan. J. on Monday was is has had would not never don't country's migrants' "
          "'90s rock'n'roll we I you Harbor City Police Times BBC").split()
_MARKS = ["\"", "'", "“", "”", "‘", "’", "''", "``", "„", "«", "»", "‹", "›", "‚", "`", "‛", "‟"]
_PUNCT = [",", ".", ":", ";", "!", "?", " —", " –", " -", " --", "(", ")", "…", " ―"]

Article = tuple[str, list[str], str]


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 120)):
        r = rng.random()
        if r < 0.62:
            parts.append(" " + rng.choice(_WORDS))
        elif r < 0.80:
            mark = rng.choice(_MARKS)
            parts.append(rng.choice(["", " "]) + mark)
        elif r < 0.92:
            parts.append(rng.choice(_PUNCT))
        elif r < 0.97:
            parts.append(rng.choice(["\n\n", "\n", "\r\n"]))
        else:
            parts.append(" " + "".join(rng.choice("abcXYZ’'é1") for _ in range(rng.randint(1, 6))))
    return "".join(parts).lstrip(" ")


def _pipeline_articles(group: str, folder: Path, paths: list[Path]) -> Iterator[tuple[str, Article]]:
    """Every article of each file, read and normalized as ``newsbeam extract`` does."""
    from newsbeam.schemas.records import Document
    from newsbeam.transforms.document import articles_of_document

    fetched = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for path in paths:
        doc = Document("golden", str(path), path.read_bytes(), fetched)
        n = 0
        for art in articles_of_document(doc, quotes=False):
            if hasattr(art, "body"):
                yield f"{group}/{path.relative_to(folder)}#{n}", (art.title, list(art.bullets), art.body)
                n += 1


def cases(groups=GROUPS) -> Iterator[tuple[str, str, Article]]:
    """(group, key, (title, bullets, body)) of every golden document, in a fixed order."""
    for group in groups:
        if group.startswith("polnear-"):
            split = group.split("-", 1)[1]
            for variant in ("us", "uk"):
                for doc, article in load_split(split, variant):
                    yield group, f"{group}-{variant}/{doc}", article
        elif group == "feeds" and FEEDS.is_dir():
            paths = sorted(p for p in FEEDS.iterdir() if p.name != "README.md")
            for key, article in _pipeline_articles(group, FEEDS, paths):
                yield group, key, article
        elif group == "articles" and ARTICLE_PAGES.is_dir():
            paths = sorted(p for p in ARTICLE_PAGES.rglob("*.html") if not p.name.startswith("expected"))
            for key, article in _pipeline_articles(group, ARTICLE_PAGES, paths):
                yield group, key, article
        elif group == "seed" and SEED.exists():
            yield group, "seed/bench", read_article(SEED.read_text(encoding="utf-8"))
            for name, article in seed_like_bodies():
                yield group, f"seed/{name}", article
        elif group == "random":
            rng = random.Random(20261125)
            for n in range(600):
                title = random_text(rng) if n % 5 == 0 else ""
                bullets = [random_text(rng) for _ in range(rng.randint(0, 2))] if n % 7 == 0 else []
                yield group, f"random/{n}", (title, bullets, random_text(rng))


def text_hash(article: Article) -> str:
    title, bullets, body = article
    data = json.dumps([title, list(bullets), body], ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def record(group: str, key: str, article: Article) -> dict:
    """The golden line of one document: its key, text hash and quotes (no quoted words)."""
    quotes = extract_quotes(*article)
    return {"group": group, "doc": key, "sha": text_hash(article),
            "quotes": [[getattr(q, f, None) for f in FIELDS] for q in quotes]}


def write(path: Path = GOLDEN) -> tuple[int, int]:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    n_docs = n_quotes = 0
    # mtime=0: the same output gives the same bytes, so an unchanged golden file is no diff.
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        for group, key, article in cases():
            line = record(group, key, article)
            n_docs += 1
            n_quotes += len(line["quotes"])
            gz.write((json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
    path.write_bytes(buf.getvalue())
    return n_docs, n_quotes


def read(path: Path = GOLDEN) -> dict[str, dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {line["doc"]: line for line in map(json.loads, fh)}


def _zone_text(article: Article, zone: str, index: int) -> str:
    title, bullets, body = article
    if zone == "title":
        return title
    if zone == "bullet":
        return bullets[index] if index < len(bullets) else ""
    return body


def _show(text: str, start: int, end: int, width: int = 70) -> str:
    quoted = " ".join(text[start:end].split())
    return "“" + (quoted if len(quoted) <= width else quoted[:width - 1] + "…") + "”"


def _who(row: dict) -> str:
    spk = row["speaker"] if row["speaker"] is not None else "—"
    rule = f" [{row['rule']}]" if row.get("rule") else ""
    return f"{spk} ({row['attribution']}, {row['kind']}{rule})"


class Diff:
    """The differences between the golden file and the extractor's output now."""

    def __init__(self):
        self.changed_docs: list[str] = []  # the text changed: offsets are not comparable
        self.missing_docs: list[str] = []  # in the golden file, not in the corpus now
        self.new_docs: list[str] = []
        self.lines: list[str] = []  # one per changed quote, with its document's header
        self.quotes_changed = 0
        self.docs_compared = 0

    def __bool__(self) -> bool:
        return bool(self.changed_docs or self.missing_docs or self.new_docs or self.quotes_changed)

    def report(self, limit: int = 200) -> str:
        out = [f"{self.docs_compared} documents compared: {self.quotes_changed} quotes changed, "
               f"{len(self.changed_docs)} documents whose text changed, {len(self.new_docs)} new, "
               f"{len(self.missing_docs)} gone"]
        for title, docs in (("document changed (text differs from the golden file's)", self.changed_docs),
                            ("new document (not in the golden file)", self.new_docs),
                            ("document gone (in the golden file only)", self.missing_docs)):
            if docs:
                out.append(f"{title}: {len(docs)}")
                out.extend(f"  {d}" for d in docs[:20])
                if len(docs) > 20:
                    out.append(f"  ... and {len(docs) - 20} more")
        out.extend(self.lines[:limit])
        if len(self.lines) > limit:
            out.append(f"... {len(self.lines) - limit} more lines")
        return "\n".join(out)


def _same(old: dict, new: dict) -> bool:
    # A golden file written before rules were recorded says nothing about the rule.
    return all(old[f] == new[f] for f in FIELDS if f != "rule" or old.get("rule") is not None)


def diff(golden: dict[str, dict], groups=GROUPS) -> Diff:
    d = Diff()
    seen = set()
    for group, key, article in cases(groups):
        seen.add(key)
        old = golden.get(key)
        if old is None:
            d.new_docs.append(key)
            continue
        d.docs_compared += 1
        new = record(group, key, article)
        if new["sha"] != old["sha"]:
            d.changed_docs.append(f"{key}: {len(old['quotes'])} quotes then, {len(new['quotes'])} now")
            continue
        before = {tuple(q[:4]): dict(zip(FIELDS, q)) for q in old["quotes"]}
        after = {tuple(q[:4]): dict(zip(FIELDS, q)) for q in new["quotes"]}
        doc_lines = []
        for where in sorted(set(before) | set(after), key=lambda w: (w[0] != "title", w[0], w[1], w[2])):
            o, n = before.get(where), after.get(where)
            if o is not None and n is not None and _same(o, n):
                continue
            zone, index, start, end = where
            text = _zone_text(article, zone, index)
            at = f"{zone}{f'[{index}]' if zone == 'bullet' else ''} {start}:{end}"
            quote = _show(text, start, end)
            if o is None:
                doc_lines.append(f"  + {at} {quote}  now: {_who(n)}")
            elif n is None:
                doc_lines.append(f"  - {at} {quote}  was: {_who(o)}")
            else:
                fields = [f for f in FIELDS if o[f] != n[f] and (f != "rule" or o.get("rule") is not None)]
                extra = "; ".join(f"{f}: {o[f]!r} -> {n[f]!r}" for f in fields
                                  if f not in ("speaker", "attribution", "kind", "rule"))
                doc_lines.append(f"  ~ {at} {quote}  was: {_who(o)}  now: {_who(n)}"
                                 + (f"  ({extra})" if extra else ""))
        if doc_lines:
            d.quotes_changed += len(doc_lines)
            d.lines.append(key)
            d.lines.extend(doc_lines)
    d.missing_docs = [k for k, v in golden.items() if v["group"] in groups and k not in seen]
    return d


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("write", "diff"))
    ap.add_argument("--golden", type=Path, default=GOLDEN)
    ap.add_argument("--group", action="append", choices=GROUPS, help="only these groups (diff)")
    ap.add_argument("--limit", type=int, default=200, help="lines of quote changes to print")
    args = ap.parse_args(argv)
    if not (SHARED / "corpus").is_dir():
        print(f"skip: the shared corpus is not at {SHARED / 'corpus'}")
        return 0
    if args.command == "write":
        n_docs, n_quotes = write(args.golden)
        print(f"{n_docs} documents, {n_quotes} quotes -> {args.golden} "
              f"({args.golden.stat().st_size:,} bytes)")
        return 0
    d = diff(read(args.golden), tuple(args.group or GROUPS))
    print(d.report(args.limit))
    return 1 if d else 0


if __name__ == "__main__":
    sys.exit(main())
