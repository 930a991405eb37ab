"""A region's relations in one place: the seed's paragraphs rebuilt, and the cross-questions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from regionrel import gazetteer
from regionrel.agreements import Agreement
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.events import Event, EventKind
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.plans import ActionPlan, Executor, Measure
from regionrel.profile import RegionRelations, same_partner
from regionrel.trade import TradeBalance
from tests.seed_world import (
    ADM_KURSK,
    BUKHARA,
    CRIMEA_AGREEMENT,
    CRIMEA_PLAN,
    FERGANA,
    FORUMS,
    GOV_CRIMEA,
    GOV_LO,
    KURSK_AGREEMENT,
    KURSK_PLAN,
    LO,
    TRADE,
    VISITS,
    relations,
)


@pytest.fixture
def seed() -> RegionRelations:
    return relations()


def paragraphs(relations: RegionRelations, year: int) -> list[str]:
    return relations.summary(year).split("\n\n")


def test_the_seed_forums_with_editions_and_partners() -> None:
    assert [(e.kind, e.edition, e.partner and e.partner.name) for e in FORUMS] == [
        (EventKind.FORUM, 9, "Azerbaijan"),
        (EventKind.FORUM, 7, "Armenia"),
        (EventKind.CONFERENCE, 6, "Tajikistan"),
        (EventKind.BUSINESS_FORUM, 9, "Abkhazia"),
    ]


def test_the_seed_plans_with_their_agreements(seed: RegionRelations) -> None:
    assert CRIMEA_PLAN.period == Period.span(2018, 2021)
    assert KURSK_PLAN.period == Period.span(2018, 2020)
    assert seed.agreements == (CRIMEA_AGREEMENT, KURSK_AGREEMENT)
    assert seed.plans_by_agreement() == {
        CRIMEA_AGREEMENT: (CRIMEA_PLAN,),
        KURSK_AGREEMENT: (KURSK_PLAN,),
    }
    assert KURSK_AGREEMENT.is_interregional
    # the Kursk agreement's first term ends on 2021-05-11; it renews itself for 5 years
    assert KURSK_PLAN.findings()[0].code == "no-measures"
    assert len(KURSK_PLAN.findings()) == 1


def test_the_seed_paragraphs_are_rebuilt(seed: RegionRelations) -> None:
    visits, forums, plans, trade, gaps = paragraphs(seed, 2018)
    assert visits == (
        "In 2018, delegations of the Fergana and Bukhara Regions (Uzbekistan) visited the "
        "Leningrad Region. During the meetings, the parties discussed the prospects of trade and "
        "economic cooperation, the implementation of investment projects in the agro-industrial "
        "complex, light and food industries, as well as the conclusion of cooperation agreements."
    )
    assert forums == (
        "In 2018, the delegations of the Leningrad Region took part in the work of conferences "
        "and forums: the Ninth Russian-Azerbaijani Interregional Forum, the Seventh "
        "Russian-Armenian Interregional Forum, the Sixth Conference on Interregional Cooperation "
        "between Russia and Tajikistan, the Ninth Russian-Abkhaz Business Forum."
    )
    assert plans == (
        "In 2018, an action plan was signed to implement the Cooperation Agreement between the "
        "Government of the Leningrad Region and the Council of Ministers of the Republic of "
        "Crimea for 2018-2021 and an action plan to implement the Agreement between the "
        "Government of the Leningrad Region and the Administration of the Kursk Region on trade "
        "and economic, scientific and technical, social and cultural cooperation for 2018-2020."
    )
    assert trade == (
        "At the end of 2018, the foreign trade turnover of the Leningrad Region, as compared "
        "with 2017, increased by 21.5% and amounted to 11,224.9 million US dollars. The value of "
        "exports of goods amounted to 7,109.0 million US dollars and increased by 25.7%; the "
        "value of imports of goods amounted to 4,115.9 million US dollars and increased by "
        "14.8%. Exports exceed imports by 73%."
    )
    # Was "No cooperation agreement was in force in 2018 with ..." (the data merely has no
    # agreement with them) followed by "No event in 2018 concerned the Cooperation
    # Agreement ..." (events are never linked to agreements): both said more than the data.
    assert gaps == (
        "No cooperation agreement is on record with the Fergana Region, the Bukhara Region, "
        "Azerbaijan, Armenia, Tajikistan or Abkhazia."
    )


def test_cross_questions(seed: RegionRelations) -> None:
    met = [r.name for r in seed.partners_met(2018)]
    assert met == [
        "Fergana Region",
        "Bukhara Region",
        "Azerbaijan",
        "Armenia",
        "Tajikistan",
        "Abkhazia",
    ]
    assert seed.partners_without_agreement(2018) == seed.partners_met(2018)
    assert seed.events_by_partner(2018)[FERGANA] == (VISITS[0],)
    assert seed.events_by_partner()[gazetteer.get("AZ")] == (FORUMS[0],)
    assert seed.partners_met(2019) == ()
    assert seed.agreements_without_event(2018) == (CRIMEA_AGREEMENT, KURSK_AGREEMENT)
    assert seed.agreements_without_plan("31.12.2018") == ()
    assert seed.agreements_without_plan(date(2021, 6, 1)) == (KURSK_AGREEMENT,)
    assert seed.agreements_without_plan(date(2022, 6, 1)) == (CRIMEA_AGREEMENT, KURSK_AGREEMENT)
    assert seed.agreements_in_force("01.01.2016") == (CRIMEA_AGREEMENT,)
    assert seed.trade_in(2018) is TRADE[0]
    assert seed.trade_in(2016) is None
    assert [f.code for f in seed.findings()] == ["no-measures", "no-measures"]
    assert str(seed) == (
        "Relations of the Leningrad Region: 2 agreements, 2 action plans, 6 events, 2 trade balances"
    )
    one_each = RegionRelations.of(LO, KURSK_PLAN, FORUMS[0], TRADE[0])
    assert str(one_each) == (
        "Relations of the Leningrad Region: 1 agreement, 1 action plan, 1 event, 1 trade balance"
    )


def test_an_agreement_with_a_country_covers_its_regions() -> None:
    uzbekistan = gazetteer.governing_body("Government of the Republic of Uzbekistan")
    deal = Agreement("Agreement with Uzbekistan", (GOV_LO, uzbekistan), signed_on=date(2017, 3, 1))
    relations = RegionRelations.of(LO, deal.registered("01.06.2017"), VISITS)
    assert relations.partners_without_agreement(2018) == ()
    assert relations.agreements_without_event(2018) == ()
    # an agreement that ended before the year does not count
    ended = deal.terminated("01.12.2017")
    assert RegionRelations.of(LO, ended, VISITS).partners_without_agreement(2018) == (
        FERGANA,
        BUKHARA,
    )
    assert same_partner(FERGANA, gazetteer.get("UZ"))
    assert not same_partner(FERGANA, BUKHARA)


def test_summary_of_agreements_signed_and_ended_and_of_visits_abroad() -> None:
    kursk = gazetteer.get("RU-KRS")
    ended = KURSK_AGREEMENT.notice_given(date(2020, 11, 1), by=ADM_KURSK)
    fixed = Agreement(
        "the Agreement on tourism", (GOV_LO, GOV_CRIMEA), signed_on=date(2021, 2, 1), term="2021"
    )
    measure = Measure("1", "tourism", "Tour", (Executor("Committee", GOV_LO),), "2021")
    plan = ActionPlan(fixed, "2021", (measure,), signed_on=date(2021, 3, 1))
    trip = Event.visit([LO], to=kursk, when=date(2021, 4, 5))
    hosted = Event.from_title("Russian-Uzbek Business Forum", when=2021, host=LO)
    worse = TradeBalance(
        exports=Money(90, "USD"), imports=Money(120, "USD"), reporter=LO, period=Period.year(2021)
    )
    relations = RegionRelations.of(LO, ended, plan, trip, hosted, worse)
    assert paragraphs(relations, 2021) == [
        "In 2021, a delegation of the Leningrad Region visited the Kursk Region.",
        "In 2021, the Leningrad Region hosted the Russian-Uzbek Business Forum.",
        "On 01.02.2021, the Agreement on tourism was signed. The Agreement between the "
        "Government of the Leningrad Region and the Administration of the Kursk Region on trade "
        "and economic, scientific and technical, social and cultural cooperation was not renewed "
        "and ended after 11.05.2021: the Administration of the Kursk Region gave notice of "
        "non-renewal on 01.11.2020. The Agreement on tourism expired after 31.12.2021.",
        "In 2021, an action plan was signed to implement the Agreement on tourism for 2021. On "
        "31.12.2021, 0 of 1 measure of the action plan to implement the Agreement on tourism "
        "for 2021 had been reported done and 0 were overdue.",
        "At the end of 2021, the foreign trade turnover of the Leningrad Region amounted to "
        "0.0 million US dollars. The value of exports of goods amounted to 0.0 million US "
        "dollars; the value of imports of goods amounted to 0.0 million US dollars. Imports "
        "exceed exports by 33%.",
        "No cooperation agreement is on record with Uzbekistan.",
    ]
    assert relations.summary(2030) == ""


def test_trade_that_fell() -> None:
    this = TradeBalance(
        exports=Money(80, "USD"), imports=Money(0, "USD"), reporter=LO, period=Period.year(2020)
    )
    last = TradeBalance(
        exports=Money(100, "USD"), imports=Money(10, "USD"), reporter=LO, period=Period.year(2019)
    )
    text = RegionRelations.of(LO, this, last).summary(2020)
    assert "decreased by 27.3% and amounted to" in text
    assert "and decreased by 20.0%;" in text
    assert "decreased by 100.0%." in text
    assert "exceed" not in text


def _relations(**kw: object) -> RegionRelations:
    return RegionRelations(LO, **kw)


BAD: list[tuple[Callable[[], object], str]] = [
    (
        lambda: _relations(
            agreements=[
                Agreement("Kursk-Crimea", (ADM_KURSK, GOV_CRIMEA), signed_on=date(2018, 1, 1))
            ]
        ),
        "RegionRelations: 'agreements' must have the Leningrad Region among their parties "
        "(got 'Kursk-Crimea')",
    ),
    (
        lambda: _relations(plans=[KURSK_PLAN]),
        "RegionRelations: 'plans' must implement one of the agreements given (got 'Action plan "
        "to implement the Agreement between the Government of the Leningrad R...' "
        "(223 characters))",
    ),
    (
        lambda: _relations(events=[Event.visit([FERGANA], to=gazetteer.get("RU-KRS"), when=2018)]),
        "RegionRelations: 'events' must involve the Leningrad Region as host or participant "
        "(got 'Visit of the delegation of the Fergana Region to the Kursk Region')",
    ),
    (
        lambda: _relations(
            trade=[
                TradeBalance(exports=Money(1, "USD"), imports=Money(1, "USD"), reporter=FERGANA)
            ]
        ),
        "RegionRelations: 'trade' must be reported by the Leningrad Region (got "
        "\"TradeBalance(exports=Money('1', 'USD'), imports=Money('1', 'USD'), reporter=Regi...\" "
        "(159 characters))",
    ),
    (
        lambda: _relations(events=5),
        "RegionRelations: 'events' must be a sequence of Event (got 5)",
    ),
    (
        lambda: RegionRelations.of(LO, "Forum"),  # type: ignore[arg-type]
        "RegionRelations: 'items' must be an Agreement, an ActionPlan, an Event or a TradeBalance "
        "(got 'F')",
    ),
    (
        lambda: RegionRelations.of(LO, 5),  # type: ignore[arg-type]
        "RegionRelations: 'items' must be an Agreement, an ActionPlan, an Event or a TradeBalance "
        "(got 5)",
    ),
    (
        lambda: RegionRelations.of(LO).summary("2018"),  # type: ignore[arg-type]
        "RegionRelations: 'year' must be an int year (got '2018')",
    ),
]


@pytest.mark.parametrize(("build", "message"), BAD)
def test_bad_relations_raise_exact_errors(build: Callable[[], object], message: str) -> None:
    with pytest.raises((ValidationError, WrongTypeError)) as caught:
        build()
    assert str(caught.value) == message


def test_summary_names_regions_as_reports_do() -> None:
    from regionrel.regions import Region

    abkhazia = gazetteer.find("Abkhazia")
    nowhere = Region.of_subdivision("Far Region", country="ZZ")
    kazakhstan = gazetteer.get("KZ")
    visits = [
        Event.visit([FERGANA, abkhazia], to=LO, when=2019, topics=["tourism"]),
        Event.visit([kazakhstan, nowhere, gazetteer.get("RU-KRS")], to=LO, when=2019),
    ]
    relations = RegionRelations.of(
        LO, CRIMEA_AGREEMENT, CRIMEA_AGREEMENT, CRIMEA_PLAN, CRIMEA_PLAN, visits
    )
    assert relations.agreements == (CRIMEA_AGREEMENT,)
    assert relations.plans == (CRIMEA_PLAN,)
    first = paragraphs(relations, 2019)[0]
    assert first == (
        "In 2019, delegations of the Fergana Region (Uzbekistan), Abkhazia, Kazakhstan, the Far "
        "Region and the Kursk Region (Russia) visited the Leningrad Region. During the meetings, "
        "the parties discussed tourism."
    )
    assert paragraphs(relations, 2022)[-1].endswith(
        "On 31.12.2022, no action plan in force is on record for the Cooperation Agreement "
        "between the Government of the Leningrad Region and the Council of Ministers of the "
        "Republic of Crimea."
    )
    both = RegionRelations.of(LO, CRIMEA_AGREEMENT, KURSK_AGREEMENT)
    assert paragraphs(both, 2019)[-1].startswith(
        "On 31.12.2019, no action plan in force is on record for the Cooperation Agreement"
    )
