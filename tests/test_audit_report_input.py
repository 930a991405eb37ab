"""TradeReport: how figures are taken in (order, locale, weights) and the findings of natural ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.audit import Severity, TradeReport
from regionrel.errors import RegionrelError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.reported import Reported
from regionrel.scales import Scale


def test_from_figures_puts_keyword_figures_in_report_order_and_the_rest_after() -> None:
    report = TradeReport.from_figures(
        {"share:CN": "1%", "imports": "1", "partner_count": "3", "turnover": "2"}
    )
    assert report.names == ("turnover", "imports", "partner_count", "share:CN")


def test_from_figures_keeps_the_locale() -> None:
    report = TradeReport.from_figures({"exports": "7 109,5"}, locale="ru")
    assert report.locale == "ru"
    assert str(report.figure("exports").value) == "7109.5"


def test_from_figures_needs_a_mapping() -> None:
    with pytest.raises(WrongTypeError) as info:
        TradeReport.from_figures(["exports"])  # type: ignore[arg-type]
    assert info.value.field == "figures"
    assert str(info.value) == (
        "TradeReport: 'figures' must be a mapping (got ['exports'] that is a list)"
    )


@pytest.mark.parametrize("weight", [True, "2", 1.5, -1, Decimal("NaN"), Decimal("Infinity")])
def test_weights_must_be_positive_ints_or_decimals(weight: object) -> None:
    with pytest.raises(ValidationError) as info:
        TradeReport(exports="1", weights={"exports": weight})
    assert info.value.field == "weights"
    assert info.value.value is weight
    assert str(info.value).startswith(
        "TradeReport: 'weights' must be positive ints or Decimals (got "
    )


def test_a_consistent_report_has_no_findings_and_no_explanations() -> None:
    result = TradeReport(exports="7,109", imports="4,115.9", balance="2,993.1").audit()
    assert result.findings == ()
    assert result.explanations == ()


def test_a_share_over_100_percent_is_out_of_range() -> None:
    result = TradeReport(shares={"CN": "150%"}).audit()
    assert result.to_records() == [
        {
            "severity": "error",
            "rule": "range:share:CN",
            "figures": "share:CN",
            "message": "CN's share of turnover 150% is impossible: a share lies between 0% and 100%",
        }
    ]
    assert result.suspects == [frozenset({"share:CN"})]
    assert result.suggestions == {"share:CN": 100}


def test_a_negative_amount_is_out_of_range() -> None:
    result = TradeReport(exports="-7,109", imports="4,115.9", balance="2,993.1").audit()
    assert result.to_records() == [
        {
            "severity": "error",
            "rule": "range:exports",
            "figures": "exports",
            "message": "exports -7,109 is impossible: an amount of trade is never negative",
        },
        {
            "severity": "error",
            "rule": "balance",
            "figures": "exports, imports, balance",
            "message": "balance = exports - imports does not hold for exports -7,109, "
            "imports 4,115.9, balance 2,993.1",
        },
    ]


def test_place_zero_is_out_of_range_but_place_one_and_a_zero_member_are_fine() -> None:
    result = TradeReport(ranks={"exports": "0"}).audit()
    assert result.findings[0].rule == "range:rank:exports"
    assert result.findings[0].severity is Severity.ERROR
    assert result.findings[0].message == (
        "place in exports 0 is impossible: a count or place is a whole number of at least 1"
    )
    first = TradeReport(
        exports="7,109", ranks={"exports": "1"}, rank_values={"exports": {"A": "0"}}
    )
    assert first.audit().ok
    assert TradeReport(partner_count="0").audit().ok


def test_a_joint_finding_names_every_figure() -> None:
    result = TradeReport(turnover="6000", balance="1000", exports_exceed_imports_by="50%").audit()
    assert result.to_records() == [
        {
            "severity": "error",
            "rule": "joint",
            "figures": "turnover, balance, exports_exceed_imports_by",
            "message": "each rule holds on its own, but no values within the figures' "
            "rounding satisfy all of them at once",
        }
    ]


# --- currency, scale and locale: the library's rules, every problem at once ------------


@pytest.mark.parametrize("currency", ["XYZ", "usd", "US", 840, None])
def test_the_currency_follows_money_s_rule(currency: object) -> None:
    with pytest.raises(RegionrelError) as money:
        Money(1, currency)  # type: ignore[arg-type]
    with pytest.raises(RegionrelError) as info:
        TradeReport.from_figures({"exports": "1"}, currency=currency)  # type: ignore[arg-type]
    assert type(info.value) is type(money.value)
    assert (info.value.cls, info.value.field, info.value.value) == (
        "TradeReport",
        "currency",
        currency,
    )
    assert info.value.rule == money.value.rule


def test_an_unknown_currency_is_refused_as_money_refuses_it() -> None:
    with pytest.raises(ValidationError) as info:
        TradeReport(exports="7,109", currency="XYZ")
    assert str(info.value) == (
        "TradeReport: 'currency' must be a known ISO 4217 currency code, such as 'USD', 'EUR' "
        "or 'RUB' (got 'XYZ')"
    )


@pytest.mark.parametrize("scale", ["zillion", "millions", "", 7, None])
def test_the_scale_follows_scale_coerce(scale: object) -> None:
    with pytest.raises(RegionrelError) as coerced:
        Scale.coerce(scale)  # type: ignore[arg-type]
    with pytest.raises(RegionrelError) as info:
        TradeReport(exports="1", scale=scale)  # type: ignore[arg-type]
    assert type(info.value) is type(coerced.value)
    assert (info.value.cls, info.value.field, info.value.value) == ("TradeReport", "scale", scale)
    assert info.value.rule == coerced.value.rule


@pytest.mark.parametrize(
    ("scale", "name"),
    [
        ("thousand", "thousand"),
        ("Billion", "billion"),
        (Scale.UNIT, "unit"),
        ("trillion", "trillion"),
    ],
)
def test_a_scale_is_kept_as_its_name(scale: Scale | str, name: str) -> None:
    assert TradeReport(exports="1", scale=scale).scale == name


@pytest.mark.parametrize(("locale", "error"), [("de", ValidationError), (None, WrongTypeError)])
def test_the_locale_follows_the_library_s_rule(
    locale: object, error: type[RegionrelError]
) -> None:
    with pytest.raises(error) as info:
        TradeReport(exports="1", locale=locale)  # type: ignore[arg-type]
    assert (info.value.cls, info.value.field, info.value.value) == (
        "TradeReport",
        "locale",
        locale,
    )
    assert info.value.rule.startswith(
        "must be a str, 'en' or 'ru'" if locale is None else "must be 'en' or 'ru'"
    )


def test_a_bad_currency_scale_and_locale_are_reported_together() -> None:
    with pytest.raises(ValidationError) as info:
        TradeReport(exports="7,109", currency="XYZ", scale="zillion", locale="de")
    assert info.value.cls == "TradeReport"
    assert info.value.field == "currency, scale, locale"
    assert str(info.value) == (
        "TradeReport: 'currency, scale, locale' have 3 problems: "
        "'currency' must be a known ISO 4217 currency code, such as 'USD', 'EUR' or 'RUB' "
        "(got 'XYZ'); "
        "'scale' must name a scale: 'unit', 'thousand', 'million', 'billion' or 'trillion' "
        "(got 'zillion'); "
        "'locale' must be 'en' or 'ru' (got 'de')"
    )


def test_every_bad_figure_is_reported_in_one_error() -> None:
    with pytest.raises(ValidationError) as info:
        TradeReport(
            exports=7109.0,
            imports="4,115.9",
            shares={"CN": "2 times"},
            partner_count="160.5",
            ranks=["exports"],  # type: ignore[arg-type]
            complete_ranks=["gdp"],
            weights={"balance": 2},
            currency="usd",
        )
    assert str(info.value) == (
        "TradeReport: 'rank:, currency, exports, partner_count, share:CN, complete_ranks, "
        "weights' have 7 problems: "
        "'rank:' must be a mapping (got ['exports'] that is a list); "
        "'currency' must be an ISO 4217 code exactly, in capitals: 'USD' (got 'usd'); "
        "'exports' must be published text, a Reported, an int or a Decimal "
        "(a float has lost its digits) (got 7109.0 that is a float); "
        "'partner_count' must be a whole number of at least 0 (got '160.5'); "
        "'share:CN' must be a percentage, not a figure of kind multiple (got '2'); "
        "'complete_ranks' must name flows among turnover, exports, imports (got 'gdp'); "
        "'weights' must name figures of the report (got 'balance')"
    )


def test_under_an_unknown_locale_only_what_needs_no_reading_is_judged() -> None:
    # "7 109,5" cannot be judged without a locale; a float, a percentage for an amount
    # and an unknown name are wrong in any.
    with pytest.raises(ValidationError) as info:
        TradeReport.from_figures(
            {
                "exports": "7 109,5",
                "imports": 4115.9,
                "balance": Reported.parse("1%"),
                "gdp": "1",
                "turnover": Decimal("11224.9"),
            },
            locale="fr",
            weights={"exports": 1},
        )
    assert str(info.value) == (
        "TradeReport: 'locale, imports, balance, figures' have 4 problems: "
        "'locale' must be 'en' or 'ru' (got 'fr'); "
        "'imports' must be published text, a Reported, an int or a Decimal "
        "(a float has lost its digits) (got 4115.9 that is a float); "
        "'balance' must be an amount, not a figure of kind percent (got '1'); "
        "'figures' is not a figure the audit knows (got 'gdp')"
    )


@pytest.mark.parametrize("complete_ranks", [5, [["exports"]]])
def test_complete_ranks_must_be_flows(complete_ranks: object) -> None:
    with pytest.raises(WrongTypeError) as info:
        TradeReport(exports="1", complete_ranks=complete_ranks)  # type: ignore[arg-type]
    assert str(info.value).startswith("TradeReport: 'complete_ranks' must be an iterable of flows")


def test_figure_keys_must_be_str_among_other_problems() -> None:
    with pytest.raises(ValidationError) as info:
        TradeReport.from_figures({1: "1", "gdp": "2"})  # type: ignore[dict-item]
    assert str(info.value) == (
        "TradeReport: 'figures' have 2 problems: 'figures' must have str or FigureKey keys (got 1); "
        "'figures' is not a figure the audit knows (got 'gdp')"
    )


_BAD: dict[str, object] = {
    "currency": "XYZ",
    "scale": "zillion",
    "locale": "de",
    "exports": 7109.0,
    "imports": "12%",
}


@given(st.sets(st.sampled_from(sorted(_BAD)), min_size=1))
def test_every_bad_argument_is_named_once_and_alone_it_is_raised_as_it_is(
    bad: set[str],
) -> None:
    arguments: dict[str, object] = {"exports": "7,109", "imports": "4,115.9"}
    arguments.update({name: _BAD[name] for name in bad})
    with pytest.raises(RegionrelError) as info:
        TradeReport(**arguments)  # type: ignore[arg-type]
    order = ["currency", "scale", "locale", "exports", "imports"]
    named = [name for name in order if name in bad]
    if "locale" in bad and "imports" in bad:
        named.remove("imports")  # "12%" cannot be read without a locale
    assert info.value.field == ", ".join(named)
    if len(named) == 1:
        assert "problems" not in str(info.value)
    else:
        assert type(info.value) is ValidationError
        assert str(info.value).startswith(
            f"TradeReport: {info.value.field!r} have {len(named)} problems: "
        )
        for name in named:
            assert f"; {name!r} " in str(info.value) or f": {name!r} " in str(info.value)
