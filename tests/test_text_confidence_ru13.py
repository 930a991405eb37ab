"""More abstentions of the reader (issue 15, text.confidence), from reporters outside Russia.

Four questions asked of a figure the reader would give the reporter for the main period:
a month named inside a span of months, a gap between two flows, a flow after a possessive
pronoun that points back to something else, and the trade with a partner group or a
partner named before "с оборотом". Each case is written here in new words, in the shapes
of the paragraphs of tests/corpus/paragraphs_ru13.py.
"""

from __future__ import annotations

import pytest

from tests.test_text_confidence import _doubts, _only, _report

# -- one month of a span of months -----------------------------------------------------

_MONTH_OF_SPAN = (
    "За январь-октябрь 2021 года товарооборот района составил 812 млн. долларов. Отдельно "
    "в октябре оборот вырос на 9%, экспорт – 70 млн. долларов."
)


def test_a_month_inside_a_span_of_months_stays_out_of_the_report() -> None:
    with _only("single_month"):
        assert _doubts(_MONTH_OF_SPAN) == {"70": "names one month (октябре) of a span of months"}
        assert _report(_MONTH_OF_SPAN) == {"turnover": "812"}


@pytest.mark.parametrize(
    "text",
    [
        # a month that is the period itself: no span of months in the text
        "В октябре экспорт области составил 43 млн. долларов, на 24% меньше, чем год назад.",
        # the span's own months ("в январе – марте") name no single month
        "В январе – марте 2016 года экспорт составил 127,9 млн, а импорт вырос на 3%.",
    ],
)
def test_a_month_that_is_the_period_raises_no_doubt(text: str) -> None:
    with _only("single_month"):
        assert _doubts(text) == {}


# -- the gap between two flows ---------------------------------------------------------


def test_a_gap_between_flows_is_not_the_turnover_s_change() -> None:
    text = (
        "Оборот области за год составил 1,2 млрд долларов, а разница между экспортом и "
        "импортом выросла на 15%."
    )
    with _only("balance_gap"):
        assert _doubts(text) == {"15": "speaks of a gap between flows (разница)"}


# -- a flow after a possessive pronoun -------------------------------------------------


def test_a_flow_after_a_pronoun_that_points_back_to_goods_stays_out() -> None:
    text = (
        "Экспорт региона в мае составил 31,5 млн. долларов. Упали поставки химии: ее экспорт "
        "составил лишь 2 млн. долларов."
    )
    with _only("possessive_flow"):
        assert _doubts(text) == {"2": "its flow belongs to what ее points back to"}
        assert _report(text) == {"exports": "31,5"}


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # the pronoun points back to the reporter
        ("Витебская область нарастила торговлю: ее экспорт вырос на 12%.", "ru"),
        # goods at large are the reporter's goods
        ("Что касается товаров, то их экспорт составил 4 млрд долларов.", "ru"),
        # an English text is not asked
        ("Its exports reached 4 billion dollars.", "en"),
    ],
)
def test_a_pronoun_for_the_reporter_or_its_goods_raises_no_doubt(text: str, locale: str) -> None:
    with _only("possessive_flow"):
        assert _doubts(text, locale) == {}


# -- the trade with a partner group, or a partner named before "с оборотом" ------------


@pytest.mark.parametrize(
    ("text", "number", "reason"),
    [
        (
            "Торговля республики с участниками Евразийского экономического союза составила "
            "512 млн долларов.",
            "512",
            "its clause is about the trade with a partner group",
        ),
        (
            # a clause opened by "и" shares the subject of the one before it
            "Взаимная торговля с участниками ЕАЭС составила 300 млн долларов и уменьшилась на 7%.",
            "-7",
            "its clause is about the trade with a partner group",
        ),
        (
            "Первое место занимает Россия, второе место занимает Грузия с оборотом 65 млн "
            "долларов.",
            "65",
            "its amount is Грузия's",
        ),
    ],
)
def test_the_trade_with_a_group_or_a_named_partner_stays_out(
    text: str, number: str, reason: str
) -> None:
    with _only("group_with"):
        assert _doubts(text)[number] == reason


@pytest.mark.parametrize(
    "text",
    [
        # the reporter's own words before "с оборотом"
        "Оренбургская область с оборотом 1,4 млрд долларов заняла шестое место.",
        # "с" with nothing of a partner after it
        "Экспорт вырос с 40 до 52 млн долларов.",
        # a capital after a full stop opens a sentence, it names no partner
        "Итоги подведены. Регион завершил год с оборотом 3 млрд долларов.",
    ],
)
def test_the_reporter_s_own_trade_raises_no_group_doubt(text: str) -> None:
    with _only("group_with"):
        assert _doubts(text) == {}


# -- a year's allowed or set figure is a target ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Сальдо за квартал отрицательное – $35,2 млн, при допустимом на год показателе в "
        "$900 млн.",
        "Сальдо за квартал отрицательное – $35,2 млн, плановое сальдо на год – $900 млн.",
    ],
)
def test_a_year_s_allowed_or_planned_figure_is_a_target_not_the_result(text: str) -> None:
    assert _report(text) == {"balance": "-35,2"}
