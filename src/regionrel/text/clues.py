"""The small clues the attribution of a figure looks for around it.

:class:`ClueReader` adds to :class:`regionrel.text.measures.MeasureReader` the questions
:class:`regionrel.text.attribution.StatementReader` asks of the words near a figure: is a
weight named before it, is a goods group named after a flow, is a word inside a cause, what
is the last flow named before it, which region does the text report on.
"""

from __future__ import annotations

from typing import Final

from regionrel.reported import FigureKind
from regionrel.text import lexicon
from regionrel.text.figure_phrases import FigurePhrase
from regionrel.text.items import FlowRole
from regionrel.text.lookup import find_region
from regionrel.text.measures import MeasureReader
from regionrel.text.statement_model import Entity, Measure
from regionrel.text.tokens import genitive_noun, is_noun

__all__ = ["ClueReader"]


#: Words between a share and its base ("of the region's total turnover").
_OF_THE_WHOLE: Final = frozenset({"of", "the", "'", "’", "s", "its", "total", "foreign", "all"})


class ClueReader(MeasureReader):
    """The clues around a figure: a reader of one text, asked token by token."""

    #: The lemma of the reporter's name, found on first use (:meth:`reporter_stem`).
    stem: str | None = None

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
            return self.goods_of(flow_at, stop)
        for x in range(flow_at + 1, min(stop, flow_at + 4)):
            tok = self.tokens[x]
            if tok.kind != "word" or self.lemmas[x] in lexicon.PREPOSITIONS:
                return None
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
        at = fig.end + 1 + (self.lem(fig.end + 1) == "the")
        if (
            self.lem(fig.end) == "with"
            and at < s_end
            and self.tokens[at].capitalized
            and self.tokens[at].kind == "word"
            and self.lemmas[at] != self.reporter_stem()
            and self.lemmas[at] not in lexicon.MONTHS
        ):
            return Entity.PARTNER, self.tokens[at].text  # "traded $8.96 billion with Russia"
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

    def other_subject(self, j: int) -> bool:
        """Whether the name at *j* is another place that does the trading: "...: Dalian came
        first with $23.7 billion", ", Shenyang exported $4.14 billion", "followed by Russia
        with 61.3 billion yuan" (a name inside a sentence, so capitalized because it is one).
        """
        tok = self.tokens[j]
        if not tok.capitalized or tok.kind != "word" or j == 0:
            return False
        if self.lem(j - 1) == "by" and self.lem(j - 2) == "follow":
            acts = self.lem(j + 1) in ("with", "at", "(")
        else:
            acts = self.tokens[j - 1].text in (",", ":", ";") and (
                self.lem(j + 1) in lexicon.SUBJECT_VERBS
            )
        low = self.lemmas[j]
        return acts and not (
            low in lexicon.REPORTER_WORDS
            or low in lexicon.MONTHS
            or low in lexicon.CURRENCY_WORDS
            or low == self.reporter_stem()
            or self.flows[j] is not None
        )

    def all_goods(self, j: int) -> bool:
        """Whether the English goods word at *j* names all the goods: "goods and services",
        "exported products worth ...", "its products" (no word before it that makes a group).
        """
        low = self.lemmas[j]
        if low == "service":
            return self.lem(j - 1) == "and" and self.lem(j - 2) in lexicon.GENERIC_GOODS
        if low != "product" or self.locale != "en":
            return False
        before = self.tokens[j - 1] if j > 0 else None
        if before is None or before.kind != "word":
            return True
        text = before.text.lower()
        return text in ("the", "its", "their", "our", "all", "of", "worth") or (
            text.endswith("ed") and self.lemmas[j - 1] != text
        )

    def in_apposition(self, j: int) -> bool:
        """Whether the country at *j* opens an aside on the reporter just named: "Yunnan
        Province, on China's southwest border, ..." says where the reporter is.
        """
        near = [t.text for t in self.tokens[max(0, j - 3) : j]]
        return "," in near and not lexicon.REPORTER_WORDS.isdisjoint(
            self.lemmas[max(0, j - 5) : j]
        )

    def opens_with_goods(self, j: int, s_start: int) -> bool:
        """Whether the capitalized word at *j*, first of its sentence and right before a flow,
        is a goods noun ("Cement exports doubled"), not a name ("Sughd exports mostly ...").
        """
        if j != s_start or self.locale != "en":
            return False
        low = self.lemmas[j]
        return not (
            low == self.reporter_stem()
            or low in lexicon.COUNTRY_NAMES
            or low in lexicon.REPORTER_WORDS
            or low in lexicon.MONTHS
            or low in lexicon.FLOW_MODIFIERS
            or low in ("this", "these", "such")
            or find_region(self.tokens[j].text) is not None
            or self.named_elsewhere(j)
        )

    def named_elsewhere(self, j: int) -> bool:
        """Whether another capitalized word of the text starts as the word at *j* does: "Bashkir
        exports" beside "Bashkortostan", "Chinese exports" beside "China" (a name's adjective).
        """
        head = self.tokens[j].text[:4].lower()
        return len(head) == 4 and any(
            t.capitalized and x != j and t.text[:4].lower() == head
            for x, t in enumerate(self.tokens)
        )

    def goods_of(self, flow_at: int, stop: int) -> str | None:
        """The goods an English flow names after "of" ("exports of cement", "imports of
        energy products"); None for all of it ("exports of goods", "of the region", "of
        about $2 billion").
        """
        if self.lemmas[flow_at] not in ("export", "import") or self.lem(flow_at + 1) != "of":
            return None
        x = flow_at + 2
        if x >= stop:
            return None
        tok, low = self.tokens[x], self.lemmas[x]
        if tok.kind != "word" or tok.capitalized or self.flows[x] is not None:
            return None
        if (
            low in lexicon.GENERIC_GOODS
            or low in lexicon.REPORTER_WORDS
            or low in lexicon.QUALIFIERS
            or low in lexicon.COMPARATIVES
            or low in lexicon.FLOW_MODIFIERS
            or low in ("all", "a", "an", "this", "these", "its", "over", "almost", "around")
            or self.all_goods(x)
        ):
            return None
        return tok.text

    def part_in_brackets(self, prev: FigurePhrase, fig: FigurePhrase) -> bool:
        """Whether the amount *fig* in brackets states the part a share *prev* just gave: "the
        CIS countries accounted for 35.2% of the region's turnover ($383.5 million)".
        """
        if fig.measure is not Measure.VALUE or prev.figure.kind is not FigureKind.PERCENT:
            return False
        if self.tokens[fig.start - 1].text != "(" or not prev.end < fig.start <= prev.end + 8:
            return False
        stem = self.reporter_stem()
        return all(
            self.lemmas[j] in _OF_THE_WHOLE
            or self.lemmas[j] in lexicon.REPORTER_WORDS
            or self.flows[j] is not None
            or (stem and self.lemmas[j] == stem)
            for j in range(prev.end, fig.start - 1)
        )
