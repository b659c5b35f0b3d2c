"""A test that builds a Beam graph without running it leaves nothing in the system's /tmp."""
from __future__ import annotations

import pathlib
import shutil
import tempfile

import apache_beam as beam


def test_pipeline_temp_folder_is_under_the_session_folder(tmp_path_factory):
    pipeline = beam.Pipeline(runner="FnApiRunner")  # built, never run: Beam keeps its folder
    folder = pathlib.Path(pipeline.local_tempdir)
    try:
        assert folder.is_relative_to(tmp_path_factory.getbasetemp())
        assert pathlib.Path(tempfile.gettempdir()).is_relative_to(tmp_path_factory.getbasetemp())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
