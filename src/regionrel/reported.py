"""Figures as published: their exact digits, the interval they stand for, and their typos.

A published figure is a rounded number. "4,115.9" stands for any true value
from 4,115.85 to 4,115.95, and "73%" for 72.5 % to 73.5 %. :class:`Reported`
keeps the digits as published so that a rule can ask whether an equation holds
within the figures' precision, and which figures one keystroke away might have
been meant.

>>> turnover = Reported.parse("10,224.9")
>>> turnover.precision, turnover.interval
(Decimal('0.05'), (Decimal('10224.85'), Decimal('10224.95')))
>>> Reported.parse("104.9% of the previous year").as_ratio()
(Decimal('1.0485'), Decimal('1.0495'))
>>> [typo.text for typo in turnover.typos_within(Decimal("11224.85"), Decimal("11224.95"))]
['11,224.9']

What a figure measures (:class:`FigureKind`, and the words that say it) lives in
:mod:`regionrel.figure_kinds`, and the figures one keystroke away (:class:`Typo`) in
:mod:`regionrel.typos`; both are importable from here.
"""

from __future__ import annotations

import functools
from decimal import (
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_UP,
    Decimal,
)
from typing import Any

import attrs

from regionrel._exact import MAX_EXPONENT
from regionrel._numbers import (
    EXACT,
    MAX_DECIMALS,
    NumberText,
    check_decimals,
    check_locale,
    check_rounding,
    decimal_text,
    fixed_context,
    quantize,
    render_quantized,
    scan_at,
)
from regionrel._validators import as_decimal
from regionrel.errors import ParseError, ValidationError, WrongTypeError, describe_value
from regionrel.figure_kinds import (
    MULTIPLE_PREFIX,
    UNITS_OF,
    FigureKind,
    raz,
    read_suffix,
    skip_spaces,
    to_kind,
)
from regionrel.typos import Typo, TypoKind, all_typos, typo_digits, typo_table

__all__ = ["FigureKind", "Reported", "Typo", "TypoKind", "find_typos"]


def _check_span(instance: Reported, attribute: attrs.Attribute[Any], span: object) -> None:
    if span is None:
        return
    if (
        not isinstance(span, tuple)
        or len(span) != 2
        or not all(isinstance(i, int) and not isinstance(i, bool) for i in span)
    ):
        raise WrongTypeError(
            "must be None or a tuple of two ints", cls="Reported", field="span", value=span
        )
    if not 0 <= span[0] <= span[1]:
        raise ValidationError(
            "must be (start, end) with 0 <= start <= end", cls="Reported", field="span", value=span
        )


def _to_value(value: object) -> Decimal:
    return as_decimal(value, cls="Reported", field="value", example="'7109.0'")


def _fill(
    made: Reported,
    value: object,
    decimals: object,
    kind: object,
    locale: object,
    span: object,
) -> bool:
    """Set the fields of *made* when the arguments pass every rule of ``Reported`` as built.

    Only exact types are taken (a Decimal, an int, a FigureKind, "en" or "ru", None or a
    tuple of two ints): the checks of the converters, the validator and
    ``__attrs_post_init__``, in one pass. False (nothing set) for anything else, which the
    generated constructor then checks and refuses with its own errors.
    """
    if not (
        type(value) is Decimal
        and type(decimals) is int
        and type(kind) is FigureKind
        and type(locale) is str
        and (locale == "en" or locale == "ru")
        and 0 <= decimals <= MAX_DECIMALS
        and value.is_finite()
        and -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT
    ):
        return False
    if span is not None and not (
        type(span) is tuple
        and len(span) == 2
        and type(span[0]) is int
        and type(span[1]) is int
        and 0 <= span[0] <= span[1]
    ):
        return False
    exact = quantize(value, decimals)
    if exact != value or (exact.is_signed() and kind in (FigureKind.INDEX, FigureKind.MULTIPLE)):
        return False
    setattr_ = object.__setattr__
    setattr_(made, "value", exact)
    setattr_(made, "decimals", decimals)
    setattr_(made, "kind", kind)
    setattr_(made, "locale", locale)
    setattr_(made, "span", span)
    setattr_(made, "_text", render_quantized(exact, locale))  # type: ignore[arg-type]
    return True


@attrs.frozen(repr=False)
class Reported:
    """A figure as published, keeping its exact digits.

    Build one with :meth:`parse` (published text), :meth:`from_value` (a true
    value rounded as a source would) or :meth:`coerce`. The value is in the
    figure's own units: 21.5 for "21.5%", 104.9 for an index of 104.9 %, 2.1
    for "2.1 times".

    Two figures are equal when they have the same value, digits, kind and
    locale; ``span`` records where a figure came from and takes no part.

    >>> Reported.parse("+25.7 %")
    Reported.parse('25.7%')
    >>> str(Reported.parse("104,9% к уровню 2017 года", locale="ru"))
    '104,9% к предыдущему периоду'
    >>> Reported.parse("в 2,1 раза", locale="ru").as_ratio()
    (Decimal('2.05'), Decimal('2.15'))
    >>> Reported.from_value(Decimal("7109.04"), 1).text
    '7,109.0'

    Raises:
        WrongTypeError, ValidationError: a value that is not an exact finite number
            (a Decimal, an int or decimal text), with more digits than *decimals*, a negative index or multiple, an
            unknown kind or locale, a malformed span.
    """

    #: The exact value as published, in the figure's own units.
    value: Decimal = attrs.field(converter=_to_value)
    #: Digits after the decimal mark as published ("7,109.0" has 1).
    decimals: int = attrs.field()
    #: What the figure measures.
    kind: FigureKind = attrs.field(default=FigureKind.NUMBER, converter=to_kind)
    #: The locale it is written in: ``"en"`` or ``"ru"``.
    locale: str = attrs.field(default="en")
    #: Where it came from in a larger text, when known.
    span: tuple[int, int] | None = attrs.field(
        default=None, eq=False, validator=_check_span, kw_only=True
    )
    _text: str = attrs.field(init=False, eq=False, repr=False)

    def __init__(
        self,
        value: Decimal | int | str,
        decimals: int,
        kind: FigureKind | str = FigureKind.NUMBER,
        locale: str = "en",
        *,
        span: tuple[int, int] | None = None,
    ) -> None:
        # The reader builds tens of thousands of figures per megabyte from numbers it
        # scanned itself: those take every check below in one pass; anything else (and
        # every error) goes through the converters and validators attrs generated.
        if not _fill(self, value, decimals, kind, locale, span):
            self.__attrs_init__(value, decimals, kind, locale, span=span)  # type: ignore[attr-defined]

    def __attrs_post_init__(self) -> None:
        value = self.value
        decimals = check_decimals(self.decimals, cls="Reported")
        check_locale(self.locale, cls="Reported")
        exact = quantize(value, decimals)
        if exact != value:
            raise ValidationError(
                f"has more than {decimals} digits after the decimal mark "
                "(round it with Reported.from_value)",
                cls="Reported",
                field="value",
                value=value,
            )
        if exact.is_signed() and self.kind in (FigureKind.INDEX, FigureKind.MULTIPLE):
            raise ValidationError(
                f"must not be negative for {UNITS_OF[self.kind]}",
                cls="Reported",
                field="value",
                value=value,
            )
        object.__setattr__(self, "value", exact)
        object.__setattr__(self, "_text", render_quantized(exact, self.locale))  # type: ignore[arg-type]

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def parse(
        cls, text: str, *, locale: str = "en", kind: FigureKind | str | None = None
    ) -> Reported:
        """Read a figure as published.

        Args:
            text: "10,224.9", "21.5%", "+25.7 %", "-3.2%", "104.9% of the previous
                year", "2.1 times"; in ``"ru"`` also "21,5%", "104,9% к уровню 2017
                года", "в 2,1 раза". A bare percentage is a PERCENT; a phrase that
                names a base period makes it an INDEX.
            locale: ``"en"`` or ``"ru"``; decides what ``,`` and ``.`` mean. The
                words of either language are understood in both.
            kind: what the caller knows the figure is. A bare number takes it
                ("104.9" with ``kind=INDEX``); a bare percentage may be declared
                an INDEX; text of another kind is refused.

        Returns:
            The figure; ``span`` stays ``None`` (see :meth:`from_number`).

        Raises:
            ParseError: the text is not one figure, or contradicts *kind*; the
                error says where reading stopped.
            WrongTypeError, ValidationError: *text* not a str, unknown locale or kind.

        >>> Reported.parse("-3.2%").value
        Decimal('-3.2')
        >>> Reported.parse("104.9%", kind=FigureKind.INDEX).kind
        <FigureKind.INDEX: 'index'>
        >>> Reported.parse("21.5% more")
        Traceback (most recent call last):
        ...
        regionrel.errors.ParseError: Reported.parse: 'text' has text after the figure (got '21.5% more', stopped at position 6 before 'more')
        """
        where = "Reported.parse"
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls=where, field="text", value=text)
        loc = check_locale(locale, cls=where)
        wanted = None if kind is None else to_kind(kind, cls=where)
        pos = skip_spaces(text, 0)
        prefix = MULTIPLE_PREFIX.match(text, pos)
        if prefix:
            pos = prefix.end()
        number = scan_at(text, pos, loc, where)
        if number is None:
            rule = "is empty" if not text.strip() else "must start with a number"
            raise ParseError(rule, cls=where, field="text", text=text, position=pos)
        found, pos = read_suffix(text, number.end)
        if prefix and found is not FigureKind.MULTIPLE:
            raise ParseError(
                "must end with 'раза' or 'раз' after 'в' and the number",
                cls=where,
                field="text",
                text=text,
                position=pos,
            )
        if pos != len(text):
            raise ParseError(
                "has text after the figure", cls=where, field="text", text=text, position=pos
            )
        return cls._build(number, found, wanted, loc, text)

    @classmethod
    def from_number(
        cls, number: NumberText, *, kind: FigureKind | str = FigureKind.NUMBER, locale: str = "en"
    ) -> Reported:
        """Make a figure of a number read from a larger text, keeping its span.

        >>> from regionrel._numbers import scan_number
        >>> number = scan_number("amounted to 7,109.", 12)
        >>> Reported.from_number(number).span
        (12, 17)
        """
        if not isinstance(number, NumberText):
            raise WrongTypeError(
                "must be a NumberText", cls="Reported.from_number", field="number", value=number
            )
        value, decimals, start, end = number.value, number.decimals, number.start, number.end
        return cls(value, decimals, kind, locale, span=(start, end))

    @classmethod
    def from_value(
        cls,
        value: Decimal | int,
        decimals: int,
        *,
        kind: FigureKind | str = FigureKind.NUMBER,
        locale: str = "en",
        rounding: str = ROUND_HALF_UP,
    ) -> Reported:
        """Round a true value to *decimals* digits, as a source would publish it.

        Args:
            value: the true value (exact: a Decimal or an int), in the figure's units.
            decimals: digits after the decimal mark; trailing zeros are kept.
            kind: what the figure measures.
            locale: how it is written.
            rounding: a rounding mode of :mod:`decimal`. Half-up is the default,
                as most sources round; some statistics offices round half-even
                (``"ROUND_HALF_EVEN"``).

        >>> Reported.from_value(Decimal("11224.85"), 1).text
        '11,224.9'
        >>> Reported.from_value(Decimal("11224.85"), 1, rounding="ROUND_HALF_EVEN").text
        '11,224.8'
        >>> Reported.from_value(7109, 1, locale="ru").text
        '7 109,0'
        """
        where = "Reported.from_value"
        exact = as_decimal(value, cls=where, field="value", example="'11224.85'")
        places = check_decimals(decimals, cls=where)
        mode = check_rounding(rounding, cls=where)
        return cls(quantize(exact, places, mode), places, to_kind(kind, cls=where), locale)

    @classmethod
    def coerce(
        cls, value: object, *, kind: FigureKind | str | None = None, locale: str = "en"
    ) -> Reported:
        """Return *value* as a figure: a Reported, published text, or an exact number.

        A Decimal keeps its own digits (``Decimal("7109.0")`` has one decimal).

        >>> Reported.coerce("21.5%") == Reported.coerce(Decimal("21.5"), kind="percent")
        True
        >>> Reported.coerce(7109).text
        '7,109'
        """
        where = "Reported.coerce"
        if isinstance(value, Reported):
            if kind is not None and value.kind is not to_kind(kind, cls=where):
                raise ValidationError(
                    f"must be {UNITS_OF[to_kind(kind, cls=where)]}",
                    cls=where,
                    field="kind",
                    value=value,
                )
            return value
        if isinstance(value, str):
            return cls.parse(value, locale=locale, kind=kind)
        number = as_decimal(value, cls=where, field="value", example="'7109.0'")
        exponent = number.as_tuple().exponent
        assert isinstance(exponent, int)
        return cls(number, max(0, -exponent), kind or FigureKind.NUMBER, locale)

    @classmethod
    def _build(
        cls,
        number: NumberText,
        found: FigureKind,
        wanted: FigureKind | None,
        locale: str,
        text: str,
    ) -> Reported:
        kind = found
        if wanted is not None and wanted is not found:
            allowed = found is FigureKind.NUMBER or (
                found is FigureKind.PERCENT and wanted is FigureKind.INDEX
            )
            if not allowed:
                raise ParseError(
                    f"reads as {UNITS_OF[found]}, not as {UNITS_OF[wanted]} (kind={wanted.value!r})",
                    cls="Reported.parse",
                    field="text",
                    text=text,
                    position=number.end,
                )
            kind = wanted
        if number.value.is_signed() and kind in (FigureKind.INDEX, FigureKind.MULTIPLE):
            raise ParseError(
                f"must not be negative for {UNITS_OF[kind]}",
                cls="Reported.parse",
                field="text",
                text=text,
                position=number.start,
            )
        return cls(number.value, number.decimals, kind, locale)

    # -- the published form ---------------------------------------------------------------

    @property
    def text(self) -> str:
        """The number as published, in the canonical form of its locale ("10,224.9").

        The sign, a "%" or "times" are not part of it; see ``str()`` for the whole figure.
        """
        return self._text

    def __str__(self) -> str:
        if self.kind is FigureKind.PERCENT:
            return f"{self._text}%"
        if self.kind is FigureKind.INDEX:
            base = "к предыдущему периоду" if self.locale == "ru" else "of the previous period"
            return f"{self._text}% {base}"
        if self.kind is FigureKind.MULTIPLE:
            if self.locale == "ru":
                return f"в {self._text} {raz(self.value, self.decimals)}"
            return f"{self._text} times"
        return self._text

    def __repr__(self) -> str:
        shown = self._text + "%" if self.kind is FigureKind.INDEX else str(self)
        extra = "" if self.locale == "en" else f", locale={self.locale!r}"
        if self.kind is FigureKind.INDEX:
            extra += ", kind=FigureKind.INDEX"
        return f"Reported.parse({shown!r}{extra})"

    # -- precision ------------------------------------------------------------------------

    @property
    def precision(self) -> Decimal:
        """Half a unit of the last published digit: 0.05 for "4,115.9", 0.5 for "7,109"."""
        return _half_unit(self.decimals)

    @property
    def interval(self) -> tuple[Decimal, Decimal]:
        """The true values the figure stands for, in its own units (closed at both ends).

        >>> Reported.parse("21.5%").interval
        (Decimal('21.45'), Decimal('21.55'))
        """
        half = _half_unit(self.decimals)
        return EXACT.subtract(self.value, half), EXACT.add(self.value, half)

    def admits(self, value: Decimal | int) -> bool:
        """Whether a true *value* (in the figure's units) rounds to this figure, ties included.

        >>> Reported.parse("73%").admits(Decimal("72.8"))
        True
        """
        low, high = self.interval
        return (
            low
            <= as_decimal(value, cls="Reported.admits", field="value", example="'72.8'")
            <= high
        )

    def as_fraction(self) -> tuple[Decimal, Decimal]:
        """A share or rate as an interval of fractions: "15.6%" gives 0.1555 to 0.1565.

        A multiple is already a ratio and is returned as its interval.

        Raises:
            ValidationError: the figure is a plain number.

        >>> Reported.parse("15.6%").as_fraction()
        (Decimal('0.1555'), Decimal('0.1565'))
        """
        low, high = self.interval
        if self.kind is FigureKind.MULTIPLE:
            return low, high
        self._require_not_number("as_fraction")
        return low.scaleb(-2, context=EXACT), high.scaleb(-2, context=EXACT)

    def as_ratio(self, *, decrease: bool = False) -> tuple[Decimal, Decimal]:
        """Current over previous, implied by a change figure, as an interval.

        A PERCENT is growth (21.5 gives 1.2145 to 1.2155), an INDEX the ratio in
        percent (104.9 gives 1.0485 to 1.0495), a MULTIPLE the ratio (2.1 gives
        2.05 to 2.15).

        Args:
            decrease: the phrase said the value fell: "decreased by 3.2%" (the
                ratio is 1 - 3.2 %) or "decreased 2.1 times" (the ratio is 1 / 2.1,
                rounded outwards). Use :meth:`negated` for a PERCENT alternatively.

        Raises:
            ValidationError: a plain number, or *decrease* for an index.

        >>> Reported.parse("21.5%").as_ratio()
        (Decimal('1.2145'), Decimal('1.2155'))
        >>> Reported.parse("2 times").as_ratio(decrease=True)
        (Decimal('0.4'), Decimal('0.6666666666666666666666666667'))
        """
        self._require_not_number("as_ratio")
        low, high = self.interval
        if self.kind is FigureKind.MULTIPLE:
            if not decrease:
                return low, high
            # A multiple is never negative, and its interval reaches down to zero
            # only when it is zero: a published "0 times" cannot be a fall.
            if not self.value:
                raise ValidationError(
                    "must be more than zero to fall that many times",
                    cls="Reported.as_ratio",
                    field="value",
                    value=self.value,
                )
            prec = max(28, len(self.value.as_tuple().digits) + 10)
            return (
                fixed_context(prec, ROUND_FLOOR).divide(1, high),
                fixed_context(prec, ROUND_CEILING).divide(1, low),
            )
        low, high = low.scaleb(-2, context=EXACT), high.scaleb(-2, context=EXACT)
        if self.kind is FigureKind.INDEX:
            if decrease:
                raise ValidationError(
                    "cannot be read as a decrease: an index is already the ratio",
                    cls="Reported.as_ratio",
                    field="decrease",
                    value=True,
                )
            return low, high
        if decrease:
            return EXACT.subtract(1, high), EXACT.subtract(1, low)
        return EXACT.add(1, low), EXACT.add(1, high)

    def as_growth(self, *, decrease: bool = False) -> tuple[Decimal, Decimal]:
        """The relative change implied by a change figure, as a fraction interval.

        >>> Reported.parse("104.9% of the previous year").as_growth()
        (Decimal('0.0485'), Decimal('0.0495'))
        """
        low, high = self.as_ratio(decrease=decrease)
        return EXACT.subtract(low, 1), EXACT.subtract(high, 1)

    def negated(self) -> Reported:
        """The figure with its sign flipped ("decreased by 3.2%" is a change of -3.2 %).

        Raises:
            ValidationError: an index or a multiple, which cannot be negative.

        >>> str(Reported.parse("3.2%").negated())
        '-3.2%'
        """
        if self.kind in (FigureKind.INDEX, FigureKind.MULTIPLE):
            raise ValidationError(
                f"cannot be negated: {UNITS_OF[self.kind]} is never negative",
                cls="Reported.negated",
                field="kind",
                value=self.kind.value,
            )
        return attrs.evolve(self, value=self.value.copy_negate())

    def _require_not_number(self, method: str) -> None:
        if self.kind is FigureKind.NUMBER:
            raise ValidationError(
                "must be PERCENT, INDEX or MULTIPLE; parse the figure with its '%' or "
                "'times', or pass kind=",
                cls=f"Reported.{method}",
                field="kind",
                value=self.kind.value,
            )

    # -- typos ----------------------------------------------------------------------------

    def typo_variants(self, *, marks: bool = False) -> tuple[Typo, ...]:
        """Every figure one keystroke from this one: the candidates for the true figure.

        One digit substituted, two adjacent digits swapped (not across the
        decimal mark), one digit left out or one inserted; with *marks*, also
        the decimal mark one digit off. Each variant keeps a valid format (no
        leading zero, grouping redone for its digit count, never a bare decimal
        mark) and the sign. Results are cached per published text and locale.

        >>> variants = Reported.parse("7,109").typo_variants()
        >>> len(variants), variants[0].text, variants[-1].text
        (87, '1,109', '71,098')
        >>> sorted({typo.kind.value for typo in variants})
        ['deletion', 'insertion', 'substitution', 'transposition']
        """
        _check_marks(marks, "Reported.typo_variants")
        return all_typos(
            *typo_digits(self.value, self.decimals, "Reported.typo_variants"), self.locale, marks
        )

    def typos_within(
        self, low: Decimal | int, high: Decimal | int, *, marks: bool = False
    ) -> tuple[Typo, ...]:
        """The one-keystroke variants whose value lies in ``[low, high]``.

        The audit asks exactly this: "the flows say the turnover lies in this
        interval; which typo of the published turnover lands there?"

        Raises:
            ValidationError: *low* is above *high*.

        >>> [t.text for t in Reported.parse("4,115.9").typos_within(4000, 4100)]
        ['4,015.9']
        """
        where = "Reported.typos_within"
        lo = as_decimal(low, cls=where, field="low", example="'4000'")
        hi = as_decimal(high, cls=where, field="high", example="'4100'")
        _check_marks(marks, where)
        if lo > hi:
            raise ValidationError(
                f"must not be above 'high' {_excerpt(hi)}", cls=where, field="low", value=lo
            )
        return typo_table(
            *typo_digits(self.value, self.decimals, where), self.locale, marks
        ).within(lo, hi)

    def corrected(self, typo: Typo) -> Reported:
        """This figure with the value and digits of *typo*, same kind and locale.

        >>> turnover = Reported.parse("10,224.9")
        >>> turnover.corrected(turnover.typos_within(11224, 11225)[0])
        Reported.parse('11,224.9')
        """
        if not isinstance(typo, Typo):
            raise WrongTypeError(
                "must be a Typo", cls="Reported.corrected", field="typo", value=typo
            )
        return attrs.evolve(self, value=typo.value, decimals=typo.decimals, span=None)


def find_typos(
    published: Reported | str,
    low: Decimal | int,
    high: Decimal | int,
    *,
    locale: str = "en",
    marks: bool = False,
) -> tuple[Typo, ...]:
    """Which one-keystroke slips turn a true value in ``[low, high]`` into *published*?

    Args:
        published: the figure as published (a Reported or its text).
        low, high: where the other figures put the true value, in its units.
        locale: the locale of *published* when it is text.
        marks: also consider a misplaced decimal mark.

    Returns:
        The typos, best described first (substitutions, then transpositions,
        insertions, deletions, misplaced marks; left to right).

    >>> [str(t) for t in find_typos("10,224.9", Decimal("11224.85"), Decimal("11224.95"))]
    ["11,224.9, published as 10,224.9: '1' typed as '0' at character 2"]
    """
    return Reported.coerce(published, locale=locale).typos_within(low, high, marks=marks)


@functools.lru_cache(maxsize=64)
def _half_unit(decimals: int) -> Decimal:
    return Decimal(5).scaleb(-decimals - 1, context=EXACT)


def _excerpt(number: Decimal) -> str:
    # A number's text in a message, cut as error values are (its digits may run to thousands).
    text = decimal_text(number)
    return text if len(text) <= 40 else describe_value(text)


def _check_marks(marks: object, cls: str) -> None:
    if not isinstance(marks, bool):
        raise WrongTypeError("must be True or False", cls=cls, field="marks", value=marks)
