"""Subject areas: the fields of cooperation an agreement or a measure covers.

Sources name them in running text ("trade and economic, scientific and technical,
social and cultural cooperation", "торгово-экономическое сотрудничество"), so
:meth:`SubjectArea.parse_many` reads such a phrase, and refuses a word that is
neither an area nor a joining word rather than guessing.

>>> sorted(a.value for a in SubjectArea.parse_many("social and cultural cooperation"))
['cultural', 'social']
"""

from __future__ import annotations

import enum
import re
from typing import Final

from regionrel.errors import ParseError, WrongTypeError

__all__ = ["SubjectArea"]

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
