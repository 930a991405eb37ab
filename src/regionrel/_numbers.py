"""The library's own reader and writer of numbers in text, by locale.

Published figures are written by the conventions of their language, and the
locale decides what a separator means: "7,109" is seven thousand one hundred
and nine in English and seven point one zero nine in Russian. Pint's
``parse_expression`` is never used for this (it deletes every comma, so "1,5"
becomes 15, and reads "7 109" as 7 times 109).

Rules of the two locales:

``"en"``
    Thousands are grouped with ``,`` or with a space (ordinary U+0020, no-break
    U+00A0, narrow no-break U+202F or thin U+2009); the decimal mark is ``.``.
``"ru"``
    Thousands are grouped with a space (the same four); the decimal mark is
    ``,``, and ``.`` is accepted as a decimal mark too, as Russian statistical
    tables often print it. So "7.109" in ``"ru"`` is seven point one zero
    nine: Russian never groups thousands with a point, and reading it any
    other way would make the accepted decimal point ambiguous.

Grouping must be regular: a first group of one to three digits, then groups of
exactly three digits, all with the same kind of separator (a comma, or
spaces). A sign ``+``, ``-``, ``−`` (U+2212, the typographic minus) or ``–``
(U+2013, the en dash that Russian tables print as a minus) may precede the
digits, with nothing between. There is no exponent notation, and "NaN" or
"Infinity" are not numbers.

Where a number ends: a scan stops at the first character that cannot continue
the number, so a sentence comma or full stop is left alone ("amounted to
7,109." gives 7109; "in 2018, trading" gives 2018). A group separator or
decimal mark that is followed by a digit but cannot continue the number is a
malformed number, and is refused rather than cut short: "1,5" in ``"en"`` is
neither fifteen nor one (a decimal comma needs ``locale="ru"``), and
"12.01.2021" is not a number in either locale. A space followed by digits that
do not form a group simply ends the number ("in 2018 12 firms" gives 2018).

>>> parse_number("10,224.9").value
Decimal('10224.9')
>>> parse_number("10 224,9", locale="ru").value
Decimal('10224.9')
>>> format_number(Decimal("7109.0"))
'7,109.0'
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Final, Literal

import attrs

# The contexts and exact helpers live a floor down, in _exact, so that the ground floor's
# rules (_validators) can read numbers without this module; they stay importable from here.
from regionrel._exact import EXACT as EXACT
from regionrel._exact import ROUNDING_MODES as ROUNDING_MODES
from regionrel._exact import STANDARD as STANDARD
from regionrel._exact import decimal_text as decimal_text
from regionrel._exact import exact_sum as exact_sum
from regionrel._exact import fixed_context as fixed_context
from regionrel._exact import read_decimal as read_decimal
from regionrel._validators import as_decimal, checked_by_annotation
from regionrel.errors import ParseError, ValidationError, WrongTypeError

__all__ = [
    "LOCALES",
    "NumberText",
    "check_locale",
    "format_number",
    "parse_number",
    "scan_number",
]

#: The locales the reader and writer know.
LOCALES: Final = ("en", "ru")

Locale = Literal["en", "ru"]

_SPACES: Final = " \u00a0\u202f\u2009"
_SIGNS: Final = {"+": "", "-": "-", "\u2212": "-", "\u2013": "-"}
_DIGITS: Final = frozenset("0123456789")

_SPACE_GROUPS: Final = rf"[0-9]{{1,3}}(?:[{_SPACES}][0-9]{{3}})+(?![0-9])"
_COMMA_GROUPS: Final = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
_SIGN: Final = r"(?P<sign>[-+\u2212\u2013])?"
_PATTERNS: Final = {
    "en": re.compile(
        rf"{_SIGN}(?P<int>{_COMMA_GROUPS}|{_SPACE_GROUPS}|[0-9]+)(?:\.(?P<frac>[0-9]+))?"
    ),
    "ru": re.compile(rf"{_SIGN}(?P<int>{_SPACE_GROUPS}|[0-9]+)(?:[,.](?P<frac>[0-9]+))?"),
}
#: Characters that, right after a number and before a digit, make it malformed.
_MARKS: Final = {"en": ",.", "ru": ",."}
#: The group separator and decimal mark that the writer uses.
_GROUP: Final = {"en": ",", "ru": " "}
_POINT: Final = {"en": ".", "ru": ","}


@attrs.frozen(field_transformer=checked_by_annotation)
class NumberText:
    """A number as it appears in a text, with its exact value and where it is.

    >>> scan_number("amounted to 7,109.", 12)
    NumberText(text='7,109', value=Decimal('7109'), decimals=0, start=12, end=17)
    """

    #: The characters of the number exactly as in the source, sign included.
    text: str
    #: The exact value; trailing zeros of the fraction are kept ("7,109.0").
    value: Decimal
    #: How many digits follow the decimal mark (0 when there is none).
    decimals: int
    #: Where the number starts in the scanned text.
    start: int
    #: Where it ends (exclusive).
    end: int


def check_locale(locale: object, *, cls: str) -> Locale:
    """Return *locale* when it is one the reader knows, else raise.

    Raises:
        WrongTypeError: *locale* is not a str.
        ValidationError: *locale* is not ``"en"`` or ``"ru"``.

    >>> check_locale("fr", cls="parse_number")
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: parse_number: 'locale' must be 'en' or 'ru' (got 'fr')
    """
    if not isinstance(locale, str):
        raise WrongTypeError("must be a str, 'en' or 'ru'", cls=cls, field="locale", value=locale)
    for known in LOCALES:  # the library's own str: a subclass may compare or hash as it likes
        if str.__eq__(locale, known):
            return known
    raise ValidationError("must be 'en' or 'ru'", cls=cls, field="locale", value=locale)


def _check_text(text: object, cls: str) -> str:
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls=cls, field="text", value=text)
    return text


def scan_number(text: str, pos: int = 0, *, locale: str = "en") -> NumberText | None:
    """Read the number that starts at *pos* in *text*, if one does.

    Args:
        text: the text to read from.
        pos: where the number must start (its sign or first digit).
        locale: ``"en"`` or ``"ru"``; decides what ``,`` and ``.`` mean.

    Returns:
        The number, with its span in *text*, or ``None`` when no number starts
        at *pos*. The scan stops at the first character that cannot continue
        the number, so a trailing comma or full stop of the sentence is left.

    Raises:
        ParseError: the number is malformed: a separator or decimal mark right
            after it is followed by a digit ("1,5" in ``"en"``, "1,234,5").
        WrongTypeError, ValidationError: bad *text*, *pos* or *locale*.

    >>> scan_number("in 2018, trading", 3).value
    Decimal('2018')
    >>> scan_number("increased by 21.5%", 13).text
    '21.5'
    >>> scan_number("7,109", locale="ru").value
    Decimal('7.109')
    >>> scan_number("NaN") is None
    True
    >>> scan_number("1,5")
    Traceback (most recent call last):
    ...
    regionrel.errors.ParseError: scan_number: 'text' has a malformed number: in locale 'en' ',' groups thousands and must be followed by exactly three digits (for a decimal comma use locale='ru') (got '1,5', stopped at position 1 before ',5')
    """
    text = _check_text(text, "scan_number")
    loc = check_locale(locale, cls="scan_number")
    if not isinstance(pos, int) or isinstance(pos, bool):
        raise WrongTypeError("must be an int", cls="scan_number", field="pos", value=pos)
    if not 0 <= pos <= len(text):
        raise ValidationError(
            f"must be between 0 and the text's length {len(text)}",
            cls="scan_number",
            field="pos",
            value=pos,
        )
    return scan_at(text, pos, loc, "scan_number")


def scan_at(text: str, pos: int, locale: Locale, cls: str) -> NumberText | None:
    """:func:`scan_number` for callers that checked their arguments; errors name *cls*."""
    match = _PATTERNS[locale].match(text, pos)
    if match is None:
        return None
    end = match.end()
    if end + 1 < len(text) and text[end] in _MARKS[locale] and text[end + 1] in _DIGITS:
        raise ParseError(
            f"has a malformed number: {_why_malformed(text[end], locale, match)}",
            cls=cls,
            field="text",
            text=text,
            position=end,
        )
    sign, integer, fraction = match.group("sign", "int", "frac")
    if not integer.isdigit():  # ASCII digits, and group separators when it has any
        integer = "".join(ch for ch in integer if ch in _DIGITS)
    if sign:
        integer = _SIGNS[sign] + integer
    if fraction is None:
        return NumberText(text[pos:end], Decimal(integer), 0, pos, end)
    return NumberText(text[pos:end], Decimal(f"{integer}.{fraction}"), len(fraction), pos, end)


def _why_malformed(mark: str, locale: Locale, match: re.Match[str]) -> str:
    # A decimal mark followed by a digit is always read as the fraction, so a
    # mark left over before a digit either follows the fraction, or is an
    # English comma after a group that is not three digits long.
    if match["frac"] is not None or locale != "en":
        return f"{mark!r} cannot follow the decimal part"
    return (
        "in locale 'en' ',' groups thousands and must be followed by exactly three digits "
        "(for a decimal comma use locale='ru')"
    )


def parse_number(text: str, *, locale: str = "en") -> NumberText:
    """Read *text* as exactly one number (surrounding whitespace allowed).

    Args:
        text: the number, e.g. ``"10,224.9"`` or ``"-3.2"``.
        locale: ``"en"`` or ``"ru"``.

    Returns:
        The number; its ``start`` and ``end`` are its span within *text*.

    Raises:
        ParseError: *text* is not one number; the error says where reading stopped.
        WrongTypeError, ValidationError: *text* is not a str, or an unknown locale.

    >>> parse_number(" 1 000 000 ").value
    Decimal('1000000')
    >>> parse_number("−3,20", locale="ru")
    NumberText(text='−3,20', value=Decimal('-3.20'), decimals=2, start=0, end=5)
    >>> parse_number("7,109 million")
    Traceback (most recent call last):
    ...
    regionrel.errors.ParseError: parse_number: 'text' has text after the number (got '7,109 million', stopped at position 6 before 'million')
    """
    text = _check_text(text, "parse_number")
    loc = check_locale(locale, cls="parse_number")
    start = len(text) - len(text.lstrip())
    number = scan_at(text, start, loc, "parse_number")
    if number is None:
        rule = "is empty" if not text.strip() else "must start with a digit or a sign and a digit"
        raise ParseError(rule, cls="parse_number", field="text", text=text, position=start)
    rest = len(text) - len(text[number.end :].lstrip())
    if rest != len(text):
        raise ParseError(
            "has text after the number", cls="parse_number", field="text", text=text, position=rest
        )
    return number


def check_rounding(rounding: object, *, cls: str) -> str:
    """Return *rounding* when it names a rounding mode of :mod:`decimal`, else raise.

    >>> check_rounding("ROUND_HALF_EVEN", cls="format_number")
    'ROUND_HALF_EVEN'
    """
    if not isinstance(rounding, str) or rounding not in ROUNDING_MODES:
        raise ValidationError(
            "must be a rounding mode of the decimal module, such as 'ROUND_HALF_UP'",
            cls=cls,
            field="rounding",
            value=rounding,
        )
    return rounding


#: The most digits after the mark a figure may have: far past any publication, and
#: well inside what decimal can quantize to (past about 10**6 it cannot).
MAX_DECIMALS: Final = 1000


def check_decimals(decimals: object, *, cls: str) -> int:
    """Return *decimals* when it is a count of digits (an int, at least 0), else raise."""
    if not isinstance(decimals, int) or isinstance(decimals, bool):
        raise WrongTypeError("must be an int", cls=cls, field="decimals", value=decimals)
    if decimals < 0:
        raise ValidationError("must not be negative", cls=cls, field="decimals", value=decimals)
    if decimals > MAX_DECIMALS:
        raise ValidationError(
            f"must be at most {MAX_DECIMALS}", cls=cls, field="decimals", value=decimals
        )
    return decimals


def render(
    negative: bool, integer: str, fraction: str, locale: Locale, grouping: bool = True
) -> str:
    """Write digit strings as a number of *locale* (the writer's core, no checks).

    >>> render(True, "10224", "9", "ru")
    '-10 224,9'
    """
    if grouping and len(integer) > 3:
        head = len(integer) % 3 or 3
        parts = [integer[:head]]
        parts.extend(integer[i : i + 3] for i in range(head, len(integer), 3))
        integer = _GROUP[locale].join(parts)
    sign = "-" if negative else ""
    return f"{sign}{integer}{_POINT[locale]}{fraction}" if fraction else f"{sign}{integer}"


#: From format's own grouped form ("-7,109.5") to each locale's.
_LOCAL_MARKS: Final = {"en": None, "ru": str.maketrans({",": " ", ".": ","})}


def render_quantized(value: Decimal, locale: Locale) -> str:
    """Write a value already quantized to its decimals as a grouped number of *locale*.

    The same text as ``render(*digits_of(value, decimals), locale)``, in one call of
    :func:`format` (a figure is written each time one is made).

    >>> render_quantized(Decimal("-10224.90"), "ru"), render_quantized(Decimal("7109"), "en")
    ('-10 224,90', '7,109')
    """
    text = format(value, ",f")
    table = _LOCAL_MARKS[locale]
    return text if table is None else text.translate(table)


def digits_of(value: Decimal, decimals: int) -> tuple[bool, str, str]:
    """Split a value already quantized to *decimals* into sign, integer and fraction digits.

    >>> digits_of(Decimal("-10224.90"), 2)
    (True, '10224', '90')
    """
    sign, digit_tuple, _ = value.as_tuple()
    digits = "".join(map(str, digit_tuple)).rjust(decimals + 1, "0")
    if decimals:
        integer, fraction = digits[:-decimals], digits[-decimals:]
    else:
        integer, fraction = digits, ""
    return bool(sign), integer.lstrip("0") or "0", fraction


#: 1, 0.1, 0.01, ...: the units :func:`quantize` rounds to, made once for the usual places.
_UNITS: Final = tuple(Decimal(1).scaleb(-places, EXACT) for places in range(32))


def quantize(value: Decimal, decimals: int, rounding: str = ROUND_HALF_UP) -> Decimal:
    """Round *value* exactly to *decimals* digits after the mark.

    >>> from decimal import ROUND_HALF_EVEN
    >>> quantize(Decimal("2.25"), 1), quantize(Decimal("2.25"), 1, ROUND_HALF_EVEN)
    (Decimal('2.3'), Decimal('2.2'))
    """
    unit = _UNITS[decimals] if 0 <= decimals < len(_UNITS) else Decimal(1).scaleb(-decimals, EXACT)
    return value.quantize(unit, rounding=rounding, context=EXACT)


def format_number(
    value: Decimal | int | str,
    *,
    decimals: int | None = None,
    locale: str = "en",
    grouping: bool = True,
    rounding: str = ROUND_HALF_UP,
) -> str:
    """Write *value* as a number of *locale*, which :func:`parse_number` reads back.

    Args:
        value: an exact number: a Decimal, an int or decimal text (``"10224.9"``), read by
            :func:`regionrel._validators.as_decimal`; never a float.
        decimals: digits after the decimal mark; ``None`` keeps the value's own
            (``Decimal("7109.0")`` keeps one). Fewer digits round the value.
        locale: ``"en"`` (``10,224.9``) or ``"ru"`` (``10 224,9``, grouped with
            an ordinary space).
        grouping: whether to group thousands.
        rounding: a rounding mode of :mod:`decimal`; half-up by default.

    Returns:
        The text; a negative value starts with ``-``.

    Raises:
        WrongTypeError: *value* is a float or not a number; *decimals* not an int.
        ValidationError: a non-finite value, negative *decimals*, unknown locale
            or rounding mode.

    >>> format_number(Decimal("10224.9"), locale="ru")
    '10 224,9'
    >>> format_number(Decimal("-4115.95"), decimals=1, grouping=False)
    '-4116.0'
    >>> format_number(2018, grouping=False)
    '2018'
    """
    number = as_decimal(value, cls="format_number", field="value", example="'10224.9'")
    loc = check_locale(locale, cls="format_number")
    mode = check_rounding(rounding, cls="format_number")
    if decimals is None:
        exponent = number.as_tuple().exponent
        assert isinstance(exponent, int)  # finite, checked above
        places = max(0, -exponent)
    else:
        places = check_decimals(decimals, cls="format_number")
    rounded = quantize(number, places, mode)
    negative, integer, fraction = digits_of(rounded, places)
    return render(negative, integer, fraction, loc, grouping)
