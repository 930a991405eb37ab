"""An agreement's lifecycle: the events after its signing, and its status on every day.

After signing, an agreement may be amended, suspended and resumed, receive a
notice of non-renewal, be terminated by a party or superseded by another
(:class:`AgreementEvent`). :meth:`Lifecycle.replay` checks those events against
the agreement's term and renewal, in date order, and computes once when it is in
force, when it is suspended and when and how it ends, so that
:meth:`Lifecycle.status_on` answers for any day (:class:`AgreementStatus`).

:class:`~regionrel.relations.agreement.Agreement` builds its lifecycle through
this module; the replay is shown here on its own:

>>> from regionrel.relations.terms import Renewal, Term
>>> spans = Spans(Term.span(years=5), Renewal(years=1, notice_months=6))
>>> life = Lifecycle.replay(
...     signed_on=date(2015, 3, 10), start=date(2015, 3, 10), spans=spans, parties=(), events=())
>>> life.status_on(date(2015, 3, 9)).value, life.status_on(date(2030, 1, 1)).value
('draft', 'in force')
>>> spans.end(date(2015, 3, 10), 0), spans.notice_end(date(2015, 3, 10), date(2019, 10, 1))
(datetime.date(2020, 3, 9), datetime.date(2021, 3, 9))
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Final

import attrs

from regionrel._validators import (
    as_optional_partial_date,
    checked_by_annotation,
    instance_of,
    optional_instance_of,
)
from regionrel.dates import PartialDate
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.regions import GoverningBody
from regionrel.relations.terms import (
    Renewal,
    Term,
    TermKind,
    add_span,
    day_after,
    day_before,
    runs_past_calendar,
    settle_date,
    span_last_day,
)

__all__ = [
    "AgreementEvent",
    "AgreementEventKind",
    "AgreementStatus",
    "Ending",
    "EndingKind",
]


class AgreementStatus(enum.Enum):
    """Where an agreement stands on a given date.

    >>> AgreementStatus.IN_FORCE.is_in_force, AgreementStatus.SUSPENDED.is_in_force
    (True, False)
    """

    #: Not signed (yet) on that date.
    DRAFT = "draft"
    #: Signed, not yet in force.
    SIGNED = "signed"
    IN_FORCE = "in force"
    #: Its term ran out without renewal.
    EXPIRED = "expired"
    #: In its term, but its operation is suspended.
    SUSPENDED = "suspended"
    #: Ended by a party: by notice of non-renewal or by unilateral termination.
    TERMINATED = "terminated"
    #: Replaced by another agreement.
    SUPERSEDED = "superseded"
    #: The data cannot decide: a date known only to the month or the year leaves
    #: more than one status possible on that day (never a guess).
    UNKNOWN = "unknown"

    @property
    def is_in_force(self) -> bool:
        """Whether the agreement operates on that date."""
        return self is AgreementStatus.IN_FORCE

    @property
    def has_ended(self) -> bool:
        """Whether the agreement's life is over for good.

        >>> AgreementStatus.EXPIRED.has_ended, AgreementStatus.SIGNED.has_ended
        (True, False)
        """
        return self in _ENDED


_ENDED: Final = frozenset(
    {AgreementStatus.EXPIRED, AgreementStatus.TERMINATED, AgreementStatus.SUPERSEDED}
)


class AgreementEventKind(enum.Enum):
    """What happened to an agreement after its signing."""

    AMENDMENT = "amendment"
    SUSPENSION = "suspension"
    RESUMPTION = "resumption"
    #: A party's notice that it does not want the agreement renewed.
    NOTICE = "notice of non-renewal"
    #: Termination by one party, effective on a date.
    TERMINATION = "termination"
    SUPERSESSION = "supersession"


_TERMINAL: Final = frozenset({AgreementEventKind.TERMINATION, AgreementEventKind.SUPERSESSION})


def _to_event_day(value: date | PartialDate | str | None) -> Any:
    return as_optional_partial_date(value, cls="AgreementEvent", field="on")


def _to_event_within(value: date | PartialDate | str | None) -> Any:
    return as_optional_partial_date(value, cls="AgreementEvent", field="within")


def _to_effective_day(value: date | PartialDate | str | None) -> Any:
    return as_optional_partial_date(value, cls="AgreementEvent", field="effective_on")


def _to_effective_within(value: date | PartialDate | str | None) -> Any:
    return as_optional_partial_date(value, cls="AgreementEvent", field="effective_within")


@attrs.frozen
class AgreementEvent:
    """One event in an agreement's life, dated.

    Build them through :class:`~regionrel.relations.agreement.Agreement`'s methods
    (``amended``, ``suspended``, ...), which validate them against the agreement.
    Dates may be text such as ``"10.01.2020"``, and may be known to the month or the
    year only (``"2020"``, ``"May 2020"``): :attr:`when` and :attr:`effective` keep
    them as given, :attr:`on` and :attr:`effective_on` give the day when it is known.

    >>> str(AgreementEvent(AgreementEventKind.TERMINATION, date(2020, 1, 10), effective_on=date(2020, 7, 10)))
    'termination on 2020-01-10, effective 2020-07-10'
    """

    #: What happened.
    kind: AgreementEventKind = attrs.field(validator=instance_of(AgreementEventKind))
    #: The day it happened (the notice given, the protocol signed, the suspension
    #: begun); None when the source gives the month or year only (see :attr:`within`).
    on: date | None = attrs.field(converter=_to_event_day)
    #: The day a termination or supersession takes effect: the first day not in force
    #: (None when known to the month or year only: see :attr:`effective_within`).
    effective_on: date | None = attrs.field(
        default=None,
        kw_only=True,
        converter=_to_effective_day,
    )
    #: The party that acted, when one did.
    by: GoverningBody | None = attrs.field(
        default=None,
        kw_only=True,
        validator=optional_instance_of(GoverningBody),
    )
    #: The title of the superseding agreement.
    successor: str | None = attrs.field(
        default=None, kw_only=True, validator=optional_instance_of(str)
    )
    #: What changed, in words.
    note: str = attrs.field(default="", kw_only=True, validator=instance_of(str))
    #: The month or year it happened, when the source gives no day.
    within: PartialDate | None = attrs.field(
        default=None, kw_only=True, converter=_to_event_within
    )
    #: The month or year a termination or supersession takes effect, when no day is given.
    effective_within: PartialDate | None = attrs.field(
        default=None, kw_only=True, converter=_to_effective_within
    )

    @property
    def when(self) -> PartialDate:
        """When it happened, as the source gives it (day, month or year)."""
        if self.within is not None:
            return self.within
        assert self.on is not None
        return PartialDate.of(self.on)

    @property
    def effective(self) -> PartialDate | None:
        """When a termination or supersession takes effect, as the source gives it."""
        if self.effective_within is not None:
            return self.effective_within
        return None if self.effective_on is None else PartialDate.of(self.effective_on)

    def __attrs_post_init__(self) -> None:
        if settle_date(self, "on", "within", cls="AgreementEvent") is None:
            raise ValidationError(
                "must be given: the day, or the month or year (within=)",
                cls="AgreementEvent",
                field="on",
                value=None,
            )
        settle_date(self, "effective_on", "effective_within", cls="AgreementEvent")
        if self.kind in _TERMINAL:
            if self.effective is None:
                raise ValidationError(
                    f"must be given for a {self.kind.value}",
                    cls="AgreementEvent",
                    field="effective_on",
                    value=None,
                )
            if self.effective.latest < self.when.earliest:
                raise ValidationError(
                    f"must not be before the {self.kind.value} itself on {self.when}",
                    cls="AgreementEvent",
                    field="effective_on",
                    value=self.effective_on or self.effective,
                )
        elif self.effective is not None:
            raise ValidationError(
                f"must be None for a {self.kind.value}",
                cls="AgreementEvent",
                field="effective_on",
                value=self.effective_on or self.effective,
            )
        if self.kind is AgreementEventKind.SUPERSESSION:
            if not (isinstance(self.successor, str) and self.successor.strip()):
                raise ValidationError(
                    "must name the superseding agreement",
                    cls="AgreementEvent",
                    field="successor",
                    value=self.successor,
                )
        elif self.successor is not None:
            raise ValidationError(
                f"must be None for a {self.kind.value}",
                cls="AgreementEvent",
                field="successor",
                value=self.successor,
            )

    def __str__(self) -> str:
        text = f"{self.kind.value} {_on(self.when)}"
        if self.effective is not None and self.effective != self.when:
            text += f", effective {self.effective}"
        if self.successor:
            text += f" by {self.successor!r}"
        return text


def _day(event: AgreementEvent) -> date:
    """The day of an event read to the day (the replay sees only such readings)."""
    day = event.on
    assert day is not None
    return day


def _on(when: PartialDate) -> str:
    return f"on {when}" if when.exact is not None else f"in {when}"


def _candidates(partial: PartialDate, pivots: Iterable[date]) -> list[date]:
    inside = {p for p in pivots if partial.earliest < p < partial.latest}
    return sorted({partial.earliest, partial.latest} | inside)


def event_readings(event: AgreementEvent, pivots: Iterable[date] = ()) -> list[AgreementEvent]:
    """*event* with its dates read to the day: itself when known to the day, else the
    readings at the first and the last day each date may be, and at each of *pivots*
    (the other days the data gives) within it (see ``Agreement``)."""
    if event.when.exact is not None and (event.effective is None or event.effective.exact):
        return [event]
    pivots = tuple(pivots)
    ons = _candidates(event.when, pivots)
    effectives: list[date | None] = [None]
    if event.effective is not None:
        effectives = [*_candidates(event.effective, (*pivots, *ons))]
    readings = []
    for on in ons:
        for effective in effectives:
            if effective is not None and effective < on:
                continue
            readings.append(
                attrs.evolve(
                    event, on=on, within=None, effective_on=effective, effective_within=None
                )
            )
    return readings


class EndingKind(enum.Enum):
    """How an agreement ends: each has its own legal ground, and its own words.

    >>> EndingKind.NON_RENEWAL.value
    'non-renewal'
    """

    #: Its term ran out, with no renewal.
    EXPIRY = "expiry"
    #: A party gave notice that it does not want it renewed.
    NON_RENEWAL = "non-renewal"
    #: A party (or both, by mutual consent) terminated it.
    TERMINATION = "termination"
    #: Another agreement replaced it.
    SUPERSESSION = "supersession"


_ENDING_OF: Final = {
    AgreementEventKind.NOTICE: EndingKind.NON_RENEWAL,
    AgreementEventKind.TERMINATION: EndingKind.TERMINATION,
    AgreementEventKind.SUPERSESSION: EndingKind.SUPERSESSION,
}


@attrs.frozen
class Ending:
    """How and when an agreement ends, by its term and its recorded events.

    >>> str(Ending(EndingKind.TERMINATION, last_day=date(2020, 8, 31)))
    'termination, last day in force 2020-08-31'
    """

    #: How it ends.
    how: EndingKind = attrs.field(validator=instance_of(EndingKind))
    #: The last day in force, or None when the dates known only to the month or year
    #: leave it open.
    last_day: date | None = attrs.field(default=None, validator=optional_instance_of(date))
    #: The event that ends it (None for an expiry).
    event: AgreementEvent | None = attrs.field(
        default=None, validator=optional_instance_of(AgreementEvent)
    )

    @property
    def by(self) -> GoverningBody | None:
        """The party that ended it, when one did (None for an expiry or mutual consent)."""
        return None if self.event is None else self.event.by

    @property
    def successor(self) -> str | None:
        """The title of the agreement that replaced it, for a supersession."""
        return None if self.event is None else self.event.successor

    def __str__(self) -> str:
        text = self.how.value
        if self.by is not None:
            text += f" by the {self.by.name}"
        if self.last_day is not None:
            text += f", last day in force {self.last_day}"
        return text


def ending_of(life: Lifecycle) -> tuple[EndingKind, AgreementEvent | None] | None:
    """How *life* ends: the kind and the event, or None when it never ends."""
    if life.end is None:
        return None
    if life.cause is None:
        return EndingKind.EXPIRY, None
    return _ENDING_OF[life.cause.kind], life.cause


# --------------------------------------------------------------------------- spans


@attrs.frozen
class Spans:
    """The successive spans of an agreement in force: its term (span 0), then each renewal.

    A span of years and months is counted from the day of entry into force (span *k*
    ends the day before the term plus *k* renewals recurs); a fixed term's renewals
    are counted from the day after its period ends.

    >>> spans = Spans(Term.span(years=5), Renewal(years=1, notice_months=6))
    >>> [spans.end(date(2015, 3, 10), k) for k in (0, 1)]
    [datetime.date(2020, 3, 9), datetime.date(2021, 3, 9)]
    >>> spans.deadline(date(2015, 3, 10), 0)
    datetime.date(2019, 9, 9)
    """

    #: The initial term.
    term: Term = attrs.field(validator=instance_of(Term))
    #: How it renews itself, if it does.
    renewal: Renewal | None = attrs.field(validator=optional_instance_of(Renewal))

    def end(self, start: date, k: int) -> date:
        """The last day of span *k* of an agreement in force from *start* (not open-ended)."""
        first = self.term.end_for(start)
        assert first is not None
        if k == 0 or self.renewal is None or first == date.max:
            return first
        if self.term.kind is TermKind.SPAN:
            origin, years, months = start, self.term.years, self.term.months
        else:
            origin, years, months = day_after(first), 0, 0
        step = self.renewal.years * 12 + self.renewal.months
        return span_last_day(origin, years=years, months=months + k * step)

    def beyond(self, start: date, k: int) -> bool:
        """Whether span *k* of an agreement in force from *start* ends after the calendar's
        last day (31.12.9999), so that :meth:`end` gives ``date.max`` for an end the
        calendar cannot hold.

        >>> spans = Spans(Term.span(years=5), Renewal(years=5))
        >>> spans.end(date(9990, 1, 1), 1), spans.beyond(date(9990, 1, 1), 1)
        (datetime.date(9999, 12, 31), False)
        >>> spans.end(date(9990, 1, 2), 1), spans.beyond(date(9990, 1, 2), 1)
        (datetime.date(9999, 12, 31), True)
        """
        first = self.term.end_for(start)
        assert first is not None
        if self.term.kind is TermKind.SPAN:
            origin, years, months = start, self.term.years, self.term.months
        elif k == 0 or self.renewal is None:
            return False  # a fixed period lies in the calendar
        elif first == date.max:
            return True
        else:
            origin, years, months = day_after(first), 0, 0
        step = 0 if self.renewal is None else self.renewal.years * 12 + self.renewal.months
        return runs_past_calendar(origin, years=years, months=months + k * step)

    def index(self, start: date, day: date) -> int:
        """The index of the span that holds *day* (0 for days up to the end of the term)."""
        first = self.term.end_for(start)
        assert first is not None
        assert self.renewal is not None
        if day <= first:
            return 0
        step = self.renewal.years * 12 + self.renewal.months
        months = (day.year - first.year) * 12 + day.month - first.month
        # span k-1 ends in an earlier month than *day*, so the estimate never overshoots
        k = max(1, months // step)
        while self.end(start, k) < day:
            k += 1
        return k

    def deadline(self, start: date, k: int) -> date:
        """The last day notice stops the renewal after span *k* (a renewing agreement)."""
        assert self.renewal is not None
        return add_span(self.end(start, k), months=-self.renewal.notice_months)

    def first_open(self, start: date, day: date) -> int | None:
        """The first span whose renewal a notice given on *day* still stops; None when
        the calendar ends first: that span would end after 31.12.9999, or the span that
        ends on that day is past its deadline."""
        k = self.index(start, max(day, start))
        while True:
            if self.beyond(start, k):
                return None
            if day <= self.deadline(start, k):
                return k
            if self.end(start, k) == date.max:
                return None
            k += 1

    def notice_end(self, start: date, notice_on: date) -> date | None:
        """The last day in force after a notice of non-renewal given on *notice_on*;
        None when the calendar ends first (see :meth:`first_open`)."""
        k = self.first_open(start, notice_on)
        return None if k is None else self.end(start, k)

    def natural_end(self, start: date | None) -> tuple[date, AgreementStatus] | None:
        """The last day in force when no event intervenes, and the status from the day
        after; None when that is not known, never comes (it renews itself, or is
        open-ended) or lies past the calendar's last day."""
        if start is None or self.renewal is not None:
            return None
        last = self.term.end_for(start)
        if last is None or self.beyond(start, 0):
            return None
        return last, AgreementStatus.EXPIRED


# --------------------------------------------------------------------------- the replay


@attrs.frozen(field_transformer=checked_by_annotation)
class Lifecycle:
    """An agreement's lifecycle, replayed once from its fields and events."""

    #: The day of signing; None for a draft.
    signed_on: date | None
    #: The day of entry into force; None while unsigned or awaiting its event.
    start: date | None
    #: The last day it is in force, and the status from the day after (a last day of
    #: 31.12.9999, the calendar's last, is kept as it is: nothing follows it).
    end: tuple[date, AgreementStatus] | None
    #: (first day suspended, first day in force again or None).
    suspensions: tuple[tuple[date, date | None], ...]
    #: The event that sets the end (a notice, a termination, a supersession); None
    #: for the end of the term.
    cause: AgreementEvent | None = None

    @classmethod
    def replay(
        cls,
        *,
        signed_on: date | None,
        start: date | None,
        spans: Spans,
        parties: Sequence[GoverningBody],
        events: Sequence[object],
    ) -> Lifecycle:
        """Check *events* in order against the agreement and compute its lifecycle.

        Args:
            signed_on: the day of signing, or None.
            start: the day of entry into force, or None when not known.
            spans: the agreement's term and renewal.
            parties: the agreement's parties; an event's actor must be one.
            events: the recorded events, in date order.

        Raises:
            WrongTypeError: an event that is not an :class:`AgreementEvent`.
            ValidationError: an event before signing, out of date order, by a
                non-party, or impossible in the agreement's state on its day
                (errors name ``Agreement`` and its field ``events``).
        """
        lone_span = spans.renewal is None and spans.term.kind is TermKind.SPAN
        if start is not None and lone_span and spans.beyond(start, 0):
            raise ValidationError(
                f"must end by the calendar's last day ({date.max}): in force from "
                f"{start}, {spans.term} runs past it",
                cls="Agreement",
                field="term",
                value=spans.term,
            )
        life = cls(signed_on, start, spans.natural_end(start), ())
        previous: AgreementEvent | None = None
        for event in events:
            if not isinstance(event, AgreementEvent):
                raise WrongTypeError(
                    "must hold AgreementEvent values", cls="Agreement", field="events", value=event
                )
            on = _day(event)
            if signed_on is None:
                raise ValidationError(
                    f"cannot hold the {event}: the agreement has no signing date (it is a "
                    "draft); record its signing first, or pass draft=False for one signed "
                    "on a day the sources do not give",
                    cls="Agreement",
                    field="events",
                    value=on,
                )
            if on < signed_on:
                raise ValidationError(
                    f"must not be dated before signing on {signed_on}: {event}",
                    cls="Agreement",
                    field="events",
                    value=on,
                )
            if previous is not None and on < _day(previous):
                raise ValidationError(
                    f"must be in date order: the {event} follows the {previous}",
                    cls="Agreement",
                    field="events",
                    value=on,
                )
            if event.by is not None and event.by not in parties:
                raise ValidationError(
                    f"must be an act of a party, not of {event.by.name!r}",
                    cls="Agreement",
                    field="events",
                    value=str(event),
                )
            life = life._apply(event, spans)
            previous = event
        return life

    def status_on(self, day: date) -> AgreementStatus:
        """The status on *day*: ``DRAFT`` before signing (or when never signed)."""
        if self.signed_on is None or day < self.signed_on:
            return AgreementStatus.DRAFT
        if self.end is not None and day > self.end[0]:
            return self.end[1]
        if self.start is None or day < self.start:
            return AgreementStatus.SIGNED
        for begun, resumed in self.suspensions:
            if begun <= day and (resumed is None or day < resumed):
                return AgreementStatus.SUSPENDED
        return AgreementStatus.IN_FORCE

    def _apply(self, event: AgreementEvent, spans: Spans) -> Lifecycle:
        on = _day(event)
        status = self.status_on(on)
        kind = event.kind
        allowed = {
            AgreementEventKind.SUSPENSION: {AgreementStatus.IN_FORCE},
            AgreementEventKind.RESUMPTION: {AgreementStatus.SUSPENDED},
        }.get(kind, {AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED})
        if status not in allowed:
            raise ValidationError(
                f"cannot record a {kind.value} on {on}: the agreement is {status.value} then",
                cls="Agreement",
                field="events",
                value=str(event),
            )
        end = self.end
        if kind is AgreementEventKind.NOTICE and spans.renewal is not None and end is not None:
            raise ValidationError(
                f"cannot record a {kind.value} on {on}: the agreement is already "
                f"{end[1].value} from {day_after(end[0])}",
                cls="Agreement",
                field="events",
                value=str(event),
            )
        if kind is AgreementEventKind.SUSPENSION:
            return attrs.evolve(self, suspensions=(*self.suspensions, (on, None)))
        if kind is AgreementEventKind.RESUMPTION:
            begun = self.suspensions[-1][0]
            return attrs.evolve(self, suspensions=(*self.suspensions[:-1], (begun, on)))
        if kind is AgreementEventKind.NOTICE:
            if spans.renewal is None:
                raise ValidationError(
                    "cannot record a notice of non-renewal: the agreement does not renew itself",
                    cls="Agreement",
                    field="events",
                    value=str(event),
                )
            if self.start is None:
                raise ValidationError(
                    "cannot record a notice of non-renewal before the date of entry into force "
                    "is known",
                    cls="Agreement",
                    field="events",
                    value=str(event),
                )
            last = spans.notice_end(self.start, on)
            if last is None:
                raise ValidationError(
                    f"cannot record a {kind.value} on {on}: the span it would end runs past "
                    f"the calendar's last day ({date.max}), so no last day in force can be "
                    "given",
                    cls="Agreement",
                    field="events",
                    value=str(event),
                )
            return attrs.evolve(self, end=(last, AgreementStatus.TERMINATED), cause=event)
        if kind in _TERMINAL:
            effective = event.effective_on
            assert effective is not None
            status_after = (
                AgreementStatus.TERMINATED
                if kind is AgreementEventKind.TERMINATION
                else AgreementStatus.SUPERSEDED
            )
            if end is not None and end[0] < effective:
                raise ValidationError(
                    f"cannot take effect on {effective}: the agreement is "
                    f"already {end[1].value} from {day_after(end[0])}",
                    cls="Agreement",
                    field="events",
                    value=str(event),
                )
            return attrs.evolve(self, end=(day_before(effective), status_after), cause=event)
        return self
