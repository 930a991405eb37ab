"""Readings of dates known only to the month or year, and how their answers combine.

An agreement signed "in May 2018", or amended "in 2019", is replayed for every
reading of such dates to the day that the rest of its data allows (at most
:data:`MAX_COMPLETIONS` of them): :func:`completions` lists the readings,
:func:`replay_readings` replays them. A question is then answered only where every
reading agrees (:func:`agreed`); the days in force are those of every reading.
:class:`~regionrel.relations.agreement.Agreement` asks its questions through these.

>>> agreed([1, 1, 1]), agreed([1, 2])
((True, 1), (False, None))
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Final, TypeVar

from regionrel.dates import PartialDate
from regionrel.errors import ValidationError
from regionrel.relations.lifecycle import (
    AgreementEvent,
    AgreementEventKind,
    Ending,
    EndingKind,
    Lifecycle,
    Spans,
    ending_of,
    event_readings,
)
from regionrel.relations.terms import EntryMode, day_after, day_before

if TYPE_CHECKING:
    from regionrel.relations.agreement import Agreement

__all__ = ["MAX_COMPLETIONS"]

#: The most completions (exact readings of partial dates) an agreement is replayed for.
MAX_COMPLETIONS: Final = 4096

_T = TypeVar("_T")


def agreed(values: Iterable[_T]) -> tuple[bool, _T | None]:
    """(True, the value) when every value is the same, else (False, None)."""
    found = set(values)
    if len(found) == 1:
        return True, next(iter(found))
    return False, None


def common_days(
    left: list[tuple[date, date]], right: list[tuple[date, date]]
) -> list[tuple[date, date]]:
    """The days in both sorted lists of disjoint (first, last) periods."""
    both = []
    for a_first, a_last in left:
        for b_first, b_last in right:
            first, last = max(a_first, b_first), min(a_last, b_last)
            if first <= last:
                both.append((first, last))
    return both


_ENDING_KIND: Final = {
    AgreementEventKind.NOTICE: EndingKind.NON_RENEWAL,
    AgreementEventKind.TERMINATION: EndingKind.TERMINATION,
    AgreementEventKind.SUPERSESSION: EndingKind.SUPERSESSION,
}


def _days(partial: PartialDate) -> list[date]:
    first, last = partial.earliest, partial.latest
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _within(partial: PartialDate, pivots: Iterable[date]) -> list[date]:
    inside = {p for p in pivots if partial.earliest < p < partial.latest}
    return sorted({partial.earliest, partial.latest} | inside)


def completions(
    agreement: Agreement,
) -> Iterator[tuple[date | None, date | None, tuple[Any, ...]]]:
    """Every exact reading of the dates known to the month or year only.

    A signing date is read as each day it may be when the agreement enters into
    force on signing (its spans count from that day); a date of entry into force
    as each day it may be. Otherwise a date is read as its first and last day and
    each other day the data gives within it (the signing, the entry into force,
    the events' days): whether something has happened by a day, and where a
    notice or a termination puts the end, only grow with its date, so those
    readings give every answer the days between would. Readings that contradict
    the rest of the data are dropped by the replay.
    """
    signing, entry = agreement.signing, agreement.entry
    events = [e for e in agreement.events if isinstance(e, AgreementEvent)]
    pivots = {d for e in events for d in (e.on, e.effective_on) if d is not None}
    if entry.when is not None:
        pivots |= {entry.when.earliest, entry.when.latest}
    signed_days: list[date | None]
    if signing is None:
        # Signed on a day not given: before every event, and at latest on entry.
        signed_days = [date.min] if agreement.draft is False else [None]
    elif entry.mode is EntryMode.ON_SIGNING:
        signed_days = list(_days(signing))
    else:
        signed_days = list(_within(signing, pivots))
    starts: list[date | None]
    if entry.mode is EntryMode.ON_SIGNING or entry.when is None:
        starts = [None]
    else:
        starts = list(_days(entry.when))

    spans = Spans(agreement.term, agreement.renewal)
    exact_events = tuple(e for e in events if e.within is None and e.effective_within is None)
    partial = len(exact_events) < len(events)

    def boundaries(signed_on: date | None) -> set[date]:
        """The days where an event's validity or effect turns, in this reading: the
        end of the term, and the end the exact events set."""
        found: set[date] = set()
        if not partial:
            return found
        on_signing = None if signed_on is None else entry.start_after(signed_on)
        begins = [on_signing] if entry.mode is EntryMode.ON_SIGNING else starts
        for start in {b for b in (begins[0], begins[-1]) if b is not None}:
            ends = [spans.natural_end(start)]
            try:
                life = Lifecycle.replay(
                    signed_on=signed_on,
                    start=start,
                    spans=spans,
                    parties=agreement.parties,
                    events=exact_events,
                )
                ends.append(life.end)
            except ValidationError:
                pass
            for end in ends:
                if end is not None:
                    found |= {end[0], day_after(end[0])}
        return found

    def variants(signed_on: date | None) -> list[list[Any]]:
        days = pivots | boundaries(signed_on)
        if signed_on is not None:
            days.add(signed_on)
        return [
            event_readings(e, days) if isinstance(e, AgreementEvent) else [e]
            for e in agreement.events
        ]

    per_signing = [variants(day) for day in signed_days]
    total = len(starts) * sum(math.prod(len(v) for v in r) for r in per_signing)
    if total > MAX_COMPLETIONS:
        raise ValidationError(
            f"leave too many readings ({total}, more than {MAX_COMPLETIONS}) of the "
            "dates known only to the month or year; give some of them to the day",
            cls="Agreement",
            field="events",
            value=len(agreement.events),
        )
    for signed_on, readings in zip(signed_days, per_signing, strict=True):
        for start in starts:
            begins = start
            if entry.mode is EntryMode.ON_SIGNING:
                begins = None if signed_on is None else entry.start_after(signed_on)
            if (
                agreement.signing is None
                and agreement.draft is False
                and entry.mode is EntryMode.ON_SIGNING
            ):
                begins = None
            if begins is not None and signed_on is not None and begins < signed_on:
                continue
            for chosen in itertools.product(*readings):
                yield signed_on, begins, tuple(chosen)


def replay_readings(agreement: Agreement) -> tuple[Lifecycle, ...]:
    """The lifecycle of every reading of *agreement*'s dates that the rest of its data allows.

    Raises:
        ValidationError: no reading is possible (the first reading's error), or
            there are more than :data:`MAX_COMPLETIONS` of them.
    """
    spans = Spans(agreement.term, agreement.renewal)
    lives: list[Lifecycle] = []
    first_error: ValidationError | None = None
    for signed_on, start, events in completions(agreement):
        try:
            lives.append(
                Lifecycle.replay(
                    signed_on=signed_on,
                    start=start,
                    spans=spans,
                    parties=agreement.parties,
                    events=events,
                )
            )
        except ValidationError as exc:
            first_error = first_error or exc
    if not lives:
        assert first_error is not None
        raise first_error
    return tuple(lives)


def agreed_ending(lives: Sequence[Lifecycle], events: Sequence[AgreementEvent]) -> Ending | None:
    """How every reading ends, when they agree on it (see
    :attr:`~regionrel.relations.agreement.Agreement.ending`)."""
    endings = [ending_of(life) for life in lives]
    found, kind = agreed(None if e is None else e[0] for e in endings)
    if not found or kind is None:
        return None
    # the readings hold copies of an event read to the day: name the event as given
    event = None
    if kind is not EndingKind.EXPIRY:
        event = next(e for e in reversed(events) if _ENDING_KIND.get(e.kind) is kind)
    known, end = agreed(life.end for life in lives)
    last = end[0] if known and end is not None else None
    return Ending(kind, last_day=last, event=event)


def days_in_force(life: Lifecycle, stop: date | None) -> list[tuple[date, date]]:
    """The (first, last) periods *life* is in force, split by suspensions, cut at *stop*."""
    if life.start is None:
        return []
    last = date.max if life.end is None else life.end[0]
    if stop is not None:
        last = min(last, stop)
    spans: list[tuple[date, date]] = []
    cursor: date | None = life.start
    for begun, resumed in life.suspensions:
        assert cursor is not None  # only the last suspension may be open
        if begun == resumed:  # resumed the day it began: never suspended
            continue
        if begun > cursor:
            spans.append((cursor, day_before(begun)))
        cursor = resumed
    if cursor is not None:
        spans.append((cursor, date.max))
    return [(first, min(end, last)) for first, end in spans if first <= min(end, last)]
