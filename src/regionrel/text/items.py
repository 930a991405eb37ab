"""What the reader finds in a text: typed items, each with its span in the original text.

Every item keeps ``span``, a ``(start, end)`` pair of indices into the text that was
read, so that ``text[start:end]`` is the phrase it came from; figures keep their
published digits as :class:`~regionrel.reported.Reported` values whose own span points
at the digits.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

import attrs

from regionrel.periods import Period
from regionrel.regions import Region
from regionrel.reported import Reported
from regionrel.scales import Scale

__all__ = [
    "AgreementMention",
    "Ambiguity",
    "ChangeFigure",
    "DateMention",
    "Direction",
    "ExceedFigure",
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
    "Span",
    "SubjectKind",
    "Unread",
    "VisitMention",
]

#: ``(start, end)`` indices into the text that was read; ``end`` is exclusive.
Span = tuple[int, int]


class FlowRole(enum.Enum):
    """What a money figure measures.

    >>> FlowRole("exports")
    <FlowRole.EXPORTS: 'exports'>
    """

    TURNOVER = "turnover"
    EXPORTS = "exports"
    IMPORTS = "imports"
    BALANCE = "balance"


class SubjectKind(enum.Enum):
    """Whose flow a figure is: the reporting region's, a partner's, or a group of goods'."""

    REPORTER = "reporter"
    PARTNER = "partner"
    GOODS = "goods"


class Direction(enum.Enum):
    """Which way a change goes, as the text words it."""

    UP = "up"
    DOWN = "down"
    #: An index ("104.9% of the 2017 level") states no direction in words.
    LEVEL = "level"


class PeriodRole(enum.Enum):
    """What a period is in its sentence."""

    #: The period the sentence reports on ("in 2018", "at the end of 2018").
    MAIN = "main"
    #: The period compared with ("as compared with 2017", "к уровню 2017 года").
    BASE = "base"
    #: Any other period named, such as an agreement's term ("for 2018-2021").
    TERM = "term"


@attrs.frozen
class FigureSubject:
    """The qualifier of a flow: "of the Leningrad Region", "with China", "of mineral products".

    >>> FigureSubject(SubjectKind.GOODS, "mineral products").kind.value
    'goods'
    """

    #: Reporter, partner or group of goods.
    kind: SubjectKind
    #: The qualifier as written, without its preposition.
    text: str
    #: The region or country named, when the gazetteer knows it.
    region: Region | None = None


@attrs.frozen
class PeriodMention:
    """A year or span of years named in the text.

    ``repaired`` is set when the text lost the dash between two years ("20182021").
    """

    period: Period
    text: str
    span: Span
    role: PeriodRole = PeriodRole.TERM
    repaired: bool = False


@attrs.frozen
class DateMention:
    """A calendar date named in the text; ``label`` is ``"updated"`` for "Updated at ..."."""

    date: dt.date
    text: str
    span: Span
    label: str = ""


@attrs.frozen
class RegionMention:
    """A region or country named in the text and found in the gazetteer."""

    region: Region
    text: str
    span: Span


@attrs.frozen
class MoneyFigure:
    """A money amount with its role: "exports ... amounted to 7,109 million US dollars".

    ``figure`` holds the digits as published (its span points at them); ``span``
    covers the amount with its scale and currency words.
    """

    role: FlowRole
    figure: Reported
    scale: Scale
    currency: str
    span: Span
    #: Whose flow it is; ``None`` when the text names none (the report's own region).
    subject: FigureSubject | None = None
    period: Period | None = None
    #: A deficit stated in words ("a deficit of 12 million") makes a balance negative.
    negative: bool = False

    @property
    def amount(self) -> Decimal:
        """The amount in whole currency units, signed.

        >>> from regionrel.reported import Reported
        >>> MoneyFigure(FlowRole.EXPORTS, Reported.parse("7,109"), Scale.MILLION, "USD", (0, 5)).amount
        Decimal('7109000000')
        """
        value = self.figure.value * self.scale.factor
        return -value if self.negative else value

    @property
    def is_total(self) -> bool:
        """Whether the figure is the reporter's own total (not a partner's or a group's)."""
        return self.subject is None or self.subject.kind is SubjectKind.REPORTER


@attrs.frozen
class ChangeFigure:
    """A growth rate, index or multiple, tied to the flow (and figure) it describes.

    ``figure`` is the rate as published ("21.5%", "104.9%", "2.1"), its kind says
    which (``PERCENT``, ``INDEX``, ``MULTIPLE``); ``direction`` is the direction
    the words state.
    """

    figure: Reported
    direction: Direction
    span: Span
    role: FlowRole | None = None
    subject: FigureSubject | None = None
    #: The money figure of the same flow that the change belongs to, if the text has one.
    of: MoneyFigure | None = None
    base: Period | None = None
    period: Period | None = None

    @property
    def signed_percent(self) -> Decimal | None:
        """The growth in percent with its sign, for a percent change; ``None`` otherwise."""
        if self.direction is Direction.LEVEL or self.figure.kind.name != "PERCENT":
            return None
        return -self.figure.value if self.direction is Direction.DOWN else self.figure.value


@attrs.frozen
class ExceedFigure:
    """ "Exports exceed imports by 73%": ``larger`` over ``smaller``, as a percent or multiple."""

    larger: FlowRole
    smaller: FlowRole
    figure: Reported
    span: Span
    period: Period | None = None


@attrs.frozen
class PartnerCount:
    """ "Partners from 160 countries"."""

    count: int
    figure: Reported
    span: Span
    period: Period | None = None


@attrs.frozen
class PartnerShare:
    """A partner's share: "the PRC (15.6% of trade)", "the Netherlands (9.2%)".

    ``of`` is the flow the share is of; ``inherited`` is set when the text states
    it only for an earlier partner of the same list. ``of`` is ``None`` when the text
    does not say.
    """

    partner: str
    share: Reported
    span: Span
    region: Region | None = None
    of: FlowRole | None = None
    inherited: bool = False
    period: Period | None = None


@attrs.frozen
class RankMention:
    """ "took the 2nd place in exports" within a named group ("the North-West Federal District")."""

    position: int
    role: FlowRole
    span: Span
    region: Region | None = None
    group: str | None = None
    period: Period | None = None


@attrs.frozen
class PartyMention:
    """A party to an agreement: a governing body of a region ("the Government of the X Region")."""

    #: The body's kind as written: "Government", "Council of Ministers", "Administration".
    body: str
    #: The full name as written, without a leading article.
    name: str
    span: Span
    region: Region | None = None


@attrs.frozen
class AgreementMention:
    """An agreement named in the text, with its parties, subject areas and term."""

    title: str
    parties: tuple[PartyMention, ...]
    span: Span
    subjects: tuple[str, ...] = ()
    term: PeriodMention | None = None


@attrs.frozen
class PlanMention:
    """An action plan "to implement" an agreement; ``term`` is the plan's period."""

    agreement: AgreementMention
    span: Span
    term: PeriodMention | None = None
    signed: Period | None = None


@attrs.frozen
class ForumMention:
    """A forum or conference: "the Ninth Russian-Azerbaijani Interregional Forum"."""

    name: str
    span: Span
    edition: int | None = None
    #: The countries named in the title ("Russian-Azerbaijani" gives Russia and Azerbaijan).
    countries: tuple[Region, ...] = ()
    period: Period | None = None


@attrs.frozen
class VisitMention:
    """A delegation visit: "delegations of the Ferghana and Bukhara Regions visited the Leningrad Region"."""

    visitors: tuple[RegionMention, ...]
    span: Span
    host: RegionMention | None = None
    period: Period | None = None


@attrs.frozen
class Unread:
    """A sentence, or a part of one, that the reader did not understand; ``reason`` says why."""

    text: str
    span: Span
    reason: str


@attrs.frozen
class Ambiguity:
    """A phrase that could attach two ways; ``candidates`` lists the readings, none is chosen."""

    text: str
    span: Span
    reason: str
    candidates: tuple[str, ...]
