"""Numbers and amounts of money in running text: the decimal mark decided per number and per document.

The locale of a text is its language, not its number format: an English release of a
Russian office may write "USD 1.022,4 million", a Russian one "$891,873 млн". So the
separator of each number is decided from its shape, and where the shape leaves it open
("7,109", "1.500") from the other numbers of the same document, and only then from
the language.

Shapes:

- a space (ordinary, no-break, narrow no-break, thin, figure space) or an apostrophe
  between digits groups thousands, and every group after it has three digits;
- when both "." and "," occur, the last one is the decimal mark ("1.022,4",
  "1,234.5");
- a mark that occurs more than once groups thousands ("1,234,567");
- a single mark followed by other than three digits is the decimal mark ("108,2",
  "0.679", "1380,2");
- a single mark followed by three digits ("7,109") is decided by the document: the
  way the other numbers use that mark, else the language (English groups with ",",
  Russian writes "," as the decimal mark; "." is a decimal mark in both).

Invisible marks that publishing software inserts inside numbers (zero-width space and
joiners, word joiner, byte order mark, soft hyphen, left-to-right and right-to-left
marks) are skipped, so "7\\u200b109" is read whole as 7109; a number whose grouping is
broken is refused whole (:attr:`Number.valid` is False), never read in half.

Amounts join a number to its scale and currency, before or after ("$520,5 млн",
"$ 9,6 млрд", "USD 1.3bn", "$1.3m", "9 млрд 626,2 млн долларов", "five billion 186,9
million USD"); compound amounts are summed in the smallest scale they name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, localcontext
from typing import Final

import attrs

from regionrel._numbers import EXACT, NumberText, scan_number
from regionrel._validators import checked_by_annotation
from regionrel.errors import ParseError, WrongTypeError
from regionrel.scales import Scale

__all__ = [
    "GLUED_CODES",
    "INVISIBLE",
    "JOINT_MARKS",
    "across_marks",
    "MAX_DIGITS",
    "Number",
    "NumberStyle",
    "Money",
    "read_numbers",
    "number_style",
]

#: Characters that publishing software inserts inside numbers and that carry nothing.
INVISIBLE: Final = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
    # the Arabic letter mark, the bidirectional embeddings and isolates, invisible operators
    "\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2061\u2062\u2063\u2064"
)
_SPACES: Final = " \u00a0\u2009\u202f\u2007"
#: The most digits a number in running text may have (a table's largest figure has 15).
MAX_DIGITS: Final = 30
_APOSTROPHES: Final = "'\u2019\u02bc"
# The spaces narrower than a thin one that typesetting puts between groups of digits.
_OTHER_SPACES: Final = "\u200a\u2008\u2004\u2005\u2006\u205f"

#: Currency codes that releases glue to the number ("RMB52.86 billion", "USD1.3bn"): a
#: number right after one of them is read, as after a space.
GLUED_CODES: Final = ("RMB", "USD", "CNY", "EUR", "RUB", "GBP", "BYN", "KZT", "UZS")
_GLUED: Final = "|".join(f"(?<=(?<![A-Za-z]){code})" for code in GLUED_CODES)

# One number token: digits joined by at most one separator (or invisible marks) at a
# time. Each character is consumed once, so the scan is linear in the text.
_TOKEN: Final = re.compile(
    rf"(?=[0-9])(?:(?<![\w.,])|{_GLUED})[0-9](?:[0-9{INVISIBLE}]|[.,{_SPACES}{_APOSTROPHES}](?=[{INVISIBLE}]*[0-9]))*"
)
_INVISIBLE_RE: Final = re.compile(f"[{INVISIBLE}]")
_SPACE_RE: Final = re.compile(f"[{_SPACES}]")
_SPACE_SPLIT: Final = re.compile(f"([{_SPACES}])").split
_MARK_RE: Final = re.compile("[.,]")
_MARK_SPLIT: Final = _MARK_RE.split


@attrs.frozen(field_transformer=checked_by_annotation)
class NumberStyle:
    """How a document uses "," and "." where the shape of a number decides it.

    Counts of numbers whose shape proves each use; :func:`number_style` builds it.
    """

    comma_decimal: int = 0
    comma_group: int = 0
    point_decimal: int = 0
    point_group: int = 0

    def comma_is_decimal(self, locale: str) -> bool:
        """Whether an undecided "x,ddd" is a decimal comma in this document."""
        if self.comma_decimal != self.comma_group:
            return self.comma_decimal > self.comma_group
        return locale == "ru"

    def point_is_decimal(self) -> bool:
        """Whether an undecided "x.ddd" is a decimal point in this document."""
        return not self.point_group > self.point_decimal


@attrs.frozen(field_transformer=checked_by_annotation)
class Number:
    """A number read from running text, with its span in that text."""

    #: The characters of the number as in the source (invisible marks included).
    text: str
    #: Where it starts and ends in the text.
    start: int
    end: int
    #: Its exact value (None when the number is refused).
    value: Decimal | None
    #: Digits after the decimal mark.
    decimals: int
    #: Why it was refused ("" when it was read).
    problem: str = ""

    @property
    def valid(self) -> bool:
        """Whether the number was read whole."""
        return self.value is not None

    @property
    def is_integer(self) -> bool:
        """Whether it is read and has no decimals."""
        return self.value is not None and self.decimals == 0


def _shape(clean: str) -> tuple[str, list[str], list[str]]:
    """The separators of a cleaned number and the digit groups between them."""
    seps: list[str] = []
    groups: list[str] = []
    current: list[str] = []
    for ch in clean:
        if ch.isdigit():
            current.append(ch)
        else:
            groups.append("".join(current))
            current = []
            seps.append(ch)
    groups.append("".join(current))
    return clean, seps, groups


def number_style(texts: Sequence[str]) -> NumberStyle:
    """Count how the numbers *texts* (as scanned) prove each use of "," and ".".

    >>> number_style(["108,2", "1.022,4", "7,109"])
    NumberStyle(comma_decimal=2, comma_group=0, point_decimal=0, point_group=1)
    """
    counts = {"comma_decimal": 0, "comma_group": 0, "point_decimal": 0, "point_group": 0}
    for text in texts:
        if "." not in text and "," not in text:
            continue  # no mark to count (most numbers)
        _, seps, groups = _shape(_INVISIBLE_RE.sub("", text))
        marks = [s for s in seps if s in ".,"]
        if not marks:
            continue
        kinds = set(marks)
        if len(kinds) == 2:
            last = marks[-1]
            other = "," if last == "." else "."
            counts[("comma" if last == "," else "point") + "_decimal"] += 1
            counts[("comma" if other == "," else "point") + "_group"] += 1
            continue
        mark = marks[0]
        name = "comma" if mark == "," else "point"
        if len(marks) > 1:
            counts[name + "_group"] += 1
        elif len(groups[-1]) != 3 or groups[0] == "0" or len(groups[0]) > 3:
            counts[name + "_decimal"] += 1
    return NumberStyle(**counts)


def _read(text: str, start: int, style: NumberStyle, locale: str) -> Number:
    if text.isdigit() and len(text) <= MAX_DIGITS:  # plain digits (the token's are ASCII)
        return Number(text, start, start + len(text), Decimal(text), 0)
    clean = _INVISIBLE_RE.sub("", text)
    clean = "".join(" " if ch in _SPACES else ("'" if ch in _APOSTROPHES else ch) for ch in clean)
    _, seps, groups = _shape(clean)
    end = start + len(text)

    def refuse(why: str) -> Number:
        return Number(text, start, end, None, 0, why)

    marks = [s for s in seps if s in ".,"]
    decimal_mark = ""
    if len(set(marks)) == 2:
        decimal_mark = marks[-1]
        if marks.count(decimal_mark) > 1:
            return refuse("two decimal marks")
    elif marks:
        mark = marks[0]
        if len(marks) > 1:
            decimal_mark = ""
        elif len(groups[-1]) != 3 or groups[0] == "0" or len(groups[0]) > 3:
            decimal_mark = mark
        elif mark == ",":
            decimal_mark = "," if style.comma_is_decimal(locale) else ""
        else:
            decimal_mark = "." if style.point_is_decimal() else ""
    if decimal_mark and seps[-1] != decimal_mark:
        return refuse("a group separator after the decimal mark")
    int_groups = groups[:-1] if decimal_mark else groups
    fraction = groups[-1] if decimal_mark else ""
    if len(int_groups) > 1:
        if not 1 <= len(int_groups[0]) <= 3 or any(len(g) != 3 for g in int_groups[1:]):
            return refuse("irregular grouping of thousands")
        group_seps = seps[:-1] if decimal_mark else seps
        if len(set(group_seps)) > 1:
            return refuse("mixed group separators")
    digits = "".join(int_groups)
    if len(digits) + len(fraction) > MAX_DIGITS:
        return refuse(f"more than {MAX_DIGITS} digits, more than any published figure has")
    value = Decimal(digits + ("." + fraction if fraction else ""))
    return Number(text, start, end, value, len(fraction))


def _split_spaced(text: str, start: int) -> list[tuple[str, int]]:
    """Split a token at spaces whose groups cannot be thousands ("2018 2019")."""
    if _SPACE_RE.search(text) is None:
        return [(text, start)]
    parts: list[tuple[str, int]] = []
    pos = 0
    for piece in _SPACE_SPLIT(text):
        if piece and piece[0] not in _SPACES:
            parts.append((piece, start + pos))
        pos += len(piece)

    def digits(piece: str) -> str:  # the digits before any mark
        return _MARK_SPLIT(_INVISIBLE_RE.sub("", piece), 1)[0]

    # Tried in turn, so that a long run of years is refused at its first group.
    regular = (
        1 <= len(digits(parts[0][0])) <= 3
        and all(
            len(digits(p)) == 3 and not _MARK_RE.search(_INVISIBLE_RE.sub("", p))
            for p, _ in parts[1:-1]
        )
        and len(digits(parts[-1][0])) == 3
        and not _MARK_RE.search(_INVISIBLE_RE.sub("", parts[0][0]))
    )
    if regular:
        return [(text, start)]
    return parts


def read_numbers(text: str, *, locale: str = "en") -> list[Number]:
    """Every number of *text*, its decimal mark decided by its shape, then by the document.

    Args:
        text: running text.
        locale: ``"en"`` or ``"ru"``: the last word on a "x,ddd" the document leaves open.

    Returns:
        The numbers in text order; a refused one has ``value`` None and a ``problem``.

    >>> [str(n.value) for n in read_numbers("USD 1.022,4 million and 7,109 tons")]
    ['1022.4', '7.109']
    >>> [str(n.value) for n in read_numbers("7\\u200b109 million, 1 541,5 and 7'109")]
    ['7109', '1541.5', '7109']
    >>> [str(n.value) for n in read_numbers("in 2018 2019 it was 553,700 tons")]
    ['2018', '2019', '553700']
    """
    tokens: list[tuple[str, int]] = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        # A trailing separator belongs to the sentence ("7,109." or "7,109, and").
        tokens.extend(_split_spaced(raw, match.start()))
    style = number_style([t for t, _ in tokens])
    # A number's reading depends on its text alone once the style is known: each text
    # is read once (a report repeats its figures, years and percents).
    read: dict[str, Number] = {}
    numbers: list[Number] = []
    for t, s in tokens:
        known = read.get(t)
        if known is None:
            read[t] = known = _read(t, s, style, locale)
        else:
            known = Number(t, s, s + len(t), known.value, known.decimals, known.problem)
        numbers.append(known)
    return numbers


#: Look-alike digits (fullwidth, Arabic-Indic, Persian, Devanagari, superscript, subscript,
#: mathematical) and separators of other scripts (Arabic decimal and group marks, the
#: middle dot, the prime): next to a number's digits they make it one the reader cannot
#: read whole, so it is refused whole.
LOOKALIKE_DIGITS: Final = (
    "０１２３４５６７８９٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉"
    + "".join(chr(c) for c in range(0x1D7CE, 0x1D800))
)
# The same as ranges, for a regular expression's class (a class of single characters
# outside the first plane is slow to search).
_LOOKALIKE_CLASS: Final = "０-９٠-٩۰-۹०-९⁰¹²³⁴-⁹₀-₉\U0001d7ce-\U0001d7ff"
_LOOKALIKE_MARKS: Final = "\u066b\u066c\u00b7\u2032"
#: Marks that a scan of a number may stop at (or, for look-alikes, before) though the
#: number goes on: the reader hands a number followed by one to :func:`across_marks`,
#: which reads it whole, refuses it, or leaves the scan as it was (None).
JOINT_MARKS: Final = (
    f"{INVISIBLE}{_APOSTROPHES}{_SPACES}{_OTHER_SPACES}.,{_LOOKALIKE_MARKS}{LOOKALIKE_DIGITS}"
)
_GAP_CHARS: Final = f"{INVISIBLE}{_APOSTROPHES}{_SPACES}{_OTHER_SPACES}.,"
_MARKED: Final = f"{INVISIBLE}{_APOSTROPHES}{_SPACES[1:]}{_OTHER_SPACES}"
# Any mark that joins digits or stands for one, to tell at once a number that needs none.
_ANY_MARK: Final = re.compile(f"[{_MARKED}{_LOOKALIKE_MARKS}{_LOOKALIKE_CLASS}]")
# A run of digits across its gaps: a lone "," "." or space, or up to seven separators
# with a mark among them ("7\u200b109", "7\u00a0 109"); atomic, so never backtracked.
_RUN: Final = re.compile(
    f"(?>[0-9]+)(?>(?>[ .,]{{0,3}}[{_MARKED}][{_GAP_CHARS}]{{0,3}}|[ .,])[0-9]+)*"
)
# The digits and gaps that end right before a position.
_RUN_BEFORE: Final = re.compile(f"[0-9{_GAP_CHARS}]+\\Z")
_NEAR_AFTER: Final = re.compile(
    f"[{_GAP_CHARS}{_LOOKALIKE_MARKS}]{{0,4}}[{_LOOKALIKE_CLASS}]"
    f"|[{_GAP_CHARS}]{{0,4}}[{_LOOKALIKE_MARKS}][{_GAP_CHARS}]{{0,3}}[0-9{_LOOKALIKE_CLASS}]"
)
_NEAR_BEFORE: Final = re.compile(
    f"(?:[{_LOOKALIKE_CLASS}]|[0-9{_LOOKALIKE_CLASS}][{_GAP_CHARS}]{{0,4}}[{_LOOKALIKE_MARKS}])"
    f"[{_GAP_CHARS}]{{0,4}}\\Z"
)
_SPACE_RUN: Final = re.compile(f"[{_SPACES}{_OTHER_SPACES}]+")
_AS_SPACE: Final = str.maketrans(dict.fromkeys(_APOSTROPHES + "\u2007" + _OTHER_SPACES, " "))
#: The longest run of digits and marks read as one number (30 digits and their marks).
_LONGEST_RUN: Final = 48


def _marked_run(text: str, start: int) -> tuple[int, bool]:
    """Where the run of digits from *start* ends, its gaps crossed (a lone "," "." or
    space, or a gap with a mark), and whether it crossed a mark."""
    run = _RUN.match(text, start, start + _LONGEST_RUN + 8)
    stop = start if run is None else run.end()
    return stop, _ANY_MARK.search(text, start, stop) is not None


def _inside_a_run(text: str, pos: int) -> bool:
    """Whether the digits at *pos* end a run of marked digits that starts before them
    (whose head the reader refused, so that this tail is not read as a number)."""
    before = _RUN_BEFORE.search(text, max(0, pos - _LONGEST_RUN), pos)
    if before is None:
        return False
    head = before.start()
    while head < pos and not "0" <= text[head] <= "9":
        head += 1
    if head == pos:
        return False
    stop, joined = _marked_run(text, head)
    return joined and stop > pos


def across_marks(text: str, number: NumberText | None, *, locale: str) -> NumberText | None:
    """Read whole a number that a scan stopped inside, at marks that join more digits to it.

    *number* is what :func:`~regionrel._numbers.scan_number` read in *text*. When marks
    follow it that join more digits ("7\u200b109", "7'109", "7,\u200b109", "7\u00a0
    109"), the invisible ones are dropped, the apostrophe and figure space read as group
    spaces and a run of spaces as one, and the number is scanned again: it is read whole
    when the scan then reads the whole run, else refused whole (never read in half). A
    number next to digits of another script ("7,１09", "٧ 109") is refused whole.

    Returns:
        The whole number, or None when no such mark follows (the scan stands).

    Raises:
        ParseError: the marks break the number ("7'10": a group of two digits), or
            look-alike digits touch it.
        WrongTypeError: *text* is not a str, or *number* not a NumberText or None.

    >>> text = "to 7\u200b109 million"
    >>> whole = across_marks(text, scan_number(text, 3), locale="en")
    >>> whole.value, whole.text, (whole.start, whole.end)
    (Decimal('7109'), '7\u200b109', (3, 8))
    >>> across_marks("to 7,109 million", scan_number("to 7,109 million", 3), locale="en") is None
    True
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls="across_marks", field="text", value=text)
    if number is None:
        return None
    if not isinstance(number, NumberText):
        raise WrongTypeError(
            "must be a NumberText or None", cls="across_marks", field="number", value=number
        )
    pos = number.start
    near = text[max(0, pos - _LONGEST_RUN) : number.end + _LONGEST_RUN]
    if (near.isascii() and "'" not in near) or _ANY_MARK.search(near) is None:
        return None  # (the common case, at once: no mark near the number)
    if _NEAR_AFTER.match(text, number.end) or _NEAR_BEFORE.search(text, max(0, pos - 6), pos):
        raise ParseError(
            "has digits or marks of another script next to it",
            cls="extract",
            field="text",
            text=text[pos : number.end + 1],
            position=number.end - pos,
        )
    if _inside_a_run(text, pos):
        raise ParseError(
            "is the end of a number broken by marks",
            cls="extract",
            field="text",
            text=text[pos : number.end],
            position=0,
        )
    stop, joined = _marked_run(text, pos)
    if not joined:
        return None
    kept = [i for i in range(pos, stop) if text[i] not in INVISIBLE]
    clean = _SPACE_RUN.sub(" ", "".join(text[i] for i in kept).translate(_AS_SPACE))
    again = scan_number(clean, 0, locale=locale) if stop - pos <= _LONGEST_RUN else None
    if again is None or again.end != len(clean):
        read = 0 if again is None else again.end
        raise ParseError(
            "has marks inside that break its groups of digits",
            cls="extract",
            field="text",
            text=text[pos:stop],
            position=read,
        )
    return NumberText(text[pos:stop], again.value, again.decimals, pos, stop)


# -- amounts of money -----------------------------------------------------------------------


@attrs.frozen(field_transformer=checked_by_annotation)
class Money:
    """An amount of money stated in text: its value in its scale, its currency, its span."""

    #: The amount in :attr:`scale` (exact, with the published precision).
    value: Decimal
    #: Digits after the decimal mark, in :attr:`scale`.
    decimals: int
    scale: Scale
    #: ISO 4217 code, or "" when no currency is written.
    currency: str
    #: The span of the whole amount (currency and scale words included).
    start: int
    end: int
    #: The span of the first number, for a figure's span.
    number_start: int
    number_end: int

    def rescaled(self, scale: Scale) -> tuple[Decimal, int]:
        """The value and decimals in a larger or equal *scale*, exactly.

        >>> m = Money(Decimal("424.67"), 2, Scale.MILLION, "USD", 0, 0, 0, 0)
        >>> m.rescaled(Scale.BILLION)
        (Decimal('0.42467'), 5)
        """
        shift = scale.exponent - self.scale.exponent
        with localcontext(EXACT):
            value = self.value.scaleb(-shift)
        return value, max(0, self.decimals + shift)
