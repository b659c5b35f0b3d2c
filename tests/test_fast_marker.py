"""The `fast` marker (tests/conftest.py) finds the tests that run a pipeline or a process from
their code: through a helper, an aliased import, or a fixture of the module."""
from __future__ import annotations

import textwrap

from tests.conftest import _has_fast_tests, _heavy_functions

MODULE = '''
import subprocess
import pytest
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from newsbeam.pipeline.cli import main


def _pipeline():
    return BeamTestPipeline(runner="FnApiRunner")


def _helper():
    return _pipeline()


@pytest.fixture
def dataset(tmp_path):
    assert main(["run", "--input", "x", "--output", str(tmp_path)]) == 0
    return tmp_path


def test_pure():
    assert 1 + 1 == 2


def test_through_two_helpers():
    with _helper() as p:
        pass


def test_through_a_fixture(dataset):
    assert dataset


class TestGroup:
    def test_process(self):
        subprocess.run(["true"], check=True)

    def test_pure_method(self):
        assert True
'''


def _write(tmp_path, text, name="test_sample.py"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return str(path)


def test_heavy_tests_are_found_through_helpers_aliases_and_fixtures(tmp_path):
    heavy = _heavy_functions(_write(tmp_path, MODULE))
    assert {"test_through_two_helpers", "test_through_a_fixture", "test_process", "dataset"} <= heavy
    assert "test_pure" not in heavy and "test_pure_method" not in heavy
    assert "<module>" not in heavy
    assert _has_fast_tests(_write(tmp_path, MODULE))


def test_a_module_run_at_import_or_marked_slow_has_no_fast_test(tmp_path):
    at_import = "from newsbeam import ingest\nRESULT = ingest(['x'], 'out')\n\ndef test_a():\n    assert RESULT\n"
    assert not _has_fast_tests(_write(tmp_path, at_import, "test_import.py"))
    slow = "import pytest\npytestmark = pytest.mark.slow\n\ndef test_a():\n    assert True\n"
    assert not _has_fast_tests(_write(tmp_path, slow, "test_slow.py"))
    pure = "def test_a():\n    assert True\n"
    assert _has_fast_tests(_write(tmp_path, pure, "test_pure.py"))
