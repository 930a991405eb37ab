"""The records of the reader corpus: paragraphs, their expected figures, items and errors.

A :class:`Paragraph` is one paragraph of a real published release about a region's
foreign trade, written again in our own words with every figure kept as published.
It carries what a careful analyst reads from it:

* ``figures``: the reporter's own figures for the main period, each a :class:`Figure`
  named as :class:`regionrel.TradeReport` names its keyword figures (``turnover``,
  ``exports_growth``, ``imports_index``, ``balance_previous``,
  ``exports_exceed_imports_by``, ``partner_count``, ...) or by one of the corpus
  names in :data:`CORPUS_NAMES` for what the audit cannot hold yet;
* ``items``: everything else the paragraph states, typed (:class:`Item`): another
  entity's figures (a partner country, a partner group, the country, a district,
  a goods group), other measures (physical volume, counts, ranks, shares) and other
  periods;
* ``errors``: what is wrong in the release as published (:class:`Error`), checked by
  hand and by arithmetic; no errors means the paragraph is consistent.

The split is fixed by a stable rule on the id (:func:`split_of`): the first byte of
``sha256("corpus-28:" + id)``, below 179 (70% of 256), is "dev", otherwise "test".
The salt was chosen once, when the corpus had 73 paragraphs, among "corpus-0" to
"corpus-39" as the one that split both languages closest to 70/30; it is never
changed, so a paragraph keeps its split and new paragraphs fall where the hash puts
them. Rule writers look at "dev" only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Final, Literal

from regionrel.audit.report import KEYWORD_FIGURES

__all__ = [
    "AUDIT_NAMES",
    "CORPUS_NAMES",
    "Error",
    "Figure",
    "Item",
    "Paragraph",
    "split_of",
]

#: Figure names the audit (``TradeReport``) knows as keywords.
AUDIT_NAMES: Final = frozenset(KEYWORD_FIGURES)

#: Figure names of the reporter's own figures that the audit cannot hold yet:
#: ``<flow>_share`` is the flow's share of turnover ("42.2%"); ``<flow>_fall`` a fall
#: stated as a multiple ("в 2,2 раза меньше": "2.2 times"); ``<flow>_change`` an
#: absolute change against the previous period, an amount in the paragraph's scale
#: ("на 311 млн больше": "+311").
CORPUS_NAMES: Final = frozenset(
    {
        "exports_share",
        "imports_share",
        "turnover_fall",
        "exports_fall",
        "imports_fall",
        "turnover_change",
        "exports_change",
        "imports_change",
        "balance_change",
    }
)

Qualifier = Literal["", "about", "over", "under", "almost"]
ErrorKind = Literal["arithmetic", "conflict", "scale", "currency", "period", "garbled", "item"]

_DEV_BELOW: Final = 179
_SALT: Final = "corpus-28:"


def split_of(paragraph_id: str) -> Literal["dev", "test"]:
    """The split of a paragraph: "dev" when the first byte of sha256("corpus-28:" + id) is below 179."""
    first = hashlib.sha256((_SALT + paragraph_id).encode("utf-8")).digest()[0]
    return "dev" if first < _DEV_BELOW else "test"


@dataclass(frozen=True)
class Figure:
    """One of the reporter's figures for the main period."""

    #: A name of :data:`AUDIT_NAMES` or :data:`CORPUS_NAMES`.
    name: str
    #: The words of the paragraph that state it ("$2 млрд 932,7 млн", "в 1,7 раза").
    published: str
    #: The value as the audit reads it, in the paragraph's currency and scale, written
    #: in English notation with the published precision kept: "2932.7", "-42.2",
    #: "+26.8%", "-7.4%", "134.5%" (for an ``*_index``), "1.7 times".
    value: str
    #: "" for a rounded figure; "about", "over", "under" or "almost" for a bound.
    qualifier: Qualifier = ""


@dataclass(frozen=True)
class Item:
    """A statement that is not one of the reporter's main-period figures."""

    #: Whose figure: "reporter", "country:RU", "partner:CN", "group:CIS",
    #: "group:far abroad", "goods:metals", "district:Volga", "region:Novosibirsk", ...
    entity: str
    #: What it measures: "value", "growth", "index", "fall", "change", "share", "rank",
    #: "count", "physical", "physical growth", "previous".
    measure: str
    #: The flow or the base: "turnover", "exports", "imports", "balance", or "" when
    #: the measure has none (a count of companies).
    flow: str
    #: The period when it is not the main one ("2011", "январь-май"); "" for the main.
    period: str
    #: The words of the paragraph that state it.
    text: str


@dataclass(frozen=True)
class Error:
    """A figure of the release that is wrong as published."""

    #: The figure's name, or "item:<entity>:<measure>" for an item.
    figure: str
    #: The value as published.
    published: str
    #: What the other figures give ("564.4"), or a description when no value follows.
    expected: str
    kind: ErrorKind
    #: Why, with the arithmetic.
    reason: str
    #: Other figures whose single correction would equally repair the paragraph.
    alternatives: tuple[str, ...] = ()
    #: Whether the audit, given the paragraph's figures by hand, can state this error.
    audit: bool = False


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a real release, rewritten in our own words, with what it says."""

    id: str
    language: Literal["ru", "en"]
    #: The reporter: a region, district, customs area or province, as the paragraph names it.
    region: str
    #: ISO 3166-1 alpha-2 code of the reporter's country.
    country: str
    #: The year of the main period (None when the release does not say).
    year: int | None
    #: The main period in words ("январь-июнь 2019", "2021", "Q1 2022").
    period: str
    currency: str
    #: The scale of the amounts in ``figures``: "unit", "thousand", "million", "billion" or
    #: "trillion".
    scale: str
    source_url: str
    text: str
    figures: tuple[Figure, ...]
    items: tuple[Item, ...] = ()
    errors: tuple[Error, ...] = ()
    note: str = ""
    split: Literal["dev", "test"] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "split", split_of(self.id))

    @property
    def verdict(self) -> str:
        """ "consistent", or "inconsistent: <figure>, ..." naming each wrong figure."""
        if not self.errors:
            return "consistent"
        return "inconsistent: " + ", ".join(e.figure for e in self.errors)

    @property
    def reporter_errors(self) -> tuple[Error, ...]:
        """The errors in the reporter's own figures (not in items)."""
        return tuple(e for e in self.errors if not e.figure.startswith("item:"))
