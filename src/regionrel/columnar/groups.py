"""Which group (a federal district) each region of a table belongs to in each year.

Membership is dated: the Republic of Buryatia moved from the Siberian to the Far
Eastern Federal District on 3 November 2018, so its 2017 flows rank in the first
and its 2018 flows in the second. As :func:`regionrel.trade.rankings.rank` does, a
region belongs to the group it is a member of on the last day of the year.

>>> membership("RU-BU", 2017, "federal district"), membership("RU-BU", 2018, "federal district")
('Siberian Federal District', 'Far Eastern Federal District')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

from regionrel.errors import ValidationError, WrongTypeError
from regionrel.regions import GroupKind, RegionGroup

if TYPE_CHECKING:
    import polars as pl

    from regionrel.columnar.partial import FlowColumns

__all__ = ["GroupSpec", "membership"]

#: How the groups of the ranks are given: a kind of group of the gazetteer, or a
#: function from a region label and a year to a group (a RegionGroup or a name) or None.
GroupSpec: TypeAlias = GroupKind | str | Callable[[Any, int], "RegionGroup | str | None"]


def membership(region: Any, year: int, groups: GroupSpec) -> str | None:
    """The name of the group *region* (a label of the flows) belongs to at the end of *year*.

    Args:
        region: a region code or name the gazetteer reads (``"RU-LEN"``), for a kind.
        year: the year.
        groups: a group kind (``"federal district"``) or a function of region and year.

    Raises:
        ValidationError: an unknown group kind.
        UnknownRegionError: a region label the gazetteer does not know (with a kind).
        WrongTypeError: *groups* is neither, or its function returns something else.
    """
    if callable(groups) and not isinstance(groups, GroupKind):
        found = groups(region, year)
    else:
        from regionrel import gazetteer

        kind = _kind(groups)
        if not isinstance(region, str):
            raise WrongTypeError(
                "must hold region codes or names (str) to look groups up in the gazetteer",
                cls="trade_tables",
                field="region",
                value=region,
            )
        found = gazetteer.group_of(region, kind, on=dt.date(year, 12, 31))
    if found is None or isinstance(found, str):
        return found
    if isinstance(found, RegionGroup):
        return found.name
    raise WrongTypeError(
        "must return a RegionGroup, a group name or None",
        cls="trade_tables",
        field="groups",
        value=found,
    )


def _kind(value: object) -> GroupKind:
    if isinstance(value, GroupKind):
        return value
    if isinstance(value, str):
        try:
            return GroupKind.parse(value)
        except (ValueError, LookupError):
            pass
    raise ValidationError(
        "must be a group kind ('federal district') or a function of region and year",
        cls="trade_tables",
        field="groups",
        value=value,
    )


def group_table(region_years: pl.DataFrame, cols: FlowColumns, groups: GroupSpec) -> pl.DataFrame:
    """The group of each (region, year) of *region_years*, dropping regions of no group."""
    import polars as pl

    pairs = region_years.unique().rows()
    names = [membership(region, year, groups) for region, year in pairs]
    schema = region_years.schema
    return pl.DataFrame(
        {
            cols.region: pl.Series([p[0] for p in pairs], dtype=schema[cols.region]),
            cols.year: pl.Series([p[1] for p in pairs], dtype=schema[cols.year]),
            "group": pl.Series(names, dtype=pl.String),
        }
    ).drop_nulls("group")
