"""Events linked to the agreements and action plans they concern (issue 16, point 1)."""

from __future__ import annotations

import json

import pytest

from regionrel import gazetteer
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.facts import FactKind
from regionrel.profile import RegionRelations
from regionrel.relations import ActionPlan, Agreement, Event, EventKind
from regionrel.serialize import from_dict, to_dict

LO = gazetteer.get("RU-LEN")
DEAL = Agreement.between(
    "Agreement on cooperation",
    "Government of the Leningrad Region",
    "Administration of the Kursk Region",
    signed_on="12.05.2016",
)
OTHER = Agreement.between(
    "Соглашение о сотрудничестве",
    "Government of the Leningrad Region",
    "Council of Ministers of the Republic of Crimea",
    signed_on="01.06.2017",
)
PLAN = ActionPlan(DEAL, "2025-2027", signed_on="18.11.2025")
FORUM = Event(EventKind.FORUM, "The XII Forum of Regions", "17-19.11.2025", host=LO, concerns=PLAN)


def test_an_event_names_agreements_and_plans_it_concerns() -> None:
    assert FORUM.concerns == (PLAN,)
    assert FORUM.agreements_concerned == (DEAL,)
    assert FORUM.plans_concerned == (PLAN,)
    assert FORUM.concerns_item(PLAN)
    assert FORUM.concerns_item(DEAL)
    assert FORUM.concerns_item(DEAL.terminated("01.01.2026"))  # at any stage of its life
    assert not FORUM.concerns_item(OTHER)
    both = Event(EventKind.MEETING, "Talks", 2025, host=LO, concerns=[DEAL, PLAN, OTHER])
    assert both.agreements_concerned == (DEAL, OTHER)
    assert Event(EventKind.MEETING, "Talks", 2025, host=LO).concerns == ()
    visit = Event.visit(["Kursk Region"], to=LO, when=2025, concerns=(DEAL,))
    assert visit.concerns == (DEAL,)
    titled = Event.from_title("XII Forum of Regions", when=2025, concerns=PLAN)
    assert titled.concerns == (PLAN,)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "Agreement on cooperation",
            "Event: 'concerns' must be an agreement, an action plan or a sequence of them "
            "(got 'Agreement on cooperation')",
        ),
        (
            5,
            "Event: 'concerns' must be an agreement, an action plan or a sequence of them (got 5)",
        ),
        ([DEAL, 5], "Event: 'concerns' must hold agreements and action plans (got 5)"),
    ],
)
def test_what_an_event_concerns_is_checked(value: object, message: str) -> None:
    with pytest.raises(WrongTypeError) as err:
        Event(EventKind.FORUM, "Forum", 2025, concerns=value)
    assert str(err.value) == message


def test_what_is_asked_about_links_is_checked() -> None:
    with pytest.raises(WrongTypeError) as err:
        FORUM.concerns_item("Agreement on cooperation")  # type: ignore[arg-type]
    assert str(err.value) == (
        "Event.concerns_item: 'item' must be an Agreement or ActionPlan "
        "(got 'Agreement on cooperation')"
    )
    with pytest.raises(WrongTypeError, match="'other' must be an Agreement"):
        DEAL.is_same_as(PLAN)  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="'other' must be an ActionPlan"):
        PLAN.is_same_as(DEAL)  # type: ignore[arg-type]


def test_the_relations_link_both_ways() -> None:
    ended = DEAL.terminated("01.02.2026")
    relations = RegionRelations.of(LO, FORUM, ended)
    # the plan the forum concerns is added; its agreement is the one given, terminated
    assert relations.plans == (PLAN,)
    assert ended in relations.agreements
    assert relations.events_concerning(ended) == (FORUM,)
    assert relations.events_concerning(DEAL) == (FORUM,)
    assert relations.events_concerning(PLAN) == (FORUM,)
    assert relations.events_concerning(OTHER) == ()
    agreements, plans = relations.concerned_by(FORUM)
    assert plans == (PLAN,)
    assert DEAL in agreements
    with pytest.raises(WrongTypeError, match="'item' must be an Agreement or an ActionPlan"):
        relations.events_concerning("Agreement on cooperation")  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="'event' must be an Event"):
        relations.concerned_by(DEAL)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="'event' must be one of these relations' events"):
        relations.concerned_by(Event(EventKind.FORUM, "Forum", 2025, host=LO))


def test_an_event_concerning_an_agreement_not_given_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        RegionRelations(LO, events=(FORUM,))
    assert str(err.value) == (
        "RegionRelations: 'events' must concern agreements and plans among those given: the "
        "event 'The XII Forum of Regions' concerns the action plan 'Action plan to implement "
        "the Agreement on cooperation for 2025-2027', which is not (got 'The XII Forum of "
        "Regions')"
    )


def test_a_linked_agreement_is_not_without_event() -> None:
    talks = Event(EventKind.MEETING, "Talks", 2025, host=LO, concerns=OTHER)
    relations = RegionRelations.of(LO, DEAL, OTHER, talks)
    assert relations.agreements_without_event(2025) == (DEAL,)


def test_the_summary_states_the_links_in_both_languages() -> None:
    relations = RegionRelations.of(LO, FORUM)
    facts = [f for f in relations.facts(2025) if f.kind is FactKind.EVENT_CONCERNS]
    assert [(f.events, f.agreements, f.plans) for f in facts] == [((FORUM,), (DEAL,), (PLAN,))]
    english = relations.summary(2025)
    assert english.split("\n\n")[0] == (
        "In 2025, the Leningrad Region hosted the XII Forum of Regions. The XII Forum of "
        "Regions concerned the action plan to implement the Agreement on cooperation for "
        "2025-2027."
    )
    russian = relations.summary(2025, locale="ru")
    assert russian.split("\n\n")[0] == (
        "В 2025 году в Ленинградской области прошло мероприятие: The XII Forum of Regions. "
        "Мероприятие «The XII Forum of Regions» касалось плана мероприятий по реализации "
        "соглашения «Agreement on cooperation» на 2025-2027 годы."
    )
    for text in (english, russian):
        assert "no event" not in text.lower()
        assert "ни одно мероприятие" not in text.lower()
    talks = Event.visit(
        ["Republic of Crimea"],
        to=LO,
        when="05.2025",
        concerns=[OTHER, ActionPlan(OTHER, 2025, title="План на 2025 год")],
    )
    linked = RegionRelations.of(LO, talks)
    assert linked.summary(2025).split("\n\n")[1] == (
        "The Visit of the delegation of the Republic of Crimea to the Leningrad Region "
        "concerned the План на 2025 год."
    )
    assert linked.summary(2025, locale="ru").split("\n\n")[1] == (
        "Мероприятие «Visit of the delegation of the Republic of Crimea to the Leningrad "
        "Region» касалось плана «План на 2025 год»."
    )
    direct = RegionRelations.of(
        LO, Event(EventKind.MEETING, "Talks", 2025, host=LO, concerns=[DEAL, OTHER])
    )
    assert (
        direct.summary(2025)
        .split("\n\n")[0]
        .endswith(
            "The Talks concerned the Agreement on cooperation and the Соглашение о сотрудничестве."
        )
    )
    assert (
        direct.summary(2025, locale="ru")
        .split("\n\n")[0]
        .endswith(
            "Мероприятие «Talks» касалось соглашения «Agreement on cooperation» и Соглашения о "
            "сотрудничестве."
        )
    )


def test_an_event_with_its_links_round_trips() -> None:
    data = to_dict(FORUM)
    assert data["concerns"][0]["type"] == "ActionPlan"
    assert from_dict(Event, json.loads(json.dumps(data))) == FORUM
    relations = RegionRelations.of(LO, FORUM)
    assert from_dict(RegionRelations, json.loads(json.dumps(to_dict(relations)))) == relations
