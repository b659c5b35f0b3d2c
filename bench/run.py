"""``make bench``: throughput, Beam's overhead, memory and startup of ``newsbeam run``.

    python -m bench.run                      # feeds at 10k, 50k, 200k entries; 10k articles
    python -m bench.run --quick              # feeds at 10k, 2k articles: a smoke run
    python -m bench.run --sizes 50000 --articles 0 --beam-arg=--direct_num_workers=2

Every figure comes from this one run, so ratios compare like with like on a noisy machine;
absolute times vary from run to run, ratios much less. Each measurement is a fresh process
(a fresh output directory for the pipeline). It prints a table, the issue's targets as
PASS/FAIL lines, and one summary line; it never asserts. See bench/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import corpus
from bench.measure import Measured, run

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("articles", "bullets", "quotes", "rejects")
MB = 1e6


@dataclass
class Row:
    corpus: str
    entries: int
    files: int
    input_bytes: int
    run: Measured | None = None
    summary: dict = field(default_factory=dict)
    written: dict = field(default_factory=dict)  # table -> (files, bytes)
    feedparser: dict | None = None
    plain: dict | None = None
    one_worker: Measured | None = None  # the run used for Beam's overhead, when not the default

    @property
    def ok(self) -> bool:
        return self.run is not None and self.run.returncode == 0

    @property
    def rate(self) -> float | None:
        return self.entries / self.run.seconds if self.ok else None

    @property
    def vs_feedparser(self) -> float | None:
        """How many times faster than feedparser alone (higher is better)."""
        return self.feedparser["seconds"] / self.run.seconds if self.ok and self.feedparser else None

    @property
    def vs_plain(self) -> float | None:
        """One-worker pipeline time over the plain loop's (Beam's overhead; lower is better)."""
        single = self.one_worker or self.run
        if not self.plain or single is None or single.returncode:
            return None
        return single.seconds / self.plain["seconds"]


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _python_m(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


MAX_RSS = 12 * 2**30  # a run past this is killed and reported: the machine is shared


def newsbeam_run(inputs: str, out: Path, beam_args: list[str]) -> Measured:
    argv = _python_m("newsbeam", "run", "--input", inputs, "--output", str(out), *beam_args)
    return run(argv, cwd=str(ROOT), env=_env(), max_rss=MAX_RSS)


def _manifest(out: Path) -> dict:
    from newsbeam.transforms.io import layout

    runs = sorted(p for p in (out / layout.RUNS).glob("*.json") if layout.is_manifest_name(p.name))
    return json.loads(runs[-1].read_text()) if runs else {}


def _written(out: Path) -> dict[str, tuple[int, int]]:
    result = {}
    for table in TABLES:
        files = [p for p in (out / table).rglob("*.parquet")] if (out / table).is_dir() else []
        result[table] = (len(files), sum(p.stat().st_size for p in files))
    return result


def _baseline(kind: str, *args: str) -> dict | None:
    measured = run(_python_m("bench.baselines", kind, *args), cwd=str(ROOT), env=_env())
    if measured.returncode:
        _log(f"{kind} baseline failed:\n{measured.stderr[-2000:]}")
        return None
    result = json.loads(measured.stdout.strip().splitlines()[-1])
    result["peak_rss"] = measured.peak_rss
    result["process_seconds"] = measured.seconds  # the whole process: Python, its imports, the loop
    return result


def default_is_one_worker(beam_args: list[str], input_bytes: int) -> bool:
    """Whether ``newsbeam run`` with these arguments runs its work on ``input_bytes`` of input in
    one process (it starts worker processes for large inputs unless told how many to use)."""
    from newsbeam.pipeline import options
    from newsbeam.pipeline.run import local_workers

    args = options.beam_args(list(beam_args))
    args += local_workers(args, input_bytes)
    workers = [a.split("=", 1)[1] for a in args if a.startswith("--direct_num_workers=")]
    modes = [a.split("=", 1)[1] for a in args if a.startswith("--direct_running_mode=")]
    return (not workers or workers[-1] in ("0", "1")) or (bool(modes) and modes[-1] == "in_memory")


ONE_WORKER = ["--direct_num_workers=1", "--direct_running_mode=in_memory"]


def measure_corpus(kind: str, n: int, work: Path, *, beam_args: list[str], baselines: bool,
                   feedparser_baseline: bool) -> Row:
    directory = corpus.corpus(kind, n)
    files = corpus.files_of(directory)
    row = Row(f"{kind}", n, len(files), sum(p.stat().st_size for p in files))
    out = work / f"{kind}-{n}"
    _log(f"{kind} {n}: newsbeam run ({len(files)} files, {row.input_bytes / MB:.1f} MB)")
    row.run = newsbeam_run(f"{directory}/*", out, beam_args)
    if row.run.killed_at_rss:
        _log(f"newsbeam run killed: its processes passed {row.run.killed_at_rss / MB:,.0f} MB of RSS")
    elif row.run.returncode:
        _log(f"newsbeam run failed ({row.run.returncode}):\n{row.run.stderr[-3000:]}")
    else:
        row.summary = _manifest(out).get("summary", {})
        row.written = _written(out)
        _log(f"  {row.run.seconds:.1f} s, {row.rate:.0f} entries/s, peak RSS {row.run.peak_rss / MB:.0f} MB")
    shutil.rmtree(out, ignore_errors=True)
    if baselines:
        if feedparser_baseline:
            _log(f"{kind} {n}: feedparser loop")
            row.feedparser = _baseline("feedparser", str(directory))
        _log(f"{kind} {n}: plain loop of the pipeline's functions")
        plain_out = work / f"{kind}-{n}-plain"
        row.plain = _baseline("plain", str(directory), str(plain_out))
        shutil.rmtree(plain_out, ignore_errors=True)
        if not default_is_one_worker(beam_args, row.input_bytes):
            _log(f"{kind} {n}: newsbeam run with one worker (for Beam's overhead)")
            row.one_worker = newsbeam_run(f"{directory}/*", out, [*beam_args, *ONE_WORKER])
            shutil.rmtree(out, ignore_errors=True)
    return row


def measure_startup(work: Path, beam_args: list[str]) -> float | None:
    """Wall time of ``newsbeam run`` on one small article: the best of three runs."""
    small = work / "startup" / "one-article.jsonl"
    small.parent.mkdir(parents=True)
    import random

    small.write_text(json.dumps(corpus.seed_article(0, random.Random(1)), ensure_ascii=False) + "\n")
    times = []
    for attempt in range(3):
        measured = newsbeam_run(str(small), work / "startup" / f"out-{attempt}", beam_args)
        if measured.returncode:
            _log(f"startup run failed:\n{measured.stderr[-2000:]}")
            return None
        times.append(measured.seconds)
    return min(times)


# --------------------------------------------------------------------------- report


def _fmt(value, spec: str, missing: str = "-") -> str:
    return missing if value is None else format(value, spec)


def machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
        mem = f", {kb / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    cpu = ""
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), "")
    except OSError:
        pass
    versions = []
    for name in ("apache_beam", "pyarrow", "feedparser", "lxml"):
        try:
            module = __import__(name)
            versions.append(f"{name.replace('apache_', '')} {module.__version__}")
        except ImportError:
            pass
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs{mem}"
            f"{', ' + cpu if cpu else ''}; Python {platform.python_version()}; {', '.join(versions)}")


def _rss_cell(r: Row) -> str:
    if r.run is None:
        return "-"
    if r.run.killed_at_rss:
        return f">{r.run.killed_at_rss / MB:,.0f} killed"
    return f"{r.run.peak_rss / MB:,.0f}" if r.ok else "-"


def print_report(rows: list[Row], startup: float | None, beam_args: list[str], skipped: list[str]) -> None:
    from newsbeam.pipeline import options

    print(f"newsbeam bench, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {machine()}")
    print(f"newsbeam run args: {' '.join(options.beam_args(list(beam_args)))}")
    for reason in skipped:
        print(f"skipped: {reason}")
    print()
    header = (f"{'corpus':<9}{'entries':>9}{'files':>7}{'MB in':>8}{'run s':>8}{'entries/s':>11}"
              f"{'articles':>10}{'feedparser s':>14}{'speed vs fp':>13}{'plain s':>9}"
              f"{'time vs plain':>15}{'peak RSS MB':>13}")
    print(header)
    print("-" * len(header))
    for r in rows:
        fp = r.feedparser["seconds"] if r.feedparser else None
        plain = r.plain["seconds"] if r.plain else None
        print(f"{r.corpus:<9}{r.entries:>9,}{r.files:>7}{r.input_bytes / MB:>8.1f}"
              f"{_fmt(r.run.seconds if r.ok else None, '>8.1f', 'failed'):>8}{_fmt(r.rate, '>11,.0f'):>11}"
              f"{_fmt(r.summary.get('articles') if r.ok else None, '>10,'):>10}"
              f"{_fmt(fp, '>14.1f'):>14}{_fmt(r.vs_feedparser, '>12.2f'):>12}{'x' if fp else ' '}"
              f"{_fmt(plain, '>9.1f'):>9}{_fmt(r.vs_plain, '>14.2f'):>14}{'x' if r.vs_plain else ' '}"
              f"{_rss_cell(r):>13}")
    print(f"startup: newsbeam run on one small article: {_fmt(startup, '.2f')} s wall (best of 3)")
    print()
    print(f"{'written':<16}" + "".join(f"{t + ' files':>16}{t + ' MB':>14}" for t in TABLES))
    for r in rows:
        if r.ok:
            cells = "".join(f"{r.written[t][0]:>16,}{r.written[t][1] / MB:>14.2f}" for t in TABLES)
            print(f"{r.corpus + '-' + str(r.entries):<16}{cells}")
    print()
    print("speed vs fp: feedparser loop time / newsbeam run time on the same bytes (>= 1: as fast)")
    print("time vs plain: one-worker newsbeam run time / plain loop of its functions (Beam's overhead)")
    print()
    verdicts = targets(rows, startup)
    for ok, text in verdicts:
        print(f"{'PASS' if ok else ('FAIL' if ok is False else 'N/A ')}  {text}")
    print()
    print(summary_line(rows, startup, verdicts))


def _feeds(rows: list[Row], n: int | None = None) -> Row | None:
    ok = [r for r in rows if r.corpus == "feeds" and r.ok]
    if n is not None:
        return next((r for r in ok if r.entries == n), None)
    return ok


def _at_50k(rows: list[Row], attr: str) -> Row | None:
    """The 50k feed row when it has the figure, else the largest one that has it."""
    have = [r for r in _feeds(rows) if getattr(r, attr) is not None]
    exact = [r for r in have if r.entries == 50_000]
    return (exact or sorted(have, key=lambda r: r.entries))[-1] if have else None


def targets(rows: list[Row], startup: float | None) -> list[tuple[bool | None, str]]:
    out = []
    r = _at_50k(rows, "vs_feedparser")
    out.append((None, "feeds 50k throughput >= 1.0x the feedparser loop: not measured") if r is None else
               (r.vs_feedparser >= 1.0, f"feeds {r.entries // 1000}k throughput >= 1.0x the feedparser loop: "
                                        f"{r.vs_feedparser:.2f}x ({r.rate:,.0f} vs "
                                        f"{r.entries / r.feedparser['seconds']:,.0f} entries/s)"))
    r = _at_50k(rows, "vs_plain")
    out.append((None, "Beam overhead <= 1.3x the plain loop: not measured") if r is None else
               (r.vs_plain <= 1.3, f"feeds {r.entries // 1000}k Beam overhead <= 1.3x the plain loop "
                                   f"(one worker): {r.vs_plain:.2f}x"))
    art = next((r for r in rows if r.corpus == "articles" and r.ok), None)
    out.append((None, "articles >= 5,000/s end to end: not measured") if art is None else
               (art.rate >= 5000, f"articles (JSONL) >= 5,000/s end to end: {art.rate:,.0f}/s"))
    small, big = (next((r for r in rows if r.corpus == "feeds" and r.entries == n
                        and (r.ok or (r.run and r.run.killed_at_rss))), None) for n in (50_000, 200_000))
    if small and big:
        ratio = big.run.peak_rss / small.run.peak_rss
        killed = " (killed there)" if big.run.killed_at_rss else ""
        out.append((ratio <= 1.3 and big.run.peak_rss < 1.5e9 and not killed,
                    f"peak RSS 200k <= 1.3x 50k and < 1.5 GB: {big.run.peak_rss / MB:,.0f} MB{killed} "
                    f"= {ratio:.2f}x {small.run.peak_rss / MB:,.0f} MB"))
    else:
        out.append((None, "peak RSS 200k <= 1.3x 50k and < 1.5 GB: needs --sizes with 50000 and 200000"))
    out.append((None, "startup < 3 s: not measured") if startup is None else
               (startup < 3.0, f"startup < 3 s: {startup:.2f} s"))
    return out


def summary_line(rows: list[Row], startup: float | None, verdicts) -> str:
    passed = sum(1 for ok, _ in verdicts if ok)
    measured = sum(1 for ok, _ in verdicts if ok is not None)
    parts = [f"bench: {passed}/{measured} targets pass"]
    r = _at_50k(rows, "vs_feedparser") or (_feeds(rows) or [None])[-1]
    if r is not None:
        parts.append(f"feeds {r.entries // 1000}k {r.rate:,.0f} entries/s"
                     + (f" = {r.vs_feedparser:.2f}x feedparser" if r.vs_feedparser else "")
                     + (f", {r.vs_plain:.2f}x plain-loop time" if r.vs_plain else ""))
    art = next((r for r in rows if r.corpus == "articles" and r.ok), None)
    if art:
        parts.append(f"articles {art.rate:,.0f}/s")
    big = max(_feeds(rows), key=lambda r: r.entries, default=None)
    if big:
        parts.append(f"peak RSS {big.run.peak_rss / MB:,.0f} MB at {big.entries // 1000}k")
    if startup is not None:
        parts.append(f"startup {startup:.2f} s")
    return " | ".join(parts)


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="feeds at 10k and 2k articles only")
    parser.add_argument("--sizes", default=None,
                        help="feed corpus sizes, comma-separated (default: 10000,50000,200000)")
    parser.add_argument("--articles", type=int, default=None,
                        help="size of the JSONL article corpus, 0 to skip (default: 10000; quick 2000)")
    parser.add_argument("--baseline-max", type=int, default=50_000,
                        help="run the feedparser and plain-loop baselines up to this size (default: 50000)")
    parser.add_argument("--beam-arg", dest="beam_args", action="append", default=[], metavar="ARG",
                        help="an argument for newsbeam run / Beam, e.g. --beam-arg=--direct_num_workers=2")
    parser.add_argument("--no-startup", action="store_true", help="skip the startup measurement")
    ns = parser.parse_args(argv)
    sizes = [10_000] if ns.quick and not ns.sizes else [
        int(s.replace("_", "")) for s in (ns.sizes or "10000,50000,200000").split(",") if s.strip()]
    n_articles = ns.articles if ns.articles is not None else (2_000 if ns.quick else 10_000)

    skipped = []
    if not corpus.shared_available():
        skipped.append(f"feed corpus: {corpus.NEWS_FEEDS} is absent (the shared corpus sits beside "
                       f"the checkout); only the generated article corpus is measured")
        sizes = []
    work = Path(tempfile.mkdtemp(prefix="newsbeam-bench-"))
    rows: list[Row] = []
    startup = None
    try:
        startup = None if ns.no_startup else measure_startup(work, ns.beam_args)
        if startup is not None:
            _log(f"startup {startup:.2f} s")
        # The short article corpus first, the largest feed corpus last: an interrupted run
        # (Ctrl-C) still reports everything but the slowest measurement.
        if n_articles:
            rows.append(measure_corpus("articles", n_articles, work, beam_args=ns.beam_args,
                                       baselines=n_articles <= ns.baseline_max, feedparser_baseline=False))
        for n in sizes:
            rows.insert(len(rows) - (1 if n_articles else 0), measure_corpus(
                "feeds", n, work, beam_args=ns.beam_args, baselines=n <= ns.baseline_max,
                feedparser_baseline=True))
    except KeyboardInterrupt:
        skipped.append("interrupted (Ctrl-C): the table holds only the corpora measured before")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_report(rows, startup, ns.beam_args, skipped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
