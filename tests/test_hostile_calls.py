"""Issue 18, a second hostile pass over the public API: each escape it found, as a regression.

Every call here once raised a bare Python error (or wrote an unbounded message); now it
returns or raises a regionrel error that names the class, the field and a bounded excerpt.
"""

from __future__ import annotations

import datetime
import math
import pickle
from decimal import Decimal
from typing import Any

import pytest

from regionrel import (
    Gazetteer,
    Money,
    PartialDate,
    Period,
    Region,
    Reported,
    TradeReport,
    gazetteer,
)
from regionrel.audit import Interval
from regionrel.errors import RegionrelError, ValidationError, WrongTypeError, describe_value
from regionrel.relations import Ending, EndingKind, Progress
from regionrel.serialize import to_dict
from regionrel.trade import (
    PartnerStructure,
    PhysicalFlow,
    RankMethod,
    TradeBalance,
    balassa_rca,
    rank_values,
    share,
    trade_intensity,
)
from regionrel.trade.indicators import MOST_PARTNERS, hhi_normalized, hhi_unctad


class _LoudStr(str):
    """A str whose repr and str raise: an error message must still be written."""

    def __repr__(self) -> str:
        raise RuntimeError("repr")

    def __str__(self) -> str:
        raise RuntimeError("str")


class _SilentInt(int):
    """An int whose str and repr raise."""

    def __str__(self) -> str:
        raise RuntimeError("str")

    def __repr__(self) -> str:
        raise RuntimeError("repr")


class _OddDecimal(Decimal):
    """A Decimal whose str is not its value."""

    def __str__(self) -> str:
        return "oops"


def test_an_excerpt_of_a_long_string_keeps_its_quotes_around_the_cut() -> None:
    assert describe_value("." * 100) == f"'{'.' * 80}...' (100 characters)"
    quotes = "'" * 80
    assert describe_value("'" * 100) == f'"{quotes}..." (100 characters)'


def test_an_excerpt_of_a_str_subclass_does_not_call_its_repr() -> None:
    assert describe_value(_LoudStr("7")) == "'7'"
    assert Money(_LoudStr("7"), "USD") == Money(7, "USD")


def test_convert_refuses_rates_that_are_not_exchange_rates() -> None:
    flow = PhysicalFlow.of(Money(5, "USD"), 5, "t")
    with pytest.raises(WrongTypeError) as info:
        flow.convert(5, "RUB", on=datetime.date(2018, 1, 1))  # type: ignore[arg-type]
    assert str(info.value) == "PhysicalFlow.convert: 'rates' must be an ExchangeRates (got 5)"


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (float("nan"), WrongTypeError, "must be an int (got nan that is a float)"),
        (Decimal("NaN"), WrongTypeError, "must be an int (got Decimal('NaN'))"),
        (True, WrongTypeError, "must be an int (got True)"),
        (0, ValidationError, "must be at least 1 (got 0)"),
    ],
)
def test_audit_checks_max_suspects(value: object, error: type[Exception], message: str) -> None:
    report = TradeReport(exports="5", imports="3", turnover="9")
    with pytest.raises(error) as info:
        report.audit(max_suspects=value)  # type: ignore[arg-type]
    assert str(info.value) == f"TradeReport.audit: 'max_suspects' {message}"


@pytest.mark.parametrize("value", [10**5000, -(10**5000)], ids=["huge", "negative huge"])
def test_previous_from_growth_refuses_a_huge_int(value: int) -> None:
    balance = TradeBalance(Money(7109, "USD"), Money(4115, "USD"))
    with pytest.raises(ValidationError) as info:
        balance.previous_from_growth(exports=value, imports="+10%")
    assert info.value.cls == "TradeBalance.previous_from_growth"
    assert info.value.field == "exports"
    assert len(str(info.value)) < 300


def test_previous_from_growth_reads_a_number_without_its_str() -> None:
    balance = TradeBalance(Money(7109, "USD"), Money(4115, "USD"))
    previous = balance.previous_from_growth(exports=_SilentInt(1), imports=_OddDecimal("0.1"))
    assert previous.exports == Money("3554.5", "USD")  # growth of 100%
    assert previous.imports.amount == Decimal(4115) / Decimal("1.1")


@pytest.mark.parametrize("marks", [{}, [], "yes", Decimal("sNaN"), 1])
def test_typo_methods_check_marks(marks: object) -> None:
    figure = Reported.parse("7,109")
    with pytest.raises(WrongTypeError, match="'marks' must be True or False"):
        figure.typo_variants(marks=marks)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="'marks' must be True or False"):
        figure.typos_within(7000, 7200, marks=marks)  # type: ignore[arg-type]


def test_typos_within_writes_a_long_bound_as_an_excerpt() -> None:
    with pytest.raises(ValidationError) as info:
        Reported.parse("7,109").typos_within(1, Decimal("-2." + "1" * 5000))
    assert len(str(info.value)) < 300
    assert "(5003 characters)" in str(info.value)


def test_partial_date_contains_refuses_a_datetime() -> None:
    with pytest.raises(WrongTypeError) as info:
        PartialDate(2018).contains(datetime.datetime(2018, 1, 1))
    assert info.value.cls == "PartialDate.contains"
    assert info.value.field == "day"
    with pytest.raises(WrongTypeError):
        PartialDate(2018).contains("2018")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["." * 100_000, "x" * 1_000_000, b"exports", {"exports": 5}])
def test_from_statements_refuses_text_or_a_mapping_at_once(text: object) -> None:
    with pytest.raises(WrongTypeError) as info:
        TradeReport.from_statements(text)  # type: ignore[arg-type]
    assert str(info.value).startswith(
        "TradeReport: 'statements' must be an iterable of (figure, value) pairs (got "
    )
    assert len(str(info.value)) < 300


def test_a_report_of_many_problems_lists_a_few() -> None:
    with pytest.raises(ValidationError) as info:
        TradeReport.from_statements(["x"] * 10_000)  # type: ignore[list-item]
    message = str(info.value)
    assert message.startswith("TradeReport: 'statements' have 10000 problems: ")
    assert message.endswith("; and 9992 more")
    assert len(message) < 1200


@pytest.mark.parametrize(
    "value",
    [Money("7109", "USD"), Period.year(2018), gazetteer.get("RU-LEN")],
    ids=["Money", "Period", "Region"],
)
def test_format_writes_str_and_refuses_a_spec_with_a_named_error(value: object) -> None:
    assert format(value) == f"{value}" == str(value)
    with pytest.raises(ValidationError) as info:
        format(value, ".2f")
    assert info.value.cls == f"{type(value).__name__}.__format__"
    assert info.value.field == "spec"
    assert info.value.value == ".2f"


def test_format_of_a_region_and_a_trade_balance() -> None:
    balance = TradeBalance(Money(7109, "USD"), Money(4115, "USD"))
    assert f"{balance}" == str(balance)
    with pytest.raises(ValidationError):
        format(balance, "Karelia")


@pytest.mark.parametrize(
    "n", [10**400, 10**5000, MOST_PARTNERS + 1], ids=["1e400", "1e5000", "most+1"]
)
def test_a_partner_count_beyond_any_trade_is_refused(n: int) -> None:
    for index in (hhi_normalized, hhi_unctad):
        with pytest.raises(ValidationError) as info:
            index([0.5, 0.3], n)
        assert str(info.value).startswith(f"{index.__name__}: 'n' must be at most 1,000,")
    partial = PartnerStructure.from_shares({"A": 50}, unit="percent")
    with pytest.raises(ValidationError, match="'n' must be at most"):
        partial.hhi_unctad(n)
    with pytest.raises(ValidationError, match="'partner_count' must be at most"):
        PartnerStructure.from_shares({"A": 50}, unit="percent", partner_count=n)
    assert 0 <= hhi_unctad([0.5, 0.3], MOST_PARTNERS) <= 1


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_gazetteers_pickle_under_every_protocol(protocol: int) -> None:
    built_in = gazetteer.default()
    assert pickle.loads(pickle.dumps(built_in, protocol=protocol)) is built_in
    finland = Region.of_country("Finland", alpha2="FI")
    small = Gazetteer([finland], aliases={"Suomi": finland}, adjectives={"Finnish": finland})
    back = pickle.loads(pickle.dumps(small, protocol=protocol))
    assert list(back) == [finland]
    assert back.find("Suomi") == back.find_adjective("finnish") == finland
    extended = built_in.extended(regions=[Region.of_country("Xland", alpha2="XX")])
    again = pickle.loads(pickle.dumps(extended, protocol=protocol))
    assert len(again) == len(extended)
    assert again.get("UZ-FA") == built_in.get("UZ-FA")  # the world lookups came along


def test_to_dict_of_a_value_without_a_json_form_names_the_argument() -> None:
    with pytest.raises(WrongTypeError) as info:
        to_dict(PhysicalFlow.of(Money(5, "USD"), 5, "t"))
    assert info.value.field == "obj"
    assert str(info.value).startswith("to_dict: 'obj' holds a value that has no JSON-safe form")


def test_trade_intensity_with_a_world_share_that_underflows_is_infinite() -> None:
    # 5e-324 / 1000 is 0.0 in floats: the index is infinite (as ratio says), not a crash
    assert trade_intensity(20, 100, 5e-324, 1000) == math.inf
    assert trade_intensity(20, 100, 50, 1000) == 4.0


@pytest.mark.parametrize("count", [-1, 1.5, float("nan"), Decimal("sNaN"), True, "4", None])
def test_progress_counts_are_counts(count: object) -> None:
    # Issue 18: Progress(total=nan, ...) was built, and share_done then raised TypeError.
    with pytest.raises(RegionrelError) as info:
        Progress(total=count, planned=1, in_progress=1, done=1, cancelled=1, overdue=1)  # type: ignore[arg-type]
    assert info.value.cls == "Progress"
    assert info.value.field == "total"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"how": 10**5000},
        {"how": "termination"},
        {"how": EndingKind.TERMINATION, "last_day": 10**5000},
        {"how": EndingKind.TERMINATION, "event": "notice"},
    ],
    ids=["huge kind", "text kind", "huge day", "text event"],
)
def test_an_ending_is_never_half_built(kwargs: dict[str, object]) -> None:
    # Issue 18: Ending(<anything>) was built, and str() then raised AttributeError or ValueError.
    with pytest.raises(WrongTypeError) as info:
        Ending(**kwargs)  # type: ignore[arg-type]
    assert info.value.cls == "Ending"
    assert len(str(info.value)) < 300


def test_rank_values_refuses_what_is_not_a_mapping() -> None:
    with pytest.raises(WrongTypeError) as info:
        rank_values([Money(1, "USD")], by="exports")  # type: ignore[arg-type]
    assert str(info.value).startswith("rank_values: 'values' must be a mapping of Region to Money")


def test_rank_method_is_never_read_through_str() -> None:
    class Loud:
        def __str__(self) -> str:
            raise RuntimeError("str")

    with pytest.raises(ValidationError) as info:
        rank_values({}, by="exports", method=Loud())  # type: ignore[arg-type]
    assert info.value.field == "method"
    assert rank_values({}, by="exports", method=_LoudStr("dense")).method is RankMethod.DENSE
    assert rank_values({}, by="exports", method=" Dense ").method is RankMethod.DENSE


def test_balassa_rca_beyond_the_largest_float_is_infinite() -> None:
    assert balassa_rca(60, 100, 5e-324, 1000) == math.inf


def test_share_quotes_a_long_whole_as_an_excerpt() -> None:
    with pytest.raises(ValidationError) as info:
        share(7109, Decimal("1." + "1" * 5000))
    assert len(str(info.value)) < 300


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: Interval.of(1, 2).contains(float("nan")), WrongTypeError),  # type: ignore[arg-type]
        (lambda: Interval.of(1, 2).contains(Decimal("sNaN")), ValidationError),
        (lambda: Interval.of(1, 2).contains("1.5"), WrongTypeError),  # type: ignore[arg-type]
        (lambda: Interval.of(1, 2).intersects(5), WrongTypeError),  # type: ignore[arg-type]
    ],
    ids=["float nan", "sNaN", "text", "not an interval"],
)
def test_interval_checks_what_it_is_asked_about(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        call()
    assert str(info.value).startswith("Interval.")
    assert Interval.of(1, 2).contains(2)
    assert Interval.of(1, 2).contains(Decimal("1.5"))


def test_a_scale_factor_of_an_int_subclass_is_read_as_an_int() -> None:
    assert TradeReport(exports="5", scale=_SilentInt(10**6)).scale == "million"  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        TradeReport(exports="5", scale=_SilentInt(7))  # type: ignore[arg-type]
    assert "'scale' must be the factor of a scale" in str(info.value)


def test_gazetteer_get_reads_a_scheme_subclass_as_its_text() -> None:
    assert gazetteer.get("RU-LEN", scheme=_LoudStr("iso3166-2")).name == "Leningrad Region"


def test_an_excerpt_keeps_a_str_subclass_repr_that_works() -> None:
    class Phrase(str):
        def __repr__(self) -> str:
            return str.__str__(self)

    assert describe_value(Phrase("end 2021 before start 2022")) == "end 2021 before start 2022"
    assert describe_value(_LoudStr("x" * 100)).endswith("...' (100 characters)")
