"""The clusters newsbeam starts are quiet (``dask_preload.QUIET``: no statistical profiler, the
event-loop, memory and system checks each second or two), unless the environment or a Dask
config file says otherwise (bench/README.md, "Stop 43, dask7b"). Each check in a fresh
interpreter: Dask's config is process-wide."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("distributed", reason="the DaskRunner needs distributed: pip install 'newsbeam[dask]'")

_PROBE = """
import json, dask
from newsbeam.pipeline.dask_preload import QUIET, fork_workers
dask.config.set({before})
fork_workers(quiet={quiet})
import distributed  # loaded after: its own defaults must not undo the quiet ones
print(json.dumps({{key: dask.config.get(key) for key in QUIET}}))
"""


def _config(quiet: bool = True, before: dict | None = None, **env) -> dict:
    probe = _PROBE.format(quiet=quiet, before=repr(before or {}))
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           check=True, env={**os.environ, **env})
    return json.loads(found.stdout.splitlines()[-1])


def test_a_cluster_started_here_is_quiet():
    from newsbeam.pipeline.dask_preload import QUIET

    assert _config() == QUIET


def test_the_environment_wins_and_quiet_false_keeps_distributeds_defaults():
    found = _config(DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED="True")
    assert found["distributed.worker.profile.enabled"] is True
    assert found["distributed.admin.tick.interval"] == "1s"
    loud = _config(quiet=False)
    assert loud["distributed.worker.profile.enabled"] is True
    assert loud["distributed.admin.tick.interval"] != "1s"


def test_a_value_set_in_code_before_the_cluster_wins():
    found = _config(before={"distributed.worker.profile.enabled": "yes",
                            "distributed.admin.tick.interval": "50ms"})
    assert found["distributed.worker.profile.enabled"] == "yes"
    assert found["distributed.admin.tick.interval"] == "50ms"
    assert found["distributed.worker.memory.monitor-interval"] == "1s"


_STEALING_PROBE = """
import json
from distributed import LocalCluster
from newsbeam.pipeline.dask_preload import STEALING, fork_workers, scheduler_kwargs
import dask
fork_workers()
def stealing(**kwargs):
    with LocalCluster(n_workers=0, processes=False, dashboard_address=None, **kwargs) as cluster:
        return "stealing" in cluster.scheduler.extensions
print(json.dumps({"config": dask.config.get(STEALING), "ours": stealing(scheduler_kwargs=scheduler_kwargs()),
                  "theirs": stealing()}))
"""


def _stealing(**env) -> dict:
    found = subprocess.run([sys.executable, "-c", _STEALING_PROBE], capture_output=True, text=True,
                           check=True, env={**os.environ, **env}, timeout=120)
    return json.loads(found.stdout.splitlines()[-1])


def test_work_stealing_is_off_in_newsbeams_scheduler_only_and_the_environment_wins():
    # fork_workers leaves Dask's config alone: a user's other cluster of the process keeps stealing
    assert _stealing() == {"config": True, "ours": False, "theirs": True}
    on = _stealing(DASK_DISTRIBUTED__SCHEDULER__WORK_STEALING="True")
    assert on["ours"] is True and on["theirs"] is True
    off = _stealing(DASK_DISTRIBUTED__SCHEDULER__WORK_STEALING="False")
    assert off["ours"] is False and off["theirs"] is False
