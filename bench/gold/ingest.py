"""Turn filled-in annotation files (``Snnn-outlet.ann``) into the gold data of one batch.

    python -m bench.gold.ingest --batch A       # -> bench/gold/data/quotes-a.jsonl, ignore-a.jsonl
    python -m bench.gold.ingest --batch B
    python -m bench.gold.ingest --batch C       # sheets from /work/notes/gold-sheets-c
    python -m bench.gold.ingest --batch D       # sheets from /work/notes/gold-sheets-d-final
    python -m bench.gold.ingest --batch E       # sheets from /work/notes/gold-sheets-e

Reads every ``.ann`` of the batch (the batch is in ``data/docs.jsonl``) whose header says
``status: done``, checks each line against the text newsbeam reads now from ``../shared`` and
rewrites the batch's files from scratch (so running it again is safe). Lines:

    q5<TAB>body/0@4132-4324<TAB>direct<TAB>Bill Shorten     a span of the sheet; speaker - is null
    q6<TAB>body/0@4400-4410<TAB>none                        not a quotation (the marks were misread)
    q7<TAB>body/0@4500-4520<TAB>boiler                      not article text (a caption, a widget)
    + body/0  1  partial  Jane Roe  «exact quoted words»      a quotation the mark layer missed:
                                                              zone/index, which occurrence of the
                                                              words in the zone (1 = first), kind,
                                                              speaker (or -), the words inside
                                                              the marks between « and »

Only hashes, offsets, kinds and names are written: no quoted words.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from bench.gold import corpus as gc

_LINE = re.compile(r"^(q\d+)\s+(title|bullet|body)/(\d+)@(\d+)-(\d+)\s+(\w+)\s*(.*?)\s*(?:#.*)?$")
_ADDED = re.compile(r"^\+\s+(title|bullet|body)/(\d+)\s+(\d+)\s+(\w+)\s+(.*?)\s*«(.+)»\s*(?:#.*)?$")
_STATUS = re.compile(r"^status:\s*(\w+)", re.MULTILINE)
SKIP_KINDS = ("none", "boiler")
# Where each batch's sheets were written (``--sheets`` overrides it). D: the first annotator's
# gold-sheets-d (kept as annotated) with the corrections of the agreement check applied.
SHEETS = {"A": "/work/notes/gold-sheets", "B": "/work/notes/gold-sheets", "C": "/work/notes/gold-sheets-c",
          "D": "/work/notes/gold-sheets-d-final", "E": "/work/notes/gold-sheets-e"}


class AnnotationError(ValueError):
    pass


def _speaker(value: str, kind: str, where: str) -> str | None:
    value = value.strip()
    if value in ("", "-"):
        return None
    if kind == "scare":
        raise AnnotationError(f"{where}: a scare quote has no speaker (write -)")
    return value


def parse(ann: str, doc_row: dict, article) -> tuple[list[dict], list[dict]]:
    """(gold rows, ignored rows) of one filled-in annotation file."""
    gold, ignored = [], []
    seen = set()
    base = {"doc": doc_row["doc"]}
    for number, line in enumerate(ann.splitlines(), 1):
        line = line.rstrip()
        where = f"{doc_row['sheet']}.ann:{number}"
        if not line or line.startswith(("#", "doc:", "status:")):
            continue
        m = _LINE.match(line)
        if m:
            qid, zone, index, start, end, kind, speaker = m.groups()
            index, start, end = int(index), int(start), int(end)
            text = gc.zone_text(article, zone, index)
            if text is None or end > len(text) or start >= end:
                raise AnnotationError(f"{where}: {zone}/{index}@{start}-{end} is not in the text")
            source = "marks"
        else:
            m = _ADDED.match(line)
            if not m:
                raise AnnotationError(f"{where}: cannot read {line!r}")
            zone, index, occurrence, kind, speaker, words = m.groups()
            index, occurrence = int(index), int(occurrence)
            qid = f"+{number}"
            text = gc.zone_text(article, zone, index)
            if text is None:
                raise AnnotationError(f"{where}: no zone {zone}/{index}")
            at = -1
            for _ in range(occurrence):
                at = text.find(words, at + 1)
                if at < 0:
                    raise AnnotationError(f"{where}: occurrence {occurrence} of «{words}» not found")
            start, end = at, at + len(words)
            source = "added"
        if kind not in gc.KINDS + SKIP_KINDS:
            raise AnnotationError(f"{where}: kind {kind!r} is not one of {gc.KINDS + SKIP_KINDS}")
        if (zone, index, start, end) in seen:
            raise AnnotationError(f"{where}: the same span twice")
        seen.add((zone, index, start, end))
        row = {**base, "zone": zone, "zone_index": index, "start_char": start, "end_char": end,
               "text_sha1": gc.sha1(text[start:end])}
        if kind in SKIP_KINDS:
            ignored.append({**row, "reason": "not_article_text" if kind == "boiler" else "not_a_quote",
                            "id": f"{doc_row['sheet']}:{qid}"})
            continue
        gold.append({**row, "kind": kind, "speaker": _speaker(speaker, kind, where),
                     "outlet": doc_row["outlet"], "split": doc_row["split"],
                     "id": f"{doc_row['sheet']}:{qid}", "source": source})
    return gold, ignored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batch", required=True, choices=tuple(SHEETS))
    parser.add_argument("--sheets", help="the folder of the sheets (default: the batch's, see SHEETS)")
    args = parser.parse_args(argv)
    args.sheets = args.sheets or SHEETS[args.batch]
    if not gc.available():
        print(f"bench.gold.ingest: {gc.CORPUS} is absent; nothing to do")
        return 0
    docs = [json.loads(line) for line in (gc.DATA / "docs.jsonl").open(encoding="utf-8")]
    gold, ignored, done, todo, errors = [], [], 0, [], []
    cache: dict[str, list] = {}
    for row in docs:
        if row["batch"] != args.batch:
            continue
        path = Path(args.sheets) / f"{row['sheet']}.ann"
        ann = path.read_text(encoding="utf-8") if path.exists() else ""
        status = _STATUS.search(ann)
        if not status or status.group(1) != "done":
            todo.append(row["sheet"])
            continue
        file = row["doc"].partition("#")[0]
        if file not in cache:
            cache[file] = gc.read_articles(file)
        article = gc.find_article(cache[file], row["doc"])
        if article is None:
            errors.append(f"{row['sheet']}: {row['doc']} not found in the corpus")
            continue
        if gc.sha1(article.body) != row["body_sha1"]:
            errors.append(f"{row['sheet']}: the body newsbeam reads has changed since the sheet was made")
            continue
        try:
            g, i = parse(ann, row, article)
        except AnnotationError as exc:
            errors.append(str(exc))
            continue
        gold += g
        ignored += i
        done += 1
    suffix = args.batch.lower()
    for name, rows in ((f"quotes-{suffix}.jsonl", gold), (f"ignore-{suffix}.jsonl", ignored)):
        with (gc.DATA / name).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for error in errors:
        print("ERROR", error, file=sys.stderr)
    print(f"batch {args.batch}: {done} sheets done, {len(todo)} to do; {len(gold)} gold quotes, "
          f"{len(ignored)} ignored spans, {len({r['outlet'] for r in gold})} outlets", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
