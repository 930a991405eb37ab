"""Russian reading rules written for the ru10 corpus sample, each on a short text of its own.

Every case is a shape seen in regional governments' and statistics offices' releases
(tests/corpus/paragraphs_ru10.py), written here in new words, so that a rule that only
remembers a corpus paragraph fails. Most make the reader abstain: a figure of another
measure, another base year, a forecast, an average, a partner group or a project's
goods group is kept as a typed statement and left out of the report.
"""

from __future__ import annotations

import pytest

from regionrel import TradeReport
from regionrel.text.statements import Entity, Measure, TimeRole, read_statements


def _report(text: str) -> dict[str, str]:
    return {name: figure.text for name, figure in TradeReport.from_text(text, locale="ru").figures}


def _statement(text: str, number: str) -> tuple[Entity, Measure, TimeRole]:
    for s in read_statements(text, locale="ru"):
        if s.figure.text.lstrip("-") == number:
            return s.entity, s.measure, s.time
    raise AssertionError(f"no statement of {number!r}")


def test_a_region_named_only_as_where_goods_are_made_is_the_reporter() -> None:
    text = (
        "Экспорт продукции, выпущенной в Курской области, вырос на 21%. Промышленное "
        "производство региона тоже росло: его индекс составил 104,5%."
    )
    assert _report(text) == {"exports_growth": "21"}
    # the index of production is no trade figure at all
    assert all(s.figure.text != "104,5" for s in read_statements(text, locale="ru"))


def test_an_excess_after_an_elided_subject_is_the_balance() -> None:
    text = (
        "Экспорт края по итогам 2019 года вырос до рекордных $310 млн и превысил импорт на "
        "$42,5 млн."
    )
    assert _report(text) == {"exports": "310", "balance": "42,5"}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a multiple since a year long past: over several years
        (
            "В 2021 году оборот вырос на 8% и составил $500 млн; с 2012 года он вырос в 2,4 раза.",
            "2,4",
        ),
        # against the same months three years back, and "еще сильнее" carries that base on
        (
            "В январе-июне 2022 года оборот вырос в 1,6 раза по сравнению с аналогичным периодом "
            "2019 года. Импорт увеличился еще сильнее – в 2,1 раза.",
            "2,1",
        ),
        (
            "В январе-июне 2022 года оборот вырос в 1,6 раза по сравнению с аналогичным периодом "
            "2019 года. Импорт увеличился еще сильнее – в 2,1 раза.",
            "1,6",
        ),
        # a possibility and a forecast restated with "или"
        ("За 2020 год оборот может достигнуть 2 млрд долларов.", "2"),
        (
            "По оценке, экспорт в 2020 году составит 45 миллионов долларов, или 120,5% к 2019 году.",
            "120,5",
        ),
        # an estimate of a year not over ("оценил ... в $12 млрд")
        ("В декабре министр оценил оборот края за 2015 год примерно в $12 млрд.", "12"),
        # per month and on average
        ("В 2009 году во втором квартале оборот каждый месяц прибавлял 15 млн долларов.", "15"),
        ("В 2009 году за квартал оборот составил в среднем 12 млн долларов в месяц.", "12"),
    ],
)
def test_figures_of_other_periods_stay_out_of_the_report(text: str, number: str) -> None:
    assert _statement(text, number)[2] is TimeRole.OTHER
    assert number not in {f.lstrip("-").rstrip("%") for f in _report(text).values()}


def test_last_year_as_a_whole_is_not_the_previous_part_of_it() -> None:
    text = (
        "За январь-апрель 2019 года оборот области составил $200 млн. В 2018 году область "
        "экспортировала товаров на $500 млн."
    )
    assert _report(text) == {"turnover": "200"}
    # ... while a bracketed last year beside a half year's figure is its base
    aside = "За первое полугодие 2021 года импорт составил $424,67 млн ($302,15 млн в 2020 году)."
    assert _report(aside) == {"imports": "424,67", "imports_previous": "302,15"}


def test_a_sentence_on_the_cause_of_a_partners_change_is_the_partners() -> None:
    text = (
        "Товарооборот края со странами Евросоюза вырос на 40%. Рост обеспечили увеличение "
        "экспорта в 1,9 раза и импорта – на 12%."
    )
    assert _report(text) == {}
    assert _statement(text, "1,9")[0] is Entity.GROUP


def test_a_country_in_the_accusative_before_a_flow_is_where_goods_go() -> None:
    text = "В 2021 году экспорт вырос на 11%; в Индию и Турцию экспорт вырос в 2,5 раза."
    assert _statement(text, "2,5")[0] is Entity.PARTNER
    assert _report(text) == {"exports_growth": "11"}
    # ... while a place in the locative is where the trade is done
    assert _statement("В Татарстане экспорт вырос в 1,5 раза.", "1,5")[0] is Entity.REPORTER


def test_a_projects_target_with_a_goods_group_gives_the_figure_to_the_group() -> None:
    text = (
        "В 2021 году край перевыполнил целевой показатель регионального проекта «Экспорт "
        "продукции АПК» национального проекта «Международная кооперация и экспорт»: по данным "
        "правительства, край экспортировал товаров на 41 млн долларов – 112% к плану."
    )
    assert _statement(text, "41")[0] is Entity.GOODS
    assert _report(text) == {}


def test_goods_in_the_genitive_opening_a_shipping_clause_are_a_part_of_the_trade() -> None:
    text = (
        "В 2020 году экспорт области вырос на 9% и составил 40 млн долларов. Подсолнечного масла "
        "вывезено на 11 миллионов долларов, в 1,8 раза больше, чем годом ранее."
    )
    assert _statement(text, "11")[0] is Entity.GOODS
    assert _report(text) == {"exports_growth": "9", "exports": "40"}
    # ... while "товаров вывезено" is all of the trade, and a subject is no object
    assert _report("В 2020 году товаров вывезено на 52 млн долларов.") == {"exports": "52"}
    assert _report("Предприятия области в 2020 году вывезли товаров на 52 млн долларов.") == {
        "exports": "52"
    }


def test_a_figure_by_someones_assessment_is_still_the_result() -> None:
    text = "Экспорт области в 2011 году, по его оценке, составил 1181,1 млн. дол. США."
    assert _report(text) == {"exports": "1 181,1"}


def test_a_quote_that_goes_on_with_a_partners_trade_is_the_partners() -> None:
    text = (
        "Губернатор сказал, что товарооборот края с Казахстаном в 2019 году превысил 800 млн "
        "долларов. «За первое полугодие у нас уже 430 млн долларов», – добавил он."
    )
    assert _statement(text, "430")[0] is Entity.PARTNER
    assert _report(text) == {}
    # ... while a quote after the reporter's own figures is the reporter's
    own = "Оборот края в 2019 году составил 2 млрд долларов. «Экспорт вырос на 7%», – сказал он."
    assert _report(own) == {"turnover": "2", "exports_growth": "7"}


def test_flows_right_after_a_partners_trade_break_that_trade_down() -> None:
    text = (
        "В первом квартале 2019 года товарооборот области с Китаем превысил $412 млн. Экспорт "
        "составил почти $159 млн, импорт – $254 млн."
    )
    assert _statement(text, "159")[0] is Entity.PARTNER
    assert _report(text) == {}
    # ... but not after a list of partners' shares, and not when the sentence names a total
    shares = (
        "За квартал оборот области составил $380 млн; главные партнеры – Финляндия (21,1%) и "
        "Китай (3,9%). Экспорт вырос на 71% и составил $336 млн."
    )
    assert _report(shares)["exports"] == "336"
    total = (
        "Товарооборот области с Китаем превысил $412 млн. Экспорт области в целом составил "
        "$900 млн."
    )
    assert _report(total) == {"exports": "900"}
