"""The figures a trade report may publish: their names, units and the quantity each pins.

A figure is a :class:`~regionrel.audit.keys.FigureKey` (or its name) and a
:class:`~regionrel.reported.Reported`. Its key says what it measures and so which
quantity of the audit's model it pins, and how its published units map onto that
quantity:

=============================================  ===========================  ==================
name                                           quantity                     published as
=============================================  ===========================  ==================
``turnover``, ``exports``, ``imports``,        the amount, in the report's  a number
``balance`` and each ``<flow>_previous``       scale
``<flow>_change``                              current - previous           a signed number
``<flow>_growth`` (flow: turnover, exports,    current / previous           "+25.7%"; "2.1 times";
imports)                                                                    an index "104.9%"
``<flow>_index``                               current / previous           "104.9%" (an index)
``<flow>_fall``                                previous / current           "2.2 times"
``<flow>_volume_growth``                       the physical volume's ratio  "-1.1%"
``exports_share``, ``imports_share``           the flow / turnover          "42.2%"
``exports_exceed_imports_by``,                 exports / imports (or the    "73%" (growth-like);
``imports_exceed_exports_by``                  reverse)                     "1.7 times"
``share:<P>``, ``share:exports:<P>``,          the partner's part of the    "15.6%"
``share:imports:<P>``                          flow (a fraction)
``group_share:[<flow>:]<G>``                   a partner group's part       "20.4%"
``goods_share:[<flow>:]<G>``                   a goods group's part         "35%"
``group_value:[<flow>:]<G>``                   trade with the group         a number
``partner:<P>``, ``partner:exports:<P>``, ...  trade with the partner       a number
``partner_count``                              the number of partners       an exact count
``rank:<flow>``, ``rank:<flow>@<level>``       the reporter's place         an exact count
``rank:<flow>[@<level>]:<member>``             the member's flow            a number
=============================================  ===========================  ==================

A rate given as a bare number ("21.5") is read as percent. A quantity is
``factor * value + offset`` of the published value, so the audit can turn
intervals both ways exactly.

>>> from regionrel.reported import Reported
>>> fig = Figure.of("exports_growth", Reported.parse("25.7%"))
>>> fig.variable, fig.bounds
('exports_ratio', (Decimal('1.2565'), Decimal('1.2575')))
>>> fig.show(Decimal("21.46"), 1)
'+21.5%'
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

import attrs

from regionrel._numbers import EXACT, STANDARD, format_number, quantize
from regionrel._validators import checked_by_annotation
from regionrel.audit.intervals import DOWN, UP, Bounds
from regionrel.audit.keys import FigureKey, Measure
from regionrel.errors import ValidationError
from regionrel.reported import FigureKind, Reported
from regionrel.trade import TradeFlow

__all__ = [
    "ABOUT_SHARE",
    "CEILING",
    "FLOWS",
    "Bound",
    "Figure",
    "Role",
    "about_margin",
    "ceiling_for",
    "quantity_of",
    "role_of",
]

#: The flows a report speaks of.
FLOWS: Final = ("turnover", "exports", "imports")
_HUNDREDTH = Decimal("0.01")
_ONE = Decimal(1)
_ZERO = Decimal(0)


class Role(enum.Enum):
    """What a figure measures, which decides its units and its natural range."""

    AMOUNT = "amount"
    SIGNED_AMOUNT = "signed amount"
    GROWTH = "growth"
    INDEX = "index"
    EXCEED = "exceed"
    SHARE = "share"
    COUNT = "count"


_ROLES: Final = {
    Measure.AMOUNT: Role.AMOUNT,
    Measure.PREVIOUS: Role.AMOUNT,
    Measure.GROWTH: Role.GROWTH,
    Measure.VOLUME_GROWTH: Role.GROWTH,
    Measure.INDEX: Role.INDEX,
    Measure.FALL: Role.INDEX,
    Measure.CHANGE: Role.SIGNED_AMOUNT,
    Measure.FLOW_SHARE: Role.SHARE,
    Measure.EXCEED: Role.EXCEED,
    Measure.SHARE: Role.SHARE,
    Measure.GOODS_SHARE: Role.SHARE,
    Measure.GROUP_SHARE: Role.SHARE,
    Measure.GROUP_VALUE: Role.AMOUNT,
    Measure.PARTNER: Role.AMOUNT,
    Measure.PARTNER_COUNT: Role.COUNT,
    Measure.RANK: Role.COUNT,
    Measure.RANK_VALUE: Role.AMOUNT,
}


def role_of(key: FigureKey) -> Role:
    """What figure *key* measures, which decides its units and natural range.

    >>> role_of(FigureKey.amount("balance"))
    <Role.SIGNED_AMOUNT: 'signed amount'>
    """
    role = _ROLES[key.measure]
    if role is Role.AMOUNT and key.flow is TradeFlow.BALANCE:
        return Role.SIGNED_AMOUNT
    return role


def quantity_of(name: str | FigureKey) -> tuple[Role, str, str]:
    """The role of figure *name*, the quantity it pins and a label for messages.

    Raises:
        ValidationError: *name* is not a figure the audit knows.

    >>> quantity_of("share:exports:CN")
    (<Role.SHARE: 'share'>, 'share:exports:CN', "CN's share of exports")
    """
    key = FigureKey.coerce(name)
    return role_of(key), key.quantity, key.label


def _linear(role: Role, kind: FigureKind) -> tuple[Decimal, Decimal]:
    """``(factor, offset)``: the quantity is ``factor * published + offset``."""
    if role in (Role.GROWTH, Role.EXCEED):
        if kind is FigureKind.MULTIPLE:
            return _ONE, _ZERO
        if kind is FigureKind.INDEX:
            return _HUNDREDTH, _ZERO
        return _HUNDREDTH, _ONE
    if role is Role.INDEX:
        return (_ONE, _ZERO) if kind is FigureKind.MULTIPLE else (_HUNDREDTH, _ZERO)
    if role is Role.SHARE:
        return _HUNDREDTH, _ZERO
    return _ONE, _ZERO


class Bound(enum.Enum):
    """A figure published as a range: "over $5 billion", "almost 5.2", "about 3".

    ``AT_LEAST`` ("over", "more than", "exceeded") stands for every value from the low end
    of the figure's rounding interval up; ``AT_MOST`` ("almost", "nearly", "under") for
    every value up to its high end. ``ABOUT`` ("about", "around", "some", "approximately",
    "около", "порядка", "примерно") for every value within :func:`about_margin` of the
    published one: 10% of it, and never less than one unit of its last non-zero digit
    ("about 490" is 441 to 539, "около 3 млрд" 2 to 4, "about 5.2" 4.68 to 5.72), because
    writers round an approximate figure to one or two significant digits and a little
    beyond its rounding interval ("около 3 млрд" for 2.93, "about $1.5 billion" for
    1.46). A fraction in words ("на треть", "by a quarter") is held as ``ABOUT`` its
    percent (33.3%, 25%). The figure's other rules (an amount is never negative) still
    hold.

    >>> Bound.coerce("at least")
    <Bound.AT_LEAST: 'at least'>
    """

    AT_LEAST = "at least"
    AT_MOST = "at most"
    ABOUT = "about"

    @classmethod
    def coerce(cls, value: object, *, field: str = "bounds") -> Bound:
        """*value* as a Bound: a Bound, or its value ("at least", "at most").

        Raises:
            ValidationError: *value* is neither.

        >>> Bound.coerce("at most") is Bound.AT_MOST
        True
        >>> Bound.coerce("over")
        Traceback (most recent call last):
        ...
        regionrel.errors.ValidationError: TradeReport: 'bounds' must be 'at least', 'at most' or 'about' (got 'over')
        """
        if isinstance(value, Bound):
            return value
        for bound in cls:
            if value == bound.value:
                return bound
        raise ValidationError(
            "must be 'at least', 'at most' or 'about'",
            cls="TradeReport",
            field=field,
            value=value,
        )


#: How far from its published value an "about" figure may lie, as a part of that value.
ABOUT_SHARE: Final = Decimal("0.1")


def about_margin(value: Decimal, decimals: int) -> Decimal:
    """How far from *value* (published with *decimals*) an "about" figure may lie.

    10% of it (:data:`ABOUT_SHARE`), and never less than one unit of its last non-zero
    digit (for zero, of its last published digit).

    >>> about_margin(Decimal(490), 0), about_margin(Decimal(3), 0), about_margin(Decimal("5.2"), 1)
    (Decimal('49.0'), Decimal('1'), Decimal('0.52'))
    """
    if value.is_zero():
        return Decimal(1).scaleb(-decimals)
    digit = Decimal(1).scaleb(_exponent(value.normalize(EXACT)))
    return max(digit, EXACT.multiply(abs(value), ABOUT_SHARE))


_INFINITY: Final = Decimal("Infinity")

_AMOUNT_KINDS: Final = frozenset({FigureKind.NUMBER})
_RATE_KINDS: Final = frozenset(
    {FigureKind.PERCENT, FigureKind.NUMBER, FigureKind.INDEX, FigureKind.MULTIPLE}
)
_SHARE_KINDS: Final = frozenset({FigureKind.PERCENT, FigureKind.NUMBER})


@attrs.frozen(field_transformer=checked_by_annotation)
class Figure:
    """A published figure with what it measures (internal to the audit)."""

    #: The statement's name in the report: the figure's name ("turnover", "share:CN"),
    #: numbered ("exports_growth#2") when the report states the figure more than once.
    name: str
    #: The figure as published.
    reported: Reported
    #: What it measures.
    role: Role
    #: The model quantity it pins.
    variable: str
    #: A label for messages ("turnover growth").
    label: str
    #: The quantity is ``factor * published + offset``.
    factor: Decimal
    offset: Decimal
    #: The published value as messages show it ("+21.5%").
    published: str = ""
    #: The figure's typed key.
    key: FigureKey = attrs.field(kw_only=True)
    #: One side of a range ("over 5"), or None for a figure rounded to its digits.
    bound: Bound | None = attrs.field(default=None, kw_only=True)

    @classmethod
    def of(
        cls,
        name: str | FigureKey,
        reported: Reported,
        *,
        label: str | None = None,
        bound: Bound | None = None,
    ) -> Figure:
        """Describe the figure *name* published as *reported*.

        Args:
            name: the figure's key or name.
            reported: the figure as published.
            label: the statement's name in the report, when it differs from the
                figure's ("exports_growth#2").
            bound: the figure is one side of a range ("over 5"): see :class:`Bound`.

        Raises:
            ValidationError: unknown name, or a kind that does not fit the name
                (a percentage for an amount, a fraction for a count).
        """
        key = FigureKey.coerce(name)
        role, variable, label_words = role_of(key), key.quantity, key.label
        name = label or str(key)
        kind = reported.kind
        if role in (Role.AMOUNT, Role.SIGNED_AMOUNT):
            allowed = _AMOUNT_KINDS
        elif role is Role.SHARE:
            allowed = _SHARE_KINDS
        elif role is Role.COUNT:
            allowed = _AMOUNT_KINDS
        else:
            allowed = _RATE_KINDS
        if kind not in allowed:
            raise ValidationError(
                f"must be {_EXPECTED[role]}, not a figure of kind {kind.name.lower()}",
                cls="TradeReport",
                field=name,
                value=reported.text,
            )
        if role is Role.COUNT and (reported.decimals or reported.value < 0):
            raise ValidationError(
                "must be a whole number of at least 0",
                cls="TradeReport",
                field=name,
                value=reported.text,
            )
        factor, offset = _linear(role, kind)
        return cls(
            name,
            reported,
            role,
            variable,
            label_words,
            factor,
            offset,
            _published(role, reported, bound),
            key=key,
            bound=bound,
        )

    def bounded(self, bound: Bound | None) -> Figure:
        """The same figure published as one side of a range (or, for None, as a value)."""
        if bound is self.bound:
            return self
        return attrs.evolve(
            self, published=_published(self.role, self.reported, bound), bound=bound
        )

    @property
    def own_bounds(self) -> Bounds:
        """The values the figure stands for, in its own units (a count is exact; a bound
        is open on one side).

        >>> from regionrel.reported import Reported
        >>> Figure.of("turnover", Reported.parse("5"), bound=Bound.AT_LEAST).own_bounds
        (Decimal('4.5'), Decimal('Infinity'))
        >>> Figure.of("turnover", Reported.parse("490"), bound=Bound.ABOUT).own_bounds
        (Decimal('441.0'), Decimal('539.0'))
        """
        if self.bound is Bound.ABOUT:
            value = self.reported.value
            margin = about_margin(value, self.reported.decimals)
            return (DOWN.subtract(value, margin), UP.add(value, margin))
        if self.role is Role.COUNT:
            lo, hi = self.reported.value, self.reported.value
        else:
            lo, hi = self.reported.interval
        if self.bound is Bound.AT_LEAST:
            return (lo, _INFINITY)
        if self.bound is Bound.AT_MOST:
            return (-_INFINITY, hi)
        return (lo, hi)

    @property
    def bounds(self) -> Bounds:
        """The values the figure stands for, as its quantity."""
        return self.to_quantity(self.own_bounds)

    def to_quantity(self, own: Bounds) -> Bounds:
        """Turn bounds in the figure's units into bounds of its quantity."""
        lo, hi = own
        # Outward, and whatever the caller's decimal context: the factor is positive.
        return (
            DOWN.add(DOWN.multiply(self.factor, lo), self.offset),
            UP.add(UP.multiply(self.factor, hi), self.offset),
        )

    def to_own(self, bounds: Bounds) -> Bounds:
        """Turn bounds of the quantity into the figure's units (outward; the factor is
        positive, so an infinite bound stays the same infinity)."""
        lo, hi = bounds
        return (
            DOWN.divide(DOWN.subtract(lo, self.offset), self.factor),
            UP.divide(UP.subtract(hi, self.offset), self.factor),
        )

    @property
    def decimals(self) -> int:
        """Digits after the decimal mark as published."""
        return self.reported.decimals

    def show(self, value: Decimal, decimals: int | None = None) -> str:
        """Write *value* (in the figure's units) as the report would.

        >>> from regionrel.reported import Reported
        >>> Figure.of("turnover", Reported.parse("10,224.9")).show(Decimal("11224.91"))
        '11,224.9'
        """
        places = self.decimals if decimals is None else decimals
        exact = quantize(value, places)
        if exact.is_zero():  # a computed value that rounds to zero has no sign to show
            exact = exact.copy_abs()
        # format_number keeps the digits *exact* has: exactly *places* of them.
        text = format_number(exact, locale=self.reported.locale)
        return _decorate(self.role, self.reported.kind, text, exact)

    def show_range(self, own: Bounds, ceiling: Decimal | None = None) -> str:
        """Write bounds in the figure's units: one value when they round alike, else a range.

        A bound at the audit's ceiling (*ceiling*, by default :data:`CEILING`, in the
        quantity's units) is no
        information, so it reads as an open end ("at least 4"), not as a midpoint.
        """
        lo, hi = own
        q_lo, q_hi = self.to_quantity(own)
        top = CEILING if ceiling is None else ceiling
        open_lo = lo.is_infinite() or q_lo <= top.copy_negate()
        open_hi = hi.is_infinite() or q_hi >= top
        if open_lo and open_hi:
            return "any value"
        if open_lo:
            return f"at most {self.show(hi, self._places(hi))}"
        if open_hi:
            return f"at least {self.show(lo, self._places(lo))}"
        middle = STANDARD.divide(EXACT.add(lo, hi), 2)
        places = self._places(lo, hi, middle)
        low, high = self.show(lo, places), self.show(hi, places)
        if low == high:
            return low
        return f"{self.show(middle, places)} ({low} to {high})"

    def _places(self, *values: Decimal) -> int:
        """The published decimals, or fewer when *values* need fewer (no padding zeros)."""
        needed = max(max(0, -_exponent(value.normalize(EXACT))) for value in values)
        return min(self.decimals, needed)


def _exponent(value: Decimal) -> int:
    """The exponent of a finite *value* (0 for an infinity, which has no digits to show)."""
    exponent = value.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


# No published trade figure, ratio or count comes near 10**18 (world trade is about
# 3 * 10**13 US dollars): the audit bounds every quantity by this ceiling, which keeps a
# cycle of rules from chasing a value to infinity when the figures contradict each other.
# A report whose own figures reach it (an amount in units of a tiny scale, say) gets a
# ceiling above them: see :func:`ceiling_for`.
CEILING: Final = Decimal(10**18)
#: How far above the largest published figure a report's ceiling lies, in powers of ten.
_HEADROOM: Final = 18
#: Figures from 10**15 up are too near the ceiling: their report gets its own.
_NEAR: Final = 15


def ceiling_for(bounds: Iterable[Bounds], *, ratios: Iterable[Bounds] = ()) -> Decimal:
    """The ceiling of a report whose figures stand for *bounds* (in the quantities' units).

    :data:`CEILING` for every real report; for figures of 10**15 or more (within a
    thousand of it), a power of ten 10**18 times above the largest, so that no figure
    is ever cut by it. *ratios* are the bounds of the figures that multiply or divide
    an amount (growths, indices, excesses, shares): an amount they imply may be the
    largest figure times the largest of them or of their inverses ("exports exceed
    imports 2.7e14 times" and imports of 3 million imply exports of 8e20; exports of 796
    that are 1.8e-17 of turnover imply a turnover of 4.4e19), and the ceiling stands
    above that too.

    >>> ceiling_for([(Decimal(7), Decimal(8))]) == CEILING
    True
    >>> ceiling_for([(Decimal("1e20"), Decimal("1e20"))])
    Decimal('1E+39')
    >>> ceiling_for([(Decimal("3e6"), Decimal("3e6"))], ratios=[(Decimal("2.7e14"),) * 2])
    Decimal('1E+39')
    """
    largest = max(
        (abs(b) for pair in bounds for b in pair if b.is_finite() and not b.is_zero()),
        default=_ONE,
    )
    reach = max(
        (
            max(abs(b), STANDARD.divide(_ONE, abs(b)))
            for pair in ratios
            for b in pair
            if b.is_finite() and not b.is_zero()
        ),
        default=_ONE,
    )
    top = STANDARD.multiply(largest, max(reach, _ONE))
    if top.adjusted() < _NEAR:
        return CEILING
    return Decimal(1).scaleb(top.adjusted() + 1 + _HEADROOM)


def _published(role: Role, reported: Reported, bound: Bound | None = None) -> str:
    """The published figure as messages show it, from its own digits (as :meth:`Figure.show`),
    "at least 5" for a bound."""
    text = _decorate(role, reported.kind, reported.text, reported.value)
    return text if bound is None else f"{bound.value} {text}"


def _decorate(role: Role, kind: FigureKind, text: str, value: Decimal) -> str:
    if role in (Role.AMOUNT, Role.SIGNED_AMOUNT, Role.COUNT):
        return text
    if kind is FigureKind.MULTIPLE:
        return f"{text} times"
    if role is Role.GROWTH and kind is not FigureKind.INDEX and value > 0:
        return f"+{text}%"
    return f"{text}%"


_EXPECTED: Final = {
    Role.AMOUNT: "an amount",
    Role.SIGNED_AMOUNT: "an amount",
    Role.SHARE: "a percentage",
    Role.COUNT: "a whole number",
    Role.GROWTH: "a rate",
    Role.INDEX: "a rate",
    Role.EXCEED: "a rate",
}
