"""A region's relations in one place: its agreements, plans, events and trade.

:class:`RegionRelations` gathers what is known about one region, answers the
questions that cut across agreements, plans and events (whom did the region
meet in a year with no agreement in force? which agreements expire within six
months? which measures are overdue?), and states a year in English or Russian in the
manner of regional reports, saying only what the data says (:mod:`regionrel.facts`,
:mod:`regionrel.phrases`).

>>> from regionrel import gazetteer
>>> from regionrel.relations import Event
>>> lo = gazetteer.get("RU-LEN")
>>> visit = Event.visit([gazetteer.get("UZ-FA"), gazetteer.get("UZ-BU")], to=lo, when=2018)
>>> relations = RegionRelations.of(lo, visit)
>>> [r.name for r in relations.partners_without_agreement(2018)]
['Fergana Region', 'Bukhara Region']
>>> print(relations.summary(2018))
In 2018, delegations of the Fergana and Bukhara Regions (Uzbekistan) visited the Leningrad Region.
<BLANKLINE>
No cooperation agreement is on record with the Fergana Region or the Bukhara Region.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, TypeAlias

import attrs

from regionrel._numbers import check_locale
from regionrel._validators import as_date, as_tuple, instance_of
from regionrel.display import NotebookDisplay
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.facts import Fact, same_partner, year_facts
from regionrel.periods import Period
from regionrel.phrases import Summary, render
from regionrel.queries import RelationsQueries
from regionrel.regions import Region, with_article
from regionrel.relations import (
    ActionPlan,
    Agreement,
    Event,
    RelationsFinding,
    agreements_without_plan,
    plans_by_agreement,
    region_of,
)
from regionrel.tables import Tabular, plain
from regionrel.trade import WORLD, TradeBalance

__all__ = ["RegionRelations", "same_partner"]

#: What :meth:`RegionRelations.of` sorts into place.
Item: TypeAlias = Agreement | ActionPlan | Event | TradeBalance


def _tuple_of(kind: type, field: str) -> Any:
    def check(_inst: object, _a: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kind) for v in value):
            raise WrongTypeError(
                f"must be a sequence of {kind.__name__}",
                cls="RegionRelations",
                field=field,
                value=value,
            )

    return check


def _same(known: Agreement | ActionPlan, item: Agreement | ActionPlan) -> bool:
    if isinstance(known, Agreement):
        return isinstance(item, Agreement) and known.is_same_as(item)
    return isinstance(item, ActionPlan) and known.is_same_as(item)


def _name(item: Agreement | ActionPlan) -> str:
    return item.title if isinstance(item, Agreement) else item.name


def _year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError(
            "must be an int year", cls="RegionRelations", field="year", value=value
        )
    return value


@attrs.frozen
class RegionRelations(RelationsQueries, NotebookDisplay, Tabular):
    """Everything known about one region's relations, and the questions across it.

    Args:
        region: the region whose relations these are.
        agreements: agreements with one of the region's governing bodies as a party.
        plans: action plans implementing those agreements.
        events: events the region hosted or took part in.
        trade: trade balances reported by the region.

    Raises:
        ValidationError: an item that does not concern the region, a plan whose
            agreement is not among the agreements.
    """

    region: Region = attrs.field(validator=instance_of(Region))
    agreements: tuple[Agreement, ...] = attrs.field(
        default=(), kw_only=True, converter=as_tuple, validator=_tuple_of(Agreement, "agreements")
    )
    plans: tuple[ActionPlan, ...] = attrs.field(
        default=(), kw_only=True, converter=as_tuple, validator=_tuple_of(ActionPlan, "plans")
    )
    events: tuple[Event, ...] = attrs.field(
        default=(), kw_only=True, converter=as_tuple, validator=_tuple_of(Event, "events")
    )
    trade: tuple[TradeBalance, ...] = attrs.field(
        default=(), kw_only=True, converter=as_tuple, validator=_tuple_of(TradeBalance, "trade")
    )

    def __attrs_post_init__(self) -> None:
        for agreement in self.agreements:
            if self.region not in (p.region for p in agreement.parties):
                raise ValidationError(
                    f"must have {with_article(self.region.name)} among their parties",
                    cls="RegionRelations",
                    field="agreements",
                    value=agreement.title,
                )
        for plan in self.plans:
            if plan.agreement not in self.agreements:
                raise ValidationError(
                    "must implement one of the agreements given",
                    cls="RegionRelations",
                    field="plans",
                    value=plan.name,
                )
        for event in self.events:
            if not event.involves(self.region):
                raise ValidationError(
                    f"must involve {with_article(self.region.name)} as host or participant",
                    cls="RegionRelations",
                    field="events",
                    value=event.title,
                )
            for item in event.concerns:
                if self._find(item) is None:
                    kind = "agreement" if isinstance(item, Agreement) else "action plan"
                    raise ValidationError(
                        f"must concern agreements and plans among those given: the event "
                        f"{event.title!r} concerns the {kind} {_name(item)!r}, which is not",
                        cls="RegionRelations",
                        field="events",
                        value=event.title,
                    )
        for balance in self.trade:
            if balance.reporter is not None and balance.reporter != self.region:
                raise ValidationError(
                    f"must be reported by {with_article(self.region.name)}",
                    cls="RegionRelations",
                    field="trade",
                    value=repr(balance),
                )

    @classmethod
    def of(cls, region: Region, *items: Item | Iterable[Item]) -> RegionRelations:
        """Gather *items* (agreements, plans, events, trade balances, or iterables of them)
        for *region*; a plan's agreement, and the agreements and plans an event concerns,
        are added when they are missing (not given at any stage of their life).

        Raises:
            WrongTypeError: an item of another type.
        """
        found: dict[type, list[Any]] = {Agreement: [], ActionPlan: [], Event: [], TradeBalance: []}
        flat: list[object] = []
        for item in items:
            if isinstance(item, Iterable):
                flat.extend(item)
            else:
                flat.append(item)
        for thing in flat:
            kind = next((k for k in found if isinstance(thing, k)), None)
            if kind is None:
                raise WrongTypeError(
                    "must be an Agreement, an ActionPlan, an Event or a TradeBalance",
                    cls="RegionRelations",
                    field="items",
                    value=thing,
                )
            if thing not in found[kind]:
                found[kind].append(thing)
        for event in found[Event]:  # what an event concerns, when not given at another stage
            for item in event.concerns:
                kind = Agreement if isinstance(item, Agreement) else ActionPlan
                if not any(item.is_same_as(known) for known in found[kind]):
                    found[kind].append(item)
        for plan in found[ActionPlan]:
            if plan.agreement not in found[Agreement]:
                found[Agreement].append(plan.agreement)
        return cls(
            region,
            agreements=found[Agreement],
            plans=found[ActionPlan],
            events=found[Event],
            trade=found[TradeBalance],
        )

    # ---- links between events, agreements and plans ---------------------------------------

    def _find(self, item: Agreement | ActionPlan) -> Agreement | ActionPlan | None:
        """The agreement or plan of these relations that *item* is, at any stage of its life."""
        pool: tuple[Agreement | ActionPlan, ...] = (
            self.agreements if isinstance(item, Agreement) else self.plans
        )
        exact = next((known for known in pool if known == item), None)
        if exact is not None:
            return exact
        return next((known for known in pool if _same(known, item)), None)

    def concerned_by(self, event: Event) -> tuple[tuple[Agreement, ...], tuple[ActionPlan, ...]]:
        """The agreements and the plans of these relations that *event* concerns: the
        agreements it names and those of the plans it names, and the plans it names, as
        these relations hold them (an agreement given terminated, say).

        Raises:
            WrongTypeError: *event* is not an Event.
            ValidationError: *event* is not among these relations' events.
        """
        if not isinstance(event, Event):
            raise WrongTypeError(
                "must be an Event", cls="RegionRelations.concerned_by", field="event", value=event
            )
        if event not in self.events:
            raise ValidationError(
                "must be one of these relations' events",
                cls="RegionRelations.concerned_by",
                field="event",
                value=event.title,
            )
        agreements = tuple(a for a in self.agreements if event.concerns_item(a))
        plans = tuple(p for p in self.plans if event.concerns_item(p))
        return agreements, plans

    def events_concerning(self, item: Agreement | ActionPlan) -> tuple[Event, ...]:
        """The events linked to *item*, by date: for an agreement, those that concern it or
        one of its plans; for a plan, those that concern it. *item* may be given at
        another stage of its life (:meth:`Agreement.is_same_as
        <regionrel.relations.Agreement.is_same_as>`).

        >>> from regionrel import gazetteer
        >>> from regionrel.relations import ActionPlan, Agreement, Event, EventKind
        >>> deal = Agreement.between("Agreement on cooperation", "Government of the Leningrad Region",
        ...     "Administration of the Kursk Region", signed_on="12.05.2016")
        >>> plan = ActionPlan(deal, "2025-2027", signed_on="18.11.2025")
        >>> forum = Event(EventKind.FORUM, "XII Forum of Regions", "17-19.11.2025",
        ...     host=gazetteer.get("RU-LEN"), concerns=plan)
        >>> relations = RegionRelations.of(gazetteer.get("RU-LEN"), forum)
        >>> [e.title for e in relations.events_concerning(deal.terminated("01.01.2026"))]
        ['XII Forum of Regions']
        >>> [e.title for e in relations.events_concerning(plan)]
        ['XII Forum of Regions']

        Raises:
            WrongTypeError: *item* is neither an Agreement nor an ActionPlan.
        """
        if not isinstance(item, Agreement | ActionPlan):
            raise WrongTypeError(
                "must be an Agreement or an ActionPlan",
                cls="RegionRelations.events_concerning",
                field="item",
                value=item,
            )
        chosen = [e for e in self.events if e.concerns_item(item)]
        return tuple(sorted(chosen, key=lambda e: e.when))

    # ---- partners ------------------------------------------------------------------------

    def _in_force_during(self, agreement: Agreement, period: Period) -> bool:
        return any(p.overlaps(period) for p in agreement.periods_in_force(until=period.end))

    def events_in(self, year: int) -> tuple[Event, ...]:
        """The events that took place (at least partly) in *year*, by date."""
        y = _year(year)
        return tuple(sorted((e for e in self.events if e.in_year(y)), key=lambda e: e.when))

    def events_by_partner(self, year: int | None = None) -> dict[Region, tuple[Event, ...]]:
        """The events of *year* (or of all years) grouped by the partners met at them."""
        chosen = self.events if year is None else self.events_in(year)
        grouped: dict[Region, list[Event]] = {}
        for event in chosen:
            for partner in event.partners_of(self.region):
                grouped.setdefault(partner, []).append(event)
        return {p: tuple(es) for p, es in grouped.items()}

    def partners_met(self, year: int) -> tuple[Region, ...]:
        """The regions and countries met at events in *year*, in order of first meeting."""
        return tuple(self.events_by_partner(year))

    def partners_without_agreement(self, year: int) -> tuple[Region, ...]:
        """The partners met in *year* with whom no agreement was in force at any time that year.

        An agreement with a region counts for its country, and one with a country for
        its regions.
        """
        period = Period.year(_year(year))
        covered = [
            r
            for a in self.agreements
            if self._in_force_during(a, period)
            for r in self._counterparts(a)
        ]
        return tuple(
            p for p in self.partners_met(year) if not any(same_partner(p, r) for r in covered)
        )

    def agreements_without_event(self, year: int) -> tuple[Agreement, ...]:
        """The agreements in force at some time in *year* whose partners the region met at
        no event that year, and that no event of the year concerns (directly or through
        one of their plans)."""
        period = Period.year(_year(year))
        met = self.partners_met(year)
        linked = [e for e in self.events_in(year) if e.concerns]
        return tuple(
            a
            for a in self.agreements
            if self._in_force_during(a, period)
            and not any(same_partner(p, r) for p in met for r in self._counterparts(a))
            and not any(e.concerns_item(a) for e in linked)
        )

    def agreements_without_plan(self, on: date | str) -> tuple[Agreement, ...]:
        """The agreements in force on *on* that no plan in force then implements."""
        day = as_date(on, cls="RegionRelations", field="on")
        return agreements_without_plan(self.agreements, self.plans, day)

    def plans_by_agreement(self) -> dict[Agreement, tuple[ActionPlan, ...]]:
        """The plans grouped by the agreement they implement."""
        return plans_by_agreement(self.plans)

    def agreements_in_force(self, on: date | str) -> tuple[Agreement, ...]:
        """The agreements in force on *on*."""
        day = as_date(on, cls="RegionRelations", field="on")
        return tuple(a for a in self.agreements if a.in_force_on(day))

    def trade_in(self, year: int) -> TradeBalance | None:
        """The region's total foreign trade (partner WORLD) for *year*, if given."""
        period = Period.year(_year(year))
        return next(
            (b for b in self.trade if b.partner is WORLD and b.period == period),
            None,
        )

    def findings(self) -> tuple[RelationsFinding, ...]:
        """The findings of every agreement and plan."""
        found = [f for a in self.agreements for f in a.findings()]
        return (*found, *(f for p in self.plans for f in p.findings()))

    # ---- prose ---------------------------------------------------------------------------

    def facts(self, year: int) -> tuple[Fact, ...]:
        """The facts a summary of *year* states, chosen once from the data, each with the
        data it rests on (see :mod:`regionrel.facts`).

        >>> from regionrel import gazetteer
        >>> from regionrel.relations import Event
        >>> lo = gazetteer.get("RU-LEN")
        >>> visit = Event.visit([gazetteer.get("UZ-FA")], to=lo, when=2018)
        >>> [f.kind.name for f in RegionRelations.of(lo, visit).facts(2018)]
        ['VISITS_RECEIVED', 'NO_AGREEMENT_ON_RECORD']
        """
        return year_facts(self, _year(year))

    def summary_of(self, year: int, *, locale: str = "en") -> Summary:
        """The summary of *year* as sentences, each with the fact it states.

        ``str()`` of the result is :meth:`summary`'s text.

        >>> from regionrel import gazetteer
        >>> from regionrel.relations import Event
        >>> lo = gazetteer.get("RU-LEN")
        >>> visit = Event.visit([gazetteer.get("UZ-FA")], to=lo, when=2018)
        >>> [(s.fact.kind.name, s.text) for s in RegionRelations.of(lo, visit).summary_of(2018).sentences]
        [('VISITS_RECEIVED', 'In 2018, a delegation of the Fergana Region (Uzbekistan) visited the Leningrad Region.'), ('NO_AGREEMENT_ON_RECORD', 'No cooperation agreement is on record with the Fergana Region.')]
        """
        y = _year(year)
        chosen = check_locale(locale, cls="RegionRelations.summary")
        return render(self.facts(y), chosen, self.region, y)

    def summary(self, year: int, *, locale: str = "en") -> str:
        """The year's relations as paragraphs in English or Russian, from the data alone.

        Visits received and made, events attended and hosted; agreements signed,
        renewed, suspended, awaiting entry into force, ended (and how: expiry,
        termination, non-renewal, supersession) or of unknown status; action plans
        signed and their execution; total trade (with its change when the previous
        year is known) and trade by partner; then what the records lack: partners met
        with no agreement on record, or none in force, and agreements in force with no
        plan in force on record. The facts are chosen once (:meth:`facts`) and worded
        from one table of phrases (:mod:`regionrel.phrases`), so both languages say the
        same; :meth:`summary_of` gives each sentence with its fact.

        Args:
            year: the year to state.
            locale: ``"en"`` or ``"ru"``. Russian writes numbers with a decimal
                comma and space grouping; region names are declined only where
                the name has a known shape (``... область``, ``... край``,
                ``Республика ...``), else kept in the nominative; titles of
                events, agreements and topics are kept as given.

        Raises:
            WrongTypeError: *year* is not an int, *locale* not a str.
            ValidationError: an unknown *locale*.

        >>> from regionrel import gazetteer
        >>> from regionrel.relations import Event
        >>> lo = gazetteer.get("RU-LEN")
        >>> visit = Event.visit([gazetteer.get("UZ-FA")], to=lo, when=2018)
        >>> print(RegionRelations.of(lo, visit).summary(2018, locale="ru"))
        В 2018 году делегация Ферганской области (Узбекистан) посетила Ленинградскую область.
        <BLANKLINE>
        Сведений о соглашениях о сотрудничестве со следующими партнёрами нет: Ферганская область (Узбекистан).
        """
        return str(self.summary_of(year, locale=locale))

    def _home(self) -> str:
        return with_article(self.region.name)

    _columns = ("kind", "title", "when", "counterparts")

    def _event_counterparts(self, event: Event) -> list[Region]:
        if event.partners:
            return list(event.partners)
        found: list[Region] = []
        for participant in event.participants:
            place = region_of(participant)
            if place != self.region and place not in found:
                found.append(place)
        return found

    def to_records(self) -> list[dict[str, object]]:
        """One row per agreement, action plan, event and trade balance.

        Columns: ``kind`` (``"agreement"``, ``"plan"``, ``"event"``, ``"trade"``),
        ``title``, ``when`` (a day as ISO text, a signing known to the month or year as
        ``"2019-05"`` or ``"2018"``, or a period's text; ``None`` when unknown) and ``counterparts`` (the other side's names, joined by ``"; "``:
        the other parties of an agreement, the partners an event names or else the
        other regions that took part, the partner of a trade balance).
        """
        rows: list[dict[str, object]] = []

        def others(agreement: Agreement) -> str:
            return "; ".join(p.name for p in agreement.parties if p.region != self.region)

        for agreement in self.agreements:
            signed = agreement.signing  # as precisely as known: "2016-05-12", "2019-05", "2018"
            rows.append(
                {
                    "kind": "agreement",
                    "title": agreement.title,
                    "when": None if signed is None else str(signed),
                    "counterparts": others(agreement),
                }
            )
        rows.extend(
            {
                "kind": "plan",
                "title": plan.name,
                "when": str(plan.period),
                "counterparts": others(plan.agreement),
            }
            for plan in self.plans
        )
        rows.extend(
            {
                "kind": "event",
                "title": event.title,
                "when": str(event.when),
                "counterparts": "; ".join(r.name for r in self._event_counterparts(event)),
            }
            for event in self.events
        )
        rows.extend(
            {
                "kind": "trade",
                "title": str(balance),
                "when": plain(balance.period),
                "counterparts": balance.partner.name,
            }
            for balance in self.trade
        )
        return rows

    def __str__(self) -> str:
        counts = (
            (len(self.agreements), "agreement"),
            (len(self.plans), "action plan"),
            (len(self.events), "event"),
            (len(self.trade), "trade balance"),
        )
        listed = ", ".join(f"{n} {noun}{'' if n == 1 else 's'}" for n, noun in counts)
        return f"Relations of {self._home()}: {listed}"
