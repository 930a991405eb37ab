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
    # Each public name, imported "as" itself so that type checkers see it re-exported;
    # _EXPORTS below says where __getattr__ finds it at run time.
    from regionrel import gazetteer as gazetteer
    from regionrel._numbers import format_number as format_number
    from regionrel._numbers import parse_number as parse_number
    from regionrel.audit import AuditResult as AuditResult
    from regionrel.audit import Cause as Cause
    from regionrel.audit import Diagnosis as Diagnosis
    from regionrel.audit import Explanation as Explanation
    from regionrel.audit import FigureKey as FigureKey
    from regionrel.audit import Finding as Finding
    from regionrel.audit import Severity as Severity
    from regionrel.audit import TradeReport as TradeReport
    from regionrel.dates import DatePrecision as DatePrecision
    from regionrel.dates import PartialDate as PartialDate
    from regionrel.dates import parse_date as parse_date
    from regionrel.errors import AmbiguousError as AmbiguousError
    from regionrel.errors import AmbiguousRegionError as AmbiguousRegionError
    from regionrel.errors import CurrencyMismatchError as CurrencyMismatchError
    from regionrel.errors import LifecycleWarning as LifecycleWarning
    from regionrel.errors import MissingRateError as MissingRateError
    from regionrel.errors import ParseError as ParseError
    from regionrel.errors import RegionrelError as RegionrelError
    from regionrel.errors import RegionrelWarning as RegionrelWarning
    from regionrel.errors import RegistrationWarning as RegistrationWarning
    from regionrel.errors import RelationsWarning as RelationsWarning
    from regionrel.errors import UnknownRegionError as UnknownRegionError
    from regionrel.errors import ValidationError as ValidationError
    from regionrel.errors import WrongTypeError as WrongTypeError
    from regionrel.figure_kinds import FigureKind as FigureKind
    from regionrel.gazetteer import Gazetteer as Gazetteer
    from regionrel.money import Money as Money
    from regionrel.money import parse_money as parse_money
    from regionrel.period_shapes import PeriodKind as PeriodKind
    from regionrel.periods import Period as Period
    from regionrel.periods import PeriodText as PeriodText
    from regionrel.periods import parse_period as parse_period
    from regionrel.plots import plot_partner_shares as plot_partner_shares
    from regionrel.plots import plot_trade_series as plot_trade_series
    from regionrel.profile import RegionRelations as RegionRelations
    from regionrel.rates import ExchangeRate as ExchangeRate
    from regionrel.rates import ExchangeRates as ExchangeRates
    from regionrel.regions import GoverningBody as GoverningBody
    from regionrel.regions import Region as Region
    from regionrel.regions import RegionGroup as RegionGroup
    from regionrel.regions import RegionKind as RegionKind
    from regionrel.relations.agreement import Agreement as Agreement
    from regionrel.relations.deadlines import Deadline as Deadline
    from regionrel.relations.deadlines import DeadlineKind as DeadlineKind
    from regionrel.relations.events import Delegation as Delegation
    from regionrel.relations.events import Event as Event
    from regionrel.relations.events import EventKind as EventKind
    from regionrel.relations.findings import RelationsFinding as RelationsFinding
    from regionrel.relations.lifecycle import AgreementEvent as AgreementEvent
    from regionrel.relations.lifecycle import AgreementEventKind as AgreementEventKind
    from regionrel.relations.lifecycle import AgreementStatus as AgreementStatus
    from regionrel.relations.lifecycle import Ending as Ending
    from regionrel.relations.lifecycle import EndingKind as EndingKind
    from regionrel.relations.measures import Executor as Executor
    from regionrel.relations.measures import Measure as Measure
    from regionrel.relations.measures import MeasureStatus as MeasureStatus
    from regionrel.relations.measures import Occurrence as Occurrence
    from regionrel.relations.notices import NoticeWindow as NoticeWindow
    from regionrel.relations.plans import ActionPlan as ActionPlan
    from regionrel.relations.plans import Progress as Progress
    from regionrel.relations.subjects import SubjectArea as SubjectArea
    from regionrel.relations.terms import EntryIntoForce as EntryIntoForce
    from regionrel.relations.terms import EntryMode as EntryMode
    from regionrel.relations.terms import Renewal as Renewal
    from regionrel.relations.terms import Term as Term
    from regionrel.relations.terms import TermKind as TermKind
    from regionrel.reported import Reported as Reported
    from regionrel.reported import find_typos as find_typos
    from regionrel.scales import Scale as Scale
    from regionrel.serialize import from_dict as from_dict
    from regionrel.serialize import to_dict as to_dict
    from regionrel.tables import MissingExtraError as MissingExtraError
    from regionrel.text import AgreementMention as AgreementMention
    from regionrel.text import Ambiguity as Ambiguity
    from regionrel.text import ChangeFigure as ChangeFigure
    from regionrel.text import DateMention as DateMention
    from regionrel.text import ExceedFigure as ExceedFigure
    from regionrel.text import Extraction as Extraction
    from regionrel.text import FigureSubject as FigureSubject
    from regionrel.text import FlowRole as FlowRole
    from regionrel.text import ForumMention as ForumMention
    from regionrel.text import MoneyFigure as MoneyFigure
    from regionrel.text import PartnerCount as PartnerCount
    from regionrel.text import PartnerShare as PartnerShare
    from regionrel.text import PartyMention as PartyMention
    from regionrel.text import PeriodMention as PeriodMention
    from regionrel.text import PlanMention as PlanMention
    from regionrel.text import RankMention as RankMention
    from regionrel.text import RegionMention as RegionMention
    from regionrel.text import Unread as Unread
    from regionrel.text import VisitMention as VisitMention
    from regionrel.text import extract as extract
    from regionrel.text import report_from_text as report_from_text
    from regionrel.trade import WORLD as WORLD
    from regionrel.trade import ConcentrationIndex as ConcentrationIndex
    from regionrel.trade import OpennessVariant as OpennessVariant
    from regionrel.trade import PartnerStructure as PartnerStructure
    from regionrel.trade import PhysicalFlow as PhysicalFlow
    from regionrel.trade import RankClaim as RankClaim
    from regionrel.trade import Ranking as Ranking
    from regionrel.trade import RankMethod as RankMethod
    from regionrel.trade import TradeBalance as TradeBalance
    from regionrel.trade import TradeChange as TradeChange
    from regionrel.trade import TradeFlow as TradeFlow
    from regionrel.trade import TradeSeries as TradeSeries
    from regionrel.trade import balassa_rca as balassa_rca
    from regionrel.trade import export_diversification as export_diversification
    from regionrel.trade import export_similarity as export_similarity
    from regionrel.trade import grubel_lloyd as grubel_lloyd
    from regionrel.trade import grubel_lloyd_aggregate as grubel_lloyd_aggregate
    from regionrel.trade import hhi as hhi
    from regionrel.trade import hhi_normalized as hhi_normalized
    from regionrel.trade import hhi_unctad as hhi_unctad
    from regionrel.trade import rank as rank
    from regionrel.trade import trade_intensity as trade_intensity
    from regionrel.typos import Typo as Typo
    from regionrel.typos import TypoKind as TypoKind
    from regionrel.units import install_definitions as install_definitions

__version__ = "0.1.0.dev0"

# Public name -> the module that defines it: the second and last list of the public names
# (__all__ is made from it). tests/test_public_api.py checks it against the imports above.
_EXPORTS: dict[str, str] = {
    "format_number": "regionrel._numbers",
    "parse_number": "regionrel._numbers",
    "AuditResult": "regionrel.audit",
    "Cause": "regionrel.audit",
    "Diagnosis": "regionrel.audit",
    "Explanation": "regionrel.audit",
    "FigureKey": "regionrel.audit",
    "Finding": "regionrel.audit",
    "Severity": "regionrel.audit",
    "TradeReport": "regionrel.audit",
    "DatePrecision": "regionrel.dates",
    "PartialDate": "regionrel.dates",
    "parse_date": "regionrel.dates",
    "AmbiguousError": "regionrel.errors",
    "AmbiguousRegionError": "regionrel.errors",
    "CurrencyMismatchError": "regionrel.errors",
    "LifecycleWarning": "regionrel.errors",
    "MissingRateError": "regionrel.errors",
    "ParseError": "regionrel.errors",
    "RegionrelError": "regionrel.errors",
    "RegionrelWarning": "regionrel.errors",
    "RegistrationWarning": "regionrel.errors",
    "RelationsWarning": "regionrel.errors",
    "UnknownRegionError": "regionrel.errors",
    "ValidationError": "regionrel.errors",
    "WrongTypeError": "regionrel.errors",
    "FigureKind": "regionrel.figure_kinds",
    "Gazetteer": "regionrel.gazetteer",
    "gazetteer": "regionrel.gazetteer",
    "Money": "regionrel.money",
    "parse_money": "regionrel.money",
    "PeriodKind": "regionrel.period_shapes",
    "Period": "regionrel.periods",
    "PeriodText": "regionrel.periods",
    "parse_period": "regionrel.periods",
    "plot_partner_shares": "regionrel.plots",
    "plot_trade_series": "regionrel.plots",
    "RegionRelations": "regionrel.profile",
    "ExchangeRate": "regionrel.rates",
    "ExchangeRates": "regionrel.rates",
    "GoverningBody": "regionrel.regions",
    "Region": "regionrel.regions",
    "RegionGroup": "regionrel.regions",
    "RegionKind": "regionrel.regions",
    "Agreement": "regionrel.relations.agreement",
    "Deadline": "regionrel.relations.deadlines",
    "DeadlineKind": "regionrel.relations.deadlines",
    "Delegation": "regionrel.relations.events",
    "Event": "regionrel.relations.events",
    "EventKind": "regionrel.relations.events",
    "RelationsFinding": "regionrel.relations.findings",
    "AgreementEvent": "regionrel.relations.lifecycle",
    "AgreementEventKind": "regionrel.relations.lifecycle",
    "AgreementStatus": "regionrel.relations.lifecycle",
    "Ending": "regionrel.relations.lifecycle",
    "EndingKind": "regionrel.relations.lifecycle",
    "Executor": "regionrel.relations.measures",
    "Measure": "regionrel.relations.measures",
    "MeasureStatus": "regionrel.relations.measures",
    "Occurrence": "regionrel.relations.measures",
    "NoticeWindow": "regionrel.relations.notices",
    "ActionPlan": "regionrel.relations.plans",
    "Progress": "regionrel.relations.plans",
    "SubjectArea": "regionrel.relations.subjects",
    "EntryIntoForce": "regionrel.relations.terms",
    "EntryMode": "regionrel.relations.terms",
    "Renewal": "regionrel.relations.terms",
    "Term": "regionrel.relations.terms",
    "TermKind": "regionrel.relations.terms",
    "Reported": "regionrel.reported",
    "find_typos": "regionrel.reported",
    "Scale": "regionrel.scales",
    "from_dict": "regionrel.serialize",
    "to_dict": "regionrel.serialize",
    "MissingExtraError": "regionrel.tables",
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
    "ConcentrationIndex": "regionrel.trade",
    "OpennessVariant": "regionrel.trade",
    "PartnerStructure": "regionrel.trade",
    "PhysicalFlow": "regionrel.trade",
    "RankClaim": "regionrel.trade",
    "RankMethod": "regionrel.trade",
    "Ranking": "regionrel.trade",
    "TradeBalance": "regionrel.trade",
    "TradeChange": "regionrel.trade",
    "TradeFlow": "regionrel.trade",
    "TradeSeries": "regionrel.trade",
    "WORLD": "regionrel.trade",
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
    "Typo": "regionrel.typos",
    "TypoKind": "regionrel.typos",
    "install_definitions": "regionrel.units",
}

__all__ = sorted(_EXPORTS)


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
