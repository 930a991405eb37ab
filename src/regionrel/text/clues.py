"""The small clues the attribution of a figure looks for around it.

:class:`ClueReader` adds to :class:`regionrel.text.measures.MeasureReader` the questions
:class:`regionrel.text.attribution.StatementReader` asks of the words near a figure: is a
weight named before it, is a goods group named after a flow, is a word inside a cause, what
is the last flow named before it, which region does the text report on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Final

import attrs

from regionrel.regions import RegionKind
from regionrel.reported import FigureKind
from regionrel.text import lexicon
from regionrel.text.figure_phrases import FigurePhrase
from regionrel.text.items import FlowRole
from regionrel.text.lookup import find_region
from regionrel.text.measures import MeasureReader
from regionrel.text.statement_model import Entity, Measure, Statement
from regionrel.text.tokens import genitive_noun, genitive_word, is_noun

__all__ = ["ClueReader"]

#: Capitalised words that open a sentence without naming a place.
_NOT_SUBJECTS: Final = frozenset(
    {"the", "this", "it", "its", "their", "they", "total", "overall", "foreign", "january"}
)
#: How far a clause is looked for around a figure, in tokens (a run-on text stays linear).
_CLAUSE_REACH: Final = 40
#: Marks that set a figure off from the name before it: "Турция ($650 млн)", "Китай – 35%".
_SET_OFF: Final = frozenset({"–", "-", "—", "(", ":", "$"})


def _same_name(one: str, other: str) -> bool:
    """Whether two lemmas name one place: equal, or a name and its adjective sharing five
    letters or more ("bashkir", "bashkortostan"; "sughdi", "sughd")."""
    if not one or not other:
        return False
    common = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        common += 1
    return one == other or common >= min(5, len(one), len(other))


#: The adjective before "зарубежье" / "abroad", by the group it names.
_ABROAD = {
    "дальний": "far abroad",
    "far": "far abroad",
    "ближний": "near abroad",
    "near": "near abroad",
}


#: Words between a share and its base ("of the region's total turnover").
_OF_THE_WHOLE: Final = frozenset({"of", "the", "'", "’", "s", "its", "total", "foreign", "all"})
#: Words that open a sentence or a phrase before a name, not a part of it ("The", "In").
_NAME_OPENERS: Final = frozenset(
    {"the", "in", "of", "and", "from", "for", "to", "by", "at", "on", "a", "an"}
)


class ClueReader(MeasureReader):
    """The clues around a figure: a reader of one text, asked token by token."""

    #: The lemma of the reporter's name, found on first use (:meth:`reporter_stem`).
    stem: str | None = None
    #: The entity the figures of the sentence read so far belong to, when not the reporter.
    sentence_entity: tuple[Entity, str] | None = None

    #: Where the sentence says "in physical terms" (True) or "in value terms" (False).
    terms_marks: list[tuple[int, bool]]
    #: The positions of :attr:`terms_marks`, ascending, and whether all of them are physical.
    terms_positions: list[int]
    terms_all_physical: bool

    #: Whose the last statement before the sentence was ("That trade" points back).
    before_entity: tuple[Entity, str] | None = None
    #: The statements of the sentence given to the reporter by default, no subject of
    #: their own (indices into ``out``).
    default_reporter: set[int]

    def counted_by_flow(self, j: int, fig: FigurePhrase) -> bool:
        """Whether the flow word at *j* names what is counted, so a change after it is the
        count's: "15,308 foreign trade enterprises, 7.3 per cent more", "количество
        импортируемых товаров снизилось на 6,7%" (a quantity, not a value)."""
        if self.flows[j] is None or fig.measure is not Measure.GROWTH:
            return False
        if self.locale != "en":  # ("экспорт предприятий": the companies' exports)
            heads = [at for at in (j - 1, j - 2) if self.lem(at) in lexicon.COUNT_HEADS]
            # ("в том числе экспорт": "including", no count)
            return bool(heads) and self.lem(heads[0] - 1) != "тот"
        return j + 1 < fig.start and self.lem(j + 1) in lexicon.AGENT_NOUNS

    def companies_subject(self, fig: FigurePhrase, s_start: int) -> str | None:
        """The companies named as the subject of *fig* when they are a part of the
        reporter's ("enterprises in municipal ownership ... will end 2011 with a surplus
        of $38 million", "private firms traded ..."), not all of them."""
        if self.locale != "en":
            return None
        for a in range(fig.start - 1, max(s_start, fig.start - 24) - 1, -1):
            if self.tokens[a].text in (":", ";") or self.lemmas[a] in lexicon.REPORTER_WORDS:
                return None
            if self.lemmas[a] not in lexicon.AGENT_NOUNS:
                continue
            if self.lem(a - 1) in lexicon.SUBSET_ADJECTIVES or (
                self.lem(a + 1) in ("in", "under", "without")
                and self.lem(a + 2) not in lexicon.REPORTER_WORDS
                and not self.tokens[a + 2].capitalized
            ):
                return " ".join(t.text for t in self.tokens[max(s_start, a - 1) : a + 4])
            return None
        return None

    def composition_aside(self, flow_at: int, j: int) -> bool:
        """Whether the goods word at *j*, after the flow at *flow_at*, only says what the
        flow is made of ("Exports, mostly machinery, textiles and shoes, came to ...",
        "imports such as farm produce ... reached ...", "Экспорт, где преобладает продукция
        ТЭК, сократился ..."): the flow is still all of it."""
        words = self.lemmas[flow_at + 1 : j]
        relative = words[:1] == [","] and (
            words[1:2] in (["где"], ["который"], ["where"], ["which"])
            or words[1:3] == ["в", "который"]
        )
        return len(words) <= 8 and (
            relative
            or not lexicon.COMPOSITION_WORDS.isdisjoint(words)
            or any(words[x] == "such" and words[x + 1] == "as" for x in range(len(words) - 1))
        )

    def part_of_total(self, fig: FigurePhrase, s_end: int) -> bool:
        """Whether a trade amount is at once given as a percent of the total ("the zone
        traded goods worth 85.1 billion yuan, 33.6 percent of Xinjiang's total"): a part's
        amount, not the reporter's whole trade."""
        j = fig.end
        if self.form(j) != "," or j + 2 >= s_end or self.tokens[j + 1].kind != "num":
            return False
        if self.lem(j + 2) not in lexicon.PERCENT_WORDS:
            return False
        stop = min(s_end, j + 10)
        return "of" in self.lemmas[j + 3 : j + 5] and (
            "total" in self.lemmas[j + 3 : stop] or any(self.flows[j + 3 : stop])
        )

    def past_aside(self, fig: FigurePhrase, s_end: int) -> tuple[int, int]:
        """The tokens after an amount that may qualify it, past a bracketed restatement:
        "291.5 billion yuan (43 billion US dollars) worth of goods with the countries ..."."""
        toks = self.tokens
        if fig.end < s_end and toks[fig.end].text == "(":
            for x in range(fig.end, min(s_end, fig.end + 12)):
                if toks[x].text == ")":
                    return x + 1, min(s_end, x + 7)
        return fig.end, min(s_end, fig.end + 6)

    def physical_terms(self, i: int) -> bool:
        """Whether the sentence puts the figure at token *i* in physical terms.

        With no "in value terms" in the sentence, one "in physical terms" outside brackets
        covers it all; with both, a mark in the figure's own clause decides ("в стоимостном
        выражении экспорт вырос на 15%, в физическом – снизился на 2%"; "вырос на 15% в
        стоимостном выражении и снизился на 2% в физическом"), else the last before it,
        else the first.
        """
        marks = self.terms_marks
        if not marks:
            return False
        if self.terms_all_physical:
            return True
        positions = self.terms_positions
        lo, hi = i, i
        while (
            lo > max(marks[0][0], i - _CLAUSE_REACH)
            and self.lemmas[lo - 1] not in lexicon.CLAUSE_JOINS
        ):
            lo -= 1
        while (
            hi < min(marks[-1][0], i + _CLAUSE_REACH)
            and self.lemmas[hi + 1] not in lexicon.CLAUSE_JOINS
        ):
            hi += 1
        first, stop = bisect_left(positions, lo), bisect_right(positions, hi)
        if first < stop:
            return min((abs(marks[k][0] - i), marks[k][1]) for k in range(first, stop))[1]
        before = bisect_left(positions, i)
        return marks[before - 1][1] if before else marks[0][1]

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

    def group_name(self, start: int, stop: int) -> str | None:
        """The partner group named by the group word at *start* or within three words after
        it (before *stop*); None when there is none.

        The name is the audit's when the words leave no doubt: "CIS" ("СНГ", "CIS
        countries"), "far abroad" ("дальнего зарубежья", "the far abroad", "non-CIS
        countries"), "near abroad", "EU" ("ЕС", "EU"); otherwise the word as written.
        """
        for j in range(start, min(stop, start + 4)):
            low = self.lemmas[j]
            if low not in lexicon.GROUP_WORDS:
                continue
            before = self.lem(j - 1)
            if low in ("снг", "cis"):
                if before == "non" or (before == "-" and self.lem(j - 2) == "non"):
                    return "far abroad"  # "non-CIS countries"
                return "CIS"
            if low in ("зарубежье", "abroad") and before in _ABROAD:
                return _ABROAD[before]
            if low in ("eu", "ес"):
                return "EU"
            return self.tokens[j].text
        return None

    def goods_after_flow(self, flow_at: int, stop: int) -> str | None:
        """The goods a flow names in the genitive after it ("ввоз текстиля", "экспорт каменного угля")."""
        if self.locale != "ru":
            return self.goods_of(flow_at, stop)
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
            if self.lemmas[x] in lexicon.PART_OF_YEAR:
                return None  # "импорт января-июня": a period, not goods
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
                    return Entity.GROUP, self.group_name(x + 2, len(self.tokens)) or self.tokens[
                        x + 2
                    ].text
                if self.tokens[x + 2].capitalized and find_region(self.tokens[x + 2].text):
                    return Entity.PARTNER, self.tokens[x + 2].text
                return None
        return None

    def share_noun(self, j: int) -> bool:
        """Whether the token at *j* names a share of a whole ("доля", "удельный вес")."""
        return self.lemmas[j] == "доля" or (
            self.lemmas[j] == "вес" and self.lem(j - 1) == "удельный"
        )

    def restated(self, i: int, c_start: int) -> bool:
        """Whether a clause opening "Это на ..." before token *i* speaks of the reporter's last figure."""
        return (
            c_start < i
            and self.lemmas[c_start] in ("это", "this")
            and bool(self.out)
            and self.out[-1].entity is Entity.REPORTER
            and self.out[-1].measure in (Measure.VALUE, Measure.CHANGE, Measure.GROWTH)
        )

    def volumes_restated(self) -> list[Statement]:
        """The statements read, with a reporter's growth that a later volume growth of the
        same flow restates with the same value taken as that volume growth ("рост
        товарооборота на 8,1%" in a headline, then "перемещено 2,4 млн тонн, на 8,1% больше")."""
        volumes = {
            (s.flow, s.figure.value) for s in self.out if s.measure is Measure.VOLUME_GROWTH
        }
        if not volumes:
            return self.out
        return [
            attrs.evolve(s, measure=Measure.VOLUME_GROWTH)
            if s.entity is Entity.REPORTER
            and s.measure is Measure.GROWTH
            and (s.flow, s.figure.value) in volumes
            else s
            for s in self.out
        ]

    def level_in_tonnes(self, i: int, s_end: int) -> bool:
        """Whether a level "до ..." from token *i* on is in tonnes ("нарастила экспорт на 12%, до
        31,688 тыс. и 185,153 тыс. тонн соответственно"): the figures before it are volumes."""
        for j in range(max(0, i - 1), min(s_end, i + 20)):
            if self.lemmas[j] != "до":
                if self.tokens[j].text in (";", ":") or self.lemmas[j] in lexicon.CURRENCY_WORDS:
                    return False
                continue
            for k in range(j + 1, min(s_end, j + 12)):
                low = self.lemmas[k]
                if low in lexicon.TONNAGE_WORDS:
                    return True
                if low in lexicon.CURRENCY_WORDS or self.tokens[k].text in (";", ":", "$"):
                    return False
            return False
        return False

    def milestone(self, start: int, stop: int) -> bool:
        """Whether the sentence from *start* to *stop* tells of a threshold crossed ("for the
        first time", "a record", "впервые"): a bound in it is the threshold, not a value."""
        lemmas = self.lemmas[start:stop]
        return not lexicon.MILESTONE_WORDS.isdisjoint(lemmas) or any(
            lemmas[x] == "first" and lemmas[x + 1] == "time" for x in range(len(lemmas) - 1)
        )

    def budget_clause(self, start: int, stop: int) -> bool:
        """Whether tokens *start* to *stop* speak of payments to the budget, not of trade
        ("в федеральный бюджет таможня перечислила 1 млрд 689,5 млн рублей")."""
        window = self.lemmas[start:stop]
        return not lexicon.BUDGET_WORDS.isdisjoint(window) and not any(
            low in lexicon.FLOW_WORDS for low in window
        )

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

    def share_whole(self, j: int) -> bool:
        """Whether the flow word at *j* is the whole a share is of ("28,2% от
        внешнеторгового оборота (507,3 млн)"): the base, not what the amount after it is."""
        for at in (j - 1, j - 2):
            if at >= 1 and self.lem(at) == "от":
                return self.tokens[at - 1].text == "%" or self.lem(at - 1) == "процент"
        return False

    def contrasted_flow(self, c_start: int, flow_at: int) -> bool:
        """Whether the clause opens on a contrast and its own flow ("Главный партнер –
        Китай, а экспорт дает 70% оборота"): a new subject, not the partner named before."""
        return (
            flow_at > c_start
            and self.lem(flow_at - 1) in ("а", "but", "while", "whereas")
            and (flow_at - 1 == c_start or self.tokens[flow_at - 2].text == ",")
        )

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

    #: The lemma of the first place the text names in the possessive, found on first use.
    possessor: str | None = None

    def possessive_at(self, j: int) -> bool:
        """Whether the name at *j* is a possessor: "Harbin's", "Heilongjiang province's"."""
        toks = self.tokens
        at = j + 1 if self.lem(j + 1) in lexicon.REPORTER_WORDS else j
        return (
            at + 2 < len(toks)
            and toks[at + 1].text in ("'", "’")
            and self.lem(at + 2) == "s"
            and toks[j].capitalized
            and toks[j].kind == "word"
            and self.lemmas[j] not in lexicon.COUNTRY_NAMES
            and self.lemmas[j] not in lexicon.REPORTER_WORDS
            and self.lemmas[j] not in ("the", "this", "that", "its", "our")
        )

    def other_possessor(self, j: int) -> bool:
        """Whether the possessor at *j* is another place than the text's first possessor.

        "Harbin's foreign trade reached 29.6 billion yuan, while Heilongjiang province's
        totaled 186.5 billion": the second figure is another place's.
        """
        if self.possessor is None:
            self.possessor = next(
                (self.lemmas[k] for k in range(len(self.tokens)) if self.possessive_at(k)), ""
            )
        return self.lemmas[j] != self.possessor

    #: The lemma of the first name the text makes a subject, found on first use.
    first_subject: str | None = None

    def names_subject(self, j: int) -> bool:
        """Whether the capitalised name at *j* is a trading subject: "Dalian exported",
        "Kazakhstan traded", "Liaoning province", "Harbin's"."""
        tok = self.tokens[j]
        low = self.lemmas[j]
        if not tok.capitalized or tok.kind != "word" or not tok.text[1:].islower():
            return False
        if (
            low in lexicon.FLOW_WORDS
            or low in lexicon.REPORTER_WORDS
            or low in lexicon.PART_OF_YEAR
            or low in _NOT_SUBJECTS
        ):
            return False  # ("for January-July came to 592 million": a period, no subject)
        verb = j + 1 < len(self.tokens) and not self.tokens[j + 1].text.endswith("s")
        return (
            (verb and self.lem(j + 1) in lexicon.SUBJECT_VERBS)  # not "Cement exports": goods
            or self.lem(j + 1) in lexicon.REPORTER_WORDS
            or self.possessive_at(j)
        )

    def other_first_subject(self, j: int) -> bool:
        """Whether the subject at *j* is another than the text's first subject (English).

        "Liaoning province's exports rose ...: Dalian came first with $23.7 billion,
        Shenyang exported $4.14 billion": Dalian's and Shenyang's figures are theirs.
        """
        if self.first_subject is None:
            self.first_subject = next(
                (self.lemmas[k] for k in range(len(self.tokens)) if self.names_subject(k)), ""
            )
        low = self.lemmas[j]
        if any(_same_name(low, known) for known in (self.first_subject, self.reporter_stem())):
            return False
        region = find_region(self.tokens[j].text)
        return region is None or region.kind is not RegionKind.COUNTRY  # (countries: other rules)

    def place_before(self, fig: FigurePhrase) -> str | None:
        """The place named right before a figure, set off by a dash, a bracket or a colon.

        "за ними Турция ($650 млн)", "Республика Беларусь – 14,6 процента", "China: 35%":
        a list of partners, each with its figure. None when no place the gazetteer knows
        stands there, or when it is the reporter ("Ивановская область – 15%").
        """
        toks = self.tokens
        j = fig.start - 1
        while j >= 0 and toks[j].text in _SET_OFF:
            j -= 1
        if j == fig.start - 1 or j < 0 or not toks[j].capitalized or toks[j].kind != "word":
            return None
        first = j
        while first > 0 and fig.start - first < 6 and toks[first - 1].capitalized:
            first -= 1
        if self.lem(first - 1) in ("по", "by") or self.lemmas[j] in lexicon.FLOW_WORDS:
            return None  # "по России – 15%": the country's (other rules); "Экспорт – 1,2 млрд"
        if self.lemmas[j] in lexicon.CURRENCY_COUNTRIES and any(
            self.lem(x) in lexicon.CURRENCY_WORDS for x in (first - 1, first - 2)
        ):
            return None  # "1,26 млрд долл. США (113,2%)": a currency's name
        for k in range(first, j + 1):  # the longest run of capitalised words that is a place
            name = " ".join(t.text for t in toks[k : j + 1])
            region = find_region(name)
            if region is not None:
                stem = self.reporter_stem()
                if stem and stem in self.lemmas[k : j + 1]:
                    return None  # the reporter itself
                return name
        return None

    def reporter_stem(self) -> str:
        """The lemma of the first name the text gives a region ("Калужской области": "калужский")."""
        if self.stem is None:
            self.stem = ""
            inside = ""  # the first name after "в" ("произведенной в Тверской области")
            for j, tok in enumerate(self.tokens):
                if not (
                    tok.capitalized
                    and tok.kind == "word"
                    and self.lemmas[j] not in lexicon.REPORTER_WORDS
                    and (
                        self.lem(j + 1) in lexicon.REPORTER_WORDS
                        or self.lem(j + 2) in lexicon.REPORTER_WORDS
                    )
                ):
                    continue
                if self.lem(j - 1) in ("в", "среди", "из", "по", "регион", "in", "among"):
                    if not inside and self.lem(j + 1) in lexicon.REPORTER_WORDS:
                        inside = self.lemmas[j]
                    continue
                if self.lem(j + 1) not in lexicon.REPORTER_WORDS and (
                    j == 0 or self.tokens[j - 1].text in (".", "!", "?")
                ):
                    continue  # "Промышленное производство региона": a sentence's first word
                if (
                    self.lem(j + 1) == "autonomous"
                    and j > 0
                    and self.tokens[j - 1].capitalized
                    and self.lemmas[j - 1] not in _NAME_OPENERS
                ):
                    j -= 1  # "Ningxia Hui Autonomous Region": the name's first word, "Ningxia's"
                self.stem = self.lemmas[j]
                break
            # a text that names its region only as where things happen names the reporter
            self.stem = self.stem or inside
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

    def shipped_part(self, c_start: int, flow_at: int) -> str | None:
        """The goods a Russian clause opens on in the genitive before a verb of shipping
        ("Зерновых вывезено на 18 млн", "Прочей продукции ... вывезли на 3,8 млн"): a part
        of the trade, not all of it ("Товаров вывезено на ..." is all of it)."""
        if self.locale != "ru" or self.lemmas[flow_at] not in lexicon.SHIP_VERBS:
            return None
        first = next((x for x in range(c_start, flow_at) if self.tokens[x].kind == "word"), -1)
        if first < 0 or not self.tokens[first].capitalized:
            return None  # (only a clause that opens a sentence on its object)
        low = self.lemmas[first]
        if (
            low in lexicon.GENERIC_GOODS
            or low in ("продукция", "товар", "продукт")
            or low in lexicon.REPORTER_WORDS
            or self.flows[first] is not None
            or not genitive_word(self.tokens[first].text)
        ):
            return None
        return self.tokens[first].text

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
