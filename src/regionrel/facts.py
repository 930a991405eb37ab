"""The facts of a year, chosen once: what a summary of a region's relations may say.

A summary is only as true as the facts under it. :func:`year_facts` reads a
:class:`~regionrel.profile.RegionRelations` once for a year and returns typed
:class:`Fact` records, each of one :class:`FactKind` and each keeping the data it rests
on: the agreement, the lifecycle act (a notice, a termination), the events, the plan and
its measures, the trade balances. :mod:`regionrel.phrases` then words every fact in
English or Russian from one table; it never chooses facts of its own.

Three rules make the facts true by construction:

- Absence is the absence of a record. A partner met with no agreement at all on record
  is ``NO_AGREEMENT_ON_RECORD``; ``NO_AGREEMENT_IN_FORCE`` is said only of partners whose
  every agreement on record is known not to have been in force that year.
- What is not known is said to be unknown (``AGREEMENT_STATUS_UNKNOWN``), never guessed:
  an agreement on record without a signing date is never "not in force".
- A link is stated only where the data holds it: an event is tied to the partners it
  names, and to the agreements and plans it concerns (:attr:`Event.concerns
  <regionrel.relations.Event.concerns>`); that no event concerned an agreement is never
  said, since the data records links, not their absence.

>>> from regionrel import gazetteer
>>> from regionrel.profile import RegionRelations
>>> from regionrel.relations import Event
>>> lo = gazetteer.get("RU-LEN")
>>> visit = Event.visit([gazetteer.get("UZ-FA")], to=lo, when=2018)
>>> [(f.kind.name, [p.name for p in f.partners]) for f in year_facts(RegionRelations.of(lo, visit), 2018)]
[('VISITS_RECEIVED', ['Fergana Region']), ('NO_AGREEMENT_ON_RECORD', ['Fergana Region'])]
"""

from __future__ import annotations

import enum
import functools
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from regionrel._validators import checked_by_annotation
from regionrel.dates import PartialDate
from regionrel.periods import Period
from regionrel.regions import Region, RegionKind
from regionrel.relations import (
    ActionPlan,
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    AgreementStatus,
    Event,
    EventKind,
    Measure,
    MeasureStatus,
    region_of,
)
from regionrel.relations._arguments import argument
from regionrel.relations.lifecycle import Spans
from regionrel.trade import WORLD, TradeBalance

if TYPE_CHECKING:
    from regionrel.profile import RegionRelations

__all__ = [
    "Ending",
    "Fact",
    "FactKind",
    "Section",
    "ending_of",
    "ending_range_of",
    "in_force_in",
    "renewals_in",
    "same_partner",
    "signing_of",
    "suspensions_of",
    "when_of",
    "year_facts",
]


class Section(enum.Enum):
    """The paragraph of a summary a fact belongs to, in the order they are written."""

    VISITS = 1
    EVENTS = 2
    AGREEMENTS = 3
    PLANS = 4
    TRADE = 5
    GAPS = 6


class FactKind(enum.Enum):
    """What a fact says; its value names the section it is written in."""

    #: Delegations of ``partners`` visited the region at ``events``.
    VISITS_RECEIVED = "visits received"
    #: The parties discussed ``topics`` at ``events`` (the visits received).
    TOPICS_DISCUSSED = "topics discussed"
    #: A delegation of the region visited ``partners[0]`` (the host of ``events[0]``).
    VISIT_MADE = "visit made"
    #: The region's delegations took part in ``events`` hosted elsewhere.
    EVENTS_ATTENDED = "events attended"
    #: The region hosted ``events``.
    EVENTS_HOSTED = "events hosted"
    #: ``events[0]`` concerned ``plans`` and ``agreements`` (those it names and those of
    #: the plans it names), as the data links them (:attr:`Event.concerns
    #: <regionrel.relations.Event.concerns>`).
    EVENT_CONCERNS = "event concerns"
    #: ``agreement`` was signed within ``period`` (a day, a month or the year).
    AGREEMENT_SIGNED = "agreement signed"
    #: ``agreement`` renewed itself on ``day``.
    AGREEMENT_RENEWED = "agreement renewed"
    #: ``agreement`` was suspended by ``act`` (from ``day``, or within ``period`` when
    #: known to the month or year), resumed by ``resumption`` if any.
    AGREEMENT_SUSPENDED = "agreement suspended"
    #: ``agreement`` was signed but, on ``day`` (the year's last), not in force.
    AGREEMENT_AWAITING_ENTRY = "agreement awaiting entry into force"
    #: ``agreement``'s last day in force, ``day`` (or a day of ``period`` when dates known
    #: to the month or year leave it open), fell in the year; ``ending`` says how, ``act``
    #: is the notice, termination or supersession that ended it (None for expiry).
    AGREEMENT_ENDED = "agreement ended"
    #: Whether ``agreement`` was in force in the year is not known from the data.
    AGREEMENT_STATUS_UNKNOWN = "agreement status unknown"
    #: ``plans`` were signed in the year.
    PLANS_SIGNED = "plans signed"
    #: Of ``plans[0]``'s measures due once, ``done`` were reported done (``late`` of them
    #: after their deadline) and ``overdue`` were overdue on ``day``; of the yearly
    #: ``occurrences`` of its annual measures due by ``day``, ``occurrences_done`` were
    #: reported done (``occurrences_late`` after their year) and ``occurrences_overdue``
    #: were overdue. ``ending`` is set when the agreement had ended by then (a plan then
    #: counts nothing overdue).
    PLAN_EXECUTION = "plan execution"
    #: The region's total trade ``balance``, compared with ``previous`` when given.
    TRADE_TURNOVER = "trade turnover"
    #: The exports and imports of ``balance``, compared with ``previous`` when given.
    TRADE_FLOWS = "trade flows"
    #: By how much exports exceed imports (or the reverse) in ``balance``.
    TRADE_EXCESS = "trade excess"
    #: The region's trade ``balance`` with one partner, ``partners[0]``.
    TRADE_WITH_PARTNER = "trade with partner"
    #: ``partners`` were met at ``events`` and no agreement with them is on record.
    NO_AGREEMENT_ON_RECORD = "no agreement on record"
    #: ``partners`` were met at ``events``; every agreement on record with them
    #: (``agreements``) is known not to have been in force at any time of the year.
    NO_AGREEMENT_IN_FORCE = "no agreement in force"
    #: On ``day``, ``agreements`` were in force and no plan in force is on record for them.
    NO_PLAN_ON_RECORD = "no plan on record"

    @property
    def section(self) -> Section:
        """The paragraph the fact is written in.

        >>> FactKind.AGREEMENT_ENDED.section
        <Section.AGREEMENTS: 3>
        """
        return _SECTIONS[self]


_SECTIONS = {
    **dict.fromkeys(
        (FactKind.VISITS_RECEIVED, FactKind.TOPICS_DISCUSSED, FactKind.VISIT_MADE), Section.VISITS
    ),
    **dict.fromkeys(
        (FactKind.EVENTS_ATTENDED, FactKind.EVENTS_HOSTED, FactKind.EVENT_CONCERNS),
        Section.EVENTS,
    ),
    **dict.fromkeys(
        (
            FactKind.AGREEMENT_SIGNED,
            FactKind.AGREEMENT_RENEWED,
            FactKind.AGREEMENT_SUSPENDED,
            FactKind.AGREEMENT_AWAITING_ENTRY,
            FactKind.AGREEMENT_ENDED,
            FactKind.AGREEMENT_STATUS_UNKNOWN,
        ),
        Section.AGREEMENTS,
    ),
    **dict.fromkeys((FactKind.PLANS_SIGNED, FactKind.PLAN_EXECUTION), Section.PLANS),
    **dict.fromkeys(
        (
            FactKind.TRADE_TURNOVER,
            FactKind.TRADE_FLOWS,
            FactKind.TRADE_EXCESS,
            FactKind.TRADE_WITH_PARTNER,
        ),
        Section.TRADE,
    ),
    **dict.fromkeys(
        (
            FactKind.NO_AGREEMENT_ON_RECORD,
            FactKind.NO_AGREEMENT_IN_FORCE,
            FactKind.NO_PLAN_ON_RECORD,
        ),
        Section.GAPS,
    ),
}


class Ending(enum.Enum):
    """How an agreement ended: each way has its own legal words in each language."""

    #: Its term ran out, with no renewal provided.
    EXPIRY = "expiry"
    #: A party (or the parties) terminated it.
    TERMINATION = "termination"
    #: A party gave notice that it did not want it renewed.
    NON_RENEWAL = "non-renewal"
    #: Another agreement replaced it.
    SUPERSESSION = "supersession"


@attrs.frozen(field_transformer=checked_by_annotation)
class Fact:
    """One thing a summary says about a year, with the data it rests on.

    Which fields are set depends on :attr:`kind` (see :class:`FactKind`); the others
    keep their empty defaults.
    """

    #: What the fact says.
    kind: FactKind
    #: The year summarised.
    year: int
    #: The agreement the fact is about.
    agreement: Agreement | None = None
    #: The agreements an absence is about (``NO_AGREEMENT_IN_FORCE``, ``NO_PLAN_ON_RECORD``).
    agreements: tuple[Agreement, ...] = ()
    #: The plans the fact is about.
    plans: tuple[ActionPlan, ...] = ()
    #: The events the fact rests on.
    events: tuple[Event, ...] = ()
    #: The partners (regions and countries) the fact names.
    partners: tuple[Region, ...] = ()
    #: The topics discussed.
    topics: tuple[str, ...] = ()
    #: The trade balance of the year.
    balance: TradeBalance | None = None
    #: The trade balance of the year before, when known.
    previous: TradeBalance | None = None
    #: The day the fact is dated: a renewal, a last day in force, the day of a count.
    day: date | None = None
    #: When an agreement was signed (or suspended), as precisely as known.
    period: Period | None = None
    #: How an agreement ended (for ``PLAN_EXECUTION``: the plan's agreement, by ``day``).
    ending: Ending | None = None
    #: The lifecycle act the fact rests on (suspension, notice, termination, supersession).
    act: AgreementEvent | None = None
    #: The resumption that ended a suspension, if recorded.
    resumption: AgreementEvent | None = None
    #: The measures due once reported done on ``day``.
    done: tuple[Measure, ...] = ()
    #: The measures due once overdue on ``day``.
    overdue: tuple[Measure, ...] = ()
    #: Of ``done``, those completed after their deadline.
    late: tuple[Measure, ...] = ()
    #: Each annual measure and year whose occurrence was due by ``day``.
    occurrences: tuple[tuple[Measure, int], ...] = ()
    #: Of ``occurrences``, those reported done on ``day``.
    occurrences_done: tuple[tuple[Measure, int], ...] = ()
    #: Of ``occurrences_done``, those completed after their year's deadline.
    occurrences_late: tuple[tuple[Measure, int], ...] = ()
    #: Of ``occurrences``, those overdue on ``day``.
    occurrences_overdue: tuple[tuple[Measure, int], ...] = ()

    @property
    def section(self) -> Section:
        """The paragraph the fact is written in."""
        return self.kind.section


# --------------------------------------------------------------------------- questions


def same_partner(one: Region, other: Region) -> bool:
    """Whether two regions stand for the same partner: equal, or one is the country the
    other lies in.

    >>> from regionrel import gazetteer
    >>> same_partner(gazetteer.get("UZ"), gazetteer.get("UZ-FA")), same_partner(gazetteer.get("UZ"), gazetteer.get("KZ"))
    (True, False)
    """
    argument(one, Region, cls="same_partner", field="one")
    argument(other, Region, cls="same_partner", field="other")
    if one == other:
        return True
    for country, inner in ((one, other), (other, one)):
        if country.kind is RegionKind.COUNTRY and inner.country == country.country:
            return True
    return False


def signing_of(agreement: Agreement) -> Period | None:
    """When *agreement* was signed, as precisely as the data says: a day, or the month or
    year of a date known only that far; None when no signing date is on record.

    >>> from regionrel.relations import Agreement
    >>> def deal(signed):
    ...     return Agreement.between("A", "Government of the Leningrad Region",
    ...         "Administration of the Kursk Region", signed_on=signed)
    >>> [str(signing_of(deal(text))) for text in ("12.05.2016", "May 2016", "2016")]
    ['2016-05-12', '2016-05', '2016']
    >>> signing_of(deal(None)) is None
    True
    """
    return when_of(agreement.signing)


def when_of(partial: PartialDate | None) -> Period | None:
    """The days a date given to the day, month or year may be, as a period.

    >>> str(when_of(PartialDate(2018, 5))), when_of(None)
    ('2018-05', None)
    """
    if partial is None:
        return None
    return Period(partial.earliest, partial.latest)


def in_force_in(agreement: Agreement, year: int) -> bool | None:
    """Whether *agreement* was in force at some time in *year*: True, False, or None when
    the data does not tell (no signing date on record and not recorded as a draft, or a
    status that dates known only to the month or year leave unknown).

    An agreement with no signing date is of unknown status here unless the data says
    it is a draft (``draft=True``): a summary never calls it "not in force".

    >>> from regionrel.relations import Agreement
    >>> deal = Agreement.between("A", "Government of the Leningrad Region",
    ...     "Administration of the Kursk Region", signed_on="12.05.2016", term="1 year")
    >>> in_force_in(deal, 2016), in_force_in(deal, 2018)
    (True, False)
    """
    if agreement.signing is None and agreement.draft is not True:
        return None
    period = Period.year(year)
    if any(p.overlaps(period) for p in agreement.periods_in_force(until=period.end)):
        return True
    # Dates known to the month or the year leave a status unknown for a month at least:
    # a day a week (and the year's last) meets every such stretch.
    days = [period.start + timedelta(days=n) for n in range(0, 365, 7)] + [period.end]
    if any(agreement.status_on(d) is AgreementStatus.UNKNOWN for d in days):
        return None
    return False


def suspensions_of(
    agreement: Agreement,
) -> tuple[tuple[AgreementEvent, AgreementEvent | None], ...]:
    """Each suspension of *agreement* with the resumption that lifted it (or None),
    leaving out a suspension resumed on the day it began.

    >>> from regionrel.relations import Agreement
    >>> deal = Agreement.between("A", "Government of the Leningrad Region",
    ...     "Administration of the Kursk Region", signed_on="12.05.2016")
    >>> [(s.on, r and r.on) for s, r in suspensions_of(deal.suspended("01.02.2020"))]
    [(datetime.date(2020, 2, 1), None)]
    """
    found: list[tuple[AgreementEvent, AgreementEvent | None]] = []
    for event in agreement.events:
        if event.kind is AgreementEventKind.SUSPENSION:
            found.append((event, None))
        elif event.kind is AgreementEventKind.RESUMPTION and found and found[-1][1] is None:
            found[-1] = (found[-1][0], event)
    return tuple((s, r) for s, r in found if r is None or r.when.earliest > s.when.latest)


def ending_of(agreement: Agreement) -> tuple[date, Ending, AgreementEvent | None] | None:
    """The last day *agreement* was in force, how it ended and the act that ended it
    (None for an expiry); None when it has no recorded or computed end, or when dates
    known only to the month or year leave the day open (see :func:`ending_range_of`).

    A termination or supersession is the act that took effect the day after the last
    day; otherwise a notice of non-renewal ended it at the end of a span.

    >>> from regionrel.relations import Agreement
    >>> deal = Agreement.between("A", "Government of the Leningrad Region",
    ...     "Administration of the Kursk Region", signed_on="12.05.2016", term="5 years",
    ...     renewal="for successive 5-year periods unless a party gives 6 months' notice")
    >>> last, way, act = ending_of(deal.notice_given("01.11.2020", by=deal.parties[1]))
    >>> last, way.value, act.on
    (datetime.date(2021, 5, 11), 'non-renewal', datetime.date(2020, 11, 1))
    """
    last = agreement.ends_on
    if last is None:
        return None
    return (last, *_way(agreement, last + timedelta(days=1)))


def ending_range_of(
    agreement: Agreement,
) -> tuple[Period, Ending, AgreementEvent | None] | None:
    """The days *agreement*'s last day in force may be (one day when known), how it ended
    and the act that ended it; None when it never ends in some reading of its dates.

    >>> from regionrel.relations import Agreement
    >>> deal = Agreement.between("A", "Government of the Leningrad Region",
    ...     "Administration of the Kursk Region", signed_on="May 2018", term="5 years")
    >>> days, way, act = ending_range_of(deal)
    >>> str(days), way.value, act
    ('2023-04-30/2023-05-30', 'expiry', None)
    """
    ends = agreement.ends_between()
    if ends is None:
        return None
    return (Period(ends[0], ends[1]), *_way(agreement, ends[1] + timedelta(days=1)))


def _way(agreement: Agreement, after: date) -> tuple[Ending, AgreementEvent | None]:
    """How *agreement* ended, read on *after*, a day it is certainly over."""
    status = agreement.status_on(after)
    if status is AgreementStatus.EXPIRED:
        return Ending.EXPIRY, None
    for event in reversed(agreement.events):
        effective = event.effective
        if effective is None or not effective.earliest <= after <= effective.latest:
            continue
        if event.kind is AgreementEventKind.TERMINATION:
            return Ending.TERMINATION, event
        if event.kind is AgreementEventKind.SUPERSESSION:
            return Ending.SUPERSESSION, event
    notice = next((e for e in agreement.events if e.kind is AgreementEventKind.NOTICE), None)
    if notice is not None and status is AgreementStatus.TERMINATED:
        return Ending.NON_RENEWAL, notice
    return (
        Ending.SUPERSESSION if status is AgreementStatus.SUPERSEDED else Ending.TERMINATION
    ), None


def renewals_in(agreement: Agreement, year: int) -> tuple[date, ...]:
    """The days in *year* on which *agreement* renewed itself: each first day of a new
    span that it entered in force or suspended (not ended).

    >>> from regionrel.relations import Agreement
    >>> deal = Agreement.between("A", "Government of the Leningrad Region",
    ...     "Administration of the Kursk Region", signed_on="12.05.2016", term="5 years",
    ...     renewal="for successive 5-year periods unless a party gives 6 months' notice")
    >>> renewals_in(deal, 2021), renewals_in(deal, 2022)
    ((datetime.date(2021, 5, 12),), ())
    """
    start: Any = agreement.enters_into_force_on
    if agreement.renewal is None or not isinstance(start, date):
        return ()
    spans = Spans(agreement.term, agreement.renewal)
    period = Period.year(year)
    found: list[date] = []
    k = 0
    while True:
        first_day = spans.end(start, k) + timedelta(days=1)
        if first_day > period.end:
            return tuple(found)
        if first_day >= period.start and agreement.status_on(first_day) in (
            AgreementStatus.IN_FORCE,
            AgreementStatus.SUSPENDED,
        ):
            found.append(first_day)
        k += 1


# --------------------------------------------------------------------------- the choice


@functools.lru_cache(maxsize=256)
def _in_force(agreement: Agreement, year: int) -> bool | None:
    # the gaps ask it of each agreement once a partner: agreements are frozen and hash
    # once (cache_hash), so a small cache saves the scan of the year's days
    return in_force_in(agreement, year)


def _counterparts(relations: RegionRelations, agreement: Agreement) -> tuple[Region, ...]:
    return tuple(p.region for p in agreement.parties if p.region != relations.region)


def _covering(relations: RegionRelations, partner: Region) -> list[Agreement]:
    return [
        a
        for a in relations.agreements
        if any(same_partner(partner, r) for r in _counterparts(relations, a))
    ]


def _suspensions_in(
    agreement: Agreement, period: Period
) -> list[tuple[AgreementEvent, AgreementEvent | None]]:
    """The suspensions that may have been in effect on some day of *period*: begun by its
    end, not lifted before it began, and the agreement not ended before then."""
    ends = agreement.ends_between()
    last = None if ends is None else ends[1]  # the latest the agreement may have ended
    found = []
    for s, r in suspensions_of(agreement):
        begun = s.when.earliest
        if begun > period.end or (r is not None and r.when.latest <= period.start):
            continue
        if last is not None and last < max(begun, period.start):
            continue
        found.append((s, r))
    return found


def _events_with(relations: RegionRelations, year: int, partner: Region) -> tuple[Event, ...]:
    return tuple(
        e for e in relations.events_in(year) if partner in e.partners_of(relations.region)
    )


def _visit_facts(relations: RegionRelations, year: int) -> list[Fact]:
    home = relations.region
    visits = [e for e in relations.events_in(year) if e.kind is EventKind.DELEGATION_VISIT]
    received = tuple(e for e in visits if e.host == home)
    facts = []
    if received:
        origins: dict[Region, None] = {}
        for event in received:
            for participant in event.participants:
                place = region_of(participant)
                if place != home:
                    origins.setdefault(place, None)
        facts.append(
            Fact(FactKind.VISITS_RECEIVED, year, events=received, partners=tuple(origins))
        )
        topics = tuple(dict.fromkeys(t.strip() for e in received for t in e.topics))
        if topics:
            facts.append(Fact(FactKind.TOPICS_DISCUSSED, year, events=received, topics=topics))
    facts.extend(
        Fact(FactKind.VISIT_MADE, year, events=(e,), partners=(e.host,))
        for e in visits
        if e.host is not None and e.host != home
    )
    return facts


def _event_facts(relations: RegionRelations, year: int) -> list[Fact]:
    home = relations.region
    others = [e for e in relations.events_in(year) if e.kind is not EventKind.DELEGATION_VISIT]
    attended = tuple(e for e in others if e.host != home)
    hosted = tuple(e for e in others if e.host == home)
    facts = []
    if attended:
        facts.append(Fact(FactKind.EVENTS_ATTENDED, year, events=attended))
    if hosted:
        facts.append(Fact(FactKind.EVENTS_HOSTED, year, events=hosted))
    for event in relations.events_in(year):
        if event.concerns:
            agreements, plans = relations.concerned_by(event)
            facts.append(
                Fact(
                    FactKind.EVENT_CONCERNS,
                    year,
                    events=(event,),
                    agreements=agreements,
                    plans=plans,
                )
            )
    return facts


def _agreement_facts(relations: RegionRelations, year: int) -> list[Fact]:
    period = Period.year(year)
    last_day = period.end
    signed: list[Fact] = []
    renewed: list[Fact] = []
    suspended: list[Fact] = []
    awaiting: list[Fact] = []
    ended: list[Fact] = []
    unknown: list[Fact] = []
    for agreement in relations.agreements:
        signing = signing_of(agreement)
        if signing is not None and period.contains(signing):
            signed.append(Fact(FactKind.AGREEMENT_SIGNED, year, agreement, period=signing))
        renewed.extend(
            Fact(FactKind.AGREEMENT_RENEWED, year, agreement, day=day)
            for day in renewals_in(agreement, year)
        )
        suspended.extend(
            Fact(
                FactKind.AGREEMENT_SUSPENDED,
                year,
                agreement,
                day=s.on,
                period=when_of(s.when),
                act=s,
                resumption=r,
            )
            for s, r in _suspensions_in(agreement, period)
        )
        if signing is not None and agreement.status_on(last_day) is AgreementStatus.SIGNED:
            awaiting.append(
                Fact(
                    FactKind.AGREEMENT_AWAITING_ENTRY,
                    year,
                    agreement,
                    day=last_day,
                    period=signing,
                )
            )
        end = ending_range_of(agreement)
        if end is not None and end[0].overlaps(period):
            exact = end[0].start == end[0].end
            ended.append(
                Fact(
                    FactKind.AGREEMENT_ENDED,
                    year,
                    agreement,
                    day=end[0].start if exact else None,
                    period=None if exact else end[0],
                    ending=end[1],
                    act=end[2],
                )
            )
        if _in_force(agreement, year) is None:
            unknown.append(
                Fact(FactKind.AGREEMENT_STATUS_UNKNOWN, year, agreement, period=signing)
            )
    return [*signed, *renewed, *suspended, *awaiting, *ended, *unknown]


def _plan_facts(relations: RegionRelations, year: int) -> list[Fact]:
    period = Period.year(year)
    facts = []
    signed = tuple(
        p for p in relations.plans if p.signing is not None and period.contains(p.signing)
    )
    if signed:
        facts.append(Fact(FactKind.PLANS_SIGNED, year, plans=signed))
    for plan in relations.plans:
        signing = plan.signing
        if not plan.measures or not plan.period.overlaps(period):
            continue
        if signing is not None and signing.start > period.end:
            continue
        facts.append(_execution(plan, year))
    return facts


def _execution(plan: ActionPlan, year: int) -> Fact:
    """How far *plan* was carried out at the end of *year*: its measures due once, and
    each yearly occurrence of its annual measures due by then."""
    day = Period.year(year).end
    once = [m for m in plan.measures if not m.is_recurring]
    done = tuple(m for m in once if m.status_on(day) is MeasureStatus.DONE)
    ended = plan.agreement.status_on(day).has_ended
    occurrences = tuple(
        (m, last.year)
        for m in plan.measures
        if m.is_recurring
        for last in m.deadline.due_dates(plan.period)
        if last <= day
    )
    occurrences_done = tuple(
        (m, y) for m, y in occurrences if m.status_in(y, day) is MeasureStatus.DONE
    )
    overdue_years = {} if ended else {m: m.overdue_years(day, plan.period) for m, _ in occurrences}
    end = ending_range_of(plan.agreement) if ended else None
    return Fact(
        FactKind.PLAN_EXECUTION,
        year,
        plan.agreement,
        plans=(plan,),
        day=day,
        done=done,
        overdue=tuple(m for m in plan.overdue(day) if not m.is_recurring),
        late=tuple(m for m in done if m.completed_late(plan.period) is True),
        occurrences=occurrences,
        occurrences_done=occurrences_done,
        occurrences_late=tuple(
            (m, y) for m, y in occurrences_done if y in m.late_years(plan.period)
        ),
        occurrences_overdue=tuple((m, y) for m, y in occurrences if y in overdue_years.get(m, ())),
        ending=None if end is None else end[1],
    )


def _trade_facts(relations: RegionRelations, year: int) -> list[Fact]:
    facts = []
    balance = relations.trade_in(year)
    if balance is not None:
        previous = relations.trade_in(year - 1)
        facts.append(Fact(FactKind.TRADE_TURNOVER, year, balance=balance, previous=previous))
        facts.append(Fact(FactKind.TRADE_FLOWS, year, balance=balance, previous=previous))
        if balance.exports.amount > 0 and balance.imports.amount > 0:
            facts.append(Fact(FactKind.TRADE_EXCESS, year, balance=balance))
    period = Period.year(year)
    facts.extend(
        Fact(FactKind.TRADE_WITH_PARTNER, year, balance=b, partners=(b.partner,))
        for b in relations.trade
        if b.partner is not WORLD and isinstance(b.partner, Region) and b.period == period
    )
    return facts


def _gap_facts(relations: RegionRelations, year: int) -> list[Fact]:
    period = Period.year(year)
    facts = []
    unrecorded: list[Region] = []
    not_in_force: list[Region] = []
    lapsed: dict[Agreement, None] = {}
    for partner in relations.partners_met(year):
        covering = _covering(relations, partner)
        if not covering:
            unrecorded.append(partner)
        elif all(_in_force(a, year) is False and not _suspensions_in(a, period) for a in covering):
            not_in_force.append(partner)
            lapsed.update(dict.fromkeys(covering))

    def met(partners: list[Region]) -> tuple[Event, ...]:
        return tuple(dict.fromkeys(e for p in partners for e in _events_with(relations, year, p)))

    if unrecorded:
        facts.append(
            Fact(
                FactKind.NO_AGREEMENT_ON_RECORD,
                year,
                partners=tuple(unrecorded),
                events=met(unrecorded),
            )
        )
    if not_in_force:
        facts.append(
            Fact(
                FactKind.NO_AGREEMENT_IN_FORCE,
                year,
                partners=tuple(not_in_force),
                events=met(not_in_force),
                agreements=tuple(lapsed),
            )
        )
    unplanned = tuple(
        a
        for a in relations.agreements_without_plan(period.end)
        if a.status_on(period.end) is AgreementStatus.IN_FORCE
    )
    if unplanned:
        facts.append(Fact(FactKind.NO_PLAN_ON_RECORD, year, agreements=unplanned, day=period.end))
    return facts


def year_facts(relations: RegionRelations, year: int) -> tuple[Fact, ...]:
    """The facts a summary of *year* states, in the order it states them.

    Args:
        relations: the region's relations.
        year: the year.
    """
    return (
        *_visit_facts(relations, year),
        *_event_facts(relations, year),
        *_agreement_facts(relations, year),
        *_plan_facts(relations, year),
        *_trade_facts(relations, year),
        *_gap_facts(relations, year),
    )
