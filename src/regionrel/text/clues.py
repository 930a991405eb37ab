"""The small clues the attribution of a figure looks for around it.

:class:`ClueReader` adds to :class:`regionrel.text.measures.MeasureReader` the questions
:class:`regionrel.text.attribution.StatementReader` asks of the words near a figure: is a
weight named before it, is a goods group named after a flow, is a word inside a cause, what
is the last flow named before it, which region does the text report on.
"""

from __future__ import annotations

from regionrel.regions import RegionKind
from regionrel.text import lexicon
from regionrel.text.figure_phrases import FigurePhrase
from regionrel.text.items import FlowRole
from regionrel.text.lookup import find_region
from regionrel.text.measures import MeasureReader
from regionrel.text.statement_model import Entity
from regionrel.text.tokens import genitive_noun, is_noun

__all__ = ["ClueReader"]


class ClueReader(MeasureReader):
    """The clues around a figure: a reader of one text, asked token by token."""

    #: The lemma of the reporter's name, found on first use (:meth:`reporter_stem`).
    stem: str | None = None
    #: The entity the figures of the sentence read so far belong to, when not the reporter.
    sentence_entity: tuple[Entity, str] | None = None

    def in_tonnage(self, i: int, s_start: int) -> bool:
        """Whether the nearest cue of a measure before token *i* in its sentence is a weight.

        Looked for within three windows back, so that a run-on sentence stays linear.
        """
        low_end = max(s_start, i - 3 * lexicon.WINDOW)
        if low_end >= 0 and lexicon.TONNAGE_CUES.isdisjoint(self.lemmas[low_end:i]):
            return False  # no weight named in the windows at all (most figures)
        for j in range(i - 1, low_end - 1, -1):
            low = self.lemmas[j]
            if low in lexicon.TONNAGE_CUES:
                return True
            if low in lexicon.VALUE_CUES:
                return False
        return False

    def qualified_products(self, j: int) -> bool:
        """Whether "продукция" at *j* is a group ("химической продукции", "продукции АПК")."""
        before, after = self.lem(j - 1), self.lem(j + 1)
        if after in lexicon.GOODS_WORDS or after in ("промышленность", "отрасль", "комплекс"):
            return True
        return (
            before.endswith(("ый", "ий", "ой"))
            and before != self.reporter_stem()
            and self.tokens[j - 1].kind == "word"
            and not self.tokens[j - 1].capitalized
            and before not in ("весь", "свой", "такой", "который", "другой", "российский")
        )

    def named_thing(self, j: int) -> bool:
        """Whether the word at *j* is a common noun other than a flow, a period or a place."""
        tok = self.tokens[j]
        low = self.lemmas[j]
        if tok.kind != "word" or tok.capitalized or self.flows[j] is not None:
            return False
        if low in lexicon.PART_OF_YEAR or low in lexicon.REPORTER_WORDS or low in lexicon.SCALES:
            return False
        if (
            low in lexicon.CURRENCY_WORDS
            or low in lexicon.GENERIC_OBJECTS
            or low in lexicon.FRACTIONS
        ):
            return False
        return is_noun(tok.text)

    def goods_after_flow(self, flow_at: int, stop: int) -> str | None:
        """The goods a flow names in the genitive after it ("ввоз текстиля", "экспорт каменного угля")."""
        if self.locale != "ru":
            return None
        for x in range(flow_at + 1, min(stop, flow_at + 4)):
            tok = self.tokens[x]
            low = self.lemmas[x]
            if tok.kind != "word" or low in lexicon.PREPOSITIONS or low in lexicon.QUALIFIERS:
                return None  # ("оборот области составил порядка $9 млрд": a bound, not goods)
            if low in lexicon.AMOUNT_VERBS or low in lexicon.UP or low in lexicon.DOWN:
                return None  # the predicate: the flow's genitive object has ended
            if tok.capitalized:
                return None  # a name ("экспорт Смолевичского района", "экспорт Коми")
            if not genitive_noun(tok.text):
                continue  # an adjective before its noun ("пшеничной муки")
            if tok.capitalized or self.lemmas[x] in lexicon.GENERIC_OBJECTS:
                return None
            if self.lemmas[x] in lexicon.REPORTER_WORDS or self.flows[x] is not None:
                return None
            return tok.text
        return None

    def group_after(self, fig: FigurePhrase, s_end: int) -> tuple[Entity, str] | None:
        """A group an amount is said to fall on after it ("1,3 млрд (15%) приходится на страны СНГ")."""
        depth = 0
        for x in range(fig.end, min(s_end, fig.end + 12)):
            text = self.tokens[x].text
            if text == "(":
                depth += 1
            elif text == ")":
                depth = max(0, depth - 1)
            elif depth:
                continue
            elif text in (";", ",") or self.tokens[x].kind == "num":
                return None
            elif self.lemmas[x] in ("приходиться", "прийтись") and self.lem(x + 1) == "на":
                target = self.lem(x + 2)
                if target in lexicon.GROUP_WORDS or target == "страна":
                    return Entity.GROUP, self.tokens[x + 2].text
                if self.tokens[x + 2].capitalized and find_region(self.tokens[x + 2].text):
                    return Entity.PARTNER, self.tokens[x + 2].text
                return None
        return None

    def in_cause(self, j: int, floor: int) -> bool:
        """Whether the word at *j* is in a cause ("из-за меньших поставок", "за счет экспорта")."""
        if self.lem(j + 2) == "который" or self.lem(j + 1) == "который":
            return False  # "за счет экспорта, который уменьшился на 21,6%": its own clause
        for x in range(j - 1, max(floor, j - 4) - 1, -1):
            low = self.lemmas[x]
            if low in ("благодаря", "вследствие", "due", "thanks") or (
                low == "за" and x >= 1 and self.tokens[x - 1].text == "-"
            ):
                return True
            if low == "счет" and self.lem(x - 1) == "за":
                return True
            if self.tokens[x].kind != "word":
                return False
        return False

    def last_flow_before(self, i: int, floor: int) -> tuple[FlowRole | None, int]:
        lowest = max(floor, i - 40)
        if lowest >= 0 and self.flows[lowest:i].count(None) == i - lowest:
            return self.last_flow, -1  # no flow named in the window at all
        depth = 0
        for j in range(i - 1, lowest - 1, -1):
            if self.tokens[j].text == ")":
                depth += 1
            elif self.tokens[j].text == "(" and depth:
                depth -= 1
                continue
            if depth:
                continue
            found = self.flows[j]  # j >= 0
            if found is not None:
                return found, j
        return self.last_flow, -1

    def whole_world(self, j: int) -> bool:
        """Whether the group word at *j* is one of a pair that makes the whole ("ближнего и дальнего зарубежья")."""
        near = {self.lem(x) for x in range(max(0, j - 4), j + 5)}
        return bool(near & {"ближний", "снг", "cis", "near"}) and bool(near & {"дальний", "far"})

    def reporter_stem(self) -> str:
        """The lemma of the first name the text gives a region ("Калужской области": "калужский")."""
        if self.stem is None:
            self.stem = ""
            for j, tok in enumerate(self.tokens):
                if (
                    tok.capitalized
                    and tok.kind == "word"
                    and self.lemmas[j] not in lexicon.REPORTER_WORDS
                    and (
                        self.lem(j + 1) in lexicon.REPORTER_WORDS
                        or self.lem(j + 2) in lexicon.REPORTER_WORDS
                    )
                    and self.lem(j - 1) not in ("в", "среди", "из", "по", "регион", "in", "among")
                ):
                    self.stem = self.lemmas[j]
                    break
        return self.stem

    def partner_named_before(self, fig: FigurePhrase, c_start: int) -> str | None:
        """The country a figure in brackets or after a dash follows ("Турция ($650 млн)",
        "Казахстан (по итогам полугодия $603 млн)", "Казахстан – 14,2 процента"): that
        partner's figure, not the reporter's."""
        if fig.start >= 2 and self.tokens[fig.start - 1].text in ("–", "—"):
            name = self.tokens[fig.start - 2]
            region = find_region(name.text) if name.capitalized else None
            if region is not None and region.kind is RegionKind.COUNTRY:
                return name.text
            return None
        for j in range(fig.start - 1, max(c_start, fig.start - 8) - 1, -1):
            tok = self.tokens[j]
            if tok.kind == "num" or tok.text == ")":
                return None
            if tok.text != "(":
                continue
            if j < 1 or not self.tokens[j - 1].capitalized:
                return None
            if self.lemmas[j - 1] in lexicon.CURRENCY_COUNTRIES and any(
                self.lem(x) in lexicon.CURRENCY_WORDS for x in (j - 2, j - 3)
            ):
                return None  # "1,26 млрд. долл. США (рост на 13,2%)": a currency's name
            region = find_region(self.tokens[j - 1].text)
            if region is None or region.kind is not RegionKind.COUNTRY:
                return None
            return self.tokens[j - 1].text
        return None

    def goods_before_flow(self, flow_at: int) -> str | None:
        """A goods group named by adjectives before a Russian flow ("несырьевой
        неэнергетический экспорт", "топливный импорт"): the group's flow, not the whole."""
        if self.locale != "ru":
            return None
        for j in range(flow_at - 1, max(0, flow_at - 3) - 1, -1):
            tok = self.tokens[j]
            low = self.lemmas[j]
            if tok.kind != "word" or not low.endswith(("ый", "ий", "ой")):
                return None
            if low in lexicon.GOODS_WORDS or low.removeprefix("не") in lexicon.GOODS_WORDS:
                return tok.text
        return None

    def country_after_flow(self, flow_at: int) -> str | None:
        """A country named in the genitive right after a Russian flow ("оборот России",
        "экспорт Беларуси"): the country's figure, not the region's."""
        if self.locale != "ru" or flow_at + 1 >= len(self.tokens):
            return None
        tok = self.tokens[flow_at + 1]
        if not tok.capitalized or not genitive_noun(tok.text):
            return None
        region = find_region(tok.text)
        if region is None or region.kind is not RegionKind.COUNTRY:
            return None
        return tok.text

    def compared_flows(self, fig: FigurePhrase, c_start: int) -> tuple[FlowRole, int] | None:
        """The flow of an amount in "A превысил B – x против y": x is A's, y is B's."""
        j = fig.start - 1
        against = self.lem(j) == "против"
        if against:
            # back over the first amount to the dash or colon after the comparison
            j -= 1
            while j > c_start and self.tokens[j].text not in ("–", "—", ":", "-"):
                if fig.start - j > 8 or self.flows[j] is not None:
                    return None
                j -= 1
        if j <= c_start + 2 or self.tokens[j].text not in ("–", "—", ":", "-"):
            return None
        smaller, verb = j - 1, j - 2
        if self.lemmas[verb] not in ("превысить", "превышать"):
            return None
        # the larger flow: the subject before the verb ("Экспорт края превысил импорт")
        larger = next(
            (x for x in range(verb - 1, max(c_start, verb - 4) - 1, -1) if self.flows[x]), -1
        )
        small = self.flows[smaller]
        large = self.flows[larger] if larger >= 0 else None
        if small is None or large is None or small is large:
            return None
        return (small, smaller) if against else (large, larger)

    def weighted_flow(self, j: int) -> FlowRole | None:
        """The flow "удельный вес" at *j* names ("Удельный вес экспорта во внешнеторговом
        обороте"): a share of that flow in the turnover."""
        if self.lemmas[j] != "вес" or self.lem(j - 1) != "удельный":
            return None
        flow = self.flow_of(j + 1)
        return flow if flow in (FlowRole.EXPORTS, FlowRole.IMPORTS) else None

    def after_colon(self, end: int) -> bool:
        """Whether a colon follows the figure ending at *end*, whose entity the sentence
        carries: the flows after it break that figure down ("товарооборот с этой страной
        составил 189,4 млн: экспорт края – 189 млн, ..."), whoever's it was."""
        carried = self.sentence_entity
        return (
            carried is not None
            and bool(self.out)
            and self.out[-1].entity is carried[0]
            and end < len(self.tokens)
            and self.tokens[end].text == ":"
        )
