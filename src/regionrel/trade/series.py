"""Trade balances over consecutive periods: growth year on year, CAGR, least-squares growth.

A series never bridges a gap silently: :attr:`TradeSeries.gaps` lists the
missing periods, and a growth figure that would span one raises
:class:`SeriesGapError` unless the caller says how to treat it.

>>> from regionrel.money import Money
>>> from regionrel.periods import Period
>>> s = TradeSeries([TradeBalance(exports=Money(x, "USD"), imports=Money(1, "USD"), period=Period.year(y))
...                  for y, x in [(2016, 100), (2017, 110), (2018, 121)]])
>>> {str(p): round(g, 3) for p, g in s.year_on_year("exports").items()}
{'2017': 0.1, '2018': 0.1}
>>> round(s.cagr("exports"), 10), s.gaps
(0.1, ())
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterable, Iterator
from typing import Final

import attrs

from regionrel.display import NotebookDisplay
from regionrel.errors import (
    CurrencyMismatchError,
    SeriesGapError,  # defined with every error, re-exported here
    ValidationError,
    WrongTypeError,
)
from regionrel.money import Money
from regionrel.periods import Period, PeriodKind
from regionrel.tables import Tabular, plain
from regionrel.trade.balance import TradeBalance, trade_heading
from regionrel.trade.change import TradeChange
from regionrel.trade.flows import TradeFlow
from regionrel.trade.indicators import cagr, growth_rate, least_squares_growth_rate

__all__ = ["SeriesGapError", "TradeSeries"]

_CLS: Final = "TradeSeries"
_STEPS: Final = {
    PeriodKind.YEAR: 12,
    PeriodKind.HALF_YEAR: 6,
    PeriodKind.QUARTER: 3,
    PeriodKind.MONTH: 1,
}


def _months(day: datetime.date) -> int:
    """A count of months, for the time between two periods' starts."""
    return day.year * 12 + day.month


def _to_balances(value: object) -> tuple[TradeBalance, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise WrongTypeError(
            "must be an iterable of TradeBalance", cls=_CLS, field="balances", value=value
        )
    items = tuple(value)
    for item in items:
        if not isinstance(item, TradeBalance):
            raise WrongTypeError(
                "must hold only TradeBalance values", cls=_CLS, field="balances", value=item
            )
        if item.period is None:
            raise ValidationError(
                "must each have a period", cls=_CLS, field="balances", value=item
            )
    return tuple(sorted(items, key=lambda b: b.period.start))


@attrs.frozen
class TradeSeries(NotebookDisplay, Tabular):
    """Balances of one reporter with one partner over periods of one shape.

    The balances are sorted by period; they must share reporter, partner and
    currency, be of one shape (years, half-years, quarters or months) and not
    overlap. Periods between them that are missing are :attr:`gaps`.

    Args:
        balances: the balances, each with a period, in any order.

    Raises:
        WrongTypeError: an item is not a TradeBalance.
        ValidationError: no balances, a balance without period, mixed reporters,
            partners or shapes, overlapping periods.
        CurrencyMismatchError: balances in two currencies.
    """

    #: The balances, in period order.
    balances: tuple[TradeBalance, ...] = attrs.field(converter=_to_balances)

    def __attrs_post_init__(self) -> None:
        items = self.balances
        if not items:
            raise ValidationError(
                "must hold at least one balance", cls=_CLS, field="balances", value=()
            )
        first = items[0]
        kind = self._kind_of(first)
        for previous, item in itertools.pairwise(items):
            if item.currency != first.currency:
                raise CurrencyMismatchError(first.currency, item.currency, operation="-", cls=_CLS)
            if item.reporter != first.reporter or item.partner != first.partner:
                raise ValidationError(
                    f"must all have the reporter {first.reporter!r} and the partner {first.partner!r}",
                    cls=_CLS,
                    field="balances",
                    value=item,
                )
            if self._kind_of(item) is not kind:
                raise ValidationError(
                    f"must all cover periods of one shape ({kind.value})",
                    cls=_CLS,
                    field="balances",
                    value=str(item.period),
                )
            if item.period.overlaps(previous.period):  # type: ignore[union-attr,arg-type]
                raise ValidationError(
                    f"must not overlap (after {previous.period})",
                    cls=_CLS,
                    field="balances",
                    value=str(item.period),
                )

    @staticmethod
    def _kind_of(balance: TradeBalance) -> PeriodKind:
        kind = balance.period.kind  # type: ignore[union-attr]
        if kind not in _STEPS:
            raise ValidationError(
                "must cover years, half-years, quarters or months",
                cls=_CLS,
                field="balances",
                value=str(balance.period),
            )
        return kind

    @property
    def step_months(self) -> int:
        """The length of each period in months (12 for years)."""
        return _STEPS[self.balances[0].period.kind]  # type: ignore[union-attr]

    _columns = ("period", "exports", "imports", "balance", "turnover", "currency")

    def __str__(self) -> str:
        """A heading, then one line per period with its exports and imports.

        >>> from regionrel.money import Money
        >>> from regionrel.periods import Period
        >>> print(TradeSeries([TradeBalance(Money(y * 10**6, "USD"), Money(900, "USD"), period=Period.year(y)) for y in (2017, 2018)]))
        Foreign trade, 2017-2018 (2 periods, no gaps)
          2017: exports 2.017 billion USD, imports 900 USD
          2018: exports 2.018 billion USD, imports 900 USD
        """
        first = self.balances[0]
        head = trade_heading(first.reporter, first.partner)
        span = Period(self.balances[0].period.start, self.balances[-1].period.end)  # type: ignore[union-attr]
        gaps = len(self.gaps)
        lines = [
            f"{head}, {span} ({len(self)} periods, {gaps or 'no'} gap{'' if gaps == 1 else 's'})"
        ]
        lines.extend(
            f"  {b.period}: exports {b.exports.format(scale='auto')}, "
            f"imports {b.imports.format(scale='auto')}"
            for b in self.balances
        )
        return "\n".join(lines)

    def to_records(self) -> list[dict[str, object]]:
        """One row per period: ``period`` (its text), the flows as exact amounts, ``currency``.

        >>> from regionrel.money import Money
        >>> from regionrel.periods import Period
        >>> TradeSeries([TradeBalance(Money(5, "USD"), Money(2, "USD"), period=Period.year(2018))]).to_records()
        [{'period': '2018', 'exports': Decimal('5'), 'imports': Decimal('2'), 'balance': Decimal('3'), 'turnover': Decimal('7'), 'currency': 'USD'}]
        """
        return [
            {
                "period": plain(b.period),
                "exports": b.exports.amount,
                "imports": b.imports.amount,
                "balance": b.balance.amount,
                "turnover": b.turnover.amount,
                "currency": b.currency,
            }
            for b in self.balances
        ]

    def __len__(self) -> int:
        return len(self.balances)

    def __iter__(self) -> Iterator[TradeBalance]:
        return iter(self.balances)

    @property
    def periods(self) -> tuple[Period, ...]:
        """The periods, in order."""
        return tuple(b.period for b in self.balances)  # type: ignore[misc]

    @property
    def gaps(self) -> tuple[Period, ...]:
        """The missing spans between consecutive balances, each as one period.

        >>> s = TradeSeries([TradeBalance(exports=Money(1, "USD"), imports=Money(1, "USD"), period=Period.year(y))
        ...                  for y in (2015, 2018)])
        >>> s.gaps
        (Period.span(2016, 2017),)
        """
        one = datetime.timedelta(days=1)
        return tuple(
            Period(a.end + one, b.start - one)
            for a, b in itertools.pairwise(self.periods)
            if (b.start - a.end).days > 1
        )

    def values(self, flow: TradeFlow | str) -> tuple[Money, ...]:
        """The values of *flow* (exports, imports, turnover or balance), in order."""
        chosen = TradeFlow.coerce(flow, cls=_CLS)
        return tuple(b.value(chosen) for b in self.balances)

    def _check_gaps(self, what: str) -> None:
        gaps = self.gaps
        if gaps:
            raise SeriesGapError(
                f"cannot compute {what} across missing periods: pass across_gaps=True to use the "
                "periods present with their true times",
                gaps=gaps,
                cls=_CLS,
                field="balances",
            )

    def _years_between(self, a: Period, b: Period) -> float:
        return (_months(b.start) - _months(a.start)) / 12

    def year_on_year(
        self, flow: TradeFlow | str, *, skip_missing: bool = False
    ) -> dict[Period, float]:
        """Return each period's growth over the same period a year earlier.

        Args:
            flow: exports, imports or turnover.
            skip_missing: leave out periods whose year-earlier period is missing
                instead of raising (the first year's periods are always left out).

        Raises:
            SeriesGapError: a year-earlier period inside the series is missing.
        """
        chosen = TradeFlow.coerce(flow, cls=f"{_CLS}.year_on_year")
        by_period = {b.period: b for b in self.balances}
        first = self.balances[0].period
        result: dict[Period, float] = {}
        missing: list[Period] = []
        for balance in self.balances:
            period = balance.period
            earlier = period.shift(years=-1)  # type: ignore[union-attr]
            if earlier.start < first.start:  # type: ignore[union-attr]
                continue
            before = by_period.get(earlier)
            if before is None:
                missing.append(earlier)
                continue
            result[period] = growth_rate(balance.value(chosen).amount, before.value(chosen).amount)  # type: ignore[index]
        if missing and not skip_missing:
            raise SeriesGapError(
                "lacks the year-earlier periods: pass skip_missing=True to leave those periods out",
                gaps=missing,
                cls=_CLS,
                field="balances",
            )
        return result

    def changes(self) -> tuple[TradeChange, ...]:
        """Return the change from each balance to the next.

        Raises:
            SeriesGapError: the series has gaps.
        """
        self._check_gaps("changes")
        return tuple(
            TradeChange(previous=a, current=b) for a, b in itertools.pairwise(self.balances)
        )

    def cagr(self, flow: TradeFlow | str, *, across_gaps: bool = False) -> float:
        """Return the compound annual growth rate of *flow* from the first period to the last.

        (last / first) ** (1 / years) - 1, with *years* the time between the starts of
        the first and last periods.

        Raises:
            SeriesGapError: the series has gaps and *across_gaps* is false.
            ValidationError: fewer than two periods, a first value that is not positive.
        """
        if len(self.balances) < 2:
            raise ValidationError(
                "must hold at least two periods", cls=f"{_CLS}.cagr", field="balances", value=1
            )
        if not across_gaps:
            self._check_gaps("a CAGR")
        values = self.values(flow)
        years = self._years_between(self.periods[0], self.periods[-1])
        return cagr(values[0].amount, values[-1].amount, years)

    def least_squares_growth(self, flow: TradeFlow | str, *, across_gaps: bool = False) -> float:
        """Return the least-squares annual growth rate of *flow*: exp(b) - 1 for ln y = a + b t, t in years.

        Raises:
            SeriesGapError: the series has gaps and *across_gaps* is false.
            ValidationError: fewer than two periods, a value that is not positive.
        """
        if not across_gaps:
            self._check_gaps("a least-squares growth rate")
        first = self.periods[0]
        times = [self._years_between(first, p) for p in self.periods]
        return least_squares_growth_rate([v.amount for v in self.values(flow)], times)
