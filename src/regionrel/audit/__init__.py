"""The audit: published trade figures checked against each other, errors located and explained.

:class:`TradeReport` holds the figures, each named by a :class:`FigureKey`; :meth:`TradeReport.audit` returns an
:class:`AuditResult` with the broken rules, the minimal sets of suspect
figures (Fellegi-Holt), their diagnoses (typing, sign, scale and rounding
slips) and the suggested values. A figure may be published as one side of a range
("over $5 billion") or as approximate ("about $3 billion"): its :class:`Bound`.
"""

from __future__ import annotations

from regionrel.audit.figures import Bound
from regionrel.audit.intervals import Interval
from regionrel.audit.keys import FigureKey, Measure
from regionrel.audit.report import TradeReport
from regionrel.audit.result import AuditResult, Cause, Diagnosis, Explanation, Finding, Severity

__all__ = [
    "AuditResult",
    "Bound",
    "Cause",
    "Diagnosis",
    "Explanation",
    "FigureKey",
    "Finding",
    "Interval",
    "Measure",
    "Severity",
    "TradeReport",
]
