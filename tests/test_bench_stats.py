"""How every benchmark reads a spread of timings (scripts/bench_stats.py): the nearest rank."""

from __future__ import annotations

from project_scripts import load_script

bench_stats = load_script("bench_stats")


def test_p95_is_the_nearest_rank() -> None:
    values = [float(v) for v in range(100, 0, -1)]  # unsorted on purpose
    assert bench_stats.p95(values) == 95.0
    assert bench_stats.percentile(values, 0.5) == 50.0
    assert bench_stats.percentile(values, 1.0) == 100.0


def test_a_p95_of_few_values_never_falls_below_their_median() -> None:
    # Two batches: the p95 is the slower one (an index floored towards the first gave the faster).
    assert bench_stats.p95([0.051, 0.027]) == 0.051
    assert bench_stats.p95([3.0]) == 3.0
    for count in range(1, 30):
        values = [float(v) for v in range(count)]
        assert bench_stats.p95(values) >= bench_stats.percentile(values, 0.5)


def test_no_values_read_as_zero() -> None:
    assert bench_stats.p95([]) == 0.0
