"""The Russian prose of a region's relations: ``RegionRelations.summary(year, locale="ru")``.

Region names are declined only where the name has a known shape (``... область``,
``... край``, ``Республика ...``), else kept in the nominative; titles are kept as given.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from regionrel._numbers import format_number
from regionrel.errors import UnknownRegionError, ValidationError
from regionrel.periods import Period
from regionrel.prose import day_text, excess, growth_phrase
from regionrel.regions import Region, RegionKind
from regionrel.relations import Agreement, EventKind, region_of

if TYPE_CHECKING:
    from regionrel.profile import RegionRelations

__all__ = ["RussianSummary"]

_RU_KIND_GENITIVE_PLURAL = {
    EventKind.FORUM: "форумов",
    EventKind.BUSINESS_FORUM: "форумов",
    EventKind.CONFERENCE: "конференций",
    EventKind.MEETING: "встреч",
    EventKind.EXHIBITION: "выставок",
    EventKind.DELEGATION_VISIT: "визитов",
}

#: Russian names whose case forms follow from their shape: an adjective in -ая
#: with "область", an adjective in -ий/-ый with "край", "Республика" followed by a
#: name that stays as it is. Any other name is kept in the nominative.
_RU_OBLAST = re.compile(r"^(\w+)ая область$")
_RU_KRAI = re.compile(r"^(\w+)(?:ий|ый) край$")
_RU_REPUBLIC = re.compile(r"^Республика (\S.*)$")

#: An agreement's title that starts with one of these words is declined by that word.
_RU_TITLE_HEADS = {
    "Соглашение": ("Соглашения", "подписано"),
    "Договор": ("Договора", "подписан"),
    "Меморандум": ("Меморандума", "подписан"),
}


def _ru_case(name: str, case: str) -> str | None:
    """*name* in the genitive (``"gen"``) or accusative (``"acc"``), or None when its
    shape is not one whose forms are known."""
    if match := _RU_OBLAST.match(name):
        stem = match.group(1)
        return f"{stem}ой области" if case == "gen" else f"{stem}ую область"
    if match := _RU_KRAI.match(name):
        stem = match.group(1)
        return f"{stem}ого края" if case == "gen" else name
    if match := _RU_REPUBLIC.match(name):
        word = "Республики" if case == "gen" else "Республику"
        return f"{word} {match.group(1)}"
    return None


def _ru_name(region: Region) -> str:
    return region.name_ru or region.name


def _ru_join(items: list[str], word: str = "и") -> str:
    if len(items) <= 2:
        return f" {word} ".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def _ru_title(title: str) -> str:
    return f"«{title.strip()}»"


def _ru_agreement(agreement: Agreement) -> tuple[str, str]:
    """The agreement in the genitive, and the past participle that agrees with it."""
    title = agreement.title.strip()
    head, _, rest = title.partition(" ")
    if head in _RU_TITLE_HEADS and rest:
        genitive, participle = _RU_TITLE_HEADS[head]
        return f"{genitive} {rest}", participle
    return f"соглашения {_ru_title(title)}", "подписано"


def _ru_years(period: Period) -> str:
    start, end = period.start.year, period.end.year
    return f"на {start} год" if start == end else f"на {start}-{end} годы"


@attrs.frozen
class RussianSummary:
    """The paragraphs of :meth:`RegionRelations.summary` in Russian."""

    relations: RegionRelations
    year: int

    def text(self) -> str:
        paragraphs = [
            self._visits(),
            self._attended(),
            self._agreement_news(),
            self._plans_signed(),
            self._trade_text(),
            self._gaps(),
        ]
        return "\n\n".join(p for p in paragraphs if p)

    def _home(self, case: str) -> str:
        """The home region in *case*: its own form when known, else "региона"/"регион"
        (the paragraph then starts by naming the region)."""
        form = _ru_case(_ru_name(self.relations.region), case)
        if form is not None:
            return form
        return "региона" if case == "gen" else "регион"

    def _paragraph(self, sentences: list[str], *, name_it: bool = False) -> str:
        """Join *sentences*; start with "Name: " when the home region's case forms are
        not known (or *name_it*), so that "региона" in them has something to refer to."""
        if not sentences:
            return ""
        text = " ".join(sentences)
        name = _ru_name(self.relations.region)
        if name_it or _ru_case(name, "gen") is None:
            return f"{name}: {text[0].lower()}{text[1:]}"
        return text

    def _visits(self) -> str:
        y, region = self.year, self.relations.region
        visits = [e for e in self.relations.events_in(y) if e.kind is EventKind.DELEGATION_VISIT]
        received = [e for e in visits if e.host == region]
        texts = []
        if received:
            origins: dict[Region, None] = {}
            for event in received:
                for participant in event.participants:
                    place = region_of(participant)
                    if place != region:
                        origins.setdefault(place, None)
            one = len(origins) == 1
            home = self._home("acc")
            visitors = _ru_regions_genitive(list(origins), region)
            noun, verb = ("делегация", "посетила") if one else ("делегации", "посетили")
            if visitors is None:
                listed = ", ".join(_ru_with_country(r, region) for r in origins)
                whose = "партнёра" if one else "следующих партнёров"
                texts.append(f"В {y} году {noun} {whose} {verb} {home}: {listed}.")
            else:
                texts.append(f"В {y} году {noun} {visitors} {verb} {home}.")
            topics = list(dict.fromkeys(t.strip() for e in received for t in e.topics))
            if topics:
                joined = (
                    topics[0]
                    if len(topics) == 1
                    else (", ".join(topics[:-1]) + ", а также " + topics[-1])
                )
                meetings = "встречи" if len(received) == 1 else "встреч"
                texts.append(f"В ходе {meetings} стороны обсудили {joined}.")
        for event in visits:
            host = event.host
            if host is not None and host != region:
                home = self._home("gen")
                there = _ru_case(_ru_name(host), "acc")
                if there is None:
                    sentence = (
                        f"В {y} году состоялся визит делегации {home} "
                        f"(принимающая сторона: {_ru_name(host)})."
                    )
                else:
                    sentence = f"В {y} году делегация {home} посетила {there}."
                texts.append(sentence)
        return self._paragraph(texts)

    def _attended(self) -> str:
        y, region = self.year, self.relations.region
        others = [
            e for e in self.relations.events_in(y) if e.kind is not EventKind.DELEGATION_VISIT
        ]
        hosted = [e for e in others if e.host == region]
        attended = [e for e in others if e.host != region]
        texts = []
        if attended:
            home = self._home("gen")
            kinds = sorted({_RU_KIND_GENITIVE_PLURAL[e.kind] for e in attended})
            titles = [e.title.strip() for e in attended]
            titles[0] = titles[0][0].upper() + titles[0][1:]
            texts.append(
                f"В {y} году делегации {home} приняли участие в работе "
                f"{_ru_join(kinds)}: {', '.join(titles)}."
            )
        if hosted:
            titles = [e.title.strip() for e in hosted]
            what = "прошло мероприятие" if len(titles) == 1 else "прошли мероприятия"
            texts.append(f"В {y} году в регионе {what}: {', '.join(titles)}.")
        return self._paragraph(texts, name_it=not attended)

    def _agreement_news(self) -> str:
        period = Period.year(self.year)
        texts = []
        for agreement in self.relations.agreements:
            signed = agreement.signed_on
            if signed is not None and signed in period:
                genitive, participle = _ru_agreement(agreement)
                if genitive.startswith("соглашения "):
                    texts.append(
                        f"{day_text(signed)} подписано соглашение {_ru_title(agreement.title)}."
                    )
                else:
                    texts.append(f"{day_text(signed)} {participle} {agreement.title.strip()}.")
        for agreement in self.relations.agreements:
            end = agreement.ends_on
            if end is not None and end in period:
                status = agreement.status_on(end + timedelta(days=1))
                reason = {
                    "expired": "в связи с истечением срока",
                    "terminated": "в связи с расторжением",
                    "superseded": "в связи с заменой новым соглашением",
                }[status.value]
                genitive, _ = _ru_agreement(agreement)
                texts.append(f"Действие {genitive} прекращено после {day_text(end)} {reason}.")
        return " ".join(texts)

    def _plans_signed(self) -> str:
        period = Period.year(self.year)
        signed = [
            p for p in self.relations.plans if p.signing is not None and period.contains(p.signing)
        ]
        if not signed:
            return ""
        parts = [
            f"по реализации {_ru_agreement(p.agreement)[0]} {_ru_years(p.period)}" for p in signed
        ]
        if len(parts) == 1:
            return f"В {self.year} году подписан план мероприятий {parts[0]}."
        return f"В {self.year} году подписаны планы мероприятий: {_ru_join(parts)}."

    def _trade_text(self) -> str:
        y = self.year
        balance = self.relations.trade_in(y)
        if balance is None:
            return ""
        previous = self.relations.trade_in(y - 1)
        change = None if previous is None else balance.change_from(previous)

        def money(value: Any) -> str:
            return str(value.format(scale="million", decimals=1, locale="ru", style="name"))

        def changed_by(flow: str) -> str | None:
            return growth_phrase(change, flow, "увеличился на", "уменьшился на", locale="ru")

        def moved(flow: str) -> str:
            words = changed_by(flow)
            return "" if words is None else f" и {words}"

        home = self._home("gen")
        turnover = f"По итогам {y} года внешнеторговый оборот {home}"
        words = changed_by("turnover")
        if words is not None:
            turnover += f" по сравнению с {y - 1} годом {words} и"
        turnover += f" составил {money(balance.turnover)}."
        exports = f"Стоимостной объём экспорта товаров составил {money(balance.exports)}{moved('exports')}"
        imports = f"стоимостной объём импорта товаров составил {money(balance.imports)}{moved('imports')}"
        texts = [turnover, f"{exports}; {imports}."]
        over = excess(balance)
        if over is not None:
            more, less = ("Экспорт", "импорт") if over[0] else ("Импорт", "экспорт")
            texts.append(f"{more} превышает {less} на {format_number(over[1], locale='ru')}%.")
        return self._paragraph(texts)

    def _gaps(self) -> str:
        y, relations = self.year, self.relations
        texts = []
        missing = relations.partners_without_agreement(y)
        if missing:
            names = ", ".join(_ru_name(r) for r in missing)
            texts.append(
                f"В {y} году не было действующих соглашений о сотрудничестве "
                f"со следующими партнёрами: {names}."
            )
        quiet = relations.agreements_without_event(y)
        if quiet:
            titles = ", ".join(_ru_title(a.title) for a in quiet)
            texts.append(
                f"В {y} году не состоялось ни одного мероприятия по соглашениям: {titles}."
            )
        last_day = date(y, 12, 31)
        unplanned = relations.agreements_without_plan(last_day)
        if unplanned:
            titles = ", ".join(_ru_title(a.title) for a in unplanned)
            texts.append(
                f"На {day_text(last_day)} нет действующего плана мероприятий по соглашениям: {titles}."
            )
        return " ".join(texts)


def _ru_with_country(region: Region, home: Region) -> str:
    abroad = region.kind is not RegionKind.COUNTRY and region.country != home.country
    country = _country_name_ru(region) if abroad else None
    return _ru_name(region) + (f" ({country})" if country else "")


def _country_name_ru(region: Region) -> str | None:
    if region.country is None:
        return None
    from regionrel import gazetteer

    try:
        return _ru_name(gazetteer.get(region.country))
    except (UnknownRegionError, ValidationError):
        return None


def _ru_regions_genitive(regions: list[Region], home: Region) -> str | None:
    """Regions in the genitive, grouped by country: "Ферганской и Бухарской областей
    (Узбекистан)", the country named only when it is not *home*'s; None when a name's
    genitive is not known."""
    by_country: dict[str | None, list[Region]] = {}
    for region in regions:
        by_country.setdefault(region.country, []).append(region)
    groups = []
    for members in by_country.values():
        names = [_ru_name(m) for m in members]
        forms = [_ru_case(n, "gen") for n in names]
        if any(f is None for f in forms):
            return None
        stems = [m.group(1) for n in names if (m := _RU_OBLAST.match(n))]
        if len(members) > 1 and len(stems) == len(members):
            text = _ru_join([f"{s}ой" for s in stems]) + " областей"
        else:
            text = _ru_join([f for f in forms if f is not None])
        first = members[0]
        if first.kind is not RegionKind.COUNTRY and first.country != home.country:
            country = _country_name_ru(first)
            text += f" ({country})" if country else ""
        groups.append(text)
    return _ru_join(groups)
