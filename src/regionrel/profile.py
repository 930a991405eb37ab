"""A region's relations in one place: its agreements, plans, events and trade.

:class:`RegionRelations` gathers what is known about one region, answers the
questions that cut across agreements, plans and events (whom did the region
meet in a year with no agreement in force? which agreements saw no event?
which have no plan in force?), and states a year as English prose in the
manner of regional reports, from the data alone.

>>> from datetime import date, timedelta
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
No cooperation agreement was in force in 2018 with the Fergana Region or the Bukhara Region.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, TypeAlias

import attrs

from regionrel._numbers import check_locale, format_number
from regionrel._validators import as_date, as_tuple, instance_of
from regionrel.display import NotebookDisplay
from regionrel.errors import UnknownRegionError, ValidationError, WrongTypeError
from regionrel.periods import Period
from regionrel.prose import day_text, excess, growth_phrase
from regionrel.regions import Region, RegionKind, with_article
from regionrel.relations import (
    ActionPlan,
    Agreement,
    Event,
    EventKind,
    RelationsFinding,
    agreements_without_plan,
    plans_by_agreement,
    region_of,
)
from regionrel.summary_ru import RussianSummary
from regionrel.tables import Tabular, plain
from regionrel.trade import WORLD, TradeBalance

__all__ = ["RegionRelations", "same_partner"]

#: What :meth:`RegionRelations.of` sorts into place.
Item: TypeAlias = Agreement | ActionPlan | Event | TradeBalance


def same_partner(one: Region, other: Region) -> bool:
    """Whether two regions stand for the same partner: equal, or one is the country the
    other lies in.

    >>> from regionrel import gazetteer
    >>> same_partner(gazetteer.get("UZ"), gazetteer.get("UZ-FA")), same_partner(gazetteer.get("UZ"), gazetteer.get("KZ"))
    (True, False)
    """
    if one == other:
        return True
    for country, inner in ((one, other), (other, one)):
        if country.kind is RegionKind.COUNTRY and inner.country == country.country:
            return True
    return False


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


def _join(items: list[str], word: str = "and") -> str:
    if len(items) <= 2:
        return f" {word} ".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def _year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError(
            "must be an int year", cls="RegionRelations", field="year", value=value
        )
    return value


@attrs.frozen
class RegionRelations(NotebookDisplay, Tabular):
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
        for *region*; a plan's agreement is added when it is missing.

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

    # ---- partners ------------------------------------------------------------------------

    def _counterparts(self, agreement: Agreement) -> tuple[Region, ...]:
        return tuple(p.region for p in agreement.parties if p.region != self.region)

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
        no event that year."""
        period = Period.year(_year(year))
        met = self.partners_met(year)
        return tuple(
            a
            for a in self.agreements
            if self._in_force_during(a, period)
            and not any(same_partner(p, r) for p in met for r in self._counterparts(a))
        )

    def agreements_without_plan(self, on: date | str) -> tuple[Agreement, ...]:
        """The agreements in force on *on* that no plan in force then implements."""
        return agreements_without_plan(self.agreements, self.plans, on)

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

    def summary(self, year: int, *, locale: str = "en") -> str:
        """The year's relations as paragraphs in English or Russian, from the data alone.

        Visits received and made, events attended, agreements signed and ended,
        action plans signed, total trade (with growth when the previous year is
        known), then the gaps: partners met with no agreement in force, agreements
        that saw no event, agreements with no plan in force at the end of the year.

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
        В 2018 году не было действующих соглашений о сотрудничестве со следующими партнёрами: Ферганская область.
        """
        y = _year(year)
        if check_locale(locale, cls="RegionRelations.summary") == "ru":
            return RussianSummary(self, y).text()
        paragraphs = [
            *self._visits(y),
            *self._attended(y),
            *self._agreement_news(y),
            *self._plans_signed(y),
            *self._trade_text(y),
            *self._gaps(y),
        ]
        return "\n\n".join(p for p in paragraphs if p)

    def _home(self) -> str:
        return with_article(self.region.name)

    def _visits(self, year: int) -> list[str]:
        visits = [e for e in self.events_in(year) if e.kind is EventKind.DELEGATION_VISIT]
        received = [e for e in visits if e.host == self.region]
        texts = []
        if received:
            origins: dict[Region, None] = {}
            for event in received:
                for participant in event.participants:
                    region = region_of(participant)
                    if region != self.region:
                        origins.setdefault(region, None)
            noun = "a delegation" if len(origins) == 1 else "delegations"
            texts.append(
                f"In {year}, {noun} of {_regions_text(list(origins))} visited {self._home()}."
            )
            topics = list(dict.fromkeys(t for e in received for t in e.topics))
            if topics:
                texts.append(
                    f"During the {'meeting' if len(received) == 1 else 'meetings'}, the parties "
                    f"discussed {_as_well_as(topics)}."
                )
        for event in visits:
            if event.host is not None and event.host != self.region:
                texts.append(
                    f"In {year}, a delegation of {self._home()} visited {with_article(event.host.name)}."
                )
        return [" ".join(texts[:2]), *texts[2:]] if texts else []

    def _attended(self, year: int) -> list[str]:
        others = [e for e in self.events_in(year) if e.kind is not EventKind.DELEGATION_VISIT]
        hosted = [e for e in others if e.host == self.region]
        attended = [e for e in others if e.host != self.region]
        texts = []
        if attended:
            kinds = sorted({_KIND_PLURAL[e.kind] for e in attended})
            titles = [_title_in_text(e.title) for e in attended]
            titles[0] = titles[0][0].upper() + titles[0][1:]
            texts.append(
                f"In {year}, the delegations of {self._home()} took part in the work of "
                f"{_join(kinds)}: {', '.join(titles)}."
            )
        if hosted:
            texts.append(
                f"In {year}, {self._home()} hosted "
                f"{_join([_title_in_text(e.title) for e in hosted])}."
            )
        return texts

    def _agreement_news(self, year: int) -> list[str]:
        period = Period.year(year)
        texts = []
        signed = [(a, a.signed_on) for a in self.agreements if a.signed_on is not None]
        for agreement, day in signed:
            if day not in period:
                continue
            texts.append(
                f"On {day_text(day)}, the {_title_in_text(agreement.title, article=False)} was signed."
            )
        for agreement in self.agreements:
            end = agreement.ends_on
            if end is not None and end in period:
                status = agreement.status_on(end + timedelta(days=1))
                verb = {
                    "expired": "expired",
                    "terminated": "was terminated",
                    "superseded": "was superseded",
                }[status.value]
                texts.append(
                    f"The {_title_in_text(agreement.title, article=False)} {verb} after {day_text(end)}."
                )
        return [" ".join(texts)] if texts else []

    def _plans_signed(self, year: int) -> list[str]:
        period = Period.year(year)
        # A signing known only to a span of years is stated for a year it lies within.
        signed = [p for p in self.plans if p.signing is not None and period.contains(p.signing)]
        if not signed:
            return []
        parts = [
            f"an action plan {'was signed ' if i == 0 else ''}to implement the "
            f"{_title_in_text(p.agreement.title, article=False)} for {p.period}"
            for i, p in enumerate(signed)
        ]
        return [f"In {year}, {_join(parts)}."]

    def _trade_text(self, year: int) -> list[str]:
        balance = self.trade_in(year)
        if balance is None:
            return []
        previous = self.trade_in(year - 1)
        change = None if previous is None else balance.change_from(previous)

        def money(value: Any) -> str:
            return str(value.format(scale="million", decimals=1, style="name"))

        def changed_by(flow: str) -> str | None:
            return growth_phrase(change, flow, "increased by", "decreased by", locale="en")

        def moved(flow: str) -> str:
            words = changed_by(flow)
            return "" if words is None else f" and {words}"

        turnover = f"At the end of {year}, the foreign trade turnover of {self._home()}"
        words = changed_by("turnover")
        if words is not None:
            turnover += f", as compared with {year - 1}, {words} and"
        turnover += f" amounted to {money(balance.turnover)}."
        exports = (
            f"The value of exports of goods amounted to {money(balance.exports)}{moved('exports')}"
        )
        imports = (
            f"the value of imports of goods amounted to {money(balance.imports)}{moved('imports')}"
        )
        texts = [turnover, f"{exports}; {imports}."]
        over = excess(balance)
        if over is not None:
            more, less = ("Exports", "imports") if over[0] else ("Imports", "exports")
            texts.append(f"{more} exceed {less} by {format_number(over[1])}%.")
        return [" ".join(texts)]

    def _gaps(self, year: int) -> list[str]:
        texts = []
        missing = self.partners_without_agreement(year)
        if missing:
            names = [with_article(r.name) for r in missing]
            texts.append(
                f"No cooperation agreement was in force in {year} with {_join(names, 'or')}."
            )
        quiet = self.agreements_without_event(year)
        if quiet:
            titles = [f"the {_title_in_text(a.title, article=False)}" for a in quiet]
            texts.append(f"No event in {year} concerned {_join(titles)}.")
        last_day = date(year, 12, 31)
        unplanned = self.agreements_without_plan(last_day)
        if unplanned:
            titles = [f"the {_title_in_text(a.title, article=False)}" for a in unplanned]
            verb = "has" if len(unplanned) == 1 else "have"
            texts.append(
                f"On {day_text(last_day)}, {_join(titles)} {verb} no action plan in force."
            )
        return [" ".join(texts)] if texts else []

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
        ``title``, ``when`` (a day as ISO text, or a period's text; ``None`` when
        unknown) and ``counterparts`` (the other side's names, joined by ``"; "``:
        the other parties of an agreement, the partners an event names or else the
        other regions that took part, the partner of a trade balance).
        """
        rows: list[dict[str, object]] = []

        def others(agreement: Agreement) -> str:
            return "; ".join(p.name for p in agreement.parties if p.region != self.region)

        for agreement in self.agreements:
            signed = agreement.signed_on
            rows.append(
                {
                    "kind": "agreement",
                    "title": agreement.title,
                    "when": None if signed is None else signed.isoformat(),
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


_KIND_PLURAL = {
    EventKind.FORUM: "forums",
    EventKind.BUSINESS_FORUM: "forums",
    EventKind.CONFERENCE: "conferences",
    EventKind.MEETING: "meetings",
    EventKind.EXHIBITION: "exhibitions",
    EventKind.DELEGATION_VISIT: "visits",
}


def _title_in_text(title: str, *, article: bool = True) -> str:
    """A title as it reads inside a sentence: "the Ninth ... Forum"."""
    text = title.strip()
    if text[:4].lower() == "the ":
        text = "the " + text[4:]
        return text if article else text[4:]
    return f"the {text}" if article else text


def _as_well_as(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + ", as well as " + items[-1]


def _regions_text(regions: list[Region]) -> str:
    """Regions named as reports name them: "the Fergana and Bukhara Regions (Uzbekistan)"."""
    by_country: dict[str | None, list[Region]] = {}
    for region in regions:
        by_country.setdefault(region.country, []).append(region)
    groups = []
    for code, members in by_country.items():
        names = [m.name for m in members]
        last_words = {n.rsplit(" ", 1)[-1] for n in names}
        if len(names) > 1 and len(last_words) == 1 and all(" " in n for n in names):
            word = last_words.pop()
            heads = [n.rsplit(" ", 1)[0] for n in names]
            text = f"the {_join(heads)} {word}s"
        else:
            text = _join([with_article(n) for n in names])
        country = _country_name(code)
        if country is not None and any(m.kind is not RegionKind.COUNTRY for m in members):
            text += f" ({country})"
        groups.append(text)
    return _join(groups)


def _country_name(code: str | None) -> str | None:
    if code is None:
        return None
    from regionrel import gazetteer

    try:
        return gazetteer.get(code).name
    except (UnknownRegionError, ValidationError):
        return None
