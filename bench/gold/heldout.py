"""Held-out general news: what a change of the extractor does to English articles the gold set
does not hold, so a rule can be judged on text it was not written from.

    python -m bench.gold.heldout dump /tmp/old.jsonl        # (in the old tree) every quote
    python -m bench.gold.heldout dump /tmp/new.jsonl        # (in the new tree)
    python -m bench.gold.heldout diff /tmp/old.jsonl /tmp/new.jsonl

The documents: every English item of the news feeds with a body of 800 characters or more,
every article page, and the English news pages of html-eval-dev, unless its key is in
``data/docs.jsonl`` (annotated, dev or test). With ``dump --lang de,fr,es,pt``, the items and
pages in those languages instead (as the extractor detects them), from every html-eval-dev page. ``dump`` writes one row per quote with the
sentence around it (the dumps hold publishers' words: keep them outside the project); ``diff``
prints every quote whose speaker or kind changed, with that sentence, to be judged by reading
the article. Prints and never asserts.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsbeam.transforms.document import with_quotes
from newsbeam.transforms.quotes.language import detect

from bench.gold import corpus as gc

MIN_BODY = 800
_CONTEXT = 260


def _english(article) -> bool:
    return (article.language or "en").lower()[:2] == "en" and detect(article.title + "\n" + article.body) == "en"


def _in(languages: frozenset[str] | None):
    """The test of an article's language: English (the default), else one of ``languages`` as
    the extractor detects it."""
    if languages is None:
        return _english
    return lambda article: detect(article.title + "\n" + article.body) in languages


def held_out_docs(languages: frozenset[str] | None = None) -> list[tuple[str, object]]:
    """(doc key, article) of every held-out article in English (or in one of ``languages``), in a
    fixed order."""
    wanted = _in(languages)
    taken = {json.loads(line)["doc"] for line in (gc.DATA / "docs.jsonl").open(encoding="utf-8")}
    out = []
    feeds = sorted(p.relative_to(gc.CORPUS).as_posix() for p in (gc.CORPUS / "news-feeds").iterdir()
                   if p.suffix in (".xml", ".json"))
    for path in feeds:
        articles = gc.read_articles(path)
        for article in articles:
            key = gc.doc_key(path, article, False)
            if key in taken or len(article.body) < MIN_BODY or not gc.item_key(article) or \
                    not wanted(article):
                continue
            out.append((key, article))
    pages = sorted(gc.PAGE_OUTLETS) + sorted(gc.html_eval_news())
    if languages is not None:
        # Other languages are fewer: every html-eval-dev page, whatever its kind of site.
        pages = sorted(gc.PAGE_OUTLETS) + sorted(
            f"html-eval-dev/{p.relative_to(gc.CORPUS / 'html-eval-dev').as_posix()}"
            for p in (gc.CORPUS / "html-eval-dev" / "pages").iterdir())
    for path in pages:
        if path in taken:
            continue
        articles = gc.read_articles(path)
        if len(articles) != 1 or not wanted(articles[0]):
            continue
        out.append((path, articles[0]))
    return out


def _context(text: str, lo: int, hi: int) -> str:
    a = max(0, text.rfind("\n", 0, lo) + 1, lo - _CONTEXT)
    b = text.find("\n", hi)
    b = min(len(text) if b < 0 else b, hi + _CONTEXT)
    return " ".join(text[a:b].split())


def dump(out: Path, languages: frozenset[str] | None = None) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for key, article in held_out_docs(languages):
            texts = {(zone, index): text for zone, index, text in gc.zones(article)}
            for q in with_quotes(article).quotes:
                text = texts[(q.zone, q.zone_index)]
                fh.write(json.dumps({
                    "doc": key, "zone": q.zone, "index": q.zone_index, "start": q.start_char,
                    "end": q.end_char, "text": q.text, "speaker": q.speaker, "kind": q.kind,
                    "mention": q.speaker_mention, "rule": q.rule,
                    "context": _context(text, q.start_char, q.end_char)}, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} quotes written to {out}")
    return 0


def _load(path: Path) -> dict[tuple, dict]:
    rows = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows[(row["doc"], row["zone"], row["index"], row["start"], row["end"])] = row
    return rows


def diff(old_path: Path, new_path: Path) -> int:
    old, new = _load(old_path), _load(new_path)
    changed = 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a and b and (a["speaker"], a["kind"]) == (b["speaker"], b["kind"]):
            continue
        changed += 1
        row = b or a
        assert row is not None
        print(f"== {key[0]} {key[1]}/{key[2]}@{key[3]}-{key[4]}")
        print(f"   «{row['text'][:140]}»")
        for label, r in (("old", a), ("new", b)):
            if r is None:
                print(f"   {label}: (no quote)")
            else:
                print(f"   {label}: {r['kind']} | {r['speaker']} | {r['rule']} | mention={r['mention']!r}")
        print(f"   ctx: {row['context']}")
    docs = len({k[0] for k in set(old) | set(new)})
    print(f"{changed} of {len(new)} quotes changed (documents: {docs})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--lang", help="comma-separated language codes (de,fr,es,pt) instead of English")
    c = sub.add_parser("diff")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if not gc.available():
        print("../shared/corpus is absent: nothing to read", file=sys.stderr)
        return 0
    if args.command == "dump":
        return dump(args.out, frozenset(args.lang.split(",")) if args.lang else None)
    return diff(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
