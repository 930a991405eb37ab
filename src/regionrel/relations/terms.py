"""When an agreement starts and how long it runs: entry into force, term and renewal.

An agreement enters into force on signing, on a fixed date or after a named event
(:class:`EntryIntoForce`); runs for a span of years and months, a fixed period, or
open-ended (:class:`Term`); and may renew itself for successive spans unless a party
gives notice in time (:class:`Renewal`). The calendar arithmetic of spans lives
here too (:func:`span_last_day`), so that a term and the lifecycle that counts its
renewals agree on what "5 years from 1 March" means.

>>> str(EntryIntoForce.on_date("01.01.2019")), str(Term.parse("five years"))
('on 2019-01-01', '5 years')
>>> str(Renewal.parse("for successive 1-year periods unless a party gives 6 months' notice"))
"automatically for successive 1-year spans unless a party gives 6 months' notice"
"""

from __future__ import annotations

import enum
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

import attrs
from dateutil.relativedelta import relativedelta

from regionrel._validators import (
    as_optional_partial_date,
    as_partial_date,
    instance_of,
)
from regionrel.dates import PartialDate
from regionrel.errors import ParseError, RegionrelError, ValidationError, WrongTypeError
from regionrel.relations.wording import first_group, read_durations, read_number

if TYPE_CHECKING:
    from regionrel.periods import Period

__all__ = [
    "EntryIntoForce",
    "EntryMode",
    "Renewal",
    "Term",
    "TermKind",
]

_ONE_DAY: Final = timedelta(days=1)


# --------------------------------------------------------------------------- calendar spans


def add_span(start: date, *, years: int = 0, months: int = 0) -> date:
    """*start* plus a calendar span, or ``date.max`` (``date.min``) past the calendar's end.

    >>> add_span(date(2020, 2, 29), years=1), add_span(date(2019, 9, 9), months=-6)
    (datetime.date(2021, 2, 28), datetime.date(2019, 3, 9))
    """
    try:
        result: date = start + relativedelta(years=years, months=months)
    except (ValueError, OverflowError):
        return date.max if years >= 0 and months >= 0 else date.min
    return result


def span_last_day(start: date, *, years: int = 0, months: int = 0) -> date:
    """The last day of a span of years and months from *start* (the day before it recurs),
    or ``date.max`` when that is the calendar's last day or lies past it
    (:func:`runs_past_calendar` tells which).

    >>> span_last_day(date(2018, 3, 1), years=5), span_last_day(date(9998, 12, 31), years=1)
    (datetime.date(2023, 2, 28), datetime.date(9999, 12, 30))
    """
    try:
        after: date = start + relativedelta(years=years, months=months)
    except (ValueError, OverflowError):
        return date.max
    return after - _ONE_DAY


def runs_past_calendar(start: date, *, years: int = 0, months: int = 0) -> bool:
    """Whether a span of years and months from *start* ends after 31.12.9999, the last
    day a :class:`datetime.date` can hold (ending on that day is within the calendar).

    >>> runs_past_calendar(date(9995, 1, 1), years=5), runs_past_calendar(date(9995, 1, 2), years=5)
    (False, True)
    """
    total = start.year * 12 + start.month - 1 + years * 12 + months
    year, month_index = divmod(total, 12)
    if year <= date.max.year:
        return False
    # the span recurs on 01.01.10000 only from the first of a month: its last day is
    # then 31.12.9999, the calendar's last
    return not (year == date.max.year + 1 and month_index == 0 and start.day == 1)


def day_before(day: date) -> date:
    """The day before *day*, or ``date.min`` itself.

    >>> day_before(date(2019, 3, 1)), day_before(date.min) == date.min
    (datetime.date(2019, 2, 28), True)
    """
    return day if day == date.min else day - _ONE_DAY


def day_after(day: date) -> date:
    """The day after *day*, or ``date.max`` itself.

    >>> day_after(date(2019, 2, 28)), day_after(date.max) == date.max
    (datetime.date(2019, 3, 1), True)
    """
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


#: No span is longer than the calendar (years 1 to 9999): a longer one is a mistake.
_MOST_YEARS: Final = 9999
_MOST_MONTHS: Final = 9999 * 12


def _non_negative_int(cls: str) -> Any:
    def check(_inst: object, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise WrongTypeError("must be an int", cls=cls, field=attribute.name, value=value)
        if value < 0:
            raise ValidationError(
                "must not be negative", cls=cls, field=attribute.name, value=value
            )
        most = _MOST_MONTHS if "month" in attribute.name else _MOST_YEARS
        if value > most:
            raise ValidationError(
                f"must be at most {most}, the length of the calendar",
                cls=cls,
                field=attribute.name,
                value=value,
            )

    return check


# --------------------------------------------------------------------------- entry into force


class EntryMode(enum.Enum):
    """How an agreement enters into force."""

    ON_SIGNING = "on signing"
    ON_DATE = "on a fixed date"
    AFTER_EVENT = "after an event"


def settle_date(inst: object, exact: str, partial: str, *, cls: str) -> PartialDate | None:
    """Put a date as a source gives it in the pair of fields that holds it, and return it.

    A class that takes a date a source may give to the month or year keeps it in two
    fields: *exact* (a :class:`~datetime.date`, the field that always existed, so that
    its value and its serialised form stay as they were) and *partial* (a
    :class:`~regionrel.dates.PartialDate` known to the month or year only). Their
    converters read either kind; this moves the value to the field it belongs to.
    Given both, the day must lie within the month or year.

    Raises:
        ValidationError: both given, and the day is not within the partial date.
    """
    day: PartialDate | None = getattr(inst, exact)
    within: PartialDate | None = getattr(inst, partial)
    if day is not None and within is not None:
        if day.exact is None or not within.contains(day.exact):
            raise ValidationError(
                f"must lie within {partial} {within} when both are given",
                cls=cls,
                field=exact,
                value=day.exact or day,
            )
        within = None
    given = day or within
    object.__setattr__(inst, exact, None if given is None else given.exact)
    object.__setattr__(inst, partial, None if given is None or given.exact else given)
    return given


def _to_entry_day(value: date | PartialDate | str | None) -> Any:
    return as_optional_partial_date(value, cls="EntryIntoForce", field="on")


def _to_entry_within(value: date | PartialDate | str | None) -> Any:
    return as_optional_partial_date(value, cls="EntryIntoForce", field="within")


def _entry_on(inst: EntryIntoForce, value: PartialDate | date | None) -> None:
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


def _entry_days(inst: EntryIntoForce, _a: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError("must be an int", cls="EntryIntoForce", field="days", value=value)
    if value < 0 or value > 3660:
        raise ValidationError(
            "must be from 0 to 3660 days", cls="EntryIntoForce", field="days", value=value
        )
    if value and inst.mode is not EntryMode.ON_SIGNING:
        raise ValidationError(
            f"must be 0 when the agreement enters into force {inst.mode.value}",
            cls="EntryIntoForce",
            field="days",
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
    #: The day of entry into force, for ON_DATE and a completed AFTER_EVENT (None when
    #: the source gives the month or year only: see :attr:`within`).
    on: date | None = attrs.field(default=None, converter=_to_entry_day)
    #: The event awaited, for AFTER_EVENT.
    event: str | None = attrs.field(default=None, validator=_entry_event)
    #: The month or year of entry into force when the source gives no day.
    within: PartialDate | None = attrs.field(
        default=None, kw_only=True, converter=_to_entry_within
    )
    #: For entry on signing: the days after signing it enters into force ("30 days after
    #: signing"); 0 on the day of signing.
    days: int = attrs.field(default=0, kw_only=True, validator=_entry_days)

    def __attrs_post_init__(self) -> None:
        when = settle_date(self, "on", "within", cls="EntryIntoForce")
        _entry_on(self, self.on or when)

    @classmethod
    def on_signing(cls, *, days: int = 0) -> EntryIntoForce:
        """Entry into force on the day of signing, or *days* after it.

        >>> str(EntryIntoForce.on_signing(days=30))
        '30 days after signing'
        """
        return cls(EntryMode.ON_SIGNING, days=days)

    def start_after(self, signed_on: date) -> date:
        """The day of entry into force of an agreement signed on *signed_on* that enters
        into force on signing (or so many days after it).

        Raises:
            WrongTypeError: *signed_on* is not a :class:`datetime.date` (or is a datetime).
        """
        if not isinstance(signed_on, date) or isinstance(signed_on, datetime):
            raise WrongTypeError(
                "must be a datetime.date, not a datetime or text",
                cls="EntryIntoForce.start_after",
                field="signed_on",
                value=signed_on,
            )
        try:
            return signed_on + timedelta(days=self.days)
        except OverflowError:
            return date.max

    @classmethod
    def on_date(cls, on: date | PartialDate | str) -> EntryIntoForce:
        """Entry into force on a fixed date (a date or text such as ``"01.01.2019"``,
        or a month or year such as ``"2019"``)."""
        return cls(EntryMode.ON_DATE, as_partial_date(on, cls="EntryIntoForce", field="on"))

    @classmethod
    def after(cls, event: str, *, on: date | PartialDate | str | None = None) -> EntryIntoForce:
        """Entry into force after a named event, on its date if it has happened."""
        return cls(EntryMode.AFTER_EVENT, on, event)

    @classmethod
    def parse(cls, text: str) -> EntryIntoForce:
        """Read an entry-into-force clause, in English or Russian.

        On signing (``"enters into force on the date of signature"``, ``"вступает в силу
        с даты подписания"``, ``"со дня подписания"``); after the last notification
        (``"upon the last notification"``, ``"со дня получения последнего письменного
        уведомления ..."``), read as the event ``"the last notification"``; on a date
        (``"on 1 January 2019"``, ``"с 1 января 2019 года"``); or after another named
        event (``"after its approval by the Legislative Assembly"``, ``"после его
        утверждения ..."``), whose words are kept as the event.

        >>> EntryIntoForce.parse("Настоящее Соглашение вступает в силу с даты его подписания")
        EntryIntoForce.on_signing()
        >>> EntryIntoForce.parse("вступает в силу со дня получения последнего письменного "
        ...     "уведомления о выполнении Сторонами внутригосударственных процедур")
        EntryIntoForce.after('the last notification')
        >>> EntryIntoForce.parse("enters into force on 1 January 2019")
        EntryIntoForce.on_date(datetime.date(2019, 1, 1))

        Raises:
            WrongTypeError: *text* is not a ``str``.
            ParseError: the text says none of those.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="EntryIntoForce", field="text", value=text)
        key = " ".join(text.casefold().replace("ё", "е").split()).strip(" .;")
        if match := _DAYS_AFTER_SIGNING.search(key):
            days = read_number(match["n"])
            if days is not None:
                return cls.on_signing(days=days)
        if _ON_SIGNING.search(key):
            return cls.on_signing()
        if _LAST_NOTIFICATION.search(key):
            return cls.after("the last notification")
        if match := _ON_DAY.search(key):
            try:
                return cls.on_date(PartialDate.parse(match["day"]))
            except RegionrelError:
                pass
        if match := _AFTER_EVENT.search(text):
            event = match["event"].strip(" .;")
            if event:
                return cls.after(event)
        raise ParseError(
            "is not an entry-into-force clause: on signing, upon the last notification, "
            "on a date, or after a named event",
            cls="EntryIntoForce",
            field="text",
            text=text,
        )

    @property
    def when(self) -> PartialDate | None:
        """The date of entry into force as the source gives it (day, month or year).

        >>> EntryIntoForce.on_date("2019").when, EntryIntoForce.on_date("2019").on
        (PartialDate(2019), None)
        """
        if self.within is not None:
            return self.within
        return None if self.on is None else PartialDate.of(self.on)

    @property
    def is_pending(self) -> bool:
        """Whether the awaited event has not happened yet."""
        return self.mode is EntryMode.AFTER_EVENT and self.when is None

    def __str__(self) -> str:
        if self.mode is EntryMode.ON_SIGNING:
            if self.days:
                return f"{self.days} day{'' if self.days == 1 else 's'} after signing"
            return "on signing"
        if self.mode is EntryMode.ON_DATE:
            return f"on {self.when}" if self.on is not None else f"in {self.when}"
        return f"after {self.event}" + ("" if self.when is None else f" ({self.when})")

    def _when_repr(self) -> str:
        return repr(self.on) if self.on is not None else repr(str(self.when))

    def __repr__(self) -> str:
        if self.mode is EntryMode.ON_SIGNING:
            return f"EntryIntoForce.on_signing({f'days={self.days}' if self.days else ''})"
        if self.mode is EntryMode.ON_DATE:
            return f"EntryIntoForce.on_date({self._when_repr()})"
        on = "" if self.when is None else f", on={self._when_repr()}"
        return f"EntryIntoForce.after({self.event!r}{on})"


_ON_SIGNING: Final = re.compile(
    r"(?:on|from|upon|as\s+of)\s+(?:the\s+)?(?:date|day|moment)?\s*(?:of\s+)?(?:its\s+)?"
    r"(?:signature|signing)|\bon\s+signing\b|\bupon\s+signature\b"
    r"|(?:с|со)\s+(?:даты|дня|момента)\s+(?:его\s+|ее\s+)?подписания"
)
# "через 30 дней после даты подписания", "по истечении 30 дней с даты его подписания",
# "30 days after the date of signature", "on the thirtieth day after signing".
_DAYS_AFTER_SIGNING: Final = re.compile(
    r"(?:через|по\s+истечении|on\s+the|upon\s+the\s+expiry\s+of|after)?\s*"
    r"(?P<n>\d{1,4}|[a-zа-я]+)(?:\s*\([^)]*\))?\s*(?:-?(?:th|st|nd|rd))?\s*"
    r"(?:календарн\w*\s+)?(?:дн\w*|days?)\s+"
    r"(?:после|с|со|from|after|following)\s+(?:the\s+)?(?:даты|дня|момента|date\s+of|day\s+of)?"
    r"\s*(?:его\s+|ее\s+|its\s+)?(?:подписания|signing|signature)"
)
_LAST_NOTIFICATION: Final = re.compile(
    r"last\s+(?:written\s+)?notification|last\s+(?:of\s+the\s+)?(?:written\s+)?notice"
    r"|последнего\s+(?:из\s+)?(?:письменного\s+)?уведомлени"
)
_ON_DAY: Final = re.compile(
    r"(?:\bon|\bfrom|\bas\s+of|(?<![а-я])с)\s+(?P<day>\d{1,2}[ .][^,;]{3,20}\d{4}(?:\s+г(?:ода|\.)?)?)"
)
_AFTER_EVENT: Final = re.compile(
    r"(?:\bafter|\bupon|\bfollowing|(?<![а-яё])после|(?<![а-яё])по\s+истечении)\s+(?P<event>.+)$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- term and renewal


class TermKind(enum.Enum):
    """The shape of an agreement's term."""

    SPAN = "span"
    FIXED = "fixed period"
    OPEN_ENDED = "open-ended"


_OPEN_RE: Final = re.compile(
    r"^\s*(?:for\s+an?\s+)?(open[\s-]ended|indefinite(?:ly|\s+term|\s+period)?|unlimited"
    r"(?:\s+term|\s+period)?|бессрочно|бессрочный"
    r"|(?:заключ[а-я]*\s+)?на\s+неопредел[её]нный\s+срок)\s*[.;]?\s*$",
    re.IGNORECASE,
)
# Words around a term's span that add nothing to it: "for a term of", "сроком на",
# "на срок", "в течение", "from its entry into force", "со дня вступления в силу".
_TERM_FILLER: Final = re.compile(
    r"(?:\b(?:this|the|agreement|is|shall|be|concluded|remain|in|force|valid|for|a|an|"
    r"term|period|of|from|its|entry|into|date|signing|signature|"
    r"настоящее|соглашение|заключается|заключено|действует|сроком|срок|на|в|во|"
    r"течение|со|с|дня|даты|момента|его|вступления|силу|подписания)\b|[\s,.;()])*",
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
        """Read a term as agreements word it, in English or Russian.

        A span with its number in digits or words, in any case (``"5 years"``,
        ``"five years"``, ``"18 months"``, ``"for a term of 3 years"``,
        ``"сроком на 5 лет"``, ``"на срок пять лет"``, ``"в течение трёх лет"``,
        ``"на 5 (пять) лет"``), a period (``"2018-2021"``, ``"на 2018-2020 годы"``) or
        no end (``"open-ended"``, ``"бессрочно"``, ``"на неопределённый срок"``).

        >>> Term.parse("сроком на 5 лет"), Term.parse("на срок пять лет")
        (Term.span(years=5), Term.span(years=5))
        >>> Term.parse("This Agreement is concluded for a period of five (5) years")
        Term.span(years=5)

        Raises:
            WrongTypeError: *text* is not a ``str``.
            ParseError: text that names no term, or a number that is not understood.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="Term", field="text", value=text)
        whole = text
        # "сроком на 5 лет и автоматически продлевается ...": the term ends where the
        # renewal clause begins (Renewal.parse reads that part)
        if (renewal := _RENEWAL_CLAUSE.search(text)) is not None and renewal.start() > 0:
            text = text[: renewal.start()]
        if _OPEN_RE.match(text):
            return cls.open_ended()
        durations = read_durations(text)
        for duration in durations:
            if not duration.understood:
                raise ParseError("has a number that is not understood", cls="Term", text=text)
        group = first_group(text, durations)
        if group is not None:
            years, months, start, end = group
            rest = text[:start] + " " + text[end:]
            if (years or months) and _TERM_FILLER.fullmatch(rest):
                return cls.span(years=years, months=months)
        from regionrel.periods import Period

        try:
            period = Period.parse(_fixed_text(text))
        except ValueError as exc:
            rule = getattr(exc, "rule", "")
            if "ends before it starts" in rule:
                raise ParseError(rule, cls="Term", field="text", text=text) from None
            raise ParseError(
                "is not a term: a span such as '5 years', a period such as '2018-2021', "
                "or 'open-ended'",
                cls="Term",
                text=whole,
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

    @property
    def length(self) -> tuple[int, int] | None:
        """The term's length in years and months: a span's, or a fixed period's when it
        is whole months (``"2018-2020"``: 3 years); None for an open-ended term or a period
        of odd days.

        >>> Term.span(years=5).length, Term.fixed("2018-2020").length, Term.open_ended().length
        ((5, 0), (3, 0), None)
        """
        if self.kind is TermKind.SPAN:
            return self.years, self.months
        if self.period is None:
            return None
        delta = relativedelta(day_after(self.period.end), self.period.start)
        if delta.days or self.period.end == date.max:
            return None
        return delta.years, delta.months

    def end_for(self, start: date) -> date | None:
        """The last day of the term for an agreement in force from *start*; None if open-ended.

        Raises:
            WrongTypeError: *start* is not a :class:`datetime.date` (or is a datetime).

        >>> Term.span(years=5).end_for("x")
        Traceback (most recent call last):
        ...
        regionrel.errors.WrongTypeError: Term: 'start' must be a datetime.date, not a datetime or text (got 'x')
        """
        if not isinstance(start, date) or isinstance(start, datetime):
            raise WrongTypeError(
                "must be a datetime.date, not a datetime or text",
                cls="Term",
                field="start",
                value=start,
            )
        if self.kind is TermKind.OPEN_ENDED:
            return None
        if self.period is not None:
            return self.period.end
        return span_last_day(start, years=self.years, months=self.months)

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


def _fixed_text(text: str) -> str:
    """A fixed term's period without the words around it ("на 2018-2020 годы")."""
    core = re.sub(r"^\s*(?:for|на|сроком\s+на|в)\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"\s+(?:годы|года|гг?\.?)\s*$", "", core, flags=re.IGNORECASE)


# Where a term's clause turns to its renewal: "... and (shall be) automatically extended",
# "... и автоматически продлевается".
_RENEWAL_CLAUSE: Final = re.compile(
    r"[\s,;]+(?:and|и)\s+(?:shall\s+be\s+|is\s+|will\s+be\s+)?(?:automatically\s+|tacitly\s+|"
    r"автоматически\s+)?(?:extend|renew|prolong|продлева|продлен|пролонгир)",
    re.IGNORECASE,
)
# A notice period given in days, which a Renewal (counted in months) cannot hold.
_NOTICE_DAYS: Final = re.compile(
    r"(?<![^\W_])(?:\d+|[a-zа-яё-]+)(?:\s*\([^()]{1,24}\))?\s+(?:calendar\s+|календарн\w*\s+)?"
    r"(?:days?|дн(?:я|ей|ям|ями)|день|суток)(?![^\W_])",
    re.IGNORECASE,
)

# Where a renewal clause turns to the notice that stops it.
_NOTICE_START: Final = re.compile(
    r"\b(?:unless|if\s+neither|if\s+no|provided|with|upon|notice|notif\w*|"
    r"если|при\s+условии|уведом\w*|заявит\w*)\b"
    r"|(?<![а-яё])(?:если|уведом[а-яё]*)",
    re.IGNORECASE,
)
# The verb of renewal: the span of renewal follows it ("concluded for 5 years and
# automatically extended for successive 1-year periods").
_RENEWAL_VERB: Final = re.compile(
    r"\b(?:extend\w*|renew\w*|prolong\w*)\b|продлева\w*|продлен\w*|пролонгир\w*",
    re.IGNORECASE,
)


# A renewal for the term's own length: "for the same period", "for like periods", "на
# тот же срок", "на такой же период", "на аналогичный срок".
_SAME_TERM: Final = re.compile(
    r"\b(?:same|like|equal|identical)\s+(?:\w+\s+)?(?:period|term|duration)s?\b"
    r"|(?:тот\s+же|такой\s+же|аналогичн\w*|равн\w*|такие\s+же|те\s+же)\s+(?:\w+\s+)?"
    r"(?:срок\w*|период\w*)",
    re.IGNORECASE,
)


def _check_notice_words(tail: str, text: str) -> None:
    """Refuse a notice period that is named but not read, rather than read it as none."""
    if days := _NOTICE_DAYS.search(tail):
        raise ParseError(
            f"gives the notice period in days ({days.group().strip()!r}); a renewal counts "
            "notice in months: give it in months",
            cls="Renewal",
            text=text,
        )
    unread = [d for d in read_durations(tail) if not d.understood]
    if unread:
        raise ParseError(
            f"names a notice period whose number is not understood ({unread[0].number!r})",
            cls="Renewal",
            text=text,
        )


def _group(part: str) -> tuple[int, int]:
    """The years and months of the first span *part* names ("1-year-6-month", "5 years")."""
    group = first_group(part, read_durations(part))
    return (0, 0) if group is None else group[:2]


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
    def parse(cls, text: str, *, term: Term | None = None) -> Renewal:
        """Read a renewal clause, in English or Russian: the span of each renewal, then
        the notice period.

        A clause that renews for the term's own length ("for the same period", "на тот
        же срок") takes its span from *term*, a span of years and months:

        >>> Renewal.parse("автоматически продлевается на тот же срок, если ни одна из Сторон "
        ...     "не уведомит другую Сторону не менее чем за 3 месяца", term=Term.span(years=2))
        Renewal(years=2, months=0, notice_months=3)

        The span is the first one named after the verb of renewal ("extended",
        "продлевается"), the notice period the first one named after the words that
        turn to notice ("unless", "если", "уведомит"); numbers may be digits or
        words in any case, spans compound adjectives ("five-year", "пятилетние").

        >>> Renewal.parse("automatically extended for successive five-year periods unless "
        ...               "either party notifies the other in writing six months before expiry")
        Renewal(years=5, months=0, notice_months=6)
        >>> Renewal.parse("автоматически продлевается на последующие пятилетние периоды, если "
        ...     "ни одна из Сторон не уведомит другую Сторону в письменной форме не менее чем "
        ...     "за 6 месяцев до истечения соответствующего периода о своём намерении "
        ...     "прекратить его действие")
        Renewal(years=5, months=0, notice_months=6)
        >>> Renewal.parse(str(Renewal(years=1, months=6, notice_months=3)))
        Renewal(years=1, months=6, notice_months=3)

        Raises:
            ParseError: no span of renewal in the text; or one that renews for the term's
                length without a *term* that is a span of years and months.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="Renewal", field="text", value=text)
        if term is not None and not isinstance(term, Term):
            raise WrongTypeError("must be a Term or None", cls="Renewal", field="term", value=term)
        verb = _RENEWAL_VERB.search(text)
        begin = 0 if verb is None else verb.end()
        split = _NOTICE_START.search(text, begin)
        head, tail = (
            (text[begin:], "")
            if split is None
            else (text[begin : split.start()], text[split.start() :])
        )
        years, months = _group(head)
        if not (years or months) and _SAME_TERM.search(head):
            length = None if term is None else term.length
            if length is None:
                raise ParseError(
                    "renews for the term's own length: give the term, a span of whole "
                    f"months or years (term={'None' if term is None else str(term)!r})",
                    cls="Renewal",
                    text=text,
                )
            years, months = length
        if not (years or months):
            raise ParseError(
                "names no span of renewal such as '1 year' or 'five-year'",
                cls="Renewal",
                text=text,
            )
        notice_years, notice_months = _group(tail)
        if not (notice_years or notice_months):
            _check_notice_words(tail, text)
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
