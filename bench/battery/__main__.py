"""``python -m bench.battery [-v] [NAME ...]``: score the article batteries (see the package doc)."""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsbeam.transforms.quotes import extract_quotes

DATA = Path(__file__).parent / "data"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def score(articles: list[dict], verbose: bool = False) -> tuple[Counter, list[str]]:
    """Counts for one battery and, with ``verbose``, a line per wrong, missing or extra quote. A
    listed quote is matched to the first unused quote found whose text opens on its ``starts``."""
    counts: Counter = Counter()
    lines: list[str] = []
    for article in articles:
        found = extract_quotes(article["title"], [], article["body"], language=article["lang"])
        used: set[int] = set()
        for want in article["quotes"]:
            counts["quotes"] += 1
            start = _norm(want["starts"])
            hit = next((i for i, q in enumerate(found) if i not in used and _norm(q.text).startswith(start)), None)
            if hit is None:
                counts["missing"] += 1
                lines.append(f"  {article['id']} MISSING «{want['starts'][:60]}»")
                continue
            used.add(hit)
            quote = found[hit]
            speaker_ok = quote.speaker in want["speakers"]
            kind_ok = quote.kind in want["kinds"]
            counts["speaker"] += speaker_ok
            counts["kind"] += kind_ok
            if want["speakers"] == [None]:
                counts["controls"] += 1
                counts["controls_kept"] += speaker_ok
            if verbose and not (speaker_ok and kind_ok):
                lines.append(f"  {article['id']} {'SPEAKER ' if not speaker_ok else ''}{'KIND ' if not kind_ok else ''}"
                             f"«{want['starts'][:60]}» want {'/'.join(want['kinds'])} {want['speakers']} got "
                             f"{quote.kind} {quote.speaker!r} [{quote.rule}] mention={quote.speaker_mention!r}")
        extra = [q for i, q in enumerate(found) if i not in used]
        counts["extra"] += len(extra)
        lines.extend(f"  {article['id']} EXTRA «{q.text[:60]}»" for q in extra if verbose)
    return counts, lines


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or sorted(p.stem for p in DATA.glob("*.json"))
    print(f"{'battery':14} {'articles':>8} {'quotes':>6} {'speaker':>9} {'kind':>9} {'missing':>7} {'extra':>5} {'null kept':>9}")
    total: Counter = Counter()
    for name in names:
        articles = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
        counts, lines = score(articles, verbose)
        total += counts
        found = counts["quotes"] - counts["missing"]
        print(f"{name:14} {len(articles):>8} {counts['quotes']:>6} {counts['speaker'] / max(found, 1):>9.3f} "
              f"{counts['kind'] / max(found, 1):>9.3f} {counts['missing']:>7} {counts['extra']:>5} "
              f"{counts['controls_kept']:>4}/{counts['controls']:<4}")
        for line in lines:
            print(line)
    found = total["quotes"] - total["missing"]
    print(f"{'all':14} {'':>8} {total['quotes']:>6} {total['speaker'] / max(found, 1):>9.3f} "
          f"{total['kind'] / max(found, 1):>9.3f} {total['missing']:>7} {total['extra']:>5} "
          f"{total['controls_kept']:>4}/{total['controls']:<4}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
