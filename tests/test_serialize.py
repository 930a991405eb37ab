"""Tests of regionrel.serialize: JSON-safe round trips and one error listing every problem."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regionrel import (
    ActionPlan,
    Agreement,
    AuditResult,
    Deadline,
    Event,
    ExchangeRates,
    Extraction,
    Gazetteer,
    GoverningBody,
    Measure,
    Money,
    PartnerStructure,
    Period,
    PhysicalFlow,
    Progress,
    Ranking,
    Region,
    RegionGroup,
    RelationsFinding,
    Renewal,
    Reported,
    TradeBalance,
    TradeChange,
    TradeReport,
    TradeSeries,
    Typo,
    extract,
    from_dict,
    gazetteer,
    to_dict,
)
from regionrel.errors import LifecycleWarning, RelationsWarning, ValidationError, WrongTypeError
from regionrel.regions import Membership
from regionrel.serialize import SerializationError
from tests.strategies import serialize as ss
from tests.strategies.relations import agreements, deadlines

CASES: list[tuple[type, st.SearchStrategy[Any]]] = [
    (Money, ss.any_money),
    (Period, ss.periods),
    (Reported, ss.reported_with_span()),
    (Region, ss.any_regions),
    (RegionGroup, ss.any_groups),
    (GoverningBody, ss.bodies),
    (Agreement, agreements()),
    (Deadline, deadlines()),
    (Measure, ss.measures()),
    (ActionPlan, ss.action_plans()),
    (Event, ss.events()),
    (TradeBalance, ss.trade_balances()),
    (TradeChange, ss.trade_changes()),
    (TradeSeries, ss.trade_series()),
    (PartnerStructure, ss.partner_structures()),
    (Ranking, ss.rankings()),
    (ExchangeRates, ss.exchange_rate_tables()),
    (TradeReport, ss.trade_reports()),
    (AuditResult, ss.audit_results),
    (Extraction, ss.extractions),
    (Typo, ss.typos),
    (Renewal, ss.renewals),
    (Progress, ss.progresses),
]


def _only_json_types(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _only_json_types(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_only_json_types(v) for v in value)
    return value is None or isinstance(value, str | int | float | bool)


@pytest.mark.parametrize(("cls", "strategy"), CASES, ids=[c.__name__ for c, _ in CASES])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_round_trip_through_json(
    cls: type, strategy: st.SearchStrategy[Any], data: st.DataObject
) -> None:
    value = data.draw(strategy)
    assert type(value) is cls
    row = to_dict(value)
    assert isinstance(row, dict)
    assert _only_json_types(row)
    back = from_dict(cls, json.loads(json.dumps(row)))
    assert back == value
    assert to_dict(back) == row


def test_the_seed_read_and_modelled_round_trips() -> None:
    seed = Path(__file__).parent.parent / "examples" / "leningrad_2018.txt"
    extraction = extract(seed.read_text(encoding="utf-8"))
    relations = extraction.relations(region=gazetteer.get("RU-LEN"))
    report = TradeReport.from_text(seed.read_text(encoding="utf-8"))
    for value in (extraction, relations, report, report.audit()):
        row = json.loads(json.dumps(to_dict(value)))
        assert from_dict(type(value), row) == value


def test_dates_are_read_by_the_one_rule_for_dates() -> None:
    # ISO text as to_dict writes it, and a date's text as the constructors read it.
    day_first = from_dict(Membership, {"region": "RU-LEN", "since": "13.05.2000"})
    assert day_first == from_dict(Membership, {"region": "RU-LEN", "since": "2000-05-13"})
    assert day_first.since == datetime.date(2000, 5, 13)


def test_import_regionrel_stays_cheap() -> None:
    code = (
        "import sys, regionrel; regionrel.to_dict; "
        "print(sorted(m for m in ('cattrs', 'pint', 'dateutil.parser', 'pycountry') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_converter_is_built_once_under_threads() -> None:
    from regionrel import serialize

    serialize._STATE.clear()
    built: list[object] = []
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        built.append(serialize._converter())

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(built) == 8
    assert all(c is built[0] for c in built)


def test_documented_shapes() -> None:
    leningrad = gazetteer.get("RU-LEN")
    balance = TradeBalance(
        Money("7109000000", "USD"),
        Money("4115900000", "USD"),
        reporter=leningrad,
        partner=gazetteer.get("CN"),
        period=Period.year(2018),
    )
    assert to_dict(balance) == {
        "exports": {"amount": "7109000000", "currency": "USD"},
        "imports": {"amount": "4115900000", "currency": "USD"},
        "reporter": {"type": "Region", "value": "RU-LEN"},
        "partner": {"type": "Region", "value": "CN"},
        "period": "2018",
    }
    figure = Reported.parse("104,9% к уровню 2017 года", locale="ru")
    assert to_dict(figure) == {"text": "104,9", "kind": "index", "locale": "ru"}
    body = GoverningBody.parse("Government of the Leningrad Region")
    assert to_dict(body) == {
        "name": "Government of the Leningrad Region",
        "region": "RU-LEN",
        "kind": body.kind.value,
    }
    group = gazetteer.default().groups()[0]
    change = TradeChange(
        previous=TradeBalance(Money(1, "USD"), Money(2, "USD"), reporter=group),
        current=TradeBalance(Money(3, "USD"), Money(4, "USD"), reporter=group),
    )
    assert to_dict(change)["current"]["reporter"] == {"type": "RegionGroup", "value": group.name}


def test_top_level_values_are_written_whole() -> None:
    quarter = Period.quarter(2019, 2)
    assert to_dict(quarter) == {"start": "2019-04-01", "end": "2019-06-30"}
    assert from_dict(Period, to_dict(quarter)) == quarter
    assert from_dict(Period, "2019-Q2") == quarter  # type: ignore[arg-type]
    leningrad = gazetteer.get("RU-LEN")
    row = to_dict(leningrad)
    assert row["codes"] == {"iso3166-2": "RU-LEN", "ru-subject": "47"}
    assert from_dict(Region, row) == leningrad
    assert from_dict(Region, "RU-LEN") == leningrad  # type: ignore[arg-type]
    group = gazetteer.default().groups()[0]
    assert from_dict(RegionGroup, group.name) == group  # type: ignore[arg-type]
    assert from_dict(RegionGroup, to_dict(group)) == group


def test_a_region_like_a_builtin_one_is_written_whole() -> None:
    leningrad = gazetteer.get("RU-LEN")
    renamed = attrs.evolve(leningrad, note="renamed in a test")
    body = GoverningBody(
        "Government of it", renamed, GoverningBody.parse("Government of the Leningrad Region").kind
    )
    row = to_dict(body)
    assert isinstance(row["region"], dict)
    assert row["region"]["note"] == "renamed in a test"
    assert from_dict(GoverningBody, row) == body
    nameless = Region.of_subdivision("Nowhere", country="RU")
    assert to_dict(GoverningBody.of(nameless, "Government"))["region"]["codes"] == {}


def test_a_group_like_a_builtin_one_is_written_whole() -> None:
    group = gazetteer.default().groups()[0]
    changed = attrs.evolve(group, source="a test")
    row = to_dict(changed)
    assert isinstance(row, dict)
    assert row["source"] == "a test"
    assert from_dict(RegionGroup, row) == changed


def test_a_union_field_holding_a_stranger_is_refused() -> None:
    balance = TradeBalance(Money(1, "USD"), Money(2, "USD"))
    object.__setattr__(balance, "partner", "China")  # a state no constructor allows
    with pytest.raises(WrongTypeError) as info:
        to_dict(balance)
    assert str(info.value) == "to_dict: must be one of Region, RegionGroup, World (got 'China')"


def test_values_without_a_json_form_are_refused() -> None:
    from regionrel.units import registry

    flow = PhysicalFlow(Money(1, "USD"), registry().Quantity(5, "tonne"))
    with pytest.raises(WrongTypeError) as info:
        to_dict(flow)
    assert str(info.value).startswith(
        "to_dict: 'obj' holds a value that has no JSON-safe form (got "
    )


def test_a_relations_finding_is_written_with_its_category_by_name() -> None:
    finding = RelationsFinding("code", "a message", "a subject", LifecycleWarning)
    data = to_dict(finding)
    assert data == {
        "code": "code",
        "message": "a message",
        "subject": "a subject",
        "category": "LifecycleWarning",
    }
    assert json.loads(json.dumps(data)) == data
    assert from_dict(RelationsFinding, data) == finding
    plain = RelationsFinding("code", "a message", "a subject")
    assert from_dict(RelationsFinding, to_dict(plain)).category is RelationsWarning
    with pytest.raises(SerializationError) as info:
        from_dict(RelationsFinding, {**data, "category": "UserWarning"})
    assert "'category' must name one of LifecycleWarning, RegistrationWarning" in str(info.value)
    with pytest.raises(SerializationError, match="expected a dict"):
        from_dict(RelationsFinding, ["code"])  # type: ignore[arg-type]


def test_a_report_with_a_period_that_is_not_a_period_is_refused() -> None:
    report = TradeReport.from_figures({"exports": "7,109"}, period="2018")
    with pytest.raises(WrongTypeError) as info:
        to_dict(report)
    assert str(info.value) == "to_dict: must be a Period or None to be written (got '2018')"


_MONEY = {"amount": "1", "currency": "USD"}

BAD: list[tuple[type, object, str]] = [
    (
        Money,
        {"amount": 7109.5, "currency": "USD", "cents": 0},
        "Decimal: expected a str (got 7109.5 that is a float) @ $.amount; extra fields found (cents) @ $",
    ),
    (
        Money,
        {"amount": "x", "currncy": "USD"},
        "Decimal: is not a decimal number (got 'x') @ $.amount; required field missing @ $.currency; "
        "extra fields found (currncy) @ $",
    ),
    (Money, {"amount": True, "currency": "USD"}, "Decimal: expected a str (got True) @ $.amount"),
    (
        Money,
        {"amount": "1", "currency": "usd"},
        "Money: 'currency' must be an ISO 4217 code exactly, in capitals: 'USD' (got 'usd') @ $",
    ),
    (Money, [1, 2], "expected a dict @ $"),
    (
        Period,
        "20188",
        "parse_period: 'text' has a number of 5 digits: '20188' (got '20188', stopped at position 0 "
        "before '20188') @ $",
    ),
    (Period, {"start": "2018-01-01"}, "required field missing @ $.end"),
    (Period, 2018, "Period: expected a period's text (got 2018) @ $"),
    (
        Region,
        "RU-LNN",
        "Gazetteer: 'code' is not a known region code (got 'RU-LNN'); did you mean 'RU-NEN' or "
        "'RU-LEN'? @ $",
    ),
    (Region, 5, "Region: expected a region code or a dict (got 5) @ $"),
    (RegionGroup, 5, "RegionGroup: expected a group name or a dict (got 5) @ $"),
    (
        Reported,
        {"text": "21.5%", "kind": "pct", "x": 1},
        "invalid value for type, expected FigureKind @ $.kind; extra fields found (x) @ $",
    ),
    (
        TradeBalance,
        {
            "exports": {"amount": "x"},
            "imports": 3,
            "bogus": 1,
            "partner": {"type": "Foo", "value": 1},
        },
        "Decimal: is not a decimal number (got 'x') @ $.exports.amount; required field missing @ "
        "$.exports.currency; expected a dict @ $.imports; from_dict: 'type' must be one of Region, "
        "RegionGroup, World (got 'Foo') @ $.partner; extra fields found (bogus) @ $",
    ),
    (
        TradeBalance,
        {"exports": _MONEY, "imports": _MONEY, "partner": "WORLD"},
        "from_dict: expected a dict with the keys 'type' and 'value' (got 'WORLD') @ $.partner",
    ),
    (
        TradeBalance,
        {"exports": _MONEY, "imports": _MONEY, "partner": {"type": 1, "value": 1}},
        "from_dict: 'type' must be one of Region, RegionGroup, World (got 1) @ $.partner",
    ),
    (
        TradeBalance,
        {"exports": _MONEY, "imports": _MONEY, "partner": {"type": "World", "value": "world"}},
        "World: must be 'WORLD' (got 'world') @ $.partner",
    ),
    (
        Agreement,
        {
            "title": "A",
            "parties": [{"name": "x", "region": "RU-LEN", "kind": "nope"}],
            "signed_on": "2018-13-01",
        },
        "invalid value for type, expected BodyKind @ $.parties[0].kind; from_dict: 'date' must "
        "be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12': is not a date "
        "that exists: there is no month 13 (got '2018-13-01') @ $.signed_on",
    ),
    (
        Agreement,
        {"title": "A", "parties": [], "signed_on": 20180101},
        "from_dict: 'date' must be a datetime.date or a date's text such as '12.01.2021' or "
        "'2021-01-12' (got 20180101) @ $.signed_on",
    ),
]


@pytest.mark.parametrize(("cls", "data", "problems"), BAD)
def test_bad_data_gives_one_error_listing_every_problem(
    cls: type, data: object, problems: str
) -> None:
    with pytest.raises(SerializationError) as info:
        from_dict(cls, data)  # type: ignore[arg-type]
    err = info.value
    assert isinstance(err, ValidationError)
    assert isinstance(err, ValueError)
    assert "; ".join(err.problems) == problems
    assert str(err).startswith(f"from_dict: 'data' does not fit {cls.__name__}: {problems} (got ")
    assert err.__cause__ is not None


@pytest.mark.parametrize("cls", [int, Money("1", "USD"), Gazetteer, "Money"])
def test_from_dict_wants_a_regionrel_class(cls: object) -> None:
    with pytest.raises(WrongTypeError) as info:
        from_dict(cls, {})  # type: ignore[arg-type]
    assert str(info.value).startswith("from_dict: 'cls' must be a regionrel data class (got ")


@pytest.mark.parametrize("obj", [3, Money, "x", {"amount": "1"}, gazetteer.default()])
def test_to_dict_wants_a_regionrel_value(obj: object) -> None:
    with pytest.raises(WrongTypeError) as info:
        to_dict(obj)
    assert str(info.value).startswith(
        "to_dict: 'obj' must be an instance of a regionrel data class (got "
    )


# -- issue 18: a str where a list belongs is refused, not split into characters -------------


def _finland() -> dict[str, Any]:
    return to_dict(Region.of_country("Finland", alpha2="FI"))


def test_a_str_where_a_list_belongs_is_refused() -> None:
    data = {**_finland(), "aliases": "Karelia"}
    with pytest.raises(SerializationError) as info:
        from_dict(Region, data)
    assert info.value.problems == (
        "from_dict: expected a list, not a str (got 'Karelia') @ $.aliases",
    )


def test_a_dict_where_a_list_belongs_is_refused() -> None:
    data = {**_finland(), "aliases": {"a": 1}}
    with pytest.raises(SerializationError) as info:
        from_dict(Region, data)
    assert info.value.problems[0].startswith("from_dict: expected a list, not a dict")


def test_a_long_str_where_a_list_belongs_is_refused_quickly_and_briefly() -> None:
    import time

    data = {**_finland(), "aliases": "x" * 20_000}
    start = time.perf_counter()
    with pytest.raises(SerializationError) as info:
        from_dict(Region, data)
    assert time.perf_counter() - start < 0.5
    assert len(str(info.value)) < 1_000


@given(ss.events())
@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
def test_an_events_topics_as_one_str_are_refused(event: Event) -> None:
    data = to_dict(event)
    lists = [key for key, value in data.items() if isinstance(value, list)]
    for key in lists:
        with pytest.raises(SerializationError, match="expected a list, not a str"):
            from_dict(Event, {**data, key: "trade"})
    assert from_dict(Event, data) == event
