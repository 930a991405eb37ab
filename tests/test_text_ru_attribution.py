"""Russian attribution patterns of issue 15, each on a short text of its own.

Every case is a shape seen in real releases (tests/corpus), written here in new words,
so that a rule that only remembers a corpus paragraph fails: whose figure it is, what it
measures and for which period; and whether the report (what the audit checks) holds it.
"""

from __future__ import annotations

import pytest

from regionrel import TradeReport
from regionrel.text import FlowRole
from regionrel.text.statements import Entity, Measure, TimeRole, read_statements
from regionrel.text.tokens import genitive_noun


def _report(text: str) -> dict[str, str]:
    return {name: figure.text for name, figure in TradeReport.from_text(text, locale="ru").figures}


def _statement(text: str, number: str) -> tuple[Entity, Measure, str, TimeRole]:
    for s in read_statements(text, locale="ru"):
        if s.figure.text.lstrip("-") == number:
            return s.entity, s.measure, s.flow.value if s.flow else "", s.time
    raise AssertionError(f"no statement of {number!r}")


@pytest.mark.parametrize(
    ("text", "number", "entity"),
    [
        # another region than the one the text reports on
        (
            "Оборот Уральского федерального округа составил 40 млрд долларов; в Курганской "
            "области он составил 0,5 млрд долларов.",
            "0,5",
            Entity.PARTNER,
        ),
        # trade with a group of countries, named with "со странами"
        (
            "Торговля Тверской области со странами Балтии выросла до 120 млн долларов.",
            "120",
            Entity.GROUP,
        ),
        # goods named in the genitive after a flow
        ("Ввоз удобрений в область снизился на 14,2%.", "14,2", Entity.GOODS),
        # a part of the whole after "в том числе"
        (
            "Экспорт области составил 300 млн долларов, в том числе в машиностроении – 90 млн "
            "долларов.",
            "90",
            Entity.GOODS,
        ),
        # an amount said to fall on a group after it
        (
            "Оборот края составил 5 млрд долларов; около 2 млрд долларов (40%) из них "
            "приходится на страны СНГ.",
            "2",
            Entity.GROUP,
        ),
        # a country's abbreviation after "в" is a partner
        ("Экспорт края в ОАЭ вырос на 12%.", "12", Entity.PARTNER),
    ],
)
def test_figures_of_others_are_theirs(text: str, number: str, entity: Entity) -> None:
    assert _statement(text, number)[0] is entity


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # "ближнего и дальнего зарубежья" together is all of the reporter's trade
        (
            "Оборот области со странами ближнего и дальнего зарубежья достиг 900 млн долларов.",
            "900",
        ),
        # bare "продукция" is all goods
        ("Экспорт продукции омских предприятий вырос на 8%.", "8"),
        # imports into a named region are the reporter's
        ("Импорт товаров в Марий Эл вырос на 5,5%.", "5,5"),
        # "в целом же" is the reporter's whole, not the country's
        ("В целом же экспорт края вырос на 3,3%.", "3,3"),
    ],
)
def test_the_reporters_own_figures_stay_its_own(text: str, number: str) -> None:
    assert _statement(text, number)[0] is Entity.REPORTER


def test_a_flow_in_a_cause_is_not_the_subject() -> None:
    text = "Импорт из-за меньших поставок машин сократился и составил 40 млн долларов."
    assert _statement(text, "40")[2] == "imports"


def test_an_amount_before_its_flow() -> None:
    text = "Оборот составил 2 млрд долларов. Из них 1,5 миллиарда приходится на экспорт."
    assert _report(text) == {"turnover": "2", "exports": "1,5"}


def test_comparisons_of_flows() -> None:
    text = (
        "Импорт области составил 500 млн долларов – в 4 раза больше, чем экспорт. Вывезли "
        "меньше, чем ввезли, на 375 млн долларов."
    )
    figures = _report(text)
    assert figures["imports_exceed_exports_by"] == "4"
    assert figures["balance"] == "-375"
    (excess,) = read_statements("Экспорт почти впятеро превысил объем импорта.", locale="ru")
    assert (excess.measure, excess.flow, excess.base) == (
        Measure.EXCESS,
        FlowRole.EXPORTS,
        FlowRole.IMPORTS,
    )
    assert (excess.figure.text, excess.qualifier) == ("5", "almost")


def test_a_negative_amount_and_a_signed_change() -> None:
    text = (
        "Сальдо составило 12 млн долларов (годом ранее, в 2015 г., минус 8 млн долларов). "
        "Оборот в 2016 году – 50 млн долларов, -4,2% к уровню 2013 года."
    )
    balance = read_statements(text, locale="ru")[1]
    assert (balance.flow, balance.time, balance.figure.text) == (
        FlowRole.BALANCE,
        TimeRole.PREVIOUS,
        "-8",
    )
    assert _statement(text, "50")[3] is TimeRole.MAIN
    assert _statement(text, "4,2")[1:] == (Measure.GROWTH, "turnover", TimeRole.OTHER)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # one month in a text about a year
        (
            "По итогам 2012 года оборот составил 2 млрд долларов; больше всего он составил в "
            "марте (210 млн долларов).",
            "210",
        ),
        # another span of months than the text's first
        (
            "За январь-июнь экспорт составил 700 млн долларов. В январе-мае область торговала "
            "со 61 страной.",
            "61",
        ),
    ],
)
def test_other_periods(text: str, number: str) -> None:
    assert _statement(text, number)[3] is TimeRole.OTHER


def test_last_year_compared_with_the_year_before_is_the_main_year() -> None:
    text = (
        "Экспорт области за прошлый год составил 410 млн долларов – на 30 млн больше, чем за "
        "2022 год. За девять месяцев 2023 года вырос и импорт."
    )
    assert _statement(text, "410")[3] is TimeRole.MAIN


def test_a_relatively_dated_statement_gives_way_to_a_plainly_dated_one() -> None:
    text = (
        "В январе-марте нынешнего года экспорт прибавил 9%. По итогам 1 квартала 2021 года "
        "экспорт вырос на 4,1%."
    )
    assert _report(text) == {"exports_growth": "4,1"}
    plain = "Экспорт за 2021 год вырос на 52%. Экспорт области, увеличившись на 71%, достиг 9 млн."
    assert {"exports_growth#1", "exports_growth#2"} <= set(_report(plain))


def test_physical_words_in_an_aside_do_not_make_the_sentence_physical() -> None:
    text = (
        "В 2015 году оборот области составил 80 млн долларов (в физическом выражении – 30 "
        "тысяч тонн), что на 6,5 % меньше, чем в 2014 году."
    )
    assert _report(text) == {"turnover": "80", "turnover_growth": "-6,5"}


def test_genitive_nouns() -> None:
    assert genitive_noun("удобрений")
    assert not genitive_noun("сократился")
    assert not genitive_noun("exports")


def test_third_sample_shapes() -> None:
    # a multiple as an adjective, its flow after the noun of the change
    text = (
        "В марте оборот снизился на 5%: экспорт, который уменьшился на 9,5%, перевесил "
        "двукратное увеличение импорта."
    )
    assert _statement(text, "9,5")[2] == "exports"
    (multiple,) = (s for s in read_statements(text, locale="ru") if s.figure.text == "2")
    assert (multiple.measure, multiple.flow) == (Measure.MULTIPLE, FlowRole.IMPORTS)
    # shares with their flow after them
    shares = _report(
        "Оборот превысил 3 млрд долларов; 61,5% пришлось на экспорт и 38,5% – на импорт."
    )
    assert (shares["exports_share"], shares["imports_share"]) == ("61,5", "38,5")
    # partners left out ("без учета") are not the subject
    assert _statement(
        "Оборот области без учета торговли с Арменией составил 900 млн долларов.", "900"
    )[0] is (Entity.REPORTER)
    # an amount in brackets after a goods noun, and a fraction's share
    goods = "Экспорт составил $90 млн. Половину экспорта (50,3%) дали удобрения ($45,3 млн)."
    assert _statement(goods, "45,3")[0] is Entity.GOODS
    assert _statement(goods, "50,3")[1] is Measure.SHARE
    assert _report(goods) == {"exports": "90"}


def test_fourth_sample_shapes() -> None:
    # the units after the thousands of a compound amount
    assert _report("Оборот в мае составил 3 млн. 12 тысяч 500 долларов США.") == {
        "turnover": "3 012 500"
    }
    # a comparative that opens the next sentence is not this amount's
    text = "Оборот вырос на 4% и составил $120,5 млн. Больше всего ввезено машин."
    assert _statement(text, "120,5")[1] is Measure.VALUE
