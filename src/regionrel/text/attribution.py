"""Whose figure each figure of a trade text is: entity, flow, base, one sentence at a time.

:class:`StatementReader` reads a text sentence by sentence; for each figure phrase it finds
the flow named before (or right after) it, the entity the words before it name (the
reporter, a partner, a group, the country, a goods group), a share's base and an excess's
flows, and, with :class:`regionrel.text.measures.MeasureReader`, its measure and period,
and keeps a :class:`regionrel.text.statement_model.Statement`.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress, count
from operator import attrgetter
from typing import Final

from regionrel.reported import FigureKind
from regionrel.text import lexicon
from regionrel.text.confidence import Doubts
from regionrel.text.entities import EntityReader
from regionrel.text.figure_phrases import WORD_FIGURES, FigurePhrase
from regionrel.text.items import FlowRole
from regionrel.text.statement_model import Entity, Measure, Statement, TimeRole
from regionrel.text.topics import sentence_spans

__all__ = ["StatementReader"]

_TEXT: Final = attrgetter("text")


class StatementReader(EntityReader):
    """The statements of a text: :meth:`read` attributes every figure, sentence by sentence."""

    #: The flow of the figure that set ``sentence_entity``.
    sentence_flow: FlowRole | None = None

    def read(self) -> list[Statement]:
        self.has_index_phrase = "к" in self.lemmas and any(
            t.kind == "num" and self.lem(k + 1) in lexicon.PERCENT_WORDS and self.lem(k + 2) == "к"
            for k, t in enumerate(self.tokens)
        )
        #: Where the clause marks are, ascending (:meth:`clause_start` bisects them).
        self.clause_marks = list(
            compress(count(), map(lexicon.CLAUSE_MARKS.__contains__, map(_TEXT, self.tokens)))
        )
        #: The tokens a figure's phrase may start at (``may_start``), ascending.
        self.starts = list(compress(count(), self.may_start))
        self.ranges = self.month_ranges()
        self.range_starts = [at for at, _ in self.ranges]  # ascending
        self.main_range = self.ranges[0][1] if self.ranges else None
        self.doubts = Doubts(self)
        for start, end in sentence_spans(self.tokens):
            self.sentence(start, end)
        return self.volumes_restated()

    def month_ranges(self) -> list[tuple[int, tuple[str, str]]]:
        """The spans of months the text names as periods ("январь-июнь", "с января по март"), bases left out."""
        months = lexicon.RU_MONTHS  # (English spans are left to the English rules)
        found: list[tuple[int, tuple[str, str]]] = []
        lemmas = self.lemmas
        for j in compress(count(), map(months.__contains__, lemmas)):  # (a few, in one pass)
            low = lemmas[j]
            if self.lem(j + 2) not in months:
                continue
            if self.lem(j + 1) not in ("-", "–", "—", "по"):
                continue
            cues = set(self.lemmas[max(0, j - 3) : j])
            if cues & (lexicon.BASE_CUES - {"с"}) or cues & {"сравнение", "аналогичный"}:
                continue
            found.append((j, (low, self.lem(j + 2))))
        return found

    def sentence(self, start: int, end: int) -> None:
        self.before_entity = (self.out[-1].entity, self.out[-1].entity_name) if self.out else None
        carried = self.caused(start, end) or self.quoted_on(start) or self.breaks_down(start, end)
        before = self.sentence_entity if carried else None
        self.sentence_entity = before  # "... с ними вырос на 66%. «Рост дали ...": theirs
        self.last_direction = 0
        self.last_share = False
        self.last_base: FlowRole | None = None
        figures: list[FigurePhrase] = []
        i = start
        starts = self.starts  # (the tokens a figure may start at, ascending)
        for at in starts[bisect_left(starts, start) : bisect_left(starts, end)]:
            if at < i:
                continue  # inside the figure read last
            found = self.figure_at(at, end)
            if found is None:
                continue
            figures.append(found)
            i = max(found.end, at + 1)
        if not figures:
            self.own_trade_named = self.own_trade_named or self.names_own_trade(start, end)
            self.flows_in(start, end)
            return
        lemmas = set(self.lemmas[start:end])
        counts = [f.start for f in figures if f.measure is Measure.COUNT]
        # "партнерами региона были 87 стран": the partner word belongs to the count
        self.sentence_lemmas = lemmas
        self.sentence_partner = bool(lemmas & {"партнер", "partner"}) and any(
            self.lemmas[j] in ("партнер", "partner")
            and not any(j < c <= j + 5 or c < j <= c + 3 for c in counts)
            for j in range(start, end)
        )
        depth = 0
        #: Where the sentence says "in physical terms" (True) or "in value terms" (False),
        #: outside brackets ("(в физическом выражении – 736 тысяч тонн)" is an aside).
        self.terms_marks: list[tuple[int, bool]] = []
        physical_words = ("физический", "physical", "натуральный")
        for j in range(start, end) if not lemmas.isdisjoint(lexicon.TERMS_WORDS) else ():
            text = self.tokens[j].text
            depth += (text == "(") - (text == ")" and depth > 0)
            if not depth and self.lemmas[j] in lexicon.TERMS_WORDS:
                if self.lemmas[j] == "value" and self.lem(j + 1) != "term":
                    continue
                self.terms_marks.append((j, self.lemmas[j] in physical_words))
        self.terms_positions = [at for at, _ in self.terms_marks]
        self.terms_all_physical = all(physical for _, physical in self.terms_marks)
        self.sentence_time = TimeRole.MAIN
        # "... вырос в 1,8 раза к 2021 году. Экспорт увеличился еще сильнее": the same base
        self.carries_base = self.based_other and not lemmas.isdisjoint({"еще", "ещё"})
        self.based_other = False
        first, stop = bisect_left(self.range_starts, start), bisect_left(self.range_starts, end)
        if (
            "alone" in lemmas
            or not lexicon.SPAN_WORDS.isdisjoint(lemmas)
            or any(span != self.main_range for _, span in self.ranges[first:stop])
        ):
            # "В январе-мае ..." in a text about January to June: another period
            self.sentence_time = TimeRole.OTHER
        self.respectively = "соответственно" in lemmas or "respectively" in lemmas
        self.sentence_relative = (
            self.year is not None and not lexicon.RELATIVE_YEARS.isdisjoint(lemmas)
        ) and any(
            self.lemmas[j] in lexicon.RELATIVE_YEARS
            and self.lem(j + 1) in ("год", "year")
            and lexicon.BASE_CUES.isdisjoint(self.lemmas[max(start, j - 3) : j])
            for j in range(start, end)
        )
        first_out = len(self.out)
        self.default_reporter: set[int] = set()
        for k, fig in enumerate(figures):
            self.attribute(fig, figures, k, start, end)
        self.partner_topic(first_out)
        self.flows_in(start, end)

    def flows_in(self, start: int, end: int) -> None:
        flows = self.flows
        for i in range(start, end):
            flow = flows[i]
            if flow is not None:
                other = self.flow_of(i - 2) if i >= 2 and self.lem(i - 1) in ("и", "and") else None
                if other is not None and {other, flow} == {FlowRole.EXPORTS, FlowRole.IMPORTS}:
                    flow = FlowRole.TURNOVER
                self.last_flow = flow

    def clause_start(self, i: int, floor: int) -> int:
        floor = max(floor, i - 3 * lexicon.WINDOW)
        marks = self.clause_marks
        at = bisect_left(marks, i) - 1  # the last mark before token i
        if at >= 0 and marks[at] >= floor:
            return marks[at] + 1
        return floor

    def attribute(
        self, fig: FigurePhrase, figures: list[FigurePhrase], k: int, s_start: int, s_end: int
    ) -> None:
        toks = self.tokens
        c_start = self.clause_start(fig.start, s_start)
        window_start = max(c_start, fig.start - lexicon.WINDOW)
        # the flow: the nearest flow word before the figure in its clause
        flow: FlowRole | None = None
        flow_at = -1
        physical = cargo = False
        depth = 0
        scan_from = fig.start - 1
        if self.flows[window_start : fig.start].count(None) == fig.start - window_start and (
            lexicon.PHYSICAL_FLOW.isdisjoint(self.lemmas[window_start : fig.start])
            and lexicon.COUNT_HEADS.isdisjoint(self.lemmas[window_start : fig.start])
        ):
            scan_from = window_start - 1  # no flow, volume or count word in the window: no step
        for j in range(scan_from, window_start - 1, -1):
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
            if (
                self.lemmas[j] in lexicon.COUNT_HEADS
                and fig.measure is Measure.GROWTH
                and self.lem(j - 1) != "тот"  # "в том числе": "including", no count
            ) or self.counted_by_flow(j, fig):
                # "..., the number of traders by 10%": a count's change, not a flow's
                first, last = toks[fig.start], toks[fig.end - 1]
                self.out.append(
                    Statement(
                        Entity.OTHER_COUNT,
                        Measure.GROWTH,
                        None,
                        fig.figure,
                        (first.start, last.end),
                        self.sentence_time,
                    )
                )
                return
            found = self.flows[j]  # j >= 0
            if found is not None and not (self.in_cause(j, window_start) or self.share_whole(j)):
                flow, flow_at = found, j
                if j > 0 and self.flows[j - 1] is FlowRole.BALANCE:
                    flow, flow_at = FlowRole.BALANCE, j - 1  # "дефицит торговли": a balance
                # "the cargo turnover by 13.1%": a flow of tonnes, not of money
                cargo = j > 0 and self.lemmas[j - 1] in lexicon.PHYSICAL_FLOW
                if cargo and self.lemmas[j] == "shipment":
                    flow = FlowRole.TURNOVER  # "the freight shipments were worth $4.7 bln"
                break
        physical = (
            physical
            or self.physical_terms(fig.start)
            or self.in_tonnage(fig.start, s_start)
            or self.level_in_tonnes(fig.start, s_end)
        )
        after_flow = self.flow_after(fig, s_end)
        if after_flow is not None:
            flow, flow_at = after_flow
        if fig.measure is Measure.COUNT:
            self.count(fig, s_start, s_end)
            return
        if (
            flow is None
            and not self.sentence_lemmas.isdisjoint(lexicon.OTHER_ECONOMY)
            and self.flows[s_start:s_end].count(None) == s_end - s_start
        ):
            return  # "Промышленное производство ...: его индекс составил 113,2%": not trade
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
                    if f.measure is fig.measure
                    and f.start > flow_at
                    and not any(self.flow_of(j) for j in range(flow_at + 1, f.start))
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
                found = self.flows[j]  # j >= 0
                if found is not None and found not in named:
                    named.append(found)
            if len(same) >= 2 and fig in same and len(named) == len(same):
                slot = named[same.index(fig)]
                if slot is None:
                    physical = True
                else:
                    flow, cargo = slot, False
        physical = physical or cargo
        prev_end = figures[k - 1].end if k > 0 else s_start
        entity_start = max(prev_end, fig.start - lexicon.ENTITY_WINDOW, c_start)
        entity, name = self.entity(entity_start, fig.start, flow_at, fig)
        if entity is Entity.REPORTER and 0 <= flow_at < entity_start:
            # "imports and exports with Russia ... were ...: 59.95 billion"
            entity, name = self.entity(flow_at + 1, min(flow_at + 5, fig.start), flow_at, fig)
        if (
            entity is Entity.REPORTER
            and self.sentence_partner
            and lexicon.REPORTER_WORDS.isdisjoint(self.lemmas[entity_start : fig.start])
            and not self.contrasted_flow(c_start, flow_at)
        ):
            entity, name = Entity.PARTNER, "partner"
        # (entity_start is never negative: the token slices are the windows themselves)
        own_flow = any(f is not None for f in self.flows[entity_start : fig.start])
        window = self.lemmas[entity_start : fig.start]
        # (each scan below only when a word it looks for is in the window at all)
        own_reporter = (
            not lexicon.REPORTER_WORDS.isdisjoint(window)
            and any(
                self.lemmas[j] in lexicon.REPORTER_WORDS
                # "40% of the region's turnover, up 9%": the base of a share names no subject
                and not any(
                    self.tokens[x].text == "%" and "а" not in self.lemmas[x + 1 : j]
                    for x in range(max(0, j - 4), j)
                )  # ("вырос на 12%, а оборот области": a new subject after "а")
                and self.lem(j - 1) != "для"  # "баланс для края": whose view, not whose trade
                for j in range(entity_start, fig.start)
            )
        )
        own_total = ("total" in window or "overall" in window) and any(
            self.lemmas[j] in ("total", "overall")
            and (
                self.flows[j + 1] is not None
                or (self.lemmas[j + 1] in ("foreign", "external") and self.flow_of(j + 2))
            )
            for j in range(entity_start, fig.start - 1)
        )
        if (
            entity is Entity.REPORTER
            and not own_reporter
            and not own_total  # "..., while total exports grew 8%": the reporter's again
            and self.sentence_entity is not None
            and not (
                # "экспорт продукции X вырос ..., а импорт увеличился": a new subject
                self.sentence_entity[0] is Entity.GOODS
                and self.locale == "ru"
                and 0 <= flow_at < fig.start
                and own_flow
                and (flow is not self.sentence_flow or self.lem(flow_at + 1) == "товар")
                and self.lem(flow_at + 1) not in ("–", "-", "—")
                and self.form(flow_at - 1) not in ("их", "его", "ее", "её")  # "их поставки"
            )
        ):
            entity, name = self.sentence_entity
        if entity is Entity.REPORTER and not (own_reporter or own_total):
            entity, name = self.pointed_back(flow_at, fig) or (entity, name)
        if (
            entity is Entity.REPORTER
            and flow is FlowRole.TURNOVER
            and fig.measure is Measure.VALUE
            and self.part_of_total(fig, s_end)
        ):
            entity, name = (
                Entity.GROUP,
                "a part of the total",
            )  # "85.1 billion, 33.6% of the total"
        if entity is Entity.REPORTER and not own_reporter:
            companies = self.companies_subject(fig, s_start)
            if companies is not None:
                entity, name = Entity.GROUP, companies  # "enterprises in municipal ownership"
        if entity is Entity.REPORTER and k > 0 and self.after_colon(figures[k - 1].end):
            assert self.sentence_entity is not None
            entity, name = self.sentence_entity  # "... составил 189,4 млн: экспорт края – 189"
        if (
            entity is Entity.REPORTER
            and "число" in self.sentence_lemmas
            and any(
                self.lemmas[j] == "число"
                and self.lem(j - 1) == "тот"
                and self.lem(j - 2) == "в"
                and (j + 1 >= fig.start or self.flow_of(j + 1) is None)  # "в том числе экспорт"
                for j in range(entity_start, fig.start)
            )
        ):
            entity, name = Entity.GOODS, "в том числе"  # "в том числе в промышленности – 61,8 млн"
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
            if self.out[-1].measure is Measure.SHARE and self.out[-1].flow in (
                None,
                self.out[-1].base,
            ):
                # "Доля Китая в товарообороте составила 45%, или 1,2 млрд": a share in a
                # flow is someone's part of it, and so is the amount that restates it
                entity, name = Entity.PARTNER, "a share's subject"
        elif (
            k > 0
            and fig.measure is Measure.VALUE
            and figures[k - 1].measure is not Measure.VALUE
            and figures[k - 1].figure.kind is FigureKind.PERCENT
            and (
                self.lem(fig.start - 1) in ("or", "или")
                or (self.lem(fig.start - 1) == "на" and self.lem(fig.start - 2) == "или")
            )
            and fig.start - figures[k - 1].end <= 8
        ):
            # "China accounted for 45% of the turnover, or $1.2 billion": a percent the
            # statements did not take is a partner's share, restated as an amount
            entity, name = Entity.PARTNER, "a share's subject"
        if (
            entity is Entity.REPORTER
            and fig.measure is Measure.VALUE
            and self.lem(fig.start - 1) == "which"
            and self.lem(fig.start - 2) == "of"
        ):
            entity, name = Entity.PARTNER, "of which"  # "$700 million, of which $420 million ..."
        if entity is Entity.REPORTER and fig.measure is Measure.VALUE:
            for j in range(*self.past_aside(fig, s_end)):
                if toks[j].kind == "num" or toks[j].text in (",", ";", "(", ")"):
                    break
                if self.lem(j) in ("to", "в", "из", "from", "with", "со", "с"):
                    if any(
                        self.lem(x) in lexicon.GROUP_WORDS
                        # "worth of goods with the countries along the Belt and Road"
                        or (
                            self.lem(x) in ("country", "страна")
                            and self.lem(x - 1) not in lexicon.ALL_COUNTRIES_WORDS
                        )
                        for x in range(j + 1, min(s_end, j + 4))
                    ):
                        entity = Entity.GROUP
                        name = self.group_name(j + 1, s_end) or self.tokens[j + 1].text
                    elif (
                        self.lem(j - 1) in ("went", "go", "come", "came")
                        and j + 1 < s_end
                        and toks[j + 1].capitalized
                        and self.lemmas[j + 1] not in lexicon.MONTHS
                    ):
                        entity, name = Entity.PARTNER, toks[j + 1].text  # "went to China"
                    break
        if entity is Entity.REPORTER and 0 <= flow_at < fig.start <= flow_at + 12:
            goods = self.goods_after_flow(flow_at, fig.start)
            if goods is not None:
                entity, name = Entity.GOODS, goods
        if entity is Entity.REPORTER and 0 <= flow_at < fig.start - 1:
            country = self.country_after_flow(flow_at)
            if country is not None:
                entity, name = Entity.COUNTRY, country  # "оборот России вырос на 12%"
        if fig.measure is Measure.VALUE:
            compared = self.compared_flows(fig, c_start)
            if compared is not None:
                flow, flow_at = compared  # "экспорт превысил импорт – 9,6 млрд против 3,4 млрд"
        if (
            entity is Entity.REPORTER
            and fig.measure is Measure.VALUE
            and self.locale == "ru"
            and toks[fig.start - 1].text == "("
            and fig.start >= 2
            and self.named_thing(fig.start - 2)
        ):
            entity, name = Entity.GOODS, toks[fig.start - 2].text
        if entity is Entity.REPORTER:
            partner = self.partner_named_before(fig, c_start)
            if partner is not None:
                entity, name = Entity.PARTNER, partner
        if entity is Entity.REPORTER and k > 0 and self.part_in_brackets(figures[k - 1], fig):
            prev = figures[k - 1]  # "35.2% of the region's turnover ($383.5 million)"
            entity, name = self.entity(max(c_start, prev.start - 14), prev.start, -1, prev)
        if entity is Entity.REPORTER and fig.measure is Measure.VALUE:
            found_after = self.group_after(fig, s_end)
            if found_after is not None:
                entity, name = found_after
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
                    entity, name = Entity.GROUP, self.group_name(j, s_end) or toks[j].text
                    break
        if (
            entity is Entity.REPORTER
            and flow_at >= 1
            and self.lemmas[flow_at] in ("export", "import")
            and toks[flow_at - 1].kind == "word"
            and (toks[flow_at - 1].text.islower() or self.opens_with_goods(flow_at - 1, s_start))
            and self.lemmas[flow_at - 1] not in lexicon.FLOW_MODIFIERS
            and self.lemmas[flow_at - 1] not in lexicon.PART_OF_YEAR | {"year", "week", "period"}
            and self.lemmas[flow_at - 1] not in lexicon.REPORTER_WORDS
            and self.lemmas[flow_at - 1] not in lexicon.UP | lexicon.DOWN
            and not toks[flow_at - 1].text.endswith("ly")
            # "shipped exports worth ...": a verb before the flow, not a goods noun
            and not (
                toks[flow_at - 1].text.endswith("ed")
                and self.lemmas[flow_at - 1] != toks[flow_at - 1].text
            )
        ):
            entity, name = Entity.GOODS, toks[flow_at - 1].text  # "cement exports doubled"
        if entity is Entity.REPORTER and flow_at >= 1:
            goods = self.goods_before_flow(flow_at)
            if goods is not None:
                entity, name = Entity.GOODS, goods
        if entity is Entity.REPORTER and 0 <= flow_at < fig.start:
            goods = self.shipped_part(c_start, flow_at)
            if goods is not None:
                entity, name = Entity.GOODS, goods  # "Зерновых вывезено на 18 млн"
        if entity is Entity.REPORTER and "целевой" in self.sentence_lemmas:
            # "перевыполнила целевой показатель проекта «Экспорт продукции АПК»: область
            # экспортировала товаров на 33 млн": a project's indicator, the group's figure
            goods = next(
                (
                    toks[j].text
                    for j in range(s_start, s_end)
                    if self.lemmas[j] in lexicon.GOODS_WORDS
                    and self.lemmas[j] not in lexicon.GENERIC_GOODS
                    and self.lemmas[j] != "продукция"
                ),
                None,
            )
            if goods is not None:
                entity, name = Entity.GOODS, goods
        if entity is not Entity.REPORTER:
            self.sentence_entity = (entity, name)
            self.sentence_flow = flow
        elif own_flow and (own_reporter or own_total):
            self.sentence_entity = None  # "..., while total exports grew 5% to $1.2 billion"
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
        if measure is Measure.VALUE and self.as_balance:
            flow = FlowRole.BALANCE
        base = None
        if measure is Measure.EXCESS:
            assert self.excess is not None
            flow, base = self.excess
        if measure is Measure.SHARE:
            base = self.share_base(fig, flow_at, s_end)
            for j in range(fig.start - 1, max(window_start, prev_end) - 1, -1):
                # "удельный вес экспорта во внешнеторговом обороте – 34,5 процента"
                if self.share_noun(j) and self.flow_of(j + 1) in (
                    FlowRole.EXPORTS,
                    FlowRole.IMPORTS,
                ):
                    flow = self.flow_of(j + 1)
                    base = self.last_base = FlowRole.TURNOVER
                    break
                # "the share of exports in turnover was 66.7%": the flow after "of"
                if self.lemmas[j] in ("share", "доля") and self.lem(j + 1) in ("of",):
                    shared = self.flow_of(j + 2) if j + 2 < fig.start else None
                    if shared in (FlowRole.EXPORTS, FlowRole.IMPORTS):
                        flow = shared
                        of = self.flow_of(j + 4) if self.lem(j + 3) in ("in", "of") else None
                        base = of if of is not None else FlowRole.TURNOVER
                        self.last_base = base
                    break
                weighted = self.weighted_flow(j)  # "Удельный вес экспорта ... составил 64,2%"
                if weighted is not None:
                    flow, base = weighted, FlowRole.TURNOVER
                    self.last_base = base
                    break
        self.prev_end = prev_end
        time = self.time(fig, c_start, s_end, measure)
        qualifier = fig.qualifier  # "about" for a fraction in words ("на треть")
        for j in range(max(window_start, fig.start - 3), fig.start):
            if toks[j].kind == "num" or self.lemmas[j] in WORD_FIGURES:
                qualifier = fig.qualifier  # "nearly doubled to $1.9 billion": the multiple's
            elif self.lemmas[j] in lexicon.QUALIFIERS:
                qualifier = lexicon.QUALIFIERS[self.lemmas[j]]
            elif self.lemmas[j] in lexicon.PASSED and measure is Measure.VALUE:
                qualifier = "over"  # "exports exceeded $1 billion", "passed 100 billion yuan"
                if self.milestone(s_start, s_end):
                    # "the first time that the region's trade had passed 100 billion yuan":
                    # a threshold crossed, not the period's value; kept out of the report
                    time = TimeRole.OTHER
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
        if (
            fig.start >= 2
            and self.lemmas[fig.start - 1] in ("than", "чем")
            and self.lemmas[fig.start - 2] in ("less", "fewer", "меньше", "менее")
        ):
            qualifier = "under"  # "less than 5%": at most
        figure = fig.figure
        if measure in (Measure.GROWTH, Measure.CHANGE, Measure.VOLUME_GROWTH) and direction < 0:
            figure = figure.negated()
        if (
            measure is Measure.VALUE
            and (self.lem(fig.start - 1) == "минус" or self.as_balance < 0)
            and figure.value > 0
        ):
            figure = figure.negated()
        elif measure is Measure.VALUE and flow is FlowRole.BALANCE:
            words = {
                self.lemmas[j] for j in range(max(s_start, fig.start - 8), min(s_end, fig.end + 2))
            }
            if words & {"отрицательный", "negative", "deficit", "дефицит"}:
                figure = figure.negated()
        if measure is Measure.VALUE and fig.currency:
            self.currency = self.currency or fig.currency
        if (
            measure is Measure.GROWTH
            and k > 0
            and self.out
            and self.out[-1].measure is Measure.PHYSICAL
            and self.out[-1].span[1] == toks[figures[k - 1].end - 1].end
            and not any(self.flows[figures[k - 1].end : fig.start])
            and not any(t.text == ")" for t in toks[figures[k - 1].end : fig.start])
        ):
            measure = Measure.VOLUME_GROWTH  # "перемещено 2,4 млн тонн товаров, на 8,1% больше"
        if measure is Measure.VALUE and self.budget_clause(window_start, fig.start):
            flow = None  # a payment to the budget, kept with no flow (not a trade figure)
        first = toks[fig.start]
        last = toks[fig.end - 1]
        main = entity is Entity.REPORTER and time is TimeRole.MAIN
        doubts = self.doubts.of if main else self.doubts.passed
        doubt = doubts(fig.start, fig.end, c_start, s_end, measure)
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
                and lexicon.SUBJECT_PRONOUNS.isdisjoint(
                    self.lemmas[max(c_start, fig.start - lexicon.WINDOW) : fig.start]
                )
                and not self.restated(fig.start, c_start),
                self.sentence_relative,
                doubt,
            )
        )
        if (
            entity is Entity.REPORTER
            and not (own_reporter or own_total)
            and self.lem(flow_at - 1) not in ("its", "their", "our")  # "Its exports came to ..."
        ):
            self.default_reporter.add(len(self.out) - 1)

    def flow_after(self, fig: FigurePhrase, s_end: int) -> tuple[FlowRole, int] | None:
        """A flow named right after an amount: "0,8 млрд – импорт", "13,7 млрд из них пришлось на импорт"."""
        j = fig.end
        if fig.measure is not Measure.VALUE:
            if fig.measure is not Measure.GROWTH or self.locale != "ru":
                return self.changed_flow(fig, s_end)
            words = [self.lem(x) for x in range(j, min(s_end, j + 3))]
            if words[:2] in (["приходиться", "на"], ["прийтись", "на"]):
                # "74,1% пришлось на экспорт"
                found = self.flow_of(j + 2)
                return (found, j + 2) if found is not None else None
            found = self.flow_of(j + 2) if words[:2] == ["–", "на"] else None
            if found is not None and self.last_share:
                return found, j + 2  # "... и 25,9% – на импорт"
            return None
        if j + 1 < s_end and self.tokens[j].text in ("–", "-", "—"):
            found = self.flow_of(j + 1)
            if found is not None and self.lemmas[j + 1] not in ("внешнеторговый",):
                nxt = self.lem(j + 2)
                if nxt not in ("составить", "достигнуть", "вырасти", "amount", "be"):
                    return found, j + 1
            if self.lem(j + 1) == "на" and j + 2 < s_end:
                found = self.flow_of(j + 2)  # "..., 341,1 миллиона – на импорт"
                if found is not None:
                    return found, j + 2
        words = [self.lem(x) for x in range(j, min(s_end, j + 4))]
        if words[:2] in (["приходиться", "на"], ["прийтись", "на"], ["приходиться", "на"]):
            found = self.flow_of(j + 2)
            if found is not None:
                return found, j + 2
        if words[:1] == ["из"] or words[:2] == ["of", "which"]:
            for x in range(j, min(s_end, j + 6)):
                if self.lem(x) == "на" or self.lem(x) == "to":
                    found = self.flow_of(x + 1)
                    if found is not None:
                        return found, x + 1
        return None

    def changed_flow(self, fig: FigurePhrase, s_end: int) -> tuple[FlowRole, int] | None:
        """The flow a multiple names after it ("полуторакратное увеличение импорта")."""
        if fig.measure is not Measure.MULTIPLE or self.lem(fig.end) not in lexicon.CHANGE_NOUNS:
            return None
        found = self.flow_of(fig.end + 1) if fig.end + 1 < s_end else None
        return (found, fig.end + 1) if found is not None else None

    def count(self, fig: FigurePhrase, s_start: int, s_end: int) -> None:
        """A count of partner countries: "со 124 государствами", "Партнерами были 63 страны"."""
        before = [self.lem(j) for j in range(max(s_start, fig.start - 3), fig.start)]
        partner_word = bool(set(before) & {"партнер", "контрагент", "partner"})
        if (
            before[-1:]
            and before[-1] in ("в", "из", "to", "from", "into", "против")
            and not partner_word
            and not (before[-1] == "из" and set(before) & {"с", "со"})
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

    def share_base(self, fig: FigurePhrase, flow_at: int, s_end: int) -> FlowRole | None:
        """The whole a share is of: the flow named after it, or the turnover for a flow's share."""
        for j in range(fig.end, min(s_end, fig.end + 4)):
            if (self.tokens[j].kind == "punct" and self.tokens[j].text != "'") or j == flow_at:
                break  # ("74,1% пришлось на экспорт": the flow itself, not the whole)
            named = lexicon.FLOW_WORDS.get(self.lemmas[j])
            if named is not None:
                self.last_base = named
                return named
        if flow_at >= 0 and self.lem(flow_at - 1) in ("в", "in", "of"):
            base = lexicon.FLOW_WORDS.get(self.lemmas[flow_at])  # someone's share in exports
        elif self.lem(fig.start - 1) in ("–", "-", "—", "(") and self.last_base is not None:
            base = self.last_base  # "..., на импорт – 57,8 процента"
        elif (
            (
                flow_at == fig.start - 1
                or (flow_at == fig.start - 2 and self.lem(fig.start - 1) in ("for", "at"))
            )
            and self.lem(flow_at - 1) in (",", "and", "и")
            and self.last_base is not None
        ):
            base = self.last_base  # "imports were 26.4% of the turnover and exports 73.6%"
        elif (
            flow_at >= 0
            and "share" in self.lemmas[max(0, fig.start - 3) : fig.start]
            and self.flows[flow_at] in (FlowRole.EXPORTS, FlowRole.IMPORTS)
        ):
            base = FlowRole.TURNOVER  # "imports came to $50,3 million, a share of 46,5%"
        elif flow_at >= 0 and (
            self.lem(flow_at - 1) in ("на", "доля", "share")
            or (self.lem(flow_at - 1) == "вес" and self.lem(flow_at - 2) == "удельный")
            or self.lem(flow_at + 1) in lexicon.SHARE_VERBS
        ):
            base = FlowRole.TURNOVER  # "на экспорт пришлось 91%", "exports made up 53,5%"
        else:
            base = None
        self.last_base = base
        return base
