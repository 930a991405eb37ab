"""PartnerStructure in detail: share text, repr and str, records, ties, bounds and n."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel.errors import CurrencyMismatchError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.trade import ConcentrationIndex, OtherPartners, PartnerStructure, TradeFlow
from regionrel.trade.indicators import normalized_hhi
from regionrel.trade.partners import ShareUnit

LENINGRAD = gazetteer.get("RU-LEN")
FINLAND = gazetteer.find("Finland")
Y2018 = Period.year(2018)


# -- share text and numbers ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "share"),
    [
        ("15,6 %", "percent", 0.156),
        (" 15.6% ", "percent", 0.156),
        ("1 5.6", "percent", 0.156),
        ("0,25", "fraction", 0.25),
        ("0.25", ShareUnit.FRACTION, 0.25),
        ("25", " Percent ", 0.25),
        ("25", "PERCENT", 0.25),
        ("0.25", "Fraction", 0.25),
    ],
)
def test_share_text_is_read_with_comma_spaces_and_percent_sign(
    text: str, unit: str, share: float
) -> None:
    ps = PartnerStructure.from_shares({"A": text}, unit=unit)
    assert ps.shares == (share,)
    assert ps.share_of("A") == share


@pytest.mark.parametrize(
    ("value", "share"),
    [
        (25, 0.25),
        (12.5, 0.125),
        (Decimal("7.5"), 0.075),
        (Fraction(1, 2), 0.005),
        (0, 0.0),
        ("0", 0.0),
    ],
)
def test_numeric_shares_in_percent(value: object, share: float) -> None:
    ps = PartnerStructure.from_shares({"A": value, "B": 50}, unit="percent")
    assert ps.shares == (share, 0.5)


def test_fraction_shares_are_not_divided() -> None:
    ps = PartnerStructure.from_shares({"A": 0.25, "B": "0.5"}, unit="fraction")
    assert ps.shares == (0.25, 0.5)
    assert ps.other_share == 0.25


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("nan", "must be a finite share that is not negative (got 'nan')"),
        ("inf", "must be a finite share that is not negative (got 'inf')"),
        ("-0.1", "must be a finite share that is not negative (got '-0.1')"),
        (math.nan, "must be a finite share that is not negative (got nan that is a float)"),
        (math.inf, "must be a finite share that is not negative (got inf that is a float)"),
        (10**400, "must be a finite share that is not negative (got 1"),
        (Decimal("sNaN"), "must be a finite share that is not negative (got Decimal('sNaN'))"),
        ("sNaN", "is not a number (got 'sNaN')"),
        ("", "is not a number (got '')"),
        ("%", "is not a number (got '%')"),
        ("1,2,3", "is not a number (got '1,2,3')"),
    ],
)
def test_bad_share_numbers(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        PartnerStructure.from_shares({"P": value}, unit="percent")
    assert info.value.cls == "PartnerStructure"
    assert info.value.field == "shares[P]"
    assert info.value.value is value
    assert str(info.value).startswith(f"PartnerStructure: 'shares[P]' {message}")


@pytest.mark.parametrize("value", [True, False, None, [1], 1j])
def test_share_of_a_wrong_type(value: object) -> None:
    with pytest.raises(WrongTypeError) as info:
        PartnerStructure.from_shares({"P": value}, unit="fraction")
    assert info.value.field == "shares[P]"
    assert info.value.rule == "must be a number or numeric text"
    assert info.value.value is value


def test_percent_sign_with_fraction_unit_names_the_partner() -> None:
    with pytest.raises(ValidationError) as info:
        PartnerStructure.from_shares({"A": "0.1", "the PRC": " 7 % "}, unit="fraction")
    assert info.value.field == "shares[the PRC]"
    assert info.value.value == " 7 % "
    assert info.value.rule == "must not carry a percent sign when unit is 'fraction'"


@pytest.mark.parametrize("unit", ["", "percentage", None, 100])
def test_unknown_unit(unit: object) -> None:
    with pytest.raises(ValidationError) as info:
        PartnerStructure.from_shares({"A": 1}, unit=unit)  # type: ignore[arg-type]
    assert info.value.cls == "PartnerStructure"
    assert info.value.field == "unit"
    assert info.value.value == unit
    assert str(info.value).startswith(
        "PartnerStructure: 'unit' must be 'percent' or 'fraction' (got "
    )


# -- sums of shares --------------------------------------------------------


def test_shares_may_add_up_to_exactly_100_percent() -> None:
    ps = PartnerStructure.from_shares({"A": 0.5, "B": 0.25, "C": 0.25}, unit="fraction")
    assert ps.named_share == 1.0
    assert ps.other_share == 0.0
    assert ps.partner_count is None
    assert ps.other_count is None
    assert not ps.is_complete  # the number of partners is not known


def test_float_noise_past_100_percent_is_allowed() -> None:
    ps = PartnerStructure.from_shares({"A": 0.5, "B": 0.5 + 5e-10}, unit="fraction")
    assert ps.named_share == 1.0
    assert ps.other_share == 0.0


def test_shares_just_past_100_percent_are_refused() -> None:
    with pytest.raises(ValidationError) as info:
        PartnerStructure.from_shares({"A": 0.5, "B": 0.5 + 1e-8}, unit="fraction")
    assert info.value.field == "shares"
    assert info.value.value == "100%"
    assert info.value.rule == "must not add up to more than 100%"


def test_complete_structure_allows_a_rounding_gap_below_100_percent() -> None:
    ps = PartnerStructure.from_shares({"A": 0.6, "B": 0.3999995}, unit="fraction", partner_count=2)
    assert ps.is_complete
    assert ps.other_count == 0
    with pytest.raises(ValidationError) as info:
        PartnerStructure.from_shares({"A": 0.6, "B": 0.39999}, unit="fraction", partner_count=2)
    assert info.value.field == "shares"
    assert info.value.value == "99.999%"
    assert info.value.rule == "must add up to 100% when every partner is named (2 partners)"


def test_partner_count_larger_than_named_leaves_others() -> None:
    ps = PartnerStructure.from_shares({"A": 60, "B": 30}, unit="percent", partner_count=3)
    assert ps.other_count == 1
    assert not ps.is_complete
    assert ps.other_share == pytest.approx(0.1)


def test_partner_count_equal_to_named() -> None:
    ps = PartnerStructure.from_shares({"A": 60, "B": 40}, unit="percent", partner_count=2)
    assert ps.is_complete
    assert ps.other_count == 0
    assert ps.partner_count == 2


@pytest.mark.parametrize("count", [True, 2.0, "2"])
def test_partner_count_of_a_wrong_type(count: object) -> None:
    with pytest.raises(WrongTypeError) as info:
        PartnerStructure.from_shares({"A": 50, "B": 50}, unit="percent", partner_count=count)  # type: ignore[arg-type]
    assert info.value.field == "partner_count"
    assert info.value.value is count
    assert info.value.rule == "must be an int or None"


def test_partner_count_below_named() -> None:
    with pytest.raises(ValidationError) as info:
        PartnerStructure.from_shares({"A": 50, "B": 50}, unit="percent", partner_count=1)
    assert info.value.field == "partner_count"
    assert info.value.value == 1
    assert str(info.value) == (
        "PartnerStructure: 'partner_count' must be at least the number of partners named (2) (got 1)"
    )


# -- constructors keep what they are given ---------------------------------


def test_from_shares_keeps_every_argument() -> None:
    total = Money(1000, "USD")
    ps = PartnerStructure.from_shares(
        {FINLAND: "20", "the PRC": "30"},
        unit="percent",
        partner_count=7,
        total=total,
        flow="exports",
        reporter=LENINGRAD,
        period=Y2018,
    )
    assert ps.partners == (FINLAND, "the PRC")
    assert ps.shares == (0.2, 0.3)
    assert ps.partner_count == 7
    assert ps.total == total
    assert ps.values is None
    assert ps.flow is TradeFlow.EXPORTS
    assert ps.reporter == LENINGRAD
    assert ps.period == Y2018
    assert ps.value_of("the PRC") == Money(300, "USD")


def test_from_shares_defaults() -> None:
    ps = PartnerStructure.from_shares({"A": "20"}, unit="percent")
    assert ps.partner_count is None
    assert ps.total is None
    assert ps.values is None
    assert ps.flow is TradeFlow.TURNOVER
    assert ps.reporter is None
    assert ps.period is None


def test_from_values_keeps_every_argument() -> None:
    ps = PartnerStructure.from_values(
        {FINLAND: Money(20, "EUR"), "X": Money(30, "EUR")},
        total=Money(200, "EUR"),
        partner_count=9,
        flow=TradeFlow.IMPORTS,
        reporter=LENINGRAD,
        period=Y2018,
    )
    assert ps.partners == (FINLAND, "X")
    assert ps.shares == (0.1, 0.15)
    assert ps.values == (Money(20, "EUR"), Money(30, "EUR"))
    assert ps.total == Money(200, "EUR")
    assert ps.partner_count == 9
    assert ps.other_count == 7
    assert ps.flow is TradeFlow.IMPORTS
    assert ps.reporter == LENINGRAD
    assert ps.period == Y2018
    assert ps.other_partners == OtherPartners(7, 0.75, Money(150, "EUR"))


def test_from_values_defaults_total_and_count_to_the_named_ones() -> None:
    ps = PartnerStructure.from_values({"A": Money(1, "USD"), "B": Money(3, "USD")})
    assert ps.total == Money(4, "USD")
    assert ps.partner_count == 2
    assert ps.is_complete
    assert ps.shares == (0.25, 0.75)
    assert ps.flow is TradeFlow.TURNOVER
    assert ps.reporter is None
    assert ps.period is None


def test_from_values_with_total_keeps_an_explicit_count() -> None:
    ps = PartnerStructure.from_values({"A": Money(1, "USD")}, total=Money(1, "USD"))
    assert ps.partner_count is None
    assert ps.shares == (1.0,)
    full = PartnerStructure.from_values({"A": Money(1, "USD")}, partner_count=4)
    assert full.partner_count == 4
    assert full.total == Money(1, "USD")


def test_from_values_zero_value_and_values_equal_to_total() -> None:
    ps = PartnerStructure.from_values(
        {"A": Money(0, "USD"), "B": Money(5, "USD")}, total=Money(5, "USD")
    )
    assert ps.shares == (0.0, 1.0)
    assert ps.other_partners == OtherPartners(None, 0.0, Money(0, "USD"))


def test_from_values_negative_total() -> None:
    with pytest.raises(ValidationError) as info:
        PartnerStructure.from_values({"A": Money(0, "USD")}, total=Money(-1, "USD"))
    assert info.value.field == "total"
    assert info.value.value == Money(-1, "USD")
    assert info.value.rule == "must be positive"


def test_from_values_second_currency_names_both() -> None:
    with pytest.raises(CurrencyMismatchError) as info:
        PartnerStructure.from_values(
            {"A": Money(1, "USD"), "B": Money(1, "USD"), "C": Money(1, "RUB")}
        )
    assert info.value.cls == "PartnerStructure"
    assert "USD and RUB" in str(info.value)


def test_from_values_wrong_value_names_the_partner() -> None:
    with pytest.raises(WrongTypeError) as info:
        PartnerStructure.from_values({"A": Money(1, "USD"), "B": Decimal(1)})  # type: ignore[dict-item]
    assert info.value.field == "values[B]"
    assert info.value.value == Decimal(1)


# -- repr, str, records ----------------------------------------------------


def test_repr_reads_as_code() -> None:
    ps = PartnerStructure.from_shares(
        {"PRC": "15.6%", FINLAND: "7.4"}, unit="percent", partner_count=160
    )
    assert repr(ps) == (
        "PartnerStructure.from_shares({'PRC': 0.156, "
        "Region.of_country('Finland', alpha2='FI'): 0.074}, unit='fraction', partner_count=160)"
    )
    short = PartnerStructure.from_shares({"A": 1 / 3}, unit="fraction")
    assert repr(short) == "PartnerStructure.from_shares({'A': 0.333333}, unit='fraction')"


def test_repr_round_trips_shares_and_count() -> None:
    ps = PartnerStructure.from_shares({"A": "25", "B": "50"}, unit="percent", partner_count=4)
    again = eval(repr(ps), {"PartnerStructure": PartnerStructure})
    assert again == ps


def test_str_with_reporter_period_and_flow() -> None:
    ps = PartnerStructure.from_shares(
        {"the PRC": "15.6", FINLAND: "7.4"},
        unit="percent",
        partner_count=160,
        flow="exports",
        reporter=LENINGRAD,
        period=Y2018,
    )
    assert str(ps) == (
        "Exports of the Leningrad Region, 2018, by partner (160 partners)\n"
        "  the PRC: 15.6%\n"
        "  Finland: 7.4%\n"
        "  158 other partners: 77%"
    )


def test_str_without_count_and_complete() -> None:
    ps = PartnerStructure.from_shares({"A": 1 / 3}, unit="fraction", flow="imports")
    assert str(ps) == "Imports by partner\n  A: 33.33%\n  other partners: 66.67%"
    complete = PartnerStructure.from_values({"A": Money(1, "USD"), "B": Money(3, "USD")})
    assert str(complete) == "Turnover by partner (2 partners)\n  A: 25%\n  B: 75%"


def test_str_with_period_only() -> None:
    ps = PartnerStructure.from_shares({"A": 100}, unit="percent", period=Y2018)
    assert str(ps) == "Turnover, 2018, by partner\n  A: 100%\n  other partners: 0%"


def test_records_from_values_carry_amounts() -> None:
    ps = PartnerStructure.from_values(
        {FINLAND: Money(30, "USD"), "X": Money(10, "USD")}, total=Money(100, "USD")
    )
    assert ps.to_records() == [
        {"partner": "Finland", "share": 0.3, "amount": Decimal(30), "currency": "USD"},
        {"partner": "X", "share": 0.1, "amount": Decimal(10), "currency": "USD"},
    ]


def test_records_from_shares_have_no_amounts() -> None:
    ps = PartnerStructure.from_shares(
        {FINLAND: 30, "X": 10}, unit="percent", total=Money(100, "USD")
    )
    assert ps.to_records() == [
        {"partner": "Finland", "share": 0.3, "amount": None, "currency": None},
        {"partner": "X", "share": 0.1, "amount": None, "currency": None},
    ]


# -- lookups ---------------------------------------------------------------


def test_value_of_prefers_given_values_and_derives_otherwise() -> None:
    by_value = PartnerStructure.from_values({"A": Money("33.33", "USD")}, total=Money(100, "USD"))
    assert by_value.value_of("A") == Money("33.33", "USD")
    by_share = PartnerStructure.from_shares({"A": 12.5}, unit="percent", total=Money(80, "EUR"))
    assert by_share.value_of("A") == Money(10, "EUR")
    assert by_share.value_of("A").currency == "EUR"


def test_value_of_an_unknown_partner_before_the_total() -> None:
    ps = PartnerStructure.from_shares({"A": 10}, unit="percent")
    with pytest.raises(ValidationError) as info:
        ps.value_of("B")
    assert info.value.field == "partner"
    assert info.value.value == "B"
    with pytest.raises(ValidationError) as info:
        ps.value_of("A")
    assert info.value.field == "total"
    assert not info.value.has_value


def test_unhashable_partner_is_not_named() -> None:
    ps = PartnerStructure.from_shares({"A": 10}, unit="percent")
    with pytest.raises(ValidationError) as info:
        ps.share_of([])  # type: ignore[arg-type]
    assert info.value.field == "partner"
    assert info.value.value == []
    assert [] not in ps
    assert "A" in ps
    assert FINLAND not in ps


def test_partners_as_regions_and_groups() -> None:
    group = gazetteer.group("North-Western Federal District")
    ps = PartnerStructure.from_shares({group: 40, FINLAND: 10}, unit="percent")
    assert ps.share_of(group) == 0.4
    assert ps.share_of(FINLAND) == 0.1
    assert len(ps) == 2
    assert ps.to_records()[0]["partner"] == "North-Western Federal District"


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_blank_partner_names(name: str) -> None:
    with pytest.raises(ValidationError) as info:
        PartnerStructure.from_shares({name: 1}, unit="percent")
    assert info.value.field == "partner"
    assert info.value.value == name


def test_named_share_and_other_share_are_clamped() -> None:
    ps = PartnerStructure.from_shares({"A": 0.5, "B": 0.5 + 5e-10}, unit="fraction")
    assert ps.named_share == 1.0
    assert ps.other_share == 0.0
    half = PartnerStructure.from_shares({"A": 0.5}, unit="fraction")
    assert half.named_share == 0.5
    assert half.other_share == 0.5


def test_other_partners_from_shares_with_total() -> None:
    ps = PartnerStructure.from_shares(
        {"A": 60}, unit="percent", partner_count=3, total=Money(50, "USD")
    )
    assert ps.other_partners == OtherPartners(2, 0.4, Money(20, "USD"))
    unknown = PartnerStructure.from_shares({"A": 60}, unit="percent")
    assert unknown.other_partners == OtherPartners(None, 0.4, None)


# -- top -------------------------------------------------------------------


def test_top_keeps_given_order_for_ties() -> None:
    ps = PartnerStructure.from_shares({"A": 10, "B": 30, "C": 10, "D": 30}, unit="percent")
    assert ps.top(4) == (("B", 0.3), ("D", 0.3), ("A", 0.1), ("C", 0.1))
    assert ps.top(1) == (("B", 0.3),)
    assert ps.top(0) == ()
    assert ps.top(10) == ps.top(4)


def test_top_refuses_a_bool() -> None:
    ps = PartnerStructure.from_shares({"A": 10}, unit="percent")
    with pytest.raises(WrongTypeError) as info:
        ps.top(True)
    assert info.value.cls == "PartnerStructure.top"
    assert info.value.field == "n"
    assert info.value.value is True


# -- concentration ---------------------------------------------------------


def test_hhi_bounds_of_a_structure_covering_100_percent() -> None:
    ps = PartnerStructure.from_shares({"A": 0.6, "B": 0.4}, unit="fraction", partner_count=5)
    assert ps.hhi_bounds() == (ps.hhi(), ps.hhi())
    assert ps.hhi() == pytest.approx(0.52)


def test_hhi_bounds_with_a_tiny_remainder_are_exact() -> None:
    ps = PartnerStructure.from_shares({"A": 0.5, "B": 0.5 - 5e-10}, unit="fraction")
    low, high = ps.hhi_bounds()
    assert low == high == ps.hhi()


def test_hhi_bounds_remainder_over_known_others() -> None:
    ps = PartnerStructure.from_shares({"A": 0.5, "B": 0.2}, unit="fraction", partner_count=5)
    low, high = ps.hhi_bounds()
    assert low == pytest.approx(0.29 + 0.09 / 3)
    assert high == pytest.approx(0.29 + 0.2**2 + 0.1**2)
    low2, high2 = ps.hhi_bounds(named_are_top=False)
    assert low2 == pytest.approx(low)
    assert high2 == pytest.approx(0.29 + 0.3**2)


def test_hhi_bounds_with_unknown_count_spread_over_infinitely_many() -> None:
    ps = PartnerStructure.from_shares({"A": 0.5, "B": 0.2}, unit="fraction")
    low, high = ps.hhi_bounds()
    assert low == pytest.approx(0.29)
    assert high == pytest.approx(0.29 + 0.2**2 + 0.1**2)


def test_hhi_bounds_with_a_zero_named_share() -> None:
    ps = PartnerStructure.from_shares({"A": 0.5, "B": 0}, unit="fraction", partner_count=4)
    low, high = ps.hhi_bounds()
    assert low == pytest.approx(0.25 + 0.25 / 2)
    assert high == pytest.approx(0.25 + 0.25)


def test_hhi_bounds_high_is_never_below_low() -> None:
    # One other partner must take the whole remainder, past the smallest named share.
    ps = PartnerStructure.from_shares({"A": 0.3, "B": 0.1}, unit="fraction", partner_count=3)
    low, high = ps.hhi_bounds()
    assert low == pytest.approx(0.1 + 0.36)
    assert high == low


@given(
    st.lists(st.floats(min_value=0.001, max_value=1), min_size=1, max_size=10),
    st.floats(min_value=0.05, max_value=0.95),
    st.integers(min_value=1, max_value=50),
    st.booleans(),
)
def test_hhi_bounds_enclose_every_spread_of_the_remainder(
    ws: list[float], named: float, extra: int, named_are_top: bool
) -> None:
    total = math.fsum(ws)
    shares = {f"P{i}": w / total * named for i, w in enumerate(ws)}
    ps = PartnerStructure.from_shares(shares, unit="fraction", partner_count=len(ws) + extra)
    low, high = ps.hhi_bounds(named_are_top=named_are_top)
    rest = ps.other_share
    even = ps.hhi() + rest * rest / extra
    assert low == pytest.approx(even)
    assert low <= high + 1e-12
    assert high <= ps.hhi() + rest * rest + 1e-12


def test_n_defaults_to_the_named_partners_when_they_cover_100_percent() -> None:
    ps = PartnerStructure.from_shares({"A": 50, "B": 25, "C": 25}, unit="percent")
    h = 0.25 + 0.0625 * 2
    assert ps.hhi_normalized() == pytest.approx((h - 1 / 3) / (1 - 1 / 3))
    assert ps.hhi_unctad() == pytest.approx(
        (math.sqrt(h) - math.sqrt(1 / 3)) / (1 - math.sqrt(1 / 3))
    )


def test_n_with_a_float_noise_remainder_is_the_named_partners() -> None:
    ps = PartnerStructure.from_shares({"A": 0.5, "B": 0.5 - 5e-10}, unit="fraction")
    assert ps.hhi_normalized() == pytest.approx(0.0, abs=1e-8)


@pytest.mark.parametrize("method", ["hhi_normalized", "hhi_unctad"])
def test_n_is_needed_when_the_named_do_not_cover_100_percent(method: str) -> None:
    ps = PartnerStructure.from_shares({"A": 50, "B": 40}, unit="percent")
    with pytest.raises(ValidationError) as info:
        getattr(ps, method)()
    assert info.value.cls == f"PartnerStructure.{method}"
    assert info.value.field == "n"
    assert not info.value.has_value
    assert str(info.value) == (
        f"PartnerStructure.{method}: 'n' is needed: the number of all partners is unknown "
        "and the named ones do not cover 100%"
    )


@pytest.mark.parametrize("method", ["hhi_normalized", "hhi_unctad"])
def test_n_given_and_checked(method: str) -> None:
    ps = PartnerStructure.from_shares({"A": 50, "B": 40}, unit="percent", partner_count=10)
    f = getattr(ps, method)
    assert f(3) != f()  # an explicit n wins over the partner count
    assert f(10) == f()
    with pytest.raises(ValidationError) as info:
        f(1)
    assert info.value.cls == f"PartnerStructure.{method}"
    assert info.value.value == 1
    with pytest.raises(ValidationError) as info:
        f(2)  # the named partners hold 90%: the other 10% needs a partner of its own
    assert info.value.cls == f"PartnerStructure.{method}"
    assert info.value.value == 2
    with pytest.raises(WrongTypeError) as wrong:
        f(True)
    assert wrong.value.cls == f"PartnerStructure.{method}"
    assert wrong.value.field == "n"
    assert wrong.value.value is True


def test_normalized_and_unctad_values() -> None:
    ps = PartnerStructure.from_shares({"A": 50, "B": 40}, unit="percent", partner_count=4)
    h = 0.25 + 0.16
    assert ps.hhi() == pytest.approx(h)
    least = h + 0.1**2 / 2  # the other 10% spread over the 2 partners not named
    assert ps.hhi_bounds()[0] == pytest.approx(least)
    assert ps.hhi_normalized() == pytest.approx((least - 0.25) / 0.75)
    assert ps.hhi_unctad() == pytest.approx((math.sqrt(least) - 0.5) / 0.5)
    assert ps.hhi_normalized(3) == pytest.approx((h + 0.1**2 - 1 / 3) / (1 - 1 / 3))
    assert ps.hhi_unctad(3) == pytest.approx(
        (math.sqrt(h + 0.1**2) - math.sqrt(1 / 3)) / (1 - math.sqrt(1 / 3))
    )


@pytest.mark.parametrize("method", ["hhi_normalized", "hhi_unctad"])
def test_normalized_indices_of_a_partial_structure_stay_in_zero_one(method: str) -> None:
    # Issue 18: two named partners of 20% among 5 gave -0.15 (H of the named alone is below 1/n).
    ps = PartnerStructure.from_shares({"A": 20, "B": 20}, unit="percent", partner_count=5)
    assert getattr(ps, method)() == pytest.approx(0.0, abs=1e-12)
    assert 0.0 <= getattr(ps, method)(50) <= 1.0
    with pytest.raises(ValidationError) as info:
        getattr(ps, method)(2)
    assert str(info.value) == (
        f"PartnerStructure.{method}: 'n' must be more than the number of partners named (2): "
        "they hold 0.4 of the total, and the rest is held by partners not named (got 2)"
    )


@given(
    st.lists(st.integers(1, 100), min_size=1, max_size=6),
    st.integers(1, 100),
    st.integers(0, 50),
)
def test_normalized_indices_with_any_partner_count_stay_in_zero_one(
    raw: list[int], unnamed: int, extra: int
) -> None:
    total = sum(raw) + unnamed
    shares = {f"P{i}": r / total for i, r in enumerate(raw)}
    ps = PartnerStructure.from_shares(shares, unit="fraction", partner_count=len(raw) + 1 + extra)
    for method in ("hhi_normalized", "hhi_unctad"):
        value = getattr(ps, method)()
        assert 0.0 <= value <= 1.0
        # the least index is the one of the low end of hhi_bounds
        assert value == pytest.approx(
            normalized_hhi(ps.hhi_bounds()[0], ps.partner_count, root=method == "hhi_unctad")  # type: ignore[arg-type]
        )


def test_one_partner_is_fully_concentrated() -> None:
    ps = PartnerStructure.from_shares({"A": 100}, unit="percent", partner_count=1)
    assert ps.hhi() == 1.0
    assert ps.hhi_normalized() == 1.0
    assert ps.hhi_unctad() == 1.0
    assert ps.hhi_normalized(1) == 1.0
    assert ps.hhi_unctad(1) == 1.0


def test_concentration_passes_n_to_each_index() -> None:
    ps = PartnerStructure.from_shares({"A": 50, "B": 40}, unit="percent", partner_count=10)
    assert ps.concentration("hhi") == ps.hhi()
    assert ps.concentration("hhi", n=3) == ps.hhi()
    assert ps.concentration("hhi_normalized") == ps.hhi_normalized()
    assert ps.concentration("hhi_normalized", n=3) == ps.hhi_normalized(3)
    assert ps.concentration("hhi_unctad") == ps.hhi_unctad()
    assert ps.concentration(ConcentrationIndex.HHI_UNCTAD, n=3) == ps.hhi_unctad(3)
    assert ps.concentration("hhi_unctad", n=3) != ps.hhi_unctad()


def test_flow_of_the_structure() -> None:
    assert PartnerStructure(("A",), (0.5,), flow="imports").flow is TradeFlow.IMPORTS  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        PartnerStructure(("A",), (0.5,), flow=TradeFlow.BALANCE)
    assert info.value.field == "flow"
    assert info.value.value == "balance"


def test_share_text_with_tabs_and_newlines_around_it() -> None:
    ps = PartnerStructure.from_shares({"A": "\t15.6%\n"}, unit="percent")
    assert ps.shares == (0.156,)


def test_sum_of_shares_at_the_noise_allowance_is_accepted() -> None:
    ps = PartnerStructure.from_shares({"A": 1 + 1e-9}, unit="fraction")
    assert ps.named_share == 1.0
    assert ps.other_share == 0.0


def test_complete_structure_at_the_rounding_allowance_is_accepted() -> None:
    ps = PartnerStructure.from_shares({"A": 1 - 1e-6}, unit="fraction", partner_count=1)
    assert ps.is_complete
    assert ps.other_share == pytest.approx(1e-6)


def test_hhi_bounds_of_a_complete_structure_with_a_rounding_gap() -> None:
    ps = PartnerStructure.from_shares({"A": 0.6, "B": 0.3999995}, unit="fraction", partner_count=2)
    low, high = ps.hhi_bounds()
    assert low == ps.hhi()  # no unnamed partner to spread the gap over
    assert high == pytest.approx(ps.hhi() + 0.0000005**2, rel=0, abs=1e-15)
    assert high >= low


@pytest.mark.parametrize(
    "build",
    [
        lambda: PartnerStructure.from_shares({"A": 1}, unit="percent", flow="gdp"),
        lambda: PartnerStructure.from_values({"A": Money(1, "USD")}, flow="gdp"),
        lambda: PartnerStructure(("A",), (0.5,), flow="gdp"),  # type: ignore[arg-type]
    ],
)
def test_unknown_flow_names_the_class(build: Callable[[], object]) -> None:
    with pytest.raises(ValidationError) as info:
        build()
    assert info.value.cls == "PartnerStructure"
    assert info.value.field == "flow"
    assert info.value.value == "gdp"
    assert str(info.value) == (
        "PartnerStructure: 'flow' must be one of 'exports', 'imports', 'turnover', 'balance' "
        "(got 'gdp')"
    )


@pytest.mark.parametrize("unit", [ShareUnit.PERCENT, "percent"])
def test_unit_as_enum_or_text(unit: ShareUnit | str) -> None:
    assert PartnerStructure.from_shares({"A": "40"}, unit=unit).shares == (0.4,)
