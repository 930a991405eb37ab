"""attrs validators that raise regionrel errors instead of attrs' plain TypeError.

``attrs.validators.instance_of`` raises a bare :class:`TypeError` whose message
is built from attrs' internals; these name the class, the field, the rule and
the value, as every regionrel error does.

>>> import attrs
>>> @attrs.frozen
... class Note:
...     text: str = attrs.field(validator=instance_of(str))
>>> Note(7)
Traceback (most recent call last):
...
regionrel.errors.WrongTypeError: Note: 'text' must be a str (got 7)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from regionrel.errors import WrongTypeError

__all__ = ["instance_of", "optional_instance_of"]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _names(types: tuple[type, ...]) -> str:
    names = " or ".join(t.__name__ for t in types)
    return f"an {names}" if names[0] in "AEIOU" else f"a {names}"


def instance_of(*types: type) -> Validator:
    """A validator: the value must be an instance of one of *types*."""
    rule = f"must be {_names(types)}"

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, types):
            raise WrongTypeError(
                rule, cls=type(instance).__name__, field=attribute.name, value=value
            )

    return check


def optional_instance_of(*types: type) -> Validator:
    """A validator: the value must be None or an instance of one of *types*."""
    rule = f"must be {_names(types)} or None"

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, types):
            raise WrongTypeError(
                rule, cls=type(instance).__name__, field=attribute.name, value=value
            )

    return check
