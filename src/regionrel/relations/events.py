"""Events of a region's relations: delegation visits, forums, conferences, meetings.

An :class:`Event` has a kind, a title, a date or a period (a year alone is
allowed: "in 2018"), a host region, participants (regions, governing bodies,
delegations) and the topics discussed. Numbered forums carry their edition and
partner in their titles, and :meth:`Event.from_title` reads them:

>>> forum = Event.from_title("The Ninth Russian-Azerbaijani Interregional Forum", when=2018)
>>> forum.kind, forum.edition, forum.partner.name
(<EventKind.FORUM: 'forum'>, 9, 'Azerbaijan')
>>> Event.from_title("XXI Russian-Armenian Business Forum", when="2019").edition
21
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import attrs

from regionrel._validators import as_date, as_tuple, check_title, instance_of, optional_instance_of
from regionrel.dates import PartialDate
from regionrel.display import NotebookDisplay
from regionrel.errors import (
    AmbiguousError,
    ParseError,
    RegionrelError,
    UnknownRegionError,
    ValidationError,
    WrongTypeError,
)
from regionrel.periods import Period
from regionrel.regions import GoverningBody, Region, RegionKind, with_article
from regionrel.relations._arguments import argument
from regionrel.relations.agreement import Agreement
from regionrel.relations.plans import ActionPlan

if TYPE_CHECKING:
    from regionrel.gazetteer import Gazetteer

__all__ = [
    "Concern",
    "Delegation",
    "Event",
    "EventKind",
    "Participant",
    "read_edition",
    "read_partners",
    "region_of",
]


class EventKind(enum.Enum):
    """What kind of event it is."""

    DELEGATION_VISIT = "delegation visit"
    FORUM = "forum"
    CONFERENCE = "conference"
    BUSINESS_FORUM = "business forum"
    MEETING = "meeting"
    EXHIBITION = "exhibition"

    @classmethod
    def from_title(cls, title: str) -> EventKind:
        """The kind a title names, in English or Russian.

        Raises:
            ParseError: the title names no kind of event.

        >>> EventKind.from_title("the Ninth Russian-Abkhaz Business Forum")
        <EventKind.BUSINESS_FORUM: 'business forum'>
        >>> EventKind.from_title("VI Конференция по межрегиональному сотрудничеству")
        <EventKind.CONFERENCE: 'conference'>
        """
        if not isinstance(title, str):
            raise WrongTypeError("must be a str", cls="EventKind", field="title", value=title)
        key = title.casefold()
        for kind, pattern in _KIND_WORDS:
            if pattern.search(key):
                return kind
        raise ParseError(
            "names no kind of event (forum, conference, business forum, meeting, exhibition, "
            "delegation visit)",
            cls="EventKind",
            text=title,
        )


_KIND_WORDS: Final = (
    (EventKind.BUSINESS_FORUM, re.compile(r"business[\s-]+forum|бизнес-форум|делов\w* форум")),
    (EventKind.FORUM, re.compile(r"\bforum\b|форум")),
    (EventKind.CONFERENCE, re.compile(r"\bconference\b|конференц")),
    (EventKind.EXHIBITION, re.compile(r"\bexhibition\b|\bexpo\b|\bfair\b|выставк|ярмарк")),
    (
        EventKind.MEETING,
        re.compile(r"\bmeeting\b|\bsession\b|\btalks\b|\bcommission\b|встреч|заседани"),
    ),
    (EventKind.DELEGATION_VISIT, re.compile(r"\bvisit\b|\bdelegation\b|визит|делегаци")),
)

# --------------------------------------------------------------------------- ordinals

_UNITS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_TENTHS: Final = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
_RU_UNITS: Final = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
    "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
    "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16,
    "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20, "тридцат": 30,
}  # fmt: skip
_RU_TENS: Final = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50}
_RU_ENDINGS: Final = r"(?:ый|ий|ой|ая|ое|ья|ье|ого|его|ому|ему|ом|ем|ым|им|ой|ую|ью)"

_ENGLISH_ORDINAL: Final = re.compile(
    r"\b(?:(?P<tens>" + "|".join(_TENS) + r")[\s-]+(?P<unit>" + "|".join(list(_UNITS)[:9]) + r")"
    r"|(?P<word>" + "|".join([*_UNITS, *_TENTHS]) + r"))\b",
    re.IGNORECASE,
)
_RUSSIAN_ORDINAL: Final = re.compile(
    r"(?<![а-яё])(?:(?P<tens>"
    + "|".join(_RU_TENS)
    + r")\s+)?(?P<stem>"
    + "|".join(sorted(_RU_UNITS, key=len, reverse=True))
    + r")"
    + _RU_ENDINGS
    + r"(?![а-яё])",
    re.IGNORECASE,
)
_DIGIT_ORDINAL: Final = re.compile(
    r"(?<![\w.])(?P<n>\d{1,3})(?:st|nd|rd|th|-?(?:й|я|е|го|ой|ый|ий))\b", re.IGNORECASE
)
_ROMAN: Final = re.compile(
    r"(?<![\w.-])(?=[MDCLXVI])(?P<r>M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
    r"(?=\s+[A-ZА-ЯЁ\"«])"
)
_ROMAN_VALUES: Final = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def _roman(text: str) -> int:
    total = 0
    for i, letter in enumerate(text):
        value = _ROMAN_VALUES[letter]
        following = _ROMAN_VALUES[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def read_edition(title: str) -> int | None:
    """The edition number in a title, or None when it has none.

    Reads ordinal words in English ("Ninth", "Twenty-first") and Russian
    ("Девятый"), ordinal digits ("9th", "9-й") and Roman numerals ("IX", "XXI").

    >>> read_edition("the Sixth Conference on Interregional Cooperation between Russia and Tajikistan")
    6
    >>> read_edition("Twenty-first Russian-Belarusian Forum"), read_edition("the 9th Forum")
    (21, 9)
    >>> read_edition("IX Российско-Азербайджанский межрегиональный форум")
    9
    >>> read_edition("Russian-Chinese Expo") is None
    True

    An ordinal that counts centuries is not an edition:

    >>> read_edition("Conference on Russia in the 21st Century") is None
    True
    """
    if not isinstance(title, str):
        raise WrongTypeError("must be a str", cls="read_edition", field="title", value=title)
    found: list[tuple[int, int]] = []
    for match in _ENGLISH_ORDINAL.finditer(title):
        if match["word"]:
            word = match["word"].lower()
            found.append((match.start(), _UNITS.get(word) or _TENTHS[word]))
        else:
            found.append(
                (match.start(), _TENS[match["tens"].lower()] + _UNITS[match["unit"].lower()])
            )
    for match in _RUSSIAN_ORDINAL.finditer(title):
        tens = _RU_TENS[match["tens"].lower()] if match["tens"] else 0
        found.append((match.start(), tens + _RU_UNITS[match["stem"].lower()]))
    for match in _DIGIT_ORDINAL.finditer(title):
        found.append((match.start(), int(match["n"])))
    for match in _ROMAN.finditer(title):
        found.append((match.start(), _roman(match["r"])))
    found = [f for f in found if f[1] > 0 and not _CENTURY.match(title, _word_end(title, f[0]))]
    return min(found)[1] if found else None


# "the 21st century", "XXI века", "в двадцать первом веке": a century, not an edition.
_CENTURY: Final = re.compile(r"[\s-]*(?:century|centuries|век|века|веке|веку|веков)\b", re.I)


def _word_end(title: str, start: int) -> int:
    """Where the ordinal that starts at *start* ends (its last word, for "Twenty-first")."""
    match = re.compile(
        r"[^\W_]+(?:[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|"
        r"eighth|ninth|перв\w*|втор\w*|трет\w*))?",
        re.I,
    ).match(title, start)
    return start if match is None else match.end()


# --------------------------------------------------------------------------- partners

_COMPOUND_RU: Final = re.compile(r"[А-ЯЁа-яё]+(?:\s*[-‐‑–—]\s*[А-ЯЁа-яё]+)+")
_JOINER: Final = re.compile(r"\s+(?:and|и)\s+|\s*[–—-]\s*")
_WORD: Final = re.compile(r"[^\s,;:()«»\"]+")
_CAPITALISED: Final = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][a-zа-яё]+(?![\w-])")


def _gazetteer(gazetteer: Gazetteer | None) -> Gazetteer:
    from regionrel import gazetteer as module

    if gazetteer is not None:
        return argument(gazetteer, module.Gazetteer, cls="read_partners", field="gazetteer")
    return module.default()


def _find(gaz: Gazetteer, name: str) -> Region | None:
    found = set(gaz.search(name.strip()))  # search, not find: no close-name hunt on a miss
    return found.pop() if len(found) == 1 else None


def _adjectives(gaz: Gazetteer, compound: str) -> tuple[Region, ...]:
    try:
        return gaz.parties_of(compound)
    except (UnknownRegionError, AmbiguousError, ValidationError):
        return ()


def read_partners(
    title: str, *, home: str = "RU", gazetteer: Gazetteer | None = None
) -> tuple[Region, ...]:
    """The partners a title names besides the *home* country (ISO alpha-2 code).

    Reads compound adjectives ("Russian-Abkhaz", "Российско-Азербайджанский")
    through the gazetteer's adjectives, and names joined by "between ... and ..."
    or a dash ("Russia-Tajikistan").

    >>> [r.name for r in read_partners("the Ninth Russian-Abkhaz Business Forum")]
    ['Abkhazia']
    >>> [r.name for r in read_partners("Conference on Interregional Cooperation between Russia and Tajikistan")]
    ['Tajikistan']
    >>> [r.name for r in read_partners("IX Российско-Азербайджанский межрегиональный форум")]
    ['Azerbaijan']
    """
    if not isinstance(title, str):
        raise WrongTypeError("must be a str", cls="read_partners", field="title", value=title)
    gaz = _gazetteer(gazetteer)
    found: dict[Region, None] = dict.fromkeys(gaz.parties_in(title))
    for match in _COMPOUND_RU.finditer(title):
        found.update(dict.fromkeys(_adjectives(gaz, match.group())))
    for match in _JOINER.finditer(title):
        left, right = _words_around(title, match.start(), match.end())
        first = _longest(gaz, [left[k:] for k in range(len(left))])
        second = _longest(gaz, [right[:k] for k in range(len(right), 0, -1)])
        if first is not None and second is not None:
            found.update(dict.fromkeys((first, second)))
    if not found:
        for word in _CAPITALISED.findall(title):
            found.update(dict.fromkeys(_adjectives(gaz, word)))
    return tuple(r for r in found if not _is_country(r, home))


def _words_around(title: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The last four words of ``title[:start]`` and the first four of ``title[end:]``.

    Each side is read in a window that doubles until it holds a fifth word or the whole
    side, up to :data:`_REACH` characters (far more than a title's name spans), so a title
    of many joiners is read in linear time; a word the reach cuts is left out."""
    reach = 64
    while True:
        low = max(0, start - reach)
        left = list(_WORD.finditer(title, low, start))
        if low == 0 or len(left) > 4 or reach >= _REACH:
            break
        reach *= 2
    if left and low > 0 and left[0].start() == low:
        left = left[1:]  # (cut by the reach)
    reach = 64
    while True:
        high = min(len(title), end + reach)
        right = list(_WORD.finditer(title, end, high))
        if high == len(title) or len(right) > 4 or reach >= _REACH:
            break
        reach *= 2
    if right and high < len(title) and right[-1].end() == high:
        right = right[:-1]  # (cut by the reach)
    return [w.group() for w in left[-4:]], [w.group() for w in right[:4]]


#: The farthest a joiner's names are looked for, in characters.
_REACH: Final = 512


def _longest(gaz: Gazetteer, candidates: list[list[str]]) -> Region | None:
    for words in candidates:
        region = _find(gaz, " ".join(words))
        if region is not None:
            return region
    return None


def _is_country(region: Region, code: str) -> bool:
    return region.kind is RegionKind.COUNTRY and region.country == code


# --------------------------------------------------------------------------- participants


def _check_origin(_inst: object, _a: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Region | GoverningBody):
        raise WrongTypeError(
            "must be a Region or a GoverningBody", cls="Delegation", field="origin", value=value
        )


@attrs.frozen
class Delegation:
    """A delegation sent by a region or a governing body, with its head if known.

    >>> from regionrel.regions import Region
    >>> str(Delegation(Region.of_subdivision("Fergana Region", country="UZ")))
    'delegation of the Fergana Region'
    """

    #: Who sent it.
    origin: Region | GoverningBody = attrs.field(validator=_check_origin)
    #: Who led it.
    head: str | None = attrs.field(
        default=None,
        kw_only=True,
        validator=optional_instance_of(str),
    )

    @property
    def region(self) -> Region:
        """The region the delegation comes from."""
        return self.origin if isinstance(self.origin, Region) else self.origin.region

    def __str__(self) -> str:
        if isinstance(self.origin, GoverningBody):
            return f"delegation of the {self.origin.name}"
        return f"delegation of {with_article(self.origin.name)}"


#: Who takes part in an event.
Participant: TypeAlias = Region | GoverningBody | Delegation

#: What an event may concern: an agreement or an action plan.
Concern: TypeAlias = Agreement | ActionPlan


def region_of(participant: Participant) -> Region:
    """The region a participant stands for."""
    if isinstance(participant, Region):
        return participant
    argument(participant, Region, GoverningBody, Delegation, cls="region_of", field="participant")
    return participant.region


# "17-19.11.2025", "17–19 November 2025", "17-19 ноября 2025 г.": a range of days.
_DAY_RANGE: Final = re.compile(
    r"\s*(?P<first>\d{1,2})\s*[-–—]\s*(?P<last>\d{1,2})(?P<rest>(?:[./]|\s+)\S.*)$"
)


def _partial_period(partial: PartialDate) -> Period:
    if partial.month is None:
        return Period.year(partial.year)
    if partial.day is None:
        return Period.month(partial.year, partial.month)
    return Period.day(partial.earliest)


# "30.11-02.12.2025": a range of days across months, the year written once.
_MONTH_RANGE: Final = re.compile(
    r"\s*(?P<day>\d{1,2})\.(?P<month>\d{1,2})\s*[-–—]\s*(?P<last>\d{1,2}\.\d{1,2}\.\d{4})\s*$"
)
# "November 17-19, 2025": a month, a range of its days, the year.
_US_RANGE: Final = re.compile(
    r"\s*(?P<month>[A-Za-z]+)\s+(?P<first>\d{1,2})\s*[-–—]\s*(?P<last>\d{1,2}),?\s+(?P<year>\d{4})\s*$"
)


def _range(first: date, last: date, text: str) -> Period:
    if first > last:
        raise ParseError(
            f"ends before it starts: {first} is after {last}", cls="Event", field="when", text=text
        )
    return Period(first, last)


def _when_from_text(text: str) -> Period | None:
    """A range of days or a month as sources write them, or None."""
    if match := _MONTH_RANGE.match(text):
        try:
            end = PartialDate.parse(match["last"]).earliest
            first = date(end.year, int(match["month"]), int(match["day"]))
        except (RegionrelError, ValueError):
            return None
        return _range(first, end, text)
    if match := _US_RANGE.match(text):
        try:
            month = PartialDate.parse(f"{match['month']} {match['year']}")
            if month.month is None or month.day is not None:
                return None
            first = date(month.year, month.month, int(match["first"]))
            last_day = date(month.year, month.month, int(match["last"]))
        except (RegionrelError, ValueError):
            return None
        return _range(first, last_day, text)
    if match := _DAY_RANGE.match(text):
        try:
            last = PartialDate.parse(match["last"] + match["rest"])
        except RegionrelError:
            return None
        if last.day is None or last.month is None:
            return None
        try:
            first = date(last.year, last.month, int(match["first"]))
        except ValueError:
            return None
        if first > last.earliest:
            raise ParseError(
                f"ends before it starts: day {first.day} is after day {last.earliest.day}",
                cls="Event",
                field="when",
                text=text,
            )
        return Period(first, last.earliest)
    try:
        return _partial_period(PartialDate.parse(text))
    except RegionrelError:
        return None


def _to_when(value: Any) -> Period:
    if isinstance(value, Period):
        return value
    if isinstance(value, PartialDate):
        return _partial_period(value)
    if isinstance(value, date):  # a datetime too: the date rule refuses it, with its hint
        return Period.day(as_date(value, cls="Event", field="when"))
    if isinstance(value, str):
        try:
            return Period.coerce(value)
        except RegionrelError:
            found = _when_from_text(value)  # a range of days, a month as sources write them
            if found is None:
                raise
            return found
    if isinstance(value, int) and not isinstance(value, bool):
        return Period.coerce(value)
    raise WrongTypeError(
        "must be a date, a year, a Period or text", cls="Event", field="when", value=value
    )


def _sequence(value: Any) -> Any:
    """Any iterable but a string or a mapping as a tuple; the rest is left to the validators."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        return value
    return tuple(value)


def _to_strings(value: Any) -> Any:
    if isinstance(value, str):
        return (value,)
    return as_tuple(value)


def _check_participants(_inst: object, _a: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple):
        raise WrongTypeError(
            "must be a sequence of participants", cls="Event", field="participants", value=value
        )
    for item in value:
        if not isinstance(item, Region | GoverningBody | Delegation):
            raise WrongTypeError(
                "must hold regions, governing bodies or delegations",
                cls="Event",
                field="participants",
                value=item,
            )


def _check_topics(_inst: object, _a: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple) or not all(isinstance(t, str) and t.strip() for t in value):
        raise WrongTypeError(
            "must be a sequence of non-empty str", cls="Event", field="topics", value=value
        )


def _check_edition(_inst: object, _a: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError("must be an int or None", cls="Event", field="edition", value=value)
    if value < 1:
        raise ValidationError("must be at least 1", cls="Event", field="edition", value=value)


def _to_concerns(value: Any) -> Any:
    if isinstance(value, Agreement | ActionPlan):
        return (value,)
    return as_tuple(_sequence(value))


def _check_concerns(_inst: object, _a: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple):
        raise WrongTypeError(
            "must be an agreement, an action plan or a sequence of them",
            cls="Event",
            field="concerns",
            value=value,
        )
    for item in value:
        if not isinstance(item, Agreement | ActionPlan):
            raise WrongTypeError(
                "must hold agreements and action plans",
                cls="Event",
                field="concerns",
                value=item,
            )


def _check_partners(_inst: object, _a: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple) or not all(isinstance(r, Region) for r in value):
        raise WrongTypeError(
            "must be a sequence of Region", cls="Event", field="partners", value=value
        )


@attrs.frozen
class Event(NotebookDisplay):
    """An event of a region's relations.

    Args:
        kind: what kind of event it is.
        title: the title as written (for a visit, a description).
        when: a date, a year (``2018``), a :class:`~regionrel.periods.Period`, a
            :class:`~regionrel.dates.PartialDate` or text, including a month
            (``"05.2025"``, ``"May 2025"``) and a range of days (``"17-19.11.2025"``,
            ``"17-19 ноября 2025 г."``, ``"30.11-02.12.2025"``, ``"November 17-19, 2025"``).

    Raises:
        ValidationError: a delegation visit with a delegation of the host region itself
            (whatever the number of delegations: the host's region cannot visit itself).
        WrongTypeError, ParseError: a value of the wrong type or text that is not a date.

    >>> str(Event(EventKind.FORUM, "Forum", "17-19.11.2025").when)
    '2025-11-17/2025-11-19'
    >>> str(Event(EventKind.FORUM, "Forum", "05.2025").when)
    '2025-05'

        host: the region that hosted it, if known.
        participants: regions, governing bodies and delegations that took part.
        topics: what was discussed.
        edition: the edition of a numbered event.
        partners: the partner regions or countries the title names.
        concerns: the agreements and action plans the event concerns, as the sources
            link them (an agreement signed, discussed or reviewed there, a plan signed
            there); an agreement or a plan, or a sequence of them. A plan stands for
            its agreement too (:attr:`agreements_concerned`), and
            :meth:`RegionRelations.events_concerning
            <regionrel.profile.RegionRelations.events_concerning>` answers the other
            way round.

    >>> from regionrel.relations import Agreement
    >>> deal = Agreement.between("Agreement on cooperation", "Government of the Leningrad Region",
    ...     "Administration of the Kursk Region", signed_on="12.05.2016")
    >>> plan = ActionPlan(deal, "2025-2027", signed_on="18.11.2025")
    >>> forum = Event(EventKind.FORUM, "XII Forum of Regions", "17-19.11.2025", concerns=plan)
    >>> [a.title for a in forum.agreements_concerned], forum.plans_concerned == (plan,)
    (['Agreement on cooperation'], True)
    """

    kind: EventKind = attrs.field(validator=instance_of(EventKind))
    title: str = attrs.field(validator=check_title)
    when: Period = attrs.field(converter=_to_when)
    host: Region | None = attrs.field(
        default=None,
        kw_only=True,
        validator=optional_instance_of(Region),
    )
    participants: tuple[Participant, ...] = attrs.field(
        default=(), kw_only=True, converter=as_tuple, validator=_check_participants
    )
    topics: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_to_strings, validator=_check_topics
    )
    edition: int | None = attrs.field(default=None, kw_only=True, validator=_check_edition)
    partners: tuple[Region, ...] = attrs.field(
        default=(), kw_only=True, converter=as_tuple, validator=_check_partners
    )
    concerns: tuple[Agreement | ActionPlan, ...] = attrs.field(
        default=(), kw_only=True, converter=_to_concerns, validator=_check_concerns
    )

    @classmethod
    def from_title(
        cls,
        title: str,
        *,
        when: date | int | str | Period,
        kind: EventKind | None = None,
        host: Region | None = None,
        participants: Iterable[Participant] = (),
        topics: Iterable[str] = (),
        home: str = "RU",
        gazetteer: Gazetteer | None = None,
        concerns: Concern | Iterable[Concern] = (),
    ) -> Event:
        """Build an event whose kind, edition and partners are read from its title.

        Args:
            home: the ISO code of the home country, left out of the partners.
            gazetteer: the gazetteer for partner adjectives (the built-in one by default).

        Raises:
            ParseError: the title names no kind of event and *kind* is not given.
        """
        return cls(
            EventKind.from_title(title) if kind is None else kind,
            title,
            when,
            host=host,
            participants=_sequence(participants),
            topics=_sequence(topics),
            edition=read_edition(title),
            partners=read_partners(title, home=home, gazetteer=gazetteer),
            concerns=concerns,
        )

    @classmethod
    def visit(
        cls,
        delegations: Iterable[Participant | str],
        *,
        to: Region | str,
        when: date | int | str | Period | PartialDate,
        topics: Iterable[str] = (),
        title: str | None = None,
        gazetteer: Gazetteer | None = None,
        concerns: Concern | Iterable[Concern] = (),
    ) -> Event:
        """A visit of one or more delegations to the region *to*.

        Regions may be given by name or code, read through *gazetteer* (the built-in
        one by default).

        >>> from regionrel.regions import Region
        >>> fergana = Region.of_subdivision("Fergana Region", country="UZ")
        >>> lo = Region.of_subdivision("Leningrad Region", country="RU")
        >>> Event.visit([fergana], to=lo, when=2018).title
        'Visit of the delegation of the Fergana Region to the Leningrad Region'
        >>> Event.visit(["Fergana Region"], to="Leningrad Region", when="05.2018").host.name
        'Leningrad Region'

        Raises:
            WrongTypeError: *to* or a delegation of the wrong type.
            UnknownRegionError, AmbiguousError: a name the gazetteer does not know or
                cannot tell apart.
            ValidationError: no delegation, or a delegation of the host region itself
                (alone or among others).

        >>> Event.visit(["Leningrad Region", "Fergana Region"], to="Leningrad Region", when=2018)
        Traceback (most recent call last):
        ...
        regionrel.errors.ValidationError: Event: 'participants' must not hold a delegation of the host region: the Leningrad Region cannot visit itself (got 'delegation of the Leningrad Region')
        """
        host = _region(to, gazetteer, field="to")
        if isinstance(delegations, str | Region | GoverningBody | Delegation) or not isinstance(
            delegations, Iterable
        ):
            raise WrongTypeError(
                "must be a sequence of delegations, regions, bodies or names",
                cls="Event",
                field="delegations",
                value=delegations,
            )
        members = tuple(
            d
            if isinstance(d, Delegation)
            else Delegation(
                _region(d, gazetteer, field="delegations") if isinstance(d, str) else d
            )
            for d in delegations
        )
        to = host
        if not members:
            raise ValidationError(
                "must name at least one delegation", cls="Event", field="participants", value=()
            )
        if title is None:
            names = _join([str(m).removeprefix("delegation of ") for m in members])
            noun = "delegation" if len(members) == 1 else "delegations"
            title = f"Visit of the {noun} of {names} to {with_article(to.name)}"
        return cls(
            EventKind.DELEGATION_VISIT,
            title,
            when,
            host=to,
            participants=members,
            topics=_sequence(topics),
            concerns=concerns,
        )

    def __attrs_post_init__(self) -> None:
        # A visit's delegations are the visitors: one of the host region itself would
        # visit its own region, alone or with others.
        if self.kind is EventKind.DELEGATION_VISIT and self.host is not None:
            own = [
                p for p in self.participants if isinstance(p, Delegation) and p.region == self.host
            ]
            if own:
                raise ValidationError(
                    "must not hold a delegation of the host region: "
                    f"{with_article(self.host.name)} cannot visit itself",
                    cls="Event",
                    field="participants",
                    value=str(own[0]),
                )

    @property
    def agreements_concerned(self) -> tuple[Agreement, ...]:
        """The agreements the event concerns: those it names, then those of the plans it
        names, each once."""
        found: list[Agreement] = []
        for item in self.concerns:
            deal = item if isinstance(item, Agreement) else item.agreement
            if not any(deal.is_same_as(f) for f in found):
                found.append(deal)
        return tuple(found)

    @property
    def plans_concerned(self) -> tuple[ActionPlan, ...]:
        """The action plans the event concerns."""
        return tuple(p for p in self.concerns if isinstance(p, ActionPlan))

    def concerns_item(self, item: Agreement | ActionPlan) -> bool:
        """Whether the event concerns *item*: an agreement it names or whose plan it
        names, a plan it names (each at any stage of its life, as
        :meth:`Agreement.is_same_as <regionrel.relations.Agreement.is_same_as>` tells).

        Raises:
            WrongTypeError: *item* is neither an agreement nor an action plan.
        """
        argument(item, Agreement, ActionPlan, cls="Event.concerns_item", field="item")
        if isinstance(item, Agreement):
            return any(item.is_same_as(a) for a in self.agreements_concerned)
        return any(item.is_same_as(p) for p in self.plans_concerned)

    @property
    def partner(self) -> Region | None:
        """The first partner the title names, or None."""
        return self.partners[0] if self.partners else None

    @property
    def regions(self) -> tuple[Region, ...]:
        """Every region involved: the host, the participants' regions and the partners."""
        found: dict[Region, None] = {}
        if self.host is not None:
            found[self.host] = None
        for participant in self.participants:
            found.setdefault(region_of(participant), None)
        for partner in self.partners:
            found.setdefault(partner, None)
        return tuple(found)

    def partners_of(self, region: Region) -> tuple[Region, ...]:
        """The regions *region* met at this event: every region involved but itself and
        its own country."""
        argument(region, Region, cls="Event.partners_of", field="region")
        return tuple(
            r
            for r in self.regions
            if r != region and not (region.country and _is_country(r, region.country))
        )

    def involves(self, region: Region) -> bool:
        """Whether *region* hosted it or took part."""
        return region in self.regions

    def in_year(self, year: int) -> bool:
        """Whether the event took place (at least partly) in *year*."""
        return self.when.overlaps(Period.year(year))

    def __str__(self) -> str:
        return f"{self.title} ({self.when})"


def _region(value: object, gazetteer: Gazetteer | None, *, field: str) -> Region:
    if isinstance(value, Region):
        return value
    if not isinstance(value, str):
        raise WrongTypeError("must be a Region or its name", cls="Event", field=field, value=value)
    return _gazetteer(gazetteer).resolve(value)


def _join(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
