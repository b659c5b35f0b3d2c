"""Which reporting verbs does PolNeAR's train split use that the extractor's lexicon lacks?

``python -m bench.cue_verbs [--split train] [--min 3]`` reads the gold attributions of a PolNeAR
split (../shared/corpus/polnear-SPLIT/gold/*-us.jsonl), takes each attribution's cue (the words
the annotators marked as the reporting act: "said", "told reporters", "went on to say"), finds
its verb (the first word of the cue that is not an auxiliary, adverb or negation) and counts
the verbs that ``lexicon.CUES`` does not know, with how many quotes they attribute and an
example cue. It reads the train split only by default: the dev split is for measuring.

The counts decide which verbs to add (issue 16: grow the lexicon from data, not one verb at a
time); a verb that is a noun or preposition as often as a verb ("view", "like") is judged by a
person before it goes into ``CUES``. It prints; it asserts nothing.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from newsbeam.transforms.quotes.lexicon import CUES, CUE_PARTICLES

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]*")
_SKIP = frozenset("""
has have had is was were are be been being will would could can may might should must did does
do not never also then later again just still even already once only further repeatedly
reportedly publicly privately recently previously often who which that he she they it i we you
a an the his her their its this to
""".split())


def cue_verb(cue: str) -> str | None:
    """The verb of an annotated cue: its first word that is no auxiliary, adverb or pronoun."""
    for word in _WORD.findall(cue or "")[:6]:
        low = word.lower().replace("’", "'")
        if low in _SKIP or low.endswith("ly") and len(low) > 4 or low.endswith("n't"):
            continue
        return low
    return None


def count(split: str = "train") -> tuple[collections.Counter, dict[str, str], int]:
    """(quotes per unknown verb, an example cue per verb, quotes read) for one split."""
    gold = SHARED / "corpus" / f"polnear-{split}" / "gold" / f"polnear-{split}-us.jsonl"
    counts: collections.Counter = collections.Counter()
    example: dict[str, str] = {}
    total = 0
    with gold.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            n = len(rec.get("quotes", []))
            total += n
            verb = cue_verb(rec.get("cue") or "")
            if verb is None or verb in CUES or verb in CUE_PARTICLES:
                continue
            counts[verb] += n
            example.setdefault(verb, rec["cue"])
    return counts, example, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="train", choices=("train", "dev"))
    ap.add_argument("--min", type=int, default=3, help="show verbs with at least this many quotes")
    args = ap.parse_args(argv)
    if not (SHARED / "corpus" / f"polnear-{args.split}").is_dir():
        print(f"bench.cue_verbs: {SHARED}/corpus/polnear-{args.split} is absent; skipped")
        return 0
    counts, example, total = count(args.split)
    unknown = sum(counts.values())
    print(f"PolNeAR {args.split} (us): {total} gold quotes; {unknown} attributed by a cue whose verb "
          f"the lexicon lacks ({len(counts)} verbs)")
    for verb, n in counts.most_common():
        if n < args.min:
            break
        print(f"  {n:>4}  {verb:<16} e.g. {example[verb]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
