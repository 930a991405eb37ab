"""Hypothesis strategies for regions, codes, memberships and groups."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel.regions import (
    CodeScheme,
    GroupKind,
    Membership,
    Region,
    RegionGroup,
    RegionKind,
)

__all__ = [
    "builtin_regions",
    "countries",
    "dates",
    "memberships",
    "names",
    "region_groups",
    "subdivisions",
]

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

#: Non-empty names with letters, spaces and hyphens (Latin and Cyrillic).
names = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZабвгдеёжзийклмнопрстуфхцчшщыэюя -",
    min_size=1,
    max_size=30,
).filter(lambda s: any(c.isalpha() for c in s))

#: Days from the founding of the federal districts to well after now.
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


@st.composite
def countries(draw: st.DrawFn) -> Region:
    """User-made countries with well-formed ISO 3166-1 codes."""
    alpha2 = draw(st.text(_UPPER, min_size=2, max_size=2))
    return Region.of_country(
        draw(names),
        alpha2=alpha2,
        alpha3=draw(st.none() | st.text(_UPPER, min_size=3, max_size=3)),
        numeric=draw(st.none() | st.from_regex(r"\A[0-9]{3}\Z")),
        aliases=draw(st.lists(names, max_size=3)),
    )


@st.composite
def subdivisions(draw: st.DrawFn) -> Region:
    """User-made subdivisions with an ISO 3166-2 code of their country."""
    country = draw(st.text(_UPPER, min_size=2, max_size=2))
    suffix = draw(st.text(_UPPER + "0123456789", min_size=1, max_size=3))
    kind = draw(
        st.sampled_from([k for k in RegionKind if k is not RegionKind.COUNTRY and not k.is_state])
    )
    return Region.of_subdivision(
        draw(names),
        kind=kind,
        country=country,
        codes={CodeScheme.ISO_3166_2: f"{country}-{suffix}"},
        aliases=draw(st.lists(names, max_size=2)),
    )


def builtin_regions() -> st.SearchStrategy[Region]:
    """Regions of the built-in gazetteer."""
    return st.sampled_from(gazetteer.regions())


@st.composite
def memberships(draw: st.DrawFn, region: st.SearchStrategy[Region] | None = None) -> Membership:
    """Memberships with an open or closed start and end (start before end)."""
    member = draw(region if region is not None else subdivisions())
    since = draw(st.none() | dates)
    until = draw(st.none() | dates)
    if since is not None and until is not None and until <= since:
        since, until = until - dt.timedelta(days=1), since + dt.timedelta(days=1)
    return Membership(member, since=since, until=until)


@st.composite
def region_groups(draw: st.DrawFn) -> RegionGroup:
    """Groups of distinct regions, each with one membership."""
    items = draw(st.lists(memberships(), max_size=6, unique_by=lambda m: m.region))
    return RegionGroup.of(
        draw(names),
        kind=draw(st.sampled_from(GroupKind)),
        memberships=items,
        scheme=draw(names),
    )
