"""Action plans as they are reported: annual measures year by year, completion dates
against deadlines, overdue counts that stop with the agreement, partial signing dates."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from regionrel.agreements import Agreement, AgreementStatus
from regionrel.dates import PartialDate
from regionrel.errors import ParseError, ValidationError, WrongTypeError
from regionrel.periods import Period
from regionrel.plans import ActionPlan, Executor, Measure, MeasureStatus
from regionrel.relations import Occurrence
from tests.strategies.relations import KURSK, LENINGRAD

PLAN_PERIOD = Period.span(2018, 2020)
AGREEMENT = Agreement("Agreement on cooperation", (LENINGRAD, KURSK), signed_on="12.05.2016")
CULTURE = Executor("Committee for Culture", LENINGRAD)


def d(text: str) -> date:
    return date.fromisoformat(text)


def days_of_culture() -> Measure:
    return Measure("2", "cultural", "Days of culture", (CULTURE,), "annually")


def fair(**kwargs: object) -> Measure:
    return Measure("1", "trade and economic", "Fair", (CULTURE,), "II quarter 2019", **kwargs)  # type: ignore[arg-type]


def test_done_in_2018_does_not_make_2019_and_2020_done() -> None:
    m = days_of_culture().reported("done", "20.12.2018", year=2018)
    assert [m.status_in(y, d("2021-01-01")) for y in (2018, 2019, 2020)] == [
        MeasureStatus.DONE,
        MeasureStatus.PLANNED,
        MeasureStatus.PLANNED,
    ]
    assert m.status_in(2018, d("2018-12-19")) is MeasureStatus.PLANNED  # not reported yet
    assert m.overdue_years(d("2019-01-01"), PLAN_PERIOD) == ()
    assert m.overdue_years(d("2020-01-01"), PLAN_PERIOD) == (2019,)
    assert m.overdue_years(d("2021-01-01"), PLAN_PERIOD) == (2019, 2020)
    assert m.is_overdue(d("2021-01-01"), PLAN_PERIOD)
    assert not m.is_overdue(d("2020-12-31"), PLAN_PERIOD)  # judged at the plan's end
    both = m.reported("done", "15.12.2019", year=2019).reported("done", "10.12.2020", year=2020)
    assert both.overdue_years(d("2021-01-01"), PLAN_PERIOD) == ()
    assert not both.is_overdue(d("2021-01-01"), PLAN_PERIOD)
    assert [o.year for o in both.occurrences] == [2018, 2019, 2020]
    redone = both.reported("in progress", "01.12.2019", year=2019)
    assert redone.occurrence(2019) == Occurrence(2019, MeasureStatus.IN_PROGRESS, d("2019-12-01"))


def test_a_whole_report_speaks_only_of_the_years_it_could() -> None:
    m = days_of_culture().reported("done", "20.12.2018")  # no year: as plans report once
    assert m.status_in(2018, d("2021-01-01")) is MeasureStatus.DONE
    assert m.status_in(2019, d("2021-01-01")) is MeasureStatus.PLANNED
    assert m.is_overdue(d("2021-01-01"), PLAN_PERIOD)
    cancelled = days_of_culture().reported("cancelled", "01.02.2018")
    assert cancelled.status_in(2020, d("2021-01-01")) is MeasureStatus.CANCELLED
    assert not cancelled.is_overdue(d("2021-01-01"), PLAN_PERIOD)


def test_yearly_reports_are_for_annual_measures_only() -> None:
    with pytest.raises(ValidationError) as err:
        fair().reported("done", "01.06.2019", year=2019)
    assert str(err.value) == (
        "Measure: 'year' is only for annual measures; measure 1 is due 2019-Q2 (got 2019)"
    )
    with pytest.raises(ValidationError, match="only for annual measures"):
        fair().status_in(2019, d("2020-01-01"))
    occurrence = Occurrence(2019, "done", "20.12.2019")
    with pytest.raises(ValidationError, match="only annual measures recur"):
        fair(occurrences=(occurrence,))
    with pytest.raises(WrongTypeError):
        Occurrence("2019", "done", "20.12.2019")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="must be planned, in progress, done or cancelled"):
        Occurrence(2019, "finished", "20.12.2019")


def test_a_year_reported_twice_in_one_tuple_is_refused() -> None:
    occurrence = Occurrence(2019, "done", "20.12.2019")
    with pytest.raises(ValidationError, match="must not report a year twice"):
        Measure(
            "2", "cultural", "Days", (CULTURE,), "annually", occurrences=[occurrence, occurrence]
        )
    with pytest.raises(WrongTypeError, match="must be a sequence of Occurrence"):
        Measure("2", "cultural", "Days", (CULTURE,), "annually", occurrences=["2019"])


def test_completion_compared_with_the_deadline() -> None:
    on_time = fair().reported("done", "05.07.2019", completed_on="20.06.2019")
    late = fair().reported("done", "05.07.2019", completed_on="01.07.2019")
    unknown = fair().reported("done", "05.07.2019")  # reported after the deadline, no date
    reported_in_time = fair().reported("done", "30.06.2019")
    in_june = fair().reported("done", "05.07.2019", completed_on="June 2019")
    in_2019 = fair().reported("done", "05.07.2019", completed_on="2019")
    assert on_time.completed_late(PLAN_PERIOD) is False
    assert late.completed_late(PLAN_PERIOD) is True
    assert unknown.completed_late(PLAN_PERIOD) is None
    assert reported_in_time.completed_late(PLAN_PERIOD) is False
    assert in_june.completed_late(PLAN_PERIOD) is False
    assert in_june.completion == PartialDate(2019, 6)
    assert in_2019.completed_late(PLAN_PERIOD) is None
    assert fair().completed_late(PLAN_PERIOD) is None  # not done
    plan = ActionPlan(AGREEMENT, PLAN_PERIOD, (late,))
    findings = [f for f in plan.findings() if f.code == "completed-late"]
    assert [str(f) for f in findings] == [
        f"{plan.name}: reports measure 1 (Fair) done after its deadline "
        "(done 2019-07-01, due by 2019-06-30)"
    ]
    assert ActionPlan(AGREEMENT, PLAN_PERIOD, (on_time,)).findings() == ()


def test_completion_of_a_year_compared_with_its_end() -> None:
    m = (
        days_of_culture()
        .reported("done", "20.01.2019", year=2018, completed_on="15.01.2019")
        .reported("done", "20.12.2019", year=2019, completed_on="10.12.2019")
    )
    assert m.completed_late(PLAN_PERIOD) is True
    plan = ActionPlan(AGREEMENT, PLAN_PERIOD, (m,))
    assert [f.message for f in plan.findings() if f.code == "completed-late"] == [
        "reports measure 2 (Days of culture) done after its deadline "
        "(2018: done 2019-01-15, due by 2018-12-31)"
    ]
    on_time = days_of_culture().reported("done", "20.12.2019", year=2019)
    assert on_time.completed_late(PLAN_PERIOD) is False
    open_year = days_of_culture().reported("in progress", "20.12.2019", year=2019)
    assert open_year.completed_late(PLAN_PERIOD) is None


def test_completion_dates_are_checked() -> None:
    with pytest.raises(ValidationError) as err:
        fair().reported("in progress", "05.07.2019", completed_on="01.07.2019")
    assert str(err.value) == (
        "Measure: 'completed_on' must be None unless the status is done (it is in progress) "
        "(got datetime.date(2019, 7, 1))"
    )
    with pytest.raises(ValidationError) as after:
        fair().reported("done", "05.07.2019", completed_on="06.07.2019")
    assert str(after.value) == (
        "Measure: 'completed_on' must not be after the report of 2019-07-05 that says it is "
        "done (got datetime.date(2019, 7, 6))"
    )


def test_a_plan_stops_counting_overdue_measures_after_its_agreement_ends() -> None:
    ended = AGREEMENT.terminated("01.03.2020", by=KURSK, effective_on="01.09.2020")
    measures = (fair(), days_of_culture())
    plan = ActionPlan(ended, PLAN_PERIOD, measures)
    assert [m.number for m in plan.overdue(d("2020-08-31"))] == ["1"]
    assert plan.progress(d("2020-08-31")).overdue == 1
    assert [(m.number, y) for m, y in plan.overdue_occurrences(d("2020-08-31"))] == [
        ("2", 2018),
        ("2", 2019),
    ]
    assert ended.status_on(d("2020-09-01")) is AgreementStatus.TERMINATED
    assert plan.overdue(d("2020-09-01")) == ()
    assert plan.progress(d("2020-09-01")).overdue == 0
    assert plan.overdue_occurrences(d("2021-01-01")) == ()
    # an agreement still in force keeps counting
    assert [
        m.number for m in ActionPlan(AGREEMENT, PLAN_PERIOD, measures).overdue("01.01.2021")
    ] == [
        "1",
        "2",
    ]


def test_measure_questions_take_text_dates() -> None:
    m = fair(status=MeasureStatus.DONE, reported_on="05.07.2019")
    assert m.status_on("01.01.2020") is MeasureStatus.DONE
    assert m.status_on("04.07.2019") is MeasureStatus.PLANNED
    assert fair().is_overdue("01.07.2019", PLAN_PERIOD)
    assert not fair().is_overdue("30.06.2019", PLAN_PERIOD)


def test_plan_signed_in_a_year_or_month() -> None:
    plan = ActionPlan(AGREEMENT, PLAN_PERIOD, signed_on="2018")
    assert plan.signed_on is None
    assert plan.signed_in == Period.year(2018)
    assert ActionPlan(AGREEMENT, PLAN_PERIOD, signed_on="мая 2018 года").signed_in == Period.month(
        2018, 5
    )
    assert ActionPlan(AGREEMENT, PLAN_PERIOD, signed_on=PartialDate(2018, 3, 1)).signed_on == d(
        "2018-03-01"
    )
    with pytest.raises(ValidationError, match="must hold the signing 2019"):
        ActionPlan(AGREEMENT, PLAN_PERIOD, signed_on="2019", signed_in=Period.year(2018))


def test_plan_of_an_agreement_signed_in_a_year() -> None:
    deal = Agreement("Agreement", (LENINGRAD, KURSK), signed_on="2016")
    plan = ActionPlan(deal, PLAN_PERIOD, signed_on="01.03.2018")
    assert plan.signed_on == d("2018-03-01")
    with pytest.raises(ValidationError) as err:
        ActionPlan(deal, PLAN_PERIOD, signed_on="01.03.2015")
    assert str(err.value) == (
        "ActionPlan: 'signed_on' must not be before the agreement is signed (in 2016) "
        "(got datetime.date(2015, 3, 1))"
    )
    draft = Agreement("Draft", (LENINGRAD, KURSK))
    with pytest.raises(ValidationError, match="agreement that is not signed"):
        ActionPlan(draft, PLAN_PERIOD, signed_on="01.03.2018")
    undated = Agreement("Undated", (LENINGRAD, KURSK), draft=False)
    assert ActionPlan(undated, PLAN_PERIOD, signed_on="01.03.2018").signed_on == d("2018-03-01")


# --------------------------------------------------------------------------- the summary


def _execution(plan: ActionPlan, year: int, locale: str = "en") -> str:
    from regionrel import gazetteer
    from regionrel.profile import RegionRelations

    lo = gazetteer.get("RU-LEN")
    deal = Agreement.between(
        "Agreement on cooperation",
        "Government of the Leningrad Region",
        "Administration of the Kursk Region",
        signed_on="12.05.2016",
    )
    gov = deal.parties[0]
    measures = tuple(
        attrs.evolve(m, executors=(Executor("Committee for Culture", gov),)) for m in plan.measures
    )
    relations = RegionRelations.of(lo, attrs.evolve(plan, agreement=deal, measures=measures))
    (sentence,) = [
        s.text
        for s in relations.summary_of(year, locale=locale).sentences
        if s.fact.kind.name == "PLAN_EXECUTION"
    ]
    return sentence


def test_the_summary_counts_an_annual_measure_per_occurrence() -> None:
    # done in 2018, not in 2019: one done and one not done occurrence for 2019
    days = days_of_culture().reported("done", "20.12.2018", year=2018)
    plan = ActionPlan(AGREEMENT, PLAN_PERIOD, (days,))
    assert _execution(plan, 2019) == (
        "On 31.12.2019, of the 2 yearly occurrences of the annual measures of the action plan "
        "to implement the Agreement on cooperation for 2018-2020 due by then, 1 had been "
        "reported done and 0 were overdue."
    )
    assert _execution(plan, 2020) == (
        "On 31.12.2020, of the 3 yearly occurrences of the annual measures of the action plan "
        "to implement the Agreement on cooperation for 2018-2020 due by then, 1 had been "
        "reported done and 1 was overdue."
    )
    assert _execution(plan, 2019, "ru") == (
        "На 31.12.2019 по ежегодным мероприятиям плана мероприятий по реализации соглашения "
        "«Agreement on cooperation» на 2018-2020 годы из 2 исполнений со сроком по эту дату "
        "выполнено 1, просрочено 0."
    )


def test_the_summary_counts_late_completion_beside_measures_due_once() -> None:
    days = (
        days_of_culture()
        .reported("done", "20.12.2018", year=2018)
        .reported("done", "15.02.2020", year=2019, completed_on="01.2020")
    )
    late_fair = fair().reported("done", "20.12.2019", completed_on="10.2019")
    plan = ActionPlan(AGREEMENT, PLAN_PERIOD, (late_fair, days))
    assert _execution(plan, 2020) == (
        "On 31.12.2020, 1 of 1 measure of the action plan to implement the Agreement on "
        "cooperation for 2018-2020 had been reported done (1 after its deadline) and 0 were "
        "overdue; of the 3 yearly occurrences of its annual measures due by then, 2 had been "
        "reported done (1 after its deadline) and 0 were overdue."
    )
    assert _execution(plan, 2020, "ru") == (
        "На 31.12.2020 из 1 мероприятия плана мероприятий по реализации соглашения «Agreement "
        "on cooperation» на 2018-2020 годы выполнено 1 (из них с нарушением срока: 1), "
        "просрочено 0; по ежегодным мероприятиям из 3 исполнений со сроком по эту дату "
        "выполнено 2 (из них с нарушением срока: 1), просрочено 0."
    )
    assert days.late_years(PLAN_PERIOD) == days.late_years("2018-2020") == (2019,)
    with pytest.raises(WrongTypeError) as err:
        days.late_years(2.5)  # type: ignore[arg-type]
    assert str(err.value) == (
        "Measure.late_years: 'within' must be a Period, an int year or its text "
        "(got 2.5 that is a float)"
    )


def test_a_measure_takes_its_plan_period_as_text_and_its_year_as_an_int() -> None:
    m = fair()
    assert m.is_overdue("01.01.2020", "2018-2020") is True
    assert m.completed_late(2019) is None
    yearly = days_of_culture().reported("done", "20.12.2018", year=2018)
    assert yearly.overdue_years("01.01.2021", "2018-2020") == (2019, 2020)
    with pytest.raises(ParseError) as perr:
        m.is_overdue("01.01.2020", "nope")
    assert str(perr.value) == (
        "Measure.is_overdue: 'within' is not a plan period: has a word that does not belong "
        "to a period: 'nope' (got 'nope')"
    )
    with pytest.raises(WrongTypeError) as err:
        yearly.status_in("2019", "01.01.2020")  # type: ignore[arg-type]
    assert str(err.value) == "Measure.status_in: 'year' must be an int year (got '2019')"
