"""A plan's measures: what is to be done, by whom, by when, and what was reported.

A :class:`Measure` is one numbered measure of an action plan, carried out by one or
more :class:`Executor` values, due by a :class:`~regionrel.relations.deadlines.Deadline`,
with a :class:`MeasureStatus` reported on a date. An annual measure is done year by
year: each year's report is an :class:`Occurrence`. Whether a measure is overdue, or
was done late, is computed, never stored.

>>> from regionrel.regions import GoverningBody
>>> lo = GoverningBody.parse("Government of the Leningrad Region")
>>> days = Measure("2", "cultural", "Days of culture", (Executor("Committee", lo),), "annually")
>>> days.reported("done", "20.12.2018", year=2018).overdue_years("01.01.2020", Period.span(2018, 2019))
(2019,)
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

import attrs

from regionrel._validators import (
    as_date,
    as_optional_date,
    as_optional_partial_date,
    as_tuple,
    check_title,
    instance_of,
)
from regionrel.dates import PartialDate
from regionrel.errors import ParseError, ValidationError, WrongTypeError
from regionrel.periods import Period
from regionrel.regions import GoverningBody
from regionrel.relations.deadlines import Deadline, DeadlineKind
from regionrel.relations.subjects import SubjectArea
from regionrel.relations.terms import settle_date

__all__ = ["Executor", "Measure", "MeasureStatus", "Occurrence"]


class MeasureStatus(enum.Enum):
    """A measure's reported status. Overdue is not a status: it is computed."""

    PLANNED = "planned"
    IN_PROGRESS = "in progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """Whether the measure still has to be carried out."""
        return self in (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS)


@attrs.frozen
class Executor:
    """An organisation that carries out a measure, on one party's side.

    >>> from regionrel.regions import GoverningBody, Region, RegionKind
    >>> lo = GoverningBody.of(Region.of_subdivision("Leningrad Region", kind=RegionKind.OBLAST, country="RU"), "Government")
    >>> str(Executor("Committee for Tourism", lo))
    'Committee for Tourism (Government of the Leningrad Region)'
    """

    #: The organisation's name.
    organisation: str = attrs.field(validator=check_title)
    #: The party on whose side it acts.
    side: GoverningBody = attrs.field(validator=instance_of(GoverningBody))

    def __str__(self) -> str:
        return f"{self.organisation} ({self.side.name})"


def _to_deadline(value: Any) -> Deadline:
    return Deadline.coerce(value)


def _to_area(value: Any) -> SubjectArea:
    return SubjectArea.coerce(value)


def _check_executors(_inst: object, _a: attrs.Attribute[tuple[Executor, ...]], value: Any) -> None:
    if not isinstance(value, tuple) or not all(isinstance(e, Executor) for e in value):
        raise WrongTypeError(
            "must be a sequence of Executor", cls="Measure", field="executors", value=value
        )
    if not value:
        raise ValidationError(
            "must name at least one executor", cls="Measure", field="executors", value=value
        )


def _check_result(_inst: object, _a: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise WrongTypeError(
            "must be a str or None", cls="Measure", field="expected_result", value=value
        )


def _to_reported_on(value: date | str | None) -> date | None:
    return as_optional_date(value, cls="Measure", field="reported_on")


def _to_completed_on(value: date | PartialDate | str | None) -> Any:
    return as_optional_partial_date(value, cls="Measure", field="completed_on")


def _to_completed_in(value: date | PartialDate | str | None) -> Any:
    return as_optional_partial_date(value, cls="Measure", field="completed_in")


def _to_status(value: MeasureStatus | str, cls: str) -> MeasureStatus:
    if isinstance(value, str):
        try:
            return MeasureStatus(value.strip().lower())
        except ValueError:
            raise ValidationError(
                "must be planned, in progress, done or cancelled",
                cls=cls,
                field="status",
                value=value,
            ) from None
    return value


def _lateness(completed: PartialDate | None, reported_on: date | None, last: date) -> bool | None:
    """Whether work completed *completed* (or, not dated, reported done on *reported_on*)
    came after its last day *last*; None when the dates do not decide it."""
    if completed is not None:
        if completed.earliest > last:
            return True
        return False if completed.latest <= last else None
    if reported_on is not None and reported_on <= last:
        return False
    return None


def _within(value: object, method: str) -> Period:
    """The plan period a measure is judged in: a Period, an int year or its text."""
    if isinstance(value, Period):
        return value
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        try:
            return Period.coerce(value)
        except ParseError as exc:
            raise ParseError(
                f"is not a plan period: {exc.rule}",
                cls=f"Measure.{method}",
                field="within",
                text=str(value),
            ) from None
    raise WrongTypeError(
        "must be a Period, an int year or its text",
        cls=f"Measure.{method}",
        field="within",
        value=value,
    )


def _int_year(value: object, method: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError(
            "must be an int year", cls=f"Measure.{method}", field="year", value=value
        )
    return value


def _to_occurrence_status(value: MeasureStatus | str) -> MeasureStatus:
    return _to_status(value, "Occurrence")


def _to_occurrence_day(value: date | str) -> date:
    return as_date(value, cls="Occurrence", field="reported_on")


def _check_year(_inst: object, _a: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError("must be an int year", cls="Occurrence", field="year", value=value)


@attrs.frozen
class Occurrence:
    """One year's report on a recurring (annual) measure.

    A measure carried out every year is done year by year: done in 2018 says nothing
    of 2019. ``completed_on`` is the day (or month, or year) the work was done, when
    the report gives it; it may be given as ``completed_in`` when known to the month
    or year only.

    >>> Occurrence(2018, MeasureStatus.DONE, date(2018, 12, 20), completed_on="12.2018")
    Occurrence(year=2018, status=<MeasureStatus.DONE: 'done'>, reported_on=datetime.date(2018, 12, 20), completed_on=None, completed_in=PartialDate(2018, 12))
    """

    #: The year the occurrence belongs to.
    year: int = attrs.field(validator=_check_year)
    #: Its reported status.
    status: MeasureStatus = attrs.field(
        converter=_to_occurrence_status, validator=instance_of(MeasureStatus)
    )
    #: The day the status was reported.
    reported_on: date = attrs.field(converter=_to_occurrence_day)
    #: The day the work was done, when known to the day.
    completed_on: date | None = attrs.field(default=None, kw_only=True, converter=_to_completed_on)
    #: The month or year the work was done, when no day is given.
    completed_in: PartialDate | None = attrs.field(
        default=None, kw_only=True, converter=_to_completed_in
    )

    def __attrs_post_init__(self) -> None:
        settle_date(self, "completed_on", "completed_in", cls="Occurrence")
        _check_completion(self, "Occurrence")

    @property
    def completion(self) -> PartialDate | None:
        """When the work was done, as the report gives it."""
        return _completion(self)


def _completion(inst: Occurrence | Measure) -> PartialDate | None:
    if inst.completed_in is not None:
        return inst.completed_in
    return None if inst.completed_on is None else PartialDate.of(inst.completed_on)


def _check_completion(inst: Occurrence | Measure, cls: str) -> None:
    completion = _completion(inst)
    if completion is None:
        return
    if inst.status is not MeasureStatus.DONE:
        raise ValidationError(
            f"must be None unless the status is done (it is {inst.status.value})",
            cls=cls,
            field="completed_on",
            value=inst.completed_on or completion,
        )
    if inst.reported_on is not None and completion.earliest > inst.reported_on:
        raise ValidationError(
            f"must not be after the report of {inst.reported_on} that says it is done",
            cls=cls,
            field="completed_on",
            value=inst.completed_on or completion,
        )


def _check_occurrences(inst: Measure, _a: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple) or not all(isinstance(o, Occurrence) for o in value):
        raise WrongTypeError(
            "must be a sequence of Occurrence", cls="Measure", field="occurrences", value=value
        )
    if value and inst.deadline.kind is not DeadlineKind.ANNUALLY:
        raise ValidationError(
            f"must be empty for a measure due {inst.deadline}: only annual measures recur",
            cls="Measure",
            field="occurrences",
            value=tuple(o.year for o in value),
        )
    years = [o.year for o in value]
    if len(set(years)) != len(years):
        raise ValidationError(
            "must not report a year twice", cls="Measure", field="occurrences", value=years
        )


@attrs.frozen
class Measure:
    """One numbered measure of an action plan.

    Args:
        number: its number as the plan writes it ("1", "2.3").
        area: the field of cooperation (a :class:`~regionrel.relations.subjects.SubjectArea` or its name).
        description: what is to be done.
        executors: one or more organisations, on one or both sides.
        deadline: a :class:`Deadline` or its text.
        expected_result: what it should achieve, if stated.
        status: the status last reported for the measure as a whole.
        reported_on: the day that status was reported (required unless planned).
        completed_on: the day (or month, or year) the work was done, when a report
            gives it (only for a measure reported done); compared with the deadline
            by :meth:`completed_late`.
        occurrences: for an annual measure, each year's own report
            (:class:`Occurrence`; add them with ``reported(..., year=)``).

    An annual measure is done year by year (:meth:`status_in`,
    :meth:`overdue_years`). Reported as a whole (no year), it is judged as a
    whole, at the end of the plan period, as plans that report once are; a
    whole report made on a day says nothing of the years after that day's year.

    Raises:
        ValidationError: no executor, a status other than planned with no report date,
            a completion date for a measure not done or after its report, yearly
            reports of a measure that is not annual, or of one year twice.
    """

    number: str = attrs.field(validator=check_title)
    area: SubjectArea = attrs.field(converter=_to_area)
    description: str = attrs.field(validator=check_title)
    executors: tuple[Executor, ...] = attrs.field(converter=as_tuple, validator=_check_executors)
    deadline: Deadline = attrs.field(converter=_to_deadline)
    expected_result: str | None = attrs.field(default=None, kw_only=True, validator=_check_result)
    status: MeasureStatus = attrs.field(
        default=MeasureStatus.PLANNED,
        kw_only=True,
        validator=instance_of(MeasureStatus),
    )
    reported_on: date | None = attrs.field(default=None, kw_only=True, converter=_to_reported_on)
    #: The day the work was done, when a report gives it to the day.
    completed_on: date | None = attrs.field(default=None, kw_only=True, converter=_to_completed_on)
    #: Each year's own report, for an annual measure.
    occurrences: tuple[Occurrence, ...] = attrs.field(
        default=(), kw_only=True, converter=as_tuple, validator=_check_occurrences
    )
    #: The month or year the work was done, when no day is given.
    completed_in: PartialDate | None = attrs.field(
        default=None, kw_only=True, converter=_to_completed_in
    )

    def __attrs_post_init__(self) -> None:
        settle_date(self, "completed_on", "completed_in", cls="Measure")
        if self.status is not MeasureStatus.PLANNED and self.reported_on is None:
            raise ValidationError(
                f"must be given for a measure reported {self.status.value}",
                cls="Measure",
                field="reported_on",
                value=None,
            )
        _check_completion(self, "Measure")

    @property
    def completion(self) -> PartialDate | None:
        """When the work was done, as the report gives it (day, month or year)."""
        return _completion(self)

    @property
    def is_recurring(self) -> bool:
        """Whether the measure is carried out every year (its deadline is annual)."""
        return self.deadline.kind is DeadlineKind.ANNUALLY

    def occurrence(self, year: int) -> Occurrence | None:
        """The report of *year*, for an annual measure, or None."""
        for occurrence in self.occurrences:
            if occurrence.year == year:
                return occurrence
        return None

    def status_in(self, year: int, as_of: date | str) -> MeasureStatus:
        """The status of *year*'s occurrence of an annual measure, as known on *as_of*.

        Its own report when made by *as_of*; else the measure's whole report when that
        is a cancellation, or when it was made in *year* or later (a report made in
        2018 says nothing of 2019); else planned.

        >>> from regionrel.regions import GoverningBody, Region, RegionKind
        >>> lo = GoverningBody.of(Region.of_subdivision("Leningrad Region", kind=RegionKind.OBLAST, country="RU"), "Government")
        >>> m = Measure("2", "cultural", "Days of culture", (Executor("Committee", lo),), "annually")
        >>> m = m.reported("done", "20.12.2018", year=2018)
        >>> [m.status_in(y, "01.01.2021").value for y in (2018, 2019, 2020)]
        ['done', 'planned', 'planned']

        Raises:
            ValidationError: the measure is not annual.
        """
        day = as_date(as_of, cls="Measure", field="as_of")
        year = _int_year(year, "status_in")
        if not self.is_recurring:
            raise ValidationError(
                f"is only for annual measures; measure {self.number} is due {self.deadline}",
                cls="Measure",
                field="year",
                value=year,
            )
        own = self.occurrence(year)
        if own is not None and own.reported_on <= day:
            return own.status
        whole = self.status_on(day)
        if whole is MeasureStatus.CANCELLED:
            return whole
        if self.reported_on is not None and self.reported_on.year >= year:
            return whole
        return MeasureStatus.PLANNED

    def overdue_years(self, as_of: date | str, within: Period | int | str) -> tuple[int, ...]:
        """The years of *within* whose occurrence of this annual measure is still open
        after that year's last day in *within*, as known on *as_of*.

        >>> from regionrel.regions import GoverningBody, Region, RegionKind
        >>> lo = GoverningBody.of(Region.of_subdivision("Leningrad Region", kind=RegionKind.OBLAST, country="RU"), "Government")
        >>> m = Measure("2", "cultural", "Days of culture", (Executor("Committee", lo),), "annually")
        >>> m.reported("done", "20.12.2018", year=2018).overdue_years("01.01.2021", Period.span(2018, 2020))
        (2019, 2020)

        Raises:
            ValidationError: the measure is not annual.
        """
        day = as_date(as_of, cls="Measure", field="as_of")
        within = _within(within, "overdue_years")
        due = self.deadline.due_dates(within)
        return tuple(
            last.year for last in due if last < day and self.status_in(last.year, day).is_open
        )

    def completed_late(self, within: Period | int | str) -> bool | None:
        """Whether the work was done after the deadline's last day in *within*.

        True or False when the completion date (or, with none, a report of done
        made by the deadline) decides it; None when the measure is not reported
        done, has no last day (by agreement), or the dates leave it open. For an
        annual measure, whether any year's occurrence was done after its year's
        end (None when none decides it). *within* may be an int year or its text.
        """
        within = _within(within, "completed_late")
        if self.is_recurring and self.occurrences:
            answers = {
                _lateness(o.completion, o.reported_on, min(date(o.year, 12, 31), within.end))
                for o in self.occurrences
                if o.status is MeasureStatus.DONE
            }
            if True in answers:
                return True
            return False if answers == {False} else None
        due = self.deadline.last_day(within)
        if self.status is not MeasureStatus.DONE or due is None:
            return None
        return _lateness(self.completion, self.reported_on, due)

    def late_years(self, within: Period | int | str) -> tuple[int, ...]:
        """The years whose occurrence of this annual measure was reported done after
        that year's last day in *within* (as its completion date, or with none a report
        made after it, tells); a year whose dates leave it open is not listed.

        >>> from regionrel.regions import GoverningBody, Region, RegionKind
        >>> lo = GoverningBody.of(Region.of_subdivision("Leningrad Region", kind=RegionKind.OBLAST, country="RU"), "Government")
        >>> m = Measure("2", "cultural", "Days of culture", (Executor("Committee", lo),), "annually")
        >>> m = m.reported("done", "20.12.2018", year=2018).reported("done", "15.02.2020", year=2019, completed_on="01.2020")
        >>> m.late_years(Period.span(2018, 2020))
        (2019,)

        Raises:
            WrongTypeError: *within* is not a Period, an int year or its text.
        """
        within = _within(within, "late_years")
        return tuple(
            o.year
            for o in self.occurrences
            if o.status is MeasureStatus.DONE
            and _lateness(o.completion, o.reported_on, min(date(o.year, 12, 31), within.end))
        )

    @property
    def sides(self) -> frozenset[GoverningBody]:
        """The parties whose organisations carry it out."""
        return frozenset(e.side for e in self.executors)

    def status_on(self, as_of: date | str) -> MeasureStatus:
        """The status known on *as_of*: a report made later is not known yet."""
        day = as_date(as_of, cls="Measure", field="as_of")
        if self.reported_on is not None and self.reported_on > day:
            return MeasureStatus.PLANNED
        return self.status

    def is_overdue(self, as_of: date | str, within: Period | int | str) -> bool:
        """Whether, on *as_of*, the measure is still open after its last day in *within*.

        An annual measure is judged at the end of *within* (see the class): overdue
        then if any year's occurrence is still open (:meth:`overdue_years` gives the
        years, each from its own year's end).
        """
        day = as_date(as_of, cls="Measure", field="as_of")
        within = _within(within, "is_overdue")
        last = self.deadline.last_day(within)
        if last is None or last >= day:
            return False
        if self.is_recurring:
            return bool(self.overdue_years(day, within))
        return self.status_on(day).is_open

    def reported(
        self,
        status: MeasureStatus | str,
        on: date | str,
        *,
        year: int | None = None,
        completed_on: date | PartialDate | str | None = None,
    ) -> Measure:
        """This measure with *status* reported *on* a day.

        Args:
            status: the status reported.
            on: the day of the report.
            year: for an annual measure, the year the report is about: each year is
                done on its own (see :meth:`status_in`).
            completed_on: the day (or month, or year) the work was done, when the
                report gives it (a status of done only).

        >>> from regionrel.regions import GoverningBody, Region, RegionKind
        >>> lo = GoverningBody.of(Region.of_subdivision("Leningrad Region", kind=RegionKind.OBLAST, country="RU"), "Government")
        >>> m = Measure("1", "tourism", "Tour", (Executor("Committee", lo),), "2019")
        >>> m.reported("done", "20.12.2019").status
        <MeasureStatus.DONE: 'done'>

        Raises:
            ValidationError: an unknown status, a year for a measure that is not
                annual, a completion date for a status other than done.
        """
        status = _to_status(status, "Measure")
        day = as_date(on, cls="Measure", field="reported_on")
        if year is not None:
            if not self.is_recurring:
                raise ValidationError(
                    f"is only for annual measures; measure {self.number} is due {self.deadline}",
                    cls="Measure",
                    field="year",
                    value=year,
                )
            occurrence = Occurrence(year, status, day, completed_on=completed_on)
            kept = tuple(o for o in self.occurrences if o.year != year)
            ordered = tuple(sorted((*kept, occurrence), key=lambda o: o.year))
            return attrs.evolve(self, occurrences=ordered)
        return attrs.evolve(
            self,
            status=status,
            reported_on=day,
            completed_on=completed_on,
            completed_in=None,
        )


def late_text(measure: Measure, within: Period) -> str:
    """Which work of *measure* was done after its last day in *within*, and when, as text."""
    if measure.is_recurring and measure.occurrences:
        late = []
        for o in measure.occurrences:
            last = min(date(o.year, 12, 31), within.end)
            if o.status is MeasureStatus.DONE and _lateness(o.completion, o.reported_on, last):
                late.append(f"{o.year}: done {o.completion}, due by {last}")
        return "; ".join(late)
    return f"done {measure.completion}, due by {measure.deadline.last_day(within)}"
