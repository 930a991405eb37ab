"""The audit: published trade figures checked against each other, errors located and explained.

:class:`TradeReport` holds the figures, each named by a :class:`FigureKey`; :meth:`TradeReport.audit` returns an
:class:`AuditResult` with the broken rules, the minimal sets of suspect
figures (Fellegi-Holt), their diagnoses (typing, sign, scale and rounding
slips) and the suggested values.
"""

from __future__ import annotations

from regionrel.audit.intervals import Interval
from regionrel.audit.keys import FigureKey, Measure
from regionrel.audit.report import TradeReport
from regionrel.audit.result import AuditResult, Cause, Diagnosis, Explanation, Finding, Severity

__all__ = [
    "AuditResult",
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
