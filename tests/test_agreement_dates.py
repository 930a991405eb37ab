"""Agreements with dates as sources give them: statuses known where the precision decides
them, UNKNOWN where it does not; and the lifecycle questions (notice windows, locked-in
renewals) at their boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regionrel.agreements import (
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    AgreementStatus,
    EntryIntoForce,
    Renewal,
    Term,
)
from regionrel.dates import PartialDate
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.relations.agreement import NoticeWindow
from regionrel.serialize import from_dict, to_dict
from tests.strategies.relations import KURSK, LENINGRAD, agreements, days

S = AgreementStatus
PARTIES = (LENINGRAD, KURSK)
FIVE_YEARLY = Renewal(years=5, notice_months=6)


def d(text: str) -> date:
    return date.fromisoformat(text)


def deal(**kwargs: object) -> Agreement:
    return Agreement("Agreement on cooperation", PARTIES, **kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- partial signing


def test_signed_in_a_year() -> None:
    a = deal(signed_on="2018", term="5 years")
    assert a.signed_on is None
    assert a.signed_in == PartialDate(2018)
    assert a.signing == PartialDate(2018)
    assert a.is_signed
    assert a.status_on(d("2017-12-31")) is S.DRAFT
    assert a.status_on(d("2018-01-01")) is S.UNKNOWN
    assert a.status_on(d("2018-06-01")) is S.UNKNOWN
    assert a.status_on(d("2018-12-31")) is S.IN_FORCE  # signed by then whatever the day
    assert a.status_on(d("2019-03-01")) is S.IN_FORCE
    # the five years end some day in 2022-12-31 .. 2023-12-30
    assert a.status_on(d("2022-12-30")) is S.IN_FORCE
    assert a.status_on(d("2023-06-01")) is S.UNKNOWN
    assert a.status_on(d("2023-12-31")) is S.EXPIRED
    assert a.ends_on is None
    assert a.ends_between() == (d("2022-12-31"), d("2023-12-30"))
    assert a.enters_into_force_on is None
    assert not a.in_force_on(d("2018-06-01"))
    assert a.periods_in_force() == [
        __import__("regionrel.periods", fromlist=["Period"]).Period(
            d("2018-12-31"), d("2022-12-31")
        )
    ]


def test_signed_in_a_month_awaiting_entry_by_notification() -> None:
    a = deal(
        signed_on="мая 2019 года",
        entry=EntryIntoForce.after("the last notification", on="01.09.2019"),
        term="5 years",
    )
    assert a.signing == PartialDate(2019, 5)
    assert a.status_on(d("2019-04-30")) is S.DRAFT
    assert a.status_on(d("2019-05-15")) is S.UNKNOWN
    assert a.status_on(d("2019-06-01")) is S.SIGNED  # signed, not yet in force
    assert a.status_on(d("2019-09-01")) is S.IN_FORCE
    assert a.enters_into_force_on == d("2019-09-01")
    assert a.ends_on == d("2024-08-31")


def test_exact_dates_keep_their_answers() -> None:
    a = deal(signed_on="12.05.2016", term="5 years")
    assert a.signed_on == d("2016-05-12")
    assert a.signed_in is None
    assert a.signing == PartialDate(2016, 5, 12)
    assert a.ends_between() == (d("2021-05-11"), d("2021-05-11"))
    # a partial date and its day agree
    assert deal(signed_on=d("2016-05-12"), signed_in="2016", term="5 years") == a
    with pytest.raises(ValidationError, match="must lie within signed_in 2017"):
        deal(signed_on=d("2016-05-12"), signed_in="2017")


def test_renewals_under_a_partial_signing() -> None:
    a = deal(signed_on="2018", term="5 years", renewal=FIVE_YEARLY)
    assert a.status_on(d("2030-01-01")) is S.IN_FORCE
    assert a.expires_on(d("2020-01-01")) is None  # the span ends on a day the data leaves open
    assert a.notice_deadline(d("2020-01-01")) is None
    assert a.renewal_locked_in(d("2020-01-01")) is False  # no reading has passed the deadline
    # signed on 1 January, the first span has ended; on 30 June, its deadline has passed
    assert a.renewal_locked_in(d("2023-01-01")) is None
    may = deal(signed_on="May 2018", term="5 years", renewal=FIVE_YEARLY)
    # deadlines 2022-10-30 .. 2022-11-30, spans ending 2023-04-30 .. 2023-05-30
    assert may.renewal_locked_in(d("2022-10-30")) is False
    assert may.renewal_locked_in(d("2022-11-15")) is None
    assert may.renewal_locked_in(d("2022-12-01")) is True
    assert may.earliest_end(d("2022-12-01")) is None  # the next span's end: a day left open


def test_a_termination_known_to_the_year() -> None:
    a = deal(signed_on="12.05.2016").terminated("2021")
    event = a.events[0]
    assert event.on is None
    assert event.when == PartialDate(2021)
    assert event.effective == PartialDate(2021)
    assert str(event) == "termination in 2021"
    assert a.status_on(d("2020-12-31")) is S.IN_FORCE
    assert a.status_on(d("2021-06-01")) is S.UNKNOWN
    assert a.status_on(d("2022-01-01")) is S.TERMINATED
    assert a.ends_between() == (d("2020-12-31"), d("2021-12-30"))


def test_a_termination_by_month_within_the_year_of_signing() -> None:
    # signed in 2018, terminated effective 1 March 2018: so signed by then
    a = deal(signed_on="2018").terminated("01.03.2018")
    assert a.status_on(d("2018-03-01")) is S.TERMINATED
    assert a.status_on(d("2018-02-01")) is S.UNKNOWN
    assert a.status_on(d("2017-12-31")) is S.DRAFT


def test_partial_dates_round_trip_through_serialize() -> None:
    a = deal(signed_on="2018", term="5 years", entry=EntryIntoForce.on_date("2019")).terminated(
        "May 2021"
    )
    assert from_dict(Agreement, to_dict(a)) == a
    assert to_dict(deal(signed_on="12.05.2016"))["signed_on"] == "2016-05-12"


def test_entry_into_force_known_to_the_year() -> None:
    entry = EntryIntoForce.on_date("2019")
    assert entry.on is None
    assert entry.when == PartialDate(2019)
    assert str(entry) == "in 2019"
    assert repr(entry) == "EntryIntoForce.on_date('2019')"
    a = deal(signed_on="01.06.2018", entry=entry, term="1 year")
    assert a.status_on(d("2018-12-31")) is S.SIGNED
    assert a.status_on(d("2019-06-01")) is S.UNKNOWN
    assert a.status_on(d("2020-01-01")) is S.UNKNOWN  # in force, or expired after a year
    assert a.status_on(d("2021-01-01")) is S.EXPIRED


def test_too_many_readings_are_refused() -> None:
    base = deal(signed_on="2018", term="5 years", renewal=FIVE_YEARLY)
    a = base.suspended("2020").resumed("2021").suspended("2022")  # 365 * 8 readings
    assert a.status_on(d("2022-12-31")) is S.SUSPENDED
    with pytest.raises(ValidationError, match=r"too many readings \(5840, more than 4096\)"):
        a.resumed("2023")


# --------------------------------------------------------------------------- signed, date unknown


def test_signed_on_a_day_not_recorded() -> None:
    a = deal(draft=False, term="5 years")
    assert a.is_signed
    assert a.signing is None
    assert a.status_on(d("2000-01-01")) is S.UNKNOWN
    assert a.status_on(d("2030-01-01")) is S.UNKNOWN
    ended = a.terminated("01.03.2020", by=KURSK)
    assert ended.status_on(d("2020-02-29")) is S.UNKNOWN
    assert ended.status_on(d("2020-03-01")) is S.TERMINATED
    fixed = deal(draft=False, entry=EntryIntoForce.on_date("01.01.2019"))
    assert fixed.status_on(d("2018-12-31")) is S.UNKNOWN
    assert fixed.status_on(d("2019-01-01")) is S.IN_FORCE
    dated = a.signed("2017")
    assert dated.signing == PartialDate(2017)
    assert [
        f.code for f in deal(draft=False, entry=EntryIntoForce.after("approval")).findings()
    ] == ["entry-pending"]


def test_a_draft_is_still_a_draft() -> None:
    assert deal().status_on(d("2030-01-01")) is S.DRAFT
    assert deal(draft=True).status_on(d("2030-01-01")) is S.DRAFT
    assert not deal().is_signed
    with pytest.raises(ValidationError) as err:
        deal(draft=True, signed_on="2018")
    assert str(err.value) == (
        "Agreement: 'draft' cannot be True for an agreement signed in 2018 (got True)"
    )


def test_terminating_an_unsigned_agreement_names_the_missing_signing() -> None:
    with pytest.raises(ValidationError) as err:
        deal().terminated("01.03.2020")
    assert str(err.value) == (
        "Agreement: 'events' cannot hold the termination on 2020-03-01: the agreement has "
        "no signing date (it is a draft); record its signing first, or pass draft=False "
        "for one signed on a day the sources do not give (got datetime.date(2020, 3, 1))"
    )


# --------------------------------------------------------------------------- the invariant


def _coarse(day: date, precision: str) -> PartialDate:
    return PartialDate(day.year) if precision == "year" else PartialDate(day.year, day.month)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agreements(), st.sampled_from(["year", "month"]), days)
def test_a_partial_status_never_contradicts_an_exact_one(
    exact: Agreement, precision: str, day: date
) -> None:
    assert exact.signed_on is not None
    partial = attrs.evolve(exact, signed_on=_coarse(exact.signed_on, precision))
    answer = partial.status_on(day)
    readings = set()
    assert partial.signing is not None
    first, last = partial.signing.earliest, partial.signing.latest
    for offset in range((last - first).days + 1):
        try:
            reading = attrs.evolve(exact, signed_on=first + timedelta(days=offset))
        except ValidationError:
            continue  # a reading the rest of the data rules out
        readings.add(reading.status_on(day))
    assert exact.status_on(day) in readings
    if len(readings) == 1:
        assert answer is readings.pop()
    else:
        assert answer is S.UNKNOWN


# --------------------------------------------------------------------------- notice and lock-in


@pytest.fixture
def fifth() -> Agreement:
    """Signed 12.05.2016 for 5 years, renewing for 5-year periods on 6 months' notice."""
    return Agreement.between(
        "Agreement",
        LENINGRAD,
        KURSK,
        signed_on="12.05.2016",
        term="5 years",
        renewal=FIVE_YEARLY,
    )


def test_renewal_locked_in_at_the_notice_deadline(fifth: Agreement) -> None:
    assert fifth.notice_deadline(d("2020-11-11")) == d("2020-11-11")
    assert fifth.renewal_locked_in(d("2020-11-11")) is False
    assert fifth.renewal_locked_in(d("2020-11-12")) is True
    assert fifth.expires_on(d("2020-11-12")) == d("2021-05-11")  # the current span's end
    assert fifth.earliest_end(d("2020-11-12")) == d("2026-05-11")
    assert fifth.earliest_end(d("2020-11-11")) == d("2021-05-11")
    # the new span: not locked in again until its own deadline
    assert fifth.renewal_locked_in(d("2021-05-12")) is False
    assert fifth.renewal_locked_in(d("2016-01-01")) is False  # not signed yet


def test_notice_window_says_which_span(fifth: Agreement) -> None:
    current = fifth.notice_window(d("2020-11-11"))
    assert current == NoticeWindow(
        deadline=d("2020-11-11"), span=0, span_ends_on=d("2021-05-11"), current_span=0
    )
    assert not current.locks_in
    later = fifth.notice_window(d("2020-11-12"))
    assert later is not None
    assert (later.deadline, later.span, later.current_span) == (d("2025-11-11"), 1, 0)
    assert later.locks_in
    assert str(later) == (
        "notice by 2025-11-11 ends the agreement on 2026-05-11 "
        "(span 1; the renewal of span 0 is locked in)"
    )


def test_no_lock_in_once_notice_is_given_or_for_fixed_terms(fifth: Agreement) -> None:
    noticed = fifth.notice_given(d("2020-06-01"), by=KURSK)
    assert noticed.renewal_locked_in(d("2020-12-01")) is False
    assert noticed.notice_window(d("2020-12-01")) is None
    assert noticed.earliest_end(d("2020-12-01")) == d("2021-05-11")
    plain = deal(signed_on="12.05.2016", term="5 years")
    assert plain.renewal_locked_in(d("2020-12-01")) is False
    assert plain.earliest_end(d("2020-12-01")) == d("2021-05-11")


def test_notice_deadline_at_the_end_of_the_calendar(fifth: Agreement) -> None:
    assert fifth.notice_deadline(date(9999, 12, 31)) is None
    assert fifth.notice_window(date(9999, 12, 31)) is None
    assert fifth.renewal_locked_in(date(9999, 12, 31)) is False
    assert fifth.notice_deadline(date(9990, 1, 1)) == d("9990-11-11")
    # the span a notice would end runs past 31.12.9999: no last day the calendar holds
    with pytest.raises(ValidationError) as err:
        fifth.notice_given(date(9999, 12, 30), by=KURSK)
    assert str(err.value) == (
        "Agreement: 'events' cannot record a notice of non-renewal on 9999-12-30: the span it "
        "would end runs past the calendar's last day (9999-12-31), so no last day in force can "
        "be given (got 'notice of non-renewal on 9999-12-30')"
    )
    assert fifth.expires_on(date(9999, 12, 30)) is None  # that span's end is past the calendar
    assert fifth.earliest_end(date(9999, 12, 30)) is None


def test_an_end_on_the_calendars_last_day_is_an_end() -> None:
    last = date.max
    # a fixed term that ends on 31.12.9999
    fixed = deal(signed_on="01.01.2020", term=Term.fixed("2020-9999"))
    assert fixed.ends_on == last
    assert fixed.ends_between() == (last, last)
    assert fixed.status_on(last) is S.IN_FORCE
    assert fixed.expires_on(d("2030-01-01")) == last
    assert fixed.earliest_end(d("2030-01-01")) == last
    assert fixed.ending is not None
    assert (fixed.ending.how.value, fixed.ending.last_day) == ("expiry", last)
    # a span of years that ends on it, counted from the first of January
    span = deal(signed_on="01.01.9995", term="5 years")
    assert span.ends_on == last
    assert span.status_on(last) is S.IN_FORCE
    # a renewal that ends on it after notice of non-renewal
    renewing = deal(signed_on="01.01.9990", term="5 years", renewal=FIVE_YEARLY)
    assert renewing.expires_on(d("9995-01-01")) == last
    window = renewing.notice_window(d("9995-01-01"))
    assert window is not None
    assert (window.deadline, window.span_ends_on) == (d("9999-06-30"), last)
    ended = renewing.notice_given(d("9995-01-01"), by=KURSK)
    assert ended.ends_on == last
    assert ended.status_on(last) is S.IN_FORCE
    assert ended.expires_on(d("9995-01-02")) == last
    assert ended.earliest_end(d("9995-01-02")) == last
    assert ended.ending is not None
    assert (ended.ending.how.value, ended.ending.last_day) == ("non-renewal", last)
    # and a termination that takes effect on it leaves the day before in force
    cut = renewing.terminated(d("9999-01-01"), effective_on=last)
    assert cut.ends_on == d("9999-12-30")
    assert cut.status_on(last) is S.TERMINATED


def test_a_term_that_runs_past_the_calendar_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        deal(signed_on="02.01.9995", term="5 years")
    assert str(err.value) == (
        "Agreement: 'term' must end by the calendar's last day (9999-12-31): in force from "
        "9995-01-02, 5 years runs past it (got Term.span(years=5))"
    )


@settings(max_examples=50, deadline=None)
@given(st.dates(min_value=date(2016, 5, 12), max_value=date(9999, 12, 31)))
def test_lock_in_agrees_with_the_window_and_notice(day: date) -> None:
    fifth = Agreement.between(
        "A", LENINGRAD, KURSK, signed_on="12.05.2016", term="5 years", renewal=FIVE_YEARLY
    )
    window = fifth.notice_window(day)
    locked = fifth.renewal_locked_in(day)
    if window is None:
        assert locked is False
        return
    assert window.deadline >= day
    assert locked is window.locks_in
    # notice given on that day ends the agreement at the end of the window's span
    ended = fifth.notice_given(day, by=KURSK)
    assert ended.ends_on == window.span_ends_on
    if not locked:
        assert fifth.expires_on(day) == window.span_ends_on


def test_event_needs_a_date() -> None:
    with pytest.raises(ValidationError, match="'on' must be given"):
        AgreementEvent(AgreementEventKind.AMENDMENT, None)
    event = AgreementEvent(AgreementEventKind.AMENDMENT, None, within="2020")
    assert event.when == PartialDate(2020)
    assert Term.span(years=1).end_for(d("2020-01-01")) == d("2020-12-31")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agreements(), st.sampled_from(["year", "month"]), days)
def test_a_partial_ending_never_contradicts_the_days_in_it(
    exact: Agreement, precision: str, day: date
) -> None:
    ends = [
        i
        for i, e in enumerate(exact.events)
        if e.kind in (AgreementEventKind.TERMINATION, AgreementEventKind.SUPERSESSION)
    ]
    if not ends:
        return
    index = ends[0]
    event = exact.events[index]
    assert event.effective_on is not None
    month = _coarse(event.effective_on, precision)

    def with_effective(value: date | PartialDate) -> Agreement:
        changed = attrs.evolve(event, effective_on=value, effective_within=None)
        return attrs.evolve(
            exact, events=(*exact.events[:index], changed, *exact.events[index + 1 :])
        )

    partial = with_effective(month)
    readings = set()
    for offset in range((month.latest - month.earliest).days + 1):
        try:
            reading = with_effective(month.earliest + timedelta(days=offset))
        except ValidationError:
            continue
        readings.add(reading.status_on(day))
    assert exact.status_on(day) in readings
    answer = partial.status_on(day)
    if len(readings) == 1:
        assert answer is readings.pop()
    else:
        assert answer is S.UNKNOWN


def test_agreement_field_errors() -> None:
    with pytest.raises(WrongTypeError) as err:
        deal(draft="no")
    assert str(err.value) == "Agreement: 'draft' must be True, False or None (got 'no')"
    with pytest.raises(ValidationError) as reg:
        deal(registered_on="01.01.2019")
    assert str(reg.value) == (
        "Agreement: 'registered_on' must not be given for an agreement not signed "
        "(got datetime.date(2019, 1, 1))"
    )
    with pytest.raises(ValidationError) as early:
        deal(signed_on="2019", registered_on="01.06.2018")
    assert "must not be before signing on 2019" in str(early.value)
    with pytest.raises(ValidationError, match="at least two distinct parties"):
        Agreement("A", ())


def test_questions_before_signing_and_ranges() -> None:
    a = deal(signed_on="2018", term="5 years", renewal=FIVE_YEARLY)
    assert a.ends_between() is None  # renews itself in every reading
    assert a.expires_on(d("2017-06-01")) is None
    assert a.earliest_end(d("2017-06-01")) is None
    fixed = deal(signed_on="01.03.2018", term="2018-2020")
    assert fixed.ends_between() == (d("2020-12-31"), d("2020-12-31"))


def test_event_ranges_that_are_not_ranges() -> None:
    from regionrel.events import Event, EventKind

    with pytest.raises(ValueError, match="parse_period"):
        Event(EventKind.FORUM, "F", "17-19 2025")
    with pytest.raises(ValueError, match="parse_period"):
        Event(EventKind.FORUM, "F", "31-19.02.2025")  # no 31 February
    with pytest.raises(ValueError, match="parse_period"):
        Event(EventKind.FORUM, "F", "17-19.xx.2025")


def test_draft_false_is_redundant_with_a_signing_date() -> None:
    dated = deal(signed_on="2016", draft=False)
    assert dated.draft is None
    assert dated == deal(signed_on="2016")
    undated = Agreement.between(
        "A",
        "Government of the Leningrad Region",
        "Administration of the Kursk Region",
        draft=False,
    )
    assert undated.status_on(d("2020-01-01")) is S.UNKNOWN


# --------------------------------------------------------------------------- how it ends


def test_ending_names_the_legal_ground() -> None:
    from regionrel.relations import Ending, EndingKind

    base = deal(signed_on="12.05.2016", term="5 years", renewal=FIVE_YEARLY)
    assert base.ending is None  # renews itself
    assert deal(signed_on="12.05.2016").ending is None  # open-ended
    expiry = deal(signed_on="12.05.2016", term="5 years").ending
    assert expiry == Ending(EndingKind.EXPIRY, last_day=d("2021-05-11"))
    assert expiry is not None
    assert expiry.by is None
    assert str(expiry) == "expiry, last day in force 2021-05-11"
    notice = base.notice_given("01.10.2020", by=KURSK).ending
    assert notice is not None
    assert (notice.how, notice.by, notice.last_day) == (
        EndingKind.NON_RENEWAL,
        KURSK,
        d("2021-05-11"),
    )
    ended = base.terminated("01.03.2019", by=LENINGRAD, effective_on="01.09.2019").ending
    assert ended is not None
    assert (ended.how, ended.by, ended.last_day) == (
        EndingKind.TERMINATION,
        LENINGRAD,
        d("2019-08-31"),
    )
    mutual = base.terminated("01.03.2019").ending
    assert mutual is not None
    assert mutual.by is None
    replaced = base.superseded("01.03.2019", by="New agreement").ending
    assert replaced is not None
    assert (replaced.how, replaced.successor) == (EndingKind.SUPERSESSION, "New agreement")
    # notice, then an earlier termination: the termination ends it
    both = (
        base.notice_given("01.10.2020", by=KURSK)
        .terminated("01.11.2020", by=KURSK, effective_on="01.12.2020")
        .ending
    )
    assert both is not None
    assert both.how is EndingKind.TERMINATION


def test_ending_under_partial_dates() -> None:
    from regionrel.relations import EndingKind

    late = deal(signed_on="12.05.2016").terminated("2021")
    assert late.ending is not None
    assert (late.ending.how, late.ending.last_day) == (EndingKind.TERMINATION, None)
    assert str(late.ending) == "termination"
    # terminated in 2021, before the five-year term ran out in May (or it could not be)
    before = deal(signed_on="12.05.2016", term="5 years").terminated("2021")
    assert before.ending is not None
    assert (before.ending.how, before.ending.last_day) == (EndingKind.TERMINATION, None)
    assert before.status_on(d("2021-05-12")) is S.TERMINATED
    assert before.status_on(d("2021-03-01")) is S.UNKNOWN
    assert before.ends_between() == (d("2020-12-31"), d("2021-05-10"))
    # signed in 2016, for five years, ended by notice in 2021 or by its term: open
    renewing = deal(signed_on="2016", term="5 years", renewal=FIVE_YEARLY)
    assert renewing.ending is None


def test_a_party_that_acts_may_be_named() -> None:
    renewing = deal(signed_on="12.05.2016", term="5 years", renewal=FIVE_YEARLY)
    named = renewing.notice_given(d("2020-10-01"), by="Administration of the  Kursk Region")
    assert named == renewing.notice_given(d("2020-10-01"), by=KURSK)
    assert renewing.terminated(d("2020-10-01"), by=KURSK.name).events[0].by == KURSK
    assert renewing.suspended(d("2020-10-01"), by=KURSK.name).events[0].by == KURSK
    with pytest.raises(WrongTypeError) as err:
        renewing.terminated(d("2020-10-01"), by=5)  # type: ignore[arg-type]
    assert str(err.value) == (
        "Agreement.terminated: 'by' must be a GoverningBody, its name or None (got 5)"
    )
    with pytest.raises(ValidationError, match="must be an act of a party"):
        renewing.notice_given(d("2020-10-01"), by="Government of the Republic of Tatarstan")
