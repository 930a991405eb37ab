"""Numbers in prose: the percentages, growth phrases and days that summaries write.

The English and the Russian summaries of :class:`regionrel.profile.RegionRelations` state
the same facts; the figures in them are computed here once, from the exact amounts, and
rounded half-up as a report writes them.

>>> from decimal import Decimal
>>> percent(Decimal("2993.1"), Decimal("4115.9"), 0)
Decimal('73')
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from regionrel._numbers import EXACT, STANDARD, format_number, quantize
from regionrel.trade import TradeBalance, TradeChange


def day_text(day: date) -> str:
    """A day as reports write it: ``12.01.2021``."""
    return day.strftime("%d.%m.%Y")


def percent(part: Decimal, whole: Decimal, decimals: int) -> Decimal:
    """100 * part / whole from the exact amounts, rounded half-up as a report writes it."""
    return quantize(STANDARD.divide(EXACT.multiply(part, 100), whole), decimals)


def growth(change: TradeChange | None, flow: str) -> tuple[bool, Decimal] | None:
    """Whether *flow* grew (or held), and by how many percent (one decimal); None if unknown."""
    if change is None:
        return None
    previous = change.previous.value(flow).amount
    if previous <= 0:  # no growth rate from nothing
        return None
    delta = change.change(flow).amount
    return delta >= 0, percent(delta.copy_abs(), previous, 1)


def growth_phrase(
    change: TradeChange | None, flow: str, up: str, down: str, *, locale: str
) -> str | None:
    """ "increased by 25.7%" (or *down*'s words for a fall); None when the growth is unknown."""
    rate = growth(change, flow)
    if rate is None:
        return None
    return f"{up if rate[0] else down} {format_number(rate[1], locale=locale)}%"


def excess(balance: TradeBalance) -> tuple[bool, Decimal] | None:
    """Whether exports exceed imports (or the reverse), and by how many whole percent."""
    x, m = balance.exports.amount, balance.imports.amount
    if m > 0 and x >= m:
        return True, percent(EXACT.subtract(x, m), m, 0)
    if 0 < x < m:
        return False, percent(EXACT.subtract(m, x), x, 0)
    return None
