"""regionrel: a region's foreign and interregional economic relations, modelled and audited.

Regions and their groupings, cooperation agreements and the action plans that
implement them, forums and delegation visits, and trade balances with the
indicators analysts compute from them; and an audit that checks published
figures against each other.

The public names live in submodules and are re-exported here. They are loaded
on first use (PEP 562), so that ``import regionrel`` stays cheap and never
imports pint:

>>> import regionrel
>>> regionrel.RegionrelError.__module__
'regionrel.errors'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from regionrel import gazetteer as gazetteer
    from regionrel._numbers import format_number, parse_number
    from regionrel.audit import (
        AuditResult,
        Cause,
        Diagnosis,
        Explanation,
        Finding,
        Severity,
        TradeReport,
    )
    from regionrel.dates import parse_date
    from regionrel.errors import (
        AmbiguousError,
        CurrencyMismatchError,
        MissingRateError,
        ParseError,
        RegionrelError,
        RegionrelWarning,
        UnknownRegionError,
        ValidationError,
        WrongTypeError,
    )
    from regionrel.figure_kinds import FigureKind
    from regionrel.gazetteer import Gazetteer
    from regionrel.money import Money, parse_money
    from regionrel.period_shapes import PeriodKind
    from regionrel.periods import Period, PeriodText, parse_period
    from regionrel.plots import plot_partner_shares, plot_trade_series
    from regionrel.profile import RegionRelations
    from regionrel.rates import ExchangeRate, ExchangeRates
    from regionrel.regions import GoverningBody, Region, RegionGroup, RegionKind
    from regionrel.relations.agreement import Agreement
    from regionrel.relations.deadlines import Deadline, DeadlineKind
    from regionrel.relations.events import Delegation, Event, EventKind
    from regionrel.relations.findings import (
        LifecycleWarning,
        RegistrationWarning,
        RelationsFinding,
        RelationsWarning,
    )
    from regionrel.relations.lifecycle import AgreementEvent, AgreementEventKind, AgreementStatus
    from regionrel.relations.measures import Executor, Measure, MeasureStatus
    from regionrel.relations.plans import ActionPlan, Progress
    from regionrel.relations.subjects import SubjectArea
    from regionrel.relations.terms import EntryIntoForce, EntryMode, Renewal, Term, TermKind
    from regionrel.reported import Reported, find_typos
    from regionrel.scales import Scale
    from regionrel.serialize import from_dict, to_dict
    from regionrel.tables import MissingExtraError
    from regionrel.text import (
        AgreementMention,
        Ambiguity,
        ChangeFigure,
        DateMention,
        ExceedFigure,
        Extraction,
        FigureSubject,
        FlowRole,
        ForumMention,
        MoneyFigure,
        PartnerCount,
        PartnerShare,
        PartyMention,
        PeriodMention,
        PlanMention,
        RankMention,
        RegionMention,
        Unread,
        VisitMention,
        extract,
        report_from_text,
    )
    from regionrel.trade import (
        WORLD,
        ConcentrationIndex,
        OpennessVariant,
        PartnerStructure,
        PhysicalFlow,
        RankClaim,
        Ranking,
        RankMethod,
        TradeBalance,
        TradeChange,
        TradeFlow,
        TradeSeries,
        balassa_rca,
        export_diversification,
        export_similarity,
        grubel_lloyd,
        grubel_lloyd_aggregate,
        hhi,
        hhi_normalized,
        hhi_unctad,
        rank,
        trade_intensity,
    )
    from regionrel.typos import Typo, TypoKind
    from regionrel.units import install_definitions

__version__ = "0.1.0.dev0"

# Public name -> the module that defines it. Keep in step with __all__ and the
# TYPE_CHECKING imports above; tests/test_public_api.py checks all three agree.
_EXPORTS: dict[str, str] = {
    "Agreement": "regionrel.relations.agreement",
    "AgreementEvent": "regionrel.relations.lifecycle",
    "AgreementEventKind": "regionrel.relations.lifecycle",
    "AgreementStatus": "regionrel.relations.lifecycle",
    "EntryIntoForce": "regionrel.relations.terms",
    "EntryMode": "regionrel.relations.terms",
    "LifecycleWarning": "regionrel.relations.findings",
    "RegistrationWarning": "regionrel.relations.findings",
    "RelationsFinding": "regionrel.relations.findings",
    "RelationsWarning": "regionrel.relations.findings",
    "Renewal": "regionrel.relations.terms",
    "SubjectArea": "regionrel.relations.subjects",
    "Term": "regionrel.relations.terms",
    "TermKind": "regionrel.relations.terms",
    "Delegation": "regionrel.relations.events",
    "Event": "regionrel.relations.events",
    "EventKind": "regionrel.relations.events",
    "ActionPlan": "regionrel.relations.plans",
    "Deadline": "regionrel.relations.deadlines",
    "DeadlineKind": "regionrel.relations.deadlines",
    "Executor": "regionrel.relations.measures",
    "Measure": "regionrel.relations.measures",
    "MeasureStatus": "regionrel.relations.measures",
    "Progress": "regionrel.relations.plans",
    "RegionRelations": "regionrel.profile",
    "AgreementMention": "regionrel.text",
    "Ambiguity": "regionrel.text",
    "ChangeFigure": "regionrel.text",
    "DateMention": "regionrel.text",
    "ExceedFigure": "regionrel.text",
    "Extraction": "regionrel.text",
    "FigureSubject": "regionrel.text",
    "FlowRole": "regionrel.text",
    "ForumMention": "regionrel.text",
    "MoneyFigure": "regionrel.text",
    "PartnerCount": "regionrel.text",
    "PartnerShare": "regionrel.text",
    "PartyMention": "regionrel.text",
    "PeriodMention": "regionrel.text",
    "PlanMention": "regionrel.text",
    "RankMention": "regionrel.text",
    "RegionMention": "regionrel.text",
    "Unread": "regionrel.text",
    "VisitMention": "regionrel.text",
    "extract": "regionrel.text",
    "report_from_text": "regionrel.text",
    "AuditResult": "regionrel.audit",
    "Cause": "regionrel.audit",
    "Diagnosis": "regionrel.audit",
    "Explanation": "regionrel.audit",
    "Finding": "regionrel.audit",
    "Severity": "regionrel.audit",
    "TradeReport": "regionrel.audit",
    "AmbiguousError": "regionrel.errors",
    "CurrencyMismatchError": "regionrel.errors",
    "MissingRateError": "regionrel.errors",
    "ParseError": "regionrel.errors",
    "RegionrelError": "regionrel.errors",
    "RegionrelWarning": "regionrel.errors",
    "UnknownRegionError": "regionrel.errors",
    "ValidationError": "regionrel.errors",
    "WrongTypeError": "regionrel.errors",
    "parse_date": "regionrel.dates",
    "Period": "regionrel.periods",
    "PeriodKind": "regionrel.period_shapes",
    "PeriodText": "regionrel.periods",
    "parse_period": "regionrel.periods",
    "FigureKind": "regionrel.figure_kinds",
    "Reported": "regionrel.reported",
    "Typo": "regionrel.typos",
    "TypoKind": "regionrel.typos",
    "find_typos": "regionrel.reported",
    "format_number": "regionrel._numbers",
    "parse_number": "regionrel._numbers",
    "Gazetteer": "regionrel.gazetteer",
    "GoverningBody": "regionrel.regions",
    "Region": "regionrel.regions",
    "RegionGroup": "regionrel.regions",
    "RegionKind": "regionrel.regions",
    "gazetteer": "regionrel.gazetteer",
    "Money": "regionrel.money",
    "parse_money": "regionrel.money",
    "Scale": "regionrel.scales",
    "MissingExtraError": "regionrel.tables",
    "plot_partner_shares": "regionrel.plots",
    "plot_trade_series": "regionrel.plots",
    "from_dict": "regionrel.serialize",
    "to_dict": "regionrel.serialize",
    "ExchangeRate": "regionrel.rates",
    "ExchangeRates": "regionrel.rates",
    "install_definitions": "regionrel.units",
    "ConcentrationIndex": "regionrel.trade",
    "OpennessVariant": "regionrel.trade",
    "PartnerStructure": "regionrel.trade",
    "PhysicalFlow": "regionrel.trade",
    "RankClaim": "regionrel.trade",
    "RankMethod": "regionrel.trade",
    "Ranking": "regionrel.trade",
    "TradeBalance": "regionrel.trade",
    "WORLD": "regionrel.trade",
    "TradeChange": "regionrel.trade",
    "TradeFlow": "regionrel.trade",
    "TradeSeries": "regionrel.trade",
    "balassa_rca": "regionrel.trade",
    "export_diversification": "regionrel.trade",
    "export_similarity": "regionrel.trade",
    "grubel_lloyd": "regionrel.trade",
    "grubel_lloyd_aggregate": "regionrel.trade",
    "hhi": "regionrel.trade",
    "hhi_normalized": "regionrel.trade",
    "hhi_unctad": "regionrel.trade",
    "rank": "regionrel.trade",
    "trade_intensity": "regionrel.trade",
}

__all__ = [
    "ActionPlan",
    "Agreement",
    "AgreementEvent",
    "AgreementEventKind",
    "AgreementMention",
    "AgreementStatus",
    "Ambiguity",
    "AmbiguousError",
    "AuditResult",
    "Cause",
    "ChangeFigure",
    "ConcentrationIndex",
    "CurrencyMismatchError",
    "DateMention",
    "Deadline",
    "DeadlineKind",
    "Delegation",
    "Diagnosis",
    "EntryIntoForce",
    "EntryMode",
    "Event",
    "EventKind",
    "ExceedFigure",
    "ExchangeRate",
    "ExchangeRates",
    "Executor",
    "Explanation",
    "Extraction",
    "FigureKind",
    "FigureSubject",
    "Finding",
    "FlowRole",
    "ForumMention",
    "Gazetteer",
    "GoverningBody",
    "LifecycleWarning",
    "Measure",
    "MeasureStatus",
    "MissingExtraError",
    "MissingRateError",
    "Money",
    "MoneyFigure",
    "OpennessVariant",
    "ParseError",
    "PartnerCount",
    "PartnerShare",
    "PartnerStructure",
    "PartyMention",
    "Period",
    "PeriodKind",
    "PeriodMention",
    "PeriodText",
    "PhysicalFlow",
    "PlanMention",
    "Progress",
    "RankClaim",
    "RankMention",
    "RankMethod",
    "Ranking",
    "Region",
    "RegionGroup",
    "RegionKind",
    "RegionMention",
    "RegionRelations",
    "RegionrelError",
    "RegionrelWarning",
    "RegistrationWarning",
    "RelationsFinding",
    "RelationsWarning",
    "Renewal",
    "Reported",
    "Scale",
    "Severity",
    "SubjectArea",
    "Term",
    "TermKind",
    "TradeBalance",
    "TradeChange",
    "TradeFlow",
    "TradeReport",
    "TradeSeries",
    "Typo",
    "TypoKind",
    "UnknownRegionError",
    "Unread",
    "ValidationError",
    "VisitMention",
    "WORLD",
    "WrongTypeError",
    "balassa_rca",
    "export_diversification",
    "export_similarity",
    "extract",
    "find_typos",
    "format_number",
    "from_dict",
    "gazetteer",
    "grubel_lloyd",
    "grubel_lloyd_aggregate",
    "hhi",
    "hhi_normalized",
    "hhi_unctad",
    "install_definitions",
    "parse_date",
    "parse_money",
    "parse_number",
    "parse_period",
    "plot_partner_shares",
    "plot_trade_series",
    "rank",
    "report_from_text",
    "to_dict",
    "trade_intensity",
]


def __getattr__(name: str) -> Any:
    try:
        module_name = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'regionrel' has no attribute {name!r}") from None
    module = importlib.import_module(module_name)
    # An entry whose module is regionrel.<name> exports that module itself.
    value = module if module_name == f"{__name__}.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
