"""Hostile inputs for the fuzz suite: the strategies that found issue 18's escapes.

* :data:`huge_ints` and :data:`extreme_decimals`: ints too long for ``repr``
  (``10**5000``) and exponents no arithmetic survives (``9E+999999999999999999``),
  NaN, sNaN and the infinities, drawn by :data:`numbers` wherever a number is taken;
* :data:`marked_numbers`: a number with an invisible or look-alike mark inside it
  (zero-width space, word joiner, BOM, soft hyphen, LRM/RLM, figure space, narrow
  no-break space, apostrophes, minus sign variants) or in another script's digits
  (Arabic-Indic, full-width), mixed into :data:`texts`;
* :data:`strings_for_lists`: a string (short, or 20,000 characters) where a list belongs;
* :data:`subclassed`: str, int, Decimal and date subclasses whose repr, str or hash
  fail or lie (a message or a coercion must not read them);
* :data:`texts`, :data:`numbers`, :data:`edge_dates`, :data:`others` and
  :data:`anything`: the general hostile inputs of every fuzz target.
"""

from __future__ import annotations

import datetime
import math
from decimal import Decimal

from hypothesis import strategies as st

from regionrel import Money, Period

__all__ = [
    "INVISIBLE_MARKS",
    "anything",
    "currency_like",
    "edge_dates",
    "extreme_decimals",
    "huge_ints",
    "marked_numbers",
    "numbers",
    "others",
    "strings_for_lists",
    "subclassed",
    "texts",
    "years",
]

#: Ints whose decimal text is longer than Python's int-to-str limit (4,300 digits). Made on
#: draw from (sign, base, exponent, offset): Hypothesis writes the strategy's repr into a
#: note when a draw beside it fails (an ``assume``), and an int of 5,000 digits has none.
huge_ints = st.sampled_from(
    [(1, 10, 5000, 0), (-1, 10, 5000, 0), (-1, 10, 400, 0), (1, 10, 400, 1), (1, 2, 20000, 0)]
).map(lambda t: t[0] * t[1] ** t[2] + t[3])
#: Decimals at the ends of the exponent range, and the special values.
extreme_decimals = st.sampled_from(
    [
        Decimal("9E+999999999999999999"),
        Decimal("-9E+999999999999999999"),
        Decimal("1E-999999999999999999"),
        Decimal("1e999999999999999999"),
        Decimal("9.99E+999999"),
        Decimal("NaN"),
        Decimal("-NaN"),
        Decimal("sNaN"),
        Decimal("NaN123"),
        Decimal("Infinity"),
        Decimal("-Infinity"),
        Decimal("-0E+999999999999999999"),
    ]
)
#: Marks a publisher's software puts inside a number: invisible, look-alike and other scripts.
INVISIBLE_MARKS = (
    "\u200b",  # zero-width space
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "\u00ad",  # soft hyphen
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u2007",  # figure space
    "\u202f",  # narrow no-break space
    "\u00a0",  # no-break space
    "'",
    "\u2019",  # right single quotation mark
    "\u02bc",  # modifier letter apostrophe
    "\u2009",  # thin space
    "\u200a",  # hair space
    "\u2008",  # punctuation space
    "\u2066",  # left-to-right isolate
    "\u2069",  # pop directional isolate
    "\u061c",  # Arabic letter mark
    "\u00b7",  # middle dot
    "\u066b",  # Arabic decimal separator
    "\u066c",  # Arabic thousands separator
    "\u2032",  # prime
)
_MINUSES = ("-", "\u2212", "\u2012", "\u2013", "\u2014", "\ufe63", "\uff0d", "\u2010")
_DIGIT_SCRIPTS = (
    str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),  # Arabic-Indic
    str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),  # extended Arabic-Indic
    str.maketrans("0123456789", "０１２３４５６７８９"),  # full width
    str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"),  # mathematical bold
)


@st.composite
def _marked_number(draw: st.DrawFn) -> str:
    digits = draw(
        st.from_regex(r"[1-9][0-9]{0,2}([ ,.][0-9]{3}){0,3}([.,][0-9]{1,2})?", fullmatch=True)
    )
    how = draw(st.sampled_from(["mark", "marks", "script", "digit", "minus", "all"]))
    text = digits
    if how in ("mark", "marks", "all"):
        for _ in range(1 if how == "mark" else draw(st.integers(2, 4))):
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from(INVISIBLE_MARKS)) + text[at:]
    if how in ("script", "all"):
        text = text.translate(draw(st.sampled_from(_DIGIT_SCRIPTS)))
    if how == "digit":  # one digit of another script among ASCII ones ("7,١09")
        at = draw(st.integers(0, len(text) - 1))
        text = (
            text[:at] + text[at].translate(draw(st.sampled_from(_DIGIT_SCRIPTS))) + text[at + 1 :]
        )
    if how in ("minus", "all"):
        text = draw(st.sampled_from(_MINUSES)) + text
    return text + draw(st.sampled_from(["", "%", " %", " million", " млн", " USD"]))


#: A number with invisible marks, look-alike signs or another script's digits inside it.
marked_numbers = st.one_of(
    _marked_number(),
    st.sampled_from(
        [
            "7\u200b109",
            "7\u200b109 million",
            "7\u2060109",
            "7\ufeff109",
            "7\u00ad109",
            "7\u200e109",
            "7\u200f109",
            "7\u2007109",
            "7\u202f109",
            "7'109",
            "7\u2019109",
            "١٢٣",
            "١٢٣٫٥",
            "１２３",
            "\u2212123",
            "\u2013 5",
            "+\u200b5%",
        ]
    ),
)
#: A string where a list, tuple or set belongs: short words, or one 20,000-character string.
strings_for_lists = st.one_of(
    st.sampled_from(["Karelia", "trade", "CN", "RU-LEN", "exports", "a,b", ""]),
    st.text(max_size=8),
    st.just("x" * 20_000),
)

_SCRIPTS = st.characters(
    codec="utf-8",
    categories=["L", "N", "P", "S", "Zs"],
)
_PIECES = st.sampled_from(
    [
        "1,234.5",
        "1 234,5",
        "1\u00a0234,5",
        "7,109",
        "10.224,9",
        "-0",
        "+25.7%",
        "21,5 %",
        "2.1 times",
        "в 2,1 раза",
        "million",
        "млн",
        "тыс.",
        "bn",
        "US dollars",
        "долл. США",
        "USD",
        "RUB",
        "EUR",
        "XXX",
        "2018",
        "2018-2020",
        "20182021",
        "2018–2020 годы",
        "Q3 2018",
        "II квартал",
        "29.02.2019",
        "29.02.2020",
        "31.12.9999",
        "01.01.0001",
        "0001-01-01",
        "9999-12-31",
        "2020-02-29",
        "Leningrad Region",
        "Ленинградская область",
        "RU-LEN",
        "UZ-FA",
        "the PRC",
        "Holland",
        "Government of",
        "Council of Ministers",
        "exports",
        "imports",
        "turnover",
        "increased by",
        "amounted to",
        "%",
        ".",
        ",",
        " ",
        "\n",
        "\t",
        "1e9999",
        "NaN",
        "Infinity",
        "-inf",
        "٣٤٥",
        "１２３",
        "Ⅻ",
        "ﬁ",
        "\u200b",
        "\ufeff",
        "\x00",
        "𝟗",
        "年",
        "Ⅷ",
        "²",
        "½",
    ]
)
#: Random text: mixed scripts, separators and digit groups, known words, empty and long strings.
texts = st.one_of(
    st.text(_SCRIPTS, max_size=40),
    st.lists(st.one_of(_PIECES, st.text(_SCRIPTS, max_size=6)), max_size=12).map(" ".join),
    st.lists(_PIECES, max_size=8).map("".join),
    st.from_regex(r"[+-]?[0-9]{1,25}([ ,.\u00a0'][0-9]{1,4}){0,6}( ?%)?", fullmatch=True),
    st.just(""),
    st.builds(lambda s, n: s * n, _PIECES, st.integers(200, 3000)),
    st.text(max_size=30),
    marked_numbers,
    marked_numbers.map(lambda s: f"Exports amounted to {s} million US dollars."),
    marked_numbers.map(lambda s: f"Экспорт составил {s} млн долларов США."),
)
#: Numbers at every edge: huge, tiny, NaN, infinities, negative zero, exponents.
numbers = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**400), max_value=10**400),
    huge_ints,
    extreme_decimals,
    st.floats(),
    st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 5e-324, 1.7976931348623157e308]),
    st.decimals(),
    st.sampled_from(
        [
            Decimal("NaN"),
            Decimal("sNaN"),
            Decimal("Infinity"),
            Decimal("-Infinity"),
            Decimal("1E+999999"),
            Decimal("1E-999999"),
            Decimal("-0"),
            Decimal("0E-50"),
        ]
    ),
    st.fractions(),
    st.booleans(),
)
#: Dates at the edges of the calendar.
edge_dates = st.one_of(
    st.dates(),
    st.sampled_from(
        [
            datetime.date(1, 1, 1),
            datetime.date(9999, 12, 31),
            datetime.date(2020, 2, 29),
            datetime.date(2000, 2, 29),
            datetime.date(1, 12, 31),
            datetime.date(9999, 1, 1),
        ]
    ),
    st.datetimes().map(lambda d: d),
)
#: Values of the wrong type for most arguments.
others = st.one_of(
    st.none(),
    st.binary(max_size=10),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=3),
    st.tuples(st.integers()),
    st.builds(object),
    st.just(Money("1", "USD")),
    st.just(Period.year(2018)),
    st.complex_numbers(),
)


class LoudStr(str):
    """A str whose repr and str raise: a message must still be written without them."""

    __slots__ = ()

    def __repr__(self) -> str:
        raise RuntimeError("repr refused")

    def __str__(self) -> str:
        raise RuntimeError("str refused")

    def __format__(self, spec: str) -> str:
        raise RuntimeError("format refused")


class LyingInt(int):
    """An int whose str and repr raise: read as an int, never through its text."""

    __slots__ = ()

    def __str__(self) -> str:
        raise RuntimeError("str refused")

    def __repr__(self) -> str:
        raise RuntimeError("repr refused")


class LyingDecimal(Decimal):
    """A Decimal whose str is not its value."""

    __slots__ = ()

    def __str__(self) -> str:
        return "oops"


class LyingDate(datetime.date):
    """A date whose str is not its value and which hashes alike."""

    __slots__ = ()

    def __str__(self) -> str:
        return "not a date"

    def __hash__(self) -> int:
        return 0


#: Subclasses of the builtins a caller passes: their own repr, str and hash must not be read.
subclassed = st.one_of(
    st.sampled_from(["7,109", "USD", "2018", "en", "exports", "RU-LEN", ""]).map(LoudStr),
    st.integers(-5, 3000).map(LyingInt),
    st.sampled_from(["0.1", "7109", "-1", "1E+5"]).map(LyingDecimal),
    st.dates().map(lambda d: LyingDate(d.year, d.month, d.day)),
)
anything = st.one_of(texts, numbers, edge_dates, others, subclassed)
currency_like = st.one_of(st.sampled_from(["USD", "RUB", "usd", " EUR ", "XXX", "XTS", ""]), texts)
years = st.one_of(st.integers(-5, 10_010), st.sampled_from([0, 1, 9999, 10_000]), numbers)
