"""What a figure measures and which period it is for, read from the words around it.

:class:`MeasureReader` adds to :class:`regionrel.text.figure_phrases.FigureReader` the
reading state a trade text carries from figure to figure (the last flow, direction and
share, the main year) and decides, for one figure phrase, its :class:`Measure` (a value,
growth, index, multiple, fall, excess, share, change) and its :class:`TimeRole`.
"""

from __future__ import annotations

from itertools import compress, count
from typing import Final

from regionrel.text import lexicon
from regionrel.text.figure_phrases import FigurePhrase, FigureReader
from regionrel.text.items import FlowRole
from regionrel.text.main_year import is_year, main_year_of
from regionrel.text.statement_model import Measure, Statement, TimeRole
from regionrel.text.tokens import future_verb

__all__ = ["MeasureReader"]

#: The lemmas a flow may be read at: flow words, the adjectives of a flow, "товар".
_FLOW_CUES: Final = (
    frozenset(lexicon.FLOW_WORDS) | frozenset(lexicon.FLOW_BY_ADJECTIVE) | {"товар"}
)
#: Tokens after a figure that end its own words: a year beyond them is another figure's.
_AFTER_STOPS = frozenset({"(", ",", ";", "–", "—"})


#: Words after a change that name its base ("к уровню 2019 года", "from 2019").
_OTHER_BASE_CUES: Final = frozenset(
    {"к", "против", "уровень", "compar", "compared", "against", "from", "over", "versus", "vs"}
    | {"сравнение"}
)


class MeasureReader(FigureReader):
    """The figure phrases of a text with the state its reading carries, and their measures."""

    #: The direction (1 up, -1 down) of the last growth or multiple read in the sentence.
    last_direction: int
    #: Whether the last percent read in the sentence was a share.
    last_share: bool

    def __init__(self, text: str, locale: str) -> None:
        super().__init__(text, locale)
        self.year = main_year_of(self.tokens)
        self.out: list[Statement] = []
        self.prev_end = 0
        self.currency = ""
        self.last_flow: FlowRole | None = None
        #: Whether a change read last was against a year before the previous one, and
        #: whether this sentence carries that base on ("Экспорт увеличился еще сильнее").
        self.based_other = self.carries_base = False
        self.has_index_phrase = False
        self.whole_year = lexicon.PART_OF_YEAR.isdisjoint(self.lemmas)
        self.sentence_time = TimeRole.MAIN
        self.excess: tuple[FlowRole, FlowRole] | None = None
        #: 1 or -1 when the amount just measured is an excess of exports over imports
        #: (or the reverse) stated as a comparison: the balance, with its sign.
        self.as_balance = 0
        # The flow each token names (None for most): a function of the token and its
        # neighbours only, asked for many times per figure, so read once per token.
        self.flows: list[FlowRole | None] = [None] * len(self.lemmas)
        cues = _FLOW_CUES.__contains__
        for i in compress(count(), map(cues, self.lemmas)):
            self.flows[i] = self.read_flow(i)  # (the flow words found in one pass)

    def flow_of(self, i: int) -> FlowRole | None:
        """The flow the token at *i* names, if any (as :meth:`read_flow`, read once)."""
        return self.flows[i] if i >= 0 else self.read_flow(i)

    def read_flow(self, i: int) -> FlowRole | None:
        """The flow the token at *i* names, read from it and its neighbours."""
        tok = self.tokens[i]
        if tok.kind != "word":
            return None
        low = self.lemmas[i]
        if low in lexicon.FLOW_SKIP:
            return None
        by_adjective = lexicon.FLOW_BY_ADJECTIVE.get(low, {}).get(self.lem(i - 1))
        if by_adjective is not None:
            return by_adjective  # "импортные поступления выросли"
        if low == "товар":
            # "через таможни прошло товаров на $22,1 млрд": all goods that passed
            passed = self.lem(i - 1) in lexicon.CUSTOMS_VERBS
            return FlowRole.TURNOVER if passed and self.lem(i + 1) == "на" else None
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
                    # "62% of the imports", not "the value of its imports"
                    and (self.form(i - 2) != "of" or self.form(i - 3) in ("%", "percent", "cent"))
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
        if low == "import" and self.lem(i + 1) in ("substitution", "substitute"):
            return None  # "import substitution" is a policy, not a flow
        if low == "рубеж":
            # "за рубеж ушло" (abroad, whither) is exports; "из-за рубежа", "за рубежом" are not
            if tok.text.lower() == "рубеж" and self.lem(i - 1) == "за" and self.form(i - 2) != "-":
                return FlowRole.EXPORTS
            return None
        if (
            flow is FlowRole.TURNOVER
            and self.lem(i + 1) == "по"
            and lexicon.FLOW_WORDS.get(self.lem(i + 2)) in (FlowRole.EXPORTS, FlowRole.IMPORTS)
        ):
            return None  # "товарооборот по экспорту": the flow is the one after "по"
        if low in ("внешнеторговый", "foreign", "external") and self.lem(i + 1) in (
            "оборот",
            "trade",
            "сальдо",
        ):
            return None
        return flow

    def compared_before(self, i: int, c_start: int) -> tuple[FlowRole, FlowRole] | None:
        """The flows of "вывезли больше, чем ввезли, (почти) на ..." ending before token *i*: (larger, smaller)."""
        j = i - 1
        while j > c_start and (self.tokens[j].text == "," or self.lemmas[j] in lexicon.QUALIFIERS):
            j -= 1
        smaller = self.flow_of(j)
        if smaller is None or self.lem(j - 1) != "чем":
            return None
        k = j - 2
        if self.tokens[k].text == ",":
            k -= 1
        word = self.lem(k)
        larger = self.flow_of(k - 1) if k - 1 >= c_start else None
        if word not in ("больше", "меньше") or larger is None or larger is smaller:
            return None
        return (larger, smaller) if word == "больше" else (smaller, larger)

    def compared_after(
        self, fig: FigurePhrase, c_start: int, s_end: int
    ) -> tuple[FlowRole, FlowRole] | None:
        """The flows of "ввез на 2,3 млрд – в 10 раз больше, чем вывез": (larger, smaller)."""
        word = self.lem(fig.end)
        j = fig.end + 1
        if word in ("превысить", "превышать") and self.lex_flow_after(j, s_end) is not None:
            # "экспорт почти вчетверо превысил объем импорта"
            word, j = "больше", j - 1
        elif j < s_end and self.tokens[j].text == ",":
            j += 1
        if (
            word not in ("больше", "меньше")
            or self.lem(j) not in ("чем", "превысить", "превышать")
            or j + 1 >= s_end
        ):
            return None
        other = self.lex_flow_after(j + 1, s_end)
        own = next(
            (f for f in (self.flow_of(x) for x in range(fig.start - 1, c_start - 1, -1)) if f),
            None,
        )
        if other is None or own is None or own is other:
            return None
        return (own, other) if word == "больше" else (other, own)

    def lex_flow_after(self, j: int, s_end: int) -> FlowRole | None:
        """The flow named at *j*, or after "объем" there ("объем импорта")."""
        if j < s_end and self.lem(j) in ("объем", "стоимость") and j + 1 < s_end:
            j += 1
        return self.flow_of(j) if j < s_end else None

    def comparative_at(self, j: int, s_end: int) -> int:
        """1 or -1 for a comparative at *j* ("больше", "less"), after one comma; else 0."""
        if j < s_end and self.form(j) == ",":
            j += 1
        low = self.lem(j) if j < s_end else ""
        if low in ("больше", "more", "выше", "higher"):
            return 1
        if low in ("меньше", "less", "ниже", "lower"):
            return -1
        return 0

    def or_comparative(self, fig: FigurePhrase, s_end: int) -> int:
        """The direction of a figure restated before its comparative: "на 43,1 процента, или
        на 692,9 млн. долларов, больше" (1 for the first figure), else 0."""
        j = fig.end + (self.form(fig.end) == ",")
        if self.lem(j) not in ("или", "or"):
            return 0
        j += 1 + (self.lem(j + 1) in ("на", "by"))
        other = self.figure_at(j, s_end) if j < s_end else None
        return 0 if other is None else self.comparative_at(other.end, s_end)

    def excess_before(self, i: int, c_start: int) -> tuple[FlowRole, FlowRole] | None:
        """The flows of "ввоз превышает вывоз на ..." ending at token *i*: (larger, smaller)."""
        smaller = self.flow_of(i)
        if smaller is None or self.lem(i - 1) not in ("превышать", "превысить", "exceed"):
            return None
        larger = next(
            (f for f in (self.flow_of(x) for x in range(i - 2, max(c_start, i - 8) - 1, -1)) if f),
            None,
        )
        if larger is None and self.lem(i - 2) == "и":
            # "Экспорт ... достиг $208 млн и превысил импорт на $55,7 млн": the subject of
            # the first predicate is the second's too
            for x in range(i - 3, max(0, i - 16) - 1, -1):
                if self.tokens[x].text in (".", "!", "?", ";"):
                    break
                larger = self.flow_of(x)
                if larger is not None:
                    break
        return None if larger is None or larger is smaller else (larger, smaller)

    def measure(self, fig: FigurePhrase, c_start: int, s_end: int) -> tuple[Measure | None, int]:
        toks = self.tokens
        self.as_balance = 0
        if fig.measure is Measure.VALUE:
            compared = (
                (
                    self.compared_before(fig.start - 1, c_start)
                    or self.excess_before(fig.start - 2, c_start)
                )
                if self.lem(fig.start - 1) in ("на", "by")
                else None
            )
            if compared is not None and {compared[0], compared[1]} == {
                FlowRole.EXPORTS,
                FlowRole.IMPORTS,
            }:
                # "вывезли больше, чем ввезли, почти на 270 млн": the balance
                self.as_balance = 1 if compared[0] is FlowRole.EXPORTS else -1
                return Measure.VALUE, 0
            restated = self.restated_change(fig)
            if restated:
                return Measure.CHANGE, restated
            # "на 311 миллионов больше", "$115 million more than", "увеличился на 8,2 млн"
            after = self.lem(fig.end) if fig.end < s_end else ""  # (not the next sentence)
            if after in ("больше", "меньше", "more", "less") and self.lem(fig.end + 1) in (
                "чем",
                "than",
                ",",
            ):
                return Measure.CHANGE, 1 if after in ("больше", "more") else -1
            if after in ("больше", "меньше", "more", "less") and fig.end + 1 >= s_end - 1:
                return Measure.CHANGE, 1 if after in ("больше", "more") else -1
            if fig.start >= 1 and self.lem(fig.start - 1) in ("на", "by"):
                # "на 118,4 млн, или 34,3 процента, больше"; "или на 692,9 млн, больше, чем"
                way = self.or_comparative(fig, s_end) or (
                    self.comparative_at(fig.end, s_end)
                    if self.form(fig.end) == "," and self.lem(fig.end + 2) in ("чем", "than", ",")
                    else 0
                )
                if way:
                    self.last_direction = way
                    return Measure.CHANGE, way
                for j in range(fig.start - 2, max(c_start, fig.start - 8) - 1, -1):
                    low = self.lemmas[j]
                    if low in lexicon.UP or low in lexicon.DOWN:
                        # "вырос на 29,3 млн, или на 3,27 процента": the percent's way too
                        self.last_direction = 1 if low in lexicon.UP else -1
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
            self.excess = self.compared_after(fig, c_start, s_end)
            if self.excess is not None:
                return Measure.EXCESS, 0
            scan_from = fig.start - 1
            if lexicon.EXCEED.isdisjoint(self.lemmas[max(c_start, fig.start - 12) : fig.start]):
                scan_from = -1  # no comparative in the window: no step to take (most figures)
            for c in range(scan_from, max(c_start, fig.start - 12) - 1, -1):
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
        if fig.measure is Measure.MULTIPLE and self.lem(fig.end) in lexicon.CHANGE_NOUNS:
            # "полуторакратное увеличение": the noun after it says which way
            self.last_direction = fig.direction
            return (Measure.MULTIPLE, 1) if fig.direction > 0 else (Measure.FALL, -1)
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
        following = self.lemmas[fig.end : min(s_end, fig.end + 4)]
        before = self.lemmas[max(c_start, fig.start - 6, self.prev_end) : fig.start]
        directed = (
            bool(set(before[-4:]) & (lexicon.UP | lexicon.DOWN))
            or before[-1:] == ["на"]
            or self.signed(fig.start)
        )
        if (following[:1] == ["к"] and not directed) or (
            following[:1] == ["of"]
            and not directed
            and not any(
                self.lemmas[j] in lexicon.FLOW_WORDS
                for j in range(fig.end, min(s_end, fig.end + 7))
            )
            and (
                not lexicon.INDEX_BASE_WORDS.isdisjoint(following)
                or any(is_year(self.tokens[j]) for j in range(fig.end, min(s_end, fig.end + 4)))
            )
        ):
            # "96.8% of the 2019 level", "121.3% of the same period in 2021"
            return Measure.INDEX, 0
        if before[-1:] in (["to"], ["до"]) and any(
            b in lexicon.DOWN or b in lexicon.UP for b in before
        ):
            return Measure.INDEX, 0
        if before[-3:] == ["an", "increase", "of"] and fig.figure.value > 100:
            # "an increase of 121,3%": an index; "an increase of 10.8 percent" cannot be
            # one (an index below 100 is a fall), so it is the growth it says
            return Measure.INDEX, 0
        if any(
            before[x] == "темп" and before[x + 1] == "рост" for x in range(len(before) - 1)
        ) and not set(before) & {"на", "прирост"}:
            return Measure.INDEX, 0  # "темп роста составил 110,5%": this year's of last year's
        shareish = {
            "половина",
            "треть",
            "четверть",
            "доля",
            "удельный",
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
            "account",
        }
        if (
            "доля" in before
            and before[-1:] == ["на"]
            and set(before) & (lexicon.UP | lexicon.DOWN)
        ):
            return None, 0  # "доля экспорта уменьшилась на 12,7%": a share's change, not a share
        if (
            set(before) & shareish
            or any(  # "удельный вес экспорта во внешнеторговом обороте составляет 34,5%"
                self.lemmas[j] == "вес" and self.lem(j - 1) == "удельный"
                for j in range(max(c_start, self.prev_end, fig.start - lexicon.WINDOW), fig.start)
            )
            or following[:2] in (["прийтись", "на"], ["приходиться", "на"])
            or (
                following[:1]
                and following[0]
                in (
                    "оборот",
                    "товарооборот",
                    "экспорт",
                    "импорт",
                    "ввоз",
                    "вывоз",
                    "внешнеторговый",
                    "всего",
                    "общий",
                    "of",
                )
            )
        ):
            self.last_share = True
            return Measure.SHARE, 0
        direction = 0
        for j in range(fig.start - 1, max(c_start, fig.start - 10) - 1, -1):
            low = self.lemmas[j]
            if low in lexicon.COMPARATIVES and self.lem(j + 1) in ("than", "чем", "всего", "of"):
                continue  # "fell by more than 20%": a bound; "больше всего", "most of": the most
            if low in lexicon.UP or toks[j].text == "+":
                direction = 1
                break
            if low in lexicon.DOWN or (toks[j].text in ("-", "−") and j == fig.start - 1):
                direction = -1
                break
            if j == fig.start - 1 and self.en_dash_minus(j):
                direction = -1  # "(–8,2%)": an en dash set against the number is its minus
                break
            if (
                toks[j].kind == "num"
                and j < fig.start - 1
                and toks[j].number is not None
                and self.lem(j + 1) != "год"
            ):
                break  # another figure in between: its words are not this one's
        for j in range(fig.end, min(s_end, fig.end + 3) if direction == 0 else fig.end):
            if toks[j].text in _AFTER_STOPS:
                break  # "rose by 19.2%, imports fell by 7%": the next clause's word
            low = self.lemmas[j]
            if low in (")", ";", "("):
                break  # ("(–8,2%); больше 40% ввоза": the next clause's words)
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
        if direction == 0 and self.lem(fig.start - 1) in ("на", "by"):
            direction = self.or_comparative(
                fig, s_end
            )  # "на 43,1 процента, или на 692,9 млн, больше"
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
        named_at = fig.start - 2 if self.lem(fig.start - 1) in ("for", "at") else fig.start - 1
        if (
            direction == 0
            and self.last_share
            and self.flow_of(named_at) is not None
            and self.lem(named_at - 1) in (",", "and", "и")
        ):
            return Measure.SHARE, 0  # "imports were 26.4% of the turnover and exports 73.6%"
        if (
            direction == 0
            and self.last_direction
            and (
                self.lemmas[fig.start - 1] in ("на", "by", "–", "-", "—")
                or self.flow_of(fig.start - 1) is not None
                or (self.lemmas[fig.start - 1] in ("и", "and") and self.prev_end >= fig.start - 1)
                or (  # "увеличился на 122,4 млн. долларов, или 90,9 процентов"
                    self.lemmas[fig.start - 1] in ("или", "or")
                    and self.prev_end >= fig.start - 2
                    and bool(self.out)
                    and self.out[-1].measure is Measure.CHANGE
                )
            )
        ):
            # "экспорт – на 15,9%", "and exports 34.4 percent", "на 32,4 процента и 22,9 процента"
            direction = self.last_direction
        if direction:
            self.last_direction = direction
            return Measure.GROWTH, direction
        if fig.start >= 1 and toks[fig.start - 1].text == "(" and self.has_index_phrase:
            return Measure.INDEX, 0
        if any(
            self.lemmas[j] == "вес" and self.lem(j - 1) == "удельный"
            for j in range(max(c_start, self.prev_end, fig.start - 12), fig.start)
        ):
            self.last_share = True  # "Удельный вес экспорта в общем объеме ... составил 64,2%"
            return Measure.SHARE, 0
        if following[:1] in (["compar"], ["against"]) and self.locale == "en":
            return Measure.INDEX, 0  # "$4.2 billion, or 98.5% compared to 2018": no direction
        return None, 0

    def restated_change(self, fig: FigurePhrase) -> int:
        """The direction of a growth an amount restates ("rose by 15%, or $200 million").

        0 when the amount right after "or" / "или" follows no growth just read.
        """
        at = fig.start - 1
        if self.lem(at) == "на":
            at -= 1
        if self.lem(at) not in ("or", "или") or not self.out:
            return 0
        last = self.out[-1]
        if last.measure is not Measure.GROWTH:
            return 0
        between = [t for t in self.tokens[max(0, at - 6) : at] if t.start >= last.span[1]]
        if len(between) >= 6 or any(t.kind == "num" for t in between):
            return 0  # not the figure just before "or" ("by 12 percent year on year, or")
        return -1 if last.figure.value < 0 else 1

    def same_extent(self, j: int) -> bool:
        """Whether the year at token *j* names a period as long as the text's main one.

        In a text about a whole year, any year does. In a text about part of a year
        (January to September, a half, a quarter), a year said to be whole ("за весь 2018
        год", "for the whole of 2018", "по итогам 2018 года") is not last year's January
        to September. A bare year is taken as the same part of it ("импорт – $424,67 млн
        ($302,15 млн в 2020 году)" in a release about a half year), as releases write it.
        """
        if self.whole_year:
            return True
        return lexicon.WHOLE_YEAR_CUES.isdisjoint(self.lemmas[max(0, j - 4) : j])

    def targeted(self, fig: FigurePhrase, c_start: int) -> bool:
        """Whether the words before a figure in its clause make it a target ("should grow by").

        A target word right after the figure does too ("the 7% target").
        """
        if self.lem(fig.end) in lexicon.TARGET_WORDS:
            return True
        lo = max(c_start, fig.start - lexicon.WINDOW, self.prev_end)
        window = self.lemmas[lo : fig.start]
        if (
            self.locale != "ru"  # (a Russian verb in the future tense is a forecast too)
            and lexicon.TARGET_WORDS.isdisjoint(window)
            and "be" not in window
            and "have" not in window
        ):
            return False  # no word the rules below look for (most figures)
        for j in range(lo, fig.start):
            low = self.lemmas[j]
            if low in lexicon.TARGET_WORDS and self.lem(j - 1) not in ("выше", "ниже", "сверх"):
                return True  # ("оказался выше прогноза: $775 млн" is the result)
            if self.locale == "ru" and future_verb(self.tokens[j].text):
                return True  # "экспорт составит 9 млрд": a forecast
            if low in ("мочь", "оценить", "оценивать"):
                # "оборот может приблизиться к 1 млрд": a possibility; "оценил оборот за
                # 2010 год примерно в $11 млрд" (in December): an estimate, not a result
                return True
            if (
                low in ("be", "have")
                and self.lem(j + 1) == "to"
                and self.lem(j + 2) in lexicon.TARGET_VERBS
            ):
                return True
        return False

    def en_dash_minus(self, j: int) -> bool:
        """Whether the en dash at *j* is a minus: set against the number after it, after a
        bracket or a space, not after a number ("5–7%" is a range, "импорт – 8%" a copula)."""
        dash = self.tokens[j]
        if dash.text != "–" or j + 1 >= len(self.tokens) or j < 1:
            return False
        prev = self.tokens[j - 1]
        return (
            dash.end == self.tokens[j + 1].start
            and prev.kind != "num"
            and (prev.text == "(" or prev.end < dash.start)
        )

    def signed(self, i: int) -> bool:
        """Whether the number at *i* has a sign written against it ("-11,5%", "+4,9%")."""
        if i < 1:
            return False
        sign = self.tokens[i - 1]
        return sign.text in ("-", "−", "+") and sign.end == self.tokens[i].start

    def single_month(self, fig: FigurePhrase, lo: int) -> bool:
        """Whether the figure is said of one month ("в июле (751 млн)") in a text about a longer period."""
        if lexicon.RU_MONTHS.isdisjoint(self.lemmas[max(lo, fig.start - 5) : fig.start]):
            return False  # no month named before the figure (most figures)
        for j in range(fig.start - 1, max(lo, fig.start - 5) - 1, -1):
            if self.lemmas[j] not in lexicon.RU_MONTHS or self.lem(j - 1) != "в":
                continue
            if self.lem(j + 1) in ("-", "–", "—", "по") or self.lem(j - 3) in lexicon.RU_MONTHS:
                return False  # a span of months
            # another, earlier period of the text: the year ("итоги 2008 года") or months
            return any(
                (is_year(self.tokens[x]) is not None and self.lem(x + 1) == "год")
                or (self.lemmas[x] in lexicon.PART_OF_YEAR and self.lemmas[x] != self.lemmas[j])
                for x in range(j)
            )
        return False

    def per_period(self, fig: FigurePhrase, c_start: int) -> bool:
        """Whether an amount is said per month or on average ("каждый месяц прибавлял 74 млн",
        "в среднем 43 млн"): not the period's total."""
        window = self.lemmas[max(c_start, fig.start - 6) : fig.start]
        if "каждый" in window or "ежемесячно" in window:
            return True
        return any(
            window[x] == "в" and window[x + 1] in ("средний", "среднее")
            for x in range(len(window) - 1)
        )

    def whole_of(self, *, year_at: int, c_start: int) -> bool:
        """Whether a bare last year heading a clause, in a text about part of a year, is
        that whole year ("В 2017 году область экспортировала товаров на $612 млн" after
        five months' figures): no part of a year is named between the clause and the year."""
        if self.whole_year or self.lem(year_at - 1) not in ("в", "in"):
            return False
        return lexicon.PART_OF_YEAR.isdisjoint(self.lemmas[max(0, c_start - 6) : year_at + 12])

    def based_elsewhere(self, fig: FigurePhrase, s_end: int) -> bool:
        """Whether a change is measured against a year other than the main year's last ("к уровню 2019 года")."""
        if self.year is None:
            return False
        for j in range(fig.end, min(s_end, fig.end + 7)):
            if self.tokens[j].text in (";", ",", "(", "."):
                return False  # "up 60 percent; compared with 2019 ...": the next clause's
            year = is_year(self.tokens[j])
            if year is None and self.tokens[j].kind == "num":
                return False  # "up 60 percent and up 72.7 percent over 2019": the next one's
            if year is not None:
                cues = {self.lem(x) for x in range(fig.end, j)}
                return bool(cues & _OTHER_BASE_CUES) and year < self.year - 1
        return False

    def base_of_a_change(self, fig: FigurePhrase, c_start: int) -> bool:
        """Whether the "earlier" before an amount is the base of a change, not its time: "37%
        less than a year earlier, at $3.4 billion", "..., 12% less than a year earlier, and
        imports at $1.2 billion"."""
        lo = max(c_start, fig.start - 6)
        at = max(j for j in range(lo, fig.start) if self.lemmas[j] == "earlier")
        if "than" not in self.lemmas[max(0, at - 4) : at]:
            return False
        return self.form(fig.start - 1) in ("at", "to") or any(
            self.flows[j] is not None for j in range(at + 1, fig.start)
        )

    def based_before(self, fig: FigurePhrase, c_start: int) -> bool:
        """Whether the clause opens on a base year other than the main year's last ("compared
        with 2019 it rose 72.7 percent", "against the same period of 2019, ... up 72.7%")."""
        if self.year is None:
            return False
        for j in range(max(c_start, fig.start - lexicon.WINDOW), fig.start):
            year = is_year(self.tokens[j])
            if year is not None and year < self.year - 1:
                if self.lem(j - 1) in ("с", "со", "since"):
                    return True  # "с 2003 года он увеличился в 3,5 раза": over several years
                cues = {self.lem(x) for x in range(max(c_start, j - 6), j)}
                return bool(
                    cues & {"compar", "compared", "against", "versus", "vs", "сравнение", "против"}
                )
        return False

    def compares_last_year(self, c_start: int, s_end: int) -> bool:
        """Whether the clause compares with the year before the main one ("чем за 2020 год")."""
        if self.year is None:
            return False
        for j in range(c_start, s_end):
            if is_year(self.tokens[j]) == self.year - 1:
                cues = {self.lem(x) for x in range(max(c_start, j - 3), j)}
                if cues & lexicon.BASE_CUES:
                    return True
        return False

    def time(self, fig: FigurePhrase, c_start: int, s_end: int, measure: Measure) -> TimeRole:
        toks = self.tokens
        if self.sentence_time is TimeRole.OTHER or self.targeted(fig, c_start):
            return TimeRole.OTHER
        if (
            measure is Measure.VALUE
            and self.out
            and self.out[-1].time is not TimeRole.MAIN
            and self.lem(fig.start - 1) in ("до", "to")
            and 0 < fig.start - self.prev_end <= 2
            and self.out[-1].span[1] == toks[self.prev_end - 1].end
        ):
            return self.out[-1].time  # "снизится на 20% – до 9 млрд": the change's own period

        if (
            self.out
            and self.out[-1].time is TimeRole.OTHER
            and self.lem(fig.start - 1) in ("или", "or")
            and 0 < fig.start - self.prev_end <= 2
            and self.out[-1].span[1] == toks[self.prev_end - 1].end
        ):
            return TimeRole.OTHER  # "составит 30 млн, или 140,8% к 2019 году": the same forecast
        if self.single_month(fig, c_start) or self.per_period(fig, c_start):
            return TimeRole.OTHER
        if measure in (Measure.GROWTH, Measure.INDEX, Measure.MULTIPLE, Measure.FALL):
            if self.based_elsewhere(fig, s_end) or self.based_before(fig, c_start):
                self.based_other = True
                return TimeRole.OTHER
            if self.carries_base:
                return TimeRole.OTHER  # "... в 1,8 раза к 2021 году. Экспорт – еще сильнее"
        if measure is Measure.VALUE and fig.start >= 1:
            cue = self.form(fig.start - 1)
            if cue in ("against", "versus", "vs") or (
                cue in ("with", "to") and self.form(fig.start - 2) == "compared"
            ):
                return TimeRole.PREVIOUS  # "$1.1 billion, against $1.3 billion a year before"
            clause = set(self.lemmas[max(c_start, fig.start - lexicon.WINDOW) : fig.start])
            if cue == "from" and (clause & (lexicon.UP | lexicon.DOWN) or "to" in clause):
                return TimeRole.PREVIOUS  # "fell to $2.9 billion from $3.4 billion"
        for j in range(fig.end, min(s_end, fig.end + 3)):
            if toks[j].text in _AFTER_STOPS:
                break  # "4,9 млрд (в 2020 году – 3,6 млрд)": that year is the next figure's
            year = is_year(toks[j])
            if (
                year is not None
                and self.lem(j - 1) == "by"
                and self.year is not None
                and year > self.year
            ):
                return TimeRole.OTHER  # "to one billion dollars by 2024": a target
            if year is not None and self.lem(j - 1) in ("в", "in"):
                if self.year is None or year == self.year:
                    return TimeRole.MAIN
                if year == self.year - 1 and self.same_extent(j):
                    return TimeRole.PREVIOUS
                return TimeRole.OTHER
        if measure is Measure.VALUE and self.year is not None and self.form(fig.start - 1) == "(":
            # "на 8,4% меньше, чем в 2017 году (541,1 млн)": the base year's value, or this
            # year's ("уменьшился на 4,8% по сравнению с 2017 годом (2497 млн)" restates the
            # turnover of 2018): releases write both, so it is left undecided
            for j in range(fig.start - 2, max(c_start, fig.start - 5) - 1, -1):
                year = is_year(toks[j])
                if year is not None and year != self.year:
                    return TimeRole.OTHER
        lo = max(c_start, fig.start - lexicon.WINDOW, self.prev_end)
        for j in range(fig.start - 1, lo - 1, -1):
            year = is_year(toks[j])
            if year is None:
                continue
            cues = {self.lemmas[x] for x in range(max(c_start, j - 5), j)}
            if cues & lexicon.BASE_CUES or cues & {"по", "compared", "compar"}:
                continue
            if self.year is None or year == self.year:
                return TimeRole.MAIN
            return (
                TimeRole.PREVIOUS
                if year == self.year - 1
                and measure is Measure.VALUE
                and self.same_extent(j)
                and not self.whole_of(year_at=j, c_start=c_start)
                else TimeRole.OTHER
            )
        if measure is Measure.VALUE:
            words = [self.lemmas[j] for j in range(max(c_start, fig.start - 6), fig.start)]
            forms = {toks[j].text.lower() for j in range(max(c_start, fig.start - 6), fig.start)}
            # "годом ранее", "прошлого года" (the base); "в прошлом году" is the last year
            based = bool(set(words) & {"к", "против", "чем", "сравнение", "than", "compared"})
            if words[-1:] in (["до"], ["to"]) or words[-2:-1] in (["до"], ["to"]):
                return TimeRole.MAIN  # "fell by 49,7% on last year's, to $2.9 billion"
            last_base = max(
                (k for k, w in enumerate(words) if w.startswith("прошл") or w == "ранее"),
                default=-1,
            )
            if last_base >= 0 and {"и", ","} & set(words[last_base + 1 :]):
                # "уменьшилась на 7% к тому же периоду прошлого года и составила 1,6 млрд":
                # the base ended with the change; a new predicate states the value
                return TimeRole.MAIN
            if (
                forms & {"годом", "года"}
                and not based
                and ("ранее" in words or any(w.startswith("прошл") for w in words))
            ):
                return TimeRole.PREVIOUS
            if "earlier" in words and not self.base_of_a_change(fig, c_start):
                return TimeRole.PREVIOUS
            if "last" in words or (
                any(w.startswith("прошл") for w in words) and "чем" not in words
            ):
                # "last year" in a release about a whole year is that year; so is "за
                # прошлый год" compared with the year before the main one ("чем за 2020 год")
                if self.whole_year or self.compares_last_year(c_start, s_end):
                    return TimeRole.MAIN
                return TimeRole.OTHER
        if "alone" in self.lemmas[max(c_start, fig.start - lexicon.WINDOW) : fig.start]:
            return TimeRole.OTHER
        return TimeRole.MAIN
