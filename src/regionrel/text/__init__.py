"""Reading published report prose, in English translation or in Russian, into the model.

:func:`extract` returns an :class:`Extraction`: money figures with their roles,
growth rates and indices tied to their figures, partner counts and shares, ranks,
periods, dates, regions, agreements, action plans, forums and delegation visits,
each with its span in the text, and the sentences it did not understand.
:func:`report_from_text` builds an auditable ``TradeReport`` from the trade part.
"""

from __future__ import annotations

from regionrel.text.extraction import Extraction
from regionrel.text.items import (
    AgreementMention,
    Ambiguity,
    ChangeFigure,
    DateMention,
    Direction,
    ExceedFigure,
    FigureSubject,
    FlowRole,
    ForumMention,
    MoneyFigure,
    PartnerCount,
    PartnerShare,
    PartyMention,
    PeriodMention,
    PeriodRole,
    PlanMention,
    RankMention,
    RegionMention,
    SubjectKind,
    Unread,
    VisitMention,
)
from regionrel.text.reader import extract
from regionrel.text.report import report_from_extraction, report_from_text
from regionrel.text.sentences import Sentence, split_sentences

__all__ = [
    "AgreementMention",
    "Ambiguity",
    "ChangeFigure",
    "DateMention",
    "Direction",
    "ExceedFigure",
    "Extraction",
    "FigureSubject",
    "FlowRole",
    "ForumMention",
    "MoneyFigure",
    "PartnerCount",
    "PartnerShare",
    "PartyMention",
    "PeriodMention",
    "PeriodRole",
    "PlanMention",
    "RankMention",
    "RegionMention",
    "Sentence",
    "SubjectKind",
    "Unread",
    "VisitMention",
    "extract",
    "report_from_extraction",
    "report_from_text",
    "split_sentences",
]
