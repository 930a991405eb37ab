"""Action plans that implement cooperation agreements: :class:`ActionPlan` and its progress.

An :class:`ActionPlan` implements one :class:`~regionrel.relations.agreement.Agreement`
for a period; it lists numbered :class:`~regionrel.relations.measures.Measure` values
(:mod:`regionrel.relations.measures`), each with its area, executors on each side, a
:class:`~regionrel.relations.deadlines.Deadline` (:mod:`regionrel.relations.deadlines`)
and a status reported on a date, and counts them by status as a :class:`Progress`.
Whether a measure is overdue is computed, never stored. The measures and deadlines are
also importable from here, where they were first defined.

>>> from datetime import date
>>> from regionrel.relations import Agreement, SubjectArea
>>> from regionrel.regions import GoverningBody, Region, RegionKind
>>> def body(name, kind):
...     return GoverningBody.of(Region.of_subdivision(name, kind=RegionKind.OBLAST, country="RU"), kind)
>>> leningrad, kursk = body("Leningrad Region", "Government"), body("Kursk Region", "Administration")
>>> agreement = Agreement("Agreement on cooperation", (leningrad, kursk), signed_on=date(2016, 5, 12))
>>> fair = Measure("1", SubjectArea.TRADE_AND_ECONOMIC, "Joint fair of producers",
...     (Executor("Committee for the Agro-Industrial Complex", leningrad),),
...     Deadline.parse("II quarter 2019"))
>>> plan = ActionPlan(agreement, "2018-2020", (fair,), signed_on=date(2018, 3, 1))
>>> [m.number for m in plan.overdue(date(2019, 7, 1))]
['1']
>>> plan.progress(date(2019, 7, 1)).overdue
1
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from fractions import Fraction
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from regionrel._validators import (
    as_date,
    as_optional_partial_date,
    as_tuple,
    check_count,
    instance_of,
)
from regionrel.dates import PartialDate
from regionrel.display import NotebookDisplay
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.periods import Period
from regionrel.regions import GoverningBody
from regionrel.relations._arguments import items
from regionrel.relations.agreement import Agreement
from regionrel.relations.deadlines import Deadline, DeadlineKind
from regionrel.relations.findings import LifecycleWarning, RelationsFinding
from regionrel.relations.measures import Executor, Measure, MeasureStatus, Occurrence, late_text
from regionrel.relations.subjects import SubjectArea
from regionrel.tables import Tabular, plain

__all__ = [
    "ActionPlan",
    "Deadline",
    "DeadlineKind",
    "Executor",
    "Measure",
    "MeasureStatus",
    "Occurrence",
    "Progress",
    "agreements_without_plan",
    "plans_by_agreement",
]


@attrs.frozen
class Progress:
    """Counts of measures by status as of a date, with the share done.

    The share done leaves cancelled measures out: ``done / (total - cancelled)``.

    >>> Progress(total=4, planned=1, in_progress=1, done=1, cancelled=1, overdue=1).share_done
    Fraction(1, 3)
    """

    total: int = attrs.field(validator=check_count)
    planned: int = attrs.field(validator=check_count)
    in_progress: int = attrs.field(validator=check_count)
    done: int = attrs.field(validator=check_count)
    cancelled: int = attrs.field(validator=check_count)
    #: Open measures past their last day (counted among planned and in progress).
    overdue: int = attrs.field(validator=check_count)

    @property
    def share_done(self) -> Fraction | None:
        """Done over not cancelled; None when every measure is cancelled or there are none."""
        live = self.total - self.cancelled
        return Fraction(self.done, live) if live else None

    def __str__(self) -> str:
        share = self.share_done
        text = f"{self.done} of {self.total - self.cancelled} done"
        if share is not None:
            text += f" ({float(share) * 100:.0f}%)"
        return text + (f", {self.overdue} overdue" if self.overdue else "")


def _to_period(value: Any) -> Period:
    if isinstance(value, Period | int | str) and not isinstance(value, bool):
        return Period.coerce(value)
    raise WrongTypeError(
        "must be a Period, an int year or text", cls="ActionPlan", field="period", value=value
    )


def _check_signed_in(_inst: object, _a: attrs.Attribute[Period | None], value: object) -> None:
    if value is not None and not isinstance(value, Period):
        raise WrongTypeError(
            "must be a Period or None", cls="ActionPlan", field="signed_in", value=value
        )


def _check_measures(_inst: object, _a: attrs.Attribute[tuple[Measure, ...]], value: Any) -> None:
    if not isinstance(value, tuple) or not all(isinstance(m, Measure) for m in value):
        raise WrongTypeError(
            "must be a sequence of Measure", cls="ActionPlan", field="measures", value=value
        )


def _span_words(delta: relativedelta, days: int) -> str:
    parts = [
        f"{n} {unit}{'' if n == 1 else 's'}"
        for n, unit in ((delta.years, "year"), (delta.months, "month"), (delta.days, "day"))
        if n
    ]
    total = f"{days} day{'' if days == 1 else 's'}"
    if parts == [total]:
        return total
    return f"{' '.join(parts)} ({total})"


def _to_signed_on(value: date | PartialDate | str | None) -> Any:
    return as_optional_partial_date(value, cls="ActionPlan", field="signed_on")


def _as_period(partial: PartialDate) -> Period:
    if partial.month is None:
        return Period.year(partial.year)
    return Period.month(partial.year, partial.month)


@attrs.frozen
class ActionPlan(NotebookDisplay, Tabular):
    """A plan of measures implementing an agreement over a period.

    Args:
        agreement: the agreement it implements; its parties are the plan's.
        period: the plan period (a Period, a year, or text such as ``"2018-2021"``).
        measures: its measures, with distinct numbers.
        signed_on: the day the plan was signed; a month or a year (``"2018"``,
            ``"May 2018"``, a :class:`~regionrel.dates.PartialDate`) is kept as
            *signed_in*.
        signed_in: the period the signing is known to when the day is not (a report's
            "in 2018, an action plan was signed"); with *signed_on* too, it must hold it.
        title: the title as written; by default one is made from the agreement's.

    Raises:
        ValidationError: a measure number used twice, a deadline outside the plan
            period, an executor outside the agreement's parties, a plan signed
            before its agreement (for *signed_in*: ending before the agreement's known
            signing day), a *signed_on* outside *signed_in*.
        WrongTypeError: *signed_in* that is not a Period.

    A signing known only to a year:

    >>> from regionrel.regions import GoverningBody
    >>> deal = Agreement("Agreement", (GoverningBody.parse("Government of the Leningrad Region"),
    ...     GoverningBody.parse("Administration of the Kursk Region")))
    >>> plan = ActionPlan(deal, "2018-2020", signed_in=Period.year(2018))
    >>> plan.signing, plan.in_force_on(date(2017, 12, 31)), plan.in_force_on(date(2018, 6, 1))
    (Period.year(2018), False, True)
    """

    agreement: Agreement = attrs.field(validator=instance_of(Agreement))
    period: Period = attrs.field(converter=_to_period)
    measures: tuple[Measure, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_check_measures
    )
    signed_on: date | None = attrs.field(default=None, kw_only=True, converter=_to_signed_on)
    signed_in: Period | None = attrs.field(default=None, kw_only=True, validator=_check_signed_in)
    title: str = attrs.field(default="", kw_only=True, validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        signed: Any = self.signed_on
        if isinstance(signed, PartialDate):
            if signed.exact is None:
                if self.signed_in is not None and not self.signed_in.contains(_as_period(signed)):
                    raise ValidationError(
                        f"must hold the signing {signed} when both are given",
                        cls="ActionPlan",
                        field="signed_in",
                        value=self.signed_in,
                    )
                object.__setattr__(self, "signed_in", self.signed_in or _as_period(signed))
            object.__setattr__(self, "signed_on", signed.exact)
        self._check_signed_in()
        agreement = self.agreement
        if self.signed_on is not None and not agreement.is_signed:
            raise ValidationError(
                "must not be given for a plan of an agreement that is not signed (a draft "
                f"{agreement.title!r})",
                cls="ActionPlan",
                field="signed_on",
                value=self.signed_on,
            )
        if (
            self.signed_on is not None
            and agreement.signing is not None
            and self.signed_on < agreement.signing.earliest
        ):
            raise ValidationError(
                f"must not be before the agreement is signed ({agreement._signing_text})",
                cls="ActionPlan",
                field="signed_on",
                value=self.signed_on,
            )
        numbers: set[str] = set()
        for measure in self.measures:
            if measure.number in numbers:
                raise ValidationError(
                    "must not use a measure number twice",
                    cls="ActionPlan",
                    field="measures",
                    value=measure.number,
                )
            numbers.add(measure.number)
            if not measure.deadline.lies_within(self.period):
                raise ValidationError(
                    f"must have deadlines inside the plan period {self.period}: measure "
                    f"{measure.number} is due {measure.deadline}",
                    cls="ActionPlan",
                    field="measures",
                    value=str(measure.deadline),
                )
            for executor in measure.executors:
                if executor.side not in self.agreement.parties:
                    raise ValidationError(
                        f"must have executors on the agreement's sides: measure {measure.number}'s "
                        f"{executor.organisation!r} acts for {executor.side.name!r}",
                        cls="ActionPlan",
                        field="measures",
                        value=executor.side.name,
                    )

    def _check_signed_in(self) -> None:
        if self.signed_in is None:
            return
        if self.signed_on is not None and self.signed_on not in self.signed_in:
            raise ValidationError(
                f"must hold the day of signing {self.signed_on} when both are given",
                cls="ActionPlan",
                field="signed_in",
                value=self.signed_in,
            )
        # An agreement read from prose may have no known signing day: nothing to compare.
        signing = self.agreement.signing
        if signing is not None and self.signed_in.end < signing.earliest:
            raise ValidationError(
                f"must not end before the agreement is signed ({self.agreement._signing_text})",
                cls="ActionPlan",
                field="signed_in",
                value=self.signed_in,
            )

    @property
    def signing(self) -> Period | None:
        """When the plan was signed, as far as known: the day, else *signed_in*, else None."""
        if self.signed_on is not None:
            return Period.day(self.signed_on)
        return self.signed_in

    @property
    def name(self) -> str:
        """The title, or "Action plan to implement the <agreement> for <period>"."""
        return self.title or (
            f"Action plan to implement the {self.agreement.title} for {self.period}"
        )

    @property
    def parties(self) -> tuple[GoverningBody, ...]:
        """The agreement's parties."""
        return self.agreement.parties

    def is_same_as(self, other: ActionPlan) -> bool:
        """Whether *other* is this plan, perhaps with other reports on its measures: the
        same agreement (:meth:`Agreement.is_same_as`), period and title.

        >>> from regionrel.regions import GoverningBody
        >>> deal = Agreement("Agreement", (GoverningBody.parse("Government of the Leningrad Region"),
        ...     GoverningBody.parse("Administration of the Kursk Region")), signed_on="12.05.2016")
        >>> plan = ActionPlan(deal, "2018-2020")
        >>> plan.is_same_as(attrs.evolve(plan, agreement=deal.terminated("01.02.2020")))
        True

        Raises:
            WrongTypeError: *other* is not an ActionPlan.
        """
        if not isinstance(other, ActionPlan):
            raise WrongTypeError(
                "must be an ActionPlan", cls="ActionPlan.is_same_as", field="other", value=other
            )
        return other == self or (
            other.agreement.is_same_as(self.agreement)
            and other.period == self.period
            and other.title.strip() == self.title.strip()
        )

    def in_force_on(self, day: date | str) -> bool:
        """Whether *day* lies in the plan period (and the plan was signed by then)."""
        when = as_date(day, cls="ActionPlan", field="day")
        signing = self.signing
        return when in self.period and (signing is None or signing.start <= when)

    def measure(self, number: str) -> Measure:
        """The measure numbered *number*.

        Raises:
            ValidationError: no measure has that number.
        """
        for candidate in self.measures:
            if candidate.number == number:
                return candidate
        raise ValidationError(
            "is not the number of a measure of this plan",
            cls="ActionPlan",
            field="number",
            value=number,
        )

    def with_measures(self, *measures: Measure) -> ActionPlan:
        """This plan with *measures* added, or replacing those with the same numbers."""
        replaced = {
            m.number: m for m in items(measures, Measure, cls="ActionPlan", field="measures")
        }
        kept = [replaced.pop(m.number, m) for m in self.measures]
        return attrs.evolve(self, measures=(*kept, *replaced.values()))

    def _agreement_ended(self, day: date) -> bool:
        return self.agreement.status_on(day).has_ended

    def overdue(self, as_of: date | str) -> tuple[Measure, ...]:
        """The measures still open after their last day, as of *as_of*.

        None once the agreement has ended (terminated, superseded or expired) by
        *as_of*: from the day the end takes effect, the plan obliges no one. When
        the data cannot say whether it has ended (status ``UNKNOWN``), the measures
        are counted.
        """
        day = as_date(as_of, cls="ActionPlan", field="as_of")
        if self._agreement_ended(day):
            return ()
        return tuple(m for m in self.measures if m.is_overdue(day, self.period))

    def overdue_occurrences(self, as_of: date | str) -> tuple[tuple[Measure, int], ...]:
        """Each annual measure and year whose occurrence is open after that year's end,
        as of *as_of* (none once the agreement has ended, as for :meth:`overdue`).

        >>> from regionrel.regions import GoverningBody
        >>> deal = Agreement("Agreement", (GoverningBody.parse("Government of the Leningrad Region"),
        ...     GoverningBody.parse("Administration of the Kursk Region")), signed_on="12.05.2016")
        >>> days = Measure("2", "cultural", "Days of culture",
        ...     (Executor("Committee", deal.parties[0]),), "annually")
        >>> plan = ActionPlan(deal, "2018-2020", (days.reported("done", "20.12.2018", year=2018),))
        >>> [(m.number, year) for m, year in plan.overdue_occurrences("01.06.2020")]
        [('2', 2019)]
        """
        day = as_date(as_of, cls="ActionPlan", field="as_of")
        if self._agreement_ended(day):
            return ()
        return tuple(
            (m, year)
            for m in self.measures
            if m.is_recurring
            for year in m.overdue_years(day, self.period)
        )

    def due_in(self, period: Period | int | str) -> tuple[Measure, ...]:
        """The measures that fall due in *period* (annual ones in each of its years)."""
        window = _to_period(period)
        return tuple(
            m for m in self.measures if any(d in window for d in m.deadline.due_dates(self.period))
        )

    def progress(self, as_of: date | str) -> Progress:
        """Counts by status, as known on *as_of*."""
        day = as_date(as_of, cls="ActionPlan", field="as_of")
        return self._count(self.measures, day)

    def progress_by_area(self, as_of: date | str) -> dict[SubjectArea, Progress]:
        """Progress of the measures of each area, as known on *as_of*."""
        day = as_date(as_of, cls="ActionPlan", field="as_of")
        areas = dict.fromkeys(m.area for m in self.measures)
        return {a: self._count([m for m in self.measures if m.area is a], day) for a in areas}

    def progress_by_side(self, as_of: date | str) -> dict[GoverningBody, Progress]:
        """Progress of the measures each party's organisations carry out, as of *as_of*.

        A measure with executors on both sides counts for both.
        """
        day = as_date(as_of, cls="ActionPlan", field="as_of")
        return {
            side: self._count([m for m in self.measures if side in m.sides], day)
            for side in self.parties
        }

    def _count(self, measures: Sequence[Measure], day: date) -> Progress:
        statuses = [m.status_on(day) for m in measures]
        return Progress(
            total=len(measures),
            planned=statuses.count(MeasureStatus.PLANNED),
            in_progress=statuses.count(MeasureStatus.IN_PROGRESS),
            done=statuses.count(MeasureStatus.DONE),
            cancelled=statuses.count(MeasureStatus.CANCELLED),
            overdue=0
            if self._agreement_ended(day)
            else sum(m.is_overdue(day, self.period) for m in measures),
        )

    def findings(self) -> tuple[RelationsFinding, ...]:
        """Legal but suspicious states: a plan period outside its agreement's life
        (counting renewals), saying by how much; a plan with no measures.
        """
        found: list[RelationsFinding] = []
        start = self.agreement.enters_into_force_on
        end = self.agreement.ends_on
        if start is None:
            found.append(
                RelationsFinding(
                    "agreement-not-in-force",
                    f"implements {self.agreement.title!r}, which has not entered into force",
                    self.name,
                    LifecycleWarning,
                )
            )
        elif self.period.start < start:
            gap = relativedelta(start, self.period.start)
            found.append(
                RelationsFinding(
                    "plan-outside-agreement",
                    f"starts on {self.period.start}, {_span_words(gap, (start - self.period.start).days)} "
                    f"before its agreement enters into force on {start}",
                    self.name,
                    LifecycleWarning,
                )
            )
        if end is not None and self.period.end > end:
            gap = relativedelta(self.period.end, end)
            found.append(
                RelationsFinding(
                    "plan-outside-agreement",
                    f"runs to {self.period.end}, {_span_words(gap, (self.period.end - end).days)} "
                    f"after its agreement ends on {end}",
                    self.name,
                    LifecycleWarning,
                )
            )
        if not self.measures:
            found.append(
                RelationsFinding("no-measures", "lists no measures", self.name, LifecycleWarning)
            )
        for measure in self.measures:
            if measure.completed_late(self.period):
                found.append(
                    RelationsFinding(
                        "completed-late",
                        f"reports measure {measure.number} ({measure.description}) done "
                        f"after its deadline ({late_text(measure, self.period)})",
                        self.name,
                        LifecycleWarning,
                    )
                )
        return tuple(found)

    _columns = (
        "number",
        "area",
        "description",
        "executors",
        "deadline",
        "expected_result",
        "status",
        "reported_on",
    )

    def to_records(self) -> list[dict[str, object]]:
        """One row per measure, in order.

        Columns: ``number``, ``area``, ``description``, ``executors`` (joined by
        ``"; "``), ``deadline`` (its text), ``expected_result``, ``status`` and
        ``reported_on`` (a ``date`` or ``None``).
        """
        return [
            {
                "number": m.number,
                "area": plain(m.area),
                "description": m.description,
                "executors": "; ".join(str(e) for e in m.executors),
                "deadline": str(m.deadline),
                "expected_result": m.expected_result,
                "status": plain(m.status),
                "reported_on": m.reported_on,
            }
            for m in self.measures
        ]

    def __str__(self) -> str:
        return self.name


def plans_by_agreement(plans: Iterable[ActionPlan]) -> dict[Agreement, tuple[ActionPlan, ...]]:
    """The plans grouped by the agreement they implement, each group by period.

    >>> plans_by_agreement([])
    {}
    """
    grouped: dict[Agreement, list[ActionPlan]] = {}
    for plan in items(plans, ActionPlan, cls="plans_by_agreement", field="plans"):
        grouped.setdefault(plan.agreement, []).append(plan)
    return {a: tuple(sorted(ps, key=lambda p: p.period)) for a, ps in grouped.items()}


def agreements_without_plan(
    agreements: Iterable[Agreement], plans: Iterable[ActionPlan], on: date | str
) -> tuple[Agreement, ...]:
    """The agreements in force on *on* that no plan in force then implements.

    >>> agreements_without_plan([], [], "01.01.2019")
    ()
    """
    day = as_date(on, cls="agreements_without_plan", field="on")
    held = items(agreements, Agreement, cls="agreements_without_plan", field="agreements")
    in_force = items(plans, ActionPlan, cls="agreements_without_plan", field="plans")
    covered = {p.agreement for p in in_force if p.in_force_on(day)}
    return tuple(a for a in held if a.in_force_on(day) and a not in covered)
