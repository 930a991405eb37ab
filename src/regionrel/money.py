"""Money: an exact amount in one ISO 4217 currency, and the reader of amounts in text.

>>> exports = parse_money("7,109 million US dollars")
>>> exports
Money('7109000000', 'USD')
>>> imports = parse_money("4 115,9 млн долл. США", locale="ru")
>>> (exports + imports).format(scale="million", decimals=1)
'11,224.9 million USD'
>>> exports > imports, exports / imports > 1
(True, True)

Amounts are :class:`~decimal.Decimal` and never floats. Addition, subtraction
and multiplication are exact whatever their size; division rounds to 28
significant digits, half-even, whatever decimal context the caller has set.
"""

from __future__ import annotations

import re
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Any, Final, Literal, overload

import attrs

from regionrel._exact import EXACT, MAX_EXPONENT, STANDARD
from regionrel._numbers import NumberText, check_locale, format_number, scan_number
from regionrel._unit_registry import CURRENCY_DIMENSION, currency_dimension, registry
from regionrel._validators import EXPONENT_RULE, as_decimal, check_exponent
from regionrel.display import NotebookDisplay
from regionrel.errors import CurrencyMismatchError, ParseError, ValidationError, WrongTypeError
from regionrel.scales import Scale

if TYPE_CHECKING:
    from pint import Quantity as _Quantity

    Quantity = _Quantity[Any]

__all__ = ["CURRENCIES", "Money", "parse_money"]

#: The active ISO 4217 currency codes (list one, funds and special codes included),
#: as published by the ISO 4217 maintenance agency and shipped in the Debian
#: iso-codes data of pycountry 26.2.16 (data/iso4217.json). Held here as Python
#: data because importing pycountry costs more than all of regionrel.
_ISO_4217_CODES: Final = """
    AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP
    BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN
    ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK
    JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD
    MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP
    PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP
    SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV
    WST XAD XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR
    ZMW ZWG
"""
CURRENCIES: Final[frozenset[str]] = frozenset(_ISO_4217_CODES.split())

#: Longest text that parse_money reads; longer input is refused unread.
MAX_TEXT: Final = 1000

_SIGNS: Final = "+-\u2212\u2013"


def check_currency(value: object, cls: str = "Money") -> str:
    """Return *value* if it is an ISO 4217 code that the library knows; raise a named error."""
    if type(value) is str and value in CURRENCIES:
        return value
    if not isinstance(value, str):
        raise WrongTypeError(
            "must be an ISO 4217 code as a str, such as 'USD'",
            cls=cls,
            field="currency",
            value=value,
        )
    if value in CURRENCIES:
        return str.__str__(value)  # a plain copy: a subclass's own __str__ is not called
    if value.strip().upper() in CURRENCIES:
        rule = f"must be an ISO 4217 code exactly, in capitals: {value.strip().upper()!r}"
    else:
        rule = "must be a known ISO 4217 currency code, such as 'USD', 'EUR' or 'RUB'"
    raise ValidationError(rule, cls=cls, field="currency", value=value)


def _currency_of(dimensions: dict[str, Any]) -> str | None:
    """The code of the one currency that *dimensions* (a pint dimensionality) is, if any."""
    if len(dimensions) != 1:
        return None
    ((dimension, exponent),) = dimensions.items()
    prefix, suffix = CURRENCY_DIMENSION.split("{}")
    code = dimension.removeprefix(prefix).removesuffix(suffix)
    if exponent != 1 or dimension != currency_dimension(code) or code not in CURRENCIES:
        return None
    return code


def _trim(value: Decimal) -> Decimal:
    """*value* without trailing zeros after the decimal mark, exactly, and never in E notation."""
    # normalize() drops every trailing zero (7100 becomes 71E+2); the "f" format
    # writes the zeros of a whole number back.
    return Decimal(f"{value.normalize(EXACT):f}")


@attrs.frozen(init=False, repr=False, eq=False)
class Money(NotebookDisplay):
    """An exact amount of money in one currency.

    Args:
        amount: an int, a :class:`~decimal.Decimal` or a decimal string, in
            whole currency units (dollars, not cents), read by the library's one rule
            for exact numbers (:func:`regionrel._validators.as_decimal`). Floats are
            refused: use :meth:`Money.from_float` to accept a float's shortest form.
        currency: an ISO 4217 code in capitals, such as ``"USD"``.

    Raises:
        WrongTypeError: an amount or currency of the wrong type (a float amount).
        ValidationError: an amount that is not a finite number, or an unknown currency.

    Amounts in one currency add, subtract, compare and divide; amounts in two
    currencies raise :class:`~regionrel.errors.CurrencyMismatchError` (equality
    is simply false). An amount multiplies and divides by an int or a Decimal;
    floats are refused there too. ``sum()`` works.

    >>> Money("7109.5", "USD") - Money(4115, "USD")
    Money('2994.5', 'USD')
    >>> sum([Money(1, "EUR"), Money(2, "EUR")])
    Money('3', 'EUR')
    >>> Money(1, "USD") < Money(2, "RUB")
    Traceback (most recent call last):
    ...
    regionrel.errors.CurrencyMismatchError: Money: cannot apply '<' to amounts in USD and RUB: convert one of them first with ExchangeRates
    >>> Money(7109.0, "USD")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: Money: 'amount' must be an exact number (a Decimal, an int or decimal text such as '7109.5'), not a float: write Decimal(str(x)) (got 7109.0 that is a float)
    """

    #: The exact amount, in whole currency units.
    amount: Decimal
    #: The ISO 4217 code of the currency.
    currency: str

    def __init__(self, amount: int | Decimal | str, currency: str) -> None:
        # A finite Decimal is what as_decimal would return: the common case skips the call
        # (benchmarks/bench_money.py). The rule's default example, '7109.5', is Money's own.
        if amount.__class__ is not Decimal or not amount.is_finite() or not amount:
            amount = as_decimal(amount, cls="Money", field="amount")
            if not amount:
                amount = amount.copy_abs()  # "-0" is zero: no sign to print
        elif not -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT:
            raise ValidationError(EXPONENT_RULE, cls="Money", field="amount", value=amount)
        _set_amount(self, amount)
        _set_currency(self, check_currency(currency))

    # -- named constructors ---------------------------------------------------------

    @classmethod
    def from_float(cls, amount: float, currency: str) -> Money:
        """Build an amount from a float, through its shortest decimal form.

        ``0.1`` becomes exactly ``Decimal("0.1")``, not the binary fraction
        the float holds.

        Raises:
            WrongTypeError: *amount* is not a float or an int.
            ValidationError: *amount* is NaN or infinite; an unknown currency.

        >>> Money.from_float(4115.9, "USD")
        Money('4115.9', 'USD')
        """
        if not isinstance(amount, float | int) or isinstance(amount, bool):
            raise WrongTypeError(
                "must be a float or an int", cls="Money.from_float", field="amount", value=amount
            )
        exact = Decimal(repr(amount)) if isinstance(amount, float) else Decimal(amount)
        if not exact.is_finite():
            raise ValidationError(
                "must be a finite number", cls="Money.from_float", field="amount", value=amount
            )
        check_exponent(exact, cls="Money.from_float", field="amount", value=amount)
        return checked_money(exact, check_currency(currency, "Money.from_float"))

    @classmethod
    def zero(cls, currency: str) -> Money:
        """No money in *currency*: the start of a sum.

        >>> Money.zero("RUB")
        Money('0', 'RUB')
        """
        return checked_money(Decimal(0), check_currency(currency, "Money.zero"))

    @classmethod
    def parse(cls, text: str, *, locale: str = "en") -> Money:
        """Read an amount from text; the same as :func:`parse_money`.

        >>> Money.parse(str(Money("-4115.9", "USD")))
        Money('-4115.9', 'USD')
        """
        return parse_money(text, locale=locale)

    @classmethod
    def from_pint(cls, quantity: Quantity) -> Money:
        """Build an amount from a pint quantity in one currency.

        The quantity may come from regionrel's registry or from a registry that
        :func:`regionrel.units.install_definitions` prepared. A float magnitude
        goes through :meth:`from_float`.

        Raises:
            WrongTypeError: *quantity* is not a pint quantity.
            ValidationError: its units are not exactly one currency.

        >>> Money.from_pint(Money("7.1", "USD").to_pint())
        Money('7.1', 'USD')
        """
        import pint

        if not isinstance(quantity, pint.Quantity):
            raise WrongTypeError(
                "must be a pint Quantity", cls="Money.from_pint", field="quantity", value=quantity
            )
        code = _currency_of(dict(quantity.dimensionality))
        if code is None:
            raise ValidationError(
                "must be in exactly one currency, such as USD or kUSD",
                cls="Money.from_pint",
                field="quantity",
                value=str(quantity.units),
            )
        try:
            with localcontext(STANDARD):
                magnitude = quantity.to(code).magnitude
        except Exception as exc:  # a registry in a state regionrel did not prepare
            raise ValidationError(
                f"cannot be converted to {code} ({exc})",
                cls="Money.from_pint",
                field="quantity",
                value=str(quantity.units),
            ) from exc
        if isinstance(magnitude, float):
            return cls.from_float(magnitude, code)
        if isinstance(magnitude, Decimal | int) and not isinstance(magnitude, bool):
            exact = check_exponent(
                Decimal(magnitude), cls="Money.from_pint", field="quantity", value=magnitude
            )
            return cls(_trim(exact), code)
        raise WrongTypeError(
            "must have a number as its magnitude",
            cls="Money.from_pint",
            field="quantity",
            value=magnitude,
        )

    # -- conversions ----------------------------------------------------------------

    def to_pint(self) -> Quantity:
        """The amount as a pint quantity in regionrel's registry, its magnitude exact.

        >>> q = Money("7109", "USD").to_pint()
        >>> q.to("MUSD")
        <Quantity(0.007109, 'megaUSD')>
        """
        return registry().Quantity(self.amount, self.currency)

    def in_scale(self, scale: Scale | str | int) -> Decimal:
        """The amount as a number of *scale*: 7,109 for 7,109,000,000 in millions.

        Exact; trailing zeros after the decimal mark are dropped.

        Raises:
            WrongTypeError, ValidationError: *scale* is not a scale.

        >>> Money("10224900000", "USD").in_scale("million")
        Decimal('10224.9')
        """
        exponent = Scale.coerce(scale).exponent
        return _trim(self.amount.scaleb(-exponent, EXACT))

    def format(
        self,
        *,
        scale: Scale | str | int = Scale.UNIT,
        decimals: int | None = None,
        locale: str = "en",
        style: Literal["code", "name"] | None = None,
    ) -> str:
        """The amount written as a publication in *locale* would write it.

        Args:
            scale: the scale to state the amount in, or ``"auto"`` for the
                largest scale that the amount reaches.
            decimals: digits after the decimal mark (rounded half up); ``None``
                writes the amount exactly.
            locale: ``"en"`` or ``"ru"``.
            style: ``"code"`` (``USD``) or ``"name"`` (``US dollars``,
                ``долл. США``). By default English writes codes and Russian
                names; a currency without a name is written as its code.

        Raises:
            WrongTypeError, ValidationError: a bad argument.

        >>> m = Money("7109000000", "USD")
        >>> m.format(scale="million", decimals=1)
        '7,109.0 million USD'
        >>> m.format(scale="auto", locale="ru")
        '7,109 млрд долл. США'
        >>> m.format(scale="million", locale="ru", style="code")
        '7 109 млн USD'
        """
        loc = check_locale(locale, cls="Money.format")
        if style not in (None, "code", "name"):
            raise ValidationError(
                "must be 'code', 'name' or None", cls="Money.format", field="style", value=style
            )
        chosen = self._auto_scale() if scale == "auto" else Scale.coerce(scale)
        number = format_number(self.in_scale(chosen), decimals=decimals, locale=loc)
        # By default English writes codes and Russian names; a currency without a name
        # is written as its code.
        named = style == "name" or (style is None and loc == "ru")
        name = _NAMES_OUT[loc].get(self.currency) if named else None
        words = [number, chosen.word(locale=loc), name or self.currency]
        return " ".join(word for word in words if word)

    def _auto_scale(self) -> Scale:
        size = self.amount.copy_abs()
        for scale in reversed(Scale):
            if size >= scale.factor:
                return scale
        return Scale.UNIT

    # -- text -----------------------------------------------------------------------

    def __str__(self) -> str:
        """The canonical text, which :func:`parse_money` reads back: ``7109000000 USD``."""
        return f"{self.amount:f} {self.currency}"

    def __repr__(self) -> str:
        return f"Money('{self.amount:f}', {self.currency!r})"

    # -- arithmetic -----------------------------------------------------------------

    def __add__(self, other: Money | int) -> Money:
        if other.__class__ is Money and self.currency is other.currency:  # the fast path
            # checked_money inlined: the call was a fifth of an addition's time
            amount = _add(self.amount, other.amount)
            if not amount:
                amount = amount.copy_abs()  # only a zero sum can be a negative zero
            money = _new(Money)
            _set_amount(money, amount)
            _set_currency(money, self.currency)
            return money
        if isinstance(other, Money):
            if self.currency is other.currency or self.currency == other.currency:
                return checked_money(_add(self.amount, other.amount), self.currency)
            raise CurrencyMismatchError(self.currency, other.currency, operation="+", cls="Money")
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __radd__(self, other: int) -> Money:
        # sum() starts from the int 0.
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: Money) -> Money:
        if isinstance(other, Money):
            if self.currency is other.currency or self.currency == other.currency:
                return checked_money(_subtract(self.amount, other.amount), self.currency)
            raise CurrencyMismatchError(self.currency, other.currency, operation="-", cls="Money")
        return NotImplemented

    def __neg__(self) -> Money:
        return checked_money(self.amount.copy_negate(), self.currency)

    def __pos__(self) -> Money:
        return self

    def __abs__(self) -> Money:
        return checked_money(self.amount.copy_abs(), self.currency)

    def __bool__(self) -> bool:
        return bool(self.amount)

    def __mul__(self, other: int | Decimal) -> Money:
        factor = _factor(other, "*")
        if factor is None:
            return NotImplemented
        return checked_money(_bounded(_multiply(self.amount, factor), "*"), self.currency)

    __rmul__ = __mul__

    @overload
    def __truediv__(self, other: Money) -> Decimal: ...

    @overload
    def __truediv__(self, other: int | Decimal) -> Money: ...

    def __truediv__(self, other: Money | int | Decimal) -> Money | Decimal:
        if isinstance(other, Money):
            if self.currency != other.currency:
                raise CurrencyMismatchError(
                    self.currency, other.currency, operation="/", cls="Money"
                )
            return _divide(self.amount, other.amount)
        divisor = _factor(other, "/")
        if divisor is None:
            return NotImplemented
        return checked_money(_bounded(_divide(self.amount, divisor), "/"), self.currency)

    def __rtruediv__(self, other: object) -> Money:
        if isinstance(other, int | Decimal | float):
            raise WrongTypeError(
                "cannot divide a number by an amount of money",
                cls="Money",
                field="/",
                value=other,
            )
        return NotImplemented

    # -- equality and order ---------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        # Equal amounts in one currency; amounts in two currencies are simply unequal.
        # Amounts first: most unequal pairs stop there, which keeps == fast.
        try:
            return (
                self.amount == other.amount  # type: ignore[attr-defined]
                and self.currency == other.currency  # type: ignore[attr-defined]
                and other.__class__ is self.__class__
            )
        except AttributeError:
            return NotImplemented

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))

    def _comparable(self, other: object, operation: str) -> bool:
        """Whether *other* is a Money in this currency; raise when it is in another."""
        if not isinstance(other, Money):
            return False
        if self.currency != other.currency:
            raise CurrencyMismatchError(
                self.currency, other.currency, operation=operation, cls="Money"
            )
        return True

    def __lt__(self, other: Money) -> bool:
        # The fast path: the same class and the very same currency string.
        if other.__class__ is Money and self.currency is other.currency:
            return self.amount < other.amount
        if self._comparable(other, "<"):
            return self.amount < other.amount
        return NotImplemented

    def __le__(self, other: Money) -> bool:
        # The fast path: the same class and the very same currency string.
        if other.__class__ is Money and self.currency is other.currency:
            return self.amount <= other.amount
        if self._comparable(other, "<="):
            return self.amount <= other.amount
        return NotImplemented

    def __gt__(self, other: Money) -> bool:
        # The fast path: the same class and the very same currency string.
        if other.__class__ is Money and self.currency is other.currency:
            return self.amount > other.amount
        if self._comparable(other, ">"):
            return self.amount > other.amount
        return NotImplemented

    def __ge__(self, other: Money) -> bool:
        # The fast path: the same class and the very same currency string.
        if other.__class__ is Money and self.currency is other.currency:
            return self.amount >= other.amount
        if self._comparable(other, ">="):
            return self.amount >= other.amount
        return NotImplemented


_set_amount = Money.__dict__["amount"].__set__
_set_currency = Money.__dict__["currency"].__set__
_new = object.__new__
_add = EXACT.add
_subtract = EXACT.subtract
_multiply = EXACT.multiply
_quotient = STANDARD.divide


def checked_money(amount: Decimal, currency: str) -> Money:
    """A Money from values already checked (a finite Decimal, a known code): the fast path.

    A negative zero (``-0 * 5``, ``-Money(0, ...)``) becomes zero, as in the constructor.
    """
    if not amount:
        amount = amount.copy_abs()
    money = _new(Money)
    _set_amount(money, amount)
    _set_currency(money, currency)
    return money


def _bounded(amount: Decimal, operation: str) -> Decimal:
    """*amount*, the result of *operation*, if within the bound on size every Money keeps."""
    if -MAX_EXPONENT <= amount.adjusted() <= MAX_EXPONENT:
        return amount
    raise ValidationError(
        "gives an amount beyond the bound on size: every amount "
        + EXPONENT_RULE.removeprefix("must ").replace("lie ", "lies ", 1),
        cls="Money",
        field=operation,
        value=amount,
    )


def _factor(value: object, operation: str) -> Decimal | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return check_exponent(Decimal(int(value)), cls="Money", field=operation, value=value)
    if isinstance(value, Decimal):
        if value.is_finite():
            return check_exponent(value, cls="Money", field=operation)
        raise ValidationError("needs a finite number", cls="Money", field=operation, value=value)
    if isinstance(value, float):
        raise WrongTypeError(
            "needs an int or a Decimal, not a float: write Decimal(str(x))",
            cls="Money",
            field=operation,
            value=value,
        )
    return None


def _divide(dividend: Decimal, divisor: Decimal) -> Decimal:
    """The quotient to 28 significant digits, half-even, whatever the caller's context."""
    if not divisor:
        raise ValidationError("cannot divide by zero", cls="Money", field="/", value=divisor)
    try:
        return _quotient(dividend, divisor)
    except ArithmeticError as exc:  # past 10**999999
        raise ValidationError(
            f"the quotient is out of range ({exc.__class__.__name__})",
            cls="Money",
            field="/",
            value=divisor,
        ) from exc


# -- reading and writing amounts in text ----------------------------------------------

#: Names that a locale writes after an amount.
_NAMES_OUT: Final[dict[str, dict[str, str]]] = {
    "en": {
        "USD": "US dollars",
        "EUR": "euros",
        "RUB": "roubles",
        "GBP": "pounds sterling",
        "CNY": "yuan",
        "JPY": "yen",
        "CHF": "Swiss francs",
    },
    "ru": {
        "USD": "долл. США",
        "EUR": "евро",
        "RUB": "руб.",
        "GBP": "фунтов стерлингов",
        "CNY": "юаней",
        "JPY": "иен",
        "CHF": "швейцарских франков",
        "KZT": "тенге",
        "BYN": "белорусских рублей",
        "UAH": "гривен",
    },
}

#: Symbols, read before or after an amount.
_SYMBOLS: Final[dict[str, str]] = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₽": "RUB",
    "₸": "KZT",
    "₴": "UAH",
    "₹": "INR",
    "₺": "TRY",
}

#: Names, read after an amount, in any case. Both languages are read in either locale.
_NAMES_IN: Final[dict[str, str]] = {
    # English
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "united states dollars": "USD",
    "american dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "russian roubles": "RUB",
    "russian rubles": "RUB",
    "roubles": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "ruble": "RUB",
    "belarusian roubles": "BYN",
    "belarusian rubles": "BYN",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "british pounds": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "tenge": "KZT",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "indian rupees": "INR",
    "turkish lira": "TRY",
    # Russian
    "долл. сша": "USD",
    "долларов сша": "USD",
    "доллара сша": "USD",
    "доллар сша": "USD",
    "долл.": "USD",
    "долл": "USD",
    "дол.": "USD",
    "долларов": "USD",
    "доллара": "USD",
    "доллар": "USD",
    "евро": "EUR",
    "руб.": "RUB",
    "руб": "RUB",
    "рублей": "RUB",
    "рубля": "RUB",
    "рубль": "RUB",
    "российских рублей": "RUB",
    "белорусских рублей": "BYN",
    "белорусского рубля": "BYN",
    "юаней": "CNY",
    "юаня": "CNY",
    "юань": "CNY",
    "фунтов стерлингов": "GBP",
    "фунта стерлингов": "GBP",
    "иен": "JPY",
    "иены": "JPY",
    "швейцарских франков": "CHF",
    "швейцарского франка": "CHF",
    "тенге": "KZT",
    "гривен": "UAH",
    "гривны": "UAH",
    "гривна": "UAH",
}


# Names without their spaces, in lower case: "долл.США" and "долл. США" are one name.
_NAMES_BY_KEY: Final = {name.replace(" ", ""): code for name, code in _NAMES_IN.items()}


# pragma: no mutate start
def _pattern(words: list[str]) -> str:
    """One alternation of *words*, longest first (at import, so not mutation-tested)."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in ordered)


# pragma: no mutate end


# A name or code counts only when no letter follows it ("USD" but not "USDX").
_NOT_LETTER: Final = r"(?![^\W\d_])"
_PREFIX_RE: Final = re.compile(
    rf"(?P<code>[A-Z]{{3}}){_NOT_LETTER}|(?P<symbol>{_pattern(list(_SYMBOLS))})"
)
_SUFFIX_RE: Final = re.compile(
    rf"(?P<code>[A-Z]{{3}}){_NOT_LETTER}|(?P<symbol>{_pattern(list(_SYMBOLS))})"
    rf"|(?i:(?P<name>{_pattern(list(_NAMES_IN))}))(?:(?<=\.)|{_NOT_LETTER})"
)
_SPACE_RE: Final = re.compile(r"\s*")


def _currency_at(pattern: re.Pattern[str], text: str, pos: int) -> tuple[str, int] | None:
    match = pattern.match(text, pos)
    if match is None:
        return None
    if match["code"]:
        if match["code"] not in CURRENCIES:
            return None
        return match["code"], match.end()
    if match["symbol"]:
        return _SYMBOLS[match["symbol"]], match.end()
    return _NAMES_BY_KEY["".join(match["name"].lower().split())], match.end()


def _skip_space(text: str, pos: int) -> int:
    match = _SPACE_RE.match(text, pos)
    assert match is not None  # \s* always matches
    return match.end()


def _number_at(text: str, pos: int, locale: str) -> NumberText | None:
    try:
        return scan_number(text, pos, locale=locale)
    except ParseError as exc:
        raise ParseError(exc.rule, cls="parse_money", text=text, position=exc.position) from exc


def parse_money(text: str, *, locale: str = "en") -> Money:
    """Read an amount of money written as publications write it.

    The amount is a number in the locale's notation, an optional scale word,
    and a currency: an ISO 4217 code or a symbol before or after the number,
    or a name after it. Compound amounts ("76 млрд 721 млн долларов") add up
    their parts; each part after the first needs a smaller scale word.

    Args:
        text: the amount alone, such as ``"7,109 million US dollars"``,
            ``"USD 4.1 bn"``, ``"$7.1 billion"`` or ``"10 224,9 млн долл. США"``.
        locale: ``"en"`` or ``"ru"``: decides what ``,`` and ``.`` mean in numbers.

    Returns:
        The exact amount, in whole currency units.

    Raises:
        ParseError: the text is not an amount; the error says where reading stopped.
        WrongTypeError, ValidationError: *text* is not a str, or an unknown locale.

    >>> parse_money("10,224.9 million USD")
    Money('10224900000', 'USD')
    >>> parse_money("76 млрд 721 млн долларов", locale="ru")
    Money('76721000000', 'USD')
    >>> parse_money("-$7.1bn")
    Money('-7100000000', 'USD')
    >>> parse_money("7,109 million dollers")
    Traceback (most recent call last):
    ...
    regionrel.errors.ParseError: parse_money: expected a currency after the amount, such as 'USD', 'US dollars' or 'руб.' (got '7,109 million dollers', stopped at position 14 before 'dollers')
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls="parse_money", field="text", value=text)
    loc = check_locale(locale, cls="parse_money")
    if len(text) > MAX_TEXT:
        raise ParseError(f"is longer than {MAX_TEXT} characters", cls="parse_money", text=text)
    money, end = _read_money(text, 0, loc)
    end = _skip_space(text, end)
    if end != len(text):
        raise ParseError("has text after the amount", cls="parse_money", text=text, position=end)
    return money


def _read_money(text: str, pos: int, locale: str) -> tuple[Money, int]:
    pos = _skip_space(text, pos)
    negative = False
    currency: str | None = None
    if pos < len(text) and text[pos] in _SIGNS:
        prefix = _currency_at(_PREFIX_RE, text, _skip_space(text, pos + 1))
        if prefix is not None:
            negative = text[pos] != "+"
            currency, pos = prefix
    else:
        prefix = _currency_at(_PREFIX_RE, text, pos)
        if prefix is not None:
            currency, pos = prefix
    amount, pos = _read_amount(text, _skip_space(text, pos), locale)
    if currency is None:
        after = _skip_space(text, pos)
        suffix = _currency_at(_SUFFIX_RE, text, after)
        if suffix is None:
            raise ParseError(
                "expected a currency after the amount, such as 'USD', 'US dollars' or 'руб.'",
                cls="parse_money",
                text=text,
                position=after,
            )
        currency, pos = suffix
    if negative:
        amount = amount.copy_negate()
    return checked_money(amount, currency), pos


def _read_amount(text: str, pos: int, locale: str) -> tuple[Decimal, int]:
    number = _number_at(text, pos, locale)
    if number is None:
        raise ParseError("expected a number", cls="parse_money", text=text, position=pos)
    total: Decimal = number.value
    end = number.end
    found = Scale.scan(text, _skip_space(text, end))
    if found is None:
        return total, end
    scale, end = found
    total = _trim(number.value.scaleb(scale.exponent, EXACT))
    while True:
        start = _skip_space(text, end)
        if start == end:
            return total, end
        number = _number_at(text, start, locale)
        if number is None:
            return total, end
        if number.value.is_signed():
            raise ParseError(
                "a later part of a compound amount cannot carry a sign",
                cls="parse_money",
                text=text,
                position=start,
            )
        after = _skip_space(text, number.end)
        found = Scale.scan(text, after)
        if found is None or found[0].factor >= scale.factor:
            raise ParseError(
                f"expected a scale word smaller than {scale.word()!r} after this part "
                "of a compound amount",
                cls="parse_money",
                text=text,
                position=after,
            )
        scale, end = found
        part = number.value.scaleb(scale.exponent, EXACT)
        total = _trim(_add(total, part.copy_negate() if total.is_signed() else part))
