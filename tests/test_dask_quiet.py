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


def test_work_stealing_is_off_unless_the_environment_turns_it_on():
    assert _config()["distributed.scheduler.work-stealing"] is False
    assert _config(DASK_DISTRIBUTED__SCHEDULER__WORK_STEALING="True")["distributed.scheduler.work-stealing"] is True
