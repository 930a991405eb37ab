"""A measure's deadline: :class:`Deadline` and its shapes, :class:`DeadlineKind`.

Action plans give a measure's deadline as a day, a month, a quarter or a year, or as
words: throughout the plan period, annually, by agreement of the parties. A
:class:`Deadline` reads them in English and Russian and knows its last day, and each
day it falls due, within a plan period.

>>> str(Deadline.parse("II quarter 2019")), Deadline.parse("ежегодно").kind.value
('2019-Q2', 'annually')
"""

from __future__ import annotations

import enum
import re
from datetime import date
from typing import Final

import attrs

from regionrel._validators import as_date, instance_of
from regionrel.errors import ParseError, ValidationError, WrongTypeError
from regionrel.periods import Period, PeriodKind
from regionrel.relations._arguments import argument

__all__ = ["Deadline", "DeadlineKind"]


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
        argument(within, Period, cls="Deadline.last_day", field="within")
        if self.period is not None:
            return self.period.end
        if self.kind is DeadlineKind.BY_AGREEMENT:
            return None
        return within.end

    def due_dates(self, within: Period) -> tuple[date, ...]:
        """Every day the measure falls due in *within*: each year's end for "annually"."""
        argument(within, Period, cls="Deadline.due_dates", field="within")
        if self.kind is DeadlineKind.ANNUALLY:
            return tuple(min(date(y, 12, 31), within.end) for y in within.years)
        last = self.last_day(within)
        return () if last is None else (last,)

    def lies_within(self, period: Period) -> bool:
        """Whether a fixed deadline falls inside *period* (the others always do)."""
        argument(period, Period, cls="Deadline.lies_within", field="period")
        return self.period is None or period.contains(self.period)

    def __str__(self) -> str:
        return self.kind.value if self.period is None else str(self.period)

    def __repr__(self) -> str:
        return f"Deadline.parse({str(self)!r})"
