"""The quote extractor compiled with mypyc against its pure-Python source, in the same run.

    python -m bench.quotes_compiled              # 5 rounds, 3 s of CPU a side
    python -m bench.quotes_compiled --rounds 3 --seconds 2

Each round times the extractor in two fresh processes, one after the other and in alternating
order: one with ``NEWSBEAM_PURE=1`` (the ``.py`` files), one using the compiled modules beside
them (an install builds them, ``pip install -e .`` in a checkout; see README). Each
process reports articles/s over its own CPU time (``time.process_time``), on the ~4 KB seed-like
bodies of ``bench.quotes`` and, when ``../shared`` has it, PolNeAR dev (US). Printed: every
pair, the median ratio, and what each side ran (the status line of ``compiled``). It measures
and prints; it never asserts a time. Exits 0 with a message when there is no compiled build.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _measure(seconds: float) -> None:
    """This process's side: {"status", corpus: articles/s}, as JSON on stdout."""
    from bench import quotes as bq
    from newsbeam.transforms.quotes import compiled, extract_quotes

    corpora = {"seed-like": bq.seed_like_bodies()}
    if bq.split_dir("dev").is_dir():
        corpora["polnear-dev-us"] = bq.load_split("dev", "us")
    out: dict[str, object] = {"status": compiled.status()}
    for name, articles in corpora.items():
        extract_quotes(*articles[0][1])  # first-use loading is not the rate
        out[name] = bq.articles_per_second(articles, seconds)
    print(json.dumps(out))


def _side(pure: bool, seconds: float) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("NEWSBEAM_PURE", None)
    if pure:
        env["NEWSBEAM_PURE"] = "1"
    done = subprocess.run([sys.executable, "-m", "bench.quotes_compiled", "--side", str(seconds)], cwd=ROOT,
                          env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="compiled (mypyc) vs pure-Python quote extractor, articles/s")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=3.0, help="CPU seconds per corpus and side")
    ap.add_argument("--side", type=float, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.side is not None:
        _measure(args.side)
        return 0
    from newsbeam.transforms.quotes import compiled

    if not compiled.is_compiled():
        print(f"skip: the extractor here runs as {compiled.status()}; build it with "
              "`pip install -e .` (README, 'A faster extractor')")
        return 0
    pairs: dict[str, list[tuple[float, float]]] = {}
    statuses = set()
    for k in range(args.rounds):
        order = (True, False) if k % 2 == 0 else (False, True)  # alternate who goes first
        got = {pure: _side(pure, args.seconds) for pure in order}
        statuses |= {got[True]["status"], got[False]["status"]}
        for name in got[True]:
            if name != "status":
                pairs.setdefault(name, []).append((got[True][name], got[False][name]))
    print(f"sides: {' | '.join(sorted(statuses))}")
    for name, rows in pairs.items():
        ratios = sorted(c / p for p, c in rows)
        print(f"{name}: " + ", ".join(f"{p:,.0f}->{c:,.0f}" for p, c in rows) +
              f" articles/s (pure -> compiled, CPU time, fresh processes alternating); "
              f"median x{ratios[len(ratios) // 2]:.2f} ({ratios[0]:.2f}-{ratios[-1]:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
