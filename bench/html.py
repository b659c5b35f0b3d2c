"""``make bench`` (HTML part): pages/s of newsbeam on HTML pages and on WARC records, next to a
plain loop of trafilatura over the same pages in the same run.

    python -m bench.html                    # the pages of ../shared/corpus/html-eval-dev
    python -m bench.html --pages 200        # the first 200 of them
    python -m bench.html --warc-gb 1        # also: read a 1 GB generated WARC, peak memory

Three figures per input kind, all on one worker:
- trafilatura: ``trafilatura.extract(page)`` in a loop (the engine alone);
- newsbeam (functions): ``read_document`` + ``normalize_entry`` in a loop, no Beam (what
  newsbeam adds: metadata, highlights, sniffing, decoding, normalizing);
- newsbeam run: ``newsbeam run --direct_num_workers=1`` on the same files, a fresh process
  (Beam, quotes and the Parquet write included).
The loops are measured together, in turns of a few pages (``CHUNK``; the order of the two
alternates from turn to turn): trafilatura over 16 pages, newsbeam over the same 16, newsbeam
over the next 16, trafilatura over them, and so on. Both loops thus see the same machine, second
by second (run one after the other, each for half a minute, they differed by up to 20% within a
round on the busy machine; paired, their ratio stayed within 1.08-1.10x while the loop's own CPU
time fell from 20 to 14 s with the load). The WARC loop is the
same trafilatura work over the same bytes plus FastWARC's reading of the file, which is timed by
itself (``warc_read``) and added.
A run is a fresh process and cannot be cut into turns; it is bracketed instead. The measurements
go in rounds (``--rounds``, 3; no new round starts after ``--max-minutes``): the paired loops,
then a run over one small page (the fixed start-up of a run: the process, Beam, its worker, the
commit), the HTML run and the WARC run, and after the last round the paired loops once more.
Each run is set against the trafilatura loop at the time of the run, interpolated linearly
between the paired loops measured before and after it, so that a machine that slows down or
speeds up during a round moves both sides of the ratio alike. The median of the rounds' ratios
is the figure, printed with its spread (lowest-highest). The run's steady-state figure is its CPU
time net of the start-up of the same round.
The ratio newsbeam/trafilatura is printed with the issue's target (within 1.3x) as PASS/FAIL,
never asserted. All figures are CPU time (``time.process_time`` for the loops; for the run, the
CPU of the process and of its Beam workers, from ``getrusage(RUSAGE_CHILDREN)``), so that other
jobs on a busy machine change them less than wall time; pages/s are pages per CPU second (from
the median CPU time of the rounds).
"""
from __future__ import annotations

import argparse
import dataclasses
import gzip
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSBEAM_SHARED", ROOT.parent / "shared"))
EVAL = SHARED / "corpus" / "html-eval-dev" / "pages"
TARGET = 1.3


def _pages(limit: int | None) -> list[tuple[str, bytes]]:
    files = sorted(EVAL.glob("*.gz"))[:limit] if EVAL.is_dir() else []
    if files:
        return [(f.name[:-3], gzip.decompress(f.read_bytes())) for f in files]
    # Without the shared corpus: generated article pages (less varied, much smaller).
    return [(f"gen-{i}.html", _generated(i)) for i in range(limit or 300)]


def _generated(i: int) -> bytes:
    paras = "".join(f"<p>Paragraph {k} of story {i}: the council said on Tuesday that the harbour "
                    f"would reopen, and \u201cwe are ready,\u201d the harbour master said.</p>" for k in range(12))
    return (f"<!doctype html><html><head><title>Story {i}</title></head><body><nav><a href='/'>Home</a>"
            f"</nav><article><h1>Story {i}</h1>{paras}</article><footer>(c)</footer></body></html>").encode()


def write_warc(pages: list[tuple[str, bytes]], path: Path, *, repeat: int = 1) -> int:
    """A per-record-gzip WARC (request + response per page), written with warcio; returns
    the number of response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    count = 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for r in range(repeat):
            for name, body in pages:
                url = f"https://bench.example/{r}/{name}"
                writer.write_record(writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                              http_headers=http))
                count += 1
    return count


CHUNK = 16  # pages per turn of the paired loops


def _functions():
    """newsbeam's functions on one page: ``read_document`` + ``normalize_entry``."""
    from newsbeam.schemas.records import Document, Entry
    from newsbeam.transforms.formats.read import read_document
    from newsbeam.transforms.normalize import normalize_entry

    now = datetime.now(timezone.utc)

    def functions(name: str, body: bytes) -> None:
        for item in read_document(Document("bench", name, body, now)):
            if isinstance(item, Entry):
                normalize_entry(item)
    return functions


def paired_loops(pages: list[tuple[str, bytes]], chunk: int = CHUNK) -> tuple[float, float]:
    """CPU seconds of ``trafilatura.extract(page)`` over the pages (the engine alone) and of
    newsbeam's functions over them, measured in turns of ``chunk`` pages, the two taking turns
    and the order alternating: both meet the same machine. (Turns of whole chunks, not of
    single pages: trafilatura caches its last 1,024 lines of text, and the second reader of
    one page would find the first one's lines there.)"""
    import trafilatura

    functions = _functions()
    plain = funcs = 0.0
    for turn, start in enumerate(range(0, len(pages), chunk)):
        part = pages[start:start + chunk]
        for engine in ((True, False) if turn % 2 == 0 else (False, True)):
            began = time.process_time()
            for name, body in part:
                if engine:
                    trafilatura.extract(body)
                else:
                    functions(name, body)
            spent = time.process_time() - began
            if engine:
                plain += spent
            else:
                funcs += spent
    return plain, funcs


def warc_read(path: Path) -> tuple[float, int]:
    """CPU seconds of FastWARC over the file, each response's payload read, and the responses:
    what the plain WARC loop (FastWARC, then ``trafilatura.extract`` on each payload) does
    beyond the trafilatura loop over the same bytes."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    start = time.process_time()
    n = 0
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
            record.reader.read()
            n += 1
    return time.process_time() - start, n


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def newsbeam_run(inputs: str, out: Path) -> float:
    """CPU seconds of a fresh ``newsbeam run``: the process and the Beam workers it waited for."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = _children_cpu()
    subprocess.run([sys.executable, "-m", "newsbeam", "-q", "run", "--input", inputs, "--output", str(out),
                    "--direct_num_workers=1", "--chunk-mb=0"], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _children_cpu() - start


def warc_memory(gb: float, pages: list[tuple[str, bytes]], work: Path) -> str:
    """Generate a WARC of about ``gb`` GB and read it with newsbeam's reader in a fresh
    process; its peak memory against the file size."""
    one = work / "one.warc.gz"
    write_warc(pages, one)
    repeat = max(1, int(gb * 1e9 / one.stat().st_size))
    big = work / "big.warc.gz"
    with open(big, "wb") as out:  # per-record gzip members concatenate into a valid WARC
        for _ in range(repeat):
            with open(one, "rb") as src:
                shutil.copyfileobj(src, out)
    probe = (
        "import sys, time; from datetime import datetime, timezone\n"
        "from newsbeam.transforms.formats.warc import read_warc, Skipped\n"
        "from newsbeam.schemas.records import Document\n"
        "from tests.memory import peak_rss_mb\n"
        "n = s = 0; t = time.perf_counter()\n"
        "with open(sys.argv[1], 'rb') as fh:\n"
        "    for item in read_warc(fh, source='b', input=sys.argv[1], fetched_at=datetime.now(timezone.utc)):\n"
        "        n += isinstance(item, Document); s += isinstance(item, Skipped)\n"
        "print(n, s, round(time.perf_counter() - t, 1), round(peak_rss_mb()))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    docs, skipped, seconds, peak = subprocess.run(
        [sys.executable, "-c", probe, str(big)], check=True, env=env, capture_output=True, text=True
    ).stdout.split()
    return (f"WARC of {big.stat().st_size / 1e9:.2f} GB ({docs} responses, {skipped} skipped records) "
            f"read in {seconds} s, peak RSS {peak} MB")


@dataclasses.dataclass(frozen=True)
class Loops:
    """One measurement of the paired loops, in CPU seconds, and when it was taken."""

    plain: float  # trafilatura over the HTML pages
    funcs: float  # newsbeam's functions over them, in turns with it
    read: float  # FastWARC's reading of the WARC (the WARC loop is plain + read)
    at: float  # time.monotonic() halfway through it


@dataclasses.dataclass(frozen=True)
class Round:
    """One round's runs (CPU seconds, and when each was taken), between the paired loops
    measured right before and right after them."""

    before: Loops
    after: Loops
    start: float  # a run over one small page
    run: float  # the run over the HTML files
    run_at: float
    wrun: float  # the run over the WARC
    wrun_at: float

    def plain_at(self, when: float) -> float:
        """The trafilatura loop's CPU seconds at ``when``, interpolated linearly between the
        paired loops before and after the runs."""
        span = self.after.at - self.before.at
        weight = min(1.0, max(0.0, (when - self.before.at) / span)) if span > 0 else 0.5
        return self.before.plain + weight * (self.after.plain - self.before.plain)

    @property
    def ratios(self) -> dict[str, float]:
        tiny = 1e-9
        plain = self.plain_at(self.run_at)
        wplain = self.plain_at(self.wrun_at) + (self.before.read + self.after.read) / 2
        return {
            "HTML pages, run": self.run / plain,
            "HTML pages, run net of start-up": max(self.run - self.start, tiny) / plain,
            "WARC records, run": self.wrun / wplain,
            "WARC records, run net of start-up": max(self.wrun - self.start, tiny) / wplain,
        }


FUNCTIONS = "HTML pages, functions"
# The ratios held to the target (the runs with their start-up are printed beside them).
CHECKED = (FUNCTIONS, "HTML pages, run net of start-up", "WARC records, run net of start-up")


def spread(values: list[float]) -> str:
    """``median (lowest-highest)`` of a round's figures."""
    med = statistics.median(values)
    return f"{med:.2f}x" if len(values) == 1 else f"{med:.2f}x ({min(values):.2f}-{max(values):.2f})"


def _load() -> float:
    return os.getloadavg()[0]


def measure(pages: list[tuple[str, bytes]], work: Path, *, rounds: int, max_minutes: float,
            progress=print) -> tuple[list[Loops], list[Round], int]:
    """The paired loops (one more than the rounds), the rounds (at least one; no new round
    after ``max_minutes``) and the WARC's responses."""
    html_dir = work / "pages"
    html_dir.mkdir()
    for name, body in pages:
        (html_dir / name).write_bytes(body)
    warc = work / "pages.warc.gz"
    n_records = write_warc(pages, warc)
    one_dir = work / "one"
    one_dir.mkdir()
    (one_dir / "gen-0.html").write_bytes(_generated(0))
    # Warm both loops up first (imports, trafilatura's stop lists, regex caches), so neither
    # pays one-time costs the other does not.
    paired_loops(pages[:5], chunk=1)
    warc_read(warc)

    def loops() -> Loops:
        began = time.monotonic()
        plain, funcs = paired_loops(pages)
        read, _ = warc_read(warc)
        progress(f"paired loops: CPU s trafilatura {plain:.1f}, functions {funcs:.1f} ({funcs / plain:.2f}x), "
                 f"WARC reading {read:.2f} (load average {_load():.1f})")
        return Loops(plain, funcs, read, (began + time.monotonic()) / 2)

    def run(inputs: str, out: str) -> tuple[float, float]:
        # Each run into a fresh output: a second run into the same one would find every page
        # unchanged.
        began = time.monotonic()
        cpu = newsbeam_run(inputs, work / out)
        ended = time.monotonic()
        shutil.rmtree(work / out, ignore_errors=True)
        return cpu, (began + ended) / 2

    measured = [loops()]
    done: list[Round] = []
    began = time.monotonic()
    for r in range(max(1, rounds)):
        if done and time.monotonic() - began > max_minutes * 60:
            progress(f"(stopped after {len(done)} rounds: --max-minutes {max_minutes:g} reached)")
            break
        start, _ = run(str(one_dir / "*"), "out-one")
        html, html_at = run(str(html_dir / "*"), "out-html")
        wrun, wrun_at = run(str(warc), "out-warc")
        progress(f"round {r + 1}: CPU s start-up {start:.1f}, HTML run {html:.1f}, WARC run {wrun:.1f} "
                 f"(load average {_load():.1f})")
        measured.append(loops())
        done.append(Round(measured[-2], measured[-1], start, html, html_at, wrun, wrun_at))
    return measured, done, n_records


def report(measured: list[Loops], done: list[Round], n: int, n_records: int, size_mb: float) -> list[str]:
    """The printed table: pages/s from the median CPU times, ratios as the median of the
    rounds' own ratios (of each paired loop for the functions) with their spread, and
    PASS/FAIL on the medians."""
    def med(values) -> float:
        return statistics.median(list(values))

    plain, funcs = med(m.plain for m in measured), med(m.funcs for m in measured)
    wplain = med(m.plain + m.read for m in measured)
    run, wrun, start = med(r.run for r in done), med(r.wrun for r in done), med(r.start for r in done)
    ratios = {FUNCTIONS: [m.funcs / m.plain for m in measured]}
    ratios.update({label: [r.ratios[label] for r in done] for label in done[0].ratios})
    lines = [
        f"newsbeam bench (HTML), {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {n} pages ({size_mb:.1f} MB), "
        f"one worker, pages per CPU second, load average {_load():.1f}",
        f"{len(done)} rounds between {len(measured)} paired loops; pages/s from the median CPU time, ratios the "
        f"median of the rounds' ratios (lowest-highest); start-up of a run (one small page): {start:.1f} CPU s",
        f"{'input':<13}{'trafilatura loop':>17}{'newsbeam functions':>20}{'newsbeam run':>14}"
        f"{'functions/loop':>24}{'run/loop':>24}{'run net of start-up/loop':>26}",
        f"{'HTML pages':<13}{n / plain:>13.1f} p/s{n / funcs:>16.1f} p/s{n / run:>10.1f} p/s"
        f"{spread(ratios[FUNCTIONS]):>24}{spread(ratios['HTML pages, run']):>24}"
        f"{spread(ratios['HTML pages, run net of start-up']):>26}",
        f"{'WARC records':<13}{n_records / wplain:>13.1f} r/s{'':>20}{n_records / wrun:>10.1f} r/s"
        f"{'':>24}{spread(ratios['WARC records, run']):>24}{spread(ratios['WARC records, run net of start-up']):>26}",
    ]
    for label in CHECKED:
        ratio = statistics.median(ratios[label])
        lines.append(f"{'PASS' if ratio <= TARGET else 'FAIL'}: {label} within {TARGET}x of the trafilatura loop "
                     f"(median {ratio:.2f}x of {len(ratios[label])})")
    return lines


def loops_against(rev: str, pages: int | None, rounds: int, progress=print) -> dict[str, list[float]]:
    """{tree: [functions/loop per round]}: the paired loops of ``rev``'s tree (from ``git
    archive``) and of the working tree, each in a fresh process, the two alternating (which
    goes first alternates too). Each process's ratio is paired page by page, so the two trees
    are compared through ratios that the load moves little."""
    out: dict[str, list[float]] = {rev: [], "this tree": []}
    with tempfile.TemporaryDirectory(prefix="bench-html-old-") as old:
        archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", old], input=archive, check=True)
        # This script measures both sides: only newsbeam's functions differ.
        (Path(old) / "bench" / "html.py").write_text(Path(__file__).read_text(encoding="utf-8"), encoding="utf-8")
        trees = {rev: old, "this tree": str(ROOT)}
        for r in range(rounds):
            for label in (rev, "this tree") if r % 2 == 0 else ("this tree", rev):
                args = [sys.executable, "-m", "bench.html", "--loops-only"] + (["--pages", str(pages)] if pages else [])
                env = dict(os.environ, PYTHONPATH=trees[label], NEWSBEAM_SHARED=str(SHARED))
                plain, funcs = map(float, subprocess.run(args, cwd=trees[label], env=env, capture_output=True,
                                                         text=True, check=True).stdout.split()[-2:])
                out[label].append(funcs / plain)
                progress(f"round {r + 1}, {label}: CPU s trafilatura {plain:.1f}, functions {funcs:.1f} "
                         f"({funcs / plain:.3f}x; load average {_load():.1f})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=None, help="use the first N pages (default: all)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the loops and runs; the median counts")
    ap.add_argument("--max-minutes", type=float, default=30.0,
                    help="start no new round after this many minutes (at least one round runs)")
    ap.add_argument("--warc-gb", type=float, default=0.0, help="also read a generated WARC this large")
    ap.add_argument("--loops-only", action="store_true",
                    help="only the paired loops, once: print the CPU seconds of trafilatura and of newsbeam's functions")
    ap.add_argument("--against", metavar="REV", default=None,
                    help="only the paired loops: REV's functions against this tree's, in fresh processes, alternating")
    ns = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if ns.against:
        ratios = loops_against(ns.against, ns.pages, max(1, ns.rounds))
        for label, values in ratios.items():
            print(f"{label}: functions/loop {spread(values)} over {len(values)} rounds")
        return 0
    pages = _pages(ns.pages)
    if ns.loops_only:
        paired_loops(pages[:5], chunk=1)
        print(*paired_loops(pages))
        return 0
    work = Path(tempfile.mkdtemp(prefix="newsbeam-bench-html-"))
    try:
        measured, done, n_records = measure(pages, work, rounds=ns.rounds, max_minutes=ns.max_minutes)
        size_mb = sum(len(b) for _, b in pages) / 1e6
        print("\n".join(report(measured, done, len(pages), n_records, size_mb)))
        if ns.warc_gb:
            print(warc_memory(ns.warc_gb, pages, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
