"""Reported figures: reading, precision and intervals, rounding as published, typo variants."""

from __future__ import annotations

import pickle
from decimal import ROUND_HALF_EVEN, Decimal, localcontext

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import regionrel
from regionrel._numbers import parse_number, scan_number
from regionrel.errors import ParseError, RegionrelError, ValidationError, WrongTypeError
from regionrel.reported import FigureKind, Reported, Typo, TypoKind, find_typos
from tests.strategies.reported import locales, reported, true_values

D = Decimal
NUMBER, PERCENT, INDEX, MULTIPLE = (
    FigureKind.NUMBER,
    FigureKind.PERCENT,
    FigureKind.INDEX,
    FigureKind.MULTIPLE,
)


@pytest.mark.parametrize(
    ("text", "locale", "value", "decimals", "kind"),
    [
        ("10,224.9", "en", "10224.9", 1, NUMBER),
        ("7,109", "en", "7109", 0, NUMBER),
        ("4,115.9", "en", "4115.9", 1, NUMBER),
        ("  160 ", "en", "160", 0, NUMBER),
        ("21.5%", "en", "21.5", 1, PERCENT),
        ("+25.7 %", "en", "25.7", 1, PERCENT),
        ("-3.2%", "en", "-3.2", 1, PERCENT),
        ("\u22123.2%", "en", "-3.2", 1, PERCENT),
        ("73%", "en", "73", 0, PERCENT),
        ("5.0%", "en", "5.0", 1, PERCENT),
        ("21.5 percent", "en", "21.5", 1, PERCENT),
        ("21.5 per cent", "en", "21.5", 1, PERCENT),
        ("104.9%", "en", "104.9", 1, PERCENT),
        ("104.9% of the previous year", "en", "104.9", 1, INDEX),
        ("104.9 % of the previous period", "en", "104.9", 1, INDEX),
        ("104.9% of 2017", "en", "104.9", 1, INDEX),
        ("104.9% of the 2017 level", "en", "104.9", 1, INDEX),
        ("104.9% of the level of 2017", "en", "104.9", 1, INDEX),
        ("98.1% of the same period of the previous year", "en", "98.1", 1, INDEX),
        ("2.1 times", "en", "2.1", 1, MULTIPLE),
        ("2.1x", "en", "2.1", 1, MULTIPLE),
        ("2.1 ×", "en", "2.1", 1, MULTIPLE),
        ("3-fold", "en", "3", 0, MULTIPLE),
        ("3 fold", "en", "3", 0, MULTIPLE),
        ("21,5%", "ru", "21.5", 1, PERCENT),
        ("21,5 процента", "ru", "21.5", 1, PERCENT),
        ("10 224,9", "ru", "10224.9", 1, NUMBER),
        ("7,109", "ru", "7.109", 3, NUMBER),
        ("104,9% к уровню 2017 года", "ru", "104.9", 1, INDEX),
        ("104,9% к 2017 году", "ru", "104.9", 1, INDEX),
        ("104,9% к 2017 г.", "ru", "104.9", 1, INDEX),
        ("104,9% к предыдущему году", "ru", "104.9", 1, INDEX),
        ("104,9% к уровню прошлого года", "ru", "104.9", 1, INDEX),
        ("104,9% к соответствующему периоду прошлого года", "ru", "104.9", 1, INDEX),
        ("в 2,1 раза", "ru", "2.1", 1, MULTIPLE),
        ("В 2,1 раза", "ru", "2.1", 1, MULTIPLE),
        ("2,1 раза", "ru", "2.1", 1, MULTIPLE),
        ("в 5 раз", "ru", "5", 0, MULTIPLE),
        ("104.9% of the previous year", "ru", "104.9", 1, INDEX),
    ],
)
def test_parse(text: str, locale: str, value: str, decimals: int, kind: FigureKind) -> None:
    figure = Reported.parse(text, locale=locale)
    assert (figure.value, figure.decimals, figure.kind, figure.locale) == (
        D(value),
        decimals,
        kind,
        locale,
    )
    assert str(figure.value) == value  # the digits as published, trailing zeros kept
    assert figure.span is None


@pytest.mark.parametrize(
    ("figure", "text", "string", "representation"),
    [
        (Reported.parse("10,224.9"), "10,224.9", "10,224.9", "Reported.parse('10,224.9')"),
        (Reported.parse("7109.0"), "7,109.0", "7,109.0", "Reported.parse('7,109.0')"),
        (Reported.parse("+25.7 %"), "25.7", "25.7%", "Reported.parse('25.7%')"),
        (Reported.parse("-0.0%"), "-0.0", "-0.0%", "Reported.parse('-0.0%')"),
        (
            Reported.parse("104.9%", kind=INDEX),
            "104.9",
            "104.9% of the previous period",
            "Reported.parse('104.9%', kind=FigureKind.INDEX)",
        ),
        (Reported.parse("2.1x"), "2.1", "2.1 times", "Reported.parse('2.1 times')"),
        (
            Reported.parse("10 224,9", locale="ru"),
            "10 224,9",
            "10 224,9",
            "Reported.parse('10 224,9', locale='ru')",
        ),
        (
            Reported.parse("104,9%", locale="ru", kind="index"),
            "104,9",
            "104,9% к предыдущему периоду",
            "Reported.parse('104,9%', locale='ru', kind=FigureKind.INDEX)",
        ),
        (
            Reported.parse("2,1 раза", locale="ru"),
            "2,1",
            "в 2,1 раза",
            "Reported.parse('в 2,1 раза', locale='ru')",
        ),
        (Reported.parse("в 3 раза", locale="ru"), "3", "в 3 раза", None),
        (Reported.parse("в 5 раз", locale="ru"), "5", "в 5 раз", None),
        (Reported.parse("в 12 раз", locale="ru"), "12", "в 12 раз", None),
        (Reported.parse("в 22 раза", locale="ru"), "22", "в 22 раза", None),
        (Reported.parse("в 1 раз", locale="ru"), "1", "в 1 раз", None),
    ],
)
def test_text_str_and_repr(
    figure: Reported, text: str, string: str, representation: str | None
) -> None:
    assert figure.text == text
    assert str(figure) == string
    if representation is not None:
        assert repr(figure) == representation
        assert eval(representation, {"Reported": Reported, "FigureKind": FigureKind}) == figure


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("104.9%", INDEX, INDEX),
        ("104.9", INDEX, INDEX),
        ("21.5", PERCENT, PERCENT),
        ("2.1", MULTIPLE, MULTIPLE),
        ("21.5%", "percent", PERCENT),
        ("2.1 times", "MULTIPLE", MULTIPLE),
        ("104.9% of the previous year", INDEX, INDEX),
        ("7,109", NUMBER, NUMBER),
    ],
)
def test_parse_with_a_kind(text: str, kind: FigureKind | str, expected: FigureKind) -> None:
    assert Reported.parse(text, kind=kind).kind is expected


@pytest.mark.parametrize(
    ("text", "locale", "kind", "error", "message"),
    [
        (
            "",
            "en",
            None,
            ParseError,
            "Reported.parse: 'text' is empty (got '', stopped at position 0 at the end)",
        ),
        (
            "abc",
            "en",
            None,
            ParseError,
            "Reported.parse: 'text' must start with a number (got 'abc', stopped at position 0 before 'abc')",
        ),
        (
            "NaN%",
            "en",
            None,
            ParseError,
            "Reported.parse: 'text' must start with a number (got 'NaN%', stopped at position 0 before 'NaN%')",
        ),
        (
            "21.5% more",
            "en",
            None,
            ParseError,
            "Reported.parse: 'text' has text after the figure (got '21.5% more', stopped at position 6 before 'more')",
        ),
        (
            "21.5% of trade",
            "en",
            None,
            ParseError,
            "Reported.parse: 'text' has text after the figure (got '21.5% of trade', stopped at position 6 before 'of trade')",
        ),
        (
            "21.5% compared with 2017",
            "en",
            None,
            ParseError,
            "Reported.parse: 'text' has text after the figure "
            "(got '21.5% compared with 2017', stopped at position 6 before 'compared with 2017')",
        ),
        (
            "7,109 million",
            "en",
            None,
            ParseError,
            "Reported.parse: 'text' has text after the figure (got '7,109 million', stopped at position 6 before 'million')",
        ),
        (
            "1,5%",
            "en",
            None,
            ParseError,
            "Reported.parse: 'text' has a malformed number: in locale 'en' ',' groups thousands and must be "
            "followed by exactly three digits (for a decimal comma use locale='ru') "
            "(got '1,5%', stopped at position 1 before ',5%')",
        ),
        (
            "в 2,1",
            "ru",
            None,
            ParseError,
            "Reported.parse: 'text' must end with 'раза' or 'раз' after 'в' and the number "
            "(got 'в 2,1', stopped at position 5 at the end)",
        ),
        (
            "в 2,1%",
            "ru",
            None,
            ParseError,
            "Reported.parse: 'text' must end with 'раза' or 'раз' after 'в' and the number "
            "(got 'в 2,1%', stopped at position 6 at the end)",
        ),
        (
            "21.5%",
            "en",
            NUMBER,
            ParseError,
            "Reported.parse: 'text' reads as a percentage, not as a plain number (kind='number') "
            "(got '21.5%', stopped at position 4 before '%')",
        ),
        (
            "2.1 times",
            "en",
            PERCENT,
            ParseError,
            "Reported.parse: 'text' reads as a multiple, not as a percentage (kind='percent') "
            "(got '2.1 times', stopped at position 3 before ' times')",
        ),
        (
            "104.9% of 2017",
            "en",
            PERCENT,
            ParseError,
            "Reported.parse: 'text' reads as an index, not as a percentage (kind='percent') "
            "(got '104.9% of 2017', stopped at position 5 before '% of 2017')",
        ),
        (
            "-2.1 times",
            "en",
            None,
            ParseError,
            "Reported.parse: 'text' must not be negative for a multiple "
            "(got '-2.1 times', stopped at position 0 before '-2.1 times')",
        ),
        (
            "-4.9",
            "en",
            INDEX,
            ParseError,
            "Reported.parse: 'text' must not be negative for an index "
            "(got '-4.9', stopped at position 0 before '-4.9')",
        ),
        (
            21.5,
            "en",
            None,
            WrongTypeError,
            "Reported.parse: 'text' must be a str (got 21.5 that is a float)",
        ),
        (
            "1",
            "de",
            None,
            ValidationError,
            "Reported.parse: 'locale' must be 'en' or 'ru' (got 'de')",
        ),
        (
            "1",
            "en",
            "ratio",
            ValidationError,
            "Reported.parse: 'kind' must be a FigureKind: 'number', 'percent', 'index' or 'multiple' (got 'ratio')",
        ),
        ("1", "en", 3, WrongTypeError, "Reported.parse: 'kind' must be a FigureKind (got 3)"),
    ],
)
def test_parse_bad_input(
    text: str, locale: str, kind: FigureKind | None, error: type[RegionrelError], message: str
) -> None:
    with pytest.raises(error) as info:
        Reported.parse(text, locale=locale, kind=kind)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: Reported(D("1.25"), 1),
            ValidationError,
            "Reported: 'value' has more than 1 digits after the decimal mark "
            "(round it with Reported.from_value) (got Decimal('1.25'))",
        ),
        (
            lambda: Reported(1.5, 1),
            WrongTypeError,
            "Reported: 'value' must be an exact number (a Decimal, an int or decimal text such as "
            "'7109.0'), not a float: write Decimal(str(x)) (got 1.5 that is a float)",
        ),
        (
            lambda: Reported(D("Infinity"), 0),
            ValidationError,
            "Reported: 'value' must be a finite number (got Decimal('Infinity'))",
        ),
        (
            lambda: Reported(D(1), -1),
            ValidationError,
            "Reported: 'decimals' must not be negative (got -1)",
        ),
        (
            lambda: Reported(D(-1), 0, INDEX),
            ValidationError,
            "Reported: 'value' must not be negative for an index (got Decimal('-1'))",
        ),
        (
            lambda: Reported(D(1), 0, locale="fr"),
            ValidationError,
            "Reported: 'locale' must be 'en' or 'ru' (got 'fr')",
        ),
        (
            lambda: Reported(D(1), 0, span=(1,)),  # type: ignore[arg-type]
            WrongTypeError,
            "Reported: 'span' must be None or a tuple of two ints (got (1,) that is a tuple)",
        ),
        (
            lambda: Reported(D(1), 0, span=(5, 2)),
            ValidationError,
            "Reported: 'span' must be (start, end) with 0 <= start <= end (got (5, 2) that is a tuple)",
        ),
        (
            lambda: Reported.from_value(D("1.5"), 0, rounding="UP"),
            ValidationError,
            "Reported.from_value: 'rounding' must be a rounding mode of the decimal module, "
            "such as 'ROUND_HALF_UP' (got 'UP')",
        ),
        (
            lambda: Reported.from_value("1,5", 0),  # type: ignore[arg-type]
            ValidationError,
            "Reported.from_value: 'value' must be an exact number (a Decimal, an int or decimal "
            "text such as '11224.85') (got '1,5')",
        ),
        (
            lambda: Reported.parse("7,109").as_fraction(),
            ValidationError,
            "Reported.as_fraction: 'kind' must be PERCENT, INDEX or MULTIPLE; parse the figure "
            "with its '%' or 'times', or pass kind= (got 'number')",
        ),
        (
            lambda: Reported.parse("7,109").as_ratio(),
            ValidationError,
            "Reported.as_ratio: 'kind' must be PERCENT, INDEX or MULTIPLE; parse the figure "
            "with its '%' or 'times', or pass kind= (got 'number')",
        ),
        (
            lambda: Reported.parse("104.9%", kind=INDEX).as_ratio(decrease=True),
            ValidationError,
            "Reported.as_ratio: 'decrease' cannot be read as a decrease: an index is already "
            "the ratio (got True)",
        ),
        (
            lambda: Reported.parse("0 times").as_ratio(decrease=True),
            ValidationError,
            "Reported.as_ratio: 'value' must be more than zero to fall that many times (got Decimal('0'))",
        ),
        (
            lambda: Reported.parse("2.1 times").negated(),
            ValidationError,
            "Reported.negated: 'kind' cannot be negated: a multiple is never negative (got 'multiple')",
        ),
        (
            lambda: Reported.parse("1").typos_within(2, 1),
            ValidationError,
            "Reported.typos_within: 'low' must not be above 'high' 1 (got Decimal('2'))",
        ),
        (
            lambda: Reported.parse("1").typos_within(0.5, 1),  # type: ignore[arg-type]
            WrongTypeError,
            "Reported.typos_within: 'low' must be an exact number (a Decimal, an int or decimal "
            "text such as '4000'), not a float: write Decimal(str(x)) (got 0.5 that is a float)",
        ),
        (
            lambda: Reported.parse("1").admits(0.5),  # type: ignore[arg-type]
            WrongTypeError,
            "Reported.admits: 'value' must be an exact number (a Decimal, an int or decimal text "
            "such as '72.8'), not a float: write Decimal(str(x)) (got 0.5 that is a float)",
        ),
        (
            lambda: Reported.parse("1").corrected("2"),  # type: ignore[arg-type]
            WrongTypeError,
            "Reported.corrected: 'typo' must be a Typo (got '2')",
        ),
        (
            lambda: Reported.from_number("1"),  # type: ignore[arg-type]
            WrongTypeError,
            "Reported.from_number: 'number' must be a NumberText (got '1')",
        ),
        (
            lambda: Reported.coerce(Reported.parse("21.5%"), kind=NUMBER),
            ValidationError,
            "Reported.coerce: 'kind' must be a plain number (got Reported.parse('21.5%'))",
        ),
        (
            lambda: Reported.coerce(1.5),
            WrongTypeError,
            "Reported.coerce: 'value' must be an exact number (a Decimal, an int or decimal text "
            "such as '7109.0'), not a float: write Decimal(str(x)) (got 1.5 that is a float)",
        ),
    ],
)
def test_bad_calls(call: object, error: type[RegionrelError], message: str) -> None:
    assert callable(call)
    with pytest.raises(error) as info:
        call()
    assert str(info.value) == message


def test_init_normalises_an_exact_value_to_its_digits() -> None:
    figure = Reported(D("7109"), 1)
    assert str(figure.value) == "7109.0"
    assert figure.text == "7,109.0"
    assert figure == Reported.parse("7,109.0")
    assert figure != Reported.parse("7,109")  # different digits: a different figure


def test_equality_ignores_span_and_respects_locale() -> None:
    number = scan_number("amounted to 7,109.", 12)
    assert number is not None
    figure = Reported.from_number(number, kind="number")
    assert figure.span == (12, 17)
    assert figure == Reported.parse("7,109")
    assert hash(figure) == hash(Reported.parse("7,109"))
    assert Reported.parse("7109") != Reported.parse("7109", locale="ru")


def test_figures_are_frozen_and_pickle() -> None:
    figure = Reported.parse("21.5%")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        figure.value = D(1)  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(figure)) == figure


@pytest.mark.parametrize(
    ("text", "kind", "precision", "interval"),
    [
        ("4,115.9", None, "0.05", ("4115.85", "4115.95")),
        ("7,109", None, "0.5", ("7108.5", "7109.5")),
        ("73%", None, "0.5", ("72.5", "73.5")),
        ("21.5%", None, "0.05", ("21.45", "21.55")),
        ("-3.2%", None, "0.05", ("-3.25", "-3.15")),
        ("0.125", None, "0.0005", ("0.1245", "0.1255")),
        ("104.9%", INDEX, "0.05", ("104.85", "104.95")),
    ],
)
def test_precision_and_interval(
    text: str, kind: FigureKind | None, precision: str, interval: tuple[str, str]
) -> None:
    figure = Reported.parse(text, kind=kind)
    assert figure.precision == D(precision)
    assert figure.interval == (D(interval[0]), D(interval[1]))
    assert figure.admits(D(interval[0]))
    assert figure.admits(D(interval[1]))
    assert not figure.admits(D(interval[1]) + D("1e-9"))


def test_interval_is_exact_for_huge_figures_whatever_the_context() -> None:
    figure = Reported.parse("123,456,789,012,345,678,901,234,567,890.1")
    with localcontext() as ctx:
        ctx.prec = 5
        assert figure.interval == (
            D("123456789012345678901234567890.05"),
            D("123456789012345678901234567890.15"),
        )


@pytest.mark.parametrize(
    ("text", "kind", "fraction", "ratio", "growth"),
    [
        ("15.6%", None, ("0.1555", "0.1565"), ("1.1555", "1.1565"), ("0.1555", "0.1565")),
        ("21.5%", None, ("0.2145", "0.2155"), ("1.2145", "1.2155"), ("0.2145", "0.2155")),
        ("-3.2%", None, ("-0.0325", "-0.0315"), ("0.9675", "0.9685"), ("-0.0325", "-0.0315")),
        ("104.9%", INDEX, ("1.0485", "1.0495"), ("1.0485", "1.0495"), ("0.0485", "0.0495")),
        ("2.1 times", None, ("2.05", "2.15"), ("2.05", "2.15"), ("1.05", "1.15")),
    ],
)
def test_fraction_ratio_and_growth(
    text: str,
    kind: FigureKind | None,
    fraction: tuple[str, str],
    ratio: tuple[str, str],
    growth: tuple[str, str],
) -> None:
    figure = Reported.parse(text, kind=kind)
    assert figure.as_fraction() == (D(fraction[0]), D(fraction[1]))
    assert figure.as_ratio() == (D(ratio[0]), D(ratio[1]))
    assert figure.as_growth() == (D(growth[0]), D(growth[1]))


def test_decreases() -> None:
    assert Reported.parse("3.2%").as_ratio(decrease=True) == (D("0.9675"), D("0.9685"))
    assert (
        Reported.parse("3.2%").as_ratio(decrease=True)
        == Reported.parse("3.2%").negated().as_ratio()
    )
    low, high = Reported.parse("2.1 times").as_ratio(decrease=True)
    assert low <= 1 / D("2.15")
    assert high >= 1 / D("2.05")
    assert low * D("2.15") <= 1 <= high * D("2.05")
    assert Reported.parse("2.1 times").as_growth(decrease=True)[1] < 0


def test_negated() -> None:
    assert Reported.parse("3.2%").negated() == Reported.parse("-3.2%")
    assert Reported.parse("-3.2%").negated() == Reported.parse("3.2%")
    assert Reported.parse("7,109").negated().text == "-7,109"
    assert str(Reported.parse("0.0%").negated()) == "-0.0%"


def test_seed_figures_agree_within_precision() -> None:
    exports, imports = Reported.parse("7,109"), Reported.parse("4,115.9")
    low = exports.interval[0] + imports.interval[0]
    high = exports.interval[1] + imports.interval[1]
    assert not Reported.parse("10,224.9").interval[1] >= low  # the published turnover is off
    assert Reported.parse("11,224.9").interval[0] <= high


@pytest.mark.parametrize(
    ("value", "decimals", "rounding", "text"),
    [
        (D("11224.85"), 1, None, "11,224.9"),
        (D("11224.85"), 1, ROUND_HALF_EVEN, "11,224.8"),
        (D("11224.95"), 1, ROUND_HALF_EVEN, "11,225.0"),
        (D("7109"), 1, None, "7,109.0"),
        (D("-3.25"), 1, None, "-3.3"),
        (D("0.04"), 1, None, "0.0"),
        (7109, 0, None, "7,109"),
        (D("1E+3"), 0, None, "1,000"),
    ],
)
def test_from_value(value: Decimal | int, decimals: int, rounding: str | None, text: str) -> None:
    figure = (
        Reported.from_value(value, decimals)
        if rounding is None
        else Reported.from_value(value, decimals, rounding=rounding)
    )
    assert figure.text == text
    assert figure.decimals == decimals


def test_coerce() -> None:
    figure = Reported.parse("21.5%")
    assert Reported.coerce(figure) is figure
    assert Reported.coerce(figure, kind="percent") is figure
    assert Reported.coerce("21,5%", locale="ru") == Reported.parse("21,5%", locale="ru")
    assert Reported.coerce(D("7109.0")).decimals == 1
    assert Reported.coerce(D("7E+3")).text == "7,000"
    assert Reported.coerce(D("104.9"), kind=INDEX).kind is INDEX


def test_public_names() -> None:
    assert regionrel.Reported is Reported
    assert regionrel.FigureKind is FigureKind
    assert regionrel.Typo is Typo
    assert regionrel.TypoKind is TypoKind
    assert regionrel.parse_number is parse_number


# -- typos ---------------------------------------------------------------------------------


def test_seed_turnover_is_one_substitution_from_the_sum_of_its_flows() -> None:
    turnover = Reported.parse("10,224.9")
    typos = turnover.typos_within(D("11224.4"), D("11225.4"))
    assert [(t.kind, t.text, t.value, t.position, t.intended, t.typed) for t in typos] == [
        (TypoKind.SUBSTITUTION, "11,224.9", D("11224.9"), 1, "1", "0")
    ]
    assert str(typos[0]) == "11,224.9, published as 10,224.9: '1' typed as '0' at character 2"
    assert turnover.corrected(typos[0]) == Reported.parse("11,224.9")
    assert find_typos("10,224.9", D("11224.4"), D("11225.4")) == typos
    assert find_typos(turnover, D("11224.4"), D("11225.4")) == typos


def test_variants_of_a_short_figure() -> None:
    variants = {t.text: t for t in Reported.parse("7,109").typo_variants()}
    assert variants["1,709"].kind is TypoKind.TRANSPOSITION
    assert variants["1,709"].describe() == "'17' typed as '71' (digits swapped) at character 1"
    assert (variants["1,709"].intended, variants["1,709"].typed) == ("17", "71")
    assert variants["709"].kind is TypoKind.INSERTION  # the typist typed an extra 7
    assert variants["77,109"].kind is TypoKind.DELETION  # the typist dropped a 7
    assert variants["77,109"].doubled
    assert not variants["87,109"].doubled
    assert variants["71,109"].doubled  # a double 1 typed once
    assert variants["7,119"].kind is TypoKind.SUBSTITUTION
    assert "0,109" not in variants
    assert "07,109" not in variants
    assert "7,109" not in variants
    assert "71,09" not in variants  # grouping is redone
    assert variants["71,090"].position == 5  # the dropped 0 would have been at the end


def test_doubled_digit_insertion_is_marked() -> None:
    variants = Reported.parse("7,709").typo_variants()
    extra_sevens = [t for t in variants if t.kind is TypoKind.INSERTION and t.typed == "7"]
    assert [(t.text, t.doubled) for t in extra_sevens] == [("709", True)]
    assert extra_sevens[0].describe() == "extra '7' typed (a doubled digit) at character 1"
    dropped = next(t for t in variants if t.text == "77,709")
    assert dropped.describe() == "'7' left out (of a double digit) at character 1"


def test_variants_keep_the_decimal_mark_and_the_format() -> None:
    variants = {t.text: t for t in Reported.parse("4,115.9").typo_variants()}
    assert "4,115" not in variants  # leaving out the only decimal leaves a bare mark
    assert variants["4,115.99"].kind is TypoKind.DELETION
    assert variants["4,115.99"].decimals == 2
    assert "4,119.5" not in variants  # no swap across the decimal mark
    assert "4,115.9" not in variants
    assert variants["415.9"].kind is TypoKind.INSERTION
    assert "41,159" not in variants  # a moved mark only when asked
    two = {t.text: t for t in Reported.parse("0.25").typo_variants()}
    assert two["0.2"].kind is TypoKind.INSERTION
    assert two["0.52"].kind is TypoKind.TRANSPOSITION
    assert "00.25" not in two
    assert "02.5" not in two
    assert ".25" not in two
    assert two["10.25"].position == 0


def test_misplaced_marks_when_asked() -> None:
    figure = Reported.parse("4,115.9")
    assert not any(t.kind is TypoKind.MISPLACED_MARK for t in figure.typo_variants())
    moved = [t for t in figure.typo_variants(marks=True) if t.kind is TypoKind.MISPLACED_MARK]
    assert [(t.text, t.position) for t in moved] == [("411.59", 5), ("41,159", 5)]
    assert moved[0].describe() == "decimal mark misplaced at character 6"

    def moved_marks(text: str) -> list[str]:
        variants = Reported.parse(text).typo_variants(marks=True)
        return [t.text for t in variants if t.kind is TypoKind.MISPLACED_MARK]

    assert moved_marks("5.3") == ["53"]
    assert moved_marks("0.5") == []  # "05" is not a published form
    assert figure.typos_within(41159, 41159, marks=True)[0].kind is TypoKind.MISPLACED_MARK


def test_variants_of_zero_and_negatives_and_ru() -> None:
    zero = {t.text for t in Reported.parse("0").typo_variants()}
    assert zero == {str(d) for d in range(1, 10)} | {f"{d}0" for d in range(1, 10)}
    negative = Reported.parse("-3.2%").typo_variants()
    assert all(t.value < 0 for t in negative)
    assert {t.text for t in negative} >= {"-3.3", "-33.2", "-3.22", "-2.2"}
    ru = {t.text for t in Reported.parse("10 224,9", locale="ru").typo_variants()}
    assert "11 224,9" in ru
    assert "1 224,9" in ru


def test_typos_within_takes_bounds_between_variant_values() -> None:
    figure = Reported.parse("-3.2%")
    assert [t.text for t in figure.typos_within(D("-3.305"), D("-3.295"))] == ["-3.3"]
    whole = Reported.parse("-7")
    assert [t.text for t in whole.typos_within(D("-8.5"), D("-7.5"))] == ["-8"]
    assert whole.typos_within(D("-7.9"), D("-7.1")) == ()  # bounds between variant values
    assert [t.text for t in figure.typos_within(D("-3.22"), D("-3.22"))] == ["-3.22"]


def test_variants_are_cached() -> None:
    figure = Reported.parse("12,345.6")
    assert figure.typo_variants() is Reported.parse("12,345.6").typo_variants()


def _digits(text: str, locale: str) -> str:
    """The digits of a published number, with "." as the decimal mark and no sign."""
    if locale == "ru":
        text = text.replace(" ", "").replace(",", ".")
    return text.replace(",", "").lstrip("-")


def _edit_distance_one(a: str, b: str) -> bool:
    """Whether digit strings a and b are one substitution, swap, deletion or insertion apart."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@given(figure=reported(max_decimals=3))
def test_every_variant_is_one_keystroke_away_and_well_formed(figure: Reported) -> None:
    published_digits = _digits(figure.text, figure.locale)
    texts = set()
    for typo in figure.typo_variants():
        assert typo.published == figure.text
        assert typo.text not in texts
        texts.add(typo.text)
        number = parse_number(typo.text, locale=figure.locale)
        assert number.value == typo.value
        assert number.decimals == typo.decimals
        assert typo.value.is_signed() == figure.value.is_signed() or typo.value == 0
        digits = _digits(typo.text, figure.locale)
        integer = digits.split(".")[0]
        assert integer == "0" or not integer.startswith("0")
        if typo.decimals == figure.decimals:
            assert _edit_distance_one(digits, published_digits)
        assert typo.kind is not TypoKind.MISPLACED_MARK
        assert 0 <= typo.position <= len(figure.text)
        assert bool(typo.intended) != bool(typo.typed) or typo.kind in (
            TypoKind.SUBSTITUTION,
            TypoKind.TRANSPOSITION,
        )


@given(figure=reported(max_decimals=3), data=st.data())
def test_typos_within_is_the_variants_in_the_interval(
    figure: Reported, data: st.DataObject
) -> None:
    variants = figure.typo_variants(marks=True)
    values = sorted({t.value for t in variants})
    low = data.draw(st.sampled_from(values)) - data.draw(st.sampled_from([D(0), D("0.0001")]))
    high = low + data.draw(st.sampled_from([D(0), D("0.05"), D(1), D(100)]))
    expected = tuple(t for t in variants if low <= t.value <= high)
    assert figure.typos_within(low, high, marks=True) == expected


@given(figure=reported(), data=st.data())
def test_a_typo_of_the_true_text_is_found_from_the_published_text(
    figure: Reported, data: st.DataObject
) -> None:
    # Direction: the true figure is `figure`; a typo produced the published one.
    typo = data.draw(st.sampled_from(figure.typo_variants()))
    published = figure.corrected(typo)
    found = published.typos_within(figure.value, figure.value)
    assert any(t.text == figure.text for t in found)


@given(figure=reported())
def test_str_round_trip(figure: Reported) -> None:
    assert Reported.parse(str(figure), locale=figure.locale) == figure
    assert eval(repr(figure), {"Reported": Reported, "FigureKind": FigureKind}) == figure


@given(value=true_values(), decimals=st.integers(0, 4), locale=locales)
def test_a_rounded_true_value_lies_in_its_figures_interval(
    value: Decimal, decimals: int, locale: str
) -> None:
    for rounding in ("ROUND_HALF_UP", "ROUND_HALF_EVEN"):
        figure = Reported.from_value(value, decimals, locale=locale, rounding=rounding)
        assert figure.admits(value)
        assert figure.decimals == decimals
        assert Reported.parse(figure.text, locale=locale) == figure


# -- edges: Russian plurals, exactness in any context, decreases, find_typos arguments --------


@pytest.mark.parametrize(
    ("text", "string"),
    [
        ("в 5,5 раза", "в 5,5 раза"),  # a fraction always takes "раза"
        ("в 1,5 раза", "в 1,5 раза"),
        ("в 12,0 раза", "в 12,0 раза"),
        ("в 13 раз", "в 13 раз"),
        ("в 14 раз", "в 14 раз"),
        ("в 112 раз", "в 112 раз"),
        ("в 113 раз", "в 113 раз"),
        ("в 114 раз", "в 114 раз"),
        ("в 102 раза", "в 102 раза"),
        ("в 24 раза", "в 24 раза"),
        ("в 21 раз", "в 21 раз"),
    ],
)
def test_russian_multiples_agree_with_their_number(text: str, string: str) -> None:
    assert str(Reported.parse(text, locale="ru")) == string


HUGE_PERCENT = "123,456,789,012,345,678,901,234,567,890.1%"


def test_fractions_and_ratios_are_exact_beyond_the_default_precision() -> None:
    figure = Reported.parse(HUGE_PERCENT)
    assert figure.as_fraction() == (
        D("1234567890123456789012345678.9005"),
        D("1234567890123456789012345678.9015"),
    )
    assert figure.as_ratio() == (
        D("1234567890123456789012345679.9005"),
        D("1234567890123456789012345679.9015"),
    )
    assert figure.as_ratio(decrease=True) == (
        D("-1234567890123456789012345677.9015"),
        D("-1234567890123456789012345677.9005"),
    )


def test_fractions_and_ratios_ignore_the_callers_decimal_context() -> None:
    with localcontext() as ctx:
        ctx.prec = 3
        assert Reported.parse("21.5%").as_fraction() == (D("0.2145"), D("0.2155"))
        assert Reported.parse("21.5%").as_ratio() == (D("1.2145"), D("1.2155"))
        assert Reported.parse("104.9%", kind=INDEX).as_ratio() == (D("1.0485"), D("1.0495"))
        assert Reported.parse("3.2%").as_ratio(decrease=True) == (D("0.9675"), D("0.9685"))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # 1 / 2.15 and 1 / 2.05, rounded down and up to 28 digits
        ("2.1 times", "0.4651162790697674418604651162", "0.4878048780487804878048780488"),
        ("4 times", "0.2222222222222222222222222222", "0.2857142857142857142857142858"),
        # below one: the ratio rises above one at its upper end
        ("1 times", "0.6666666666666666666666666666", "2"),
        ("0.5 times", "1.818181818181818181818181818", "2.222222222222222222222222223"),
    ],
)
def test_a_fall_many_times_is_rounded_outwards(text: str, low: str, high: str) -> None:
    figure = Reported.parse(text)
    ratio = figure.as_ratio(decrease=True)
    assert ratio == (D(low), D(high))
    interval_low, interval_high = figure.interval
    # outwards: the exact products bracket one
    assert ratio[0] * interval_high <= 1 <= ratio[1] * interval_low


def test_a_fall_of_a_long_multiple_keeps_ten_more_digits_than_the_figure() -> None:
    figure = Reported.parse("12,345,678,901,234,567,890.1 times")  # 21 digits
    low, high = figure.as_ratio(decrease=True)
    assert (low, high) == (
        D("8.100000072900000663372591035806E-20"),
        D("8.100000072900000663438201036988E-20"),
    )
    assert len(low.as_tuple().digits) == len(high.as_tuple().digits) == 31
    interval_low, interval_high = figure.interval
    assert low * interval_high <= 1 <= high * interval_low
    with localcontext() as ctx:
        ctx.prec = 60
        assert (low + D("1e-50")) * interval_high > 1  # low is the largest 31-digit bound
        assert (high - D("1e-50")) * interval_low < 1


def test_find_typos_considers_a_moved_mark_only_when_asked() -> None:
    assert find_typos("4,115.9", 41159, 41159) == ()
    moved = find_typos("4,115.9", 41159, 41159, marks=True)
    assert [(t.kind, t.text, t.value) for t in moved] == [
        (TypoKind.MISPLACED_MARK, "41,159", D(41159))
    ]


def test_find_typos_reads_text_in_its_locale() -> None:
    typos = find_typos("10 224,9", D("11224.85"), D("11224.95"), locale="ru")
    assert [(t.text, t.value, t.published) for t in typos] == [
        ("11 224,9", D("11224.9"), "10 224,9")
    ]
    # "7,109" is 7.109 in Russian: a comma is the decimal mark
    assert [t.text for t in find_typos("7,109", D("7.1185"), D("7.1195"), locale="ru")] == [
        "7,119"
    ]


def test_from_number_keeps_the_locale_and_kind() -> None:
    number = scan_number("составил 10 224,9 млн", 9, locale="ru")
    assert number is not None
    figure = Reported.from_number(number, kind=PERCENT, locale="ru")
    assert (figure.value, figure.kind, figure.locale, figure.span) == (
        D("10224.9"),
        PERCENT,
        "ru",
        (9, 17),
    )
    assert str(figure) == "10 224,9%"


def test_a_russian_multiple_may_follow_spaces() -> None:
    figure = Reported.parse("  в 2,1 раза ", locale="ru")
    assert (figure.value, figure.kind) == (D("2.1"), MULTIPLE)
    assert str(figure) == "в 2,1 раза"


def test_describe_a_single_digit_slip_without_a_double() -> None:
    variants = {t.text: t for t in Reported.parse("7,109").typo_variants()}
    assert not variants["109"].doubled
    assert variants["109"].describe() == "extra '7' typed at character 1"
    assert not variants["87,109"].doubled
    assert variants["87,109"].describe() == "'8' left out at character 1"


def test_a_typo_search_takes_figures_of_up_to_a_hundred_digits() -> None:
    assert len(Reported.parse("1" * 50 + "." + "1" * 50).typo_variants()) == 1820
    too_long = Reported.parse("1" * 60 + "." + "1" * 41)
    with pytest.raises(ValidationError) as info:
        too_long.typo_variants()
    assert info.value.field == "published"
    assert str(info.value).startswith(
        "Reported.typo_variants: 'published' must have at most 100 digits to search it for typos"
    )
    with pytest.raises(ValidationError, match=r"^Reported\.typos_within: 'published'"):
        too_long.typos_within(0, 1)


def test_a_corrected_figure_has_no_span() -> None:
    number = scan_number("amounted to 10,224.9.", 12)
    assert number is not None
    figure = Reported.from_number(number)
    assert figure.span == (12, 20)
    corrected = figure.corrected(figure.typos_within(11224, 11225)[0])
    assert (corrected.text, corrected.span) == ("11,224.9", None)


def test_from_value_names_itself_in_errors() -> None:
    with pytest.raises(ValidationError) as info:
        Reported.from_value(1, -1)
    assert str(info.value) == "Reported.from_value: 'decimals' must not be negative (got -1)"


def test_coerce_names_itself_and_keeps_the_locale() -> None:
    with pytest.raises(ValidationError) as info:
        Reported.coerce(Reported.parse("21.5%"), kind="ratio")
    assert str(info.value).startswith("Reported.coerce: 'kind' must be a FigureKind")
    with pytest.raises(ValidationError) as mismatch:
        Reported.coerce(Reported.parse("21.5%"), kind="multiple")
    assert str(mismatch.value) == (
        "Reported.coerce: 'kind' must be a multiple (got Reported.parse('21.5%'))"
    )
    figure = Reported.coerce(D("7.109"), locale="ru")
    assert (figure.locale, figure.text) == ("ru", "7,109")


def test_typos_within_moves_no_mark_unless_asked() -> None:
    figure = Reported.parse("4,115.9")
    assert figure.typos_within(41159, 41159) == ()
    with pytest.raises(WrongTypeError) as info:
        figure.typos_within(0, 1.5)  # type: ignore[arg-type]
    assert str(info.value).startswith("Reported.typos_within: 'high' must be an exact number")


def test_values_are_read_by_the_one_rule_for_exact_numbers() -> None:
    # A Decimal, an int or decimal text, as every entry point of the library reads them.
    figure = Reported("7109.0", 1)
    assert figure == Reported(D("7109.0"), 1)
    assert type(figure.value) is D
    assert type(Reported(7109, 0).value) is D
    assert Reported.from_value("11224.85", 1).text == "11,224.9"  # type: ignore[arg-type]
    assert Reported.parse("73%").admits("72.8")  # type: ignore[arg-type]
    found = Reported.parse("4,115.9").typos_within("4000", "4100")  # type: ignore[arg-type]
    assert [t.text for t in found] == ["4,015.9"]
