"""Money: exact amounts, arithmetic, order, text in and out."""

from __future__ import annotations

import copy
import enum
import pickle
import subprocess
import sys
from decimal import Decimal, Inexact, Rounded, localcontext
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import regionrel
from regionrel import CurrencyMismatchError, Money, ParseError, ValidationError, WrongTypeError
from regionrel.money import CURRENCIES, MAX_TEXT, parse_money
from regionrel.scales import Scale
from tests.strategies.money import (
    amounts,
    common_currencies,
    currencies,
    factors,
    money_lists,
    moneys,
    nonzero_amounts,
    scales,
)

USD = "USD"

# -- construction -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (7109, Decimal(7109)),
        (Decimal("4115.9"), Decimal("4115.9")),
        ("10224.9", Decimal("10224.9")),
        ("-3", Decimal(-3)),
        (" 12 ", Decimal(12)),
    ],
)
def test_accepts_ints_decimals_and_decimal_strings(amount: Any, expected: Decimal) -> None:
    money = Money(amount, USD)
    assert money.amount == expected
    assert type(money.amount) is Decimal
    assert money.currency == USD


def test_subclasses_of_int_decimal_and_str_become_plain_values() -> None:
    class MyInt(int):
        pass

    class MyDecimal(Decimal):
        pass

    class MyStr(str):
        pass

    assert type(Money(MyInt(3), USD).amount) is Decimal
    assert type(Money(MyDecimal("3.5"), USD).amount) is Decimal
    assert Money(MyStr("2.5"), MyStr("EUR")) == Money("2.5", "EUR")
    assert type(Money(1, MyStr("EUR")).currency) is str


BAD_MONEY = [
    (
        7109.0,
        USD,
        WrongTypeError,
        "Money: 'amount' must be an exact number (a Decimal, an int or decimal text such as "
        "'7109.5'), not a float: write Decimal(str(x)) (got 7109.0 that is a float)",
    ),
    (
        None,
        USD,
        WrongTypeError,
        "Money: 'amount' must be an exact number (a Decimal, an int or decimal text such as "
        "'7109.5') (got None)",
    ),
    (
        True,
        USD,
        WrongTypeError,
        "Money: 'amount' must be an exact number (a Decimal, an int or decimal text such as "
        "'7109.5') (got True)",
    ),
    (
        "7,109",
        USD,
        ValidationError,
        "Money: 'amount' must be an exact number (a Decimal, an int or decimal text such as "
        "'7109.5') (got '7,109')",
    ),
    ("NaN", USD, ValidationError, "Money: 'amount' must be a finite number (got 'NaN')"),
    (
        Decimal("Infinity"),
        USD,
        ValidationError,
        "Money: 'amount' must be a finite number (got Decimal('Infinity'))",
    ),
    (
        Decimal("sNaN"),
        USD,
        ValidationError,
        "Money: 'amount' must be a finite number (got Decimal('sNaN'))",
    ),
    (
        1,
        "usd",
        ValidationError,
        "Money: 'currency' must be an ISO 4217 code exactly, in capitals: 'USD' (got 'usd')",
    ),
    (
        1,
        "XYZ",
        ValidationError,
        "Money: 'currency' must be a known ISO 4217 currency code, such as 'USD', 'EUR' or "
        "'RUB' (got 'XYZ')",
    ),
    (
        1,
        "RUR",
        ValidationError,
        "Money: 'currency' must be a known ISO 4217 currency code, such as 'USD', 'EUR' or "
        "'RUB' (got 'RUR')",
    ),
    (
        1,
        ["USD"],
        WrongTypeError,
        "Money: 'currency' must be an ISO 4217 code as a str, such as 'USD' (got ['USD'] that "
        "is a list)",
    ),
    (
        1,
        840,
        WrongTypeError,
        "Money: 'currency' must be an ISO 4217 code as a str, such as 'USD' (got 840)",
    ),
]


@pytest.mark.parametrize(("amount", "currency", "error", "message"), BAD_MONEY)
def test_bad_input_raises_a_named_error(
    amount: Any, currency: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        Money(amount, currency)
    assert str(info.value) == message


def test_a_float_error_is_also_a_type_error() -> None:
    with pytest.raises(TypeError):
        Money(1.5, USD)  # type: ignore[arg-type]


def test_from_float_takes_the_shortest_decimal_form() -> None:
    assert Money.from_float(0.1, USD).amount == Decimal("0.1")
    assert Money.from_float(4115.9, USD) == Money("4115.9", USD)
    assert Money.from_float(3, USD) == Money(3, USD)


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (
            float("nan"),
            ValidationError,
            "Money.from_float: 'amount' must be a finite number (got nan that is a float)",
        ),
        (
            float("inf"),
            ValidationError,
            "Money.from_float: 'amount' must be a finite number (got inf that is a float)",
        ),
        (
            "1.5",
            WrongTypeError,
            "Money.from_float: 'amount' must be a float or an int (got '1.5')",
        ),
        (True, WrongTypeError, "Money.from_float: 'amount' must be a float or an int (got True)"),
    ],
)
def test_from_float_refuses(value: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        Money.from_float(value, USD)
    assert str(info.value) == message


def test_from_float_takes_an_int_by_its_value_not_its_repr() -> None:
    class Level(enum.IntEnum):
        HIGH = 3

    assert repr(Level.HIGH) == "<Level.HIGH: 3>"
    assert Money.from_float(Level.HIGH, USD) == Money(3, USD)
    assert Money.from_float(10**30, USD).amount == Decimal(10**30)


def test_from_float_checks_the_currency() -> None:
    with pytest.raises(ValidationError, match=r"^Money\.from_float: 'currency'"):
        Money.from_float(1.0, "ABC")


def test_zero() -> None:
    assert Money.zero("RUB") == Money(0, "RUB")
    assert not Money.zero("RUB")
    with pytest.raises(ValidationError, match=r"^Money\.zero: 'currency'"):
        Money.zero("XXY")


def test_is_frozen_and_slotted() -> None:
    money = Money(1, USD)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        money.amount = Decimal(2)  # type: ignore[misc]
    assert not hasattr(money, "__dict__")
    assert attrs.evolve(money, currency="EUR") == Money(1, "EUR")


def test_known_currencies_are_iso_4217_codes() -> None:
    assert {"USD", "EUR", "RUB", "CNY", "UZS", "KZT", "BYN", "XDR"} <= CURRENCIES
    assert all(len(code) == 3 and code.isupper() for code in CURRENCIES)
    assert "RUR" not in CURRENCIES  # withdrawn in 1998


# -- arithmetic ----------------------------------------------------------------------------


@given(moneys(), amounts)
def test_addition_and_subtraction_are_exact_and_inverse(money: Money, other: Decimal) -> None:
    second = Money(other, money.currency)
    total = money + second
    assert total.amount == money.amount + other
    assert total - second == money
    assert total.currency == money.currency


@given(money_lists())
def test_sum_is_exact_and_starts_from_zero(items: list[Money]) -> None:
    total = sum(items)
    if not items:
        assert total == 0
        return
    assert isinstance(total, Money)
    assert total.amount == sum((m.amount for m in items), Decimal(0))


def test_addition_is_exact_beyond_the_default_context() -> None:
    big = Money("1" * 40, USD)
    small = Money("0." + "0" * 10 + "1", USD)
    assert (big + small).amount == Decimal("1" * 40 + ".00000000001")
    assert (big - small) + small == big


def test_int_zero_is_the_start_of_a_sum_only() -> None:
    money = Money(5, USD)
    assert 0 + money is money
    assert money + 0 is money
    with pytest.raises(TypeError):
        money + 1
    with pytest.raises(TypeError):
        1 + money
    with pytest.raises(TypeError):
        Decimal(0) + money  # type: ignore[operator]


@given(moneys(), st.sampled_from(["+", "-", "<", "<=", ">", ">=", "/"]))
def test_mixing_currencies_names_both(money: Money, operation: str) -> None:
    other = Money(1, "EUR" if money.currency != "EUR" else "USD")
    with pytest.raises(CurrencyMismatchError) as info:
        eval(f"money {operation} other")
    assert info.value.left == money.currency
    assert info.value.right == other.currency
    assert str(info.value) == (
        f"Money: cannot apply {operation!r} to amounts in {money.currency} and "
        f"{other.currency}: convert one of them first with ExchangeRates"
    )


def test_equality_across_currencies_is_false_not_an_error() -> None:
    assert Money(1, USD) != Money(1, "EUR")
    assert {Money(1, USD): "a", Money(1, "EUR"): "b"}[Money("1.00", USD)] == "a"


@given(moneys())
def test_negation_and_absolute_value(money: Money) -> None:
    negated = -money
    assert -negated == money
    assert (-money).amount == -money.amount
    assert abs(money).amount == abs(money.amount)
    assert abs(-money) == abs(money)
    assert +money is money
    assert money + (-money) == Money.zero(money.currency)


@given(moneys(), factors)
def test_multiplication_by_a_number_is_exact(money: Money, factor: int | Decimal) -> None:
    product = money * factor
    assert product == factor * money
    assert product.amount == Decimal(factor) * money.amount or abs(product.amount) > 10**27
    assert product.currency == money.currency


@given(moneys(), nonzero_amounts)
def test_division_by_a_number_undoes_multiplication_within_precision(
    money: Money, divisor: Decimal
) -> None:
    with localcontext() as context:
        context.prec = 60
        assert (money * divisor) / divisor == money


@given(nonzero_amounts, nonzero_amounts, currencies)
def test_money_over_money_is_a_plain_number(a: Decimal, b: Decimal, code: str) -> None:
    ratio = Money(a, code) / Money(b, code)
    assert type(ratio) is Decimal
    assert ratio == a / b


def test_exact_examples() -> None:
    exports, imports = Money("7109", USD), Money("4115.9", USD)
    assert exports + imports == Money("11224.9", USD)
    assert exports - imports == Money("2993.1", USD)
    assert exports * 2 == Money(14218, USD)
    assert exports * Decimal("0.5") == Money("3554.5", USD)
    assert exports / 2 == Money("3554.5", USD)
    assert round(exports / imports, 2) == Decimal("1.73")


@pytest.mark.parametrize(
    ("expression", "error", "message"),
    [
        (
            "money * 1.5",
            WrongTypeError,
            "Money: '*' needs an int or a Decimal, not a float: write Decimal(str(x)) "
            "(got 1.5 that is a float)",
        ),
        (
            "1.5 * money",
            WrongTypeError,
            "Money: '*' needs an int or a Decimal, not a float: write Decimal(str(x)) "
            "(got 1.5 that is a float)",
        ),
        (
            "money / 2.0",
            WrongTypeError,
            "Money: '/' needs an int or a Decimal, not a float: write Decimal(str(x)) "
            "(got 2.0 that is a float)",
        ),
        (
            "money * Decimal('NaN')",
            ValidationError,
            "Money: '*' needs a finite number (got Decimal('NaN'))",
        ),
        ("money / 0", ValidationError, "Money: '/' cannot divide by zero (got Decimal('0'))"),
        (
            "money / Money(0, 'USD')",
            ValidationError,
            "Money: '/' cannot divide by zero (got Decimal('0'))",
        ),
        (
            "2 / money",
            WrongTypeError,
            "Money: '/' cannot divide a number by an amount of money (got 2)",
        ),
    ],
)
def test_bad_arithmetic_raises_named_errors(
    expression: str, error: type[Exception], message: str
) -> None:
    money = Money(7109, USD)
    with pytest.raises(error) as info:
        eval(expression, {"money": money, "Money": Money, "Decimal": Decimal})
    assert str(info.value) == message


@pytest.mark.parametrize(
    "expression",
    [
        "money * money",
        "money * True",
        "money * 'x'",
        "money / 'x'",
        "'x' / money",
        "money - 1",
        "money < 1",
        "money <= 1",
        "money > 1",
        "money >= 1",
        "money + '1'",
    ],
)
def test_foreign_types_are_not_implemented(expression: str) -> None:
    money = Money(7109, USD)
    with pytest.raises(TypeError):
        eval(expression, {"money": money})


def test_a_subclass_of_int_multiplies() -> None:
    class MyInt(int):
        pass

    assert Money(2, USD) * MyInt(3) == Money(6, USD)


def test_division_ignores_the_callers_context_and_wraps_an_overflow() -> None:
    with localcontext() as context:
        context.Emax, context.prec = 10, 3
        context.traps[Inexact] = context.traps[Rounded] = True
        context.clear_flags()
        assert Money("1e10", USD) / Decimal("1e-5") == Money("1e15", USD)
        assert Money(10, USD) / 3 == Money("3.333333333333333333333333333", USD)
        assert Money(2, USD) / Money(3, USD) == Decimal("0.6666666666666666666666666667")
        assert not context.flags[Inexact]
        assert not context.flags[Rounded]
    with pytest.raises(ValidationError) as info:
        Money("9e1000", USD) / Decimal("1e-5")
    assert str(info.value) == (
        "Money: '/' gives an amount beyond the bound on size: every amount lies within "
        "1E-1000 and 1E+1000 in size (an exponent within ±1000) (got Decimal('9E+1005'))"
    )


# -- order and hashing -----------------------------------------------------------------------


@given(amounts, amounts, currencies)
def test_order_follows_the_amounts(a: Decimal, b: Decimal, code: str) -> None:
    left, right = Money(a, code), Money(b, code)
    assert (left < right) == (a < b)
    assert (left <= right) == (a <= b)
    assert (left > right) == (a > b)
    assert (left >= right) == (a >= b)
    assert (left == right) == (a == b)
    if a == b:
        assert hash(left) == hash(right)


def test_equal_amounts_written_differently_are_equal_and_hash_alike() -> None:
    assert Money("1.50", USD) == Money("1.5", USD)
    assert hash(Money("1.50", USD)) == hash(Money("1.5", USD))
    assert len({Money("1.50", USD), Money("1.5", USD), Money(2, USD)}) == 2
    assert max([Money(3, USD), Money(7, USD), Money(5, USD)]) == Money(7, USD)


def test_money_is_not_equal_to_a_number() -> None:
    zero: object = 0
    five: object = Decimal(5)
    assert Money(0, USD) != zero
    assert Money(5, USD) != five


# -- text ----------------------------------------------------------------------------------


@given(moneys())
def test_str_round_trips_through_parse(money: Money) -> None:
    assert parse_money(str(money)) == money
    assert Money.parse(str(money)) == money
    assert parse_money(str(money), locale="ru") == money


@given(moneys())
def test_repr_is_constructor_shaped(money: Money) -> None:
    assert eval(repr(money), {"Money": Money}) == money
    assert repr(money).startswith("Money('")


def test_str_and_repr_never_use_exponents() -> None:
    money = Money(Decimal("7.109E+9"), USD)
    assert str(money) == "7109000000 USD"
    assert repr(money) == "Money('7109000000', 'USD')"


@given(
    moneys(common_currencies),
    scales,
    st.sampled_from(["en", "ru"]),
    st.sampled_from(["code", "name", None]),
)
def test_format_round_trips_through_parse(
    money: Money, scale: Scale, locale: str, style: Any
) -> None:
    text = money.format(scale=scale, locale=locale, style=style)
    assert parse_money(text, locale=locale) == money


@pytest.mark.parametrize(
    ("amount", "kwargs", "expected"),
    [
        ("7109000000", {"scale": "million", "decimals": 1}, "7,109.0 million USD"),
        (
            "7109000000",
            {"scale": Scale.MILLION, "decimals": 1, "locale": "ru"},
            "7 109,0 млн долл. США",
        ),
        ("10224900000", {"scale": "billion", "decimals": 2}, "10.22 billion USD"),
        ("10224900000", {"scale": "auto"}, "10.2249 billion USD"),
        ("950", {"scale": "auto"}, "950 USD"),
        ("0.5", {"scale": "auto"}, "0.5 USD"),
        ("-4115900000", {"scale": "auto", "locale": "ru"}, "-4,1159 млрд долл. США"),
        ("4115900", {"scale": 1000, "style": "name"}, "4,115.9 thousand US dollars"),
        ("7109", {}, "7,109 USD"),
        ("7109", {"locale": "ru", "style": "code"}, "7 109 USD"),
    ],
)
def test_format_examples(amount: str, kwargs: dict[str, Any], expected: str) -> None:
    assert Money(amount, USD).format(**kwargs) == expected


def test_format_names_by_locale() -> None:
    assert Money(5, "RUB").format(scale="million", locale="ru") == "0,000005 млн руб."
    assert Money(5, "RUB").format(style="name") == "5 roubles"
    assert Money(5, "EUR").format(locale="ru") == "5 евро"
    assert Money(5, "UZS").format(locale="ru") == "5 UZS"  # no Russian name: the code


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"style": "symbol"},
            ValidationError,
            "Money.format: 'style' must be 'code', 'name' or None (got 'symbol')",
        ),
        (
            {"locale": "fr"},
            ValidationError,
            "Money.format: 'locale' must be 'en' or 'ru' (got 'fr')",
        ),
        (
            {"scale": "lakh"},
            ValidationError,
            "Scale: 'scale' must name a scale: 'unit', 'thousand', 'million', 'billion' or "
            "'trillion' (got 'lakh')",
        ),
    ],
)
def test_format_refuses(kwargs: dict[str, Any], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        Money(1, USD).format(**kwargs)
    assert str(info.value) == message


@given(moneys(), scales)
def test_in_scale_is_exact(money: Money, scale: Scale) -> None:
    assert money.in_scale(scale) * scale.factor == money.amount


def test_in_scale_examples() -> None:
    assert Money("7109000000", USD).in_scale("million") == Decimal("7109")
    assert str(Money("7109000000", USD).in_scale("million")) == "7109"
    assert str(Money("10224900000", USD).in_scale(Scale.BILLION)) == "10.2249"
    assert str(Money("1.50", USD).in_scale("unit")) == "1.5"


# -- parse_money ------------------------------------------------------------------------------

PARSED = [
    ("7,109 million US dollars", "en", "7109000000", USD),
    ("10,224.9 million USD", "en", "10224900000", USD),
    ("4,115.9 million US dollars", "en", "4115900000", USD),
    ("USD 4.1 bn", "en", "4100000000", USD),
    ("$7.1 billion", "en", "7100000000", USD),
    ("$7.1bn", "en", "7100000000", USD),
    ("US$ 12 mln", "en", "12000000", USD),
    ("-$3.5 million", "en", "-3500000", USD),
    ("−7.1 billion USD", "en", "-7100000000", USD),
    ("7 billion 109 million USD", "en", "7109000000", USD),
    ("12.5 thousand euros", "en", "12500", "EUR"),
    ("€ 12.5", "en", "12.5", "EUR"),
    ("5 €", "en", "5", "EUR"),
    ("2 U.S. dollars", "en", "2", USD),
    ("3.2 mln Swiss francs", "en", "3200000", "CHF"),
    ("1,000 yuan", "en", "1000", "CNY"),
    ("100 RUB", "en", "100", "RUB"),
    ("KZT 1,000,000", "en", "1000000", "KZT"),
    ("  7,109 USD  ", "en", "7109", USD),
    ("10 224,9 млн долл. США", "ru", "10224900000", USD),
    ("10 224,9 млн долл.США", "ru", "10224900000", USD),
    ("10\u00a0224,9\u00a0млн\u00a0долл.\u00a0США", "ru", "10224900000", USD),
    ("76 млрд 721 млн долларов", "ru", "76721000000", USD),
    ("-76 млрд 721 млн долларов", "ru", "-76721000000", USD),
    ("5 млн руб.", "ru", "5000000", "RUB"),
    ("5 млн. рублей", "ru", "5000000", "RUB"),
    ("3 тыс.руб.", "ru", "3000", "RUB"),
    ("7,5 млрд евро", "ru", "7500000000", "EUR"),
    ("1 трлн руб.", "ru", "1000000000000", "RUB"),
    ("2,5 тысячи долларов США", "ru", "2500", USD),
    ("12 миллионов юаней", "ru", "12000000", "CNY"),
    ("100 ₽", "ru", "100", "RUB"),
    ("4 115,9 млн долл. США", "ru", "4115900000", USD),
]


@pytest.mark.parametrize(("text", "locale", "amount", "currency"), PARSED)
def test_parse_money_reads_what_publications_write(
    text: str, locale: str, amount: str, currency: str
) -> None:
    money = parse_money(text, locale=locale)
    assert money == Money(amount, currency)
    assert str(money.amount) == amount  # exact, and never in E notation


def test_the_public_contract_example() -> None:
    assert regionrel.parse_money("7,109 million US dollars") == regionrel.Money(
        "7109000000", "USD"
    )


def test_the_locale_decides_what_a_comma_means() -> None:
    assert parse_money("7,109 USD").amount == Decimal("7109")
    assert parse_money("7,109 USD", locale="ru").amount == Decimal("7.109")


def test_without_a_scale_the_published_digits_are_kept() -> None:
    assert str(parse_money("1.50 USD").amount) == "1.50"


BAD_TEXT = [
    (
        "7,109 million dollers",
        "en",
        "parse_money: expected a currency after the amount, such as 'USD', 'US dollars' or "
        "'руб.' (got '7,109 million dollers', stopped at position 14 before 'dollers')",
        14,
    ),
    (
        "7,109 million",
        "en",
        "parse_money: expected a currency after the amount, such as 'USD', 'US dollars' or "
        "'руб.' (got '7,109 million', stopped at position 13 at the end)",
        13,
    ),
    (
        "",
        "en",
        "parse_money: expected a number (got '', stopped at position 0 at the end)",
        0,
    ),
    (
        "USD",
        "en",
        "parse_money: expected a number (got 'USD', stopped at position 3 at the end)",
        3,
    ),
    (
        "million USD",
        "en",
        "parse_money: expected a number (got 'million USD', stopped at position 0 before "
        "'million USD')",
        0,
    ),
    (
        "7,109 USD and more",
        "en",
        "parse_money: has text after the amount (got '7,109 USD and more', stopped at position "
        "10 before 'and more')",
        10,
    ),
    (
        "$5 USD",
        "en",
        "parse_money: has text after the amount (got '$5 USD', stopped at position 3 before "
        "'USD')",
        3,
    ),
    (
        "1,5 USD",
        "en",
        "parse_money: has a malformed number: in locale 'en' ',' groups thousands and must be followed by exactly "
        "three digits (for a decimal comma use locale='ru') (got '1,5 USD', stopped at "
        "position 1 before ',5 USD')",
        1,
    ),
    (
        "76 млн 721 млрд долларов",
        "ru",
        "parse_money: expected a scale word smaller than 'million' after this part of a "
        "compound amount (got '76 млн 721 млрд долларов', stopped at position 11 before "
        "'млрд долларов')",
        11,
    ),
    (
        "5 million 2018 USD",
        "en",
        "parse_money: expected a scale word smaller than 'million' after this part of a "
        "compound amount (got '5 million 2018 USD', stopped at position 15 before 'USD')",
        15,
    ),
    (
        "5 million -3 thousand USD",
        "en",
        "parse_money: a later part of a compound amount cannot carry a sign (got '5 million -3 "
        "thousand USD', stopped at position 10 before '-3 thousand USD')",
        10,
    ),
    (
        "7 ABC",
        "en",
        "parse_money: expected a currency after the amount, such as 'USD', 'US dollars' or "
        "'руб.' (got '7 ABC', stopped at position 2 before 'ABC')",
        2,
    ),
    (
        "7 usd",
        "en",
        "parse_money: expected a currency after the amount, such as 'USD', 'US dollars' or "
        "'руб.' (got '7 usd', stopped at position 2 before 'usd')",
        2,
    ),
    (
        "7 USDX",
        "en",
        "parse_money: expected a currency after the amount, such as 'USD', 'US dollars' or "
        "'руб.' (got '7 USDX', stopped at position 2 before 'USDX')",
        2,
    ),
]


@pytest.mark.parametrize(("text", "locale", "message", "position"), BAD_TEXT)
def test_bad_text_says_where_reading_stopped(
    text: str, locale: str, message: str, position: int
) -> None:
    with pytest.raises(ParseError) as info:
        parse_money(text, locale=locale)
    assert str(info.value) == message
    assert info.value.position == position
    assert info.value.text == text


def test_a_malformed_number_chains_the_readers_error() -> None:
    with pytest.raises(ParseError) as info:
        parse_money("1,5 USD")
    assert isinstance(info.value.__cause__, ParseError)
    assert info.value.cls == "parse_money"


def test_parse_money_refuses_bad_arguments() -> None:
    with pytest.raises(WrongTypeError) as info:
        parse_money(b"7 USD")  # type: ignore[arg-type]
    assert str(info.value) == "parse_money: 'text' must be a str (got b'7 USD' that is a bytes)"
    with pytest.raises(ValidationError) as error:
        parse_money("7 USD", locale="de")
    assert str(error.value) == "parse_money: 'locale' must be 'en' or 'ru' (got 'de')"
    with pytest.raises(ParseError) as long:
        parse_money("1" * (MAX_TEXT + 1) + " USD")
    assert long.value.rule == f"is longer than {MAX_TEXT} characters"
    assert long.value.position is None


@given(st.text(max_size=30), st.sampled_from(["en", "ru"]))
def test_parse_money_raises_only_parse_errors(text: str, locale: str) -> None:
    error: ParseError | None = None
    try:
        money = parse_money(text, locale=locale)
    except ParseError as err:
        error = err
    else:
        assert isinstance(money, Money)
    if error is not None:
        assert error.position is None or 0 <= error.position <= len(text)


# -- plumbing ----------------------------------------------------------------------------------


@given(moneys())
def test_pickles_and_copies(money: Money) -> None:
    assert pickle.loads(pickle.dumps(money)) == money
    assert copy.deepcopy(money) == money


def test_importing_money_does_not_import_pint() -> None:
    code = "import sys, regionrel.money, regionrel.scales; print('pint' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("operation", ["+", "-", "<", "<=", ">", ">=", "==", "/"])
def test_equal_currency_strings_that_are_not_one_object_still_match(operation: str) -> None:
    code = "".join(["U", "SD"])  # built at run time: not the interned "USD"
    left, right = Money(3, code), Money(2, "USD")
    assert left.currency is not right.currency
    expected = eval(f"Decimal(3) {operation} Decimal(2)")
    result = eval(f"left {operation} right")
    assert (result.amount if isinstance(result, Money) else result) == expected


def test_a_subclass_of_money_compares_through_the_slow_path() -> None:
    class Dollars(Money):
        pass

    assert Dollars(1, USD) < Money(2, USD)
    assert Money(2, USD) >= Dollars(1, USD)
    assert (Money(2, USD) + Dollars(1, USD)).amount == 3


def test_equality_needs_the_same_class_amount_and_currency() -> None:
    class Dollars(Money):
        pass

    class Lookalike:
        amount = Decimal(1)
        currency = USD

    lookalike: object = Lookalike()
    assert Dollars(1, USD) != Money(1, USD)
    assert Dollars(1, USD) == Dollars("1.0", USD)
    assert Money(1, USD) != lookalike
    assert Money(2, USD) != lookalike


# -- edges: boundaries, the slow paths, exactness in any context --------------------------


def test_money_parse_takes_the_locale() -> None:
    assert Money.parse("7,109 USD", locale="ru") == Money("7.109", USD)
    assert Money.parse("10 224,9 млн долл. США", locale="ru") == Money("10224900000", USD)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("1000000", "1 million USD"),
        ("999999", "999.999 thousand USD"),
        ("1000", "1 thousand USD"),
        ("-1000", "-1 thousand USD"),
        ("999", "999 USD"),
        ("1000000000000", "1 trillion USD"),
        ("0", "0 USD"),
    ],
)
def test_auto_scale_reaches_a_scale_at_exactly_its_factor(amount: str, expected: str) -> None:
    assert Money(amount, USD).format(scale="auto") == expected


def test_absolute_value_keeps_the_currency() -> None:
    assert abs(Money("-4115.9", "EUR")) == Money("4115.9", "EUR")
    assert abs(Money("-4115.9", "EUR")).currency == "EUR"
    assert -Money("4115.9", "EUR") == Money("-4115.9", "EUR")


@pytest.mark.parametrize(
    ("amount", "truth"),
    [("0", False), ("0.00", False), ("-0", False), ("0.01", True), ("-5", True), ("7109", True)],
)
def test_truth_is_a_nonzero_amount(amount: str, truth: bool) -> None:
    assert bool(Money(amount, USD)) is truth


def test_hashes_spread_over_amounts_and_currencies() -> None:
    by_amount = {hash(Money(i, USD)) for i in range(100)}
    by_currency = {hash(Money(1, code)) for code in sorted(CURRENCIES)[:50]}
    assert len(by_amount) == 100
    assert len(by_currency) == 50


def _fresh_usd() -> str:
    """ "USD" built at run time: equal to, but not the same object as, the interned literal."""
    return "".join(["U", "SD"])


@pytest.mark.parametrize(("a", "b"), [(3, 2), (2, 2), (2, 3)])
def test_order_on_the_slow_path_matches_the_fast_path(a: int, b: int) -> None:
    class Dollars(Money):
        pass

    expected = (a < b, a <= b, a > b, a >= b)
    fast = Money(a, USD), Money(b, USD)
    fresh = Money(a, _fresh_usd()), Money(b, USD)
    subclass = Dollars(a, USD), Money(b, USD)
    for left, right in (fast, fresh, subclass):
        assert (left < right, left <= right, left > right, left >= right) == expected


@pytest.mark.parametrize("operation", ["+", "-", "<", "<=", ">", ">=", "/"])
@pytest.mark.parametrize("interned", [True, False])
def test_mixing_currencies_names_the_operation_and_keeps_the_sides(
    operation: str, interned: bool
) -> None:
    sides = {"left": Money(5, USD if interned else _fresh_usd()), "right": Money(5, "EUR")}
    with pytest.raises(CurrencyMismatchError) as info:
        eval(f"left {operation} right", sides)
    assert (info.value.left, info.value.right) == (USD, "EUR")
    assert str(info.value) == (
        f"Money: cannot apply {operation!r} to amounts in USD and EUR: "
        "convert one of them first with ExchangeRates"
    )


def test_mixing_currencies_on_the_slow_path_names_the_operation() -> None:
    class Dollars(Money):
        pass

    for operation in ["<", "<=", ">", ">="]:
        with pytest.raises(CurrencyMismatchError) as info:
            eval(f"left {operation} right", {"left": Dollars(5, USD), "right": Money(5, "EUR")})
        assert (info.value.left, info.value.right) == (USD, "EUR")
        assert f"cannot apply {operation!r} to amounts in USD and EUR" in str(info.value)


def test_a_sign_before_a_currency_symbol_or_code() -> None:
    assert parse_money("+$5") == Money(5, USD)
    assert parse_money("+ USD 5") == Money(5, USD)
    assert parse_money("-$5") == Money(-5, USD)
    assert parse_money("\u2212$5") == Money(-5, USD)
    assert parse_money("\u2013 EUR 7.1 million") == Money(-7100000, "EUR")
    assert parse_money("$5") == Money(5, USD)


def test_parse_money_is_exact_in_any_decimal_context() -> None:
    with localcontext() as context:
        context.prec = 3
        assert parse_money("7,109.25 million USD").amount == Decimal("7109250000")
        assert parse_money("7 billion 109.25 million USD").amount == Decimal("7109250000")
        assert parse_money("-7 billion 109.25 million USD").amount == Decimal("-7109250000")


def test_parse_money_is_exact_beyond_the_default_precision() -> None:
    many = "123456789012345678901234567890.5"
    assert parse_money(f"{many} million USD").amount == Decimal(many + "E6")
    compound = parse_money("1 billion 1.2345678901234567890123456789 thousand USD")
    assert compound.amount == Decimal("1000001234.5678901234567890123456789")


@pytest.mark.parametrize(
    ("text", "position", "word"),
    [
        ("5 million 3 million USD", 12, "million"),
        ("5 thousand 3 thousand USD", 13, "thousand"),
        ("5 billion 3 trillion USD", 12, "billion"),
    ],
)
def test_a_later_part_needs_a_strictly_smaller_scale(text: str, position: int, word: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_money(text)
    assert info.value.position == position
    assert info.value.rule == (
        f"expected a scale word smaller than {word!r} after this part of a compound amount"
    )


def test_in_scale_is_exact_in_any_decimal_context() -> None:
    with localcontext() as context:
        context.prec = 3
        assert Money("7109250000", USD).in_scale("million") == Decimal("7109.25")
        assert Money("-10224900000", USD).in_scale(Scale.BILLION) == Decimal("-10.2249")
    many = "123456789012345678901234567890.5"
    assert Money(Decimal(many + "E6"), USD).in_scale("million") == Decimal(many)


@pytest.mark.parametrize(
    ("amount", "scale", "text"),
    [
        (Decimal("0.00"), "million", "0"),
        (Decimal("-0.00"), "unit", "0"),  # negative zero is zero (issue 18)
        (Decimal("7E+1"), "unit", "70"),
        (Decimal("7.1E+9"), "thousand", "7100000"),
        (Decimal("7109000000"), "billion", "7.109"),
        (Decimal("5"), "million", "0.000005"),
        (Decimal("1.000"), "unit", "1"),
    ],
)
def test_in_scale_drops_trailing_decimal_zeros_and_never_uses_exponents(
    amount: Decimal, scale: str, text: str
) -> None:
    assert str(Money(amount, USD).in_scale(scale)) == text


def test_parse_money_reads_text_up_to_the_limit() -> None:
    longest = "1" * (MAX_TEXT - 4) + " USD"
    assert len(longest) == MAX_TEXT
    assert parse_money(longest) == Money("1" * (MAX_TEXT - 4), USD)
    too_long = "1" * (MAX_TEXT - 3) + " USD"
    with pytest.raises(ParseError) as info:
        parse_money(too_long)
    assert (info.value.cls, info.value.text, info.value.position) == (
        "parse_money",
        too_long,
        None,
    )
    assert str(info.value).startswith(
        f"parse_money: is longer than {MAX_TEXT} characters (got '111"
    )


@pytest.mark.parametrize("operation", ["+", "-"])
def test_sums_on_the_slow_path_keep_the_currency(operation: str) -> None:
    class Dollars(Money):
        pass

    for left in (Money(3, _fresh_usd()), Dollars(3, USD), Money(3, USD)):
        result = eval(f"left {operation} right", {"left": left, "right": Money(2, USD)})
        assert isinstance(result, Money)
        assert (result.amount, result.currency) == (eval(f"3 {operation} 2"), USD)
