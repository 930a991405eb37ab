"""The number grammar, tokens, attributed statements and the report read from them."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import TradeReport, extract
from regionrel.errors import RegionrelError, ValidationError
from regionrel.scales import Scale
from regionrel.text.amounts import INVISIBLE, read_numbers
from regionrel.text.statements import Entity, Measure, TimeRole, read_statements
from regionrel.text.tokens import tokenize


def values(text: str, locale: str = "en") -> list[str | None]:
    return [None if n.value is None else str(n.value) for n in read_numbers(text, locale=locale)]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("USD 1.022,4 million", "en", ["1022.4"]),
        ("$1.022,4 млн.", "ru", ["1022.4"]),
        ("7,109 million", "en", ["7109"]),
        ("7,109 million and 108,2", "en", ["7.109", "108.2"]),
        ("$891,873 млн", "ru", ["891.873"]),
        ("553,700 tons and 17,800 manifests", "en", ["553700", "17800"]),
        ("7 117,1 млн", "ru", ["7117.1"]),
        ("1,234,567.5", "en", ["1234567.5"]),
        ("in 2018 2019", "en", ["2018", "2019"]),
        ("0,679", "en", ["0.679"]),
    ],
)
def test_decimal_mark_by_shape_then_document(text: str, locale: str, expected: list[str]) -> None:
    assert values(text, locale) == expected


@pytest.mark.parametrize("mark", [*list(INVISIBLE), "\u2007", "\u202f", "\xa0", "'", "’"])
def test_invisible_marks_inside_a_number_never_half_read(mark: str) -> None:
    read = values(f"7{mark}109 million")
    assert read == ["7109"]


def test_a_broken_grouping_is_refused_whole() -> None:
    (number,) = read_numbers("1,23,4.5,6")
    assert number.value is None
    assert not number.valid
    assert number.problem


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(list(INVISIBLE)))
def test_any_integer_with_invisible_marks_reads_whole(value: int, mark: str) -> None:
    text = mark.join(str(value))
    read = read_numbers(f"about {text} tons")
    assert [n.value for n in read] == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "locale", "value", "scale"),
    [
        ("Оборот составил 9 млрд 626,2 млн долларов.", "ru", "9626.2", Scale.MILLION),
        ("Оборот составил 2 млрд. 342 млн. долларов США.", "ru", "2342", Scale.MILLION),
        ("Оборот составил $520,5 млн.", "ru", "520.5", Scale.MILLION),
        ("Оборот составил $ 9,6 млрд.", "ru", "9.6", Scale.BILLION),
        ("Turnover was USD 1.3bn.", "en", "1.3", Scale.BILLION),
        ("Turnover was $1.3m.", "en", "1.3", Scale.MILLION),
        ("Оборот составил 1 млрд 341 млн 718,7 тыс долларов.", "ru", "1341718.7", Scale.THOUSAND),
    ],
)
def test_compound_amounts_and_currencies(text: str, locale: str, value: str, scale: Scale) -> None:
    (statement,) = read_statements(text, locale=locale)
    assert statement.measure is Measure.VALUE
    assert (statement.figure.value, statement.scale) == (Decimal(value), scale)


def test_a_half_read_number_is_never_given_to_the_report() -> None:
    report = TradeReport.from_text("Exports amounted to 7\u200b109 million US dollars.")
    assert dict(report.figures)["exports"].value == Decimal(7109)


@pytest.mark.parametrize("mark", [*list(INVISIBLE), "\u2007", "\u202f", "\xa0", "'", "’"])
@pytest.mark.parametrize(
    ("template", "locale"),
    [
        ("In 2018, exports of the Leningrad Region amounted to 7{}109 million US dollars.", "en"),
        ("В 2018 году экспорт Ленинградской области составил 7{}109 млн долларов США.", "ru"),
    ],
)
def test_extract_reads_a_number_with_marks_inside_whole(
    mark: str, template: str, locale: str
) -> None:
    """The phrase reader read "7\u200b109 million" as 109 million (issue 18)."""
    found = extract(template.format(mark), locale=locale)
    (figure,) = found.figures
    assert figure.amount == Decimal(7_109_000_000)
    assert found.at(figure.figure.span) == f"7{mark}109"


@pytest.mark.parametrize(
    "text",
    [
        "Exports amounted to 7'10 million US dollars.",
        "Exports amounted to 7\u200b10'5 million US dollars.",
    ],
)
def test_extract_refuses_whole_a_number_whose_marks_break_it(text: str) -> None:
    found = extract(text)
    assert found.figures == ()
    (unread,) = found.unread
    assert unread.reason.startswith("a malformed number")
    assert unread.text.startswith("7")


def test_stock_phrases_over_lemmas() -> None:
    text = (
        "За январь-июнь 2019 года внешнеторговый оборот региона составил 272,2 миллиона "
        "долларов США, что на 7,4 процента уступает уровню января-июня 2018 года. "
        "Вывезено товаров на 1135,7 млн долларов (104,9% к январю-июню 2018 года). "
        "Импорт снизился в 1,7 раза."
    )
    got = {
        (s.flow.value if s.flow else "", s.measure.value, str(s.figure.value))
        for s in read_statements(text, locale="ru")
    }
    assert ("turnover", "growth", "-7.4") in got
    assert ("exports", "index", "104.9") in got
    assert ("imports", "fall", "1.7") in got


def test_respectively_lists_and_partners_are_attributed() -> None:
    text = (
        "Экспорт и импорт составили соответственно 3,8 и 0,7 млрд долларов. "
        "Товарооборот с Китаем вырос на 12%."
    )
    got = [
        (s.entity, s.flow.value if s.flow else "", str(s.figure.value))
        for s in read_statements(text, locale="ru")
    ]
    assert got == [
        (Entity.REPORTER, "exports", "3.8"),
        (Entity.REPORTER, "imports", "0.7"),
        (Entity.PARTNER, "turnover", "12"),
    ]


def test_english_changes_and_other_periods() -> None:
    text = (
        "The region's foreign trade turnover was $4.5bn, 37% less than a year earlier. "
        "Exports came to $1.2 billion, which is 6.5% less than in 2012. "
        "In September alone imports jumped 22.5 percent."
    )
    got = [
        (s.measure, s.flow.value if s.flow else "", str(s.figure.value), s.time)
        for s in read_statements(text)
    ]
    assert (Measure.GROWTH, "turnover", "-37", TimeRole.MAIN) in got
    assert (Measure.GROWTH, "exports", "-6.5", TimeRole.MAIN) in got
    assert (Measure.GROWTH, "imports", "22.5", TimeRole.OTHER) in got


def test_scales_mixed_in_one_text_become_one_scale() -> None:
    report = TradeReport.from_text("Exports were $1.3bn; imports were $424.67 million.")
    assert report.scale == "billion"
    assert {n: str(f.value) for n, f in report.figures} == {"exports": "1.3", "imports": "0.42467"}


def test_a_figure_stated_twice_keeps_both_and_the_audit_flags_them() -> None:
    text = "Exports rose 52%. Later in the year, exports rose 71%."
    report = TradeReport.from_text(text)
    assert report.names == ("exports_growth#1", "exports_growth#2")
    (error,) = report.audit().errors
    assert "52" in error.message
    assert "71" in error.message
    (conflict,) = extract(text).ambiguities
    assert text[conflict.span[0] : conflict.span[1]] == "71%"


def test_a_figure_repeated_with_the_same_digits_is_one_statement() -> None:
    text = "Exports rose 7.6%. The volume of exports rose 7.6% in the year."
    assert TradeReport.from_text(text).names == ("exports_growth",)


@given(st.text(max_size=200))
def test_from_text_never_raises_on_text(text: str) -> None:
    for locale in ("en", "ru"):
        report = TradeReport.from_text(text, locale=locale)
        report.audit()


@pytest.mark.parametrize("span", ["", "x", (1,), (0, "1"), (True, 1), (0, 99), None])
def test_at_refuses_a_bad_span_with_the_librarys_error(span: object) -> None:
    with pytest.raises(ValidationError) as info:
        extract("x.").at(span)  # type: ignore[arg-type]
    assert isinstance(info.value, RegionrelError)
    assert "Extraction.at" in str(info.value)


_WORDS = [
    "Exports",
    "imports",
    "turnover",
    "trade",
    "rose",
    "fell",
    "by",
    "to",
    "of",
    "with",
    "Russia",
    "CIS",
    "the",
    "region",
    "in",
    "2019",
    "2018",
    "respectively",
    "and",
    "times",
    "percent",
    "%",
    "$",
    "USD",
    "million",
    "billion",
    "bn",
    "m",
    ",",
    ".",
    ";",
    "(",
    ")",
    "Экспорт",
    "импорт",
    "товарооборот",
    "вырос",
    "снизился",
    "на",
    "до",
    "в",
    "раза",
    "млн",
    "млрд",
    "долларов",
    "с",
    "Китаем",
    "соответственно",
    "сальдо",
    "отрицательное",
    "1,5",
    "7 109",
    "4.115,9",
    "0,8",
    "12",
    "104,9",
    "2\u200b342",
    "3",
    "50",
]


@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.sampled_from(["en", "ru"]))
def test_from_text_on_trade_words_returns_a_report_the_audit_reads(
    words: list[str], locale: str
) -> None:
    report = TradeReport.from_text(" ".join(words), locale=locale)
    result = report.audit()
    assert result.ok or result.findings


def test_morphology_is_loaded_on_the_first_russian_word_only() -> None:
    code = (
        "import sys, regionrel\n"
        "assert 'pymorphy3' not in sys.modules\n"
        "regionrel.extract('Exports rose 5%.')\n"
        "assert 'pymorphy3' not in sys.modules\n"
        "regionrel.extract('Экспорт вырос на 5%.', locale='ru')\n"
        "assert 'pymorphy3' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


_TOKEN_TEXT = st.text(alphabet="0123456789 ,.'-%$млнрубUSDbnx\u00a0\u2009()", max_size=60)


@given(_TOKEN_TEXT, st.sampled_from(["en", "ru"]))
def test_tokens_cover_the_text_in_order_without_overlap(text: str, locale: str) -> None:
    tokens = tokenize(text, locale=locale)
    pos = 0
    for token in tokens:
        assert pos <= token.start < token.end
        assert text[token.start : token.end] == token.text
        assert text[pos : token.start].strip(" \u00a0\u2009") == ""
        assert (token.kind == "num") == (token.number is not None)
        pos = token.end
    assert text[pos:].strip(" \u00a0\u2009") == ""


def test_a_number_glued_to_words_is_its_own_token() -> None:
    assert [(t.text, t.kind) for t in tokenize("12,5млн руб", locale="ru")] == [
        ("12,5", "num"),
        ("млн", "word"),
        ("руб", "word"),
    ]
    assert [(t.text, t.kind) for t in tokenize("x5.3bn y")] == [
        ("x5", "word"),
        (".", "punct"),
        ("3bn", "word"),
        ("y", "word"),
    ]


def test_a_number_repeated_keeps_its_own_span_and_reading() -> None:
    """Each text is read once per call; every repeat still has its own span."""
    text = "7,109 and 25.7; again 7,109, 25.7 and 1.2.3 and 1.2.3"
    numbers = read_numbers(text)
    assert [(n.text, n.start, n.end) for n in numbers] == [
        (text[n.start : n.end], n.start, n.end) for n in numbers
    ]
    assert [n.start for n in numbers if n.text == "7,109"] == [0, 22]
    assert [n.start for n in numbers if n.text == "25.7"] == [10, 29]
    firsts = {n.text: n for n in reversed(numbers)}
    for n in numbers:
        twin = firsts[n.text]
        assert (n.value, n.decimals, n.problem) == (twin.value, twin.decimals, twin.problem)
    assert [n.problem != "" for n in numbers if n.text == "1.2.3"] == [True, True]
