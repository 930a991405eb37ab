"""Action plans that implement cooperation agreements, and their measures.

An :class:`ActionPlan` implements one :class:`~regionrel.relations.agreement.Agreement`
for a period; it lists numbered :class:`Measure` values, each with its area,
executors on each side, a :class:`Deadline` and a status reported on a date.
Whether a measure is overdue is computed, never stored.

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

import enum
import re
from collections.abc import Iterable, Sequence
from datetime import date
from fractions import Fraction
from typing import Any, Final

import attrs
from dateutil.relativedelta import relativedelta

from regionrel._validators import (
    as_date,
    as_optional_date,
    as_optional_partial_date,
    as_tuple,
    check_title,
    instance_of,
)
from regionrel.dates import PartialDate
from regionrel.display import NotebookDisplay
from regionrel.errors import ParseError, ValidationError, WrongTypeError
from regionrel.periods import Period, PeriodKind
from regionrel.regions import GoverningBody
from regionrel.relations.agreement import Agreement
from regionrel.relations.findings import LifecycleWarning, RelationsFinding
from regionrel.relations.subjects import SubjectArea
from regionrel.relations.terms import settle_date
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


class DeadlineKind(enum.Enum):
    """The shape of a measure's deadline."""

    DATE = "a date"
    MONTH = "a month"
    QUARTER = "a quarter"
    YEAR = "a year"
    THROUGHOUT = "throughout the period"
    ANNUALLY = "annually"
    BY_AGREEMENT = "by agreement"


_DATED: Final = {
    PeriodKind.DAY: DeadlineKind.DATE,
    PeriodKind.MONTH: DeadlineKind.MONTH,
    PeriodKind.QUARTER: DeadlineKind.QUARTER,
    PeriodKind.YEAR: DeadlineKind.YEAR,
}
_WORDS: Final = (
    (
        DeadlineKind.THROUGHOUT,
        re.compile(
            r"^(throughout|during|over)( the( whole| entire)?)? (plan(ning)? )?period"
            r"|^(constantly|permanently|continuously|ongoing|regularly)$"
            r"|^(в течение|на протяжении) (всего )?периода|^постоянно$",
        ),
    ),
    (
        DeadlineKind.ANNUALLY,
        re.compile(r"^(annually|yearly|every year|each year|once a year|ежегодно)$"),
    ),
    (
        DeadlineKind.BY_AGREEMENT,
        re.compile(
            r"^(by|upon|on|as) (mutual )?(agreement|agreed)( of| between| by)?( the)?( parties)?$"
            r"|^as agreed( by the parties)?$|^по (взаимному )?согласованию( сторон)?$"
        ),
    ),
)


def _check_kind_period(inst: Deadline, _a: attrs.Attribute[Period | None], value: object) -> None:
    wants = inst.kind in _DATED.values()
    if wants and not isinstance(value, Period):
        raise WrongTypeError(
            f"must be a Period for a deadline that is {inst.kind.value}",
            cls="Deadline",
            field="period",
            value=value,
        )
    if not wants and value is not None:
        raise ValidationError(
            f"must be None for a deadline that is {inst.kind.value}",
            cls="Deadline",
            field="period",
            value=value,
        )
    if wants and isinstance(value, Period) and _DATED.get(value.kind) is not inst.kind:
        raise ValidationError(
            f"must be {inst.kind.value} for such a deadline",
            cls="Deadline",
            field="period",
            value=value,
        )


@attrs.frozen
class Deadline:
    """When a measure is due: a date, a month, a quarter, a year, throughout the
    plan period, annually, or by agreement of the parties.

    It knows its last day within a plan period (None for "by agreement"):

    >>> plan = Period.span(2018, 2020)
    >>> Deadline.parse("II quarter 2019").last_day(plan), Deadline.parse("annually").last_day(plan)
    (datetime.date(2019, 6, 30), datetime.date(2020, 12, 31))
    >>> [str(d) for d in Deadline.parse("annually").due_dates(plan)]
    ['2018-12-31', '2019-12-31', '2020-12-31']
    >>> str(Deadline.parse("31.12.2019")), str(Deadline.parse("by agreement of the parties"))
    ('2019-12-31', 'by agreement')
    """

    #: The shape of the deadline.
    kind: DeadlineKind = attrs.field(validator=instance_of(DeadlineKind))
    #: The day, month, quarter or year it falls in, for the dated kinds.
    period: Period | None = attrs.field(default=None, validator=_check_kind_period)

    @classmethod
    def on(cls, day: date | str) -> Deadline:
        """Due by a date."""
        return cls(DeadlineKind.DATE, Period.day(as_date(day, cls="Deadline", field="day")))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Deadline:
        """Due by the end of a quarter."""
        return cls(DeadlineKind.QUARTER, Period.quarter(year, quarter))

    @classmethod
    def year(cls, year: int) -> Deadline:
        """Due by the end of a year."""
        return cls(DeadlineKind.YEAR, Period.year(year))

    @classmethod
    def throughout(cls) -> Deadline:
        """Carried out throughout the plan period."""
        return cls(DeadlineKind.THROUGHOUT)

    @classmethod
    def annually(cls) -> Deadline:
        """Carried out every year of the plan period."""
        return cls(DeadlineKind.ANNUALLY)

    @classmethod
    def by_agreement(cls) -> Deadline:
        """Timed by agreement of the parties: no fixed date."""
        return cls(DeadlineKind.BY_AGREEMENT)

    @classmethod
    def parse(cls, text: str) -> Deadline:
        """Read a deadline as plans write it: ``"31.12.2019"``, ``"II quarter 2019"``,
        ``"2020"``, ``"May 2019"``, ``"throughout the period"``, ``"annually"``,
        ``"by agreement of the parties"``, and their Russian forms.

        Raises:
            ParseError: text that is not a deadline.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="Deadline", field="text", value=text)
        key = " ".join(text.casefold().replace("ё", "е").split()).strip(" .;")
        for kind, pattern in _WORDS:
            if pattern.search(key):
                return cls(kind)
        key = re.sub(r"^(by|until|till|not later than|no later than|до|не позднее)\s+", "", key)
        key = re.sub(r"^(the )?end of\s+", "", key)
        try:
            period = Period.parse(key)
        except ValueError as exc:
            raise ParseError(
                "is not a deadline: a date, a month, a quarter, a year, 'throughout the period', "
                "'annually' or 'by agreement'",
                cls="Deadline",
                text=text,
            ) from exc
        dated = _DATED.get(period.kind)
        if dated is None:
            raise ParseError(
                f"is a period ({period}), not a date, a month, a quarter or a year",
                cls="Deadline",
                text=text,
            )
        return cls(dated, period)

    @classmethod
    def coerce(cls, value: object) -> Deadline:
        """Return a :class:`Deadline` from itself, text, a date or a Period."""
        if isinstance(value, Deadline):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        if isinstance(value, Period):
            kind = _DATED.get(value.kind)
            if kind is not None:
                return cls(kind, value)
        elif isinstance(value, date):
            return cls.on(value)
        raise WrongTypeError(
            "must be a Deadline, text, a date, or a day, month, quarter or year Period",
            cls="Deadline",
            field="deadline",
            value=value,
        )

    @property
    def is_fixed(self) -> bool:
        """Whether it falls in a fixed day, month, quarter or year."""
        return self.period is not None

    def last_day(self, within: Period) -> date | None:
        """The last day the measure may be done, in a plan running over *within*."""
        if self.period is not None:
            return self.period.end
        if self.kind is DeadlineKind.BY_AGREEMENT:
            return None
        return within.end

    def due_dates(self, within: Period) -> tuple[date, ...]:
        """Every day the measure falls due in *within*: each year's end for "annually"."""
        if self.kind is DeadlineKind.ANNUALLY:
            return tuple(min(date(y, 12, 31), within.end) for y in within.years)
        last = self.last_day(within)
        return () if last is None else (last,)

    def lies_within(self, period: Period) -> bool:
        """Whether a fixed deadline falls inside *period* (the others always do)."""
        return self.period is None or period.contains(self.period)

    def __str__(self) -> str:
        return self.kind.value if self.period is None else str(self.period)

    def __repr__(self) -> str:
        return f"Deadline.parse({str(self)!r})"


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

    def overdue_years(self, as_of: date | str, within: Period) -> tuple[int, ...]:
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
        due = self.deadline.due_dates(within)
        return tuple(
            last.year for last in due if last < day and self.status_in(last.year, day).is_open
        )

    def completed_late(self, within: Period) -> bool | None:
        """Whether the work was done after the deadline's last day in *within*.

        True or False when the completion date (or, with none, a report of done
        made by the deadline) decides it; None when the measure is not reported
        done, has no last day (by agreement), or the dates leave it open. For an
        annual measure, whether any year's occurrence was done after its year's
        end (None when none decides it).
        """
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

    def is_overdue(self, as_of: date | str, within: Period) -> bool:
        """Whether, on *as_of*, the measure is still open after its last day in *within*.

        An annual measure is judged at the end of *within* (see the class): overdue
        then if any year's occurrence is still open (:meth:`overdue_years` gives the
        years, each from its own year's end).
        """
        day = as_date(as_of, cls="Measure", field="as_of")
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


@attrs.frozen
class Progress:
    """Counts of measures by status as of a date, with the share done.

    The share done leaves cancelled measures out: ``done / (total - cancelled)``.

    >>> Progress(total=4, planned=1, in_progress=1, done=1, cancelled=1, overdue=1).share_done
    Fraction(1, 3)
    """

    total: int
    planned: int
    in_progress: int
    done: int
    cancelled: int
    #: Open measures past their last day (counted among planned and in progress).
    overdue: int

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


def _late_text(measure: Measure, within: Period) -> str:
    if measure.is_recurring and measure.occurrences:
        late = []
        for o in measure.occurrences:
            last = min(date(o.year, 12, 31), within.end)
            if o.status is MeasureStatus.DONE and _lateness(o.completion, o.reported_on, last):
                late.append(f"{o.year}: done {o.completion}, due by {last}")
        return "; ".join(late)
    return f"done {measure.completion}, due by {measure.deadline.last_day(within)}"


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
        replaced = {m.number: m for m in measures}
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
                        f"after its deadline ({_late_text(measure, self.period)})",
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
    for plan in plans:
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
    covered = {p.agreement for p in plans if p.in_force_on(day)}
    return tuple(a for a in agreements if a.in_force_on(day) and a not in covered)
