"""The phrase grammar piece by piece: each stock phrase, in both languages, and its edge cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given

from regionrel import TradeReport
from regionrel.periods import Period
from regionrel.scales import Scale
from regionrel.text import (
    Direction,
    FlowRole,
    PeriodRole,
    SubjectKind,
    extract,
    report_from_text,
    split_sentences,
)
from tests.strategies.text import Paragraph, paragraphs


def _figures(text: str, locale: str = "en") -> dict[str, Decimal]:
    """The report's figures read from *text*, by name."""
    return {
        name: figure.value for name, figure in TradeReport.from_text(text, locale=locale).figures
    }


def _reads(text: str, locale: str, figures: dict[str, str]) -> TradeReport:
    """The report read from *text*, once its figures are *figures* (values as text)."""
    report = TradeReport.from_text(text, locale=locale)
    expected = {name: Decimal(value) for name, value in figures.items()}
    assert {name: figure.value for name, figure in report.figures} == expected
    return report


RU_RELATIONS = (
    "В 2019 году делегации Ферганской и Бухарской областей посетили Ленинградскую область. "
    "Подписан план мероприятий по реализации Соглашения между Правительством Ленинградской "
    "области и Советом министров Республики Крым о торгово-экономическом, научно-техническом "
    "сотрудничестве на 2019-2021 годы. Делегация приняла участие в IX Российско-Азербайджанском "
    "межрегиональном форуме."
)


def test_russian_relations() -> None:
    found = extract(RU_RELATIONS, locale="ru")
    (visit,) = found.visits
    assert [v.region.name for v in visit.visitors] == ["Fergana Region", "Bukhara Region"]
    assert visit.host is not None
    assert visit.host.region.name == "Leningrad Region"
    (plan,) = found.plans
    assert [p.region.name for p in plan.agreement.parties if p.region] == [
        "Leningrad Region",
        "Republic of Crimea",
    ]
    assert plan.agreement.subjects == ("торгово-экономическом", "научно-техническом")
    assert plan.term is not None
    assert plan.term.period == Period.span(2019, 2021)
    (forum,) = found.forums
    assert forum.edition == 9
    assert [c.name for c in forum.countries] == ["Russia", "Azerbaijan"]


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        ("In 2019, the delegation took part in the 5th Russian-Belarusian Forum.", 5),
        ("In 2019, the delegation took part in the XIV Russian-Belarusian Forum.", 14),
        ("In 2019, the delegation took part in the Twelfth Russian-Kazakh Forum.", 12),
    ],
)
def test_forum_editions(text: str, edition: int) -> None:
    (forum,) = extract(text).forums
    assert forum.edition == edition
    assert forum.countries[0].name == "Russia"


@pytest.mark.parametrize(
    ("text", "locale", "name", "countries"),
    [
        # A title ends where its capitalised words end, not at the end of the sentence.
        (
            "In 2018 the Fifth Forum of Regions of Russia and Belarus was held in St Petersburg.",
            "en",
            "Fifth Forum of Regions of Russia and Belarus",
            ["Russia", "Belarus"],
        ),
        (
            "In 2019 the Third Forum of the Regions of Russia and Kazakhstan in Omsk gathered.",
            "en",
            "Third Forum of the Regions of Russia and Kazakhstan",
            ["Russia", "Kazakhstan"],
        ),
        (
            "In 2019 the 10th Summit for Trade and Investment was held.",
            "en",
            "10th Summit for Trade and Investment",
            [],
        ),
        # Russian titles in the genitive, soft-sign names declined.
        (
            "В 2018 году прошёл IX Форум регионов России и Беларуси в Санкт-Петербурге.",
            "ru",
            "IX Форум регионов России и Беларуси",
            ["Russia", "Belarus"],
        ),
        (
            "В 2019 году прошёл X Форум молодёжи Ленинградской области и Республики Беларусь.",
            "ru",
            "X Форум молодёжи Ленинградской области и Республики Беларусь",
            ["Leningrad Region", "Belarus"],
        ),
        ("В 2019 году состоялся II Форум в Санкт-Петербурге.", "ru", "II Форум", []),
    ],
)
def test_forum_titles_end_with_their_capitalised_words(
    text: str, locale: str, name: str, countries: list[str]
) -> None:
    (forum,) = extract(text, locale=locale).forums
    assert forum.name == name
    assert [c.name for c in forum.countries] == countries


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Беларуси", "Belarus"),
        ("Беларусью", "Belarus"),
        ("Китае", "China"),
        ("Казахстане", "Kazakhstan"),
        ("Санкт-Петербурге", "Saint Petersburg"),
    ],
)
def test_russian_case_forms_of_soft_sign_and_hard_stem_names(form: str, name: str) -> None:
    (mention,) = extract(f"Делегация работала в 2019 году: {form}.", locale="ru").regions
    assert mention.region.name == name
    assert mention.text == form


def test_standalone_agreement_without_a_plan() -> None:
    text = (
        "In 2019, an Agreement between the Government of the Leningrad Region and the "
        "Government of the Kursk Region on trade and economic cooperation was signed."
    )
    found = extract(text)
    assert found.plans == ()
    (agreement,) = found.agreements
    assert [p.body for p in agreement.parties] == ["Government", "Government"]


def test_plan_for_no_known_agreement_is_unread() -> None:
    found = extract("In 2019, an action plan was signed to implement the decisions of the forum.")
    assert found.plans == ()
    assert any("action plan" in u.reason for u in found.unread)


def test_visit_by_unknown_regions_is_not_invented() -> None:
    found = extract("Delegations of the Foo and Bar Regions visited the Leningrad Region.")
    assert found.visits == ()


def test_invalid_date_is_unread() -> None:
    found = extract("Updated at 31.02.2021")
    assert found.dates == ()
    assert any("not a date" in u.reason for u in found.unread)


def test_russian_updated_date() -> None:
    (date,) = extract("Обновлено 12.01.2021", locale="ru").dates
    assert (date.date, date.label) == (dt.date(2021, 1, 12), "updated")


def test_exceed_as_multiple_and_imports_over_exports() -> None:
    found = extract(
        "In 2019, exports exceeded imports by 1.7 times. Imports exceed exports by 5%."
    )
    first, second = found.exceeds
    assert first.figure.kind.value == "multiple"
    assert (second.larger, second.smaller) == (FlowRole.IMPORTS, FlowRole.EXPORTS)
    report = report_from_text("Imports exceed exports by 5%.")
    assert report.names == ("imports_exceed_exports_by",)


def test_share_phrase_and_unknown_partner() -> None:
    found = extract("In 2019, the share of China in turnover was 15.6%. Foo Bar (5%) followed.")
    (share,) = found.shares
    assert share.region is not None
    assert (share.region.iso_code, share.of) == ("CN", FlowRole.TURNOVER)
    assert any(u.text.startswith("Foo Bar") for u in found.unread)


def test_russian_share_phrase() -> None:
    (share,) = extract("Доля Китая в товарообороте составила 15,6%.", locale="ru").shares
    assert share.region is not None
    assert share.region.iso_code == "CN"


def test_shares_of_exports_go_to_export_shares() -> None:
    report = report_from_text(
        "The main export partners are China (20.1% of exports), Finland (9.9%)."
    )
    assert report.names == ("share:exports:CN", "share:exports:FI")


def test_shares_without_a_base_stay_out_of_the_report() -> None:
    text = "The main partners are China (20.1%), Finland (9.9%)."
    found = extract(text)
    assert [s.of for s in found.shares] == [None, None]
    assert report_from_text(text).names == ()


@pytest.mark.parametrize(
    ("text", "currency", "scale"),
    [
        ("Exports amounted to 7.1 billion rubles.", "RUB", Scale.BILLION),
        ("Exports amounted to 120 thousand euros.", "EUR", Scale.THOUSAND),
        ("Exports amounted to $7.1 billion.", "USD", Scale.BILLION),
        ("Exports amounted to 7,109 USD.", "USD", Scale.UNIT),
    ],
)
def test_currencies_and_scales(text: str, currency: str, scale: Scale) -> None:
    (figure,) = extract(text).figures
    assert (figure.currency, figure.scale) == (currency, scale)


def test_russian_currencies() -> None:
    (figure,) = extract("Экспорт составил 7,1 млрд руб.", locale="ru").figures
    assert (figure.currency, figure.scale, figure.figure.value) == (
        "RUB",
        Scale.BILLION,
        Decimal("7.1"),
    )


def test_figures_of_two_years_and_previous_values() -> None:
    text = (
        "In 2019, exports amounted to 7,109 million US dollars in 2019 and 5,656 million US "
        "dollars in 2018."
    )
    found = extract(text)
    assert [(f.figure.text, f.period) for f in found.figures] == [
        ("7,109", Period.year(2019)),
        ("5,656", Period.year(2018)),
    ]
    assert [p.text for p in found.periods] == ["2019", "2019", "2018"]
    report = report_from_text(text)
    assert report.names == ("exports", "exports_previous")


def test_changes_distributed_with_respectively() -> None:
    found = extract("Exports and imports increased by 25.7% and 14.8%, respectively.")
    assert [(c.role, c.figure.text) for c in found.changes] == [
        (FlowRole.EXPORTS, "25.7"),
        (FlowRole.IMPORTS, "14.8"),
    ]


def test_russian_respectively() -> None:
    text = "Экспорт и импорт составили 7 109 и 4 115,9 млн долларов США соответственно."
    found = extract(text, locale="ru")
    assert [(f.role, f.figure.value) for f in found.figures] == [
        (FlowRole.EXPORTS, Decimal("7109")),
        (FlowRole.IMPORTS, Decimal("4115.9")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт и импорт в 2021 году составили соответственно 3,8 и 0,7 млрд долларов, "
        "оборот 4,5 млрд.",
        "Exports and imports amounted to 3.8 and 0.7 billion dollars respectively, "
        "and the turnover to 4.5 billion.",
    ],
)
def test_a_respectively_list_ends_at_the_next_flow_word(text: str) -> None:
    """A third figure after another flow word is that flow's, not a third list member."""
    assert _figures(text, locale="ru" if "Экспорт" in text else "en") == {
        "exports": Decimal("3.8"),
        "imports": Decimal("0.7"),
        "turnover": Decimal("4.5"),
    }


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("В физическом выражении экспорт снизился на 1,1%.", "ru"),
        ("In physical terms, exports decreased by 1.1%.", "en"),
    ],
)
def test_a_fall_in_physical_volume_is_negative(text: str, locale: str) -> None:
    assert _figures(text, locale=locale) == {"exports_volume_growth": Decimal("-1.1")}


def test_inverted_order_and_a_figure_without_flow() -> None:
    found = extract("Having increased by 5%, exports amounted to 100 million US dollars.")
    assert [(c.role, c.of.figure.text if c.of else None) for c in found.changes] == [
        (FlowRole.EXPORTS, "100")
    ]
    found = extract("In 2019, the figure amounted to 100 million US dollars.")
    assert found.figures == ()
    assert any("no flow" in u.reason for u in found.unread)


def test_decreases_multiples_and_indexes_in_the_report() -> None:
    text = (
        "In 2019, exports amounted to 100 million US dollars and decreased 2 times. "
        "Imports amounted to 50 million US dollars, or 96.8% of the 2018 level. "
        "The trade balance amounted to 50 million US dollars and increased by 3%."
    )
    found = extract(text)
    assert [(c.role, c.direction) for c in found.changes] == [
        (FlowRole.EXPORTS, Direction.DOWN),
        (FlowRole.IMPORTS, Direction.LEVEL),
        (FlowRole.BALANCE, Direction.UP),
    ]
    assert found.changes[0].signed_percent is None
    report = report_from_text(text)
    # A fall "2 times" is the audit's exports_fall; a balance's growth has no name in a
    # TradeReport and stays a statement.
    assert report.names == ("exports", "imports", "imports_index", "balance", "exports_fall")


def test_partner_figures_and_their_changes_stay_out_of_the_report() -> None:
    text = "In 2019, exports to China amounted to 100 million US dollars and increased by 3%."
    found = extract(text)
    assert found.changes[0].subject is not None
    assert found.changes[0].subject.kind is SubjectKind.PARTNER
    assert report_from_text(text).names == ()


def test_ranks_of_another_region_stay_out_of_the_report() -> None:
    text = (
        "In 2019, the turnover of the Kursk Region amounted to 100 million US dollars. "
        "In the Central Federal District, the Tver Region took the 9th place in exports."
    )
    found = extract(text)
    assert found.ranks[0].region is not None
    assert found.ranks[0].region.name == "Tver Region"
    assert report_from_text(text).names == ("turnover",)


def test_rank_without_group_and_russian_rank() -> None:
    (rank,) = extract("In 2019, the region ranked 4th in exports.").ranks
    assert (rank.position, rank.group) == (4, None)
    (rank,) = extract("Область заняла 3-е место по объёму импорта.", locale="ru").ranks
    assert (rank.position, rank.role) == (3, FlowRole.IMPORTS)


def test_counts_need_whole_numbers() -> None:
    assert extract("Trade was carried out with 12.5 countries.").partner_counts == ()
    (count,) = extract("Торговля велась со 120 странами.", locale="ru").partner_counts
    assert count.count == 120


def test_periods_roles_and_lost_dash_needs_a_cue() -> None:
    found = extract("In 2019, exports grew compared with 2018. Code 20182021 is not a period.")
    roles = [(p.text, p.role) for p in found.periods]
    assert roles == [("2019", PeriodRole.MAIN), ("2018", PeriodRole.BASE)]
    found = extract("The programme for 20182021 was adopted.")
    assert [(p.period, p.repaired) for p in found.periods] == [(Period.span(2018, 2021), True)]
    found = extract("The programme for 20212018 was adopted.")
    assert found.periods == ()


def test_index_with_a_base_that_is_no_year_is_not_an_index() -> None:
    found = extract("Exports amounted to 100 million US dollars, or 96.8% of the 12345 level.")
    assert [c.direction for c in found.changes] == []


def test_sentences_keep_abbreviations_and_initials() -> None:
    text = "Mr. Ivanov met V. I. Petrov, e.g. in Moscow. В 2018 г. экспорт вырос. Он вырос!"
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Ivanov met V. I. Petrov, e.g. in Moscow.",
        "В 2018 г. экспорт вырос.",
        "Он вырос!",
    ]


def test_qualifiers_split_into_phrases() -> None:
    found = extract(
        "Exports of goods of the Leningrad Region to China amounted to 5 million US dollars."
    )
    (figure,) = found.figures
    assert figure.subject is not None
    assert (figure.subject.kind, figure.subject.text) == (SubjectKind.PARTNER, "China")
    found = extract(
        "Экспорт товаров Ленинградской области в Китай составил 5 млн долларов США.", locale="ru"
    )
    assert found.figures[0].subject is not None
    assert found.figures[0].subject.kind is SubjectKind.PARTNER
    found = extract("Экспорт продукции ТЭК составил 5 млн долларов США.", locale="ru")
    assert found.figures[0].subject is not None
    assert (found.figures[0].subject.kind, found.figures[0].subject.text) == (
        SubjectKind.GOODS,
        "продукции ТЭК",
    )


def test_unknown_qualifier_leaves_the_figure_unread() -> None:
    found = extract("Exports of the Foo Bar Province amounted to 5 million US dollars.")
    assert found.figures == ()
    assert [u.reason for u in found.unread] == [
        "a figure of a flow qualified by 'of the Foo Bar Province', which the reader does not know"
    ]


@given(paragraphs())
def test_generated_paragraphs_are_read_back_exactly(paragraph: Paragraph) -> None:
    found = extract(paragraph.text, locale=paragraph.locale)
    assert {f.role.value: found.at(f.figure.span) for f in found.figures} == paragraph.amounts
    got = {
        c.role.value: (found.at(c.figure.span), c.direction.value)
        for c in found.changes
        if c.role is not None
    }
    assert got == paragraph.changes
    for change in found.changes:
        assert change.of is not None
        assert change.of.role is change.role
    assert found.unread == ()
    assert found.ambiguities == ()


def test_a_bracketed_year_after_a_value_belongs_to_the_next_value() -> None:
    text = (
        "Внешнеторговый оборот области в 2021 году составил 4,9 млрд долларов США "
        "(в 2020 году – 3,6 млрд)."
    )
    assert _figures(text, locale="ru") == {
        "turnover": Decimal("4.9"),
        "turnover_previous": Decimal("3.6"),
    }


@pytest.mark.parametrize(
    ("text", "locale", "count"),
    [
        ("Количество стран-партнеров в 2021 году – 104 (в 2020 году – 97).", "ru", 104),
        ("Число торговых партнеров области составило 87.", "ru", 87),
        ("The number of trading partners in 2021 was 104, against 97 a year earlier.", "en", 104),
        ("In 2021 the number of partner countries reached 104.", "en", 104),
    ],
)
def test_a_number_of_partners_is_a_partner_count(text: str, locale: str, count: int) -> None:
    found = extract(text, locale=locale)
    assert [p.count for p in found.partner_counts] == [count]
    assert _figures(text, locale=locale) == {"partner_count": Decimal(count)}


def test_a_number_of_goods_is_not_a_partner_count() -> None:
    assert extract("The number of goods exported in 2021 was 104.").partner_counts == ()


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Exports rose by 19.2%, imports fell by 7%.", "en"),
        ("Exports rose by 19.2 percent; imports fell by 7 percent.", "en"),
        (
            "Экспорт в 2017 году увеличился на 19,2 процента, импорт уменьшился на 7 процентов.",
            "ru",
        ),
    ],
)
def test_the_next_clauses_direction_is_not_this_changes(text: str, locale: str) -> None:
    assert _figures(text, locale=locale) == {
        "exports_growth": Decimal("19.2"),
        "imports_growth": Decimal("-7"),
    }


def test_flows_after_in_that_number_are_the_reporters() -> None:
    text = (
        "В 2014 году объем внешней торговли области составил 2 238,9 млн долл. США, "
        "в том числе экспорт – 1 237,6 млн, импорт – 1 001,3 млн."
    )
    assert _figures(text, locale="ru") == {
        "turnover": Decimal("2238.9"),
        "exports": Decimal("1237.6"),
        "imports": Decimal("1001.3"),
    }


@pytest.mark.parametrize("part", ["в Китай", "продукции АПК", "продовольствия"])
def test_a_part_after_in_that_number_stays_out(part: str) -> None:
    text = f"В 2014 году экспорт составил 2 238,9 млн долл., в том числе экспорт {part} – 1 237,6 млн."
    assert _figures(text, locale="ru") == {"exports": Decimal("2238.9")}


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        (
            "Foreign trade reached 147.7 billion yuan in 2019, increasing by 24.9 percent.",
            "turnover_growth",
            "24.9",
        ),
        ("Exports totalled $2.1 billion in 2018, decreasing by 4.2%.", "exports_growth", "-4.2"),
        ("Imports reached $1.1 billion in 2018, rising 7%.", "imports_growth", "7"),
        ("Exports fell to $2.1 billion in 2018, declining 3.5%.", "exports_growth", "-3.5"),
    ],
)
def test_participles_of_change_verbs_give_the_direction(text: str, name: str, value: str) -> None:
    report = TradeReport.from_text(text)
    assert dict(report.figures)[name].value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "locale", "figures"),
    [
        (
            "Оборот области за 2018 год составил 495,5 млн долларов США, что на 8,4% меньше, "
            "чем в 2017 году (541,1 млн долларов).",
            "ru",
            {"turnover": "495.5", "turnover_growth": "-8.4"},
        ),
        (
            "The region's exports in 2015 were 37% less than a year earlier, at $3.4 billion.",
            "en",
            {"exports": "3.4", "exports_growth": "-37"},
        ),
        (
            "Exports were $3.4 billion in 2015 against $5.4 billion a year earlier.",
            "en",
            {"exports": "3.4", "exports_previous": "5.4"},
        ),
    ],
)
def test_values_of_the_base_year_and_of_the_main_year(
    text: str, locale: str, figures: dict[str, str]
) -> None:
    report = _reads(text, locale, figures)
    assert report.audit().ok


@pytest.mark.parametrize(
    ("text", "locale", "figures"),
    [
        (
            "В стоимостном выражении экспорт вырос на 15%, в физическом — снизился на 2%.",
            "ru",
            {"exports_growth": "15", "exports_volume_growth": "-2"},
        ),
        (
            "Экспорт вырос на 15% в стоимостном выражении и снизился на 2% в физическом.",
            "ru",
            {"exports_growth": "15", "exports_volume_growth": "-2"},
        ),
        (
            "In value terms, exports rose 15%, while in physical terms they fell 2%.",
            "en",
            {"exports_growth": "15", "exports_volume_growth": "-2"},
        ),
        (
            "В физическом выражении экспорт снизился на 1,1%, импорт – на 3%.",
            "ru",
            {"exports_volume_growth": "-1.1", "imports_volume_growth": "-3"},
        ),
        (
            "Экспорт (в физическом выражении – 736 тысяч тонн) вырос на 5%.",
            "ru",
            {"exports_growth": "5"},
        ),
    ],
)
def test_value_and_physical_terms_in_one_sentence(
    text: str, locale: str, figures: dict[str, str]
) -> None:
    assert _figures(text, locale=locale) == {
        name: Decimal(value) for name, value in figures.items()
    }


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт области в 2019 году достиг 15,7 млрд долларов. При этом экспорт России снизился на 6%.",
        "Экспорт области в 2019 году достиг 15,7 млрд долларов, а экспорт Казахстана вырос на 6%.",
    ],
)
def test_a_countrys_own_flow_in_the_genitive_stays_out(text: str) -> None:
    assert _figures(text, locale="ru") == {"exports": Decimal("15.7")}


@pytest.mark.parametrize(
    "text",
    [
        "Удельный вес экспорта во внешнеторговом обороте составил 65,2%, импорта – 34,8%.",
        "Доля экспорта в товарообороте составила 65,2%, импорта – 34,8%.",
    ],
)
def test_russian_shares_of_flows_in_the_turnover(text: str) -> None:
    assert _figures(text, locale="ru") == {
        "exports_share": Decimal("65.2"),
        "imports_share": Decimal("34.8"),
    }


@pytest.mark.parametrize(
    ("text", "locale", "figures"),
    [
        (
            "Оборот области в январе-сентябре 2019 года составил 1 512,3 млн долларов и "
            "увеличился на 4,2%. За весь 2018 год оборот составил 1 980 млн долларов.",
            "ru",
            {"turnover": "1512.3", "turnover_growth": "4.2"},
        ),
        (
            "In the first half of 2019, the region's exports totaled $812.3 million, up 6.2%. "
            "For the whole of 2018, exports reached $1.6 billion.",
            "en",
            {"exports": "812.3", "exports_growth": "6.2"},
        ),
        (
            "В первом полугодии 2021 года импорт составил $424,67 млн ($302,15 млн в 2020 году).",
            "ru",
            {"imports": "424.67", "imports_previous": "302.15"},
        ),
    ],
)
def test_a_whole_previous_year_is_not_the_base_of_a_part_of_a_year(
    text: str, locale: str, figures: dict[str, str]
) -> None:
    report = _reads(text, locale, figures)
    assert report.audit().ok


def test_a_second_possessor_is_another_place() -> None:
    text = (
        "In 2019 Harbin's foreign trade reached 29.6 billion yuan, while Heilongjiang "
        "province's foreign trade totaled 186.5 billion yuan, up 5.6%."
    )
    report = TradeReport.from_text(text)
    assert {name: figure.value for name, figure in report.figures} == {"turnover": Decimal("29.6")}
    assert report.audit().ok


def test_one_possessor_named_twice_is_one_place() -> None:
    text = (
        "Inner Mongolia's foreign trade reached 105 billion yuan in 2019. "
        "Inner Mongolia's exports were 40 billion yuan."
    )
    assert _figures(text) == {
        "turnover": Decimal("105"),
        "exports": Decimal("40"),
    }


@pytest.mark.parametrize(
    ("text", "locale", "figures"),
    [
        (
            "Exports grew by 15%, or $200 million, to $1.5 billion.",
            "en",
            {"exports_growth": "15", "exports_change": "0.200", "exports": "1.5"},
        ),
        (
            "Turnover fell by 12 percent year on year, or $0.3 billion.",
            "en",
            {"turnover_growth": "-12", "turnover_change": "-0.3"},
        ),
        (
            "Доля Китая в товарообороте края составила 45%, или 1,2 млрд долларов.",
            "ru",
            {"share:CN": "45"},
        ),
        ("China accounted for 45% of the region's turnover, or $1.2 billion.", "en", {}),
        (
            "Импорт – 19,7% оборота, или $424,67 млн.",
            "ru",
            {"imports_share": "19.7", "imports": "424.67"},
        ),
    ],
)
def test_an_amount_after_or_restates_the_figure_before_it(
    text: str, locale: str, figures: dict[str, str]
) -> None:
    assert _figures(text, locale=locale) == {
        name: Decimal(value) for name, value in figures.items()
    }


def test_a_place_held_by_the_name_after_a_dash_is_that_names() -> None:
    text = (
        "Товарооборот края в 2019 году составил 2,7 млрд долларов. Основной партнер – Китай. "
        "На втором месте – Республика Корея (18%)."
    )
    assert _figures(text, locale="ru") == {"turnover": Decimal("2.7")}


def test_a_place_of_the_reporter_is_still_read() -> None:
    text = "По объему товарооборота край находится на 5-м месте в ДФО."
    assert _figures(text, locale="ru") == {"rank:turnover": Decimal(5)}


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        (
            "Экспорт области в 2010 году составил 2,1 млрд долларов. Первое место заняли США, "
            "за ними Турция ($650 млн) и Казахстан (по итогам полугодия $603 млн).",
            "ru",
        ),
        (
            "Экспорт области в 2010 году составил 2,1 млрд долларов. Больше всего купили "
            "Республика Беларусь – 14,6 процента, Казахстан – 14,2 процента.",
            "ru",
        ),
        ("Exports of the region reached $2.1 billion in 2010. Main buyers: China: 35%.", "en"),
    ],
)
def test_a_figure_set_off_after_a_place_is_that_places(text: str, locale: str) -> None:
    assert _figures(text, locale=locale) == {"exports": Decimal("2.1")}


def test_the_reporter_named_before_a_dash_keeps_its_figure() -> None:
    text = "В 2019 году экспорт составил: Ивановская область – 1,2 млрд долларов."
    assert _figures(text, locale="ru") == {"exports": Decimal("1.2")}


def test_another_place_as_a_subject_keeps_its_figures() -> None:
    text = (
        "Liaoning province's exports reached $40.2 billion in January-August 2013. "
        "Dalian came first with $23.7 billion of exports, up 2 percent, and Shenyang "
        "exported $4.14 billion, an annual growth of 5.1 percent."
    )
    assert _figures(text) == {"exports": Decimal("40.2")}


def test_the_reporters_adjective_and_a_period_are_no_other_subject() -> None:
    text = (
        "Bashkortostan's external trade grew in 2010. The republic's external trade for "
        "January-July came to 592 million USD. Bashkir exports are estimated at 301 million USD."
    )
    assert _figures(text) == {
        "turnover": Decimal("592"),
        "exports": Decimal("301"),
    }


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        (
            "Exports of the oblast reached $1.3 billion in 2022. China stays a priority: the "
            "oblast brought its exports there back to growth, up 6% ($40 million).",
            "en",
            "1.3",
        ),
        (
            "Экспорт области в 2014 году составил 4,4 млрд долл. Третья – Турция: поставки "
            "туда выросли на 2,4%, до 460,4 млн долл.",
            "ru",
            "4.4",
        ),
    ],
)
def test_a_flow_there_is_the_partners(text: str, locale: str, value: str) -> None:
    assert _figures(text, locale=locale) == {"exports": Decimal(value)}


def test_a_value_after_the_base_and_a_new_predicate_is_the_main_value() -> None:
    text = (
        "Внешняя торговля области за январь-май 2014 года уменьшилась на 7% к тому же периоду "
        "прошлого года и составила 1,6 млрд долларов."
    )
    assert _figures(text, locale="ru") == {
        "turnover_growth": Decimal("-7"),
        "turnover": Decimal("1.6"),
    }


def test_a_base_period_after_relative_to_is_no_goods_group() -> None:
    text = (
        "Товарооборот области за первое полугодие 2018 года достиг 293 млн долларов. Импорт "
        "относительно января-июня 2017 года вырос в 1,7 раза, до 169,7 млн долларов."
    )
    report = TradeReport.from_text(text, locale="ru")
    figures = {name: figure.text for name, figure in report.figures}
    assert figures == {"turnover": "293", "imports": "169,7", "imports_growth": "1,7"}


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("В 2021 году экспорт и импорт выросли на 32,4 и 22,9 процента соответственно.", "ru"),
        ("Экспорт и импорт выросли соответственно на 32,4 и 22,9 процента.", "ru"),
        ("In 2021 exports and imports grew by 32.4 and 22.9 percent, respectively.", "en"),
    ],
)
def test_a_respectively_list_of_rates_shares_the_last_unit(text: str, locale: str) -> None:
    assert _figures(text, locale=locale) == {
        "exports_growth": Decimal("32.4"),
        "imports_growth": Decimal("22.9"),
    }


def test_two_rates_with_one_unit_and_no_respectively_stay_out() -> None:
    report = TradeReport.from_text(
        "Экспорт вырос на 5 и 7 процентов в 2020 и 2021 годах.", locale="ru"
    )
    assert report.audit().ok


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Exports totaled $57.9 million (121.3% of the same period in 2021).",
            {"exports": "57.9", "exports_index": "121.3"},
        ),
        (
            "In 2020 exports of the region were $1.5 billion, or 92.1% of the 2019 level.",
            {"exports": "1.5", "exports_index": "92.1"},
        ),
        ("Exports were 45% of the year's turnover.", {"exports_share": "45"}),
    ],
)
def test_a_percent_of_a_base_period_is_an_index(text: str, figures: dict[str, str]) -> None:
    assert _figures(text) == {name: Decimal(value) for name, value in figures.items()}


def test_a_deficit_of_trade_with_a_group_is_a_balance_not_the_groups_turnover() -> None:
    text = (
        "За январь-сентябрь 2022 года внешнеторговый оборот области достиг 2300,1 млн долларов. "
        "На страны СНГ приходится 69,8 процента оборота, на дальнее зарубежье – 30,3 процента. "
        "Дефицит торговли со странами СНГ составил 632,7 млн долларов, с дальним зарубежьем – "
        "81,9 млн долларов."
    )
    report = TradeReport.from_text(text, locale="ru")
    assert not any(name.startswith("group_value") for name, _ in report.figures)
    assert report.audit().ok


def test_a_currencys_country_before_a_bracket_is_no_partner() -> None:
    text = "Экспорт области в 2019 году составил 1,26 млрд долл. США (+13,2%)."
    assert _figures(text, locale="ru") == {
        "exports": Decimal("1.26"),
        "exports_growth": Decimal("13.2"),
    }
