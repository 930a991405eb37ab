"""Places (ranks) as real paragraphs state them (issue 15): read over tokens and lemmas,
attributed to the reporter, a partner, a goods group or another region, to the main
period or another one; only the reporter's exact places for the main period go into the
report, each group at its level."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import TradeReport
from regionrel.text import extract
from regionrel.text.places import PlaceMention, merge_ranks
from regionrel.text.statements import Entity, TimeRole

_RU_TRADE = "Внешнеторговый оборот области вырос на 5%. "
_EN_TRADE = "Foreign trade turnover of the region rose 5%. "


def _ranks(text: str, locale: str) -> list[tuple[str, str]]:
    report = TradeReport.from_text(text, locale=locale)
    return [(name, figure.text) for name, figure in report.figures if name.startswith("rank")]


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        # Russian: ordinals in figures and in words, elided repetition, groups.
        (
            "ru",
            _RU_TRADE + "Республика занимает 1-е место в ПФО и 5-е в России.",
            [("rank:turnover", "1"), ("rank:turnover@Россия", "5")],
        ),
        (
            "ru",
            "По объему экспорта Татарстан занимает 1-е место среди регионов ПФО и 5-е в России.",
            [("rank:exports", "1"), ("rank:exports@Россия", "5")],
        ),
        (
            "ru",
            _RU_TRADE + "Среди регионов Сибирского федерального округа область занимает третье "
            "место, а в России – 25-е.",
            [("rank:turnover", "3"), ("rank:turnover@Россия", "25")],
        ),
        (
            "ru",
            _RU_TRADE + "Область находится на пятом месте среди регионов ЦФО по импорту.",
            [("rank:imports", "5")],
        ),
        (
            "ru",
            "Экспорт вырос. Регион занимает второе место по экспорту и третье по импорту в ДФО.",
            [("rank:exports", "2"), ("rank:imports", "3")],
        ),
        (
            "ru",
            _RU_TRADE + "По товарообороту Вологодская область занимает третье место среди "
            "регионов Северо-Западного федерального округа.",
            [("rank:turnover", "3")],
        ),
        (
            "ru",
            _RU_TRADE + "Область поднялась с 7-го на 5-е место в СЗФО.",
            [("rank:turnover", "5")],
        ),
        (
            "ru",
            _RU_TRADE + "Кузбасс сохраняет первое место во внешней торговле среди регионов СФО. "
            "Среди всех регионов страны область по внешней торговле на шестом месте.",
            [("rank:turnover", "1"), ("rank:turnover@Россия", "6")],
        ),
        (
            "ru",
            "Внешнеторговый оборот области в 2022 году вырос на 5%. По итогам 2021 года область "
            "занимала 4-е место в СЗФО, по итогам 2022 года — 3-е.",
            [("rank:turnover", "3")],
        ),
        (
            "ru",
            "По итогам 2022 года экспорт области составил 3 млн долларов, область заняла 7-м "
            "местом по импорту среди регионов СЗФО.",
            [("rank:imports", "7")],
        ),
        (
            "ru",
            _RU_TRADE + "Область поднялась с 7-го места на 5-е в Российской Федерации.",
            [("rank:turnover", "5")],
        ),
        (
            "ru",
            _RU_TRADE + "Область занимает 12-е место по России.",
            [("rank:turnover", "12")],
        ),
        # English: suffixes and words, verbs, "among the regions of", districts.
        (
            "en",
            _EN_TRADE + "The region ranked 9th in the Russian Federation in the ranking.",
            [("rank:turnover", "9")],
        ),
        (
            "en",
            "Foreign trade of the region totaled $27.6 million. The region ranked 5th in the Ural "
            "Federal District.",
            [("rank:turnover", "5")],
        ),
        (
            "en",
            "Trade grew 5%. The region came fifth among the regions of the Volga Federal District "
            "and 20th in Russia in terms of exports.",
            [("rank:turnover", "5"), ("rank:exports", "20")],
        ),
        (
            "en",
            "Exports rose 5%. The region holds the 2nd position in Russia in exports.",
            [("rank:exports", "2")],
        ),
        (
            "en",
            _EN_TRADE + "The region ranks 3rd among Russian regions in foreign trade turnover.",
            [("rank:turnover", "3")],
        ),
        (
            "en",
            "Exports rose. The region took first place in exports and third place in imports.",
            [("rank:exports", "1"), ("rank:imports", "3")],
        ),
        (
            "en",
            "Yakutia was second in the Far Eastern Federal District by total exports and fifth by "
            "exports of non-primary non-energy goods, and 17th among the regions of Russia by "
            "exports.",
            [("rank:exports", "2"), ("rank:exports@Russia", "17")],
        ),
    ],
)
def test_the_reporters_places_go_into_the_report(
    locale: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _ranks(text, locale) == expected
    assert TradeReport.from_text(text, locale=locale).audit().ok


@pytest.mark.parametrize(
    ("locale", "text", "entity", "time", "bound"),
    [
        # a partner's place among the reporter's partners
        (
            "ru",
            "Китай занимает первое место среди торговых партнеров области по объему "
            "товарооборота.",
            Entity.PARTNER,
            TimeRole.MAIN,
            False,
        ),
        (
            "en",
            _EN_TRADE + "Kazakhstan ranks first among the region's trading partners.",
            Entity.PARTNER,
            TimeRole.MAIN,
            False,
        ),
        (
            "en",
            "Belarus ranks fourth among the largest buyers of Tatarstan exports.",
            Entity.PARTNER,
            TimeRole.MAIN,
            False,
        ),
        (
            "ru",
            _RU_TRADE + "Среди стран, откуда регион ввозит товары, второе место у Китая.",
            Entity.PARTNER,
            TimeRole.MAIN,
            False,
        ),
        # another region's place, or one the text does not give to anyone
        (
            "ru",
            _RU_TRADE + "По импорту первое место у Санкт-Петербурга.",
            None,
            TimeRole.MAIN,
            False,
        ),
        (
            "ru",
            _RU_TRADE + "Калининградская область обеспечивает пятую часть импорта. Это второе "
            "место в округе.",
            None,
            TimeRole.MAIN,
            False,
        ),
        (
            "ru",
            _RU_TRADE + "Несырьевой экспорт области занимает 5-е место в СЗФО.",
            Entity.GOODS,
            TimeRole.MAIN,
            False,
        ),
        # another period
        (
            "ru",
            _RU_TRADE + "В прошлом году область занимала 4-е место в СЗФО.",
            Entity.REPORTER,
            TimeRole.PREVIOUS,
            False,
        ),
        (
            "en",
            _EN_TRADE + "A year earlier the region ranked 4th in the district.",
            Entity.REPORTER,
            TimeRole.PREVIOUS,
            False,
        ),
        (
            "ru",
            "Внешнеторговый оборот области в 2022 году вырос на 5%. В 2021 году область "
            "занимала 4-е место в СЗФО.",
            Entity.REPORTER,
            TimeRole.PREVIOUS,
            False,
        ),
        (
            "en",
            "Foreign trade turnover rose 5% in 2022. In 2021 the region was placed 4th in the "
            "Northwestern Federal District.",
            Entity.REPORTER,
            TimeRole.PREVIOUS,
            False,
        ),
        (
            "ru",
            "Внешнеторговый оборот области в 2022 году вырос на 5%. В 2019 году область "
            "занимала 9-е место в СЗФО.",
            Entity.REPORTER,
            TimeRole.OTHER,
            False,
        ),
        # bounds: "in the top ten" is not a place
        (
            "ru",
            _RU_TRADE + "Область входит в десятку регионов России.",
            Entity.REPORTER,
            TimeRole.MAIN,
            True,
        ),
        (
            "ru",
            "Товарооборот вырос. Область вошла в тройку лидеров СЗФО по объему экспорта.",
            Entity.REPORTER,
            TimeRole.MAIN,
            True,
        ),
        (
            "en",
            "Exports grew. The region is among the top 10 regions of Russia by exports.",
            Entity.REPORTER,
            TimeRole.MAIN,
            True,
        ),
    ],
)
def test_places_that_are_not_the_reporters_stay_typed_items(
    locale: str, text: str, entity: Entity | None, time: TimeRole, bound: bool
) -> None:
    found = extract(text, locale=locale)
    assert [(p.entity, p.time, p.bound) for p in found.places] == [(entity, time, bound)]
    assert found.ranks == ()
    assert _ranks(text, locale) == []


def test_a_place_in_a_partners_ranking_keeps_the_ranking() -> None:
    found = extract(
        "Товарооборот области с Беларусью вырос в 3,1 раза. Смоленщина входит в десятку главных "
        "российских торговых партнеров Беларуси, а рост позволил ей подняться на четвертое место "
        "в этом рейтинге.",
        locale="ru",
    )
    assert [(p.position, p.bound, p.entity) for p in found.places] == [
        (10, True, Entity.PARTNER),
        (4, False, Entity.PARTNER),
    ]
    assert found.ranks == ()


@pytest.mark.parametrize("top", ["top-5", "top five"])
def test_an_english_top_list_is_a_bound(top: str) -> None:
    found = extract(_EN_TRADE + f"The region is in the {top} regions of Russia.", locale="en")
    assert [(p.position, p.bound, p.group) for p in found.places] == [(5, True, "Russia")]


def test_a_bound_keeps_its_size_group_and_flow() -> None:
    found = extract(
        "Товарооборот вырос. Область вошла в тройку лидеров СЗФО по объему экспорта.", locale="ru"
    )
    (place,) = found.places
    assert (place.position, place.group, place.flow.value) == (3, "СЗФО", "exports")
    assert found.at(place.span) == "тройку лидеров СЗФО по объему экспорта"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        # places in something that is not trade
        ("ru", _RU_TRADE + "Область занимает первое место по производству молока."),
        ("en", _EN_TRADE + "The region ranks first in Russia by its index of farm production."),
        ("ru", _RU_TRADE + "Область заняла первое место в конкурсе экспортеров."),
        ("en", _EN_TRADE + "The region took first place in the regional export contest."),
        # ordinals that are not places
        ("ru", "Во внешней торговле области в первом полугодии 2022 года экспорт вырос на 5%."),
        (
            "en",
            "In the first half of 2022 foreign trade turnover rose 5%, the second year running.",
        ),
        ("en", _EN_TRADE + "China is the second-largest partner of the region."),
        # a share is not a place
        ("ru", "Экспорт занимает 42% товарооборота области."),
        # no trade in the text and none named: no flow to give the place
        ("ru", "Республика занимает 1-е место в ПФО по числу туристов."),
    ],
)
def test_what_is_not_a_trade_place_is_not_read(locale: str, text: str) -> None:
    found = extract(text, locale=locale)
    assert found.places == ()
    assert found.ranks == ()


@pytest.mark.parametrize(
    ("locale", "text", "count"),
    [
        ("ru", "Область торговала со 125 странами. Экспорт составил 2 млрд долларов.", "125"),
        ("ru", "Область торговала с 94 странами. Экспорт составил 2 млрд долларов.", "94"),
        (
            "en",
            "The region traded with partners from 54 countries. Exports were $2 billion.",
            "54",
        ),
    ],
)
def test_counts_still_read_beside_places(locale: str, text: str, count: str) -> None:
    report = TradeReport.from_text(text, locale=locale)
    assert dict(report.figures)["partner_count"].text == count


def test_the_seeds_places_keep_their_group() -> None:
    text = (
        _EN_TRADE + "In the North-West Federal District, the Leningrad Region took the 2nd place "
        "in exports and the 3rd place in imports."
    )
    found = extract(text)
    assert [(p.position, p.flow.value, p.group) for p in found.places] == [
        (2, "exports", "North-West Federal District"),
        (3, "imports", "North-West Federal District"),
    ]
    assert [(r.position, r.group) for r in found.ranks] == [
        (2, "North-West Federal District"),
        (3, "North-West Federal District"),
    ]


def test_the_seed_phrasing_keeps_its_rank() -> None:
    text = "Область заняла 2-е место по экспорту в Северо-Западном федеральном округе."
    found = extract(text, locale="ru")
    assert [(r.position, r.role.value) for r in found.ranks] == [(2, "exports")]


def test_a_rank_the_phrase_passes_read_is_dropped_when_the_place_is_a_partners() -> None:
    text = "Китай занимает 1-е место по объему товарооборота среди торговых партнеров области."
    found = extract(text, locale="ru")
    assert found.ranks == ()
    assert [p.entity for p in found.places] == [Entity.PARTNER]


def test_merge_keeps_a_phrase_rank_no_place_overlaps() -> None:
    from regionrel.text.items import FlowRole, RankMention

    rank = RankMention(2, FlowRole.EXPORTS, (0, 10))
    other = PlaceMention(3, FlowRole.IMPORTS, (20, 30))
    partner = PlaceMention(1, FlowRole.TURNOVER, (40, 50), entity=Entity.PARTNER)
    merged = merge_ranks([rank], [other, partner])
    assert [(r.position, r.role) for r in merged] == [(2, FlowRole.EXPORTS), (3, FlowRole.IMPORTS)]


@given(
    position=st.integers(min_value=1, max_value=200),
    group=st.sampled_from([("ПФО", "ПФО"), ("СЗФО", "СЗФО"), ("России", "Россия")]),
)
def test_any_written_place_reads_back(position: int, group: tuple[str, str]) -> None:
    text = _RU_TRADE + f"Область занимает {position}-е место в {group[0]} по объему экспорта."
    (place,) = extract(text, locale="ru").places
    assert (place.position, place.group, place.flow.value) == (position, group[1], "exports")
    assert place.entity is Entity.REPORTER


@given(
    position=st.integers(min_value=1, max_value=200),
    suffix=st.sampled_from(["st", "nd", "rd", "th"]),
)
def test_any_english_place_reads_back(position: int, suffix: str) -> None:
    text = _EN_TRADE + f"The region ranked {position}{suffix} among the regions of Russia."
    assert _ranks(text, "en") == [("rank:turnover", str(position))]
