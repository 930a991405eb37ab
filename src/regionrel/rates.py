"""Exchange rates: an immutable table by currency pair and date or period.

Conversion is always explicit. A rate that the table does not hold raises
:class:`~regionrel.errors.MissingRateError`; it is never taken as 1 or NaN.
The inverse of a stored pair is used automatically; going through a third
currency happens only when the caller names it with ``via``.

>>> import datetime
>>> rates = ExchangeRates.from_table([
...     ("USD", "RUB", 2018, "62.7078"),
...     ("EUR", "USD", datetime.date(2018, 12, 29), "1.1456"),
... ])
>>> rates.convert(Money("1000", "USD"), "RUB", on=datetime.date(2018, 5, 3))
Money('62707.8000', 'RUB')
>>> rates.rate("RUB", "USD", on=2018).quantize(Decimal("0.00001"))
Decimal('0.01595')
>>> rates.convert(Money("100", "EUR"), "RUB", on=datetime.date(2018, 12, 29), via="USD")
Money('7183.80556800', 'RUB')
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Final, TypeAlias, TypeVar

import attrs

from regionrel._exact import EXACT, STANDARD, exact_sum
from regionrel._validators import as_date, as_decimal
from regionrel.errors import (
    AmbiguousError,
    MissingRateError,
    ValidationError,
    WrongTypeError,
)
from regionrel.money import Money, check_currency, checked_money
from regionrel.periods import Period

__all__ = ["MAX_GAP_DAYS", "ExchangeRate", "ExchangeRates"]

#: When a rate applies: a day, or a period over which it held (or averaged).
When: TypeAlias = datetime.date | Period

_K = TypeVar("_K", datetime.date, Period)


def _check_value(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
        raise ValidationError(
            "must be a positive finite number", cls="ExchangeRate", field="value", value=value
        )


def _to_rate_value(value: object) -> Decimal:
    return as_decimal(value, cls="ExchangeRate", field="value", example="'62.7078'")


def _to_when(value: object) -> When:
    if isinstance(value, Period):
        return value
    if isinstance(value, datetime.date):  # a datetime too: as_date refuses it with a hint
        return as_date(value, cls="ExchangeRates", field="on")
    if isinstance(value, int | str) and not isinstance(value, bool):
        return Period.coerce(value)
    raise WrongTypeError(
        "must be a datetime.date, a Period, an int year or a period's text",
        cls="ExchangeRates",
        field="on",
        value=value,
    )


def _check_base(instance: object, attribute: object, value: Any) -> None:
    check_currency(value, "ExchangeRate")


def _check_on(instance: object, attribute: object, value: Any) -> None:
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date | Period):
        raise WrongTypeError(
            "must be a datetime.date or a Period", cls="ExchangeRate", field="on", value=value
        )


def _as_period(when: When) -> Period:
    return when if isinstance(when, Period) else Period.day(when)


def _describe(when: When) -> str:
    return when.isoformat() if isinstance(when, datetime.date) else str(when)


@attrs.frozen
class ExchangeRate:
    """One exchange rate: one unit of *base* is worth *value* units of *quote*.

    A rate keyed by a :class:`~regionrel.periods.Period` held over that whole
    period, or is its average; it applies to every day in it.

    Args:
        base: the currency priced, an ISO 4217 code.
        quote: the currency it is priced in, another code.
        on: the day or the period the rate is for.
        value: the price, a positive Decimal (an int or decimal string is converted).

    Raises:
        WrongTypeError, ValidationError: a bad field.

    >>> ExchangeRate("USD", "RUB", Period.year(2018), "62.7078")
    ExchangeRate(base='USD', quote='RUB', on=Period.year(2018), value=Decimal('62.7078'))
    """

    #: The currency priced.
    base: str = attrs.field(validator=_check_base)
    #: The currency it is priced in.
    quote: str = attrs.field(validator=_check_base)
    #: The day or period the rate is for.
    on: When = attrs.field(validator=_check_on)
    #: Units of quote per unit of base.
    value: Decimal = attrs.field(converter=_to_rate_value, validator=_check_value)

    def __attrs_post_init__(self) -> None:
        if self.base == self.quote:
            raise ValidationError(
                "must differ from 'base'", cls="ExchangeRate", field="quote", value=self.quote
            )


@attrs.frozen
class _Series:
    """The rates of one ordered pair: by day, and by period."""

    days: Mapping[datetime.date, Decimal]
    periods: tuple[tuple[Period, Decimal], ...]


def _put(table: dict[_K, Decimal], key: _K, rate: ExchangeRate) -> None:
    known = table.get(key)
    if known is not None and known != rate.value:
        raise ValidationError(
            f"holds two rates for {rate.base}/{rate.quote} on {_describe(rate.on)}: "
            f"{known} and {rate.value}",
            cls="ExchangeRates",
            field="rates",
        )
    table[key] = rate.value


def _index(rates: tuple[ExchangeRate, ...]) -> dict[tuple[str, str], _Series]:
    days: dict[tuple[str, str], dict[datetime.date, Decimal]] = {}
    periods: dict[tuple[str, str], dict[Period, Decimal]] = {}
    for rate in rates:
        pair = (rate.base, rate.quote)
        if isinstance(rate.on, Period):
            _put(periods.setdefault(pair, {}), rate.on, rate)
        else:
            _put(days.setdefault(pair, {}), rate.on, rate)
    return {
        pair: _Series(days.get(pair, {}), tuple(sorted(periods.get(pair, {}).items())))
        for pair in {*days, *periods}
    }


def _to_rates(rows: Iterable[ExchangeRate]) -> tuple[ExchangeRate, ...]:
    try:
        rates = tuple(rows)
    except TypeError:
        raise WrongTypeError(
            "must be an iterable of ExchangeRate", cls="ExchangeRates", field="rates", value=rows
        ) from None
    for rate in rates:
        if not isinstance(rate, ExchangeRate):
            raise WrongTypeError(
                "must hold only ExchangeRate values",
                cls="ExchangeRates",
                field="rates",
                value=rate,
            )
    return rates


@attrs.frozen
class ExchangeRates:
    """An immutable table of exchange rates by currency pair and day or period.

    Args:
        rates: the :class:`ExchangeRate` values. Two different rates for one pair on
            one day or period are refused.

    Raises:
        WrongTypeError: *rates* holds something other than ExchangeRate values.
        ValidationError: conflicting rates.

    Lookup, for a day: the rate of that day, else the rate of the shortest
    period that holds the day. For a period: the rate of that period or of the
    shortest period that holds it; else the day-weighted mean of periods that
    tile it exactly; else the mean of the daily rates within it, when no run
    of more than :data:`MAX_GAP_DAYS` days in it lacks a rate. The pair is
    looked up as stored, then inverted (an inverted rate divides, so that a
    conversion there and back returns the amount). Nothing else is assumed.

    >>> rates = ExchangeRates([ExchangeRate("USD", "RUB", datetime.date(2018, 1, 9), "56.9359")])
    >>> rates.rate("USD", "RUB", on=datetime.date(2018, 1, 10))
    Traceback (most recent call last):
    ...
    regionrel.errors.MissingRateError: ExchangeRates: 'rates' has no rate for USD/RUB on 2018-01-10, neither as stored nor inverted
    """

    #: Every rate in the table, in the order given.
    rates: tuple[ExchangeRate, ...] = attrs.field(converter=_to_rates)
    _series: dict[tuple[str, str], _Series] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_series", _index(self.rates))

    @classmethod
    def from_table(
        cls,
        rows: Iterable[tuple[str, str, datetime.date | Period | int | str, Decimal | int | str]],
    ) -> ExchangeRates:
        """Build a table from rows of ``(base, quote, on, value)``.

        *on* is a ``datetime.date``, a Period, an int year or a period's text
        (``"2019-Q2"``); *value* an int, a Decimal or a decimal string.

        Raises:
            WrongTypeError, ValidationError, ParseError: a bad row.

        >>> ExchangeRates.from_table([("EUR", "RUB", "2019-Q2", "72.6")]).pairs
        (('EUR', 'RUB'),)
        """
        table: object = rows  # any value may come in: check before iterating
        if isinstance(table, str | bytes) or not isinstance(table, Iterable):
            raise WrongTypeError(
                "must be an iterable of rows (base, quote, on, value)",
                cls="ExchangeRates.from_table",
                field="rows",
                value=rows,
            )
        rates = []
        for row in rows:
            if not isinstance(row, tuple | list) or len(row) != 4:
                raise WrongTypeError(
                    "must hold rows of (base, quote, on, value)",
                    cls="ExchangeRates.from_table",
                    field="rows",
                    value=row,
                )
            base, quote, on, value = row
            rates.append(ExchangeRate(base, quote, _to_when(on), value))
        return cls(rates)

    @classmethod
    def from_series(
        cls, base: str, quote: str, series: Mapping[datetime.date | Period | int | str, object]
    ) -> ExchangeRates:
        """Build a table of one pair from a mapping of day or period to rate.

        >>> ExchangeRates.from_series("USD", "RUB", {2017: "58.3529", 2018: "62.7078"}).pairs
        (('USD', 'RUB'),)
        """
        if not isinstance(series, Mapping):
            raise WrongTypeError(
                "must be a mapping of day or period to rate",
                cls="ExchangeRates.from_series",
                field="series",
                value=series,
            )
        return cls.from_table([(base, quote, on, value) for on, value in series.items()])  # type: ignore[misc]

    def with_rates(self, *rates: ExchangeRate) -> ExchangeRates:
        """A new table with *rates* added.

        >>> table = ExchangeRates([]).with_rates(ExchangeRate("USD", "RUB", Period.year(2018), "62.7078"))
        >>> len(table)
        1
        """
        return ExchangeRates((*self.rates, *rates))

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """The stored currency pairs, sorted."""
        return tuple(sorted(self._series))

    def __len__(self) -> int:
        return len(self.rates)

    def rate(
        self,
        base: str,
        quote: str,
        on: datetime.date | Period | int | str,
        *,
        via: str | None = None,
    ) -> Decimal:
        """Units of *quote* per unit of *base* on a day or over a period.

        Args:
            base, quote: ISO 4217 codes.
            on: a ``datetime.date``, a Period, an int year or a period's text.
            via: a pivot currency to go through when the pair itself is
                missing; never used unless given.

        Raises:
            MissingRateError: the table cannot give the rate.
            AmbiguousError: two periods of the same length hold the day.
            WrongTypeError, ValidationError, ParseError: a bad argument.

        >>> table = ExchangeRates.from_table([("USD", "RUB", 2018, "62.7078")])
        >>> table.rate("USD", "RUB", "2018-Q3")
        Decimal('62.7078')
        """
        base = check_currency(base, "ExchangeRates")
        quote = check_currency(quote, "ExchangeRates")
        return _apply(Decimal(1), self._route(base, quote, _to_when(on), via))

    def convert(
        self,
        money: Money,
        to: str,
        on: datetime.date | Period | int | str,
        *,
        via: str | None = None,
    ) -> Money:
        """*money* in the currency *to*, at the rate of a day or a period.

        Raises:
            WrongTypeError: *money* is not a Money.
            MissingRateError: the table cannot give the rate.

        >>> table = ExchangeRates.from_table([("USD", "RUB", 2018, "62.7078")])
        >>> table.convert(Money("2", "USD"), "RUB", 2018)
        Money('125.4156', 'RUB')
        """
        if not isinstance(money, Money):
            raise WrongTypeError(
                "must be a Money", cls="ExchangeRates.convert", field="money", value=money
            )
        target = check_currency(to, "ExchangeRates.convert")
        if target == money.currency:
            _to_when(on)
            return money
        legs = self._route(money.currency, target, _to_when(on), via)
        return checked_money(_apply(money.amount, legs), target)

    def _route(self, base: str, quote: str, when: When, via: str | None) -> list[_Leg]:
        """The stored rates that lead from *base* to *quote*, each with its direction."""
        if base == quote:
            return []
        found = self._leg(base, quote, when)
        if found is not None:
            return [found]
        if via is None:
            raise MissingRateError(
                f"has no rate for {base}/{quote} on {_describe(when)}, "
                "neither as stored nor inverted",
                cls="ExchangeRates",
                field="rates",
            )
        pivot = check_currency(via, "ExchangeRates")
        first = self._leg(base, pivot, when) if pivot != base else _NO_LEG
        second = self._leg(pivot, quote, when) if pivot != quote else _NO_LEG
        if first is None or second is None:
            missing = f"{base}/{pivot}" if first is None else f"{pivot}/{quote}"
            raise MissingRateError(
                f"has no rate for {base}/{quote} on {_describe(when)}, neither as stored, "
                f"inverted, nor through {pivot}: {missing} is missing",
                cls="ExchangeRates",
                field="rates",
            )
        return [leg for leg in (first, second) if leg is not _NO_LEG]

    def _leg(self, base: str, quote: str, when: When) -> _Leg | None:
        series = self._series.get((base, quote))
        if series is not None:
            found = _lookup(series, when, f"{base}/{quote}")
            if found is not None:
                return found, False
        series = self._series.get((quote, base))
        if series is not None:
            found = _lookup(series, when, f"{quote}/{base}")
            if found is not None:
                return found, True
        return None


#: A stored rate, and whether it is used inverted (divided by instead of multiplied).
_Leg: TypeAlias = tuple[Decimal, bool]
_NO_LEG: Final[_Leg] = (Decimal(1), False)

#: The longest run of days without a rate that a mean of daily rates may span:
#: longer than any run of public holidays, shorter than a month.
MAX_GAP_DAYS: Final = 15


def _apply(amount: Decimal, legs: list[_Leg]) -> Decimal:
    """*amount* through each leg: multiplied exactly, or divided to 28 significant digits."""
    for value, inverted in legs:
        amount = STANDARD.divide(amount, value) if inverted else EXACT.multiply(amount, value)
    return amount


def _lookup(series: _Series, when: When, pair: str) -> Decimal | None:
    if isinstance(when, datetime.date):
        found = series.days.get(when)
        if found is not None:
            return found
    period = _as_period(when)
    holding = [(p, v) for p, v in series.periods if p.contains(period)]
    if holding:
        shortest = min(p.days for p, _ in holding)
        narrowest = [(p, v) for p, v in holding if p.days == shortest]
        if len({v for _, v in narrowest}) > 1:
            raise AmbiguousError(
                f"has {pair} rates of periods of the same length that hold {_describe(when)}",
                candidates=[str(p) for p, _ in narrowest],
                cls="ExchangeRates",
                field="rates",
            )
        return narrowest[0][1]
    if isinstance(when, datetime.date):
        return None
    return _tiled_mean(series, when) or _daily_mean(series, when)


def _tiled_mean(series: _Series, period: Period) -> Decimal | None:
    inside = [(p, v) for p, v in series.periods if period.contains(p)]
    if not inside:
        return None
    expected = period.start
    total = Decimal(0)
    for part, value in inside:  # sorted by start, then end
        if part.start != expected:
            return None
        total = EXACT.add(total, EXACT.multiply(value, part.days))
        expected = part.end + datetime.timedelta(days=1)
    if expected != period.end + datetime.timedelta(days=1):
        return None
    return STANDARD.divide(total, period.days)


def _daily_mean(series: _Series, period: Period) -> Decimal | None:
    inside = sorted((d, v) for d, v in series.days.items() if d in period)
    if not inside:
        return None
    one_day = datetime.timedelta(days=1)
    bounds = [period.start - one_day, *(d for d, _ in inside), period.end + one_day]
    if any(
        (later - earlier).days - 1 > MAX_GAP_DAYS for earlier, later in itertools.pairwise(bounds)
    ):
        return None
    values = [v for _, v in inside]
    return STANDARD.divide(exact_sum(values), len(values))
