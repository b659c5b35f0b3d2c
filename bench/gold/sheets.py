"""Choose the gold documents and write the annotation sheets (outside the repository).

    python -m bench.gold.sheets --out /work/notes/gold-sheets

For each chosen article it writes ``Snnn-outlet.md`` (the doc key, the title, bullets and body
paragraphs as newsbeam reads them now, and under each paragraph every span the quote-mark layer
finds, with an id, its offsets and the current extractor's answer) and ``Snnn-outlet.ann``, the
file an annotator fills in (see docs/gold-annotation.md). It also writes ``data/docs.jsonl``: the
chosen documents with their outlet, split, batch and the hashes of their text, so that the
scorer can tell later whether newsbeam still reads the same body. The sheets quote the
publishers' text, so they stay out of the project; docs.jsonl holds hashes only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

from newsbeam.transforms.document import with_quotes

from bench.gold import corpus as gc
from bench.gold.corpus import paragraph_spans

# How many articles per feed outlet (a handful at most; the pages are one article each).
PER_FEED = {"TIME": 5, "The Week": 5, "Dawn": 5, "404 Media": 4, "The Verge": 4, "TechCrunch": 4,
            "El País English": 3, "The Guardian": 4, "Deutsche Welle": 1, "MercoPress": 1}
MIN_SPANS, MAX_SPANS = 3, 35
# Languages the annotators can judge; html-eval-dev pages in others are left out.
LANGUAGES = ("en", "de", "es", "pt", "fr", "zh")
_SLUG = re.compile(r"[^a-z0-9]+")
# The pages that declare no language and are not English.
LANGUAGE_OF = {"html-eval-dev/pages/archive.org.he.xinhuanet.com.25340717.html.gz": "zh",
               "html-eval-dev/pages/xinhuanet.com.c_1125597921.html.gz": "zh"}


def lang_of(doc: str, article) -> str:
    """The two-letter language of a document (the page's own, else LANGUAGE_OF, else en)."""
    return LANGUAGE_OF.get(doc) or (article.language or "en").lower()[:2]


def _rank(doc: str) -> str:
    return hashlib.sha1(b"gold-select:" + doc.encode("utf-8")).hexdigest()


def choose() -> list[tuple[str, str, object]]:
    """(doc key, outlet, article) of every chosen document, in a fixed order."""
    chosen = []
    for path, outlet in gc.FEED_OUTLETS.items():
        articles = gc.read_articles(path)
        fit = []
        for article in articles:
            n = sum(1 for s in gc.mark_spans(article) if s.zone == "body")
            if MIN_SPANS <= n <= MAX_SPANS and gc.item_key(article):
                fit.append((_rank(gc.doc_key(path, article, False)), article))
        fit.sort(key=lambda pair: pair[0])
        for _, article in fit[:PER_FEED[outlet]]:
            chosen.append((gc.doc_key(path, article, False), outlet, article))
    pages = dict(gc.PAGE_OUTLETS)
    pages.update(sorted(gc.html_eval_news().items()))
    for path, outlet in pages.items():
        articles = gc.read_articles(path)
        if len(articles) != 1:
            continue
        article = articles[0]
        lang = lang_of(path, article)
        n = len(gc.mark_spans(article))
        if lang not in LANGUAGES or not MIN_SPANS <= n <= MAX_SPANS:
            continue
        chosen.append((path, outlet, article))
    return chosen


def _fmt_ext(q) -> str:
    if q is None:
        return "ext: (no quote)"
    rule = getattr(q, "rule", None) or q.attribution
    return f"ext: {q.kind} | {q.speaker or '-'} | {rule} | mention={q.speaker_mention!r} cue={q.cue!r}"


def sheet(number: int, doc: str, outlet: str, article, split: str, batch: str) -> tuple[str, str]:
    """The sheet's markdown and the annotation template."""
    predicted = {(q.zone, q.zone_index, q.start_char, q.end_char): q for q in with_quotes(article).quotes}
    lines = [f"# S{number:03d} {outlet}", "", f"doc: {doc}", f"outlet: {outlet}",
             f"language: {article.language}", f"split: {split}   batch: {batch}", ""]
    ann = [f"# S{number:03d} {outlet}", f"doc: {doc}", "status: todo", "",
           "# id  kind(direct|partial|scare|none|boiler)  speaker (fullest name, or - for null)"]
    qid = 0
    spans = gc.mark_spans(article)
    for zone, index, text in gc.zones(article):
        if not text:
            continue
        label = {"title": "TITLE", "bullet": f"BULLET {index}", "body": "BODY"}[zone]
        lines.append(f"## {label}")
        zone_spans = [s for s in spans if s.zone == zone and s.zone_index == index]
        for p, (lo, hi) in enumerate(paragraph_spans(text)):
            lines.append("")
            lines.append(f"[{zone[0]}{index}.p{p} @{lo}] {text[lo:hi]}")
            for s in zone_spans:
                if s.paragraph != p:
                    continue
                qid += 1
                q = predicted.get((zone, index, s.start_char, s.end_char))
                lines.append(f"    >> q{qid} {zone}/{index} @{s.start_char}-{s.end_char}: "
                             f"«{text[s.start_char:s.end_char]}»")
                lines.append(f"       {_fmt_ext(q)}")
                kind = q.kind if q else "direct"
                speaker = (q.speaker if q else None) or "-"
                ann.append(f"q{qid}\t{zone}/{index}@{s.start_char}-{s.end_char}\t{kind}\t{speaker}")
        lines.append("")
    ann.append("")
    ann.append("# quotes the mark layer missed: + zone/index  occurrence  kind  speaker  «exact quoted text»")
    return "\n".join(lines) + "\n", "\n".join(ann) + "\n"


def slug(outlet: str) -> str:
    return _SLUG.sub("-", outlet.lower()).strip("-")[:30]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="/work/notes/gold-sheets")
    parser.add_argument("--overwrite-ann", action="store_true",
                        help="overwrite existing .ann files (by default an existing one is kept)")
    args = parser.parse_args(argv)
    if not gc.available():
        print(f"bench.gold.sheets: {gc.CORPUS} is absent; nothing to do")
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    chosen = choose()
    # Batches A and B alternate through the documents sorted by outlet, so both see every kind.
    ordered = sorted(chosen, key=lambda c: (c[1], _rank(c[0])))
    rows = []
    for number, (doc, outlet, article) in enumerate(ordered, 1):
        split = gc.split_of(doc)
        batch = "AB"[(number - 1) % 2]
        md, ann = sheet(number, doc, outlet, article, split, batch)
        name = f"S{number:03d}-{slug(outlet)}"
        (out / f"{name}.md").write_text(md, encoding="utf-8")
        ann_path = out / f"{name}.ann"
        if args.overwrite_ann or not ann_path.exists():
            ann_path.write_text(ann, encoding="utf-8")
        rows.append({"doc": doc, "sheet": name, "outlet": outlet, "language": article.language,
                     "lang": lang_of(doc, article),
                     "split": split, "batch": batch, "title_sha1": gc.sha1(article.title),
                     "body_sha1": gc.sha1(article.body),
                     "paragraphs": [h[:12] for h in gc.paragraph_hashes(article.body)]})
    gc.DATA.mkdir(parents=True, exist_ok=True)
    with (gc.DATA / "docs.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    spans = sum(len(gc.mark_spans(c[2])) for c in chosen)
    print(f"{len(rows)} documents, {len({c[1] for c in chosen})} outlets, {spans} marked spans -> {out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
