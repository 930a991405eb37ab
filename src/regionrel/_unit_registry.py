"""regionrel's pint registry, built lazily from its embedded definitions: the floor under money and units.

:class:`~regionrel.money.Money` (``to_pint``, ``from_pint``) and :mod:`regionrel.units`
(quantities, installing the currencies into a user's registry) both stand on this
module, so neither imports the other to reach the registry. It imports nothing of
regionrel but the embedded definitions (:mod:`regionrel._unit_definitions`, the text
of ``units.txt``, so that no file is read) and does not import pint: the first call to :func:`registry` builds the
registry, once, under a lock. :mod:`regionrel.units` is its public face.

>>> currency_dimension("USD")
'[currency_USD]'
"""

from __future__ import annotations

import threading
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Any, Final

from regionrel._exact import STANDARD

if TYPE_CHECKING:
    from pint import UnitRegistry as _UnitRegistry

    UnitRegistry = _UnitRegistry[Any]

__all__ = [
    "DEFINITIONS_FILE",
    "currency_dimension",
    "define_currencies",
    "definitions",
    "registry",
]

#: The definitions file inside the package: the readable copy of the definitions the
#: registry is built from, which are embedded (no file is read at run time).
DEFINITIONS_FILE: Final = "units.txt"

#: The pint dimension of a currency, with ``{}`` for its code.
CURRENCY_DIMENSION: Final = "[currency_{}]"

_LOCK: Final = threading.Lock()
_REGISTRY: UnitRegistry | None = None


def currency_dimension(code: str) -> str:
    """The pint dimension of a currency: one per currency.

    >>> currency_dimension("USD")
    '[currency_USD]'
    """
    return CURRENCY_DIMENSION.format(code)


def definitions() -> tuple[list[str], list[str]]:
    """The lines of the definitions that pint should parse, and the currency codes they list.

    The definitions are embedded in the package (:mod:`regionrel._unit_definitions`, the
    text of ``units.txt``): building the registry opens no file.

    >>> lines, codes = definitions()
    >>> "USD" in codes, any(line.startswith("metric_ton") for line in lines)
    (True, True)
    """
    from regionrel._unit_definitions import DEFINITIONS

    text = DEFINITIONS
    lines: list[str] = []
    codes: list[str] = []
    for line in text.splitlines():
        name, _, reference = line.partition(" = ")
        if reference.strip() == currency_dimension(name):
            codes.append(name)
        else:
            lines.append(line)
    return lines, codes


def define_currencies(target: Any, codes: list[str]) -> None:
    """Define each of *codes* in the pint registry *target*, one dimension per currency."""
    # Defining the currencies as objects takes a tenth of the time that pint's
    # text parser would need for the same lines.
    from pint.facets.plain.definitions import ScaleConverter, UnitDefinition
    from pint.util import UnitsContainer

    one = ScaleConverter(1)
    for code in codes:
        reference = UnitsContainer({currency_dimension(code): 1})
        target.define(UnitDefinition(code, None, (), one, reference))


def registry() -> UnitRegistry:
    """regionrel's pint registry, built on the first call (thread-safe).

    It loads only regionrel's definitions, embedded in the package (the text of
    ``units.txt``; no file is opened, and pint's large default file is never read),
    with Decimal magnitudes, no disk cache, and redefinitions refused.

    >>> registry() is registry()
    True
    >>> registry().Quantity(1, "kWh").to("J")
    <Quantity(3.600E+6, 'joule')>
    """
    global _REGISTRY
    built = _REGISTRY
    if built is None:
        with _LOCK:
            if _REGISTRY is None:
                # pint reads the definitions' factors as Decimals: exactly as written,
                # whatever decimal context the caller has set.
                with localcontext(STANDARD):
                    _REGISTRY = _build()
            built = _REGISTRY
    return built


def _build() -> UnitRegistry:
    import pint

    lines, codes = definitions()
    built: UnitRegistry = pint.UnitRegistry(
        None, non_int_type=Decimal, cache_folder=None, on_redefinition="raise"
    )
    built.load_definitions(lines)
    define_currencies(built, codes)
    return built
