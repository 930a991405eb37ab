"""Issue 18, third pass: look-alike and invisible marks inside numbers and dates.

Every reader reads the whole number (or date) or refuses it, never a half of it.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import extract, parse_date
from regionrel.errors import ParseError, RegionrelError

#: Marks a publisher's software puts between characters, visible or not.
MARKS = (
    "\u00a0", "\u202f", "\u2009", "\u2007", "\u200a", "\u2008", "\u200b", "\u200c", "\u200d",
    "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u061c", "'", "\u2019", "\u02bc",
    "\t", "\n", " ",
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["2018. 01. 09", "2018. 01. 09.", "2018 -01-09", "2018/ 01/ 09", "2018-01 -09"]
)
def test_a_year_first_date_with_spaces_around_its_separators_stays_year_first(text: str) -> None:
    # dateutil read these day first: 1 September 2018.
    assert parse_date(text) == datetime.date(2018, 1, 9)


@pytest.mark.parametrize("text", ["2018'-01-09", "2018/01-09", "2018\u200b-01-09"])
def test_a_year_first_date_with_other_marks_is_refused(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_date(text)
    assert "year first, other marks" in str(info.value)


def test_a_date_with_a_time_still_says_so() -> None:
    with pytest.raises(ParseError, match="has a time of day"):
        parse_date("2018-01-09 10:00")


@given(
    text=st.sampled_from(["09.01.2018", "2018-01-09", "9 January 2018", "2018.01.09"]),
    mark=st.sampled_from(MARKS),
    where=st.integers(1, 12),
)
def test_a_date_with_a_mark_inside_is_read_whole_or_refused(
    text: str, mark: str, where: int
) -> None:
    marked = text[:where] + mark + text[where:]
    try:
        day = parse_date(marked)
    except RegionrelError:
        return
    assert day == datetime.date(2018, 1, 9)


#: Digits of other scripts and marks that stand for separators in them.
LOOKALIKES = ("１", "٧", "۷", "७", "¹", "₁", "𝟏", "\u066b", "\u066c", "\u00b7", "\u2032")

_SENTENCES = {
    "en": "In 2018 exports amounted to USD {} million.",
    "ru": "В 2018 году экспорт составил {} млн долл. США.",
}


def _figures(number: str, locale: str) -> list[object]:
    from regionrel.text import extract

    found = extract(_SENTENCES[locale].replace("{}", number), locale=locale)
    return [figure.figure.value for figure in found.figures]


@pytest.mark.parametrize(
    ("number", "locale", "whole"),
    [
        ("7\u200b109", "en", ["7109"]),
        ("7,\u200b109", "en", ["7109"]),
        ("7\u200b,109", "en", ["7109"]),
        ("7\u2066109", "en", ["7109"]),
        ("7\u200a109", "en", ["7109"]),
        ("7\u02bc109", "en", ["7109"]),
        ("7\u200b 109,5", "ru", ["7109.5"]),
        ("7 1\u200b09,5", "ru", ["7109.5"]),
        ("7\u00a0 109,5", "ru", ["7109.5"]),
        # refused whole, never a half
        ("7\u00a0,109", "en", []),
        ("1\u00a00224.9", "en", []),
        ("7,１09", "en", []),
        ("７ 109,5", "ru", []),
        ("7·109", "en", []),
        ("7 ·109,5", "ru", []),
        ("7 1\u00a009,5", "ru", []),
    ],
)
def test_extract_reads_a_marked_number_whole_or_not_at_all(
    number: str, locale: str, whole: list[str]
) -> None:
    assert [str(v) for v in _figures(number, locale)] == whole


@given(
    case=st.sampled_from([("7,109", "en", "7109"), ("7,109.5", "en", "7109.5"),
                          ("10224.9", "en", "10224.9"), ("7 109,5", "ru", "7109.5")]),
    # (an ordinary space, a tab or a line break separates numbers: "7 109" in a table)
    mark=st.sampled_from([m for m in MARKS if m not in " \t\n"] + list(LOOKALIKES)),
    where=st.integers(1, 6),
)  # fmt: skip
def test_extract_never_reads_half_a_number(
    case: tuple[str, str, str], mark: str, where: int
) -> None:
    number, locale, value = case
    marked = number[:where] + mark + number[where:]
    assert [str(v) for v in _figures(marked, locale)] in ([], [value])


@pytest.mark.parametrize("digit", range(10))
def test_extract_never_reads_half_a_number_with_a_lookalike_digit(digit: int) -> None:
    for lookalike in ("０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "⁰¹²³⁴⁵⁶⁷⁸⁹"):
        for where in range(5):
            number = "7,109"[:where] + lookalike[digit] + "7,109"[where + 1 :]
            if number == "7,109":
                continue
            assert _figures(number, "en") in ([], [Decimal("7109")]), number


@pytest.mark.parametrize(
    "scale", ["мillion", "mіllion", "milliоn", "miӏlion", "мln", "mӏn", "mlп", "bіllion"]
)
def test_a_scale_word_with_a_lookalike_letter_never_leaves_the_amount_in_units(
    scale: str,
) -> None:
    # "USD 7,109 mіllion" (a Cyrillic і) was read as 7,109 dollars.
    from regionrel.text import extract

    found = extract(f"In 2018 exports amounted to USD 7,109 {scale}.", locale="en")
    assert [f.figure.value for f in found.figures] == []


def test_a_lemma_of_mixed_scripts_is_read_in_the_script_of_most_letters() -> None:
    from regionrel.text.tokens import lemma

    assert lemma("mіllion") == "million"
    assert lemma("экспoрт") == "экспорт"


@pytest.mark.parametrize(("text", "number"), [(5, None), (b"7", None), ("7\u200b109", 5)])
def test_across_marks_refuses_what_is_not_text_and_a_number(text: object, number: object) -> None:
    from regionrel.errors import WrongTypeError
    from regionrel.text.amounts import across_marks

    if number is None and isinstance(text, bytes | int):
        number = _scanned()
    with pytest.raises(WrongTypeError):
        across_marks(text, number, locale="en")  # type: ignore[arg-type]


def _scanned() -> object:
    from regionrel._numbers import scan_number

    return scan_number("7\u200b109", 0)


@pytest.mark.parametrize("mark", ["\u200b", "\u2069", "\u00ad"])
def test_a_spaced_decimal_comma_with_a_mark_is_no_escape(mark: str) -> None:
    # "147, 2\u200b млн": the fraction's token kept its mark, and Decimal() refused it.
    from regionrel.text import extract

    found = extract(f"Экспорт составил 147, 2{mark} млн долларов США.", locale="ru")
    assert [f.figure.value for f in found.figures] in ([], [Decimal("147.2")])


@pytest.mark.parametrize(
    ("text", "locale", "statement"),
    [
        ("Экспорт составил 147, 2 млн долларов США.", "ru", "147,2"),
        ("Импорт – 12, 25 млн долларов.", "ru", "12,25"),
        # a year and a comma before an amount is no spaced decimal comma
        ("Exports in 2019, 12 million dollars.", "en", "12"),
        ("Экспорт в 2019, 12 млн долларов.", "ru", "12"),
    ],
)
def test_a_spaced_decimal_comma_is_read_whole_or_not_at_all(
    text: str, locale: str, statement: str
) -> None:
    found = extract(text, locale=locale)
    assert [s.figure.text for s in found.statements] == [statement]
    # the phrase reader reads the whole amount or nothing, never its tail
    assert [f.figure.text for f in found.figures] in ([], [statement])
