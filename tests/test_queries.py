"""The questions a ministry asks of a region's relations: windows, notice, locked-in renewals,
overdue measures, agreements against trade, plans that outlive their agreement."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from regionrel import gazetteer
from regionrel.agreements import Agreement, Renewal
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.plans import ActionPlan, Executor, Measure
from regionrel.profile import RegionRelations
from regionrel.trade import TradeBalance
from tests.seed_world import ADM_KURSK, GOV_CRIMEA, GOV_LO, KURSK, LO

# in force from 12.05.2016; spans end 11.05.2021, 11.05.2026, ...; notice 6 months before
RENEWING = Agreement(
    "Kursk",
    (GOV_LO, ADM_KURSK),
    signed_on=date(2016, 5, 12),
    term="5 years",
    renewal=Renewal(years=5, notice_months=6),
)
FIXED = Agreement("Crimea", (GOV_LO, GOV_CRIMEA), signed_on=date(2020, 1, 1), term="2020-2025")
UNDATED = Agreement("Undated", (GOV_LO, GOV_CRIMEA))
UZBEKISTAN = gazetteer.get("UZ")


def _trade(partner: object, year: int, exports: int = 5) -> TradeBalance:
    return TradeBalance(
        exports=Money(exports, "USD"),
        imports=Money(0, "USD"),
        reporter=LO,
        partner=partner,  # type: ignore[arg-type]
        period=Period.year(year),
    )


def test_expiring_within_counts_both_ends_of_the_window() -> None:
    relations = RegionRelations.of(LO, RENEWING, FIXED, UNDATED)
    assert relations.expiring_within("31.12.2025", 0) == (FIXED,)
    assert relations.expiring_within("01.07.2025", 6) == (FIXED,)
    assert relations.expiring_within("01.07.2025", 11) == (RENEWING, FIXED)
    assert relations.expiring_within("12.05.2025", 12) == (RENEWING, FIXED)
    assert relations.expiring_within(date(2026, 1, 1), 60) == (RENEWING,)
    ended = RENEWING.notice_given("01.11.2025", by=ADM_KURSK)
    assert RegionRelations.of(LO, ended).expiring_within("01.12.2025", 6) == (ended,)


def test_notice_deadlines_and_locked_in_renewals() -> None:
    relations = RegionRelations.of(LO, RENEWING, FIXED, UNDATED)
    assert relations.notice_deadlines_within("11.11.2025", 0) == (RENEWING,)
    assert relations.notice_deadlines_within("12.11.2025", 1) == ()
    assert relations.renewals_locked_in("11.11.2025") == ()
    assert relations.renewals_locked_in("12.11.2025") == (RENEWING,)
    assert relations.renewals_locked_in("11.05.2026") == (RENEWING,)
    assert relations.renewals_locked_in("12.05.2026") == ()  # a new span: notice open again
    # notice given in time: the agreement ends, nothing left to renew
    ended = RENEWING.notice_given("01.11.2025", by=ADM_KURSK)
    assert RegionRelations.of(LO, ended).renewals_locked_in("01.03.2026") == ()
    # suspended agreements still renew
    suspended = RENEWING.suspended("01.01.2026")
    assert RegionRelations.of(LO, suspended).renewals_locked_in("01.03.2026") == (suspended,)
    terminated = RENEWING.terminated("01.01.2026")
    assert RegionRelations.of(LO, terminated).renewals_locked_in("01.03.2026") == ()


def test_overdue_measures_of_all_plans() -> None:
    side = Executor("Committee", GOV_LO)
    late = Measure("1", "tourism", "Tour", (side,), "2024")
    done = Measure("2", "tourism", "Fair", (side,), "2024").reported("done", "01.12.2024")
    first = ActionPlan(RENEWING, "2024-2025", (late, done), signed_on="01.02.2024")
    second = ActionPlan(FIXED, "2024", (late,), signed_on="01.02.2024")
    relations = RegionRelations.of(LO, first, second)
    assert relations.overdue_measures("31.12.2024") == ()
    assert relations.overdue_measures("01.01.2025") == ((first, late), (second, late))


def test_partners_with_agreement_and_trade() -> None:
    relations = RegionRelations.of(
        LO,
        RENEWING,
        FIXED,
        _trade(KURSK, 2024, exports=0),
        _trade(UZBEKISTAN, 2024),
        _trade(gazetteer.get("UZ-FA"), 2024),
        _trade(GOV_CRIMEA.region, 2019),
    )
    assert relations.partners_with_agreement_and_no_trade(2024) == (KURSK, GOV_CRIMEA.region)
    fergana = gazetteer.get("UZ-FA")
    assert relations.partners_with_trade_and_no_agreement(2024) == (UZBEKISTAN, fergana)
    # an agreement with Uzbekistan covers its regions too
    uz = Agreement(
        "Uzbekistan",
        (GOV_LO, gazetteer.governing_body("Government of the Republic of Uzbekistan")),
        signed_on=date(2020, 1, 1),
    )
    with_uz = RegionRelations.of(LO, uz, _trade(fergana, 2024))
    assert with_uz.partners_with_trade_and_no_agreement(2024) == ()
    # an agreement of unknown status is not "no agreement"; nor is it "an agreement"
    unknown = RegionRelations.of(LO, UNDATED, _trade(GOV_CRIMEA.region, 2024))
    assert unknown.partners_with_trade_and_no_agreement(2024) == ()
    assert RegionRelations.of(LO, UNDATED).partners_with_agreement_and_no_trade(2024) == ()
    # before the Crimea agreement's signing, trade with Crimea has no agreement
    early = RegionRelations.of(LO, FIXED, _trade(GOV_CRIMEA.region, 2019))
    assert early.partners_with_trade_and_no_agreement(2019) == (GOV_CRIMEA.region,)


def test_plans_outliving_their_agreement() -> None:
    outliving = ActionPlan(FIXED, "2024-2027", signed_on="01.02.2024")
    within = ActionPlan(FIXED, "2024-2025", signed_on="01.02.2024")
    open_ended = ActionPlan(
        Agreement("Open", (GOV_LO, ADM_KURSK), signed_on=date(2019, 1, 1)), "2024-2040"
    )
    relations = RegionRelations.of(LO, outliving, within, open_ended)
    assert relations.plans_outliving_agreement() == (outliving,)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda r: r.expiring_within("01.01.2025", -1),
            ValidationError,
            "RegionRelations: 'months' must not be negative (got -1)",
        ),
        (
            lambda r: r.notice_deadlines_within("01.01.2025", 1.5),
            WrongTypeError,
            "RegionRelations: 'months' must be an int number of months (got 1.5 that is a float)",
        ),
        (
            lambda r: r.expiring_within("01.01.2025", True),
            WrongTypeError,
            "RegionRelations: 'months' must be an int number of months (got True)",
        ),
        (
            lambda r: r.partners_with_agreement_and_no_trade("2024"),
            WrongTypeError,
            "RegionRelations: 'year' must be an int year (got '2024')",
        ),
        (
            lambda r: r.partners_with_trade_and_no_agreement(None),
            WrongTypeError,
            "RegionRelations: 'year' must be an int year (got None)",
        ),
    ],
)
def test_bad_arguments_get_the_library_s_errors(call: object, error: type, message: str) -> None:
    relations = RegionRelations.of(LO, RENEWING)
    with pytest.raises(error) as caught:
        call(relations)  # type: ignore[operator]
    assert str(caught.value) == message
    with pytest.raises(WrongTypeError):
        relations.renewals_locked_in(5)  # type: ignore[arg-type]


def test_overdue_measures_count_an_annual_measure_by_its_years() -> None:
    deal = Agreement.between(
        "Agreement on cooperation",
        "Government of the Leningrad Region",
        "Administration of the Kursk Region",
        signed_on="12.05.2016",
    )
    side = (Executor("Committee", deal.parties[0]),)
    days = Measure("2", "cultural", "Days", side, "annually").reported(
        "done", "01.12.2024", year=2024
    )
    tour = Measure("1", "tourism", "Tour", side, "II quarter 2025")
    plan = ActionPlan(deal, "2024-2027", (tour, days))
    relations = RegionRelations.of(gazetteer.get("RU-LEN"), plan)
    # 2025's occurrence is open after 31.12.2025, though the plan runs to 2027
    assert relations.overdue_measures("01.07.2025") == ((plan, tour),)
    assert relations.overdue_measures("01.07.2026") == ((plan, tour), (plan, days))
    assert relations.overdue_occurrences("01.07.2026") == ((plan, days, 2025),)
    assert relations.overdue_occurrences("01.07.2025") == ()
    ended = RegionRelations.of(
        gazetteer.get("RU-LEN"),
        attrs.evolve(plan, agreement=deal.terminated("01.01.2026")),
    )
    assert ended.overdue_measures("01.07.2026") == ()
    assert ended.overdue_occurrences("01.07.2026") == ()


def test_queries_on_dates_known_to_the_month_or_year() -> None:
    may = Agreement.between(
        "Signed in May",
        "Government of the Leningrad Region",
        "Administration of the Kursk Region",
        signed_on="May 2019",
        term="5 years",
    )
    assert may.expires_on("01.01.2024") is None
    assert may.expires_between("01.01.2024") == (date(2024, 4, 30), date(2024, 5, 30))
    renewing = Agreement.between(
        "Renewing",
        "Government of the Leningrad Region",
        "Administration of the Kursk Region",
        signed_on="2016",
        term="5 years",
        renewal=Renewal(years=5, notice_months=6),
    )
    assert renewing.notice_deadline("01.01.2020") is None
    assert renewing.notice_deadline_between("01.01.2020") == (date(2020, 6, 30), date(2021, 6, 30))
    plan = ActionPlan(may, "2022-2025")
    relations = RegionRelations.of(LO, may, renewing, plan)
    # listed when every day the end (or the deadline) may be lies in the window
    assert relations.expiring_within("01.01.2024", 6) == (may,)
    assert relations.expiring_within("01.01.2024", 3) == ()
    assert relations.notice_deadlines_within("01.06.2020", 13) == (renewing,)
    assert relations.notice_deadlines_within("01.06.2020", 6) == ()
    # the plan runs to 2025, past every day the agreement may end in 2024
    assert relations.plans_outliving_agreement() == (plan,)
    assert relations.to_records()[0]["when"] == "2019-05"
    assert may.expires_between("01.01.2030") == (date(2024, 4, 30), date(2024, 5, 30))
    assert (
        Agreement.between(
            "Open",
            "Government of the Leningrad Region",
            "Administration of the Kursk Region",
            signed_on="2016",
        ).expires_between("01.01.2020")
        is None
    )
