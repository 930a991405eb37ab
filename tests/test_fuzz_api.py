"""Fuzz every public callable, every public method of the values, and the operators.

:data:`PUBLIC` is the public API: the callables named in ``regionrel.__all__``
and in the ``__all__`` of its public modules (relations, trade, audit, text,
profile, serialize, gazetteer). Each is called with arguments built from its
signature, drawn from hostile inputs (:mod:`tests.strategies.hostile`), real
values of the domain, strings where lists belong and lists of all of these;
each public method of a real value is called the same way. The rule is
tests/fuzzing.py's: a RegionrelError or a result, within the time budget.
:data:`OMITTED` names what is left out on purpose, each with its reason, and
:func:`test_every_public_callable_is_fuzzed` checks nothing else is.
"""

from __future__ import annotations

import copy
import enum
import importlib
import inspect
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import regionrel
from regionrel import Money, PartnerStructure, Period, Reported, TradeSeries
from regionrel.serialize import from_dict, to_dict
from tests.fuzzing import check_escape, fuzz_settings
from tests.strategies.hostile import anything, marked_numbers, numbers, strings_for_lists
from tests.strategies.money import moneys
from tests.strategies.relations import agreements, deadlines
from tests.strategies.reported import reported
from tests.strategies.serialize import (
    action_plans,
    any_regions,
    audit_results,
    events,
    exchange_rate_tables,
    extractions,
    measures,
    partner_structures,
    periods,
    rankings,
    renewals,
    trade_balances,
    trade_changes,
    trade_reports,
    trade_series,
)

MODULES = ("", "relations", "trade", "audit", "text", "profile", "serialize", "gazetteer")


def _public() -> dict[str, Any]:
    found: dict[str, Any] = {}
    seen: set[int] = set()
    for suffix in MODULES:
        module = importlib.import_module("regionrel" + (f".{suffix}" if suffix else ""))
        for name in module.__all__:
            value = getattr(module, name)
            if callable(value) and id(value) not in seen:
                seen.add(id(value))
                found[f"{module.__name__}.{name}"] = value
    return found


#: Every public callable, by the first public name it has.
PUBLIC: dict[str, Any] = _public()


def _omission(value: Any) -> str | None:
    if isinstance(value, type) and issubclass(value, BaseException):
        return "an error or warning class: the library raises it, it reads no input"
    if isinstance(value, type) and issubclass(value, enum.Enum):
        return "an enum: calling it is Python's Enum lookup; the library's coercions are fuzzed"
    return None


#: What is deliberately not called, with the reason.
OMITTED: dict[str, str] = {
    name: reason for name, value in PUBLIC.items() if (reason := _omission(value)) is not None
} | {
    "regionrel.install_definitions": "takes a pint UnitRegistry and writes into it; "
    "tests/test_units.py covers it with real and wrong registries",
}
#: What the generic target calls.
CALLED: dict[str, Any] = {name: value for name, value in PUBLIC.items() if name not in OMITTED}

# -- arguments ----------------------------------------------------------------------------

domain_values: st.SearchStrategy[Any] = st.one_of(
    moneys(),
    periods,
    reported(),
    any_regions,
    trade_balances(),
    trade_series(),
    trade_changes(),
    partner_structures(),
    rankings(),
    exchange_rate_tables(),
    agreements(),
    deadlines(),
    renewals,
    measures(),
    action_plans(),
    events(),
    trade_reports(),
    audit_results,
    extractions,
)


def _pool() -> list[Any]:
    """Real values built once: drawing a generated one for every argument is too slow."""
    from tests import seed_world as seed

    trade = seed.TRADE
    return [
        seed.LO,
        seed.KURSK,
        seed.GOV_LO,
        seed.FERGANA,
        seed.CRIMEA_AGREEMENT,
        seed.KURSK_AGREEMENT,
        seed.CRIMEA_PLAN,
        seed.KURSK_PLAN,
        *seed.VISITS,
        *seed.FORUMS,
        *trade,
        TradeSeries(list(trade)),
        seed.relations(seed.CRIMEA_AGREEMENT, seed.CRIMEA_PLAN, *seed.VISITS, *trade),
        Money("7109", "USD"),
        Money("-0.5", "RUB"),
        Period.year(2018),
        Period.quarter(2018, 3),
        Reported.parse("7,109"),
        Reported.parse("+25.7%"),
        PartnerStructure.from_shares({"CN": "15.6", "NL": "9.2"}, unit="percent"),
        regionrel.TradeReport(turnover="11,224.9", exports="7,109", imports="4,115.9"),
        regionrel.extract("In 2018 exports amounted to 7,109 million US dollars."),
        regionrel.gazetteer.default(),
        regionrel.ExchangeRates.from_table([("USD", "RUB", 2018, "62.7078")]),
    ]


#: Real values ready made, and generated ones (rarer: they are slow to draw).
real_values: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from(_pool()), st.sampled_from(_pool()), st.sampled_from(_pool()), domain_values
)
#: One argument: hostile, a real value, a string where a list belongs, or a list of them.
arguments: st.SearchStrategy[Any] = st.one_of(
    anything,
    real_values,
    real_values,
    strings_for_lists,
    marked_numbers,
    st.lists(st.one_of(real_values, numbers, marked_numbers), max_size=3),
    st.dictionaries(st.sampled_from(["CN", "exports", "USD", "2018"]), numbers, max_size=3),
)


def _signature(call: Any) -> inspect.Signature | None:
    try:
        return inspect.signature(call)
    except (TypeError, ValueError):
        return None


def draw_arguments(
    data: st.DataObject, call: Any
) -> tuple[tuple[Any, ...], dict[str, Any]] | None:
    """Arguments for *call*: every required parameter, and each optional one half the time."""
    signature = _signature(call)
    if signature is None:
        return None
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in signature.parameters.values():
        required = parameter.default is inspect.Parameter.empty
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            args.extend(data.draw(st.lists(arguments, max_size=2)))
        elif parameter.kind is inspect.Parameter.VAR_KEYWORD:
            continue
        elif required and parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            args.append(data.draw(arguments))
        elif required or data.draw(st.booleans()):
            kwargs[parameter.name] = data.draw(arguments)
    return tuple(args), kwargs


def test_every_public_callable_is_fuzzed() -> None:
    """Every public callable is called by the generic target with arguments it can bind."""
    assert len(PUBLIC) > 150
    assert set(CALLED) | set(OMITTED) == set(PUBLIC)
    assert set(OMITTED) <= set(PUBLIC), "an omission names no public callable"
    unbindable = [name for name, call in CALLED.items() if _signature(call) is None]
    assert not unbindable, f"no signature to draw arguments from: {unbindable}"
    for name in ("regionrel.Money", "regionrel.extract", "regionrel.gazetteer.parties_in"):
        assert name in CALLED


@pytest.mark.parametrize("name", sorted(CALLED))
@fuzz_settings
@given(data=st.data())
def test_public_callables_raise_only_named_errors(name: str, data: st.DataObject) -> None:
    call = CALLED[name]
    drawn = draw_arguments(data, call)
    assert drawn is not None
    args, kwargs = drawn
    check_escape(lambda: call(*args, **kwargs), label=name)


# -- the methods and properties of real values ------------------------------------------------


def _members(value: object) -> list[str]:
    return sorted(
        name
        for name in dir(type(value))
        if not name.startswith("_") and not isinstance(getattr(type(value), name, None), type)
    )


@fuzz_settings
@given(data=st.data(), value=domain_values)
def test_methods_of_values_raise_only_named_errors(data: st.DataObject, value: object) -> None:
    members = _members(value)
    if not members:
        return
    name = data.draw(st.sampled_from(members))
    member = getattr(type(value), name)
    if isinstance(member, property) or not callable(member):
        check_escape(lambda: getattr(value, name), label=f"{type(value).__name__}.{name}")
        return
    bound = getattr(value, name)
    drawn = draw_arguments(data, bound)
    if drawn is None:
        return
    args, kwargs = drawn
    check_escape(lambda: bound(*args, **kwargs), label=f"{type(value).__name__}.{name}")


# -- strings where lists belong, in from_dict payloads --------------------------------------


def _listy_paths(payload: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    if isinstance(payload, dict):
        for key, item in payload.items():
            found.extend(_listy_paths(item, (*path, key)))
    elif isinstance(payload, list):
        found.append(path)
        for index, item in enumerate(payload):
            found.extend(_listy_paths(item, (*path, index)))
    return found


def _replace(payload: Any, path: tuple[Any, ...], value: object) -> Any:
    changed = copy.deepcopy(payload)
    target = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return changed


@fuzz_settings
@given(data=st.data(), value=domain_values)
def test_from_dict_with_a_string_for_a_list(data: st.DataObject, value: object) -> None:
    """A payload whose list (or any field) holds a string or a hostile value: an error, never letters."""
    try:
        payload = to_dict(value)
    except regionrel.RegionrelError:
        return  # not a serializable class
    paths = _listy_paths(payload)
    path: tuple[Any, ...]
    if len(paths) > 0 and data.draw(st.booleans()):
        path = data.draw(st.sampled_from(paths))
        hostile = data.draw(strings_for_lists)
    else:
        leaves = [p for p in _all_paths(payload) if p]
        if not leaves:
            return
        path = data.draw(st.sampled_from(leaves))
        hostile = data.draw(st.one_of(arguments, strings_for_lists))
    if not path:
        return
    broken = _replace(payload, path, hostile)
    cls = type(value)

    def read() -> None:
        result = from_dict(cls, broken)
        if isinstance(hostile, str) and len(hostile) > 1:
            _assert_not_split(result, hostile)

    check_escape(read, label=f"from_dict {cls.__name__}")


def _all_paths(payload: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(payload, dict):
        for key, item in payload.items():
            found.extend(_all_paths(item, (*path, key)))
    elif isinstance(payload, list):
        for index, item in enumerate(payload):
            found.extend(_all_paths(item, (*path, index)))
    return found


def _assert_not_split(result: object, text: str) -> None:
    """A string in a list's place is never read as its characters."""
    if result is None:
        return
    for field in getattr(type(result), "__attrs_attrs__", ()):
        held = getattr(result, field.name, None)
        if (
            isinstance(held, tuple | frozenset | list)
            and len(held) == len(text) > 1
            and tuple(sorted(map(str, held))) == tuple(sorted(text))
        ):
            raise SplitError(f"{type(result).__name__}.{field.name} split {text!r}")


class SplitError(AssertionError):
    """A string read as a list of its characters: serialize's converters are at fault."""

    place = "serialize.py"


# -- operators -----------------------------------------------------------------------------

_OPERATIONS: dict[str, Callable[[Any, Any], object]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "r+": lambda a, b: b + a,
    "r*": lambda a, b: b * a,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "==": lambda a, b: a == b,
    "neg": lambda a, b: -a,
    "abs": lambda a, b: abs(a),
    "bool": lambda a, b: bool(a),
    "hash": lambda a, b: hash(a),
    "str": lambda a, b: str(a),
    "repr": lambda a, b: repr(a),
    "format": lambda a, b: format(a),
    "format spec": lambda a, b: format(a, b if isinstance(b, str) else ".2f"),
    "round": lambda a, b: round(a, b if isinstance(b, int) and abs(b) < 10**4 else 2),
    "in": lambda a, b: b in a,
    "len": lambda a, b: len(a),
    "iter": lambda a, b: list(a),
}


#: Values with operators: Money (hostile amounts too), Period, Reported, PartnerStructure, TradeSeries.
def _built(make: Callable[[Any], object]) -> Callable[[Any], object]:
    def build(value: Any) -> object:
        try:
            return make(value)
        except Exception:
            return None

    return build


operands: st.SearchStrategy[Any] = st.one_of(
    moneys(),
    st.one_of(numbers, marked_numbers).map(_built(lambda a: Money(a, "USD"))),
    periods,
    reported(),
    marked_numbers.map(_built(Reported.parse)),
    partner_structures(),
    trade_series(),
)


@fuzz_settings
@given(
    left=operands,
    right=st.one_of(operands, numbers, anything, moneys()),
    op=st.sampled_from(sorted(_OPERATIONS)),
)
def test_operators_raise_only_named_errors(left: Any, right: Any, op: str) -> None:
    """Money + - * / and comparisons, Period containment and order, and the rest."""
    operation = _OPERATIONS[op]
    if left is None:
        return
    if op in ("len", "iter") and not isinstance(left, PartnerStructure | TradeSeries):
        return
    if op == "in" and not isinstance(left, Period | PartnerStructure):
        return
    check_escape(lambda: operation(left, right), label=f"{type(left).__name__} {op}")


class RoundTripError(AssertionError):
    """A value that pickles or copies into an unequal one, or whose copy does not hash."""

    place = "pickle round trip"


@fuzz_settings
@given(value=domain_values, protocol=st.integers(0, pickle.HIGHEST_PROTOCOL))
def test_values_pickle_and_copy_under_every_protocol(value: object, protocol: int) -> None:
    """Every value pickles under protocols 0 to 5 and copies, into an equal value that hashes."""

    def round_trip() -> None:
        for back in (
            pickle.loads(pickle.dumps(value, protocol=protocol)),
            copy.copy(value),
            copy.deepcopy(value),
        ):
            if back != value:
                raise RoundTripError(f"{type(value).__name__}: protocol {protocol}")
            if type(value).__hash__ is not None and hash(back) != hash(value):
                raise RoundTripError(f"{type(value).__name__}: hash, protocol {protocol}")

    check_escape(round_trip, label=f"pickle {type(value).__name__}")


#: The targets of this file, for test_fuzz.py's budget.
API_TARGETS = [*CALLED, "methods", "from_dict", "operators", "pickle"]
