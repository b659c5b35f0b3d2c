"""The newsbeam command line: run, watch, stream, extract, inspect, report, repair.

Each subcommand is registered by one function (``SUBCOMMANDS``); it sets its handler with
``set_defaults(handler=...)``. The work itself is done by the Python API (``pipeline.api``):
the handlers only turn options into its keyword arguments.
"""
from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
import textwrap

from newsbeam import __version__
from newsbeam.pipeline.errors import (
    EXIT_INTERRUPTED, EXIT_OK, EXIT_STATUSES, EXIT_USAGE, REPORTED, UsageError, exit_for)
from newsbeam.transforms.io import layout

# Beam, pyarrow and the readers load inside the handlers that need them, so that --version,
# --help and usage errors answer at once.

log = logging.getLogger("newsbeam")

DESCRIPTION = textwrap.fill("Ingest news feeds, article pages, JSON lines and web archives into a "
                            "Hive-partitioned Parquet dataset (tables articles, bullets, quotes, rejects).", 78,
                            break_on_hyphens=False)
EXIT_HELP = "exit status:\n" + "\n".join(f"  {code:<4} {text}" for code, text in EXIT_STATUSES.items())
BEAM_HELP = textwrap.fill("Options newsbeam does not know go to Apache Beam when Beam knows them (--runner, "
                          "--direct_num_workers, --job_endpoint, ...); any other option is a usage error.", 78)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_abbrev", False)  # --out must not silently mean --output
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message):  # argparse exits 2 on usage errors; keep that, in one line
        self.exit(EXIT_USAGE, f"newsbeam: error: {message} (see {self.prog} --help)\n")


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """-q/-v, accepted before and after the subcommand (after it, they do not reset a value given
    before it)."""
    default = (lambda value: value) if top else (lambda value: argparse.SUPPRESS)
    group = parser.add_argument_group("output")
    group.add_argument("-q", "--quiet", action="store_true", default=default(False),
                       help="only warnings and errors: no progress, no summary")
    group.add_argument("-v", "--verbose", action="count", default=default(0),
                       help="more detail from newsbeam; twice (-vv) also Apache Beam's own log")


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines) + "\n\n" + EXIT_HELP


def add_run(sub) -> None:
    from newsbeam.pipeline import options

    run = sub.add_parser(
        "run", help="ingest inputs into a dataset, once",
        description="Ingest input files and/or a feed list into the dataset at --output, once.",
        epilog=_examples(
            "newsbeam run --input 'examples/inputs/*' --output out",
            "newsbeam run --input 'archive/**/*.xml.gz' --output out --partition-by source,date",
            "newsbeam run --feeds feeds.yaml --output out --max-reject-ratio 0.5",
            "newsbeam run --input 'big/*.jsonl' --output out --runner DaskRunner --dask_client_address HOST:8786",
        ) + "\n\n" + BEAM_HELP)
    options.add_input_args(run, inputs_required=False)
    options.add_dataset_args(run)
    run.add_argument("--max-reject-ratio", dest="max_reject_ratio", type=options.ratio, default=None,
                     metavar="R", help="exit 3 when more than this share (0..1) of what was read is "
                                       "rejected (default: no limit)")
    _global_options(run, top=False)
    run.set_defaults(handler=_cmd_run, beam=True)


def add_watch(sub) -> None:
    from newsbeam.pipeline import options

    watch = sub.add_parser(
        "watch", help="poll a feed list and ingest continuously, one run per cycle",
        description="Poll the feed list every --interval seconds, one bounded run per cycle, until "
                    "SIGTERM or Ctrl-C (the current cycle finishes first) or --cycles cycles.",
        epilog=_examples(
            "newsbeam watch --feeds feeds.yaml --output out --interval 600",
            "newsbeam watch --feeds feeds.opml --output out --cycles 1   # one cycle, then exit",
        ) + "\n\n" + BEAM_HELP)
    options.add_input_args(watch, inputs_required=False)
    options.add_dataset_args(watch)
    watch.add_argument("--interval", type=options.positive_float, default=300.0, metavar="SECONDS",
                       help="seconds between the starts of two cycles (default: 300)")
    watch.add_argument("--cycles", type=options.non_negative_int, default=0, metavar="N",
                       help="stop after N cycles (default: 0, run until SIGTERM or Ctrl-C)")
    _global_options(watch, top=False)
    watch.set_defaults(handler=_cmd_watch, beam=True)


def add_stream(sub) -> None:
    from newsbeam.pipeline import options

    stream = sub.add_parser(
        "stream", help="the streaming variant for streaming runners (Flink, Dataflow)",
        description="Poll the feed list every --interval seconds in one streaming Beam pipeline, writing "
                    "each new or changed article once, in fixed windows of --window seconds.",
        epilog=_examples(
            "newsbeam stream --feeds feeds.yaml --output out --interval 60 --window 300",
            "newsbeam stream --feeds feeds.yaml --output out --duration 600   # stop after 10 minutes",
        ) + "\n\n" + BEAM_HELP + " --streaming is added.")
    # The same declarations as pipeline.streaming.add_arguments (which imports Beam).
    options.add_input_args(stream, inputs_required=False)
    options.add_output_args(stream)
    options.add_stream_args(stream)
    options.add_lock_arg(stream)
    _global_options(stream, top=False)
    stream.set_defaults(handler=_cmd_stream, beam=True)


def add_extract(sub) -> None:
    extract = sub.add_parser(
        "extract", help="one input file -> JSON lines: article, bullets, quotes",
        description="Read one input file through the same steps as a run, without Beam, and print "
                    "one JSON object a line: each article, its bullets and quotes, and rejects.",
        epilog=_examples("newsbeam extract examples/inputs/harbour-strike.txt",
                         "newsbeam extract feed.xml | jq -c 'select(.type == \"quote\")'"))
    extract.add_argument("file", help="an input file (a feed, JSON lines, text, HTML; .gz/.bz2/.xz)")
    extract.add_argument("--explain", action="store_true",
                         help="readable: each quote with its speaker, the rule that credited it and the mention")
    _global_options(extract, top=False)
    extract.set_defaults(handler=_cmd_extract, beam=False)


def add_inspect(sub) -> None:
    inspect = sub.add_parser(
        "inspect", help="what a dataset holds: tables, partitions, rows, rejects, runs, feeds",
        description="Summarize a dataset from its Parquet footers, run manifests and feed states.",
        epilog=_examples("newsbeam inspect out", "newsbeam inspect out --json | jq .tables"))
    inspect.add_argument("dir", help="the dataset directory (a run's --output)")
    inspect.add_argument("--json", action="store_true", help="print the report as JSON")
    _global_options(inspect, top=False)
    inspect.set_defaults(handler=_cmd_inspect, beam=False)


def add_report(sub) -> None:
    from newsbeam.pipeline.report import command as report_command

    report = report_command.add_parser(sub)
    report.epilog = _examples("newsbeam report out --to out/report.html",
                              "newsbeam report out --since 2026-11-01 --until 2026-11-30 --source wire")
    _global_options(report, top=False)
    report.set_defaults(handler=lambda ns, beam_argv, argv: report_command.run(ns), beam=False)


def add_repair(sub) -> None:
    repair = sub.add_parser(
        "repair", help=f"finish or roll back a run that died while committing; rebuild {layout.DATASET_FILE}",
        description="Finish (or roll back) the commit of a run that died, whatever input it had, and "
                    f"rebuild a damaged {layout.DATASET_FILE}. Every run does this first by itself.",
        epilog=_examples("newsbeam repair out"))
    repair.add_argument("dir", help="the dataset directory (a run's --output)")
    repair.add_argument("--lock-timeout", dest="lock_timeout", type=float, default=0.0, metavar="SECONDS",
                        help="seconds to wait for a run that holds the output (default: 0)")
    _global_options(repair, top=False)
    repair.set_defaults(handler=_cmd_repair, beam=False)


# One function per subcommand: a new subcommand appends its own.
SUBCOMMANDS = [add_run, add_watch, add_stream, add_extract, add_inspect, add_report, add_repair]


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsbeam", description=DESCRIPTION, epilog=EXIT_HELP + "\n\n" + BEAM_HELP)
    parser.add_argument("--version", action="version", version=f"newsbeam {__version__}")
    _global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    for register in SUBCOMMANDS:
        register(sub)
    return parser


# --------------------------------------------------------------------------- logging


def configure_logging(quiet: bool, verbose: int) -> None:
    """newsbeam's own messages at info (warning with -q, debug with -v); Beam's and every other
    library's at warning unless -vv."""
    level = logging.WARNING if quiet else logging.DEBUG if verbose else logging.INFO
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO if verbose >= 2 and not quiet else logging.WARNING)
    logging.getLogger("newsbeam").setLevel(level)


# --------------------------------------------------------------------------- option checks


def _subcommand_parser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices[name]
    raise KeyError(name)


def check_unknown(parser: argparse.ArgumentParser, command: str, unknown: list[str], *, beam: bool) -> list[str]:
    """The Beam flags among ``unknown``; a UsageError naming the first option nobody knows, with
    the closest known one."""
    from newsbeam.pipeline.api import unknown_option_message
    from newsbeam.pipeline.options import known_option_names

    ours = known_option_names(_subcommand_parser(parser, command)) + known_option_names(parser)
    if not unknown:
        return []
    if not beam:
        first = next((a for a in unknown if a.startswith("-")), None)
        if first is None:
            raise UsageError(f"unexpected argument {unknown[0]!r} for {command}")
        raise UsageError(unknown_option_message(first.split("=", 1)[0], ours))
    from newsbeam.pipeline.options import beam_parser, unknown_beam_flags

    if not unknown[0].startswith("-"):
        raise UsageError(f"unexpected argument {unknown[0]!r} for {command}" + _glob_hint(unknown[0]))
    strangers = unknown_beam_flags(unknown)
    if strangers:
        raise UsageError(unknown_option_message(strangers[0], ours + known_option_names(beam_parser())))
    return unknown


def _glob_hint(arg: str) -> str:
    import os

    if os.path.exists(arg):
        return " (did the shell expand a glob? quote it: --input 'DIR/*')"
    return ""


# --------------------------------------------------------------------------- handlers


def ingest_kwargs(ns) -> dict:
    """The API's keyword arguments for run and watch, from the parsed options."""
    from newsbeam.pipeline import options

    return dict(
        feeds=ns.feeds, partition_by=ns.partition_by, mode=ns.mode, allow_hosts=tuple(ns.allow_hosts),
        target_file_mb=ns.target_file_mb, target_file_rows=ns.target_file_rows, chunk_mb=ns.chunk_mb,
        lock_timeout=ns.lock_timeout, limits=options.limits_of(ns), fetch=options.fetch_config_of(ns),
        fetch_concurrency=ns.fetch_concurrency, fetch_articles=ns.fetch_articles,
    )


def _require_output(ns, command: str) -> None:
    if not ns.output:
        raise UsageError(f"{command} needs --output DIR (where the dataset goes)")


def _cmd_run(ns, beam_argv: list[str], argv: list[str]) -> int:
    from newsbeam.pipeline import api
    from newsbeam.pipeline.result import format_summary

    _require_output(ns, "run")
    if not ns.inputs and not ns.feeds:
        raise UsageError("run needs at least one --input GLOB or --feeds FILE")
    try:
        kwargs = ingest_kwargs(ns)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    result = api.ingest(ns.inputs, ns.output, pipeline_options=beam_argv, command=argv,
                        max_reject_ratio=ns.max_reject_ratio, progress=not ns.quiet, **kwargs)
    if not ns.quiet:
        print(format_summary(result))
    if result.problem:
        print(f"newsbeam: {result.problem}", file=sys.stderr)
    return result.exit_code


def _cmd_watch(ns, beam_argv: list[str], argv: list[str]) -> int:
    from newsbeam.pipeline.watch import watch

    _require_output(ns, "watch")
    if not ns.feeds and not ns.inputs:
        raise UsageError("watch needs --feeds FILE (or --input GLOB)")
    try:
        kwargs = ingest_kwargs(ns)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return watch(ns.inputs, ns.output, interval=ns.interval, cycles=ns.cycles,
                 pipeline_options=beam_argv, **kwargs)


def _cmd_extract(ns, beam_argv, argv) -> int:
    import os

    from newsbeam.pipeline.extract import articles_of, explain_lines, json_lines

    if os.path.isdir(ns.file):
        raise UsageError(f"{ns.file} is a directory; extract reads one file "
                         f"(for many: newsbeam run --input '{ns.file.rstrip('/')}/*' --output DIR)")
    try:
        for line in (explain_lines if ns.explain else json_lines)(articles_of(ns.file)):
            print(line)
    except FileNotFoundError:
        raise UsageError(f"no such file: {ns.file}") from None
    except PermissionError:
        raise UsageError(f"cannot read {ns.file}: permission denied") from None
    return EXIT_OK


def _cmd_repair(ns, beam_argv, argv) -> int:
    from newsbeam.pipeline.run import repair
    from newsbeam.transforms.io.dataset import Location

    for line in repair(Location.of(ns.dir), ns.lock_timeout):
        print(line)
    return EXIT_OK


def _cmd_inspect(ns, beam_argv, argv) -> int:
    from newsbeam.pipeline.inspect import describe, format_report
    from newsbeam.transforms.io.dataset import Location

    try:
        report = describe(Location.of(ns.dir))
    except FileNotFoundError as exc:
        raise UsageError(str(exc).strip("'\"")) from None
    print(json.dumps(report, indent=1, default=str) if ns.json else format_report(report))
    return EXIT_OK


def _cmd_stream(ns, beam_argv, argv) -> int:
    from newsbeam.pipeline.streaming import stream

    code = stream(ns, beam_argv)  # UsageError, RunFailed: main's errors.exit_for
    _settle_after_stream(ns)
    return code


def _settle_after_stream(ns) -> None:
    """The streaming variant's tables get the zero-row files of empty tables too."""
    from newsbeam.transforms.io.dataset import Location, settle_empty_tables
    from newsbeam.transforms.composites.write import PARTITION_SCHEMES

    settle_empty_tables(Location.of(ns.output), PARTITION_SCHEMES[ns.partition_by])


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(argv)
    except BrokenPipeError:  # `newsbeam extract FILE | head`: the reader has seen enough
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except REPORTED as exc:  # one line (errors.exit_for); an OSError's traceback with -v
        if isinstance(exc, OSError):
            log.debug("traceback", exc_info=True)
        code, line = exit_for(exc)
        print(line, file=sys.stderr)
        return code


def _main(argv: list[str]) -> int:
    if argv[:1] == ["--version"]:  # answered before anything heavy is imported
        from newsbeam.transforms.quotes import compiled

        print(f"newsbeam {__version__}")
        print(f"quote extractor: {compiled.status()}")  # compiled (mypyc) or pure Python, and why
        return EXIT_OK
    start_workers_early(argv)
    parser = make_parser()
    try:
        ns, unknown = parser.parse_known_args(argv)
    except SystemExit as exc:  # --help, or argparse's own usage error (already printed)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    configure_logging(ns.quiet, ns.verbose)
    if ns.command == "run":  # Beam, pyarrow and the stages' modules (check_unknown asks Beam's options)
        from newsbeam.pipeline.heap import imported_without_collecting

        imported_without_collecting("newsbeam.pipeline.run")
    beam_argv = check_unknown(parser, ns.command, unknown, beam=ns.beam)
    return ns.handler(ns, beam_argv, argv)


def start_workers_early(argv: list[str]) -> None:
    """``newsbeam run ... --direct_num_workers=N``, or a run on an input large enough for the
    workers it chooses itself: start the worker processes now, before this process builds its
    argument parser (whose imports, pyarrow and numpy among them, took 0.3 s of CPU) and
    imports Beam, so that their own imports overlap everything this process does before its
    first stage (``pipeline.workers``). Only -q/-v can come before the command. A run that then
    fails its argument checks closes them at exit."""
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    if command != "run" or "-h" in argv or "--help" in argv:
        return
    from newsbeam.pipeline import worker_choice, workers

    rest = argv[argv.index(command) + 1:]
    workers.start_early(workers.early_worker_count(rest) or worker_choice.default_worker_count(rest))


def entry() -> int:
    """The ``newsbeam`` command: ``main()``, then an exit that skips a last garbage collection.

    At exit the interpreter walks every object Beam and its imports made (about 0.3 s of a
    3 s run on one small file); ``gc.freeze()`` marks them all as permanent first. Only the
    command does this: ``main()`` called from Python leaves the collector alone.
    """
    code = main()
    sys.stdout.flush()
    if code == EXIT_INTERRUPTED:
        end_within(SHUTDOWN_AFTER_INTERRUPT, code)
    gc.freeze()
    return code


# Seconds the interpreter's shutdown may take after Ctrl-C before the command ends anyway.
SHUTDOWN_AFTER_INTERRUPT = 10.0


def end_within(seconds: float, code: int) -> None:
    """End the process with ``code`` if it is still alive ``seconds`` from now.

    After Ctrl-C the run is recorded (its manifest says interrupted) and the command has said
    so; what is left is the interpreter's shutdown, which waits for every thread that is not a
    daemon. A step of Beam's interrupted mid-bundle can leave one waiting for a peer that is gone
    (seen once, under load: the command printed its line and never ended). A daemon timer bounds
    that wait; a shutdown that ends sooner ends the timer with it.
    """
    import threading

    def _end() -> None:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)

    timer = threading.Timer(seconds, _end)
    timer.daemon = True
    timer.start()

