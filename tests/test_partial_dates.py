"""PartialDate: dates as sources give them (day, month or year), and as_partial_date."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel._validators import as_optional_partial_date, as_partial_date
from regionrel.dates import DatePrecision, PartialDate
from regionrel.errors import AmbiguousError, ParseError, ValidationError, WrongTypeError

D = datetime.date


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31)))
    precision = draw(st.sampled_from(DatePrecision))
    if precision is DatePrecision.YEAR:
        return PartialDate(day.year)
    if precision is DatePrecision.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate.of(day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018", PartialDate(2018)),
        ("в 2018 году", PartialDate(2018)),
        ("in 2018", PartialDate(2018)),
        ("2018 г.", PartialDate(2018)),
        ("May 2019", PartialDate(2019, 5)),
        ("in May 2019", PartialDate(2019, 5)),
        ("Sept. 2019", PartialDate(2019, 9)),
        ("мая 2019 года", PartialDate(2019, 5)),
        ("в мае 2019 г.", PartialDate(2019, 5)),
        ("май 2019", PartialDate(2019, 5)),
        ("05.2019", PartialDate(2019, 5)),
        ("5/2019", PartialDate(2019, 5)),
        ("2019-05", PartialDate(2019, 5)),
        ("12.05.2019", PartialDate(2019, 5, 12)),
        ("2019-05-12", PartialDate(2019, 5, 12)),
        ("12 мая 2019 года", PartialDate(2019, 5, 12)),
        ("May 12, 2019", PartialDate(2019, 5, 12)),
    ],
)
def test_parse_reads_sources(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


def test_precision_and_bounds() -> None:
    year, month, day = PartialDate(2020), PartialDate(2020, 2), PartialDate(2020, 2, 29)
    assert [p.precision for p in (year, month, day)] == [
        DatePrecision.YEAR,
        DatePrecision.MONTH,
        DatePrecision.DAY,
    ]
    assert (year.earliest, year.latest) == (D(2020, 1, 1), D(2020, 12, 31))
    assert (month.earliest, month.latest) == (D(2020, 2, 1), D(2020, 2, 29))
    assert (day.earliest, day.latest, day.exact) == (D(2020, 2, 29),) * 3
    assert year.exact is None
    assert month.exact is None
    assert PartialDate(2019, 12).latest == D(2019, 12, 31)
    assert year.contains(D(2020, 7, 1))
    assert not year.contains(D(2021, 1, 1))


def test_str_and_repr() -> None:
    assert [
        str(p) for p in (PartialDate(2018), PartialDate(2019, 5), PartialDate(2019, 5, 2))
    ] == [
        "2018",
        "2019-05",
        "2019-05-02",
    ]
    assert repr(PartialDate(2019, 5)) == "PartialDate(2019, 5)"
    assert str(PartialDate(987)) == "0987"


@given(partial_dates())
def test_str_round_trip(value: PartialDate) -> None:
    assert PartialDate.parse(str(value)) == value
    assert value.earliest <= value.latest
    assert value.contains(value.earliest)
    assert value.contains(value.latest)


@given(st.dates())
def test_of_date_is_exact(day: datetime.date) -> None:
    assert PartialDate.of(day).exact == day
    assert as_partial_date(day, cls="X", field="y") == PartialDate.of(day)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((2019, 13), "PartialDate: 'month' must be between 1 and 12 (got 13)"),
        (
            (2019, 2, 29),
            "PartialDate: 'day' is not a day of February 2019, which has 28 days (got 29)",
        ),
        (
            (2019, None, 3),
            "PartialDate: 'day' needs a month: a day without its month is not a date (got 3)",
        ),
        ((0,), "PartialDate: 'year' must be between 1 and 9999 (got 0)"),
    ],
)
def test_constructor_refuses_impossible_dates(args: tuple[int, ...], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        PartialDate(*args)
    assert str(err.value) == message


@pytest.mark.parametrize(
    ("args", "field"), [(("2019",), "year"), ((2019, "5"), "month"), ((2019, 5, True), "day")]
)
def test_constructor_refuses_wrong_types(args: tuple[object, ...], field: str) -> None:
    with pytest.raises(WrongTypeError) as err:
        PartialDate(*args)  # type: ignore[arg-type]
    assert err.value.field == field


@pytest.mark.parametrize("text", ["13.2019", "next year", "", "0000", "32.05.2019", "x" * 80])
def test_parse_refuses(text: str) -> None:
    with pytest.raises(ParseError) as err:
        PartialDate.parse(text)
    assert err.value.cls == "PartialDate"
    assert err.value.text == text


def test_parse_refuses_non_text_and_ambiguity() -> None:
    with pytest.raises(WrongTypeError):
        PartialDate.parse(2018)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError):
        PartialDate.of(datetime.datetime(2019, 1, 1))
    with pytest.raises(AmbiguousError) as err:
        PartialDate.parse("12.05.19")
    assert err.value.cls == "PartialDate"


def test_as_partial_date() -> None:
    assert as_partial_date("May 2019", cls="Agreement", field="signed_on") == PartialDate(2019, 5)
    same = PartialDate(2018)
    assert as_partial_date(same, cls="A", field="b") is same
    assert as_optional_partial_date(None, cls="A", field="b") is None
    with pytest.raises(WrongTypeError, match=r"not a datetime: pass value\.date\(\)"):
        as_partial_date(datetime.datetime(2019, 1, 1), cls="A", field="b")
    with pytest.raises(ParseError) as err:
        as_partial_date("13.2019", cls="Agreement", field="signed_on")
    assert (err.value.cls, err.value.field) == ("Agreement", "signed_on")
    with pytest.raises(AmbiguousError) as amb:
        as_partial_date("12.05.19", cls="Agreement", field="signed_on")
    assert (amb.value.cls, amb.value.field) == ("Agreement", "signed_on")
    with pytest.raises(WrongTypeError):
        as_partial_date(2018, cls="Agreement", field="signed_on")
