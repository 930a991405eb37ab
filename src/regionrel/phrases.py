"""One table of phrases, English and Russian, that words the facts of a summary.

:mod:`regionrel.facts` chooses what a summary says; this module only says it. Every
sentence comes from one entry of :data:`PHRASES`, keyed by the fact's kind and a
variant (one or many, a day or a month, a way of ending), holding the English and the
Russian text side by side with the same slots. The slots are filled from the fact's
own data, through the English names (:mod:`regionrel.prose`) or the Russian forms
(:mod:`regionrel.summary_ru`); so the two languages cannot state different facts.

:func:`render` returns a :class:`Summary`: paragraphs of :class:`Sentence` values, each
with the fact it states.

>>> from regionrel import gazetteer
>>> from regionrel.facts import Fact, FactKind
>>> fact = Fact(FactKind.NO_AGREEMENT_ON_RECORD, 2018, partners=(gazetteer.get("UZ-FA"),))
>>> str(render((fact,), "en", gazetteer.get("RU-LEN")))
'No cooperation agreement is on record with the Fergana Region.'
>>> str(render((fact,), "ru", gazetteer.get("RU-LEN")))
'Сведений о соглашениях о сотрудничестве со следующими партнёрами нет: Ферганская область (Узбекистан).'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from decimal import Decimal
from typing import Final

import attrs

from regionrel._numbers import format_number
from regionrel._validators import checked_by_annotation
from regionrel.dates import PartialDate
from regionrel.facts import Ending, Fact, FactKind, Section
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.prose import (
    as_well_as,
    day_text,
    excess,
    growth,
    join,
    regions_text,
    title_in_text,
)
from regionrel.regions import GoverningBody, Region, with_article
from regionrel.relations import ActionPlan, Agreement, EventKind
from regionrel.summary_ru import (
    RU_VERBS,
    Case,
    ru_agreement_forms,
    ru_case,
    ru_join,
    ru_name,
    ru_regions_genitive,
    ru_with_country,
    ru_years,
)
from regionrel.trade import TradeChange

__all__ = ["PHRASES", "Phrase", "Sentence", "Summary", "render"]


@attrs.frozen(field_transformer=checked_by_annotation)
class Phrase:
    """A sentence pattern in English and in Russian, with the same ``{slots}``."""

    en: str
    ru: str

    def text(self, locale: str) -> str:
        """The pattern in *locale* (``"en"`` or ``"ru"``)."""
        return self.ru if locale == "ru" else self.en


_P = Phrase

#: The phrases, by fact kind and variant.
PHRASES: Final[Mapping[tuple[FactKind, str], Phrase]] = {
    (FactKind.VISITS_RECEIVED, "one"): _P(
        "In {year}, a delegation of {visitors} visited {home}.",
        "В {year} году делегация {visitors} посетила {home_acc}.",
    ),
    (FactKind.VISITS_RECEIVED, "many"): _P(
        "In {year}, delegations of {visitors} visited {home}.",
        "В {year} году делегации {visitors} посетили {home_acc}.",
    ),
    (FactKind.VISITS_RECEIVED, "one listed"): _P(
        "In {year}, a delegation of {visitors} visited {home}.",
        "В {year} году делегация партнёра посетила {home_acc}: {visitors}.",
    ),
    (FactKind.VISITS_RECEIVED, "many listed"): _P(
        "In {year}, delegations of {visitors} visited {home}.",
        "В {year} году делегации следующих партнёров посетили {home_acc}: {visitors}.",
    ),
    (FactKind.TOPICS_DISCUSSED, "one"): _P(
        "During the meeting, the parties discussed {topics}.",
        "В ходе встречи стороны обсудили {topics}.",
    ),
    (FactKind.TOPICS_DISCUSSED, "many"): _P(
        "During the meetings, the parties discussed {topics}.",
        "В ходе встреч стороны обсудили {topics}.",
    ),
    (FactKind.VISIT_MADE, "one"): _P(
        "In {year}, a delegation of {home} visited {host}.",
        "В {year} году делегация {home_gen} посетила {host}.",
    ),
    (FactKind.VISIT_MADE, "one listed"): _P(
        "In {year}, a delegation of {home} visited {host}.",
        "В {year} году состоялся визит делегации {home_gen} (принимающая сторона: {host}).",
    ),
    (FactKind.EVENTS_ATTENDED, "many"): _P(
        "In {year}, the delegations of {home} took part in the work of {kinds}: {titles}.",
        "В {year} году делегации {home_gen} приняли участие в работе {kinds}: {titles}.",
    ),
    (FactKind.EVENTS_HOSTED, "one"): _P(
        "In {year}, {home} hosted {titles}.",
        "В {year} году в {home_prep} прошло мероприятие: {titles}.",
    ),
    (FactKind.EVENTS_HOSTED, "many"): _P(
        "In {year}, {home} hosted {titles}.",
        "В {year} году в {home_prep} прошли мероприятия: {titles}.",
    ),
    (FactKind.EVENT_CONCERNS, "one"): _P(
        "The {event} concerned {items}.",
        "Мероприятие «{event}» касалось {items}.",
    ),
    (FactKind.AGREEMENT_SIGNED, "day"): _P(
        "On {when}, the {agreement} was signed.",
        "{when} {signed} {agreement}.",
    ),
    (FactKind.AGREEMENT_SIGNED, "month"): _P(
        "In {when}, the {agreement} was signed.",
        "В {when} {signed} {agreement}.",
    ),
    (FactKind.AGREEMENT_SIGNED, "year"): _P(
        "In {year}, the {agreement} was signed.",
        "В {year} году {signed} {agreement}.",
    ),
    (FactKind.AGREEMENT_RENEWED, "one"): _P(
        "On {day}, the {agreement} was renewed automatically.",
        "{day} {agreement} автоматически {renewed}.",
    ),
    (FactKind.AGREEMENT_SUSPENDED, "resumed"): _P(
        "The {agreement} was suspended from {since} to {until}.",
        "Действие {agreement_gen} было приостановлено с {since} по {until}.",
    ),
    (FactKind.AGREEMENT_SUSPENDED, "open"): _P(
        "The {agreement} was suspended from {since}; no resumption is on record.",
        "Действие {agreement_gen} приостановлено с {since}; сведений о возобновлении нет.",
    ),
    (FactKind.AGREEMENT_SUSPENDED, "resumed within"): _P(
        "The {agreement} was suspended from {since} and resumed in {resumed}.",
        "Действие {agreement_gen} было приостановлено с {since} и возобновлено в {resumed}.",
    ),
    (FactKind.AGREEMENT_AWAITING_ENTRY, "one"): _P(
        "On {day}, the {agreement} had been signed but had not yet entered into force.",
        "На {day} {agreement} {signed}, но ещё не {entered} в силу.",
    ),
    (FactKind.AGREEMENT_ENDED, Ending.EXPIRY.value): _P(
        "The {agreement} expired {after}.",
        "{agreement} {ended} действие {after} в связи с истечением срока.",
    ),
    (FactKind.AGREEMENT_ENDED, Ending.TERMINATION.value): _P(
        "The {agreement} was terminated {after}.",
        "{agreement} {terminated}; последний день действия: {last}.",
    ),
    (FactKind.AGREEMENT_ENDED, Ending.TERMINATION.value + " by"): _P(
        "The {agreement} was terminated by {party} {after}.",
        "{agreement} {terminated} по инициативе стороны ({party}); последний день "
        "действия: {last}.",
    ),
    (FactKind.AGREEMENT_ENDED, Ending.NON_RENEWAL.value): _P(
        "The {agreement} was not renewed and ended {after}: {party} gave notice of "
        "non-renewal {notice}.",
        "{agreement} {ended} действие {after} в связи с уведомлением стороны ({party}) "
        "{notice} о нежелании продлевать его.",
    ),
    (FactKind.AGREEMENT_ENDED, Ending.NON_RENEWAL.value + " unnamed"): _P(
        "The {agreement} was not renewed and ended {after}: notice of non-renewal was "
        "given {notice}.",
        "{agreement} {ended} действие {after} в связи с уведомлением одной из сторон "
        "{notice} о нежелании продлевать его.",
    ),
    (FactKind.AGREEMENT_ENDED, Ending.SUPERSESSION.value): _P(
        "The {agreement} was superseded by the {successor} {after}.",
        "{agreement} {lost} силу {after} в связи с заключением соглашения «{successor}».",
    ),
    (FactKind.AGREEMENT_STATUS_UNKNOWN, "no signing"): _P(
        "The {agreement} is on record without a signing date, so whether it was in force "
        "in {year} is not known.",
        "Дата подписания {agreement_gen} в данных не указана, поэтому неизвестно, "
        "действовал ли документ в {year} году.",
    ),
    (FactKind.AGREEMENT_STATUS_UNKNOWN, "imprecise"): _P(
        "The dates on record do not tell whether the {agreement} was in force in {year}.",
        "По имеющимся датам неизвестно, {acted} ли {agreement} в {year} году.",
    ),
    (FactKind.PLANS_SIGNED, "one"): _P(
        "In {year}, {plans}.",
        "В {year} году подписан план мероприятий {plans}.",
    ),
    (FactKind.PLANS_SIGNED, "many"): _P(
        "In {year}, {plans}.",
        "В {year} году подписаны планы мероприятий: {plans}.",
    ),
    (FactKind.PLAN_EXECUTION, "one"): _P(
        "On {day}, {done} of {measures} of the {plan} had been reported done{late} and "
        "{overdue} {were} overdue{annual}.",
        "На {day} из {measures} {plan} выполнено {done}{late}, просрочено {overdue}{annual}.",
    ),
    (FactKind.PLAN_EXECUTION, "ended"): _P(
        "On {day}, {done} of {measures} of the {plan} had been reported done{late}{annual}; "
        "its agreement having ended, no measure is counted as overdue.",
        "На {day} из {measures} {plan} выполнено {done}{late}{annual}; соглашение прекратило "
        "действие, просроченные мероприятия не учитываются.",
    ),
    (FactKind.PLAN_EXECUTION, "annual"): _P(
        "On {day}, of the {occurrences} of the annual measures of the {plan} due by then, "
        "{occ_done} had been reported done{occ_late} and {occ_overdue} {occ_were} overdue.",
        "На {day} по ежегодным мероприятиям {plan} из {occurrences} со сроком по эту дату "
        "выполнено {occ_done}{occ_late}, просрочено {occ_overdue}.",
    ),
    (FactKind.PLAN_EXECUTION, "annual ended"): _P(
        "On {day}, of the {occurrences} of the annual measures of the {plan} due by then, "
        "{occ_done} had been reported done{occ_late}; its agreement having ended, none is "
        "counted as overdue.",
        "На {day} по ежегодным мероприятиям {plan} из {occurrences} со сроком по эту дату "
        "выполнено {occ_done}{occ_late}; соглашение прекратило действие, просроченные "
        "мероприятия не учитываются.",
    ),
    (FactKind.TRADE_TURNOVER, "alone"): _P(
        "At the end of {year}, the foreign trade turnover of {home} amounted to {turnover}.",
        "По итогам {year} года внешнеторговый оборот {home_gen} составил {turnover}.",
    ),
    (FactKind.TRADE_TURNOVER, "compared"): _P(
        "At the end of {year}, the foreign trade turnover of {home}, as compared with "
        "{before}, {change} and amounted to {turnover}.",
        "По итогам {year} года внешнеторговый оборот {home_gen} по сравнению с {before} "
        "годом {change} и составил {turnover}.",
    ),
    (FactKind.TRADE_FLOWS, "one"): _P(
        "The value of exports of goods amounted to {exports}{exports_change}; the value of "
        "imports of goods amounted to {imports}{imports_change}.",
        "Стоимостной объём экспорта товаров составил {exports}{exports_change}; "
        "стоимостной объём импорта товаров составил {imports}{imports_change}.",
    ),
    (FactKind.TRADE_EXCESS, "up"): _P(
        "Exports exceed imports by {pct}%.",
        "Экспорт превышает импорт на {pct}%.",
    ),
    (FactKind.TRADE_EXCESS, "down"): _P(
        "Imports exceed exports by {pct}%.",
        "Импорт превышает экспорт на {pct}%.",
    ),
    (FactKind.TRADE_EXCESS, "up less"): _P(
        "Exports exceed imports by less than 1%.",
        "Экспорт превышает импорт менее чем на 1%.",
    ),
    (FactKind.TRADE_EXCESS, "down less"): _P(
        "Imports exceed exports by less than 1%.",
        "Импорт превышает экспорт менее чем на 1%.",
    ),
    (FactKind.TRADE_EXCESS, "same"): _P(
        "Exports equal imports.",
        "Экспорт равен импорту.",
    ),
    (FactKind.TRADE_WITH_PARTNER, "one"): _P(
        "In {year}, trade with {partner} amounted to {turnover}: exports {exports}, imports "
        "{imports}.",
        "В {year} году оборот торговли с партнёром {partner} составил {turnover}: экспорт "
        "{exports}, импорт {imports}.",
    ),
    (FactKind.NO_AGREEMENT_ON_RECORD, "many"): _P(
        "No cooperation agreement is on record with {partners}.",
        "Сведений о соглашениях о сотрудничестве со следующими партнёрами нет: {partners}.",
    ),
    (FactKind.NO_AGREEMENT_IN_FORCE, "many"): _P(
        "No agreement on record with {partners} was in force in {year}.",
        "Ни одно из имеющихся в данных соглашений со следующими партнёрами не действовало "
        "в {year} году: {partners}.",
    ),
    (FactKind.NO_PLAN_ON_RECORD, "many"): _P(
        "On {day}, no action plan in force is on record for {agreements}.",
        "На {day} нет сведений о действующем плане мероприятий по соглашениям: {agreements}.",
    ),
}

#: How a figure moved, by direction and whether its rounded rate is nil.
CHANGES: Final[Mapping[str, Phrase]] = {
    "up": _P("increased by {pct}%", "увеличился на {pct}%"),
    "down": _P("decreased by {pct}%", "уменьшился на {pct}%"),
    "up less": _P("increased by less than 0.1%", "увеличился менее чем на 0,1%"),
    "down less": _P("decreased by less than 0.1%", "уменьшился менее чем на 0,1%"),
    "same": _P("did not change", "не изменился"),
}

#: The parts of a plan's execution: its annual measures' yearly occurrences beside its
#: measures due once, and how many of those done were done late.
EXECUTION: Final[Mapping[str, Phrase]] = {
    "annual": _P(
        "; of the {occurrences} of its annual measures due by then, {occ_done} had been "
        "reported done{occ_late} and {occ_overdue} {occ_were} overdue",
        "; по ежегодным мероприятиям из {occurrences} со сроком по эту дату выполнено "
        "{occ_done}{occ_late}, просрочено {occ_overdue}",
    ),
    "annual ended": _P(
        "; of the {occurrences} of its annual measures due by then, {occ_done} had been "
        "reported done{occ_late}",
        "; по ежегодным мероприятиям из {occurrences} со сроком по эту дату выполнено "
        "{occ_done}{occ_late}",
    ),
    "late one": _P(" ({n} after its deadline)", " (из них с нарушением срока: {n})"),
    "late many": _P(" ({n} after their deadlines)", " (из них с нарушением срока: {n})"),
}

#: Event kinds in the plural (English) or genitive plural (Russian).
KINDS: Final[Mapping[EventKind, Phrase]] = {
    EventKind.FORUM: _P("forums", "форумов"),
    EventKind.BUSINESS_FORUM: _P("forums", "форумов"),
    EventKind.CONFERENCE: _P("conferences", "конференций"),
    EventKind.MEETING: _P("meetings", "встреч"),
    EventKind.EXHIBITION: _P("exhibitions", "выставок"),
    EventKind.DELEGATION_VISIT: _P("visits", "визитов"),
}

_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTHS_RU_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
_MONTHS_RU_PREP = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]


@attrs.frozen(field_transformer=checked_by_annotation)
class Sentence:
    """One sentence of a summary, with the fact it states."""

    #: The sentence as written.
    text: str
    #: The fact it states.
    fact: Fact

    def __str__(self) -> str:
        return self.text


@attrs.frozen(field_transformer=checked_by_annotation)
class Summary:
    """A year's summary: paragraphs of sentences, each sentence with its fact.

    ``str(summary)`` is the text: sentences joined by spaces, paragraphs by blank lines.
    """

    #: The year summarised.
    year: int
    #: ``"en"`` or ``"ru"``.
    locale: str
    #: The paragraphs, each a tuple of sentences.
    paragraphs: tuple[tuple[Sentence, ...], ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence, in order."""
        return tuple(s for p in self.paragraphs for s in p)

    def __str__(self) -> str:
        return "\n\n".join(" ".join(s.text for s in p) for p in self.paragraphs)


class _Words:
    """Names and figures in one locale; remembers when the home region had to be called
    "регион" for want of its forms, so the paragraph can name it first."""

    def __init__(self, locale: str, home: Region) -> None:
        self.locale = locale
        self.home_region = home
        self.vague = False

    @property
    def ru(self) -> bool:
        return self.locale == "ru"

    def home(self, case: Case = "nom") -> str:
        if not self.ru:
            return with_article(self.home_region.name)
        form = ru_case(ru_name(self.home_region), case)
        if form is not None:
            return form
        self.vague = True
        return {"nom": "регион", "gen": "региона", "acc": "регион", "prep": "регионе"}[case]

    def partners(self, regions: list[Region], word: str) -> str:
        if self.ru:
            return ", ".join(ru_with_country(r, self.home_region) for r in regions)
        return join([with_article(r.name) for r in regions], word)

    def agreement(self, agreement: Agreement, case: Case = "nom") -> str:
        if not self.ru:
            return title_in_text(agreement.title, article=False)
        nominative, genitive, _ = ru_agreement_forms(agreement.title)
        return genitive if case == "gen" else nominative

    def verb(self, agreement: Agreement, key: str) -> str:
        return RU_VERBS[key][ru_agreement_forms(agreement.title)[2]] if self.ru else ""

    def agreements(self, agreements: tuple[Agreement, ...]) -> str:
        if self.ru:
            return ", ".join(f"«{a.title.strip()}»" for a in agreements)
        return join([f"the {self.agreement(a)}" for a in agreements])

    def body(self, body: GoverningBody) -> str:
        """A party: in English its body's name, in Russian its region's name (bodies
        have no Russian names on record)."""
        return ru_name(body.region) if self.ru else title_in_text(body.name)

    def number(self, value: Decimal | int) -> str:
        return format_number(value, locale=self.locale)

    def money(self, value: Money) -> str:
        return str(value.format(scale="million", decimals=1, locale=self.locale, style="name"))

    def change(self, change: TradeChange | None, flow: str) -> str | None:
        moved = growth(change, flow)
        if moved is None:
            return None
        way, pct = moved
        key = f"{way} less" if way != "same" and pct == 0 else way
        return CHANGES[key].text(self.locale).format(pct=self.number(pct))

    def month(self, period: Period) -> str:
        month = period.start.month - 1
        if self.ru:
            return f"{_MONTHS_RU_PREP[month]} {period.start.year} года"
        return f"{_MONTHS_EN[month]} {period.start.year}"

    def partial(self, period: Period, case: str) -> str:
        """A day, a month or a year: "12.05.2025", "May 2025" ("мае"/"мая 2025 года"),
        "2025" ("2025 году"/"2025 года"), for Russian in the prepositional or genitive."""
        precision = _precision(period)
        year = period.start.year
        if precision == "day":
            return day_text(period.start)
        if not self.ru:
            return self.month(period) if precision == "month" else str(year)
        if precision == "month":
            months = _MONTHS_RU_PREP if case == "prep" else _MONTHS_RU_GEN
            return f"{months[period.start.month - 1]} {year} года"
        return f"{year} {'году' if case == 'prep' else 'года'}"

    def dated(self, period: Period, *, en: str, ru: str) -> str:
        """*period* after its preposition: "on 01.11.2025" / "in May 2025"; Russian "от
        01.11.2025" / "в мае 2025 года"."""
        if _precision(period) == "day":
            return f"{'от' if self.ru else en} {day_text(period.start)}"
        return f"{'в' if self.ru else 'in'} {self.partial(period, 'prep')}"


def _period(partial: PartialDate) -> Period:
    return Period(partial.earliest, partial.latest)


def _precision(period: Period) -> str:
    if period.start == period.end:
        return "day"
    if period == Period.month(period.start.year, period.start.month):
        return "month"
    return "year"


Slots = tuple[str, dict[str, object]]


def _visits_received(fact: Fact, w: _Words) -> Slots:
    partners = list(fact.partners)
    many = "one" if len(partners) == 1 else "many"
    if not w.ru:
        return many, {"visitors": regions_text(partners)}
    genitive = ru_regions_genitive(partners, w.home_region)
    if genitive is None:
        return f"{many} listed", {"visitors": w.partners(partners, "и")}
    return many, {"visitors": genitive}


def _topics(fact: Fact, w: _Words) -> Slots:
    many = "one" if len(fact.events) == 1 else "many"
    topics = list(fact.topics)
    if w.ru:
        text = (
            topics[0] if len(topics) == 1 else ", ".join(topics[:-1]) + ", а также " + topics[-1]
        )
        return many, {"topics": text}
    return many, {"topics": as_well_as(topics)}


def _visit_made(fact: Fact, w: _Words) -> Slots:
    host = fact.partners[0]
    if not w.ru:
        return "one", {"host": with_article(host.name)}
    there = ru_case(ru_name(host), "acc")
    return ("one", {"host": there}) if there else ("one listed", {"host": ru_name(host)})


def _titles(fact: Fact, w: _Words, word: str) -> str:
    if w.ru:
        return ", ".join(e.title.strip() for e in fact.events)
    titles = [title_in_text(e.title) for e in fact.events]
    return ", ".join(titles) if word == "," else join(titles)


def _attended(fact: Fact, w: _Words) -> Slots:
    kinds = sorted({KINDS[e.kind].text(w.locale) for e in fact.events})
    joined = ru_join(kinds) if w.ru else join(kinds)
    return "many", {"kinds": joined, "titles": _titles(fact, w, ",")}


def _hosted(fact: Fact, w: _Words) -> Slots:
    return ("one" if len(fact.events) == 1 else "many"), {"titles": _titles(fact, w, "and")}


def _plan_name(plan: ActionPlan, w: _Words, case: Case = "nom") -> str:
    """A plan as a summary names it: its title, else what it implements and for when."""
    if w.ru:
        if plan.title:
            return f"{'плана' if case == 'gen' else 'план'} «{plan.title.strip()}»"
        head = "плана мероприятий" if case == "gen" else "план мероприятий"
        return f"{head} по реализации {w.agreement(plan.agreement, 'gen')} {ru_years(plan.period)}"
    if plan.title:
        return title_in_text(plan.title)
    return f"the action plan to implement the {w.agreement(plan.agreement)} for {plan.period}"


def _concerns(fact: Fact, w: _Words) -> Slots:
    event = fact.events[0]
    # an agreement named through its plan is not named again on its own
    alone = [a for a in fact.agreements if not any(a.is_same_as(p.agreement) for p in fact.plans)]
    if w.ru:
        parts = [w.agreement(a, "gen") for a in alone]
        parts += [_plan_name(p, w, "gen") for p in fact.plans]
        return "one", {"event": event.title.strip(), "items": ru_join(parts)}
    parts = [f"the {w.agreement(a)}" for a in alone] + [_plan_name(p, w) for p in fact.plans]
    return "one", {"event": title_in_text(event.title, article=False), "items": join(parts)}


def _agreement_slots(fact: Fact, w: _Words) -> dict[str, object]:
    assert fact.agreement is not None
    a = fact.agreement
    slots: dict[str, object] = {
        "agreement": w.agreement(a),
        "agreement_gen": w.agreement(a, "gen"),
    }
    for key in RU_VERBS:
        slots[key] = w.verb(a, key)
    if fact.day is not None:
        slots["day"] = day_text(fact.day)
    return slots


def _signed(fact: Fact, w: _Words) -> Slots:
    assert fact.period is not None
    precision = _precision(fact.period)
    when = day_text(fact.period.start) if precision == "day" else w.month(fact.period)
    return precision, {**_agreement_slots(fact, w), "when": when}


def _one(fact: Fact, w: _Words) -> Slots:
    return "one", _agreement_slots(fact, w)


def _suspended(fact: Fact, w: _Words) -> Slots:
    assert fact.act is not None
    slots = _agreement_slots(fact, w)
    slots["since"] = w.partial(_period(fact.act.when), "gen")
    resumption = fact.resumption
    if resumption is None:
        return "open", slots
    if resumption.on is None:
        return "resumed within", {**slots, "resumed": w.partial(_period(resumption.when), "prep")}
    return "resumed", {**slots, "until": day_text(resumption.on - timedelta(days=1))}


def _ended(fact: Fact, w: _Words) -> Slots:
    assert fact.ending is not None
    slots = _agreement_slots(fact, w)
    if fact.day is not None:
        slots["after"] = f"{'после' if w.ru else 'after'} {day_text(fact.day)}"
        slots["last"] = day_text(fact.day)
    else:  # the last day known only to lie in a range of days
        assert fact.period is not None
        one = timedelta(days=1)
        first, final = fact.period.start, fact.period.end
        ceased = (day_text(first + one), day_text(final + one))
        slots["after"] = (
            "в период с {} по {}".format(*ceased) if w.ru else "between {} and {}".format(*ceased)
        )
        slots["last"] = f"в период с {day_text(first)} по {day_text(final)}"
    act = fact.act
    if fact.ending is Ending.TERMINATION and act is not None and act.by is not None:
        return "termination by", {**slots, "party": w.body(act.by)}
    if fact.ending is Ending.NON_RENEWAL and act is not None:
        slots["notice"] = w.dated(_period(act.when), en="on", ru="от")
        if act.by is None:
            return f"{fact.ending.value} unnamed", slots
        slots["party"] = w.body(act.by)
    if fact.ending is Ending.SUPERSESSION and act is not None:
        successor = act.successor or ""
        slots["successor"] = successor if w.ru else title_in_text(successor, article=False)
    return fact.ending.value, slots


def _unknown(fact: Fact, w: _Words) -> Slots:
    return ("no signing" if fact.period is None else "imprecise"), _agreement_slots(fact, w)


def _plans_signed(fact: Fact, w: _Words) -> Slots:
    many = "one" if len(fact.plans) == 1 else "many"
    if w.ru:
        parts = [
            f"по реализации {w.agreement(p.agreement, 'gen')} {ru_years(p.period)}"
            for p in fact.plans
        ]
        return many, {"plans": ru_join(parts)}
    parts = [
        f"an action plan {'was signed ' if i == 0 else ''}to implement the "
        f"{w.agreement(p.agreement)} for {p.period}"
        for i, p in enumerate(fact.plans)
    ]
    return many, {"plans": join(parts)}


def _execution(fact: Fact, w: _Words) -> Slots:
    plan = fact.plans[0]
    assert fact.day is not None
    if w.ru:
        name = (
            f"«{plan.title}»"
            if plan.title
            else f"плана мероприятий по реализации {w.agreement(plan.agreement, 'gen')} "
            f"{ru_years(plan.period)}"
        )
    else:
        name = (
            title_in_text(plan.title, article=False)
            if plan.title
            else f"action plan to implement the {w.agreement(plan.agreement)} for {plan.period}"
        )
    ended = "" if fact.ending is None else " ended"
    total = len(plan.measures) - len({m for m, _ in fact.occurrences})
    occurrences = _count(
        len(fact.occurrences),
        ("yearly occurrence", "yearly occurrences"),
        ("исполнения", "исполнений"),
        w,
    )
    annual: dict[str, object] = {
        "occurrences": occurrences,
        "occ_done": len(fact.occurrences_done),
        "occ_late": _late(len(fact.occurrences_late), w),
        "occ_overdue": len(fact.occurrences_overdue),
        "occ_were": "was" if len(fact.occurrences_overdue) == 1 else "were",
    }
    common = {"day": day_text(fact.day), "plan": name}
    recurring = any(m.is_recurring for m in plan.measures)
    if recurring and total == 0:
        return f"annual{ended}", {**common, **annual}
    clause = EXECUTION[f"annual{ended}"].text(w.locale).format(**annual) if recurring else ""
    return "one" if fact.ending is None else "ended", {
        **common,
        "measures": _count(total, ("measure", "measures"), ("мероприятия", "мероприятий"), w),
        "done": len(fact.done),
        "late": _late(len(fact.late), w),
        "overdue": len(fact.overdue),
        "were": "was" if len(fact.overdue) == 1 else "were",
        "annual": clause,
    }


def _count(n: int, en: tuple[str, str], ru: tuple[str, str], w: _Words) -> str:
    """*n* and its noun: "1 measure", "2 measures"; "1 мероприятия", "5 мероприятий" (the
    genitive after "из")."""
    if w.ru:
        return f"{n} {ru[0] if n % 10 == 1 and n % 100 != 11 else ru[1]}"
    return f"{n} {en[0] if n == 1 else en[1]}"


def _late(n: int, w: _Words) -> str:
    if n == 0:
        return ""
    return EXECUTION["late one" if n == 1 else "late many"].text(w.locale).format(n=n)


def _turnover(fact: Fact, w: _Words) -> Slots:
    assert fact.balance is not None
    change = None if fact.previous is None else fact.balance.change_from(fact.previous)
    words = w.change(change, "turnover")
    slots: dict[str, object] = {
        "turnover": w.money(fact.balance.turnover),
        "before": fact.year - 1,
    }
    if words is None:
        return "alone", slots
    return "compared", {**slots, "change": words}


def _flows(fact: Fact, w: _Words) -> Slots:
    assert fact.balance is not None
    change = None if fact.previous is None else fact.balance.change_from(fact.previous)
    glue = " и " if w.ru else " and "
    slots: dict[str, object] = {}
    for flow in ("exports", "imports"):
        words = w.change(change, flow)
        slots[flow] = w.money(fact.balance.value(flow))
        slots[f"{flow}_change"] = "" if words is None else glue + words
    return "one", slots


def _excess(fact: Fact, w: _Words) -> Slots:
    assert fact.balance is not None
    over = excess(fact.balance)
    assert over is not None
    way, pct = over
    key = f"{way} less" if way != "same" and pct == 0 else way
    return key, {"pct": w.number(pct)}


def _with_partner(fact: Fact, w: _Words) -> Slots:
    assert fact.balance is not None
    partner = fact.partners[0]
    name = ru_with_country(partner, w.home_region) if w.ru else with_article(partner.name)
    return "one", {
        "partner": name,
        "turnover": w.money(fact.balance.turnover),
        "exports": w.money(fact.balance.exports),
        "imports": w.money(fact.balance.imports),
    }


def _partners(fact: Fact, w: _Words) -> Slots:
    return "many", {"partners": w.partners(list(fact.partners), "or")}


def _unplanned(fact: Fact, w: _Words) -> Slots:
    assert fact.day is not None
    return "many", {"day": day_text(fact.day), "agreements": w.agreements(fact.agreements)}


_SLOTS: Final[Mapping[FactKind, Callable[[Fact, _Words], Slots]]] = {
    FactKind.VISITS_RECEIVED: _visits_received,
    FactKind.TOPICS_DISCUSSED: _topics,
    FactKind.VISIT_MADE: _visit_made,
    FactKind.EVENTS_ATTENDED: _attended,
    FactKind.EVENTS_HOSTED: _hosted,
    FactKind.EVENT_CONCERNS: _concerns,
    FactKind.AGREEMENT_SIGNED: _signed,
    FactKind.AGREEMENT_RENEWED: _one,
    FactKind.AGREEMENT_SUSPENDED: _suspended,
    FactKind.AGREEMENT_AWAITING_ENTRY: _one,
    FactKind.AGREEMENT_ENDED: _ended,
    FactKind.AGREEMENT_STATUS_UNKNOWN: _unknown,
    FactKind.PLANS_SIGNED: _plans_signed,
    FactKind.PLAN_EXECUTION: _execution,
    FactKind.TRADE_TURNOVER: _turnover,
    FactKind.TRADE_FLOWS: _flows,
    FactKind.TRADE_EXCESS: _excess,
    FactKind.TRADE_WITH_PARTNER: _with_partner,
    FactKind.NO_AGREEMENT_ON_RECORD: _partners,
    FactKind.NO_AGREEMENT_IN_FORCE: _partners,
    FactKind.NO_PLAN_ON_RECORD: _unplanned,
}


def _sentence(fact: Fact, w: _Words) -> str:
    variant, slots = _SLOTS[fact.kind](fact, w)
    pattern = PHRASES[(fact.kind, variant)].text(w.locale)
    common: dict[str, object] = {"year": fact.year}
    cases: tuple[tuple[str, Case], ...] = (
        ("home", "nom"),
        ("home_gen", "gen"),
        ("home_acc", "acc"),
        ("home_prep", "prep"),
    )
    for name, case in cases:
        if "{" + name + "}" in pattern and name not in slots:
            common[name] = w.home(case) if w.ru else w.home()
    text = pattern.format(**common, **slots)
    return text[0].upper() + text[1:]


def render(facts: tuple[Fact, ...], locale: str, home: Region, year: int = 0) -> Summary:
    """Word *facts* about *home*'s relations in *locale*, one sentence a fact, one
    paragraph a section.

    In Russian, a paragraph that had to call the home region "регион" (its case forms
    not being known) starts by naming it: "Чеченская Республика: в 2019 году ...".
    """
    paragraphs: list[tuple[Sentence, ...]] = []
    for section in Section:
        chosen = [f for f in facts if f.section is section]
        if not chosen:
            continue
        words = _Words(locale, home)
        sentences = [Sentence(_sentence(f, words), f) for f in chosen]
        if words.vague:
            first = sentences[0]
            named = f"{ru_name(home)}: {first.text[0].lower()}{first.text[1:]}"
            sentences[0] = Sentence(named, first.fact)
        paragraphs.append(tuple(sentences))
    return Summary(facts[0].year if facts else year, locale, tuple(paragraphs))
