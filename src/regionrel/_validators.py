"""The ground floor's rules for outside values: one coercion per kind, one message shape.

Every public entry point that takes a date, an exact number, a title or a sequence
reads it here, so that ``"12.01.2021"`` means the same thing to every class and a
bad value gets the same kind of message from each:

- :func:`as_date`: a :class:`datetime.date`, or its text as the sources write it
  (day first, ``"12.01.2021"``; ISO, ``"2021-01-12"``; words, ``"12 January 2021"``),
  read by :func:`regionrel.dates.parse_date`. A :class:`datetime.datetime` is refused:
  its time of day (and its time zone) would be dropped in silence, and a date and a
  datetime do not compare. Pass ``value.date()``.
- :func:`as_decimal`: an exact finite number: a :class:`~decimal.Decimal`, an ``int``
  or decimal text. A float is refused unless the caller allows it (then it is read as
  its shortest ``repr``, ``0.1`` as ``Decimal('0.1')``); a bool is never a number.
- :func:`as_tuple`, :func:`check_title`, :func:`instance_of`,
  :func:`optional_instance_of`: attrs converters and validators that raise
  regionrel errors instead of attrs' plain ``TypeError``.

>>> as_date("12.01.2021", cls="Agreement", field="signed_on")
datetime.date(2021, 1, 12)
>>> as_decimal("7109.5", cls="Money", field="amount")
Decimal('7109.5')

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

import datetime
import types
import typing
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from regionrel._exact import MAX_EXPONENT, read_decimal
from regionrel.errors import (
    AmbiguousError,
    ParseError,
    RegionrelError,
    ValidationError,
    WrongTypeError,
)

__all__ = [
    "DATE_RULE",
    "EXPONENT_RULE",
    "as_count",
    "as_date",
    "as_decimal",
    "as_optional_date",
    "as_optional_partial_date",
    "as_partial_date",
    "as_tuple",
    "checked_by_annotation",
    "check_count",
    "check_exponent",
    "check_title",
    "instance_of",
    "optional_instance_of",
]

if TYPE_CHECKING:
    from regionrel.dates import PartialDate

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

#: What every field that takes a date as a source gives it accepts, as the messages say it.
PARTIAL_DATE_RULE: Final = (
    "must be a datetime.date, a PartialDate or a date's text such as "
    "'12.05.2019', 'May 2019' or '2018'"
)

#: What every date field accepts, as the messages say it.
DATE_RULE: Final = "must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12'"


def as_date(value: object, *, cls: str, field: str) -> datetime.date:
    """Return *value* as a :class:`datetime.date`: the library's one rule for dates.

    Args:
        value: a :class:`datetime.date` (not a datetime), or text read day first by
            :func:`regionrel.dates.parse_date`.
        cls: the class or function that takes the date, for the message.
        field: the field or argument, for the message.

    Raises:
        WrongTypeError: *value* is not a date or a string, or is a datetime.
        ParseError: the text is not a date.
        AmbiguousError: the text can be read more than one way.

    >>> import datetime
    >>> as_date(datetime.date(2021, 1, 12), cls="Period", field="start")
    datetime.date(2021, 1, 12)
    >>> as_date(datetime.datetime(2021, 1, 12, 9, 30), cls="Period", field="start")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: Period: 'start' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12', not a datetime: pass value.date() (got datetime.datetime(2021, 1, 12, 9, 30))
    >>> as_date("31.02.2021", cls="Period", field="start")
    Traceback (most recent call last):
    ...
    regionrel.errors.ParseError: Period: 'start' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12': is not a date that exists: February 2021 has 28 days (got '31.02.2021')
    """
    if type(value) is datetime.date:
        return value
    if isinstance(value, datetime.datetime):
        raise WrongTypeError(
            DATE_RULE + ", not a datetime: pass value.date()", cls=cls, field=field, value=value
        )
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        from regionrel.dates import parse_date

        try:
            return parse_date(value)
        except AmbiguousError as exc:
            raise AmbiguousError(
                f"{DATE_RULE}: {exc.rule}",
                candidates=exc.candidates,
                cls=cls,
                field=field,
                value=value,
            ) from None
        except ParseError as exc:
            raise ParseError(
                f"{DATE_RULE}: {exc.rule}", text=value, cls=cls, field=field
            ) from None
        except RegionrelError as exc:
            raise ValidationError(
                f"{DATE_RULE}: {exc.rule}", cls=cls, field=field, value=value
            ) from None
    raise WrongTypeError(DATE_RULE, cls=cls, field=field, value=value)


def as_optional_date(value: object, *, cls: str, field: str) -> datetime.date | None:
    """:func:`as_date`, with ``None`` kept as ``None`` (a date not known or not set).

    >>> as_optional_date(None, cls="Agreement", field="signed_on") is None
    True
    """
    return None if value is None else as_date(value, cls=cls, field=field)


#: What every exact-number field accepts, as the messages say it; ``{}`` is the field's example.
_NUMBER_RULE: Final = "must be an exact number (a Decimal, an int or decimal text such as {})"


#: The bound on a number's size (:data:`regionrel._exact.MAX_EXPONENT`), as the messages say it.
EXPONENT_RULE: Final = (
    f"must lie within 1E-{MAX_EXPONENT} and 1E+{MAX_EXPONENT} in size "
    f"(an exponent within ±{MAX_EXPONENT})"
)


def check_exponent(number: Decimal, *, cls: str, field: str, value: object = None) -> Decimal:
    """Return the finite *number* if its size is within the library's bound; refuse it if not.

    The bound is :data:`regionrel._exact.MAX_EXPONENT`: the adjusted exponent (the power of
    ten of the first digit) lies within ±1000. *value* is what the caller gave, for the
    message (*number* itself by default).

    >>> check_exponent(Decimal("1E+1000"), cls="Money", field="amount")
    Decimal('1E+1000')
    >>> check_exponent(Decimal("1E+1001"), cls="Money", field="amount")
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: Money: 'amount' must lie within 1E-1000 and 1E+1000 in size (an exponent within ±1000) (got Decimal('1E+1001'))
    """
    if -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT:
        return number
    raise ValidationError(
        EXPONENT_RULE, cls=cls, field=field, value=number if value is None else value
    )


def as_decimal(
    value: object, *, cls: str, field: str, floats: bool = False, example: str = "'7109.5'"
) -> Decimal:
    """Return *value* as an exact finite :class:`~decimal.Decimal`: the one rule for numbers.

    Args:
        value: a Decimal, an int or decimal text (``"-4115.9"``, ``"1E+3"``); a float
            only when *floats* is true.
        cls: the class or function that takes the number, for the message.
        field: the field or argument, for the message.
        floats: read a float as its shortest ``repr`` instead of refusing it.
        example: a number of the field's own kind, for the message.

    Raises:
        WrongTypeError: *value* is not a number (a bool is not), or is a float and
            *floats* is false.
        ValidationError: text that is not a number (digits other than ASCII ones are
            refused, as :func:`regionrel._numbers.parse_number` refuses them), a value that
            is not finite, or one beyond the library's bound on size: its adjusted exponent
            (``Decimal.adjusted()``) must lie within ±1000
            (:data:`regionrel._exact.MAX_EXPONENT`).

    >>> as_decimal(0.1, cls="quantity", field="value", floats=True)
    Decimal('0.1')
    >>> as_decimal(0.1, cls="Money", field="amount")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: Money: 'amount' must be an exact number (a Decimal, an int or decimal text such as '7109.5'), not a float: write Decimal(str(x)) (got 0.1 that is a float)
    >>> as_decimal("7,1O9", cls="Money", field="amount")
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: Money: 'amount' must be an exact number (a Decimal, an int or decimal text such as '7109.5') (got '7,1O9')
    """
    # The fast paths first, and the message built only when it is needed: Money's
    # constructor runs through here (benchmarks/bench_money.py).
    kind = type(value)
    number: Decimal
    if kind is Decimal:
        number = value  # type: ignore[assignment]
    elif kind is str:
        try:
            # Decimal strips the same whitespace as str.strip, so the text is read as given;
            # it also reads any script's digits ("١٢٣"), which parse_number refuses: so here.
            if not value.isascii() and not value.strip().isascii():  # type: ignore[attr-defined]
                raise InvalidOperation
            number = read_decimal(value)  # type: ignore[arg-type]
        except InvalidOperation:
            raise ValidationError(
                _NUMBER_RULE.format(example), cls=cls, field=field, value=value
            ) from None
    elif kind is int:
        if -_INT_BOUND < value < _INT_BOUND:
            return Decimal(value)  # type: ignore[arg-type]
        number = Decimal(value)  # type: ignore[arg-type]
    elif isinstance(value, bool):
        raise WrongTypeError(_NUMBER_RULE.format(example), cls=cls, field=field, value=value)
    elif isinstance(value, Decimal):
        number = Decimal(value)
    elif isinstance(value, int):
        number = Decimal(int(value))
    elif isinstance(value, float):
        if not floats:
            raise WrongTypeError(
                _NUMBER_RULE.format(example) + ", not a float: write Decimal(str(x))",
                cls=cls,
                field=field,
                value=value,
            )
        number = read_decimal(repr(value))
    elif isinstance(value, str):
        number = as_decimal(str.__str__(value), cls=cls, field=field, example=example)
    else:
        raise WrongTypeError(_NUMBER_RULE.format(example), cls=cls, field=field, value=value)
    if not number.is_finite():
        raise ValidationError("must be a finite number", cls=cls, field=field, value=value)
    if -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT:
        return number
    raise ValidationError(EXPONENT_RULE, cls=cls, field=field, value=value)


#: Every int strictly between -_INT_BOUND and _INT_BOUND is within the bound on size.
_INT_BOUND: Final = 10 ** (MAX_EXPONENT + 1)


def as_count(
    value: object, *, cls: str, field: str, minimum: int = 0, maximum: int | None = None
) -> int:
    """Return *value*, a count, as a plain int: an int (never a bool) within the bounds.

    >>> as_count(3, cls="TradeReport.audit", field="max_suspects", minimum=1)
    3
    >>> as_count(2.0, cls="hhi_unctad", field="n")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: hhi_unctad: 'n' must be an int (got 2.0 that is a float)
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError("must be an int", cls=cls, field=field, value=value)
    if value < minimum:
        raise ValidationError(f"must be at least {minimum}", cls=cls, field=field, value=value)
    if maximum is not None and value > maximum:
        raise ValidationError(f"must be at most {maximum:,}", cls=cls, field=field, value=value)
    return int(value)  # a subclass's own arithmetic and str are not kept


def check_count(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """An attrs validator: the field holds a count (:func:`as_count`, at least 0).

    >>> @attrs.frozen
    ... class Tally:
    ...     done: int = attrs.field(validator=check_count)
    >>> Tally(-1)
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: Tally: 'done' must be at least 0 (got -1)
    """
    as_count(value, cls=type(instance).__name__, field=attribute.name)


def as_tuple(value: Any) -> Any:
    """An attrs converter: a list or tuple becomes a tuple; anything else is left to the validator.

    A string is left as it is, so that the validator refuses it instead of splitting it into
    characters.

    >>> as_tuple(["a", "b"]), as_tuple("ab")
    (('a', 'b'), 'ab')
    """
    return tuple(value) if isinstance(value, list | tuple) else value


def check_title(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """An attrs validator: a title is a non-empty ``str``.

    >>> @attrs.frozen
    ... class Forum:
    ...     title: str = attrs.field(validator=check_title)
    >>> Forum("  ")
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: Forum: 'title' must not be empty (got '  ')
    """
    cls = type(instance).__name__
    if not isinstance(value, str):
        raise WrongTypeError("must be a str", cls=cls, field=attribute.name, value=value)
    if not value.strip():
        raise ValidationError("must not be empty", cls=cls, field=attribute.name, value=value)


def _names(types: tuple[type, ...]) -> str:
    names = " or ".join(t.__name__ for t in types)
    return f"an {names}" if names[0] in "AEIOUaeiou" else f"a {names}"


def instance_of(*types: type) -> Validator:
    """A validator: the value must be an instance of one of *types*."""
    rule = f"must be {_names(types)}"

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, types):
            raise WrongTypeError(
                rule, cls=type(instance).__name__, field=attribute.name, value=value
            )

    return check


def checked_by_annotation(
    cls: type, fields: list[attrs.Attribute[Any]]
) -> list[attrs.Attribute[Any]]:
    """An attrs field transformer: each field with no validator of its own checks its value
    against its annotation when an instance is built.

    A plain class, ``X | None``, a union of classes and a generic (``tuple[int, int]``: a
    tuple) are checked with ``isinstance`` (an ``int`` passes for ``float``); any other
    annotation (``Any``, a ``Literal``, a callable) is not. The annotations are read on
    the first instance, when every name they use exists. A value of another type raises
    :class:`~regionrel.errors.WrongTypeError` naming the class, the field and the value, so
    no record is built half-valid.

    >>> @attrs.frozen(field_transformer=checked_by_annotation)
    ... class Point:
    ...     x: int
    ...     label: str | None = None
    >>> Point(1, "a").x
    1
    >>> Point("1")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: Point: 'x' must be an int (got '1')
    """
    del cls  # (the annotations are read from the instance's class, on first use)
    return [
        field if field.validator is not None else field.evolve(validator=_by_annotation())
        for field in fields
    ]


def _by_annotation() -> Validator:
    known: dict[type, tuple[type, ...] | None] = {}

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        owner = type(instance)
        if owner not in known:
            known[owner] = _classes_of(owner, attribute.name)
        allowed = known[owner]
        if allowed is not None and not isinstance(value, allowed):
            raise WrongTypeError(
                _rule_of(allowed),
                cls=owner.__name__,
                field=attribute.name,
                value=value,
            )

    return check


def _rule_of(allowed: tuple[type, ...]) -> str:
    """The rule for the classes an annotation allows, ``None`` by its name ("or None")."""
    classes = tuple(c for c in allowed if c is not type(None))
    rule = f"must be {_names(classes)}" if classes else "must be None"
    return f"{rule} or None" if classes and len(classes) < len(allowed) else rule


def _classes_of(owner: type, name: str) -> tuple[type, ...] | None:
    """The classes an annotated field may hold, or None when its annotation is not one."""
    try:
        hint = typing.get_type_hints(owner)[name]
    except Exception:  # (an annotation that cannot be resolved is not checked)
        return None
    options = typing.get_args(hint) if _is_union(hint) else (hint,)
    classes: list[type] = []
    for option in options:
        origin = typing.get_origin(option) or option
        if option is None or option is type(None):
            classes.append(type(None))
        elif isinstance(origin, type) and origin is not typing.Any:
            classes.append(origin)
            if origin is float:
                classes.append(int)
        else:
            return None
    return tuple(dict.fromkeys(classes))


def _is_union(hint: object) -> bool:
    return isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union


def optional_instance_of(*types: type) -> Validator:
    """A validator: the value must be None or an instance of one of *types*."""
    rule = f"must be {_names(types)} or None"

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, types):
            raise WrongTypeError(
                rule, cls=type(instance).__name__, field=attribute.name, value=value
            )

    return check


def as_partial_date(value: object, *, cls: str, field: str) -> PartialDate:
    """Return *value* as a :class:`~regionrel.dates.PartialDate`: a date as a source gives it.

    Args:
        value: a :class:`~regionrel.dates.PartialDate`; a :class:`datetime.date` (not a
            datetime), known to the day; or text read by
            :meth:`~regionrel.dates.PartialDate.parse` (``"2018"``, ``"May 2019"``,
            ``"05.2019"``, ``"12.05.2019"``, ``"в 2018 году"``).
        cls: the class or function that takes the date, for the message.
        field: the field or argument, for the message.

    Raises:
        WrongTypeError: *value* is none of those, or is a datetime.
        ParseError: the text is not a date, a month or a year.
        AmbiguousError: the text can be read more than one way.

    >>> as_partial_date("в 2018 году", cls="Agreement", field="signed_on")
    PartialDate(2018)
    >>> as_partial_date(datetime.date(2019, 5, 12), cls="Agreement", field="signed_on")
    PartialDate(2019, 5, 12)
    >>> as_partial_date(2018, cls="Agreement", field="signed_on")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: Agreement: 'signed_on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018' (got 2018)
    """
    from regionrel.dates import PARTIAL_DATE_RULE as READS
    from regionrel.dates import PartialDate

    if isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime.datetime):
        raise WrongTypeError(
            PARTIAL_DATE_RULE + ", not a datetime: pass value.date()",
            cls=cls,
            field=field,
            value=value,
        )
    if isinstance(value, datetime.date):
        return PartialDate.of(value)
    if isinstance(value, str):
        try:
            return PartialDate.parse(value)
        except AmbiguousError as exc:
            raise AmbiguousError(
                exc.rule, candidates=exc.candidates, cls=cls, field=field, value=value
            ) from None
        except ParseError as exc:
            # the reason alone, after PartialDate.parse's own statement of what it reads
            reason = exc.rule.removeprefix(f"{READS}: ")
            raise ParseError(
                f"{PARTIAL_DATE_RULE}: {reason}", text=value, cls=cls, field=field
            ) from None
    raise WrongTypeError(PARTIAL_DATE_RULE, cls=cls, field=field, value=value)


def as_optional_partial_date(value: object, *, cls: str, field: str) -> PartialDate | None:
    """:func:`as_partial_date`, with ``None`` kept as ``None`` (not known or not set).

    >>> as_optional_partial_date(None, cls="Agreement", field="signed_on") is None
    True
    """
    return None if value is None else as_partial_date(value, cls=cls, field=field)


_Made = TypeVar("_Made")

#: The field names :func:`unchecked` sets, per class (worked out on first use).
_UNCHECKED_FIELDS: dict[type, tuple[str, ...]] = {}


def unchecked(cls: type[_Made], *values: object) -> _Made:
    """An instance of the frozen attrs class *cls*, with *values* for all its fields in
    order, made without running its validators.

    Only for values a reader built from values it read and checked itself (a text makes
    tens of thousands per megabyte); outside data goes through the class's constructor.
    A class with converters, a post-init step, fields outside ``__init__`` or a cached
    hash is refused, and so is the wrong number of values.

    Raises:
        ValidationError: *cls* is not a class this can make, or a value is missing.

    >>> @attrs.frozen(field_transformer=checked_by_annotation)
    ... class Point:
    ...     x: int
    ...     label: str | None = None
    >>> unchecked(Point, 1, "a") == Point(1, "a")
    True
    """
    names = _UNCHECKED_FIELDS.get(cls)
    if names is None:
        names = _UNCHECKED_FIELDS.setdefault(cls, _plain_fields(cls))
    if len(values) != len(names):
        raise ValidationError(
            f"must be {len(names)} values, one per field",
            cls="unchecked",
            field="values",
            value=len(values),
        )
    made = object.__new__(cls)
    set_field = object.__setattr__
    for name, value in zip(names, values, strict=True):
        set_field(made, name, value)
    return made


def _plain_fields(cls: type) -> tuple[str, ...]:
    """The names of the fields of *cls*, when setting them is all its constructor does."""
    fields = attrs.fields(cls) if attrs.has(cls) else None
    if (
        fields is None
        or hasattr(cls, "__attrs_post_init__")
        or hasattr(cls, "__attrs_pre_init__")
        or any("cached_hash" in name for name in getattr(cls, "__slots__", ()))
        or "__dict__" in dir(cls)
        or any(f.converter is not None or not f.init for f in fields)
    ):
        raise ValidationError(
            "must be a slotted attrs class whose constructor only sets and checks its fields",
            cls="unchecked",
            field="cls",
            value=cls,
        )
    return tuple(f.name for f in fields)
