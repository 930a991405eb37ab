"""Agreements: their lifecycle at every boundary, their rules and their findings."""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Callable
from datetime import date, datetime, timedelta

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from regionrel.agreements import (
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    AgreementStatus,
    EntryIntoForce,
    EntryMode,
    LifecycleWarning,
    RegistrationWarning,
    RelationsFinding,
    Renewal,
    SubjectArea,
    Term,
    TermKind,
    parties_of,
)
from regionrel.errors import ParseError, ValidationError, WrongTypeError
from regionrel.periods import Period
from regionrel.regions import GoverningBody
from tests.strategies.relations import (
    CRIMEA,
    FERGANA,
    KURSK,
    LENINGRAD,
    agreements,
    days,
    lifecycle_agreements,
)

S = AgreementStatus
ONE = timedelta(days=1)


def d(text: str) -> date:
    return date.fromisoformat(text)


def around(agreement: Agreement, boundary: str) -> tuple[AgreementStatus, AgreementStatus]:
    """The status on the day before *boundary* and on *boundary* itself."""
    day = d(boundary)
    return agreement.status_on(day - ONE), agreement.status_on(day)


# --------------------------------------------------------------------------- 5 years, 1-year renewals


@pytest.fixture
def yearly() -> Agreement:
    return Agreement(
        "Agreement on trade and economic cooperation",
        (LENINGRAD, KURSK),
        areas="trade and economic, scientific and technical, social and cultural cooperation",
        signed_on=d("2015-03-10"),
        term="5 years",
        renewal=Renewal(years=1, notice_months=6),
    )


def test_five_years_with_yearly_renewals_boundaries(yearly: Agreement) -> None:
    assert around(yearly, "2015-03-10") == (S.DRAFT, S.IN_FORCE)
    # the initial term ends on 2020-03-09; the renewal starts the next day with no gap
    assert around(yearly, "2020-03-10") == (S.IN_FORCE, S.IN_FORCE)
    assert yearly.expires_on(d("2015-03-10")) == d("2020-03-09")
    assert yearly.expires_on(d("2020-03-09")) == d("2020-03-09")
    assert yearly.expires_on(d("2020-03-10")) == d("2021-03-09")
    assert yearly.expires_on(d("2033-07-01")) == d("2034-03-09")
    assert yearly.expires_on(d("2015-03-09")) is None  # not signed yet
    assert yearly.ends_on is None
    assert yearly.periods_in_force(until=d("2030-01-01")) == [
        Period(d("2015-03-10"), d("2030-01-01"))
    ]
    assert yearly.periods_in_force()[0].end == date.max


def test_notice_deadline_is_six_months_before_the_last_day(yearly: Agreement) -> None:
    assert yearly.notice_deadline(d("2014-01-01")) is None  # not signed yet: no known start
    assert yearly.notice_deadline(d("2019-09-09")) == d("2019-09-09")
    assert yearly.notice_deadline(d("2019-09-10")) == d("2020-09-09")
    assert yearly.notice_deadline(d("2015-03-10")) == d("2019-09-09")


def test_notice_in_time_ends_the_current_span(yearly: Agreement) -> None:
    ended = yearly.notice_given(d("2019-09-09"), by=KURSK)
    assert around(ended, "2020-03-10") == (S.IN_FORCE, S.TERMINATED)
    assert ended.expires_on(d("2019-09-09")) == d("2020-03-09")
    assert ended.expires_on(d("2019-09-08")) == d("2020-03-09")  # notice not known yet
    assert ended.ends_on == d("2020-03-09")
    assert ended.notice_deadline(d("2019-09-09")) is None
    assert ended.notice_deadline(d("2019-09-08")) == d("2019-09-09")
    assert ended.periods_in_force() == [Period(d("2015-03-10"), d("2020-03-09"))]


def test_late_notice_takes_effect_at_the_next_expiry(yearly: Agreement) -> None:
    late = yearly.notice_given(d("2019-09-10"), by=KURSK)
    assert around(late, "2020-03-10") == (S.IN_FORCE, S.IN_FORCE)
    assert around(late, "2021-03-10") == (S.IN_FORCE, S.TERMINATED)
    assert late.expires_on(d("2019-09-10")) == d("2021-03-09")


def test_notice_during_a_renewed_span(yearly: Agreement) -> None:
    notice = yearly.notice_given(d("2022-09-09"), by=LENINGRAD)
    assert around(notice, "2023-03-10") == (S.IN_FORCE, S.TERMINATED)
    late = yearly.notice_given(d("2022-09-10"), by=LENINGRAD)
    assert around(late, "2024-03-10") == (S.IN_FORCE, S.TERMINATED)


# --------------------------------------------------------------------------- 5-year renewals


def test_five_year_renewals_are_counted_from_entry_into_force() -> None:
    leap = Agreement(
        "Agreement on cooperation",
        (LENINGRAD, CRIMEA),
        signed_on=d("2016-02-20"),
        entry=EntryIntoForce.on_date("29.02.2016"),
        term=Term.span(years=5),
        renewal=Renewal(years=5, notice_months=3),
    )
    assert around(leap, "2016-02-29") == (S.SIGNED, S.IN_FORCE)
    assert around(leap, "2016-02-20") == (S.DRAFT, S.SIGNED)
    # 2016-02-29 + 5 years is 2021-02-28: the term ends the day before
    assert leap.expires_on(d("2016-02-29")) == d("2021-02-27")
    assert leap.expires_on(d("2021-02-28")) == d("2026-02-27")
    # no drift from clipping: 20 years on is a leap year again
    assert leap.expires_on(d("2035-01-01")) == d("2036-02-28")
    assert leap.notice_deadline(d("2021-02-28")) == d("2025-11-27")
    assert leap.notice_deadline(d("2025-11-28")) == d("2030-11-27")
    ended = leap.notice_given(d("2025-11-27"), by=CRIMEA)
    assert around(ended, "2026-02-28") == (S.IN_FORCE, S.TERMINATED)
    late = leap.notice_given(d("2025-11-28"), by=CRIMEA)
    assert around(late, "2031-02-28") == (S.IN_FORCE, S.TERMINATED)


def test_renewal_of_a_fixed_term_starts_the_day_after_it() -> None:
    fixed = Agreement(
        "Agreement",
        (LENINGRAD, KURSK),
        signed_on=d("2018-03-01"),
        term="2018-2020",
        renewal=Renewal(years=0, months=18),
    )
    assert fixed.expires_on(d("2020-12-31")) == d("2020-12-31")
    assert fixed.expires_on(d("2021-01-01")) == d("2022-06-30")
    assert fixed.expires_on(d("2022-07-01")) == d("2023-12-31")
    assert fixed.notice_deadline(d("2018-03-01")) == d("2020-12-31")  # no notice months


# --------------------------------------------------------------------------- fixed term, pending entry


@pytest.fixture
def crimea_agreement() -> Agreement:
    return Agreement(
        "Cooperation Agreement between the Government of the Leningrad Region and the "
        "Council of Ministers of the Republic of Crimea",
        [LENINGRAD, CRIMEA],
        signed_on=d("2018-05-15"),
        entry=EntryIntoForce.after("approval by the Legislative Assembly", on="01.06.2018"),
        term=Term.fixed("2018-2021"),
    )


def test_fixed_term_boundaries(crimea_agreement: Agreement) -> None:
    a = crimea_agreement
    assert around(a, "2018-05-15") == (S.DRAFT, S.SIGNED)
    assert around(a, "2018-06-01") == (S.SIGNED, S.IN_FORCE)
    assert around(a, "2022-01-01") == (S.IN_FORCE, S.EXPIRED)
    assert a.status_on(date.max) is S.EXPIRED
    assert a.status_on(date.min) is S.DRAFT
    assert a.status_on("31.12.2021") is S.IN_FORCE
    assert a.expires_on(d("2018-05-20")) == d("2021-12-31")
    assert a.expires_on(d("2030-01-01")) == d("2021-12-31")
    assert a.notice_deadline(d("2019-01-01")) is None
    assert a.periods_in_force() == [Period(d("2018-06-01"), d("2021-12-31"))]
    assert a.ends_on == d("2021-12-31")
    assert a.is_interregional
    assert not a.is_international


def test_pending_entry_into_force_stays_signed() -> None:
    pending = Agreement(
        "Agreement",
        (LENINGRAD, KURSK),
        signed_on=d("2018-05-15"),
        entry=EntryIntoForce.after("the last notification"),
        term="3 years",
    )
    assert pending.status_on(date.max) is S.SIGNED
    assert pending.expires_on(d("2030-01-01")) is None
    assert pending.periods_in_force() == []
    assert [f.code for f in pending.findings()] == ["entry-pending"]
    done = pending.entered_into_force("10.09.2018")
    assert around(done, "2018-09-10") == (S.SIGNED, S.IN_FORCE)
    assert around(done, "2021-09-10") == (S.IN_FORCE, S.EXPIRED)
    assert done.findings() == ()
    # terminated before it ever entered into force
    gone = pending.terminated("01.08.2018")
    assert around(gone, "2018-08-01") == (S.SIGNED, S.TERMINATED)


def test_a_draft_is_a_draft_on_every_date() -> None:
    draft = Agreement("Draft agreement", (LENINGRAD, KURSK), term="5 years")
    assert draft.status_on(date.max) is S.DRAFT
    assert draft.enters_into_force_on is None
    assert draft.expires_on(d("2020-01-01")) is None
    signed = draft.signed("01.02.2019")
    assert around(signed, "2019-02-01") == (S.DRAFT, S.IN_FORCE)


# --------------------------------------------------------------------------- terminated, superseded


def test_terminated_with_a_suspension_between() -> None:
    base = Agreement("Agreement", (LENINGRAD, KURSK), signed_on=d("2010-04-01"))
    a = (
        base.suspended(d("2014-03-01"), by=KURSK, note="sanctions")
        .resumed(d("2015-03-01"))
        .amended(d("2016-01-15"), note="new areas")
        .terminated(d("2019-06-10"), by=KURSK, effective_on=d("2019-12-10"))
    )
    assert around(a, "2010-04-01") == (S.DRAFT, S.IN_FORCE)
    assert around(a, "2014-03-01") == (S.IN_FORCE, S.SUSPENDED)
    assert around(a, "2015-03-01") == (S.SUSPENDED, S.IN_FORCE)
    assert around(a, "2019-12-10") == (S.IN_FORCE, S.TERMINATED)
    assert not a.in_force_on(d("2014-06-01"))
    assert a.in_force_on(d("2019-12-09"))
    assert a.periods_in_force() == [
        Period(d("2010-04-01"), d("2014-02-28")),
        Period(d("2015-03-01"), d("2019-12-09")),
    ]
    assert a.periods_in_force(until=d("2014-12-31")) == [Period(d("2010-04-01"), d("2014-02-28"))]
    assert a.expires_on(d("2019-06-09")) is None  # open-ended, termination not yet given
    assert a.expires_on(d("2019-06-10")) == d("2019-12-09")
    assert [e.kind for e in a.events] == [
        AgreementEventKind.SUSPENSION,
        AgreementEventKind.RESUMPTION,
        AgreementEventKind.AMENDMENT,
        AgreementEventKind.TERMINATION,
    ]
    assert str(a.events[-1]) == "termination on 2019-06-10, effective 2019-12-10"


def test_suspended_when_it_expires_is_expired_after() -> None:
    a = Agreement("A", (LENINGRAD, KURSK), signed_on=d("2018-01-01"), term="2018-2019")
    a = a.suspended(d("2019-06-01"))
    assert around(a, "2020-01-01") == (S.SUSPENDED, S.EXPIRED)
    assert a.periods_in_force() == [Period(d("2018-01-01"), d("2019-05-31"))]
    assert [f.code for f in a.findings()] == ["suspended-indefinitely"]


def test_superseded_by_a_new_agreement() -> None:
    old = Agreement(
        "Agreement of 2012",
        (LENINGRAD, KURSK),
        signed_on=d("2012-07-01"),
        term=Term.span(years=5),
        renewal=Renewal(years=1, notice_months=6),
    )
    new = Agreement(
        "Agreement of 2019",
        (LENINGRAD, KURSK),
        signed_on=d("2019-05-20"),
        entry=EntryIntoForce.on_date(d("2019-07-01")),
    )
    a = old.superseded(d("2019-05-20"), by=new)
    assert around(a, "2019-07-01") == (S.IN_FORCE, S.SUPERSEDED)
    assert a.events[-1].successor == "Agreement of 2019"
    assert a.expires_on(d("2019-05-20")) == d("2019-06-30")
    assert a.notice_deadline(d("2019-05-20")) is None
    by_title = old.superseded("20.05.2019", by="Agreement of 2019", effective_on="21.05.2019")
    assert around(by_title, "2019-05-21") == (S.IN_FORCE, S.SUPERSEDED)
    # a termination may bring an end set by notice forward, not push it back
    noticed = old.notice_given(d("2019-01-05"), by=KURSK)
    assert noticed.ends_on == d("2020-06-30")
    sooner = noticed.terminated(d("2019-02-01"), effective_on=d("2019-03-01"))
    assert around(sooner, "2019-03-01") == (S.IN_FORCE, S.TERMINATED)


# --------------------------------------------------------------------------- hard rules


def _raises(build: Callable[[], object]) -> str:
    with pytest.raises((ValidationError, WrongTypeError, ParseError)) as caught:
        build()
    return str(caught.value)


def _base(**changes: object) -> Agreement:
    fields: dict[str, object] = {"signed_on": d("2018-02-01"), "term": "5 years"}
    fields.update(changes)
    return Agreement("A", (LENINGRAD, KURSK), **fields)  # type: ignore[arg-type]


BAD: list[tuple[str, Callable[[], object], str]] = [
    (
        "one party",
        lambda: Agreement("A", (LENINGRAD,)),
        "Agreement: 'parties' must name at least two distinct parties: the Government of "
        "the Leningrad Region is the only one named (got 'Government of the Leningrad Region')",
    ),
    (
        "a party agreeing with itself",
        lambda: Agreement("A", (LENINGRAD, LENINGRAD)),
        "Agreement: 'parties' must name at least two distinct parties: the Government of "
        "the Leningrad Region cannot agree with itself "
        "(got 'Government of the Leningrad Region')",
    ),
    (
        "a party twice",
        lambda: Agreement("A", (LENINGRAD, KURSK, LENINGRAD)),
        "Agreement: 'parties' must not name a party twice "
        "(got 'Government of the Leningrad Region')",
    ),
    (
        "not a body",
        lambda: Agreement("A", (LENINGRAD, "Kursk")),
        "Agreement: 'parties' must hold GoverningBody values (got 'Kursk')",
    ),
    (
        "parties not a sequence",
        lambda: Agreement("A", LENINGRAD),
        "Agreement: 'parties' must be a sequence of GoverningBody (got GoverningBody(name="
        "'Government of the Leningrad Region', region=Region.of_subdiv...)",
    ),
    (
        "empty title",
        lambda: Agreement(" ", (LENINGRAD, KURSK)),
        "Agreement: 'title' must not be empty (got ' ')",
    ),
    (
        "title type",
        lambda: Agreement(7, (LENINGRAD, KURSK)),  # type: ignore[arg-type]
        "Agreement: 'title' must be a str (got 7)",
    ),
    (
        "entry before signing",
        lambda: _base(entry=EntryIntoForce.on_date(d("2018-01-01"))),
        "Agreement: 'entry' must not be before signing on 2018-02-01 (got datetime.date(2018, 1, 1))",
    ),
    (
        "entry date on a draft",
        lambda: _base(signed_on=None, entry=EntryIntoForce.on_date(d("2018-01-01"))),
        "Agreement: 'entry' cannot have a date of entry into force before the agreement is signed "
        "(got datetime.date(2018, 1, 1))",
    ),
    (
        "term ends before entry",
        lambda: _base(term="2015-2017"),
        "Agreement: 'term' must not end before entry into force on 2018-02-01 (got '2015-2017')",
    ),
    (
        "renewal of an open-ended term",
        lambda: _base(term=None, renewal=Renewal(years=1)),
        "Agreement: 'renewal' cannot apply to an open-ended term (automatically for successive "
        "1-year spans unless a party gives notice) (got Renewal(years=1, months=0, notice_months=0))",
    ),
    (
        "events out of order",
        lambda: _base().amended(d("2019-05-01")).amended(d("2019-04-01")),
        "Agreement: 'events' must be in date order: the amendment on 2019-04-01 follows the "
        "amendment on 2019-05-01 (got datetime.date(2019, 4, 1))",
    ),
    (
        "event before signing",
        lambda: _base().amended(d("2018-01-31")),
        "Agreement: 'events' must not be dated before signing on 2018-02-01: amendment on "
        "2018-01-31 (got datetime.date(2018, 1, 31))",
    ),
    (
        "notice after termination",
        lambda: (
            _base(renewal=Renewal(years=1, notice_months=6))
            .terminated(d("2019-01-01"), effective_on=d("2019-06-01"))
            .notice_given(d("2019-02-01"), by=KURSK)
        ),
        "Agreement: 'events' cannot record a notice of non-renewal on 2019-02-01: the agreement "
        "is already terminated from 2019-06-01 (got 'notice of non-renewal on 2019-02-01')",
    ),
    (
        "notice without renewal",
        lambda: _base().notice_given(d("2019-02-01"), by=KURSK),
        "Agreement: 'events' cannot record a notice of non-renewal: the agreement does not renew "
        "itself (got 'notice of non-renewal on 2019-02-01')",
    ),
    (
        "notice before the start is known",
        lambda: _base(
            entry=EntryIntoForce.after("ratification"), renewal=Renewal(years=1)
        ).notice_given(d("2019-02-01"), by=KURSK),
        "Agreement: 'events' cannot record a notice of non-renewal before the date of entry "
        "into force is known (got 'notice of non-renewal on 2019-02-01')",
    ),
    (
        "event after expiry",
        lambda: _base().amended(d("2023-02-01")),
        "Agreement: 'events' cannot record a amendment on 2023-02-01: the agreement is expired "
        "then (got 'amendment on 2023-02-01')",
    ),
    (
        "termination after expiry",
        lambda: _base().terminated(d("2022-12-01"), effective_on=d("2023-03-01")),
        "Agreement: 'events' cannot take effect on 2023-03-01: the agreement is already expired "
        "from 2023-02-01 (got 'termination on 2022-12-01, effective 2023-03-01')",
    ),
    (
        "resumption while in force",
        lambda: _base().resumed(d("2019-01-01")),
        "Agreement: 'events' cannot record a resumption on 2019-01-01: the agreement is in force "
        "then (got 'resumption on 2019-01-01')",
    ),
    (
        "suspension while suspended",
        lambda: _base().suspended(d("2019-01-01")).suspended(d("2019-02-01")),
        "Agreement: 'events' cannot record a suspension on 2019-02-01: the agreement is "
        "suspended then (got 'suspension on 2019-02-01')",
    ),
    (
        "an outsider acts",
        lambda: _base().terminated(d("2019-01-01"), by=CRIMEA),
        "Agreement: 'events' must be an act of a party, not of 'Council of Ministers of the "
        "Republic of Crimea' (got 'termination on 2019-01-01')",
    ),
    (
        "effective before the termination",
        lambda: _base().terminated(d("2019-01-01"), effective_on=d("2018-12-01")),
        "AgreementEvent: 'effective_on' must not be before the termination itself on 2019-01-01 "
        "(got datetime.date(2018, 12, 1))",
    ),
    (
        "signed twice",
        lambda: _base().signed(d("2019-01-01")),
        "Agreement: 'signed_on' is already 2018-02-01 (got datetime.date(2019, 1, 1))",
    ),
    (
        "entered into force without awaiting",
        lambda: _base().entered_into_force(d("2019-01-01")),
        "Agreement: 'entry' does not await an event: it enters into force on signing "
        "(got datetime.date(2019, 1, 1))",
    ),
    (
        "registered before signing",
        lambda: _base().registered(d("2018-01-01")),
        "Agreement: 'registered_on' must not be before signing on 2018-02-01 "
        "(got datetime.date(2018, 1, 1))",
    ),
    (
        "signed on a month that does not exist",
        lambda: _base(signed_on="13.2018"),
        "Agreement: 'signed_on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018': there is no month 13 "
        "(got '13.2018')",
    ),
    (
        "signed on a non-date",
        lambda: _base(signed_on=2018),
        "Agreement: 'signed_on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018' (got 2018)",
    ),
    (
        "signed on a datetime",
        lambda: _base(signed_on=datetime(2018, 2, 1, 9, 30)),
        "Agreement: 'signed_on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018', not a datetime: pass value.date() "
        "(got datetime.datetime(2018, 2, 1, 9, 30))",
    ),
    (
        "registered on a non-date",
        lambda: _base(registered_on=[2018]),
        "Agreement: 'registered_on' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12' (got [2018] that is a list)",
    ),
    (
        "status on a datetime",
        lambda: _base().status_on(datetime(2019, 1, 1)),
        "Agreement: 'day' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12', not a datetime: pass value.date() "
        "(got datetime.datetime(2019, 1, 1, 0, 0))",
    ),
    (
        "status on a day that does not exist",
        lambda: _base().status_on("31.02.2019"),
        "Agreement: 'day' must be a datetime.date or a date's text such as '12.01.2021' or '2021-01-12': is not a date that exists: February 2019 has 28 days "
        "(got '31.02.2019')",
    ),
    (
        "areas not a set",
        lambda: _base(areas=5),
        "Agreement: 'areas' must be a set of SubjectArea or a phrase (got 5)",
    ),
    (
        "unknown area",
        lambda: _base(areas="trade and space cooperation"),
        "SubjectArea: has a word that is not a subject area (got 'trade and space cooperation', "
        "stopped at position 10 before 'space cooperation')",
    ),
    (
        "term type",
        lambda: _base(term=5),
        "Term: 'term' must be a Term, a Period, text or None (got 5)",
    ),
    (
        "superseded by a number",
        lambda: _base().superseded(d("2019-01-01"), by=5),  # type: ignore[arg-type]
        "Agreement: 'by' must be an Agreement or its title (got 5)",
    ),
    (
        "events not a sequence",
        lambda: _base(events=5),
        "Agreement: 'events' must be a sequence of AgreementEvent (got 5)",
    ),
    (
        "events hold another type",
        lambda: _base(events=["amended"]),
        "Agreement: 'events' must hold AgreementEvent values (got 'amended')",
    ),
]


@pytest.mark.parametrize(("case", "build", "message"), BAD, ids=[case for case, _, _ in BAD])
def test_bad_agreements_raise_exact_errors(
    case: str, build: Callable[[], object], message: str
) -> None:
    assert _raises(build) == message


def test_every_date_field_reads_a_dates_text_day_first() -> None:
    by_date = _base(registered_on=d("2018-03-05")).amended(d("2019-01-12"))
    by_text = Agreement(
        "A",
        (LENINGRAD, KURSK),
        signed_on="01.02.2018",
        term="5 years",
        registered_on="05.03.2018",
        events=[AgreementEvent(AgreementEventKind.AMENDMENT, "12.01.2019")],
    )
    assert by_text == by_date
    assert by_text.signed_on == d("2018-02-01")
    assert by_text.events[0].on == d("2019-01-12")
    event = AgreementEvent(AgreementEventKind.TERMINATION, "10.01.2020", effective_on="2020-07-10")
    assert (event.on, event.effective_on) == (d("2020-01-10"), d("2020-07-10"))
    pending = EntryIntoForce(EntryMode.AFTER_EVENT, "01.02.2019", "the last notification")
    assert pending == EntryIntoForce.after("the last notification", on=d("2019-02-01"))
    assert EntryIntoForce(EntryMode.ON_DATE, "01.01.2019").on == d("2019-01-01")


def test_errors_leave_the_original_untouched(yearly: Agreement) -> None:
    with pytest.raises(ValidationError):
        yearly.resumed(d("2016-01-01"))
    assert yearly.events == ()


BAD_PARTS: list[tuple[Callable[[], object], str]] = [
    (lambda: Term.span(), "Term: 'years' must be longer than zero (got 0)"),
    (lambda: Term.span(years=-1), "Term: 'years' must not be negative (got -1)"),
    (lambda: Term.span(years=True), "Term: 'years' must be an int (got True)"),
    (
        lambda: Term(TermKind.OPEN_ENDED, 2),
        "Term: 'years' must be 0 for a term that is open-ended (got 2)",
    ),
    (lambda: Term(TermKind.FIXED), "Term: 'period' must be a Period for a fixed term (got None)"),
    (
        lambda: Term(TermKind.SPAN, 1, period=Period.year(2018)),
        "Term: 'period' must be None for a term that is span (got Period.year(2018))",
    ),
    (
        lambda: Term.parse("several years"),
        "Term: has a number that is not understood (got 'several years')",
    ),
    (
        lambda: Term.parse("for ever and ever"),
        "Term: is not a term: a span such as '5 years', a period such as '2018-2021', or "
        "'open-ended' (got 'for ever and ever')",
    ),
    (lambda: Term.parse(5), "Term: 'text' must be a str (got 5)"),  # type: ignore[arg-type]
    (lambda: Renewal(years=0), "Renewal: 'years' must renew for a span longer than zero (got 0)"),
    (
        lambda: Renewal(notice_months=-6),
        "Renewal: 'notice_months' must not be negative (got -6)",
    ),
    (
        lambda: EntryIntoForce(EntryMode.ON_SIGNING, d("2018-01-01")),
        "EntryIntoForce: 'on' must be None when the agreement enters into force on signing "
        "(got datetime.date(2018, 1, 1))",
    ),
    (
        lambda: EntryIntoForce(EntryMode.ON_DATE),
        "EntryIntoForce: 'on' must be a date when entry into force is on a fixed date (got None)",
    ),
    (
        lambda: EntryIntoForce.after(" "),
        "EntryIntoForce: 'event' must name the event after which the agreement enters into force "
        "(got ' ')",
    ),
    (
        lambda: EntryIntoForce(EntryMode.ON_DATE, d("2018-01-01"), "x"),
        "EntryIntoForce: 'event' must be None when the agreement enters into force on a fixed "
        "date (got 'x')",
    ),
    (
        lambda: EntryIntoForce(EntryMode.AFTER_EVENT, None, 5),  # type: ignore[arg-type]
        "EntryIntoForce: 'event' must be a str or None (got 5)",
    ),
    (
        lambda: AgreementEvent(AgreementEventKind.TERMINATION, d("2018-01-01")),
        "AgreementEvent: 'effective_on' must be given for a termination (got None)",
    ),
    (
        lambda: AgreementEvent(
            AgreementEventKind.AMENDMENT, d("2018-01-01"), effective_on=d("2018-01-01")
        ),
        "AgreementEvent: 'effective_on' must be None for a amendment (got datetime.date(2018, 1, 1))",
    ),
    (
        lambda: AgreementEvent(
            AgreementEventKind.SUPERSESSION, d("2018-01-01"), effective_on=d("2018-01-01")
        ),
        "AgreementEvent: 'successor' must name the superseding agreement (got None)",
    ),
    (
        lambda: AgreementEvent(AgreementEventKind.AMENDMENT, d("2018-01-01"), successor="B"),
        "AgreementEvent: 'successor' must be None for a amendment (got 'B')",
    ),
    (
        lambda: AgreementEvent(AgreementEventKind.AMENDMENT, 2018),  # type: ignore[arg-type]
        "AgreementEvent: 'on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018' (got 2018)",
    ),
    (
        lambda: AgreementEvent(AgreementEventKind.AMENDMENT, datetime(2018, 1, 1)),
        "AgreementEvent: 'on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018', not a datetime: pass value.date() "
        "(got datetime.datetime(2018, 1, 1, 0, 0))",
    ),
    (
        lambda: AgreementEvent(
            AgreementEventKind.TERMINATION,
            d("2018-01-01"),
            effective_on=20180101,  # type: ignore[arg-type]
        ),
        "AgreementEvent: 'effective_on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018' (got 20180101)",
    ),
    (
        lambda: EntryIntoForce.on_date(datetime(2019, 1, 1)),
        "EntryIntoForce: 'on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018', not a datetime: pass value.date() "
        "(got datetime.datetime(2019, 1, 1, 0, 0))",
    ),
    (
        lambda: EntryIntoForce.after("ratification", on=2019),  # type: ignore[arg-type]
        "EntryIntoForce: 'on' must be a datetime.date, a PartialDate or a date's text such as '12.05.2019', 'May 2019' or '2018' (got 2019)",
    ),
    (
        lambda: SubjectArea.parse("social and cultural"),
        "SubjectArea: must name exactly one subject area (got 'social and cultural')",
    ),
    (
        lambda: SubjectArea.parse("cooperation"),
        "SubjectArea: names no subject area (got 'cooperation')",
    ),
    (lambda: SubjectArea.parse(3), "SubjectArea: 'text' must be a str (got 3)"),  # type: ignore[arg-type]
    (
        lambda: SubjectArea.coerce(3),
        "SubjectArea: 'area' must be a SubjectArea or its name (got 3)",
    ),
]


@pytest.mark.parametrize(("build", "message"), BAD_PARTS)
def test_bad_parts_raise_exact_errors(build: Callable[[], object], message: str) -> None:
    text = _raises(build)
    if message.endswith(": "):
        assert text.startswith(message)
    else:
        assert text == message


# --------------------------------------------------------------------------- parts


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("5 years", Term.span(years=5)),
        ("five years", Term.span(years=5)),
        ("for a term of 3 years", Term.span(years=3)),
        ("1 year and 6 months", Term.span(years=1, months=6)),
        ("18 months", Term.span(months=18)),
        ("2018-2021", Term.fixed(Period.span(2018, 2021))),
        ("for 2018-2020", Term.fixed(Period.span(2018, 2020))),
        ("open-ended", Term.open_ended()),
        ("indefinitely", Term.open_ended()),
        ("бессрочно", Term.open_ended()),
    ],
)
def test_term_parse(text: str, term: Term) -> None:
    assert Term.parse(text) == term
    assert Term.parse(str(term)) == term


def test_term_reprs_and_coercion() -> None:
    assert repr(Term.span(years=5)) == "Term.span(years=5)"
    assert repr(Term.span(years=1, months=6)) == "Term.span(years=1, months=6)"
    assert repr(Term.fixed(2019)) == "Term.fixed('2019')"
    assert repr(Term.open_ended()) == "Term.open_ended()"
    assert Term.coerce(Period.year(2019)) == Term.fixed(2019)
    assert Term.coerce(None) == Term.open_ended()
    assert Term.open_ended().end_for(d("2019-01-01")) is None
    assert Term.span(years=5).end_for(date.max) == date.max


def test_renewal_and_entry_texts() -> None:
    assert str(Renewal(years=5, notice_months=1)) == (
        "automatically for successive 5-year spans unless a party gives 1 month's notice"
    )
    assert str(Renewal(years=1, months=6, notice_months=3)) == (
        "automatically for successive 1-year-6-month spans unless a party gives 3 months' notice"
    )
    assert str(EntryIntoForce.on_signing()) == "on signing"
    assert repr(EntryIntoForce.on_signing()) == "EntryIntoForce.on_signing()"
    assert str(EntryIntoForce.on_date("01.01.2019")) == "on 2019-01-01"
    assert (
        repr(EntryIntoForce.on_date("01.01.2019"))
        == "EntryIntoForce.on_date(datetime.date(2019, 1, 1))"
    )
    assert repr(EntryIntoForce.after("x", on="01.01.2019")) == (
        "EntryIntoForce.after('x', on=datetime.date(2019, 1, 1))"
    )
    assert str(EntryIntoForce.after("ratification")) == "after ratification"


def test_subject_areas() -> None:
    assert SubjectArea.parse_many("trade, economic and humanitarian cooperation") == {
        SubjectArea.TRADE_AND_ECONOMIC,
        SubjectArea.HUMANITARIAN,
    }
    assert SubjectArea.parse_many("торгово-экономическое и культурное сотрудничество") == {
        SubjectArea.TRADE_AND_ECONOMIC,
        SubjectArea.CULTURAL,
    }
    assert SubjectArea.coerce(SubjectArea.HEALTH) is SubjectArea.HEALTH
    a = _base(areas=["tourism", SubjectArea.EDUCATION])
    assert a.areas == {SubjectArea.TOURISM, SubjectArea.EDUCATION}


def test_international_agreement_findings_and_warnings() -> None:
    fergana = Agreement("Agreement with Fergana", (LENINGRAD, FERGANA), signed_on=d("2019-04-01"))
    assert fergana.is_international
    (finding,) = fergana.findings()
    assert finding.code == "unregistered"
    assert str(finding) == (
        "Agreement with Fergana: is an international agreement (a party outside Russia: "
        "Khokimiyat of the Fergana Region), so Federal Law No. 4-FZ of 04.01.1999 expects state "
        "registration, but none is recorded"
    )
    with pytest.warns(RegistrationWarning, match="4-FZ"):
        finding.warn()
    assert fergana.registered("10.06.2019").findings() == ()
    odd = _base(registered_on=d("2018-03-01"))
    assert [f.code for f in odd.findings()] == ["registered-interregional"]
    assert odd.findings()[0].category is RegistrationWarning
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LifecycleWarning)
        RelationsFinding("x", "y", "z", LifecycleWarning).warn()


def test_parties_of_and_hashing(yearly: Agreement) -> None:
    assert parties_of([yearly]) == {LENINGRAD, KURSK}
    assert hash(yearly) == hash(attrs.evolve(yearly))
    assert yearly == attrs.evolve(yearly)
    assert str(yearly) == "Agreement on trade and economic cooperation"


# --------------------------------------------------------------------------- properties


@given(agreements(), days)
def test_status_is_defined_for_every_date_and_in_force_agrees(a: Agreement, day: date) -> None:
    status = a.status_on(day)
    assert isinstance(status, AgreementStatus)
    assert a.in_force_on(day) == (status is S.IN_FORCE)
    if any(p.start <= day <= p.end for p in a.periods_in_force()):
        assert status is S.IN_FORCE
    elif a.signed_on is not None and day >= a.signed_on:
        assert status is not S.IN_FORCE


@given(agreements(), days)
def test_a_dates_text_means_the_date_itself(a: Agreement, day: date) -> None:
    day_first = f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    assert a.status_on(day_first) is a.status_on(day)
    assert a.status_on(day.isoformat()) is a.status_on(day)
    event = AgreementEvent(AgreementEventKind.AMENDMENT, day_first)
    assert event == AgreementEvent(AgreementEventKind.AMENDMENT, day)


@given(agreements(), days, days)
def test_an_ended_agreement_stays_ended(a: Agreement, one: date, two: date) -> None:
    first, second = sorted((one, two))
    if a.status_on(first).has_ended:
        assert a.status_on(second) is a.status_on(first)


@given(lifecycle_agreements)
def test_no_renewal_starts_before_the_previous_span_ends(a: Agreement) -> None:
    fresh = attrs.evolve(a, events=())
    start = fresh.enters_into_force_on
    assert start is not None
    end = fresh.expires_on(start)
    for _ in range(6):
        assert end is not None
        if end == date.max:
            break
        following = fresh.expires_on(end + ONE)
        assert following is not None
        assert following > end
        assert fresh.status_on(end + ONE) is S.IN_FORCE
        end = following


@given(lifecycle_agreements, st.integers(0, 4000))
def test_notice_on_the_deadline_ends_the_current_span(a: Agreement, offset: int) -> None:
    fresh = attrs.evolve(a, events=())
    start = fresh.enters_into_force_on
    assert start is not None
    assert fresh.signed_on is not None
    as_of = fresh.signed_on + timedelta(days=offset)
    deadline = fresh.notice_deadline(as_of)
    assert deadline is not None
    assert deadline >= as_of
    assert a.renewal is not None
    if deadline >= date.max - timedelta(days=40000):
        return
    in_time = fresh.notice_given(deadline, by=a.parties[0])
    assert in_time.ends_on is not None
    # the deadline is the notice period before the last day of the span it stops
    assert in_time.ends_on + relativedelta(months=-a.renewal.notice_months) == deadline
    assert in_time.expires_on(deadline) == in_time.ends_on
    assert in_time.status_on(in_time.ends_on + ONE) is S.TERMINATED
    late = fresh.notice_given(deadline + ONE, by=a.parties[0])
    assert late.ends_on is not None
    assert late.ends_on > in_time.ends_on


@given(agreements())
def test_periods_in_force_are_ordered_and_apart(a: Agreement) -> None:
    periods = a.periods_in_force()
    for before, after in itertools.pairwise(periods):
        assert before.end + ONE < after.start
    for period in periods:
        assert a.in_force_on(period.start)
        assert a.in_force_on(period.end)
        if period.start > date.min:
            assert not a.in_force_on(period.start - ONE)


def test_a_suspension_lifted_the_day_it_began_leaves_no_gap() -> None:
    a = _base().suspended(d("2019-01-01")).resumed(d("2019-01-01"))
    assert a.status_on(d("2019-01-01")) is S.IN_FORCE
    assert a.periods_in_force() == [Period(d("2018-02-01"), d("2023-01-31"))]


@pytest.mark.parametrize(
    ("text", "renewal"),
    [
        (
            "automatically extended for successive five-year periods unless either party "
            "notifies the other in writing six months before expiry",
            Renewal(years=5, notice_months=6),
        ),
        ("for 1 year, unless a party gives notice", Renewal(years=1)),
        ("for successive 2-year terms with 1 year's notice", Renewal(years=2, notice_months=12)),
        (
            "for 18 months each time, notice 3 months before",
            Renewal(years=0, months=18, notice_months=3),
        ),
        ("for a further several years or 2 years", Renewal(years=2)),
    ],
)
def test_renewal_parse(text: str, renewal: Renewal) -> None:
    assert Renewal.parse(text) == renewal
    assert Renewal.parse(str(renewal)) == renewal


def test_renewal_parse_errors() -> None:
    with pytest.raises(ParseError) as caught:
        Renewal.parse("unless a party gives 6 months' notice")
    assert str(caught.value) == (
        "Renewal: names no span of renewal such as '1 year' or 'five-year' "
        '(got "unless a party gives 6 months\' notice")'
    )
    with pytest.raises(WrongTypeError, match="Renewal: 'text' must be a str"):
        Renewal.parse(5)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="is not a term"):
        Term.parse("0 years")
    with pytest.raises(WrongTypeError) as wrong:
        _base(areas=frozenset({"trade"}))
    assert str(wrong.value) == "Agreement: 'areas' must hold SubjectArea values (got 'trade')"


def test_between_reads_parties_dates_term_and_renewal() -> None:
    deal = Agreement.between(
        "Agreement on cooperation",
        "Government of the Leningrad Region",
        GoverningBody.parse("Council of Ministers of the Republic of Crimea"),
        signed_on="18.06.2015",
        term="2015-2019",
        renewal="for successive 1-year periods unless a party gives 3 months' notice",
        areas="trade and economic, cultural cooperation",
        registered_on="01.07.2015",
    )
    assert deal.parties[0].region.iso_code == "RU-LEN"
    assert deal.expires_on("01.01.2020") == d("2020-12-31")
    assert deal.notice_deadline("01.01.2020") == d("2020-09-30")
    assert deal.registered_on == d("2015-07-01")
    assert deal.areas == {SubjectArea.TRADE_AND_ECONOMIC, SubjectArea.CULTURAL}
    plain = Agreement.between("A", LENINGRAD, KURSK)
    assert plain.signed_on is None
    assert plain.entry == EntryIntoForce.on_signing()
    superseded = _base().superseded(d("2019-01-01"), by="New agreement")
    assert str(superseded.events[-1]) == "supersession on 2019-01-01 by 'New agreement'"
