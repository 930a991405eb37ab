"""Issue 18, the values and trade floors: bounded exponents, one digit rule, no bare errors."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import Money, ValidationError, WrongTypeError
from regionrel._exact import MAX_EXPONENT
from regionrel._numbers import format_number
from regionrel._validators import as_decimal
from regionrel.audit import FigureKey
from regionrel.regions import Region
from regionrel.trade.balance import TradeBalance
from regionrel.trade.flows import TradeFlow
from regionrel.trade.indicators import hhi, hhi_normalized, hhi_unctad
from regionrel.trade.partners import PartnerStructure, rounding_slack
from regionrel.trade.rankings import RankClaim, rank

RULE = "must lie within 1E-1000 and 1E+1000 in size (an exponent within ±1000)"


def test_max_exponent_is_one_thousand() -> None:
    assert MAX_EXPONENT == 1000


def test_money_refuses_an_extreme_exponent_at_construction() -> None:
    with pytest.raises(ValidationError) as info:
        Money("1e999999999999999999", "USD")
    assert str(info.value) == f"Money: 'amount' {RULE} (got '1e999999999999999999')"


def test_money_refuses_an_extreme_decimal_and_a_huge_int() -> None:
    with pytest.raises(ValidationError, match="exponent within ±1000"):
        Money(Decimal("1E-1001"), "USD")
    with pytest.raises(ValidationError, match="exponent within ±1000"):
        Money(10**5000, "USD")
    with pytest.raises(ValidationError, match="exponent within ±1000"):
        Money.from_float(10**5000, "USD")


def test_the_bound_itself_is_allowed() -> None:
    assert Money(Decimal("1E+1000"), "USD").amount == Decimal("1E+1000")
    assert Money(Decimal("-9.9E-1000"), "USD").amount == Decimal("-9.9E-1000")
    assert Money(10**1000, "USD").amount == Decimal(10**1000)


def test_money_times_an_extreme_factor() -> None:
    with pytest.raises(ValidationError) as info:
        Money(5, "USD") * Decimal("9E+999999999999999999")
    assert str(info.value) == f"Money: '*' {RULE} (got Decimal('9E+999999999999999999'))"


def test_a_product_beyond_the_bound_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Money(Decimal("1E+600"), "USD") * Decimal("1E+600")
    assert str(info.value).startswith("Money: '*' gives an amount beyond the bound on size")


def test_format_number_extreme_exponent() -> None:
    with pytest.raises(ValidationError) as info:
        format_number(Decimal("1E-999999999999999999"))
    assert str(info.value) == (
        f"format_number: 'value' {RULE} (got Decimal('1E-999999999999999999'))"
    )


@pytest.mark.parametrize("rate", [Decimal("9E+999999999999999999"), Decimal("1E-999999999")])
def test_previous_from_growth_extreme_rate(rate: Decimal) -> None:
    tb = TradeBalance(exports=Money(5, "USD"), imports=Money(4, "USD"))
    with pytest.raises(ValidationError) as info:
        tb.previous_from_growth(exports=rate, imports=0)
    assert str(info.value) == f"TradeBalance.previous_from_growth: 'exports' {RULE} (got {rate!r})"


@given(st.integers(min_value=-MAX_EXPONENT * 3, max_value=MAX_EXPONENT * 3), st.integers(1, 9))
def test_as_decimal_bound_property(exponent: int, digit: int) -> None:
    value = Decimal(digit).scaleb(exponent)
    if abs(exponent) <= MAX_EXPONENT:
        assert as_decimal(value, cls="x", field="y") == value
        assert str(Money(value, "USD"))  # usable
    else:
        with pytest.raises(ValidationError, match="exponent within"):
            as_decimal(value, cls="x", field="y")


def test_non_ascii_digits_are_refused_as_parse_number_refuses_them() -> None:
    with pytest.raises(ValidationError) as info:
        Money("١٢٣", "USD")
    assert str(info.value) == (
        "Money: 'amount' must be an exact number (a Decimal, an int or decimal text "
        "such as '7109.5') (got '١٢٣')"
    )
    # Surrounding whitespace of any script is still stripped.
    assert Money("\u00a07109\u00a0", "USD").amount == Decimal(7109)


@pytest.mark.parametrize("amount", ["-0", "-0.00", Decimal("-0"), Decimal("-0.0")])
def test_negative_zero_prints_as_zero(amount: object) -> None:
    money = Money(amount, "USD")  # type: ignore[arg-type]
    assert not money.amount.is_signed()
    assert str(money).startswith("0")


def test_negative_zero_from_arithmetic() -> None:
    assert str(-Money(0, "USD")) == "0 USD"
    assert str(Money(0, "USD") * -1) == "0 USD"
    assert str(Money("0.0", "USD") / -3) == "0.0 USD"


def test_hhi_of_a_number_is_a_wrong_type() -> None:
    with pytest.raises(WrongTypeError) as info:
        hhi(5)  # type: ignore[arg-type]
    assert str(info.value) == (
        "hhi: 'shares' must be an iterable of numbers (fractions of the total) (got 5)"
    )


def test_rank_of_a_number_is_a_wrong_type() -> None:
    with pytest.raises(WrongTypeError) as info:
        rank(5, by="exports")  # type: ignore[arg-type]
    assert str(info.value) == "rank: 'balances' must be an iterable of TradeBalance values (got 5)"


@pytest.mark.parametrize("index", [hhi_normalized, hhi_unctad])
def test_normalized_indices_need_n_when_shares_fall_short(index: object) -> None:
    name = index.__name__  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as info:
        index([0.5, 0.3])  # type: ignore[operator]
    assert str(info.value) == (
        f"{name}: 'n' is needed: the number of all partners is unknown and the shares "
        "do not cover 100% (they add up to 0.8)"
    )
    assert 0 <= index([0.5, 0.3], n=3) <= 1  # type: ignore[operator]


@given(st.lists(st.integers(1, 1000), min_size=1, max_size=8))
def test_normalized_indices_stay_in_zero_one(raw: list[int]) -> None:
    shares = [s / sum(raw) for s in raw]  # a complete list: n defaults to its length
    for index in (hhi_normalized, hhi_unctad):
        assert -1e-9 <= index(shares) <= 1 + 1e-9


@pytest.mark.parametrize(
    ("share", "count"), [("33.3", 3), ("14.3", 7), ("16.7%", 6), (Decimal("33.3"), 3)]
)
def test_honestly_rounded_complete_lists_are_accepted(share: object, count: int) -> None:
    ps = PartnerStructure.from_shares(
        {f"P{i}": share for i in range(count)}, unit="percent", partner_count=count
    )
    assert ps.is_complete


def test_rounding_beyond_half_a_unit_is_still_refused() -> None:
    with pytest.raises(ValidationError) as info:
        PartnerStructure.from_shares({f"P{i}": "16.8" for i in range(6)}, unit="percent")
    assert (
        str(info.value)
        == "PartnerStructure: 'shares' must not add up to more than 100% (got '100.8%')"
    )
    with pytest.raises(ValidationError, match="must add up to 100% when every partner"):
        PartnerStructure.from_shares(
            {f"P{i}": "16.6" for i in range(6)}, unit="percent", partner_count=6
        )
    with pytest.raises(ValidationError, match="must add up to 100% when every partner"):
        PartnerStructure.from_shares({"A": 50, "B": 49}, unit="percent", partner_count=2)


def test_rounding_slack_is_n_half_units() -> None:
    assert rounding_slack(["33.3"] * 3) == pytest.approx(0.0015)
    assert rounding_slack([Decimal("0.333")] * 3, "fraction") == pytest.approx(0.0015)
    assert rounding_slack([50, 50]) == 0.0


def _claim_time(n: int) -> float:
    start = time.perf_counter()
    with pytest.raises(ValidationError):
        RankClaim.parse_all("7" * n, region=Region.of_country("A", alpha2="AA"))
    return time.perf_counter() - start


def test_rank_claims_read_in_linear_time() -> None:
    small = min(_claim_time(4_000) for _ in range(3))
    large = min(_claim_time(40_000) for _ in range(3))
    assert large < 30 * small + 0.05  # ten times the text, far less than a hundred times the time


def test_a_rank_claim_still_reads_its_place() -> None:
    (claim,) = RankClaim.parse_all(
        "the 2nd place in exports", region=Region.of_country("A", alpha2="AA")
    )
    assert claim.rank == 2


def test_trade_flow_coerce_takes_cls() -> None:
    with pytest.raises(ValidationError) as info:
        TradeFlow.coerce("gdp", cls="rank")
    assert str(info.value) == (
        "rank: 'flow' must be one of 'exports', 'imports', 'turnover', 'balance' (got 'gdp')"
    )
    with pytest.raises(ValidationError, match=r"^FigureKey: 'flow'"):
        FigureKey.amount("gdp")


def test_escapes_found_by_the_api_fuzzer_stay_fixed() -> None:
    from regionrel import gazetteer
    from regionrel.money import Money
    from regionrel.periods import Period
    from regionrel.trade import TradeBalance

    balance = TradeBalance(Money(0, "USD"), Money(0, "USD"))
    with pytest.raises(WrongTypeError, match=r"^TradeBalance.convert: 'rates' must be an"):
        balance.convert("", "RUB", on=Period.year(2018))  # type: ignore[arg-type]
    andorra = gazetteer.get("AD")
    for method in (andorra.code, andorra.country_in):
        with pytest.raises(WrongTypeError, match=r"'scheme' must be a code scheme"):
            method(10**5000)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("index", "args", "field"),
    [
        ("grubel_lloyd", (Decimal("1E-999999999999999999"), 5), "exports"),
        ("grubel_lloyd", (5, Decimal("1E-1001")), "imports"),
        ("balassa_rca", (Decimal("1E-999999999999999999"), 5, 6, 7), "exports_of_product"),
        ("trade_intensity", (5, 6, Decimal("1E-1001"), 7), None),
    ],
)
def test_product_indices_refuse_an_extreme_exponent(
    index: str, args: tuple[object, ...], field: str | None
) -> None:
    """They make exact fractions of their values: 1E-999999999999999999 never finished."""
    from regionrel.trade import products

    start = time.process_time()
    with pytest.raises(ValidationError) as info:
        getattr(products, index)(*args)
    assert time.process_time() - start < 1
    if field is not None:
        assert info.value.field == field
        assert RULE in str(info.value)


def test_a_rank_claims_group_is_checked_when_it_is_made() -> None:
    """It was refused only by ``check``, by another class's name."""
    from regionrel import gazetteer

    with pytest.raises(WrongTypeError) as info:
        RankClaim(gazetteer.find("Leningrad Region"), 1, by="exports", group=5)  # type: ignore[arg-type]
    assert str(info.value) == "RankClaim: 'group' must be a RegionGroup or None (got 5)"
