"""Records built by hand are checked like those the library builds: no half-valid value.

Issue 18, last round: the audit's :class:`Interval`, the text reader's records and the
summary's records check their fields against their annotations; a missing exchange
rate names its field; the columnar rank method is never read through ``str()``.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest

from regionrel import ExchangeRate, ExchangeRates, Money
from regionrel.audit import Interval
from regionrel.errors import MissingRateError, ValidationError, WrongTypeError
from regionrel.phrases import Phrase, Sentence
from regionrel.relations.wording import Duration
from regionrel.text.amounts import Number
from regionrel.text.sentences import Sentence as TextSentence


@pytest.mark.parametrize(
    ("lo", "hi", "error", "message"),
    [
        ("1", Decimal(2), WrongTypeError, "Interval: 'lo' must be a Decimal (Interval.of reads"),
        (Decimal(1), 2.0, WrongTypeError, "Interval: 'hi' must be a Decimal (Interval.of reads"),
        (Decimal("NaN"), Decimal(2), ValidationError, "Interval: 'lo' must be a number (NaN"),
        (Decimal(1), Decimal("sNaN"), ValidationError, "Interval: 'hi' must be a number (NaN"),
        (Decimal(3), Decimal(2), ValidationError, "Interval: 'hi' must not be below lo (got"),
        (Decimal("9E+999999999"), Decimal("Infinity"), ValidationError, "Interval: 'lo' must lie"),
        (Decimal(0), Decimal("1E-10001"), ValidationError, "Interval: 'hi' must lie within"),
    ],
)
def test_an_interval_built_directly_is_checked(
    lo: Any, hi: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        Interval(lo, hi)
    assert str(info.value).startswith(message)


def test_an_interval_built_directly_equals_one_read_from_text() -> None:
    assert Interval(Decimal("1.5"), Decimal("Infinity")) == Interval.of("1.5", "Infinity")
    assert Interval(Decimal(-1), Decimal(-1)).width == 0


def test_a_missing_rate_names_its_field() -> None:
    rates = ExchangeRates([ExchangeRate("USD", "RUB", datetime.date(2018, 1, 9), "56.9359")])
    with pytest.raises(MissingRateError) as info:
        rates.convert(Money(1, "USD"), "RUB", datetime.date(2018, 1, 10))
    assert info.value.cls == "ExchangeRates"
    assert info.value.field == "rates"
    with pytest.raises(MissingRateError) as info:
        rates.convert(Money(1, "EUR"), "USD", datetime.date(2018, 1, 9), via="RUB")
    assert info.value.field == "rates"
    assert str(info.value).endswith("nor through RUB: EUR/RUB is missing")


class _Loud:
    def __str__(self) -> str:
        raise RuntimeError("str() must not be called")


class _Lying(str):
    def __str__(self) -> str:
        return "competition"


@pytest.mark.parametrize("method", [_Loud(), ["dense"], int, 5])
def test_the_columnar_rank_method_is_a_str_or_the_enum(method: object) -> None:
    from regionrel.columnar.compute import _rank_method

    with pytest.raises(ValidationError) as info:
        _rank_method(method)
    assert info.value.field == "rank_method"
    assert info.value.cls == "finish"


def test_the_columnar_rank_method_reads_a_str_subclass_by_its_characters() -> None:
    from regionrel.columnar.compute import _rank_method
    from regionrel.trade import RankMethod

    assert _rank_method(_Lying(" Dense ")) is RankMethod.DENSE
    assert _rank_method("competition") is RankMethod.COMPETITION


def _any(value: object) -> Any:
    """*value*, typed as anything: the records are handed wrong types on purpose."""
    return value


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Number("7", _any("0"), 1, Decimal(7), 0),
            "Number: 'start' must be an int (got '0')",
        ),
        (
            lambda: Number("7", 0, 1, _any(7.0), 0),
            "Number: 'value' must be a Decimal or None (got 7.0 that is a float)",
        ),
        (
            lambda: TextSentence(_any(b"x"), 0, 1),
            "Sentence: 'text' must be a str (got b'x' that is a bytes)",
        ),
        (lambda: Phrase("en", _any(None)), "Phrase: 'ru' must be a str (got None)"),
        (lambda: Sentence(_any(5), _any(None)), "Sentence: 'text' must be a str (got 5)"),
    ],
)
def test_records_check_their_fields_by_annotation(build: Any, message: str) -> None:
    with pytest.raises(WrongTypeError) as info:
        build()
    assert str(info.value) == message


def test_a_duration_read_from_text_is_built_as_before() -> None:
    from regionrel.relations.wording import read_durations

    found = read_durations("for a period of five years")
    assert [d.years for d in found] == [5]
    assert all(isinstance(d, Duration) for d in found)


def test_an_agreement_event_successor_must_be_text() -> None:
    from regionrel.relations.lifecycle import AgreementEvent, AgreementEventKind

    with pytest.raises(WrongTypeError) as info:
        AgreementEvent(AgreementEventKind.AMENDMENT, datetime.date(2019, 1, 1), successor=_any(5))
    assert str(info.value) == "AgreementEvent: 'successor' must be a str or None (got 5)"
