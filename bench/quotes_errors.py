"""List the extractor's errors on a PolNeAR split, as ``bench.gold --errors`` does for the gold set.

    python -m bench.quotes_errors --split train-a            # every error of train half A (US style)
    python -m bench.quotes_errors --split dev --only speaker # only wrong speakers
    python -m bench.quotes_errors --split train-a --summary  # only the counts

Matches predictions to gold quotes with the corpus scorer's own functions (token overlap >= 0.5,
one to one, nested quotes set aside), then prints three kinds of error:

- ``speaker``: a matched quote whose speaker the scorer's loose check calls wrong (the gold
  source and its kind, the predicted speaker and mention, the rule and cue);
- ``missed``: a gold quote no non-scare prediction matches (and whether we called it scare);
- ``extra``: a non-scare prediction matching no gold quote.

Each error shows the words before the quote in the article, so its attribution can be read.
Study one half of train (``train-a``) and check a change on the other and on dev: see
``bench.quotes.half_of``. Prints and never asserts.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

from newsbeam.transforms.quotes import extract_quotes

from bench.quotes import CORPUS, HALVES, SPLITS, _base, gold_file, load_split, split_dir


def _scorer():
    spec = importlib.util.spec_from_file_location("polnear_score_quotes", CORPUS / "score_quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _short(text: str | None, width: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"


def errors(split: str, variant: str) -> tuple[list[dict], dict]:
    """(errors, counts) of one split and style; each error a dict with its ``what`` and details."""
    sq = _scorer()
    articles = load_split(split, variant)
    rows: list[dict] = []
    for doc, (title, bullets, body) in articles:
        for q in extract_quotes(title, bullets, body):
            rows.append({"doc": doc, "zone": q.zone, "text": q.text, "speaker": q.speaker,
                         "speaker_mention": q.speaker_mention, "cue": q.cue, "kind": q.kind,
                         "rule": q.rule, "attribution": q.attribution, "start_char": q.start_char})
    with tempfile.TemporaryDirectory(prefix="bench-quotes-errors-") as tmp:
        gold_path = gold_file(split, variant, Path(tmp))
        golds, _ = sq.load_gold(str(gold_path))
        docs = sq.load_docs(str(gold_path.with_suffix(".docs.jsonl")))
        records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    starts = [(r["doc"], q["start"], r.get("cue")) for r in records for q in r["quotes"]]
    texts = {doc: (split_dir(split) / f"polnear-{_base(split)[0]}-{variant}" / f"{doc}.txt").read_text(encoding="utf-8")
             for doc, _ in articles}
    preds, owner = [], []
    for row in rows:
        for p in sq.split_prediction(row["doc"], row):
            preds.append(p)
            owner.append(row)
    keep = [i for i, p in enumerate(preds) if not sq.is_scare(p)]
    scare = [i for i, p in enumerate(preds) if sq.is_scare(p)]
    nested = [sq.Gold(d["doc"], u, sq.tokens(u), "nested", "body", None, None, "none", "")
              for d in docs for u in d.get("nested_quotes", [])]
    first = sq.greedy_match([preds[i] for i in keep], golds, 0.5)
    leftover = [j for j in range(len(keep)) if j not in first]
    aside = {leftover[j] for j in sq.greedy_match([preds[keep[j]] for j in leftover], nested, 0.5)}
    keep = [i for j, i in enumerate(keep) if j not in aside]
    match = sq.greedy_match([preds[i] for i in keep], golds, 0.5)
    out: list[dict] = []

    def before(doc: str, start: int) -> str:
        text = texts.get(doc, "")
        line_start = text.rfind("\n", 0, start) + 1
        return text[max(line_start, start - 160):start]

    matched_g = set()
    for j, (gi, overlap) in match.items():
        matched_g.add(gi)
        g, p, row = golds[gi], preds[keep[j]], owner[keep[j]]
        if not sq.speaker_loose(g, p):
            out.append({"what": "speaker", "doc": g.doc, "quote": g.text, "gold": g.source,
                        "gold_kind": g.source_kind, "gold_cue": starts[gi][2], "speaker": row["speaker"],
                        "mention": row["speaker_mention"], "rule": row["rule"], "cue": row["cue"],
                        "kind": row["kind"], "before": before(g.doc, starts[gi][1])})
    scare_hit = sq.greedy_match([preds[i] for i in scare], [g for gi, g in enumerate(golds) if gi not in matched_g], 0.5)
    unmatched_g = [gi for gi in range(len(golds)) if gi not in matched_g]
    scared = {unmatched_g[k] for _, (k, _) in scare_hit.items()}
    for gi in unmatched_g:
        g = golds[gi]
        out.append({"what": "missed", "doc": g.doc, "quote": g.text, "gold": g.source, "gold_kind": g.source_kind,
                    "gold_cue": starts[gi][2], "scare": gi in scared, "type": g.type,
                    "before": before(g.doc, starts[gi][1])})
    for j, i in enumerate(keep):
        if j in match:
            continue
        row = owner[i]
        out.append({"what": "extra", "doc": row["doc"], "quote": preds[i].text, "speaker": row["speaker"],
                    "mention": row["speaker_mention"], "rule": row["rule"], "kind": row["kind"]})
    counts = {"gold": len(golds), "matched": len(match), "speaker": sum(e["what"] == "speaker" for e in out),
              "missed": len(unmatched_g), "missed_as_scare": len(scared),
              "extra": sum(e["what"] == "extra" for e in out)}
    return out, counts


def print_errors(errs: list[dict], only: str | None, out=sys.stdout) -> None:
    for e in errs:
        if only and e["what"] != only:
            continue
        print(f"{e['what'].upper():<8}{e['doc']}", file=out)
        print(f"    quote:   “{_short(e['quote'])}”", file=out)
        if e["what"] != "extra":
            print(f"    before:  …{_short(e['before'], 160)}", file=out)
            print(f"    gold:    {e['gold']!r} ({e['gold_kind']}) cue {e['gold_cue']!r}"
                  + (f" type {e['type']}" + (", we called it scare" if e["scare"] else "") if e["what"] == "missed" else ""),
                  file=out)
        if e["what"] != "missed":
            print(f"    ours:    {e['speaker']!r} mention {e['mention']!r} rule {e['rule']} "
                  f"cue {e.get('cue')!r} kind {e['kind']}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="list the quote extractor's errors on a PolNeAR split")
    ap.add_argument("--split", default="train-a", choices=SPLITS + HALVES)
    ap.add_argument("--variant", default="us", choices=("us", "uk"))
    ap.add_argument("--only", choices=("speaker", "missed", "extra"))
    ap.add_argument("--summary", action="store_true", help="only the counts, by rule")
    args = ap.parse_args(argv)
    if not (CORPUS / "score_quotes.py").exists() or not split_dir(args.split).is_dir():
        print(f"skip: the PolNeAR corpus is not at {split_dir(args.split)}")
        return 0
    errs, counts = errors(args.split, args.variant)
    if not args.summary:
        print_errors(errs, args.only)
    print(f"{args.split}-{args.variant}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for what in ("speaker", "extra"):
        by_rule = collections.Counter(str(e["rule"]) for e in errs if e["what"] == what)
        print(f"{what} errors by rule: " + ", ".join(f"{r} {n}" for r, n in by_rule.most_common()))
    by_kind = collections.Counter(str(e["gold_kind"]) for e in errs if e["what"] == "speaker")
    print("speaker errors by gold source kind: " + ", ".join(f"{k} {n}" for k, n in by_kind.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
