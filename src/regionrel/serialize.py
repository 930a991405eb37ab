"""Plain, JSON-safe dicts from regionrel's values and back, through cattrs; no I/O.

:func:`to_dict` turns a value into dicts, lists, strings, ints, floats, bools
and ``None`` only, so ``json.dumps`` takes the result as it is:

- Decimals are strings (``"7109.5"``), dates ISO strings (``"2018-12-31"``),
  periods their canonical text (``"2018"``, ``"2019-Q2"``);
- :class:`~regionrel.money.Money` is ``{"amount": "7109000000", "currency": "USD"}``;
- :class:`~regionrel.reported.Reported` is its published text, kind and locale;
- a region of the built-in gazetteer is its code (``"RU-LEN"``, ``"CN"``), a
  group of it its name; any other region or group is written out whole;
- a governing body is its name, its region's code and its kind;
- enums are their values, tuples lists, frozensets sorted lists;
- a field that may hold values of several classes (a trade partner: a region, a
  group or the world) holds ``{"type": "<class name>", "value": ...}``.

:func:`from_dict` reads such a dict back through the classes' public
constructors, so every rule they check applies. Unknown or missing keys and bad
values give one :class:`SerializationError` that lists every problem with its
path.

>>> from regionrel import Money, TradeBalance, Period, gazetteer
>>> balance = TradeBalance(Money("7109", "USD"), Money("4115.9", "USD"),
...     reporter=gazetteer.get("RU-LEN"), period=Period.year(2018))
>>> row = to_dict(balance)
>>> row["exports"], row["reporter"], row["period"]
({'amount': '7109', 'currency': 'USD'}, {'type': 'Region', 'value': 'RU-LEN'}, '2018')
>>> from_dict(TradeBalance, row) == balance
True
>>> from_dict(Money, {"amount": 7109, "currency": "USD", "cents": 0})
Traceback (most recent call last):
...
regionrel.errors.SerializationError: from_dict: 'data' does not fit Money: extra fields found (cents) @ $ (got ...)

Computed results that keep no constructor of their own (``AuditResult``,
``Explanation``, ``Diagnosis``, ``Finding``) round-trip too, since they are
plain attrs values. A :class:`~regionrel.agreements.RelationsFinding` is written
as its data form, its warning category by name
(:meth:`~regionrel.agreements.RelationsFinding.to_dict`), and read back:

>>> from regionrel.relations import LifecycleWarning, RelationsFinding
>>> finding = RelationsFinding("entry-pending", "awaits ratification", "Agreement X",
...     LifecycleWarning)
>>> to_dict(finding)["category"], from_dict(RelationsFinding, to_dict(finding)) == finding
('LifecycleWarning', True)

A value that holds a pint quantity (:class:`~regionrel.trade.PhysicalFlow`)
cannot be written and raises :class:`~regionrel.errors.WrongTypeError`.
"""

from __future__ import annotations

import datetime
import sys
import threading
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from regionrel._exact import decimal_text, read_decimal
from regionrel._validators import as_date
from regionrel.errors import (
    RegionrelError,
    SerializationError,  # defined with every error, re-exported here
    ValidationError,
    WrongTypeError,
)

if TYPE_CHECKING:
    import cattrs

__all__ = ["SerializationError", "from_dict", "to_dict"]

T = TypeVar("T")

_LOCK = threading.Lock()
_STATE: dict[str, Any] = {}


# -- helpers the hooks use -----------------------------------------------------------------


def _fail(rule: str, cls: str, value: object) -> ValidationError:
    return ValidationError(rule, cls=cls, value=value)


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise WrongTypeError("expected a str", cls="Decimal", value=value)
    try:
        return read_decimal(value)
    except InvalidOperation:
        raise _fail("is not a decimal number", "Decimal", value) from None


def _structure_date(value: object, _: type) -> datetime.date:
    # The library's one rule for dates: ISO text as to_dict writes it, and every date's
    # text a constructor reads ("12.01.2021", day first).
    return as_date(value, cls="from_dict", field="date")


def _sort_key(value: object) -> str:
    import json

    return json.dumps(value, sort_keys=True)


def _type_name(tp: object) -> str:
    return getattr(tp, "__name__", repr(tp))


def _is_multi_union(tp: object) -> bool:
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return False
    return len([a for a in typing.get_args(tp) if a is not type(None)]) > 1


def _is_tuple(tp: Any) -> bool:
    return tp is tuple or typing.get_origin(tp) is tuple


#: The collection types whose data is a list: a str (or a dict) there is refused, not split.
_COLLECTIONS: tuple[Any, ...] = ()

#: Per thread, the collection types whose plain cattrs hook is being looked up.
_PLAIN = threading.local()


def _is_collection(tp: Any) -> bool:
    """tuple[...], list[...], frozenset[...] and their abstract kinds, unless the plain hook is wanted."""
    if tp in getattr(_PLAIN, "types", ()):
        return False
    return (typing.get_origin(tp) or tp) in _COLLECTIONS


def _is_opaque(tp: Any) -> bool:
    """Any (a pint quantity) or a class object: nothing JSON can hold."""
    return tp is Any or typing.get_origin(tp) is type


def _module_namespace() -> dict[str, Any]:
    """Every name the regionrel modules define, for resolving string annotations."""
    merged: dict[str, Any] = {}
    for name, module in list(sys.modules.items()):
        if name == "regionrel" or name.startswith("regionrel."):
            for key, value in vars(module).items():
                merged.setdefault(key, value)
    return merged


def _data_classes() -> tuple[type, ...]:
    """The data classes :func:`to_dict` and :func:`from_dict` are for, from their modules.

    One or more a module: importing them loads every module whose classes a value of
    theirs may hold, so that :func:`_attrs_classes` finds those classes too and their
    string annotations can be resolved. A module that holds data classes is named here.
    """
    from regionrel.agreements import Agreement
    from regionrel.audit.report import TradeReport
    from regionrel.audit.result import AuditResult
    from regionrel.events import Event
    from regionrel.money import Money
    from regionrel.periods import Period, PeriodText
    from regionrel.plans import ActionPlan
    from regionrel.profile import RegionRelations
    from regionrel.rates import ExchangeRates
    from regionrel.regions import Region
    from regionrel.reported import Reported
    from regionrel.text.reader import Extraction
    from regionrel.trade.balance import TradeBalance
    from regionrel.trade.change import TradeChange
    from regionrel.trade.partners import PartnerStructure
    from regionrel.trade.rankings import Ranking
    from regionrel.trade.series import TradeSeries
    from regionrel.trade.volumes import PhysicalFlow

    return (
        ActionPlan,
        Agreement,
        AuditResult,
        Event,
        ExchangeRates,
        Extraction,
        Money,
        PartnerStructure,
        Period,
        PeriodText,
        PhysicalFlow,
        Ranking,
        Region,
        RegionRelations,
        Reported,
        TradeBalance,
        TradeChange,
        TradeReport,
        TradeSeries,
    )


def _attrs_classes() -> list[type]:
    found: list[type] = []
    for name, module in list(sys.modules.items()):
        if not (name == "regionrel" or name.startswith("regionrel.")):
            continue
        for value in list(vars(module).values()):
            if (
                isinstance(value, type)
                and attrs.has(value)
                and value.__module__ == name
                and value not in found
            ):
                found.append(value)
    return found


# -- building the converter ------------------------------------------------------------------


def _build() -> cattrs.Converter:
    from collections.abc import MutableSequence, MutableSet, Sequence
    from collections.abc import Set as AbstractSet

    global _COLLECTIONS
    _COLLECTIONS = (
        tuple,
        list,
        set,
        frozenset,
        Sequence,
        MutableSequence,
        AbstractSet,
        MutableSet,
    )

    import cattrs
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

    import regionrel.gazetteer as gazetteer
    from regionrel.audit.report import TradeReport
    from regionrel.periods import Period
    from regionrel.regions import Codes, Region, RegionGroup
    from regionrel.relations.findings import RelationsFinding
    from regionrel.reported import FigureKind, Reported
    from regionrel.trade.balance import WORLD, World

    # cattrs needs real types; regionrel's annotations are strings, some naming
    # classes imported only for type checking. Resolve them (in place, once, as
    # attrs.resolve_types does) against every name the regionrel modules define.
    _data_classes()
    namespace = _module_namespace()
    for cls in _attrs_classes():
        module_ns = {**namespace, **vars(sys.modules[cls.__module__])}
        try:
            attrs.resolve_types(cls, globalns=module_ns)
        except (NameError, TypeError):  # pragma: no cover - a class we do not serialise
            continue

    conv = cattrs.Converter(
        forbid_extra_keys=True,
        detailed_validation=True,
        unstruct_collection_overrides={
            Sequence: list,
            AbstractSet: lambda items: sorted(items, key=_sort_key),
        },
    )

    conv.register_unstructure_hook(Decimal, decimal_text)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    conv.register_structure_hook(datetime.date, _structure_date)

    def tuple_factory(tp: Any) -> Callable[[Any], Any]:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = args[0]
            return lambda value: [conv.unstructure(v, item) for v in value]
        return lambda value: [conv.unstructure(v, a) for v, a in zip(value, args, strict=True)]

    conv.register_unstructure_hook_factory(_is_tuple, tuple_factory)

    # A str where a list belongs is refused, not split into characters ("Karelia" as
    # aliases would become 'K', 'a', ...), with a short message; so is a dict (its keys).
    def collection_factory(tp: Any) -> Callable[[Any, Any], Any]:
        looking: frozenset[Any] = getattr(_PLAIN, "types", frozenset())
        _PLAIN.types = looking | {tp}
        try:
            plain = conv.get_structure_hook(tp, cache_result=False)
        finally:
            _PLAIN.types = looking

        def hook(value: object, target: Any) -> object:
            if isinstance(value, str | bytes | Mapping):
                kind = "a str" if isinstance(value, str | bytes) else "a dict"
                raise WrongTypeError(f"expected a list, not {kind}", cls="from_dict", value=value)
            return plain(value, target)

        return hook

    conv.register_structure_hook_factory(_is_collection, collection_factory)

    # Periods: their canonical text; a dict {"start", "end"} is read too.
    def structure_period(value: object, _: type) -> Period:
        if isinstance(value, str):
            return Period.parse(value)
        if isinstance(value, Mapping):
            return period_fields(value, Period)
        raise WrongTypeError("expected a period's text", cls="Period", value=value)

    period_fields = make_dict_structure_fn(Period, conv, _cattrs_forbid_extra_keys=True)
    conv.register_unstructure_hook(Period, str)
    conv.register_structure_hook(Period, structure_period)

    # Codes: a plain mapping of scheme to code.
    conv.register_unstructure_hook(Codes, dict)
    conv.register_structure_hook(
        Codes, lambda value, _: Codes(conv.structure(value, dict[str, str]))
    )

    # Regions by code, groups by name; whole when the gazetteer does not hold them.
    region_whole = make_dict_unstructure_fn(Region, conv)
    region_fields = make_dict_structure_fn(Region, conv, _cattrs_forbid_extra_keys=True)

    def unstructure_region(region: Region) -> object:
        code = region.iso_code or next(iter(region.codes.values()), None)
        if code is not None:
            try:
                if gazetteer.get(code) == region:
                    return code
            except RegionrelError:
                pass
        return region_whole(region)

    def structure_region(value: object, _: type) -> Region:
        if isinstance(value, str):
            return gazetteer.get(value)
        if isinstance(value, Mapping):
            return region_fields(value, Region)
        raise WrongTypeError("expected a region code or a dict", cls="Region", value=value)

    conv.register_unstructure_hook(Region, unstructure_region)
    conv.register_structure_hook(Region, structure_region)

    group_whole = make_dict_unstructure_fn(RegionGroup, conv)
    group_fields = make_dict_structure_fn(RegionGroup, conv, _cattrs_forbid_extra_keys=True)

    def unstructure_group(group: RegionGroup) -> object:
        try:
            if gazetteer.group(group.name) == group:
                return group.name
        except RegionrelError:
            pass
        return group_whole(group)

    def structure_group(value: object, _: type) -> RegionGroup:
        if isinstance(value, str):
            return gazetteer.group(value)
        if isinstance(value, Mapping):
            return group_fields(value, RegionGroup)
        raise WrongTypeError("expected a group name or a dict", cls="RegionGroup", value=value)

    conv.register_unstructure_hook(RegionGroup, unstructure_group)
    conv.register_structure_hook(RegionGroup, structure_group)

    def structure_world(value: object, _: type) -> World:
        if value != "WORLD":
            raise _fail("must be 'WORLD'", "World", value)
        return WORLD

    conv.register_unstructure_hook(World, lambda _: "WORLD")
    conv.register_structure_hook(World, structure_world)

    # Reported: its published text, kind and locale (and span when known).
    @attrs.frozen
    class ReportedRow:
        text: str
        kind: FigureKind = FigureKind.NUMBER
        locale: str = "en"
        span: tuple[int, int] | None = None

    attrs.resolve_types(ReportedRow, localns=locals())

    def unstructure_reported(figure: Reported) -> dict[str, Any]:
        row: dict[str, Any] = {
            "text": figure.text,
            "kind": figure.kind.value,
            "locale": figure.locale,
        }
        if figure.span is not None:
            row["span"] = list(figure.span)
        return row

    def structure_reported(value: object, _: type) -> Reported:
        row = conv.structure(value, ReportedRow)
        figure = Reported.parse(row.text, locale=row.locale, kind=row.kind)
        return figure if row.span is None else attrs.evolve(figure, span=row.span)

    conv.register_unstructure_hook(Reported, unstructure_reported)
    conv.register_structure_hook(Reported, structure_reported)

    # TradeReport: its figures by name, read back through TradeReport.from_figures.
    @attrs.frozen
    class TradeReportRow:
        figures: dict[str, Reported]
        complete_ranks: list[str] = attrs.Factory(list)
        reporter: Region | RegionGroup | str | None = None
        period: Period | None = None
        currency: str = "USD"
        scale: str = "million"
        weights: dict[str, Decimal] = attrs.Factory(dict)
        locale: str = "en"
        bounds: dict[str, str] = attrs.Factory(dict)

    attrs.resolve_types(TradeReportRow, localns=locals())

    def unstructure_report(report: TradeReport) -> dict[str, Any]:
        if report.period is not None and not isinstance(report.period, Period):
            raise WrongTypeError(
                "must be a Period or None to be written", cls="to_dict", value=report.period
            )
        row = TradeReportRow(
            dict(report.figures),
            sorted(report.complete_ranks),
            report.reporter,
            report.period,
            report.currency,
            report.scale,
            dict(report.weights),
            report.locale,
            {name: bound.value for name, bound in report.bounds},
        )
        return typing.cast("dict[str, Any]", conv.unstructure(row, TradeReportRow))

    def structure_report(value: object, _: type) -> TradeReport:
        row = conv.structure(value, TradeReportRow)
        return TradeReport.from_figures(
            row.figures,
            complete_ranks=row.complete_ranks,
            reporter=row.reporter,
            period=row.period,
            currency=row.currency,
            scale=row.scale,
            weights=row.weights,
            locale=row.locale,
            bounds=row.bounds,
        )

    conv.register_unstructure_hook(TradeReport, unstructure_report)
    conv.register_structure_hook(TradeReport, structure_report)

    # A relations finding: its data form, its warning category by name (a class object
    # has no JSON form of its own); read back through RelationsFinding.from_dict.
    def structure_finding(value: object, _: type) -> RelationsFinding:
        if not isinstance(value, Mapping):
            raise WrongTypeError("expected a dict", cls="RelationsFinding", value=value)
        return RelationsFinding.from_dict(value)

    conv.register_unstructure_hook(RelationsFinding, RelationsFinding.to_dict)
    conv.register_structure_hook(RelationsFinding, structure_finding)

    # Fields that hold values of several classes: {"type": name, "value": ...}.
    def union_unstructure(tp: Any) -> Callable[[Any], Any]:
        members = [a for a in typing.get_args(tp) if a is not type(None)]

        def hook(value: object) -> object:
            if value is None:
                return None
            for member in members:
                if isinstance(value, member):
                    return {"type": _type_name(member), "value": conv.unstructure(value, member)}
            raise WrongTypeError(
                "must be one of " + ", ".join(_type_name(m) for m in members),
                cls="to_dict",
                value=value,
            )

        return hook

    def union_structure(tp: Any) -> Callable[[Any, Any], Any]:
        args = typing.get_args(tp)
        optional = type(None) in args
        members = {_type_name(a): a for a in args if a is not type(None)}

        def hook(value: object, _: Any) -> object:
            if value is None and optional:
                return None
            if not isinstance(value, Mapping) or set(value) != {"type", "value"}:
                raise WrongTypeError(
                    "expected a dict with the keys 'type' and 'value'",
                    cls="from_dict",
                    value=value,
                )
            member = members.get(value["type"]) if isinstance(value["type"], str) else None
            if member is None:
                raise ValidationError(
                    "must be one of " + ", ".join(members),
                    cls="from_dict",
                    field="type",
                    value=value["type"],
                )
            return conv.structure(value["value"], member)

        return hook

    conv.register_unstructure_hook_factory(_is_multi_union, union_unstructure)
    conv.register_structure_hook_factory(_is_multi_union, union_structure)

    # Values that cannot be written: a pint quantity, a class object.
    def refuse(tp: Any) -> Callable[[Any], Any]:
        def hook(value: object) -> object:
            raise WrongTypeError(
                "holds a value that has no JSON-safe form", cls="to_dict", field="obj", value=value
            )

        return hook

    conv.register_unstructure_hook_factory(_is_opaque, refuse)
    return conv


def _converter() -> cattrs.Converter:
    conv = _STATE.get("converter")
    if conv is None:
        with _LOCK:
            conv = _STATE.get("converter")
            if conv is None:
                conv = _STATE["converter"] = _build()
    return conv


# -- the public functions --------------------------------------------------------------------


def _format_exception(exc: BaseException, tp: type | None) -> str:
    from cattrs.v import format_exception

    if isinstance(exc, RegionrelError):
        return str(exc)
    if isinstance(exc, AttributeError) and "keys" in str(exc):
        return "expected a dict"
    return format_exception(exc, tp)


def to_dict(obj: object) -> dict[str, Any]:
    """Write a regionrel value as a dict of JSON-safe values.

    Args:
        obj: an instance of one of regionrel's data classes (Money, Period,
            Region, Agreement, TradeBalance, TradeReport, AuditResult, ...).

    Returns:
        A new dict; ``json.dumps`` accepts it. A value that would be written as a
        plain string inside another one (a period, a region of the gazetteer)
        is written whole here: a Period as ``{"start", "end"}``, a Region with
        all its fields.

    Raises:
        WrongTypeError: *obj* is not a regionrel data value, or holds something
            that has no JSON-safe form (a pint quantity).

    >>> from regionrel import Money, Period
    >>> to_dict(Money("7109000000", "USD"))
    {'amount': '7109000000', 'currency': 'USD'}
    >>> to_dict(Period.quarter(2019, 2))
    {'start': '2019-04-01', 'end': '2019-06-30'}
    >>> to_dict(3)
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: to_dict: 'obj' must be an instance of a regionrel data class (got 3)
    """
    cls = type(obj)
    if not (attrs.has(cls) and cls.__module__.startswith("regionrel.")):
        raise WrongTypeError(
            "must be an instance of a regionrel data class", cls="to_dict", field="obj", value=obj
        )
    conv = _converter()
    from cattrs.gen import make_dict_unstructure_fn

    try:
        result = conv.unstructure(obj, cls)
        if not isinstance(result, dict):
            result = make_dict_unstructure_fn(cls, conv)(obj)  # type: ignore[arg-type]
    except RegionrelError:
        raise
    except Exception as exc:  # pragma: no cover - a cattrs failure on a value we do not know
        raise WrongTypeError(
            f"cannot be written: {exc}", cls="to_dict", field="obj", value=obj
        ) from exc
    return typing.cast("dict[str, Any]", result)


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """Read a value of *cls* from what :func:`to_dict` wrote.

    Every value goes through *cls*'s public constructor (or its named one), so
    each rule it checks applies.

    Args:
        cls: the class to build, such as ``regionrel.TradeBalance``.
        data: a dict as :func:`to_dict` returns it (after a JSON round trip, too).

    Returns:
        The value; ``from_dict(type(x), to_dict(x)) == x``.

    Raises:
        WrongTypeError: *cls* is not a regionrel data class.
        SerializationError: *data* has unknown or missing keys or bad values;
            the message lists every problem with its path (``$.exports.amount``).

    >>> from regionrel import Money
    >>> from_dict(Money, {"amount": "4115.9", "currency": "USD"})
    Money('4115.9', 'USD')
    >>> from_dict(Money, {"amount": "x", "currncy": "USD"})
    Traceback (most recent call last):
    ...
    regionrel.errors.SerializationError: from_dict: 'data' does not fit Money: Decimal: is not a decimal number (got 'x') @ $.amount; required field missing @ $.currency; extra fields found (currncy) @ $ (got ...)
    """
    if not (isinstance(cls, type) and attrs.has(cls) and cls.__module__.startswith("regionrel.")):
        raise WrongTypeError(
            "must be a regionrel data class", cls="from_dict", field="cls", value=cls
        )
    conv = _converter()
    from cattrs import transform_error
    from cattrs.errors import BaseValidationError

    try:
        return typing.cast("T", conv.structure(data, cls))
    except BaseValidationError as exc:
        problems = transform_error(exc, path="$", format_exception=_format_exception)
        raise SerializationError(cls.__name__, problems, value=data) from exc
    except RegionrelError as exc:
        raise SerializationError(cls.__name__, [f"{exc} @ $"], value=data) from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SerializationError(
            cls.__name__, [f"{_format_exception(exc, None)} @ $"], value=data
        ) from exc
