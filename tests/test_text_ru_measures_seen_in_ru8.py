"""Russian reading rules written for the ru8 corpus sample, each on a short text of its own.

Every case is a shape seen in real statistics offices' and governments' releases
(tests/corpus/paragraphs_ru8.py), written here in new words, so that a rule that only
remembers a corpus paragraph fails: other measures than the trade in goods, forecasts,
partners named before a dash or brackets, breakdowns after a colon, signs and bounds.
"""

from __future__ import annotations

import pytest

from regionrel import TradeReport
from regionrel.text.statements import Entity, Measure, TimeRole, read_statements


def _report(text: str) -> dict[str, str]:
    return {name: figure.text for name, figure in TradeReport.from_text(text, locale="ru").figures}


def _statement(text: str, number: str) -> tuple[Entity, Measure, str, TimeRole, str]:
    for s in read_statements(text, locale="ru"):
        if s.figure.text.lstrip("-") == number:
            flow = s.flow.value if s.flow else ""
            return s.entity, s.measure, flow, s.time, s.qualifier
    raise AssertionError(f"no statement of {number!r}")


@pytest.mark.parametrize(
    ("text", "number", "entity"),
    [
        # retail trade, GRP, services: other measures than the trade in goods
        (
            "Розничный товарооборот края за полгода достиг 120 млрд рублей.",
            "120",
            Entity.GOODS,
        ),
        ("Экспорт услуг края вырос на 12%.", "12", Entity.GOODS),
        (
            "Экспорт товаров вырос на 5%, по услугам – на 14 %.",
            "14",
            Entity.GOODS,
        ),
        # a country before a dash or before an amount in brackets is the partner
        (
            "Экспорт вырос на 6%; больше всего купили Турция – 31,5% и Египет – 12,2%.",
            "12,2",
            Entity.PARTNER,
        ),
        (
            "Экспорт составил 900 млн долларов; крупнейшими покупателями были Китай ($410 млн) и "
            "Индия ($120 млн).",
            "120",
            Entity.PARTNER,
        ),
        # ... but the country of a currency is not
        ("Экспорт – 2,26 млрд долл. США (рост на 11,1%).", "11,1", Entity.REPORTER),
        # a partner named as "этой страной", and the flows after a colon that break its
        # turnover down
        (
            "Товарооборот с этой страной составил 75 млн долларов: экспорт области – 70 млн, "
            "импорт – 5 млн.",
            "70",
            Entity.PARTNER,
        ),
        # a goods group named by adjectives before the flow
        ("Неэнергетический экспорт края вырос на 9%.", "9", Entity.GOODS),
        # "порядка" is a bound, not goods in the genitive
        ("Оборот области составил порядка 3 млрд долларов.", "3", Entity.REPORTER),
    ],
)
def test_whose_figure(text: str, number: str, entity: Entity) -> None:
    assert _statement(text, number)[0] is entity


def test_a_rate_of_growth_is_an_index() -> None:
    text = "Экспорт товаров области составил 2,1 млрд долларов при темпе роста 108,4%."
    assert _statement(text, "108,4")[1] is Measure.INDEX
    assert _report(text) == {"exports": "2,1", "exports_index": "108,4"}


def test_a_change_of_a_share_is_not_a_share() -> None:
    text = "Импорт составил 310 млн долларов. Доля импорта в обороте сократилась на 3,5%."
    assert _report(text) == {"imports": "310"}


@pytest.mark.parametrize(
    ("text", "number", "time"),
    [
        # a verb in the future tense, and the value "до ..." that the change reaches
        (
            "По оценке министерства, экспорт вырастет на 7% – до 2,3 млрд долларов.",
            "2,3",
            TimeRole.OTHER,
        ),
        ("В этом году импорт, как ожидается, составит 900 млн долларов.", "900", TimeRole.OTHER),
        # "выше прогноза" compares the result with the forecast: the result is the year's
        ("Импорт оказался выше прогноза: 640 млн долларов.", "640", TimeRole.MAIN),
    ],
)
def test_forecasts_and_results(text: str, number: str, time: TimeRole) -> None:
    assert _statement(text, number)[3] is time


def test_a_flow_after_a_dash_and_na() -> None:
    text = (
        "Оборот составил 900 млн долларов, из которых 600 млн пришлось на экспорт, 300 млн – на "
        "импорт."
    )
    assert _report(text) == {"turnover": "900", "exports": "600", "imports": "300"}


def test_in_that_number_the_flows() -> None:
    text = "Оборот составил 700 млн долларов, в том числе экспорт – 500 млн, импорт – 200 млн."
    assert _report(text) == {"turnover": "700", "exports": "500", "imports": "200"}


def test_an_en_dash_against_a_number_is_a_minus() -> None:
    text = "Импорт составил 88 млн долларов (–4,3%); больше 60% ввоза пришлось на машины."
    entity, measure, flow, _, _ = _statement(text, "4,3")
    assert (entity, measure, flow) == (Entity.REPORTER, Measure.GROWTH, "imports")
    assert _report(text)["imports_growth"].startswith("-")
    assert "imports_growth#2" not in _report(text)


def test_the_most_is_not_a_rise() -> None:
    text = "Экспорт вырос на 4%. Больше всего продукции купил Казахстан – 22,5%."
    assert _report(text) == {"exports_growth": "4"}


def test_the_country_named_after_a_flow_is_not_the_region() -> None:
    text = (
        "Внешнеторговый оборот России вырос на 12%, а оборот края – на 6,5%, до 2,4 млрд долларов."
    )
    assert _statement(text, "12")[0] is Entity.COUNTRY
    assert _report(text) == {"turnover_growth": "6,5", "turnover": "2,4"}


def test_one_flow_exceeding_another_gives_each_its_amount() -> None:
    text = "Экспорт края превысил импорт – 4 млрд 120,5 млн долларов против 1 млрд 730,2 млн долларов."
    assert _report(text) == {"exports": "4 120,5", "imports": "1 730,2"}


def test_a_year_after_a_comma_is_the_next_clauses() -> None:
    text = "Оборот края за 2021 год составил 2,2 млрд долларов, в 2020 году – 1,9 млрд долларов."
    assert _report(text) == {"turnover": "2,2", "turnover_previous": "1,9"}


def test_the_specific_weight_of_a_flow_is_its_share() -> None:
    text = (
        "Экспорт составил 700 млн долларов, импорт – 300 млн долларов. Удельный вес экспорта во "
        "внешнеторговом обороте составил 70%, импорта – 30%."
    )
    assert _report(text) == {
        "exports": "700",
        "imports": "300",
        "exports_share": "70",
        "imports_share": "30",
    }


def test_exports_of_goods_after_exports_of_services_are_the_reporters() -> None:
    text = "Экспорт услуг составил 95 млн долларов, экспорт товаров – 1,3 млрд долларов."
    assert _report(text) == {"exports": "1,3"}
