"""The Beam internals newsbeam patches or builds on (pipeline/beam_speedups.py,
pipeline/dask_runner.py), each checked by name: a Beam upgrade that renames, moves or reshapes
one fails here, naming it, instead of slowing runs down or breaking the DaskRunner quietly.

pyproject.toml allows the Beam versions this file, the runner tests and a run passed on (the table
in docs/architecture.md, "Beam"); widening the range starts with this file passing on the new
version."""
from __future__ import annotations

import importlib
import importlib.util
import inspect

import pytest

# (module, dotted attribute): every name the two modules import from Beam or replace in it.
TARGETS = [
    # beam_speedups.install: memoized per DoFn, and one view per options class
    ("apache_beam.transforms.userstate", "get_dofn_specs"),
    ("apache_beam.options.pipeline_options", "PipelineOptions.view_as"),
    # beam_inspect.install: Beam's reading of a DoFn's functions, once per function
    ("apache_beam.transforms.core", "_check_fn_use_yield_and_return"),
    ("apache_beam.transforms.core", "get_function_args_defaults"),
    # beam_speedups.use_warm_workers: a pool worker takes the pipeline of Beam's SDK worker
    ("apache_beam.runners.portability.local_job_service", "SubprocessSdkWorker.run"),
    ("apache_beam.runners.portability.local_job_service", "BeamFnLoggingServicer"),
    ("apache_beam.runners.worker.sdk_worker_main", "main"),
    ("apache_beam.utils.thread_pool_executor", "shared_unbounded_instance"),
    # beam_speedups: a stage's input dealt to the workers by bytes (tests/test_scaling.py runs both)
    ("apache_beam.runners.portability.fn_api_runner.execution", "ListBuffer.partition"),
    ("apache_beam.runners.portability.fn_api_runner.execution", "GroupingBuffer.partition"),
    # beam_early_workers: the workers asked for before the graph is translated, the manager adopted
    ("apache_beam.runners.portability.fn_api_runner.fn_runner", "FnApiRunner.run_pipeline"),
    ("apache_beam.runners.portability.fn_api_runner.fn_runner", "WorkerHandlerManager"),
    ("apache_beam.runners.portability.fn_api_runner.worker_handlers", "WorkerHandlerManager.get_worker_handlers"),
    ("apache_beam.runners.portability.fn_api_runner.worker_handlers", "WorkerHandlerManager.close_all"),
    ("apache_beam.transforms.environments", "SubprocessSDKEnvironment.from_command_string"),
    ("apache_beam.runners.portability.fn_api_runner.worker_handlers", "BeamFnControlServicer._DONE_MARKER"),
    ("apache_beam.runners.portability.fn_api_runner.worker_handlers", "BeamFnControlServicer.UNSTARTED_STATE"),
    ("apache_beam.runners.portability.fn_api_runner.worker_handlers", "BeamFnControlServicer.DONE_STATE"),
    ("apache_beam.runners.portability.fn_api_runner.worker_handlers", "ControlConnection.close"),
    ("apache_beam.runners.portability.fn_api_runner.worker_handlers", "ControlConnection._lock"),
    # beam_flattens: a Flatten only a GroupByKey reads is written into the grouping buffer
    ("apache_beam.runners.portability.fn_api_runner.translations", "sink_flattens"),
    ("apache_beam.runners.portability.fn_api_runner.translations", "expand_gbk"),
    ("apache_beam.runners.portability.fn_api_runner.translations", "create_buffer_id"),
    ("apache_beam.runners.portability.fn_api_runner.translations", "TransformContext.add_data_channel_coder"),
    ("apache_beam.runners.worker.bundle_processor", "DATA_OUTPUT_URN"),
    # beam_cache_weight: the state cache weighs long side inputs from a sample
    ("apache_beam.runners.worker.statecache", "get_deep_size"),
    ("apache_beam.runners.worker.statecache", "StateCache.get"),
    # beam_pickle_memo: each distinct pickled step bz2-compressed and decompressed once
    ("apache_beam.internal.cloudpickle_pickler", "bz2"),
    ("apache_beam.internal.pickler", "desired_pickle_lib"),
    # beam_empty_bundles: no bundle for a worker whose part of a stage's input is empty
    ("apache_beam.runners.portability.fn_api_runner.fn_runner", "ParallelBundleManager.process_bundle"),
    ("apache_beam.runners.portability.fn_api_runner.fn_runner", "BundleManager.process_bundle"),
    ("apache_beam.metrics.monitoring_infos", "consolidate"),
    # pipeline.workers: pyarrow's pandas shim, asked once with pandas refused
    ("pyarrow.lib", "_pandas_api.have_pandas"),
    # dask_runner: one partition through Beam's DoFn invoker
    ("apache_beam.runners.common", "DoFnContext"),
    ("apache_beam.runners.common", "DoFnInvoker.create_invoker"),
    ("apache_beam.runners.common", "DoFnSignature"),
    ("apache_beam.runners.common", "Receiver"),
    ("apache_beam.runners.common", "_OutputHandler"),
    ("apache_beam.transforms.sideinputs", "SideInputMap"),
    ("apache_beam.pvalue", "AsSideInput._view_options"),
    # dask_runner: the translation it extends
    ("apache_beam.runners.dask.dask_runner", "DaskRunner.run_pipeline"),
    ("apache_beam.runners.dask.dask_runner", "DaskRunnerResult.wait_until_finish"),
    ("apache_beam.runners.dask.dask_runner", "DaskOptions._extract_bag_kwargs"),
    ("apache_beam.runners.dask.overrides", "_Reshuffle"),
    ("apache_beam.runners.dask.overrides", "dask_overrides"),
    ("apache_beam.runners.dask.transform_evaluator", "TRANSLATIONS"),
    ("apache_beam.runners.dask.transform_evaluator", "DaskBagOp.apply"),
    ("apache_beam.runners.dask.transform_evaluator", "ParDo"),
    ("apache_beam.runners.dask.transform_evaluator", "Flatten"),
    ("apache_beam.runners.dask.transform_evaluator", "GroupByKey"),
    ("apache_beam.runners.dask.transform_evaluator", "defenestrate"),
    ("apache_beam.runners.dask.transform_evaluator", "NoOp"),
    ("apache_beam.runners.dask.transform_evaluator", "Create"),
    ("apache_beam.runners.dask.transform_evaluator", "get_windowed_value"),
]


def _needs_dask(module: str) -> None:
    if ".dask." in module:
        pytest.importorskip("dask.bag")


@pytest.mark.parametrize("module,name", TARGETS, ids=[f"{m}.{n}" for m, n in TARGETS])
def test_patched_beam_name_still_exists(module, name):
    _needs_dask(module)
    obj = importlib.import_module(module)
    for part in name.split("."):
        assert hasattr(obj, part), f"Beam no longer has {module}.{name}: re-check the patch that uses it"
        obj = getattr(obj, part)


@pytest.mark.parametrize("target,params", [
    ("apache_beam.transforms.userstate.get_dofn_specs", ["dofn"]),
    ("apache_beam.options.pipeline_options.PipelineOptions.view_as", ["self", "cls"]),
    ("apache_beam.runners.portability.fn_api_runner.fn_runner.FnApiRunner.run_pipeline",
     ["self", "pipeline", "options"]),
    ("apache_beam.runners.portability.fn_api_runner.worker_handlers.WorkerHandlerManager",
     ["environments", "job_provision_info"]),
    ("apache_beam.runners.portability.fn_api_runner.worker_handlers.ControlConnection.close", ["self"]),
    ("apache_beam.runners.dask.transform_evaluator.DaskBagOp.apply", ["self", "input_bag", "side_inputs"]),
], ids=lambda v: v if isinstance(v, str) else "")
def test_replaced_function_keeps_its_signature(target, params):
    """beam_speedups replaces these in place, and dask_runner overrides ``apply``: a wrapper
    with the old parameters would break callers that use new ones."""
    _needs_dask(target)
    path = target.split(".")
    for cut in range(len(path), 0, -1):
        try:
            obj = importlib.import_module(".".join(path[:cut]))
        except ImportError:
            continue
        for part in path[cut:]:
            obj = getattr(obj, part)
        break
    assert list(inspect.signature(obj).parameters) == params, target


def test_pandas_optional_modules_still_exist():
    """beam_speedups hides pandas while these import: a renamed module would leave pandas
    loading with Beam again (slower startup), with nothing failing."""
    from newsbeam.pipeline import beam_speedups

    for name in beam_speedups._PANDAS_OPTIONAL:
        assert importlib.util.find_spec(name) is not None, name


def test_dask_translations_still_have_the_ops_the_runner_replaces():
    pytest.importorskip("dask.bag")
    from apache_beam.runners.dask.transform_evaluator import TRANSLATIONS, Flatten, ParDo

    assert ParDo in TRANSLATIONS.values() and Flatten in TRANSLATIONS.values()


def test_dask_bundle_runs_a_dofn_through_beams_invoker():
    """``_run_bundle`` builds Beam's output handler, invoker and context by keyword: the
    calls a new Beam may reshape. Main outputs leave plain, tagged ones windowed."""
    pytest.importorskip("dask.bag")
    import apache_beam as beam
    from apache_beam import pvalue
    from apache_beam.runners.dask.transform_evaluator import get_windowed_value
    from apache_beam.transforms.window import GlobalWindows

    from newsbeam.pipeline import dask_runner

    class Twice(beam.DoFn):
        def process(self, x, offset):
            yield x + offset
            yield pvalue.TaggedOutput("tenfold", x * 10)

    items = [get_windowed_value(x, None) for x in (1, 2)]
    out = dask_runner._run_bundle(items, dask_runner._ALL, Twice(), GlobalWindows(), "Twice", [100], {}, [])
    assert [value for tag, value in out if tag is None] == [101, 102]
    assert [windowed.value for tag, windowed in out if tag == "tenfold"] == [10, 20]


def test_warm_workers_patch_still_matches_beams_worker_start():
    """use_warm_workers recognizes Beam's SDK worker by the command FnApiRunner builds, and reads
    the attributes Beam's ``SubprocessSdkWorker.__init__`` sets: if either changes, pool workers
    would silently never be used (or the patch would fail at the first run with workers)."""
    from apache_beam.runners.portability import local_job_service
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    assert "'%s -m apache_beam.runners.worker.sdk_worker_main'" in inspect.getsource(fn_runner.FnApiRunner.run_pipeline)
    init = inspect.getsource(local_job_service.SubprocessSdkWorker.__init__)
    for attribute in ("_worker_command_line", "_control_address", "_provision_info", "_worker_id"):
        assert f"self.{attribute} =" in init, attribute
    run = inspect.getsource(local_job_service.SubprocessSdkWorker.run)
    for variable in ("CONTROL_API_SERVICE_DESCRIPTOR", "LOGGING_API_SERVICE_DESCRIPTOR", "PIPELINE_OPTIONS",
                     "WORKER_ID"):
        assert variable in run, f"Beam's worker start now passes {variable} differently"


def test_a_control_connection_still_keeps_its_requests_in_one_queue():
    """beam_early_workers.end_late_workers queues the end marker on ``_push_queue`` of a
    connection no worker has opened, and Beam's servicer must read it from there first."""
    from apache_beam.runners.portability.fn_api_runner import worker_handlers

    assert "self._push_queue = " in inspect.getsource(worker_handlers.ControlConnection.__init__)
    assert "self._push_queue.get()" in inspect.getsource(worker_handlers.ControlConnection.get_req)
    assert "control_conn.get_req()" in inspect.getsource(worker_handlers.BeamFnControlServicer.Control)


def test_modules_imported_with_extras_hidden_still_exist():
    """beam_speedups hides pandas/pymongo while these import: a renamed module would leave them
    loading with Beam again (slower start-up), with nothing failing."""
    from newsbeam.pipeline import beam_speedups

    for name in beam_speedups._HIDDEN_WHILE_IMPORTING:
        assert importlib.util.find_spec(name) is not None, name


def test_deferred_modules_stay_unloaded_through_beams_imports_and_load_on_use():
    """beam_speedups.DEFERRED: Beam imports httplib2 and yaml at the top of modules every run
    loads, and uses them only inside functions; a Beam that starts calling them at import time
    loads them again (slower start-up), which this names."""
    import subprocess
    import sys

    code = ("import sys, newsbeam.pipeline, apache_beam\n"
            "from apache_beam.runners.portability.fn_api_runner import fn_runner\n"
            "from apache_beam.runners.worker import sdk_worker_main\n"
            "from newsbeam.pipeline import build, beam_speedups\n"
            "print([type(sys.modules[n]).__name__ for n in beam_speedups.DEFERRED], 'pyparsing' in sys.modules)\n"
            "from apache_beam.internal.http_client import get_new_http\n"
            "from apache_beam.transforms import external\n"
            "print(type(get_new_http()).__name__, external.yaml.safe_dump([1]).strip(),\n"
            "      [type(sys.modules[n]).__name__ for n in beam_speedups.DEFERRED])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["['_Deferred', '_Deferred'] False", "Http - 1 ['module', 'module']"]
