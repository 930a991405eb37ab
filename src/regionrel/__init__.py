"""regionrel: a region's foreign and interregional economic relations, modelled and audited.

Regions and their groupings, cooperation agreements and the action plans that
implement them, forums and delegation visits, and trade balances with the
indicators analysts compute from them; and an audit that checks published
figures against each other.

The public names live in submodules and are re-exported here. They are loaded
on first use (PEP 562), so that ``import regionrel`` stays cheap and never
imports pint:

>>> import regionrel
>>> regionrel.RegionrelError.__module__
'regionrel.errors'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from regionrel import gazetteer as gazetteer
    from regionrel._numbers import format_number, parse_number
    from regionrel.dates import parse_date
    from regionrel.errors import (
        AmbiguousError,
        CurrencyMismatchError,
        MissingRateError,
        ParseError,
        RegionrelError,
        RegionrelWarning,
        UnknownRegionError,
        ValidationError,
        WrongTypeError,
    )
    from regionrel.gazetteer import Gazetteer
    from regionrel.periods import Period, PeriodKind, PeriodText, parse_period
    from regionrel.regions import GoverningBody, Region, RegionGroup, RegionKind
    from regionrel.reported import FigureKind, Reported, Typo, TypoKind, find_typos

__version__ = "0.1.0.dev0"

# Public name -> the module that defines it. Keep in step with __all__ and the
# TYPE_CHECKING imports above; tests/test_public_api.py checks all three agree.
_EXPORTS: dict[str, str] = {
    "AmbiguousError": "regionrel.errors",
    "CurrencyMismatchError": "regionrel.errors",
    "MissingRateError": "regionrel.errors",
    "ParseError": "regionrel.errors",
    "RegionrelError": "regionrel.errors",
    "RegionrelWarning": "regionrel.errors",
    "UnknownRegionError": "regionrel.errors",
    "ValidationError": "regionrel.errors",
    "WrongTypeError": "regionrel.errors",
    "parse_date": "regionrel.dates",
    "Period": "regionrel.periods",
    "PeriodKind": "regionrel.periods",
    "PeriodText": "regionrel.periods",
    "parse_period": "regionrel.periods",
    "FigureKind": "regionrel.reported",
    "Reported": "regionrel.reported",
    "Typo": "regionrel.reported",
    "TypoKind": "regionrel.reported",
    "find_typos": "regionrel.reported",
    "format_number": "regionrel._numbers",
    "parse_number": "regionrel._numbers",
    "Gazetteer": "regionrel.gazetteer",
    "GoverningBody": "regionrel.regions",
    "Region": "regionrel.regions",
    "RegionGroup": "regionrel.regions",
    "RegionKind": "regionrel.regions",
    "gazetteer": "regionrel.gazetteer",
}

__all__ = [
    "AmbiguousError",
    "CurrencyMismatchError",
    "FigureKind",
    "Gazetteer",
    "GoverningBody",
    "MissingRateError",
    "ParseError",
    "Period",
    "PeriodKind",
    "PeriodText",
    "Region",
    "RegionGroup",
    "RegionKind",
    "RegionrelError",
    "RegionrelWarning",
    "Reported",
    "Typo",
    "TypoKind",
    "UnknownRegionError",
    "ValidationError",
    "WrongTypeError",
    "find_typos",
    "format_number",
    "gazetteer",
    "parse_date",
    "parse_number",
    "parse_period",
]


def __getattr__(name: str) -> Any:
    try:
        module_name = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'regionrel' has no attribute {name!r}") from None
    module = importlib.import_module(module_name)
    # An entry whose module is regionrel.<name> exports that module itself.
    value = module if module_name == f"{__name__}.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
