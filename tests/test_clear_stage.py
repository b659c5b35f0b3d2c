"""The commit's last step, ``clear_stage``, removes a local staged tree level by level in
parallel (bench/README.md, "Stop 38, stages"): every staged folder and deletion list goes, the
run's other state stays, and a link inside is removed, never followed."""
from __future__ import annotations

import os

from newsbeam.transforms.io import commit, layout
from newsbeam.transforms.io.dataset import Location

RUN = "20261204T000000Z-abcdef"


def _tree(root: str, folders: int, files: bool) -> None:
    for k in range(folders):
        leaf = os.path.join(root, "articles", f"date=2026-01-{k + 1:02d}", "bucket")
        os.makedirs(leaf)
        if files:
            with open(os.path.join(leaf, "part.parquet"), "wb") as fh:
                fh.write(b"x")


def test_every_staged_folder_goes_and_the_runs_other_state_stays(tmp_path):
    location = Location.of(str(tmp_path))
    for phase in commit.PHASES:
        _tree(location.path(layout.staged(RUN, phase)), 5, files=phase == commit.PHASES[0])
    os.makedirs(location.path(layout.txn_deletes(RUN)))
    with open(os.path.join(location.path(layout.txn_deletes(RUN)), "d.json"), "w") as fh:
        fh.write("[]")
    os.makedirs(location.path(layout.txn_seen(RUN)))
    commit.clear_stage(location, RUN)
    assert sorted(os.listdir(commit.txn_dir(location, RUN))) == ["seen"]


def test_an_emptied_run_folder_goes_too(tmp_path):
    location = Location.of(str(tmp_path))
    _tree(location.path(layout.staged(RUN, commit.PHASES[0])), 3, files=False)
    commit.clear_stage(location, RUN)
    assert not os.path.exists(commit.txn_dir(location, RUN))
    commit.clear_stage(location, RUN)  # nothing staged: nothing to do, no error


def test_a_link_in_the_staged_tree_is_removed_not_followed(tmp_path):
    outside = tmp_path / "outside"
    (outside / "keep").mkdir(parents=True)
    (outside / "keep" / "data.txt").write_text("kept")
    location = Location.of(str(tmp_path / "out"))
    staged = location.path(layout.staged(RUN, commit.PHASES[0]))
    _tree(staged, 2, files=True)
    os.symlink(outside, os.path.join(staged, "articles", "link"))
    os.symlink(outside / "keep" / "data.txt", os.path.join(staged, "file-link"))
    commit.clear_stage(location, RUN)
    assert not os.path.exists(staged)
    assert (outside / "keep" / "data.txt").read_text() == "kept"
