"""TradeBalance and TradeChange: the seed's trade paragraph, errors, and invariants."""

from __future__ import annotations

import datetime
import math
from decimal import Decimal

import attrs
import pytest
from hypothesis import given

import regionrel
from regionrel import gazetteer
from regionrel.errors import CurrencyMismatchError, RegionrelError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.rates import ExchangeRates
from regionrel.trade import WORLD, OpennessVariant, TradeBalance, TradeChange, TradeFlow, World
from tests.strategies.trade import balances


def usd_m(text: str) -> Money:
    """An amount in million USD, as the seed writes it."""
    return Money(Decimal(text) * 1_000_000, "USD")


LENINGRAD = gazetteer.get("RU-LEN")
SEED = TradeBalance(
    exports=usd_m("7109"), imports=usd_m("4115.9"), reporter=LENINGRAD, period=Period.year(2018)
)


def test_public_contract() -> None:
    tb = regionrel.TradeBalance(
        exports=Money(7109, "USD"), imports=Money(Decimal("4115.9"), "USD")
    )
    assert isinstance(tb.turnover, Money)
    assert isinstance(tb.balance, Money)
    assert isinstance(tb.coverage, float)
    assert tb.partner is WORLD
    assert tb.reporter is None
    assert tb.period is None


def test_seed_paragraph() -> None:
    assert SEED.turnover.in_scale("million") == Decimal("11224.9")
    assert SEED.balance.in_scale("million") == Decimal("2993.1")
    assert round(SEED.coverage, 3) == 1.727
    assert round(SEED.exports_exceed_imports_by, 3) == 0.727
    assert round(SEED.exports_exceed_imports_by * 100) == 73  # "exceed imports by 73%"
    assert round(SEED.export_share, 4) == 0.6333
    assert math.isclose(SEED.export_share + SEED.import_share, 1)
    # The stated turnover, 10,224.9, does not equal exports plus imports.
    assert SEED.turnover != usd_m("10224.9")


def test_seed_previous_year_from_growth_rates() -> None:
    prev = SEED.previous_from_growth(exports="+25.7%", imports=Decimal("0.148"))
    assert round(prev.exports.in_scale("million"), 1) == Decimal("5655.5")
    assert round(prev.imports.in_scale("million"), 1) == Decimal("3585.3")
    assert prev.period == Period.year(2017)
    assert prev.reporter == LENINGRAD
    change = SEED.change_from(prev)
    assert round(change.export_growth, 6) == 0.257
    assert round(change.import_growth, 6) == 0.148
    # Turnover grew 21.5 %, as stated, from the flows' growth.
    assert round(change.turnover_growth * 100, 1) == 21.5
    assert round(change.index("turnover"), 1) == 121.5
    assert math.isclose(
        change.export_contribution + change.import_contribution, change.turnover_growth
    )
    assert math.isclose(change.share_of_change("exports") + change.share_of_change("imports"), 1)


def test_previous_from_growth_accepts_numbers_and_explicit_period() -> None:
    tb = TradeBalance(exports=Money(126, "USD"), imports=Money(50, "USD"))
    prev = tb.previous_from_growth(exports=0.26, imports=0, period=Period.year(2000))
    assert prev.exports == Money(100, "USD")
    assert prev.imports == Money(50, "USD")
    assert prev.period == Period.year(2000)
    from fractions import Fraction

    assert tb.previous_from_growth(exports=Fraction(1, 4), imports="-50 %").imports == Money(
        100, "USD"
    )
    assert tb.previous_from_growth(exports=1, imports=Decimal(0)).period is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"exports": "25.7", "imports": 0},
            "TradeBalance.previous_from_growth: 'exports' must be a fraction (0.257) or text with a percent sign ('+25.7%') (got '25.7')",
        ),
        (
            {"exports": "abc%", "imports": 0},
            "TradeBalance.previous_from_growth: 'exports' is not a percentage: must start with a number (got 'abc%')",
        ),
        (
            {"exports": "2.1 times", "imports": 0},
            "TradeBalance.previous_from_growth: 'exports' must be a fraction (0.257) or text with a percent sign ('+25.7%') (got '2.1 times')",
        ),
        (
            {"exports": 0, "imports": -1},
            "TradeBalance.previous_from_growth: 'imports' must be a finite growth rate above -100% (got -1)",
        ),
        (
            {"exports": 0, "imports": None},
            "TradeBalance.previous_from_growth: 'imports' must be a number or text such as '+25.7%' (got None)",
        ),
    ],
)
def test_previous_from_growth_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(RegionrelError) as info:
        SEED.previous_from_growth(**kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"exports": 7109.0, "imports": Money(1, "USD")},
            WrongTypeError,
            "TradeBalance: 'exports' must be a Money (got 7109.0 that is a float)",
        ),
        (
            {"exports": Money(1, "USD"), "imports": "1"},
            WrongTypeError,
            "TradeBalance: 'imports' must be a Money (got '1')",
        ),
        (
            {"exports": Money(-1, "USD"), "imports": Money(1, "USD")},
            ValidationError,
            "TradeBalance: 'exports' must not be negative (got Money('-1', 'USD'))",
        ),
        (
            {"exports": Money(1, "USD"), "imports": Money(-2, "USD")},
            ValidationError,
            "TradeBalance: 'imports' must not be negative (got Money('-2', 'USD'))",
        ),
        (
            {"exports": Money(1, "USD"), "imports": Money(1, "RUB")},
            CurrencyMismatchError,
            "TradeBalance: cannot apply 'exports + imports' to amounts in USD and RUB: convert one of them first with ExchangeRates",
        ),
        (
            {"exports": Money(1, "USD"), "imports": Money(1, "USD"), "reporter": "Leningrad"},
            WrongTypeError,
            "TradeBalance: 'reporter' must be a Region, a RegionGroup or None (got 'Leningrad')",
        ),
        (
            {"exports": Money(1, "USD"), "imports": Money(1, "USD"), "partner": None},
            WrongTypeError,
            "TradeBalance: 'partner' must be a Region, a RegionGroup or WORLD (got None)",
        ),
        (
            {"exports": Money(1, "USD"), "imports": Money(1, "USD"), "period": 2018},
            WrongTypeError,
            "TradeBalance: 'period' must be a Period or None (got 2018)",
        ),
    ],
)
def test_bad_balances(
    kwargs: dict[str, object], error: type[RegionrelError], message: str
) -> None:
    with pytest.raises(error) as info:
        TradeBalance(**kwargs)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_zero_imports_coverage_says_so() -> None:
    tb = TradeBalance(exports=Money(5, "USD"), imports=Money(0, "USD"))
    assert not tb.has_imports
    assert tb.has_trade
    assert tb.coverage == math.inf
    assert tb.exports_exceed_imports_by == math.inf
    assert tb.import_share == 0.0
    none = TradeBalance(exports=Money(0, "USD"), imports=Money(0, "USD"))
    assert not none.has_trade
    assert math.isnan(none.coverage)
    assert math.isnan(none.export_share)
    assert math.isnan(none.balance_to_turnover)


def test_openness() -> None:
    tb = TradeBalance(exports=Money(60, "USD"), imports=Money(40, "USD"))
    assert tb.openness(Money(200, "USD"), OpennessVariant.WITS) == 0.5
    assert tb.openness(Money(200, "USD"), "unctad") == 0.25
    with pytest.raises(CurrencyMismatchError):
        tb.openness(Money(200, "RUB"), "wits")
    with pytest.raises(WrongTypeError, match="'gdp' must be a Money"):
        tb.openness(200, "wits")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="'gdp' must be positive"):
        tb.openness(Money(0, "USD"), "wits")
    with pytest.raises(ValidationError, match="'variant' must be"):
        tb.openness(Money(1, "USD"), "both")


def test_values_by_flow_and_dict() -> None:
    assert SEED.value("exports") == SEED.exports
    assert SEED.value(TradeFlow.IMPORTS) == SEED.imports
    assert SEED.value("BALANCE") == SEED.balance
    with pytest.raises(ValidationError) as info:
        SEED.value("gdp")
    assert str(info.value) == (
        "TradeBalance.value: 'flow' must be one of 'exports', 'imports', 'turnover', 'balance' (got 'gdp')"
    )
    with pytest.raises(ValidationError):
        TradeFlow.coerce(3)
    d = SEED.as_dict()
    assert d["turnover"] == Decimal("11224900000")
    assert d["currency"] == "USD"


def test_repr_and_world() -> None:
    tb = TradeBalance(exports=Money(1, "USD"), imports=Money(2, "USD"))
    assert repr(tb) == "TradeBalance(exports=Money('1', 'USD'), imports=Money('2', 'USD'))"
    china = gazetteer.find("the PRC")
    full = attrs.evolve(tb, partner=china, reporter=LENINGRAD, period=Period.year(2018))
    assert repr(full) == (
        "TradeBalance(exports=Money('1', 'USD'), imports=Money('2', 'USD'), "
        f"reporter={LENINGRAD!r}, partner={china!r}, period=Period.year(2018))"
    )
    assert str(WORLD) == "World"
    assert repr(WORLD) == "WORLD"
    assert World() == WORLD
    assert WORLD.iso_code is None
    assert hash(tb) == hash(TradeBalance(exports=Money(1, "USD"), imports=Money(2, "USD")))


def test_convert_is_explicit() -> None:
    rates = ExchangeRates.from_table([("USD", "RUB", 2018, "62.7078")])
    tb = TradeBalance(exports=Money(2, "USD"), imports=Money(1, "USD"), period=Period.year(2018))
    rub = tb.convert(rates, "RUB", on=Period.year(2018))
    assert rub.exports == Money("125.4156", "RUB")
    assert rub.imports == Money("62.7078", "RUB")
    assert rub.period == tb.period
    with pytest.raises(regionrel.MissingRateError):
        tb.convert(rates, "RUB", on=datetime.date(2019, 1, 1))


def test_change_errors() -> None:
    a = TradeBalance(exports=Money(1, "USD"), imports=Money(1, "USD"), period=Period.year(2017))
    with pytest.raises(WrongTypeError) as info:
        TradeChange(previous=a, current=None)  # type: ignore[arg-type]
    assert str(info.value) == "TradeChange: 'current' must be a TradeBalance (got None)"
    with pytest.raises(ValidationError, match="must have the reporter"):
        TradeChange(
            previous=a, current=attrs.evolve(a, reporter=LENINGRAD, period=Period.year(2018))
        )
    with pytest.raises(ValidationError, match="must have the partner"):
        TradeChange(
            previous=a, current=attrs.evolve(a, partner=LENINGRAD, period=Period.year(2018))
        )
    with pytest.raises(CurrencyMismatchError):
        TradeChange(
            previous=a,
            current=TradeBalance(
                exports=Money(1, "EUR"), imports=Money(1, "EUR"), period=Period.year(2018)
            ),
        )
    with pytest.raises(ValidationError) as info:  # type: ignore[assignment]
        TradeChange(previous=a, current=a)
    assert (
        str(info.value)
        == "TradeChange: 'current' must start after the period of 'previous' (2017) ends (got '2017')"
    )
    change = TradeChange(previous=a, current=attrs.evolve(a, period=Period.year(2018)))
    with pytest.raises(ValidationError, match="a balance can change sign"):
        change.growth("balance")
    with pytest.raises(ValidationError, match="must be exports or imports"):
        change.contribution("turnover")
    assert change.balance_change == Money(0, "USD")
    assert math.isnan(change.share_of_change("exports"))


@given(balances())
def test_turnover_and_balance_identities(tb: TradeBalance) -> None:
    assert tb.turnover == tb.exports + tb.imports
    assert tb.balance == tb.exports - tb.imports
    assert tb.turnover.amount - tb.balance.amount == 2 * tb.imports.amount
    if tb.has_imports:
        assert math.isclose(tb.coverage, float(tb.exports.amount / tb.imports.amount))


@given(balances(positive=True), balances(positive=True))
def test_contributions_add_up(a: TradeBalance, b: TradeBalance) -> None:
    b = TradeBalance(
        exports=Money(b.exports.amount, a.currency), imports=Money(b.imports.amount, a.currency)
    )
    change = TradeChange(previous=a, current=b)
    assert math.isclose(
        change.export_contribution + change.import_contribution,
        change.turnover_growth,
        rel_tol=1e-9,
        abs_tol=1e-12,
    )
    assert change.change("turnover") == change.change("exports") + change.change("imports")


@given(balances(positive=True, with_period=True))
def test_previous_from_growth_round_trip(tb: TradeBalance) -> None:
    prev = tb.previous_from_growth(exports=Decimal("0.1"), imports=Decimal("-0.2"))
    change = TradeChange(previous=prev, current=tb)
    assert math.isclose(change.export_growth, 0.1, rel_tol=1e-9)
    assert math.isclose(change.import_growth, -0.2, rel_tol=1e-9)


def test_zero_and_fractional_flows_are_allowed_so_the_real_fault_is_named() -> None:
    # A zero or sub-unit flow is legal: with two currencies, the error is the currency's.
    for small in ("0", "0.5"):
        with pytest.raises(CurrencyMismatchError) as info:
            TradeBalance(exports=Money(small, "USD"), imports=Money(1, "RUB"))
        assert (info.value.left, info.value.right) == ("USD", "RUB")
        with pytest.raises(CurrencyMismatchError):
            TradeBalance(exports=Money(1, "USD"), imports=Money(small, "RUB"))
    tb = TradeBalance(exports=Money("0.5", "USD"), imports=Money(0, "USD"))
    assert tb.turnover == Money("0.5", "USD")


def test_bad_partner_error_names_the_value() -> None:
    with pytest.raises(WrongTypeError) as info:
        TradeBalance(exports=Money(1, "USD"), imports=Money(1, "USD"), partner="China")  # type: ignore[arg-type]
    err = info.value
    assert (err.cls, err.field, err.value) == ("TradeBalance", "partner", "China")
    assert str(err) == (
        "TradeBalance: 'partner' must be a Region, a RegionGroup or WORLD (got 'China')"
    )


def test_a_new_world_instance_is_the_world() -> None:
    tb = TradeBalance(exports=Money(1, "USD"), imports=Money(2, "USD"), partner=World())
    assert tb.partner is WORLD
    assert tb.period is None
    assert tb == TradeBalance(exports=Money(1, "USD"), imports=Money(2, "USD"))
    assert repr(tb) == "TradeBalance(exports=Money('1', 'USD'), imports=Money('2', 'USD'))"
    assert str(tb).startswith("Foreign trade: ")
    dated = TradeBalance(
        exports=Money(1, "USD"), imports=Money(2, "USD"), partner=World(), period=Period.year(2018)
    )
    assert dated.period == Period.year(2018)


@pytest.mark.parametrize(
    ("exports", "expected"),
    [
        ("\N{MINUS SIGN}20%", Money(150, "USD")),  # a typographic minus, as sources print it
        ("+ 20 %", Money(100, "USD")),  # spaces between sign, digits and percent
        ("\N{MINUS SIGN} 20%", Money(150, "USD")),
        (0.2, Money(100, "USD")),
        (Decimal("0.2"), Money(100, "USD")),
        (1, Money(60, "USD")),
    ],
)
def test_growth_text_and_numbers(exports: object, expected: Money) -> None:
    tb = TradeBalance(exports=Money(120, "USD"), imports=Money(10, "USD"))
    assert tb.previous_from_growth(exports=exports, imports=0).exports == expected


def test_growth_as_a_fraction_divides() -> None:
    from fractions import Fraction

    tb = TradeBalance(exports=Money(126, "USD"), imports=Money(50, "USD"))
    prev = tb.previous_from_growth(exports=Fraction(1, 4), imports=Fraction(-1, 2))
    assert prev.exports == Money("100.8", "USD")
    assert prev.imports == Money(100, "USD")


def test_growth_rejects_bools_naming_the_value() -> None:
    with pytest.raises(WrongTypeError) as info:
        SEED.previous_from_growth(exports=True, imports=0)
    err = info.value
    assert (err.cls, err.field, err.value) == (
        "TradeBalance.previous_from_growth",
        "exports",
        True,
    )
    assert str(err) == (
        "TradeBalance.previous_from_growth: 'exports' must be a number or text such as '+25.7%' (got True)"
    )


def test_previous_from_growth_keeps_reporter_and_partner() -> None:
    china = gazetteer.find("the PRC")
    tb = TradeBalance(
        exports=Money(110, "USD"), imports=Money(90, "USD"), reporter=LENINGRAD, partner=china
    )
    prev = tb.previous_from_growth(exports="10%", imports="-10%")
    assert prev == TradeBalance(
        exports=Money(100, "USD"), imports=Money(100, "USD"), reporter=LENINGRAD, partner=china
    )
    assert prev.partner == china
    assert TradeChange(previous=prev, current=tb).balance_change == Money(20, "USD")


def test_openness_errors_name_what_is_wrong() -> None:
    tb = TradeBalance(exports=Money(60, "USD"), imports=Money(40, "USD"))
    with pytest.raises(WrongTypeError) as wrong:
        tb.openness(200, "wits")  # type: ignore[arg-type]
    assert (wrong.value.cls, wrong.value.field, wrong.value.value) == (
        "TradeBalance.openness",
        "gdp",
        200,
    )
    assert str(wrong.value) == "TradeBalance.openness: 'gdp' must be a Money (got 200)"
    with pytest.raises(CurrencyMismatchError) as mismatch:
        tb.openness(Money(200, "RUB"), "wits")
    err = mismatch.value
    assert (err.left, err.right, err.operation, err.cls) == (
        "USD",
        "RUB",
        "/",
        "TradeBalance.openness",
    )
    assert str(err) == (
        "TradeBalance.openness: cannot apply '/' to amounts in USD and RUB: "
        "convert one of them first with ExchangeRates"
    )
    with pytest.raises(ValidationError) as bad:
        tb.openness(Money(-1, "USD"), "unctad")
    assert (bad.value.cls, bad.value.field, bad.value.value) == (
        "TradeBalance.openness",
        "gdp",
        Money(-1, "USD"),
    )
    assert str(bad.value) == (
        "TradeBalance.openness: 'gdp' must be positive (got Money('-1', 'USD'))"
    )


def test_openness_against_a_small_gdp() -> None:
    tb = TradeBalance(exports=Money("0.3", "USD"), imports=Money("0.2", "USD"))
    assert tb.openness(Money("0.5", "USD"), "wits") == 1.0
    assert tb.openness(Money(1, "USD"), "unctad") == 0.25


def test_as_dict_has_every_indicator() -> None:
    tb = TradeBalance(exports=Money(3, "USD"), imports=Money(1, "USD"))
    assert tb.as_dict() == {
        "exports": Decimal(3),
        "imports": Decimal(1),
        "turnover": Decimal(4),
        "balance": Decimal(2),
        "currency": "USD",
        "coverage": 3.0,
        "exports_exceed_imports_by": 2.0,
        "export_share": 0.75,
        "import_share": 0.25,
    }


def test_flow_coerce_names_the_caller() -> None:
    assert TradeFlow.coerce(" Turnover ") is TradeFlow.TURNOVER
    with pytest.raises(ValidationError) as info:
        TradeFlow.coerce(3)
    err = info.value
    assert (err.cls, err.field, err.value) == ("TradeFlow", "flow", 3)
    assert str(err) == (
        "TradeFlow: 'flow' must be one of 'exports', 'imports', 'turnover', 'balance' (got 3)"
    )
    with pytest.raises(ValidationError, match=r"^rank: 'flow' must be one of"):
        TradeFlow.coerce("gdp", cls="rank")
