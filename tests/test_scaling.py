"""Workers on the local runner (issue 20): asking for N workers gives N processes, and the
dataset does not depend on how many workers wrote it."""
from __future__ import annotations

import json
import logging
import random
from pathlib import Path

import pytest
from newsbeam.pipeline import options
from newsbeam.pipeline.run import local_workers

from tests.test_runners import assert_same_dataset, run_cli, snapshot

MP = "--direct_running_mode=multi_processing"


@pytest.mark.parametrize("given, added", [
    (["--direct_num_workers=2"], [MP]),
    (["--direct_num_workers", "3"], [MP]),
    (["--direct_num_workers=0"], [MP]),  # Beam's "one per core"
    (["--runner=DirectRunner", "--direct_num_workers=2"], [MP]),
    (["--direct_num_workers=1"], []),
    ([], []),
    (["--direct_num_workers=2", MP], []),  # already there: not twice
    (["--runner=DaskRunner", "--direct_num_workers=2"], []),  # not a local runner's flag there
    (["--runner=PortableRunner", "--direct_num_workers=2"], []),
])
def test_asking_for_workers_on_the_local_runner_gives_processes(given, added):
    args = options.beam_args(given)
    assert args.count(MP) == (1 if MP in given or added else 0)
    if added:
        assert args[-len(added):] == added
    if any(a.startswith("--direct_num_workers") for a in given):
        assert local_workers(args, 10**9) == []  # the user chose: nothing automatic on top


@pytest.mark.parametrize("mode", ["in_memory", "multi_threading"])
def test_threads_for_several_workers_are_kept_with_a_warning(mode, caplog):
    with caplog.at_level(logging.WARNING, logger="newsbeam"):
        args = options.beam_args(["--direct_num_workers=2", f"--direct_running_mode={mode}"])
    assert MP not in args and f"--direct_running_mode={mode}" in args
    assert "multi_processing" in caplog.text and "GIL" in caplog.text


def test_one_worker_or_no_choice_is_not_warned_about(caplog):
    with caplog.at_level(logging.WARNING, logger="newsbeam"):
        options.beam_args(["--direct_num_workers=1", "--direct_running_mode=in_memory"])
        options.beam_args([])
    assert not caplog.text


def _articles(n_files: int, per_file: int) -> dict[str, list[dict]]:
    """JSONL files whose articles cross files: every fifth article of the first file comes again,
    changed, in each later file (so a decision on one worker meets versions read by the other),
    and each file has one bad line."""
    rng = random.Random(20)
    names = ["Mara Olsen", "Tomas Reyes", "Ines Duarte", "Kofi Mensah", "Lena Park"]
    files: dict[str, list[dict]] = {}
    for f in range(n_files):
        rows = []
        for i in range(per_file):
            k = f * per_file + i
            again = k % 5 == 0 and f > 0
            ident = k % per_file if again else k
            who = names[rng.randrange(len(names))]
            rows.append({
                "title": f"Harbour report {ident}{f' (update {f})' if again else ''}",
                "url": f"https://scale.example/news/{ident}",
                "published": f"2026-11-{1 + ident % 9:02d}T{ident % 24:02d}:00:00Z",
                "bullets": [f"Item {ident} was approved", f"{who} spoke against item {ident}"],
                "body": (f"The council approved item {ident} on Tuesday.\n\n"
                         f"“We cannot keep patching the quay,” said {who}. "
                         f"“Item {ident} is the year's largest.”\n\n"
                         f"{names[(ident + 1) % 5]} said the vote was “long overdue”."),
            })
        files[f"part-{f:02d}.jsonl"] = rows
    return files


@pytest.fixture(scope="module")
def spread_inputs(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("spread")
    for name, rows in _articles(n_files=6, per_file=40).items():
        lines = [json.dumps(r, ensure_ascii=False) for r in rows]
        lines.insert(len(lines) // 2, "{not json")
        (directory / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


@pytest.mark.slow  # two runs, one of them starting two worker processes: ~30 s
def test_one_and_two_worker_processes_write_the_same_dataset(spread_inputs, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    run_cli(spread_inputs, one, "--direct_num_workers=1")
    run_cli(spread_inputs, two, "--direct_num_workers=2")  # processes, implied
    manifest = json.loads(next((two / "_runs").glob("*.json")).read_text())
    assert MP in manifest["beam_args"]
    want = snapshot(one)
    assert len(want["article_ids"]) == 40 + 5 * 32  # 8 articles come back in every later file
    assert want["rows"]["quotes"] and any('"reason": "malformed"' in r for r in want["rows"]["rejects"])
    assert_same_dataset(snapshot(two), want)


PANDAS_HINTS = "apache_beam.typehints.pandas_type_compatibility"  # Beam's pandas extras


def test_beam_is_imported_without_pandas_which_stays_importable():
    """Start-up: the command imports Beam without pandas (half of Beam's import time), and pandas
    still imports afterwards (the suite's in-process runs use Beam imported this way). Loaded first,
pandas is left alone."""
    import subprocess
    import sys

    code = ("import sys, newsbeam.pipeline, apache_beam as beam\n"
            "print('pandas' in sys.modules)\n"
            "import pandas\n"
            "print(pandas.DataFrame({'a': [1]}).shape, PANDAS_HINTS in sys.modules)\n").replace(
        "PANDAS_HINTS", repr(PANDAS_HINTS))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["False", "(1, 1) False"]
    code = f"import sys, pandas, newsbeam.pipeline, apache_beam; print({PANDAS_HINTS!r} in sys.modules)"
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert first.stdout.strip() == "True", first.stderr[-2000:]


def _python(code: str) -> str:
    """What a fresh interpreter prints running ``code`` (it must exit 0)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_a_run_of_files_builds_its_graph_without_the_http_client_which_loads_when_asked_for():
    """Start-up: the HTTP client (httpx, httpcore, ssl) is imported by the stages that fetch, not
    by the graph of a run that reads files; ``transforms.io.fetch.Fetcher`` still resolves."""
    code = ("import sys\n"
            "from newsbeam.pipeline import run, build\n"
            "from newsbeam.transforms.composites import feeds, fetch_articles\n"
            "print('httpx' in sys.modules)\n"
            "from newsbeam.transforms.io.fetch import Fetcher, FetchConfig\n"
            "Fetcher(FetchConfig()).close()\n"
            "print('httpx' in sys.modules)\n")
    assert _python(code).split() == ["False", "True"]


def test_a_runs_graph_leaves_the_quote_rules_and_optional_libraries_unloaded_until_used():
    """Start-up: a run's graph needs only ``EXTRACTOR_VERSION``, not the quote rules and their
    lexicons; ftfy, charset_normalizer and trafilatura load where a text needs them; Beam's Google
    Cloud IO is skipped. Each still loads when asked for, and is the same object as before."""
    lazy = ("newsbeam.transforms.quotes.extract", "newsbeam.transforms.quotes.lexicon",
            "newsbeam.transforms.quotes.rules", "ftfy", "trafilatura", "apache_beam.io.gcp.bigquery")
    code = ("import sys\n"
            "from newsbeam.pipeline import run, build\n"
            "from newsbeam.transforms.composites import extract, feeds, fetch_articles\n"
            "from newsbeam.transforms import document\n"
            "from newsbeam.transforms.formats import encoding, mojibake\n"
            f"print(*[m in sys.modules for m in {lazy!r}])\n"
            "import newsbeam.transforms.quotes as q\n"
            "from newsbeam.transforms.quotes import extract as e, rules, version\n"
            "print(q.extract_quotes is e.extract_quotes, q.RULES is rules.RULES,\n"
            "      q.EXTRACTOR_VERSION == e.EXTRACTOR_VERSION == version.EXTRACTOR_VERSION,\n"
            "      extract.ExtractQuotes().version == version.EXTRACTOR_VERSION)\n"
            "print(mojibake.repair('caf\u00c3\u00a9 au lait') == 'caf\u00e9 au lait', 'ftfy' in sys.modules)\n")
    assert _python(code).split("\n")[:3] == [" ".join(["False"] * len(lazy)), "True True True True", "True True"]


@pytest.mark.parametrize("given, processes", [
    (["--direct_num_workers=2"], True),  # implied by beam_args
    (["--direct_num_workers", "2", "--direct_running_mode", "multi_processing"], True),
    (["--direct_num_workers=1"], False),
    ([], False),
    (["--runner=DaskRunner"], False),
])
def test_runs_with_worker_processes_get_the_memory_settings_whoever_chose_them(given, processes):
    from newsbeam.pipeline.run import uses_worker_processes

    assert uses_worker_processes(options.beam_args(given)) is processes


# --------------------------------------------------------------------------- dealing a stage's input


def _encoded(values: list[bytes]) -> bytes:
    from apache_beam.coders import coders
    from apache_beam.coders.coder_impl import create_OutputStream

    impl, out = coders.BytesCoder().get_impl(), create_OutputStream()
    for value in values:
        impl.encode_to_stream(value, out, True)
    return out.get()


def _decoded(part: list[bytes]) -> list[bytes]:
    from apache_beam.coders import coders
    from apache_beam.coders.coder_impl import create_InputStream

    impl, values = coders.BytesCoder().get_impl(), []
    for chunk in part:
        stream = create_InputStream(chunk)
        while stream.size() > 0:
            values.append(impl.decode_from_stream(stream, True))
    return values


def _list_buffer(chunks: list[list[bytes]]):
    from apache_beam.coders import coders
    from apache_beam.runners.portability.fn_api_runner import execution
    from newsbeam.pipeline import beam_speedups

    beam_speedups.install()
    buffer = execution.ListBuffer(coders.BytesCoder().get_impl())
    for values in chunks:
        buffer.append(_encoded(values))
    return buffer


def test_a_flattened_stage_input_is_dealt_to_the_workers_by_bytes_not_by_chunk_count():
    # Two producing stages flushed big, tiny, big, tiny: Beam's chunks[k::2] gave one worker
    # both big chunks (the 10k feed corpus's quote extraction: 21.0 MB against 2.5 MB).
    big_a, big_b, tiny = [b"a" * 1000] * 100, [b"b" * 500] * 200, [b"t"]
    buffer = _list_buffer([big_a, tiny, big_b, tiny])
    parts = buffer.partition(2)
    sizes = [sum(len(c) for c in p) for p in parts]
    assert max(sizes) <= 1.1 * sum(sizes) / 2
    assert sorted(_decoded(parts[0]) + _decoded(parts[1])) == sorted(big_a + tiny + big_b + tiny)
    assert buffer.partition(2) == parts  # dealt once, as Beam's own deal of elements


def test_chunks_that_balance_whole_are_not_cut():
    from newsbeam.pipeline.beam_speedups import balanced_parts

    chunks = [b"x" * 40, b"y" * 10, b"z" * 30, b"w" * 20]

    def never(chunk):
        raise AssertionError("a balanced deal of whole chunks decodes nothing")

    parts, dealt = balanced_parts(chunks, 2, never)
    assert not dealt
    assert sorted(map(sum, ([len(c) for c in p] for p in parts))) == [50, 50]
    assert sorted(c for p in parts for c in p) == sorted(chunks)


@pytest.mark.parametrize("n", [2, 3])
def test_a_buffer_with_fewer_chunks_than_workers_keeps_beams_element_deal(n):
    buffer = _list_buffer([[b"a", b"b", b"c", b"d"]])
    parts = buffer.partition(n)
    assert len(parts) == n
    assert sorted(v for p in parts for v in _decoded(p)) == [b"a", b"b", b"c", b"d"]


def _fused_stages(mode: str) -> list[list[str]]:
    """The transform names of each fused stage Beam's FnApiRunner makes of newsbeam's graph, with
    the graph phases a run installs (``beam_flattens``), whichever test ran before."""
    from datetime import datetime, timezone

    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from newsbeam.pipeline import beam_flattens
    from newsbeam.pipeline.build import RunConfig, build_pipeline
    from newsbeam.transforms.io.dataset import Location
    from newsbeam.transforms.composites.write_config import WriteConfig

    beam_flattens.install()
    p = beam.Pipeline(runner=fn_runner.FnApiRunner(), options=PipelineOptions([]))
    build_pipeline(p, RunConfig(
        run_id="r", fetched_at=datetime(2026, 11, 25, tzinfo=timezone.utc), inputs=("/nowhere/*.jsonl",),
        write=WriteConfig(location=Location.of("/nowhere/out"), run_id="r", mode=mode)))
    _, stages = fn_runner.FnApiRunner().create_stages(p.to_runner_api())
    return [[t.unique_name for t in stage.transforms] for stage in stages]


@pytest.mark.parametrize("mode", ["append", "overwrite"])
def test_quotes_are_extracted_in_the_stage_that_decides_not_after_another_trip_through_the_runner(mode):
    """Each decide stage (by index shard; after a guid rename) extracts the quotes of what it
    decides to write and keys it for the bucket shuffle itself: the written articles leave the
    stage once, into the shuffle's Flatten, instead of through a buffer to an extract stage."""
    stages = _fused_stages(mode)
    for decide, extract, key in [("Decide/Decide/", "Extract/Extract/", "Commit/KeyUpserts"),
                                 ("Decide/DecideRerouted/", "Extract/Extract1/", "Commit/KeyUpserts1")]:
        (stage,) = [s for s in stages if any(n.startswith(decide) for n in s)]
        assert any(n.startswith(extract) for n in stage) and key in stage, stage
        assert any(n.startswith("Commit/FlattenOps/Write/") for n in stage), stage
    assert not [s for s in stages if any("AllWritten" in n for n in s)]


def test_a_sealed_article_crosses_stages_compressed_and_comes_back_equal():
    """What crosses the runner between stages is a sealed article: its pickle, zstd-compressed.
    A text-heavy article takes far fewer bytes than its pickle and unseals to an equal record."""
    import pickle

    from newsbeam.transforms.composites.write_config import seal, unseal

    from tests.records import article

    body = "\n\n".join(f"Paragraph {k}: the harbour board met on Tuesday and approved the budget."
                       for k in range(60))
    record = article("a9", body=body, title="Ünïcode title ✓")
    sealed = seal(record)
    assert unseal(sealed) == record
    assert len(sealed) < len(pickle.dumps(record, pickle.HIGHEST_PROTOCOL)) / 3


def _grouping_buffer(groups: dict[bytes, list[bytes]]):
    from apache_beam.coders import coders
    from apache_beam.runners.portability.fn_api_runner import execution
    from apache_beam.transforms import core
    from apache_beam.transforms.window import GlobalWindows
    from newsbeam.pipeline import beam_speedups

    beam_speedups.install()
    pre = coders.WindowedValueCoder(coders.TupleCoder([coders.BytesCoder(), coders.BytesCoder()]))
    post = coders.WindowedValueCoder(coders.TupleCoder([coders.BytesCoder(), coders.IterableCoder(coders.BytesCoder())]))
    buffer = execution.GroupingBuffer(pre, post, core.Windowing(GlobalWindows()))
    impl, out = pre.get_impl(), __import__("apache_beam.coders.coder_impl", fromlist=["x"]).create_OutputStream()
    for key, values in groups.items():
        for value in values:
            impl.encode_to_stream(GlobalWindows.windowed_value((key, value)), out, True)
    buffer.append(out.get())
    return buffer, post


def _groups_of(part: list[bytes], post) -> dict[bytes, list[bytes]]:
    from apache_beam.coders.coder_impl import create_InputStream

    found, impl = {}, post.get_impl()
    for chunk in part:
        stream = create_InputStream(chunk)
        while stream.size() > 0:
            key, values = impl.decode_from_stream(stream, True).value
            found[key] = list(values)
    return found


def test_a_grouped_stage_input_is_dealt_to_the_workers_by_the_bytes_of_each_key():
    # One key per bucket of the bucket rewrite, of very different weights: Beam dealt keys
    # round-robin (idx % n), which gave one worker 2.80 MB and the other 1.26 MB (feeds 4k).
    groups = {b"k1": [b"x" * 900] * 10, b"k2": [b"y" * 10], b"k3": [b"z" * 800] * 10, b"k4": [b"w" * 10],
              b"k5": [b"v" * 100] * 10}
    buffer, post = _grouping_buffer(groups)
    parts = buffer.partition(2)
    dealt = [_groups_of(p, post) for p in parts]
    sizes = [sum(len(c) for c in p) for p in parts]
    assert max(sizes) <= 0.6 * sum(sizes)  # round-robin: k1, k3, k5 on one worker, 80% of the bytes
    assert {k: v for d in dealt for k, v in d.items()} == groups  # every key whole, on one worker
    assert not set(dealt[0]) & set(dealt[1])
    assert [k for k in groups if k in dealt[0]] == list(dealt[0])  # each part keeps the keys' order
    assert buffer.partition(2) is parts  # dealt once, as Beam's


def test_a_grouped_stage_input_that_round_robin_balances_keeps_beams_deal():
    # A round-robin deal within the tolerance is Beam's own (a GroupByKey of one group per
    # worker, as ReadFiles' SpreadFiles, gives each part one group whichever deal is kept).
    groups = {f"file{i:02d}".encode(): [f"/data/file{i:02d}.xml".encode()] for i in range(6)}
    buffer, post = _grouping_buffer(groups)
    parts = buffer.partition(2)
    assert [list(_groups_of(p, post)) for p in parts] == [[b"file00", b"file02", b"file04"],
                                                          [b"file01", b"file03", b"file05"]]


@pytest.mark.parametrize("n", [1, 3])
def test_a_grouped_buffer_dealt_to_one_or_more_workers_holds_every_group(n):
    groups = {f"k{i}".encode(): [bytes([i]) * (i + 1)] * (i % 3 + 1) for i in range(7)}
    buffer, post = _grouping_buffer(groups)
    parts = buffer.partition(n)
    assert len(parts) == n
    assert {k: v for p in parts for k, v in _groups_of(p, post).items()} == groups


def test_settling_empty_tables_after_a_run_leaves_pandas_unloaded(tmp_path):
    """After a run whose stages ran in workers, the main process gives each empty table its
    zero-row file without importing pandas (pyarrow's ``Schema.empty_table`` would: 0.4 s of
    CPU at the end of the run); the files are the ones ``settle_empty_tables`` writes."""
    code = ("import sys\n"
            "from newsbeam.pipeline.api import settle_without_pandas\n"
            "from newsbeam.transforms.io.dataset import Location\n"
            f"settle_without_pandas(Location.of({str(tmp_path / 'new')!r}), ('date',))\n"
            "print('pandas' in sys.modules)\n")
    assert _python(code).split() == ["False"]
    from newsbeam.transforms.io.dataset import Location, settle_empty_tables

    settle_empty_tables(Location.of(str(tmp_path / "old")), ("date",))
    new, old = ({p.relative_to(tmp_path / k): p.read_bytes() for p in (tmp_path / k).rglob("*") if p.is_file()}
                for k in ("new", "old"))
    assert new == old and new
