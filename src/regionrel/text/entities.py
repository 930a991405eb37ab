"""Whose a figure is, by the words before it: the reporter, a partner, a group, the country,
a goods group.

:class:`EntityReader` adds to :class:`regionrel.text.clues.ClueReader` the one question
:class:`regionrel.text.attribution.StatementReader` asks of the words between a figure and
the figure before it: whose figure is this? The rules look at prepositions, capitalised
names the gazetteer knows, possessives, group words ("СНГ", "far abroad"), goods words
and the country's own totals ("по России в целом", "экспорт России").
"""

from __future__ import annotations

from typing import Final

from regionrel.regions import RegionKind
from regionrel.text import lexicon
from regionrel.text.figure_phrases import FigurePhrase
from regionrel.text.items import FlowRole
from regionrel.text.lookup import find_region
from regionrel.text.statement_model import Entity
from regionrel.text.tokens import Token, direction_case
from regionrel.text.topics import TopicReader

__all__ = ["EntityReader"]

#: Prepositions that make "страны ..." / "countries ..." after them the partners of a flow
#: ("со странами СНГ", "в страны Европы", "из стран ЕАЭС"): a group.
_GROUP_PREPOSITIONS: Final = frozenset({"с", "со", "with", "в", "во", "to", "из", "from"})

#: The lemmas of the words :meth:`EntityReader.entity` may take a small word for (a
#: group, a country, a pronoun, goods, "between", "other", "whole"); every other word it
#: takes is capitalised. A rule of ``entity`` for another small word adds it here.
_ENTITY_WORDS: Final = (
    lexicon.GROUP_WORDS
    | lexicon.COUNTRY_NAMES
    | lexicon.PRONOUNS
    | (lexicon.GOODS_WORDS - lexicon.GENERIC_GOODS)
    | {"between", "между", "другой", "other", "целое", "россия", "whole", "страна", "country"}
    | {"china"}
    | lexicon.COUNTRY_NAMES_RU
    | {"there", "туда", "оттуда", "nationwide", "national", "border"}
)


def _entity_cue(token: Token, low: str) -> bool:
    """Whether :meth:`EntityReader.entity` may take the word *token* (lemma *low*) at all."""
    return low in _ENTITY_WORDS or token.capitalized


class EntityReader(TopicReader):
    """The entity of a figure, read from the words before it (see the module)."""

    def sent_to(self, j: int) -> bool:
        """Whether the country at *j*, after "в", is where goods go ("в Китай ... экспорт")."""
        if self.locale != "ru" or self.lem(j - 1) != "в":
            return False
        region = find_region(self.tokens[j].text)
        return (
            region is not None
            and region.kind is RegionKind.COUNTRY
            and direction_case(self.tokens[j].text)
        )

    def entity(self, start: int, stop: int, flow_at: int, fig: FigurePhrase) -> tuple[Entity, str]:
        """Whose the figure *fig* is, by the tokens from *start* to *stop* before it.

        *flow_at* is where its flow is named (-1 if nowhere); the reporter unless a rule
        below names another entity, with the words that name it.
        """
        toks = self.tokens
        flow = self.flows[flow_at] if flow_at >= 0 else None
        named = self.place_before(fig)
        if named is not None:
            return Entity.PARTNER, named  # "за ними Турция ($650 млн)": a partner's figure
        for j in range(start, stop):
            tok = toks[j]
            low = self.lemmas[j]
            if not _entity_cue(tok, low):
                continue  # a word no rule below takes (most words)
            if low in lexicon.CURRENCY_WORDS:
                continue  # "to RMB11.44 billion": a currency, not a partner's name
            if low in lexicon.GROUP_WORDS:
                if self.whole_world(j):
                    continue  # trade with the near and the far abroad: all of it
                return Entity.GROUP, self.group_name(j, stop) or tok.text
            if self.locale == "en" and self.possessive_at(j) and self.other_possessor(j):
                return Entity.PARTNER, tok.text  # "..., while Heilongjiang province's ..."
            if low == self.reporter_stem() and self.lem(j + 1) in lexicon.REPORTER_WORDS:
                continue  # "exports ... from the Sakhalin region": the reporter's own
            if self.other_subject(j):
                return Entity.PARTNER, tok.text
            if low == "there" and self.flows[j - 1] is not None:
                return Entity.PARTNER, tok.text  # "China ...: its exports there grew 6%"
            if low == "nationwide" or (
                low == "national" and self.lem(j + 1) in ("trade", "total")
            ):
                return Entity.COUNTRY, tok.text  # "Nationwide, foreign trade grew 3.4 percent"
            prep = self.lem(j - 1)
            if low in lexicon.COUNTRY_NAMES_RU and j >= 1 and self.flows[j - 1] is not None:
                return Entity.COUNTRY, tok.text  # "экспорт России снизился": the country's
            if (
                prep == "of"
                and tok.capitalized
                and self.lem(j + 1) in lexicon.GENERIC_GOODS | {"product"}
                and self.lem(j - 2) in ("export", "import")
                and self.named_elsewhere(j)
            ):
                return Entity.PARTNER, tok.text  # "imports of Chinese goods": from China
            if (
                prep in ("в", "на", "у", "с", "со")
                and tok.capitalized
                and self.lem(j + 1) in lexicon.REPORTER_WORDS
                and low not in lexicon.REPORTER_WORDS
                and self.reporter_stem()
                and low != self.stem
            ):
                # "в Новосибирской области он составил ...": another region than the reporter
                return Entity.PARTNER, tok.text
            if flow is FlowRole.IMPORTS and prep in ("в", "into") and j > flow_at:
                continue  # "импорт товаров в Карелию": the reporter is where imports go
            if low in ("between", "между"):
                for x in range(j + 1, min(stop, j + 14)):
                    if (
                        self.lem(x) in ("and", "и")
                        and x + 1 < stop
                        and toks[x + 1].capitalized
                        and self.lemmas[x + 1] not in lexicon.MONTHS  # "Between January and May"
                    ):
                        return Entity.PARTNER, toks[x + 1].text
            if low in ("другой", "other") and self.lem(j + 1) in ("регион", "region", "субъект"):
                return Entity.GROUP, "other regions"
            if prep in ("с", "со", "with") and low in lexicon.PRONOUNS:
                return Entity.PARTNER, tok.text
            if low in ("туда", "оттуда"):
                return Entity.PARTNER, tok.text  # "Италия: туда отправлено товаров на 580,6 млн"
            if (
                low in ("страна", "государство")
                and prep in ("этот", "тот", "данный")
                and self.lem(j - 2) in ("с", "со")
            ):
                return Entity.PARTNER, tok.text  # "товарооборот с этой страной"
            if (
                tok.capitalized
                and j > start
                and prep in ("с", "со", "with", "в", "to", "between", "на", "у")
                and (low not in lexicon.REPORTER_WORDS or prep in ("с", "со", "with"))
                and not lexicon.EXCLUDING.intersection(self.lemmas[max(start, j - 5) : j])
            ):
                if low in lexicon.MONTHS or self.lem(j + 1) in lexicon.REPORTER_WORDS:
                    continue
                if prep in ("в", "на", "to") and j < flow_at and not self.sent_to(j):
                    continue  # ("в Татарстане экспорт": where; "в Китай ... экспорт": whither)
                if prep in ("в", "на") and (
                    self.lem(j + 1) in ("году", "год")
                    or (tok.text.isupper() and find_region(tok.text) is None)
                ):
                    continue
                return Entity.PARTNER, tok.text
            if tok.capitalized and prep in ("the",) and self.lem(j - 2) in ("with", "to", "from"):
                if (
                    self.lem(j - 2) == "from"
                    and self.lem(j - 3) == "export"
                    and self.lem(j + 1) in lexicon.REPORTER_WORDS
                ):
                    continue  # "exports from the Kurgan region": the reporter's own
                return Entity.PARTNER, tok.text
            if (
                prep in ("из", "from")
                and tok.capitalized
                and (
                    self.lem(j - 2) in ("импорт", "import", "ввоз")
                    # "больше всего импорта поступает из Китая – 19%"
                    or (flow is FlowRole.IMPORTS and 0 <= flow_at < j - 1 <= flow_at + 3)
                )
                and self.lem(j + 1) not in lexicon.REPORTER_WORDS
            ):
                return Entity.PARTNER, tok.text
            if (
                low == "целое"
                and {self.lem(j - 2), self.lem(j - 3)} & {"россия", "страна", "рф", "country"}
            ) or (low == "россия" and prep == "по"):
                return (
                    Entity.COUNTRY,
                    tok.text,
                )  # "по России в целом" ("в целом же" alone: all of the reporter's)
            if (
                low in lexicon.COUNTRY_NAMES
                and prep == "of"
                and self.flows[j - 2] is not None
                and self.lem(j + 2) != "s"  # "of Uzbekistan's Fergana region": a region's
            ):
                return Entity.COUNTRY, tok.text  # "foreign trade turnover of Belarus"
            if (
                low == "whole"
                and prep == "a"
                and self.lem(j - 2) == "as"
                and lexicon.REPORTER_WORDS.isdisjoint(
                    self.lemmas[max(0, min(start, flow_at if flow_at >= 0 else start) - 4) : j]
                )
            ):
                # "Russia's foreign trade as a whole"; "the region's foreign trade as a
                # whole" is the reporter's own total
                return Entity.COUNTRY, tok.text
            if (
                low in lexicon.COUNTRY_NAMES
                and not toks[j - 1].capitalized  # "Inner Mongolia's" is a region's name
                and j + 3 < stop
                and toks[j + 1].text in ("'", "’")
                and self.lem(j + 2) == "s"
                and not toks[j + 3].capitalized
                and lexicon.REPORTER_WORDS.isdisjoint(self.lemmas[j + 3 : min(stop, j + 8)])
                and not self.in_apposition(j)
            ):
                # "Russia's foreign trade", not "Russia's Tatarstan", "China's northernmost province"
                return Entity.COUNTRY, tok.text
            if self.locale == "en" and self.names_subject(j) and self.other_first_subject(j):
                return (
                    Entity.PARTNER,
                    tok.text,
                )  # ". Dalian came first with", "and Shenyang exported"
            if low in ("страна", "country") and prep in _GROUP_PREPOSITIONS:
                if self.whole_world(j + 1):
                    continue
                named = self.group_name(j + 1, stop)
                return Entity.GROUP, named or " ".join(t.text for t in toks[j : min(stop, j + 3)])
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
                if not lexicon.REPORTER_WORDS.isdisjoint(self.lemmas[j + 1 : min(stop, j + 6)]):
                    continue  # "China's northernmost province": the reporter, described
                place_at = j + 1 if low.endswith("'s") else j + 3
                if (
                    place_at < len(toks)
                    and toks[place_at].capitalized
                    and self.flows[place_at] is None
                    and self.lemmas[place_at] not in lexicon.GOODS_WORDS
                ):
                    continue  # "northwest China's Xinjiang Uygur ...": a place in the country
                if self.in_apposition(j):
                    continue  # "Yunnan Province, on China's southwest border,": where it is
                return Entity.COUNTRY, tok.text
            if low in lexicon.GOODS_WORDS and low not in lexicon.GENERIC_GOODS:
                if 0 <= flow_at < j and self.composition_aside(flow_at, j):
                    continue  # "Exports, mostly machinery and shoes, came to ...": all of them
                if low == "услуга" and prep == "и" and self.lem(j - 2) == "товар":
                    continue  # "экспорт товаров и услуг": all of it
                if self.all_goods(j):
                    continue  # "goods and services", "exported products worth ...": all of it
                if low == "border" and self.flows[j + 1] is None:
                    continue  # "on China's southwest border": a place, not border trade
                if low == "foreign" and self.lem(j + 1) in ("trade", "-", "economic"):
                    continue
                if low == "foreign" and self.lem(j + 1) != "invest":
                    continue
                if low in ("product", "продукция") and self.lem(j + 1) in ("из",):
                    continue
                if low == "продукция" and flow_at >= 0 and j < flow_at:
                    continue
                if low == "продукция" and not self.qualified_products(j):
                    continue  # "экспорт продукции пензенских предприятий": all of it
                return Entity.GOODS, tok.text
        return Entity.REPORTER, ""
