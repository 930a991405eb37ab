"""A reporter's trade with a partner over a period: exports, imports and what follows from them.

>>> from regionrel.money import Money
>>> tb = TradeBalance(exports=Money("7109000000", "USD"), imports=Money("4115900000", "USD"))
>>> tb.turnover.in_scale("million"), tb.balance.in_scale("million")
(Decimal('11224.9'), Decimal('2993.1'))
>>> round(tb.coverage, 3), round(tb.exports_exceed_imports_by, 3)
(1.727, 0.727)
>>> tb.partner
WORLD
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, TypeAlias

import attrs

from regionrel._exact import EXACT, STANDARD
from regionrel._validators import check_exponent, checked_by_annotation
from regionrel.display import NotebookDisplay
from regionrel.errors import (
    CurrencyMismatchError,
    RegionrelError,
    ValidationError,
    WrongTypeError,
)
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.rates import ExchangeRates
from regionrel.regions import Region, RegionGroup, with_article
from regionrel.reported import FigureKind, Reported
from regionrel.trade.change import TradeChange
from regionrel.trade.flows import BalanceBase
from regionrel.trade.flows import TradeFlow as TradeFlow  # still importable from here
from regionrel.trade.indicators import OpennessVariant, coerce_variant, ratio

__all__ = ["WORLD", "Partner", "TradeBalance", "World"]


@attrs.frozen(repr=False, field_transformer=checked_by_annotation)
class World:
    """The whole world as a trade partner: the default partner of a :class:`TradeBalance`.

    There is one value, :data:`WORLD`; it compares equal only to itself and stands
    for "all partners together" (UN M49 area code ``001``), so a balance whose
    partner is the world is the reporter's total foreign trade.

    >>> WORLD.name, WORLD.m49, WORLD == World()
    ('World', '001', True)
    """

    #: The name sources use.
    name: str = attrs.field(default="World", init=False)
    #: The UN M49 code of the world.
    m49: str = attrs.field(default="001", init=False)

    #: No ISO 3166 code: the world is not a country.
    iso_code: None = None

    def __repr__(self) -> str:
        return "WORLD"

    def __str__(self) -> str:
        return self.name


#: All partners together: the default partner of a trade balance.
WORLD: Final = World()

#: What a balance's partner may be: a region, a group of regions, or the world.
Partner: TypeAlias = Region | RegionGroup | World


def check_flow(value: object, field: str, cls: str = "TradeBalance") -> Money:
    """Return *value* if it is a Money that is not negative; raise a named error otherwise."""
    if not isinstance(value, Money):
        raise WrongTypeError("must be a Money", cls=cls, field=field, value=value)
    if value.amount < 0:
        raise ValidationError("must not be negative", cls=cls, field=field, value=value)
    return value


def _check_flows(exports: object, imports: object) -> None:
    x = check_flow(exports, "exports")
    m = check_flow(imports, "imports")
    if m.currency != x.currency:
        raise CurrencyMismatchError(
            x.currency, m.currency, operation="exports + imports", cls="TradeBalance"
        )


def _check_places(reporter: object, partner: object, period: object) -> None:
    if reporter is not None and not isinstance(reporter, Region | RegionGroup):
        raise WrongTypeError(
            "must be a Region, a RegionGroup or None",
            cls="TradeBalance",
            field="reporter",
            value=reporter,
        )
    if not isinstance(partner, Region | RegionGroup | World):
        raise WrongTypeError(
            "must be a Region, a RegionGroup or WORLD",
            cls="TradeBalance",
            field="partner",
            value=partner,
        )
    if period is not None and not isinstance(period, Period):
        raise WrongTypeError(
            "must be a Period or None", cls="TradeBalance", field="period", value=period
        )


_ZERO: Final = Decimal(0)
_PLACE_TYPES: Final = (Region, RegionGroup)


# A sign at the start of a growth figure, with spaces between it and the digits.
_SPACED_SIGN: Final = re.compile(r"^(\s*[-+\u2212\u2013])\s+")


def _growth_factor(value: object, field: str) -> Decimal:
    """Return 1 + growth for a growth rate given as a fraction or as text ending in '%'."""
    func = "TradeBalance.previous_from_growth"
    rate: Decimal
    if isinstance(value, str):
        # The text is a published growth figure: Reported reads it ("+25.7%", "−3.2 %"),
        # once a sign set apart from its digits ("+ 20 %") is joined to them.
        try:
            figure = Reported.parse(_SPACED_SIGN.sub(r"\1", value))
        except RegionrelError as exc:
            raise ValidationError(
                f"is not a percentage: {exc.rule}", cls=func, field=field, value=value
            ) from None
        if figure.kind is not FigureKind.PERCENT:
            raise ValidationError(
                "must be a fraction (0.257) or text with a percent sign ('+25.7%')",
                cls=func,
                field=field,
                value=value,
            )
        rate = figure.value.scaleb(-2, EXACT)
    elif isinstance(value, bool) or not isinstance(value, int | float | Decimal | Fraction):
        raise WrongTypeError(
            "must be a number or text such as '+25.7%'", cls=func, field=field, value=value
        )
    elif isinstance(value, Fraction):
        rate = STANDARD.divide(Decimal(value.numerator), Decimal(value.denominator))
    elif isinstance(value, float):
        # Through repr, so that a float is read as written (0.1, not 0.1000000000000000055...).
        rate = Decimal(repr(float(value)))
    elif isinstance(value, Decimal):
        rate = Decimal(value)  # a subclass's own __str__ is not read
    else:
        rate = Decimal(int(value))  # exact for any int (no int-to-str limit); bounded below
    if not rate.is_finite() or rate <= -1:
        raise ValidationError(
            "must be a finite growth rate above -100%", cls=func, field=field, value=value
        )
    # The bound on size every number keeps (regionrel._exact.MAX_EXPONENT); then rounded
    # to 28 digits, so that a rate of 1E+1000 does not grow a thousand-digit factor.
    check_exponent(rate, cls=func, field=field, value=value)
    return STANDARD.add(1, rate)


#: The largest whole number below which every whole number is a float exactly.
_FLOAT_EXACT: Final = float(2**53)


def exact_ratio(numerator: Decimal, denominator: Decimal) -> float:
    """Divide two exact amounts and round the quotient once to the nearest float.

    Each amount is an exact rational number, so the quotient is one division of two
    integers, which Python rounds correctly; it does not depend on how the amounts
    were summed or scaled (minor units give the same bits as major units). Over zero
    it is ``inf`` or ``nan``, as :func:`~regionrel.trade.indicators.ratio` says.

    >>> exact_ratio(Decimal("7109"), Decimal("4115.9")) == 71090 / 41159
    True
    >>> exact_ratio(Decimal(1), Decimal(0)), exact_ratio(Decimal(0), Decimal(0))
    (inf, nan)
    """
    if not denominator:
        return ratio(float(numerator), 0.0)
    return exact_ratios((numerator,), denominator)[0]


def exact_ratios(numerators: Iterable[Decimal], denominator: Decimal) -> tuple[float, ...]:
    """:func:`exact_ratio` of each of *numerators* over one *denominator* that is not zero.

    The denominator is turned into a ratio of integers once, not once per numerator:
    the shares of a partner structure cost one integer division each.

    >>> exact_ratios([Decimal(1), Decimal("0.5")], Decimal(4))
    (0.25, 0.125)
    """
    n2, d2 = denominator.as_integer_ratio()
    out = []
    for numerator in numerators:
        n1, d1 = numerator.as_integer_ratio()
        try:
            out.append((n1 * d2) / (d1 * n2))
        except OverflowError:  # past the largest float: the quotient rounds to infinity
            out.append(math.inf if (n1 < 0) == (n2 < 0) else -math.inf)
    return tuple(out)


def trade_heading(reporter: Region | RegionGroup | None, partner: Partner) -> str:
    """Name a reporter's trade with a partner: "Foreign trade of the Leningrad Region".

    >>> trade_heading(None, WORLD)
    'Foreign trade'
    """
    head = "Foreign trade" if partner is WORLD else "Trade"
    if reporter is not None:
        head += f" of {with_article(reporter.name)}"
    if partner is not WORLD:
        head += f" with {with_article(partner.name)}"
    return head


@attrs.frozen(init=False, repr=False)
class TradeBalance(NotebookDisplay, BalanceBase):
    """Exports and imports of a reporter with a partner over a period, and their indicators.

    Only the two flows are required; reporter, partner and period are keywords.
    The partner defaults to :data:`WORLD` (the reporter's total foreign trade).

    Ratios (coverage, shares) are floats and follow IEEE arithmetic where a
    denominator is zero, so they say so instead of raising: with no imports the
    coverage is ``inf`` (``nan`` with no trade at all); :attr:`has_imports`
    tells the case apart beforehand.

    Args:
        exports: exports as :class:`~regionrel.money.Money`, not negative.
        imports: imports as Money in the same currency, not negative.
        reporter: the reporting region (or group), if known.
        partner: the partner region or group; :data:`WORLD` by default.
        period: the period the flows cover, if known.

    Raises:
        WrongTypeError: a flow that is not Money, a reporter, partner or period of the wrong type.
        ValidationError: a negative flow.
        CurrencyMismatchError: exports and imports in two currencies.

    >>> TradeBalance(exports=Money(-1, "USD"), imports=Money(0, "USD"))
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: TradeBalance: 'exports' must not be negative (got Money(...))
    """

    #: Exports, not negative.
    exports: Money
    #: Imports, in the currency of the exports, not negative.
    imports: Money
    #: The reporting region, or ``None`` when not said.
    reporter: Region | RegionGroup | None = attrs.field(default=None, kw_only=True)
    #: The partner; :data:`WORLD` for the reporter's total trade.
    partner: Partner = attrs.field(default=WORLD, kw_only=True)
    #: The period the flows cover, or ``None`` when not said.
    period: Period | None = attrs.field(default=None, kw_only=True)
    # The flows as floats, for the ratios: computed once, when the balance is built.
    _x: float = attrs.field(init=False, eq=False, hash=False, repr=False)
    _m: float = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __init__(
        self,
        exports: Money,
        imports: Money,
        *,
        reporter: Region | RegionGroup | None = None,
        partner: Partner = WORLD,
        period: Period | None = None,
    ) -> None:
        # The fast path checks the common case in a few comparisons; the slow one
        # finds the rule broken and raises a named error.
        if (
            type(exports) is not Money
            or type(imports) is not Money
            or exports.amount < _ZERO
            or imports.amount < _ZERO
            or exports.currency != imports.currency
        ):
            _check_flows(exports, imports)
        if (
            (reporter is not None and type(reporter) not in _PLACE_TYPES)
            or (partner is not WORLD and type(partner) not in _PLACE_TYPES)
            or (period is not None and type(period) is not Period)
        ):
            _check_places(reporter, partner, period)
            if isinstance(partner, World):  # another instance than WORLD: there is one world
                partner = WORLD
        _set_exports(self, exports)
        _set_imports(self, imports)
        _set_reporter(self, reporter)
        _set_partner(self, partner)
        _set_period(self, period)
        _set_x(self, float(exports.amount))
        _set_m(self, float(imports.amount))

    def __repr__(self) -> str:
        parts = [f"exports={self.exports!r}", f"imports={self.imports!r}"]
        if self.reporter is not None:
            parts.append(f"reporter={self.reporter!r}")
        if self.partner is not WORLD:
            parts.append(f"partner={self.partner!r}")
        if self.period is not None:
            parts.append(f"period={self.period!r}")
        return f"TradeBalance({', '.join(parts)})"

    def __str__(self) -> str:
        """Who traded with whom and when, then the flows and the balance, in readable scales.

        >>> from regionrel.money import Money
        >>> print(TradeBalance(Money("7109000000", "USD"), Money("4115900000", "USD")))
        Foreign trade: exports 7.109 billion USD, imports 4.1159 billion USD, balance 2.9931 billion USD
        """
        head = trade_heading(self.reporter, self.partner)
        if self.period is not None:
            head += f", {self.period}"
        flows = ", ".join(
            f"{label} {money.format(scale='auto')}"
            for label, money in (
                ("exports", self.exports),
                ("imports", self.imports),
                ("balance", self.balance),
            )
        )
        return f"{head}: {flows}"

    # -- flows ---------------------------------------------------------------

    @property
    def currency(self) -> str:
        """The currency of both flows."""
        return self.exports.currency

    @property
    def turnover(self) -> Money:
        """Exports plus imports (foreign trade turnover).

        >>> TradeBalance(exports=Money(3, "USD"), imports=Money(1, "USD")).turnover
        Money('4', 'USD')
        """
        return self.exports + self.imports

    @property
    def balance(self) -> Money:
        """Exports minus imports: positive for a surplus, negative for a deficit.

        >>> TradeBalance(exports=Money(1, "USD"), imports=Money(3, "USD")).balance
        Money('-2', 'USD')
        """
        return self.exports - self.imports

    def value(self, flow: TradeFlow | str) -> Money:
        """Return the named flow: exports, imports, turnover or balance.

        >>> TradeBalance(exports=Money(3, "USD"), imports=Money(1, "USD")).value("turnover")
        Money('4', 'USD')
        """
        chosen = TradeFlow.coerce(flow, cls="TradeBalance.value")
        if chosen is TradeFlow.EXPORTS:
            return self.exports
        if chosen is TradeFlow.IMPORTS:
            return self.imports
        if chosen is TradeFlow.TURNOVER:
            return self.turnover
        return self.balance

    # -- ratios --------------------------------------------------------------

    @property
    def has_imports(self) -> bool:
        """Whether imports are above zero, so that the coverage is a finite number."""
        return self.imports.amount > 0

    @property
    def has_trade(self) -> bool:
        """Whether there is any trade at all, so that shares of turnover are defined."""
        return self.imports.amount > 0 or self.exports.amount > 0

    @property
    def coverage(self) -> float:
        """The coverage ratio X / M; ``inf`` without imports, ``nan`` without any trade.

        One division of the exact amounts, rounded once (see :func:`exact_ratio`).

        >>> TradeBalance(exports=Money("0.3", "USD"), imports=Money("0.1", "USD")).coverage
        3.0
        """
        x, m = self._x, self._m
        # Whole amounts that floats hold exactly (below 2**53): the float quotient is the
        # exact quotient rounded once, as exact_ratio gives it, at a tenth of the cost.
        if (
            m
            and x.is_integer()
            and m.is_integer()
            and x <= _FLOAT_EXACT
            and m <= _FLOAT_EXACT
            and self.exports.amount == int(x)
            and self.imports.amount == int(m)
        ):
            return x / m
        return exact_ratio(self.exports.amount, self.imports.amount)

    @property
    def exports_exceed_imports_by(self) -> float:
        """X / M - 1 as a fraction: "exports exceed imports by 73%" is 0.73.

        Negative when imports exceed exports; ``inf`` without imports.
        """
        m = self._m
        return (self._x - m) / m if m else ratio(self._x, m)

    @property
    def export_share(self) -> float:
        """Exports as a share of turnover, X / (X + M); ``nan`` without any trade."""
        total = self._x + self._m
        return self._x / total if total else math.nan

    @property
    def import_share(self) -> float:
        """Imports as a share of turnover, M / (X + M); ``nan`` without any trade."""
        total = self._x + self._m
        return self._m / total if total else math.nan

    @property
    def balance_to_turnover(self) -> float:
        """The balance as a share of turnover, (X - M) / (X + M), between -1 and 1.

        >>> TradeBalance(exports=Money(3, "USD"), imports=Money(1, "USD")).balance_to_turnover
        0.5
        """
        return ratio(self._x - self._m, self._x + self._m)

    def openness(self, gdp: Money, variant: OpennessVariant | str) -> float:
        """Return trade openness against *gdp* in the named *variant*.

        ``OpennessVariant.WITS``: (X + M) / GDP; ``OpennessVariant.UNCTAD``:
        ((X + M) / 2) / GDP. The variant is required: the two differ by a factor of two.

        Args:
            gdp: the gross (regional) product of the same period, in the flows' currency.
            variant: ``OpennessVariant.WITS`` or ``OpennessVariant.UNCTAD`` (or ``"wits"``, ``"unctad"``).

        Raises:
            WrongTypeError: *gdp* is not Money.
            CurrencyMismatchError: *gdp* is in another currency.
            ValidationError: *gdp* is not positive, or the variant is unknown.

        >>> tb = TradeBalance(exports=Money(60, "USD"), imports=Money(40, "USD"))
        >>> tb.openness(Money(200, "USD"), OpennessVariant.WITS), tb.openness(Money(200, "USD"), "unctad")
        (0.5, 0.25)
        """
        chosen = coerce_variant(variant)
        if not isinstance(gdp, Money):
            raise WrongTypeError(
                "must be a Money", cls="TradeBalance.openness", field="gdp", value=gdp
            )
        if gdp.currency != self.currency:
            raise CurrencyMismatchError(
                self.currency, gdp.currency, operation="/", cls="TradeBalance.openness"
            )
        if gdp.amount <= 0:
            raise ValidationError(
                "must be positive", cls="TradeBalance.openness", field="gdp", value=gdp
            )
        total = float(EXACT.add(self.exports.amount, self.imports.amount))
        if chosen is OpennessVariant.UNCTAD:
            total /= 2
        return total / float(gdp.amount)

    # -- other balances ------------------------------------------------------

    def previous_from_growth(
        self, *, exports: object, imports: object, period: Period | None = None
    ) -> TradeBalance:
        """Return the previous period's balance, back-calculated from stated growth rates.

        Each previous flow is the current one divided by (1 + growth), exactly (to
        28 significant digits); round it as the source would for display.

        Args:
            exports: the stated growth of exports, as a fraction (``Decimal("0.257")``)
                or as text with a percent sign (``"+25.7%"``).
            imports: the stated growth of imports, likewise.
            period: the previous period; by default this balance's period one year
                earlier (or ``None`` when this balance has no period).

        Raises:
            ValidationError: a growth rate of -100% or below, one beyond the bound on size
            (an exponent within ±1000), or text that is not a percentage; a previous
            flow beyond the bound on size.
            WrongTypeError: a growth rate that is neither a number nor text.

        >>> tb = TradeBalance(exports=Money("7109", "USD"), imports=Money("4115.9", "USD"))
        >>> prev = tb.previous_from_growth(exports="+25.7%", imports=Decimal("0.148"))
        >>> round(prev.exports.amount, 1), round(prev.imports.amount, 1)
        (Decimal('5655.5'), Decimal('3585.3'))
        """
        fx = _growth_factor(exports, "exports")
        fm = _growth_factor(imports, "imports")
        if period is None and self.period is not None:
            period = self.period.shift(years=-1)
        return TradeBalance(
            self.exports / fx,
            self.imports / fm,
            reporter=self.reporter,
            partner=self.partner,
            period=period,
        )

    def change_from(self, previous: TradeBalance) -> TradeChange:
        """Return the change from *previous* to this balance (a :class:`TradeChange`)."""
        return TradeChange(previous=previous, current=self)

    def convert(
        self, rates: ExchangeRates, to: str, *, on: datetime.date | Period
    ) -> TradeBalance:
        """Return this balance in currency *to*, converted through *rates* at *on*.

        Args:
            rates: the exchange rates to use.
            to: the ISO 4217 code of the target currency.
            on: a date, or a period for the period's average rate, as *rates* holds them.
                Required: the library never picks a rate for you.

        Raises:
            MissingRateError: *rates* holds no rate for the pair at *on*.
            WrongTypeError: *rates* is not an ExchangeRates.
        """
        if not isinstance(rates, ExchangeRates):
            raise WrongTypeError(
                "must be an ExchangeRates", cls="TradeBalance.convert", field="rates", value=rates
            )
        return attrs.evolve(
            self,
            exports=rates.convert(self.exports, to, on=on),
            imports=rates.convert(self.imports, to, on=on),
        )

    def as_dict(self) -> dict[str, Any]:
        """Return the flows and the derived indicators as a plain dict (amounts as Decimal)."""
        return {
            "exports": self.exports.amount,
            "imports": self.imports.amount,
            "turnover": self.turnover.amount,
            "balance": self.balance.amount,
            "currency": self.currency,
            "coverage": self.coverage,
            "exports_exceed_imports_by": self.exports_exceed_imports_by,
            "export_share": self.export_share,
            "import_share": self.import_share,
        }


# The slots' own setters: the frozen class refuses setattr, and these are the
# fastest way to fill a new instance (about twice as fast as object.__setattr__).
_set_exports = TradeBalance.__dict__["exports"].__set__
_set_imports = TradeBalance.__dict__["imports"].__set__
_set_reporter = TradeBalance.__dict__["reporter"].__set__
_set_partner = TradeBalance.__dict__["partner"].__set__
_set_period = TradeBalance.__dict__["period"].__set__
_set_x = TradeBalance.__dict__["_x"].__set__
_set_m = TradeBalance.__dict__["_m"].__set__
