"""One map from a command's failure to its exit status and message (pipeline/errors.exit_for)."""
from __future__ import annotations

import errno

import pytest

from newsbeam.pipeline.errors import (EXIT_FAILED, EXIT_INTERRUPTED, EXIT_STATUSES, EXIT_USAGE, REPORTED,
                                      RunFailed, UsageError, exit_for)


@pytest.mark.parametrize("exc,code,line", [
    (UsageError("no --output"), EXIT_USAGE, "newsbeam: error: no --output"),
    (RunFailed("the pipeline failed: boom"), EXIT_FAILED, "newsbeam: run failed: the pipeline failed: boom"),
    (KeyboardInterrupt(), EXIT_INTERRUPTED, "\nnewsbeam: interrupted (the run's manifest says status interrupted)"),
    (PermissionError(errno.EACCES, "Permission denied", "/out/x"), EXIT_FAILED,
     "newsbeam: error: Permission denied: /out/x"),
    (OSError("disk on fire"), EXIT_FAILED, "newsbeam: error: disk on fire"),
], ids=["usage", "run-failed", "interrupted", "os-error-with-file", "os-error-bare"])
def test_each_reported_failure_has_one_status_and_line(exc, code, line):
    assert exit_for(exc) == (code, line)
    assert code in EXIT_STATUSES  # documented in --help's exit status list


def test_anything_else_is_not_mapped():
    assert not isinstance(ValueError("bug"), REPORTED)
    with pytest.raises(TypeError, match="ValueError"):
        exit_for(ValueError("bug"))


def test_cli_and_stream_print_the_same_line_for_a_usage_error(capsys, tmp_path):
    """`newsbeam stream` has its own parser and entry point, but not its own exit statuses."""
    from newsbeam.pipeline.streaming import run_streaming

    code = run_streaming(["--feeds", str(tmp_path / "missing.yaml"), "--output", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE and err.startswith("newsbeam: error: cannot read the feed list")
