"""Regions, their codes, groups with dated membership, and governing bodies.

A :class:`Region` is a country, a federal subject of Russia, a foreign subnational unit or
a partially recognised state, as sources name it, with its codes in each scheme that has one:

>>> leningrad = Region.of_subdivision(
...     "Leningrad Region", kind=RegionKind.OBLAST, country="RU",
...     codes={"iso3166-2": "RU-LEN", "ru-subject": "47"}, name_ru="Ленинградская область")
>>> leningrad.iso_code, leningrad.country, leningrad.kind.is_federal_subject
('RU-LEN', 'RU', True)

A :class:`RegionGroup` (built-in ones in :mod:`regionrel.gazetteer`) is a named group (a
federal district, the CIS, the EAEU) whose membership is dated. A membership runs from its
``since`` day (inclusive) to its ``until`` day (exclusive: the first day on which the
region is no longer a member), so that a region that moves between two groups on a day
belongs to the new group on that day and to exactly one group on every day:

>>> import datetime as dt
>>> nw = RegionGroup.of(
...     "North-Western Federal District", kind=GroupKind.FEDERAL_DISTRICT,
...     memberships=[Membership(leningrad, since=dt.date(2000, 5, 13))], scheme="Russian law")
>>> nw.is_member(leningrad, on=dt.date(2018, 12, 31)), nw.is_member(leningrad, on=dt.date(1999, 1, 1))
(True, False)
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, TypeVar

import attrs

from regionrel._validators import as_date, as_optional_date
from regionrel.display import NotebookDisplay
from regionrel.errors import ValidationError, WrongTypeError

__all__ = [
    "BodyKind",
    "CodeScheme",
    "Codes",
    "GoverningBody",
    "GroupKind",
    "Membership",
    "Region",
    "RegionGroup",
    "RegionKind",
    "with_article",
]


_E = TypeVar("_E", bound=enum.Enum)


class RegionKind(enum.Enum):
    """What a region is: a state, a federal subject of Russia (by legal form), or a foreign unit.

    >>> RegionKind.KRAI.is_federal_subject, RegionKind.COUNTRY.is_state
    (True, True)
    >>> RegionKind.parse("Autonomous Okrug")
    <RegionKind.AUTONOMOUS_OKRUG: 'autonomous okrug'>
    """

    #: A state with a code in ISO 3166-1.
    COUNTRY = "country"
    #: A state recognised by some members of the UN only (Abkhazia, South Ossetia).
    PARTIALLY_RECOGNISED_STATE = "partially recognised state"
    #: A republic, a federal subject of Russia.
    REPUBLIC = "republic"
    #: A krai (territory), a federal subject of Russia.
    KRAI = "krai"
    #: An oblast (region), a federal subject of Russia.
    OBLAST = "oblast"
    #: A city of federal significance, a federal subject of Russia.
    FEDERAL_CITY = "federal city"
    #: The autonomous oblast, a federal subject of Russia (the Jewish Autonomous Region).
    AUTONOMOUS_OBLAST = "autonomous oblast"
    #: An autonomous okrug, a federal subject of Russia.
    AUTONOMOUS_OKRUG = "autonomous okrug"
    #: A subnational unit of another country (a region of Uzbekistan, say).
    SUBDIVISION = "subdivision"

    @property
    def is_federal_subject(self) -> bool:
        """Whether this kind is a legal form of a federal subject of Russia."""
        return self in _FEDERAL_SUBJECT_KINDS

    @property
    def is_state(self) -> bool:
        """Whether this kind is a state (recognised or partially recognised)."""
        return self in (RegionKind.COUNTRY, RegionKind.PARTIALLY_RECOGNISED_STATE)

    @classmethod
    def parse(cls, text: str) -> RegionKind:
        """Return the kind named by *text* (its value or its name, any case).

        Raises:
            WrongTypeError: *text* is not a string.
            ValidationError: *text* names no kind.
        """
        return _parse_enum(cls, text)


_FEDERAL_SUBJECT_KINDS: Final = frozenset(
    {
        RegionKind.REPUBLIC,
        RegionKind.KRAI,
        RegionKind.OBLAST,
        RegionKind.FEDERAL_CITY,
        RegionKind.AUTONOMOUS_OBLAST,
        RegionKind.AUTONOMOUS_OKRUG,
    }
)


class CodeScheme(enum.StrEnum):
    """The coding schemes the gazetteer knows; a region's ``codes`` are keyed by these values.

    >>> CodeScheme.ISO_3166_2 == "iso3166-2"
    True
    """

    #: ISO 3166-1 alpha-2 ("RU").
    ISO_ALPHA2 = "iso3166-1-alpha2"
    #: ISO 3166-1 alpha-3 ("RUS").
    ISO_ALPHA3 = "iso3166-1-alpha3"
    #: ISO 3166-1 numeric ("643").
    ISO_NUMERIC = "iso3166-1-numeric"
    #: ISO 3166-2, subdivisions of countries ("RU-LEN").
    ISO_3166_2 = "iso3166-2"
    #: The two-digit code of a federal subject of Russia ("47" for the Leningrad Region),
    #: as the Federal Tax Service and vehicle registration plates use it.
    RU_SUBJECT = "ru-subject"


_CODE_PATTERNS: Final[dict[str, tuple[re.Pattern[str], str]]] = {
    CodeScheme.ISO_ALPHA2: (re.compile(r"[A-Z]{2}"), "two capital letters"),
    CodeScheme.ISO_ALPHA3: (re.compile(r"[A-Z]{3}"), "three capital letters"),
    CodeScheme.ISO_NUMERIC: (re.compile(r"[0-9]{3}"), "three digits"),
    CodeScheme.ISO_3166_2: (re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}"), "like 'RU-LEN'"),
    CodeScheme.RU_SUBJECT: (re.compile(r"[0-9]{2}"), "two digits"),
}
_SCHEME_NAME: Final = re.compile(r"[a-z0-9][a-z0-9_.:-]*")


def _require_str(value: object, *, cls: str, field: str) -> str:
    if not isinstance(value, str):
        raise WrongTypeError("must be a str", cls=cls, field=field, value=value)
    if not value.strip():
        raise ValidationError("must not be empty", cls=cls, field=field, value=value)
    return value


def _parse_enum(cls: type[_E], text: object) -> _E:
    if isinstance(text, cls):
        return text
    if not isinstance(text, str):
        raise WrongTypeError(
            f"must be a {cls.__name__} or its name", cls=cls.__name__, field="text", value=text
        )
    key = " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()
    for member in cls:
        if key in (str(member.value).casefold(), member.name.replace("_", " ").casefold()):
            return member
    names = ", ".join(repr(m.value) for m in cls)
    raise ValidationError(f"must be one of {names}", cls=cls.__name__, field="text", value=text)


class Codes(Mapping[str, str]):
    """An immutable, hashable mapping of coding scheme to code.

    Codes are checked against the known schemes' patterns; other schemes may
    be used freely (lower-case names such as ``"okato"``).

    >>> codes = Codes({"iso3166-2": "RU-LEN", "ru-subject": "47"})
    >>> codes["iso3166-2"], len(codes), codes == {"ru-subject": "47", "iso3166-2": "RU-LEN"}
    ('RU-LEN', 2, True)
    >>> Codes({"iso3166-2": "Leningrad"})
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: Codes: 'iso3166-2' must be like 'RU-LEN' (got 'Leningrad')
    """

    __slots__ = ("_data",)

    _data: dict[str, str]

    def __init__(self, codes: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        if isinstance(codes, Codes):
            self._data = codes._data
            return
        given: object = codes
        if isinstance(given, str) or not isinstance(given, Mapping | Iterable):
            raise WrongTypeError(
                "must be a mapping of scheme to code", cls="Codes", field="codes", value=codes
            )
        try:
            pairs = list(codes.items() if isinstance(codes, Mapping) else codes)
            data = {str(k) if isinstance(k, CodeScheme) else k: v for k, v in pairs}
        except (TypeError, ValueError) as exc:
            raise WrongTypeError(
                "must be a mapping of scheme to code", cls="Codes", field="codes", value=codes
            ) from exc
        for scheme, code in data.items():
            _require_str(scheme, cls="Codes", field="scheme")
            if not _SCHEME_NAME.fullmatch(scheme):
                raise ValidationError(
                    "must be a lower-case scheme name", cls="Codes", field="scheme", value=scheme
                )
            _require_str(code, cls="Codes", field=scheme)
            known = _CODE_PATTERNS.get(scheme)
            if known is not None and not known[0].fullmatch(code):
                raise ValidationError(f"must be {known[1]}", cls="Codes", field=scheme, value=code)
        self._data = dict(sorted(data.items()))

    def __getitem__(self, scheme: str) -> str:
        return self._data[scheme]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(tuple(self._data.items()))

    def __repr__(self) -> str:
        return f"Codes({self._data!r})"

    def __reduce__(self) -> tuple[type[Codes], tuple[dict[str, str]]]:
        # Pickle protocols 0 and 1 refuse a class with slots and no __getstate__.
        return (Codes, (dict(self._data),))

    def __setattr__(self, name: str, value: object) -> None:
        if hasattr(self, "_data"):
            raise AttributeError("Codes is immutable")
        object.__setattr__(self, name, value)


def _to_codes(value: Any) -> Codes:
    return value if isinstance(value, Codes) else Codes(value)


def _to_names(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise WrongTypeError(
            "must be an iterable of names", cls="Region", field="aliases", value=value
        )
    names = tuple(value)
    for name in names:
        _require_str(name, cls="Region", field="aliases")
    return names


def _check_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _require_str(value, cls=type(instance).__name__, field=attribute.name)


def _check_optional_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _require_str(value, cls=type(instance).__name__, field=attribute.name)


def _check_kind(instance: Region, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, RegionKind):
        raise WrongTypeError("must be a RegionKind", cls="Region", field="kind", value=value)


def _check_country(instance: Region, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        if instance.kind is RegionKind.COUNTRY or instance.kind.is_federal_subject:
            raise ValidationError(
                f"must be given for a {instance.kind.value}", cls="Region", field="country"
            )
        return
    if not isinstance(value, str):
        raise WrongTypeError("must be a str or None", cls="Region", field="country", value=value)
    if not re.fullmatch(r"[A-Z]{2}", value):
        raise ValidationError(
            "must be an ISO 3166-1 alpha-2 code", cls="Region", field="country", value=value
        )
    if (
        instance.kind is RegionKind.COUNTRY
        and instance.codes.get(CodeScheme.ISO_ALPHA2, value) != value
    ):
        raise ValidationError(
            f"must equal the country's own alpha-2 code {instance.codes[CodeScheme.ISO_ALPHA2]!r}",
            cls="Region",
            field="country",
            value=value,
        )


def _check_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise WrongTypeError(
            "must be a bool", cls=type(instance).__name__, field=attribute.name, value=value
        )


def _check_note(instance: Region, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError("must be a str", cls="Region", field="note", value=value)
    if instance.disputed and not value.strip():
        raise ValidationError(
            "must say what is disputed when 'disputed' is true", cls="Region", field="note"
        )


def _scheme_name(scheme: object, method: str) -> str:
    """A scheme's name (a CodeScheme or its text), or the library's own error."""
    if isinstance(scheme, str):
        return str(scheme)
    rule = "must be a code scheme (a CodeScheme or its name)"
    raise WrongTypeError(rule, cls=f"Region.{method}", field="scheme", value=scheme)


@attrs.frozen(repr=False, cache_hash=True)
class Region(NotebookDisplay):
    """A country, a federal subject of Russia, a foreign subnational unit or a partially recognised state.

    Build one with :meth:`of_country` or :meth:`of_subdivision`; the built-in ones
    come from :mod:`regionrel.gazetteer`. Two regions are equal when all their
    fields are.

    >>> uz = Region.of_country("Uzbekistan", alpha2="UZ", alpha3="UZB", numeric="860")
    >>> uz
    Region.of_country('Uzbekistan', alpha2='UZ')
    >>> str(uz), uz.iso_code, uz.code("iso3166-1-numeric")
    ('Uzbekistan', 'UZ', '860')
    """

    #: The name as sources write it in English ("Leningrad Region").
    name: str = attrs.field(validator=_check_name)
    #: What the region is.
    kind: RegionKind = attrs.field(validator=_check_kind)
    #: Codes by scheme (see :class:`CodeScheme`).
    codes: Codes = attrs.field(default=Codes(), converter=_to_codes)
    #: ISO 3166-1 alpha-2 code of the country the region lies in, by the scheme
    #: that defines the region's kind (Russian law for a federal subject); a
    #: country's own code for a country; ``None`` for a partially recognised state.
    country: str | None = attrs.field(default=None, validator=_check_country)
    #: The name in Russian ("Ленинградская область").
    name_ru: str | None = attrs.field(default=None, validator=_check_optional_name)
    #: Other names sources use: romanizations, ISO's name, short forms.
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_to_names)
    #: Whether the region's status or sovereignty is disputed.
    disputed: bool = attrs.field(default=False, validator=_check_bool)
    #: What is disputed, stated neutrally (required when ``disputed``).
    note: str = attrs.field(default="", validator=_check_note)

    @classmethod
    def of_country(
        cls,
        name: str,
        *,
        alpha2: str,
        alpha3: str | None = None,
        numeric: str | None = None,
        name_ru: str | None = None,
        aliases: Iterable[str] = (),
    ) -> Region:
        """Build a country from its ISO 3166-1 codes.

        Raises:
            ValidationError: a code does not have its scheme's form.
            WrongTypeError: an argument has the wrong type.
        """
        codes = {CodeScheme.ISO_ALPHA2.value: alpha2}
        if alpha3 is not None:
            codes[CodeScheme.ISO_ALPHA3.value] = alpha3
        if numeric is not None:
            codes[CodeScheme.ISO_NUMERIC.value] = numeric
        return cls(
            name,
            RegionKind.COUNTRY,
            Codes(codes),
            alpha2,
            name_ru=name_ru,
            aliases=_to_names(aliases),
        )

    @classmethod
    def of_subdivision(
        cls,
        name: str,
        *,
        kind: RegionKind = RegionKind.SUBDIVISION,
        country: str | None,
        codes: Mapping[str, str] | None = None,
        name_ru: str | None = None,
        aliases: Iterable[str] = (),
        disputed: bool = False,
        note: str = "",
    ) -> Region:
        """Build a region inside a country (or a partially recognised state, with ``country=None``).

        >>> Region.of_subdivision("Fergana Region", country="UZ", codes={"iso3166-2": "UZ-FA"})
        Region.of_subdivision('Fergana Region', kind=RegionKind.SUBDIVISION, country='UZ')

        Raises:
            ValidationError: a code or the country code does not have its scheme's form.
            WrongTypeError: an argument has the wrong type.
        """
        if kind is RegionKind.COUNTRY:
            raise ValidationError(
                "must not be COUNTRY here: use Region.of_country",
                cls="Region",
                field="kind",
                value=kind,
            )
        return cls(
            name,
            kind,
            Codes(codes or {}),
            country,
            name_ru=name_ru,
            aliases=_to_names(aliases),
            disputed=disputed,
            note=note,
        )

    @property
    def iso_code(self) -> str | None:
        """ISO 3166-1 alpha-2 for a country, ISO 3166-2 for anything else, ``None`` where ISO has none."""
        if self.kind is RegionKind.COUNTRY:
            return self.codes.get(CodeScheme.ISO_ALPHA2)
        return self.codes.get(CodeScheme.ISO_3166_2)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the region: its English name, its Russian name, then its aliases."""
        ru = (self.name_ru,) if self.name_ru else ()
        return (self.name, *ru, *self.aliases)

    def code(self, scheme: str) -> str | None:
        """Return the region's code in *scheme*, or ``None`` where the scheme has none."""
        return self.codes.get(_scheme_name(scheme, "code"))

    def country_in(self, scheme: str) -> str | None:
        """Return the country the region lies in as *scheme* has it.

        For ISO 3166-2 that is the prefix of the region's ISO 3166-2 code (so
        ISO's Crimea, UA-43, lies in UA while Russian law lists the Republic of
        Crimea as a federal subject of RU); for any other scheme it is :attr:`country`.

        >>> abkhazia = Region.of_subdivision(
        ...     "Abkhazia", kind=RegionKind.PARTIALLY_RECOGNISED_STATE, country=None,
        ...     codes={"iso3166-2": "GE-AB"}, disputed=True, note="status disputed")
        >>> abkhazia.country_in("iso3166-2"), abkhazia.country
        ('GE', None)
        """
        if _scheme_name(scheme, "country_in") == CodeScheme.ISO_3166_2:
            code = self.codes.get(CodeScheme.ISO_3166_2)
            if code is not None:
                return code[:2]
        return self.country

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        if self.kind is RegionKind.COUNTRY:
            return f"Region.of_country({self.name!r}, alpha2={self.country!r})"
        return (
            f"Region.of_subdivision({self.name!r}, kind=RegionKind.{self.kind.name}, "
            f"country={self.country!r})"
        )


class GroupKind(enum.Enum):
    """What binds a group of regions together.

    >>> GroupKind.parse("federal district")
    <GroupKind.FEDERAL_DISTRICT: 'federal district'>
    """

    #: A federal district of Russia.
    FEDERAL_DISTRICT = "federal district"
    #: An organisation of states (the CIS, the EAEU).
    INTERSTATE_ORGANISATION = "interstate organisation"
    #: Any other grouping a user defines.
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> GroupKind:
        """Return the kind named by *text* (its value or its name, any case).

        Raises:
            WrongTypeError: *text* is not a string.
            ValidationError: *text* names no kind.
        """
        return _parse_enum(cls, text)


def _to_since(value: object) -> dt.date | None:
    return as_optional_date(value, cls="Membership", field="since")


def _to_until(value: object) -> dt.date | None:
    return as_optional_date(value, cls="Membership", field="until")


def _check_region(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Region):
        raise WrongTypeError(
            "must be a Region", cls=type(instance).__name__, field=attribute.name, value=value
        )


def _check_until(
    instance: Membership, attribute: attrs.Attribute[Any], value: dt.date | None
) -> None:
    if value is not None and instance.since is not None and value <= instance.since:
        raise ValidationError(
            f"must be after 'since' ({instance.since.isoformat()})",
            cls="Membership",
            field="until",
            value=value,
        )


def _check_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError(
            "must be a str", cls=type(instance).__name__, field=attribute.name, value=value
        )


@attrs.frozen
class Membership:
    """A region's membership of a group, from ``since`` (inclusive) to ``until`` (exclusive).

    ``None`` at either end means "open": since the group began, or still a member.

    >>> import datetime as dt
    >>> buryatia = Region.of_subdivision("Republic of Buryatia", kind=RegionKind.REPUBLIC, country="RU")
    >>> m = Membership(buryatia, since="2000-05-13", until="2018-11-03")
    >>> m.on(dt.date(2018, 11, 2)), m.on(dt.date(2018, 11, 3))
    (True, False)
    """

    #: The member.
    region: Region = attrs.field(validator=_check_region)
    #: First day of membership, or ``None`` if a member since the group began.
    since: dt.date | None = attrs.field(default=None, converter=_to_since)
    #: First day on which the region is no longer a member, or ``None`` if it still is.
    until: dt.date | None = attrs.field(default=None, converter=_to_until, validator=_check_until)
    #: "member", or a weaker tie such as "associate member".
    status: str = attrs.field(default="member", validator=_check_name)
    #: The act or document that dates the membership.
    source: str = attrs.field(default="", validator=_check_text)

    def on(self, day: dt.date) -> bool:
        """Whether the membership holds on *day*."""
        day = as_date(day, cls="Membership", field="day")
        return (self.since is None or self.since <= day) and (
            self.until is None or day < self.until
        )

    def overlaps(self, other: Membership) -> bool:
        """Whether the two memberships share a day."""
        starts_before_other_ends = (
            other.until is None or self.since is None or self.since < other.until
        )
        ends_after_other_starts = (
            self.until is None or other.since is None or other.since < self.until
        )
        return starts_before_other_ends and ends_after_other_starts


def _to_memberships(value: Any) -> tuple[Membership, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise WrongTypeError(
            "must be an iterable of Membership",
            cls="RegionGroup",
            field="memberships",
            value=value,
        )
    items = tuple(value)
    for item in items:
        if not isinstance(item, Membership):
            raise WrongTypeError(
                "must hold Membership values only",
                cls="RegionGroup",
                field="memberships",
                value=item,
            )
    return items


def _check_memberships(
    instance: RegionGroup, attribute: attrs.Attribute[Any], value: tuple[Membership, ...]
) -> None:
    for i, first in enumerate(value):
        for second in value[i + 1 :]:
            same = first.region is second.region or (
                first.region.name == second.region.name and first.region == second.region
            )
            if same and first.overlaps(second):
                raise ValidationError(
                    f"must not hold overlapping memberships of the same region ({first.region.name})",
                    cls="RegionGroup",
                    field="memberships",
                    value=instance.name,
                )


def _check_group_kind(
    instance: RegionGroup, attribute: attrs.Attribute[Any], value: object
) -> None:
    if not isinstance(value, GroupKind):
        raise WrongTypeError("must be a GroupKind", cls="RegionGroup", field="kind", value=value)


@attrs.frozen(repr=False)
class RegionGroup:
    """A named group of regions whose membership is dated.

    ``scheme`` says whose law or charter the membership follows (the federal
    districts follow Russian law), since schemes may disagree about a disputed region.

    >>> from regionrel import gazetteer
    >>> district = gazetteer.group("North-Western Federal District")
    >>> len(district.members(on="2018-12-31")), district.scheme
    (11, 'Russian law')
    """

    #: The group's name in English.
    name: str = attrs.field(validator=_check_name)
    #: What binds the group together.
    kind: GroupKind = attrs.field(validator=_check_group_kind)
    #: Every membership, past and present.
    memberships: tuple[Membership, ...] = attrs.field(
        converter=_to_memberships, validator=_check_memberships
    )
    #: Whose law or charter the membership follows ("Russian law", "CIS Charter").
    scheme: str = attrs.field(validator=_check_name)
    #: The name in Russian.
    name_ru: str | None = attrs.field(default=None, validator=_check_optional_name)
    #: Other names sources use ("NWFD", "North-West Federal District").
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_to_names)
    #: The acts the membership data comes from.
    source: str = attrs.field(default="", validator=_check_text)

    @classmethod
    def of(
        cls,
        name: str,
        *,
        kind: GroupKind | str,
        memberships: Iterable[Membership],
        scheme: str,
        name_ru: str | None = None,
        aliases: Iterable[str] = (),
        source: str = "",
    ) -> RegionGroup:
        """Build a group; *kind* may be a :class:`GroupKind` or its name.

        Raises:
            ValidationError: two memberships of the same region overlap, or a name is empty.
            WrongTypeError: an argument has the wrong type.
        """
        return cls(
            name,
            GroupKind.parse(kind) if isinstance(kind, str) else kind,
            _to_memberships(memberships),
            scheme,
            name_ru=name_ru,
            aliases=_to_names(aliases),
            source=source,
        )

    def memberships_on(self, on: dt.date | str | None = None) -> tuple[Membership, ...]:
        """The memberships that hold on *on* (a date or its text); with ``None``, the current ones."""
        if on is None:
            return tuple(m for m in self.memberships if m.until is None)
        day = as_date(on, cls="RegionGroup", field="on")
        return tuple(m for m in self.memberships if m.on(day))

    def members(self, on: dt.date | str | None = None) -> tuple[Region, ...]:
        """The members on *on*, or the current members when *on* is ``None``.

        *on* is a ``datetime.date`` or a date's text, read by the library's one rule for
        dates (:func:`regionrel._validators.as_date`): ``"12.01.2021"`` (day first) or
        ``"2021-01-12"``.

        Raises:
            WrongTypeError: *on* is not a date or text (a datetime is refused: pass ``.date()``).
            ParseError, AmbiguousError: *on* is text that is not one date.
        """
        return tuple(m.region for m in self.memberships_on(on))

    def is_member(self, region: Region, on: dt.date | str | None = None) -> bool:
        """Whether *region* is a member on *on* (currently, when *on* is ``None``).

        Raises:
            WrongTypeError: *region* is not a :class:`Region` or *on* is not a date or text.
            ParseError, AmbiguousError: *on* is text that is not one date.
        """
        if not isinstance(region, Region):
            raise WrongTypeError(
                "must be a Region", cls="RegionGroup", field="region", value=region
            )
        return any(m.region == region for m in self.memberships_on(on))

    def history(self, region: Region) -> tuple[Membership, ...]:
        """Every membership of *region*, oldest first."""
        found = [m for m in self.memberships if m.region == region]
        return tuple(sorted(found, key=lambda m: m.since or dt.date.min))

    def __contains__(self, region: object) -> bool:
        return isinstance(region, Region) and self.is_member(region)

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return (
            f"<RegionGroup {self.name!r}: {self.kind.value}, {len(self.memberships)} memberships>"
        )


class BodyKind(enum.Enum):
    """The kind of a governing body that signs agreements.

    >>> BodyKind.COUNCIL_OF_MINISTERS.title
    'Council of Ministers'
    """

    GOVERNMENT = "Government"
    ADMINISTRATION = "Administration"
    COUNCIL_OF_MINISTERS = "Council of Ministers"
    CABINET_OF_MINISTERS = "Cabinet of Ministers"
    KHOKIMIYAT = "Khokimiyat"
    LEGISLATIVE_ASSEMBLY = "Legislative Assembly"
    #: A region's executive committee in Belarus (облисполком).
    REGIONAL_EXECUTIVE_COMMITTEE = "Regional Executive Committee"
    #: Minsk's executive committee (Мингорисполком).
    CITY_EXECUTIVE_COMMITTEE = "City Executive Committee"
    #: A region's or city's executive body in Kazakhstan (акимат).
    AKIMAT = "Akimat"
    #: A province's, municipality's or autonomous region's government in China.
    PEOPLES_GOVERNMENT = "People's Government"

    @property
    def title(self) -> str:
        """The body's title as it opens its name."""
        return self.value

    @classmethod
    def parse(cls, text: str) -> BodyKind:
        """Return the kind named by *text* ("Government", "council of ministers", "Hokimiyat").

        Raises:
            WrongTypeError: *text* is not a string.
            ValidationError: *text* names no kind.
        """
        if isinstance(text, str) and text.strip().casefold() in ("hokimiyat", "khokimiat"):
            return cls.KHOKIMIYAT
        return _parse_enum(cls, text)


_ARTICLE_WORDS: Final = frozenset(
    {"region", "territory", "krai", "oblast", "republic", "okrug", "district", "federation",
     "kingdom", "netherlands", "states", "emirates", "philippines", "islands", "union"}
)  # fmt: skip


def with_article(name: str) -> str:
    """Return *name* as it reads after "of": "the Leningrad Region", but "Moscow".

    >>> with_article("Leningrad Region"), with_article("Republic of Crimea"), with_article("Uzbekistan")
    ('the Leningrad Region', 'the Republic of Crimea', 'Uzbekistan')
    """
    words = {w.casefold() for w in re.findall(r"[A-Za-z]+", name)}
    if name.startswith("the ") or not words & _ARTICLE_WORDS:
        return name
    return f"the {name}"


def _check_body_kind(
    instance: GoverningBody, attribute: attrs.Attribute[Any], value: object
) -> None:
    if not isinstance(value, BodyKind):
        raise WrongTypeError("must be a BodyKind", cls="GoverningBody", field="kind", value=value)


@attrs.frozen
class GoverningBody:
    """A governing body as a party to agreements, tied to its region.

    >>> crimea = Region.of_subdivision(
    ...     "Republic of Crimea", kind=RegionKind.REPUBLIC, country="RU", disputed=True, note="disputed")
    >>> body = GoverningBody.of(crimea, "Council of Ministers")
    >>> body.name
    'Council of Ministers of the Republic of Crimea'

    :meth:`parse` reads a name through the built-in gazetteer:

    >>> GoverningBody.parse("the Administration of the Kursk Region").region.iso_code
    'RU-KRS'
    """

    #: The body's name as sources write it.
    name: str = attrs.field(validator=_check_name)
    #: The region it governs.
    region: Region = attrs.field(validator=_check_region)
    #: What kind of body it is.
    kind: BodyKind = attrs.field(validator=_check_body_kind)

    @classmethod
    def of(cls, region: Region, kind: BodyKind | str) -> GoverningBody:
        """Build the body of *kind* that governs *region*, named as sources name it.

        Raises:
            WrongTypeError: *region* is not a Region or *kind* is not a BodyKind or text.
            ValidationError: *kind* names no known kind.
        """
        if not isinstance(region, Region):
            raise WrongTypeError(
                "must be a Region", cls="GoverningBody", field="region", value=region
            )
        body_kind = BodyKind.parse(kind) if isinstance(kind, str) else kind
        if not isinstance(body_kind, BodyKind):
            raise WrongTypeError(
                "must be a BodyKind", cls="GoverningBody", field="kind", value=kind
            )
        return cls(f"{body_kind.title} of {with_article(region.name)}", region, body_kind)

    @classmethod
    def parse(cls, text: str) -> GoverningBody:
        """Read a body's name ("Government of the Leningrad Region") with the built-in gazetteer.

        Use :meth:`regionrel.gazetteer.Gazetteer.governing_body` to read it with another gazetteer.

        Raises:
            ParseError: *text* does not start with a known kind of body followed by "of".
            UnknownRegionError: the region is not known.
            AmbiguousError: the region's name fits more than one region.
        """
        import regionrel.gazetteer as gazetteer  # layers: documented exception (a convenience that reads text with the floor above)

        return gazetteer.governing_body(text)

    def __str__(self) -> str:
        return self.name
