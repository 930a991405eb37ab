"""What an attributed trade statement is: its entity, measure, flow, period and figure.

:class:`Statement` is one figure of a trade text as :func:`regionrel.text.statements.read_statements`
reads it, with the :class:`Entity` it belongs to, the :class:`Measure` it is, and the
:class:`TimeRole` of its period. This module holds the types only; the reading is in
:mod:`regionrel.text.figure_phrases`, :mod:`regionrel.text.measures` and
:mod:`regionrel.text.attribution`.
"""

from __future__ import annotations

import enum

import attrs

from regionrel._validators import checked_by_annotation
from regionrel.reported import Reported
from regionrel.scales import Scale
from regionrel.text.items import FlowRole, Span

__all__ = ["Entity", "Measure", "Statement", "TimeRole"]


class Entity(enum.Enum):
    """Whose figure a statement is."""

    REPORTER = "reporter"
    PARTNER = "partner"
    GROUP = "group"
    COUNTRY = "country"
    GOODS = "goods"
    #: Several countries or regions named as the sentence's subject with "partner".
    #: (Kept apart from PARTNER only by how it was read; both are partners.)
    #: A count of something other than the reporter's partner countries.
    OTHER_COUNT = "other count"


class Measure(enum.Enum):
    """What a statement measures."""

    VALUE = "value"
    GROWTH = "growth"
    INDEX = "index"
    MULTIPLE = "multiple"
    FALL = "fall"
    #: How much one flow exceeds another ("exports exceed imports by 73%").
    EXCESS = "excess"
    #: The change of a flow's physical volume in percent ("в физическом выражении -1,1%").
    VOLUME_GROWTH = "volume growth"
    SHARE = "share"
    CHANGE = "change"
    COUNT = "count"
    PHYSICAL = "physical"


class TimeRole(enum.Enum):
    """Which period a statement is for, against the text's main period."""

    MAIN = "main"
    PREVIOUS = "previous"
    OTHER = "other"


@attrs.frozen(field_transformer=checked_by_annotation)
class Statement:
    """One figure of a trade text, attributed.

    >>> from regionrel.text.statements import read_statements
    >>> [(s.flow.value, s.measure.value, s.figure.text) for s in read_statements(
    ...     "Экспорт вырос на 7,6%, до $1,36 млрд.", locale="ru")]
    [('exports', 'growth', '7,6'), ('exports', 'value', '1,36')]
    """

    entity: Entity
    measure: Measure
    #: The flow; None for a count of partners.
    flow: FlowRole | None
    #: The figure with its published digits; its span points at the first number.
    figure: Reported
    #: The span of the whole phrase (currency and scale words included).
    span: Span
    time: TimeRole = TimeRole.MAIN
    #: For an amount: its scale and currency ("" when none is written).
    scale: Scale | None = None
    currency: str = ""
    #: "over", "under", "about" or "almost" for a bound; "" for a rounded figure.
    qualifier: str = ""
    #: The words that name the entity when it is not the reporter ("Россией", "CIS").
    entity_name: str = ""
    #: The flow a figure is measured against: for an excess the flow exceeded, for a
    #: share the whole it is a share of ("42.2% of turnover": TURNOVER).
    base: FlowRole | None = None
    #: Whether the flow was not named in the figure's sentence, nor pointed at by a
    #: pronoun, but carried over from a sentence before: a guess the report leaves out.
    carried: bool = False
    #: Whether the figure's sentence dates itself only relative to when it was said
    #: ("в январе-марте нынешнего года") in a text that names its main year: when it
    #: disagrees with a statement dated plainly, the report keeps the plain one.
    relative: bool = False
    #: Why the reader keeps a figure it gave the reporter for the main period out of the
    #: report ("measured against 2021, ..."): its clause names something else it may be
    #: (:mod:`regionrel.text.confidence`); "" when nothing speaks against it.
    doubt: str = ""
