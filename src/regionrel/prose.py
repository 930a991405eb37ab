"""The figures and English names that summaries write: percentages, growth, days, titles.

The English and the Russian summaries of :class:`regionrel.profile.RegionRelations` state
the same facts; the figures in them are computed here once, from the exact amounts, and
rounded half-up as a report writes them. A change is told apart from no change by the
exact amounts, never by the rounded figure, so a summary never says "increased by 0.0%".

>>> from decimal import Decimal
>>> percent(Decimal("2993.1"), Decimal("4115.9"), 0)
Decimal('73')
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from regionrel._numbers import EXACT, STANDARD, quantize
from regionrel.errors import UnknownRegionError, ValidationError
from regionrel.regions import Region, RegionKind, with_article
from regionrel.trade import TradeBalance, TradeChange

__all__ = [
    "Direction",
    "as_well_as",
    "day_text",
    "excess",
    "growth",
    "join",
    "percent",
    "regions_text",
    "title_in_text",
]

#: Which way a figure moved: up, down, or not at all (exactly).
Direction = Literal["up", "down", "same"]


def day_text(day: date) -> str:
    """A day as reports write it: ``12.01.2021``.

    >>> day_text(date(2021, 1, 12))
    '12.01.2021'
    """
    return day.strftime("%d.%m.%Y")


def percent(part: Decimal, whole: Decimal, decimals: int) -> Decimal:
    """100 * part / whole from the exact amounts, rounded half-up as a report writes it."""
    return quantize(STANDARD.divide(EXACT.multiply(part, 100), whole), decimals)


def growth(change: TradeChange | None, flow: str) -> tuple[Direction, Decimal] | None:
    """Which way *flow* moved and by how many percent (one decimal); None if unknown.

    The direction comes from the exact amounts: a change that rounds to 0.0% is still
    "up" or "down", and only an exactly equal amount is "same".
    """
    if change is None:
        return None
    previous = change.previous.value(flow).amount
    if previous <= 0:  # no growth rate from nothing
        return None
    delta = change.change(flow).amount
    way: Direction = "same" if delta == 0 else "up" if delta > 0 else "down"
    return way, percent(delta.copy_abs(), previous, 1)


def excess(balance: TradeBalance) -> tuple[Direction, Decimal] | None:
    """Whether exports exceed imports ("up"), fall short ("down") or equal them ("same"),
    and by how many whole percent of the smaller flow; None when either flow is nil."""
    x, m = balance.exports.amount, balance.imports.amount
    if x <= 0 or m <= 0:
        return None
    if x == m:
        return "same", Decimal(0)
    if x > m:
        return "up", percent(EXACT.subtract(x, m), m, 0)
    return "down", percent(EXACT.subtract(m, x), x, 0)


def join(items: list[str], word: str = "and") -> str:
    """Items joined as English lists them.

    >>> join(["A", "B", "C"], "or")
    'A, B or C'
    """
    if len(items) <= 2:
        return f" {word} ".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def as_well_as(items: list[str]) -> str:
    """Topics listed as reports list them: "A, B, as well as C".

    >>> as_well_as(["trade", "tourism"])
    'trade, as well as tourism'
    """
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + ", as well as " + items[-1]


def title_in_text(title: str, *, article: bool = True) -> str:
    """A title as it reads inside a sentence, never with a capital article.

    >>> title_in_text("The Ninth Forum"), title_in_text("The Ninth Forum", article=False)
    ('the Ninth Forum', 'Ninth Forum')
    """
    text = title.strip()
    if text[:4].lower() == "the ":
        return "the " + text[4:] if article else text[4:]
    return f"the {text}" if article else text


def _country_name(code: str | None) -> str | None:
    if code is None:
        return None
    from regionrel import gazetteer

    try:
        return gazetteer.get(code).name
    except (UnknownRegionError, ValidationError):
        return None


def regions_text(regions: list[Region]) -> str:
    """Regions named as reports name them: "the Fergana and Bukhara Regions (Uzbekistan)".

    >>> from regionrel import gazetteer
    >>> regions_text([gazetteer.get("UZ-FA"), gazetteer.get("UZ-BU")])
    'the Fergana and Bukhara Regions (Uzbekistan)'
    """
    by_country: dict[str | None, list[Region]] = {}
    for region in regions:
        by_country.setdefault(region.country, []).append(region)
    groups = []
    for code, members in by_country.items():
        names = [m.name for m in members]
        last_words = {n.rsplit(" ", 1)[-1] for n in names}
        if len(names) > 1 and len(last_words) == 1 and all(" " in n for n in names):
            word = last_words.pop()
            heads = [n.rsplit(" ", 1)[0] for n in names]
            text = f"the {join(heads)} {word}s"
        else:
            text = join([with_article(n) for n in names])
        country = _country_name(code)
        if country is not None and any(m.kind is not RegionKind.COUNTRY for m in members):
            text += f" ({country})"
        groups.append(text)
    return join(groups)
