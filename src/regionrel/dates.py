"""Reading calendar dates as the sources write them.

The sources write dates day first (``12.01.2021``), in ISO form
(``2021-01-12``), in English words (``12 January 2021``, ``January 12, 2021``)
and in Russian (``12 января 2021 г.``). :func:`parse_date` reads all of them,
refuses what stays ambiguous instead of guessing, and never lets an error
from dateutil or the standard library escape.

>>> parse_date("12.01.2021")
datetime.date(2021, 1, 12)
>>> parse_date("12 января 2021 г.")
datetime.date(2021, 1, 12)

Importing this module is cheap: dateutil's parser is imported on the first
call that needs it.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Mapping
from decimal import localcontext
from types import MappingProxyType
from typing import Final

import attrs

from regionrel._exact import STANDARD
from regionrel.errors import (
    AmbiguousError,
    ParseError,
    RegionrelError,
    ValidationError,
    WrongTypeError,
)

__all__ = ["MAX_DATE_TEXT", "MONTH_WORDS", "DatePrecision", "PartialDate", "parse_date"]

#: The longest text :func:`parse_date` reads; longer input is refused before
#: dateutil sees it.
MAX_DATE_TEXT: Final = 64

_ENGLISH_MONTHS: Final = (  # noqa: SIM905
    "january february march april may june july august september october november december"
).split()
_RUSSIAN_MONTHS: Final = (
    ("январь", "января", "январе", "янв"),
    ("февраль", "февраля", "феврале", "фев", "февр"),
    ("март", "марта", "марте", "мар"),
    ("апрель", "апреля", "апреле", "апр"),
    ("май", "мая", "мае"),
    ("июнь", "июня", "июне", "июн"),
    ("июль", "июля", "июле", "июл"),
    ("август", "августа", "августе", "авг"),
    ("сентябрь", "сентября", "сентябре", "сен", "сент"),
    ("октябрь", "октября", "октябре", "окт"),
    ("ноябрь", "ноября", "ноябре", "ноя", "нояб"),
    ("декабрь", "декабря", "декабре", "дек"),
)


def _month_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for number, name in enumerate(_ENGLISH_MONTHS, start=1):
        words[name] = number
        words[name[:3]] = number
    words["sept"] = 9
    for number, forms in enumerate(_RUSSIAN_MONTHS, start=1):
        for form in forms:
            words[form] = number
    return words


#: Month names in lower case, English (full and abbreviated) and Russian
#: (nominative, genitive, prepositional and abbreviated), to their number.
MONTH_WORDS: Final[Mapping[str, int]] = MappingProxyType(_month_words())

# Russian words that follow a year ("2021 г.", "2021 года") and add nothing.
_RUSSIAN_YEAR_WORDS: Final = frozenset({"г", "года", "год", "году"})

_YEAR_FIRST: Final = re.compile(r"(\d{4})([-./ ])(\d{1,2})\2(\d{1,2})|(\d{4})()(\d{2})(\d{2})")
_NUMERIC: Final = re.compile(r"(\d{1,2})([-./ ])(\d{1,2})\2(\d+)")
_CYRILLIC_WORD: Final = re.compile(r"[а-яё]+\.?", re.IGNORECASE)
_FOUR_DIGITS: Final = re.compile(r"\d{4}")
# A date of digits and separators only, and the spaces a writer puts around its separators
# ("2018. 01. 09", "09 .01.2018"): read as if they were not there, never by dateutil, which
# takes "2018 -01-09" day first.
_DIGITS_ONLY: Final = re.compile(r"[\d\s./-]+")
_SPACED_SEPARATOR: Final = re.compile(r"\s*([-./])\s*")
_YEAR_AHEAD: Final = re.compile(r"\d{4}\D")

# Two defaults that differ in every field: a field that dateutil fills from
# the default differs between the two results, so it was missing from the text.
_DEFAULT_A: Final = datetime.datetime(4, 1, 1)
_DEFAULT_B: Final = datetime.datetime(5, 2, 2, 1, 1, 1, 1)


def _error(rule: str, text: str, position: int | None = 0) -> ParseError:
    return ParseError(rule, cls="parse_date", field="text", text=text, position=position)


def make_date(year: int, month: int, day: int, *, text: str, position: int = 0) -> datetime.date:
    """Build a date, or raise a :class:`~regionrel.errors.ParseError` naming the rule it breaks.

    Args:
        year, month, day: the date's parts, as read from *text*.
        text: the text they were read from, for the message.
        position: where in *text* the date starts.

    Raises:
        ParseError: the date does not exist (31 February, month 13, year 0).

    >>> make_date(2021, 2, 31, text="31.02.2021")
    Traceback (most recent call last):
    ...
    regionrel.errors.ParseError: parse_date: 'text' is not a date that exists: February 2021 has 28 days (got '31.02.2021', stopped at position 0 before '31.02.2021')
    """
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        raise _error(
            f"is not a date that exists: year {year} is not between 1 and 9999", text, position
        )
    if not 1 <= month <= 12:
        raise _error(f"is not a date that exists: there is no month {month}", text, position)
    try:
        return datetime.date(year, month, day)
    except ValueError as exc:
        month_name = _ENGLISH_MONTHS[month - 1].capitalize()
        days = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(1)).day
        raise _error(
            f"is not a date that exists: {month_name} {year:04d} has {days} days", text, position
        ) from exc


def _ambiguous(text: str, rule: str, readings: list[tuple[int, int, int]]) -> RegionrelError:
    """The error for a date that can be read more than one way; *readings* are (day, month, year).

    When no reading is a date that exists, the error is a :class:`ParseError`.
    """
    candidates = []
    for day, month, year in readings:
        try:
            candidates.append(datetime.date(year, month, day).isoformat())
        except ValueError:
            continue
    if not candidates:
        return _error("is not a date that exists, however it is read", text)
    return AmbiguousError(rule, cls="parse_date", field="text", value=text, candidates=candidates)


_TWO_DIGIT_YEAR: Final = (
    "has a two-digit year, which could be in either century; write the year in full"
)
_DAY_OR_MONTH: Final = "could be day first or month first; pass dayfirst=True or dayfirst=False"


def _centuries(year: int, *, two_digits: bool) -> tuple[int, ...]:
    return (1900 + year % 100, 2000 + year % 100) if two_digits else (year,)


def _numeric(text: str, match: re.Match[str], dayfirst: bool | None, offset: int) -> datetime.date:
    first, second, year_text = int(match[1]), int(match[3]), match[4]
    if len(year_text) not in (2, 4):
        raise _error(
            f"has a year of {len(year_text)} digits; write it with four",
            text,
            offset + match.start(4),
        )
    year, two_digits = int(year_text), len(year_text) == 2
    if dayfirst is None and first != second and first <= 12 and second <= 12:
        orders = [(first, second), (second, first)]
        rule = _TWO_DIGIT_YEAR if two_digits else _DAY_OR_MONTH
    else:
        if dayfirst is None:
            dayfirst = first > 12
        orders = [(first, second) if dayfirst else (second, first)]
        rule = _TWO_DIGIT_YEAR
    if len(orders) > 1 or two_digits:
        readings = [
            (day, month, y)
            for day, month in orders
            for y in _centuries(year, two_digits=two_digits)
        ]
        raise _ambiguous(text, rule, readings)
    day, month = orders[0]
    return make_date(year, month, day, text=text, position=offset)


def _translate_russian(text: str) -> str:
    """Replace Russian month names by English ones and drop the year words ("г.", "года")."""

    def replace(match: re.Match[str]) -> str:
        word = match[0].rstrip(".").lower()
        if word in _RUSSIAN_YEAR_WORDS:
            return ""
        if word in MONTH_WORDS:
            return _ENGLISH_MONTHS[MONTH_WORDS[word] - 1]
        raise _error(f"has a word that is not a month name: {match[0]!r}", text, match.start())

    return _CYRILLIC_WORD.sub(replace, text)


def _any_zone(name: str | None, offset: int | None) -> datetime.tzinfo | None:
    # dateutil calls this for every text. Any zone it meets gets a tzinfo, so that it
    # never warns about an unknown one; a date with a zone is then refused below,
    # like one with a time. No zone stays no zone.
    if name is None and offset is None:
        return None
    return datetime.UTC


def _dateutil(text: str, original: str, dayfirst: bool) -> datetime.date:
    from dateutil.parser import parse  # imported here: it is slow to import

    # dateutil reads the numbers of a text as Decimals, in the current context: it
    # must not be the caller's (a few digits of precision make "1234567m" raise
    # decimal.InvalidOperation from inside dateutil).
    with localcontext(STANDARD):
        try:
            first = parse(text, dayfirst=dayfirst, default=_DEFAULT_A, tzinfos=_any_zone)
        except (ValueError, OverflowError) as exc:
            reason = str(exc).split(":")[0]
            raise _error(f"is not a date this library can read ({reason})", original) from exc
        try:
            second = parse(text, dayfirst=dayfirst, default=_DEFAULT_B, tzinfos=_any_zone)
        except (ValueError, OverflowError) as exc:
            raise _error(
                "is not a complete date: it needs a day, a month and a year", original
            ) from exc
    times = zip(
        (first.hour, first.minute, first.second, first.microsecond),
        (second.hour, second.minute, second.second, second.microsecond),
        strict=True,
    )
    if first.tzinfo is not None or any(a == b for a, b in times):
        raise _error("has a time of day; pass the date alone", original)
    missing = [
        name
        for name, a, b in (
            ("day", first.day, second.day),
            ("month", first.month, second.month),
            ("year", first.year, second.year),
        )
        if a != b
    ]
    if missing:
        raise _error(f"is not a complete date: the {' and '.join(missing)} is missing", original)
    if f"{first.year:04d}" not in text:
        readings = [(first.day, first.month, y) for y in _centuries(first.year, two_digits=True)]
        raise _ambiguous(original, _TWO_DIGIT_YEAR, readings)
    return first.date()


def parse_date(text: str, *, dayfirst: bool | None = True) -> datetime.date:
    """Read a calendar date written as the sources write it.

    Numeric dates that start with a four-digit year (``2021-01-12``,
    ``2021/01/12``, ``2021.01.12``) are always year, month, day, whatever
    *dayfirst* says: that order is unambiguous. Other numeric dates are read
    day first by default (``12.01.2021`` is 12 January 2021). Dates in words
    may be in English or Russian. A time of day is refused rather than
    dropped: a fact-checker should see that the source gave one. A year must
    be written with four digits: ``12.01.21`` could be in 1921 or 2021.

    Args:
        text: the date, at most :data:`MAX_DATE_TEXT` characters.
        dayfirst: ``True`` reads ``01.02.2021`` as 1 February, ``False`` as
            January 2; ``None`` refuses it as ambiguous (a numeric date whose
            first two numbers are both 12 or less and differ).

    Returns:
        The date.

    Raises:
        WrongTypeError: *text* is not a ``str`` or *dayfirst* not a bool or None.
        ParseError: the text is empty, too long, not a date, not complete, has
            a time of day, or names a date that does not exist (31.02.2021).
        AmbiguousError: the text can be read more than one way; ``candidates``
            lists the readings.

    >>> parse_date("2021-01-12")
    datetime.date(2021, 1, 12)
    >>> parse_date("January 12, 2021")
    datetime.date(2021, 1, 12)
    >>> parse_date("01/02/2021", dayfirst=False)
    datetime.date(2021, 1, 2)
    >>> parse_date("01/02/2021", dayfirst=None)
    Traceback (most recent call last):
    ...
    regionrel.errors.AmbiguousError: parse_date: 'text' could be day first or month first; pass dayfirst=True or dayfirst=False (got '01/02/2021'); candidates: '2021-02-01', '2021-01-02'
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls="parse_date", field="text", value=text)
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise WrongTypeError(
            "must be True, False or None", cls="parse_date", field="dayfirst", value=dayfirst
        )
    if len(text) > MAX_DATE_TEXT:
        raise _error(f"is longer than {MAX_DATE_TEXT} characters, too long for a date", text, None)
    if not text.strip():
        raise _error("must not be empty", text, None)
    offset = len(text) - len(text.lstrip())
    translated = _translate_russian(text).strip()
    if ":" not in translated and not any(char.isalpha() for char in translated):
        if _DIGITS_ONLY.fullmatch(translated):
            translated = _SPACED_SEPARATOR.sub(r"\1", translated).removesuffix(".")
        if _YEAR_AHEAD.match(translated) and not _YEAR_FIRST.fullmatch(translated):
            # (never dateutil's reading: it takes "2018'-01-09" day first)
            raise _error("is not a date this library can read (year first, other marks)", text)
    if match := _YEAR_FIRST.fullmatch(translated):
        year, _, month, day = (
            a or b for a, b in zip(match.groups()[:4], match.groups()[4:], strict=True)
        )
        return make_date(int(year), int(month), int(day), text=text, position=offset)
    if match := _NUMERIC.fullmatch(translated):
        return _numeric(text, match, dayfirst, offset)
    if dayfirst is not None:
        return _dateutil(translated, text, dayfirst)
    day_first, month_first = _dateutil(translated, text, True), _dateutil(translated, text, False)
    if day_first != month_first:
        readings = [(d.day, d.month, d.year) for d in (day_first, month_first)]
        raise _ambiguous(text, _DAY_OR_MONTH, readings)
    return day_first


# --------------------------------------------------------------------------- partial dates


class DatePrecision(enum.Enum):
    """How much of a date a source gives: the day, the month or only the year.

    >>> DatePrecision.MONTH.value
    'month'
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


#: What :meth:`PartialDate.parse` reads, as its messages say it.
PARTIAL_DATE_RULE: Final = (
    "must be a date, a month or a year as sources write them, "
    "such as '12.05.2019', 'May 2019', '05.2019' or '2018'"
)

# "in 2018", "в 2018 году", "in May 2019", "в мае 2019 г.": the words around a date
# that add nothing to it.
_LEADING_WORDS: Final = re.compile(r"^(?:in|of|during|в|во|на)\s+", re.IGNORECASE)
_TRAILING_WORDS: Final = re.compile(r"[\s,]*(?:г\.?|гг\.?|года|году|год)\s*$", re.IGNORECASE)
_YEAR_ONLY: Final = re.compile(r"(\d{4})")
_MONTH_YEAR_NUMERIC: Final = re.compile(r"(\d{1,2})[./](\d{4})|(\d{4})-(\d{1,2})")
_MONTH_YEAR_WORDS: Final = re.compile(r"([^\W\d_]+)\.?,?\s+(\d{4})")


def _partial_error(rule: str, text: str) -> ParseError:
    return ParseError(rule, cls="PartialDate", field="text", text=text, position=None)


def _check_year(inst: PartialDate, _a: attrs.Attribute[int], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise WrongTypeError("must be an int", cls="PartialDate", field="year", value=value)
    if not datetime.MINYEAR <= value <= datetime.MAXYEAR:
        raise ValidationError(
            f"must be between {datetime.MINYEAR} and {datetime.MAXYEAR}",
            cls="PartialDate",
            field="year",
            value=value,
        )


def _check_part(inst: PartialDate, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise WrongTypeError(
            "must be an int or None", cls="PartialDate", field=attribute.name, value=value
        )


@attrs.frozen(repr=False)
class PartialDate:
    """A calendar date as a source gives it: to the day, to the month, or to the year only.

    "Signed in 2018" is ``PartialDate(2018)``, "in May 2019" ``PartialDate(2019, 5)``,
    "12.05.2019" ``PartialDate(2019, 5, 12)``. It stands for every day from
    :attr:`earliest` to :attr:`latest`; a question whose answer differs between those
    days has no answer from the data alone. Partial dates are not ordered (is May 2019
    before 12.05.2019?): compare their :attr:`earliest` and :attr:`latest` days.

    >>> PartialDate.parse("in 2018").precision
    <DatePrecision.YEAR: 'year'>
    >>> may = PartialDate.parse("мая 2019 года")
    >>> str(may), may.earliest, may.latest
    ('2019-05', datetime.date(2019, 5, 1), datetime.date(2019, 5, 31))
    >>> str(PartialDate.parse("12.05.2019")), PartialDate.parse("12.05.2019").exact
    ('2019-05-12', datetime.date(2019, 5, 12))
    >>> PartialDate(2019, 2, 30)
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: PartialDate: 'day' is not a day of February 2019, which has 28 days (got 30)
    """

    #: The year.
    year: int = attrs.field(validator=_check_year)
    #: The month (1-12), or None when the source gives the year only.
    month: int | None = attrs.field(default=None, validator=_check_part)
    #: The day of the month, or None when the source gives no day.
    day: int | None = attrs.field(default=None, validator=_check_part)

    def __attrs_post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError(
                "must be between 1 and 12", cls="PartialDate", field="month", value=self.month
            )
        if self.day is not None:
            if self.month is None:
                raise ValidationError(
                    "needs a month: a day without its month is not a date",
                    cls="PartialDate",
                    field="day",
                    value=self.day,
                )
            days = _days_in_month(self.year, self.month)
            if not 1 <= self.day <= days:
                name = _ENGLISH_MONTHS[self.month - 1].capitalize()
                raise ValidationError(
                    f"is not a day of {name} {self.year:04d}, which has {days} days",
                    cls="PartialDate",
                    field="day",
                    value=self.day,
                )

    @classmethod
    def of(cls, day: datetime.date) -> PartialDate:
        """The partial date known to the day *day*.

        >>> PartialDate.of(datetime.date(2019, 5, 12))
        PartialDate(2019, 5, 12)
        """
        if isinstance(day, datetime.datetime) or not isinstance(day, datetime.date):
            raise WrongTypeError(
                "must be a datetime.date (not a datetime)",
                cls="PartialDate",
                field="day",
                value=day,
            )
        return cls(day.year, day.month, day.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read a date, a month or a year as the sources write them, in English or Russian.

        Reads a year (``"2018"``, ``"в 2018 году"``, ``"in 2018"``), a month
        (``"May 2019"``, ``"мая 2019 года"``, ``"в мае 2019 г."``, ``"05.2019"``,
        ``"2019-05"``) and every full date :func:`parse_date` reads (day first).

        Raises:
            WrongTypeError: *text* is not a ``str``.
            ParseError: the text is none of those, or names a month or a day that
                does not exist.
            AmbiguousError: a full date that can be read more than one way.

        >>> [str(PartialDate.parse(t)) for t in ("в 2018 году", "in May 2019", "05.2019", "12 мая 2019 г.")]
        ['2018', '2019-05', '2019-05', '2019-05-12']
        >>> PartialDate.parse("13.2019")
        Traceback (most recent call last):
        ...
        regionrel.errors.ParseError: PartialDate: 'text' must be a date, a month or a year as sources write them, such as '12.05.2019', 'May 2019', '05.2019' or '2018': there is no month 13 (got '13.2019')
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="PartialDate", field="text", value=text)
        if len(text) > MAX_DATE_TEXT:
            raise _partial_error(
                f"{PARTIAL_DATE_RULE}: is longer than {MAX_DATE_TEXT} characters", text
            )
        core = _TRAILING_WORDS.sub("", _LEADING_WORDS.sub("", text.strip())).strip()
        if match := _YEAR_ONLY.fullmatch(core):
            return cls._checked(int(match[1]), None, text)
        if match := _MONTH_YEAR_NUMERIC.fullmatch(core):
            month, year = (match[1], match[2]) if match[1] else (match[4], match[3])
            return cls._checked(int(year), int(month), text)
        match = _MONTH_YEAR_WORDS.fullmatch(core)
        if match and match[1].lower() in MONTH_WORDS:
            return cls._checked(int(match[2]), MONTH_WORDS[match[1].lower()], text)
        try:
            return cls.of(parse_date(core if core else text))
        except AmbiguousError as exc:
            raise AmbiguousError(
                f"{PARTIAL_DATE_RULE}: {exc.rule}",
                candidates=exc.candidates,
                cls="PartialDate",
                field="text",
                value=text,
            ) from None
        except RegionrelError as exc:
            raise _partial_error(f"{PARTIAL_DATE_RULE}: {exc.rule}", text) from None

    @classmethod
    def _checked(cls, year: int, month: int | None, text: str) -> PartialDate:
        if year < datetime.MINYEAR:
            raise _partial_error(f"{PARTIAL_DATE_RULE}: there is no year {year}", text)
        if month is not None and not 1 <= month <= 12:
            raise _partial_error(f"{PARTIAL_DATE_RULE}: there is no month {month}", text)
        return cls(year, month)

    @property
    def precision(self) -> DatePrecision:
        """How much of the date is known.

        >>> PartialDate(2018).precision, PartialDate(2019, 5, 12).precision
        (<DatePrecision.YEAR: 'year'>, <DatePrecision.DAY: 'day'>)
        """
        if self.day is not None:
            return DatePrecision.DAY
        return DatePrecision.YEAR if self.month is None else DatePrecision.MONTH

    @property
    def earliest(self) -> datetime.date:
        """The first day the date may be.

        >>> PartialDate(2018).earliest
        datetime.date(2018, 1, 1)
        """
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> datetime.date:
        """The last day the date may be.

        >>> PartialDate(2020, 2).latest
        datetime.date(2020, 2, 29)
        """
        if self.day is not None:
            return self.earliest
        month = self.month or 12
        return datetime.date(self.year, month, _days_in_month(self.year, month))

    @property
    def exact(self) -> datetime.date | None:
        """The date itself when known to the day, else None.

        >>> PartialDate(2018).exact is None
        True
        """
        return self.earliest if self.day is not None else None

    def contains(self, day: datetime.date) -> bool:
        """Whether *day* is one of the days this partial date may be.

        >>> PartialDate(2018).contains(datetime.date(2018, 6, 1))
        True
        """
        if isinstance(day, datetime.datetime) or not isinstance(day, datetime.date):
            raise WrongTypeError(
                "must be a datetime.date (for a datetime, pass its .date())",
                cls="PartialDate.contains",
                field="day",
                value=day,
            )
        return self.earliest <= day <= self.latest

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __repr__(self) -> str:
        parts = [self.year, self.month, self.day]
        return f"PartialDate({', '.join(str(p) for p in parts if p is not None)})"


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)).day
