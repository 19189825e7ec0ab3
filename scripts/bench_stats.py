"""The one way the benchmarks read a spread of timings: the nearest-rank percentile."""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(values: Sequence[float], share: float) -> float:
    """The smallest value with at least ``share`` of the values at or below it (nearest rank): a
    p95 never falls below the median, whatever the count; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def p95(values: Sequence[float]) -> float:
    return percentile(values, 0.95)
