"""Reading untrusted text takes time linear in its length (issue 18).

Each pathological input is read at 10 KB and at 100 KB; the larger may take at most
``RATIO`` times as long as the smaller (10 for exactly linear, 100 for quadratic; the
margin absorbs coverage tracing and noise on a shared machine), best of three runs each so that the test does not flake.
"""

from __future__ import annotations

import time

import pytest

from regionrel import TradeReport, extract

RATIO = 40.0

PATHOLOGICAL = {
    "points": ".",
    "A and space": "A ",
    "title case": "Foreign Trade Region Agreement Ministry Government ",
    "agreement": "Agreement between the Government of the Leningrad Region and ",
    "years": "2018 ",
    "quarters": "Q1 ",
    "currency": "USD ",
    "region": "Region ",
    "bang": "!",
    "countries": "China Germany France Italy ",
    "russian changes": "экспорт вырос на 5% ",
}


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _best(text: str, locale: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        extract(text, locale=locale)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_extract_grows_linearly(name: str) -> None:
    unit = PATHOLOGICAL[name]
    locale = "ru" if unit[0] in "экспорт" else "en"
    small = _best(_text(unit, 10_000), locale)
    large = _best(_text(unit, 100_000), locale)
    assert large <= RATIO * max(small, 0.005), (name, small, large)


def test_from_text_on_a_pathological_input_returns_a_report() -> None:
    report = TradeReport.from_text(_text("Agreement between the Government of ", 20_000))
    assert report.audit().ok


def test_a_megabyte_of_report_prose_takes_about_ten_times_a_tenth() -> None:
    """1 MB of prose costs about ten times 100 KB (quadratic would be a hundred).

    CPU time of this thread, so other processes on a shared machine count little; the
    ratio is generous (25) so that noise and coverage tracing do not make it flake.
    """
    from tests.corpus.paragraphs import DEV

    unit = "\n\n".join(p.text for p in DEV if p.language == "en") + "\n\n"
    text = _text(unit, 1_000_000)

    def cpu(part: str, runs: int) -> float:
        best = float("inf")
        for _ in range(runs):
            start = time.thread_time()
            extract(part)
            best = min(best, time.thread_time() - start)
        return best

    small, large = cpu(text[:100_000], 2), cpu(text, 1)
    assert large <= 25 * max(small, 0.01), (small, large)
