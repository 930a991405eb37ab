"""Split published prose into sentences, keeping each one's span in the original text.

Reports set abbreviations, initials and decimal marks inside sentences ("V. V. Putin",
"10,224.9", "тыс. долларов"), and break lines inside a sentence when copied from a
PDF ("machinery\\n and equipment"). A sentence ends at ``.``, ``!`` or ``?`` followed by
white space and a capital letter, a digit or an opening quote or bracket, at a blank
line, or at the end of the text; an initial or a known abbreviation before the point
does not end it.

>>> [s.text for s in split_sentences("V. V. Putin spoke. Exports grew.\\n\\nUpdated at 12.01.2021")]
['V. V. Putin spoke.', 'Exports grew.', 'Updated at 12.01.2021']
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from regionrel._validators import checked_by_annotation
from regionrel.errors import WrongTypeError

__all__ = ["Sentence", "split_sentences"]

#: Words after which a point is an abbreviation's, not a sentence's end (lower case).
_ABBREVIATIONS: Final = frozenset(
    {
        "e.g",
        "i.e",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "vs",
        "approx",
        "incl",
        "mln",
        "bln",
        "bn",
        "thous",
        "resp",
        "т",
        "т.е",
        "т.ч",
        "т.д",
        "т.п",
        "тыс",
        "млн",
        "млрд",
        "трлн",
        "руб",
        "долл",
        "др",
        "им",
        "ул",
        "обл",
        "респ",
        "см",
        "стр",
        "гос",
    }
)

# A run of marks is tried only from its first mark (and taken whole), so a long run of
# points costs linear time, not quadratic.
_CANDIDATE: Final = re.compile(r"(?<![.!?])[.!?]++(?=\s)|\n[ \t\r\f\v]*+\n|\Z")
_NEXT_STARTS: Final = re.compile(r"\s+[\"«“„'(\[A-ZА-ЯЁ0-9]")
_WORD_BEFORE: Final = re.compile(r"([\w.]+)$")


@attrs.frozen(field_transformer=checked_by_annotation)
class Sentence:
    """One sentence of a text, without its surrounding white space.

    >>> s = split_sentences("  Exports grew.  ")[0]
    >>> s, s.span
    (Sentence(text='Exports grew.', start=2, end=15), (2, 15))
    """

    #: The sentence, exactly as in the text.
    text: str
    #: Where it starts in the text.
    start: int
    #: Where it ends in the text (exclusive).
    end: int

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` in the original text."""
        return (self.start, self.end)


def _ends_sentence(text: str, point: int, after: int) -> bool:
    """Whether the point(s) at ``text[point:after]`` end a sentence."""
    if text[point] != ".":
        return _NEXT_STARTS.match(text, after) is not None
    if _NEXT_STARTS.match(text, after) is None:
        return False
    word = _WORD_BEFORE.search(text[max(0, point - 24) : point])
    if word is None:
        return True
    token = word.group(1)
    # "V. V. Putin": a single capital letter before the point is an initial.
    if len(token) == 1 and token.isupper():
        return False
    return token.lower() not in _ABBREVIATIONS


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split *text* into sentences with their spans.

    Args:
        text: prose as published.

    Returns:
        The sentences in order; empty stretches are left out.

    Raises:
        WrongTypeError: *text* is not a str.

    >>> [s.span for s in split_sentences("Turnover grew by 21.5%. Exports grew.")]
    [(0, 23), (24, 37)]
    >>> [s.text for s in split_sentences("Экспорт составил 7 109 млн. долларов США. Импорт вырос.")]
    ['Экспорт составил 7 109 млн. долларов США.', 'Импорт вырос.']
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls="split_sentences", field="text", value=text)
    sentences: list[Sentence] = []
    begin = 0
    for match in _CANDIDATE.finditer(text):
        stop = match.end() if match.group().startswith((".", "!", "?")) else match.start()
        if match.group().startswith((".", "!", "?")) and not _ends_sentence(
            text, match.start(), match.end()
        ):
            continue
        _add(sentences, text, begin, stop)
        begin = match.end()
    return tuple(sentences)


def _add(sentences: list[Sentence], text: str, begin: int, stop: int) -> None:
    chunk = text[begin:stop]
    stripped = chunk.strip()
    if not stripped:
        return
    start = begin + (len(chunk) - len(chunk.lstrip()))
    sentences.append(Sentence(stripped, start, start + len(stripped)))
