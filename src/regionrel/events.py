"""Events under their first import path: a re-export of :mod:`regionrel.relations.events`.

>>> import regionrel.relations.events
>>> Event is regionrel.relations.events.Event
True
"""

from __future__ import annotations

from regionrel.relations.events import (
    Delegation,
    Event,
    EventKind,
    Participant,
    read_edition,
    read_partners,
    region_of,
)

__all__ = [
    "Delegation",
    "Event",
    "EventKind",
    "Participant",
    "read_edition",
    "read_partners",
    "region_of",
]
