"""The exceptions and warnings that regionrel raises.

Every error derives from :class:`RegionrelError` and from the builtin that
fits it (:class:`ValueError`, :class:`LookupError` or :class:`TypeError`), so
that callers may catch either. Each carries structured attributes (``cls``,
``field``, ``rule`` and ``value``) and builds its message from them:

>>> err = ValidationError("must be a known ISO 4217 code", cls="Money", field="currency", value="XYZ")
>>> str(err)
"Money: 'currency' must be a known ISO 4217 code (got 'XYZ')"
>>> isinstance(err, ValueError), err.field
(True, 'currency')

Errors pickle with all their attributes:

>>> import pickle
>>> pickle.loads(pickle.dumps(err)).value
'XYZ'
"""

from __future__ import annotations

import math
import reprlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from regionrel.periods import Period

__all__ = [
    "AmbiguousError",
    "AmbiguousRegionError",
    "IncompleteRankingWarning",
    "SerializationError",
    "SeriesGapError",
    "LifecycleWarning",
    "MissingExtraError",
    "RegistrationWarning",
    "RelationsWarning",
    "SumOverflowError",
    "CurrencyMismatchError",
    "MissingRateError",
    "ParseError",
    "RegionrelError",
    "RegionrelWarning",
    "UnknownRegionError",
    "ValidationError",
    "WrongTypeError",
]


class _NoValue:
    """Marks an error raised without an offending value."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<no value>"

    def __reduce__(self) -> str:
        return "NO_VALUE"


#: Stands for "no value was given" in an error's ``value`` attribute.
NO_VALUE: Final[Any] = _NoValue()

_REPR_LIMIT: Final = 80


def describe_value(value: object) -> str:
    """Return a short ``repr`` of *value* for a message, cut to a sane length.

    The excerpt is bounded whatever the value: a long string or container is cut, a huge
    int is described by its number of digits (Python refuses to write one of more than
    4,300 digits), and a value whose ``repr`` fails is named by its type.

    >>> describe_value("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (100 characters)"
    >>> describe_value(7109.0)
    '7109.0 that is a float'
    >>> describe_value(10**5000)
    'an int of about 5001 digits'
    >>> describe_value(list(range(10**6)))
    '[0, 1, 2, 3, 4, 5, ...] that is a list'
    """
    if isinstance(value, str):
        if type(value) is not str:
            # A subclass's own __repr__ (a quoted phrase's) when it works and is short; else
            # the plain text, since the caller's __repr__ may fail or print anything.
            try:
                text = repr(value)
            except Exception:
                text = None
            if isinstance(text, str) and len(text) <= _REPR_LIMIT:
                return text
            value = str.__str__(value)
        if len(value) > _REPR_LIMIT:
            cut = repr(value[:_REPR_LIMIT])  # the dots go inside its closing quote
            return f"{cut[:-1]}...{cut[-1]} ({len(value)} characters)"
        return repr(value)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 14_000:
        # Python refuses to write an int of more than 4,300 digits (int_max_str_digits)
        return f"an int of about {int(value.bit_length() * math.log10(2)) + 1} digits"
    container = isinstance(value, list | tuple | dict | set | frozenset)
    try:
        # A long container is written through reprlib, which stops after a few items.
        text = _REPR.repr(value) if container and len(value) > 100 else repr(value)  # type: ignore[arg-type]
    except (
        Exception
    ):  # a broken or refusing __repr__ (or a huge int inside) must not hide the error
        text = f"<{type(value).__name__} object>"
    if len(text) > _REPR_LIMIT:
        text = text[:_REPR_LIMIT] + "..."
    if isinstance(value, list | tuple | dict | set | frozenset):
        return f"{text} that is a {type(value).__name__}"
    if isinstance(value, float | complex | bytes):
        return f"{text} that is a {type(value).__name__}"
    return text


_REPR: Final = reprlib.Repr()  # keyword arguments only from Python 3.12
_REPR.maxlist = _REPR.maxtuple = _REPR.maxset = _REPR.maxfrozenset = 6
_REPR.maxdict = 4
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = 40


def _rebuild(cls: type[RegionrelError], state: dict[str, Any]) -> RegionrelError:
    err = cls.__new__(cls)
    err.__dict__.update(state)
    err.args = (str(err),)
    return err


class RegionrelError(Exception):
    """The base of every error that regionrel raises.

    Args:
        rule: what was expected, as a phrase that follows the field's name
            ("must be positive", "is not a known currency").
        cls: the class or function the check belongs to.
        field: the field or argument that broke the rule.
        value: the value received; leave it out when there is none.

    >>> raise RegionrelError("must not be empty", cls="Period", field="text", value="")
    Traceback (most recent call last):
    ...
    regionrel.errors.RegionrelError: Period: 'text' must not be empty (got '')
    """

    rule: str
    cls: str | None
    field: str | None
    value: Any

    def __init__(
        self,
        rule: str,
        *,
        cls: str | None = None,
        field: str | None = None,
        value: Any = NO_VALUE,
    ) -> None:
        self.rule = rule
        self.cls = cls
        self.field = field
        self.value = value
        super().__init__(str(self))

    @property
    def has_value(self) -> bool:
        """Whether the error names the value it received."""
        return self.value is not NO_VALUE

    def __str__(self) -> str:
        parts = []
        if self.cls:
            parts.append(f"{self.cls}:")
        if self.field:
            parts.append(f"{self.field!r}")
        parts.append(self.rule)
        message = " ".join(parts)
        if self.has_value:
            message += f" (got {describe_value(self.value)})"
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), dict(self.__dict__)))


class ValidationError(RegionrelError, ValueError):
    """A value of the right type that breaks a rule: a negative flow, an unknown code."""


class WrongTypeError(RegionrelError, TypeError):
    """A value of the wrong type, such as a float where an exact amount is needed."""


class ParseError(RegionrelError, ValueError):
    """Text that could not be read.

    ``text`` is the input and ``position`` the index where reading stopped.

    >>> err = ParseError("expected a currency after the amount", cls="parse_money", text="7,109 mil", position=6)
    >>> print(err)
    parse_money: expected a currency after the amount (got '7,109 mil', stopped at position 6 before 'mil')
    >>> err.position
    6
    """

    text: str
    position: int | None

    def __init__(
        self,
        rule: str,
        *,
        text: str,
        position: int | None = None,
        cls: str | None = None,
        field: str | None = None,
    ) -> None:
        self.text = text
        self.position = position
        super().__init__(rule, cls=cls, field=field)

    def __str__(self) -> str:
        message = f"{super().__str__()} (got {describe_value(self.text)}"
        if self.position is None:
            return message + ")"
        rest = self.text[self.position : self.position + 20]
        where = f"before {rest!r}" if rest else "at the end"
        return f"{message}, stopped at position {self.position} {where})"


class AmbiguousError(RegionrelError, ValueError):
    """Input that can be read more than one way; ``candidates`` lists the readings.

    >>> print(AmbiguousError("could be day-first or month-first", cls="parse_date", value="01.02.2021", candidates=["2021-02-01", "2021-01-02"]))
    parse_date: could be day-first or month-first (got '01.02.2021'); candidates: '2021-02-01', '2021-01-02'
    """

    candidates: tuple[object, ...]

    def __init__(
        self,
        rule: str,
        *,
        candidates: Iterable[object],
        cls: str | None = None,
        field: str | None = None,
        value: Any = NO_VALUE,
    ) -> None:
        self.candidates = tuple(candidates)
        super().__init__(rule, cls=cls, field=field, value=value)

    def __str__(self) -> str:
        listed = ", ".join(repr(c) for c in self.candidates)
        return f"{super().__str__()}; candidates: {listed}"


class UnknownRegionError(RegionrelError, LookupError):
    """A code or name that the gazetteer does not know; ``candidates`` are close matches.

    >>> print(UnknownRegionError("is not a known region code", field="code", value="RU-LNN", candidates=["RU-LEN"]))
    'code' is not a known region code (got 'RU-LNN'); did you mean 'RU-LEN'?

    *candidates* may be a function that finds them: it is called once, when
    they are first read (``candidates`` or the message), so that a lookup that
    fails and is caught does not pay for the search.
    """

    def __init__(
        self,
        rule: str,
        *,
        candidates: Iterable[str] | Callable[[], Iterable[str]] = (),
        cls: str | None = None,
        field: str | None = None,
        value: Any = NO_VALUE,
    ) -> None:
        self._candidates: tuple[str, ...] | None = None
        self._find: Callable[[], Iterable[str]] | None = None
        if callable(candidates):
            self._find = candidates
        else:
            self._candidates = tuple(candidates)
        # A function's candidates are left out of ``args`` until they are read.
        self._ready = self._find is None
        super().__init__(rule, cls=cls, field=field, value=value)
        self._ready = True

    @property
    def candidates(self) -> tuple[str, ...]:
        """Close matches, best first (found on first use when a function was given)."""
        if self._candidates is None:
            find, self._find = self._find, None
            self._candidates = tuple(find()) if find is not None else ()
            self.args = (str(self),)
        return self._candidates

    def __str__(self) -> str:
        message = super().__str__()
        if self._ready and self.candidates:
            message += "; did you mean " + " or ".join(repr(c) for c in self.candidates) + "?"
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(self.__dict__)
        state["_candidates"], state["_find"] = self.candidates, None
        return (_rebuild, (type(self), state))


class AmbiguousRegionError(AmbiguousError, LookupError):
    """A code or name that fits more than one region; ``candidates`` names them.

    It is both a :class:`AmbiguousError` (a ``ValueError``) and a ``LookupError``,
    so that ``except LookupError`` catches every failed gazetteer lookup.

    >>> err = AmbiguousRegionError("fits more than one region", field="name", value="Korea", candidates=["North Korea", "South Korea"])
    >>> isinstance(err, LookupError), isinstance(err, ValueError)
    (True, True)
    """


class CurrencyMismatchError(RegionrelError, ValueError):
    """An operation on amounts in two currencies; ``left`` and ``right`` name them.

    >>> print(CurrencyMismatchError("USD", "RUB", operation="+"))
    cannot apply '+' to amounts in USD and RUB: convert one of them first with ExchangeRates
    """

    left: str
    right: str
    operation: str

    def __init__(self, left: str, right: str, *, operation: str, cls: str | None = None) -> None:
        self.left = left
        self.right = right
        self.operation = operation
        super().__init__(
            f"cannot apply {operation!r} to amounts in {left} and {right}: "
            "convert one of them first with ExchangeRates",
            cls=cls,
        )

    def __str__(self) -> str:
        return f"{self.cls}: {self.rule}" if self.cls else self.rule


class MissingRateError(RegionrelError, LookupError):
    """No exchange rate is known for a currency pair on a date."""


class RegionrelWarning(UserWarning):
    """The base of regionrel's warnings: states that are legal but suspicious.

    Silence them all with ``warnings.simplefilter("ignore", RegionrelWarning)``,
    or one call's with :func:`warnings.catch_warnings`.
    """


class RelationsWarning(RegionrelWarning):
    """The base of the warnings about agreements, action plans and events."""


class RegistrationWarning(RelationsWarning):
    """An international agreement of a region with no state registration recorded."""


class LifecycleWarning(RelationsWarning):
    """A legal but suspicious lifecycle: a plan outside its agreement's life, a stale notice."""


class MissingExtraError(RegionrelError, ImportError):
    """An optional dependency (pandas, matplotlib) that is needed but not installed.

    >>> print(MissingExtraError("needs pandas: install it with 'pip install regionrel[pandas]'", cls="Ranking.to_frame"))
    Ranking.to_frame: needs pandas: install it with 'pip install regionrel[pandas]'
    """


class SumOverflowError(RegionrelError, OverflowError):
    """A sum of flows that 64-bit integers cannot hold: the columnar layer never wraps.

    >>> raise SumOverflowError("must sum to less than 2**63 minor units", cls="partial_sums", field="value", value=2**63)
    Traceback (most recent call last):
    ...
    regionrel.errors.SumOverflowError: partial_sums: 'value' must sum to less than 2**63 minor units (got 9223372036854775808)
    """


class SerializationError(ValidationError):
    """Data that :func:`from_dict` cannot read; ``problems`` lists each one with its path.

    A :class:`~regionrel.errors.ValidationError` (so a ``ValueError``) too.

    >>> err = SerializationError("Money", ["required field missing @ $.currency"], value={})
    >>> err.problems
    ('required field missing @ $.currency',)
    >>> print(err)
    from_dict: 'data' does not fit Money: required field missing @ $.currency (got {} that is a dict)
    """

    problems: tuple[str, ...]

    def __init__(self, target: str, problems: list[str] | tuple[str, ...], *, value: Any) -> None:
        self.problems = tuple(problems)
        super().__init__(
            f"does not fit {target}: " + "; ".join(self.problems),
            cls="from_dict",
            field="data",
            value=value,
        )


class IncompleteRankingWarning(RegionrelWarning):
    """Some members of the group have no value: the ranking covers only those that do."""


class SeriesGapError(ValidationError):
    """A growth figure asked across a gap in a series; ``gaps`` lists the missing periods."""

    gaps: tuple[Period, ...]

    def __init__(
        self,
        rule: str,
        *,
        gaps: Iterable[Period],
        cls: str | None = None,
        field: str | None = None,
    ) -> None:
        self.gaps = tuple(gaps)
        super().__init__(rule, cls=cls, field=field, value=", ".join(str(g) for g in self.gaps))
