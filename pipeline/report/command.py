"""``newsbeam report DIR [--to FILE] [--since DATE] [--until DATE] [--source NAME ...]``."""
from __future__ import annotations

import argparse
from datetime import date

from newsbeam.pipeline.errors import UsageError


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, found {value!r}") from None


def add_parser(sub) -> argparse.ArgumentParser:
    """Registers the ``report`` subcommand on the command line's subparsers."""
    report = sub.add_parser("report", help="a self-contained HTML report of a dataset: who is quoted, "
                                           "by whom and how often, and the data's health")
    report.add_argument("dir", help="the dataset (a newsbeam run's --output)")
    report.add_argument("--to", default="report.html", metavar="FILE",
                        help="the HTML file to write (default: report.html)")
    report.add_argument("--since", type=_day, metavar="DATE",
                        help="only articles dated this day (YYYY-MM-DD, UTC) or later")
    report.add_argument("--until", type=_day, metavar="DATE",
                        help="only articles dated this day (YYYY-MM-DD, UTC) or earlier")
    report.add_argument("--source", action="append", default=[], metavar="NAME", dest="sources",
                        help="only this outlet (the articles' source); repeat for several")
    return report


def run(ns) -> int:
    """Writes the report and prints its path, size and build time."""
    try:
        from newsbeam.pipeline.report import build_report
    except ImportError as exc:  # the optional extra is not installed
        raise UsageError(f"the report needs newsbeam[report] ({exc.name} is missing): "
                         "pip install 'newsbeam[report]'") from None
    if ns.since and ns.until and ns.since > ns.until:
        raise UsageError(f"--since {ns.since} is after --until {ns.until}")
    try:
        result = build_report(ns.dir, to=ns.to, since=ns.since, until=ns.until, sources=ns.sources)
    except (FileNotFoundError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    print(f"report {result.path}  ({result.bytes / 1024:,.0f} KiB, built in {result.seconds:.1f} s)")
    return 0
