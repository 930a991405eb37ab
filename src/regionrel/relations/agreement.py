"""Cooperation agreements between governments: :class:`Agreement`, its parties and questions.

An :class:`Agreement` is signed on a date, enters into force on signing, on a
fixed date or after a named event (approval by a regional legislature, the last
notification), runs for a term (a span of years or months, a fixed period, or
open-ended), may renew itself for successive spans unless a party gives notice
in time, and records later events (amendment, suspension, resumption, notice of
non-renewal, termination by one party, supersession by another agreement). The
parts live beside it: :mod:`regionrel.relations.terms` for entry into force, term
and renewal, :mod:`regionrel.relations.lifecycle` for the events and the replay
that gives the status on every day, :mod:`regionrel.relations.readings` for dates
known only to the month or year, :mod:`regionrel.relations.notices` for notice of
non-renewal (:class:`~regionrel.relations.notices.NoticeWindow`, also importable
from here), and :mod:`regionrel.relations.agreement_checks` for the rules its
fields keep.

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
from typing import TYPE_CHECKING, Final

import attrs

from regionrel._validators import (
    as_date,
    as_partial_date,
    as_tuple,
    check_title,
    instance_of,
    optional_instance_of,
)
from regionrel.dates import PartialDate
from regionrel.display import NotebookDisplay
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.regions import GoverningBody
from regionrel.relations._arguments import items
from regionrel.relations.agreement_checks import (
    actor_of,
    check_areas,
    check_draft,
    check_entry,
    check_notice,
    check_parties,
    to_areas,
    to_registered_on,
    to_signed_in,
    to_signing,
    to_term,
)
from regionrel.relations.findings import LifecycleWarning, RegistrationWarning, RelationsFinding
from regionrel.relations.lifecycle import (
    AgreementEvent,
    AgreementEventKind,
    AgreementStatus,
    Ending,
    Lifecycle,
    Spans,
)
from regionrel.relations.notices import NoticeWindow, expiry, spread, window_in
from regionrel.relations.readings import (
    MAX_COMPLETIONS,
    agreed,
    agreed_ending,
    common_days,
    days_in_force,
    replay_readings,
)
from regionrel.relations.subjects import SubjectArea
from regionrel.relations.terms import (
    EntryIntoForce,
    Renewal,
    Term,
    TermKind,
    settle_date,
)

if TYPE_CHECKING:
    from regionrel.periods import Period

__all__ = ["MAX_COMPLETIONS", "Agreement", "NoticeWindow", "parties_of"]

_RUSSIA: Final = "RU"


# Statuses that, without a signing date, could as well be a draft's or another's.
_UNDECIDED_WITHOUT_SIGNING: Final = frozenset({AgreementStatus.DRAFT, AgreementStatus.SIGNED})


@attrs.frozen(cache_hash=True)
class Agreement(NotebookDisplay):
    """A cooperation agreement between two or more governing bodies.

    Args:
        title: the title as written.
        parties: two or more distinct governing bodies.
        areas: the fields of cooperation, or a phrase naming them.
        signed_on: the day of signing, as the source gives it: a date, a
            :class:`~regionrel.dates.PartialDate` or text (``"12.05.2016"``,
            ``"May 2016"``, ``"2016"``); None when no date is recorded.
        draft: whether the agreement is a draft, for the case the data says it is
            signed without giving a date: ``False`` with no *signed_on* is an
            agreement signed on a day the sources do not give (its status is
            ``UNKNOWN`` until an event decides it, never ``DRAFT``); ``True`` a draft.
            ``None`` (the default) reads it from *signed_on*: no date recorded means a
            draft, as before this field existed.
        entry: when it enters into force (default: on signing).
        term: a :class:`Term`, a period, text such as ``"5 years"``, or None (open-ended).
        renewal: automatic renewal, or None.
        events: later events in date order; add them with the methods below.
        registered_on: the day of state registration (Federal Law No. 4-FZ), if recorded.
        signed_in: the month or year of signing when the source gives no day (a
            *signed_on* known only to the month or year is moved here).

    Dates known only to the month or year leave some questions open: the agreement is
    replayed for every reading of them to the day that the rest of the data allows
    (at most :data:`MAX_COMPLETIONS`), and a question is answered only where every
    reading agrees (``UNKNOWN`` or None otherwise).

    Raises:
        ValidationError: fewer than two distinct parties, entry into force before
            signing, a term that ends before entry into force, renewal of an open-ended
            term, a notice period as long as the term or longer, events out of date
            order or impossible in the agreement's state, dates known so loosely that
            they leave more than :data:`MAX_COMPLETIONS` readings.
        WrongTypeError: a value of the wrong type.
    """

    title: str = attrs.field(validator=check_title)
    parties: tuple[GoverningBody, ...] = attrs.field(converter=as_tuple, validator=check_parties)
    areas: frozenset[SubjectArea] = attrs.field(
        factory=frozenset, converter=to_areas, validator=check_areas, kw_only=True
    )
    #: The day of signing, when known to the day (see :attr:`signing`).
    signed_on: date | None = attrs.field(default=None, kw_only=True, converter=to_signing)
    entry: EntryIntoForce = attrs.field(
        factory=EntryIntoForce.on_signing,
        kw_only=True,
        validator=instance_of(EntryIntoForce),
    )
    term: Term = attrs.field(factory=Term.open_ended, converter=to_term, kw_only=True)
    renewal: Renewal | None = attrs.field(
        default=None,
        kw_only=True,
        validator=optional_instance_of(Renewal),
    )
    events: tuple[AgreementEvent, ...] = attrs.field(default=(), converter=as_tuple, kw_only=True)
    registered_on: date | None = attrs.field(
        default=None, kw_only=True, converter=to_registered_on
    )
    #: Whether it is a draft, when the data says so (see above); None reads *signed_on*.
    draft: bool | None = attrs.field(default=None, kw_only=True, validator=check_draft)
    #: The month or year of signing, when the source gives no day.
    signed_in: PartialDate | None = attrs.field(default=None, kw_only=True, converter=to_signed_in)
    _life: Lifecycle = attrs.field(init=False, eq=False, repr=False, hash=False, alias="_life")
    _lives: tuple[Lifecycle, ...] = attrs.field(
        init=False, eq=False, repr=False, hash=False, alias="_lives"
    )

    def __attrs_post_init__(self) -> None:
        signing = settle_date(self, "signed_on", "signed_in", cls="Agreement")
        if self.draft is True and signing is not None:
            raise ValidationError(
                f"cannot be True for an agreement signed {self._signing_text}",
                cls="Agreement",
                field="draft",
                value=True,
            )
        if signing is not None:  # a signing date says it all: one value for one meaning
            object.__setattr__(self, "draft", None)
        if not isinstance(self.events, tuple):
            raise WrongTypeError(
                "must be a sequence of AgreementEvent",
                cls="Agreement",
                field="events",
                value=self.events,
            )
        check_entry(self)
        if self.renewal is not None and self.term.kind is TermKind.OPEN_ENDED:
            raise ValidationError(
                f"cannot apply to an open-ended term ({self.renewal})",
                cls="Agreement",
                field="renewal",
                value=self.renewal,
            )
        check_notice(self)
        if self.registered_on is not None:
            if not self.is_signed:
                raise ValidationError(
                    "must not be given for an agreement not signed",
                    cls="Agreement",
                    field="registered_on",
                    value=self.registered_on,
                )
            if self.signing is not None and self.registered_on < self.signing.earliest:
                raise ValidationError(
                    f"must not be before signing on {self.signing}",
                    cls="Agreement",
                    field="registered_on",
                    value=self.registered_on,
                )
        lives = replay_readings(self)
        object.__setattr__(self, "_life", lives[0])
        object.__setattr__(self, "_lives", lives)

    @property
    def _spans(self) -> Spans:
        return Spans(self.term, self.renewal)

    # ---- questions -----------------------------------------------------------------------

    @property
    def signing(self) -> PartialDate | None:
        """The date of signing as the source gives it (day, month or year), or None.

        :attr:`signed_on` is the day when known to the day; a signing known to the
        month or year only is kept in :attr:`signed_in` (``signed_on`` is None then),
        and :attr:`is_signed` says whether the agreement is signed at all.

        >>> deal = Agreement.between("A", "Government of the Leningrad Region",
        ...     "Administration of the Kursk Region", signed_on="2018", term="5 years")
        >>> deal.signed_on, deal.signing, deal.is_signed
        (None, PartialDate(2018), True)
        """
        if self.signed_in is not None:
            return self.signed_in
        return None if self.signed_on is None else PartialDate.of(self.signed_on)

    @property
    def is_signed(self) -> bool:
        """Whether the data says the agreement is signed (with or without a date)."""
        return self.signing is not None or self.draft is False

    @property
    def _signing_text(self) -> str:
        if self.signing is None:
            return "on a day not recorded"
        return f"on {self.signing}" if self.signed_on is not None else f"in {self.signing}"

    @property
    def enters_into_force_on(self) -> date | None:
        """The day of entry into force, or None while unsigned, awaiting its event, or
        not known to the day (signed in a month or a year only)."""
        known, start = agreed(life.start for life in self._lives)
        return start if known else None

    @property
    def ends_on(self) -> date | None:
        """The last day in force by the recorded events and term, or None if it never
        ends or the dates known only to the month or year leave it open
        (:meth:`ends_between` gives the range then).

        Automatic renewals count until a notice or a termination stops them.
        """
        known, end = agreed(life.end for life in self._lives)
        if not known or end is None:
            return None
        return end[0]

    def ends_between(self) -> tuple[date, date] | None:
        """The first and the last day the agreement's last day in force may be.

        One day twice when :attr:`ends_on` knows it; None when it never ends (by
        its term and events) in some reading of its dates.

        >>> deal = Agreement.between("A", "Government of the Leningrad Region",
        ...     "Administration of the Kursk Region", signed_on="May 2018", term="5 years")
        >>> deal.ends_on is None, deal.ends_between()
        (True, (datetime.date(2023, 4, 30), datetime.date(2023, 5, 30)))
        """
        ends = [life.end for life in self._lives]
        if any(end is None for end in ends):
            return None
        lasts = [end[0] for end in ends if end is not None]
        return min(lasts), max(lasts)

    @property
    def ending(self) -> Ending | None:
        """How and when the agreement ends by its term and recorded events: expiry,
        non-renewal, termination or supersession, by whom, and its last day in force.

        None when it never ends (open-ended or renewing itself, with no event that
        ends it), or when the dates known only to the month or year leave open how it
        ends. The last day is None when they leave only the day open.

        >>> from regionrel.regions import GoverningBody
        >>> kursk = GoverningBody.parse("Administration of the Kursk Region")
        >>> deal = Agreement.between("A", "Government of the Leningrad Region", kursk,
        ...     signed_on="12.05.2016", term="5 years", renewal="for successive 5-year "
        ...     "periods unless a party gives 6 months' notice")
        >>> deal.ending is None
        True
        >>> print(deal.notice_given("01.10.2020", by=kursk).ending)
        non-renewal by the Administration of the Kursk Region, last day in force 2021-05-11
        """
        return agreed_ending(self._lives, self.events)

    def status_on(self, day: date | str) -> AgreementStatus:
        """The agreement's status on *day* (a date or text such as ``"31.12.2018"``).

        Defined for every date: ``DRAFT`` before signing (or when never signed),
        ``UNKNOWN`` when the dates known only to the month or the year allow more
        than one status on *day* (signed "in 2018": ``UNKNOWN`` on 2018-06-01,
        ``DRAFT`` on 2017-12-31, in force in 2019), and for an agreement signed on a
        day the data does not give (``draft=False``) until an event decides it.

        >>> deal = Agreement.between("A", "Government of the Leningrad Region",
        ...     "Administration of the Kursk Region", signed_on="в 2018 году", term="5 years")
        >>> [deal.status_on(d).value for d in ("31.12.2017", "01.06.2018", "01.03.2019")]
        ['draft', 'unknown', 'in force']

        Raises:
            WrongTypeError: *day* is not a date or text.
            ParseError: text that is not a date.
        """
        on = as_date(day, cls="Agreement", field="day")
        statuses = {life.status_on(on) for life in self._lives}
        if self.signing is None and self.draft is False:
            statuses = {
                AgreementStatus.UNKNOWN if s in _UNDECIDED_WITHOUT_SIGNING else s for s in statuses
            }
        if len(statuses) == 1:
            return statuses.pop()
        return AgreementStatus.UNKNOWN

    def in_force_on(self, day: date | str) -> bool:
        """Whether the agreement certainly operates on *day*: in force and not suspended
        (False also when its status on *day* is ``UNKNOWN``)."""
        return self.status_on(day).is_in_force

    def _known_as_of(self, as_of: date) -> Agreement:
        """This agreement with only the events that had happened by *as_of*."""
        kept = tuple(e for e in self.events if e.when.latest <= as_of)
        return self if kept == self.events else attrs.evolve(self, events=kept)

    def expires_on(self, as_of: date | str) -> date | None:
        """The last day of the agreement's current span as known on *as_of*, counting renewals.

        For a renewing agreement, the end of the span that holds *as_of* (or of the
        first span, before entry into force); a notice of non-renewal, a termination
        or a supersession recorded by *as_of* moves it to the last day in force; after
        the agreement has ended it is the last day it was in force.

        It is the end of the current span, not a promise that the agreement ends
        then: once the span's notice deadline has passed, the renewal can no longer be
        stopped and the agreement runs at least to the end of the next span. Ask
        :meth:`renewal_locked_in` (or :meth:`notice_window`, or
        :meth:`earliest_end`) before reading this as the day it ends.

        >>> deal = Agreement.between("A", "Government of the Leningrad Region",
        ...     "Administration of the Kursk Region", signed_on="12.05.2016", term="5 years",
        ...     renewal="for successive 5-year periods unless a party gives 6 months' notice")
        >>> deal.expires_on("12.11.2020"), deal.renewal_locked_in("12.11.2020")
        (datetime.date(2021, 5, 11), True)
        >>> deal.earliest_end("12.11.2020")
        datetime.date(2026, 5, 11)

        Returns:
            The date, or None for an open-ended agreement, a draft, one whose entry
            into force is still pending, or when the dates known only to the month or
            year leave it open.
        """
        day = as_date(as_of, cls="Agreement", field="as_of")
        known = self._known_as_of(day)
        found, value = agreed(expiry(life, day, self._spans) for life in known._lives)
        return value if found else None

    def expires_between(self, as_of: date | str) -> tuple[date, date] | None:
        """The first and the last day :meth:`expires_on` may be, as known on *as_of*, when
        dates known only to the month or year leave it open (one day twice when known);
        None when some reading of them has no end of span.

        >>> deal = Agreement.between("A", "Government of the Leningrad Region",
        ...     "Administration of the Kursk Region", signed_on="May 2019", term="5 years")
        >>> deal.expires_on("01.01.2024") is None, deal.expires_between("01.01.2024")
        (True, (datetime.date(2024, 4, 30), datetime.date(2024, 5, 30)))
        """
        day = as_date(as_of, cls="Agreement", field="as_of")
        known = self._known_as_of(day)
        return spread(expiry(life, day, self._spans) for life in known._lives)

    def notice_deadline_between(self, as_of: date | str) -> tuple[date, date] | None:
        """The first and the last day :meth:`notice_deadline` may be, as known on *as_of*
        (one day twice when known); None when some reading of the dates has none."""
        day = as_date(as_of, cls="Agreement", field="as_of")
        known = self._known_as_of(day)
        windows = (window_in(life, day, self._spans) for life in known._lives)
        return spread(None if w is None else w.deadline for w in windows)

    def earliest_end(self, as_of: date | str) -> date | None:
        """The earliest last day in force the agreement can still have, as known on *as_of*.

        :meth:`expires_on`, except that once the current span's notice deadline has
        passed it is the end of the next span: notice given on *as_of* ends the
        agreement no sooner.

        Returns:
            The date, or None when :meth:`expires_on` gives None.
        """
        day = as_date(as_of, cls="Agreement", field="as_of")
        window = self.notice_window(day)
        if window is not None:
            return window.span_ends_on
        return self.expires_on(day)

    def notice_window(self, as_of: date | str) -> NoticeWindow | None:
        """The next notice deadline as of *as_of*, with the span it is for.

        Returns:
            A :class:`NoticeWindow`: the deadline, the span whose renewal a notice
            given by then stops (0 the initial term, *k* the *k*-th renewal), the last
            day of that span, and whether it is the current span (``False``: the
            current span's deadline has passed, its renewal is locked in, and this is
            the next one's). None when the agreement does not renew itself, has
            ended or is ending by *as_of*, is not signed by then, its entry into force
            is not known, the calendar ends first, or the dates known only to the
            month or year leave it open.

        >>> deal = Agreement.between("A", "Government of the Leningrad Region",
        ...     "Administration of the Kursk Region", signed_on="12.05.2016", term="5 years",
        ...     renewal="for successive 5-year periods unless a party gives 6 months' notice")
        >>> str(deal.notice_window("12.11.2020"))
        'notice by 2025-11-11 ends the agreement on 2026-05-11 (span 1; the renewal of span 0 is locked in)'
        """
        day = as_date(as_of, cls="Agreement", field="as_of")
        known = self._known_as_of(day)
        found, value = agreed(window_in(life, day, self._spans) for life in known._lives)
        return value if found else None

    def notice_deadline(self, as_of: date | str) -> date | None:
        """The next day by which a party may give notice to stop a renewal, as of *as_of*.

        It is ``notice_months`` before the last day of the current span while that
        day is still ahead (or is *as_of*); once it has passed, the renewal after the
        current span can no longer be stopped (:meth:`renewal_locked_in`) and this is
        the deadline of the next span. :meth:`notice_window` says which span a
        deadline is for.

        Returns:
            The date, or None when the agreement does not renew itself, has ended or
            is ending by *as_of*, its entry into force is not known, the calendar ends
            before another deadline (``date(9999, 12, 31)``), or the dates known only
            to the month or year leave it open.
        """
        window = self.notice_window(as_of)
        return None if window is None else window.deadline

    def renewal_locked_in(self, on: date | str) -> bool | None:
        """Whether, on *on*, the renewal after the current span can no longer be stopped.

        True when the agreement renews itself, runs (or awaits its first span) on
        *on* with no notice, termination or supersession recorded by then, and the
        notice deadline of its current span has passed: it will run at least to the
        end of the next span. False otherwise. None when the dates known only to the
        month or year leave it open.

        >>> deal = Agreement.between("A", "Government of the Leningrad Region",
        ...     "Administration of the Kursk Region", signed_on="12.05.2016", term="5 years",
        ...     renewal="for successive 5-year periods unless a party gives 6 months' notice")
        >>> deal.renewal_locked_in("11.11.2020"), deal.renewal_locked_in("12.11.2020")
        (False, True)
        """
        day = as_date(on, cls="Agreement", field="on")
        known = self._known_as_of(day)
        answers = set()
        for life in known._lives:
            window = window_in(life, day, self._spans)
            answers.add(window is not None and window.locks_in)
        return answers.pop() if len(answers) == 1 else None

    def periods_in_force(self, *, until: date | str | None = None) -> list[Period]:
        """The periods the agreement is in force, split by suspensions.

        When dates are known only to the month or year, the days in force in every
        reading of them (the days certainly in force).

        Args:
            until: cut the periods at this day; an agreement that never ends
                otherwise has a last period running to ``datetime.date.max``.
        """
        from regionrel.periods import Period

        stop = None if until is None else as_date(until, cls="Agreement", field="until")
        common = days_in_force(self._lives[0], stop)
        for life in self._lives[1:]:
            common = common_days(common, days_in_force(life, stop))
        return [Period(first, last) for first, last in common]

    def is_same_as(self, other: Agreement) -> bool:
        """Whether *other* is this agreement, perhaps at another stage of its life: the
        same title, parties and signing, whatever events, entry into force or
        registration each records (an event linked to the agreement before its
        termination still concerns it after).

        >>> deal = Agreement.between("A", "Government of the Leningrad Region",
        ...     "Administration of the Kursk Region", signed_on="12.05.2016")
        >>> deal.is_same_as(deal.terminated("01.02.2020")), deal.is_same_as(attrs.evolve(deal, title="B"))
        (True, False)

        Raises:
            WrongTypeError: *other* is not an Agreement.
        """
        if not isinstance(other, Agreement):
            raise WrongTypeError(
                "must be an Agreement", cls="Agreement.is_same_as", field="other", value=other
            )
        return other == self or (
            other.title.strip() == self.title.strip()
            and set(other.parties) == set(self.parties)
            and other.signing == self.signing
        )

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
        if self.is_international and self.registered_on is None and self.is_signed:
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
        if self.is_signed and self.entry.is_pending:
            found.append(
                RelationsFinding(
                    "entry-pending",
                    f"is signed {self._signing_text} but awaits {self.entry.event} to enter "
                    "into force",
                    self.title,
                    LifecycleWarning,
                )
            )
        if all(life.suspensions and life.suspensions[-1][1] is None for life in self._lives):
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
        signed_on: date | PartialDate | str | None = None,
        entry: EntryIntoForce | str | None = None,
        term: Term | Period | str | None = None,
        renewal: Renewal | str | None = None,
        areas: Iterable[SubjectArea | str] | str = (),
        registered_on: date | str | None = None,
        draft: bool | None = None,
    ) -> Agreement:
        """Build an agreement from values as sources write them.

        Parties may be governing bodies or their names, read through the built-in
        gazetteer; dates may be text such as ``"12.05.2016"``, or give only the month or
        year (``"May 2016"``, ``"2016"``); the entry into force, the term and the
        renewal may be clauses in English or Russian (``"с даты подписания"``,
        ``"сроком на 5 лет"``, ``"for successive 5-year periods unless a party gives 6
        months' notice"``).

        >>> rus = Agreement.between(
        ...     "Соглашение о сотрудничестве",
        ...     "Government of the Leningrad Region", "Administration of the Kursk Region",
        ...     signed_on="в 2016 году", entry="вступает в силу с даты подписания",
        ...     term="сроком на 5 лет", renewal="автоматически продлевается на последующие "
        ...     "пятилетние периоды, если ни одна из Сторон не уведомит другую Сторону не "
        ...     "менее чем за 6 месяцев до истечения соответствующего периода")
        >>> rus.term, rus.renewal, rus.status_on("01.01.2017").value
        (Term.span(years=5), Renewal(years=5, months=0, notice_months=6), 'in force')

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
        if isinstance(renewal, str):  # "на тот же срок": the term's own length
            renewal = Renewal.parse(renewal, term=to_term(term) if term is not None else None)
        return cls(
            title,
            bodies,
            areas=areas,
            signed_on=signed_on,
            entry=(
                EntryIntoForce.on_signing()
                if entry is None
                else EntryIntoForce.parse(entry)
                if isinstance(entry, str)
                else entry
            ),
            term=term,
            renewal=renewal,
            registered_on=registered_on,
            draft=draft,
        )

    # ---- changed copies ------------------------------------------------------------------

    def _with(self, event: AgreementEvent) -> Agreement:
        return attrs.evolve(self, events=(*self.events, event))

    def signed(self, on: date | PartialDate | str) -> Agreement:
        """This draft (or agreement signed on a day not recorded), signed on *on*.

        Raises:
            ValidationError: the agreement already has a signing date.
        """
        if self.signing is not None:
            raise ValidationError(
                f"is already {self.signing}", cls="Agreement", field="signed_on", value=on
            )
        return attrs.evolve(
            self, signed_on=as_partial_date(on, cls="Agreement", field="signed_on"), signed_in=None
        )

    def entered_into_force(self, on: date | PartialDate | str) -> Agreement:
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
        day = as_partial_date(on, cls="Agreement", field="on")
        return attrs.evolve(self, entry=attrs.evolve(self.entry, on=day, within=None))

    def registered(self, on: date | str) -> Agreement:
        """This agreement with its state registration recorded on *on*."""
        return attrs.evolve(
            self, registered_on=as_date(on, cls="Agreement", field="registered_on")
        )

    def amended(self, on: date | PartialDate | str, *, note: str = "") -> Agreement:
        """This agreement with an amendment (a protocol of changes) signed *on*."""
        day = as_partial_date(on, cls="Agreement", field="on")
        return self._with(AgreementEvent(AgreementEventKind.AMENDMENT, day, note=note))

    def suspended(
        self,
        on: date | PartialDate | str,
        *,
        by: GoverningBody | str | None = None,
        note: str = "",
    ) -> Agreement:
        """This agreement suspended from *on* (the first day suspended), by a party (a
        governing body or its name) if one did."""
        day = as_partial_date(on, cls="Agreement", field="on")
        actor = actor_of(self.parties, by, "suspended")
        return self._with(AgreementEvent(AgreementEventKind.SUSPENSION, day, by=actor, note=note))

    def resumed(self, on: date | PartialDate | str, *, note: str = "") -> Agreement:
        """This agreement in force again from *on*."""
        day = as_partial_date(on, cls="Agreement", field="on")
        return self._with(AgreementEvent(AgreementEventKind.RESUMPTION, day, note=note))

    def notice_given(
        self, on: date | PartialDate | str, *, by: GoverningBody | str, note: str = ""
    ) -> Agreement:
        """This agreement after *by* (a party, or its name) gave notice of non-renewal on *on*.

        In time, the agreement ends with its current span; late, with the next one.

        >>> deal = Agreement.between("A", "Government of the Leningrad Region",
        ...     "Administration of the Kursk Region", signed_on="12.05.2016", term="5 years",
        ...     renewal="for successive 5-year periods unless a party gives 6 months' notice")
        >>> deal.notice_given("01.10.2020", by="Administration of the Kursk Region").ends_on
        datetime.date(2021, 5, 11)
        """
        day = as_partial_date(on, cls="Agreement", field="on")
        actor = actor_of(self.parties, by, "notice_given")
        return self._with(AgreementEvent(AgreementEventKind.NOTICE, day, by=actor, note=note))

    def terminated(
        self,
        on: date | PartialDate | str,
        *,
        by: GoverningBody | str | None = None,
        effective_on: date | PartialDate | str | None = None,
        note: str = "",
    ) -> Agreement:
        """This agreement terminated on *on*, ceasing to be in force from *effective_on*.

        Args:
            on: the day of the decision or the notice of termination.
            by: the party that terminated it (a governing body or its name); None for
                termination by mutual consent.
            effective_on: the first day it is no longer in force (default: *on*).
        """
        day = as_partial_date(on, cls="Agreement", field="on")
        effective = (
            day
            if effective_on is None
            else as_partial_date(effective_on, cls="Agreement", field="effective_on")
        )
        actor = actor_of(self.parties, by, "terminated")
        return self._with(
            AgreementEvent(
                AgreementEventKind.TERMINATION, day, effective_on=effective, by=actor, note=note
            )
        )

    def superseded(
        self,
        on: date | PartialDate | str,
        *,
        by: Agreement | str,
        effective_on: date | PartialDate | str | None = None,
    ) -> Agreement:
        """This agreement replaced by another (an agreement or its title) from *on*.

        Args:
            on: the day the successor was concluded.
            by: the superseding agreement.
            effective_on: the first day this one is no longer in force; by default
                the successor's entry into force, else *on*.
        """
        day = as_partial_date(on, cls="Agreement", field="on")
        if isinstance(by, Agreement):
            title = by.title
            successor_start = by.enters_into_force_on
        elif isinstance(by, str):
            title, successor_start = by, None
        else:
            raise WrongTypeError(
                "must be an Agreement or its title", cls="Agreement", field="by", value=by
            )
        effective = day
        if effective_on is not None:
            effective = as_partial_date(effective_on, cls="Agreement", field="effective_on")
        elif successor_start is not None and successor_start > day.latest:
            effective = PartialDate.of(successor_start)
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
    held = items(agreements, Agreement, cls="parties_of", field="agreements")
    return frozenset(p for a in held for p in a.parties)
