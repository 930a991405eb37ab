"""The number reader and writer: locale rules, where a number ends, exact values, round trips."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel._numbers import (
    NumberText,
    check_decimals,
    format_number,
    parse_number,
    scan_number,
)
from regionrel.errors import ParseError, RegionrelError, ValidationError, WrongTypeError
from tests.strategies.reported import exact_decimals

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


@pytest.mark.parametrize(
    ("text", "locale", "value", "decimals"),
    [
        ("7,109", "en", "7109", 0),
        ("7,109", "ru", "7.109", 3),
        ("10,224.9", "en", "10224.9", 1),
        ("10 224,9", "ru", "10224.9", 1),
        (f"10{NBSP}224,9", "ru", "10224.9", 1),
        (f"10{NNBSP}224,9", "ru", "10224.9", 1),
        (f"10{THIN}224.9", "ru", "10224.9", 1),
        ("7 109", "en", "7109", 0),
        (f"1{NBSP}000{NBSP}000", "en", "1000000", 0),
        ("1,000,000.25", "en", "1000000.25", 2),
        ("7.109", "ru", "7.109", 3),
        ("0.5", "en", "0.5", 1),
        ("0,50", "ru", "0.50", 2),
        ("7109.0", "en", "7109.0", 1),
        ("+25.7", "en", "25.7", 1),
        ("-3.2", "en", "-3.2", 1),
        ("\u22123.2", "en", "-3.2", 1),
        ("\u20133,2", "ru", "-3.2", 1),
        ("-0.0", "en", "-0.0", 1),
        ("  42  ", "en", "42", 0),
        ("2018", "en", "2018", 0),
        ("12345", "en", "12345", 0),
        (
            "99999999999999999999999999999999999999.5",
            "en",
            "99999999999999999999999999999999999999.5",
            1,
        ),
        ("0.000000000000000000000000000000001", "en", "1E-33", 33),
    ],
)
def test_parse_number_reads_each_locale(text: str, locale: str, value: str, decimals: int) -> None:
    number = parse_number(text, locale=locale)
    assert number.value == Decimal(value)
    assert str(number.value) == str(Decimal(value))  # exact digits, trailing zeros kept
    assert number.decimals == decimals
    assert number.text == text.strip()
    assert text[number.start : number.end] == number.text


def test_negative_zero_keeps_its_sign() -> None:
    assert parse_number("-0.0").value.is_signed()


@pytest.mark.parametrize(
    ("text", "pos", "locale", "expected", "end"),
    [
        ("amounted to 7,109.", 12, "en", "7109", 17),
        ("amounted to 7,109. Next", 12, "en", "7109", 17),
        ("10,224.9 million", 0, "en", "10224.9", 8),
        ("in 2018, trading", 3, "en", "2018", 7),
        ("in 2018. Then", 3, "en", "2018", 7),
        ("in 2018 12 firms", 3, "en", "2018", 7),
        ("from 160 countries", 5, "en", "160", 8),
        ("21.5%", 0, "en", "21.5", 4),
        ("2nd place", 0, "en", "2", 1),
        ("7,109abc", 0, "en", "7109", 5),
        ("7 1090", 0, "en", "7", 1),
        ("1,234 567", 0, "en", "1234", 5),
        ("составил 7 109,", 9, "ru", "7109", 14),
        ("10 224,9 млн", 0, "ru", "10224.9", 8),
        ("в 2018, торговля", 2, "ru", "2018", 6),
        ("21,5%", 0, "ru", "21.5", 4),
        ("7,", 0, "ru", "7", 1),
    ],
)
def test_scan_number_stops_where_the_number_ends(
    text: str, pos: int, locale: str, expected: str, end: int
) -> None:
    number = scan_number(text, pos, locale=locale)
    assert number is not None
    assert (number.value, number.start, number.end) == (Decimal(expected), pos, end)


@pytest.mark.parametrize(
    ("text", "pos"),
    [("NaN", 0), ("Infinity", 0), ("inf", 0), ("", 0), ("- 3", 0), (".5", 0), ("x7", 0), ("7", 1)],
)
def test_scan_number_finds_nothing(text: str, pos: int) -> None:
    assert scan_number(text, pos) is None


def test_unicode_digits_are_not_numbers() -> None:
    assert scan_number("\u0663") is None  # Arabic-Indic three
    assert scan_number("\u00b2") is None  # superscript two


@pytest.mark.parametrize(
    ("text", "locale", "message"),
    [
        (
            "1,5",
            "en",
            "scan_number: 'text' has a malformed number: in locale 'en' ',' groups thousands "
            "and must be followed by exactly three digits (for a decimal comma use locale='ru') "
            "(got '1,5', stopped at position 1 before ',5')",
        ),
        (
            "12.01.2021",
            "en",
            "scan_number: 'text' has a malformed number: '.' cannot follow the decimal part "
            "(got '12.01.2021', stopped at position 5 before '.2021')",
        ),
        (
            "1234.5",
            "en",
            None,
        ),
        (
            "12.345,6",
            "ru",
            "scan_number: 'text' has a malformed number: ',' cannot follow the decimal part "
            "(got '12.345,6', stopped at position 6 before ',6')",
        ),
        (
            "1 234.567.8",
            "en",
            "scan_number: 'text' has a malformed number: '.' cannot follow the decimal part "
            "(got '1 234.567.8', stopped at position 9 before '.8')",
        ),
        (
            "12,34.5",
            "en",
            "scan_number: 'text' has a malformed number: in locale 'en' ',' groups thousands "
            "and must be followed by exactly three digits (for a decimal comma use locale='ru') "
            "(got '12,34.5', stopped at position 2 before ',34.5')",
        ),
    ],
)
def test_malformed_numbers_are_refused_not_cut_short(
    text: str, locale: str, message: str | None
) -> None:
    if message is None:
        number = scan_number(text, locale=locale)
        assert number is not None
        assert number.value == Decimal(text)
        return
    with pytest.raises(ParseError) as info:
        scan_number(text, locale=locale)
    assert str(info.value) == message


def test_en_point_after_an_irregular_group_is_refused() -> None:
    # "1,2345.6": the comma groups fail, "1" is read, ",2" follows: refused.
    with pytest.raises(ParseError, match="position 1"):
        scan_number("1,2345.6")


def test_ru_decimal_after_spaces_grouping_is_read() -> None:
    number = scan_number("1 234,5", locale="ru")
    assert number is not None
    assert number.value == Decimal("1234.5")


def test_ru_mark_after_bad_grouping_is_refused() -> None:
    with pytest.raises(ParseError) as info:
        scan_number("1 234,5,6", locale="ru")
    assert info.value.position == 7


def test_en_point_after_number_followed_by_digit_is_refused() -> None:
    # A point after a fraction is refused; a point after a whole number starts the fraction.
    with pytest.raises(ParseError) as info:
        scan_number("1,234,56.7")
    assert info.value.position == 5


@pytest.mark.parametrize(
    ("text", "locale", "message"),
    [
        ("", "en", "parse_number: 'text' is empty (got '', stopped at position 0 at the end)"),
        (
            "   ",
            "en",
            "parse_number: 'text' is empty (got '   ', stopped at position 3 at the end)",
        ),
        (
            "NaN",
            "en",
            "parse_number: 'text' must start with a digit or a sign and a digit "
            "(got 'NaN', stopped at position 0 before 'NaN')",
        ),
        (
            "Infinity",
            "en",
            "parse_number: 'text' must start with a digit or a sign and a digit "
            "(got 'Infinity', stopped at position 0 before 'Infinity')",
        ),
        (
            "7,109 million",
            "en",
            "parse_number: 'text' has text after the number "
            "(got '7,109 million', stopped at position 6 before 'million')",
        ),
        (
            "7 109",
            "ru",
            None,
        ),
        (
            "7,109.",
            "en",
            "parse_number: 'text' has text after the number "
            "(got '7,109.', stopped at position 5 before '.')",
        ),
        (
            "1e5",
            "en",
            "parse_number: 'text' has text after the number (got '1e5', stopped at position 1 before 'e5')",
        ),
        (
            "1,5",
            "en",
            "parse_number: 'text' has a malformed number: in locale 'en' ',' groups thousands "
            "and must be followed by exactly three digits (for a decimal comma use locale='ru') "
            "(got '1,5', stopped at position 1 before ',5')",
        ),
        (
            "7 109",
            "en",
            None,
        ),
    ],
)
def test_parse_number_bad_text(text: str, locale: str, message: str | None) -> None:
    if message is None:
        assert parse_number(text, locale=locale).value == Decimal(7109)
        return
    with pytest.raises(ParseError) as info:
        parse_number(text, locale=locale)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: parse_number(7109),  # type: ignore[arg-type]
            WrongTypeError,
            "parse_number: 'text' must be a str (got 7109)",
        ),
        (
            lambda: parse_number("1", locale="de"),
            ValidationError,
            "parse_number: 'locale' must be 'en' or 'ru' (got 'de')",
        ),
        (
            lambda: parse_number("1", locale=None),  # type: ignore[arg-type]
            WrongTypeError,
            "parse_number: 'locale' must be a str, 'en' or 'ru' (got None)",
        ),
        (
            lambda: scan_number("1", "0"),  # type: ignore[arg-type]
            WrongTypeError,
            "scan_number: 'pos' must be an int (got '0')",
        ),
        (
            lambda: scan_number("1", True),
            WrongTypeError,
            "scan_number: 'pos' must be an int (got True)",
        ),
        (
            lambda: scan_number("1", 5),
            ValidationError,
            "scan_number: 'pos' must be between 0 and the text's length 1 (got 5)",
        ),
        (
            lambda: scan_number("1", -1),
            ValidationError,
            "scan_number: 'pos' must be between 0 and the text's length 1 (got -1)",
        ),
        (
            lambda: format_number(0.1),  # type: ignore[arg-type]
            WrongTypeError,
            "format_number: 'value' must be an exact number (a Decimal, an int or decimal text "
            "such as '10224.9'), not a float: write Decimal(str(x)) (got 0.1 that is a float)",
        ),
        (
            lambda: format_number(True),
            WrongTypeError,
            "format_number: 'value' must be an exact number (a Decimal, an int or decimal text "
            "such as '10224.9') (got True)",
        ),
        (
            lambda: format_number(Decimal("NaN")),
            ValidationError,
            "format_number: 'value' must be a finite number (got Decimal('NaN'))",
        ),
        (
            lambda: format_number(Decimal("-Infinity")),
            ValidationError,
            "format_number: 'value' must be a finite number (got Decimal('-Infinity'))",
        ),
        (
            lambda: format_number(1, decimals=-1),
            ValidationError,
            "format_number: 'decimals' must not be negative (got -1)",
        ),
        (
            lambda: format_number(1, decimals=1.0),  # type: ignore[arg-type]
            WrongTypeError,
            "format_number: 'decimals' must be an int (got 1.0 that is a float)",
        ),
        (
            lambda: format_number(1, rounding="HALF_UP"),
            ValidationError,
            "format_number: 'rounding' must be a rounding mode of the decimal module, "
            "such as 'ROUND_HALF_UP' (got 'HALF_UP')",
        ),
    ],
)
def test_bad_arguments(call: object, error: type[RegionrelError], message: str) -> None:
    assert callable(call)
    with pytest.raises(error) as info:
        call()
    assert str(info.value) == message


def test_check_decimals_accepts_zero() -> None:
    assert check_decimals(0, cls="x") == 0


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (Decimal("10224.9"), {}, "10,224.9"),
        (Decimal("10224.9"), {"locale": "ru"}, "10 224,9"),
        (Decimal("7109.0"), {}, "7,109.0"),
        (Decimal("7109"), {"decimals": 1}, "7,109.0"),
        (Decimal("4115.95"), {"decimals": 1}, "4,116.0"),
        (Decimal("4115.85"), {"decimals": 1, "rounding": ROUND_HALF_EVEN}, "4,115.8"),
        (Decimal("-4115.95"), {"decimals": 1}, "-4,116.0"),
        (Decimal("1234567"), {"grouping": False}, "1234567"),
        (Decimal("999"), {}, "999"),
        (Decimal("1000"), {}, "1,000"),
        (Decimal("0.05"), {}, "0.05"),
        (Decimal("-0.0"), {}, "-0.0"),
        (Decimal("7E+3"), {}, "7,000"),
        (Decimal("1E-30"), {}, "0." + "0" * 29 + "1"),
        (2018, {"grouping": False}, "2018"),
        (10**40, {}, "10" + ",000" * 13),
    ],
)
def test_format_number(value: Decimal | int, kwargs: dict[str, object], expected: str) -> None:
    assert format_number(value, **kwargs) == expected  # type: ignore[arg-type]


def test_format_is_exact_whatever_the_callers_context() -> None:
    with localcontext() as ctx:
        ctx.prec = 3
        assert format_number(Decimal("123456789.123456789")) == "123,456,789.123456789"
        assert format_number(Decimal("123456789.55"), decimals=1) == "123,456,789.6"


def test_number_text_is_frozen() -> None:
    number = parse_number("1")
    with pytest.raises(AttributeError):
        number.value = Decimal(2)  # type: ignore[misc]
    assert number == NumberText("1", Decimal(1), 0, 0, 1)


finite_decimals = exact_decimals()


@given(value=finite_decimals, locale=st.sampled_from(["en", "ru"]), grouping=st.booleans())
def test_format_then_parse_gives_the_value_and_its_digits(
    value: Decimal, locale: str, grouping: bool
) -> None:
    text = format_number(value, locale=locale, grouping=grouping)
    number = parse_number(text, locale=locale)
    assert number.value == value
    assert number.text == text
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    assert number.decimals == max(0, -exponent)
    assert number.value.is_signed() == value.is_signed()


@given(
    value=finite_decimals,
    decimals=st.integers(0, 6),
    locale=st.sampled_from(["en", "ru"]),
)
def test_parse_then_format_is_canonical(value: Decimal, decimals: int, locale: str) -> None:
    text = format_number(value, decimals=decimals, locale=locale)
    number = parse_number(text, locale=locale)
    assert number.decimals == decimals
    assert format_number(number.value, locale=locale) == text
    assert abs(number.value - value) <= Decimal(5).scaleb(-decimals - 1)


@given(
    value=finite_decimals,
    locale=st.sampled_from(["en", "ru"]),
    before=st.sampled_from(["", "amounted to ", "(", "в "]),
    after=st.sampled_from(["", ".", ", and", " million", "%", " %", ")", ". Next"]),
)
def test_scan_finds_a_formatted_number_inside_a_sentence(
    value: Decimal, locale: str, before: str, after: str
) -> None:
    text = format_number(value, locale=locale)
    sentence = before + text + after
    number = scan_number(sentence, len(before), locale=locale)
    assert number is not None
    assert (number.value, number.start, number.end) == (
        value,
        len(before),
        len(before) + len(text),
    )
