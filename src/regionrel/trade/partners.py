"""A reporter's trade by partner for one period: shares, top partners, concentration.

Reports often name only the main partners and give their shares, plus the
number of partner countries ("partners from 160 countries; the PRC 15.6 %,
the Netherlands 9.2 %, ..."). A :class:`PartnerStructure` holds what was named
and knows what was not: the remainder is "other partners", and every
concentration figure says whether it is exact or a bound.

>>> ps = PartnerStructure.from_shares(
...     {"PRC": "15.6%", "Netherlands": "9.2%", "Finland": "7.4%", "Germany": "6.6%",
...      "USA": "5.0%", "Denmark": "5.0%"}, unit="percent", partner_count=160)
>>> round(ps.other_share, 3), ps.other_count
(0.512, 154)
>>> round(ps.hhi(), 6)
0.047632
"""

from __future__ import annotations

import enum
import math
from collections.abc import Hashable, Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, Final, TypeAlias

import attrs

from regionrel._numbers import EXACT, exact_sum, read_decimal
from regionrel._validators import checked_by_annotation
from regionrel.display import NotebookDisplay
from regionrel.errors import CurrencyMismatchError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.regions import Region, RegionGroup, with_article
from regionrel.tables import Tabular, plain
from regionrel.trade.balance import exact_ratios
from regionrel.trade.flows import TradeFlow
from regionrel.trade.indicators import (
    MOST_PARTNERS,
    MOST_PARTNERS_RULE,
    ConcentrationIndex,
    coerce_index,
    least_hhi,
    normalized_hhi,
)

__all__ = ["OtherPartners", "PartnerKey", "PartnerStructure", "ShareUnit", "rounding_slack"]

_FLOAT_TYPE: Final = frozenset({float})

#: A partner as a structure names it: a region, a group, or a name as published.
PartnerKey: TypeAlias = Region | RegionGroup | str


_CLS: Final = "PartnerStructure"
#: Float noise allowed when checking that shares do not pass 100 %.
_EPSILON: Final = 1e-9


class ShareUnit(enum.StrEnum):
    """How shares are written: as percentages (15.6) or as fractions (0.156)."""

    PERCENT = "percent"
    FRACTION = "fraction"


@attrs.frozen(field_transformer=checked_by_annotation)
class OtherPartners:
    """The partners a structure does not name: their number, share and value.

    ``count`` is ``None`` when the total number of partners is not known; ``value``
    is ``None`` when the total of the flow is not known.
    """

    #: How many partners are not named, when known.
    count: int | None
    #: Their share of the total, as a fraction.
    share: float
    #: Their value, when the total is known.
    value: Money | None


def _check_partner(value: object) -> PartnerKey:
    if isinstance(value, str):
        if not value.strip():
            raise ValidationError(
                "must not be an empty name", cls=_CLS, field="partner", value=value
            )
        return value
    if isinstance(value, Region | RegionGroup):
        return value
    raise WrongTypeError(
        "must be a Region, a RegionGroup or a name", cls=_CLS, field="partner", value=value
    )


def _share_number(value: object, unit: ShareUnit, partner: Hashable) -> float:
    field = f"shares[{partner}]"
    number: float
    if isinstance(value, str):
        text = value.strip().replace(",", ".").replace(" ", "")
        if text.endswith("%"):
            if unit is not ShareUnit.PERCENT:
                raise ValidationError(
                    "must not carry a percent sign when unit is 'fraction'",
                    cls=_CLS,
                    field=field,
                    value=value,
                )
            text = text[:-1]
        try:
            number = float(read_decimal(text))
        except (InvalidOperation, ValueError) as exc:  # ValueError: a signalling NaN
            raise ValidationError("is not a number", cls=_CLS, field=field, value=value) from exc
    elif isinstance(value, bool) or not isinstance(value, int | float | Decimal | Fraction):
        raise WrongTypeError(
            "must be a number or numeric text", cls=_CLS, field=field, value=value
        )
    else:
        try:
            number = float(value)
        except (OverflowError, ValueError):  # an int past 1e308, a signalling NaN
            number = math.nan
    if not math.isfinite(number) or number < 0:
        raise ValidationError(
            "must be a finite share that is not negative", cls=_CLS, field=field, value=value
        )
    return number / 100 if unit is ShareUnit.PERCENT else number


def _half_unit(value: object, unit: ShareUnit) -> float:
    """Half a unit of the last digit *value* was published to, as a fraction of the whole.

    A share published to d decimals, as text (``"33.3"``, ``"16.7%"``) or a Decimal
    (``Decimal("14.3")``), may be off by half a unit of its last digit; an int, a float
    or a Fraction is taken as exact (a float does not say how it was rounded).
    """
    if isinstance(value, str):
        text = value.strip().replace(",", ".").replace(" ", "").removesuffix("%")
        number = read_decimal(text)
    elif isinstance(value, Decimal):
        number = value
    else:
        return 0.0
    exponent = number.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0:
        return 0.0
    half = 0.5 * 10.0**exponent
    return half / 100 if unit is ShareUnit.PERCENT else half


def rounding_slack(shares: Iterable[object], unit: ShareUnit | str = "percent") -> float:
    """How far the sum of published shares may be from their true sum: the one rounding rule.

    Each share rounded to d decimals is off by at most half a unit of its last digit, so
    a list of n shares is complete (covers 100%) when its sum is within the sum of those
    halves of 100% (n x half a unit when all have d decimals), the interval the audit
    gives each published figure. The slack is a fraction of the whole.

    >>> round(rounding_slack(["33.3", "33.3", "33.3"]), 6)  # 99.9% may be 100%
    0.0015
    >>> rounding_slack([50, 50])  # ints are exact
    0.0
    """
    chosen = ShareUnit(str(unit))
    return math.fsum(_half_unit(v, chosen) for v in shares)


def _check_count(count: object, named: int) -> int | None:
    if count is None:
        return None
    if isinstance(count, bool) or not isinstance(count, int):
        raise WrongTypeError(
            "must be an int or None", cls=_CLS, field="partner_count", value=count
        )
    if count < max(named, 1):
        raise ValidationError(
            f"must be at least the number of partners named ({named})",
            cls=_CLS,
            field="partner_count",
            value=count,
        )
    if count > MOST_PARTNERS:
        raise ValidationError(MOST_PARTNERS_RULE, cls=_CLS, field="partner_count", value=count)
    return int(count)


@attrs.frozen(repr=False)
class PartnerStructure(NotebookDisplay, Tabular):
    """A flow of one reporter for one period, split by partner.

    Build it with :meth:`from_values` (values by partner) or :meth:`from_shares`
    (published shares). Shares are fractions of the reporter's total flow with
    all partners. Partners not named are "other partners"
    (:attr:`other_partners`); the structure is *complete* when every partner is
    named.

    Concentration, and which n and shares it uses:

    * :meth:`hhi` is the sum of the squared shares of the named partners, each a
      share of the *total* (not of the named sum). When some partners are not
      named it is a lower bound of the true index; :meth:`hhi_bounds` gives both
      bounds.
    * :meth:`hhi_normalized` and :meth:`hhi_unctad` take n as the number of *all*
      partners (:attr:`partner_count`, e.g. 160), not of the named ones, and the H
      of the named partners; pass ``n`` to choose otherwise.

    Shares adding up past 100 % are an error.
    """

    #: The named partners, in the order given.
    partners: tuple[PartnerKey, ...]
    #: Their shares of the total, as fractions, in the same order.
    shares: tuple[float, ...]
    #: The number of all partners, named or not, when known.
    partner_count: int | None = attrs.field(default=None, kw_only=True)
    #: The total flow with all partners, when known.
    total: Money | None = attrs.field(default=None, kw_only=True)
    #: The values by partner, when the structure was built from values.
    values: tuple[Money, ...] | None = attrs.field(default=None, kw_only=True)
    #: Which flow is split: exports, imports or turnover (the default).
    flow: TradeFlow = attrs.field(default=TradeFlow.TURNOVER, kw_only=True)
    #: The reporting region, if known.
    reporter: Region | RegionGroup | None = attrs.field(default=None, kw_only=True)
    #: The period, if known.
    period: Period | None = attrs.field(default=None, kw_only=True)
    _index: dict[PartnerKey, int] = attrs.field(init=False, eq=False, hash=False)
    #: How far the shares' sum may be from their true sum, by rounding (rounding_slack).
    _slack: float = attrs.field(default=0.0, kw_only=True, eq=False, hash=False, alias="_slack")

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.partners, tuple):
            raise WrongTypeError(
                "must be a tuple of partners", cls=_CLS, field="partners", value=self.partners
            )
        if not isinstance(self.shares, tuple) or (
            # The fast path: the shares a named constructor computes are all floats.
            not set(map(type, self.shares)) <= _FLOAT_TYPE
            and not all(
                isinstance(x, float | int) and not isinstance(x, bool) for x in self.shares
            )
        ):
            raise WrongTypeError(
                "must be a tuple of fractions of the total (floats)",
                cls=_CLS,
                field="shares",
                value=self.shares,
            )
        index: dict[PartnerKey, int] = {}
        for i, partner in enumerate(self.partners):
            _check_partner(partner)
            if partner in index:
                raise ValidationError(
                    "must not name a partner twice", cls=_CLS, field="partners", value=partner
                )
            index[partner] = i
        if len(self.shares) != len(self.partners):
            raise ValidationError(
                f"must be as many as the partners ({len(self.partners)})",
                cls=_CLS,
                field="shares",
                value=len(self.shares),
            )
        if not self.partners:
            raise ValidationError(
                "must name at least one partner", cls=_CLS, field="partners", value=()
            )
        total = math.fsum(self.shares)
        slack = self._slack
        if isinstance(slack, bool) or not isinstance(slack, float | int) or not 0 <= slack < 1:
            raise ValidationError(
                "must be a rounding slack from 0 to 1", cls=_CLS, field="_slack", value=slack
            )
        if total > 1 + slack + _EPSILON:
            raise ValidationError(
                "must not add up to more than 100%",
                cls=_CLS,
                field="shares",
                value=f"{total * 100:.6g}%",
            )
        count = _check_count(self.partner_count, len(self.partners))
        if count == len(self.partners) and total < 1 - slack - 1e-6:
            raise ValidationError(
                f"must add up to 100% when every partner is named ({count} partners)",
                cls=_CLS,
                field="shares",
                value=f"{total * 100:.6g}%",
            )
        flow = TradeFlow.coerce(self.flow, cls=_CLS)
        if flow is TradeFlow.BALANCE:
            raise ValidationError(
                "must be exports, imports or turnover", cls=_CLS, field="flow", value=flow.value
            )
        object.__setattr__(self, "flow", flow)
        object.__setattr__(self, "_index", index)

    # -- named constructors ------------------------------------------------

    @classmethod
    def from_values(
        cls,
        values: Mapping[Any, Money],
        *,
        total: Money | None = None,
        partner_count: int | None = None,
        flow: TradeFlow | str = TradeFlow.TURNOVER,
        reporter: Region | RegionGroup | None = None,
        period: Period | None = None,
    ) -> PartnerStructure:
        """Build a structure from values by partner.

        Args:
            values: each named partner's flow, Money in one currency, not negative.
            total: the flow with all partners; by default the sum of *values*, which
                makes the structure complete.
            partner_count: the number of all partners; by default the named ones when
                *total* is not given, unknown otherwise.
            flow: which flow the values are.
            reporter: the reporting region.
            period: the period.

        Raises:
            WrongTypeError: a value is not Money.
            CurrencyMismatchError: values (or the total) in two currencies.
            ValidationError: a negative value, values adding up past the total, a zero total.

        >>> ps = PartnerStructure.from_values({"A": Money(30, "USD"), "B": Money(10, "USD")})
        >>> ps.share_of("A"), ps.is_complete
        (0.75, True)
        """
        if not isinstance(values, Mapping):
            raise WrongTypeError(
                "must be a mapping from partner to Money", cls=_CLS, field="values", value=values
            )
        moneys: list[Money] = []
        currency: str | None = None
        for partner, value in values.items():
            if not isinstance(value, Money):
                raise WrongTypeError(
                    "must be a Money", cls=_CLS, field=f"values[{partner}]", value=value
                )
            if value.amount < 0:
                raise ValidationError(
                    "must not be negative", cls=_CLS, field=f"values[{partner}]", value=value
                )
            if currency is None:
                currency = value.currency
            elif value.currency != currency:
                raise CurrencyMismatchError(currency, value.currency, operation="+", cls=_CLS)
            moneys.append(value)
        named_sum = exact_sum(m.amount for m in moneys)
        if total is None:
            if currency is None:
                raise ValidationError(
                    "must name at least one partner", cls=_CLS, field="values", value={}
                )
            total = Money(named_sum, currency)
            if partner_count is None:
                partner_count = len(moneys)
        elif not isinstance(total, Money):
            raise WrongTypeError("must be a Money or None", cls=_CLS, field="total", value=total)
        elif currency is not None and total.currency != currency:
            raise CurrencyMismatchError(currency, total.currency, operation="/", cls=_CLS)
        if total.amount <= 0:
            raise ValidationError("must be positive", cls=_CLS, field="total", value=total)
        if named_sum > total.amount:
            raise ValidationError(
                f"must not add up to more than the total ({total!r})",
                cls=_CLS,
                field="values",
                value=Money(named_sum, total.currency),
            )
        # Each share is one division of two exact amounts, rounded once.
        return cls(
            tuple(values),
            exact_ratios([m.amount for m in moneys], total.amount),
            partner_count=partner_count,
            total=total,
            values=tuple(moneys),
            flow=TradeFlow.coerce(flow, cls=_CLS),
            reporter=reporter,
            period=period,
        )

    @classmethod
    def from_shares(
        cls,
        shares: Mapping[Any, object],
        *,
        unit: ShareUnit | str,
        partner_count: int | None = None,
        total: Money | None = None,
        flow: TradeFlow | str = TradeFlow.TURNOVER,
        reporter: Region | RegionGroup | None = None,
        period: Period | None = None,
    ) -> PartnerStructure:
        """Build a structure from published shares.

        Args:
            shares: each named partner's share: a number or numeric text (``"15.6%"``).
            unit: ``"percent"`` (15.6) or ``"fraction"`` (0.156); required, never guessed.
            partner_count: the number of all partners ("partners from 160 countries").
            total: the flow with all partners, so that values can be derived.
            flow: which flow the shares are of ("15.6 % of trade" is turnover).
            reporter: the reporting region.
            period: the period.

        Shares are published rounded: each rounded to d decimals may be off by half a
        unit of its last digit, so shares are past 100% only when their sum exceeds 100%
        by more than those halves together, and a complete list (every partner named)
        may fall short of 100% by as much (:func:`rounding_slack`, the audit's interval
        rule): 3 x 33.3%, 7 x 14.3% and 6 x 16.7% are complete. Only text and Decimal
        shares say how they were rounded; ints, floats and Fractions are exact.

        Raises:
            ValidationError: an unknown unit, a negative share, shares past 100 %
                by more than rounding allows.

        >>> PartnerStructure.from_shares({p: "16.7%" for p in "ABCDEF"}, unit="percent", partner_count=6).is_complete
        True
        """
        try:
            # a ShareUnit's str is its value; a str subclass is read as plain text
            text = unit.value if isinstance(unit, ShareUnit) else unit
            chosen = ShareUnit(str.lower(str.strip(text)) if isinstance(text, str) else "")
        except ValueError as exc:
            raise ValidationError(
                "must be 'percent' or 'fraction'", cls=_CLS, field="unit", value=unit
            ) from exc
        if not isinstance(shares, Mapping):
            raise WrongTypeError(
                "must be a mapping from partner to share", cls=_CLS, field="shares", value=shares
            )
        if total is not None and not isinstance(total, Money):
            raise WrongTypeError("must be a Money or None", cls=_CLS, field="total", value=total)
        return cls(
            tuple(shares),
            tuple(_share_number(v, chosen, k) for k, v in shares.items()),
            partner_count=partner_count,
            _slack=rounding_slack(shares.values(), chosen),
            total=total,
            flow=TradeFlow.coerce(flow, cls=_CLS),
            reporter=reporter,
            period=period,
        )

    def __repr__(self) -> str:
        named = ", ".join(
            f"{p!r}: {s:.6g}" for p, s in zip(self.partners, self.shares, strict=True)
        )
        extra = "" if self.partner_count is None else f", partner_count={self.partner_count}"
        return f"PartnerStructure.from_shares({{{named}}}, unit='fraction'{extra})"

    _columns = ("partner", "share", "amount", "currency")

    def __str__(self) -> str:
        """A heading, then each named partner's share, then the other partners'.

        >>> print(PartnerStructure.from_shares({"Finland": "7.4", "the PRC": "15.6"}, unit="percent", partner_count=160))
        Turnover by partner (160 partners)
          Finland: 7.4%
          the PRC: 15.6%
          158 other partners: 77%
        """
        head = f"{self.flow.value.capitalize()}"
        if self.reporter is not None:
            head += f" of {with_article(self.reporter.name)}"
        if self.period is not None:
            head += f", {self.period},"
        head += " by partner"
        if self.partner_count is not None:
            head += f" ({self.partner_count} partners)"
        lines = [head]
        lines.extend(
            f"  {plain(p)}: {s:.4g}%"
            for p, s in zip(self.partners, (s * 100 for s in self.shares), strict=True)
        )
        if not self.is_complete:
            count = self.other_count
            who = "other partners" if count is None else f"{count} other partners"
            lines.append(f"  {who}: {self.other_share * 100:.4g}%")
        return "\n".join(lines)

    def to_records(self) -> list[dict[str, object]]:
        """One row per named partner: ``partner``, ``share`` (a fraction), ``amount``, ``currency``.

        ``amount`` and ``currency`` are ``None`` when the structure was built from shares.

        >>> PartnerStructure.from_shares({"Finland": "25"}, unit="percent").to_records()
        [{'partner': 'Finland', 'share': 0.25, 'amount': None, 'currency': None}]
        """
        values = self.values or (None,) * len(self.partners)
        return [
            {
                "partner": plain(partner),
                "share": share,
                "amount": None if value is None else value.amount,
                "currency": None if value is None else value.currency,
            }
            for partner, share, value in zip(self.partners, self.shares, values, strict=True)
        ]

    # -- shares and values -------------------------------------------------

    def share_of(self, partner: PartnerKey) -> float:
        """Return *partner*'s share of the total, as a fraction.

        Raises:
            ValidationError: the partner is not named in the structure.
        """
        return self.shares[self._position(partner)]

    def value_of(self, partner: PartnerKey) -> Money:
        """Return *partner*'s value: given, or its share of the total.

        Raises:
            ValidationError: the partner is not named, or neither values nor the total are known.
        """
        i = self._position(partner)
        if self.values is not None:
            return self.values[i]
        if self.total is None:
            raise ValidationError(
                "is not known: build the structure with a total to derive values",
                cls=_CLS,
                field="total",
            )
        return Money(
            EXACT.multiply(self.total.amount, Decimal(repr(self.shares[i]))), self.total.currency
        )

    def _position(self, partner: PartnerKey) -> int:
        try:
            return self._index[partner]
        except (KeyError, TypeError):
            raise ValidationError(
                "is not a partner named in the structure", cls=_CLS, field="partner", value=partner
            ) from None

    def __len__(self) -> int:
        return len(self.partners)

    def __iter__(self) -> Iterator[PartnerKey]:
        """The named partners, in their order (as :attr:`partners`)."""
        return iter(self.partners)

    def __contains__(self, partner: object) -> bool:
        try:
            return partner in self._index
        except TypeError:
            return False

    @property
    def named_share(self) -> float:
        """The share of the named partners together."""
        return min(1.0, math.fsum(self.shares))

    @property
    def other_share(self) -> float:
        """The share of the partners not named: the remainder to 100 %."""
        return max(0.0, 1.0 - math.fsum(self.shares))

    @property
    def other_count(self) -> int | None:
        """How many partners are not named; ``None`` when the number of all partners is unknown."""
        return None if self.partner_count is None else self.partner_count - len(self.partners)

    @property
    def other_partners(self) -> OtherPartners:
        """The partners not named, together: their count, share and value.

        >>> ps = PartnerStructure.from_shares({"A": 60}, unit="percent", partner_count=3, total=Money(50, "USD"))
        >>> ps.other_partners
        OtherPartners(count=2, share=0.4, value=Money('20.0', 'USD'))
        """
        value = None
        if self.total is not None:
            named = (
                exact_sum(v.amount for v in self.values)
                if self.values is not None
                else EXACT.multiply(self.total.amount, Decimal(repr(self.named_share)))
            )
            value = Money(EXACT.subtract(self.total.amount, named), self.total.currency)
        return OtherPartners(self.other_count, self.other_share, value)

    @property
    def is_complete(self) -> bool:
        """Whether every partner is named (so every concentration figure is exact)."""
        return self.other_count == 0

    def top(self, n: int) -> tuple[tuple[PartnerKey, float], ...]:
        """Return the *n* partners with the largest shares, largest first (ties in given order).

        >>> PartnerStructure.from_shares({"A": 10, "B": 30, "C": 20}, unit="percent").top(2)
        (('B', 0.3), ('C', 0.2))
        """
        if isinstance(n, bool) or not isinstance(n, int):
            raise WrongTypeError("must be an int", cls=f"{_CLS}.top", field="n", value=n)
        if n < 0:
            raise ValidationError("must not be negative", cls=f"{_CLS}.top", field="n", value=n)
        order = sorted(range(len(self.shares)), key=self.shares.__getitem__, reverse=True)[:n]
        return tuple((self.partners[i], self.shares[i]) for i in order)

    # -- concentration -----------------------------------------------------

    def _n(self, n: int | None, method: str) -> int:
        if n is None:
            if self.partner_count is None:
                if self.other_share > _EPSILON:
                    raise ValidationError(
                        "is needed: the number of all partners is unknown and the named ones do not cover 100%",
                        cls=f"{_CLS}.{method}",
                        field="n",
                    )
                return len(self.partners)
            return self.partner_count
        if isinstance(n, bool) or not isinstance(n, int):
            raise WrongTypeError(
                "must be an int or None", cls=f"{_CLS}.{method}", field="n", value=n
            )
        if n < len(self.partners):
            raise ValidationError(
                f"must be at least the number of partners named ({len(self.partners)})",
                cls=f"{_CLS}.{method}",
                field="n",
                value=n,
            )
        if n > MOST_PARTNERS:
            raise ValidationError(MOST_PARTNERS_RULE, cls=f"{_CLS}.{method}", field="n", value=n)
        return int(n)

    def hhi(self) -> float:
        """Return the raw HHI of the named partners: the sum of their squared shares.

        Exact for a complete structure; otherwise the lower bound of the true index
        that ignores the unnamed partners (see :meth:`hhi_bounds` for tighter ones).
        """
        return math.fsum([s * s for s in self.shares])

    def hhi_bounds(self, *, named_are_top: bool = True) -> tuple[float, float]:
        """Return the lowest and highest raw HHI the unnamed partners allow.

        The lowest spreads the remainder evenly over the unnamed partners (over
        infinitely many when their number is unknown); the highest packs it into as
        few partners as possible, none larger than the smallest named share when
        *named_are_top* (the named partners are "the main partners"), else into one.

        >>> lo, hi = PartnerStructure.from_shares({"A": 50, "B": 20}, unit="percent", partner_count=5).hhi_bounds()
        >>> round(lo, 4), round(hi, 4)
        (0.32, 0.34)
        """
        named = self.hhi()
        rest = self.other_share
        if rest <= _EPSILON:
            return named, named
        count = self.other_count
        low = named + (rest * rest / count if count else 0.0)
        cap = min(self.shares) if named_are_top else rest
        if cap <= 0:
            cap = rest
        full, part = divmod(rest, cap)
        return low, max(low, named + full * cap * cap + part * part)

    def hhi_normalized(self, n: int | None = None) -> float:
        """Return the normalized HHI, (H - 1/n) / (1 - 1/n), between 0 and 1.

        H is the least the named shares allow over n partners: :meth:`hhi` plus the
        rest spread evenly over the partners not named (the low end of
        :meth:`hhi_bounds`), so the result is a lower bound of the true index, exact
        for a complete structure, and never below 0.

        Args:
            n: the number of partners; by default :attr:`partner_count` (all partners).

        Raises:
            ValidationError: n is not given and the count of all partners is unknown; n is
                the number of partners named while they do not cover 100%.

        >>> ps = PartnerStructure.from_shares({"A": 20, "B": 20}, unit="percent", partner_count=5)
        >>> ps.hhi_normalized(), round(ps.hhi_unctad(), 6)
        (0.0, 0.0)
        """
        count = self._n(n, "hhi_normalized")
        return normalized_hhi(self._least_hhi(count, "hhi_normalized"), count, root=False)

    def hhi_unctad(self, n: int | None = None) -> float:
        """Return UNCTAD's concentration index, (sqrt(H) - sqrt(1/n)) / (1 - sqrt(1/n)); n as in :meth:`hhi_normalized`."""
        count = self._n(n, "hhi_unctad")
        return normalized_hhi(self._least_hhi(count, "hhi_unctad"), count, root=True)

    def _least_hhi(self, count: int, method: str) -> float:
        # The least H over count partners: the rest spread evenly over those not named.
        others = count - len(self.partners)
        if others == 0 and self.other_share > _EPSILON and not self.is_complete:
            raise ValidationError(
                f"must be more than the number of partners named ({len(self.partners)}): "
                f"they hold {self.named_share:.6g} of the total, and the rest is held by "
                "partners not named",
                cls=f"{_CLS}.{method}",
                field="n",
                value=count,
            )
        return least_hhi(self.hhi(), self.other_share, others)

    def concentration(self, index: ConcentrationIndex | str, n: int | None = None) -> float:
        """Return the named concentration *index* (there is no default).

        >>> ps = PartnerStructure.from_shares({"A": 50, "B": 50}, unit="percent")
        >>> ps.concentration("hhi"), ps.concentration(ConcentrationIndex.HHI_NORMALIZED)
        (0.5, 0.0)
        """
        chosen = coerce_index(index, cls=f"{_CLS}.concentration")
        if chosen is ConcentrationIndex.HHI:
            return self.hhi()
        if chosen is ConcentrationIndex.HHI_NORMALIZED:
            return self.hhi_normalized(n)
        return self.hhi_unctad(n)
