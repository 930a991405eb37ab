"""Typos of a published figure: the figures one keystroke away, and the slip each names.

A typist who meant "11,224.9" and published "10,224.9" substituted one digit. Given the
digits of a published figure, this module lists every figure one keystroke away (a digit
substituted, two adjacent digits swapped, a digit left out or inserted, and on request
the decimal mark one digit off), each a :class:`Typo` naming the slip, and finds those
whose value lies in an interval. :class:`regionrel.reported.Reported` offers them as
``typo_variants`` and ``typos_within``:

>>> [typo.text for typo in typo_table(False, "10224", "9", "en", False).within(
...     Decimal("11224.85"), Decimal("11224.95"))]
['11,224.9']

Direction of typos: a typo took the TRUE text to the PUBLISHED text. The
candidates for the true value are therefore the variants of the published
text, and each :class:`Typo` names the slip the typist made: a variant with a
digit fewer than the published figure means the typist *inserted* a digit.
"""

from __future__ import annotations

import bisect
import functools
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import StrEnum
from typing import Final

import attrs

from regionrel._numbers import EXACT, digits_of, render
from regionrel._validators import checked_by_annotation
from regionrel.errors import ValidationError

__all__ = ["Typo", "TypoKind"]


class TypoKind(StrEnum):
    """The slip that took the true text to the published text."""

    #: One digit typed instead of another.
    SUBSTITUTION = "substitution"
    #: Two adjacent digits typed in the wrong order.
    TRANSPOSITION = "transposition"
    #: A digit left out.
    DELETION = "deletion"
    #: A digit typed that should not be there (a doubled digit is one of these).
    INSERTION = "insertion"
    #: The decimal mark typed one digit away from its place.
    MISPLACED_MARK = "misplaced_mark"


@attrs.frozen(field_transformer=checked_by_annotation)
class Typo:
    """A figure one keystroke away from a published one: a candidate for the true figure.

    >>> from regionrel.reported import Reported
    >>> typo = Reported.parse("10,224.9").typos_within(Decimal(11224), Decimal(11225))[0]
    >>> print(typo)
    11,224.9, published as 10,224.9: '1' typed as '0' at character 2
    >>> typo.kind, typo.value
    (<TypoKind.SUBSTITUTION: 'substitution'>, Decimal('11224.9'))
    """

    #: The slip that took this (true) text to the published one.
    kind: TypoKind
    #: The candidate true figure, written as it would have been published.
    text: str
    #: Its exact value.
    value: Decimal
    #: Its digits after the decimal mark.
    decimals: int
    #: Where the slip is in the published text.
    position: int
    #: The characters the true text has at the slip ("" when the typist inserted one).
    intended: str
    #: The characters the published text has there ("" when the typist left one out).
    typed: str
    #: The published text, the figure the typo produced.
    published: str
    #: Whether the slip involves a repeated digit: a digit typed twice
    #: (an insertion) or a double digit typed once (a deletion).
    doubled: bool = False

    def describe(self) -> str:
        """Say what the typist did, in a few words.

        >>> from regionrel.reported import Reported
        >>> [t.describe() for t in Reported.parse("7,709").typo_variants() if t.doubled][0]
        "extra '7' typed (a doubled digit) at character 1"
        """
        # People count characters from one; ``position`` stays a 0-based index.
        where = f"at character {self.position + 1}"
        if self.kind is TypoKind.SUBSTITUTION:
            return f"{self.intended!r} typed as {self.typed!r} {where}"
        if self.kind is TypoKind.TRANSPOSITION:
            return f"{self.intended!r} typed as {self.typed!r} (digits swapped) {where}"
        if self.kind is TypoKind.INSERTION:
            doubled = " (a doubled digit)" if self.doubled else ""
            return f"extra {self.typed!r} typed{doubled} {where}"
        if self.kind is TypoKind.DELETION:
            doubled = " (of a double digit)" if self.doubled else ""
            return f"{self.intended!r} left out{doubled} {where}"
        return f"decimal mark misplaced {where}"

    def __str__(self) -> str:
        return f"{self.text}, published as {self.published}: {self.describe()}"


#: No published figure has more digits; past this a typo search is meaningless (and
#: Python refuses to turn more than 4,300 digits into an int).
_MAX_TYPO_DIGITS: Final = 100


def typo_digits(value: Decimal, decimals: int, where: str) -> tuple[bool, str, str]:
    """The sign, integer and fraction digits of a figure to search for typos.

    Raises:
        ValidationError: the figure has more digits than any published one.
    """
    negative, integer, fraction = digits_of(value, decimals)
    if len(integer) + len(fraction) > _MAX_TYPO_DIGITS:
        raise ValidationError(
            f"must have at most {_MAX_TYPO_DIGITS} digits to search it for typos",
            cls=where,
            field="published",
            value=value,
        )
    return negative, integer, fraction


#: A candidate before it becomes a Typo: kind, integer and fraction digits,
#: position, intended, typed, doubled. Typos are built only when asked for.
_Edit = tuple[TypoKind, str, str, int, str, str, bool]


@attrs.frozen(field_transformer=checked_by_annotation)
class TypoTable:
    """The variants of one published figure, in the canonical order and by value."""

    negative: bool
    published: str
    locale: str
    edits: tuple[_Edit, ...]
    #: Indices into ``edits`` sorted by value, and the values in that order,
    #: as integers in units of ``10**-scale``.
    order: tuple[int, ...]
    values: tuple[int, ...]
    scale: int

    def typo(self, index: int) -> Typo:
        kind, new_int, new_frac, position, intended, typed, doubled = self.edits[index]
        text = render(self.negative, new_int, new_frac, self.locale)  # type: ignore[arg-type]
        sign = "-" if self.negative else ""
        value = Decimal(f"{sign}{new_int}.{new_frac}" if new_frac else f"{sign}{new_int}")
        return Typo(
            kind, text, value, len(new_frac), position, intended, typed, self.published, doubled
        )

    def within(self, low: Decimal, high: Decimal) -> tuple[Typo, ...]:
        # Values are kept as exact integers in units of 10**-scale: compare the
        # bounds rounded inwards in that unit.
        unit = Decimal(1).scaleb(-self.scale, EXACT)
        first = bisect.bisect_left(
            self.values, int(low.quantize(unit, ROUND_CEILING, EXACT).scaleb(self.scale, EXACT))
        )
        last = bisect.bisect_right(
            self.values, int(high.quantize(unit, ROUND_FLOOR, EXACT).scaleb(self.scale, EXACT))
        )
        return tuple(self.typo(index) for index in sorted(self.order[first:last]))


@functools.lru_cache(maxsize=4096)
def all_typos(
    negative: bool, integer: str, fraction: str, locale: str, marks: bool
) -> tuple[Typo, ...]:
    table = typo_table(negative, integer, fraction, locale, marks)
    return tuple(table.typo(index) for index in range(len(table.edits)))


def _valid_integer(digits: str) -> bool:
    return bool(digits) and (digits[0] != "0" or digits == "0")


@functools.lru_cache(maxsize=4096)
def typo_table(negative: bool, integer: str, fraction: str, locale: str, marks: bool) -> TypoTable:
    # Written for speed (the audit asks this for every suspect figure): values are
    # exact integers in units of 10**-scale, and duplicates are skipped by rule
    # instead of looked up: a digit inserted next to an equal digit, or one of two
    # equal neighbours removed, is produced once, at the left position.
    published = render(negative, integer, fraction, locale)  # type: ignore[arg-type]
    where = [i for i, ch in enumerate(published) if ch.isdigit()]
    mark = where[len(integer) - 1] + 1 if fraction else len(published)
    edits: list[_Edit] = []
    values: list[int] = []
    sign = -1 if negative else 1
    scale = len(fraction) + 1
    digits_all = integer + fraction
    whole = int(digits_all) * 10  # the published value in units of 10**-scale
    count = len(digits_all)
    first_int = len(integer) > 1  # a leading zero is possible only then
    substitution, transposition = TypoKind.SUBSTITUTION, TypoKind.TRANSPOSITION
    insertion, deletion = TypoKind.INSERTION, TypoKind.DELETION

    for i, typed in enumerate(digits_all):
        weight = 10 ** (count - i)
        old = int(typed)
        for new in range(10):
            if new == old or (i == 0 and new == 0 and first_int):
                continue
            intended = str(new)
            text = digits_all[:i] + intended + digits_all[i + 1 :]
            edits.append(
                (substitution, *_split(text, len(integer)), where[i], intended, typed, False)
            )
            values.append(sign * (whole + (new - old) * weight))
    for i in range(count - 1):
        if i + 1 == len(integer):
            continue  # never across the decimal mark
        pair = digits_all[i : i + 2]
        if pair[0] == pair[1] or (i == 0 and pair[1] == "0" and first_int):
            continue
        text = digits_all[:i] + pair[::-1] + digits_all[i + 2 :]
        edits.append(
            (transposition, *_split(text, len(integer)), where[i], pair[::-1], pair, False)
        )
        values.append(sign * int(text) * 10)
    parts = [(integer, 0, True)] + ([(fraction, len(integer), False)] if fraction else [])
    for digits, offset, is_int in parts:
        if not is_int and len(digits) == 1:
            continue  # leaving out the only decimal would leave a bare mark
        for i, typed in enumerate(digits):
            if i > 0 and digits[i - 1] == typed:
                continue  # the same as removing its left twin
            new_part = digits[:i] + digits[i + 1 :]
            if is_int and not _valid_integer(new_part):
                continue
            doubled = i + 1 < len(digits) and digits[i + 1] == typed
            new_int, new_frac = (new_part, fraction) if is_int else (integer, new_part)
            edits.append((insertion, new_int, new_frac, where[offset + i], "", typed, doubled))
            values.append(sign * int(new_int + new_frac) * 10 ** (scale - len(new_frac)))
    for digits, offset, is_int in parts:
        end = mark if is_int else len(published)
        for i in range(len(digits) + 1):
            position = where[offset + i] if i < len(digits) else end
            left = digits[i - 1] if i > 0 else ""
            right = digits[i] if i < len(digits) else ""
            for intended in "0123456789":
                if intended == left:
                    continue  # the same as inserting it after its left twin
                new_part = digits[:i] + intended + digits[i:]
                if is_int and new_part[0] == "0":
                    continue  # a leading zero
                new_int, new_frac = (new_part, fraction) if is_int else (integer, new_part)
                edits.append(
                    (deletion, new_int, new_frac, position, intended, "", intended == right)
                )
                values.append(sign * int(new_int + new_frac) * 10 ** (scale - len(new_frac)))
    if marks and fraction:
        point = published[mark]
        moves = [(integer[:-1], integer[-1] + fraction)] if len(integer) > 1 else []
        moves.append((integer + fraction[0], fraction[1:]))
        for new_int, new_frac in moves:
            if _valid_integer(new_int):
                edits.append((TypoKind.MISPLACED_MARK, new_int, new_frac, mark, "", point, False))
                values.append(sign * int(new_int + new_frac) * 10 ** (scale - len(new_frac)))
    order = sorted(range(len(values)), key=values.__getitem__)
    return TypoTable(
        negative,
        published,
        locale,
        tuple(edits),
        tuple(order),
        tuple(values[index] for index in order),
        scale,
    )


def _split(digits: str, integer_length: int) -> tuple[str, str]:
    return digits[:integer_length], digits[integer_length:]
