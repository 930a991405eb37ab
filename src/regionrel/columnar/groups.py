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
    if callable(groups) and not isinstance(groups, GroupKind):
        names = [membership(region, year, groups) for region, year in pairs]
    else:
        names = _names_by_kind(pairs, _kind(groups))
    schema = region_years.schema
    return pl.DataFrame(
        {
            cols.region: pl.Series([p[0] for p in pairs], dtype=schema[cols.region]),
            cols.year: pl.Series([p[1] for p in pairs], dtype=schema[cols.year]),
            "group": pl.Series(names, dtype=pl.String),
        }
    ).drop_nulls("group")


def _names_by_kind(pairs: list[tuple[Any, int]], kind: GroupKind) -> list[str | None]:
    """membership(region, year, kind) for every pair, reading each group's members once a year."""
    from regionrel import gazetteer

    regions = {}
    for label in {region for region, _ in pairs}:
        if not isinstance(label, str):
            membership(label, 0, kind)  # raises the error a single look-up gives
        regions[label] = gazetteer.resolve(label)
    years = {year for _, year in pairs}
    found: dict[tuple[Any, int], str | None] = {}
    for year in years:
        where: dict[Any, list[str]] = {}
        for group in gazetteer.groups(kind):
            for member in group.members(on=dt.date(year, 12, 31)):
                where.setdefault(member, []).append(group.name)
        for label, region in regions.items():
            names = where.get(region, [])
            if len(names) > 1:  # the single look-up says which groups, in the gazetteer's words
                membership(label, year, kind)
            found[label, year] = names[0] if names else None
    return [found[pair] for pair in pairs]
