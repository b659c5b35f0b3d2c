"""The project's options, declared once, here, and the checks of the ones it passes to Beam.

The command line parses these with ``parse_known_args``; what it does not know must be an option
of one of Beam's options classes (``beam_parser``, built as Beam's own ``get_all_options`` builds
it), so ``--runner``, ``--direct_num_workers``, ``--job_endpoint`` and any runner's own flags
work without being listed, and a typo is a usage error that names the closest option.
"""
from __future__ import annotations

import argparse
import difflib
import logging
import os
from typing import TypeVar

from newsbeam.transforms.io import layout
from newsbeam.transforms.io.fetch import FetchConfig
from newsbeam.transforms.formats.read import Limits

_C = TypeVar("_C")

# Full paths for runners Beam does not know by a short name.
RUNNER_ALIASES = {
    # Beam 2.77's own DaskRunner mixes tagged outputs, runs one sink only and recomputes side
    # inputs per task; pipeline.dask_runner fixes those (see its docstring).
    "DaskRunner": "newsbeam.pipeline.dask_runner.DaskRunner",
}
# The in-process portable runner: it never tries to download anything, unlike "DirectRunner",
# which first attempts to fetch the Prism runner binary.
DEFAULT_RUNNER = "FnApiRunner"
_DEFAULT_LIMITS = Limits()
# The local runners whose --direct_num_workers means worker processes once multi_processing is on.
_DIRECT_RUNNERS = ("FnApiRunner", "DirectRunner", "SwitchingDirectRunner")
log = logging.getLogger("newsbeam")


def add_output_args(parser) -> None:
    """Where the dataset is and how it is partitioned: every command that writes one."""
    parser.add_argument("--output", metavar="DIR",
                        help="dataset directory or URI (gs://, s3:// with the matching extras); required")
    parser.add_argument("--partition-by", dest="partition_by", default="date",
                        choices=["date", "source,date"], metavar="date|source,date",
                        help="Hive partition columns: date=YYYY-MM-DD, or source=NAME/date=YYYY-MM-DD "
                             "(default: date)")


def add_lock_arg(parser) -> None:
    parser.add_argument("--lock-timeout", dest="lock_timeout", metavar="SECONDS", type=non_negative_float, default=0.0,
                        help="seconds to wait for another run on the same output (default: 0)")


def add_stream_args(parser) -> None:
    """``newsbeam stream``'s own options (its inputs and output are the shared ones)."""
    parser.add_argument("--interval", type=positive_float, default=300.0, metavar="SECONDS",
                        help="seconds between two polls of the feed list (default: 300)")
    parser.add_argument("--window", type=positive_float, default=300.0, metavar="SECONDS",
                        help="seconds of the fixed windows that group writes (default: 300)")
    parser.add_argument("--duration", type=non_negative_float, default=0.0, metavar="SECONDS",
                        help="stop polling after this many seconds (default: 0, never)")


def add_dataset_args(parser) -> None:
    """The output options of a batch run (``run``, ``watch``)."""
    add_output_args(parser)
    parser.add_argument("--mode", default="append", choices=["append", "overwrite"], metavar="append|overwrite",
                        help="append: insert new and changed articles, skip unchanged ones; "
                             "overwrite: replace the partitions this run writes (default: append)")
    parser.add_argument("--target-file-mb", dest="target_file_mb", metavar="MB", type=positive_int, default=128,
                        help="split a partition into several files above this size (default: 128)")
    parser.add_argument("--target-file-rows", dest="target_file_rows", metavar="ROWS", type=positive_int, default=1_000_000,
                        help="... or above this many articles (default: 1000000)")
    parser.add_argument("--chunk-mb", dest="chunk_mb", metavar="MB", type=non_negative_int, default=64,
                        help="on the local runners, cut a larger input into bounded runs of about "
                             "this many MB each, so memory stays flat; 0 = one run (default: 64)")
    add_lock_arg(parser)


def add_input_args(parser, *, inputs_required: bool) -> None:
    parser.add_argument("--input", dest="inputs", action="append", default=[], metavar="GLOB",
                        required=inputs_required,
                        help="input files or globs (** crosses directories; .gz/.bz2 read "
                             "transparently); repeatable")
    parser.add_argument("--feeds", default=None, metavar="FILE",
                        help="a YAML feed list or an OPML export; feeds are fetched over HTTP(S)")
    parser.add_argument("--allow-host", dest="allow_hosts", action="append", default=[],
                        metavar="HOST[:PORT]",
                        help="let feeds reach this private/loopback host (repeatable)")
    parser.add_argument("--fetch-concurrency", dest="fetch_concurrency", metavar="N", type=positive_int, default=16,
                        help="feeds fetched at once per worker; each host still gets at most 2 "
                             "requests at a time, 1 s apart (default: 16)")
    parser.add_argument("--fetch-articles", dest="fetch_articles", action="store_true",
                        help="fetch the linked page of a feed item whose text is under 150 words, "
                             "through the same guarded client, and take its main text as the body "
                             f"(pages are cached under DIR/{layout.ARTICLES_CACHE})")
    parser.add_argument("--fetch-deadline", dest="fetch_deadline", metavar="SECONDS", type=positive_float, default=60.0,
                        help="seconds one feed's fetch may take in all, retries included (default: 60)")
    parser.add_argument("--max-input-bytes", dest="max_input_bytes", metavar="BYTES", type=positive_int,
                        default=_DEFAULT_LIMITS.max_input_bytes,
                        help=f"largest input file or body, also after decompression "
                             f"(default: {_DEFAULT_LIMITS.max_input_bytes})")
    parser.add_argument("--max-entries", dest="max_entries", metavar="N", type=positive_int,
                        default=_DEFAULT_LIMITS.max_entries,
                        help=f"most entries one feed may hold (default: {_DEFAULT_LIMITS.max_entries})")
    parser.add_argument("--max-recover-bytes", dest="max_recover_bytes", metavar="BYTES", type=non_negative_int,
                        default=_DEFAULT_LIMITS.max_recover_bytes,
                        help=f"largest broken feed handed to the slow recovering parser; larger "
                             f"ones are rejected too-large (default: {_DEFAULT_LIMITS.max_recover_bytes})")
    parser.add_argument("--max-field-chars", dest="max_field_chars", metavar="CHARS", type=positive_int,
                        default=_DEFAULT_LIMITS.max_field_chars,
                        help=f"longer text fields are cut (default: {_DEFAULT_LIMITS.max_field_chars})")


def beam_args(extra: list[str]) -> list[str]:
    """Beam's flags with the project's defaults: an offline runner, short runner names resolved."""
    args = list(extra)
    runner = None
    for i, arg in enumerate(args):
        if arg.startswith("--runner="):
            runner = arg.split("=", 1)[1]
            args[i] = "--runner=" + RUNNER_ALIASES.get(runner, runner)
        elif arg == "--runner" and i + 1 < len(args):
            runner = args[i + 1]
            args[i + 1] = RUNNER_ALIASES.get(runner, runner)
    if runner is None:
        args.append(f"--runner={DEFAULT_RUNNER}")
    if not any(a.split("=", 1)[0] in ("--pipeline_type_check", "--no_pipeline_type_check") for a in args):
        # Beam's construction-time type inference walks the bytecode of every Map and ParDo:
        # about a third of building the graph, and our transforms carry no hints to check.
        args.append("--no_pipeline_type_check")
    return args + worker_processes(args, runner or DEFAULT_RUNNER)


LOCAL_RUNNERS = ("FnApiRunner", "DirectRunner", "BundleBasedDirectRunner", "SwitchingDirectRunner")


def runner_of(beam_argv: list[str]) -> str:
    """The value of ``--runner`` in Beam's flags, or "" when none is given."""
    for i, arg in enumerate(beam_argv):
        if arg.startswith("--runner="):
            return arg.split("=", 1)[1]
        if arg == "--runner" and i + 1 < len(beam_argv):
            return beam_argv[i + 1]
    return ""


def is_local_runner(beam_argv: list[str]) -> bool:
    """The flags choose one of Beam's local runners (the ones bounded runs and the warm worker pool are for)."""
    return runner_of(beam_argv).rsplit(".", 1)[-1] in LOCAL_RUNNERS


def local_hands(beam_argv: list[str]) -> int:
    """How many workers a local runner deals each stage's input to (``--direct_num_workers``,
    0 meaning one per core as Beam counts them; 1 without it); 0 for any other runner."""
    if not is_local_runner(beam_argv):
        return 0
    try:
        workers = int(beam_flag(beam_argv, "--direct_num_workers") or 1)
    except ValueError:
        return 1  # Beam reports a malformed number itself
    return workers if workers > 0 else (os.cpu_count() or 1)  # Beam's multiprocessing.cpu_count()


def beam_flag(args: list[str], name: str) -> str | None:
    """The value of the last ``--name=value`` or ``--name value`` in ``args``, if any."""
    value = None
    for i, arg in enumerate(args):
        if arg.startswith(name + "="):
            value = arg.split("=", 1)[1]
        elif arg == name and i + 1 < len(args):
            value = args[i + 1]
    return value


def worker_processes(args: list[str], runner: str) -> list[str]:
    """``--direct_running_mode=multi_processing`` when ``--direct_num_workers`` asks the local
    runner for several workers (0: one per core) and no running mode is given.

    Beam's default running mode is ``in_memory``, where N workers are N threads of one process:
    under the GIL they run no faster than one (slower, measured: issue 20). A user who asks for
    N workers means N processes. An explicit ``in_memory`` or ``multi_threading`` with several
    workers is kept, with a warning.
    """
    if runner.rsplit(".", 1)[-1] not in _DIRECT_RUNNERS:
        return []
    workers = beam_flag(args, "--direct_num_workers")
    try:
        several = workers is not None and (int(workers) > 1 or int(workers) == 0)
    except ValueError:
        return []  # Beam reports a malformed number itself
    if not several:
        return []
    mode = beam_flag(args, "--direct_running_mode")
    if mode is None:
        return ["--direct_running_mode=multi_processing"]
    if mode != "multi_processing":
        log.warning("--direct_num_workers=%s with --direct_running_mode=%s runs the workers as threads "
                    "of one process, which the GIL keeps to about one core; "
                    "--direct_running_mode=multi_processing (the default with --direct_num_workers) "
                    "uses one process per worker", workers, mode)
    return []


def limits_of(ns) -> Limits:
    return Limits(max_input_bytes=ns.max_input_bytes, max_entries=ns.max_entries,
                  max_field_chars=ns.max_field_chars, max_recover_bytes=ns.max_recover_bytes)


def fetch_config_of(ns) -> FetchConfig:
    """The fetcher's limits; raises ValueError for a malformed --allow-host."""
    return FetchConfig(deadline=ns.fetch_deadline, max_bytes=ns.max_input_bytes,
                       allow_hosts=frozenset(ns.allow_hosts))


# --------------------------------------------------------------------------- checks


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def positive_int(text: str) -> int:
    """argparse type: an integer above 0 (``--target-file-mb -5`` is a usage error)."""
    value = _whole_number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be above 0, not {value}")
    return value


def non_negative_int(text: str) -> int:
    value = _whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def positive_float(text: str) -> float:
    value = _number(text)
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be above 0, not {text}")
    return value


def non_negative_float(text: str) -> float:
    value = _number(text)
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value


def ratio(text: str) -> float:
    """argparse type: a share between 0 and 1."""
    value = _number(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {text}")
    return value


def beam_parser(*, extras: bool = True) -> argparse.ArgumentParser:
    """An argument parser that knows every option of every Beam options class, as Beam's own
    ``PipelineOptions.get_all_options`` builds it (imports Beam, and with ``extras`` newsbeam's
    Dask runner options when its extra is installed: 0.6 s of CPU, so only when asked)."""
    from apache_beam.options import pipeline_options as po

    if extras:
        try:  # registers DaskOptions when the dask extra is installed
            import apache_beam.runners.dask.dask_runner  # noqa: F401
        except Exception:  # noqa: BLE001 (an optional extra; any import failure means "absent")
            pass
    parser = po._BeamArgumentParser(allow_abbrev=False)
    classes: dict[str, type[po.PipelineOptions]] = {}
    for cls in _subclasses(po.PipelineOptions):
        classes.setdefault(str(cls), cls)
    for cls in classes.values():
        try:
            cls._add_argparse_args(parser)
        except argparse.ArgumentError:
            continue  # two classes declaring one option: the first one wins, as in Beam
    return parser


def _subclasses(cls: type[_C]) -> list[type[_C]]:
    out: list[type[_C]] = []
    for sub in cls.__subclasses__():
        out.append(sub)
        out.extend(_subclasses(sub))
    return out


def unknown_beam_flags(flags: list[str]) -> list[str]:
    """The options among ``flags`` that Beam does not know (option names, without values).

    The options classes loaded with Beam are tried first; the Dask runner's are loaded only for
    a flag they do not know (a run without Dask flags never imports Dask)."""
    if not flags:
        return []
    _, unknown = beam_parser(extras=False).parse_known_args(flags)
    if any(arg.startswith("-") for arg in unknown):
        _, unknown = beam_parser().parse_known_args(flags)
    return [arg.split("=", 1)[0] for arg in unknown if arg.startswith("-")]


def known_option_names(parser: argparse.ArgumentParser) -> list[str]:
    return [opt for action in parser._actions for opt in action.option_strings if opt.startswith("--")]


def closest(name: str, candidates: list[str]) -> str | None:
    """The candidate nearest ``name`` (``--partition_by`` -> ``--partition-by``), if any is near."""
    norm = {c.replace("_", "-"): c for c in candidates}
    wanted = name.split("=", 1)[0].replace("_", "-")
    if wanted in norm:
        return norm[wanted]
    match = difflib.get_close_matches(wanted, list(norm), n=1, cutoff=0.7)
    return norm[match[0]] if match else None
