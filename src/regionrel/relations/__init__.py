"""The relations floor: agreements, the action plans that implement them, and events.

One idea a module, each importing only from the floors below and from the
modules before it here:

- :mod:`~regionrel.relations.findings`: what is legal but suspicious, as findings
  and warnings;
- :mod:`~regionrel.relations.subjects`: the fields of cooperation;
- :mod:`~regionrel.relations.terms`: entry into force, term and renewal;
- :mod:`~regionrel.relations.lifecycle`: the events after signing and the status on
  every day;
- :mod:`~regionrel.relations.agreement_checks`: the rules an agreement's fields keep;
- :mod:`~regionrel.relations.readings`: readings of dates known only to the month or
  year, and how their answers combine;
- :mod:`~regionrel.relations.notices`: notice of non-renewal, its deadline and the span
  it ends;
- :mod:`~regionrel.relations.agreement`: the agreement itself;
- :mod:`~regionrel.relations.deadlines`: a measure's deadline;
- :mod:`~regionrel.relations.measures`: a plan's measures and what was reported of them;
- :mod:`~regionrel.relations.plans`: action plans and their progress;
- :mod:`~regionrel.relations.events`: visits, forums, conferences and meetings.

Every date they take may be a :class:`datetime.date` or its text, day first
(``"12.01.2021"``); a datetime is refused. Where a source may give a date to the
month or the year only (an agreement's signing, entry into force and later events,
a plan's signing, a measure's completion), a :class:`~regionrel.dates.PartialDate`
or its text (``"2018"``, ``"May 2019"``) is taken too, and the answers that such a
date does not decide are ``UNKNOWN`` (or None), never a guess.

>>> from regionrel.relations import Agreement, Term
>>> deal = Agreement.between("Agreement on cooperation", "Government of the Leningrad Region",
...     "Administration of the Kursk Region", signed_on="12.05.2016", term=Term.span(years=5))
>>> deal.ends_on, deal.status_on("12.05.2021").value
(datetime.date(2021, 5, 11), 'expired')
"""

from __future__ import annotations

from regionrel.relations.agreement import Agreement, parties_of
from regionrel.relations.deadlines import Deadline, DeadlineKind
from regionrel.relations.events import (
    Concern,
    Delegation,
    Event,
    EventKind,
    Participant,
    read_edition,
    read_partners,
    region_of,
)
from regionrel.relations.findings import (
    LifecycleWarning,
    RegistrationWarning,
    RelationsFinding,
    RelationsWarning,
)
from regionrel.relations.lifecycle import (
    AgreementEvent,
    AgreementEventKind,
    AgreementStatus,
    Ending,
    EndingKind,
)
from regionrel.relations.measures import Executor, Measure, MeasureStatus, Occurrence
from regionrel.relations.notices import NoticeWindow
from regionrel.relations.plans import (
    ActionPlan,
    Progress,
    agreements_without_plan,
    plans_by_agreement,
)
from regionrel.relations.subjects import SubjectArea
from regionrel.relations.terms import EntryIntoForce, EntryMode, Renewal, Term, TermKind

__all__ = [
    "ActionPlan",
    "Agreement",
    "AgreementEvent",
    "AgreementEventKind",
    "AgreementStatus",
    "Concern",
    "Deadline",
    "DeadlineKind",
    "Delegation",
    "Ending",
    "EndingKind",
    "EntryIntoForce",
    "EntryMode",
    "Event",
    "EventKind",
    "Executor",
    "LifecycleWarning",
    "Measure",
    "MeasureStatus",
    "NoticeWindow",
    "Occurrence",
    "Participant",
    "Progress",
    "RegistrationWarning",
    "RelationsFinding",
    "RelationsWarning",
    "Renewal",
    "SubjectArea",
    "Term",
    "TermKind",
    "agreements_without_plan",
    "parties_of",
    "plans_by_agreement",
    "read_edition",
    "read_partners",
    "region_of",
]
