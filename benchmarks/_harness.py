"""Shared helpers for the benchmarks: timing with repeats and a side-by-side table."""

from __future__ import annotations

import statistics
import timeit
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One measured figure beside its baseline, and the target it must meet."""

    name: str
    seconds: float
    baseline_name: str = ""
    baseline_seconds: float | None = None
    target: str = ""
    ok: bool | None = None


def per_call(func: Callable[[], object], *, number: int = 0, repeat: int = 7) -> float:
    """Median seconds per call of *func* over *repeat* rounds (auto-sized when number is 0)."""
    timer = timeit.Timer(func)
    if number == 0:
        number, _ = timer.autorange()
    return statistics.median(t / number for t in timer.repeat(repeat=repeat, number=number))


def _fmt(seconds: float) -> str:
    if seconds < 1e-6:
        return f"{seconds * 1e9:8.1f} ns"
    if seconds < 1e-3:
        return f"{seconds * 1e6:8.2f} us"
    return f"{seconds * 1e3:8.2f} ms"


def print_rows(rows: list[Row]) -> None:
    """Print rows as a table: figure, baseline, ratio, target and verdict."""
    for row in rows:
        line = f"  {row.name:<44} {_fmt(row.seconds)}"
        if row.baseline_seconds is not None:
            ratio = row.seconds / row.baseline_seconds
            line += f"   vs {row.baseline_name:<34} {_fmt(row.baseline_seconds)}  x{ratio:5.2f}"
        if row.target:
            verdict = "" if row.ok is None else ("  OK" if row.ok else "  MISSED")
            line += f"   target: {row.target}{verdict}"
        print(line)
