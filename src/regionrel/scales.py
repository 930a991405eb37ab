"""Scale words: the "million" in "7,109 million US dollars", read and written.

A :class:`Scale` is a power of a thousand that a published figure is stated in.
It reads the English and Russian words and abbreviations (thousand, th., k,
million, mln, mn, m, billion, bn; тыс., млн, млрд, трлн) and writes the usual
word for a locale:

>>> Scale.parse("mln")
<Scale.MILLION: 1000000>
>>> Scale.parse("млрд.", locale="ru").factor
1000000000
>>> Scale.MILLION.word(), Scale.MILLION.word(locale="ru")
('million', 'млн')
"""

from __future__ import annotations

import enum
import re
from typing import Final

from regionrel._numbers import check_locale
from regionrel.errors import ParseError, ValidationError, WrongTypeError

__all__ = ["Scale"]


class Scale(enum.Enum):
    """A power of a thousand that a figure is stated in; its value is its factor.

    >>> Scale.BILLION.factor
    1000000000
    >>> Scale.coerce("thousand") is Scale.THOUSAND
    True
    """

    UNIT = 1
    THOUSAND = 10**3
    MILLION = 10**6
    BILLION = 10**9
    TRILLION = 10**12

    @property
    def factor(self) -> int:
        """The number the scale multiplies by: 1,000,000 for a million."""
        return self.value

    @property
    def exponent(self) -> int:
        """The power of ten of the factor: 6 for a million.

        >>> Scale.THOUSAND.exponent
        3
        """
        return len(str(self.value)) - 1

    def word(self, *, locale: str = "en") -> str:
        """The word a publication in *locale* writes for the scale ("" for units).

        Args:
            locale: ``"en"`` or ``"ru"``.

        Raises:
            ValidationError: an unknown locale.

        >>> Scale.THOUSAND.word(locale="ru"), Scale.UNIT.word()
        ('тыс.', '')
        """
        return _WORDS[check_locale(locale, cls="Scale.word")][self]

    @classmethod
    def parse(cls, word: str, *, locale: str = "en") -> Scale:
        """Read a scale word or abbreviation, in English or Russian.

        The words of both languages are read in either locale: they cannot be
        confused with each other. Case does not matter, and an abbreviation may
        end with a full stop.

        Args:
            word: the word alone, such as ``"million"``, ``"bn"`` or ``"тыс."``.
            locale: ``"en"`` or ``"ru"``.

        Raises:
            WrongTypeError: *word* is not a str.
            ParseError: *word* is not a scale word.

        >>> Scale.parse("Billion"), Scale.parse("тыс.", locale="ru")
        (<Scale.BILLION: 1000000000>, <Scale.THOUSAND: 1000>)
        >>> Scale.parse("zillion")
        Traceback (most recent call last):
        ...
        regionrel.errors.ParseError: Scale.parse: is not a scale word such as 'thousand', 'million', 'bn', 'тыс.' or 'млн' (got 'zillion', stopped at position 0 before 'zillion')
        """
        check_locale(locale, cls="Scale.parse")
        if not isinstance(word, str):
            raise WrongTypeError("must be a str", cls="Scale.parse", field="word", value=word)
        stripped = word.strip()
        found = cls.scan(stripped)
        if found is None or found[1] != len(stripped):
            raise ParseError(
                "is not a scale word such as 'thousand', 'million', 'bn', 'тыс.' or 'млн'",
                cls="Scale.parse",
                text=word,
                position=0,
            )
        return found[0]

    @classmethod
    def scan(cls, text: str, pos: int = 0) -> tuple[Scale, int] | None:
        """The scale word that starts at *pos* in *text*, and where it ends; or None.

        A word counts only when no letter follows it, so the "m" of "MDL" is
        not a million.

        >>> Scale.scan("7.1 bn USD", 4)
        (<Scale.BILLION: 1000000000>, 6)
        >>> Scale.scan("7 MDL", 2) is None
        True
        """
        match = _WORD_RE.match(text, pos)
        if match is None:
            return None
        return _BY_WORD[match.group("word").lower()], match.end()

    @classmethod
    def coerce(cls, value: Scale | str | int) -> Scale:
        """Return *value* as a Scale: a Scale, its English name, or its factor.

        Raises:
            WrongTypeError: a value of another type.
            ValidationError: a name or a factor that is not a scale.

        >>> Scale.coerce("MILLION"), Scale.coerce(1000)
        (<Scale.MILLION: 1000000>, <Scale.THOUSAND: 1000>)
        """
        if isinstance(value, Scale):
            return value
        if isinstance(value, str):
            try:
                return cls[value.strip().upper()]
            except KeyError:
                raise ValidationError(
                    "must name a scale: 'unit', 'thousand', 'million', 'billion' or 'trillion'",
                    cls="Scale",
                    field="scale",
                    value=value,
                ) from None
        if isinstance(value, int) and not isinstance(value, bool):
            try:
                return cls(int(value))  # a plain int: the enum's message would repr a subclass
            except ValueError:
                raise ValidationError(
                    "must be the factor of a scale: 1, 1000, 10**6, 10**9 or 10**12",
                    cls="Scale",
                    field="scale",
                    value=value,
                ) from None
        raise WrongTypeError(
            "must be a Scale, its name or its factor", cls="Scale", field="scale", value=value
        )


_WORDS: Final[dict[str, dict[Scale, str]]] = {
    "en": {
        Scale.UNIT: "",
        Scale.THOUSAND: "thousand",
        Scale.MILLION: "million",
        Scale.BILLION: "billion",
        Scale.TRILLION: "trillion",
    },
    "ru": {
        Scale.UNIT: "",
        Scale.THOUSAND: "тыс.",
        Scale.MILLION: "млн",
        Scale.BILLION: "млрд",
        Scale.TRILLION: "трлн",
    },
}

# Whole words, read in any case.
_FULL_WORDS: Final[dict[Scale, tuple[str, ...]]] = {
    Scale.THOUSAND: ("thousand", "thousands", "тысяча", "тысячи", "тысяч"),
    Scale.MILLION: ("million", "millions", "миллион", "миллиона", "миллионов"),
    Scale.BILLION: ("billion", "billions", "миллиард", "миллиарда", "миллиардов"),
    Scale.TRILLION: ("trillion", "trillions", "триллион", "триллиона", "триллионов"),
}
# Abbreviations, which may end with a full stop.
_ABBREVIATIONS: Final[dict[Scale, tuple[str, ...]]] = {
    Scale.THOUSAND: ("th", "thou", "thous", "k", "тыс"),
    Scale.MILLION: ("mln", "mn", "mio", "m", "млн"),
    Scale.BILLION: ("bn", "bln", "b", "млрд"),
    Scale.TRILLION: ("tn", "trn", "трлн"),
}

_BY_WORD: Final[dict[str, Scale]] = {}
for _scale, _words in _FULL_WORDS.items():
    for _word in _words:
        _BY_WORD[_word] = _scale
for _scale, _words in _ABBREVIATIONS.items():
    for _word in _words:
        _BY_WORD[_word] = _scale
        _BY_WORD[_word + "."] = _scale


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD_RE: Final = re.compile(
    "(?i)(?P<word>(?:"
    + _alternation([w for words in _FULL_WORDS.values() for w in words])
    + r")(?![^\W\d_])|(?:"
    + _alternation([w for words in _ABBREVIATIONS.values() for w in words])
    + r")(?:\.|(?![^\W\d_])))"
)
