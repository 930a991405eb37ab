"""regionrel's warnings form one hierarchy and can be silenced for one call.

Every Warning subclass defined anywhere in regionrel derives from
:class:`regionrel.RegionrelWarning`, so one filter silences them all. No public
call takes a switch of its own to silence a warning: the standard
:func:`warnings.catch_warnings` does it for one call, as shown here, and the
relations checks have a quiet form too (``findings()`` returns what ``warn()``
would emit).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import warnings
from decimal import Decimal

import pytest

import regionrel
from regionrel import Money, Period, RegionrelWarning, TradeBalance, gazetteer
from regionrel.agreements import (
    LifecycleWarning,
    RegistrationWarning,
    RelationsFinding,
    RelationsWarning,
)
from regionrel.trade.rankings import IncompleteRankingWarning


def _warning_classes() -> dict[str, type[Warning]]:
    found: dict[str, type[Warning]] = {}
    for info in pkgutil.walk_packages(regionrel.__path__, "regionrel."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and issubclass(obj, Warning) and obj.__module__ == info.name:
                found[f"{info.name}.{name}"] = obj
    return found


WARNINGS = _warning_classes()


def test_the_walk_finds_the_known_warnings() -> None:
    assert set(WARNINGS.values()) >= {
        RegionrelWarning,
        RelationsWarning,
        RegistrationWarning,
        LifecycleWarning,
        IncompleteRankingWarning,
    }


@pytest.mark.parametrize("name", sorted(WARNINGS))
def test_every_warning_derives_from_regionrel_warning(name: str) -> None:
    assert issubclass(WARNINGS[name], RegionrelWarning)


def test_public_warnings_derive_from_regionrel_warning() -> None:
    public = [
        obj
        for name in regionrel.__all__
        if inspect.isclass(obj := getattr(regionrel, name)) and issubclass(obj, Warning)
    ]
    assert len(public) >= 4
    assert all(issubclass(cls, RegionrelWarning) for cls in public)


def _partial_ranking() -> regionrel.Ranking:
    """Rank two members of the North-West district: the others have no balance, a warning."""
    district = gazetteer.group("North-West Federal District")
    members = district.members(on="2018-12-31")[:2]
    balances = [
        TradeBalance(
            Money(Decimal(7109 - i), "USD"),
            Money("4115.9", "USD"),
            reporter=member,
            period=Period.year(2018),
        )
        for i, member in enumerate(members)
    ]
    return regionrel.rank(balances, by="exports", group=district)


def test_an_incomplete_ranking_warns_with_a_regionrel_warning() -> None:
    with pytest.warns(IncompleteRankingWarning, match="have no balance and are left out") as seen:
        _partial_ranking()
    assert all(issubclass(w.category, RegionrelWarning) for w in seen)


def test_one_call_is_silenced_and_the_next_warns_again() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RegionrelWarning)  # the whole family, this call only
        quiet = _partial_ranking()
    with pytest.warns(IncompleteRankingWarning):
        loud = _partial_ranking()
    assert quiet == loud


def test_relations_findings_warn_in_their_category_or_stay_quiet() -> None:
    finding = RelationsFinding(
        "unregistered", "no state registration recorded", "Agreement X", RegistrationWarning
    )
    with pytest.warns(RegistrationWarning, match="Agreement X: no state registration recorded"):
        finding.warn()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning would now fail this test
        warnings.simplefilter("ignore", RelationsWarning)
        finding.warn()
