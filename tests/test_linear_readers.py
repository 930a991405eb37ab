"""Every public text reader besides extract reads untrusted text in linear time (issue 18).

Each reader gets 10 KB and 100 KB of each pathological input; the larger may take at
most ``RATIO`` times as long as the smaller (10 for linear, 100 for quadratic; the margin
absorbs tracing and a shared machine), best of two runs, with a floor of 5 ms.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import pytest

from regionrel import Money, Reported, parse_date, parse_money, parse_number, parse_period
from regionrel.dates import PartialDate
from regionrel.errors import RegionrelError
from regionrel.regions import Region
from regionrel.relations.events import read_partners
from regionrel.relations.terms import Renewal, Term
from regionrel.relations.wording import read_durations
from regionrel.trade.rankings import RankClaim

RATIO = 40.0

UNITS = ["-", "2018-", "1-1", "five years and ", "7\u00a0", "1\u200b", "China China ", "1 "]

_LEN = Region.of_subdivision("Leningrad Region", country="RU")

READERS: dict[str, Callable[[str], object]] = {
    "read_durations": read_durations,
    "Term.parse": Term.parse,
    "Renewal.parse": Renewal.parse,
    "RankClaim.parse_all": lambda text: RankClaim.parse_all(text, region=_LEN),
    "parse_money": parse_money,
    "parse_number": parse_number,
    "Reported.parse": Reported.parse,
    "Money": lambda text: Money(text, "USD"),
    "parse_date": parse_date,
    "parse_period": parse_period,
    "PartialDate.parse": PartialDate.parse,
    # (100 KB of "2018-" did not finish in 20 s: each dash's words were looked for in the
    # whole title before it)
    "read_partners": read_partners,
}


def _best(read: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        with contextlib.suppress(RegionrelError):
            read(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_text_reader_grows_linearly(name: str) -> None:
    read = READERS[name]
    for unit in UNITS:
        small, large = (
            _best(read, (unit * (size // len(unit) + 1))[:size]) for size in (10_000, 100_000)
        )
        assert large <= RATIO * max(small, 0.005), (name, unit, small, large)


@pytest.mark.parametrize("unit", ["7 1\u200b09,5 ", "7\u00a0,109 ", "1\u2009 ", "７1 "])
def test_extract_of_marked_numbers_grows_linearly(unit: str) -> None:
    # "7 1\u200b09,5 " over 30 KB took 18 s: each number's marks were looked for to the end.
    from regionrel import extract

    def read(text: str) -> object:
        return extract(text, locale="ru")

    small, large = (
        _best(read, (unit * (size // len(unit) + 1))[:size]) for size in (10_000, 100_000)
    )
    assert large <= RATIO * max(small, 0.005), (unit, small, large)
