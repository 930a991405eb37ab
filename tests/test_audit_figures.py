"""The audit's figures: which quantity a name pins, in which units, and how messages write it."""

from __future__ import annotations

from decimal import ROUND_DOWN, localcontext
from decimal import Decimal as D  # noqa: N817

import pytest

from regionrel.audit.figures import Figure, Role, quantity_of
from regionrel.audit.intervals import INF, NINF
from regionrel.errors import ValidationError
from regionrel.reported import FigureKind, Reported


@pytest.mark.parametrize(
    ("name", "role", "variable", "label"),
    [
        ("turnover", Role.AMOUNT, "turnover", "turnover"),
        ("exports", Role.AMOUNT, "exports", "exports"),
        ("imports", Role.AMOUNT, "imports", "imports"),
        ("exports_previous", Role.AMOUNT, "exports_previous", "previous exports"),
        ("balance", Role.SIGNED_AMOUNT, "balance", "balance"),
        ("balance_previous", Role.SIGNED_AMOUNT, "balance_previous", "previous balance"),
        ("imports_growth", Role.GROWTH, "imports_ratio", "imports growth"),
        ("turnover_index", Role.INDEX, "turnover_ratio", "turnover index"),
        (
            "exports_exceed_imports_by",
            Role.EXCEED,
            "exports_to_imports",
            "exports exceed imports by",
        ),
        (
            "imports_exceed_exports_by",
            Role.EXCEED,
            "imports_to_exports",
            "imports exceed exports by",
        ),
        ("partner_count", Role.COUNT, "partner_count", "partner count"),
        ("share:CN", Role.SHARE, "share:turnover:CN", "CN's share of turnover"),
        ("share:exports:CN", Role.SHARE, "share:exports:CN", "CN's share of exports"),
        ("share:imports:US", Role.SHARE, "share:imports:US", "US's share of imports"),
        ("partner:CN", Role.AMOUNT, "partner:turnover:CN", "turnover with CN"),
        ("partner:imports:CN", Role.AMOUNT, "partner:imports:CN", "imports with CN"),
        ("rank:exports", Role.COUNT, "rank:exports", "place in exports"),
        ("rank:turnover:China", Role.AMOUNT, "rank:turnover:China", "turnover of China"),
    ],
)
def test_each_name_pins_its_quantity(name: str, role: Role, variable: str, label: str) -> None:
    assert quantity_of(name) == (role, variable, label)


@pytest.mark.parametrize(
    "name", ["gdp", "turnover_growthx", "share:", "rank:gdp", "balance_growth"]
)
def test_an_unknown_name_is_refused(name: str) -> None:
    with pytest.raises(ValidationError) as info:
        quantity_of(name)
    assert info.value.cls == "TradeReport"
    assert info.value.field == "figures"
    assert info.value.value == name
    assert (
        str(info.value) == f"TradeReport: 'figures' is not a figure the audit knows (got {name!r})"
    )


@pytest.mark.parametrize(
    ("name", "text", "factor", "offset", "bounds", "published"),
    [
        ("exports_growth", "25.7%", D("0.01"), D(1), (D("1.2565"), D("1.2575")), "+25.7%"),
        ("exports_growth", "-3.2%", D("0.01"), D(1), (D("0.9675"), D("0.9685")), "-3.2%"),
        ("exports_growth", "0%", D("0.01"), D(1), (D("0.995"), D("1.005")), "0%"),
        ("exports_growth", "21.5", D("0.01"), D(1), (D("1.2145"), D("1.2155")), "+21.5%"),
        (
            "exports_growth",
            "104.9% of the previous year",
            D("0.01"),
            D(0),
            (D("1.0485"), D("1.0495")),
            "104.9%",
        ),
        ("exports_growth", "2.1 times", D(1), D(0), (D("2.05"), D("2.15")), "2.1 times"),
        ("exports_index", "104.9%", D("0.01"), D(0), (D("1.0485"), D("1.0495")), "104.9%"),
        ("exports_index", "2.1 times", D(1), D(0), (D("2.05"), D("2.15")), "2.1 times"),
        ("exports_exceed_imports_by", "73%", D("0.01"), D(1), (D("1.725"), D("1.735")), "73%"),
        (
            "exports_exceed_imports_by",
            "173% of the previous year",
            D("0.01"),
            D(0),
            (D("1.725"), D("1.735")),
            "173%",
        ),
        (
            "imports_exceed_exports_by",
            "1.7 times",
            D(1),
            D(0),
            (D("1.65"), D("1.75")),
            "1.7 times",
        ),
        ("share:CN", "15.6%", D("0.01"), D(0), (D("0.1555"), D("0.1565")), "15.6%"),
        ("share:CN", "15.6", D("0.01"), D(0), (D("0.1555"), D("0.1565")), "15.6%"),
        ("turnover", "10,224.9", D(1), D(0), (D("10224.85"), D("10224.95")), "10,224.9"),
        ("balance", "-5.5", D(1), D(0), (D("-5.55"), D("-5.45")), "-5.5"),
        ("partner_count", "7", D(1), D(0), (D(7), D(7)), "7"),
        ("rank:exports", "3", D(1), D(0), (D(3), D(3)), "3"),
    ],
)
def test_a_figure_maps_its_published_units_onto_its_quantity(
    name: str,
    text: str,
    factor: D,
    offset: D,
    bounds: tuple[D, D],
    published: str,
) -> None:
    figure = Figure.of(name, Reported.parse(text))
    assert (figure.factor, figure.offset) == (factor, offset)
    assert figure.bounds == bounds
    assert figure.published == published
    assert figure.name == name
    role, variable, label = quantity_of(name)
    assert (figure.role, figure.variable, figure.label) == (role, variable, label)
    assert figure.to_own(figure.bounds) == figure.own_bounds


def test_a_count_stands_for_itself_and_an_amount_for_its_rounding() -> None:
    count = Figure.of("partner_count", Reported.parse("7"))
    assert count.own_bounds == (D(7), D(7))
    amount = Figure.of("rank:turnover:China", Reported.parse("7"))
    assert amount.own_bounds == (D("6.5"), D("7.5"))
    assert amount.decimals == 0
    assert Figure.of("turnover", Reported.parse("10,224.95")).decimals == 2


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("turnover", "5%", "must be an amount, not a figure of kind percent"),
        ("balance", "2 times", "must be an amount, not a figure of kind multiple"),
        ("share:CN", "2 times", "must be a percentage, not a figure of kind multiple"),
        ("share:CN", "104.9% of 2017", "must be a percentage, not a figure of kind index"),
        ("rank:exports", "3%", "must be a whole number, not a figure of kind percent"),
        ("partner_count", "3 times", "must be a whole number, not a figure of kind multiple"),
        ("partner_count", "5.5", "must be a whole number of at least 0"),
        ("rank:exports", "-1", "must be a whole number of at least 0"),
    ],
)
def test_a_kind_that_does_not_fit_the_name_is_refused(name: str, text: str, message: str) -> None:
    reported = Reported.parse(text)
    with pytest.raises(ValidationError) as info:
        Figure.of(name, reported)
    assert info.value.cls == "TradeReport"
    assert info.value.field == name
    assert info.value.value == reported.text
    assert str(info.value) == f"TradeReport: {name!r} {message} (got {reported.text!r})"


def test_rates_accept_every_rate_kind() -> None:
    for text, kind in [
        ("5%", FigureKind.PERCENT),
        ("5", FigureKind.NUMBER),
        ("105% of 2017", FigureKind.INDEX),
        ("2 times", FigureKind.MULTIPLE),
    ]:
        for name in ("exports_growth", "exports_index", "exports_exceed_imports_by"):
            assert Figure.of(name, Reported.parse(text)).reported.kind is kind
    assert Figure.of("partner_count", Reported.parse("0")).bounds == (D(0), D(0))


def test_to_own_turns_quantity_bounds_back_into_published_units() -> None:
    growth = Figure.of("exports_growth", Reported.parse("25.7%"))
    assert growth.to_own((D("1.5"), D(2))) == (D(50), D(100))
    assert growth.to_quantity((D(50), D(100))) == (D("1.5"), D(2))
    assert growth.to_own((NINF, INF)) == (NINF, INF)
    assert growth.to_own((D(1), INF)) == (D(0), INF)
    assert growth.to_own((NINF, D(1))) == (NINF, D(0))
    share = Figure.of("share:CN", Reported.parse("15.6%"))
    assert share.to_own((D("0.25"), D("0.5"))) == (D(25), D(50))


def test_show_writes_a_value_as_the_report_would() -> None:
    growth = Figure.of("exports_growth", Reported.parse("25.7%"))
    assert growth.show(D("21.46")) == "+21.5%"
    assert growth.show(D("21.46"), 0) == "+21%"
    assert growth.show(D("-1.5")) == "-1.5%"
    assert growth.show(D(0)) == "0.0%"
    # A computed value that rounds to zero, or a zero with a sign, shows no sign.
    assert growth.show(D("-0.04")) == "0.0%"
    assert growth.show(D("-0")) == "0.0%"
    assert Figure.of("balance", Reported.parse("-5.5")).show(D("-0.001")) == "0.0"
    assert growth.show(D("0.5")) == "+0.5%"
    assert growth.show(D(1)) == "+1.0%"
    index = Figure.of("exports_growth", Reported.parse("104.9% of 2017"))
    assert index.show(D("1.5")) == "1.5%"
    times = Figure.of("exports_growth", Reported.parse("2.1 times"))
    assert times.show(D("1.46")) == "1.5 times"
    exceed = Figure.of("exports_exceed_imports_by", Reported.parse("73%"))
    assert exceed.show(D(5)) == "5%"
    amount = Figure.of("turnover", Reported.parse("10,224.9"))
    assert amount.show(D("11224.91")) == "11,224.9"
    assert amount.show(D("11224.91"), 2) == "11,224.91"
    russian = Figure.of("turnover", Reported.parse("10 224,9", locale="ru"))
    assert russian.show(D("11224.91")) == "11 224,9"
    assert russian.show(D("11224.91"), 0) == "11 225"
    ru_growth = Figure.of("exports_growth", Reported.parse("25,7%", locale="ru"))
    assert ru_growth.show(D("-21.46")) == "-21,5%"
    assert ru_growth.published == "+25,7%"
    assert russian.published == "10 224,9"


def test_show_range_says_one_value_a_range_or_an_open_end() -> None:
    amount = Figure.of("turnover", Reported.parse("10,224.9"))
    assert amount.show_range((NINF, INF)) == "any value"
    assert amount.show_range((NINF, D(5))) == "at most 5"
    assert amount.show_range((D(5), INF)) == "at least 5"
    assert amount.show_range((D(5), D("1.1e30"))) == "at least 5"
    # the audit's ceiling is no information: an open end, not a midpoint near 5 * 10**17
    assert amount.show_range((D(0), D("1e18"))) == "at least 0"
    assert amount.show_range((D("-1e18"), D(7))) == "at most 7"
    assert amount.show_range((D("-1e18"), D("1e18"))) == "any value"
    assert amount.show_range((D(0), D("999999999999999999"))) == (
        "499,999,999,999,999,999.5 (0.0 to 999,999,999,999,999,999.0)"
    )
    share = Figure.of("share:exports:CN", Reported.parse("15.6%"))
    assert share.show_range((D(3), D(100) * D("1e18"))) == "at least 3%"
    assert share.show_range((D(3), D("99") * D("1e18"))) != "at least 3.0%"
    assert amount.show_range((D("5.01"), D("5.04"))) == "5.0"
    assert amount.show_range((D(5), D(6))) == "5.5 (5.0 to 6.0)"
    # Never more decimals than published, nor more than the bounds and their middle need.
    fine = Figure.of("imports", Reported.parse("4.1159"))
    assert fine.show_range((D("4115.35"), D("4116.45"))) == "4,115.90 (4,115.35 to 4,116.45)"
    assert fine.show_range((D("4115.3500"), D("4116.4500"))) == "4,115.90 (4,115.35 to 4,116.45)"
    assert fine.show_range((D("1.123456"), D("2.1"))) == "1.6117 (1.1235 to 2.1000)"
    assert fine.show_range((D("1E+3"), INF)) == "at least 1,000"
    assert fine.show_range((NINF, D("2.50"))) == "at most 2.5"


@pytest.mark.parametrize(
    ("locale", "text", "value", "decimals", "shown"),
    [
        ("en", "10,224.9", "5", None, "5.0"),
        ("en", "10,224.9", "-1234567.891", 2, "-1,234,567.89"),
        ("en", "10,224.9", "-0.04", None, "0.0"),
        ("en", "10,224.9", "99999.95", None, "100,000.0"),
        ("en", "10,224", "1E+5", None, "100,000"),
        ("ru", "10 224,9", "5", None, "5,0"),
        ("ru", "10 224,9", "-1234567.891", 2, "-1 234 567,89"),
        ("ru", "10 224", "1E+5", None, "100 000"),
    ],
)
def test_show_keeps_the_published_digits_and_grouping(
    locale: str, text: str, value: str, decimals: int | None, shown: str
) -> None:
    figure = Figure.of("balance", Reported.parse(text, locale=locale))
    assert figure.show(D(value), decimals) == shown


def test_show_range_measures_the_ceiling_in_the_quantity_not_the_figure() -> None:
    # a growth rate g pins the quantity 1 + g/100: the ceiling 10**18 is g = (10**18 - 1) * 100
    growth = Figure.of("exports_growth", Reported.parse("+25.7%"))
    ceiling_rate = (D(10) ** 18 - 1) * 100
    assert growth.show_range((D(3), ceiling_rate)) == "at least +3%"
    # g = -10**20 pins 1 - 10**18, just inside the floor: still a range, not "at most"
    assert growth.show_range((D(-(10**20)), D(5))).endswith(
        "(-100,000,000,000,000,000,000.0% to +5.0%)"
    )
    assert growth.show_range((D(-(10**20)) - 200, D(5))) == "at most +5%"


def test_bounds_are_outward_whatever_the_callers_decimal_context() -> None:
    # Thirty significant digits: more than the default context's 28, far more than 3.
    growth = Figure.of("exports_growth", Reported.parse("123456789012345678901234567.891%"))
    with localcontext() as context:
        context.prec, context.rounding = 3, ROUND_DOWN
        lo, hi = growth.bounds
        own = growth.to_own((lo, hi))
    assert (lo, hi) == growth.bounds
    assert lo <= D("1234567890123456789012346.67891") <= hi  # the published value + 1
    assert own[0] <= D("123456789012345678901234567.891") <= own[1]
    assert own == growth.to_own(growth.bounds)
