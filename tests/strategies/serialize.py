"""Hypothesis strategies for serialization: one value of every class to_dict writes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import assume
from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel.agreements import Agreement, Renewal, SubjectArea
from regionrel.events import Delegation, Event, EventKind
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.plans import ActionPlan, Deadline, Executor, Measure, MeasureStatus, Progress
from regionrel.rates import ExchangeRates
from regionrel.regions import GoverningBody, Region, RegionGroup
from regionrel.reported import Typo
from regionrel.text import Extraction, extract
from regionrel.trade import (
    WORLD,
    PartnerStructure,
    TradeBalance,
    TradeChange,
    TradeFlow,
    TradeSeries,
    rank,
)
from tests.strategies.audit import consistent_reports, typo_injected_reports
from tests.strategies.money import exchange_rates, moneys
from tests.strategies.periods import day_ranges, month_ranges
from tests.strategies.regions import builtin_regions, countries, region_groups, subdivisions
from tests.strategies.relations import LENINGRAD, agreements, deadlines
from tests.strategies.reported import reported
from tests.strategies.text import paragraphs
from tests.strategies.trade import amounts, balances, currencies, positive_amounts

__all__ = [
    "action_plans",
    "any_regions",
    "audit_results",
    "builtin_groups",
    "events",
    "exchange_rate_tables",
    "measures",
    "partner_structures",
    "rankings",
    "reported_with_span",
    "trade_balances",
    "trade_changes",
    "trade_reports",
    "trade_series",
]

#: Days, for the few classes that take one.
days = st.dates(min_value=date(1992, 1, 1), max_value=date(2040, 12, 31))

#: Regions of the gazetteer (written by code) and others (written whole).
any_regions: st.SearchStrategy[Region] = st.one_of(builtin_regions(), countries(), subdivisions())

#: Groups of the gazetteer, written by name.
builtin_groups: st.SearchStrategy[RegionGroup] = st.sampled_from(gazetteer.default().groups())

#: Any group: built-in (by name) or made up (whole).
any_groups: st.SearchStrategy[RegionGroup] = st.one_of(builtin_groups, region_groups())

#: Periods of every shape: years, spans, quarters, months, day ranges.
periods: st.SearchStrategy[Period] = st.one_of(
    st.integers(1990, 2040).map(Period.year),
    st.tuples(st.integers(1990, 2040), st.integers(1, 4)).map(lambda t: Period.quarter(*t)),
    month_ranges(),
    day_ranges(),
)


@st.composite
def reported_with_span(draw: st.DrawFn) -> object:
    """A published figure, sometimes with the span it came from."""
    figure = draw(reported())
    if draw(st.booleans()):
        start = draw(st.integers(0, 500))
        return figure.__class__(
            figure.value,
            figure.decimals,
            figure.kind,
            figure.locale,
            span=(start, start + draw(st.integers(1, 30))),
        )
    return figure


@st.composite
def trade_balances(draw: st.DrawFn) -> TradeBalance:
    """A balance with a reporter, a partner (a region, a group or the world) and a period."""
    base = draw(balances())
    partner = draw(st.one_of(st.just(WORLD), any_regions, any_groups))
    reporter = draw(st.one_of(st.none(), any_regions, any_groups))
    period = draw(st.one_of(st.none(), periods))
    return TradeBalance(
        base.exports, base.imports, reporter=reporter, partner=partner, period=period
    )


@st.composite
def trade_changes(draw: st.DrawFn) -> TradeChange:
    """Two years of one reporter's trade in one currency."""
    year = draw(st.integers(1995, 2030))
    cur = draw(currencies)
    reporter = draw(builtin_regions())

    def one(y: int) -> TradeBalance:
        return TradeBalance(
            Money(draw(amounts), cur),
            Money(draw(amounts), cur),
            reporter=reporter,
            period=Period.year(y),
        )

    return TradeChange(previous=one(year - 1), current=one(year))


@st.composite
def trade_series(draw: st.DrawFn) -> TradeSeries:
    """Consecutive years of one reporter's trade."""
    first = draw(st.integers(1995, 2030))
    cur = draw(currencies)
    count = draw(st.integers(1, 4))
    return TradeSeries(
        [
            TradeBalance(
                Money(draw(amounts), cur), Money(draw(amounts), cur), period=Period.year(first + i)
            )
            for i in range(count)
        ]
    )


@st.composite
def partner_structures(draw: st.DrawFn) -> PartnerStructure:
    """A structure from values by partner: regions, groups or names."""
    cur = draw(currencies)
    keys = draw(
        st.lists(
            st.one_of(builtin_regions(), builtin_groups, st.sampled_from(["others", "EU", "CIS"])),
            min_size=1,
            max_size=5,
            unique=True,
        )
    )
    values = {key: Money(draw(positive_amounts), cur) for key in keys}
    return PartnerStructure.from_values(
        values,
        flow=draw(st.sampled_from([TradeFlow.EXPORTS, TradeFlow.IMPORTS, TradeFlow.TURNOVER])),
        reporter=draw(st.one_of(st.none(), builtin_regions())),
        period=draw(st.one_of(st.none(), periods)),
    )


@st.composite
def rankings(draw: st.DrawFn) -> object:
    """A ranking of a few distinct built-in regions by a flow."""
    regions = draw(st.lists(builtin_regions(), min_size=1, max_size=5, unique=True))
    cur = draw(currencies)
    items = [
        TradeBalance(Money(draw(amounts), cur), Money(draw(amounts), cur), reporter=r)
        for r in regions
    ]
    return rank(items, by=draw(st.sampled_from(["exports", "imports", "turnover"])))


@st.composite
def exchange_rate_tables(draw: st.DrawFn) -> ExchangeRates:
    """A table of rates on days or over periods."""
    rates = draw(
        st.lists(exchange_rates(), max_size=4, unique_by=lambda r: (r.base, r.quote, r.on))
    )
    return ExchangeRates(rates)


def _measure(draw: st.DrawFn, agreement: Agreement, deadline: Deadline, number: int) -> Measure:
    executors = tuple(
        Executor(draw(st.sampled_from(["Committee for external relations", "Chamber"])), side)
        for side in agreement.parties
    )
    status = draw(st.sampled_from(MeasureStatus))
    return Measure(
        str(number),
        draw(st.sampled_from(sorted(agreement.areas, key=str) or list(SubjectArea))),
        "Hold a business mission",
        executors,
        deadline,
        expected_result=draw(st.one_of(st.none(), st.just("contracts signed"))),
        status=status,
        reported_on=None if status is MeasureStatus.PLANNED else draw(days),
    )


@st.composite
def measures(draw: st.DrawFn) -> Measure:
    """A measure of an action plan with one executor on each side."""
    return _measure(draw, draw(agreements()), draw(deadlines()), draw(st.integers(1, 40)))


@st.composite
def action_plans(draw: st.DrawFn) -> ActionPlan:
    """A plan with its agreement, a period and a few measures due inside it."""
    agreement = draw(agreements())
    first = draw(st.integers(1995, 2035))
    last = first + draw(st.integers(0, 4))
    due = st.one_of(
        st.integers(first, last).map(Deadline.year),
        st.just(Deadline.throughout()),
        st.just(Deadline.annually()),
    )
    return ActionPlan(
        agreement,
        Period.span(first, last),
        [_measure(draw, agreement, draw(due), n) for n in range(1, draw(st.integers(1, 3)))],
        title=draw(st.sampled_from(["", "Plan of measures"])),
    )


@st.composite
def events(draw: st.DrawFn) -> Event:
    """A forum or visit with participants of every kind (regions, bodies, delegations)."""
    participant = st.one_of(
        any_regions,
        st.just(LENINGRAD),
        st.builds(
            Delegation,
            st.one_of(builtin_regions(), st.just(LENINGRAD)),
            head=st.one_of(st.none(), st.just("the Governor")),
        ),
    )
    kind = draw(st.sampled_from(EventKind))
    host = draw(st.one_of(st.none(), builtin_regions()))
    members = draw(st.lists(participant, max_size=3))
    if kind is EventKind.DELEGATION_VISIT:  # a delegation of the host would visit itself
        assume(not any(isinstance(m, Delegation) and m.region == host for m in members))
    return Event(
        kind,
        draw(st.sampled_from(["St. Petersburg International Economic Forum", "Visit"])),
        draw(periods),
        host=host,
        participants=members,
        topics=draw(st.lists(st.sampled_from(["trade", "tourism", "education"]), max_size=2)),
        edition=draw(st.one_of(st.none(), st.integers(1, 30))),
        partners=draw(st.lists(builtin_regions(), max_size=2, unique=True)),
        # now and then linked to a plan (and through it to its agreement)
        concerns=draw(st.one_of(st.just(()), st.just(()), action_plans().map(lambda p: (p,)))),
    )


@st.composite
def trade_reports(draw: st.DrawFn) -> object:
    """A report of consistent figures, sometimes with a reporter, period and weights."""
    report = draw(consistent_reports())[0]
    if not draw(st.booleans()):
        return report
    names = report.names
    return report.from_figures(
        dict(report.figures),
        complete_ranks=report.complete_ranks,
        reporter=draw(builtin_regions()),
        period=Period.year(draw(st.integers(1995, 2030))),
        currency=draw(currencies),
        weights={names[0]: Decimal(draw(st.integers(1, 9)))},
    )


#: Audit results of reports with or without a typo.
audit_results = st.one_of(
    consistent_reports().map(lambda t: t[0].audit()),
    typo_injected_reports().map(lambda t: t[0].audit()),
)

#: What the text reader finds in generated paragraphs, in English and Russian.
extractions: st.SearchStrategy[Extraction] = paragraphs().map(
    lambda p: extract(p.text, locale=p.locale)
)

#: Typos one keystroke away from published figures.
typos: st.SearchStrategy[Typo] = (
    reported().map(lambda r: r.typo_variants()).filter(bool).flatmap(st.sampled_from)
)

#: Renewals, terms and entries into force, as agreements hold them.
renewals: st.SearchStrategy[Renewal] = st.builds(
    Renewal, st.integers(1, 5), st.integers(0, 11), notice_months=st.integers(0, 12)
)

#: Progress of plans on a day.
progresses: st.SearchStrategy[Progress] = action_plans().flatmap(
    lambda plan: days.map(plan.progress)
)

#: Money of any currency, re-exported for the round-trip table.
any_money = moneys()
#: Governing bodies of built-in and made-up regions.
bodies: st.SearchStrategy[GoverningBody] = st.builds(
    GoverningBody.of,
    st.one_of(builtin_regions(), subdivisions()),
    st.sampled_from(["Government", "Administration"]),
)
