"""The main example (what `make demo` runs) works and states the seed's analysis."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "leningrad_2018.py"


def test_the_demo_prints_the_whole_seed_analysis(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(EXAMPLE), run_name="__main__")
    out = capsys.readouterr().out
    for expected in (
        "turnover  10,224.9 million USD",
        "period '20182021' read as 2018-2021: its dash was lost",
        "Suspects #1: {turnover}",
        "'1' typed as '0' at character 2 of '10,224.9'",
        "The suspect turnover stands at characters 1996-2004: '10,224.9'",
        "Leningrad Region (RU-LEN), North-Western Federal District",
        "agreement status: not stated (the text gives no signing date)",
        "business forum: edition 9, partner Abkhazia",
        "balance    2,993.1 million USD",
        "coverage   1.727 (exports exceed imports by 72.7%)",
        "exports 5,655.5 million USD, imports 3,585.3 million USD",
        "In 2018, an action plan was signed to implement the Cooperation Agreement",
    ):
        assert expected in out, expected
