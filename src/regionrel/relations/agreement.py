"""Cooperation agreements between governments: :class:`Agreement`, its parties and questions.

An :class:`Agreement` is signed on a date, enters into force on signing, on a
fixed date or after a named event (approval by a regional legislature, the last
notification), runs for a term (a span of years or months, a fixed period, or
open-ended), may renew itself for successive spans unless a party gives notice
in time, and records later events (amendment, suspension, resumption, notice of
non-renewal, termination by one party, supersession by another agreement). The
parts live beside it: :mod:`regionrel.relations.terms` for entry into force, term
and renewal, :mod:`regionrel.relations.lifecycle` for the events and the replay
that gives the status on every day.

>>> from datetime import date
>>> from regionrel.regions import GoverningBody, Region, RegionKind
>>> def body(name, kind):
...     return GoverningBody.of(Region.of_subdivision(name, kind=RegionKind.OBLAST, country="RU"), kind)
>>> leningrad = body("Leningrad Region", "Government")
>>> kursk = body("Kursk Region", "Administration")
>>> deal = Agreement(
...     "Agreement on trade and economic cooperation",
...     (leningrad, kursk),
...     signed_on=date(2015, 3, 10),
...     term=Term.span(years=5),
...     renewal=Renewal(years=1, notice_months=6),
... )
>>> deal.status_on(date(2015, 3, 9)).value, deal.status_on("10.03.2015").value
('draft', 'in force')
>>> deal.expires_on(date(2019, 1, 1)), deal.notice_deadline(date(2019, 1, 1))
(datetime.date(2020, 3, 9), datetime.date(2019, 9, 9))
>>> late = deal.notice_given(date(2019, 10, 1), by=kursk)
>>> late.expires_on(date(2019, 10, 1)), late.status_on(date(2021, 3, 10)).value
(datetime.date(2021, 3, 9), 'terminated')

Every date it takes may be a :class:`datetime.date` or its text, day first
(``"12.05.2016"``), by the library's one rule for dates
(:func:`regionrel._validators.as_date`); a datetime is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Final

import attrs

from regionrel._validators import (
    as_date,
    as_optional_date,
    as_tuple,
    check_title,
    instance_of,
    optional_instance_of,
)
from regionrel.display import NotebookDisplay
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.regions import GoverningBody
from regionrel.relations.findings import LifecycleWarning, RegistrationWarning, RelationsFinding
from regionrel.relations.lifecycle import (
    AgreementEvent,
    AgreementEventKind,
    AgreementStatus,
    Lifecycle,
    Spans,
)
from regionrel.relations.subjects import SubjectArea
from regionrel.relations.terms import (
    EntryIntoForce,
    EntryMode,
    Renewal,
    Term,
    TermKind,
    day_before,
)

if TYPE_CHECKING:
    from regionrel.periods import Period

__all__ = ["Agreement", "parties_of"]

_RUSSIA: Final = "RU"


def _check_parties(
    _inst: object, _a: attrs.Attribute[tuple[GoverningBody, ...]], value: Any
) -> None:
    if not isinstance(value, tuple):
        raise WrongTypeError(
            "must be a sequence of GoverningBody", cls="Agreement", field="parties", value=value
        )
    for party in value:
        if not isinstance(party, GoverningBody):
            raise WrongTypeError(
                "must hold GoverningBody values", cls="Agreement", field="parties", value=party
            )
    if len(set(value)) < 2:
        raise ValidationError(
            "must name at least two distinct parties",
            cls="Agreement",
            field="parties",
            value=value,
        )
    if len(set(value)) != len(value):
        raise ValidationError(
            "must not name a party twice", cls="Agreement", field="parties", value=value
        )


def _check_areas(_inst: object, _a: attrs.Attribute[frozenset[SubjectArea]], value: Any) -> None:
    if not isinstance(value, frozenset):
        raise WrongTypeError(
            "must be a set of SubjectArea or a phrase", cls="Agreement", field="areas", value=value
        )
    for area in value:
        if not isinstance(area, SubjectArea):
            raise WrongTypeError(
                "must hold SubjectArea values", cls="Agreement", field="areas", value=area
            )


def _to_term(value: Any) -> Term:
    return Term.coerce(value)


def _to_areas(value: Any) -> Any:
    if isinstance(value, str):
        return SubjectArea.parse_many(value)
    if isinstance(value, Iterable) and not isinstance(value, frozenset):
        return frozenset(SubjectArea.coerce(v) for v in value)
    return value


def _to_signed_on(value: date | str | None) -> date | None:
    return as_optional_date(value, cls="Agreement", field="signed_on")


def _to_registered_on(value: date | str | None) -> date | None:
    return as_optional_date(value, cls="Agreement", field="registered_on")


@attrs.frozen(cache_hash=True)
class Agreement(NotebookDisplay):
    """A cooperation agreement between two or more governing bodies.

    Args:
        title: the title as written.
        parties: two or more distinct governing bodies.
        areas: the fields of cooperation, or a phrase naming them.
        signed_on: the day of signing; None for an agreement not signed yet (a draft).
        entry: when it enters into force (default: on signing).
        term: a :class:`Term`, a period, text such as ``"5 years"``, or None (open-ended).
        renewal: automatic renewal, or None.
        events: later events in date order; add them with the methods below.
        registered_on: the day of state registration (Federal Law No. 4-FZ), if recorded.

    Raises:
        ValidationError: fewer than two distinct parties, entry into force before
            signing, a term that ends before entry into force, renewal of an open-ended
            term, events out of date order or impossible in the agreement's state.
        WrongTypeError: a value of the wrong type.
    """

    title: str = attrs.field(validator=check_title)
    parties: tuple[GoverningBody, ...] = attrs.field(converter=as_tuple, validator=_check_parties)
    areas: frozenset[SubjectArea] = attrs.field(
        factory=frozenset, converter=_to_areas, validator=_check_areas, kw_only=True
    )
    signed_on: date | None = attrs.field(default=None, kw_only=True, converter=_to_signed_on)
    entry: EntryIntoForce = attrs.field(
        factory=EntryIntoForce.on_signing,
        kw_only=True,
        validator=instance_of(EntryIntoForce),
    )
    term: Term = attrs.field(factory=Term.open_ended, converter=_to_term, kw_only=True)
    renewal: Renewal | None = attrs.field(
        default=None,
        kw_only=True,
        validator=optional_instance_of(Renewal),
    )
    events: tuple[AgreementEvent, ...] = attrs.field(default=(), converter=as_tuple, kw_only=True)
    registered_on: date | None = attrs.field(
        default=None, kw_only=True, converter=_to_registered_on
    )
    _life: Lifecycle = attrs.field(init=False, eq=False, repr=False, hash=False, alias="_life")

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.events, tuple):
            raise WrongTypeError(
                "must be a sequence of AgreementEvent",
                cls="Agreement",
                field="events",
                value=self.events,
            )
        start = self._check_entry()
        if self.renewal is not None and self.term.kind is TermKind.OPEN_ENDED:
            raise ValidationError(
                f"cannot apply to an open-ended term ({self.renewal})",
                cls="Agreement",
                field="renewal",
                value=self.renewal,
            )
        if self.registered_on is not None and (
            self.signed_on is None or self.registered_on < self.signed_on
        ):
            raise ValidationError(
                f"must not be before signing on {self.signed_on}",
                cls="Agreement",
                field="registered_on",
                value=self.registered_on,
            )
        life = Lifecycle.replay(
            signed_on=self.signed_on,
            start=start,
            spans=self._spans,
            parties=self.parties,
            events=self.events,
        )
        object.__setattr__(self, "_life", life)

    def _check_entry(self) -> date | None:
        if self.entry.mode is EntryMode.ON_SIGNING:
            start = self.signed_on
        else:
            start = self.entry.on
            if start is not None and self.signed_on is None:
                raise ValidationError(
                    "cannot have a date of entry into force before the agreement is signed",
                    cls="Agreement",
                    field="entry",
                    value=start,
                )
            if start is not None and self.signed_on is not None and start < self.signed_on:
                raise ValidationError(
                    f"must not be before signing on {self.signed_on}",
                    cls="Agreement",
                    field="entry",
                    value=start,
                )
        if start is not None and self.term.period is not None and self.term.period.end < start:
            raise ValidationError(
                f"must not end before entry into force on {start}",
                cls="Agreement",
                field="term",
                value=str(self.term),
            )
        return start

    @property
    def _spans(self) -> Spans:
        return Spans(self.term, self.renewal)

    # ---- questions -----------------------------------------------------------------------

    @property
    def enters_into_force_on(self) -> date | None:
        """The day of entry into force, or None while unsigned or awaiting its event."""
        return self._life.start

    @property
    def ends_on(self) -> date | None:
        """The last day in force by the recorded events and term, or None if it never ends.

        Automatic renewals count until a notice or a termination stops them.
        """
        if self._life.end is None:
            return None
        return day_before(self._life.end[0])

    def status_on(self, day: date | str) -> AgreementStatus:
        """The agreement's status on *day* (a date or text such as ``"31.12.2018"``).

        Defined for every date: ``DRAFT`` before signing (or when never signed).

        Raises:
            WrongTypeError: *day* is not a date or text.
            ParseError: text that is not a date.
        """
        return self._life.status_on(as_date(day, cls="Agreement", field="day"))

    def in_force_on(self, day: date | str) -> bool:
        """Whether the agreement operates on *day*: in force and not suspended."""
        return self.status_on(day).is_in_force

    def _known_as_of(self, as_of: date) -> Agreement:
        """This agreement with only the events that had happened by *as_of*."""
        kept = tuple(e for e in self.events if e.on <= as_of)
        return self if kept == self.events else attrs.evolve(self, events=kept)

    def expires_on(self, as_of: date | str) -> date | None:
        """The last day of the agreement's term as known on *as_of*, counting renewals.

        For a renewing agreement, the end of the span that holds *as_of* (or of the
        first span, before entry into force); a notice of non-renewal, a termination
        or a supersession recorded by *as_of* moves it to the last day in force; after
        the agreement has ended it is the last day it was in force.

        Returns:
            The date, or None for an open-ended agreement, a draft, or one whose entry
            into force is still pending.
        """
        day = as_date(as_of, cls="Agreement", field="as_of")
        known = self._known_as_of(day)
        start = known._life.start
        if start is None or self.signed_on is None or day < self.signed_on:
            return None
        if known._life.end is not None:
            return day_before(known._life.end[0])
        if self.term.kind is TermKind.OPEN_ENDED:
            return None
        spans = self._spans
        return spans.end(start, spans.index(start, max(day, start)))

    def notice_deadline(self, as_of: date | str) -> date | None:
        """The last day a party may give notice to stop the next renewal, as of *as_of*.

        It is ``notice_months`` before the last day of the current span; once it has
        passed, the deadline of the next span.

        Returns:
            The date, or None when the agreement does not renew itself, has ended or
            is ending by *as_of*, or its entry into force is not known.
        """
        day = as_date(as_of, cls="Agreement", field="as_of")
        known = self._known_as_of(day)
        start = known._life.start
        if self.renewal is None or start is None or known._life.end is not None:
            return None
        if self.signed_on is None or day < self.signed_on:
            return None
        spans = self._spans
        return spans.deadline(start, spans.first_open(start, day))

    def periods_in_force(self, *, until: date | None = None) -> list[Period]:
        """The periods the agreement is in force, split by suspensions.

        Args:
            until: cut the periods at this day; an agreement that never ends
                otherwise has a last period running to ``datetime.date.max``.
        """
        from regionrel.periods import Period

        life = self._life
        if life.start is None:
            return []
        stop = date.max if life.end is None else day_before(life.end[0])
        if until is not None:
            stop = min(stop, as_date(until, cls="Agreement", field="until"))
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
        return [
            Period(first, min(last, stop)) for first, last in spans if first <= min(last, stop)
        ]

    @property
    def is_international(self) -> bool:
        """Whether a party lies outside Russia: Federal Law No. 4-FZ of 04.01.1999 applies."""
        return any(party.region.country != _RUSSIA for party in self.parties)

    @property
    def is_interregional(self) -> bool:
        """Whether every party is a body of Russia or of one of its federal subjects."""
        return not self.is_international

    def findings(self) -> tuple[RelationsFinding, ...]:
        """Legal but suspicious states: an international agreement with no registration
        recorded, a registration recorded for an interregional one, a pending entry
        into force, a suspension never lifted.
        """
        found: list[RelationsFinding] = []
        if self.is_international and self.registered_on is None and self.signed_on is not None:
            foreign = [p.name for p in self.parties if p.region.country != _RUSSIA]
            found.append(
                RelationsFinding(
                    "unregistered",
                    "is an international agreement (a party outside Russia: "
                    + ", ".join(foreign)
                    + "), so Federal Law No. 4-FZ of 04.01.1999 expects state "
                    "registration, but none is recorded",
                    self.title,
                    RegistrationWarning,
                )
            )
        if self.is_interregional and self.registered_on is not None:
            found.append(
                RelationsFinding(
                    "registered-interregional",
                    f"records a state registration on {self.registered_on}, which Federal "
                    "Law No. 4-FZ asks only of international agreements",
                    self.title,
                    RegistrationWarning,
                )
            )
        if self.signed_on is not None and self.entry.is_pending:
            found.append(
                RelationsFinding(
                    "entry-pending",
                    f"is signed on {self.signed_on} but awaits {self.entry.event} to enter "
                    "into force",
                    self.title,
                    LifecycleWarning,
                )
            )
        if self._life.suspensions and self._life.suspensions[-1][1] is None:
            found.append(
                RelationsFinding(
                    "suspended-indefinitely",
                    f"is suspended from {self._life.suspensions[-1][0]} with no resumption "
                    "recorded",
                    self.title,
                    LifecycleWarning,
                )
            )
        return tuple(found)

    @classmethod
    def between(
        cls,
        title: str,
        *parties: GoverningBody | str,
        signed_on: date | str | None = None,
        entry: EntryIntoForce | None = None,
        term: Term | Period | str | None = None,
        renewal: Renewal | str | None = None,
        areas: Iterable[SubjectArea | str] | str = (),
        registered_on: date | str | None = None,
    ) -> Agreement:
        """Build an agreement from values as sources write them.

        Parties may be governing bodies or their names, read through the built-in
        gazetteer; dates may be text such as ``"12.05.2016"``; the term and the renewal
        may be text such as ``"5 years"`` and ``"for successive 5-year periods unless a
        party gives 6 months' notice"``.

        >>> deal = Agreement.between(
        ...     "Agreement on cooperation",
        ...     "Government of the Leningrad Region", "Administration of the Kursk Region",
        ...     signed_on="12.05.2016", term="5 years", renewal="for successive 5-year periods "
        ...     "unless a party gives 6 months' notice")
        >>> deal.expires_on("01.06.2021"), deal.notice_deadline("01.06.2021")
        (datetime.date(2026, 5, 11), datetime.date(2025, 11, 11))

        Raises:
            ValidationError, WrongTypeError, ParseError, UnknownRegionError: as the
                parts do.
        """
        bodies = tuple(_body(p) for p in parties)
        return cls(
            title,
            bodies,
            areas=areas,
            signed_on=signed_on,
            entry=EntryIntoForce.on_signing() if entry is None else entry,
            term=term,
            renewal=Renewal.parse(renewal) if isinstance(renewal, str) else renewal,
            registered_on=registered_on,
        )

    # ---- changed copies ------------------------------------------------------------------

    def _with(self, event: AgreementEvent) -> Agreement:
        return attrs.evolve(self, events=(*self.events, event))

    def signed(self, on: date | str) -> Agreement:
        """This draft, signed on *on*.

        Raises:
            ValidationError: the agreement is already signed.
        """
        if self.signed_on is not None:
            raise ValidationError(
                f"is already {self.signed_on}", cls="Agreement", field="signed_on", value=on
            )
        return attrs.evolve(self, signed_on=as_date(on, cls="Agreement", field="signed_on"))

    def entered_into_force(self, on: date | str) -> Agreement:
        """This agreement with the awaited event's date, so it enters into force *on*.

        Raises:
            ValidationError: it does not await an event, or *on* is before signing.
        """
        if not self.entry.is_pending:
            raise ValidationError(
                f"does not await an event: it enters into force {self.entry}",
                cls="Agreement",
                field="entry",
                value=on,
            )
        day = as_date(on, cls="Agreement", field="on")
        return attrs.evolve(self, entry=attrs.evolve(self.entry, on=day))

    def registered(self, on: date | str) -> Agreement:
        """This agreement with its state registration recorded on *on*."""
        return attrs.evolve(
            self, registered_on=as_date(on, cls="Agreement", field="registered_on")
        )

    def amended(self, on: date | str, *, note: str = "") -> Agreement:
        """This agreement with an amendment (a protocol of changes) signed *on*."""
        day = as_date(on, cls="Agreement", field="on")
        return self._with(AgreementEvent(AgreementEventKind.AMENDMENT, day, note=note))

    def suspended(
        self, on: date | str, *, by: GoverningBody | None = None, note: str = ""
    ) -> Agreement:
        """This agreement suspended from *on* (the first day suspended)."""
        day = as_date(on, cls="Agreement", field="on")
        return self._with(AgreementEvent(AgreementEventKind.SUSPENSION, day, by=by, note=note))

    def resumed(self, on: date | str, *, note: str = "") -> Agreement:
        """This agreement in force again from *on*."""
        day = as_date(on, cls="Agreement", field="on")
        return self._with(AgreementEvent(AgreementEventKind.RESUMPTION, day, note=note))

    def notice_given(self, on: date | str, *, by: GoverningBody, note: str = "") -> Agreement:
        """This agreement after *by* gave notice of non-renewal on *on*.

        In time, the agreement ends with its current span; late, with the next one.
        """
        day = as_date(on, cls="Agreement", field="on")
        return self._with(AgreementEvent(AgreementEventKind.NOTICE, day, by=by, note=note))

    def terminated(
        self,
        on: date | str,
        *,
        by: GoverningBody | None = None,
        effective_on: date | str | None = None,
        note: str = "",
    ) -> Agreement:
        """This agreement terminated on *on*, ceasing to be in force from *effective_on*.

        Args:
            on: the day of the decision or the notice of termination.
            by: the party that terminated it; None for termination by mutual consent.
            effective_on: the first day it is no longer in force (default: *on*).
        """
        day = as_date(on, cls="Agreement", field="on")
        effective = (
            day
            if effective_on is None
            else as_date(effective_on, cls="Agreement", field="effective_on")
        )
        return self._with(
            AgreementEvent(
                AgreementEventKind.TERMINATION, day, effective_on=effective, by=by, note=note
            )
        )

    def superseded(
        self,
        on: date | str,
        *,
        by: Agreement | str,
        effective_on: date | str | None = None,
    ) -> Agreement:
        """This agreement replaced by another (an agreement or its title) from *on*.

        Args:
            on: the day the successor was concluded.
            by: the superseding agreement.
            effective_on: the first day this one is no longer in force; by default
                the successor's entry into force, else *on*.
        """
        day = as_date(on, cls="Agreement", field="on")
        if isinstance(by, Agreement):
            title = by.title
            default = by.enters_into_force_on or day
        elif isinstance(by, str):
            title, default = by, day
        else:
            raise WrongTypeError(
                "must be an Agreement or its title", cls="Agreement", field="by", value=by
            )
        effective = (
            max(default, day)
            if effective_on is None
            else as_date(effective_on, cls="Agreement", field="effective_on")
        )
        return self._with(
            AgreementEvent(
                AgreementEventKind.SUPERSESSION, day, effective_on=effective, successor=title
            )
        )

    def __str__(self) -> str:
        return self.title


def _body(party: GoverningBody | str) -> GoverningBody:
    if isinstance(party, str):
        return GoverningBody.parse(party)
    return party


def parties_of(agreements: Sequence[Agreement]) -> frozenset[GoverningBody]:
    """Every party to any of *agreements*.

    >>> parties_of([])
    frozenset()
    """
    return frozenset(p for a in agreements for p in a.parties)
