"""Russian reading rules written for the ru12 corpus sample, each on a short text of its own.

Every case is a shape seen in customs offices' releases (tests/corpus/paragraphs_ru12.py),
written here in new words and other figures, so that a rule that only remembers a corpus
paragraph fails: an amount in brackets after a share "от оборота" is the flow whose share
it is, and a change of a quantity or of declarations is a count's, not a value's.
"""

from __future__ import annotations

import pytest

from regionrel import TradeReport
from regionrel.text.statements import Entity, read_statements


def _report(text: str) -> dict[str, str]:
    return {name: figure.text for name, figure in TradeReport.from_text(text, locale="ru").figures}


@pytest.mark.parametrize(
    "share",
    ["31,4% от внешнеторгового оборота", "31,4 процента от товарооборота", "31,% от оборота"],
)
def test_an_amount_after_a_share_of_the_turnover_is_the_flow_s_own(share: str) -> None:
    text = (
        "Внешнеторговый оборот области за девять месяцев составил 2,4 млрд долларов. "
        f"Экспорт составил {share} (753,6 млн долларов)."
    )
    assert _report(text) == {"turnover": "2,4", "exports": "0,7536"}  # in billions


def test_an_amount_after_a_flow_read_from_another_word_than_a_share_keeps_it() -> None:
    # no share before "от": the flow after it stays the subject ("доходы от экспорта")
    text = "Доходы области от экспорта в 2015 году составили 412,5 млн долларов."
    assert _report(text) == {"exports": "412,5"}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("В 2011 году количество экспортируемых товаров выросло на 4,2%.", "4,2"),
        ("Число импортных поставок за год сократилось на 12%.", "12"),
        (
            "Товарооборот снизился на 20,5%, а таможенных деклараций оформлено на 17% меньше.",
            "17",
        ),
    ],
)
def test_a_change_of_a_quantity_or_of_declarations_is_a_count_s(text: str, number: str) -> None:
    assert not any(name.startswith(("exports", "imports")) for name in _report(text))
    counted = [s for s in read_statements(text, locale="ru") if s.figure.text == number]
    assert [s.entity for s in counted] == [Entity.OTHER_COUNT]


def test_a_flow_after_v_tom_chisle_is_no_count() -> None:
    text = (
        "Оборот составил $2 млрд 10,5 млн (рост на 3,1%), в том числе экспорт – $1 млрд 400 млн "
        "(рост на 5,2%)."
    )
    report = _report(text)
    assert report["exports_growth"] == "5,2"
    assert report["turnover_growth"] == "3,1"


def test_a_flow_after_a_contrast_is_a_new_subject_not_the_partner_named_before() -> None:
    text = "Главный партнер края сегодня – Турция, а экспорт дает 64% внешнеторгового оборота."
    assert _report(text) == {"exports_share": "64"}
    # the trade with a partner stays the partner's after the contrast too
    partner = "Товарооборот с Китаем вырос на 12%, а экспорт увеличился на 5%."
    assert _report(partner) == {}


@pytest.mark.parametrize("relative", ["где преобладают", "в котором преобладают"])
def test_goods_in_a_relative_clause_after_the_flow_say_what_it_is_made_of(relative: str) -> None:
    text = f"Экспорт, {relative} металлы и изделия из них, вырос на 8,4% и составил 96,2 млн долларов."
    assert _report(text) == {"exports_growth": "8,4", "exports": "96,2"}
    # goods right after the flow are still a goods group's
    assert _report("Экспорт промышленных товаров вырос на 8,4%.") == {}


@pytest.mark.parametrize(
    ("amount", "value"),
    [("один миллиард двести миллионов", "1 200"), ("два миллиарда семьсот миллионов", "2 700")],
)
def test_a_compound_amount_in_words_reads_its_hundreds(amount: str, value: str) -> None:
    text = f"Внешнеторговый оборот края за 2017 год составил {amount} долларов."
    assert _report(text) == {"turnover": value}


@pytest.mark.parametrize("amount", ["двести миллионов", "триста сорок миллионов"])
def test_hundreds_in_words_alone_are_not_read(amount: str) -> None:
    # alone they may be a part of a longer number in words: nothing is read rather than a part
    text = f"Внешнеторговый оборот края за 2017 год составил {amount} долларов."
    assert _report(text) == {}
