"""TradeChange: growth, indices, contributions and shares of change, and its errors."""

from __future__ import annotations

import datetime
import math

import attrs
import pytest
from hypothesis import assume, given

from regionrel import gazetteer
from regionrel.errors import CurrencyMismatchError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.trade import TradeBalance, TradeChange, TradeFlow
from tests.strategies.trade import balances


def usd(exports: int, imports: int, year: int | None = None) -> TradeBalance:
    period = Period.year(year) if year is not None else None
    return TradeBalance(
        exports=Money(exports, "USD"), imports=Money(imports, "USD"), period=period
    )


# Exports 100 -> 150, imports 100 -> 80: turnover 200 -> 230, balance 0 -> 70.
CHANGE = TradeChange(previous=usd(100, 100, 2017), current=usd(150, 80, 2018))


def test_changes_by_flow() -> None:
    assert CHANGE.change("exports") == Money(50, "USD")
    assert CHANGE.change(TradeFlow.IMPORTS) == Money(-20, "USD")
    assert CHANGE.change("Turnover") == Money(30, "USD")
    assert CHANGE.balance_change == Money(70, "USD")


def test_growth_and_index() -> None:
    assert CHANGE.export_growth == 0.5
    assert CHANGE.import_growth == -0.2
    assert CHANGE.turnover_growth == 0.15
    assert CHANGE.index("exports") == 150.0
    assert CHANGE.index(TradeFlow.IMPORTS) == 80.0
    assert CHANGE.index("turnover") == pytest.approx(115.0, rel=1e-12)


def test_contributions_and_shares_of_change() -> None:
    assert CHANGE.export_contribution == 0.25
    assert CHANGE.import_contribution == -0.1
    assert CHANGE.contribution("exports") == 0.25
    assert CHANGE.share_of_change("exports") == 50 / 30
    assert CHANGE.share_of_change(TradeFlow.IMPORTS) == -20 / 30


def test_from_nothing_the_ratios_say_so() -> None:
    change = TradeChange(previous=usd(0, 0), current=usd(5, 0))
    assert change.export_growth == math.inf
    assert math.isnan(change.import_growth)
    assert change.index("exports") == math.inf
    assert change.export_contribution == math.inf
    assert change.share_of_change("exports") == 1.0
    assert change.share_of_change("imports") == 0.0


FLOW_MESSAGE = "'flow' must be one of 'exports', 'imports', 'turnover', 'balance' (got 'gdp')"


@pytest.mark.parametrize(
    "method", ["change", "growth", "index", "contribution", "share_of_change"]
)
def test_unknown_flow_names_the_method(method: str) -> None:
    with pytest.raises(ValidationError) as info:
        getattr(CHANGE, method)("gdp")
    err = info.value
    assert (err.cls, err.field, err.value) == (f"TradeChange.{method}", "flow", "gdp")
    assert str(err) == f"TradeChange.{method}: {FLOW_MESSAGE}"


@pytest.mark.parametrize("method", ["growth", "index"])
def test_balance_has_no_growth_or_index(method: str) -> None:
    with pytest.raises(ValidationError) as info:
        getattr(CHANGE, method)(TradeFlow.BALANCE)
    err = info.value
    assert (err.cls, err.field, err.value) == (f"TradeChange.{method}", "flow", "balance")
    assert str(err) == (
        f"TradeChange.{method}: 'flow' must be exports, imports or turnover: "
        "a balance can change sign, use change('balance') (got 'balance')"
    )


@pytest.mark.parametrize("method", ["contribution", "share_of_change"])
@pytest.mark.parametrize("flow", ["turnover", "balance"])
def test_only_components_of_turnover_contribute(method: str, flow: str) -> None:
    with pytest.raises(ValidationError) as info:
        getattr(CHANGE, method)(flow)
    err = info.value
    assert (err.cls, err.field, err.value) == (f"TradeChange.{method}", "flow", flow)
    assert str(err) == (
        f"TradeChange.{method}: 'flow' must be exports or imports "
        f"(the components of turnover) (got '{flow}')"
    )


@given(balances(positive=True), balances(positive=True))
def test_index_is_growth_plus_one_hundred_percent(a: TradeBalance, b: TradeBalance) -> None:
    b = TradeBalance(
        exports=Money(b.exports.amount, a.currency), imports=Money(b.imports.amount, a.currency)
    )
    change = TradeChange(previous=a, current=b)
    for flow in ("exports", "imports", "turnover"):
        assert math.isclose(
            change.index(flow), 100 * (1 + change.growth(flow)), rel_tol=1e-9, abs_tol=1e-9
        )


@given(balances(), balances())
def test_shares_of_change_add_up_to_one(a: TradeBalance, b: TradeBalance) -> None:
    b = TradeBalance(
        exports=Money(b.exports.amount, a.currency), imports=Money(b.imports.amount, a.currency)
    )
    change = TradeChange(previous=a, current=b)
    assume(change.change("turnover").amount != 0)
    exports, imports = change.share_of_change("exports"), change.share_of_change("imports")
    # Each share is a correctly rounded float; when the flows move in opposite
    # directions the shares are large and cancel, so the sum is exact only to
    # a few units in the last place of the larger share.
    slack = 4 * math.ulp(max(abs(exports), abs(imports)))
    assert math.isclose(exports + imports, 1, rel_tol=1e-9, abs_tol=slack)


def test_not_a_balance_names_the_field_and_value() -> None:
    with pytest.raises(WrongTypeError) as info:
        TradeChange(previous="2017", current=usd(1, 1))  # type: ignore[arg-type]
    err = info.value
    assert (err.cls, err.field, err.value) == ("TradeChange", "previous", "2017")
    assert str(err) == "TradeChange: 'previous' must be a TradeBalance (got '2017')"


def test_reporters_must_match() -> None:
    leningrad = gazetteer.get("RU-LEN")
    current = attrs.evolve(usd(1, 1, 2018), reporter=leningrad)
    with pytest.raises(ValidationError) as info:
        TradeChange(previous=usd(1, 1, 2017), current=current)
    err = info.value
    assert (err.cls, err.field, err.value) == ("TradeChange", "current", leningrad)
    assert str(err) == (
        f"TradeChange: 'current' must have the reporter of 'previous' (None) (got {leningrad!r})"
    )


def test_partners_must_match() -> None:
    china = gazetteer.find("the PRC")
    current = attrs.evolve(usd(1, 1, 2018), partner=china)
    with pytest.raises(ValidationError) as info:
        TradeChange(previous=usd(1, 1, 2017), current=current)
    err = info.value
    assert (err.cls, err.field, err.value) == ("TradeChange", "current", china)
    assert str(err) == (
        f"TradeChange: 'current' must have the partner of 'previous' (WORLD) (got {china!r})"
    )


def test_currencies_must_match() -> None:
    rub = TradeBalance(exports=Money(1, "RUB"), imports=Money(1, "RUB"))
    with pytest.raises(CurrencyMismatchError) as info:
        TradeChange(previous=usd(1, 1), current=rub)
    err = info.value
    assert (err.left, err.right, err.operation, err.cls) == ("USD", "RUB", "-", "TradeChange")
    assert str(err) == (
        "TradeChange: cannot apply '-' to amounts in USD and RUB: "
        "convert one of them first with ExchangeRates"
    )


def test_current_must_start_after_previous_ends() -> None:
    last_day = attrs.evolve(usd(1, 1), period=Period.day(datetime.date(2017, 12, 31)))
    with pytest.raises(ValidationError) as info:
        TradeChange(previous=usd(1, 1, 2017), current=last_day)
    err = info.value
    assert (err.cls, err.field, err.value) == ("TradeChange", "current", "2017-12-31")
    assert str(err) == (
        "TradeChange: 'current' must start after the period of 'previous' (2017) ends "
        "(got '2017-12-31')"
    )
    next_day = attrs.evolve(usd(2, 1), period=Period.day(datetime.date(2018, 1, 1)))
    assert TradeChange(previous=usd(1, 1, 2017), current=next_day).export_growth == 1.0


def test_trade_flow_lives_in_flows_and_stays_importable_from_balance() -> None:
    from regionrel.trade import balance, flows

    assert balance.TradeFlow is flows.TradeFlow is TradeFlow
    assert issubclass(TradeBalance, flows.BalanceBase)
    prev = TradeBalance(exports=Money(1, "USD"), imports=Money(1, "USD"))
    cur = TradeBalance(exports=Money(2, "USD"), imports=Money(1, "USD"))
    assert cur.change_from(prev) == TradeChange(previous=prev, current=cur)
