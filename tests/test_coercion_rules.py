"""One rule for dates and one for exact numbers, held by every public entry point.

Each entry point that takes a date reads it through ``regionrel._validators.as_date``: a
``datetime.date`` or its text (day first, ISO, or words) is the same day; a datetime, a
number and text that is no date are refused with the same message shape, naming the class
or function, the field and the value. Each entry point that takes an exact number reads it
through ``as_decimal`` the same way. Adding an entry point means adding a row here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from regionrel import gazetteer
from regionrel._numbers import format_number
from regionrel._validators import DATE_RULE, PARTIAL_DATE_RULE
from regionrel.audit.intervals import Interval
from regionrel.errors import ParseError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.rates import ExchangeRate, ExchangeRates
from regionrel.relations import (
    ActionPlan,
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    Executor,
    Measure,
)
from regionrel.reported import Reported
from tests.seed_world import GOV_LO, KURSK_AGREEMENT, KURSK_PLAN, relations

DAY = datetime.date(2021, 1, 12)
TEXTS = ("12.01.2021", "2021-01-12", "12 January 2021")
DISTRICT = gazetteer.group("North-Western Federal District")
MEASURE = Measure("1", "tourism", "Tour", (Executor("Committee", GOV_LO),), "2019")
RATES = ExchangeRates.from_table([("USD", "RUB", DAY, "73.5")])

#: Fields that also take a date known to the month or the year ("May 2019", "2018"): the
#: same rule, widened (``as_partial_date``), with its own wording of what is accepted.
PARTIAL = {("Agreement", "signed_on"), ("ActionPlan", "signed_on"), ("AgreementEvent", "on")}
#: Fields that also take a year or a period: text is read as a period there.
WHEN = {("ExchangeRates", "on")}

#: (class or function as the message names it, field, call with the date).
DATE_ENTRY_POINTS: list[tuple[str, str, Callable[[Any], object]]] = [
    ("Period", "start", lambda d: Period(d, DAY)),
    ("Period", "end", lambda d: Period(DAY, d)),
    ("RegionGroup", "on", lambda d: DISTRICT.members(on=d)),
    ("Agreement", "signed_on", lambda d: Agreement("A", KURSK_AGREEMENT.parties, signed_on=d)),
    ("Agreement", "day", lambda d: KURSK_AGREEMENT.status_on(d)),
    ("Agreement", "day", lambda d: KURSK_AGREEMENT.in_force_on(d)),
    ("Agreement", "as_of", lambda d: KURSK_AGREEMENT.expires_on(d)),
    ("Agreement", "as_of", lambda d: KURSK_AGREEMENT.notice_deadline(d)),
    ("Agreement", "registered_on", lambda d: KURSK_AGREEMENT.registered(d)),
    (
        "AgreementEvent",
        "on",
        lambda d: AgreementEvent(AgreementEventKind.SUSPENSION, d),
    ),
    ("ActionPlan", "signed_on", lambda d: ActionPlan(KURSK_AGREEMENT, "2018-2020", signed_on=d)),
    ("ActionPlan", "as_of", lambda d: KURSK_PLAN.overdue(d)),
    ("ActionPlan", "as_of", lambda d: KURSK_PLAN.progress(d)),
    ("Measure", "as_of", lambda d: MEASURE.status_on(d)),
    ("Measure", "reported_on", lambda d: MEASURE.reported("done", d)),
    ("RegionRelations", "on", lambda d: relations().agreements_in_force(d)),
    ("RegionRelations", "on", lambda d: relations().agreements_without_plan(d)),
    ("RegionRelations", "on", lambda d: relations().renewals_locked_in(d)),
    ("ExchangeRates", "on", lambda d: RATES.convert(Money(1, "USD"), "RUB", on=d)),
    ("from_dict", "date", lambda d: _from_dict_date(d)),
]


def _from_dict_date(value: object) -> object:
    from regionrel.serialize import from_dict, to_dict

    data = dict(to_dict(Period.day(DAY)))
    data["start"] = data["end"] = value
    return from_dict(Period, data)


def ids(rows: list[tuple[str, str, Callable[[Any], object]]]) -> list[str]:
    return [f"{cls}.{field}-{i}" for i, (cls, field, _) in enumerate(rows)]


@pytest.mark.parametrize(("cls", "field", "call"), DATE_ENTRY_POINTS, ids=ids(DATE_ENTRY_POINTS))
@pytest.mark.parametrize("text", TEXTS)
def test_a_date_and_its_text_mean_the_same_day(
    cls: str, field: str, call: Callable[[Any], object], text: str
) -> None:
    assert call(text) == call(DAY)


@pytest.mark.parametrize(("cls", "field", "call"), DATE_ENTRY_POINTS, ids=ids(DATE_ENTRY_POINTS))
def test_a_datetime_is_refused_with_one_message(
    cls: str, field: str, call: Callable[[Any], object]
) -> None:
    moment = datetime.datetime(2021, 1, 12, 9, 30)
    if cls == "from_dict":  # a payload's problems are collected, each with its path
        with pytest.raises(
            ValidationError, match=re.escape(f"'date' {DATE_RULE}, not a datetime")
        ):
            call(moment)
        return
    with pytest.raises(WrongTypeError) as info:
        call(moment)
    rule = PARTIAL_DATE_RULE if (cls, field) in PARTIAL else DATE_RULE
    assert str(info.value) == (
        f"{cls}: {field!r} {rule}, not a datetime: pass value.date() (got {moment!r})"
    )


@pytest.mark.parametrize(("cls", "field", "call"), DATE_ENTRY_POINTS, ids=ids(DATE_ENTRY_POINTS))
def test_text_that_is_no_date_is_refused_with_one_message(
    cls: str, field: str, call: Callable[[Any], object]
) -> None:
    if cls == "from_dict":  # a payload's problems are collected, each with its path
        with pytest.raises(ValidationError, match=re.escape(f"'date' {DATE_RULE}: is not a date")):
            call("31.02.2021")
        return
    with pytest.raises(ParseError) as info:
        call("31.02.2021")
    if (cls, field) in WHEN:  # read as a period's text, by the period rule
        assert str(info.value).startswith("parse_period: 'text' has a date that cannot be read")
        return
    rule = PARTIAL_DATE_RULE if (cls, field) in PARTIAL else DATE_RULE
    assert str(info.value).startswith(f"{cls}: {field!r} {rule}: ")
    assert str(info.value).endswith("(got '31.02.2021')")


#: (class or function as the message names it, field, call with the number).
NUMBER_ENTRY_POINTS: list[tuple[str, str, Callable[[Any], object]]] = [
    ("Money", "amount", lambda n: Money(n, "USD")),
    ("ExchangeRate", "value", lambda n: ExchangeRate("USD", "RUB", DAY, n)),
    ("format_number", "value", lambda n: format_number(n)),
    ("Reported", "value", lambda n: Reported(n, 1)),
    ("Interval", "lo", lambda n: Interval.of(n, 10**6)),
]


@pytest.mark.parametrize(
    ("cls", "field", "call"), NUMBER_ENTRY_POINTS, ids=ids(NUMBER_ENTRY_POINTS)
)
@pytest.mark.parametrize("text", ["7109.5", " 7109.5 ", "7.1095E+3"])
def test_a_number_and_its_text_are_the_same_number(
    cls: str, field: str, call: Callable[[Any], object], text: str
) -> None:
    assert call(text) == call(Decimal("7109.5"))


@pytest.mark.parametrize(
    ("cls", "field", "call"), NUMBER_ENTRY_POINTS, ids=ids(NUMBER_ENTRY_POINTS)
)
@pytest.mark.parametrize(
    ("value", "error", "rule"),
    [
        (
            0.5,
            WrongTypeError,
            "must be an exact number .*, not a float: write Decimal\\(str\\(x\\)\\)",
        ),
        (True, WrongTypeError, "must be an exact number "),
        ("7,1O9", ValidationError, "must be an exact number "),
        (Decimal("NaN"), ValidationError, "must be a finite number"),
        ([1], WrongTypeError, "must be an exact number "),
    ],
)
def test_a_number_that_is_not_exact_is_refused_with_one_message(
    cls: str,
    field: str,
    call: Callable[[Any], object],
    value: object,
    error: type[Exception],
    rule: str,
) -> None:
    with pytest.raises(error) as info:
        call(value)
    assert re.match(rf"{re.escape(cls)}: {field!r} {rule}", str(info.value))
