"""PartnerStructure: the seed's partner shares, values, top N, concentration and errors."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given

from regionrel import gazetteer
from regionrel.errors import CurrencyMismatchError, RegionrelError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.trade import ConcentrationIndex, OtherPartners, PartnerStructure, TradeFlow
from tests.strategies.trade import weights

SEED_SHARES = {
    "PRC": "15.6%",
    "Netherlands": "9.2",
    "Finland": 7.4,
    "Germany": Decimal("6.6"),
    "USA": "5.0",
    "Denmark": "5.0 %",
}
SEED = PartnerStructure.from_shares(
    SEED_SHARES, unit="percent", partner_count=160, total=Money(Decimal("11224.9") * 10**6, "USD")
)


def test_seed_structure() -> None:
    assert len(SEED) == 6
    assert SEED.partner_count == 160
    assert SEED.other_count == 154
    assert math.isclose(SEED.named_share, 0.488)
    assert math.isclose(SEED.other_share, 0.512)
    assert not SEED.is_complete
    assert SEED.flow is TradeFlow.TURNOVER
    assert math.isclose(SEED.hhi(), 0.047632)  # over the named partners: a lower bound
    low, high = SEED.hhi_bounds()
    assert math.isclose(low, 0.047632 + 0.512**2 / 154)
    assert math.isclose(high, 0.047632 + 10 * 0.05**2 + 0.012**2)
    assert math.isclose(SEED.hhi_bounds(named_are_top=False)[1], 0.047632 + 0.512**2)
    # the normalized indices are those of the least H: the low end of hhi_bounds
    assert math.isclose(SEED.hhi_normalized(), (low - 1 / 160) / (1 - 1 / 160))
    assert math.isclose(
        SEED.hhi_unctad(), (math.sqrt(low) - math.sqrt(1 / 160)) / (1 - math.sqrt(1 / 160))
    )
    assert SEED.concentration("hhi_normalized", n=60) == SEED.hhi_normalized(60)
    assert SEED.concentration(ConcentrationIndex.HHI) == SEED.hhi()
    assert SEED.top(2) == (("PRC", 0.156), ("Netherlands", 0.092))
    assert SEED.value_of("PRC").in_scale("million") == Decimal("1751.0844")
    other = SEED.other_partners
    assert other.count == 154
    assert math.isclose(other.share, 0.512)
    assert other.value is not None
    assert round(other.value.in_scale("million"), 1) == Decimal("5747.1")
    assert "PRC" in SEED
    assert "Peru" not in SEED
    assert [] not in SEED


def test_regions_as_partners_and_values() -> None:
    china, finland = gazetteer.find("the PRC"), gazetteer.find("Finland")
    ps = PartnerStructure.from_values(
        {china: Money(30, "USD"), finland: Money(10, "USD")}, flow="exports"
    )
    assert ps.is_complete
    assert ps.partner_count == 2
    assert ps.share_of(china) == 0.75
    assert ps.value_of(finland) == Money(10, "USD")
    assert ps.hhi() == 0.625
    assert ps.hhi_bounds() == (0.625, 0.625)
    assert ps.other_partners == OtherPartners(0, 0.0, Money(0, "USD"))
    partial = PartnerStructure.from_values({china: Money(30, "USD")}, total=Money(100, "USD"))
    assert partial.share_of(china) == 0.3
    assert partial.partner_count is None
    assert partial.other_count is None
    assert partial.other_partners.value == Money(70, "USD")
    assert partial.hhi_bounds() == pytest.approx((0.09, 0.09 + 2 * 0.3**2 + 0.1**2))
    with pytest.raises(ValidationError, match="'n' is needed"):
        partial.hhi_normalized()
    least = 0.09 + 0.7**2 / 9  # the other 70% spread over the 9 partners not named
    assert partial.hhi_unctad(n=10) == pytest.approx(
        (math.sqrt(least) - math.sqrt(0.1)) / (1 - math.sqrt(0.1))
    )
    single = PartnerStructure.from_values({china: Money(5, "USD")})
    assert single.hhi_normalized() == single.hhi_unctad() == 1.0
    assert "PartnerStructure.from_shares(" in repr(SEED)
    assert (
        PartnerStructure.from_shares({"A": 0.5, "B": "0.5"}, unit="fraction").hhi_normalized()
        == 0.0
    )


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: PartnerStructure.from_shares({"A": 70, "B": 40}, unit="percent"),
            ValidationError,
            "PartnerStructure: 'shares' must not add up to more than 100% (got '110%')",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": 70}, unit="percent", partner_count=1),
            ValidationError,
            "PartnerStructure: 'shares' must add up to 100% when every partner is named (1 partners) (got '70%')",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": 70}, unit="share"),
            ValidationError,
            "PartnerStructure: 'unit' must be 'percent' or 'fraction' (got 'share')",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": "7%"}, unit="fraction"),
            ValidationError,
            "PartnerStructure: 'shares[A]' must not carry a percent sign when unit is 'fraction' (got '7%')",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": "x"}, unit="percent"),
            ValidationError,
            "PartnerStructure: 'shares[A]' is not a number (got 'x')",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": None}, unit="percent"),
            WrongTypeError,
            "PartnerStructure: 'shares[A]' must be a number or numeric text (got None)",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": -1}, unit="percent"),
            ValidationError,
            "PartnerStructure: 'shares[A]' must be a finite share that is not negative (got -1)",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": 1}, unit="percent", partner_count=0),
            ValidationError,
            "PartnerStructure: 'partner_count' must be at least the number of partners named (1) (got 0)",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": 1}, unit="percent", partner_count="160"),  # type: ignore[arg-type]
            WrongTypeError,
            "PartnerStructure: 'partner_count' must be an int or None (got '160')",
        ),
        (
            lambda: PartnerStructure.from_shares({"": 1}, unit="percent"),
            ValidationError,
            "PartnerStructure: 'partner' must not be an empty name (got '')",
        ),
        (
            lambda: PartnerStructure.from_shares({3: 1}, unit="percent"),
            WrongTypeError,
            "PartnerStructure: 'partner' must be a Region, a RegionGroup or a name (got 3)",
        ),
        (
            lambda: PartnerStructure.from_shares({}, unit="percent"),
            ValidationError,
            "PartnerStructure: 'partners' must name at least one partner (got () that is a tuple)",
        ),
        (
            lambda: PartnerStructure.from_shares([1], unit="percent"),  # type: ignore[arg-type]
            WrongTypeError,
            "PartnerStructure: 'shares' must be a mapping from partner to share (got [1] that is a list)",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": 1}, unit="percent", total=5),  # type: ignore[arg-type]
            WrongTypeError,
            "PartnerStructure: 'total' must be a Money or None (got 5)",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": 1}, unit="percent", flow="balance"),
            ValidationError,
            "PartnerStructure: 'flow' must be exports, imports or turnover (got 'balance')",
        ),
        (
            lambda: PartnerStructure(("A", "A"), (0.1, 0.1)),
            ValidationError,
            "PartnerStructure: 'partners' must not name a partner twice (got 'A')",
        ),
        (
            lambda: PartnerStructure(("A",), (0.1, 0.1)),
            ValidationError,
            "PartnerStructure: 'shares' must be as many as the partners (1) (got 2)",
        ),
        (
            lambda: PartnerStructure.from_values({"A": 5}),  # type: ignore[dict-item]
            WrongTypeError,
            "PartnerStructure: 'values[A]' must be a Money (got 5)",
        ),
        (
            lambda: PartnerStructure.from_values({"A": Money(-5, "USD")}),
            ValidationError,
            "PartnerStructure: 'values[A]' must not be negative (got Money('-5', 'USD'))",
        ),
        (
            lambda: PartnerStructure.from_values({"A": Money(5, "USD"), "B": Money(5, "EUR")}),
            CurrencyMismatchError,
            "PartnerStructure: cannot apply '+' to amounts in USD and EUR: convert one of them first with ExchangeRates",
        ),
        (
            lambda: PartnerStructure.from_values({"A": Money(5, "USD")}, total=Money(5, "EUR")),
            CurrencyMismatchError,
            "PartnerStructure: cannot apply '/' to amounts in USD and EUR: convert one of them first with ExchangeRates",
        ),
        (
            lambda: PartnerStructure.from_values({"A": Money(5, "USD")}, total=Money(4, "USD")),
            ValidationError,
            "PartnerStructure: 'values' must not add up to more than the total (Money('4', 'USD')) (got Money('5', 'USD'))",
        ),
        (
            lambda: PartnerStructure.from_values({"A": Money(0, "USD")}),
            ValidationError,
            "PartnerStructure: 'total' must be positive (got Money('0', 'USD'))",
        ),
        (
            lambda: PartnerStructure.from_values({}),
            ValidationError,
            "PartnerStructure: 'values' must name at least one partner (got {} that is a dict)",
        ),
        (
            lambda: PartnerStructure.from_values([]),  # type: ignore[arg-type]
            WrongTypeError,
            "PartnerStructure: 'values' must be a mapping from partner to Money (got [] that is a list)",
        ),
        (
            lambda: PartnerStructure.from_values({"A": Money(5, "USD")}, total=5),  # type: ignore[arg-type]
            WrongTypeError,
            "PartnerStructure: 'total' must be a Money or None (got 5)",
        ),
        (
            lambda: SEED.share_of("Peru"),
            ValidationError,
            "PartnerStructure: 'partner' is not a partner named in the structure (got 'Peru')",
        ),
        (
            lambda: SEED.top(-1),
            ValidationError,
            "PartnerStructure.top: 'n' must not be negative (got -1)",
        ),
        (
            lambda: SEED.top("3"),  # type: ignore[arg-type]
            WrongTypeError,
            "PartnerStructure.top: 'n' must be an int (got '3')",
        ),
        (
            lambda: SEED.hhi_normalized(5),
            ValidationError,
            "PartnerStructure.hhi_normalized: 'n' must be at least the number of partners named (6) (got 5)",
        ),
        (
            lambda: SEED.hhi_unctad(5.0),  # type: ignore[arg-type]
            WrongTypeError,
            "PartnerStructure.hhi_unctad: 'n' must be an int or None (got 5.0 that is a float)",
        ),
        (
            lambda: SEED.concentration("gini"),
            ValidationError,
            "PartnerStructure.concentration: 'index' must be one of 'hhi', 'hhi_normalized', 'hhi_unctad' (got 'gini')",
        ),
        (
            lambda: PartnerStructure.from_shares({"A": 1}, unit="percent").value_of("A"),
            ValidationError,
            "PartnerStructure: 'total' is not known: build the structure with a total to derive values",
        ),
    ],
)
def test_bad_input(call: object, error: type[RegionrelError], message: str) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message


@given(weights)
def test_complete_structure_hhi_between_one_over_n_and_one(ws: list[float]) -> None:
    values = {f"P{i}": Money(Decimal(repr(w)), "USD") for i, w in enumerate(ws)}
    ps = PartnerStructure.from_values(values)
    n = len(ws)
    assert 1 / n - 1e-9 <= ps.hhi() <= 1 + 1e-9
    assert -1e-9 <= ps.hhi_normalized() <= 1 + 1e-9
    assert -1e-9 <= ps.hhi_unctad() <= 1 + 1e-9
    assert math.isclose(ps.named_share, 1.0)
    top = ps.top(3)
    assert [s for _, s in top] == sorted((s for _, s in top), reverse=True)


@given(weights)
def test_bounds_enclose_the_named_hhi(ws: list[float]) -> None:
    total = math.fsum(ws) * 2  # name only half of the trade
    shares = {f"P{i}": w / total for i, w in enumerate(ws)}
    ps = PartnerStructure.from_shares(shares, unit="fraction", partner_count=len(ws) + 10)
    low, high = ps.hhi_bounds()
    assert ps.hhi() <= low <= high <= 1 + 1e-9
