"""The ``newsbeam`` command line: run, watch, stream, extract, inspect.

Exit status: 0 when the run finished (rejected inputs are data, not failures), 1 when the run
itself failed, 2 for a usage error.
"""
from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
from datetime import datetime, timezone

from newsbeam.pipeline import options
from newsbeam.pipeline.errors import RunFailed, UsageError
from newsbeam.pipeline.report import command as report_command
from newsbeam.transforms.dataset import Location

# run, watch and stream import Apache Beam (over a second) inside the functions that need it,
# so that --help, extract and inspect start without it.

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("newsbeam")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits 2 on usage errors; keep that, with our prefix
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"newsbeam: error: {message}\n")


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsbeam", description=__doc__.split("\n")[0],
                     epilog="Options a command does not know are passed to Apache Beam "
                            "(--runner, --direct_num_workers, --job_endpoint, ...).")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more (to stderr)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = sub.add_parser("run", help="ingest inputs into a dataset, once")
    options.add_input_args(run, inputs_required=False)
    options.add_dataset_args(run)

    watch = sub.add_parser("watch", help="poll a feed list and ingest continuously")
    options.add_input_args(watch, inputs_required=False)
    options.add_dataset_args(watch)
    watch.add_argument("--interval", type=float, default=300.0,
                       help="seconds between polling cycles (default: 300)")
    watch.add_argument("--cycles", type=int, default=0,
                       help="stop after this many cycles (default: 0, run until SIGTERM/SIGINT)")

    # Listed for --help; its own parser (pipeline.streaming) reads its options.
    sub.add_parser("stream", add_help=False,
                   help="the streaming variant for streaming runners (Flink, Dataflow): "
                        "see `newsbeam stream --help`")

    extract = sub.add_parser("extract", help="one input file -> JSON lines: article, bullets, quotes")
    extract.add_argument("file")
    extract.add_argument("--explain", action="store_true",
                         help="readable: each quote with its speaker, the rule that credited it and the mention")

    inspect = sub.add_parser("inspect", help="what a dataset holds: tables, partitions, rows, rejects, runs")
    inspect.add_argument("dir")
    inspect.add_argument("--json", action="store_true", help="print the report as JSON")

    report_command.add_parser(sub)
    return parser


def _configure_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def load_feeds(path: str | None) -> tuple:
    """The feed list's feeds; its bad entries are reported on stderr and left out."""
    if not path:
        return ()
    from newsbeam.transforms.feedlist import load_feed_list

    try:
        specs, problems = load_feed_list(path)
    except OSError as exc:
        raise UsageError(f"cannot read the feed list {path}: {exc}") from None
    for problem in problems:
        log.warning("feed list: %s (entry left out)", problem)
    if not specs:
        raise UsageError(f"the feed list {path} holds no usable feed")
    return tuple(specs)


def run_config(ns, *, now: datetime | None = None, on_schedule: bool = False):
    from newsbeam.pipeline.build import RunConfig
    from newsbeam.pipeline.run import new_run_id
    from newsbeam.transforms.quotes import EXTRACTOR_VERSION
    from newsbeam.transforms.write import PARTITION_SCHEMES, WriteConfig

    now = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    run_id = new_run_id(now)
    try:
        fetch = options.fetch_config_of(ns)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return RunConfig(
        run_id=run_id,
        fetched_at=now,
        inputs=tuple(ns.inputs),
        write=WriteConfig(
            location=Location.of(ns.output),
            run_id=run_id,
            partition_by=PARTITION_SCHEMES[ns.partition_by],
            mode=ns.mode,
            target_file_rows=ns.target_file_rows,
            target_file_bytes=ns.target_file_mb * 2**20,
            extractor=EXTRACTOR_VERSION,
        ),
        limits=options.limits_of(ns),
        feeds=load_feeds(ns.feeds),
        fetch=fetch,
        fetch_concurrency=ns.fetch_concurrency,
        on_schedule=on_schedule,
    )


def _cmd_run(ns, beam_argv: list[str], argv: list[str]) -> int:
    if not ns.inputs and not ns.feeds:
        raise UsageError("run needs at least one --input GLOB or --feeds FILE")
    from newsbeam.pipeline.run import format_summary, run_batch
    from newsbeam.transforms.sources import missing_literal_paths

    missing = missing_literal_paths(ns.inputs)
    if missing:
        raise UsageError(f"no such input file: {', '.join(missing)}")
    cfg = run_config(ns)
    manifest = run_batch(cfg, options.beam_args(beam_argv), command=argv, lock_timeout=ns.lock_timeout,
                         chunk_bytes=ns.chunk_mb * 2**20)
    print(format_summary(manifest))
    return EXIT_OK


def _cmd_extract(ns) -> int:
    from newsbeam.pipeline.extract import articles_of, explain_lines, json_lines

    try:
        for line in (explain_lines if ns.explain else json_lines)(articles_of(ns.file)):
            print(line)
    except FileNotFoundError:
        raise UsageError(f"no such file: {ns.file}") from None
    return EXIT_OK


def _cmd_inspect(ns) -> int:
    from newsbeam.pipeline.inspect import describe, format_report

    try:
        report = describe(Location.of(ns.dir))
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from None
    print(json.dumps(report, indent=1, default=str) if ns.json else format_report(report))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["stream"]:
        from newsbeam.pipeline.streaming import run_streaming

        return run_streaming(argv[1:])
    parser = make_parser()
    ns, unknown = parser.parse_known_args(argv)
    _configure_logging(ns.verbose)
    if unknown and ns.command in ("extract", "inspect", "report"):
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    try:
        if ns.command == "run":
            return _cmd_run(ns, unknown, argv)
        if ns.command == "watch":
            from newsbeam.pipeline.watch import watch

            return watch(ns, options.beam_args(unknown),
                         config_for_cycle=lambda ns: run_config(ns, on_schedule=True))
        if ns.command == "extract":
            return _cmd_extract(ns)
        if ns.command == "report":
            return report_command.run(ns)
        return _cmd_inspect(ns)
    except UsageError as exc:
        print(f"newsbeam: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RunFailed as exc:
        print(f"newsbeam: run failed: {exc}", file=sys.stderr)
        return EXIT_FAILED


def entry() -> int:
    """The ``newsbeam`` command: ``main()``, then an exit that skips a last garbage collection.

    At exit the interpreter walks every object Beam and its imports made (about 0.3 s of a
    3 s run on one small file); ``gc.freeze()`` marks them all as permanent first. Only the
    command does this: ``main()`` called from Python leaves the collector alone.
    """
    code = main()
    sys.stdout.flush()
    gc.freeze()
    return code
