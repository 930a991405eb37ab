"""The figure phrases of a trade text: where each amount, percent, multiple or count starts and ends.

:class:`FigureReader` finds, at a token, the phrase of one figure (its number, scale,
currency and the words that make it a percent, a multiple or a count) as a
:class:`FigurePhrase`; it does not decide whose figure it is or what it measures
(:mod:`regionrel.text.measures`, :mod:`regionrel.text.attribution`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import attrs

from regionrel._validators import checked_by_annotation
from regionrel.errors import RegionrelError
from regionrel.reported import FigureKind, Reported
from regionrel.scales import Scale
from regionrel.text import lexicon
from regionrel.text.amounts import Money
from regionrel.text.main_year import is_year
from regionrel.text.statement_model import Measure
from regionrel.text.tokens import Token, lemma, tokenize

__all__ = ["WORD_FIGURES", "FigurePhrase", "FigureReader"]


@attrs.define(field_transformer=checked_by_annotation)
class FigurePhrase:
    """One figure's phrase: its measure as read so far, its figure and its token span."""

    measure: Measure
    figure: Reported
    start: int  # token index of the first token of the phrase
    end: int  # token index after the phrase
    scale: Scale | None = None
    currency: str = ""
    direction: int = 0
    qualifier: str = ""


#: Words that may start a figure: numbers in words and multiples.
WORD_FIGURES: Final = frozenset(lexicon.NUMBER_WORDS) | {
    "полтора",
    "вдвое",
    "втрое",
    "вчетверо",
    "впятеро",
    "полуторакратный",
    "двукратный",
    "трехкратный",
    "doubled",
    "double",
    "tripled",
    "quadrupled",
    "halved",
}


#: Multiples written as one word ("вдвое", "вчетверо", "doubled").
_TIMES_IN_WORDS: Final = {
    "вдвое": 2,
    "doubled": 2,
    "double": 2,
    "втрое": 3,
    "tripled": 3,
    "вчетверо": 4,
    "quadrupled": 4,
    "впятеро": 5,
    "halved": 2,  # a fall of 2
}


#: Fractions in words that state a change ("на треть", "by a quarter"), as a percent and
#: its decimals: a third is not a finite decimal, so the figure is held as about 33.3%
#: (see :class:`regionrel.audit.Bound`), or as a side of a range with "более чем", "almost".
_FRACTIONS: Final = {
    "треть": (Decimal("33.3"), 1),
    "четверть": (Decimal(25), 0),
    "половина": (Decimal(50), 0),
    "наполовину": (Decimal(50), 0),
    "third": (Decimal("33.3"), 1),
    "quarter": (Decimal(25), 0),
    "half": (Decimal(50), 0),
}
#: The words a fraction's phrase may start with: the fraction, or "a"/"one" before it.
_FRACTION_STARTS: Final = frozenset(_FRACTIONS) | {"a", "one"}
#: The words right before a fraction that make it a change ("на треть", "by a third",
#: "more than a third", "почти на четверть").
_FRACTION_HEADS: Final = frozenset({"на", "by", "than", "almost", "nearly", "about"})
#: How far before a fraction a verb of change must stand for the fraction to be a change.
_FRACTION_REACH: Final = 5


#: Multiples written as adjectives before a change ("полуторакратное увеличение"): value, decimals.
_TIMES_AS_ADJECTIVES: Final = {
    "полуторакратный": (Decimal("1.5"), 1),
    "двукратный": (Decimal(2), 0),
    "трехкратный": (Decimal(3), 0),
}


#: Currency codes read before an amount ("USD 1.3bn").
_CODES_BEFORE: Final = ("usd", "rmb", "cny", "eur", "rub")
#: The words after a number that :meth:`FigureReader.amount` reads on from: "U.S.", and the
#: marks a scale, a decimal comma or an abbreviation's point may bring.
_READ_ON: Final = frozenset({"u", "s", "us", "american", "американский", ",", "."})


def _no_amount_after(word: str) -> bool:
    """Whether the lemma *word* after a number can start no part of an amount."""
    return (
        word not in lexicon.SCALES and word not in lexicon.CURRENCY_WORDS and word not in _READ_ON
    )


class FigureReader:
    """The tokens and lemmas of a text, and the figure phrase at any token of it."""

    def __init__(self, text: str, locale: str) -> None:
        self.text = text
        self.locale = locale
        self.tokens = tokenize(text, locale=locale)
        # Token.lemma, without a property call per token (a text has one per character
        # of a run of marks).
        self.lemmas = [lemma(t[0]) if t[3] == "word" else t[0] for t in self.tokens]
        #: Whether a figure's phrase may start at each token (a number, or a word that
        #: starts one): :meth:`figure_at` is none elsewhere.
        self.may_start = [
            t[3] == "num" or (t[3] == "word" and (low in WORD_FIGURES or low in _FRACTION_STARTS))
            for t, low in zip(self.tokens, self.lemmas, strict=True)
        ]

    def form(self, i: int) -> str:
        """The lower-case word form at *i* ("" outside the text)."""
        return self.tokens[i].text.lower() if 0 <= i < len(self.tokens) else ""

    def lem(self, i: int) -> str:
        """The lemma at *i* ("" outside the text)."""
        if i < 0:
            return ""
        try:  # (asked for hundreds of thousands of times per megabyte; rarely outside)
            return self.lemmas[i]
        except IndexError:
            return ""

    # -- figures ------------------------------------------------------------------------

    def reported(self, token: Token, kind: FigureKind) -> Reported:
        number = token.number
        assert number is not None
        assert number.value is not None
        # what from_number builds, without a NumberText first (a text makes one per figure)
        span = (token.start, token.end)
        return Reported(number.value, number.decimals, kind, self.locale, span=span)

    def money_phrase(self, money: Money, i: int, j: int, span: tuple[int, int]) -> FigurePhrase:
        """The value phrase of *money* read from token *i* to *j*: it starts at the first
        token of the amount (a currency sign or word before the number), its figure spans
        *span*."""
        figure = Reported(money.value, money.decimals, FigureKind.NUMBER, self.locale, span=span)
        start = i
        while start > 0 and self.tokens[start - 1].start >= money.start:
            start -= 1
        return FigurePhrase(Measure.VALUE, figure, start, j, money.scale, money.currency)

    def amount(self, i: int, end: int) -> tuple[Money, int] | None:
        """An amount of money starting at the number token *i* (a sign may precede it)."""
        toks = self.tokens
        # Most numbers: no scale, currency, "U.S." or mark after it, and no currency before
        # it, so no amount (what the reading below concludes, at a fraction of its cost).
        if (
            toks[i].number is not None
            and _no_amount_after(self.lem(i + 1) if i + 1 < end else "")
            and (
                i == 0
                or (
                    toks[i - 1].text not in lexicon.CURRENCY_SIGNS
                    and self.lemmas[i - 1] not in _CODES_BEFORE
                )
            )
        ):
            return None
        value = Decimal(0)
        decimals = 0
        smallest: Scale | None = None
        j = i
        first = toks[i]
        while j < end and (
            (toks[j].kind == "num" and toks[j].number is not None)
            or (self.lemmas[j] in lexicon.NUMBER_WORDS and self.lem(j + 1) in lexicon.SCALES)
            or (j > i and self.lemmas[j] in lexicon.HUNDREDS and self.lem(j + 1) in lexicon.SCALES)
        ):
            k = j + 1
            number = toks[j].number
            if number is None:
                word = self.lemmas[j]
                n_value, n_dec = (
                    Decimal(lexicon.NUMBER_WORDS.get(word) or lexicon.HUNDREDS[word]),
                    0,
                )
            elif not number.valid:
                return None
            else:
                assert number.value is not None
                n_value, n_dec = number.value, number.decimals
            # "147, 2 млн": a decimal comma the publisher followed by a space.
            if (
                k + 1 < end
                and toks[k].text == ","
                and toks[k + 1].kind == "num"
                and toks[k + 1].number is not None
                and toks[k + 1].number.is_integer  # type: ignore[union-attr]
                and len(toks[k + 1].text) <= 2
                and toks[k].end == toks[k + 1].start - 1
                and k + 2 < end
                and self.lem(k + 2) in lexicon.SCALES
                and number is not None
                and number.is_integer
                and not 1800 <= n_value <= 2100  # "Exports in 2019, 12 million": a year
            ):
                # (its digits only: a token's text keeps the invisible marks inside it)
                frac = "".join(ch for ch in toks[k + 1].text if "0" <= ch <= "9")
                n_value = Decimal(f"{n_value}.{frac}")
                n_dec = len(frac)
                k += 2
            scale_word = self.lem(k) if k < end else ""
            if (
                scale_word == "m"
                and toks[k].start == toks[j].end
                and k + 1 < end
                and is_year(toks[k + 1]) is not None
            ):
                return None  # "in 9M 2021": nine months, not nine million
            scale = lexicon.SCALES.get(scale_word)
            if scale is None:
                if smallest is None:
                    value, decimals, smallest = n_value, n_dec, Scale.UNIT
                    j = k
                elif (
                    smallest is Scale.THOUSAND
                    and n_dec == 0
                    and n_value < 1000
                    and scale_word in lexicon.CURRENCY_WORDS
                ):
                    # "5 млн. 997 тысяч 100 долларов": the units after the thousands
                    value, decimals, smallest = value.scaleb(3) + n_value, 0, Scale.UNIT
                    j = k
                break
            if smallest is not None and scale.value >= smallest.value:
                break
            if smallest is not None and n_value >= 1000:
                break
            if smallest is None:
                value, decimals = n_value, n_dec
            else:
                shift = smallest.exponent - scale.exponent
                value = value.scaleb(shift) + n_value
                decimals = max(decimals - shift, n_dec) if decimals > shift else n_dec
            smallest = scale
            j = k + 1
            if j < end and toks[j].text == "." and toks[j - 1].text.lower() in lexicon.ABBREVIATED:
                j += 1
        if smallest is None:
            return None
        # currency before: "$", "US$", "USD", "$ 9,6"
        currency = ""
        start_tok = i
        before = i - 1
        if before >= 0 and toks[before].text in lexicon.CURRENCY_SIGNS:
            currency = lexicon.CURRENCY_SIGNS[toks[before].text]
            start_tok = before
            if before >= 1 and toks[before - 1].text in ("US", "U.S"):
                start_tok = before - 1
        elif before >= 0 and self.lemmas[before] in _CODES_BEFORE:
            currency = lexicon.CURRENCY_WORDS[self.lemmas[before]]
            start_tok = before
        # currency after: "долларов США", "U.S. dollars", "USD"
        k = j
        while (
            k < end
            and k < j + 3
            and toks[k].kind == "word"
            and self.lemmas[k] in ("u", "s", "us", "american", "американский")
        ):
            k += 1
        while k < end and toks[k].text == ".":
            k += 1
        while (
            k < end
            and k < j + 5
            and toks[k].kind == "word"
            and self.lemmas[k] in ("u", "s", "us", "american", "американский")
        ):
            k += 1
            while k < end and toks[k].text == ".":
                k += 1
        if k < end and self.lemmas[k] in lexicon.CURRENCY_WORDS and not currency:
            currency = lexicon.CURRENCY_WORDS[self.lemmas[k]]
            j = k + 1
            if j < end and toks[j].text == "." and toks[k].text.lower() in lexicon.ABBREVIATED:
                j += 1
            if j < end and self.lemmas[j] in ("сша", "usa", "us"):
                j += 1
        elif k < end and self.lemmas[k] in lexicon.CURRENCY_WORDS:
            j = k + 1
        if not currency and smallest is Scale.UNIT:
            return None
        money = Money(
            value,
            decimals,
            smallest,
            currency,
            toks[start_tok].start,
            toks[j - 1].end,
            first.start,
            first.end,
        )
        return money, j

    def in_range(self, i: int, end: int) -> bool:
        """Whether the number at *i* is an end of a range: "5%-9%", "12-15%", "1–2 times"."""
        toks = self.tokens
        dashes = ("-", "–", "—")
        # the upper end: a number, a dash and (maybe after a percent sign) a number before
        if i >= 2 and toks[i - 1].text in dashes:
            k = i - 2
            if toks[k].text == "%" and k >= 1:
                k -= 1
            if toks[k].kind == "num" and is_year(toks[k]) is None:
                return True
        # the lower end: a dash and a number after it (maybe after a percent sign)
        k = i + 1
        if k < end and toks[k].text == "%":
            k += 1
        return (
            k + 1 < end
            and toks[k].text in dashes
            and toks[k + 1].kind == "num"
            and is_year(toks[i]) is None
            and toks[k].start == toks[k - 1].end
            and toks[k + 1].start == toks[k].end
        )

    def figure_at(self, i: int, end: int) -> FigurePhrase | None:
        """The figure whose phrase starts at token *i*, if any (a value out of bounds is none)."""
        try:
            return self._figure_at(i, end)
        except RegionrelError:
            return None  # a number no figure may hold (an exponent out of bounds)

    def fraction_at(self, i: int, end: int) -> FigurePhrase | None:
        """A change stated as a fraction in words at token *i*: "(вырос) на треть",
        "(fell) by half", "(rose by) a quarter"; None for a part ("треть экспорта")."""
        low = self.lemmas[i]
        start = i
        if low in ("a", "one"):
            i += 1
            low = self.lem(i) if i < end else ""
            if low not in ("third", "quarter", "half"):
                return None
        fraction = _FRACTIONS.get(low)
        if fraction is None or (
            low != "наполовину" and self.lem(start - 1) not in _FRACTION_HEADS
        ):
            return None
        if self.lem(i + 1) in ("of", "from") or self.tokens[i].text.lower() in ("трети", "третью"):
            return None  # "a third of exports", "на треть" only in its accusative
        before = self.lemmas[max(0, start - _FRACTION_REACH) : start]
        if lexicon.UP.isdisjoint(before) and lexicon.DOWN.isdisjoint(before):
            return None
        if not {"доля", "share"}.isdisjoint(
            self.lemmas[max(0, start - 2 * _FRACTION_REACH) : start]
        ):
            return None  # "доля импорта сократилась на треть": a change of a share, not of a flow
        tok = self.tokens[i]
        value, decimals = fraction
        figure = Reported(
            value, decimals, FigureKind.PERCENT, self.locale, span=(tok.start, tok.end)
        )
        return FigurePhrase(Measure.GROWTH, figure, start, i + 1, qualifier="about")

    def _figure_at(self, i: int, end: int) -> FigurePhrase | None:
        if self.lemmas[i] in _FRACTION_STARTS:
            fraction = self.fraction_at(i, end)
            if fraction is not None:
                return fraction
        kind = self.tokens[i].kind
        if kind == "punct" or (kind == "word" and self.lemmas[i] not in WORD_FIGURES):
            return None
        toks = self.tokens
        tok = toks[i]
        nxt = self.lem(i + 1) if i + 1 < end else ""
        if tok.kind == "num":
            number = tok.number
            if number is None or not number.valid:
                return None
            if self.in_range(i, end):
                return None  # "by 5%-9%", "12-15%": a range is a target or a bound, not a figure
            if nxt in lexicon.PERCENT_WORDS:
                if self.lem(i + 2) in ("пункт", "point") or self.lem(i + 1) == "процентный":
                    return None
                stop = i + 2
                if nxt == "per" and self.lem(i + 2) == "cent":
                    stop = i + 3
                if (
                    i + 1 < end
                    and toks[i + 1].text == "%"
                    and stop < end
                    and toks[stop].text == "/"
                ):
                    pass
                return FigurePhrase(
                    Measure.GROWTH, self.reported(tok, FigureKind.PERCENT), i, stop
                )
            if nxt in lexicon.TIMES_WORDS or (nxt == "раз"):
                return FigurePhrase(
                    Measure.MULTIPLE, self.reported(tok, FigureKind.MULTIPLE), i, i + 2
                )
            if nxt in ("-", "fold") and (nxt == "fold" or self.lem(i + 2) == "fold"):
                stop = i + 2 if nxt == "fold" else i + 3  # "2.4-fold", "3.6 fold"
                return FigurePhrase(
                    Measure.MULTIPLE, self.reported(tok, FigureKind.MULTIPLE), i, stop
                )
            if (
                nxt in ("и", "and")
                and i + 3 < end
                and toks[i + 2].kind == "num"
                and self.lem(i + 3) in lexicon.PERCENT_WORDS
                and is_year(tok) is None
                and any(
                    self.lemmas[j] in ("соответственно", "respectively")
                    for j in range(max(0, i - 12), min(len(toks), i + 8))
                )
            ):
                # "выросли на 32,4 и 22,9 процента соответственно": the unit of the last one
                return FigurePhrase(
                    Measure.GROWTH, self.reported(tok, FigureKind.PERCENT), i, i + 1
                )
            found = self.amount(i, end)
            if (
                found is None
                and self.lem(i + 1) in ("и", "and")
                and is_year(tok) is None
                and i + 2 < end
                and toks[i + 2].kind == "num"
            ):
                # "3,8 и 0,7 млрд долларов": the scale and currency of the last one.
                shared = self.amount(i + 2, end)
                if shared is not None and shared[0].scale is not Scale.UNIT:
                    later = shared[0]
                    found = (
                        Money(
                            number.value or Decimal(0),
                            number.decimals,
                            later.scale,
                            later.currency,
                            tok.start,
                            tok.end,
                            tok.start,
                            tok.end,
                        ),
                        i + 1,
                    )
            if found is not None:
                money, j = found
                if j < end and self.lem(j) in lexicon.PHYSICAL_WORDS:
                    return FigurePhrase(
                        Measure.PHYSICAL, self.reported(tok, FigureKind.NUMBER), i, j + 1
                    )
                if (
                    not money.currency
                    and j < end
                    and toks[j].kind == "word"
                    and self.lem(j) not in lexicon.UP | lexicon.DOWN | lexicon.LIST_WORDS
                    and self.lem(j) not in ("приходиться", "прийтись")
                ):
                    return None
                return self.money_phrase(money, i, j, (money.number_start, money.number_end))
            if nxt in lexicon.COUNT_WORDS and number.is_integer:
                return FigurePhrase(Measure.COUNT, self.reported(tok, FigureKind.NUMBER), i, i + 2)
            if nxt in lexicon.PHYSICAL_WORDS:
                return FigurePhrase(
                    Measure.PHYSICAL, self.reported(tok, FigureKind.NUMBER), i, i + 2
                )
            return None
        if tok.kind != "word":
            return None
        low = self.lemmas[i]
        if low in lexicon.NUMBER_WORDS and nxt in lexicon.SCALES:
            found = self.amount(i, end)
            if found is not None and found[0].currency:
                money, j = found
                return self.money_phrase(money, i, j, (tok.start, tok.end))
        if low in lexicon.NUMBER_WORDS or low in ("полтора", "полтора-два"):
            value = (
                Decimal("1.5") if low == "полтора" else Decimal(lexicon.NUMBER_WORDS.get(low, 0))
            )
            decimals = 1 if low == "полтора" else 0
            if nxt in lexicon.TIMES_WORDS:
                figure = Reported(
                    value, decimals, FigureKind.MULTIPLE, self.locale, span=(tok.start, tok.end)
                )
                return FigurePhrase(Measure.MULTIPLE, figure, i, i + 2)
            if nxt in lexicon.PERCENT_WORDS:
                figure = Reported(
                    value, 0, FigureKind.PERCENT, self.locale, span=(tok.start, tok.end)
                )
                return FigurePhrase(Measure.GROWTH, figure, i, i + 2)
        if low in _TIMES_AS_ADJECTIVES and nxt in lexicon.CHANGE_NOUNS:
            # "полуторакратное увеличение импорта": a multiple, its direction in the noun
            value, decimals = _TIMES_AS_ADJECTIVES[low]
            figure = Reported(
                value, decimals, FigureKind.MULTIPLE, self.locale, span=(tok.start, tok.end)
            )
            up = nxt in ("увеличение", "рост")
            return FigurePhrase(Measure.MULTIPLE, figure, i, i + 1, direction=1 if up else -1)
        if low in _TIMES_IN_WORDS:
            if low == "double" and (nxt == "digit" or self.lem(i + 2) == "digit"):
                return None  # "grown by double digits", "double-digit growth": no multiple
            value = Decimal(_TIMES_IN_WORDS[low])
            figure = Reported(
                value, 0, FigureKind.MULTIPLE, self.locale, span=(tok.start, tok.end)
            )
            return FigurePhrase(
                Measure.MULTIPLE, figure, i, i + 1, direction=-1 if low == "halved" else 1
            )
        return None

    # -- one sentence -------------------------------------------------------------------
