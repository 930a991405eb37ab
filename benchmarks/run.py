"""Run every benchmark in this folder and print each figure beside its baseline.

Run with ``make bench``. Each ``bench_*.py`` module defines ``run() -> list[Row]``.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _harness import print_rows  # noqa: E402


def main() -> None:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    only = sys.argv[1:]
    for name in names:
        if only and not any(o in name for o in only):
            continue
        module = importlib.import_module(name)
        print(f"\n== {name[len('bench_') :]}")
        print_rows(module.run())


if __name__ == "__main__":
    main()
