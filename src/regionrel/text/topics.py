"""What a sentence carries over from the one before it.

:class:`TopicReader` adds to :class:`regionrel.text.clues.ClueReader` the questions asked
across sentences: does a flow point back at the entity of the statement before ("That
trade, which included ..."), does a sentence break a partner's trade down ("... trade with
China exceeded $412 million. Exports came to almost $159 million"), open a quote on it, or
give the cause of the change just read. :func:`sentence_spans` splits the tokens into
sentences.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice

import attrs

from regionrel.text import lexicon
from regionrel.text.clues import ClueReader
from regionrel.text.figure_phrases import FigurePhrase
from regionrel.text.items import FlowRole
from regionrel.text.statement_model import Entity, Measure
from regionrel.text.tokens import Token

__all__ = ["TopicReader", "sentence_spans"]


def sentence_spans(tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """The token spans of the sentences of *tokens*, as (start, end) pairs.

    >>> from regionrel.text.tokens import tokenize
    >>> list(sentence_spans(tokenize("Exports grew 5%. Imports fell by 2% in the U.S. market.")))
    [(0, 5), (5, 18)]
    """
    start = 0
    # A stop ends a sentence only before a capitalised word, a number or an opening mark:
    # one pass finds those few, and only they are asked the questions below.
    stops = [
        i
        for i, (token, nxt) in enumerate(zip(tokens, islice(tokens, 1, None), strict=False))
        if token.text in ".!?"
        and token.kind == "punct"
        and (nxt.kind == "num" or nxt.text in '«"(' or (nxt.kind == "word" and nxt.capitalized))
    ]
    for i in stops:
        nxt = tokens[i + 1]
        prev = tokens[i - 1] if i else None
        if (
            prev is not None
            and prev.kind == "word"
            and len(prev.text) == 1
            and not (i >= 2 and tokens[i - 2].text == "-")
        ):
            continue  # an initial or "U.S." (not the ending of "в 2007-м.")
        if (
            prev is not None
            and prev.kind == "word"
            and len(prev.text) <= 4
            and (
                prev.lemma in lexicon.SCALES
                or prev.lemma in {"долл", "дол", "г", "руб", "тыс", "aug", "feb"}
            )
        ) and not (
            nxt.capitalized
            and nxt.lemma not in lexicon.CURRENCY_WORDS
            and nxt.lemma not in lexicon.CURRENCY_COUNTRIES
        ):
            continue
        yield start, i + 1
        start = i + 1
    yield start, len(tokens)


class TopicReader(ClueReader):
    """The clues a sentence takes from the sentences before it."""

    def pointed_back(self, flow_at: int, fig: FigurePhrase) -> tuple[Entity, str] | None:
        """The entity a flow after "that", "this" points back at ("... with ASEAN. That
        trade, which included $3.73 billion of exports, ..."), when not the reporter."""
        before = self.before_entity
        if (
            0 < flow_at < fig.start
            and self.lemmas[flow_at - 1] in lexicon.DEMONSTRATIVES
            and before is not None
            and before[0] not in (Entity.REPORTER, Entity.OTHER_COUNT)
        ):
            return before
        return None

    #: Whether a sentence with no figure named the reporter's own trade ("Foreign trade
    #: of the region kept growing"): the text is about it, not about one partner.
    own_trade_named: bool = False

    def names_own_trade(self, start: int, end: int) -> bool:
        """Whether the tokens from *start* to *end* name a flow with no partner to it."""
        return any(self.flows[start:end]) and lexicon.PARTNER_CUES.isdisjoint(
            self.lemmas[start:end]
        )

    def partner_topic(self, first_out: int) -> None:
        """Give the partner the reporter's figures of a sentence that goes on about it.

        "In Q1 the oblast's trade with China exceeded $412 million. Exports came to
        almost $159 million, and imports of Chinese goods to $254 million.": when the
        statement before the sentence was a partner's and another flow of the sentence
        is a partner's too, a flow with no subject of its own cannot be told to be the
        reporter's; it is kept as the partner's, out of the report. So it is when every
        statement of the text before the sentence is one partner's (the text is about
        that trade): "Trade between the zone and Mongolia was worth 1.06 billion yuan.
        Exports came to 60 million yuan, and imports to 1 billion yuan."
        """
        before = self.before_entity
        if before is None or before[0] is not Entity.PARTNER or not self.default_reporter:
            return
        if any(
            s.entity is Entity.REPORTER and first_out + k not in self.default_reporter
            for k, s in enumerate(self.out[first_out:])
        ):
            return  # "Heilongjiang's trade stood at $14.8 billion, up 6.6%": its own subject
        partner = next(
            (s for s in self.out[first_out:] if s.entity is Entity.PARTNER and s.flow), None
        )
        name = partner.entity_name if partner is not None else before[1]
        if partner is None and (
            self.own_trade_named
            or {(s.entity, s.entity_name) for s in self.out[:first_out]} != {before}
        ):
            return
        for at in sorted(self.default_reporter):
            self.out[at] = attrs.evolve(self.out[at], entity=Entity.PARTNER, entity_name=name)

    def breaks_down(self, start: int, end: int) -> bool:
        """Whether the sentence opens on a flow and names no subject of its own right after
        a partner's trade ("the oblast's trade with China exceeded $412 million. Exports came
        to almost $159 million"): the partner's flows, not the reporter's."""
        entity = self.sentence_entity
        if entity is None or entity[0] is not Entity.PARTNER or start >= end:
            return False
        if self.flows[start] is None:
            return False
        recent = self.out[-3:]
        if not recent or any(s.entity is not Entity.PARTNER for s in recent):
            return False  # (the last figures read were the partner's, not shares of ours)
        if not any(s.measure is Measure.VALUE and s.flow is FlowRole.TURNOVER for s in recent):
            return False  # (an amount of the partner's trade to break down, not a change)
        window = self.lemmas[start:end]
        return lexicon.REPORTER_WORDS.isdisjoint(window) and not any(
            w in window for w in ("всего", "целое", "общий", "total", "overall", "whole")
        )

    def quoted_on(self, start: int) -> bool:
        """Whether the sentence opens a quote that goes on with a partner's trade just read
        ("... товарооборот с Белоруссией превысит 1 млрд. «В прошлом году товарооборот был
        970 млн ...»"): the speaker's topic, not the reporter's total."""
        return (
            self.sentence_entity is not None
            and start < len(self.tokens)
            and self.tokens[start].text in ("«", '"', "„")
            and self.sentence_entity[0] in (Entity.PARTNER, Entity.GROUP)
        )

    def caused(self, start: int, end: int) -> bool:
        """Whether the sentence opens on the cause of the change just read ("Рост дали
        увеличение экспорта в 2,3 раза и импорта – на 14%"): it speaks of the same trade."""
        first = next((j for j in range(start, end) if self.tokens[j].kind == "word"), end)
        return self.lem(first) in lexicon.CHANGE_NOUNS | {"прирост"} and any(
            self.lem(j) in lexicon.CAUSE_VERBS for j in range(first + 1, min(end, first + 4))
        )
