"""What a published figure measures, and the words that say so.

A figure is a plain number ("10,224.9"), a percentage ("21.5%"), an index ("104.9% of the
previous year") or a multiple ("2.1 times", "в 2,1 раза"): its :class:`FigureKind`. This
module holds the kinds and reads the words around a number that decide one, in English
and Russian, for :meth:`regionrel.reported.Reported.parse`:

>>> read_suffix("21.5% of the previous year", 4)
(<FigureKind.INDEX: 'index'>, 26)
>>> read_suffix("в 2,1 раза", 5)
(<FigureKind.MULTIPLE: 'multiple'>, 10)
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum
from typing import Final

from regionrel.errors import ValidationError, WrongTypeError

__all__ = ["FigureKind"]


class FigureKind(StrEnum):
    """What a published figure measures, which decides how it is read."""

    #: A plain amount or count: "10,224.9", "160".
    NUMBER = "number"
    #: A percentage: a share ("15.6% of trade") or a change ("increased by 21.5%").
    PERCENT = "percent"
    #: The current value in percent of a base: "104.9% of the previous year".
    INDEX = "index"
    #: A ratio of the current value to a base: "2.1 times", "в 2,1 раза".
    MULTIPLE = "multiple"


def to_kind(value: object, *, cls: str = "Reported") -> FigureKind:
    if isinstance(value, FigureKind):
        return value
    if isinstance(value, str):
        try:
            return FigureKind(value.lower())
        except ValueError:
            pass
        raise ValidationError(
            "must be a FigureKind: 'number', 'percent', 'index' or 'multiple'",
            cls=cls,
            field="kind",
            value=value,
        )
    raise WrongTypeError("must be a FigureKind", cls=cls, field="kind", value=value)


UNITS_OF: Final = {
    FigureKind.PERCENT: "a percentage",
    FigureKind.INDEX: "an index",
    FigureKind.MULTIPLE: "a multiple",
    FigureKind.NUMBER: "a plain number",
}


_SPACE_CHARS: Final = " \t\n\r\u00a0\u202f\u2009"
MULTIPLE_PREFIX: Final = re.compile(r"[вВ][ \u00a0\u202f\u2009]+(?=[-+\u2212\u2013]?[0-9])")
_PERCENT: Final = re.compile(r"%|per\s*cent\b|процент(?:а|ов)?\b", re.IGNORECASE)
_TIMES: Final = re.compile(r"(?:times|-?fold|раза?)\b|[x×](?![^\W\d_])", re.IGNORECASE)
_BASE_EN: Final = (
    r"(?:(?:the\s+)?(?:previous|preceding|prior|last)\s+(?:year|period|quarter|month)"
    r"|(?:the\s+)?same\s+period\s+(?:of|in)\s+(?:the\s+)?(?:previous|preceding|prior|last)\s+year"
    r"|(?:the\s+)?[12][0-9]{3}(?:\s+level)?"
    r"|(?:the\s+)?level\s+of\s+(?:the\s+previous\s+year|[12][0-9]{3}))"
)
_BASE_RU: Final = (
    r"(?:(?:уровню\s+)?[12][0-9]{3}(?:\s*(?:г\.|года|году|г\b))?"
    r"|(?:предыдущему|прошлому|предшествующему)\s+(?:году|периоду|кварталу|месяцу)"
    r"|соответствующему\s+периоду\s+(?:прошлого|предыдущего)\s+года"
    r"|уровню\s+(?:прошлого|предыдущего)\s+года)"
)
_INDEX_PHRASE: Final = re.compile(
    # "compared with 2017" is left out on purpose: "21.5% compared with 2017" is growth.
    rf"(?:of\s+{_BASE_EN}|к\s+{_BASE_RU})",
    re.IGNORECASE,
)


def skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _SPACE_CHARS:
        pos += 1
    return pos


def read_suffix(text: str, end: int) -> tuple[FigureKind, int]:
    """Read what follows the number: the kind it makes, and where reading stopped."""
    pos = skip_spaces(text, end)
    if pos == len(text):
        return FigureKind.NUMBER, pos
    if match := _PERCENT.match(text, pos):
        pos = skip_spaces(text, match.end())
        if phrase := _INDEX_PHRASE.match(text, pos):
            return FigureKind.INDEX, skip_spaces(text, phrase.end())
        return FigureKind.PERCENT, pos
    if match := _TIMES.match(text, pos):
        return FigureKind.MULTIPLE, skip_spaces(text, match.end())
    return FigureKind.NUMBER, pos


def raz(value: Decimal, decimals: int) -> str:
    if decimals:
        return "раза"
    whole = int(value)
    return "раза" if whole % 10 in (2, 3, 4) and whole % 100 not in (12, 13, 14) else "раз"
