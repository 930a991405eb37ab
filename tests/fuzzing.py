"""The rule every fuzz target keeps, its settings, and the log of escapes.

The rule (:func:`check_escape`): a public call returns, or raises a
:class:`~regionrel.RegionrelError`, within :data:`TIME_BUDGET` seconds. Any
other exception is an *escape*, a bare :class:`TypeError` included, except
the one Python's operator protocol raises when both operands answer
``NotImplemented`` (``Money("1", "USD") + 5``). Every RegionrelError names
where and what (:func:`check_error`).

``make test`` runs :data:`QUICK_EXAMPLES` per target; ``make fuzz``
(``HYPOTHESIS_PROFILE=fuzz``) runs :data:`FUZZ_EXAMPLES` per target. With
``FUZZ_LOG=<file>`` set, an escape is written to that file (one JSON line:
the exception, the innermost library frame and the call's inputs) and the
run goes on, so one run collects every escape instead of stopping at the
first one of each target.
"""

from __future__ import annotations

import json
import os
import re
import reprlib
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from hypothesis import HealthCheck, settings

from regionrel.errors import CurrencyMismatchError, ParseError, RegionrelError, describe_value

#: Examples per target under ``make fuzz``; test_fuzz_budget checks the total is >= 200,000.
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "1100"))
#: Examples per target under ``make test``: the fuzz files stay under ~30 s together.
QUICK_EXAMPLES = 6
FUZZING = settings.get_current_profile_name() == "fuzz"
EXAMPLES = FUZZ_EXAMPLES if FUZZING else QUICK_EXAMPLES
#: Seconds one call may take before it counts as a hang (a super-linear blowup or a loop).
TIME_BUDGET = 20.0

fuzz_settings = settings(
    max_examples=EXAMPLES,
    # make test replays the same few inputs on every machine, so CI never meets an escape
    # that no one saw; make fuzz explores (and each escape it finds is kept as a regression)
    derandomize=not FUZZING,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)

#: Library files other helpers are fixing for issue 18, by owner. Under ``make test`` (only)
#: an escape whose innermost library frame lies in one of them is let through, so the quick
#: run stays green while the fix is under way; ``make fuzz`` reports every escape. Remove an
#: entry when its fixes are merged.
ROUTED: dict[str, str] = {}

_OPERATOR_PROTOCOL = re.compile(
    r"unsupported operand type|not supported between instances of|bad operand type"
    r"|doesn't define __round__ method|can't multiply sequence by non-int"
    r"|can only concatenate \w+ \(not|unsupported format string passed to"
    # bytes + x raises this itself, before Python asks x.__radd__ (not the library's code)
    r"|can't concat \w+ to (?:bytes|bytearray)"
)
_LOG = os.environ.get("FUZZ_LOG")
_LOGGED: dict[tuple[str, str], int] = {}


class Hang(BaseException):
    """A call ran past :data:`TIME_BUDGET` (a BaseException, so no ``except Exception`` hides it)."""


@contextmanager
def time_budget(seconds: float = TIME_BUDGET) -> Iterator[None]:
    """Raise :class:`Hang` inside the block when it runs longer than *seconds*."""

    def alarm(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"the call ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_error(err: RegionrelError) -> None:
    """An escaped RegionrelError must name where it was raised and the field at fault."""
    message = str(err)
    assert err.cls, f"no cls: {message!r}"
    assert message.startswith(f"{err.cls}:"), f"message does not start with the cls: {message!r}"
    if isinstance(err, ParseError):
        assert describe_value(err.text) in message, message
    elif isinstance(err, CurrencyMismatchError):
        assert err.left in message, message
        assert err.right in message, message
    else:
        assert err.field, f"no field: {message!r}"
        assert repr(err.field) in message, message


def is_escape(err: BaseException) -> bool:
    """Whether *err*, raised by a public call, breaks the rule."""
    if isinstance(err, RegionrelError):
        return False
    return not (type(err) is TypeError and _OPERATOR_PROTOCOL.search(str(err)))


class _Short(reprlib.Repr):
    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > 200:
            return f"<an int of {x.bit_length()} bits>"
        return super().repr_int(x, level)


_SHORT = _Short()
_SHORT.maxstring = 120
_SHORT.maxother = 120
_SHORT.maxlong = 60


def short(value: object) -> str:
    """A bounded repr of any value (huge ints and long strings included)."""
    try:
        return _SHORT.repr(value)
    except Exception as err:  # a value whose repr itself fails
        return f"<{type(value).__name__}: repr raised {type(err).__name__}>"


def where(err: BaseException) -> str:
    """The innermost frame of the library in *err*'s traceback, as ``file:line``."""
    place = getattr(err, "place", "?")  # a wrong result a test found, placed by the test
    for frame in traceback.extract_tb(err.__traceback__):
        if "/regionrel/" in frame.filename:
            place = f"{frame.filename.split('/regionrel/', 1)[1]}:{frame.lineno}"
    return place


def _routed(err: BaseException) -> bool:
    place = where(err)
    return any(place.startswith(path) for path in ROUTED)


def inputs_of(call: Callable[[], object]) -> dict[str, str]:
    """The values a call's closure holds: the inputs of a fuzz target's lambda."""
    cells = getattr(call, "__closure__", None) or ()
    names = call.__code__.co_freevars if hasattr(call, "__code__") else ()
    out: dict[str, str] = {}
    for name, cell in zip(names, cells, strict=False):
        try:
            out[name] = short(cell.cell_contents)
        except ValueError:  # an empty cell
            continue
    return out


def _record(label: str, call: Callable[[], object], err: BaseException) -> None:
    key = (type(err).__name__, where(err))
    _LOGGED[key] = _LOGGED.get(key, 0) + 1
    if _LOGGED[key] > 3:
        return
    entry = {
        "target": label,
        "error": type(err).__name__,
        "message": short(str(err)),
        "where": key[1],
        "inputs": inputs_of(call),
    }
    with open(str(_LOG), "a", encoding="utf-8") as log:
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")


def check_escape(call: Callable[[], object], *, label: str = "", refuse: bool = True) -> object:
    """Run *call* within the time budget: it returns, or raises what the rule allows.

    With ``refuse=False`` the call must return: even a RegionrelError is an escape
    (the audit of a report it accepted).
    """
    try:
        with time_budget():
            result = call()
    except RegionrelError as err:
        if refuse:
            check_error(err)
            return None
        if _LOG is None and (FUZZING or not _routed(err)):
            raise
        if _LOG is not None:
            _record(label, call, err)
        return None
    except (Exception, Hang) as err:
        if not is_escape(err) or (not FUZZING and _routed(err)):
            return None
        if _LOG is not None:
            _record(label, call, err)
            return None
        raise
    finally:
        _close_figures()
    return result


def _close_figures() -> None:
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")
