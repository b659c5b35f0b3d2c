"""How far two annotators agree: the same sheets annotated twice, compared line by line.

    python -m bench.gold.agreement /work/notes/gold-sheets /work/notes/gold-agreement

For every ``.ann`` present and finished (``status: done``) in both folders, compares the kind and
the speaker given to each span id (``q``/``+`` lines are matched by their location) and prints the
agreement on kinds, on speakers (exact, null = null) and on both, with the disagreements.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from bench.gold.ingest import _ADDED, _LINE, _STATUS


def read(path: Path) -> dict[str, tuple[str, str | None]]:
    """location -> (kind, speaker) of one finished annotation file."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        m = _LINE.match(line)
        if m:
            _, zone, index, start, end, kind, speaker = m.groups()
            where = f"{zone}/{index}@{start}-{end}"
        else:
            m = _ADDED.match(line)
            if not m:
                continue
            zone, index, occurrence, kind, speaker, words = m.groups()
            where = f"+{zone}/{index}:{occurrence}:{words[:30]}"
        speaker = speaker.strip()
        out[where] = (kind, None if speaker in ("", "-") else speaker)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("first")
    parser.add_argument("second")
    args = parser.parse_args(argv)
    n = kinds = speakers = both = 0
    lines = []
    for b_path in sorted(Path(args.second).glob("*.ann")):
        a_path = Path(args.first) / b_path.name
        if not a_path.exists():
            continue
        texts = a_path.read_text(encoding="utf-8"), b_path.read_text(encoding="utf-8")
        if not all((m := _STATUS.search(t)) and m.group(1) == "done" for t in texts):
            continue
        a, b = read(a_path), read(b_path)
        for where in sorted(set(a) | set(b)):
            ka, sa = a.get(where, ("absent", None))
            kb, sb = b.get(where, ("absent", None))
            if "boiler" in (ka, kb) and ka == kb:
                continue
            n += 1
            kinds += ka == kb
            speakers += sa == sb
            both += ka == kb and sa == sb
            if (ka, sa) != (kb, sb):
                lines.append(f"  {b_path.stem} {where}: {ka} | {sa}  vs  {kb} | {sb}")
    if not n:
        print("no sheet finished in both folders")
        return 0
    print(f"{n} spans annotated twice: kind agreement {kinds / n:.3f}, speaker agreement "
          f"{speakers / n:.3f}, both {both / n:.3f}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
