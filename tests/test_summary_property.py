"""Every sentence of a summary, in both languages, is backed by the data.

Hypothesis builds random relations of the Leningrad Region (agreements with known or
unknown signing dates, fixed, open-ended and renewing terms, entries awaiting an event,
suspensions, resumptions, notices, terminations, supersessions; plans with measures;
visits and forums; total and partner trade) and checks each sentence of
``summary_of(year)`` against the raw data, re-deriving its fact's claim here without
the library's fact-choosing code:

- the claim holds (what was signed, renewed, suspended, ended and how; what was met and
  what is missing from the records);
- the sentence names no partner, agreement or event beyond those its fact rests on;
- an absence is claimed only where the data has a record to be absent from, never for a
  partner whose agreement's status the data leaves unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel.agreements import Agreement, Renewal
from regionrel.dates import PartialDate
from regionrel.errors import ValidationError
from regionrel.events import Delegation, Event, EventKind
from regionrel.facts import Ending, Fact, FactKind
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.plans import ActionPlan, DeadlineKind, Executor, Measure
from regionrel.profile import RegionRelations
from regionrel.regions import Region
from regionrel.relations import (
    AgreementEventKind,
    AgreementStatus,
    EntryIntoForce,
    MeasureStatus,
    TermKind,
)
from regionrel.trade import WORLD, TradeBalance
from tests.seed_world import GOV_LO, LO

BODIES = (
    gazetteer.governing_body("Administration of the Kursk Region"),
    gazetteer.governing_body("Council of Ministers of the Republic of Crimea"),
    gazetteer.governing_body("Government of the Republic of Uzbekistan"),
    gazetteer.governing_body("Government of the Republic of Kazakhstan"),
)
REGIONS = (
    *(b.region for b in BODIES),
    gazetteer.get("UZ-FA"),
    gazetteer.get("UZ-BU"),
    gazetteer.get("AM"),
)
#: A stem that every form of the region's name in either language contains.
STEMS = {
    "RU-KRS": ("Kursk", "Курск"),
    "UA-43": ("Crimea", "Крым"),
    "UZ": ("Uzbekistan", "Узбекистан"),
    "KZ": ("Kazakhstan", "Казахстан"),
    "UZ-FA": ("Fergana", "Ферган"),
    "UZ-BU": ("Bukhara", "Бухар"),
    "AM": ("Armenia", "Армени"),
}
NAMES = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")
YEARS = st.integers(2015, 2027)


def _code(region: Region) -> str:
    return str(region.codes.get("iso3166-2") or region.codes.get("iso3166-1-alpha2"))


def _same(one: Region, other: Region) -> bool:
    # written again here, not imported: a region stands for its country's agreements
    return one == other or (
        (one.country == other.country) and "COUNTRY" in (one.kind.name, other.kind.name)
    )


@st.composite
def agreements(draw: st.DrawFn, index: int) -> Agreement:
    body = draw(st.sampled_from(BODIES))
    signed = draw(st.none() | st.dates(date(2014, 1, 1), date(2026, 6, 30)))
    term = draw(st.sampled_from(["open", "span", "fixed"]))
    kw: dict[str, Any] = {"signed_on": signed}
    precision = draw(st.sampled_from(["day", "day", "month", "year"]))
    if signed is None:
        kw["draft"] = draw(st.sampled_from([None, False, True]))
    elif precision != "day":
        # a date as a source may give it: the month or the year only
        kw["signed_on"] = PartialDate(signed.year, signed.month if precision == "month" else None)
    if term == "span":
        kw["term"] = f"{draw(st.integers(1, 5))} years"
        if draw(st.booleans()):
            kw["renewal"] = Renewal(
                years=draw(st.integers(1, 3)), notice_months=draw(st.integers(0, 6))
            )
    elif term == "fixed" and signed is not None:
        kw["term"] = Period(signed, date(signed.year + draw(st.integers(0, 4)), 12, 31))
    if draw(st.integers(0, 5)) == 0:
        kw["entry"] = EntryIntoForce.after("ratification")
    try:
        deal = Agreement(f"Agreement {NAMES[index]}", (GOV_LO, body), **kw)
    except ValidationError:  # a fixed term that ends before an imprecise signing may
        kw.pop("term")
        deal = Agreement(f"Agreement {NAMES[index]}", (GOV_LO, body), **kw)
    if signed is None:
        return deal
    day = signed + timedelta(days=draw(st.integers(0, 200)))
    steps = draw(
        st.lists(st.sampled_from(["suspend", "resume", "notice", "end", "replace"]), max_size=3)
    )
    if deal.renewal is not None and draw(st.booleans()):
        steps = ["notice", *steps]  # the way a renewing agreement most often ends
    for step in steps:
        day += timedelta(days=draw(st.integers(1, 500)))
        try:
            if step == "suspend":
                deal = deal.suspended(day)
            elif step == "resume":
                deal = deal.resumed(day)
            elif step == "notice":
                deal = deal.notice_given(day, by=draw(st.sampled_from(deal.parties)))
            elif step == "end":
                by = draw(st.none() | st.sampled_from(deal.parties))
                later = day + timedelta(days=draw(st.integers(0, 200)))
                deal = deal.terminated(day, by=by, effective_on=later)
            else:
                deal = deal.superseded(day, by=f"Successor {NAMES[index]}")
        except ValidationError:
            pass  # an act the agreement's state does not allow: leave it out
    return deal


@st.composite
def plans(draw: st.DrawFn, deal: Agreement, index: int) -> ActionPlan:
    first = draw(st.integers(2016, 2025))
    period = Period.span(first, first + draw(st.integers(0, 3)))
    side = Executor("Committee", GOV_LO)
    measures = []
    for n in range(draw(st.integers(0, 3))):
        annual = draw(st.integers(0, 3)) == 0
        measure = Measure(
            str(n + 1),
            "tourism",
            f"Measure {n}",
            (side,),
            "annually" if annual else str(draw(st.integers(first, period.end.year))),
        )
        if draw(st.booleans()):
            status = draw(st.sampled_from(list(MeasureStatus)))
            measure = measure.reported(
                status, draw(st.dates(date(first, 1, 1), date(2027, 12, 31)))
            )
        if annual:  # each year reported on its own, done in time, late or not at all
            for year in draw(st.sets(st.sampled_from(period.years), max_size=3)):
                on = draw(st.dates(date(year, 6, 1), date(year + 1, 6, 30)))
                status = draw(st.sampled_from(list(MeasureStatus)))
                completed = on if status is MeasureStatus.DONE and draw(st.booleans()) else None
                measure = measure.reported(status, on, year=year, completed_on=completed)
        measures.append(measure)
    signed = draw(st.none() | st.dates(date(first - 1, 1, 1), period.end))
    if deal.signed_on is None or (signed is not None and signed < deal.signed_on):
        signed = None
    title = f"Plan {NAMES[index]}" if draw(st.booleans()) else ""
    return ActionPlan(deal, period, tuple(measures), signed_on=signed, title=title)


@st.composite
def concerns(
    draw: st.DrawFn, linkable: list[Agreement | ActionPlan]
) -> list[Agreement | ActionPlan]:
    """Some of the agreements and plans, an agreement at times as it stood before its later
    events (the link holds across its life)."""
    if not linkable:
        return []
    chosen = draw(st.lists(st.sampled_from(linkable), max_size=2, unique=True))
    return [
        attrs.evolve(c, events=()) if isinstance(c, Agreement) and draw(st.booleans()) else c
        for c in chosen
    ]


@st.composite
def events(
    draw: st.DrawFn, index: int, linkable: list[Agreement | ActionPlan] | None = None
) -> Event:
    year = draw(YEARS)
    partner = draw(st.sampled_from(REGIONS))
    kind = draw(st.sampled_from(["to us", "from us", "forum", "hosted"]))
    topics = draw(st.lists(st.sampled_from(["trade", "tourism", "education"]), max_size=2))
    linked = draw(concerns(linkable or []))
    if kind == "to us":
        return Event.visit([partner], to=LO, when=year, topics=topics, concerns=linked)
    if kind == "from us":
        return Event.visit([Delegation(LO)], to=partner, when=year, concerns=linked)
    title = f"Forum {NAMES[index % len(NAMES)]}{index}"
    host = LO if kind == "hosted" else None
    return Event(
        EventKind.FORUM,
        title,
        year,
        host=host,
        participants=[Delegation(LO)],
        partners=(partner,),
        concerns=linked,
    )


@st.composite
def trade(draw: st.DrawFn) -> list[TradeBalance]:
    found = []
    for year in draw(st.sets(YEARS, max_size=3)):
        amounts = [Money(draw(st.integers(0, 50)) * 10**5, "USD") for _ in range(2)]
        found.append(
            TradeBalance(
                exports=amounts[0], imports=amounts[1], reporter=LO, period=Period.year(year)
            )
        )
    for partner in draw(st.sets(st.sampled_from(REGIONS), max_size=2)):
        found.append(
            TradeBalance(
                exports=Money(draw(st.integers(0, 9)), "USD"),
                imports=Money(1, "USD"),
                reporter=LO,
                partner=partner,
                period=Period.year(draw(YEARS)),
            )
        )
    return found


@st.composite
def profiles(draw: st.DrawFn) -> RegionRelations:
    deals = [draw(agreements(i)) for i in range(draw(st.integers(0, 4)))]
    chosen = [draw(plans(d, i)) for i, d in enumerate(deals) if draw(st.booleans())]
    linkable: list[Agreement | ActionPlan] = [*deals, *chosen]
    met = [draw(events(i, linkable)) for i in range(draw(st.integers(0, 5)))]
    return RegionRelations.of(LO, deals, chosen, met, draw(trade()))


# ---- the claims, derived again from the raw data ------------------------------------------


def _bounds(period: Period | None) -> tuple[date, date]:
    assert period is not None
    return period.start, period.end


def _year_days(year: int) -> list[date]:
    return [date(year, 1, 1) + timedelta(days=n) for n in range(Period.year(year).days)]


def _same_deal(one: Agreement, other: Agreement) -> bool:
    return (one.title, set(one.parties), one.signing) == (
        other.title,
        set(other.parties),
        other.signing,
    )


def _met(relations: RegionRelations, year: int, partner: Region) -> bool:
    return any(
        e.when.overlaps(Period.year(year)) and partner in e.partners_of(LO)
        for e in relations.events
    )


def _covering(relations: RegionRelations, partner: Region) -> list[Agreement]:
    return [
        a
        for a in relations.agreements
        if any(_same(partner, p.region) for p in a.parties if p.region != LO)
    ]


_ENDED = {AgreementStatus.EXPIRED, AgreementStatus.TERMINATED, AgreementStatus.SUPERSEDED}


def _check_claim(relations: RegionRelations, fact: Fact) -> None:
    year, kind, deal = fact.year, fact.kind, fact.agreement
    period = Period.year(year)
    for event in fact.events:
        assert event in relations.events
        assert event.when.overlaps(period)
    if kind is FactKind.VISITS_RECEIVED:
        assert all(e.kind is EventKind.DELEGATION_VISIT and e.host == LO for e in fact.events)
        origins = {
            p if isinstance(p, Region) else p.region for e in fact.events for p in e.participants
        } - {LO}
        assert set(fact.partners) == origins
    elif kind is FactKind.TOPICS_DISCUSSED:
        assert all(e.kind is EventKind.DELEGATION_VISIT and e.host == LO for e in fact.events)
        assert set(fact.topics) == {t.strip() for e in fact.events for t in e.topics}
    elif kind is FactKind.VISIT_MADE:
        (event,) = fact.events
        assert event.kind is EventKind.DELEGATION_VISIT
        assert event.host == fact.partners[0] != LO
    elif kind in (FactKind.EVENTS_ATTENDED, FactKind.EVENTS_HOSTED):
        hosted = kind is FactKind.EVENTS_HOSTED
        assert all(
            e.kind is not EventKind.DELEGATION_VISIT and (e.host == LO) == hosted
            for e in fact.events
        )
    elif kind is FactKind.EVENT_CONCERNS:
        (event,) = fact.events
        assert event.concerns
        # the agreements: each is one the event names, or the agreement of a plan it
        # names, at any stage of its life (the same title, parties and signing)
        named = [c if isinstance(c, Agreement) else c.agreement for c in event.concerns]
        for deal in fact.agreements:
            assert deal in relations.agreements
            assert any(_same_deal(deal, n) for n in named)
        for plan in fact.plans:
            assert plan in relations.plans
            assert any(
                isinstance(c, ActionPlan)
                and _same_deal(plan.agreement, c.agreement)
                and (plan.period, plan.title) == (c.period, c.title)
                for c in event.concerns
            )
        # and every link the data holds is stated
        assert len(fact.agreements) == len(
            [a for a in relations.agreements if any(_same_deal(a, n) for n in named)]
        )
    elif kind is FactKind.AGREEMENT_SIGNED:
        assert deal is not None
        assert deal.signing is not None
        assert deal.signing.earliest.year == deal.signing.latest.year == year
        assert fact.period == Period(deal.signing.earliest, deal.signing.latest)
    elif kind is FactKind.AGREEMENT_RENEWED:
        assert deal is not None
        assert deal.renewal is not None
        assert fact.day is not None
        before = fact.day - timedelta(days=1)
        assert fact.day.year == year
        start = deal.enters_into_force_on
        assert start is not None
        # the last days of the spans, counted here again: a span term from entry into
        # force, a fixed term's renewals from the day after its period
        step = deal.renewal.years * 12 + deal.renewal.months
        one = timedelta(days=1)
        if deal.term.kind is TermKind.SPAN:
            base, months = start, deal.term.years * 12 + deal.term.months
        else:
            assert deal.term.period is not None
            base, months = deal.term.period.end + one, 0
        ends = [base + relativedelta(months=months + k * step) - one for k in range(60)]
        assert fact.day.year == year
        assert before in ends
        assert deal.status_on(before) in (AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED)
        assert deal.status_on(fact.day) in (AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED)
    elif kind is FactKind.AGREEMENT_SUSPENDED:
        assert deal is not None
        assert fact.act is not None
        assert fact.act in deal.events
        assert fact.act.kind is AgreementEventKind.SUSPENSION
        assert fact.act.on is not None
        maybe = (AgreementStatus.SUSPENDED, AgreementStatus.UNKNOWN)
        assert deal.status_on(max(fact.act.on, period.start)) in maybe
        if fact.resumption is not None:
            assert fact.resumption.on is not None
            assert deal.status_on(fact.resumption.on) is not AgreementStatus.SUSPENDED
            assert fact.resumption.on > period.start
        else:
            assert deal.status_on(period.end) in (*maybe, *_ENDED)
    elif kind is FactKind.AGREEMENT_AWAITING_ENTRY:
        assert deal is not None
        assert deal.status_on(period.end) is AgreementStatus.SIGNED
    elif kind is FactKind.AGREEMENT_ENDED:
        assert deal is not None
        one = timedelta(days=1)
        # the last day in force: one day, or a range when the dates leave it open
        first, last = (fact.day, fact.day) if fact.day is not None else _bounds(fact.period)
        assert Period(first, last).overlaps(period)
        assert (fact.day is None) == (first != last)
        after = deal.status_on(last + one)
        assert deal.status_on(first) not in _ENDED
        assert after in _ENDED
        acts = {
            e.kind: e
            for e in deal.events
            if e.effective is not None and e.effective.latest >= first + one
        }
        expected = {
            AgreementStatus.EXPIRED: Ending.EXPIRY,
            AgreementStatus.SUPERSEDED: Ending.SUPERSESSION,
            AgreementStatus.TERMINATED: Ending.TERMINATION
            if AgreementEventKind.TERMINATION in acts
            else Ending.NON_RENEWAL,
        }[after]
        assert fact.ending is expected
        if expected is Ending.NON_RENEWAL:
            assert fact.act is not None
            assert fact.act.kind is AgreementEventKind.NOTICE
            assert fact.act in deal.events
    elif kind is FactKind.AGREEMENT_STATUS_UNKNOWN:
        assert deal is not None
        assert (deal.signing is None and deal.draft is not True) or any(
            deal.status_on(d) is AgreementStatus.UNKNOWN for d in _year_days(year)
        )
    elif kind is FactKind.PLANS_SIGNED:
        assert all(p.signed_on is not None and p.signed_on.year == year for p in fact.plans)
    elif kind is FactKind.PLAN_EXECUTION:
        (plan,) = fact.plans
        assert plan in relations.plans
        assert plan.period.overlaps(period)
        day = period.end
        once = [m for m in plan.measures if m.deadline.kind is not DeadlineKind.ANNUALLY]
        done = [m for m in once if m.status_on(day) is MeasureStatus.DONE]
        # a plan obliges no one once its agreement has ended
        ended = plan.agreement.status_on(day) in _ENDED
        overdue = [] if ended else [m for m in once if m.is_overdue(day, plan.period)]
        assert (fact.ending is not None) == ended
        assert (fact.done, fact.overdue) == (tuple(done), tuple(overdue))
        # done late: completed after the last day of the deadline
        late = []
        for m in done:
            due = m.deadline.last_day(plan.period)
            if m.completion is not None and due is not None and m.completion.earliest > due:
                late.append(m)
        assert fact.late == tuple(late)
        # an annual measure counts once a year of the plan period, up to the year asked
        yearly = [
            (m, y)
            for m in plan.measures
            if m.deadline.kind is DeadlineKind.ANNUALLY
            for y in plan.period.years
            if y <= year
        ]
        assert fact.occurrences == tuple(yearly)
        yearly_done = [(m, y) for m, y in yearly if m.status_in(y, day) is MeasureStatus.DONE]
        assert fact.occurrences_done == tuple(yearly_done)
        open_before = [
            (m, y)
            for m, y in yearly
            if y < year
            and m.status_in(y, day) in (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS)
        ]
        assert fact.occurrences_overdue == (() if ended else tuple(open_before))
        for m, y in fact.occurrences_late:
            assert (m, y) in yearly_done
            occurrence = m.occurrence(y)
            assert occurrence is not None
            assert occurrence.completion is not None
            assert occurrence.completion.earliest > date(y, 12, 31)
    elif kind in (FactKind.TRADE_TURNOVER, FactKind.TRADE_FLOWS, FactKind.TRADE_EXCESS):
        assert fact.balance in relations.trade
        assert fact.balance is not None
        assert fact.balance.partner is WORLD
        assert fact.balance.period == period
        if fact.previous is not None:
            assert fact.previous in relations.trade
            assert fact.previous.partner is WORLD
            assert fact.previous.period == Period.year(year - 1)
    elif kind is FactKind.TRADE_WITH_PARTNER:
        assert fact.balance in relations.trade
        assert fact.balance is not None
        assert fact.balance.partner == fact.partners[0]
        assert fact.balance.period == period
    elif kind is FactKind.NO_AGREEMENT_ON_RECORD:
        for partner in fact.partners:
            assert _met(relations, year, partner)
            assert _covering(relations, partner) == []
    elif kind is FactKind.NO_AGREEMENT_IN_FORCE:
        for partner in fact.partners:
            assert _met(relations, year, partner)
            covering = _covering(relations, partner)
            assert covering
            for deal in covering:
                assert deal.signing is not None or deal.draft is True  # a status the data tells
                assert not any(
                    deal.status_on(d)
                    in (
                        AgreementStatus.IN_FORCE,
                        AgreementStatus.SUSPENDED,
                        AgreementStatus.UNKNOWN,
                    )
                    for d in _year_days(year)
                )
    elif kind is FactKind.NO_PLAN_ON_RECORD:
        assert fact.day == period.end
        for deal in fact.agreements:
            assert deal.status_on(period.end) is AgreementStatus.IN_FORCE
            assert not any(
                p.agreement == deal and p.in_force_on(period.end) for p in relations.plans
            )
    else:  # pragma: no cover - a new kind must get its check here
        raise AssertionError(kind)


def _allowed(fact: Fact) -> tuple[set[str], set[Region]]:
    """The agreement titles and regions a sentence about *fact* may name."""
    deals = {fact.agreement, *fact.agreements, *(p.agreement for p in fact.plans)} - {None}
    titles = {d.title for d in deals if d is not None}
    regions = set(fact.partners)
    for event in fact.events:
        regions.update(event.regions)
        regions.update(event.partners)
    for deal in deals:
        assert deal is not None
        regions.update(p.region for p in deal.parties)
    if fact.balance is not None and isinstance(fact.balance.partner, Region):
        regions.add(fact.balance.partner)
    countries = {gazetteer.get(r.country) for r in regions if r.country and r.country != "RU"}
    return titles, regions | countries


def _check_words(relations: RegionRelations, text: str, fact: Fact, locale: str) -> None:
    titles, regions = _allowed(fact)
    for deal in relations.agreements:
        if deal.title in text:
            assert deal.title in titles, (deal.title, text)
    for event in relations.events:
        if event.kind is not EventKind.DELEGATION_VISIT and event.title in text:
            assert event in fact.events, (event.title, text)
    for plan in relations.plans:
        if plan.title and plan.title in text:
            assert plan in fact.plans, (plan.title, text)
    # the data records links, never their absence: no sentence says an event did not
    # concern something
    assert "no event" not in text.lower()
    assert "ни одно мероприятие" not in text.lower()
    allowed_stems = {STEMS[_code(r)][locale == "ru"] for r in regions if _code(r) in STEMS}
    for stems in STEMS.values():
        stem = stems[locale == "ru"]
        if stem in text:
            assert stem in allowed_stems, (stem, text)


CHECKS: dict[str, Callable[..., None]] = {"claim": _check_claim, "words": _check_words}


@settings(max_examples=200)
@given(profiles(), YEARS)
def test_every_sentence_is_backed_by_the_data(relations: RegionRelations, year: int) -> None:
    for locale in ("en", "ru"):
        summary = relations.summary_of(year, locale=locale)
        assert str(summary) == relations.summary(year, locale=locale)
        for sentence in summary.sentences:
            assert sentence.fact.year == year
            _check_claim(relations, sentence.fact)
            _check_words(relations, sentence.text, sentence.fact, locale)
    # every link of the year's events is stated
    linked = [f.events[0] for f in relations.facts(year) if f.kind is FactKind.EVENT_CONCERNS]
    assert linked == [e for e in relations.events_in(year) if e.concerns]
    # no absence is claimed for a partner whose agreement's status the data leaves unknown
    for fact in relations.facts(year):
        if fact.kind in (FactKind.NO_AGREEMENT_ON_RECORD, FactKind.NO_AGREEMENT_IN_FORCE):
            for partner in fact.partners:
                assert all(
                    a.signing is not None or a.draft is True for a in _covering(relations, partner)
                )


def test_the_strategy_reaches_every_kind_of_fact() -> None:
    """The property above is only as good as the profiles it meets: every fact kind and
    every way of ending turns up among a fixed sample of them."""
    seen: set[object] = set()

    @settings(max_examples=400, derandomize=True, database=None)
    @given(profiles(), YEARS)
    def collect(relations: RegionRelations, year: int) -> None:
        ends = {a.ends_on.year for a in relations.agreements if a.ends_on is not None}
        # the year each renewing agreement first renews, when it does
        renewals = {
            end.year + (end.month == 12 and end.day == 31)
            for a in relations.agreements
            if a.renewal is not None and (start := a.enters_into_force_on) is not None
            if (end := a.expires_on(start)) is not None and end < date(9999, 1, 1)
        }
        # (and the years plans were signed in, where their facts are told)
        signed = {p.signed_on.year for p in relations.plans if p.signed_on is not None}
        years = {year, *ends, *renewals, *signed}
        for fact in (f for y in years for f in relations.facts(y)):
            seen.add(fact.kind)
            if fact.ending is not None:
                seen.add(fact.ending)

    collect()
    assert not (set(FactKind) | set(Ending)) - seen, (set(FactKind) | set(Ending)) - seen
