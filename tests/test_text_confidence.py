"""The reader abstains (issue 15, text.confidence): a figure it would give the reporter for
the main period by default stays out of the report when its clause names something else
it may be, and is listed among the extraction's ambiguities with its span.

Each case is a shape of real releases written here in new words (tests/corpus holds the
paragraphs they were measured on), so that a rule that remembers one paragraph fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regionrel import TradeReport
from regionrel.text import confidence, extract
from regionrel.text.figures import doubts_in, undecided_in
from regionrel.text.statements import Entity, TimeRole, read_statements


def _doubts(text: str, locale: str = "ru") -> dict[str, str]:
    return {s.figure.text: s.doubt for s in read_statements(text, locale=locale) if s.doubt}


def _report(text: str, locale: str = "ru") -> dict[str, str]:
    return {n: f.text for n, f in TradeReport.from_text(text, locale=locale).figures}


@contextmanager
def _only(*names: str) -> Iterator[None]:
    kept = confidence.ENABLED
    confidence.ENABLED = names
    try:
        yield
    finally:
        confidence.ENABLED = kept


# -- a base year that is not the year before the main one ------------------------------

_AGAINST_2019 = (
    "В январе-сентябре 2022 года оборот внешней торговли края стал больше в 1,6 раза, чем "
    "за те же месяцы 2019 года. Экспорт увеличился на 52%, импорт – в 2,1 раза."
)


def test_a_change_against_an_older_year_and_those_after_it_stay_out_of_the_report() -> None:
    assert _doubts(_AGAINST_2019) == {
        "1,6": "measured against 2019, not against the year before 2022",
        "52": "follows a change measured against 2019, names no base of its own",
        "2,1": "follows a change measured against 2019, names no base of its own",
    }
    assert _report(_AGAINST_2019) == {}


def test_a_change_that_names_its_own_base_ends_the_carried_one() -> None:
    text = (
        "В 2021 году товарооборот области стал больше в 1,6 раза, чем за тот же период 2018 "
        "года. Импорт увеличился на 12% по сравнению с прошлым годом, до 300 млн долларов. "
        "Экспорт вырос на 5%."
    )
    assert _doubts(text) == {"1,6": "measured against 2018, not against the year before 2021"}
    assert _report(text) == {"imports_growth": "12", "imports": "300", "exports_growth": "5"}


@pytest.mark.parametrize(
    "text",
    [
        # the year before the main one is the ordinary base
        "В 2021 году экспорт области вырос на 40% к уровню 2020 года.",
        # a base without a year
        "В 2021 году экспорт области составил $2,7 млрд – на 26% больше, чем годом ранее.",
        # an older year inside brackets belongs to the bracket's own figure
        "В 2021 году оборот края составил $4,3 млрд – на 22% больше, чем годом ранее "
        "(в 2020 году – $3,4 млрд, -11,5% к уровню 2019 года).",
        # no main year in the clause: the text's main year may be the one misread
        "Итоги подведут в 2019 году. Экспорт вырос примерно на 19 процентов к 2017 году.",
    ],
)
def test_an_ordinary_base_raises_no_doubt(text: str) -> None:
    assert _doubts(text) == {}


def test_an_english_change_against_an_older_year_stays_out() -> None:
    text = (
        "In January-June 2023 the province's exports rose 40 percent compared with the same "
        "period of 2019. Imports rose 12 percent."
    )
    # (the 40% is read as another period's change, "since 2019"; the 12% after it names
    # no base of its own, so it is kept out as well)
    assert _doubts(text, "en") == {
        "12": "follows a change measured against 2019, names no base of its own",
    }
    assert _report(text, "en") == {}


# -- goods named before the figure (Russian) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "reason"),
    [
        (
            "За девять месяцев область поставила за рубеж бытовых товаров на 25% больше, "
            "чем годом ранее.",
            "25",
            "names goods before it (бытовых товаров)",
        ),
        (
            "Обуви через порты вывезли в 1,4 раза больше, чем годом ранее.",
            "1,4",
            "names goods before it (Обуви)",
        ),
        (
            "Ввоз из Китая вырос на 12%. Обуви ввезли на 30% больше, одежды – на 8% меньше.",
            "8",
            "names goods before it (одежды)",
        ),
    ],
)
def test_goods_named_before_a_figure_keep_it_out(text: str, number: str, reason: str) -> None:
    assert _doubts(text)[number] == reason


@pytest.mark.parametrize(
    "text",
    [
        # a place's adjective: the region's own goods
        "Область поставила за рубеж российских товаров на 25% больше, чем годом ранее.",
        # the trade's own words in the genitive
        "Объем экспорта области составил 1,2 млрд долларов США.",
        # tonnes are a unit, not goods
        "Тонн грузов перевезено больше, а экспорт вырос на 5%.",
    ],
)
def test_the_trade_s_own_words_raise_no_goods_doubt(text: str) -> None:
    with _only("goods_object"):
        assert _doubts(text) == {}


def test_english_text_is_not_asked_about_russian_goods_nouns() -> None:
    with _only("goods_object"):
        assert _doubts("Exports grew 5 percent to 1.2 billion dollars.", "en") == {}


# -- a named partner made the clause's subject -----------------------------------------


def test_a_named_partner_before_a_default_figure_keeps_it_out() -> None:
    text = (
        "Guangxi's foreign trade reached 300 billion yuan. The European Union stayed the "
        "province's second trading partner in the period, with trade of 41.2 billion yuan."
    )
    assert _doubts(text, "en") == {
        "41.2": "its clause makes European a partner before it",
    }
    assert _report(text, "en") == {"turnover": "300"}


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # partners counted, then a new subject
        ("Партнерами края были 64 страны, а товарооборот вырос почти на 30%.", "ru"),
        # a partner's share names the partner in its own words
        ("Главный партнер области – Китай, на него пришлось 26% товарооборота.", "ru"),
    ],
)
def test_partners_that_are_not_the_subject_raise_no_doubt(text: str, locale: str) -> None:
    with _only("partner_subject"):
        assert _doubts(text, locale) == {}


# -- where the doubts go ---------------------------------------------------------------


def test_a_doubted_figure_is_an_ambiguity_with_its_span_and_a_typed_statement() -> None:
    found = extract(_AGAINST_2019, locale="ru")
    (first, *_) = doubts_in(found)
    assert found.text[first.span[0] : first.span[1]] == first.text == "1,6 раза"
    assert (
        first.reason
        == "kept out of the report: measured against 2019, not against the year before 2022"
    )
    assert first.candidates == (
        "the reporter's turnover multiple: 1,6",
        "another entity's, period's or base's figure",
    )
    assert set(doubts_in(found)) <= set(found.ambiguities)
    assert undecided_in(found) == doubts_in(found)
    statement = next(s for s in found.statements if s.doubt)
    assert (statement.entity, statement.time) == (Entity.REPORTER, TimeRole.MAIN)


def test_with_no_condition_asked_nothing_is_doubted() -> None:
    with _only():
        assert _doubts(_AGAINST_2019) == {}
        assert _report(_AGAINST_2019) == {
            "turnover_growth": "1,6",
            "exports_growth": "52",
            "imports_growth": "2,1",
        }


_PIECES = st.sampled_from(
    [
        "В 2022 году",
        "за январь-июнь 2021 года",
        "экспорт области",
        "импорт",
        "товарооборот края",
        "вырос на 12%",
        "увеличился в 1,8 раза",
        "составил 2,4 млрд долларов",
        "чем в 2019 году",
        "к уровню 2021 года",
        "по сравнению с прошлым годом",
        "промышленных товаров",
        "Молока",
        "партнером",
        "Китай",
        "(в 2020 году – 1,1 млрд)",
        ",",
        "–",
        ".",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14))
def test_doubts_only_take_figures_out_of_the_report(pieces: list[str]) -> None:
    text = " ".join(pieces)
    found = extract(text, locale="ru")
    doubted = [s for s in found.statements if s.doubt]
    assert all(s.entity is Entity.REPORTER and s.time is TimeRole.MAIN for s in doubted)
    assert {a.span for a in doubts_in(found)} == {s.span for s in doubted}
    report = TradeReport.from_text(text, locale="ru")
    spans = {f.span for _, f in report.figures}
    assert all(s.figure.span not in spans for s in doubted)
    with _only():
        everything = TradeReport.from_text(text, locale="ru")
    # (a figure stated twice is numbered "#1", "#2"; with one of them doubted, the other
    # is the figure's only statement and has no number)
    assert {n.split("#")[0] for n, _ in report.figures} <= {
        n.split("#")[0] for n, _ in everything.figures
    }


def test_a_change_in_a_bracketed_aside_leaves_no_base_to_the_next_ones() -> None:
    # the +9.5% belongs to last year's figure in brackets, against the year before it;
    # the exports' growth after it is this year's, against last year
    text = (
        "В первом полугодии 2023 года товарооборот края составил $2,1 млрд (в январе – июне "
        "2022 года – $1,8 млрд, +9,5% к уровню 2021 года). Экспорт вырос на 14%, до $1,2 млрд."
    )
    assert _doubts(text, "ru") == {}
    assert _report(text, "ru")["exports_growth"] == "14"


# -- English clauses that name goods, a kind of trade, a plan or payments (en7) ----------


@pytest.mark.parametrize(
    ("text", "number", "reason"),
    [
        (
            "Exports rose 9 percent to 2.2 billion yuan. Walnuts and dried grapes were "
            "exported for 150 million yuan.",
            "150",
            "names what was shipped before it (grapes)",
        ),
        (
            "Trade came to 40 billion yuan. Special trade rose 11 percent, and bonded trade "
            "12.5 percent to 6.1 billion yuan.",
            "6.1",
            "names a kind of trade before it (bonded trade)",
        ),
        (
            "Trade came to 40 billion yuan, and processing trade 6.1 billion yuan.",
            "6.1",
            "names a kind of trade before it (processing trade)",
        ),
        (
            "The customs cleared 2 million tons of foreign trade goods and sent 12 billion RUB "
            "to the treasury, 3,5 percent more than planned.",
            "3.5",
            "measured against a plan, not a period",
        ),
        (
            "The customs cleared 2 million tons of foreign trade goods and sent 12 billion RUB "
            "of tariffs to the treasury.",
            "12",
            "an amount of tariffs, not of trade",
        ),
    ],
)
def test_english_goods_kinds_plans_and_payments_keep_a_figure_out(
    text: str, number: str, reason: str
) -> None:
    assert _doubts(text, "en")[number] == reason
    assert number not in _report(text, "en").values()


@pytest.mark.parametrize(
    "text",
    [
        # goods in general, or the reporter, as a passive's subject: the whole trade
        "Goods were exported for 2.2 billion yuan, 9 percent more than a year earlier.",
        "The province's goods were exported for 2.2 billion yuan.",
        # foreign trade is the whole
        "Foreign trade rose 11 percent to 40 billion yuan.",
        # a base that is a period; an amount of exports
        "Exports grew 5 percent more than a year earlier, to 3 billion dollars of sales.",
    ],
)
def test_the_whole_trade_in_english_raises_none_of_these_doubts(text: str) -> None:
    with _only("passive_goods", "kind_of_trade", "plan_base", "payment_object"):
        assert _doubts(text, "en") == {}


def test_russian_text_is_not_asked_the_english_goods_questions() -> None:
    text = "Экспорт был отправлен на 5 млрд рублей, переработка торговли выросла на 3%."
    with _only("passive_goods", "kind_of_trade"):
        assert _doubts(text, "ru") == {}


# -- an autonomous region named in full, then by its short name (en7) --------------------


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Ningxia Hui Autonomous Region", "Ningxia's"),
        ("Tibet Autonomous Region", "Tibet's"),
        ("the Ningxia Hui Autonomous Region", "Ningxia's"),
    ],
)
def test_the_short_name_of_an_autonomous_region_is_the_reporter(full: str, short: str) -> None:
    text = (
        f"Trade between {full} and the Belt and Road countries rose 3.1% to 5.52 billion "
        f"yuan. Customs put {short} total trade at 17.86 billion yuan, 1% more than a year "
        "earlier."
    )
    assert _report(text, "en") == {"turnover": "17.86", "turnover_growth": "1"}
