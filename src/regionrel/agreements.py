"""Cooperation agreements between governments: their parties, terms and lifecycle.

An :class:`Agreement` is signed on a date, enters into force on signing, on a
fixed date or after a named event (approval by a regional legislature, the last
notification), runs for a term (a span of years or months, a fixed period, or
open-ended), may renew itself for successive spans unless a party gives notice
in time, and records later events (amendment, suspension, resumption, notice of
non-renewal, termination by one party, supersession by another agreement).

Its status is defined for every date:

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
>>> deal.status_on(date(2015, 3, 9)).value, deal.status_on(date(2015, 3, 10)).value
('draft', 'in force')
>>> deal.expires_on(date(2019, 1, 1)), deal.notice_deadline(date(2019, 1, 1))
(datetime.date(2020, 3, 9), datetime.date(2019, 9, 9))
>>> late = deal.notice_given(date(2019, 10, 1), by=kursk)
>>> late.expires_on(date(2019, 10, 1)), late.status_on(date(2021, 3, 10)).value
(datetime.date(2021, 3, 9), 'terminated')
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

import attrs
from dateutil.relativedelta import relativedelta

from regionrel._validators import instance_of, optional_instance_of
from regionrel.display import NotebookDisplay
from regionrel.errors import ParseError, RegionrelWarning, ValidationError, WrongTypeError
from regionrel.regions import GoverningBody

if TYPE_CHECKING:
    from regionrel.periods import Period

__all__ = [
    "Agreement",
    "AgreementEvent",
    "AgreementEventKind",
    "AgreementStatus",
    "EntryIntoForce",
    "EntryMode",
    "LifecycleWarning",
    "RegistrationWarning",
    "RelationsFinding",
    "RelationsWarning",
    "Renewal",
    "SubjectArea",
    "Term",
    "TermKind",
]

_ONE_DAY: Final = timedelta(days=1)
_RUSSIA: Final = "RU"


# --------------------------------------------------------------------------- warnings, findings


class RelationsWarning(RegionrelWarning):
    """The base of the warnings about agreements, action plans and events."""


class RegistrationWarning(RelationsWarning):
    """An international agreement of a region with no state registration recorded."""


class LifecycleWarning(RelationsWarning):
    """A legal but suspicious lifecycle: a plan outside its agreement's life, a stale notice."""


@attrs.frozen
class RelationsFinding:
    """A legal but suspicious state found in relations data.

    Args:
        code: a short stable identifier (``"unregistered"``, ``"plan-outside-agreement"``).
        message: the finding as an English sentence, naming the values involved.
        subject: the title of the agreement, plan or event it concerns.
        category: the warning class that :meth:`warn` emits.

    >>> finding = RelationsFinding("unregistered", "no state registration recorded", "Agreement X")
    >>> str(finding)
    'Agreement X: no state registration recorded'
    """

    #: A short stable identifier of the kind of finding.
    code: str
    #: The finding as an English sentence.
    message: str
    #: The title of what the finding concerns.
    subject: str
    #: The warning class :meth:`warn` emits.
    category: type[RelationsWarning] = RelationsWarning

    def __str__(self) -> str:
        return f"{self.subject}: {self.message}"

    def warn(self, stacklevel: int = 2) -> None:
        """Emit the finding as a warning of its category.

        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     RelationsFinding("x", "odd", "Plan").warn()
        >>> str(caught[0].message)
        'Plan: odd'
        """
        import warnings

        warnings.warn(str(self), self.category, stacklevel=stacklevel + 1)


# --------------------------------------------------------------------------- small helpers


def check_date(value: object, *, cls: str, field: str, optional: bool = False) -> date | None:
    """Return *value* if it is a plain :class:`datetime.date`, else raise.

    A :class:`datetime.datetime` is refused, since comparing one with a date fails.

    >>> check_date("2018", cls="Agreement", field="signed_on")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: Agreement: 'signed_on' must be a datetime.date (got '2018')
    """
    if value is None and optional:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        rule = "must be a datetime.date" + (" or None" if optional else "")
        raise WrongTypeError(rule, cls=cls, field=field, value=value)
    return value


def coerce_date(value: object, *, cls: str, field: str) -> date:
    """Return a date from a :class:`datetime.date` or text such as ``"12.01.2021"``.

    >>> coerce_date("12.01.2021", cls="Agreement", field="on")
    datetime.date(2021, 1, 12)
    """
    if isinstance(value, str):
        from regionrel.dates import parse_date

        return parse_date(value)
    result = check_date(value, cls=cls, field=field)
    assert result is not None
    return result


def _add(start: date, *, years: int = 0, months: int = 0) -> date:
    """``start`` plus a calendar span, or ``date.max`` past the end of the calendar."""
    try:
        result: date = start + relativedelta(years=years, months=months)
    except (ValueError, OverflowError):
        return date.max if years >= 0 and months >= 0 else date.min
    return result


def _day_before(day: date) -> date:
    return day if day == date.min else day - _ONE_DAY


def _last_day(start: date, *, years: int = 0, months: int = 0) -> date:
    """The last day of a span of years and months from *start* (the day before it recurs)."""
    after = _add(start, years=years, months=months)
    return date.max if after == date.max else after - _ONE_DAY


def _day_after(day: date) -> date:
    return day if day == date.max else day + _ONE_DAY


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _span_text(years: int, months: int) -> str:
    parts = []
    if years:
        parts.append(_count(years, "year"))
    if months:
        parts.append(_count(months, "month"))
    return " ".join(parts)


def _non_negative_int(cls: str) -> Any:
    def check(_inst: object, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise WrongTypeError("must be an int", cls=cls, field=attribute.name, value=value)
        if value < 0:
            raise ValidationError(
                "must not be negative", cls=cls, field=attribute.name, value=value
            )

    return check


# --------------------------------------------------------------------------- enums


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

_SUBJECT_WORDS: Final[dict[str, str]] = {
    "trade and economic": "TRADE_AND_ECONOMIC",
    "trade-economic": "TRADE_AND_ECONOMIC",
    "trade economic": "TRADE_AND_ECONOMIC",
    "economic": "TRADE_AND_ECONOMIC",
    "trade": "TRADE_AND_ECONOMIC",
    "scientific and technical": "SCIENTIFIC_AND_TECHNICAL",
    "scientific-technical": "SCIENTIFIC_AND_TECHNICAL",
    "science and technology": "SCIENTIFIC_AND_TECHNICAL",
    "scientific": "SCIENTIFIC_AND_TECHNICAL",
    "social": "SOCIAL",
    "cultural": "CULTURAL",
    "culture": "CULTURAL",
    "humanitarian": "HUMANITARIAN",
    "investment": "INVESTMENT",
    "investments": "INVESTMENT",
    "agro-industrial": "AGRO_INDUSTRIAL",
    "agroindustrial": "AGRO_INDUSTRIAL",
    "agro industrial": "AGRO_INDUSTRIAL",
    "agricultural": "AGRO_INDUSTRIAL",
    "tourism": "TOURISM",
    "tourist": "TOURISM",
    "education": "EDUCATION",
    "educational": "EDUCATION",
    "health": "HEALTH",
    "healthcare": "HEALTH",
    "health care": "HEALTH",
    "other": "OTHER",
    "торгово-экономическое": "TRADE_AND_ECONOMIC",
    "торгово-экономического": "TRADE_AND_ECONOMIC",
    "экономическое": "TRADE_AND_ECONOMIC",
    "научно-техническое": "SCIENTIFIC_AND_TECHNICAL",
    "научно-технического": "SCIENTIFIC_AND_TECHNICAL",
    "социальное": "SOCIAL",
    "социального": "SOCIAL",
    "культурное": "CULTURAL",
    "культурного": "CULTURAL",
    "гуманитарное": "HUMANITARIAN",
    "гуманитарного": "HUMANITARIAN",
    "инвестиционное": "INVESTMENT",
    "инвестиционного": "INVESTMENT",
}
_SUBJECT_FILLER: Final = frozenset(
    {"and", "or", "in", "the", "of", "fields", "field", "spheres", "sphere", "areas", "area",
     "cooperation", "co-operation", "on", "relations", "interaction", "и", "в", "сферах",
     "сфере", "областях", "области", "сотрудничество", "сотрудничества"}
)  # fmt: skip
_SUBJECT_RE: Final = re.compile(
    "|".join(
        r"(?<![\w-])" + re.escape(k) + r"(?![\w-])"
        for k in sorted(_SUBJECT_WORDS, key=len, reverse=True)
    ),
    re.IGNORECASE,
)


class SubjectArea(enum.Enum):
    """A field of cooperation an agreement or a measure covers.

    >>> sorted(a.value for a in SubjectArea.parse_many(
    ...     "trade and economic, scientific and technical, social and cultural cooperation"))
    ['cultural', 'scientific and technical', 'social', 'trade and economic']
    """

    TRADE_AND_ECONOMIC = "trade and economic"
    SCIENTIFIC_AND_TECHNICAL = "scientific and technical"
    SOCIAL = "social"
    CULTURAL = "cultural"
    HUMANITARIAN = "humanitarian"
    INVESTMENT = "investment"
    AGRO_INDUSTRIAL = "agro-industrial"
    TOURISM = "tourism"
    EDUCATION = "education"
    HEALTH = "health"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> SubjectArea:
        """Read one area, such as ``"agro-industrial"`` or ``"healthcare"``.

        Raises:
            ParseError: the text names no area, or more than one.

        >>> SubjectArea.parse("Healthcare")
        <SubjectArea.HEALTH: 'health'>
        """
        areas = cls._scan(text, field="text")
        if len(areas) != 1:
            raise ParseError("must name exactly one subject area", cls="SubjectArea", text=text)
        return areas[0]

    @classmethod
    def parse_many(cls, text: str) -> frozenset[SubjectArea]:
        """Read the areas of a phrase such as ``"trade, economic and cultural cooperation"``.

        Raises:
            ParseError: a word that is neither an area nor a joining word.
        """
        return frozenset(cls._scan(text, field="text"))

    @classmethod
    def coerce(cls, value: object) -> SubjectArea:
        """Return a :class:`SubjectArea` from itself or its name in text.

        >>> SubjectArea.coerce("tourism")
        <SubjectArea.TOURISM: 'tourism'>
        """
        if isinstance(value, SubjectArea):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        raise WrongTypeError(
            "must be a SubjectArea or its name", cls="SubjectArea", field="area", value=value
        )

    @classmethod
    def _scan(cls, text: str, *, field: str) -> list[SubjectArea]:
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="SubjectArea", field=field, value=text)
        found: list[SubjectArea] = []
        last = 0
        for match in _SUBJECT_RE.finditer(text):
            cls._check_filler(text, last, match.start())
            area = cls[_SUBJECT_WORDS[match.group(0).lower()]]
            if area not in found:
                found.append(area)
            last = match.end()
        cls._check_filler(text, last, len(text))
        if not found:
            raise ParseError("names no subject area", cls="SubjectArea", text=text)
        return found

    @staticmethod
    def _check_filler(text: str, start: int, end: int) -> None:
        for word in re.finditer(r"[\w-]+", text[start:end]):
            if word.group(0).lower() not in _SUBJECT_FILLER:
                raise ParseError(
                    "has a word that is not a subject area",
                    cls="SubjectArea",
                    text=text,
                    position=start + word.start(),
                )


# --------------------------------------------------------------------------- entry into force


class EntryMode(enum.Enum):
    """How an agreement enters into force."""

    ON_SIGNING = "on signing"
    ON_DATE = "on a fixed date"
    AFTER_EVENT = "after an event"


def _entry_on(inst: EntryIntoForce, _a: attrs.Attribute[date | None], value: object) -> None:
    check_date(value, cls="EntryIntoForce", field="on", optional=True)
    if inst.mode is EntryMode.ON_SIGNING and value is not None:
        raise ValidationError(
            "must be None when the agreement enters into force on signing",
            cls="EntryIntoForce",
            field="on",
            value=value,
        )
    if inst.mode is EntryMode.ON_DATE and value is None:
        raise ValidationError(
            "must be a date when entry into force is on a fixed date",
            cls="EntryIntoForce",
            field="on",
            value=value,
        )


def _entry_event(inst: EntryIntoForce, _a: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise WrongTypeError(
            "must be a str or None", cls="EntryIntoForce", field="event", value=value
        )
    if (inst.mode is EntryMode.AFTER_EVENT) != bool(value and value.strip()):
        rule = (
            "must name the event after which the agreement enters into force"
            if inst.mode is EntryMode.AFTER_EVENT
            else f"must be None when the agreement enters into force {inst.mode.value}"
        )
        raise ValidationError(rule, cls="EntryIntoForce", field="event", value=value)


@attrs.frozen
class EntryIntoForce:
    """When an agreement enters into force: on signing, on a date, or after an event.

    An event may still be pending: its date is then ``None`` and the agreement
    stays signed but not in force until :meth:`Agreement.entered_into_force`
    records the date.

    >>> EntryIntoForce.after("approval by the Legislative Assembly")
    EntryIntoForce.after('approval by the Legislative Assembly')
    >>> str(EntryIntoForce.after("the last notification", on=date(2019, 2, 1)))
    'after the last notification (2019-02-01)'
    """

    #: How the agreement enters into force.
    mode: EntryMode = attrs.field(validator=instance_of(EntryMode), default=EntryMode.ON_SIGNING)
    #: The date of entry into force, for ON_DATE and a completed AFTER_EVENT.
    on: date | None = attrs.field(default=None, validator=_entry_on)
    #: The event awaited, for AFTER_EVENT.
    event: str | None = attrs.field(default=None, validator=_entry_event)

    @classmethod
    def on_signing(cls) -> EntryIntoForce:
        """Entry into force on the day of signing."""
        return cls(EntryMode.ON_SIGNING)

    @classmethod
    def on_date(cls, on: date | str) -> EntryIntoForce:
        """Entry into force on a fixed date (a date or text such as ``"01.01.2019"``)."""
        return cls(EntryMode.ON_DATE, coerce_date(on, cls="EntryIntoForce", field="on"))

    @classmethod
    def after(cls, event: str, *, on: date | str | None = None) -> EntryIntoForce:
        """Entry into force after a named event, on its date if it has happened."""
        day = None if on is None else coerce_date(on, cls="EntryIntoForce", field="on")
        return cls(EntryMode.AFTER_EVENT, day, event)

    @property
    def is_pending(self) -> bool:
        """Whether the awaited event has not happened yet."""
        return self.mode is EntryMode.AFTER_EVENT and self.on is None

    def __str__(self) -> str:
        if self.mode is EntryMode.ON_SIGNING:
            return "on signing"
        if self.mode is EntryMode.ON_DATE:
            return f"on {self.on}"
        return f"after {self.event}" + ("" if self.on is None else f" ({self.on})")

    def __repr__(self) -> str:
        if self.mode is EntryMode.ON_SIGNING:
            return "EntryIntoForce.on_signing()"
        if self.mode is EntryMode.ON_DATE:
            return f"EntryIntoForce.on_date({self.on!r})"
        on = "" if self.on is None else f", on={self.on!r}"
        return f"EntryIntoForce.after({self.event!r}{on})"


# --------------------------------------------------------------------------- term and renewal


class TermKind(enum.Enum):
    """The shape of an agreement's term."""

    SPAN = "span"
    FIXED = "fixed period"
    OPEN_ENDED = "open-ended"


_NUMBER_WORDS: Final = {
    w: i
    for i, w in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        )
    )
}
_SPAN_RE: Final = re.compile(
    r"^\s*(?:for\s+(?:a\s+(?:term|period)\s+of\s+)?)?(?:(?P<y>\w+)[\s-]+years?)?"
    r"(?:\s*(?:and\s+)?(?P<m>\w+)[\s-]+months?)?\s*$",
    re.IGNORECASE,
)
_OPEN_RE: Final = re.compile(
    r"^\s*(?:for\s+an?\s+)?(open[\s-]ended|indefinite(?:ly|\s+term|\s+period)?|unlimited"
    r"(?:\s+term|\s+period)?|бессрочно|бессрочный)\s*$",
    re.IGNORECASE,
)


def _term_period(inst: Term, _a: attrs.Attribute[Period | None], value: object) -> None:
    from regionrel.periods import Period

    if inst.kind is TermKind.FIXED:
        if not isinstance(value, Period):
            raise WrongTypeError(
                "must be a Period for a fixed term", cls="Term", field="period", value=value
            )
    elif value is not None:
        raise ValidationError(
            f"must be None for a term that is {inst.kind.value}",
            cls="Term",
            field="period",
            value=value,
        )


@attrs.frozen
class Term:
    """How long an agreement runs from its entry into force.

    A span of years and months is counted with :class:`dateutil.relativedelta.relativedelta`
    from the day of entry into force, and its last day is the day before the same
    calendar day N years later: 5 years from 2018-03-01 run to 2023-02-28.

    >>> Term.span(years=5).end_for(date(2018, 3, 1))
    datetime.date(2023, 2, 28)
    >>> str(Term.parse("five years")), str(Term.parse("18 months")), str(Term.open_ended())
    ('5 years', '18 months', 'open-ended')
    >>> Term.parse("for 2018-2021").end_for(date(2018, 5, 1))
    datetime.date(2021, 12, 31)
    """

    #: The shape of the term.
    kind: TermKind = attrs.field(validator=instance_of(TermKind))
    #: Years of a span.
    years: int = attrs.field(default=0, validator=_non_negative_int("Term"))
    #: Months of a span, on top of its years.
    months: int = attrs.field(default=0, validator=_non_negative_int("Term"))
    #: The period of a fixed term.
    period: Period | None = attrs.field(default=None, validator=_term_period)

    def __attrs_post_init__(self) -> None:
        spans = self.years or self.months
        if self.kind is TermKind.SPAN and not spans:
            raise ValidationError("must be longer than zero", cls="Term", field="years", value=0)
        if self.kind is not TermKind.SPAN and spans:
            raise ValidationError(
                f"must be 0 for a term that is {self.kind.value}",
                cls="Term",
                field="years" if self.years else "months",
                value=self.years or self.months,
            )

    @classmethod
    def span(cls, *, years: int = 0, months: int = 0) -> Term:
        """A span of years and months from entry into force."""
        return cls(TermKind.SPAN, years, months)

    @classmethod
    def fixed(cls, period: Period | str | int) -> Term:
        """A fixed period, such as ``"2018-2021"``: the agreement ends on its last day."""
        from regionrel.periods import Period

        return cls(TermKind.FIXED, period=Period.coerce(period))

    @classmethod
    def open_ended(cls) -> Term:
        """No end: the agreement runs until a party ends it."""
        return cls(TermKind.OPEN_ENDED)

    @classmethod
    def parse(cls, text: str) -> Term:
        """Read ``"5 years"``, ``"five years"``, ``"18 months"``, ``"2018-2021"``, ``"open-ended"``.

        Raises:
            ParseError: text that names no term.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="Term", field="text", value=text)
        if _OPEN_RE.match(text):
            return cls.open_ended()
        match = _SPAN_RE.match(text)
        if match and (match["y"] or match["m"]):
            years, months = _number(match["y"], text), _number(match["m"], text)
            if years or months:
                return cls.span(years=years, months=months)
        from regionrel.periods import Period

        try:
            period = Period.parse(text)
        except ValueError as exc:
            raise ParseError(
                "is not a term: a span such as '5 years', a period such as '2018-2021', "
                "or 'open-ended'",
                cls="Term",
                text=text,
            ) from exc
        return cls.fixed(period)

    @classmethod
    def coerce(cls, value: object) -> Term:
        """Return a :class:`Term` from itself, text, a :class:`~regionrel.periods.Period`,
        or ``None`` (open-ended)."""
        from regionrel.periods import Period

        if isinstance(value, Term):
            return value
        if value is None:
            return cls.open_ended()
        if isinstance(value, str):
            return cls.parse(value)
        if isinstance(value, Period):
            return cls.fixed(value)
        raise WrongTypeError(
            "must be a Term, a Period, text or None", cls="Term", field="term", value=value
        )

    def end_for(self, start: date) -> date | None:
        """The last day of the term for an agreement in force from *start*; None if open-ended."""
        if self.kind is TermKind.OPEN_ENDED:
            return None
        if self.period is not None:
            return self.period.end
        return _last_day(start, years=self.years, months=self.months)

    def __str__(self) -> str:
        if self.kind is TermKind.SPAN:
            return _span_text(self.years, self.months)
        if self.period is not None:
            return str(self.period)
        return "open-ended"

    def __repr__(self) -> str:
        if self.kind is TermKind.SPAN:
            args = [f"years={self.years}"] if self.years else []
            args += [f"months={self.months}"] if self.months else []
            return f"Term.span({', '.join(args)})"
        if self.period is not None:
            return f"Term.fixed({str(self.period)!r})"
        return "Term.open_ended()"


def _number(word: str | None, text: str) -> int:
    if word is None:
        return 0
    if word.isdigit():
        return int(word)
    try:
        return _NUMBER_WORDS[word.lower()]
    except KeyError:
        raise ParseError("has a number that is not understood", cls="Term", text=text) from None


_NOTICE_START: Final = re.compile(
    r"\b(?:unless|if\s+neither|if\s+no|provided|with|upon|notice|notif\w*)\b", re.IGNORECASE
)
_SPAN_WORD: Final = re.compile(r"\b(\w+)[\s-]+(year|month)s?\b", re.IGNORECASE)


def _spans(part: str, text: str) -> tuple[int, int]:
    """The years and months named in *part* of *text* ("1-year-6-month", "5 years")."""
    years = months = 0
    for match in _SPAN_WORD.finditer(part):
        if not (match[1].isdigit() or match[1].lower() in _NUMBER_WORDS):
            continue
        n = _number(match[1], text)
        if match[2].lower() == "year":
            years += n
        else:
            months += n
    return years, months


def _positive_renewal(inst: Renewal, attribute: attrs.Attribute[int], value: int) -> None:
    if attribute.name == "months" and not (inst.years or value):
        raise ValidationError(
            "must renew for a span longer than zero", cls="Renewal", field="years", value=0
        )


@attrs.frozen
class Renewal:
    """Automatic renewal for successive spans unless a party gives notice in time.

    Notice must be given no later than ``notice_months`` months before the last day
    of the current span; later notice takes effect at the end of the next span.

    >>> str(Renewal(years=1, notice_months=6))
    "automatically for successive 1-year spans unless a party gives 6 months' notice"
    """

    #: Years of each renewed span.
    years: int = attrs.field(default=1, validator=_non_negative_int("Renewal"))
    #: Months of each renewed span, on top of its years.
    months: int = attrs.field(
        default=0, validator=[_non_negative_int("Renewal"), _positive_renewal]
    )
    #: How many months before the end of a span notice must be given.
    notice_months: int = attrs.field(
        default=0, validator=_non_negative_int("Renewal"), kw_only=True
    )

    @classmethod
    def parse(cls, text: str) -> Renewal:
        """Read a renewal clause: the span of each renewal, then the notice period.

        >>> Renewal.parse("automatically extended for successive five-year periods unless "
        ...               "either party notifies the other in writing six months before expiry")
        Renewal(years=5, months=0, notice_months=6)
        >>> Renewal.parse(str(Renewal(years=1, months=6, notice_months=3)))
        Renewal(years=1, months=6, notice_months=3)

        Raises:
            ParseError: no span of renewal in the text.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="Renewal", field="text", value=text)
        split = _NOTICE_START.search(text)
        head, tail = (
            (text, "") if split is None else (text[: split.start()], text[split.start() :])
        )
        years, months = _spans(head, text)
        if not (years or months):
            raise ParseError(
                "names no span of renewal such as '1 year' or 'five-year'",
                cls="Renewal",
                text=text,
            )
        notice_years, notice_months = _spans(tail, text)
        return cls(years, months, notice_months=notice_years * 12 + notice_months)

    def __str__(self) -> str:
        span = (
            _span_text(self.years, self.months).replace("years", "year").replace("months", "month")
        )
        notice = "notice"
        if self.notice_months:
            unit = "month's" if self.notice_months == 1 else "months'"
            notice = f"{self.notice_months} {unit} notice"
        return f"automatically for successive {span.replace(' ', '-')} spans unless a party gives {notice}"


# --------------------------------------------------------------------------- events


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


@attrs.frozen
class AgreementEvent:
    """One event in an agreement's life, dated.

    Build them through :class:`Agreement`'s methods (:meth:`Agreement.amended`,
    :meth:`Agreement.suspended`, ...), which validate them against the agreement.

    >>> str(AgreementEvent(AgreementEventKind.TERMINATION, date(2020, 1, 10), effective_on=date(2020, 7, 10)))
    'termination on 2020-01-10, effective 2020-07-10'
    """

    #: What happened.
    kind: AgreementEventKind = attrs.field(validator=instance_of(AgreementEventKind))
    #: The day it happened (the notice given, the protocol signed, the suspension begun).
    on: date = attrs.field(
        validator=lambda _i, _a, v: check_date(v, cls="AgreementEvent", field="on")
    )
    #: The day a termination or supersession takes effect: the first day not in force.
    effective_on: date | None = attrs.field(default=None, kw_only=True)
    #: The party that acted, when one did.
    by: GoverningBody | None = attrs.field(
        default=None,
        kw_only=True,
        validator=optional_instance_of(GoverningBody),
    )
    #: The title of the superseding agreement.
    successor: str | None = attrs.field(default=None, kw_only=True)
    #: What changed, in words.
    note: str = attrs.field(default="", kw_only=True, validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        check_date(self.effective_on, cls="AgreementEvent", field="effective_on", optional=True)
        if self.kind in _TERMINAL:
            if self.effective_on is None:
                raise ValidationError(
                    f"must be given for a {self.kind.value}",
                    cls="AgreementEvent",
                    field="effective_on",
                    value=None,
                )
            if self.effective_on < self.on:
                raise ValidationError(
                    f"must not be before the {self.kind.value} itself on {self.on}",
                    cls="AgreementEvent",
                    field="effective_on",
                    value=self.effective_on,
                )
        elif self.effective_on is not None:
            raise ValidationError(
                f"must be None for a {self.kind.value}",
                cls="AgreementEvent",
                field="effective_on",
                value=self.effective_on,
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
        text = f"{self.kind.value} on {self.on}"
        if self.effective_on is not None and self.effective_on != self.on:
            text += f", effective {self.effective_on}"
        if self.successor:
            text += f" by {self.successor!r}"
        return text


# --------------------------------------------------------------------------- agreement


def _check_title(_inst: object, _a: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError("must be a str", cls="Agreement", field="title", value=value)
    if not value.strip():
        raise ValidationError("must not be empty", cls="Agreement", field="title", value=value)


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


def _to_tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list | tuple) else value


def _to_areas(value: Any) -> Any:
    if isinstance(value, str):
        return SubjectArea.parse_many(value)
    if isinstance(value, Iterable) and not isinstance(value, frozenset):
        return frozenset(SubjectArea.coerce(v) for v in value)
    return value


@attrs.frozen
class _Life:
    """An agreement's lifecycle, computed once from its fields and events."""

    start: date | None
    #: The first day it is no longer in force, and the status from then on.
    end: tuple[date, AgreementStatus] | None
    #: (first day suspended, first day in force again or None).
    suspensions: tuple[tuple[date, date | None], ...]


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

    title: str = attrs.field(validator=_check_title)
    parties: tuple[GoverningBody, ...] = attrs.field(converter=_to_tuple, validator=_check_parties)
    areas: frozenset[SubjectArea] = attrs.field(
        factory=frozenset, converter=_to_areas, validator=_check_areas, kw_only=True
    )
    signed_on: date | None = attrs.field(default=None, kw_only=True)
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
    events: tuple[AgreementEvent, ...] = attrs.field(default=(), converter=_to_tuple, kw_only=True)
    registered_on: date | None = attrs.field(default=None, kw_only=True)
    _life: _Life = attrs.field(init=False, eq=False, repr=False, hash=False, alias="_life")

    def __attrs_post_init__(self) -> None:
        check_date(self.signed_on, cls="Agreement", field="signed_on", optional=True)
        check_date(self.registered_on, cls="Agreement", field="registered_on", optional=True)
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
        object.__setattr__(self, "_life", self._replay(start))

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

    # ---- the lifecycle engine ------------------------------------------------------------

    def _span_end(self, start: date, k: int) -> date:
        """The last day of span *k* (0 is the initial term) of an agreement in force from *start*."""
        first = self.term.end_for(start)
        assert first is not None
        if k == 0 or self.renewal is None or first == date.max:
            return first
        if self.term.kind is TermKind.SPAN:
            origin, years, months = start, self.term.years, self.term.months
        else:
            origin, years, months = first + _ONE_DAY, 0, 0
        step = self.renewal.years * 12 + self.renewal.months
        return _last_day(origin, years=years, months=months + k * step)

    def _span_index(self, start: date, day: date) -> int:
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
        while self._span_end(start, k) < day:
            k += 1
        return k

    def _deadline(self, start: date, k: int) -> date:
        assert self.renewal is not None
        end = self._span_end(start, k)
        return _add(end, months=-self.renewal.notice_months)

    def _first_open_span(self, start: date, day: date) -> int:
        """The first span whose renewal a notice given on *day* still stops."""
        k = self._span_index(start, max(day, start))
        while day > self._deadline(start, k):
            k += 1
        return k

    def _notice_end(self, start: date, notice_on: date) -> date:
        """The last day in force after a notice of non-renewal given on *notice_on*."""
        return self._span_end(start, self._first_open_span(start, notice_on))

    def _replay(self, start: date | None) -> _Life:
        life = _Life(start, self._natural_end(start), ())
        previous: AgreementEvent | None = None
        for event in self.events:
            if not isinstance(event, AgreementEvent):
                raise WrongTypeError(
                    "must hold AgreementEvent values", cls="Agreement", field="events", value=event
                )
            if self.signed_on is None or event.on < self.signed_on:
                raise ValidationError(
                    f"must not be dated before signing on {self.signed_on}: {event}",
                    cls="Agreement",
                    field="events",
                    value=event.on,
                )
            if previous is not None and event.on < previous.on:
                raise ValidationError(
                    f"must be in date order: the {event} follows the {previous}",
                    cls="Agreement",
                    field="events",
                    value=event.on,
                )
            if event.by is not None and event.by not in self.parties:
                raise ValidationError(
                    f"must be an act of a party, not of {event.by.name!r}",
                    cls="Agreement",
                    field="events",
                    value=str(event),
                )
            life = self._apply(life, event)
            previous = event
        return life

    def _natural_end(self, start: date | None) -> tuple[date, AgreementStatus] | None:
        if start is None or self.renewal is not None:
            return None
        last = self.term.end_for(start)
        if last is None or last == date.max:
            return None
        return last + _ONE_DAY, AgreementStatus.EXPIRED

    def _apply(self, life: _Life, event: AgreementEvent) -> _Life:
        status = _status(life, self.signed_on, event.on)
        kind = event.kind
        allowed = {
            AgreementEventKind.SUSPENSION: {AgreementStatus.IN_FORCE},
            AgreementEventKind.RESUMPTION: {AgreementStatus.SUSPENDED},
        }.get(kind, {AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED})
        if status not in allowed:
            raise ValidationError(
                f"cannot record a {kind.value} on {event.on}: the agreement is {status.value} then",
                cls="Agreement",
                field="events",
                value=str(event),
            )
        end = life.end
        if kind is AgreementEventKind.NOTICE and self.renewal is not None and end is not None:
            raise ValidationError(
                f"cannot record a {kind.value} on {event.on}: the agreement is already "
                f"{end[1].value} from {end[0]}",
                cls="Agreement",
                field="events",
                value=str(event),
            )
        if kind is AgreementEventKind.SUSPENSION:
            return attrs.evolve(life, suspensions=(*life.suspensions, (event.on, None)))
        if kind is AgreementEventKind.RESUMPTION:
            begun = life.suspensions[-1][0]
            return attrs.evolve(life, suspensions=(*life.suspensions[:-1], (begun, event.on)))
        if kind is AgreementEventKind.NOTICE:
            if self.renewal is None:
                raise ValidationError(
                    "cannot record a notice of non-renewal: the agreement does not renew itself",
                    cls="Agreement",
                    field="events",
                    value=str(event),
                )
            if life.start is None:
                raise ValidationError(
                    "cannot record a notice of non-renewal before the date of entry into force "
                    "is known",
                    cls="Agreement",
                    field="events",
                    value=str(event),
                )
            last = self._notice_end(life.start, event.on)
            return attrs.evolve(life, end=(_day_after(last), AgreementStatus.TERMINATED))
        if kind in _TERMINAL:
            assert event.effective_on is not None
            status_after = (
                AgreementStatus.TERMINATED
                if kind is AgreementEventKind.TERMINATION
                else AgreementStatus.SUPERSEDED
            )
            if end is not None and end[0] <= event.effective_on:
                raise ValidationError(
                    f"cannot take effect on {event.effective_on}: the agreement is "
                    f"already {end[1].value} from {end[0]}",
                    cls="Agreement",
                    field="events",
                    value=str(event),
                )
            return attrs.evolve(life, end=(event.effective_on, status_after))
        return life

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
        return _day_before(self._life.end[0])

    def status_on(self, day: date | str) -> AgreementStatus:
        """The agreement's status on *day* (a date or text such as ``"31.12.2018"``).

        Defined for every date: ``DRAFT`` before signing (or when never signed).

        Raises:
            WrongTypeError: *day* is not a date or text.
            ParseError: text that is not a date.
        """
        return _status(self._life, self.signed_on, coerce_date(day, cls="Agreement", field="day"))

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
        day = coerce_date(as_of, cls="Agreement", field="as_of")
        known = self._known_as_of(day)
        start = known._life.start
        if start is None or self.signed_on is None or day < self.signed_on:
            return None
        if known._life.end is not None:
            return _day_before(known._life.end[0])
        if self.term.kind is TermKind.OPEN_ENDED:
            return None
        return self._span_end(start, self._span_index(start, max(day, start)))

    def notice_deadline(self, as_of: date | str) -> date | None:
        """The last day a party may give notice to stop the next renewal, as of *as_of*.

        It is ``notice_months`` before the last day of the current span; once it has
        passed, the deadline of the next span.

        Returns:
            The date, or None when the agreement does not renew itself, has ended or
            is ending by *as_of*, or its entry into force is not known.
        """
        day = coerce_date(as_of, cls="Agreement", field="as_of")
        known = self._known_as_of(day)
        start = known._life.start
        if self.renewal is None or start is None or known._life.end is not None:
            return None
        if self.signed_on is None or day < self.signed_on:
            return None
        return self._deadline(start, self._first_open_span(start, day))

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
        stop = date.max if life.end is None else _day_before(life.end[0])
        if until is not None:
            stop = min(stop, coerce_date(until, cls="Agreement", field="until"))
        spans: list[tuple[date, date]] = []
        cursor: date | None = life.start
        for begun, resumed in life.suspensions:
            assert cursor is not None  # only the last suspension may be open
            if begun == resumed:  # resumed the day it began: never suspended
                continue
            if begun > cursor:
                spans.append((cursor, _day_before(begun)))
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
            signed_on=None
            if signed_on is None
            else coerce_date(signed_on, cls="Agreement", field="signed_on"),
            entry=EntryIntoForce.on_signing() if entry is None else entry,
            term=term,
            renewal=Renewal.parse(renewal) if isinstance(renewal, str) else renewal,
            registered_on=None
            if registered_on is None
            else coerce_date(registered_on, cls="Agreement", field="registered_on"),
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
        return attrs.evolve(self, signed_on=coerce_date(on, cls="Agreement", field="signed_on"))

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
        day = coerce_date(on, cls="Agreement", field="on")
        return attrs.evolve(self, entry=attrs.evolve(self.entry, on=day))

    def registered(self, on: date | str) -> Agreement:
        """This agreement with its state registration recorded on *on*."""
        return attrs.evolve(
            self, registered_on=coerce_date(on, cls="Agreement", field="registered_on")
        )

    def amended(self, on: date | str, *, note: str = "") -> Agreement:
        """This agreement with an amendment (a protocol of changes) signed *on*."""
        day = coerce_date(on, cls="Agreement", field="on")
        return self._with(AgreementEvent(AgreementEventKind.AMENDMENT, day, note=note))

    def suspended(
        self, on: date | str, *, by: GoverningBody | None = None, note: str = ""
    ) -> Agreement:
        """This agreement suspended from *on* (the first day suspended)."""
        day = coerce_date(on, cls="Agreement", field="on")
        return self._with(AgreementEvent(AgreementEventKind.SUSPENSION, day, by=by, note=note))

    def resumed(self, on: date | str, *, note: str = "") -> Agreement:
        """This agreement in force again from *on*."""
        day = coerce_date(on, cls="Agreement", field="on")
        return self._with(AgreementEvent(AgreementEventKind.RESUMPTION, day, note=note))

    def notice_given(self, on: date | str, *, by: GoverningBody, note: str = "") -> Agreement:
        """This agreement after *by* gave notice of non-renewal on *on*.

        In time, the agreement ends with its current span; late, with the next one.
        """
        day = coerce_date(on, cls="Agreement", field="on")
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
        day = coerce_date(on, cls="Agreement", field="on")
        effective = (
            day
            if effective_on is None
            else coerce_date(effective_on, cls="Agreement", field="effective_on")
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
        day = coerce_date(on, cls="Agreement", field="on")
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
            else coerce_date(effective_on, cls="Agreement", field="effective_on")
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


def _status(life: _Life, signed_on: date | None, day: date) -> AgreementStatus:
    if signed_on is None or day < signed_on:
        return AgreementStatus.DRAFT
    if life.end is not None and day >= life.end[0]:
        return life.end[1]
    if life.start is None or day < life.start:
        return AgreementStatus.SIGNED
    for begun, resumed in life.suspensions:
        if begun <= day and (resumed is None or day < resumed):
            return AgreementStatus.SUSPENDED
    return AgreementStatus.IN_FORCE


def parties_of(agreements: Sequence[Agreement]) -> frozenset[GoverningBody]:
    """Every party to any of *agreements*.

    >>> parties_of([])
    frozenset()
    """
    return frozenset(p for a in agreements for p in a.parties)
