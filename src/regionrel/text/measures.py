"""What a figure measures and which period it is for, read from the words around it.

:class:`MeasureReader` adds to :class:`regionrel.text.figure_phrases.FigureReader` the
reading state a trade text carries from figure to figure (the last flow, direction and
share, the main year) and decides, for one figure phrase, its :class:`Measure` (a value,
growth, index, multiple, fall, excess, share, change) and its :class:`TimeRole`.
"""

from __future__ import annotations

from itertools import compress, count

from regionrel.text import lexicon
from regionrel.text.figure_phrases import FigurePhrase, FigureReader
from regionrel.text.items import FlowRole
from regionrel.text.main_year import is_year, main_year_of
from regionrel.text.statement_model import Measure, Statement, TimeRole

__all__ = ["MeasureReader"]


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
        for i in compress(count(), map(lexicon.FLOW_WORDS.__contains__, self.lemmas)):
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

    def measure(self, fig: FigurePhrase, c_start: int, s_end: int) -> tuple[Measure | None, int]:
        toks = self.tokens
        self.as_balance = 0
        if fig.measure is Measure.VALUE:
            compared = (
                self.compared_before(fig.start - 1, c_start)
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
            "половина",
            "треть",
            "четверть",
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
            "account",
        }
        if (
            set(before) & shareish
            or following[:2] in (["прийтись", "на"], ["приходиться", "на"])
            or (
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
            )
        ):
            self.last_share = True
            return Measure.SHARE, 0
        direction = 0
        for j in range(fig.start - 1, max(c_start, fig.start - 10) - 1, -1):
            low = self.lemmas[j]
            if low in lexicon.COMPARATIVES and self.lem(j + 1) in ("than", "чем"):
                continue  # "fell by more than 20%": a bound, not the direction
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
            )
        ):
            # "экспорт – на 15,9%", "and exports 34.4 percent", "на 32,4 процента и 22,9 процента"
            direction = self.last_direction
        if direction:
            self.last_direction = direction
            return Measure.GROWTH, direction
        if fig.start >= 1 and toks[fig.start - 1].text == "(" and self.has_index_phrase:
            return Measure.INDEX, 0
        return None, 0

    def targeted(self, fig: FigurePhrase, c_start: int) -> bool:
        """Whether the words before a figure in its clause make it a target ("should grow by").

        A target word right after the figure does too ("the 7% target").
        """
        if self.lem(fig.end) in lexicon.TARGET_WORDS:
            return True
        lo = max(c_start, fig.start - lexicon.WINDOW, self.prev_end)
        window = self.lemmas[lo : fig.start]
        if lexicon.TARGET_WORDS.isdisjoint(window) and "be" not in window and "have" not in window:
            return False  # no word the rules below look for (most figures)
        for j in range(lo, fig.start):
            low = self.lemmas[j]
            if low in lexicon.TARGET_WORDS:
                return True
            if (
                low in ("be", "have")
                and self.lem(j + 1) == "to"
                and self.lem(j + 2) in lexicon.TARGET_VERBS
            ):
                return True
        return False

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

    def based_elsewhere(self, fig: FigurePhrase, s_end: int) -> bool:
        """Whether a change is measured against a year other than the main year's last ("к уровню 2019 года")."""
        if self.year is None:
            return False
        for j in range(fig.end, min(s_end, fig.end + 4)):
            year = is_year(self.tokens[j])
            if year is not None:
                cues = {self.lem(x) for x in range(fig.end, j)}
                return bool(cues & {"к", "против", "уровень"}) and year < self.year - 1
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
        if self.single_month(fig, c_start):
            return TimeRole.OTHER
        if measure in (Measure.GROWTH, Measure.INDEX) and self.based_elsewhere(fig, s_end):
            return TimeRole.OTHER
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
                if year == self.year - 1:
                    return TimeRole.PREVIOUS
                return TimeRole.OTHER
        lo = max(c_start, fig.start - lexicon.WINDOW, self.prev_end)
        for j in range(fig.start - 1, lo - 1, -1):
            year = is_year(toks[j])
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
                # "last year" in a release about a whole year is that year; so is "за
                # прошлый год" compared with the year before the main one ("чем за 2020 год")
                if self.whole_year or self.compares_last_year(c_start, s_end):
                    return TimeRole.MAIN
                return TimeRole.OTHER
        if "alone" in self.lemmas[max(c_start, fig.start - lexicon.WINDOW) : fig.start]:
            return TimeRole.OTHER
        return TimeRole.MAIN
