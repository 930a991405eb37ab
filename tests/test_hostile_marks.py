"""Issue 18, third pass: look-alike and invisible marks inside numbers and dates.

Every reader reads the whole number (or date) or refuses it, never a half of it.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import parse_date
from regionrel.errors import ParseError, RegionrelError

#: Marks a publisher's software puts between characters, visible or not.
MARKS = (
    "\u00a0", "\u202f", "\u2009", "\u2007", "\u200a", "\u2008", "\u200b", "\u200c", "\u200d",
    "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u061c", "'", "\u2019", "\u02bc",
    "\t", "\n", " ",
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["2018. 01. 09", "2018. 01. 09.", "2018 -01-09", "2018/ 01/ 09", "2018-01 -09"]
)
def test_a_year_first_date_with_spaces_around_its_separators_stays_year_first(text: str) -> None:
    # dateutil read these day first: 1 September 2018.
    assert parse_date(text) == datetime.date(2018, 1, 9)


@pytest.mark.parametrize("text", ["2018'-01-09", "2018/01-09", "2018\u200b-01-09"])
def test_a_year_first_date_with_other_marks_is_refused(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_date(text)
    assert "year first, other marks" in str(info.value)


def test_a_date_with_a_time_still_says_so() -> None:
    with pytest.raises(ParseError, match="has a time of day"):
        parse_date("2018-01-09 10:00")


@given(
    text=st.sampled_from(["09.01.2018", "2018-01-09", "9 January 2018", "2018.01.09"]),
    mark=st.sampled_from(MARKS),
    where=st.integers(1, 12),
)
def test_a_date_with_a_mark_inside_is_read_whole_or_refused(
    text: str, mark: str, where: int
) -> None:
    marked = text[:where] + mark + text[where:]
    try:
        day = parse_date(marked)
    except RegionrelError:
        return
    assert day == datetime.date(2018, 1, 9)
