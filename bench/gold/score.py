"""Score the current quote extractor on the general-news gold set.

    python -m bench.gold              # the dev part (what to look at while working)
    python -m bench.gold --errors     # ... and every dev error, with the quoted words
    python -m bench.gold --test       # the test part: for reporting only

Runs newsbeam's own path for one input (``newsbeam extract``: readers, normalize, quotes) over
every annotated document, reading the texts from ``../shared/corpus``, matches the predicted
quotes to the gold ones (same document and zone; the same words by hash, the nearest first;
else overlapping offsets) and prints quote recall and precision, strict speaker accuracy, kind
accuracy, the kinds of speaker errors and a per-outlet table. It prints and never asserts.
Exits 0 with a message when ``../shared`` is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from bench.gold import corpus as gc

WRONG_NAME, WRONG_NULL, SHOULD_BE_NULL = "wrong name", "wrong null", "should be null"


def load_rows(pattern: str) -> list[dict]:
    rows = []
    for path in sorted(gc.DATA.glob(pattern)):
        with path.open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows


@dataclass
class Tally:
    gold: int = 0
    matched: int = 0
    gone: int = 0
    predicted: int = 0
    true_pos: int = 0
    speaker_ok: int = 0
    kind_ok: int = 0
    errors: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)  # (gold kind, predicted kind) -> matched quotes

    def add(self, other: Tally) -> None:
        for name in ("gold", "matched", "gone", "predicted", "true_pos", "speaker_ok", "kind_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.update(other.errors)
        self.kinds.update(other.kinds)


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def speaker_error(gold: str | None, predicted: str | None) -> str | None:
    if gold == predicted:
        return None
    if gold is None:
        return SHOULD_BE_NULL
    if predicted is None:
        return WRONG_NULL
    return WRONG_NAME


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match(gold: list[dict], predicted: list) -> dict[int, object]:
    """Gold row index -> the predicted Quote it matches (each prediction used once)."""
    out: dict[int, object] = {}
    used: set[int] = set()
    by_zone: dict[tuple, list[int]] = defaultdict(list)
    hashes = [gc.sha1(q.text) for q in predicted]
    for k, q in enumerate(predicted):
        by_zone[(q.zone, q.zone_index)].append(k)
    for rule in ("hash", "overlap"):
        for g_index, g in enumerate(gold):
            if g_index in out:
                continue
            best, best_score = None, None
            for k in by_zone.get((g["zone"], g["zone_index"]), ()):
                if k in used:
                    continue
                q = predicted[k]
                if rule == "hash":
                    if hashes[k] != g["text_sha1"]:
                        continue
                    score = -abs(q.start_char - g["start_char"])
                else:
                    score = _overlap(q.start_char, q.end_char, g["start_char"], g["end_char"])
                    if score <= 0:
                        continue
                if best_score is None or score > best_score:
                    best, best_score = k, score
            if best is not None:
                out[g_index] = predicted[best]
                used.add(best)
    return out


def _still_there(article, g: dict) -> bool:
    text = gc.zone_text(article, g["zone"], g["zone_index"])
    if text is None:
        return False
    if gc.sha1(text[g["start_char"]:g["end_char"]]) == g["text_sha1"]:
        return True
    return any(s.text_sha1 == g["text_sha1"] for s in gc.mark_spans(article)
               if s.zone == g["zone"] and s.zone_index == g["zone_index"])


@dataclass
class DocResult:
    doc: str
    outlet: str
    lang: str
    tally: Tally
    lines: list[str]


def anchored(article, gold: list[dict]) -> list[dict]:
    """``gold`` with each row whose offsets no longer hold its words (the body newsbeam reads has
    changed since it was annotated) moved to the quote-mark span of the same zone that holds
    them, the nearest to its old offsets; rows that hold their words, or whose words are gone,
    as they are. Matching by overlap then pairs a drifted row with its own quote, not with the
    quote that now stands at its old offsets."""
    spans = None
    out = []
    for g in gold:
        text = gc.zone_text(article, g["zone"], g["zone_index"]) or ""
        if gc.sha1(text[g["start_char"]:g["end_char"]]) == g["text_sha1"]:
            out.append(g)
            continue
        spans = gc.mark_spans(article) if spans is None else spans
        twins = [s for s in spans if s.zone == g["zone"] and s.zone_index == g["zone_index"]
                 and s.text_sha1 == g["text_sha1"]]
        if not twins:
            out.append(g)
            continue
        s = min(twins, key=lambda s: abs(s.start_char - g["start_char"]))
        out.append({**g, "start_char": s.start_char, "end_char": s.end_char})
    return out


def score_doc(doc: dict, article, gold: list[dict], ignored: list[dict]) -> DocResult:
    gold = anchored(article, gold)
    tally = Tally(gold=len(gold))
    lines: list[str] = []
    predicted = list(article.quotes)
    matched = match(gold, predicted)
    used = {id(q) for q in matched.values()}
    # Predictions on spans that are not article text are not counted; nor those in body
    # paragraphs that were not annotated (the body newsbeam reads has changed since).
    skip = match([r for r in ignored if r["reason"] == "not_article_text"],
                 [q for q in predicted if id(q) not in used])
    skipped = {id(q) for q in skip.values()}
    annotated = set(doc["paragraphs"])
    body = article.body
    for q in predicted:
        if id(q) in skipped:
            continue
        if q.zone == "body":
            p = gc.paragraph_of(body, q.start_char)
            hashes = gc.paragraph_hashes(body)
            if p < 0 or hashes[p][:12] not in annotated:
                continue
        tally.predicted += 1
        if id(q) in used:
            tally.true_pos += 1
        else:
            lines.append(f"  FALSE POSITIVE {q.zone}@{q.start_char}: «{_clip(q.text)}» "
                         f"-> {q.kind} | {q.speaker} ({getattr(q, 'rule', None) or q.attribution})")
    for g_index, g in enumerate(gold):
        q = matched.get(g_index)
        text = gc.zone_text(article, g["zone"], g["zone_index"]) or ""
        words = text[g["start_char"]:g["end_char"]]
        if q is None:
            if not _still_there(article, g):
                tally.gone += 1
                lines.append(f"  GONE {g['id']} (no longer in the text newsbeam reads)")
            else:
                lines.append(f"  MISSED {g['id']} «{_clip(words)}» gold {g['kind']} | {g['speaker']}")
            continue
        tally.matched += 1
        error = speaker_error(g["speaker"], q.speaker)
        kind_ok = g["kind"] == q.kind
        tally.speaker_ok += error is None
        tally.kind_ok += kind_ok
        tally.kinds[(g["kind"], q.kind)] += 1
        if error:
            tally.errors[error] += 1
            tally.errors[f"{error} ({getattr(q, 'rule', None) or q.attribution})"] += 1
        if error or not kind_ok:
            what = []
            if error:
                what.append(f"SPEAKER {error}: gold {g['speaker']!r} predicted {q.speaker!r}")
            if not kind_ok:
                what.append(f"KIND gold {g['kind']} predicted {q.kind}")
            lines.append(f"  {g['id']} «{_clip(q.text)}»\n      " + "; ".join(what) +
                         f"\n      rule: {getattr(q, 'rule', None) or q.attribution}, "
                         f"mention={q.speaker_mention!r}, cue={q.cue!r}")
    return DocResult(doc["doc"], doc["outlet"], doc.get("lang", "en"), tally, lines)


def _clip(text: str, size: int = 160) -> str:
    text = gc.collapse(text)
    return text if len(text) <= size else text[:size - 1] + "…"


def kind_confusion(kinds: Counter) -> list[str]:
    """The confusion table of gold kind (rows) against predicted kind (columns)."""
    names = sorted({k for pair in kinds for k in pair})
    head = "gold \\ predicted"
    lines = [f"  {head:<18}" + "".join(f"{n:>9}" for n in names) + f"{'gold':>7}"]
    for g in names:
        row = [kinds[(g, p)] for p in names]
        lines.append(f"  {g:<18}" + "".join(f"{v:>9}" for v in row) + f"{sum(row):>7}")
    return lines


def run(split: str, show_errors: bool, out=sys.stdout, batch: str | None = None) -> Tally | None:
    if not gc.available():
        print(f"bench.gold: {gc.CORPUS} is absent (the shared corpus sits beside the checkout); skipped",
              file=out)
        return None
    docs = {row["doc"]: row for row in load_rows("docs.jsonl")}
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    ignored_by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in load_rows("quotes-*.jsonl"):
        gold_by_doc[row["doc"]].append(row)
    for row in load_rows("ignore-*.jsonl"):
        ignored_by_doc[row["doc"]].append(row)
    batches = None if batch is None else {b.strip().upper() for b in batch.split(",")}
    annotated = [d for d in docs.values() if d["split"] == split and (batches is None or d["batch"] in batches)
                 and (d["doc"] in gold_by_doc or d["doc"] in ignored_by_doc)]
    results: list[DocResult] = []
    changed = 0
    cache: dict[str, list] = {}
    for doc in annotated:
        path = doc["doc"].partition("#")[0]
        if path not in cache:
            cache[path] = gc.extracted(path)
        article = gc.find_article(cache[path], doc["doc"])
        if article is None:
            print(f"bench.gold: {doc['doc']} is no longer read from the corpus", file=out)
            continue
        changed += gc.sha1(article.body) != doc["body_sha1"]
        results.append(score_doc(doc, article, gold_by_doc[doc["doc"]], ignored_by_doc[doc["doc"]]))
    total = Tally()
    outlets: dict[str, Tally] = defaultdict(Tally)
    languages: dict[str, Tally] = defaultdict(Tally)
    sources: dict[str, Tally] = defaultdict(Tally)
    for r in results:
        total.add(r.tally)
        outlets[r.outlet].add(r.tally)
        languages[r.lang].add(r.tally)
        sources[r.doc.split("/", 1)[0]].add(r.tally)
    scope = f"{split} part" + (f", batch {batch}" if batch else "")
    print(f"general-news gold, {scope}: {len(results)} documents, {len(outlets)} outlets, "
          f"{total.gold} gold quotes ({changed} bodies read differently than when annotated)", file=out)
    located = total.gold - total.gone
    print(f"  quote recall      {_ratio(total.matched, located)}  ({total.matched}/{located}; "
          f"{total.gone} gone from the text)", file=out)
    print(f"  quote precision   {_ratio(total.true_pos, total.predicted)}  ({total.true_pos}/{total.predicted})",
          file=out)
    print(f"  speaker accuracy  {_ratio(total.speaker_ok, total.matched)}  (strict: exact fullest name, "
          f"or null where gold is null; over {total.matched} matched)", file=out)
    print(f"  kind accuracy     {_ratio(total.kind_ok, total.matched)}", file=out)
    for error in (WRONG_NAME, WRONG_NULL, SHOULD_BE_NULL):
        by_rule = ", ".join(f"{k.split('(')[1][:-1]} {v}" for k, v in sorted(total.errors.items())
                            if k.startswith(error + " ("))
        print(f"  {error:<15} {total.errors[error]:>4}  ({by_rule or '-'})", file=out)
    print("\n  kinds (matched quotes)", file=out)
    for line in kind_confusion(total.kinds):
        print(line, file=out)
    for title, groups in (("corpus", sources), ("language", languages), ("outlet", outlets)):
        print(f"\n  {title:<36} {'gold':>5} {'recall':>7} {'speaker':>8} {'kind':>6}", file=out)
        for name, t in sorted(groups.items(), key=lambda kv: (-kv[1].gold, kv[0])):
            print(f"  {name[:36]:<36} {t.gold:>5} {_ratio(t.matched, t.gold - t.gone):>7} "
                  f"{_ratio(t.speaker_ok, t.matched):>8} {_ratio(t.kind_ok, t.matched):>6}", file=out)
    if show_errors:
        for r in results:
            if r.lines:
                print(f"\n== {r.doc}  [{r.outlet}]", file=out)
                for line in r.lines:
                    print(line, file=out)
    summary = (f"bench-gold {split}: recall {_ratio(total.matched, located)} precision "
               f"{_ratio(total.true_pos, total.predicted)} speaker {_ratio(total.speaker_ok, total.matched)} "
               f"kind {_ratio(total.kind_ok, total.matched)} quotes {total.gold} outlets {len(outlets)}")
    print("\n" + summary, file=out)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test", action="store_true", help="score the test part (for reporting only)")
    parser.add_argument("--errors", action="store_true", help="list every error (not with --test)")
    parser.add_argument("--batch", help="score only the documents of these batches, comma-separated (A, B, C, D, E; e.g. A,B,C,D)")
    args = parser.parse_args(argv)
    if args.test and args.errors:
        parser.error("--errors lists dev errors only: the test part is for reporting")
    run("test" if args.test else "dev", args.errors, batch=args.batch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
