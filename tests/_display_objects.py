"""Small values of every displayable class, shared by the display, table and plot tests."""

from __future__ import annotations

from datetime import date

from regionrel.agreements import Agreement, SubjectArea
from regionrel.audit import AuditResult, TradeReport
from regionrel.events import Event
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.plans import ActionPlan, Deadline, Executor, Measure, MeasureStatus
from regionrel.profile import RegionRelations
from regionrel.regions import GoverningBody, Region, RegionKind
from regionrel.trade import PartnerStructure, TradeBalance, TradeSeries


def region(name: str = "Leningrad Region") -> Region:
    return Region.of_subdivision(name, kind=RegionKind.OBLAST, country="RU")


LENINGRAD = region()
KURSK = region("Kursk Region")
GOVERNMENT = GoverningBody.of(LENINGRAD, "Government")
ADMINISTRATION = GoverningBody.of(KURSK, "Administration")
AGREEMENT = Agreement(
    "Agreement on cooperation", (GOVERNMENT, ADMINISTRATION), signed_on=date(2016, 5, 12)
)
FAIR = Measure(
    "1",
    SubjectArea.TRADE_AND_ECONOMIC,
    "Joint fair of producers",
    (Executor("Committee for the Agro-Industrial Complex", GOVERNMENT),),
    Deadline.parse("II quarter 2019"),
    status=MeasureStatus.DONE,
    reported_on=date(2019, 6, 1),
)
PLAN = ActionPlan(AGREEMENT, "2018-2020", (FAIR,), signed_on=date(2018, 3, 1))
EVENT = Event.visit([KURSK], to=LENINGRAD, when=2018)


def balance(year: int, exports: int, imports: int) -> TradeBalance:
    return TradeBalance(
        Money(exports, "USD"), Money(imports, "USD"), reporter=LENINGRAD, period=Period.year(year)
    )


BALANCE = balance(2018, 7_109_000_000, 4_115_900_000)
SERIES = TradeSeries([balance(2016, 4_000_000_000, 3_000_000_000), BALANCE])
PARTNERS = PartnerStructure.from_shares(
    {"the PRC": "15.6", "Finland": "7.4"}, unit="percent", partner_count=160
)
AUDIT: AuditResult = TradeReport(
    turnover="10,224.9", exports="7,109", imports="4,115.9", currency="USD", scale="million"
).audit()
RELATIONS = RegionRelations(
    LENINGRAD, agreements=(AGREEMENT,), plans=(PLAN,), events=(EVENT,), trade=(BALANCE,)
)
