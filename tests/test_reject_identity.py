"""One definition of what makes two rejects the same failure, for the batch writer and stream."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import pyarrow.dataset as pads

from newsbeam.pipeline import streaming
from newsbeam.schemas import tables
from newsbeam.schemas.records import REJECT_IDENTITY, Reject, reject_identity
from newsbeam.transforms.io import dataset
from newsbeam.transforms.io.dataset import Location

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
BASE = Reject("s", "in.xml", "parse", "not-a-feed", "no channel", "<html>", NOW, "run-1")
# Each differs from BASE in one field of the identity: five distinct failures, plus BASE.
VARIANTS = [dataclasses.replace(BASE, **{name: (getattr(BASE, name) or "") + "-other"}) for name in REJECT_IDENTITY]


def test_identity_is_five_fields_of_the_rejects_table():
    assert set(REJECT_IDENTITY) <= set(tables.REJECTS.names)
    assert reject_identity(BASE) == ("in.xml", "parse", "not-a-feed", "no channel", "<html>")
    # A row read back from the table has the same identity as the Reject it was written from.
    row = {name: getattr(BASE, name) for name in tables.REJECTS.names}
    assert reject_identity(row) == reject_identity(BASE)
    assert reject_identity(dataclasses.replace(BASE, detail=None)) == reject_identity({**row, "detail": None})
    # Neither the time, the run nor the source is part of it.
    assert reject_identity(dataclasses.replace(BASE, fetched_at=NOW.replace(hour=10), run_id="run-2")) == \
        reject_identity(BASE)


def test_batch_and_stream_keep_the_same_distinct_failures(tmp_path):
    again = dataclasses.replace(BASE, run_id="run-2", fetched_at=NOW.replace(hour=11))
    rejects = [BASE, *VARIANTS, again]
    location = Location.of(str(tmp_path))
    partition = dataset.reject_partition(BASE)
    added = dataset.merge_rejects(location, partition, rejects)[0]
    written = pads.dataset(str(tmp_path / "rejects"), format="parquet", partitioning="hive").to_table()
    kept_by_batch = sorted(reject_identity(row) for row in written.to_pylist())
    kept_by_stream = sorted(reject_identity(r) for r in streaming._distinct_rejects(rejects))
    assert added == len(kept_by_batch) == 1 + len(REJECT_IDENTITY)
    assert kept_by_batch == kept_by_stream
