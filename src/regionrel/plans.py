"""Action plans under their first import path: a re-export of :mod:`regionrel.relations.plans`.

>>> import regionrel.relations.plans
>>> ActionPlan is regionrel.relations.plans.ActionPlan
True
"""

from __future__ import annotations

from regionrel.relations.plans import (
    ActionPlan,
    Deadline,
    DeadlineKind,
    Executor,
    Measure,
    MeasureStatus,
    Progress,
    agreements_without_plan,
    plans_by_agreement,
)

__all__ = [
    "ActionPlan",
    "Deadline",
    "DeadlineKind",
    "Executor",
    "Measure",
    "MeasureStatus",
    "Progress",
    "agreements_without_plan",
    "plans_by_agreement",
]
