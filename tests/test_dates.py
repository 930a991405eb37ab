"""parse_date: the sources' conventions, ambiguity refused, errors wrapped, and import cost."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import regionrel
from regionrel.dates import MAX_DATE_TEXT, MONTH_WORDS, make_date, parse_date
from regionrel.errors import AmbiguousError, ParseError, RegionrelError, WrongTypeError

D = datetime.date


@pytest.mark.parametrize(
    ("text", "dayfirst", "expected"),
    [
        ("12.01.2021", True, D(2021, 1, 12)),
        ("12.01.2021", False, D(2021, 12, 1)),
        ("12/01/2021", True, D(2021, 1, 12)),
        ("12-01-2021", True, D(2021, 1, 12)),
        ("1.2.2021", True, D(2021, 2, 1)),
        ("13.01.2021", None, D(2021, 1, 13)),
        ("01.13.2021", None, D(2021, 1, 13)),
        ("05.05.2021", None, D(2021, 5, 5)),
        ("2021-01-12", True, D(2021, 1, 12)),
        ("2021-01-12", False, D(2021, 1, 12)),
        ("2021-01-12", None, D(2021, 1, 12)),
        ("2021/1/12", True, D(2021, 1, 12)),
        ("2021.01.12", True, D(2021, 1, 12)),
        ("20210112", True, D(2021, 1, 12)),
        ("2021 01 12", True, D(2021, 1, 12)),
        ("12 01 2021", True, D(2021, 1, 12)),
        ("2021-01-12 г.", True, D(2021, 1, 12)),
        ("12.01.2021 г.", True, D(2021, 1, 12)),
        ("  12.01.2021 ", True, D(2021, 1, 12)),
        ("12 January 2021", True, D(2021, 1, 12)),
        ("12 January 2021", None, D(2021, 1, 12)),
        ("January 12, 2021", True, D(2021, 1, 12)),
        ("12 Jan 2021", True, D(2021, 1, 12)),
        ("12th of January 2021", True, D(2021, 1, 12)),
        ("Tuesday, 12 January 2021", True, D(2021, 1, 12)),
        ("12 января 2021 г.", True, D(2021, 1, 12)),
        ("12 января 2021 года", None, D(2021, 1, 12)),
        ("12 Января 2021", True, D(2021, 1, 12)),
        ("1 мая 2019 г.", True, D(2019, 5, 1)),
        ("31 декабря 2021", True, D(2021, 12, 31)),
        ("29 февраля 2020 г.", True, D(2020, 2, 29)),
        ("1/2 2021", True, D(2021, 2, 1)),
        ("1/2 2021", False, D(2021, 1, 2)),
    ],
)
def test_parse_date_reads_the_sources_conventions(
    text: str, dayfirst: bool | None, expected: datetime.date
) -> None:
    assert parse_date(text, dayfirst=dayfirst) == expected


def test_the_seed_date_through_the_public_api() -> None:
    assert regionrel.parse_date("12.01.2021") == D(2021, 1, 12)


@pytest.mark.parametrize(
    ("text", "dayfirst", "rule", "candidates"),
    [
        (
            "01/02/2021",
            None,
            "could be day first or month first; pass dayfirst=True or dayfirst=False",
            ("2021-02-01", "2021-01-02"),
        ),
        (
            "1/2 2021",
            None,
            "could be day first or month first; pass dayfirst=True or dayfirst=False",
            ("2021-02-01", "2021-01-02"),
        ),
        (
            "12.01.21",
            True,
            "has a two-digit year, which could be in either century; write the year in full",
            ("1921-01-12", "2021-01-12"),
        ),
        (
            "12.01.21",
            None,
            "has a two-digit year, which could be in either century; write the year in full",
            ("1921-01-12", "2021-01-12", "1921-12-01", "2021-12-01"),
        ),
        (
            "29.02.00",
            True,
            "has a two-digit year, which could be in either century; write the year in full",
            ("2000-02-29",),
        ),
        (
            "12 Jan 21",
            True,
            "has a two-digit year, which could be in either century; write the year in full",
            ("1921-01-12", "2021-01-12"),
        ),
    ],
)
def test_ambiguous_input_lists_its_readings(
    text: str, dayfirst: bool | None, rule: str, candidates: tuple[str, ...]
) -> None:
    with pytest.raises(AmbiguousError) as caught:
        parse_date(text, dayfirst=dayfirst)
    assert caught.value.rule == rule
    assert caught.value.candidates == candidates
    listed = ", ".join(repr(c) for c in candidates)
    assert str(caught.value) == f"parse_date: 'text' {rule} (got {text!r}); candidates: {listed}"


def _stopped(rule: str, text: str, position: int | None = 0) -> str:
    where = ""
    if position is not None:
        where = f", stopped at position {position} before {text[position : position + 20]!r}"
    return f"parse_date: 'text' {rule} (got {text!r}{where})"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "parse_date: 'text' must not be empty (got '')"),
        ("   ", "parse_date: 'text' must not be empty (got '   ')"),
        (
            "31.02.2021",
            _stopped("is not a date that exists: February 2021 has 28 days", "31.02.2021"),
        ),
        (
            "29.02.2021",
            _stopped("is not a date that exists: February 2021 has 28 days", "29.02.2021"),
        ),
        (
            "31.04.2021",
            _stopped("is not a date that exists: April 2021 has 30 days", "31.04.2021"),
        ),
        (
            "32.12.2021",
            _stopped("is not a date that exists: December 2021 has 31 days", "32.12.2021"),
        ),
        (
            "12.13.2021",
            _stopped("is not a date that exists: there is no month 13", "12.13.2021"),
        ),
        (
            "0000-01-12",
            _stopped("is not a date that exists: year 0 is not between 1 and 9999", "0000-01-12"),
        ),
        (
            " 2021-02-30",
            _stopped("is not a date that exists: February 2021 has 28 days", " 2021-02-30", 1),
        ),
        (
            "29.02.21",
            _stopped("is not a date that exists, however it is read", "29.02.21"),
        ),
        (
            "12.01.202",
            _stopped("has a year of 3 digits; write it with four", "12.01.202", 6),
        ),
        (
            " 12.01.202",
            _stopped("has a year of 3 digits; write it with four", " 12.01.202", 7),
        ),
        ("foo", _stopped("is not a date this library can read (Unknown string format)", "foo")),
        (
            "12 January 2021 UTC",
            _stopped(
                "is not a date this library can read (Unknown string format)",
                "12 January 2021 UTC",
            ),
        ),
        (
            "12 blah 2021",
            _stopped(
                "is not a date this library can read (Unknown string format)", "12 blah 2021"
            ),
        ),
        (
            "12 января 2021 в полдень",
            _stopped("has a word that is not a month name: 'в'", "12 января 2021 в полдень", 15),
        ),
        (
            "99999999999999999999 January 2021",
            _stopped(
                "is not a date this library can read (Unknown string format)",
                "99999999999999999999 January 2021",
            ),
        ),
        (
            "January 2021",
            _stopped("is not a complete date: the day is missing", "January 2021"),
        ),
        (
            "12 January",
            _stopped("is not a complete date: the year is missing", "12 January"),
        ),
        (
            "29 February",
            _stopped("is not a complete date: it needs a day, a month and a year", "29 February"),
        ),
        (
            "2021-01-12T10:00",
            _stopped("has a time of day; pass the date alone", "2021-01-12T10:00"),
        ),
        (
            "12.01.2021 10:30",
            _stopped("has a time of day; pass the date alone", "12.01.2021 10:30"),
        ),
        (
            "12 January 2021 00:00",
            _stopped("has a time of day; pass the date alone", "12 January 2021 00:00"),
        ),
        (
            "2021-01-12T00:00+03:00",
            _stopped("has a time of day; pass the date alone", "2021-01-12T00:00+03:00"),
        ),
        # An unknown zone name: dateutil would warn; it is refused like a time instead.
        ("0:0F", _stopped("has a time of day; pass the date alone", "0:0F")),
        (
            "12 January 2021 MSK",
            _stopped(
                "is not a date this library can read (Unknown string format)",
                "12 January 2021 MSK",
            ),
        ),
        (
            "1" * 65,
            "parse_date: 'text' is longer than 64 characters, too long for a date "
            f"(got {'1' * 65!r})",
        ),
    ],
)
def test_bad_input_raises_a_parse_error(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_date(text)
    assert str(caught.value) == message
    assert caught.value.text == text


def test_an_overflow_in_dateutil_is_wrapped() -> None:
    with pytest.raises(ParseError, match="is not a date this library can read") as caught:
        parse_date("12 January 99999999999999999999")
    assert isinstance(caught.value.__cause__, OverflowError)


def test_long_input_is_refused_before_dateutil_sees_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateutil.parser

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("dateutil was called")

    monkeypatch.setattr(dateutil.parser, "parse", fail)
    text = "12 January 2021" + " " * MAX_DATE_TEXT
    with pytest.raises(ParseError, match="longer than 64 characters"):
        parse_date(text)
    assert parse_date("12.01.2021") == D(2021, 1, 12)
    with pytest.raises(AssertionError, match="dateutil was called"):
        parse_date("12 January 2021")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": 20210112}, "parse_date: 'text' must be a str (got 20210112)"),
        (
            {"text": D(2021, 1, 12)},
            "parse_date: 'text' must be a str (got datetime.date(2021, 1, 12))",
        ),
        (
            {"text": "12.01.2021", "dayfirst": "yes"},
            "parse_date: 'dayfirst' must be True, False or None (got 'yes')",
        ),
        (
            {"text": "12.01.2021", "dayfirst": 1},
            "parse_date: 'dayfirst' must be True, False or None (got 1)",
        ),
    ],
)
def test_wrong_types_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(WrongTypeError) as caught:
        parse_date(**kwargs)  # type: ignore[arg-type]
    assert str(caught.value) == message


def _day_first(day: datetime.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


@given(st.dates())
def test_numeric_forms_round_trip(day: datetime.date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.isoformat(), dayfirst=False) == day
    assert parse_date(_day_first(day)) == day
    assert parse_date(f"{day.month}/{day.day}/{day.year:04d}", dayfirst=False) == day
    assert parse_date(f"{day.year:04d}{day.month:02d}{day.day:02d}") == day


@given(st.dates(min_value=D(1000, 1, 1)))
def test_forms_in_words_round_trip(day: datetime.date) -> None:
    english = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ][day.month - 1]
    russian = [w for w, n in MONTH_WORDS.items() if n == day.month and w.endswith(("я", "а"))]
    assert parse_date(f"{day.day} {english} {day.year}") == day
    assert parse_date(f"{english} {day.day}, {day.year}", dayfirst=None) == day
    assert parse_date(f"{day.day} {russian[0]} {day.year} г.") == day


@given(st.dates())
def test_dayfirst_none_refuses_exactly_the_ambiguous_numeric_dates(day: datetime.date) -> None:
    text = _day_first(day)
    assert parse_date(text, dayfirst=True) == day
    if day.day <= 12 and day.day != day.month:
        with pytest.raises(AmbiguousError) as caught:
            parse_date(text, dayfirst=None)
        assert caught.value.candidates == (
            day.isoformat(),
            D(day.year, day.day, day.month).isoformat(),
        )
    else:
        assert parse_date(text, dayfirst=None) == day


@given(st.text(max_size=MAX_DATE_TEXT + 8), st.sampled_from([True, False, None]))
def test_no_foreign_exception_escapes(text: str, dayfirst: bool | None) -> None:
    outcome = _parse_or_error(text, dayfirst)
    assert isinstance(outcome, datetime.date | ParseError | AmbiguousError)


def _parse_or_error(text: str, dayfirst: bool | None) -> datetime.date | RegionrelError:
    try:
        return parse_date(text, dayfirst=dayfirst)
    except RegionrelError as exc:
        return exc


@given(
    st.text(alphabet="0123456789 ./-:,TZ+janFebmyJuly", max_size=30),
    st.sampled_from([True, False, None]),
)
def test_date_like_text_gives_a_date_or_a_regionrel_error(
    text: str, dayfirst: bool | None
) -> None:
    outcome = _parse_or_error(text, dayfirst)
    assert isinstance(outcome, datetime.date | ParseError | AmbiguousError)
    if isinstance(outcome, datetime.date):
        assert str(outcome.year) in text.replace(" ", "").lstrip("0") or outcome.year < 1000


def test_make_date_quotes_the_position() -> None:
    with pytest.raises(ParseError) as caught:
        make_date(2021, 2, 30, text="on 30.02.2021", position=3)
    assert caught.value.position == 3


def test_importing_does_not_import_dateutil_parser() -> None:
    code = (
        "import sys, regionrel.dates, regionrel.periods; print('dateutil.parser' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
