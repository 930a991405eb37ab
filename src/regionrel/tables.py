"""Tables: a collection's rows as plain records, and as a pandas DataFrame on request.

Every collection in regionrel (partner structures, trade series, rankings, audit
findings, extractions, a region's relations, action plans) offers
``to_records()``, a list of dicts of plain values, and ``to_frame()``, the same
rows as a :class:`pandas.DataFrame`. pandas is an optional extra
(``pip install regionrel[pandas]``): it is imported only when ``to_frame`` is
called, and a clear :class:`MissingExtraError` says how to install it.

Record values are plain: text, ``int``, ``float``, ``bool``, ``None``, exact
:class:`~decimal.Decimal` amounts and :class:`~datetime.date` days. Periods are
written as their canonical text (``"2018"``), regions by name, enumerations by
value, and an amount of money as two columns, the amount and its currency.

>>> from decimal import Decimal
>>> from regionrel.periods import Period
>>> plain(Period.year(2018)), plain(Decimal("1.50")), plain(None)
('2018', Decimal('1.50'), None)
"""

from __future__ import annotations

import datetime
import enum
import importlib
from collections.abc import Mapping, Sequence
from decimal import Decimal
from types import ModuleType
from typing import Any, ClassVar

from regionrel.errors import (
    MissingExtraError,  # defined with every error, re-exported here
)

__all__ = ["MissingExtraError", "Tabular", "plain", "require", "to_frame"]

_EXTRAS: Mapping[str, str] = {"pandas": "pandas", "matplotlib": "plot"}


def require(module: str, *, cls: str) -> ModuleType:
    """Import the optional dependency *module*, or say which extra installs it.

    Args:
        module: ``"pandas"`` or ``"matplotlib"`` (or a submodule of them).
        cls: the class or function that needs it, for the message.

    Returns:
        The imported module.

    Raises:
        MissingExtraError: the module cannot be imported.

    >>> require("decimal", cls="example").__name__
    'decimal'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.partition(".")[0]
        extra = _EXTRAS.get(top, top)
        raise MissingExtraError(
            f"needs {top}, which is not installed: install it with "
            f"'pip install regionrel[{extra}]'",
            cls=cls,
        ) from exc


def plain(value: object) -> object:
    """Return *value* as a plain table value.

    Text, numbers, ``bool``, ``None``, :class:`~decimal.Decimal` and
    :class:`~datetime.date` pass through; an enumeration gives its value; a
    region, group or governing body its name; anything else (a period, an
    amount of money) its ``str``.

    >>> from regionrel.regions import RegionKind
    >>> plain(RegionKind.OBLAST), plain(3), plain(0.5)
    ('oblast', 3, 0.5)
    """
    if value is None or isinstance(value, str | int | float | Decimal | datetime.date):
        return value
    if isinstance(value, enum.Enum):
        return plain(value.value)
    name = getattr(value, "name", None)
    if isinstance(name, str):
        return name
    return str(value)


def to_frame(records: Sequence[Mapping[str, object]], columns: Sequence[str], *, cls: str) -> Any:
    """Return *records* as a :class:`pandas.DataFrame` with *columns*, importing pandas now.

    An empty list of records gives an empty frame that still has the columns.

    Raises:
        MissingExtraError: pandas is not installed.
    """
    pandas = require("pandas", cls=cls)
    return pandas.DataFrame.from_records(list(records), columns=list(columns))


class Tabular:
    """A mixin giving a collection ``to_frame()`` from its ``to_records()``.

    A class sets ``_columns`` (the record keys, in order) and defines
    ``to_records()``. It holds no state, so slotted attrs classes can use it.
    """

    __slots__ = ()
    _columns: ClassVar[tuple[str, ...]]

    def to_records(self) -> list[dict[str, object]]:
        """Return the rows as a list of dicts of plain values."""
        raise NotImplementedError

    def to_frame(self) -> Any:
        """Return :meth:`to_records` as a :class:`pandas.DataFrame` (needs pandas).

        Raises:
            MissingExtraError: pandas is not installed
                (``pip install regionrel[pandas]``).
        """
        return to_frame(self.to_records(), self._columns, cls=f"{type(self).__name__}.to_frame")
