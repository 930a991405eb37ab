"""The main year of a trade text: the first year it names without a comparison cue.

A statement's period (:class:`regionrel.text.statement_model.TimeRole`) is read against this
year: the main one, the year before it, or another.
"""

from __future__ import annotations

from collections.abc import Sequence

from regionrel.text import lexicon
from regionrel.text.tokens import Token, tokenize

__all__ = ["is_year", "main_year", "main_year_of"]


def main_year(text: str, *, locale: str = "en") -> int | None:
    """The year of the text's main period: the first year named without a comparison cue.

    >>> main_year("Экспорт вырос к 2018 году; за январь-июнь 2019 года оборот составил...", locale="ru")
    2019
    """
    return main_year_of(tokenize(text, locale=locale))


def is_year(token: Token) -> int | None:
    """The year *token* names (1950 to 2100, four digits), or None.

    >>> [is_year(t) for t in tokenize("in 2019, 12 or 1800")]
    [None, 2019, None, None, None, None]
    """
    number = token.number
    if number is None or not number.is_integer or len(token.text) != 4:
        return None
    assert number.value is not None
    year = int(number.value)
    return year if 1950 <= year <= 2100 else None


def main_year_of(tokens: Sequence[Token]) -> int | None:
    """:func:`main_year` over tokens already read.

    >>> main_year_of(tokenize("Since 2015 trade grew; in 2019 it fell."))
    2019
    >>> main_year_of(tokenize("Jilin expects trade to grow in 2024. In 2023 it rose 7.7%."))
    2023
    """
    # Only numbers can be years: the others are passed over in one comprehension.
    for i in [k for k, t in enumerate(tokens) if t[4] is not None]:
        token = tokens[i]
        year = is_year(token)
        if year is None:
            continue
        before = {t.lemma for t in tokens[max(0, i - 4) : i]}
        if before & lexicon.BASE_CUES or before & {
            "since",
            "with",
            "как",
            "до",
            # "(годом ранее, в 2015 г., ...)": the year before, named in passing
            "ранее",
            "прошлый",
            "предыдущий",
            "earlier",
            "previous",
        }:
            continue
        if _in_outlook(tokens, i):
            continue  # "expects its trade to grow in 2024": the year of an outlook
        return year
    return None


def _in_outlook(tokens: Sequence[Token], i: int) -> bool:
    """Whether the year at *i* closes a clause that speaks of an outlook or a plan."""
    for j in range(i - 1, max(-1, i - 11), -1):
        if tokens[j].text in (".", ";", ":"):
            return False
        if tokens[j].lemma in lexicon.OUTLOOK_WORDS:
            return True
    return False
