"""Agreements under their first import path: a re-export of :mod:`regionrel.relations`.

The classes live in the relations package, one idea a module
(:mod:`~regionrel.relations.agreement`, :mod:`~regionrel.relations.terms`,
:mod:`~regionrel.relations.lifecycle`, :mod:`~regionrel.relations.subjects`,
:mod:`~regionrel.relations.findings`); ``from regionrel.agreements import Agreement``
keeps working and gives the same objects.

>>> import regionrel.relations
>>> Agreement is regionrel.relations.Agreement
True
"""

from __future__ import annotations

from regionrel.relations.agreement import Agreement, parties_of
from regionrel.relations.findings import (
    LifecycleWarning,
    RegistrationWarning,
    RelationsFinding,
    RelationsWarning,
)
from regionrel.relations.lifecycle import AgreementEvent, AgreementEventKind, AgreementStatus
from regionrel.relations.subjects import SubjectArea
from regionrel.relations.terms import EntryIntoForce, EntryMode, Renewal, Term, TermKind

__all__ = [
    "Agreement",
    "AgreementEvent",
    "AgreementEventKind",
    "AgreementStatus",
    "EntryIntoForce",
    "EntryMode",
    "LifecycleWarning",
    "RegistrationWarning",
    "RelationsFinding",
    "RelationsWarning",
    "Renewal",
    "SubjectArea",
    "Term",
    "TermKind",
    "parties_of",
]
