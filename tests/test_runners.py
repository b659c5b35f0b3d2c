"""One pipeline, three runners: the same inputs give the same dataset on each.

The CLI runs in a subprocess per runner (as a user runs it), over the bundled samples plus a
few generated inputs (two more dates, a gzip file, a bad line):

* the default runner (Beam's in-process FnApiRunner);
* ``--runner DaskRunner`` against a 2-worker ``distributed.LocalCluster`` of separate processes
  started here, so every DoFn, record and side input is pickled on its way to a worker;
* ``--runner PortableRunner`` through Beam's local job service, started here on a free port,
  with the LOOPBACK environment: the path Flink and Spark job servers take.

Identical means: the same files under the same partitions, the same ``article_id``s, and the
same rows in every table once ``run_id`` and ``fetched_at`` (which differ per run) are dropped.
"""
from __future__ import annotations

import gzip
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as pads
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "inputs"
TABLES = ("articles", "bullets", "quotes", "rejects")
PER_RUN = ("run_id", "fetched_at")
RUN_TIMEOUT = 240
# Beam 2.77's own DaskRunner mixes tagged outputs and runs only one sink (see
# pipeline/dask_runner.py); until the DaskRunner short name maps here, name ours in full.
DASK_RUNNER = "DaskRunner"  # the short name, resolved by pipeline.options


# --------------------------------------------------------------------------- inputs and runs


def _generated_articles() -> list[dict]:
    speakers = ["Mara Olsen", "Tomas Reyes", "Ines Duarte", "Kofi Mensah"]
    return [
        {
            "title": f"Council vote {i} on the harbour budget",
            "url": f"https://gen.example/news/{i}",
            "published": f"2026-11-{10 + i % 3:02d}T0{i % 9}:15:00Z",
            "bullets": [f"Budget item {i} passes", f"{speakers[i % 4]} opposed item {i}"],
            "body": (f"The council approved item {i} on Tuesday.\n\n"
                     f"“We cannot keep patching the quay,” said {speakers[i % 4]}. "
                     f"“This is the year we rebuild it.”\n\n"
                     f"{speakers[(i + 1) % 4]} said the vote was “long overdue”."),
        }
        for i in range(12)
    ]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("inputs")
    for sample in SAMPLES.iterdir():
        shutil.copy(sample, directory / sample.name)
    records = _generated_articles()
    lines = [json.dumps(r) for r in records[:8]] + ["{not json"]
    (directory / "council.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(directory / "council-late.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in records[8:]) + "\n")
    return directory


def run_cli(inputs: Path, out: Path, *beam_args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "newsbeam", "run", "--input", f"{inputs}/*",
               "--output", str(out), *beam_args]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}\n{done.stderr[-4000:]}"
    return done


def snapshot(out: Path) -> dict:
    """What must not depend on the runner: files, partitions, and rows minus per-run columns."""
    files = sorted(str(p.relative_to(out)) for t in TABLES for p in (out / t).rglob("*.parquet"))
    rows = {}
    for table in TABLES:
        data = pads.dataset(out / table, partitioning="hive").to_table()
        data = data.drop_columns([c for c in PER_RUN if c in data.column_names])
        rows[table] = sorted(json.dumps(r, sort_keys=True, default=str) for r in data.to_pylist())
    partitions = sorted({str(Path(f).parent) for f in files})
    ids = sorted(json.loads(r)["article_id"] for r in rows["articles"])
    return {"files": files, "partitions": partitions, "article_ids": ids, "rows": rows}


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("default") / "out"
    started = time.monotonic()
    run_cli(inputs, out)
    snap = snapshot(out)
    snap["seconds"] = time.monotonic() - started
    return snap


def assert_same_dataset(got: dict, want: dict) -> None:
    assert got["partitions"] == want["partitions"]
    assert got["files"] == want["files"]
    assert got["article_ids"] == want["article_ids"]
    for table in TABLES:
        assert got["rows"][table] == want["rows"][table], table


# --------------------------------------------------------------------------- the runners


def test_default_runner_dataset(reference):
    assert len(reference["article_ids"]) == 8 + 12  # the samples, then the generated articles
    assert {p.split("/", 1)[1] for p in reference["partitions"] if p.startswith("articles/")} >= {
        "date=2026-11-10", "date=2026-11-11", "date=2026-11-12"}
    assert reference["rows"]["quotes"] and reference["rows"]["bullets"]
    assert any('"reason": "malformed"' in r for r in reference["rows"]["rejects"])


@pytest.mark.slow  # ~20 s; keeps the default suite's share of this file under two minutes
def test_default_runner_with_worker_processes_gives_the_same_dataset(inputs, reference, tmp_path):
    out = tmp_path / "out"
    run_cli(inputs, out, "--direct_num_workers=2", "--direct_running_mode=multi_processing")
    assert_same_dataset(snapshot(out), reference)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip(
        "distributed", reason="DaskRunner needs distributed: pip install 'newsbeam[dask]'")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.mark.parametrize("spread", [[], ["--dask_npartitions=3"]], ids=["reshuffle-no-op", "dealt-3"])
def test_dask_runner_on_a_two_worker_cluster_gives_the_same_dataset(inputs, reference, dask_cluster,
                                                                     tmp_path, spread):
    from distributed import Client, get_task_stream

    out = tmp_path / "out"
    with Client(dask_cluster) as client, get_task_stream(client) as stream:
        done = run_cli(inputs, out, f"--runner={DASK_RUNNER}",
                       f"--dask_client_address={dask_cluster.scheduler_address}", *spread)
    assert "finished" in done.stdout
    assert_same_dataset(snapshot(out), reference)
    if spread:
        # The files dealt in 3 hands, hand j to worker j % 2: each worker reads and parses some
        # (Dask's graph optimization dropped that hint, and one worker read and parsed them all).
        for stage in ("ReadInputs/Read/", "ParseDocuments/Parse/"):
            ran_on = {task["worker"] for task in stream.data if stage in str(task["key"])}
            assert len(ran_on) == 2, (stage, ran_on)


def test_a_dask_reshuffle_deals_files_by_size_and_other_elements_by_count():
    from newsbeam.pipeline.dask_runner import _plan, _split, _weights

    files = [(b"a", 900), (b"b", 500), (b"c", 400), (b"d", 300), (b"e", 100)]
    # From one partition: 1,200 and 1,000 bytes (a split by count: 1,800 and 400), dealt
    # heaviest first to the lightest hand: large and small files in both hands.
    plan = _plan([_weights(files)], 2)
    assert _split(files, plan[0], 2) == ([(b"a", 900), (b"d", 300)], [(b"b", 500), (b"c", 400), (b"e", 100)])
    assert _plan([_weights("xyzwv")], 2) == [[0, 1, 0, 1, 0]]  # by count: 3 and 2
    assert _plan([[1, 1, 1], [], []], 3) == [[0, 1, 2], [], []]
    assert _plan([[], []], 3) == [[], []]


def test_a_dask_reshuffle_weighs_a_record_by_its_text():
    import dataclasses

    from newsbeam.pipeline.dask_runner import RECORD_COST, _plan, _weight

    @dataclasses.dataclass
    class Item:
        title: str
        body: str | None = None
        tags: tuple[str, ...] = ()

    assert _weight(Item("Harbour vote", "x" * 1000, ("a" * 50,))) == RECORD_COST + 12 + 1000
    # Parsed as two hands: three long items in one, nine short ones in the other. By count the
    # long ones' hand would take three short ones more; by text it already holds its share.
    long_items = [Item("t", "x" * 2997)] * 3  # 3 x 3,510
    short_items = [Item("t", "y" * 657)] * 9  # 9 x 1,170
    weights = [[_weight(i) for i in long_items], [_weight(i) for i in short_items]]
    assert _plan(weights, 2) == [[0, 0, 0], [1] * 9]
    assert _plan([[1] * 3, [1] * 9], 2) == [[0, 0, 0], [1, 1, 1, 1, 1, 1, 0, 0, 0]]


def test_a_dask_reshuffle_moves_only_what_a_partition_holds_beyond_its_share():
    from newsbeam.pipeline.dask_runner import _plan

    # Partitions already even (the entries of files dealt by size): every element stays home.
    assert _plan([[1] * 5, [1] * 5], 2) == [[0] * 5, [1] * 5]
    # 60 and 40 entries: 10 move, from the first partition to the second's hand.
    plan = _plan([[1] * 60, [1] * 40], 2)
    assert [hand for hands in plan for hand in hands].count(1) == 50
    assert plan[1] == [1] * 40 and plan[0].count(1) == 10
    # More partitions than hands: partition k's home is hand k % hands.
    assert _plan([[1] * 3, [1] * 3, [1] * 3, [1] * 3], 2) == [[0] * 3, [1] * 3, [0] * 3, [1] * 3]
    # One element heavier than a share goes to the lightest hand, and the rest around it.
    plan = _plan([[10, 1, 1], [1]], 2)
    loads = [0, 0]
    for weights, hands in zip([[10, 1, 1], [1]], plan):
        for weight, hand in zip(weights, hands):
            loads[hand] += weight
    assert sorted(loads) == [3, 10]


def test_a_dask_group_by_key_never_asks_dask_for_a_shuffle_method(monkeypatch):
    """Asking Dask for its default shuffle imports dask.dataframe and pandas in the client."""
    pytest.importorskip("distributed")
    import dask.utils
    from dask.local import get_sync

    from newsbeam.pipeline.dask_graph import Graph

    def refuse():
        raise AssertionError("asked Dask for its default shuffle method")

    monkeypatch.setattr(dask.utils, "get_default_shuffle_method", refuse)
    monkeypatch.setattr("dask.bag.core.get_default_shuffle_method", refuse, raising=False)
    graph = Graph()
    parts = [graph.data("Create", [("a", 1), ("b", 2)]), graph.data("Create", [("a", 3)])]
    grouped = graph.group_by_key("Group", parts, ("<every element: the partition is not tagged>",))
    tasks, _, keys = graph.fuse(grouped)
    found = [item for part in get_sync(tasks, keys) for item in part]
    assert sorted((key, sorted(values)) for key, values in found) == [("a", [1, 3]), ("b", [2])]


def test_a_dask_flatten_keeps_the_widest_inputs_partitions_without_alias_tasks():
    pytest.importorskip("distributed")
    from dask.local import get_sync

    from newsbeam.pipeline.dask_graph import ALL, Graph

    graph = Graph()
    wide = [graph.data("Wide", [0, 1]), graph.data("Wide", [2, 3]), graph.data("Wide", [4, 5])]
    narrow = [graph.data("Narrow", ["a", "b"])]
    flat = graph.flatten("Flatten", [(wide, ALL), (narrow, ALL)])
    assert len(flat) == 3  # db.concat: 4, one alias task each
    tasks, _, keys = graph.fuse(flat)
    parts = [list(part) for part in get_sync(tasks, keys)]
    assert parts == [[0, 1, "a", "b"], [2, 3], [4, 5]]  # partition i joins each input's partition i
    # A task per output partition (an input read by it alone is inlined), no alias task.
    assert len(keys) == 3 and all(key.rsplit("-", 1)[0].split("+")[-1] == "Flatten" for key in keys)
    assert all(key.rsplit("-", 1)[0].split("+")[-1] in ("Flatten", "Wide", "Narrow") for key in tasks)


def test_dask_runner_routes_tagged_outputs_runs_every_sink_and_side_inputs_once(dask_cluster, tmp_path):
    """The three gaps of Beam's DaskRunner that pipeline.dask_runner closes, on a tiny pipeline."""
    import apache_beam as beam
    from apache_beam import pvalue
    from apache_beam.options.pipeline_options import PipelineOptions

    from newsbeam.pipeline.dask_runner import DaskRunner

    root = str(tmp_path)

    def split(x):
        yield pvalue.TaggedOutput("odd", x) if x % 2 else x

    def side_effect(x):
        import uuid
        open(f"{root}/side-{uuid.uuid4().hex}", "w").close()
        return x

    def save(values, name):
        import json
        with open(f"{root}/{name}.json", "w") as fh:
            json.dump(sorted(values), fh)

    options = PipelineOptions([f"--dask_client_address={dask_cluster.scheduler_address}"])
    with beam.Pipeline(runner=DaskRunner(), options=options) as p:
        parts = p | beam.Create(list(range(6))) | beam.ParDo(split).with_outputs("odd", main="even")
        offset = p | "Offset" >> beam.Create([100]) | "Count" >> beam.Map(side_effect)
        shifted = parts.even | "Shift" >> beam.Map(lambda x, o: x + o, beam.pvalue.AsSingleton(offset))
        for name, pcoll in (("even", parts.even), ("odd", parts.odd), ("shifted", shifted)):
            _ = pcoll | f"List{name}" >> beam.combiners.ToList() | f"Save{name}" >> beam.Map(save, name)

    read = lambda name: json.loads((tmp_path / f"{name}.json").read_text())  # noqa: E731
    assert read("even") == [0, 2, 4] and read("odd") == [1, 3, 5]  # tags routed, both sinks ran
    assert read("shifted") == [100, 102, 104]
    assert len(list(tmp_path.glob("side-*"))) == 1  # the side input was computed once


def test_dask_runner_gets_the_pipeline_as_built_without_a_runner_api_round_trip(dask_cluster, tmp_path,
                                                                               monkeypatch):
    """Beam round-trips a pipeline through its protos before a runner that is not "FnAPI
    compatible" (every DoFn pickled and unpickled in the client); the Dask translation never
    reads them, so the DaskRunner skips it."""
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions

    from newsbeam.pipeline.dask_runner import DaskRunner

    def refuse(*args, **kwargs):
        raise AssertionError("the pipeline went through the runner API protos")

    monkeypatch.setattr(beam.Pipeline, "to_runner_api", refuse)
    root = str(tmp_path)

    def save(values):
        with open(f"{root}/out.json", "w") as fh:
            json.dump(sorted(values), fh)

    options = PipelineOptions([f"--dask_client_address={dask_cluster.scheduler_address}"])
    with beam.Pipeline(runner=DaskRunner(), options=options) as p:
        _ = (p | beam.Create([3, 1, 2]) | beam.Map(lambda x: x * 10)
             | beam.combiners.ToList() | beam.Map(save))
    assert json.loads((tmp_path / "out.json").read_text()) == [10, 20, 30]


@pytest.fixture(scope="module")
def job_service():
    port = _free_port()
    service = subprocess.Popen(
        [sys.executable, "-m", "apache_beam.runners.portability.local_job_service_main",
         "--port", str(port)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            if service.poll() is not None:
                pytest.fail(f"the job service exited: {service.stderr.read().decode()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("the job service did not listen within 60 s")
                time.sleep(0.2)
        yield f"localhost:{port}"
    finally:
        service.terminate()
        try:
            service.wait(timeout=10)
        except subprocess.TimeoutExpired:
            service.kill()
            service.wait()


def test_portable_runner_through_the_job_service_gives_the_same_dataset(inputs, reference, job_service,
                                                                        tmp_path):
    out = tmp_path / "out"
    run_cli(inputs, out, "--runner=PortableRunner", f"--job_endpoint={job_service}",
            "--environment_type=LOOPBACK")
    assert_same_dataset(snapshot(out), reference)


@pytest.mark.slow  # builds an sdist (~20 s)
def test_portable_runner_stages_the_package_with_setup_file(inputs, reference, job_service, tmp_path):
    """What a remote cluster needs: the package staged with the job, built offline."""
    pytest.importorskip("build", reason="--setup_file builds an sdist offline with 'build' "
                                        "and setuptools>=77: pip install build 'setuptools>=77'")
    setuptools = pytest.importorskip("setuptools")
    if int(setuptools.__version__.split(".")[0]) < 77:  # Python 3.11's venv brings 65: no PEP 639 license
        pytest.skip(f"setuptools {setuptools.__version__} cannot build the sdist (pyproject's license "
                    "needs setuptools>=77): pip install 'setuptools>=77', as the 'cluster' extra does")
    out = tmp_path / "out"
    run_cli(inputs, out, "--runner=PortableRunner", f"--job_endpoint={job_service}",
            "--environment_type=LOOPBACK", f"--setup_file={ROOT / 'setup.py'}")
    assert_same_dataset(snapshot(out), reference)


@pytest.mark.slow  # two more runs (~30 s); the file stays under two minutes without it
def test_second_run_on_another_runner_adds_nothing(inputs, reference, job_service, tmp_path):
    """Incremental state (the index) written by one runner is read back by another."""
    out = tmp_path / "out"
    run_cli(inputs, out)
    done = run_cli(inputs, out, "--runner=PortableRunner", f"--job_endpoint={job_service}",
                   "--environment_type=LOOPBACK")
    assert "0 new, 0 changed, 20 unchanged" in done.stdout
    assert_same_dataset(snapshot(out), reference)


# --------------------------------------------------------------------------- what workers get


def test_every_dofn_pickles_small_and_holds_no_client():
    """Workers get each DoFn pickled: no open client, file handle or big captured state."""
    import apache_beam as beam
    from apache_beam.internal import pickler

    from newsbeam.pipeline.api import run_config
    from newsbeam.pipeline.build import build_pipeline

    p = beam.Pipeline(runner="FnApiRunner")
    build_pipeline(p, run_config([f"{SAMPLES}/*"], "/tmp/x"))

    fns = []

    class Collect(beam.pipeline.PipelineVisitor):
        def visit_transform(self, node):
            if isinstance(node.transform, beam.ParDo):
                fns.append((node.full_label, node.transform.fn))

    p.visit(Collect())
    assert len(fns) > 20
    for label, fn in fns:
        data = pickler.dumps(fn)
        assert len(data) < 256 * 1024, f"{label} pickles to {len(data)} bytes"
        clone = pickler.loads(data)
        for name, value in vars(clone).items():
            kind = type(value).__module__ + "." + type(value).__qualname__
            assert not kind.startswith(("httpx.", "socket.", "_io.", "concurrent.futures")), (
                f"{label}.{name} is a live {kind}: create it in setup()")


def test_a_dask_group_by_key_gathers_every_value_of_a_key_in_one_partition_in_input_order():
    from newsbeam.pipeline.dask_runner import _group, _hash_split

    first = [(b"k1", 1), ("k2", 2), (b"k1", 3)]
    second = [("k2", 4), (b"k1", 5), (("t", 1), 6)]
    pieces = [_hash_split(first, 2), _hash_split(second, 2)]
    groups = [dict(_group([piece[j] for piece in pieces])) for j in range(2)]
    assert not set(groups[0]) & set(groups[1])
    assert {**groups[0], **groups[1]} == {b"k1": [1, 3, 5], "k2": [2, 4], ("t", 1): [6]}
    # The split hashes with dask.base.tokenize, not hash() (salted per process for str and bytes).
    assert _hash_split(first, 2) == _hash_split(list(first), 2)


def test_a_dask_task_output_crosses_workers_as_one_pickle_not_one_per_element():
    pytest.importorskip("distributed", reason="the DaskRunner needs distributed: pip install 'newsbeam[dask]'")
    from distributed.protocol import serialize

    from newsbeam.pipeline.dask_runner import _Partition

    keyed = [(b"key %d" % i, {"n": i}) for i in range(50)]
    # A plain list led by bytes is serialized element by element (a frame each) ...
    _, frames = serialize(keyed, serializers=("dask", "pickle"))
    assert len(frames) > 50
    # ... the runner's task outputs whole.
    header, frames = serialize(_Partition(keyed), serializers=("dask", "pickle"))
    assert header["serializer"] == "pickle" and len(frames) <= 2


def test_the_dask_worker_preload_imports_newsbeams_stage_modules_and_leaves_pandas_alone():
    code = ("import sys; from newsbeam.pipeline import dask_preload; dask_preload.dask_setup(None); "
            "missing = [m for m in dask_preload.PRELOAD if m not in sys.modules]; "
            "assert not missing, missing; assert 'apache_beam' in sys.modules; "
            "import importlib.util; importlib.util.find_spec('pandas') is None or __import__('pandas')")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]



def test_fork_workers_starts_a_local_clusters_workers_with_newsbeam_imported():
    """The workers fork from one forkserver that imported newsbeam, not each a fresh interpreter
    that imports it again (no ``preload=`` here: what they hold came with the fork)."""
    pytest.importorskip("distributed", reason="the DaskRunner needs distributed: pip install 'newsbeam[dask]'")
    code = (
        "import os, sys\n"
        "from newsbeam.pipeline import dask_preload\n"
        "def held():\n"
        "    import os, sys\n"
        "    return os.getppid(), [m for m in dask_preload.PRELOAD if m not in sys.modules]\n"
        "if __name__ == '__main__':\n"
        "    assert dask_preload.fork_workers()\n"
        "    assert 'apache_beam' not in sys.modules  # the forkserver imports it, not this process\n"
        "    from distributed import Client, LocalCluster\n"
        "    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host='127.0.0.1',\n"
        "                      dashboard_address=None) as cluster, Client(cluster) as client:\n"
        "        (parent, missing), = client.run(held).values()\n"
        "    assert not missing, missing\n"
        "    assert parent != os.getpid()  # forked by the forkserver, not spawned by the nanny here\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
