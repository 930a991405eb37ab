"""Action plans: deadlines, measures, progress, overdue measures and findings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.agreements import Agreement, LifecycleWarning, Renewal, SubjectArea
from regionrel.errors import ParseError, ValidationError, WrongTypeError
from regionrel.periods import Period
from regionrel.plans import (
    ActionPlan,
    Deadline,
    DeadlineKind,
    Executor,
    Measure,
    MeasureStatus,
    Progress,
    agreements_without_plan,
    plans_by_agreement,
)
from tests.strategies.relations import CRIMEA, KURSK, LENINGRAD, deadlines


def d(text: str) -> date:
    return date.fromisoformat(text)


KURSK_AGREEMENT = Agreement(
    "Agreement between the Government of the Leningrad Region and the Administration of the "
    "Kursk Region on trade and economic, scientific and technical, social and cultural cooperation",
    (LENINGRAD, KURSK),
    areas="trade and economic, scientific and technical, social and cultural cooperation",
    signed_on=d("2016-05-12"),
    term="5 years",
    renewal=Renewal(years=5, notice_months=6),
)
LO_AGRO = Executor("Committee for the Agro-Industrial Complex of the Leningrad Region", LENINGRAD)
LO_CULTURE = Executor("Committee for Culture of the Leningrad Region", LENINGRAD)
KURSK_AGRO = Executor("Committee for Agriculture of the Kursk Region", KURSK)
KURSK_EDU = Executor("Committee for Education of the Kursk Region", KURSK)


def _measures() -> tuple[Measure, ...]:
    return (
        Measure(
            "1",
            "trade and economic",
            "Joint fair of agricultural producers",
            (LO_AGRO, KURSK_AGRO),
            "II quarter 2019",
            expected_result="Contracts between producers",
        ).reported(MeasureStatus.DONE, "05.07.2019"),
        Measure("2", SubjectArea.CULTURAL, "Days of culture", [LO_CULTURE], "annually"),
        Measure(
            "3", "education", "Exchange of teachers", (KURSK_EDU,), Deadline.on("2018-12-20")
        ).reported("in progress", "01.10.2018"),
        Measure("4", "social", "Seminar", (LO_CULTURE,), "by agreement of the parties"),
        Measure("5", "trade and economic", "Business mission", (LO_AGRO,), "2020").reported(
            "cancelled", "01.02.2020"
        ),
        Measure("6", "cultural", "Exhibition", (KURSK_EDU,), "throughout the period"),
    )


@pytest.fixture
def plan() -> ActionPlan:
    return ActionPlan(KURSK_AGREEMENT, "2018-2020", _measures(), signed_on=d("2018-03-01"))


def test_plan_parties_title_and_lookup(plan: ActionPlan) -> None:
    assert plan.parties == (LENINGRAD, KURSK)
    assert plan.name.startswith("Action plan to implement the Agreement between")
    assert plan.name.endswith("cultural cooperation for 2018-2020")
    assert str(plan) == plan.name
    assert plan.measure("3").deadline == Deadline.on(d("2018-12-20"))
    assert plan.in_force_on("01.06.2018")
    assert not plan.in_force_on(d("2018-02-28"))
    assert not plan.in_force_on(d("2021-01-01"))
    assert plan.findings() == ()


def test_overdue_is_computed_from_the_date_and_the_report(plan: ActionPlan) -> None:
    # measure 1 is due by 2019-06-30; its report of 2019-07-05 is not known on 2019-07-01
    assert [m.number for m in plan.overdue(d("2019-06-30"))] == ["3"]
    assert [m.number for m in plan.overdue("01.07.2019")] == ["1", "3"]
    assert [m.number for m in plan.overdue(d("2019-07-05"))] == ["3"]
    # measure 3 was due 2018-12-20, in progress since October
    assert [m.number for m in plan.overdue(d("2018-12-20"))] == []
    assert [m.number for m in plan.overdue(d("2018-12-21"))] == ["3"]
    # after the period, the annual and "throughout" ones are overdue too; "by agreement" never
    assert [m.number for m in plan.overdue(d("2021-01-01"))] == ["2", "3", "6"]


def test_progress_as_of_a_date_by_area_and_by_side(plan: ActionPlan) -> None:
    before = plan.progress(d("2018-01-01"))
    assert before == Progress(total=6, planned=6, in_progress=0, done=0, cancelled=0, overdue=0)
    late = plan.progress(d("2020-06-01"))
    assert late == Progress(total=6, planned=3, in_progress=1, done=1, cancelled=1, overdue=1)
    assert late.share_done == Fraction(1, 5)
    assert str(late) == "1 of 5 done (20%), 1 overdue"
    by_area = plan.progress_by_area(d("2020-06-01"))
    assert list(by_area) == [
        SubjectArea.TRADE_AND_ECONOMIC,
        SubjectArea.CULTURAL,
        SubjectArea.EDUCATION,
        SubjectArea.SOCIAL,
    ]
    assert by_area[SubjectArea.TRADE_AND_ECONOMIC].share_done == Fraction(1, 1)
    assert by_area[SubjectArea.EDUCATION].overdue == 1
    by_side = plan.progress_by_side(d("2020-06-01"))
    assert by_side[LENINGRAD].total == 4
    assert by_side[KURSK].total == 3  # measure 1 has executors on both sides
    assert by_side[KURSK].done == 1
    assert Progress(1, 0, 0, 0, 1, 0).share_done is None
    assert str(Progress(1, 0, 0, 0, 1, 0)) == "0 of 0 done"


def test_date_fields_read_a_dates_text_day_first(plan: ActionPlan) -> None:
    by_text = ActionPlan(KURSK_AGREEMENT, "2018-2020", _measures(), signed_on="01.03.2018")
    assert by_text == plan
    measure = Measure(
        "1", "social", "A", (LO_AGRO,), "2019", status=MeasureStatus.DONE, reported_on="05.07.2019"
    )
    assert measure.reported_on == d("2019-07-05")
    assert measure.status_on("04.07.2019") is MeasureStatus.PLANNED
    assert measure.status_on("05.07.2019") is MeasureStatus.DONE
    assert plan.measure("3").is_overdue("21.12.2018", plan.period)


def test_measures_due_in_a_period(plan: ActionPlan) -> None:
    assert [m.number for m in plan.due_in(2019)] == ["1", "2"]
    assert [m.number for m in plan.due_in("2018-Q4")] == ["2", "3"]
    assert [m.number for m in plan.due_in(Period.year(2020))] == ["2", "5", "6"]


def test_with_measures_adds_and_replaces(plan: ActionPlan) -> None:
    changed = plan.with_measures(
        plan.measure("2").reported("done", "30.12.2020"),
        Measure("7", "tourism", "Tour", (LO_AGRO,), "2020"),
    )
    assert [m.number for m in changed.measures] == ["1", "2", "3", "4", "5", "6", "7"]
    assert changed.measure("2").status is MeasureStatus.DONE


def test_plans_by_agreement_and_agreements_without_plan(plan: ActionPlan) -> None:
    crimea = Agreement("Crimea agreement", (LENINGRAD, CRIMEA), signed_on=d("2015-01-01"))
    later = ActionPlan(KURSK_AGREEMENT, "2021-2023", signed_on=d("2020-12-01"))
    assert plans_by_agreement([later, plan]) == {KURSK_AGREEMENT: (plan, later)}
    assert agreements_without_plan([KURSK_AGREEMENT, crimea], [plan], "31.12.2018") == (crimea,)
    assert agreements_without_plan([KURSK_AGREEMENT, crimea], [plan], d("2018-02-01")) == (
        KURSK_AGREEMENT,
        crimea,
    )


def test_findings_say_by_how_much_the_plan_leaves_the_agreement() -> None:
    fixed = Agreement(
        "Fixed agreement", (LENINGRAD, KURSK), signed_on=d("2018-04-15"), term="2018-2019"
    )
    plan = ActionPlan(fixed, "2018-2021", signed_on=d("2018-05-01"))
    messages = [f.message for f in plan.findings()]
    assert messages == [
        "starts on 2018-01-01, 3 months 14 days (104 days) before its agreement enters into force "
        "on 2018-04-15",
        "runs to 2021-12-31, 2 years (731 days) after its agreement ends on 2019-12-31",
        "lists no measures",
    ]
    assert all(f.category is LifecycleWarning for f in plan.findings())
    short = ActionPlan(
        Agreement("Short", (LENINGRAD, KURSK), signed_on=d("2018-01-01"), term="2018-12-11"), 2018
    )
    assert short.findings()[0].message == (
        "runs to 2018-12-31, 20 days after its agreement ends on 2018-12-11"
    )
    # renewals count: a 5-year agreement renewing itself covers a plan beyond its first term
    assert [f.code for f in ActionPlan(KURSK_AGREEMENT, "2020-2023").findings()] == ["no-measures"]
    draft = Agreement("Draft", (LENINGRAD, KURSK))
    assert ActionPlan(draft, 2018).findings()[0].code == "agreement-not-in-force"


def _plan(*measures: Measure, **kw: object) -> ActionPlan:
    return ActionPlan(KURSK_AGREEMENT, "2018-2020", measures, **kw)  # type: ignore[arg-type]


BAD: list[tuple[Callable[[], object], str]] = [
    (
        lambda: _plan(
            Measure("1", "social", "A", (LO_AGRO,), "2019"),
            Measure("1", "social", "B", (LO_AGRO,), "2019"),
        ),
        "ActionPlan: 'measures' must not use a measure number twice (got '1')",
    ),
    (
        lambda: _plan(Measure("1", "social", "A", (LO_AGRO,), "I quarter 2021")),
        "ActionPlan: 'measures' must have deadlines inside the plan period 2018-2020: measure 1 "
        "is due 2021-Q1 (got '2021-Q1')",
    ),
    (
        lambda: _plan(Measure("1", "social", "A", (Executor("Ministry", CRIMEA),), "2019")),
        "ActionPlan: 'measures' must have executors on the agreement's sides: measure 1's "
        "'Ministry' acts for 'Council of Ministers of the Republic of Crimea' "
        "(got 'Council of Ministers of the Republic of Crimea')",
    ),
    (
        lambda: _plan(signed_on=d("2016-01-01")),
        "ActionPlan: 'signed_on' must not be before the agreement is signed (on 2016-05-12) "
        "(got datetime.date(2016, 1, 1))",
    ),
    (
        lambda: ActionPlan(KURSK_AGREEMENT, 2018.0),
        "ActionPlan: 'period' must be a Period, an int year or text (got 2018.0 that is a float)",
    ),
    (
        lambda: ActionPlan(KURSK_AGREEMENT, 2018, ["m"]),
        "ActionPlan: 'measures' must be a sequence of Measure (got ('m',) that is a tuple)",
    ),
    (
        lambda: _plan().measure("9"),
        "ActionPlan: 'number' is not the number of a measure of this plan (got '9')",
    ),
    (
        lambda: Measure("1", "social", "A", (), "2019"),
        "Measure: 'executors' must name at least one executor (got () that is a tuple)",
    ),
    (
        lambda: Measure("1", "social", "A", ("Ministry",), "2019"),
        "Measure: 'executors' must be a sequence of Executor (got ('Ministry',) that is a tuple)",
    ),
    (
        lambda: Measure(" ", "social", "A", (LO_AGRO,), "2019"),
        "Measure: 'number' must not be empty (got ' ')",
    ),
    (
        lambda: Measure(1, "social", "A", (LO_AGRO,), "2019"),  # type: ignore[arg-type]
        "Measure: 'number' must be a str (got 1)",
    ),
    (
        lambda: Measure("1", "social", "A", (LO_AGRO,), "2019", status=MeasureStatus.DONE),
        "Measure: 'reported_on' must be given for a measure reported done (got None)",
    ),
    (
        lambda: Measure("1", "social", "A", (LO_AGRO,), "2019", expected_result=5),  # type: ignore[arg-type]
        "Measure: 'expected_result' must be a str or None (got 5)",
    ),
    (
        lambda: Measure("1", "social", "A", (LO_AGRO,), "2019").reported("finished", "01.01.2019"),
        "Measure: 'status' must be planned, in progress, done or cancelled (got 'finished')",
    ),
    (
        lambda: Measure("1", "social", "A", (LO_AGRO,), "2019", reported_on="2019"),
        "Measure: 'reported_on' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12': is not a complete date: the day and month is missing "
        "(got '2019')",
    ),
    (
        lambda: Measure("1", "social", "A", (LO_AGRO,), "2019", reported_on=2019),  # type: ignore[arg-type]
        "Measure: 'reported_on' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12' (got 2019)",
    ),
    (
        lambda: Measure("1", "social", "A", (LO_AGRO,), "2019", reported_on=datetime(2019, 5, 1)),
        "Measure: 'reported_on' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12', not a datetime: pass value.date() "
        "(got datetime.datetime(2019, 5, 1, 0, 0))",
    ),
    (
        lambda: ActionPlan(KURSK_AGREEMENT, "2018-2020", signed_on=datetime(2018, 3, 1)),
        "ActionPlan: 'signed_on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018', not a datetime: pass value.date() "
        "(got datetime.datetime(2018, 3, 1, 0, 0))",
    ),
    (
        lambda: ActionPlan(KURSK_AGREEMENT, "2018-2020", signed_on=2018),  # type: ignore[arg-type]
        "ActionPlan: 'signed_on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018' (got 2018)",
    ),
    (
        lambda: Measure("1", "social", "A", (LO_AGRO,), "2019").status_on(datetime(2019, 5, 1)),
        "Measure: 'as_of' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12', not a datetime: pass value.date() "
        "(got datetime.datetime(2019, 5, 1, 0, 0))",
    ),
    (
        lambda: Deadline.on(datetime(2019, 5, 1)),
        "Deadline: 'day' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12', not a datetime: pass value.date() "
        "(got datetime.datetime(2019, 5, 1, 0, 0))",
    ),
    (lambda: Executor("", LENINGRAD), "Executor: 'organisation' must not be empty (got '')"),
    (
        lambda: Deadline.parse("soon"),
        "Deadline: is not a deadline: a date, a month, a quarter, a year, 'throughout the "
        "period', 'annually' or 'by agreement' (got 'soon')",
    ),
    (
        lambda: Deadline.parse("2018-2019"),
        "Deadline: is a period (2018-2019), not a date, a month, a quarter or a year (got '2018-2019')",
    ),
    (lambda: Deadline.parse(2019), "Deadline: 'text' must be a str (got 2019)"),  # type: ignore[arg-type]
    (
        lambda: Deadline.coerce(Period.span(2018, 2019)),
        "Deadline: 'deadline' must be a Deadline, text, a date, or a day, month, quarter or year "
        "Period (got Period.span(2018, 2019))",
    ),
    (
        lambda: Deadline.coerce(5),
        "Deadline: 'deadline' must be a Deadline, text, a date, or a day, month, quarter or year "
        "Period (got 5)",
    ),
    (
        lambda: Deadline(DeadlineKind.YEAR),
        "Deadline: 'period' must be a Period for a deadline that is a year (got None)",
    ),
    (
        lambda: Deadline(DeadlineKind.ANNUALLY, Period.year(2019)),
        "Deadline: 'period' must be None for a deadline that is annually (got Period.year(2019))",
    ),
    (
        lambda: Deadline(DeadlineKind.YEAR, Period.quarter(2019, 2)),
        "Deadline: 'period' must be a year for such a deadline (got Period.quarter(2019, 2))",
    ),
]


@pytest.mark.parametrize(("build", "message"), BAD)
def test_bad_plans_raise_exact_errors(build: Callable[[], object], message: str) -> None:
    with pytest.raises((ValidationError, WrongTypeError, ParseError)) as caught:
        build()
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.12.2019", Deadline.on(d("2019-12-31"))),
        ("by 31.12.2019", Deadline.on(d("2019-12-31"))),
        ("II quarter 2019", Deadline.quarter(2019, 2)),
        ("Q4 2019", Deadline.quarter(2019, 4)),
        ("до IV квартала 2019 г.", Deadline.quarter(2019, 4)),
        ("2020", Deadline.year(2020)),
        ("end of 2020", Deadline.year(2020)),
        ("May 2019", Deadline(DeadlineKind.MONTH, Period.month(2019, 5))),
        ("Throughout the period", Deadline.throughout()),
        ("during the plan period", Deadline.throughout()),
        ("постоянно", Deadline.throughout()),
        ("в течение периода", Deadline.throughout()),
        ("annually", Deadline.annually()),
        ("every year", Deadline.annually()),
        ("ежегодно", Deadline.annually()),
        ("by agreement", Deadline.by_agreement()),
        ("By mutual agreement of the parties", Deadline.by_agreement()),
        ("по согласованию сторон", Deadline.by_agreement()),
    ],
)
def test_deadline_parse(text: str, expected: Deadline) -> None:
    assert Deadline.parse(text) == expected


def test_deadline_last_days_and_text() -> None:
    plan = Period.span(2018, 2020)
    assert Deadline.throughout().last_day(plan) == d("2020-12-31")
    assert Deadline.by_agreement().last_day(plan) is None
    assert Deadline.by_agreement().due_dates(plan) == ()
    assert Deadline.annually().due_dates(Period(d("2018-03-01"), d("2019-06-30"))) == (
        d("2018-12-31"),
        d("2019-06-30"),
    )
    assert repr(Deadline.quarter(2019, 2)) == "Deadline.parse('2019-Q2')"
    assert str(Deadline.annually()) == "annually"
    assert Deadline.coerce(d("2019-03-01")) == Deadline.on("01.03.2019")
    assert Deadline.coerce(Period.year(2019)) == Deadline.year(2019)
    assert Deadline.year(2019).is_fixed
    assert not Deadline.annually().is_fixed


@given(deadlines())
def test_deadline_round_trips_through_its_text(deadline: Deadline) -> None:
    assert Deadline.parse(str(deadline)) == deadline


@given(deadlines(), st.integers(2000, 2030), st.integers(0, 5))
def test_a_deadline_inside_the_plan_has_its_last_day_inside(
    deadline: Deadline, first: int, length: int
) -> None:
    period = Period.span(first, first + length)
    last = deadline.last_day(period)
    if deadline.lies_within(period):
        assert last is None or last in period
        assert all(day in period for day in deadline.due_dates(period))
    else:
        assert last is not None
        assert last not in period or deadline.period is not None
