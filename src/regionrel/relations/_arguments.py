"""Type checks of function and method arguments in the relations floor.

attrs validators check the fields of a class (regionrel._validators); these
check what a function or a method is called with, so a wrong type is refused
with a :class:`~regionrel.errors.WrongTypeError` naming the function, the
argument and the value, never a bare ``AttributeError`` from deep inside.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from regionrel.errors import WrongTypeError

__all__ = ["argument", "items"]

T = TypeVar("T")


def _names(types: tuple[type, ...]) -> str:
    names = " or ".join(t.__name__ for t in types)
    return f"an {names}" if names[0].upper() in "AEIOU" else f"a {names}"


def _plural(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)


def argument(value: object, *types: type[T], cls: str, field: str) -> T:
    """Return *value* when it is an instance of one of *types*; else raise WrongTypeError.

    >>> argument(3, int, cls="f", field="n")
    3
    >>> argument("3", int, cls="f", field="n")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: f: 'n' must be an int (got '3')
    """
    if isinstance(value, bool) and bool not in types:
        raise WrongTypeError(f"must be {_names(types)}", cls=cls, field=field, value=value)
    if not isinstance(value, types):
        raise WrongTypeError(f"must be {_names(types)}", cls=cls, field=field, value=value)
    return value


def items(values: object, *types: type[T], cls: str, field: str) -> tuple[T, ...]:
    """Return *values* as a tuple when each is an instance of one of *types*.

    A string, a mapping or anything not iterable is refused: a string is never
    read as its characters.

    >>> items([1, 2], int, cls="f", field="ns")
    (1, 2)
    >>> items("12", int, cls="f", field="ns")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: f: 'ns' must be a sequence of int, not a str (got '12')
    """
    rule = f"must be a sequence of {_plural(types)}"
    if isinstance(values, str | bytes | dict):
        raise WrongTypeError(
            f"{rule}, not a {type(values).__name__}", cls=cls, field=field, value=values
        )
    if not isinstance(values, Iterable):
        raise WrongTypeError(rule, cls=cls, field=field, value=values)
    held = tuple(values)
    for index, item in enumerate(held):
        if not isinstance(item, types):
            raise WrongTypeError(
                f"must be {_names(types)}", cls=cls, field=f"{field}[{index}]", value=item
            )
    return held
