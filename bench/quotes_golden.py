"""Golden output of the quote extractor, to check that a speed-up changes nothing.

    python -m bench.quotes_golden                 # writes /tmp/quotes-golden.txt, prints its hash
    python -m bench.quotes_golden --out FILE      # somewhere else
    python -m bench.quotes_golden --check HASH    # exit 1 unless the output hashes to HASH

Runs ``extract_quotes`` over (a) every PolNeAR dev article (US and UK), read both as "first
line title, other lines body paragraphs joined with a blank line" and with bench.quotes's own
reader (bullets split off); (b) every entry of the feeds in ``../shared/corpus/news-feeds``,
read and normalized the way the pipeline does; (c) the seed article and its 4 KB seed-like
rotations; (d) random strings from a fixed-seed generator of words, names, reporting verbs,
quote marks and apostrophes. Every Quote is serialized with ``dataclasses.astuple``; nothing
is committed but this script.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import random
import sys
from datetime import datetime, timezone

from bench.quotes import CORPUS, SEED, SHARED, read_article, seed_like_bodies
from newsbeam.transforms.quotes import extract_quotes

FEEDS = SHARED / "corpus" / "news-feeds"

_WORDS = ("the a of to in and said says told according to he she they it who that his her "
          "their Mr. Ms. Dr. President Senator Gov. mayor spokesman spokeswoman officials report "
          "Trump Donald Ana Ruiz Ochoa Mark Kristi Noem Lee Park Smith Jones House Party Department "
          "claim remarks saying adding called warned added wrote tweeted asked noted "
          "U.S. Jan. J. on Monday was is has had would not never don't country's migrants' "
          "'90s rock'n'roll we I you Harbor City Police Times BBC").split()
_MARKS = ["\"", "'", "“", "”", "‘", "’", "''", "``", "„", "«", "»", "‹", "›", "‚", "`", "‛", "‟"]
_PUNCT = [",", ".", ":", ";", "!", "?", " —", " –", " -", " --", "(", ")", "…", " ―"]


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


def plain_layout(text: str) -> tuple[str, list[str], str]:
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return "", [], ""
    return lines[0], [], "\n\n".join(lines[1:])


def cases():
    for variant in ("us", "uk"):
        for path in sorted((CORPUS / f"polnear-dev-{variant}").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            yield f"polnear-{variant}/{path.name}/plain", plain_layout(text)
            yield f"polnear-{variant}/{path.name}/bench", read_article(text)
    from newsbeam.schemas.records import Document
    from newsbeam.transforms.normalize import NormalizeError, normalize_entry
    from newsbeam.transforms.readers import read_document
    fetched = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for path in sorted(FEEDS.glob("*")):
        if path.name == "README.md":
            continue
        doc = Document("golden", str(path), path.read_bytes(), fetched)
        for n, entry in enumerate(read_document(doc)):
            if not hasattr(entry, "title"):
                continue
            try:
                art = normalize_entry(entry)
            except NormalizeError:
                continue
            yield f"feed/{path.name}/{n}", (art.title, list(art.bullets), art.body)
    if SEED.exists():
        text = SEED.read_text(encoding="utf-8")
        yield "seed/plain", plain_layout(text)
        yield "seed/bench", read_article(text)
        for name, article in seed_like_bodies():
            yield f"seedlike/{name}", article
    rng = random.Random(20261125)
    for n in range(600):
        title = random_text(rng) if n % 5 == 0 else ""
        bullets = [random_text(rng) for _ in range(rng.randint(0, 2))] if n % 7 == 0 else []
        yield f"random/{n}", (title, bullets, random_text(rng))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/quotes-golden.txt")
    ap.add_argument("--check", default=None, help="expected sha256; exit 1 if different")
    args = ap.parse_args()
    digest = hashlib.sha256()
    n_cases = n_quotes = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        for name, (title, bullets, body) in cases():
            quotes = extract_quotes(title, bullets, body)
            n_cases += 1
            n_quotes += len(quotes)
            line = repr((name, [dataclasses.astuple(q) for q in quotes])) + "\n"
            fh.write(line)
            digest.update(line.encode("utf-8"))
    h = digest.hexdigest()
    print(f"{n_cases} cases, {n_quotes} quotes -> {args.out}\nsha256 {h}")
    if args.check and args.check != h:
        print("MISMATCH: golden output changed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
