"""Benchmark the quote extractor on the PolNeAR dev and train splits, and time it.

    python -m bench.quotes                      # (make bench-quotes) from the repository root
    python -m bench.quotes --splits dev         # dev only
    python -m bench.quotes --against 5613e70    # also time that commit's extractor, back to back
    python -m bench.quotes --against 5bdf711 --in-process   # only time both, in this one process
    python -m bench.quotes --splits train-a train-b         # the two halves of train (see half_of)

Reads ``../shared/corpus/polnear-{dev,train}`` (articles in US and British style with gold quotes),
writes our predictions as JSON lines, scores each variant with the corpus's own reference
scorer (run as a subprocess, so its numbers are exactly the ones anyone else gets), and prints
quote precision/recall/F1, speaker accuracy and end-to-end F1 per variant, then extraction
speed. It prints and never asserts: targets are for people to read. Exits 0 with a message
when the shared corpus is not there.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsbeam.transforms.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBEAM_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "polnear-dev"
SPLITS = ("dev", "train")
# Train cut in two by a hash of the document key: study errors on one half, check a change on both.
HALVES = ("train-a", "train-b")
SEED = SHARED / "examples" / "seed-article.txt"
VARIANTS = ("us", "uk")
# The extractor before issue 15 (the commit that wrote the first golden file), for --against.
BASELINE_REV = "5613e70"
BASELINE_SPEED = "~523/s"
_BULLET_PREFIXES = ("- ", "• ", "* ")


def read_article(text: str) -> tuple[str, list[str], str]:
    """(title, bullets, body) of the plain-text layout: headline, bullet lines, paragraphs."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return "", [], ""
    title, rest = lines[0], lines[1:]
    bullets = []
    while rest and rest[0].startswith(_BULLET_PREFIXES):
        bullets.append(rest.pop(0)[2:].strip())
    return title, bullets, "\n\n".join(rest)


def half_of(doc: str) -> str:
    """"a" or "b": which half of a split a document is in (a stable hash of its key, not its order)."""
    return "ab"[hashlib.sha1(doc.encode("utf-8")).digest()[0] & 1]


def _base(split: str) -> tuple[str, str | None]:
    """("train", "a") for "train-a"; ("dev", None) for "dev"."""
    base, _, half = split.partition("-")
    return base, half or None


def split_dir(split: str) -> Path:
    return SHARED / "corpus" / f"polnear-{_base(split)[0]}"


def load_split(split: str, variant: str) -> list[tuple[str, tuple[str, list[str], str]]]:
    """(doc, (title, bullets, body)) of every article of one PolNeAR split (or half) and style."""
    base, half = _base(split)
    folder = split_dir(split) / f"polnear-{base}-{variant}"
    return [(path.stem, read_article(path.read_text(encoding="utf-8")))
            for path in sorted(folder.glob("*.txt")) if half is None or half_of(path.stem) == half]


def gold_file(split: str, variant: str, tmp: Path) -> Path:
    """The gold JSONL of a split; for a half, a copy in ``tmp`` holding only its documents (with
    its companion .docs.jsonl, which the scorer reads beside it)."""
    base, half = _base(split)
    gold = split_dir(split) / "gold" / f"polnear-{base}-{variant}.jsonl"
    if half is None:
        return gold
    out = tmp / f"polnear-{split}-{variant}.jsonl"
    for src, dst in ((gold, out), (gold.with_suffix(".docs.jsonl"), out.with_suffix(".docs.jsonl"))):
        lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
        dst.write_text("".join(line for line in lines
                               if line.strip() and half_of(json.loads(line)["doc"]) == half), encoding="utf-8")
    return out


def load_variant(variant: str) -> list[tuple[str, tuple[str, list[str], str]]]:
    return load_split("dev", variant)


def write_predictions(articles, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for doc, (title, bullets, body) in articles:
            for q in extract_quotes(title, bullets, body):
                row = {"doc": doc, "zone": q.zone, "zone_index": q.zone_index, "position": q.position,
                       "start_char": q.start_char, "end_char": q.end_char, "text": q.text, "speaker": q.speaker,
                       "speaker_mention": q.speaker_mention, "cue": q.cue,
                       "attribution": q.attribution, "kind": q.kind,
                       "rule": getattr(q, "rule", None)}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def score(split: str, variant: str, predictions: Path, metrics: Path) -> dict:
    """The corpus's own scorer on our predictions (a subprocess: its numbers are anyone's)."""
    gold = gold_file(split, variant, metrics.parent)
    proc = subprocess.run(
        [sys.executable, str(CORPUS / "score_quotes.py"), str(gold), "--predictions", str(predictions),
         "--label", f"{split}-{variant}", "--json", str(metrics)],
        capture_output=True, text=True, check=False)
    if not metrics.exists():
        print(proc.stdout, proc.stderr, sep="\n")
        return {}
    return json.loads(metrics.read_text(encoding="utf-8"))["metrics"]


def scores(splits=SPLITS, variants=VARIANTS) -> dict[tuple[str, str], dict]:
    """{(split, variant): the scorer's metrics} for every split present."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="bench-quotes-") as tmp:
        for split in splits:
            if not split_dir(split).is_dir():
                continue
            for variant in variants:
                pred = Path(tmp) / f"pred-{split}-{variant}.jsonl"
                write_predictions(load_split(split, variant), pred)
                out[split, variant] = score(split, variant, pred, Path(tmp) / f"m-{split}-{variant}.json")
    return out


def articles_per_second(articles, min_seconds: float = 1.0, extract=extract_quotes) -> float:
    """Extraction rate on one core: whole passes of ``extract`` over ``articles`` for at least
    ``min_seconds`` of this process's CPU time (wall time would count other programs sharing the
    machine)."""
    done, started = 0, time.process_time()
    while True:
        for _, (title, bullets, body) in articles:
            extract(title, bullets, body)
        done += len(articles)
        elapsed = time.process_time() - started
        if elapsed >= min_seconds:
            return done / elapsed


def seed_like_bodies(size: int = 4096) -> list[tuple[str, tuple[str, list[str], str]]]:
    """~4 KB bodies made of the seed article's paragraphs, rotated so no two are the same."""
    title, bullets, body = read_article(SEED.read_text(encoding="utf-8"))
    paragraphs = body.split("\n\n")
    out = []
    for shift in range(len(paragraphs)):
        rotated = paragraphs[shift:] + paragraphs[:shift]
        text, k = [], 0
        while sum(len(p) + 2 for p in text) < size:
            text.append(rotated[k % len(rotated)])
            k += 1
        out.append((f"seed{shift}", (title, bullets, "\n\n".join(text)[:size])))
    return out


def _speed_line() -> str:
    return f"{articles_per_second(seed_like_bodies(), 2.0):.1f}"


def speed_against(rev: str, rounds: int = 3) -> list[tuple[float, float]]:
    """(old, new) seed-like articles/s, measured back to back ``rounds`` times, each in a fresh
    process: ``rev``'s extractor (from ``git archive``) against the working tree's."""
    with tempfile.TemporaryDirectory(prefix="bench-quotes-old-") as old:
        archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", old], input=archive, check=True)
        # This script measures both sides: only the extractor differs.
        (Path(old) / "bench" / "quotes.py").write_text(Path(__file__).read_text(encoding="utf-8"))
        out = []
        for _ in range(rounds):
            pair = []
            for tree in (old, str(ROOT)):
                env = {**os.environ, "PYTHONPATH": tree, "NEWSBEAM_SHARED": str(SHARED)}
                proc = subprocess.run([sys.executable, "-m", "bench.quotes", "--speed-only"], cwd=tree,
                                      env=env, capture_output=True, text=True, check=True)
                pair.append(float(proc.stdout.split()[-1]))
            out.append((pair[0], pair[1]))
        return out


def _load_extractor(tree: str):
    """``extract_quotes`` of the checkout at ``tree``, imported beside this process's own (its
    modules are taken out of ``sys.modules`` again, so each copy keeps its own globals)."""
    def ours() -> dict:
        return {k: m for k, m in sys.modules.items() if k == "newsbeam" or k.startswith("newsbeam.")}
    saved = ours()
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, tree)
    try:
        module = importlib.import_module("newsbeam.transforms.quotes")
        if not str(Path(module.__file__).resolve()).startswith(str(Path(tree).resolve())):
            raise RuntimeError(f"imported {module.__file__}, not the tree at {tree}")
        return module.extract_quotes
    finally:
        sys.path.remove(tree)
        for name in ours():
            del sys.modules[name]
        sys.modules.update(saved)


def speed_against_in_process(rev: str, rounds: int = 6, min_seconds: float = 1.5) -> dict[str, list]:
    """{corpus: [(old, new) articles/s per round]}: ``rev``'s extractor and the working tree's,
    both loaded in this process and timed in turn (CPU time), on the seed-like bodies and
    PolNeAR dev (US). On a loaded machine this is steadier than fresh processes, which each
    meet a different load."""
    corpora = {"seed-like": seed_like_bodies()}
    if split_dir("dev").is_dir():
        corpora["polnear-dev-us"] = load_split("dev", "us")
    with tempfile.TemporaryDirectory(prefix="bench-quotes-old-") as old_tree:
        archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", old_tree], input=archive, check=True)
        old = _load_extractor(old_tree)
        out: dict[str, list] = {name: [] for name in corpora}
        for _ in range(rounds):
            for name, articles in corpora.items():
                out[name].append((articles_per_second(articles, min_seconds, old),
                                   articles_per_second(articles, min_seconds, extract_quotes)))
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="PolNeAR scores and speed of the quote extractor")
    ap.add_argument("--splits", nargs="+", default=list(SPLITS), choices=SPLITS + HALVES)
    ap.add_argument("--against", metavar="REV", default=None,
                    help="also time REV's extractor, back to back with this one (e.g. " + BASELINE_REV + ")")
    ap.add_argument("--speed-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--in-process", action="store_true",
                    help="with --against: only time both extractors, loaded in this one process, in turn")
    args = ap.parse_args(argv)
    if args.speed_only:
        print(_speed_line())
        return 0
    if args.in_process and args.against:
        for name, pairs in speed_against_in_process(args.against).items():
            ratios = sorted(new / old for old, new in pairs)
            print(f"speed {name}: " + ", ".join(f"{old:,.0f}->{new:,.0f}" for old, new in pairs) +
                  f" articles/s ({args.against} -> this tree, CPU time); median x{ratios[len(ratios) // 2]:.2f}")
        return 0
    if not (CORPUS / "score_quotes.py").exists():
        print(f"skip: the PolNeAR dev corpus is not at {CORPUS}")
        return 0
    rows = scores(tuple(args.splits))
    print(f"{'split':<12}{'P@.5':>7}{'R@.5':>7}{'F1@.5':>7}{'P@.9':>7}{'R@.9':>7}{'F1@.9':>7}"
          f"{'spk':>7}{'strict':>7}{'e2e F1':>8}")
    for (split, variant), m in rows.items():
        label = f"{split}-{variant}"
        if not m:
            print(f"{label:<12} scorer failed")
            continue
        a, b = m["@0.5"], m["@0.9"]
        print(f"{label:<12}{a['precision']:>7.3f}{a['recall']:>7.3f}{a['f1']:>7.3f}"
              f"{b['precision']:>7.3f}{b['recall']:>7.3f}{b['f1']:>7.3f}"
              f"{m['speaker_loose']:>7.3f}{m['speaker_strict']:>7.3f}{m['e2e']['f1']:>8.3f}")
    print("targets: F1@.5 >= 0.970, speaker >= 0.900, e2e F1 >= 0.870, uk within 0.02 of us")
    dev = [a for v in VARIANTS for a in load_split("dev", v)]
    size = sum(len(body) for _, (_, _, body) in dev) / max(1, len(dev))
    print(f"speed: {articles_per_second(dev):,.0f} articles/s on PolNeAR dev bodies (mean {size:,.0f} chars)")
    if SEED.exists():
        print(f"speed: {articles_per_second(seed_like_bodies(), 2.0):,.0f} articles/s on ~4 KB seed-like "
              f"bodies, one core (target >= 1,000; {BASELINE_SPEED} before issue 15, see bench/README.md)")
        if args.against:
            for old, new in speed_against(args.against):
                print(f"speed: {args.against} {old:,.0f}/s, this tree {new:,.0f}/s: x{new / old:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
