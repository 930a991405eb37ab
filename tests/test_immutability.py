"""No public object can be changed after it is built, and no call changes its arguments.

Instances of every public attrs class come from Hypothesis strategies
(tests/strategies) and from fixtures: the seed read by :func:`regionrel.extract`
and audited, plus a few built by hand. A walk over these roots collects one
instance of each public class; the test fails if a class has none (add a fixture
when a new public class appears). For each instance: assigning or deleting any
field, or adding a new attribute, raises; and no field holds a mutable container
(list, dict, set, bytearray), directly or inside a tuple, so nothing can be
changed through a field either. The one exemption is a private memo (a leading
underscore and ``eq=False``, such as TradeReport's cache of derived values),
which changes no observable value: equality, hash and repr ignore it.
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import regionrel
from regionrel import (
    ActionPlan,
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    Ambiguity,
    Deadline,
    Event,
    ExchangeRate,
    ExchangeRates,
    Executor,
    Gazetteer,
    GoverningBody,
    Measure,
    Money,
    PartnerStructure,
    Period,
    PeriodText,
    PhysicalFlow,
    RankClaim,
    Region,
    RegionGroup,
    RegionRelations,
    RelationsFinding,
    Renewal,
    SubjectArea,
    TradeBalance,
    TradeChange,
    TradeReport,
    TradeSeries,
    gazetteer,
)
from tests.seed_world import KURSK_AGREEMENT
from tests.strategies import audit as audit_st
from tests.strategies import money as money_st
from tests.strategies import periods as period_st
from tests.strategies import regions as region_st
from tests.strategies import relations as relation_st
from tests.strategies import reported as reported_st
from tests.strategies import text as text_st
from tests.strategies import trade as trade_st

SEED = (Path(__file__).resolve().parents[1] / "examples" / "leningrad_2018.txt").read_text(
    encoding="utf-8"
)

PUBLIC: frozenset[type] = frozenset(
    obj
    for name in regionrel.__all__
    if isinstance(obj := getattr(regionrel, name), type) and attrs.has(obj)
)
_MUTABLE = (list, dict, set, bytearray)


def _balance(exports: int, imports: int, year: int, region: Region | None = None) -> TradeBalance:
    return TradeBalance(
        Money(exports, "USD"), Money(imports, "USD"), period=Period.year(year), reporter=region
    )


def _roots() -> list[object]:
    extraction = regionrel.extract(SEED)
    report = TradeReport.from_text(SEED)
    leningrad, kursk = gazetteer.get("RU-LEN"), gazetteer.get("RU-KRS")
    lo = GoverningBody.of(leningrad, "Government")
    ku = GoverningBody.of(kursk, "Administration")
    agreement = Agreement(
        "Agreement on cooperation", (lo, ku), signed_on=datetime.date(2016, 5, 12)
    )
    measure = Measure(
        "1",
        SubjectArea.TRADE_AND_ECONOMIC,
        "Joint fair of producers",
        (Executor("Committee for the Agro-Industrial Complex", lo),),
        Deadline.parse("II quarter 2019"),
    )
    plan = ActionPlan(agreement, "2018-2020", (measure,), signed_on=datetime.date(2018, 3, 1))
    balances = [_balance(7109, 4116, 2018, leningrad), _balance(5656, 3585, 2018, kursk)]
    return [
        extraction,
        extraction.relations,
        report,
        report.audit(),
        plan,
        plan.progress(datetime.date(2019, 7, 1)),
        RegionRelations.of(leningrad, agreement, plan),
        AgreementEvent(AgreementEventKind.AMENDMENT, datetime.date(2019, 1, 1), by=lo),
        Ambiguity("01.02.2021", (0, 10), "day or month first", ("a", "b")),
        ExchangeRates.from_table([("USD", "RUB", 2018, "62.7078")]),
        Event.visit(
            [regionrel.Delegation(gazetteer.get("UZ-FA"), head="Governor")],
            to=leningrad,
            when=2018,
            topics=["trade"],
        ),
        PartnerStructure.from_shares({"CN": "15.6", "NL": "9.2"}, unit="percent"),
        PeriodText.parse("20182021"),
        PhysicalFlow.of(Money("1000", "USD"), "12.5", "t"),
        RankClaim.parse_all(
            "the Leningrad Region took the 2nd place in exports", region=leningrad
        ),
        regionrel.rank(balances, by="exports"),
        gazetteer.group("North-West Federal District"),
        RelationsFinding("unregistered", "no state registration recorded", "Agreement X"),
        Renewal.parse("for successive five-year periods"),
        regionrel.PartialDate.parse("May 2019"),
        KURSK_AGREEMENT.notice_window("01.01.2020"),
        regionrel.Occurrence(2019, "done", "01.12.2019"),
        agreement.terminated(datetime.date(2019, 1, 1), by=lo).ending,
        TradeChange(previous=_balance(5656, 3585, 2017, leningrad), current=balances[0]),
        TradeSeries([_balance(1, 1, 2017), _balance(2, 1, 2018)]),
        regionrel.find_typos("4,115.9", 4000, 4100),
    ]


def _walk(obj: object, seen: set[int]) -> Iterator[object]:
    if id(obj) in seen:
        return
    seen.add(id(obj))
    yield obj
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):  # type: ignore[arg-type]
            yield from _walk(getattr(obj, field.name), seen)
    elif isinstance(obj, tuple | list | frozenset | set):
        for item in obj:
            yield from _walk(item, seen)
    elif isinstance(obj, Mapping):
        for key, value in obj.items():
            yield from _walk(key, seen)
            yield from _walk(value, seen)


def _instances() -> dict[type, object]:
    found: dict[type, object] = {}
    seen: set[int] = set()
    for root in _roots():
        for obj in _walk(root, seen):
            if type(obj) in PUBLIC:
                found.setdefault(type(obj), obj)
    return found


INSTANCES = _instances()


def test_every_public_attrs_class_has_an_instance() -> None:
    assert len(PUBLIC) > 40
    assert sorted(c.__name__ for c in PUBLIC - set(INSTANCES)) == []


def _memo(field: attrs.Attribute[Any]) -> bool:
    return field.name.startswith("_") and not field.eq


def _mutable_inside(value: object) -> bool:
    if isinstance(value, _MUTABLE):
        return True
    if isinstance(value, tuple | frozenset):
        return any(_mutable_inside(item) for item in value)
    return False


def check_frozen(obj: Any) -> None:
    """Every field refuses assignment and deletion; no new attribute; no mutable field."""
    cls: Any = type(obj)
    for field in attrs.fields(cls):
        value = getattr(obj, field.name)
        with pytest.raises(AttributeError):
            setattr(obj, field.name, value)
        with pytest.raises(AttributeError):
            delattr(obj, field.name)
        assert getattr(obj, field.name) is value
        if not _memo(field):
            assert not _mutable_inside(value), f"{cls.__name__}.{field.name} is {value!r}"
    with pytest.raises(AttributeError):
        obj.brand_new_attribute = 1


@pytest.mark.parametrize("name", sorted(c.__name__ for c in INSTANCES))
def test_public_instances_are_frozen(name: str) -> None:
    check_frozen(INSTANCES[getattr(regionrel, name)])


def test_check_frozen_bites() -> None:
    @attrs.define
    class Loose:
        x: int

    @attrs.frozen
    class Holder:
        items: list[int]

    with pytest.raises(pytest.fail.Exception):
        check_frozen(Loose(1))
    with pytest.raises(AssertionError, match=r"Holder\.items"):
        check_frozen(Holder([1]))


def test_gazetteer_refuses_assignment() -> None:
    """Gazetteer is no attrs class, yet public and shared by every thread: it is sealed too."""
    default = gazetteer.default()
    with pytest.raises(AttributeError):
        default.brand_new_attribute = 1  # type: ignore[attr-defined]


_STRATEGIES = st.one_of(
    money_st.moneys(),
    money_st.exchange_rates(),
    period_st.periods,
    reported_st.reported(),
    region_st.countries(),
    region_st.subdivisions(),
    region_st.region_groups(),
    relation_st.agreements(),
    relation_st.deadlines(),
    trade_st.balances(with_period=True),
    audit_st.consistent_reports().map(lambda drawn: drawn[0]),
    text_st.paragraphs().map(lambda p: regionrel.extract(p.text, locale=p.locale)),
)


# No deadline: an example may be a whole paragraph run through extract(), whose first
# call builds the gazetteer and the phrase tables, and a loaded machine once took longer.
@settings(deadline=None)
@given(_STRATEGIES)
def test_generated_instances_are_frozen(obj: object) -> None:
    for item in _walk(obj, set()):
        if type(item) in PUBLIC:
            check_frozen(item)


# -- no call changes its arguments, and later changes to them do not reach the object -----

LEN = gazetteer.get("RU-LEN")


def _cases() -> dict[str, tuple[Callable[..., object], tuple[Any, ...], dict[str, Any]]]:
    lo = GoverningBody.of(LEN, "Government")
    ku = GoverningBody.of(gazetteer.get("RU-KRS"), "Administration")
    usd = [Money("7109", "USD"), Money("4115.9", "USD")]
    return {
        "PartnerStructure.from_shares": (
            PartnerStructure.from_shares,
            ({"CN": "15.6", "NL": Decimal("9.2")},),
            {"unit": "percent"},
        ),
        "PartnerStructure.from_values": (
            PartnerStructure.from_values,
            ({"CN": usd[0], "NL": usd[1]},),
            {},
        ),
        "ExchangeRates": (
            ExchangeRates,
            ([ExchangeRate("USD", "RUB", Period.year(2018), Decimal("62.7078"))],),
            {},
        ),
        "ExchangeRates.from_table": (
            ExchangeRates.from_table,
            ([["USD", "RUB", 2018, "62.7078"]],),
            {},
        ),
        "ExchangeRates.from_series": (
            ExchangeRates.from_series,
            ("USD", "RUB", {2018: "62.7078", 2019: "64.7"}),
            {},
        ),
        "TradeReport.from_figures": (
            TradeReport.from_figures,
            ({"turnover": "10,224.9", "exports": "7,109", "imports": "4,115.9"},),
            {"complete_ranks": []},
        ),
        "TradeSeries": (TradeSeries, ([_balance(1, 1, 2017), _balance(2, 1, 2018)],), {}),
        "rank": (
            regionrel.rank,
            ([_balance(3, 1, 2018, LEN), _balance(2, 1, 2018, gazetteer.get("RU-KRS"))],),
            {"by": "exports"},
        ),
        "hhi": (regionrel.hhi, ([0.5, Decimal("0.3"), 0.2],), {}),
        "grubel_lloyd_aggregate": (
            regionrel.grubel_lloyd_aggregate,
            ({"a": 1, "b": 2}, {"a": 2, "b": 1}),
            {},
        ),
        "export_similarity": (
            regionrel.export_similarity,
            ({"a": 1, "b": 2}, {"a": 2, "b": 1}),
            {},
        ),
        "Event.from_title": (
            Event.from_title,
            ("The Ninth Russian-Azerbaijani Interregional Forum",),
            {"when": 2018, "participants": [LEN], "topics": ["trade", "investment"]},
        ),
        "Agreement": (
            Agreement,
            ("Agreement on cooperation", [lo, ku]),
            {"areas": [SubjectArea.TRADE_AND_ECONOMIC]},
        ),
        "Agreement.between": (
            Agreement.between,
            ("Agreement", lo, ku),
            {"signed_on": "12.05.2016"},
        ),
        "Measure": (
            Measure,
            ("1", SubjectArea.TRADE_AND_ECONOMIC, "Fair", [Executor("Committee", lo)], "2019"),
            {},
        ),
        "ActionPlan": (
            ActionPlan,
            (
                Agreement("A", (lo, ku)),
                "2018-2020",
                [Measure("1", "tourism", "Tour", (Executor("C", lo),), "2019")],
            ),
            {},
        ),
        "Region.of_country": (
            Region.of_country,
            ("Utopia",),
            {"alpha2": "UT", "aliases": ["Nowhere"]},
        ),
        "RegionGroup.of": (
            RegionGroup.of,
            ("Pair",),
            {
                "kind": gazetteer.group("North-West Federal District").kind,
                "memberships": list(gazetteer.group("North-West Federal District").memberships),
                "scheme": "test",
            },
        ),
        "Gazetteer": (Gazetteer, ([LEN],), {"aliases": {"Leningradskaya": LEN}}),
        "RegionRelations.of": (RegionRelations.of, (LEN, [Agreement("A", (lo, ku))]), {}),
        "Money.sum": (sum, (usd, Money("0", "USD")), {}),
        "Event.visit": (
            Event.visit,
            ([regionrel.Delegation(gazetteer.get("UZ-FA"))],),
            {"to": LEN, "when": "2018", "topics": ["trade"]},
        ),
    }


CASES = sorted(_cases())


def _clear(value: object) -> None:
    if isinstance(value, list | dict | set):
        value.clear()


def check_call(func: Callable[..., object], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """*func* leaves its arguments as they were, and keeps no reference to a mutable one."""
    args_before, kwargs_before = copy.deepcopy(args), copy.deepcopy(kwargs)
    built = func(*args, **kwargs)
    assert args == args_before
    assert kwargs == kwargs_before
    shown = repr(built)
    for value in [*args, *kwargs.values()]:
        _clear(value)
    assert repr(built) == shown  # the object kept its own copy


@pytest.mark.parametrize("name", CASES)
def test_calls_leave_their_arguments_alone(name: str) -> None:
    # Fresh arguments for every run: check_call empties the ones it is given.
    func, args, kwargs = _cases()[name]
    check_call(func, args, kwargs)


def test_check_call_bites() -> None:
    @attrs.frozen
    class Keeper:
        items: Any

    with pytest.raises(AssertionError):
        check_call(lambda items: items.sort(), ([3, 1, 2],), {})
    with pytest.raises(AssertionError):
        check_call(Keeper, ([3, 1, 2],), {})
