"""The seed's world, built once for every test that needs it.

The Leningrad Region, its government and its two partners of the seed (the Republic of
Crimea and the Kursk Region) with their agreements and action plans, the 2018 visits and
forums, and two years of trade, all as the seed states them
(`../shared/seed/leningrad-foreign-economic-relations-2018.txt`). The seed gives no
signing dates for the two agreements: the dates below are illustrative, chosen so that the
lifecycle questions have answers to test.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from regionrel import gazetteer
from regionrel.agreements import Agreement, Renewal
from regionrel.events import Delegation, Event
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.plans import ActionPlan
from regionrel.profile import Item, RegionRelations
from regionrel.regions import Region
from regionrel.trade import TradeBalance

LO = gazetteer.get("RU-LEN")
KURSK = gazetteer.get("RU-KRS")
GOV_LO = gazetteer.governing_body("Government of the Leningrad Region")
GOV_CRIMEA = gazetteer.governing_body("Council of Ministers of the Republic of Crimea")
ADM_KURSK = gazetteer.governing_body("Administration of the Kursk Region")
FERGANA = gazetteer.find("Ferghana Region")
BUKHARA = gazetteer.find("Bukhara Region")

CRIMEA_TITLE = (
    "Cooperation Agreement between the Government of the Leningrad Region and the Council of "
    "Ministers of the Republic of Crimea"
)
KURSK_TITLE = (
    "Agreement between the Government of the Leningrad Region and the Administration of the "
    "Kursk Region on trade and economic, scientific and technical, social and cultural cooperation"
)
CRIMEA_AGREEMENT = Agreement(CRIMEA_TITLE, (GOV_LO, GOV_CRIMEA), signed_on=date(2015, 6, 18))
KURSK_AGREEMENT = Agreement(
    KURSK_TITLE,
    (GOV_LO, ADM_KURSK),
    areas="trade and economic, scientific and technical, social and cultural cooperation",
    signed_on=date(2016, 5, 12),
    term="5 years",
    renewal=Renewal(years=5, notice_months=6),
)
# the seed writes "for 20182021": a period that lost its dash
CRIMEA_PLAN = ActionPlan(CRIMEA_AGREEMENT, "20182021", signed_on=date(2018, 4, 10))
KURSK_PLAN = ActionPlan(KURSK_AGREEMENT, "2018-2020", signed_on=date(2018, 9, 20))

TOPICS = (
    "the prospects of trade and economic cooperation",
    "the implementation of investment projects in the agro-industrial complex, light and food "
    "industries",
    "the conclusion of cooperation agreements",
)
VISITS = (
    Event.visit([FERGANA], to=LO, when=2018, topics=TOPICS),
    Event.visit([BUKHARA], to=LO, when=2018, topics=TOPICS[1:]),
)
FORUM_TITLES = (
    "The Ninth Russian-Azerbaijani Interregional Forum",
    "the Seventh Russian-Armenian Interregional Forum",
    "the Sixth Conference on Interregional Cooperation between Russia and Tajikistan",
    "the Ninth Russian-Abkhaz Business Forum",
)
FORUMS = tuple(
    Event.from_title(title, when=2018, participants=[Delegation(LO)]) for title in FORUM_TITLES
)


def balance(region: Region, year: int, exports: str, imports: str) -> TradeBalance:
    """A region's trade in US dollars for a year, from the amounts' text."""
    return TradeBalance(
        exports=Money(exports, "USD"),
        imports=Money(imports, "USD"),
        reporter=region,
        period=Period.year(year),
    )


TRADE = (balance(LO, 2018, "7109e6", "4115.9e6"), balance(LO, 2017, "5655.5e6", "3585.3e6"))


def relations(*items: Item | Iterable[Item]) -> RegionRelations:
    """The Leningrad Region's relations: the seed's plans, visits, forums and trade, and *items*."""
    return RegionRelations.of(LO, CRIMEA_PLAN, KURSK_PLAN, VISITS, FORUMS, TRADE, *items)
