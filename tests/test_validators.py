"""Type checks on attrs fields raise WrongTypeError naming the class, field, rule and value."""

from __future__ import annotations

from datetime import date

import pytest

import regionrel
from regionrel import gazetteer
from regionrel.errors import WrongTypeError


def _agreement() -> regionrel.Agreement:
    return regionrel.Agreement.between(
        "Agreement",
        "Government of the Leningrad Region",
        "Administration of the Kursk Region",
        signed_on="01.01.2018",
        term="5 years",
    )


def test_a_party_given_by_name_is_read_and_a_wrong_type_names_the_method() -> None:
    body = gazetteer.governing_body("Government of the Leningrad Region")
    named = _agreement().terminated(date(2019, 1, 1), by="Government of the Leningrad Region")
    assert named.events[-1].by == body
    with pytest.raises(WrongTypeError) as caught:
        _agreement().notice_given(date(2019, 1, 1), by=5)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "Agreement.notice_given: 'by' must be a GoverningBody, its name or None (got 5)"
    )
    assert isinstance(caught.value, TypeError)


def test_a_body_is_accepted() -> None:
    body = gazetteer.governing_body("Government of the Leningrad Region")
    agreement = _agreement().terminated(date(2019, 1, 1), by=body)
    assert agreement.events[-1].by == body
    assert not agreement.in_force_on(date(2019, 1, 2))


def test_a_wrong_event_kind_names_the_field() -> None:
    with pytest.raises(WrongTypeError) as caught:
        regionrel.Event("forum", "The Ninth Forum", 2018)  # type: ignore[arg-type]
    assert str(caught.value) == "Event: 'kind' must be an EventKind (got 'forum')"
