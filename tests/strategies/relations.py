"""Hypothesis strategies for agreements, action plans and events."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from regionrel.agreements import Agreement, EntryIntoForce, Renewal, SubjectArea, Term
from regionrel.periods import Period
from regionrel.plans import Deadline, DeadlineKind
from regionrel.regions import GoverningBody, Region, RegionKind

__all__ = [
    "CRIMEA",
    "FERGANA",
    "KURSK",
    "LENINGRAD",
    "ORDINALS",
    "agreements",
    "body",
    "days",
    "deadlines",
    "lifecycle_agreements",
    "roman",
]


def body(name: str, kind: str = "Government", *, country: str | None = "RU") -> GoverningBody:
    """A governing body of a region built without the gazetteer."""
    region_kind = RegionKind.OBLAST if country == "RU" else RegionKind.SUBDIVISION
    if "Republic" in name:
        region_kind = RegionKind.REPUBLIC if country == "RU" else RegionKind.SUBDIVISION
    region = Region.of_subdivision(name, kind=region_kind, country=country)
    return GoverningBody.of(region, kind)


LENINGRAD = body("Leningrad Region")
KURSK = body("Kursk Region", "Administration")
CRIMEA = body("Republic of Crimea", "Council of Ministers")
FERGANA = body("Fergana Region", "Khokimiyat", country="UZ")

#: Dates across the whole calendar, weighted towards the years agreements live in.
days = st.one_of(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
    st.dates(),
)


@st.composite
def terms(draw: st.DrawFn, start: date) -> Term:
    kind = draw(st.sampled_from(["span", "fixed", "open"]))
    if kind == "span":
        years = draw(st.integers(0, 10))
        months = draw(st.integers(0 if years else 1, 24))
        return Term.span(years=years, months=months)
    if kind == "fixed":
        last = draw(st.integers(start.year, start.year + 10))
        return Term.fixed(Period.span(start.year, last))
    return Term.open_ended()


@st.composite
def agreements(draw: st.DrawFn) -> Agreement:
    """An agreement with any term, renewal, entry into force and a valid history."""
    signed = draw(st.dates(min_value=date(1995, 1, 1), max_value=date(2040, 12, 31)))
    entry_kind = draw(st.sampled_from(["signing", "date", "event", "pending"]))
    delay = timedelta(days=draw(st.integers(0, 400)))
    entry = {
        "signing": EntryIntoForce.on_signing(),
        "date": EntryIntoForce.on_date(signed + delay),
        "event": EntryIntoForce.after("the last notification", on=signed + delay),
        "pending": EntryIntoForce.after("approval by the legislature"),
    }[entry_kind]
    start = signed if entry.on is None else entry.on
    term = draw(terms(start))
    renewal = None
    if term.kind.name != "OPEN_ENDED" and draw(st.booleans()):
        years = draw(st.integers(0, 5))
        # notice longer than the term could never be given in time: the model refuses it
        if term.period is not None:
            end = term.period.end
            longest = max(0, (end.year - start.year) * 12 + end.month - start.month - 1)
        else:
            longest = term.years * 12 + term.months - 1
        renewal = Renewal(
            years=years,
            months=draw(st.integers(0 if years else 1, 12)),
            notice_months=draw(st.integers(0, min(12, longest))),
        )
    areas = draw(st.frozensets(st.sampled_from(SubjectArea)))
    parties = draw(
        st.sampled_from([(LENINGRAD, KURSK), (LENINGRAD, CRIMEA), (LENINGRAD, FERGANA)])
    )
    agreement = Agreement(
        "Agreement on cooperation",
        parties,
        areas=areas,
        signed_on=signed,
        entry=entry,
        term=term,
        renewal=renewal,
    )
    return draw(_histories(agreement))


def _act(agreement: Agreement, action: str, day: date, later: date) -> Agreement:
    if action == "suspend":
        return agreement.suspended(day)
    if action == "resume":
        return agreement.resumed(day)
    if action == "amend":
        return agreement.amended(day)
    if action == "terminate":
        return agreement.terminated(day, by=LENINGRAD, effective_on=later)
    if action == "supersede":
        return agreement.superseded(day, by="New agreement", effective_on=later)
    return agreement.notice_given(day, by=LENINGRAD)


@st.composite
def _histories(draw: st.DrawFn, agreement: Agreement) -> Agreement:
    """Add up to four events, each valid in the state the agreement is in on its day."""
    assert agreement.signed_on is not None
    day = agreement.signed_on
    for _ in range(draw(st.integers(0, 4))):
        day = day + timedelta(days=draw(st.integers(0, 900)))
        status = agreement.status_on(day)
        choices: list[str] = []
        if status.name == "IN_FORCE":
            choices.append("suspend")
        if status.name == "SUSPENDED":
            choices.append("resume")
        if not status.has_ended and status.name != "DRAFT":
            choices += ["amend", "terminate", "supersede"]
            if agreement.renewal is not None and agreement.ends_on is None:
                choices.append("notice")
        if not choices:
            break
        action = draw(st.sampled_from(choices))
        later = day + timedelta(days=draw(st.integers(0, 400)))
        ends = agreement.ends_on
        if ends is not None and later > ends:
            later = day
        try:
            agreement = _act(agreement, action, day, later)
        except ValueError:  # a terminal event past the natural end: keep the history so far
            break
    return agreement


#: Agreements with automatic renewal and a known entry into force.
lifecycle_agreements = agreements().filter(
    lambda a: a.renewal is not None and a.enters_into_force_on is not None
)


@st.composite
def deadlines(draw: st.DrawFn) -> Deadline:
    """A deadline of any kind, in the years plans run."""
    kind = draw(st.sampled_from(DeadlineKind))
    year = draw(st.integers(1995, 2040))
    if kind is DeadlineKind.DATE:
        return Deadline.on(draw(st.dates(date(year, 1, 1), date(year, 12, 31))))
    if kind is DeadlineKind.MONTH:
        return Deadline(kind, Period.month(year, draw(st.integers(1, 12))))
    if kind is DeadlineKind.QUARTER:
        return Deadline.quarter(year, draw(st.integers(1, 4)))
    if kind is DeadlineKind.YEAR:
        return Deadline.year(year)
    return Deadline(kind)


_FIRST_NINETEEN = [
    "Zeroth",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth",
    "Eighteenth",
    "Nineteenth",
]
_TENS = ["Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _ordinal(n: int) -> str:
    if n < 20:
        return _FIRST_NINETEEN[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens - 2][:-1] + "ieth"
    return f"{_TENS[tens - 2]}-{_FIRST_NINETEEN[unit].lower()}"


#: English ordinal words for 1 to 99, written independently of the library.
ORDINALS = {n: _ordinal(n) for n in range(1, 100)}


def roman(n: int) -> str:
    """*n* in Roman numerals."""
    out = []
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)
