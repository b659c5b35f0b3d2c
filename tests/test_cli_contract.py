"""The command line as a contract (issue 17): for each item, the command, its exit status and its
one-line message. Runs go through ``main()`` in-process unless the test is about the process
(--version's imports, Ctrl-C, output on a pipe)."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as pads
import pytest

from newsbeam.pipeline import progress
from newsbeam.pipeline.cli import main, make_parser

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "inputs"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def last_line(text: str) -> str:
    return text.strip().splitlines()[-1] if text.strip() else ""


def cli(*args, env=None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsbeam", *map(str, args)], capture_output=True, text=True,
                          env=env or ENV, cwd=ROOT, timeout=300, **kwargs)


# --------------------------------------------------------------------------- 1. options


@pytest.mark.parametrize("args, message", [
    (["--partition_by", "source,date"], "unknown option --partition_by (did you mean --partition-by?)"),
    (["--ouput", "x"], "unknown option --ouput (did you mean --output?)"),
    (["--direct_num_worker=2"], "unknown option --direct_num_worker (did you mean --direct_num_workers?)"),
    (["--quite"], "unknown option --quite (did you mean --quiet?)"),
    (["--frobnicate"], "unknown option --frobnicate"),
])
def test_unknown_options_are_usage_errors_that_name_them(capsys, tmp_path, args, message):
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "run", "--input", f"{SAMPLES}/*", "--output", out, *args)
    assert code == 2
    assert last_line(err) == f"newsbeam: error: {message}"
    assert not out.exists() and stdout == ""


def test_options_of_extract_and_inspect_are_checked_too(capsys):
    code, _, err = run(capsys, "inspect", SAMPLES, "--jsn")
    assert code == 2 and last_line(err) == "newsbeam: error: unknown option --jsn (did you mean --json?)"


def test_a_glob_the_shell_expanded_is_named(capsys, tmp_path):
    files = sorted(str(p) for p in SAMPLES.iterdir())
    code, _, err = run(capsys, "run", "--input", *files[:2], "--output", tmp_path / "out")
    assert code == 2 and "did the shell expand a glob? quote it" in err
    assert not (tmp_path / "out").exists()


def test_beam_options_and_global_options_on_either_side(capsys, tmp_path):
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "-q", "run", "--input", f"{SAMPLES}/*.txt", "--output", out,
                            "--runner", "FnApiRunner", "--direct_num_workers=1")
    assert code == 0 and stdout == "" and err == ""  # quiet: no summary, no progress
    code, stdout, _ = run(capsys, "run", "--input", f"{SAMPLES}/*.txt", "--output", out, "-q")
    assert code == 0 and stdout == ""
    code, stdout, _ = run(capsys, "run", "--input", f"{SAMPLES}/*.txt", "--output", out, "-v")
    assert code == 0 and "newsbeam run" in stdout and "unchanged" in stdout


def test_version_answers_without_importing_beam_or_pyarrow():
    started = time.monotonic()
    shown = cli("--version")
    version, extractor = shown.stdout.strip().splitlines()
    assert shown.returncode == 0 and version == f"newsbeam {__import__('newsbeam').__version__}"
    assert extractor.startswith(("quote extractor: compiled (mypyc", "quote extractor: pure Python ("))
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; from newsbeam.pipeline.cli import main; main(['--version']); "
                               "print(sorted(m for m in ('apache_beam', 'pyarrow', 'feedparser') if m in sys.modules))"],
        capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=60)
    assert probe.stdout.strip().splitlines()[-1] == "[]"
    print(f"newsbeam --version: {time.monotonic() - started:.2f} s with the probe (loaded machine)")


# --------------------------------------------------------------------------- 2. exit statuses


def test_a_glob_that_matches_nothing_is_a_usage_error_and_creates_nothing(capsys, tmp_path):
    out = tmp_path / "out"
    code, _, err = run(capsys, "run", "--input", f"{tmp_path}/none/*.xml", "--output", out)
    assert code == 2 and last_line(err) == f"newsbeam: error: no file matches --input {tmp_path}/none/*.xml"
    assert not out.exists()


def test_inputs_that_are_all_rejected_exit_3(capsys, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.txt").write_text("- buy milk\n- call the plumber\n")
    (tmp_path / "in" / "junk.xml").write_bytes(b"\x00\x01\x02" * 100)
    code, stdout, err = run(capsys, "run", "--input", f"{tmp_path}/in/*", "--output", tmp_path / "out")
    assert code == 3
    assert last_line(err) == "newsbeam: nothing was ingested: every input was rejected (2 rejects)"
    assert "no-entries" in stdout and "not-a-feed" in stdout
    manifest = json.loads(next((tmp_path / "out" / "_runs").glob("*.json")).read_text())
    assert manifest["status"] == "finished" and manifest["exit_status"] == 3


def test_every_feed_failing_exits_3_with_the_allow_host_hint(capsys, tmp_path):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("- name: local\n  url: http://127.0.0.1:9/feed.xml\n"
                     "- name: other\n  url: http://10.0.0.1/rss\n")
    code, stdout, err = run(capsys, "run", "--feeds", feeds, "--output", tmp_path / "out")
    assert code == 3
    assert last_line(err) == "newsbeam: nothing was ingested: every feed failed (2 feeds)"
    line = next(line for line in stdout.splitlines() if "blocked-host" in line and "--allow-host" in line)
    assert "2" in line


def test_max_reject_ratio(capsys, tmp_path):
    # The samples: 9 articles read, 1 malformed line (the merged duplicate is no failure): 10%.
    code, _, err = run(capsys, "run", "--input", f"{SAMPLES}/*", "--output", tmp_path / "a",
                       "--max-reject-ratio", "0.05")
    assert code == 3 and last_line(err) == "newsbeam: 10% of what was read was rejected, above --max-reject-ratio 0.05"
    code, _, _ = run(capsys, "run", "--input", f"{SAMPLES}/*", "--output", tmp_path / "b", "--max-reject-ratio", "0.5")
    assert code == 0
    code, _, err = run(capsys, "run", "--input", f"{SAMPLES}/*", "--output", tmp_path / "c", "--max-reject-ratio", "2")
    assert code == 2 and "--max-reject-ratio: must be between 0 and 1, not 2" in err
    assert not (tmp_path / "c").exists()


# --------------------------------------------------------------------------- 3, 4, 11. the dataset


def test_empty_tables_and_source_partitions_read_back(capsys, tmp_path):
    out = tmp_path / "out"
    code, _, _ = run(capsys, "run", "--input", SAMPLES / "harbour-strike.txt", "--output", out,
                     "--partition-by", "source,date")
    assert code == 0
    # rejects has no row: DuckDB, pyarrow and pandas read it all the same
    assert duckdb.sql(f"select count(*) from read_parquet('{out}/rejects/**/*.parquet', "
                      f"hive_partitioning=true)").fetchall() == [(0,)]
    assert pads.dataset(out / "rejects", partitioning="hive").count_rows() == 0
    articles = pd.read_parquet(out / "articles")
    assert list(articles["source"].astype(str)) == ["harbour-strike"]
    # start_char/end_char need no quoting in SQL; end was a keyword
    rows = duckdb.sql(f"select start_char, end_char, text from read_parquet('{out}/quotes/**/*.parquet', "
                      f"hive_partitioning=true)").fetchall()
    assert rows and all(end - start == len(text) for start, end, text in rows)


def test_target_file_mb_must_be_positive(capsys, tmp_path):
    code, _, err = run(capsys, "run", "--input", f"{SAMPLES}/*", "--output", tmp_path / "out", "--target-file-mb", "-5")
    assert code == 2 and last_line(err) == ("newsbeam: error: argument --target-file-mb: must be above 0, not -5 "
                                            "(see newsbeam run --help)")
    assert not (tmp_path / "out").exists()


def test_a_file_of_notes_is_a_reject_not_a_0_word_article(capsys, tmp_path):
    notes = tmp_path / "todo.txt"
    notes.write_text("Things to do\n- renew passport\n- call Sam\n")
    code, stdout, _ = run(capsys, "extract", notes)
    assert code == 0
    rows = [json.loads(line) for line in stdout.splitlines()]
    assert [(r["type"], r["reason"]) for r in rows] == [("reject", "no-entries")]


# --------------------------------------------------------------------------- 5. errors, not tracebacks


def test_output_that_is_a_file(capsys, tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    code, _, err = run(capsys, "run", "--input", f"{SAMPLES}/*", "--output", target)
    assert code == 2 and last_line(err) == f"newsbeam: error: --output {target} is a file, not a directory"
    assert target.read_text() == "x"


def test_extract_of_a_directory(capsys):
    code, _, err = run(capsys, "extract", SAMPLES)
    assert code == 2 and last_line(err).startswith(f"newsbeam: error: {SAMPLES} is a directory; extract reads one file")


def _many_articles(directory: Path, n: int) -> None:
    directory.mkdir()
    for i in range(n):
        (directory / f"story-{i:05d}.txt").write_text(
            f"Harbour story {i}\n- point {i}\n" + "\n".join(
                f'Paragraph {k} of story {i}. "We will keep talking," said Anna Berg, the union leader.'
                for k in range(8)) + "\n")


def test_ctrl_c_exits_130_with_an_interrupted_manifest_and_nothing_half_written(tmp_path):
    _many_articles(tmp_path / "in", 1500)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "newsbeam", "run", "--input", f"{tmp_path}/in/*.txt",
                             "--output", str(out), "--chunk-mb", "0"],
                            env={**ENV, "NEWSBEAM_PROGRESS_SECONDS": "0.2"}, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:  # mid-run: the first progress line
            if "progress:" in line:
                break
        proc.send_signal(signal.SIGINT)
        stdout, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert last_line(err) == "newsbeam: interrupted (the run's manifest says status interrupted)"
    assert "Traceback" not in err
    manifest = json.loads(next((out / "_runs").glob("*.json")).read_text())
    assert manifest["status"] == "interrupted" and manifest["exit_status"] == 130
    for table in ("articles", "bullets", "quotes", "rejects"):  # whatever is visible reads whole
        pads.dataset(out / table, partitioning="hive").to_table()


_STUCK_AFTER_CTRL_C = """
import sys, threading
from newsbeam.pipeline import cli
threading.Thread(target=threading.Event().wait).start()  # not a daemon: shutdown would wait forever
def interrupted(argv):
    raise KeyboardInterrupt
cli._main = interrupted
cli.SHUTDOWN_AFTER_INTERRUPT = 0.5
sys.exit(cli.entry())
"""


def test_after_ctrl_c_a_thread_left_waiting_does_not_keep_the_command_alive():
    proc = subprocess.run([sys.executable, "-c", _STUCK_AFTER_CTRL_C], env=ENV, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 130
    assert last_line(proc.stderr) == "newsbeam: interrupted (the run's manifest says status interrupted)"


def test_a_command_that_ends_normally_sets_no_shutdown_timer(monkeypatch):
    from newsbeam.pipeline import cli

    ended: list = []
    frozen: list = []
    monkeypatch.setattr(cli.gc, "freeze", lambda: frozen.append(True))  # not this test process's heap
    monkeypatch.setattr(cli, "main", lambda: 0)
    monkeypatch.setattr(cli, "end_within", lambda seconds, code: ended.append(code))
    assert cli.entry() == 0 and ended == []
    monkeypatch.setattr(cli, "main", lambda: 130)
    assert cli.entry() == 130 and ended == [130]
    assert frozen == [True, True]  # the command's exit skips the last full collection


# --------------------------------------------------------------------------- 6. identity of files


def test_an_edited_text_file_replaces_its_row(capsys, tmp_path):
    (tmp_path / "in").mkdir()
    story = tmp_path / "in" / "story.txt"
    story.write_text("Bridge to reopen in May\n\nThe old bridge reopens in May, the council said.\n")
    out = tmp_path / "out"
    assert run(capsys, "run", "--input", f"{tmp_path}/in/*.txt", "--output", out)[0] == 0
    story.write_text("Bridge to reopen in June\n\nThe old bridge reopens in June, the council said.\n")
    assert run(capsys, "run", "--input", f"{tmp_path}/in/*.txt", "--output", out)[0] == 0
    titles = pads.dataset(out / "articles", partitioning="hive").to_table().column("title").to_pylist()
    assert titles == ["Bridge to reopen in June"]


# --------------------------------------------------------------------------- 8. progress and logs


def test_status_line_and_eta():
    line = progress.status_line({progress.READ: 50, progress.FOUND: 40, progress.WRITTEN: 0}, 200, 10.0)
    assert line == "inputs 50/200 · articles 40 found, 0 written · 4.0 articles/s · ETA 0:30"
    line = progress.status_line({progress.READ: 200, progress.FOUND: 400, progress.WRITTEN: 100}, 200, 20.0)
    assert line.endswith("5.0 articles/s · ETA 1:00")
    assert progress.format_eta(None) == "--:--" and progress.format_eta(3725) == "1:02:05"


def test_progress_on_a_terminal_redraws_one_line(tmp_path):
    import io

    stream = io.StringIO()
    (tmp_path / "1.json").write_text(json.dumps({progress.READ: 3, progress.FOUND: 3}))
    with progress.ProgressReporter(str(tmp_path), total_inputs=6, stream=stream, interactive=True):
        time.sleep(1.2)
    text = stream.getvalue()
    assert text.startswith("\r\x1b[2Kinputs 3/6 · articles 3 found") and text.endswith("\r\x1b[2K")
    assert "\n" not in text


def test_progress_lines_in_a_log_and_beam_stays_quiet(tmp_path):
    _many_articles(tmp_path / "in", 150)
    done = cli("run", "--input", f"{tmp_path}/in/*.txt", "--output", tmp_path / "out",
               env={**ENV, "NEWSBEAM_PROGRESS_SECONDS": "0.2"})
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "INFO newsbeam: progress: inputs" in line]
    assert lines and re.search(r"inputs [\d,]+/150 · articles [\d,]+ found", lines[-1])
    assert "INFO apache_beam" not in done.stderr and "WARNING apache_beam" not in done.stderr
    assert done.stdout.startswith("newsbeam run ")


def test_watch_logs_cycles_at_info_and_a_repeated_warning_once(tmp_path):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("- name: local\n  url: http://127.0.0.1:9/feed.xml\n- name: broken\n")
    done = cli("watch", "--feeds", feeds, "--output", tmp_path / "out", "--interval", "0.01", "--cycles", "2")
    assert done.returncode == 0, done.stderr
    assert len(re.findall(r"INFO newsbeam.watch: cycle \d \(", done.stderr)) == 2
    assert done.stderr.count("feed list:") == 1  # the bad entry, once for two cycles
    assert done.stderr.count("nothing was ingested: every feed failed") == 1  # the same, twice: once
    assert "WARNING newsbeam.watch: cycle" not in done.stderr
    assert "repeated warnings not shown again" in done.stderr


# --------------------------------------------------------------------------- 9. help


def _helps() -> dict[str, str]:
    parser = make_parser()
    helps = {"": parser.format_help()}
    for action in parser._actions:
        if hasattr(action, "choices") and isinstance(action.choices, dict):
            for name, sub in action.choices.items():
                helps[name] = sub.format_help()
    return helps


def test_help_text():
    helps = _helps()
    assert set(helps) == {"", "run", "watch", "stream", "extract", "inspect", "repair"} | ({"report"} & set(helps))
    for name, text in helps.items():
        assert "``" not in text and "{date,source,date}" not in text, name
        assert "exit status:" in text and "130" in text, name
        if name:
            assert "examples:\n  newsbeam " + name in text, name
    assert "--partition-by date|source,date" in helps["run"]
    assert "--max-reject-ratio R" in helps["run"] and "--cycles N" in helps["watch"]
    assert "--window SECONDS" in helps["stream"] and "--streaming is added" in helps["stream"]


def test_stream_is_a_subcommand_with_the_shared_option_declarations():
    """``newsbeam stream`` and ``pipeline.streaming.run_streaming`` parse the same options, from
    the declarations ``run`` and ``watch`` share (one definition of --feeds, --output, ...)."""
    from newsbeam.pipeline.streaming import make_parser as stream_parser

    def options(parser):
        return {(a.dest, tuple(a.option_strings), repr(a.default), a.help) for a in parser._actions
                if a.option_strings and a.dest not in ("help", "quiet", "verbose")}

    sub = next(a.choices for a in make_parser()._actions if isinstance(getattr(a, "choices", None), dict))
    run_options, stream_options = options(sub["run"]), options(sub["stream"])
    assert stream_options == options(stream_parser())
    shared = {o for o in stream_options if o[0] not in ("interval", "window", "duration")}
    assert shared <= run_options  # not declared again: the very same flags, defaults and help
    assert {o[0] for o in stream_options - run_options} == {"interval", "window", "duration"}


def test_stream_usage_errors_exit_2_through_the_one_map(capsys, tmp_path):
    code, stdout, err = run(capsys, "stream", "--output", tmp_path / "out")
    assert (code, stdout, last_line(err)) == (2, "", "newsbeam: error: the streaming pipeline needs --feeds FILE")
    code, _, err = run(capsys, "-q", "stream", "--feedz", "x.yaml")
    assert code == 2 and last_line(err) == "newsbeam: error: unknown option --feedz (did you mean --feeds?)"
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- 10. inspect


def test_inspect_of_a_folder_that_is_no_dataset(capsys, tmp_path):
    code, stdout, err = run(capsys, "inspect", SAMPLES)
    assert code == 2 and stdout == ""
    assert last_line(err).startswith(f"newsbeam: error: {SAMPLES} is not a newsbeam dataset")
    code, _, err = run(capsys, "inspect", tmp_path / "missing")
    assert code == 2 and last_line(err) == f"newsbeam: error: no such directory: {tmp_path / 'missing'}"


def test_inspect_header_aligns_and_blocked_feeds_show_their_status(capsys, tmp_path):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("- name: local\n  url: http://127.0.0.1:9/feed.xml\n")
    out = tmp_path / "out"
    run(capsys, "run", "--feeds", feeds, "--output", out)
    run(capsys, "run", "--input", f"{SAMPLES}/*", "--output", out)
    code, stdout, _ = run(capsys, "inspect", out)
    assert code == 0
    lines = stdout.splitlines()
    header = next(line for line in lines if line.strip().startswith("table"))
    rows = [line for line in lines if re.match(r"^\s+(articles|bullets|quotes|rejects)\s+\d", line)]
    assert len(rows) == 4
    for row in rows:
        for column in ("partitions", "files", "rows", "MB"):  # right-aligned: the ends line up
            end = header.index(column) + len(column)
            assert row[end - 1] != " " and (len(row) == end or row[end] == " "), (column, row)
    feed = next(line for line in lines if line.strip().startswith("local"))
    assert "blocked-host" in feed and "None" not in feed


def test_a_relative_and_an_absolute_glob_give_a_file_one_identity(capsys, tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text("Bridge to reopen\n\nThe old bridge reopens in May.\n")
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "run", "--input", "in/*.txt", "--output", "out")[0] == 0
    assert run(capsys, "run", "--input", f"{tmp_path}/in/*.txt", "--output", "out")[0] == 0
    assert pads.dataset(tmp_path / "out" / "articles", partitioning="hive").count_rows() == 1


def test_a_closed_pipe_is_no_error():
    done = subprocess.run(f"{sys.executable} -m newsbeam extract examples/inputs/wire.jsonl | head -c 10",
                          shell=True, capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=60)
    assert done.stdout == '{"type": "' and "error" not in done.stderr
