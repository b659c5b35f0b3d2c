"""Where a one-worker ``newsbeam run``'s fixed cost goes: CPU per part, in this process.

    python -m bench.fixed FILE_OR_GLOB [more inputs]   # a small input: the fixed part shows

Runs ``newsbeam run --direct_num_workers=1 --direct_running_mode=in_memory`` on the inputs into a
fresh temporary dataset, in this process, and prints the CPU (``time.process_time``: user +
system, all threads) of: the imports of the command, the runner and Beam (pyarrow with them,
which the plain loop needs too), the further imports of the work (parsers, the quote
extractor), and inside the run the graph's build, its translation to the runner's protos, the
fusion into stages, each stage's ``BundleProcessor`` set-up, the bundles themselves (the work,
with the runner's per-element hops), the metrics read after each bundle, the commit and the
manifest. What is left of the run is the runner's own bookkeeping between bundles (buffers,
the option parsing, the progress thread). The plain loop (``bench.baselines plain``) pays
pyarrow's and the work's imports and the work; the rest is the run's fixed cost over it.

Taken beside other work, a part's CPU swings by 10-20%: read the shares, and count
instructions (``valgrind --tool=callgrind``, bench/README.md "Stop 42, scale6") to compare trees.
It prints; it never asserts.
"""
from __future__ import annotations

import collections
import sys
import tempfile
import time

# (module, object, attribute, label): the parts timed inside the run.
PARTS = (
    ("newsbeam.pipeline.run", None, "build_pipeline", "graph build"),
    ("apache_beam.pipeline", "Pipeline", "to_runner_api", "graph to protos"),
    ("apache_beam.runners.portability.fn_api_runner.translations", None, "create_and_optimize_stages",
     "fusion into stages"),
    ("apache_beam.runners.worker.bundle_processor", "BundleProcessor", "__init__", "stage set-up"),
    ("apache_beam.runners.worker.bundle_processor", "BundleProcessor", "process_bundle", "bundles (work)"),
    ("apache_beam.runners.worker.bundle_processor", "BundleProcessor", "monitoring_infos", "metrics read"),
    ("newsbeam.transforms.io.commit", None, "commit", "commit"),
    ("newsbeam.pipeline.run", None, "write_manifest", "manifest"),
)


def _timed(cpu: collections.Counter, calls: collections.Counter, label: str, fn):
    def call(*args, **kwargs):
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            cpu[label] += time.process_time() - start
            calls[label] += 1
    return call


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    import importlib

    start = time.process_time()
    from newsbeam.pipeline.cli import main as newsbeam_main
    import newsbeam.pipeline.run  # noqa: F401
    import apache_beam.runners.portability.fn_api_runner  # noqa: F401
    run_imports = time.process_time() - start
    start = time.process_time()
    import newsbeam.transforms.formats.feeds  # noqa: F401
    import newsbeam.transforms.quotes.extract  # noqa: F401
    work_imports = time.process_time() - start

    cpu: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    for module_name, owner, attr, label in PARTS:
        module = importlib.import_module(module_name)
        target = getattr(module, owner) if owner else module
        setattr(target, attr, _timed(cpu, calls, label, getattr(target, attr)))

    with tempfile.TemporaryDirectory(prefix="bench-fixed-") as out:
        inputs = [arg for path in argv for arg in ("--input", path)]
        start = time.process_time()
        code = newsbeam_main(["run", *inputs, "--output", out, "--direct_num_workers=1",
                              "--direct_running_mode=in_memory", "-q"])
        run = time.process_time() - start

    print(f"{'part':<44}{'CPU s':>8}{'calls':>7}")
    print(f"{'imports: command, runner, Beam, pyarrow':<44}{run_imports:>8.3f}")
    print(f"{'imports: the work (parsers, quotes)':<44}{work_imports:>8.3f}")
    for _, _, _, label in PARTS:
        print(f"{'  ' + label:<44}{cpu[label]:>8.3f}{calls[label]:>7}")
    rest = run - sum(cpu.values())
    print(f"{'  the rest of the run (runner, options)':<44}{rest:>8.3f}")
    print(f"{'the run':<44}{run:>8.3f}   (exit {code})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
