"""bench.scaling's report (issue 20): the rounds' own ratios next to the fastest-of points."""
from __future__ import annotations

from bench.scaling import DEFAULT, Point, median, paired, paired_lines, print_report


def _points() -> list[Point]:
    plain = Point("feeds", 4000, "plain", 1, plain_seconds=8.0, plain_cpu=7.9, rounds=[8.0, 9.0, 8.5])
    one = Point("feeds", 4000, DEFAULT, 1, rounds=[10.0, 12.6, None])
    two = Point("feeds", 4000, DEFAULT, 2, rounds=[6.0, 7.0, 5.0])
    return [plain, one, two]


def test_paired_ratios_are_taken_within_each_round_and_skip_a_failed_run():
    points = _points()
    assert paired(points, "feeds", DEFAULT, 1, "plain", 1) == [10.0 / 8.0, 12.6 / 9.0]
    assert paired(points, "feeds", DEFAULT, 1, DEFAULT, 2) == [10.0 / 6.0, 12.6 / 7.0]
    assert paired(points, "articles", DEFAULT, 1, DEFAULT, 2) == []


def test_median_of_odd_and_even_counts():
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5


def test_the_report_prints_each_rounds_ratios_and_the_plain_loops_cpu(capsys):
    lines = paired_lines(_points(), [1, 2])
    assert lines == ["feeds: 1 worker / plain, per round: 1.25x, 1.40x (median 1.32x)",
                     "feeds: 2 workers / 1 (throughput), per round: 1.67x, 1.80x (median 1.73x)"]
    print_report(_points()[:1], [1, 2])
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("feeds 4,000     plain"))
    assert row.split()[8] == "7.9"  # CPU of the loop, where the runs show their main process's


def test_one_round_prints_no_paired_line():
    points = [Point("feeds", 10, "plain", 1, plain_seconds=1.0, rounds=[1.0]),
              Point("feeds", 10, DEFAULT, 1, rounds=[2.0])]
    assert paired_lines(points, [1]) == []


def test_the_cores_bench_times_each_process_alone_and_together():
    from bench.cores import interpreter_work, measure

    assert interpreter_work(1000) == interpreter_work(1000) > 0  # a fixed amount of work
    (row,) = measure(2, 20_000, 1)
    assert row["alone_cpu"] > 0 and len(row["together_cpu"]) == 2
    assert row["inflation"] > 0 and row["throughput"] > 0


def test_the_whole_process_note_sets_the_run_against_the_loop_with_its_imports():
    from bench.measure import Measured
    from bench.scaling import whole_process_note

    plain = Point("feeds", 4000, "plain", 1, plain_seconds=4.0, plain_process=4.8, rounds=[4.0])
    one = Point("feeds", 4000, DEFAULT, 1, measured=Measured(5.3, 0, 0, "", ""), rounds=[5.3])
    assert whole_process_note([plain, one]) == (
        "feeds: 1 worker / the plain loop's whole process, its imports counted too (not the "
        "target's measure): 1.10x (5.3 vs 4.8 s)")
    plain.plain_process = None  # a loop measured before it was recorded: no note
    assert whole_process_note([plain, one]) is None
