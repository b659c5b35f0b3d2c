"""Benchmark the quote extractor on the PolNeAR dev split, and time it.

    python -m bench.quotes            # from the repository root

Reads ``../shared/corpus/polnear-dev`` (articles in US and British style with gold quotes),
writes our predictions as JSON lines, scores each variant with the corpus's own reference
scorer (run as a subprocess, so its numbers are exactly the ones anyone else gets), and prints
quote precision/recall/F1, speaker accuracy and end-to-end F1 per variant, then extraction
speed. It prints and never asserts: targets are for people to read. Exits 0 with a message
when the shared corpus is not there.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsbeam.transforms.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "polnear-dev"
SPLITS = ("dev", "train")
SEED = SHARED / "examples" / "seed-article.txt"
VARIANTS = ("us", "uk")
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


def split_dir(split: str) -> Path:
    return SHARED / "corpus" / f"polnear-{split}"


def load_split(split: str, variant: str) -> list[tuple[str, tuple[str, list[str], str]]]:
    """(doc, (title, bullets, body)) of every article of one PolNeAR split and style."""
    folder = split_dir(split) / f"polnear-{split}-{variant}"
    return [(path.stem, read_article(path.read_text(encoding="utf-8")))
            for path in sorted(folder.glob("*.txt"))]


def load_variant(variant: str) -> list[tuple[str, tuple[str, list[str], str]]]:
    return load_split("dev", variant)


def write_predictions(articles, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for doc, (title, bullets, body) in articles:
            for q in extract_quotes(title, bullets, body):
                row = {"doc": doc, "zone": q.zone, "zone_index": q.zone_index, "position": q.position,
                       "start_char": q.start_char, "end_char": q.end_char, "text": q.text, "speaker": q.speaker,
                       "speaker_mention": q.speaker_mention, "cue": q.cue,
                       "attribution": q.attribution, "kind": q.kind}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def score(variant: str, predictions: Path, metrics: Path) -> dict:
    gold = CORPUS / "gold" / f"polnear-dev-{variant}.jsonl"
    proc = subprocess.run(
        [sys.executable, str(CORPUS / "score_quotes.py"), str(gold), "--predictions", str(predictions),
         "--label", variant, "--json", str(metrics)],
        capture_output=True, text=True, check=False)
    if not metrics.exists():
        print(proc.stdout, proc.stderr, sep="\n")
        return {}
    return json.loads(metrics.read_text(encoding="utf-8"))["metrics"]


def articles_per_second(articles, min_seconds: float = 1.0) -> float:
    """Extraction rate on one core: whole passes over ``articles`` for at least ``min_seconds``
    of this process's CPU time (wall time would count other programs sharing the machine)."""
    done, started = 0, time.process_time()
    while True:
        for _, (title, bullets, body) in articles:
            extract_quotes(title, bullets, body)
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


def main() -> int:
    if not (CORPUS / "score_quotes.py").exists():
        print(f"skip: the PolNeAR dev corpus is not at {CORPUS}")
        return 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-quotes-") as tmp:
        for variant in VARIANTS:
            articles = load_variant(variant)
            pred = Path(tmp) / f"pred-{variant}.jsonl"
            write_predictions(articles, pred)
            m = score(variant, pred, Path(tmp) / f"metrics-{variant}.json")
            rows.append((variant, m, articles))
    print(f"{'variant':<8}{'P@.5':>7}{'R@.5':>7}{'F1@.5':>7}{'P@.9':>7}{'R@.9':>7}{'F1@.9':>7}"
          f"{'spk':>7}{'strict':>7}{'e2e F1':>8}")
    for variant, m, _ in rows:
        if not m:
            print(f"{variant:<8} scorer failed")
            continue
        a, b = m["@0.5"], m["@0.9"]
        print(f"{variant:<8}{a['precision']:>7.3f}{a['recall']:>7.3f}{a['f1']:>7.3f}"
              f"{b['precision']:>7.3f}{b['recall']:>7.3f}{b['f1']:>7.3f}"
              f"{m['speaker_loose']:>7.3f}{m['speaker_strict']:>7.3f}{m['e2e']['f1']:>8.3f}")
    print("targets: F1@.5 >= 0.970, speaker >= 0.900, e2e F1 >= 0.870, uk within 0.02 of us")
    corpus = [a for _, _, articles in rows for a in articles]
    size = sum(len(body) for _, (_, _, body) in corpus) / max(1, len(corpus))
    print(f"speed: {articles_per_second(corpus):,.0f} articles/s on corpus bodies (mean {size:,.0f} chars)")
    if SEED.exists():
        print(f"speed: {articles_per_second(seed_like_bodies()):,.0f} articles/s on ~4 KB seed-like bodies"
              " (target >= 2,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
