"""Count the span half of PolNeAR's end-to-end F1 by cause: the missed and extra quotes.

    python -m bench.span_causes --split train-a          # the counts
    python -m bench.span_causes --split train-a --list   # and each error with its cause

``bench.quotes_errors`` lists a split's missed gold quotes and extra predictions; this sorts them
by what went wrong with the span, so that a fix goes to a cause that is there (stop 42, pn42):

- missed, ``scare``: the quote was found, with the gold span (overlap >= 0.5), and typed scare
  (the scorer leaves scare quotes out); split by length, since three words or fewer are mostly
  titles, nicknames and slogans and longer ones are worth reading;
- missed, ``other kind``: found at >= 0.5 but its one-to-one match went to another prediction of
  the same words (the scorer matches by text: a repeated term);
- missed, ``boundary``: some prediction overlaps it, all below 0.5 (marks paired wrongly, a span
  cut short or run on);
- missed, ``not found``: no prediction shares a word with it;
- extra, ``repeated``: its words are all inside a gold quote of the document that another
  prediction matched (the same words quoted twice, a pull quote, a tweet shown again: PolNeAR
  annotates one of them);
- extra, ``partly gold``: half its words or more are in one gold quote, which it matches below 0.5
  (a span cut short or run on);
- extra, ``no gold``: it shares no span with any gold quote (quotes PolNeAR did not annotate,
  titles we typed partial); by our kind.

Prints and never asserts.
"""
from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path

from newsbeam.transforms.quotes import extract_quotes

from bench.quotes import CORPUS, HALVES, SPLITS, gold_file, load_split, split_dir
from bench.quotes_errors import _scorer, _short, errors

SHORT_TERM = 3  # words: a quoted term this short is mostly a title, a nickname or a slogan
MATCH = 0.5  # the scorer's token-F1 threshold


def _predictions(sq, split: str, variant: str) -> dict[str, list[tuple[object, str]]]:
    """Every prediction of the split, scare ones too, per document: (scorer Pred, kind)."""
    out: dict[str, list[tuple[object, str]]] = collections.defaultdict(list)
    for doc, (title, bullets, body) in load_split(split, variant):
        for q in extract_quotes(title, bullets, body):
            for p in sq.split_prediction(doc, {"text": q.text, "kind": q.kind}):
                out[doc].append((p, q.kind))
    return out


def _golds(sq, split: str, variant: str) -> dict[str, list[object]]:
    with tempfile.TemporaryDirectory(prefix="bench-span-causes-") as tmp:
        golds, _ = sq.load_gold(str(gold_file(split, variant, Path(tmp))))
    out: dict[str, list[object]] = collections.defaultdict(list)
    for g in golds:
        out[g.doc].append(g)
    return out


def missed_cause(sq, quote: str, preds: list[tuple[object, str]]) -> str:
    """The cause of one missed gold quote, from the predictions of its document."""
    toks = sq.tokens(quote)
    best, kind = max(((sq.token_f1(toks, p.toks), k) for p, k in preds), default=(0.0, ""),
                     key=lambda pair: pair[0])
    if best >= MATCH and kind == "scare":
        return f"scare, {'<=' if len(toks) <= SHORT_TERM else '>'}{SHORT_TERM} words"
    if best >= MATCH:
        return "other kind (its words matched elsewhere)"
    return "boundary" if best > 0 else "not found"


def extra_cause(sq, quote: str, kind: str, golds: list[object]) -> str:
    """The cause of one extra prediction, from the gold quotes of its document."""
    toks = sq.tokens(quote)
    if any(set(toks) <= set(g.toks) for g in golds):
        return "repeated"
    inside = max((_share(toks, g.toks) for g in golds), default=0.0)
    return "partly gold" if inside >= MATCH else f"no gold ({kind})"


def _share(toks: list[str], gold: list[str]) -> float:
    """The part of a prediction's words that a gold quote holds (a span cut short or run on)."""
    return sum((collections.Counter(toks) & collections.Counter(gold)).values()) / len(toks) if toks else 0.0


def causes(split: str, variant: str, listing: bool = False, out=sys.stdout) -> collections.Counter:
    sq = _scorer()
    errs, _ = errors(split, variant)
    preds, golds = _predictions(sq, split, variant), _golds(sq, split, variant)
    counts: collections.Counter = collections.Counter()
    for e in errs:
        if e["what"] == "missed":
            cause = "missed: " + missed_cause(sq, e["quote"], preds[e["doc"]])
        elif e["what"] == "extra":
            cause = "extra: " + extra_cause(sq, e["quote"], e["kind"], golds[e["doc"]])
        else:
            continue
        counts[cause] += 1
        if listing:
            print(f"{cause:<44}{e['doc'][:40]}  “{_short(e['quote'], 90)}”", file=out)
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="count PolNeAR's missed and extra quotes by span cause")
    ap.add_argument("--split", default="train-a", choices=SPLITS + HALVES)
    ap.add_argument("--variant", default="us", choices=("us", "uk"))
    ap.add_argument("--list", action="store_true", help="each error with its cause")
    args = ap.parse_args(argv)
    if not (CORPUS / "score_quotes.py").exists() or not split_dir(args.split).is_dir():
        print(f"skip: the PolNeAR corpus is not at {split_dir(args.split)}")
        return 0
    counts = causes(args.split, args.variant, args.list)
    print(f"{args.split}-{args.variant}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
