"""Trade statements read over tokens and lemmas, each attributed: :func:`read_statements`.

Every figure of a trade paragraph (an amount, a change in percent, an index, a
multiple, a share, an absolute change, a count) becomes a :class:`Statement` with its
*entity* (the reporter, a partner country, a partner group such as the CIS, the
country as a whole, a goods group), its *measure*, its *flow*, its *period* (the main
one, the previous one, or another) and its span. Nothing is dropped: what is not the
reporter's main-period figure is kept with the entity and period it belongs to, and
:func:`regionrel.text.report_from_text` takes only the reporter's value figures.

The stock phrases are written once over lemmas, so word forms do not matter
("экспорт вырос", "экспорта", "увеличившись"; "exports rose", "grew", "up").
The reader runs in time linear in the text: each sentence is tokenized once and each
figure looks back over a bounded window of tokens.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from decimal import Decimal, localcontext
from typing import Final

import attrs

from regionrel._numbers import EXACT
from regionrel.errors import RegionrelError
from regionrel.reported import FigureKind, Reported
from regionrel.scales import Scale
from regionrel.text import lexicon
from regionrel.text.amounts import Money
from regionrel.text.items import FlowRole, Span
from regionrel.text.tokens import Token, tokenize

__all__ = ["Entity", "Measure", "Statement", "TimeRole", "main_year", "read_statements"]


class Entity(enum.Enum):
    """Whose figure a statement is."""

    REPORTER = "reporter"
    PARTNER = "partner"
    GROUP = "group"
    COUNTRY = "country"
    GOODS = "goods"
    #: Several countries or regions named as the sentence's subject with "partner".
    #: (Kept apart from PARTNER only by how it was read; both are partners.)
    #: A count of something other than the reporter's partner countries.
    OTHER_COUNT = "other count"


class Measure(enum.Enum):
    """What a statement measures."""

    VALUE = "value"
    GROWTH = "growth"
    INDEX = "index"
    MULTIPLE = "multiple"
    FALL = "fall"
    #: How much one flow exceeds another ("exports exceed imports by 73%").
    EXCESS = "excess"
    #: The change of a flow's physical volume in percent ("в физическом выражении -1,1%").
    VOLUME_GROWTH = "volume growth"
    SHARE = "share"
    CHANGE = "change"
    COUNT = "count"
    PHYSICAL = "physical"


class TimeRole(enum.Enum):
    """Which period a statement is for, against the text's main period."""

    MAIN = "main"
    PREVIOUS = "previous"
    OTHER = "other"


@attrs.frozen
class Statement:
    """One figure of a trade text, attributed.

    >>> [(s.flow.value, s.measure.value, s.figure.text) for s in read_statements(
    ...     "Экспорт вырос на 7,6%, до $1,36 млрд.", locale="ru")]
    [('exports', 'growth', '7,6'), ('exports', 'value', '1,36')]
    """

    entity: Entity
    measure: Measure
    #: The flow; None for a count of partners.
    flow: FlowRole | None
    #: The figure with its published digits; its span points at the first number.
    figure: Reported
    #: The span of the whole phrase (currency and scale words included).
    span: Span
    time: TimeRole = TimeRole.MAIN
    #: For an amount: its scale and currency ("" when none is written).
    scale: Scale | None = None
    currency: str = ""
    #: "over", "under", "about" or "almost" for a bound; "" for a rounded figure.
    qualifier: str = ""
    #: The words that name the entity when it is not the reporter ("Россией", "CIS").
    entity_name: str = ""
    #: The flow a figure is measured against: for an excess the flow exceeded, for a
    #: share the whole it is a share of ("42.2% of turnover": TURNOVER).
    base: FlowRole | None = None
    #: Whether the flow was not named in the figure's sentence, nor pointed at by a
    #: pronoun, but carried over from a sentence before: a guess the report leaves out.
    carried: bool = False


def main_year(text: str, *, locale: str = "en") -> int | None:
    """The year of the text's main period: the first year named without a comparison cue.

    >>> main_year("Экспорт вырос к 2018 году; за январь-июнь 2019 года оборот составил...", locale="ru")
    2019
    """
    return _main_year(tokenize(text, locale=locale))


def _is_year(token: Token) -> int | None:
    number = token.number
    if number is None or not number.is_integer or len(token.text) != 4:
        return None
    assert number.value is not None
    year = int(number.value)
    return year if 1950 <= year <= 2100 else None


def _main_year(tokens: Sequence[Token]) -> int | None:
    for i, token in enumerate(tokens):
        year = _is_year(token)
        if year is None:
            continue
        before = {t.lemma for t in tokens[max(0, i - 4) : i]}
        if before & lexicon.BASE_CUES or before & {"since", "with", "как", "до"}:
            continue
        return year
    return None


def _sentences(tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    start = 0
    for i, token in enumerate(tokens):
        if token.kind == "punct" and token.text in ".!?" and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            prev = tokens[i - 1] if i else None
            if prev is not None and prev.kind == "word" and len(prev.text) == 1:
                continue  # an initial or "U.S."
            if (
                prev is not None
                and prev.kind == "word"
                and len(prev.text) <= 4
                and (
                    prev.lemma in lexicon.SCALES
                    or prev.lemma in {"долл", "г", "руб", "тыс", "aug", "feb"}
                )
            ) and not (nxt.capitalized and nxt.lemma not in lexicon.CURRENCY_WORDS):
                continue
            if nxt.capitalized or nxt.kind == "num" or nxt.text in '«"(':
                yield start, i + 1
                start = i + 1
    yield start, len(tokens)


@attrs.define
class _Figure:
    measure: Measure
    figure: Reported
    start: int  # token index of the first token of the phrase
    end: int  # token index after the phrase
    scale: Scale | None = None
    currency: str = ""
    direction: int = 0
    qualifier: str = ""


#: Words that may start a figure: numbers in words and multiples.
_WORD_FIGURES: Final = frozenset(lexicon.NUMBER_WORDS) | {
    "полтора",
    "вдвое",
    "втрое",
    "doubled",
    "double",
}


class _Reader:
    def __init__(self, text: str, locale: str) -> None:
        self.text = text
        self.locale = locale
        self.tokens = tokenize(text, locale=locale)
        self.lemmas = [t.lemma for t in self.tokens]
        self.year = _main_year(self.tokens)
        self.out: list[Statement] = []
        self.prev_end = 0
        self.currency = ""
        self.last_flow: FlowRole | None = None
        self.has_index_phrase = False
        self.whole_year = not any(w in lexicon.PART_OF_YEAR for w in self.lemmas)
        self.sentence_time = TimeRole.MAIN
        self.excess: tuple[FlowRole, FlowRole] | None = None

    def form(self, i: int) -> str:
        """The lower-case word form at *i* ("" outside the text)."""
        return self.tokens[i].text.lower() if 0 <= i < len(self.tokens) else ""

    def lem(self, i: int) -> str:
        return self.lemmas[i] if 0 <= i < len(self.lemmas) else ""

    # -- figures ------------------------------------------------------------------------

    def reported(self, token: Token, kind: FigureKind) -> Reported:
        number = token.number
        assert number is not None
        assert number.value is not None
        return Reported(
            number.value, number.decimals, kind, self.locale, span=(token.start, token.end)
        )

    def amount(self, i: int, end: int) -> tuple[Money, int] | None:
        """An amount of money starting at the number token *i* (a sign may precede it)."""
        toks = self.tokens
        value = Decimal(0)
        decimals = 0
        smallest: Scale | None = None
        j = i
        first = toks[i]
        while j < end and (
            (toks[j].kind == "num" and toks[j].number is not None)
            or (self.lemmas[j] in lexicon.NUMBER_WORDS and self.lem(j + 1) in lexicon.SCALES)
        ):
            k = j + 1
            number = toks[j].number
            if number is None:
                n_value, n_dec = Decimal(lexicon.NUMBER_WORDS[self.lemmas[j]]), 0
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
            ):
                frac = toks[k + 1].text
                n_value = Decimal(f"{n_value}.{frac}")
                n_dec = len(frac)
                k += 2
            scale_word = self.lem(k) if k < end else ""
            scale = lexicon.SCALES.get(scale_word)
            if scale is None:
                if smallest is None:
                    value, decimals, smallest = n_value, n_dec, Scale.UNIT
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
        elif before >= 0 and self.lemmas[before] in ("usd", "rmb", "cny", "eur", "rub"):
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

    def figure_at(self, i: int, end: int) -> _Figure | None:
        """The figure whose phrase starts at token *i*, if any (a value out of bounds is none)."""
        try:
            return self._figure_at(i, end)
        except RegionrelError:
            return None  # a number no figure may hold (an exponent out of bounds)

    def _figure_at(self, i: int, end: int) -> _Figure | None:
        kind = self.tokens[i].kind
        if kind == "punct" or (kind == "word" and self.lemmas[i] not in _WORD_FIGURES):
            return None
        toks = self.tokens
        tok = toks[i]
        nxt = self.lem(i + 1) if i + 1 < end else ""
        if tok.kind == "num":
            number = tok.number
            if number is None or not number.valid:
                return None
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
                return _Figure(Measure.GROWTH, self.reported(tok, FigureKind.PERCENT), i, stop)
            if nxt in lexicon.TIMES_WORDS or (nxt == "раз"):
                return _Figure(Measure.MULTIPLE, self.reported(tok, FigureKind.MULTIPLE), i, i + 2)
            found = self.amount(i, end)
            if (
                found is None
                and _is_year(tok) is None
                and self.lem(i + 1) in ("и", "and")
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
                    return _Figure(
                        Measure.PHYSICAL, self.reported(tok, FigureKind.NUMBER), i, j + 1
                    )
                if (
                    not money.currency
                    and j < end
                    and toks[j].kind == "word"
                    and self.lem(j) not in lexicon.UP | lexicon.DOWN | lexicon.LIST_WORDS
                ):
                    return None
                scale_figure = Reported(
                    money.value,
                    money.decimals,
                    FigureKind.NUMBER,
                    self.locale,
                    span=(money.number_start, money.number_end),
                )
                start_tok = i
                while start_tok > 0 and toks[start_tok - 1].start >= money.start:
                    start_tok -= 1
                return _Figure(
                    Measure.VALUE, scale_figure, start_tok, j, money.scale, money.currency
                )
            if nxt in lexicon.COUNT_WORDS and number.is_integer:
                return _Figure(Measure.COUNT, self.reported(tok, FigureKind.NUMBER), i, i + 2)
            if nxt in lexicon.PHYSICAL_WORDS:
                return _Figure(Measure.PHYSICAL, self.reported(tok, FigureKind.NUMBER), i, i + 2)
            return None
        if tok.kind != "word":
            return None
        low = tok.lemma
        if low in lexicon.NUMBER_WORDS and nxt in lexicon.SCALES:
            found = self.amount(i, end)
            if found is not None and found[0].currency:
                money, j = found
                figure = Reported(
                    money.value,
                    money.decimals,
                    FigureKind.NUMBER,
                    self.locale,
                    span=(tok.start, tok.end),
                )
                start_tok = i
                while start_tok > 0 and toks[start_tok - 1].start >= money.start:
                    start_tok -= 1
                return _Figure(Measure.VALUE, figure, start_tok, j, money.scale, money.currency)
        if low in lexicon.NUMBER_WORDS or low in ("полтора", "полтора-два"):
            value = (
                Decimal("1.5") if low == "полтора" else Decimal(lexicon.NUMBER_WORDS.get(low, 0))
            )
            decimals = 1 if low == "полтора" else 0
            if nxt in lexicon.TIMES_WORDS:
                figure = Reported(
                    value, decimals, FigureKind.MULTIPLE, self.locale, span=(tok.start, tok.end)
                )
                return _Figure(Measure.MULTIPLE, figure, i, i + 2)
            if nxt in lexicon.PERCENT_WORDS:
                figure = Reported(
                    value, 0, FigureKind.PERCENT, self.locale, span=(tok.start, tok.end)
                )
                return _Figure(Measure.GROWTH, figure, i, i + 2)
        if low in ("вдвое", "doubled", "double", "втрое"):
            value = Decimal(3 if low == "втрое" else 2)
            figure = Reported(
                value, 0, FigureKind.MULTIPLE, self.locale, span=(tok.start, tok.end)
            )
            return _Figure(Measure.MULTIPLE, figure, i, i + 1, direction=1)
        return None

    # -- one sentence -------------------------------------------------------------------

    def read(self) -> list[Statement]:
        self.has_index_phrase = any(
            t.kind == "num" and self.lem(k + 1) in lexicon.PERCENT_WORDS and self.lem(k + 2) == "к"
            for k, t in enumerate(self.tokens)
        )
        for start, end in _sentences(self.tokens):
            self.sentence(start, end)
        return self.out

    def sentence(self, start: int, end: int) -> None:
        self.sentence_entity: tuple[Entity, str] | None = None
        self.last_direction = 0
        self.last_share = False
        self.last_base: FlowRole | None = None
        figures: list[_Figure] = []
        i = start
        while i < end:
            found = self.figure_at(i, end)
            if found is None:
                i += 1
                continue
            figures.append(found)
            i = max(found.end, i + 1)
        if not figures:
            self.flows_in(start, end)
            return
        lemmas = {self.lemmas[j] for j in range(start, end)}
        self.sentence_partner = bool(lemmas & {"партнер", "partner"})
        self.sentence_physical = bool(lemmas & {"физический", "physical", "натуральный"})
        self.sentence_time = TimeRole.MAIN
        if any(self.lemmas[j] == "alone" for j in range(start, end)):
            self.sentence_time = TimeRole.OTHER
        self.respectively = any(
            self.lemmas[j] in ("соответственно", "respectively") for j in range(start, end)
        )
        for k, fig in enumerate(figures):
            self.attribute(fig, figures, k, start, end)
        self.flows_in(start, end)

    def flows_in(self, start: int, end: int) -> None:
        for i in range(start, end):
            flow = self.flow_of(i)
            if flow is not None:
                other = self.flow_of(i - 2) if i >= 2 and self.lem(i - 1) in ("и", "and") else None
                if other is not None and {other, flow} == {FlowRole.EXPORTS, FlowRole.IMPORTS}:
                    flow = FlowRole.TURNOVER
                self.last_flow = flow

    def flow_of(self, i: int) -> FlowRole | None:
        tok = self.tokens[i]
        if tok.kind != "word":
            return None
        low = tok.lemma
        if low in lexicon.FLOW_SKIP:
            return None
        # "экспорт и импорт", "imports and exports": the turnover, unless "respectively".
        flow = lexicon.FLOW_WORDS.get(low)
        if flow is not None and i >= 1:
            prev = self.tokens[i - 1].text
            if (
                prev == "%"
                or self.lem(i - 1) in ("процент", "percent")
                or (
                    self.form(i - 1) in ("of", "всего", "внешнеторгового", "the", "its", "всей")
                    and self.form(i - 2)
                    in ("%", "процента", "процентов", "percent", "всего", "of")
                )
            ):
                return None
        if (
            flow is FlowRole.TURNOVER
            and low in ("торговля", "trade")
            and any(self.lem(j) in ("сальдо", "balance") for j in range(max(0, i - 3), i))
        ):
            return FlowRole.BALANCE
        if low == "экспорт" and self.lem(i - 1) == "на":
            return FlowRole.EXPORTS
        if low in ("внешнеторговый", "foreign", "external") and self.lem(i + 1) in (
            "оборот",
            "trade",
            "сальдо",
        ):
            return None
        return flow

    def clause_start(self, i: int, floor: int) -> int:
        k = i - 1
        floor = max(floor, i - 3 * lexicon.WINDOW)
        while k >= floor:
            if self.tokens[k].text in lexicon.CLAUSE_MARKS:
                return k + 1
            k -= 1
        return floor

    def attribute(
        self, fig: _Figure, figures: list[_Figure], k: int, s_start: int, s_end: int
    ) -> None:
        toks = self.tokens
        c_start = self.clause_start(fig.start, s_start)
        window_start = max(c_start, fig.start - lexicon.WINDOW)
        # the flow: the nearest flow word before the figure in its clause
        flow: FlowRole | None = None
        flow_at = -1
        physical = False
        depth = 0
        for j in range(fig.start - 1, window_start - 1, -1):
            if toks[j].text == ")":
                depth += 1
            elif toks[j].text == "(" and depth:
                depth -= 1
                continue
            if depth:
                continue  # a flow named in brackets explains, it is not the subject
            if self.lemmas[j] in lexicon.PHYSICAL_FLOW:
                physical = True
                break
            found = self.flow_of(j)
            if found is not None:
                flow, flow_at = found, j
                break
        physical = physical or self.sentence_physical
        after_flow = self.flow_after(fig, s_end)
        if after_flow is not None:
            flow, flow_at = after_flow
        if fig.measure is Measure.COUNT:
            self.count(fig, s_start, s_end)
            return
        if flow is None:
            # an elliptic clause after a flow ("(+32,9%)", "на импорт – 57,8 процента")
            if k > 0 or fig.start == c_start or toks[fig.start - 1].text in "(–-—":
                flow, flow_at = self.last_flow_before(fig.start, s_start)
            if flow is None and toks[fig.start - 1].text == "(" and self.last_flow is not None:
                flow = self.last_flow
            if flow is None:
                flow, flow_at = self.last_flow_before(fig.start, s_start)
            if flow is None:
                return
        pair = False
        if flow is not None and flow_at >= 2 and self.lem(flow_at - 1) in ("и", "and"):
            other = self.flow_of(flow_at - 2)
            if (
                other is not None
                and other is not flow
                and {other, flow}
                == {
                    FlowRole.EXPORTS,
                    FlowRole.IMPORTS,
                }
            ):
                pair = True
        if (
            flow is not None
            and flow_at >= 0
            and flow_at + 2 < s_end
            and self.lem(flow_at + 1) in ("и", "and")
        ):
            other = self.flow_of(flow_at + 2)
            if other is not None and {other, flow} == {FlowRole.EXPORTS, FlowRole.IMPORTS}:
                pair = True
                flow_at += 2
        respectively = self.respectively
        if pair:
            if respectively:
                same = [
                    f
                    for f in figures[max(0, k - 8) : k + 8]
                    if f.measure is fig.measure and f.start > flow_at
                ]
                if len(same) == 2 and fig in same:
                    flow = FlowRole.EXPORTS if same.index(fig) == 0 else FlowRole.IMPORTS
                    other_first = (
                        self.flow_of(flow_at - 2)
                        if self.lem(flow_at - 1) in ("и", "and")
                        else self.flow_of(flow_at)
                    )
                    if other_first is FlowRole.IMPORTS:
                        flow = FlowRole.IMPORTS if same.index(fig) == 0 else FlowRole.EXPORTS
                else:
                    return
            else:
                flow = FlowRole.TURNOVER
        elif respectively and flow_at >= 0:
            same = [
                f
                for f in figures[max(0, k - 8) : k + 8]
                if f.measure is fig.measure
                and f.start > flow_at
                and not any(self.flow_of(j) for j in range(flow_at + 1, f.start))
            ]
            named: list[FlowRole | None] = []
            skip = -1
            for j in range(max(s_start, flow_at - 3 * lexicon.WINDOW), flow_at + 1):
                if j == skip:
                    continue
                if self.lemmas[j] in lexicon.PHYSICAL_FLOW:
                    named.append(None)  # "the freight turnover": a volume, not money
                    skip = j + 1
                    continue
                found = self.flow_of(j)
                if found is not None and found not in named:
                    named.append(found)
            if len(same) >= 2 and fig in same and len(named) == len(same):
                slot = named[same.index(fig)]
                if slot is None:
                    physical = True
                else:
                    flow = slot
        prev_end = figures[k - 1].end if k > 0 else s_start
        entity_start = max(prev_end, fig.start - lexicon.ENTITY_WINDOW, c_start)
        entity, name = self.entity(entity_start, fig.start, flow_at, fig)
        if entity is Entity.REPORTER and 0 <= flow_at < entity_start:
            # "imports and exports with Russia ... were ...: 59.95 billion"
            entity, name = self.entity(flow_at + 1, min(flow_at + 5, fig.start), flow_at, fig)
        if (
            entity is Entity.REPORTER
            and self.sentence_partner
            and not any(
                self.lem(j) in lexicon.REPORTER_WORDS for j in range(entity_start, fig.start)
            )
        ):
            entity, name = Entity.PARTNER, "partner"
        own_flow = any(self.flow_of(j) is not None for j in range(entity_start, fig.start))
        own_reporter = any(
            self.lem(j) in lexicon.REPORTER_WORDS for j in range(entity_start, fig.start)
        )
        if entity is Entity.REPORTER and not own_reporter and self.sentence_entity is not None:
            entity, name = self.sentence_entity
        if (
            k > 0
            and self.out
            and (
                self.lem(fig.start - 1) in ("or", "или")
                or (self.lem(fig.start - 1) == "на" and self.lem(fig.start - 2) == "или")
            )
            and self.out[-1].span[1] >= toks[figures[k - 1].end - 1].end
        ):
            # "77 percent of the trade, or US$9 billion": the same figure in other words
            entity, name, flow = (
                self.out[-1].entity,
                self.out[-1].entity_name,
                self.out[-1].flow or flow,
            )
            physical = physical or self.out[-1].measure is Measure.PHYSICAL
        if entity is Entity.REPORTER and fig.measure is Measure.VALUE:
            for j in range(fig.end, min(s_end, fig.end + 6)):
                if toks[j].kind == "num" or toks[j].text in (",", ";", "(", ")"):
                    break
                if self.lem(j) in ("to", "в", "из", "from", "with", "со", "с"):
                    if any(
                        self.lem(x) in lexicon.GROUP_WORDS for x in range(j + 1, min(s_end, j + 4))
                    ):
                        entity, name = Entity.GROUP, self.tokens[j + 1].text
                    break
        if entity is Entity.REPORTER and fig.measure is Measure.VALUE:
            # "4.3 billion yuan of farm products", "$7.74 billion worth of crude oil"
            for j in range(fig.end, min(s_end, fig.end + 4)):
                if (
                    self.lemmas[j] not in ("of", "worth", "in")
                    and self.lemmas[j] not in lexicon.GOODS_WORDS
                ):
                    break
                if (
                    self.lemmas[j] in lexicon.GOODS_WORDS
                    and self.lemmas[j] not in lexicon.GENERIC_GOODS
                    and j > fig.end
                ):
                    entity, name = Entity.GOODS, toks[j].text
                    break
        if (
            entity is Entity.REPORTER
            and toks[fig.start - 1].text == "("
            and fig.start - 2 >= s_start
        ):
            for j in range(fig.end, min(s_end, fig.end + 20)):
                if toks[j].text == ")":
                    break
                if self.lemmas[j] in lexicon.GROUP_WORDS:
                    entity, name = Entity.GROUP, toks[j].text
                    break
        if entity is not Entity.REPORTER:
            self.sentence_entity = (entity, name)
        elif own_flow and own_reporter:
            self.sentence_entity = None
        self.prev_end = prev_end
        measure, direction = self.measure(fig, c_start, s_end)
        if measure is None:
            return
        if physical and measure in (
            Measure.GROWTH,
            Measure.MULTIPLE,
            Measure.FALL,
            Measure.VALUE,
            Measure.INDEX,
        ):
            if measure is Measure.GROWTH:
                measure = Measure.VOLUME_GROWTH
            elif measure is Measure.VALUE and fig.currency:
                pass
            else:
                measure = Measure.PHYSICAL
        base = None
        if measure is Measure.EXCESS:
            assert self.excess is not None
            flow, base = self.excess
        if measure is Measure.SHARE:
            base = self.share_base(fig, flow_at, s_end)
        self.prev_end = prev_end
        time = self.time(fig, c_start, s_end, measure)
        qualifier = ""
        for j in range(max(window_start, fig.start - 3), fig.start):
            if self.lemmas[j] in lexicon.QUALIFIERS:
                qualifier = lexicon.QUALIFIERS[self.lemmas[j]]
        if (
            fig.start >= 2
            and self.lemmas[fig.start - 1] == "чем"
            and self.lemmas[fig.start - 2] == "более"
        ):
            qualifier = "over"
        if (
            fig.start >= 2
            and self.lemmas[fig.start - 1] == "than"
            and self.lemmas[fig.start - 2] == "more"
        ):
            qualifier = "over"
        figure = fig.figure
        if measure in (Measure.GROWTH, Measure.CHANGE) and direction < 0:
            figure = figure.negated()
        if measure is Measure.VALUE and flow is FlowRole.BALANCE:
            words = {
                self.lemmas[j] for j in range(max(s_start, fig.start - 8), min(s_end, fig.end + 2))
            }
            if words & {"отрицательный", "negative", "deficit", "дефицит"}:
                figure = figure.negated()
        if measure is Measure.VALUE and fig.currency:
            self.currency = self.currency or fig.currency
        first = toks[fig.start]
        last = toks[fig.end - 1]
        self.out.append(
            Statement(
                entity,
                measure,
                flow,
                figure,
                (first.start, last.end),
                time,
                fig.scale,
                fig.currency,
                qualifier,
                name,
                base,
                flow_at < 0
                and not any(
                    self.lemmas[j] in lexicon.SUBJECT_PRONOUNS
                    for j in range(max(c_start, fig.start - lexicon.WINDOW), fig.start)
                ),
            )
        )

    def flow_after(self, fig: _Figure, s_end: int) -> tuple[FlowRole, int] | None:
        """A flow named right after an amount: "0,8 млрд – импорт", "13,7 млрд из них пришлось на импорт"."""
        if fig.measure is not Measure.VALUE:
            return None
        j = fig.end
        if j + 1 < s_end and self.tokens[j].text in ("–", "-", "—"):
            found = self.flow_of(j + 1)
            if found is not None and self.lemmas[j + 1] not in ("внешнеторговый",):
                nxt = self.lem(j + 2)
                if nxt not in ("составить", "достигнуть", "вырасти", "amount", "be"):
                    return found, j + 1
        words = [self.lem(x) for x in range(j, min(s_end, j + 4))]
        if words[:1] == ["из"] or words[:2] == ["of", "which"]:
            for x in range(j, min(s_end, j + 6)):
                if self.lem(x) == "на" or self.lem(x) == "to":
                    found = self.flow_of(x + 1)
                    if found is not None:
                        return found, x + 1
        return None

    def count(self, fig: _Figure, s_start: int, s_end: int) -> None:
        """A count of partner countries: "со 124 государствами", "Партнерами были 63 страны"."""
        before = [self.lem(j) for j in range(max(s_start, fig.start - 3), fig.start)]
        partner_word = bool(set(before) & {"партнер", "контрагент", "partner"})
        if (
            before[-1:]
            and before[-1] in ("в", "из", "to", "from", "into", "против")
            and not partner_word
        ):
            return
        cue = bool(set(before) & {"с", "со", "with"}) or any(
            self.lem(j) in ("партнер", "контрагент", "partner") for j in range(s_start, fig.start)
        )
        entity = Entity.REPORTER if cue else Entity.OTHER_COUNT
        qualifier = "over" if set(before) & {"более", "свыше", "more", "over"} else ""
        first, last = self.tokens[fig.start], self.tokens[fig.end - 1]
        self.out.append(
            Statement(
                entity,
                Measure.COUNT,
                None,
                fig.figure,
                (first.start, last.end),
                self.sentence_time,
                qualifier=qualifier,
            )
        )

    def share_base(self, fig: _Figure, flow_at: int, s_end: int) -> FlowRole | None:
        """The whole a share is of: the flow named after it, or the turnover for a flow's share."""
        for j in range(fig.end, min(s_end, fig.end + 4)):
            if self.tokens[j].kind == "punct" and self.tokens[j].text != "'":
                break
            named = lexicon.FLOW_WORDS.get(self.lemmas[j])
            if named is not None:
                self.last_base = named
                return named
        if flow_at >= 0 and self.lem(flow_at - 1) in ("в", "in", "of"):
            base = lexicon.FLOW_WORDS.get(self.lemmas[flow_at])  # someone's share in exports
        elif self.lem(fig.start - 1) in ("–", "-", "—", "(") and self.last_base is not None:
            base = self.last_base  # "..., на импорт – 57,8 процента"
        elif flow_at >= 0 and (
            self.lem(flow_at - 1) in ("на", "доля", "share")
            or self.lem(flow_at + 1) in lexicon.SHARE_VERBS
        ):
            base = FlowRole.TURNOVER  # "на экспорт пришлось 91%", "exports made up 53,5%"
        else:
            base = None
        self.last_base = base
        return base

    def last_flow_before(self, i: int, floor: int) -> tuple[FlowRole | None, int]:
        depth = 0
        for j in range(i - 1, max(floor, i - 40) - 1, -1):
            if self.tokens[j].text == ")":
                depth += 1
            elif self.tokens[j].text == "(" and depth:
                depth -= 1
                continue
            if depth:
                continue
            found = self.flow_of(j)
            if found is not None:
                return found, j
        return self.last_flow, -1

    def entity(self, start: int, stop: int, flow_at: int, fig: _Figure) -> tuple[Entity, str]:
        toks = self.tokens
        for j in range(start, stop):
            tok = toks[j]
            low = tok.lemma
            if low in lexicon.GROUP_WORDS:
                return Entity.GROUP, tok.text
            prep = self.lem(j - 1)
            if low in ("between", "между"):
                for x in range(j + 1, min(stop, j + 9)):
                    if self.lem(x) in ("and", "и") and x + 1 < stop and toks[x + 1].capitalized:
                        return Entity.PARTNER, toks[x + 1].text
            if low in ("другой", "other") and self.lem(j + 1) in ("регион", "region", "субъект"):
                return Entity.GROUP, "other regions"
            if prep in ("с", "со", "with") and low in lexicon.PRONOUNS:
                return Entity.PARTNER, tok.text
            if (
                tok.capitalized
                and j > start
                and prep in ("с", "со", "with", "в", "to", "between", "на", "у")
                and (low not in lexicon.REPORTER_WORDS or prep in ("с", "со", "with"))
            ):
                if low in lexicon.MONTHS or self.lem(j + 1) in lexicon.REPORTER_WORDS:
                    continue
                if prep in ("в", "на", "to") and j < flow_at:
                    continue
                if prep in ("в", "на") and (
                    self.lem(j + 1) in ("году", "год") or tok.text.isupper()
                ):
                    continue
                return Entity.PARTNER, tok.text
            if tok.capitalized and prep in ("the",) and self.lem(j - 2) in ("with", "to", "from"):
                return Entity.PARTNER, tok.text
            if (
                prep in ("из", "from")
                and tok.capitalized
                and self.lem(j - 2) in ("импорт", "import", "ввоз")
            ):
                return Entity.PARTNER, tok.text
            if low in ("целое",) or (low == "россия" and prep == "по"):
                return Entity.COUNTRY, tok.text
            if (
                low in ("страна", "country")
                and prep not in ("с", "со", "with", "в", "to", "зарубежный", "foreign")
                and self.lem(j - 2) not in ("с", "со", "with")
            ) and self.lem(j + 1) not in ("дальний", "ближний"):
                return Entity.COUNTRY, tok.text
            if (
                low.endswith("'s")
                or (j + 1 < stop and toks[j + 1].text in ("'", "’") and self.lem(j + 2) == "s")
            ) and (low in ("china", "country") or tok.text == "Republic"):
                return Entity.COUNTRY, tok.text
            if low in lexicon.GOODS_WORDS and low not in lexicon.GENERIC_GOODS:
                if low == "foreign" and self.lem(j + 1) in ("trade", "-", "economic"):
                    continue
                if low == "foreign" and self.lem(j + 1) != "invest":
                    continue
                if low in ("product", "продукция") and self.lem(j + 1) in ("из",):
                    continue
                if low == "продукция" and flow_at >= 0 and j < flow_at:
                    continue
                return Entity.GOODS, tok.text
        return Entity.REPORTER, ""

    def measure(self, fig: _Figure, c_start: int, s_end: int) -> tuple[Measure | None, int]:
        toks = self.tokens
        if fig.measure is Measure.VALUE:
            # "на 311 миллионов больше", "$115 million more than", "увеличился на 8,2 млн"
            after = self.lem(fig.end)
            if after in ("больше", "меньше", "more", "less") and self.lem(fig.end + 1) in (
                "чем",
                "than",
                ",",
            ):
                return Measure.CHANGE, 1 if after in ("больше", "more") else -1
            if after in ("больше", "меньше", "more", "less") and fig.end + 1 >= s_end - 1:
                return Measure.CHANGE, 1 if after in ("больше", "more") else -1
            if fig.start >= 1 and self.lem(fig.start - 1) in ("на", "by"):
                for j in range(fig.start - 2, max(c_start, fig.start - 8) - 1, -1):
                    low = self.lemmas[j]
                    if low in lexicon.UP or low in lexicon.DOWN:
                        return Measure.CHANGE, 1 if low in lexicon.UP else -1
                    if low in (
                        "вывезти",
                        "ввезти",
                        "экспортировать",
                        "наторговать",
                        "товар",
                        "пришлось",
                        "прийтись",
                    ):
                        break
            return Measure.VALUE, 0
        if fig.measure in (Measure.COUNT, Measure.PHYSICAL):
            return fig.measure, 0
        if fig.measure in (Measure.MULTIPLE, Measure.GROWTH):
            self.excess = None
            for c in range(fig.start - 1, max(c_start, fig.start - 12) - 1, -1):
                if self.lemmas[c] in lexicon.EXCEED:
                    # "вывоз ... больше ввоза", "exports exceed imports": the flows
                    # right around the comparative
                    larger = next(
                        (
                            f
                            for f in (
                                self.flow_of(x) for x in range(c - 1, max(c_start, c - 5) - 1, -1)
                            )
                            if f
                        ),
                        None,
                    )
                    smaller = next(
                        (
                            f
                            for f in (self.flow_of(x) for x in range(c + 1, min(fig.start, c + 3)))
                            if f
                        ),
                        None,
                    )
                    if larger and smaller and larger is not smaller:
                        self.excess = (larger, smaller)
                        return Measure.EXCESS, 0
                    break
        if fig.measure is Measure.MULTIPLE:
            direction = fig.direction
            for j in range(fig.start - 1, max(c_start, fig.start - 8) - 1, -1):
                low = self.lemmas[j]
                if low in lexicon.UP:
                    direction = 1
                    break
                if low in lexicon.DOWN:
                    direction = -1
                    break
            if direction == 0:
                for j in range(fig.end, min(s_end, fig.end + 3)):
                    low = self.lemmas[j]
                    if low in ("больше", "more", "as"):
                        direction = 1
                        break
                    if low in ("меньше", "less"):
                        direction = -1
                        break
            if direction == 0 and self.last_direction:
                direction = self.last_direction
            if direction == 0 and fig.start >= 1 and self.lem(fig.start - 1) == "в":
                direction = (
                    1 if self.lem(fig.start - 2) not in ("импорт", "экспорт", "–", "-") else 0
                )
            if direction:
                self.last_direction = direction
            if direction > 0:
                return Measure.MULTIPLE, 1
            if direction < 0:
                return Measure.FALL, -1
            return None, 0
        # a percent: share, index or growth
        following = [self.lemmas[j] for j in range(fig.end, min(s_end, fig.end + 4))]
        before = [
            self.lemmas[j] for j in range(max(c_start, fig.start - 6, self.prev_end), fig.start)
        ]
        directed = bool(set(before[-4:]) & (lexicon.UP | lexicon.DOWN)) or before[-1:] == ["на"]
        if (following[:1] == ["к"] and not directed) or (
            following[:1] == ["of"] and "level" in following
        ):
            return Measure.INDEX, 0
        if before[-1:] in (["to"], ["до"]) and any(
            b in lexicon.DOWN or b in lexicon.UP for b in before
        ):
            return Measure.INDEX, 0
        if before[-3:] == ["an", "increase", "of"]:
            return Measure.INDEX, 0
        shareish = {
            "доля",
            "пришлось",
            "прийтись",
            "прийтися",
            "share",
            "занять",
            "дать",
            "ratio",
            "made",
            "make",
            "приходиться",
            "took",
            "take",
        }
        if set(before) & shareish or (
            following[:1]
            and following[0]
            in (
                "оборот",
                "товарооборот",
                "экспорт",
                "импорт",
                "внешнеторговый",
                "всего",
                "общий",
                "of",
            )
        ):
            self.last_share = True
            return Measure.SHARE, 0
        direction = 0
        for j in range(fig.start - 1, max(c_start, fig.start - 10) - 1, -1):
            low = self.lemmas[j]
            if low in lexicon.UP or toks[j].text == "+":
                direction = 1
                break
            if low in lexicon.DOWN or (toks[j].text in ("-", "−") and j == fig.start - 1):
                direction = -1
                break
            if (
                toks[j].kind == "num"
                and j < fig.start - 1
                and toks[j].number is not None
                and self.lem(j + 1) != "год"
            ):
                break  # another figure in between: its words are not this one's
        for j in range(fig.end, min(s_end, fig.end + 3)):
            low = self.lemmas[j]
            if low in ("больше", "more", "above", "higher", "выше") or (
                low in lexicon.UP and low != "+"
            ):
                direction = 1
                break
            if low in ("меньше", "less", "below", "lower", "ниже") or (
                low in lexicon.DOWN and low != "минус"
            ):
                direction = -1
                break
        if (
            direction == 0
            and self.last_share
            and (
                self.lem(fig.start - 1) in ("–", "-", "—", "(")
                or (
                    self.lem(fig.start - 1) in (",", "и", "and") and self.prev_end >= fig.start - 1
                )
            )
        ):
            return Measure.SHARE, 0  # "на экспорт пришлось 42,2%, на импорт – 57,8%"
        if (
            direction == 0
            and self.last_direction
            and (
                self.lemmas[fig.start - 1] in ("на", "by", "–", "-", "—")
                or self.flow_of(fig.start - 1) is not None
            )
        ):
            direction = self.last_direction  # "экспорт – на 15,9%", "and exports 34.4 percent"
        if direction:
            self.last_direction = direction
            return Measure.GROWTH, direction
        if fig.start >= 1 and toks[fig.start - 1].text == "(" and self.has_index_phrase:
            return Measure.INDEX, 0
        return None, 0

    def time(self, fig: _Figure, c_start: int, s_end: int, measure: Measure) -> TimeRole:
        toks = self.tokens
        if self.sentence_time is TimeRole.OTHER:
            return TimeRole.OTHER
        for j in range(fig.end, min(s_end, fig.end + 3)):
            year = _is_year(toks[j])
            if year is not None and self.lem(j - 1) in ("в", "in"):
                if self.year is None or year == self.year:
                    return TimeRole.MAIN
                if year == self.year - 1:
                    return TimeRole.PREVIOUS
                return TimeRole.OTHER
        lo = max(c_start, fig.start - lexicon.WINDOW, self.prev_end)
        for j in range(fig.start - 1, lo - 1, -1):
            year = _is_year(toks[j])
            if year is None:
                continue
            cues = {self.lemmas[x] for x in range(max(c_start, j - 5), j)}
            if cues & lexicon.BASE_CUES or cues & {"по", "compared"}:
                continue
            if self.year is None or year == self.year:
                return TimeRole.MAIN
            return (
                TimeRole.PREVIOUS
                if year == self.year - 1 and measure is Measure.VALUE
                else TimeRole.OTHER
            )
        if measure is Measure.VALUE:
            words = [self.lemmas[j] for j in range(max(c_start, fig.start - 6), fig.start)]
            forms = {toks[j].text.lower() for j in range(max(c_start, fig.start - 6), fig.start)}
            # "годом ранее", "прошлого года" (the base); "в прошлом году" is the last year
            based = bool(set(words) & {"к", "против", "чем", "сравнение", "than", "compared"})
            if words[-1:] in (["до"], ["to"]) or words[-2:-1] in (["до"], ["to"]):
                return TimeRole.MAIN  # "fell by 49,7% on last year's, to $2.9 billion"
            if (
                forms & {"годом", "года"}
                and not based
                and ("ранее" in words or any(w.startswith("прошл") for w in words))
            ):
                return TimeRole.PREVIOUS
            if "earlier" in words:
                return TimeRole.PREVIOUS
            if "last" in words or (
                any(w.startswith("прошл") for w in words) and "чем" not in words
            ):
                # "last year" in a release about a whole year is that year
                return TimeRole.MAIN if self.whole_year else TimeRole.OTHER
        if "alone" in [
            self.lemmas[j] for j in range(max(c_start, fig.start - lexicon.WINDOW), fig.start)
        ]:
            return TimeRole.OTHER
        return TimeRole.MAIN


def read_statements(text: str, *, locale: str = "en") -> tuple[Statement, ...]:
    """Read every trade figure of *text*, attributed to an entity, measure, flow and period.

    Args:
        text: a trade paragraph as published.
        locale: ``"en"`` or ``"ru"``: the language (the number format is decided
            per document, see :mod:`regionrel.text.amounts`).

    >>> [(s.entity.value, s.flow.value, s.figure.text) for s in read_statements(
    ...     "Trade with Russia rose 19.5 percent. Exports were 2.59 billion U.S. dollars.")]
    [('partner', 'turnover', '19.5'), ('reporter', 'exports', '2.59')]
    """
    # Exact arithmetic whatever the caller's decimal context is.
    with localcontext(EXACT):
        return tuple(_Reader(text, locale).read())
