"""RegionRelations.summary(year, locale="ru"): the seed's paragraphs in Russian."""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel._numbers import parse_number
from regionrel.agreements import Agreement
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.events import Delegation, Event
from regionrel.plans import ActionPlan
from regionrel.profile import RegionRelations
from tests.seed_world import ADM_KURSK, BUKHARA, FERGANA, GOV_CRIMEA, GOV_LO, LO, TRADE, balance

CRIMEA_AGREEMENT = Agreement(
    "Соглашение о сотрудничестве между Правительством Ленинградской области и Советом "
    "министров Республики Крым",
    (GOV_LO, GOV_CRIMEA),
    signed_on=date(2015, 6, 18),
)
KURSK_AGREEMENT = Agreement(
    "Соглашение между Правительством Ленинградской области и Администрацией Курской области "
    "о торгово-экономическом, научно-техническом и социально-культурном сотрудничестве",
    (GOV_LO, ADM_KURSK),
    signed_on=date(2016, 5, 12),
    term="5 years",
)
CRIMEA_PLAN = ActionPlan(CRIMEA_AGREEMENT, "2018-2021", signed_on=date(2018, 4, 10))
KURSK_PLAN = ActionPlan(KURSK_AGREEMENT, "2018-2020", signed_on=date(2018, 9, 20))
TOPICS = (
    "перспективы торгово-экономического сотрудничества",
    "реализацию инвестиционных проектов в агропромышленном комплексе",
    "заключение соглашений о сотрудничестве",
)
VISITS = (
    Event.visit([FERGANA], to=LO, when=2018, topics=TOPICS),
    Event.visit([BUKHARA], to=LO, when=2018, topics=TOPICS[1:]),
)
FORUM_TITLES = (
    "IX Российско-Азербайджанский межрегиональный форум",
    "VII Российско-Армянский межрегиональный форум",
)
FORUMS = tuple(
    Event.from_title(title, when=2018, participants=[Delegation(LO)]) for title in FORUM_TITLES
)


@pytest.fixture
def seed() -> RegionRelations:
    return RegionRelations.of(LO, CRIMEA_PLAN, KURSK_PLAN, VISITS, FORUMS, TRADE)


def test_the_seed_in_russian(seed: RegionRelations) -> None:
    visits, forums, plans, trade, gaps = seed.summary(2018, locale="ru").split("\n\n")
    assert visits == (
        "В 2018 году делегации Ферганской и Бухарской областей (Узбекистан) посетили "
        "Ленинградскую область. В ходе встреч стороны обсудили перспективы "
        "торгово-экономического сотрудничества, реализацию инвестиционных проектов в "
        "агропромышленном комплексе, а также заключение соглашений о сотрудничестве."
    )
    assert forums == (
        "В 2018 году делегации Ленинградской области приняли участие в работе форумов: "
        "IX Российско-Азербайджанский межрегиональный форум, VII Российско-Армянский "
        "межрегиональный форум."
    )
    assert plans == (
        "В 2018 году подписаны планы мероприятий: по реализации Соглашения о сотрудничестве "
        "между Правительством Ленинградской области и Советом министров Республики Крым на "
        "2018-2021 годы и по реализации Соглашения между Правительством Ленинградской области "
        "и Администрацией Курской области о торгово-экономическом, научно-техническом и "
        "социально-культурном сотрудничестве на 2018-2020 годы."
    )
    assert trade == (
        "По итогам 2018 года внешнеторговый оборот Ленинградской области по сравнению с 2017 "
        "годом увеличился на 21,5% и составил 11 224,9 млн долл. США. Стоимостной объём "
        "экспорта товаров составил 7 109,0 млн долл. США и увеличился на 25,7%; стоимостной "
        "объём импорта товаров составил 4 115,9 млн долл. США и увеличился на 14,8%. Экспорт "
        "превышает импорт на 73%."
    )
    # Was "не было действующих соглашений ..." for partners the data merely has no
    # agreement with, and "не состоялось ни одного мероприятия по соглашениям" though events
    # are never linked to agreements: both said more than the data.
    assert gaps == (
        "Сведений о соглашениях о сотрудничестве со следующими партнёрами нет: Ферганская "
        "область (Узбекистан), Бухарская область (Узбекистан), Азербайджан, Армения."
    )


def test_english_is_the_default_and_unchanged(seed: RegionRelations) -> None:
    assert seed.summary(2018) == seed.summary(2018, locale="en")
    assert seed.summary(2018).startswith("In 2018, delegations of the Fergana and Bukhara")


def test_a_krai_a_republic_and_a_year_without_trade() -> None:
    krai, chechnya, tatarstan = (gazetteer.get(c) for c in ("RU-KDA", "RU-CE", "RU-TA"))
    azerbaijan = gazetteer.get("AZ")
    events = (
        Event.visit([tatarstan, azerbaijan], to=krai, when=2019),
        Event.visit([Delegation(krai)], to=chechnya, when=2019),
        Event.visit([Delegation(krai)], to=tatarstan, when=2019),
    )
    relations = RegionRelations.of(krai, *events, balance(krai, 2020, "1e6", "2e6"))
    assert relations.summary(2019, locale="ru").split("\n\n") == [
        # Azerbaijan's genitive is not in the table: the visitors are listed by name
        "В 2019 году делегации следующих партнёров посетили Краснодарский край: "
        "Республика Татарстан (Татарстан), Азербайджан. В 2019 году состоялся визит делегации "
        "Краснодарского края (принимающая сторона: Чеченская Республика). В 2019 году "
        "делегация Краснодарского края посетила Республику Татарстан (Татарстан).",
        "Сведений о соглашениях о сотрудничестве со следующими партнёрами нет: Республика "
        "Татарстан (Татарстан), Азербайджан, Чеченская Республика.",
    ]
    # a region whose forms are not known is named once, then called "регион"
    home = RegionRelations.of(
        chechnya,
        Event.visit([krai], to=chechnya, when=2019),
        Event.from_title("Форум регионов", when=2019, host=chechnya),
        balance(chechnya, 2019, "100e6", "400e6"),
    )
    assert home.summary(2019, locale="ru").split("\n\n")[:3] == [
        "Чеченская Республика: в 2019 году делегация Краснодарского края посетила регион.",
        "Чеченская Республика: в 2019 году в регионе прошло мероприятие: Форум регионов.",
        "Чеченская Республика: по итогам 2019 года внешнеторговый оборот региона составил "
        "500,0 млн долл. США. Стоимостной объём экспорта товаров составил 100,0 млн долл. США; "
        "стоимостной объём импорта товаров составил 400,0 млн долл. США. Импорт превышает "
        "экспорт на 300%.",
    ]


@pytest.mark.parametrize(
    ("locale", "error", "message"),
    [
        (
            "fr",
            ValidationError,
            "RegionRelations.summary: 'locale' must be 'en' or 'ru' (got 'fr')",
        ),
        (
            None,
            WrongTypeError,
            "RegionRelations.summary: 'locale' must be a str, 'en' or 'ru' (got None)",
        ),
    ],
)
def test_bad_locale(seed: RegionRelations, locale: object, error: type, message: str) -> None:
    with pytest.raises(error) as caught:
        seed.summary(2018, locale=locale)  # type: ignore[arg-type]
    assert str(caught.value) == message


NUM = r"\d{1,3}(?: \d{3})*(?:,\d)?"
# a change is "не изменился" only when the amounts are equal; a rate that rounds to nil
# is "менее чем на 0,1%" (never "на 0,0%")
CHANGE = rf"(увеличился на|уменьшился на|увеличился менее чем на|уменьшился менее чем на|не изменился)(?: ({NUM})%)?"
TRADE_RU = re.compile(
    rf"По итогам 2021 года внешнеторговый оборот Ленинградской области по сравнению с 2020 "
    rf"годом {CHANGE} и составил ({NUM}) млн долл\. США\. "
    rf"Стоимостной объём экспорта товаров составил ({NUM}) млн долл\. США и "
    rf"{CHANGE}; стоимостной объём импорта товаров составил ({NUM}) "
    rf"млн долл\. США и {CHANGE}\. "
    rf"(?:(Экспорт превышает импорт|Импорт превышает экспорт) (на|менее чем на) ({NUM})%"
    rf"|(Экспорт равен импорту))\."
)
millions = st.decimals(min_value=1, max_value=10**6, places=1)


def _read(text: str) -> Decimal:
    return parse_number(text, locale="ru").value


def _pct(part: Decimal, whole: Decimal, places: int) -> Decimal:
    # Exactly, in rationals, then half-up as a report rounds: the library divides
    # Decimals; this is an independent computation.
    exact = abs(Fraction(part) * 100 / Fraction(whole)) * 10**places
    return Decimal(math.floor(exact + Fraction(1, 2))).scaleb(-places)


def _check_change(words: str, figure: str | None, new: Decimal, old: Decimal) -> None:
    rate = _pct(new - old, old, 1)
    if new == old:
        assert (words, figure) == ("не изменился", None)
    elif rate == 0:
        expected = "увеличился" if new > old else "уменьшился"
        assert (words, figure) == (f"{expected} менее чем на", "0,1")
    else:
        assert words == ("увеличился на" if new > old else "уменьшился на")
        assert figure is not None
        assert _read(figure) == rate


@given(millions, millions, millions, millions)
def test_russian_numbers_read_back(x0: Decimal, m0: Decimal, x1: Decimal, m1: Decimal) -> None:
    this = balance(LO, 2021, f"{x1}e6", f"{m1}e6")
    before = balance(LO, 2020, f"{x0}e6", f"{m0}e6")
    text = RegionRelations.of(LO, this, before).summary(2021, locale="ru")
    match = TRADE_RU.fullmatch(text)
    assert match is not None, text
    (tw, tf, turnover, exports, xw, xf, imports, mw, mf, more, by, excess, equal) = match.groups()
    assert _read(turnover) == x1 + m1
    assert (_read(exports), _read(imports)) == (x1, m1)
    _check_change(tw, tf, x1 + m1, x0 + m0)
    _check_change(xw, xf, x1, x0)
    _check_change(mw, mf, m1, m0)
    if x1 == m1:
        assert equal is not None
    else:
        rate = _pct(x1 - m1, m1, 0) if x1 > m1 else _pct(m1 - x1, x1, 0)
        assert more == ("Экспорт превышает импорт" if x1 > m1 else "Импорт превышает экспорт")
        assert (by, _read(excess)) == (("менее чем на", Decimal(1)) if rate == 0 else ("на", rate))


@pytest.mark.parametrize("locale", ["en", "ru"])
def test_summary_percentages_round_the_exact_amounts_half_up(locale: str) -> None:
    # +0.15% exactly: a float reads it as 0.149999..., which rounded to "0.1%".
    # Exports exceed imports by 72.5% exactly: half-up gives 73, half-even 72.
    this = balance(LO, 2021, "100.15e6", "58.0579710144927536231884058e6")
    before = balance(LO, 2020, "100e6", "58.0579710144927536231884058e6")
    text = RegionRelations.of(LO, this, before).summary(2021, locale=locale)
    if locale == "en":
        assert "amounted to 100.2 million US dollars and increased by 0.2%" in text
        assert (
            "the value of imports of goods amounted to 58.1 million US dollars and did not change"
            in text
        )
    else:
        assert "составил 100,2 млн долл. США и увеличился на 0,2%" in text
        assert "составил 58,1 млн долл. США и не изменился" in text
    exact = balance(LO, 2021, "172.5e6", "100e6")
    text = RegionRelations.of(LO, exact).summary(2021, locale=locale)
    assert ("by 73%" if locale == "en" else "на 73%") in text


@pytest.mark.parametrize("locale", ["en", "ru"])
def test_no_growth_is_stated_from_a_year_without_that_flow(locale: str) -> None:
    this = balance(LO, 2021, "5e6", "2e6")
    before = balance(LO, 2020, "0", "1e6")
    text = RegionRelations.of(LO, this, before).summary(2021, locale=locale)
    exports = text.split(";")[0]
    assert "%" not in exports.split("5.0" if locale == "en" else "5,0")[-1]
    assert ("by 100.0%" if locale == "en" else "на 100,0%") in text  # imports doubled
