"""The error hierarchy: builtin bases, structured attributes, exact messages, pickling."""

from __future__ import annotations

import pickle

import pytest

from regionrel.errors import (
    NO_VALUE,
    AmbiguousError,
    CurrencyMismatchError,
    MissingRateError,
    ParseError,
    RegionrelError,
    RegionrelWarning,
    UnknownRegionError,
    ValidationError,
    WrongTypeError,
    describe_value,
)

ERRORS: list[RegionrelError] = [
    RegionrelError("must not be empty", cls="Period", field="text", value=""),
    ValidationError("must be positive", cls="Money", field="amount", value=-1),
    WrongTypeError("must be a Decimal, int or str", cls="Money", field="amount", value=1.5),
    ParseError("expected a number", cls="parse_money", text="abc", position=0),
    ParseError("is empty", cls="parse_period", text=""),
    AmbiguousError("two readings", cls="parse_date", value="01.02.2021", candidates=["a", "b"]),
    UnknownRegionError("unknown", field="code", value="XX", candidates=["XK"]),
    CurrencyMismatchError("USD", "RUB", operation="+", cls="Money"),
    MissingRateError("no rate", cls="ExchangeRates", field="pair", value=("USD", "RUB")),
]


@pytest.mark.parametrize(
    ("err", "bases"),
    [
        (ValidationError("r"), (ValueError,)),
        (WrongTypeError("r"), (TypeError,)),
        (ParseError("r", text="t"), (ValueError,)),
        (AmbiguousError("r", candidates=()), (ValueError,)),
        (UnknownRegionError("r"), (LookupError,)),
        (CurrencyMismatchError("A", "B", operation="+"), (ValueError,)),
        (MissingRateError("r"), (LookupError,)),
    ],
)
def test_errors_mix_in_the_right_builtin(
    err: RegionrelError, bases: tuple[type[Exception], ...]
) -> None:
    assert isinstance(err, RegionrelError)
    assert isinstance(err, bases)


@pytest.mark.parametrize(
    ("err", "message"),
    [
        (ERRORS[0], "Period: 'text' must not be empty (got '')"),
        (ERRORS[1], "Money: 'amount' must be positive (got -1)"),
        (ERRORS[2], "Money: 'amount' must be a Decimal, int or str (got 1.5 that is a float)"),
        (
            ERRORS[3],
            "parse_money: expected a number (got 'abc', stopped at position 0 before 'abc')",
        ),
        (ERRORS[4], "parse_period: is empty (got '')"),
        (ERRORS[5], "parse_date: two readings (got '01.02.2021'); candidates: 'a', 'b'"),
        (ERRORS[6], "'code' unknown (got 'XX'); did you mean 'XK'?"),
        (
            ERRORS[7],
            "Money: cannot apply '+' to amounts in USD and RUB: "
            "convert one of them first with ExchangeRates",
        ),
        (ERRORS[8], "ExchangeRates: 'pair' no rate (got ('USD', 'RUB') that is a tuple)"),
        (RegionrelError("plain rule"), "plain rule"),
        (
            CurrencyMismatchError("A", "B", operation="<"),
            "cannot apply '<' to amounts in A and B: convert one of them first with ExchangeRates",
        ),
        (ParseError("x", text="ab", position=2), "x (got 'ab', stopped at position 2 at the end)"),
    ],
)
def test_messages_are_exact(err: RegionrelError, message: str) -> None:
    assert str(err) == message
    assert err.args == (message,)


@pytest.mark.parametrize("err", ERRORS)
def test_errors_pickle_with_their_attributes(err: RegionrelError) -> None:
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is type(err)
    assert clone.__dict__ == err.__dict__
    assert str(clone) == str(err)
    assert clone.args == err.args


def test_structured_attributes() -> None:
    err = ERRORS[1]
    assert (err.cls, err.field, err.rule, err.value) == ("Money", "amount", "must be positive", -1)
    assert err.has_value
    assert not RegionrelError("r").has_value
    assert RegionrelError("r").value is NO_VALUE
    assert repr(NO_VALUE) == "<no value>"
    assert pickle.loads(pickle.dumps(NO_VALUE)) is NO_VALUE


def test_describe_value_cuts_long_values() -> None:
    assert describe_value("ab") == "'ab'"
    long_list = list(range(100))
    assert describe_value(long_list).endswith("... that is a list")
    assert describe_value(list(range(1000))) == "[0, 1, 2, 3, 4, 5, ...] that is a list"
    assert describe_value([10**5000]) == "<list object> that is a list"
    assert len(describe_value([list(range(10**5))] * 10**5)) < 120


def test_describe_value_is_bounded_for_any_value() -> None:
    assert describe_value(10**2000) == "1" + "0" * 79 + "..."
    assert describe_value(-(10**5000)) == "an int of about 5001 digits"
    assert describe_value(10**50) == repr(10**50)

    class Refusing:
        def __repr__(self) -> str:
            raise RuntimeError("no")

    assert describe_value(Refusing()) == "<Refusing object>"
    assert str(RegionrelError("r", value=10**10000)).endswith("(got an int of about 10001 digits)")
    assert describe_value("y" * 81) == "'" + "y" * 80 + "...' (81 characters)"


def test_warning_base_is_a_user_warning() -> None:
    assert issubclass(RegionrelWarning, UserWarning)
