"""What the reader found in a text, and the model objects it states: :class:`Extraction`.

:func:`~regionrel.text.reader.extract` returns an :class:`Extraction`: the items it
read, each with its span in the text. :meth:`Extraction.relations` (and
:func:`relations_from`) turns what it states about a region into model objects:
events, agreements, action plans and the reporter's trade balance.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from regionrel._validators import checked_by_annotation
from regionrel.agreements import Agreement
from regionrel.errors import ValidationError
from regionrel.periods import Period
from regionrel.regions import Region
from regionrel.tables import Tabular
from regionrel.text.items import (
    AgreementMention,
    Ambiguity,
    ChangeFigure,
    DateMention,
    ExceedFigure,
    FlowRole,
    ForumMention,
    MoneyFigure,
    PartnerCount,
    PartnerShare,
    PeriodMention,
    PlanMention,
    RankMention,
    RegionMention,
    Span,
    SubjectKind,
    Unread,
    VisitMention,
)
from regionrel.text.places import PlaceMention
from regionrel.text.statements import Statement

if TYPE_CHECKING:
    from regionrel.profile import RegionRelations

__all__ = ["Extraction", "relations_from"]


@attrs.frozen(field_transformer=checked_by_annotation)
class Extraction(Tabular):
    """Everything :func:`~regionrel.text.reader.extract` found in a text, each item with its span.

    >>> from regionrel.text import extract
    >>> found = extract("In 2018, exports amounted to 7,109 million US dollars and increased by 25.7%.")
    >>> [(f.role.value, f.figure.text, f.period) for f in found.figures]
    [('exports', '7,109', Period.year(2018))]
    >>> [(c.role.value, found.at(c.figure.span), c.of.figure.text) for c in found.changes]
    [('exports', '25.7', '7,109')]
    """

    #: The text that was read; every span indexes it.
    text: str
    locale: str
    figures: tuple[MoneyFigure, ...] = ()
    changes: tuple[ChangeFigure, ...] = ()
    exceeds: tuple[ExceedFigure, ...] = ()
    partner_counts: tuple[PartnerCount, ...] = ()
    shares: tuple[PartnerShare, ...] = ()
    ranks: tuple[RankMention, ...] = ()
    periods: tuple[PeriodMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    regions: tuple[RegionMention, ...] = ()
    agreements: tuple[AgreementMention, ...] = ()
    plans: tuple[PlanMention, ...] = ()
    forums: tuple[ForumMention, ...] = ()
    visits: tuple[VisitMention, ...] = ()
    #: Sentences, or clauses of them, that were not understood.
    unread: tuple[Unread, ...] = ()
    #: Attachments that could go more than one way; none of them was chosen.
    ambiguities: tuple[Ambiguity, ...] = ()
    #: Every trade figure, attributed to its entity, measure, flow and period
    #: (:mod:`regionrel.text.statements`): the reporter's and everyone else's.
    statements: tuple[Statement, ...] = ()
    #: Every place (rank) read, attributed (:mod:`regionrel.text.places`): the
    #: reporter's, partners', goods groups', other periods', and bounds ("top 10").
    places: tuple[PlaceMention, ...] = ()

    @property
    def reporter(self) -> Region | None:
        """The region whose figures the text reports: named as the subject of a total figure.

        >>> from regionrel.text import extract
        >>> extract("The turnover of the Leningrad Region amounted to 11 million US dollars.").reporter.name
        'Leningrad Region'
        """
        for figure in self.figures:
            if figure.subject is not None and figure.subject.kind is SubjectKind.REPORTER:
                return figure.subject.region
        return None

    @property
    def period(self) -> Period | None:
        """The period the reporter's total figures are for (the latest, when several)."""
        found = [f.period for f in self.figures if f.is_total and f.period is not None]
        return max(found, key=lambda p: (p.end, p.start)) if found else None

    def relations(self, region: Region | None = None) -> RegionRelations:
        """The relations the text states, as model objects, for *region* (default: the reporter).

        Events from forums and visits, action plans with their agreements, and the
        reporter's trade balance for the main period when exports and imports were both
        read; see :func:`relations_from`.

        >>> from regionrel.text import extract
        >>> found = extract("In 2018, the delegation took part in the Ninth Russian-Azerbaijani Forum. "
        ...     "Exports of the Leningrad Region amounted to 7,109 million US dollars; "
        ...     "imports amounted to 4,115.9 million US dollars.")
        >>> relations = found.relations()
        >>> [e.edition for e in relations.events], str(relations.trade[0].exports)
        ([9], '7109000000 USD')
        """
        return relations_from(self, region)

    _columns = ("kind", "text", "start", "end")

    def to_records(self) -> list[dict[str, object]]:
        """One row per item found, in text order: ``kind``, ``text``, ``start``, ``end``.

        ``kind`` is the name of the field that holds the item (``"figures"``,
        ``"changes"``, ``"unread"``, ...); ``text`` is what its span points at.

        >>> from regionrel.text import extract
        >>> extract("In 2018, exports amounted to 7,109 million US dollars.").to_records()[0]
        {'kind': 'periods', 'text': '2018', 'start': 3, 'end': 7}
        """
        rows: list[dict[str, object]] = []
        for field in attrs.fields(Extraction)[2:]:
            for item in getattr(self, field.name):
                start, end = item.span
                rows.append(
                    {"kind": field.name, "text": self.text[start:end], "start": start, "end": end}
                )
        rows.sort(key=lambda row: (row["start"], row["end"]))
        return rows

    def at(self, span: Span | None) -> str:
        """The text a span points at (a figure's ``span`` may be given as it is).

        Raises:
            ValidationError: *span* is None or does not fit in the text.

        >>> from regionrel.text import extract
        >>> found = extract("Exports exceed imports by 73%.")
        >>> found.at(found.exceeds[0].span), found.at(found.exceeds[0].figure.span)
        ('Exports exceed imports by 73%', '73')
        """
        if (
            not isinstance(span, tuple)
            or len(span) != 2
            or not all(isinstance(i, int) and not isinstance(i, bool) for i in span)
            or not 0 <= span[0] <= span[1] <= len(self.text)
        ):
            raise ValidationError(
                "must be a (start, end) pair inside the text",
                cls="Extraction.at",
                field="span",
                value=span,
            )
        return self.text[span[0] : span[1]]


def relations_from(found: Extraction, region: Region | None = None) -> RegionRelations:
    """Gather what *found* states about *region*'s relations (see ``Extraction.relations``).

    Forums are events the region took part in (the report lists those its delegations
    attended); visits, plans and agreements that do not involve the region are left out.
    The trade balance is the reporter's exports and imports for the main period, when
    both are read once each; nothing the text does not state is set.

    Raises:
        ValidationError: no region given and none reports the figures (field
            ``region``), or a mention that cannot become a model object.
    """
    from regionrel.money import Money
    from regionrel.profile import RegionRelations
    from regionrel.trade import TradeBalance

    home = found.reporter if region is None else region
    if home is None:
        raise ValidationError(
            "must be given when the text names no reporting region",
            cls="Extraction.relations",
            field="region",
            value=None,
        )
    events = [f.to_event(participants=(home,)) for f in found.forums]
    events += [e for e in (v.to_event() for v in found.visits) if e.involves(home)]
    deals: dict[AgreementMention, Agreement] = {}
    for mention in found.agreements:
        deal = mention.to_agreement(title=mention.written_title(found.text))
        if home in (p.region for p in deal.parties):
            deals[mention] = deal
    plans = [p.to_plan(agreement=deals[p.agreement]) for p in found.plans if p.agreement in deals]
    trade: list[TradeBalance] = []
    if home == found.reporter and found.period is not None:
        flows: dict[FlowRole, set[tuple[Decimal, str]]] = {}
        for figure in found.figures:
            if figure.is_total and figure.period == found.period:
                flows.setdefault(figure.role, set()).add((figure.amount, figure.currency))
        exports, imports = flows.get(FlowRole.EXPORTS, set()), flows.get(FlowRole.IMPORTS, set())
        if len(exports) == 1 and len(imports) == 1:
            (x, x_cur), (m, m_cur) = exports.pop(), imports.pop()
            trade.append(
                TradeBalance(Money(x, x_cur), Money(m, m_cur), reporter=home, period=found.period)
            )
    return RegionRelations.of(home, events, plans, deals.values(), trade)
