"""When the reader abstains: a reporter's figure whose clause names something else it may be.

The attribution (:mod:`regionrel.text.attribution`) gives a figure to the reporter and to
the main period by default, when no cue says otherwise. On text it has not seen, most
misreads are such defaults: a change measured against a year three years back ("в 1,8
раза больше, чем за тот же период 2021 года"), a goods group's exports ("отправила за
рубеж промышленных товаров на 40% больше", "Молока ввезли в 3,3 раза меньше"), a partner
group's trade ("ASEAN stayed the province's largest trading partner, with trade of ...").
:class:`Doubts` asks a few general questions of the figure's clause, over tokens and
lemmas; a figure with a doubt stays a statement of the extraction, typed, with the doubt
as its reason, and is listed among the extraction's ambiguities: it never goes into a
report (a misread figure makes a false alarm, a missed one only lowers recall).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, Protocol

from regionrel.text import lexicon
from regionrel.text.items import FlowRole
from regionrel.text.main_year import is_year
from regionrel.text.statement_model import Measure
from regionrel.text.tokens import Token, genitive_noun, is_noun, lemma

__all__ = ["CONDITIONS", "ENABLED", "Doubts"]

#: The measures that compare the main period with a base.
_CHANGES: Final = frozenset(
    {Measure.GROWTH, Measure.INDEX, Measure.MULTIPLE, Measure.FALL, Measure.CHANGE}
)
#: Words that make the year after them a change's base ("чем за тот же период 2021 года").
_BASE_WORDS: Final = lexicon.BASE_CUES | {"сравнение", "compar", "compared", "versus", "vs"}
#: Words that say a change is against the year before without naming it.
_LAST_YEAR_WORDS: Final = frozenset(
    {
        "прошлый",
        "прошлое",
        "предыдущий",
        "аналогичный",
        "ранее",
        "earlier",
        "previous",
        "last",
        "yoy",
    }
)
#: Genitive nouns of a clause that name no goods: the trade's own words, periods, units.
_NOT_GOODS: Final = (
    frozenset(
        {
            "год",
            "период",
            "месяц",
            "полугодие",
            "квартал",
            "уровень",
            "итог",
            "объем",
            "объём",
            "стоимость",
            "сумма",
            "доллар",
            "рубль",
            "евро",
            "юань",
            "процент",
            "раз",
            "страна",
            "государство",
            "партнер",
            "торговля",
            "товарооборот",
            "оборот",
            "внешнеторговый",
            "сальдо",
            "баланс",
            "число",
            "количество",
            "часть",
            "доля",
            "результат",
            "данные",
            "время",
            "счет",
            "рост",
            "снижение",
            "увеличение",
            "сокращение",
            "показатель",
            "таможня",
            "управление",
            "служба",
            "статистика",
            "зарубежье",
            "сравнение",
            "начало",
            "конец",
            "отчетный",
            "пора",
            "тот",
        }
    )
    | lexicon.RU_MONTHS
)
#: Units and currencies: the words of an amount, not of what it is an amount of.
_UNITS: Final = (
    lexicon.TONNAGE_WORDS
    | lexicon.CURRENCY_COUNTRIES
    | frozenset(lexicon.CURRENCY_WORDS)
    | lexicon.ABBREVIATED
)
#: Words of a partner or a partner group as the subject of a clause.
_PARTNER_WORDS: Final = lexicon.GROUP_WORDS | {"partner", "партнер"}
#: Forms of "be" that make the flow verb after them a passive ("were exported").
_PASSIVE: Final = frozenset({"was", "were", "been", "be", "is", "are"})
#: Words of an English passive's subject that leave it the whole trade: articles,
#: possessives, "and", and goods in general ("goods worth ... were exported").
_WHOLE_SUBJECT: Final = (
    lexicon.GENERIC_GOODS
    | lexicon.REPORTER_WORDS
    | {"the", "a", "an", "and", "s", "its", "their", "all", "total", "product", "commodity"}
)
#: Goods words that do not make a kind of trade ("foreign trade" is the whole).
_NOT_A_KIND: Final = lexicon.GENERIC_GOODS | {"foreign"}
#: Words that make a change's base a plan, not a period ("16,4 percent more than planned").
_PLAN_WORDS: Final = frozenset({"plan", "planned", "план", "плановый", "target"})
#: Money that is not trade: payments to a budget ("51 billion RUB of tariffs").
_PAYMENT_WORDS: Final = lexicon.BUDGET_WORDS | {"tariff", "tax", "payment", "fee", "levy"}
#: How far back a sentence's start is looked for (a text with no full stop stays linear).
_SENTENCE_REACH: Final = 120
#: Marks that join two months into a span ("январь-ноябрь", "январе – марте").
_SPAN_MARKS: Final = frozenset({"-", "–", "—"})
#: Nouns of a gap between two flows: the balance, whatever flows the clause names
#: ("разрыв между экспортом и импортом вырос на 10%").
_GAP_WORDS: Final = frozenset({"разрыв", "разница", "gap", "difference"})
#: Possessive pronouns that point back to a noun of the sentence ("ее экспорт").
_POSSESSIVES: Final = frozenset({"ее", "её", "их"})
#: Words of a partner group after "с" / "with" ("с участниками Евразийского
#: экономического союза", "со странами ЕАЭС").
_GROUP_AFTER_WITH: Final = lexicon.GROUP_WORDS | {"еаэс", "eaeu", "участник", "союз"}
#: Nouns of a trade's amount after a partner's name ("Молдова с оборотом ...").
_TRADE_NOUNS: Final = frozenset({"оборот", "товарооборот", "объем", "объём"})


class _Reading(Protocol):
    """What a doubt is asked of: the text's tokens, their lemmas and flows, its main year."""

    tokens: list[Token]
    lemmas: list[str]
    flows: list[FlowRole | None]
    year: int | None
    locale: str


#: A question asked of a reporter's main-period figure: the reason to doubt it, or "".
Condition = Callable[["Doubts", int, int, int, int, Measure], str]


class Doubts:
    """The doubts about a text's figures, asked figure by figure in reading order.

    It carries one thing from figure to figure: the other base year a change was just
    measured against, which holds for the next changes until one names its own base
    ("в 1,8 раза больше, чем в 2021 году. Экспорт вырос в 2,8 раза").
    """

    def __init__(self, reading: _Reading) -> None:
        self.reading = reading
        #: The base year other than the year before the main one that the last change
        #: named, or None.
        self.other_base: int | None = None
        #: Whether the text names a span of months, found once, on first need.
        self.month_span: bool | None = None

    def of(self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure) -> str:
        """The reason to keep the reporter's main-period figure at tokens *fig_start* to
        *fig_end* (its clause starts at *c_start*, its sentence ends at *s_end*) out of
        the report, or "" when nothing in its clause speaks against it."""
        for name in ENABLED:
            reason = CONDITIONS[name](self, fig_start, fig_end, c_start, s_end, measure)
            if reason:
                return reason
        return ""

    def passed(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """Note a figure the reader kept out of the main period; always "". A change it
        gave another period for its own base year ("rose 40 percent compared with the same
        period of 2019") leaves that base to the next changes that name none, as a doubted
        main-period change does; a change in brackets is an aside ("(за январь – июнь 2020
        года ..., -11,5% к уровню 2019 года)") and leaves nothing."""
        year = self.reading.year
        toks = self.reading.tokens
        if measure in _CHANGES and year is not None and not _in_brackets(toks, fig_start):
            base = self.own_base(fig_start, fig_end, c_start, s_end)
            if base is not None:
                named = base not in (0, year, year - 1) and self.names_year(c_start, s_end, year)
                self.other_base = base if named else None
        return ""

    # -- the conditions -------------------------------------------------------------

    def base_year(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """A change whose own base is a year other than the one before the main year, in a
        sentence that names the main year ("в первом полугодии 2024 года ... в 1,8 раза
        больше, чем за тот же период 2021 года"); or, when it names no base at all, one
        that follows such a change."""
        year = self.reading.year
        if measure not in _CHANGES or year is None:
            return ""
        base = self.own_base(fig_start, fig_end, c_start, s_end)
        if base is None:
            if self.other_base is not None:
                return f"follows a change measured against {self.other_base}, names no base of its own"
            return ""
        self.other_base = None
        if base in (0, year, year - 1) or not self.names_year(c_start, s_end, year):
            return ""
        self.other_base = base
        return f"measured against {base}, not against the year before {year}"

    def goods_object(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """A Russian clause that opens on goods before the figure: a noun in the genitive
        as its first word ("Молока ... ввезли", "овощей – на 45%"), or goods with an
        adjective that is not a place's ("промышленных товаров")."""
        if self.reading.locale != "ru":
            return ""
        toks, lemmas, flows = self.reading.tokens, self.reading.lemmas, self.reading.flows
        for j in range(fig_start - 1, max(c_start, fig_start - lexicon.WINDOW) - 1, -1):
            token = toks[j]
            low = lemmas[j]
            if token.kind != "word" or flows[j] is not None or low in _NOT_GOODS:
                continue
            if low in _UNITS or low in lexicon.REPORTER_WORDS or low in lexicon.SCALES:
                continue
            if low in lexicon.GENERIC_GOODS or low == "продукция":
                if j > 0 and _goods_adjective(toks[j - 1]):
                    return f"names goods before it ({toks[j - 1].text} {token.text})"
                continue
            opens = j == c_start or toks[j - 1].text in (",", ".")
            if opens and genitive_noun(token.text) and not _reporter_after(lemmas, j, fig_start):
                return f"names goods before it ({token.text})"
        return ""

    def partner_subject(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """A clause that makes a named partner or partner group its subject before the
        figure ("ASEAN stayed the province's largest trading partner, with trade of ...",
        "Китай остался главным партнером: товарооборот составил ...")."""
        if measure is Measure.SHARE:
            return ""  # a partner's share names the partner in its own words
        toks, lemmas = self.reading.tokens, self.reading.lemmas
        for j in range(max(c_start, fig_start - lexicon.WINDOW), fig_start):
            if lemmas[j] not in ("partner", "партнер"):
                continue
            for x in range(c_start, j):
                named = lemmas[x] in lexicon.GROUP_WORDS or (
                    toks[x].capitalized
                    and x > c_start
                    and toks[x - 1].text not in (".", "«", '"', ":")
                    and lemmas[x] not in lexicon.REPORTER_WORDS
                )
                if named:
                    return f"its clause makes {toks[x].text} a partner before it"
        return ""

    def passive_goods(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """An English clause whose subject is what was shipped, before a passive flow verb
        ("Seeds and fresh apples were exported for 320 million yuan"): goods, unless the
        subject is only goods in general or the reporter."""
        if self.reading.locale != "en":
            return ""
        toks, lemmas = self.reading.tokens, self.reading.lemmas
        for j in range(max(c_start, fig_start - lexicon.WINDOW) + 1, fig_start - 1):
            if toks[j].text.lower() not in _PASSIVE or lemmas[j + 1] not in ("export", "import"):
                continue
            subject = [x for x in range(c_start, j) if toks[x].kind == "word"]
            if subject and any(lemmas[x] not in _WHOLE_SUBJECT for x in subject):
                return f"names what was shipped before it ({toks[subject[-1]].text})"
        return ""

    def kind_of_trade(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """An English clause that names a kind of trade or a goods group right before its
        flow word ("and processing trade 21.3 percent to 62.32 billion yuan")."""
        if self.reading.locale != "en":
            return ""
        toks, lemmas, flows = self.reading.tokens, self.reading.lemmas, self.reading.flows
        for j in range(max(c_start, fig_start - lexicon.WINDOW) + 1, fig_start):
            if flows[j] is None or toks[j - 1].kind != "word":
                continue
            before = lemmas[j - 1]
            if before not in lexicon.GOODS_WORDS:
                before = toks[j - 1].text.lower()  # "processing", which the stemmer folds
            if before in lexicon.GOODS_WORDS and before not in _NOT_A_KIND:
                return f"names a kind of trade before it ({toks[j - 1].text} {toks[j].text})"
        return ""

    def plan_base(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """A change measured against a plan, not a period ("16,4 percent more than
        planned")."""
        if measure not in _CHANGES and measure is not Measure.VOLUME_GROWTH:
            return ""
        lemmas = self.reading.lemmas
        after = lemmas[
            fig_end : min(_clause_end(self.reading.tokens, fig_end, s_end), fig_end + 6)
        ]
        if not _PLAN_WORDS.isdisjoint(after):
            return "measured against a plan, not a period"
        return ""

    def payment_object(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """An amount of payments, not of trade, right after the figure ("sent 51 billion
        RUB of tariffs to the federal finance ministry")."""
        if measure is not Measure.VALUE:
            return ""
        toks, lemmas = self.reading.tokens, self.reading.lemmas
        for j in range(fig_end, min(s_end, fig_end + 4) - 1):
            if lemmas[j] == "of" and lemmas[j + 1] in _PAYMENT_WORDS:
                return f"an amount of {toks[j + 1].text}, not of trade"
        return ""

    def single_month(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """A sentence that names one month ("Только в ноябре оборот снизился на 12%") in a
        text whose period is a span of months ("за январь-ноябрь 2019 года"): the month is
        a part of the period, not the period."""
        toks, lemmas = self.reading.tokens, self.reading.lemmas
        if self.month_span is None:
            self.month_span = _has_month_span(toks, lemmas)
        if not self.month_span:
            return ""
        for j in range(_sentence_start(toks, fig_start), fig_start):
            after_in = j > 0 and toks[j - 1].text.lower() in ("в", "in")
            if after_in and lemmas[j] in lexicon.RU_MONTHS and not _in_span(toks, lemmas, j):
                return f"names one month ({toks[j].text}) of a span of months"
        return ""

    def balance_gap(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """A clause about the gap between two flows ("разрыв между экспортом и импортом
        вырос на 10%"): the balance's change, whatever flows it names."""
        lemmas = self.reading.lemmas
        for j in range(c_start, fig_start):
            if lemmas[j] in _GAP_WORDS:
                return f"speaks of a gap between flows ({self.reading.tokens[j].text})"
        return ""

    def possessive_flow(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """A Russian flow after a possessive pronoun ("ее экспорт", "их импорт") in a
        sentence that names no word for the reporter nor goods at large before it ("Что
        касается товаров, то их поставки" are the reporter's): the pronoun points back to
        something else the sentence named ("Главная причина – металлургия: ее экспорт
        ...")."""
        if self.reading.locale != "ru":
            return ""
        toks, lemmas, flows = self.reading.tokens, self.reading.lemmas, self.reading.flows
        start = _sentence_start(toks, fig_start)
        for j in range(max(start + 1, c_start), fig_start):
            if flows[j] is None or toks[j - 1].text.lower() not in _POSSESSIVES:
                continue
            named = lexicon.REPORTER_WORDS | lexicon.GENERIC_GOODS | {"продукция"}
            if named.isdisjoint(lemmas[start : j - 1]):
                return f"its flow belongs to what {toks[j - 1].text} points back to"
        return ""

    def group_with(
        self, fig_start: int, fig_end: int, c_start: int, s_end: int, measure: Measure
    ) -> str:
        """A clause about the trade with a partner group ("торговля республики с
        остальными участниками Евразийского экономического союза составила ...") or with
        a partner named before "с оборотом" ("Второе место занимает Молдова с оборотом
        ..."); a clause opened by "и" shares the subject of the clause before it ("...
        составила $927,4 млн и уменьшилась на 11,9%")."""
        toks, lemmas = self.reading.tokens, self.reading.lemmas
        start = c_start
        if toks[c_start].text.lower() in ("и", "and"):  # the clause shares its subject
            start = max(_sentence_start(toks, c_start), c_start - lexicon.WINDOW)
        for j in range(max(start, fig_start - lexicon.WINDOW), fig_start):
            word = toks[j].text.lower()
            if word in ("с", "со", "with"):
                ahead = lemmas[j + 1 : min(j + 5, fig_start)]
                if not _GROUP_AFTER_WITH.isdisjoint(ahead):
                    return "its clause is about the trade with a partner group"
                if (
                    j > c_start + 1
                    and lemmas[j + 1 : j + 2] != []
                    and lemmas[j + 1] in _TRADE_NOUNS
                    and toks[j - 1].capitalized
                    and lemmas[j - 1] not in lexicon.REPORTER_WORDS
                    and toks[j - 2].text not in (".", "«", '"', ":")
                ):
                    return f"its amount is {toks[j - 1].text}'s"
        return ""

    def own_base(self, fig_start: int, fig_end: int, c_start: int, s_end: int) -> int | None:
        """The base a change names in its own words: a year after a base word, the first
        after the figure up to the next number, else the nearest before it; 0 for a base
        named without a year ("чем годом ранее", "year on year"); None for none.
        Brackets that do not hold the figure speak of something else and are passed over."""
        toks, lemmas = self.reading.tokens, self.reading.lemmas
        after = range(fig_end, _clause_end(toks, fig_end, s_end))
        before = range(fig_start - 1, max(c_start, fig_start - lexicon.WINDOW) - 1, -1)
        for span, step in ((after, 1), (before, -1)):
            depth = 0
            for j in span:
                text = toks[j].text
                if text in ("(", ")"):
                    depth += (1 if text == "(" else -1) * step
                    if depth < 0:
                        break  # out of the figure's own brackets
                    continue
                if depth:
                    continue
                year = is_year(toks[j])
                if year is None:
                    if step == 1 and toks[j].kind == "num":
                        break  # the next figure's words from here on
                    if lemmas[j] in _LAST_YEAR_WORDS:
                        return 0
                    continue
                if not _BASE_WORDS.isdisjoint(lemmas[max(c_start, j - 6) : j]):
                    return year
        return None

    def names_year(self, start: int, end: int, year: int) -> bool:
        """Whether tokens *start* to *end* name *year*."""
        return any(is_year(t) == year for t in self.reading.tokens[start:end])


def _in_brackets(tokens: Sequence[Token], at: int) -> bool:
    """Whether the token at *at* is inside brackets opened in the 40 tokens before it."""
    depth = 0
    for j in range(at - 1, max(0, at - 40) - 1, -1):
        text = tokens[j].text
        if text == ")":
            depth += 1
        elif text == "(":
            if not depth:
                return True
            depth -= 1
    return False


def _sentence_start(tokens: Sequence[Token], at: int) -> int:
    """The first token of the sentence that holds the token at *at*: after the last
    full stop before it that a capitalized word follows (the stop of "млн." ends no
    sentence)."""
    for j in range(at - 1, max(0, at - _SENTENCE_REACH) - 1, -1):
        if tokens[j].text in (".", "!", "?") and (j + 1 == at or tokens[j + 1].capitalized):
            return j + 1
    return max(0, at - _SENTENCE_REACH)


def _in_span(tokens: Sequence[Token], lemmas: Sequence[str], j: int) -> bool:
    """Whether the month at *j* is one end of a span of months ("январь-ноябрь")."""
    before = j >= 2 and tokens[j - 1].text in _SPAN_MARKS and lemmas[j - 2] in lexicon.RU_MONTHS
    after = (
        j + 2 < len(tokens)
        and tokens[j + 1].text in _SPAN_MARKS
        and lemmas[j + 2] in lexicon.RU_MONTHS
    )
    return before or after


def _has_month_span(tokens: Sequence[Token], lemmas: Sequence[str]) -> bool:
    """Whether the text names a span of months ("за январь-ноябрь", "в январе – марте")."""
    return any(
        lemmas[j] in lexicon.RU_MONTHS and _in_span(tokens, lemmas, j) for j in range(len(tokens))
    )


def _clause_end(tokens: Sequence[Token], fig_end: int, s_end: int) -> int:
    for j in range(fig_end, s_end):
        if tokens[j].text in lexicon.CLAUSE_MARKS:
            return j
    return s_end


def _goods_adjective(token: Token) -> bool:
    """Whether *token* is a Russian adjective that makes "товары" a goods group
    ("промышленных", "сельскохозяйственной"), not a place's ("российских", "пензенских")."""
    if token.kind != "word" or is_noun(token.text):
        return False
    word = lemma(token.text)
    if not word.endswith(("ый", "ий", "ой")) or word in lexicon.REPORTER_WORDS:
        return False
    return not (word.endswith(("ский", "цкий")) and not word.endswith("ческий"))


def _reporter_after(lemmas: Sequence[str], j: int, fig_start: int) -> bool:
    """Whether a word for the reporter follows the noun at *j* before the figure."""
    return not lexicon.REPORTER_WORDS.isdisjoint(lemmas[j + 1 : fig_start])


#: The questions, by name, in the order they are asked.
CONDITIONS: Final[dict[str, Condition]] = {
    "base_year": Doubts.base_year,
    "goods_object": Doubts.goods_object,
    "partner_subject": Doubts.partner_subject,
    "passive_goods": Doubts.passive_goods,
    "kind_of_trade": Doubts.kind_of_trade,
    "plan_base": Doubts.plan_base,
    "payment_object": Doubts.payment_object,
    "single_month": Doubts.single_month,
    "balance_gap": Doubts.balance_gap,
    "possessive_flow": Doubts.possessive_flow,
    "group_with": Doubts.group_with,
}
#: The names of the questions asked (measured one by one before being kept).
ENABLED: tuple[str, ...] = tuple(CONDITIONS)
