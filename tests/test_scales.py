"""Scale words: reading and writing thousand, million, billion; тыс., млн, млрд."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import ParseError, Scale, ValidationError, WrongTypeError
from tests.strategies.money import scales

READ = [
    ("thousand", Scale.THOUSAND),
    ("thousands", Scale.THOUSAND),
    ("th.", Scale.THOUSAND),
    ("k", Scale.THOUSAND),
    ("K", Scale.THOUSAND),
    ("million", Scale.MILLION),
    ("Million", Scale.MILLION),
    ("millions", Scale.MILLION),
    ("mln", Scale.MILLION),
    ("mln.", Scale.MILLION),
    ("mn", Scale.MILLION),
    ("m", Scale.MILLION),
    ("mio", Scale.MILLION),
    ("billion", Scale.BILLION),
    ("bn", Scale.BILLION),
    ("bln", Scale.BILLION),
    ("trillion", Scale.TRILLION),
    ("tn", Scale.TRILLION),
    ("тыс.", Scale.THOUSAND),
    ("тыс", Scale.THOUSAND),
    ("тысяч", Scale.THOUSAND),
    ("тысячи", Scale.THOUSAND),
    ("млн", Scale.MILLION),
    ("млн.", Scale.MILLION),
    ("миллионов", Scale.MILLION),
    ("млрд", Scale.BILLION),
    ("миллиарда", Scale.BILLION),
    ("трлн", Scale.TRILLION),
    (" million ", Scale.MILLION),
]


@pytest.mark.parametrize(("word", "scale"), READ)
@pytest.mark.parametrize("locale", ["en", "ru"])
def test_parse_reads_the_words_of_both_languages(word: str, scale: Scale, locale: str) -> None:
    assert Scale.parse(word, locale=locale) is scale


@pytest.mark.parametrize("word", ["", "zillion", "millionaire", "m2", "млн руб.", "thousand."])
def test_parse_refuses_what_is_not_a_scale_word(word: str) -> None:
    with pytest.raises(ParseError) as info:
        Scale.parse(word)
    assert info.value.rule == (
        "is not a scale word such as 'thousand', 'million', 'bn', 'тыс.' or 'млн'"
    )
    assert info.value.text == word
    assert info.value.position == 0


def test_parse_refuses_bad_arguments() -> None:
    with pytest.raises(WrongTypeError) as info:
        Scale.parse(6)  # type: ignore[arg-type]
    assert str(info.value) == "Scale.parse: 'word' must be a str (got 6)"
    with pytest.raises(ValidationError) as error:
        Scale.parse("million", locale="fr")
    assert str(error.value) == "Scale.parse: 'locale' must be 'en' or 'ru' (got 'fr')"


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("7.1 bn USD", 4, (Scale.BILLION, 6)),
        ("7 MDL", 2, None),  # a currency code, not a million
        ("7 KZT", 2, None),
        ("3 тыс.руб.", 2, (Scale.THOUSAND, 6)),
        ("7 million.", 2, (Scale.MILLION, 9)),  # a sentence's full stop is not taken
        ("7 mln. rub", 2, (Scale.MILLION, 6)),
        ("5 k€", 2, (Scale.THOUSAND, 3)),
        ("5 USD", 2, None),
    ],
)
def test_scan_finds_whole_words_only(
    text: str, pos: int, expected: tuple[Scale, int] | None
) -> None:
    assert Scale.scan(text, pos) == expected


@given(scales, st.sampled_from(["en", "ru"]))
def test_word_round_trips_through_parse(scale: Scale, locale: str) -> None:
    word = scale.word(locale=locale)
    if scale is Scale.UNIT:
        assert word == ""
    else:
        assert Scale.parse(word, locale=locale) is scale


def test_words_and_factors() -> None:
    assert [s.word() for s in Scale] == ["", "thousand", "million", "billion", "trillion"]
    assert [s.word(locale="ru") for s in Scale] == ["", "тыс.", "млн", "млрд", "трлн"]
    assert [s.factor for s in Scale] == [1, 10**3, 10**6, 10**9, 10**12]
    assert [s.exponent for s in Scale] == [0, 3, 6, 9, 12]
    with pytest.raises(ValidationError):
        Scale.MILLION.word(locale="de")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Scale.BILLION, Scale.BILLION),
        ("million", Scale.MILLION),
        (" Thousand ", Scale.THOUSAND),
        ("unit", Scale.UNIT),
        (1, Scale.UNIT),
        (10**9, Scale.BILLION),
    ],
)
def test_coerce(value: Any, expected: Scale) -> None:
    assert Scale.coerce(value) is expected


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (
            "mln",
            ValidationError,
            "Scale: 'scale' must name a scale: 'unit', 'thousand', 'million', 'billion' or "
            "'trillion' (got 'mln')",
        ),
        (
            100,
            ValidationError,
            "Scale: 'scale' must be the factor of a scale: 1, 1000, 10**6, 10**9 or 10**12 "
            "(got 100)",
        ),
        (
            True,
            WrongTypeError,
            "Scale: 'scale' must be a Scale, its name or its factor (got True)",
        ),
        (
            1e6,
            WrongTypeError,
            "Scale: 'scale' must be a Scale, its name or its factor (got 1000000.0 that is a "
            "float)",
        ),
    ],
)
def test_coerce_refuses(value: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        Scale.coerce(value)
    assert str(info.value) == message
