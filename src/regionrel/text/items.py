"""What the reader finds in a text: typed items, each with its span in the original text.

Every item keeps ``span``, a ``(start, end)`` pair of indices into the text that was
read, so that ``text[start:end]`` is the phrase it came from; figures keep their
published digits as :class:`~regionrel.reported.Reported` values whose own span points
at the digits.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

import attrs

from regionrel._numbers import EXACT
from regionrel._validators import checked_by_annotation
from regionrel.agreements import Agreement, SubjectArea
from regionrel.errors import RegionrelError, ValidationError, WrongTypeError
from regionrel.events import Event, Participant
from regionrel.periods import Period
from regionrel.plans import ActionPlan
from regionrel.regions import BodyKind, GoverningBody, Region
from regionrel.reported import Reported
from regionrel.scales import Scale
from regionrel.trade.balance import TradeFlow

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


#: What a money figure measures: the flow enum shared by text, trade and audit
#: (:class:`regionrel.trade.TradeFlow`), under the name the reader has always used.
#:
#: >>> FlowRole("exports")
#: <TradeFlow.EXPORTS: 'exports'>
FlowRole = TradeFlow


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


@attrs.frozen(field_transformer=checked_by_annotation)
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


@attrs.frozen(field_transformer=checked_by_annotation)
class PeriodMention:
    """A year or span of years named in the text.

    ``repaired`` is set when the text lost the dash between two years ("20182021").
    """

    period: Period
    text: str
    span: Span
    role: PeriodRole = PeriodRole.TERM
    repaired: bool = False


@attrs.frozen(field_transformer=checked_by_annotation)
class DateMention:
    """A calendar date named in the text; ``label`` is ``"updated"`` for "Updated at ..."."""

    date: dt.date
    text: str
    span: Span
    label: str = ""


@attrs.frozen(field_transformer=checked_by_annotation)
class RegionMention:
    """A region or country named in the text and found in the gazetteer."""

    region: Region
    text: str
    span: Span


@attrs.frozen(field_transformer=checked_by_annotation)
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
        value = EXACT.multiply(self.figure.value, self.scale.factor)
        return value.copy_negate() if self.negative else value

    @property
    def is_total(self) -> bool:
        """Whether the figure is the reporter's own total (not a partner's or a group's)."""
        return self.subject is None or self.subject.kind is SubjectKind.REPORTER


@attrs.frozen(field_transformer=checked_by_annotation)
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
        value = self.figure.value
        return value.copy_negate() if self.direction is Direction.DOWN else value


@attrs.frozen(field_transformer=checked_by_annotation)
class ExceedFigure:
    """ "Exports exceed imports by 73%": ``larger`` over ``smaller``, as a percent or multiple."""

    larger: FlowRole
    smaller: FlowRole
    figure: Reported
    span: Span
    period: Period | None = None


@attrs.frozen(field_transformer=checked_by_annotation)
class PartnerCount:
    """ "Partners from 160 countries"."""

    count: int
    figure: Reported
    span: Span
    period: Period | None = None


@attrs.frozen(field_transformer=checked_by_annotation)
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


@attrs.frozen(field_transformer=checked_by_annotation)
class RankMention:
    """ "took the 2nd place in exports" within a named group ("the North-West Federal District")."""

    position: int
    role: FlowRole
    span: Span
    region: Region | None = None
    group: str | None = None
    period: Period | None = None


@attrs.frozen(field_transformer=checked_by_annotation)
class PartyMention:
    """A party to an agreement: a governing body of a region ("the Government of the X Region")."""

    #: The body's kind as written: "Government", "Council of Ministers", "Administration".
    body: str
    #: The full name as written, without a leading article.
    name: str
    span: Span
    region: Region | None = None

    def to_body(self) -> GoverningBody:
        """The governing body this party names.

        The body's kind may be written in English or in Russian (in any case:
        "Правительством"); the region is the one the reader found, else the name is read
        through the gazetteer (:func:`regionrel.gazetteer.governing_body`).

        Raises:
            ValidationError: the body's kind or its region cannot be resolved (the
                message names the field ``parties`` and the party as written).

        >>> PartyMention("Council of Ministers", "Council of Ministers of the Republic of Crimea",
        ...     (0, 46)).to_body().region.name
        'Republic of Crimea'
        """
        try:
            if self.region is None:
                from regionrel import gazetteer

                return gazetteer.governing_body(self.name)
            return GoverningBody.of(self.region, _body_kind(self.body))
        except RegionrelError as exc:
            raise ValidationError(
                f"must name a governing body of a known region ({exc.rule})",
                cls="PartyMention",
                field="parties",
                value=self.name,
            ) from exc


#: Russian stems of the kinds of governing bodies, in any grammatical case.
_RU_BODIES: Final = (
    (re.compile(r"^правительств"), BodyKind.GOVERNMENT),
    (re.compile(r"^администраци"), BodyKind.ADMINISTRATION),
    (re.compile(r"^совет\w*\s+министр"), BodyKind.COUNCIL_OF_MINISTERS),
    (re.compile(r"^кабинет\w*\s+министр"), BodyKind.CABINET_OF_MINISTERS),
    (re.compile(r"^хокимият"), BodyKind.KHOKIMIYAT),
    (re.compile(r"^законодательн\w*\s+собрани"), BodyKind.LEGISLATIVE_ASSEMBLY),
)

#: Russian stems of the subject areas, as "о торгово-экономическом ... сотрудничестве" writes them.
_RU_AREAS: Final = (
    (re.compile(r"торгово-экономическ"), SubjectArea.TRADE_AND_ECONOMIC),
    (re.compile(r"научно-техническ"), SubjectArea.SCIENTIFIC_AND_TECHNICAL),
    (re.compile(r"социальн"), SubjectArea.SOCIAL),
    (re.compile(r"культурн"), SubjectArea.CULTURAL),
    (re.compile(r"гуманитарн"), SubjectArea.HUMANITARIAN),
    (re.compile(r"инвестицион"), SubjectArea.INVESTMENT),
    (re.compile(r"агропромышленн"), SubjectArea.AGRO_INDUSTRIAL),
    (re.compile(r"туристск|туризм"), SubjectArea.TOURISM),
    (re.compile(r"образовательн|образовани"), SubjectArea.EDUCATION),
    (re.compile(r"здравоохранени|медицинск"), SubjectArea.HEALTH),
)

#: Words that may join Russian areas: "социальном и культурном".
_RU_JOINERS: Final = frozenset({"и", "а", "также"})


def _body_kind(text: str) -> BodyKind:
    key = " ".join(text.casefold().split())
    for pattern, kind in _RU_BODIES:
        if pattern.search(key):
            return kind
    return BodyKind.parse(text)


def _areas(subject: str) -> frozenset[SubjectArea]:
    """The areas one subject phrase names, in English or in Russian.

    Raises:
        ParseError, ValidationError: a word that names no area.
    """
    words = re.findall(r"[\w-]+", subject.casefold().replace("ё", "е"))
    if not any(p.match(w) for w in words for p, _a in _RU_AREAS):
        return SubjectArea.parse_many(subject)
    areas = set()
    for word in words:
        found = [area for pattern, area in _RU_AREAS if pattern.match(word)]
        if not found and word not in _RU_JOINERS:
            raise ValidationError(
                "names no subject area", cls="AgreementMention", field="subjects", value=word
            )
        areas.update(found)
    return frozenset(areas)


@attrs.frozen(field_transformer=checked_by_annotation)
class AgreementMention:
    """An agreement named in the text, with its parties, subject areas and term.

    ``term`` is the period named right after the agreement; in the stock phrase "an
    action plan to implement the Agreement ... for 2018-2021" that is the PLAN's period,
    which :class:`PlanMention` carries, so :meth:`to_agreement` leaves it out.
    """

    title: str
    parties: tuple[PartyMention, ...]
    span: Span
    subjects: tuple[str, ...] = ()
    term: PeriodMention | None = None

    def written_title(self, text: str) -> str:
        """The agreement's title as *text* (the text that was read) writes it, up to its term.

        >>> from regionrel.text import extract
        >>> text = "In 2019, an action plan was signed to implement the Agreement between the "
        >>> text += "Government of the Tver Region and the Administration of the Kursk Region for 2019-2020."
        >>> extract(text).agreements[0].written_title(text)
        'Agreement between the Government of the Tver Region and the Administration of the Kursk Region'
        """
        if not isinstance(text, str):
            raise WrongTypeError(
                "must be the text that was read (a str)",
                cls="AgreementMention.written_title",
                field="text",
                value=text,
            )
        end = self.span[1] if self.term is None else self.term.span[0]
        head = text[self.span[0] : end]
        # The preposition that introduced the term is not part of the title.
        written = re.sub(r"\s+(?:for|on|until|till|на|в|до)\s*$", "", head, flags=re.I).strip()
        return written or self.title

    def to_agreement(self, *, title: str | None = None) -> Agreement:
        """The :class:`~regionrel.agreements.Agreement` the text names.

        Its parties are the governing bodies named, its areas the subjects. The text
        states no signing day, entry into force or term of its own, so none is set: the
        agreement has no ``signed_on`` and its term is left open (the ``term`` read here
        is a plan's period; see the class).

        Args:
            title: the title to give it (default: the title word as read, such as
                "Cooperation Agreement"; :meth:`written_title` gives the full one).

        Raises:
            ValidationError: a party whose body or region cannot be resolved (field
                ``parties``), a subject that is no known area (field ``subjects``),
                fewer than two distinct parties.

        >>> from regionrel.text import extract
        >>> found = extract("In 2018, an action plan was signed to implement the Agreement between "
        ...     "the Government of the Leningrad Region and the Administration of the Kursk Region "
        ...     "on trade and economic, social and cultural cooperation for 2018-2020.")
        >>> deal = found.agreements[0].to_agreement()
        >>> [p.name for p in deal.parties], sorted(a.value for a in deal.areas), deal.signed_on
        (['Government of the Leningrad Region', 'Administration of the Kursk Region'], ['cultural', 'social', 'trade and economic'], None)
        """
        bodies = tuple(party.to_body() for party in self.parties)
        areas: set[SubjectArea] = set()
        for subject in self.subjects:
            try:
                areas |= _areas(subject)
            except RegionrelError as exc:
                raise ValidationError(
                    "must name only known subject areas",
                    cls="AgreementMention",
                    field="subjects",
                    value=subject,
                ) from exc
        return Agreement(self.title if title is None else title, bodies, areas=frozenset(areas))


@attrs.frozen(field_transformer=checked_by_annotation)
class PlanMention:
    """An action plan "to implement" an agreement; ``term`` is the plan's period."""

    agreement: AgreementMention
    span: Span
    term: PeriodMention | None = None
    signed: Period | None = None

    def to_plan(self, *, agreement: Agreement | None = None) -> ActionPlan:
        """The :class:`~regionrel.plans.ActionPlan` the text names, signed in the period
        the sentence states ("in 2018, an action plan was signed": ``signed_in`` 2018).

        Args:
            agreement: the agreement it implements (default: ``self.agreement.to_agreement()``).

        Raises:
            ValidationError: no plan period in the text (field ``term``), or as
                :meth:`AgreementMention.to_agreement` does.

        >>> from regionrel.text import extract
        >>> found = extract("In 2018, an action plan was signed to implement the Agreement between "
        ...     "the Government of the Leningrad Region and the Administration of the Kursk Region "
        ...     "for 2018-2020.")
        >>> plan = found.plans[0].to_plan()
        >>> plan.period, plan.signed_in, plan.signed_on
        (Period.span(2018, 2020), Period.year(2018), None)
        """
        if self.term is None:
            raise ValidationError(
                "must be named in the text to make an action plan",
                cls="PlanMention",
                field="term",
                value=None,
            )
        deal = self.agreement.to_agreement() if agreement is None else agreement
        return ActionPlan(deal, self.term.period, signed_in=self.signed)


@attrs.frozen(field_transformer=checked_by_annotation)
class ForumMention:
    """A forum or conference: "the Ninth Russian-Azerbaijani Interregional Forum"."""

    name: str
    span: Span
    edition: int | None = None
    #: The countries named in the title ("Russian-Azerbaijani" gives Russia and Azerbaijan).
    countries: tuple[Region, ...] = ()
    period: Period | None = None

    def to_event(self, *, participants: Iterable[Participant] = ()) -> Event:
        """The :class:`~regionrel.events.Event`: its kind, edition and partner read from the
        title (:meth:`Event.from_title <regionrel.events.Event.from_title>`), held in the
        period the sentence states; no host, since the text names none.

        Args:
            participants: who took part (the text's delegations, when the caller knows them).

        Raises:
            ValidationError: the text names no period (field ``period``), or the title
                names no kind of event.

        >>> from regionrel.text import extract
        >>> found = extract("In 2018, the delegation took part in the Ninth Russian-Azerbaijani Forum.")
        >>> event = found.forums[0].to_event()
        >>> event.kind.value, event.edition, event.partner.name, event.when
        ('forum', 9, 'Azerbaijan', Period.year(2018))
        """
        when = _known_period(self.period, "ForumMention")
        try:
            return Event.from_title(self.name, when=when, participants=participants)
        except RegionrelError as exc:
            raise ValidationError(
                f"must name a kind of event ({exc.rule})",
                cls="ForumMention",
                field="name",
                value=self.name,
            ) from exc


def _known_period(period: Period | None, cls: str) -> Period:
    if period is None:
        raise ValidationError(
            "must be named in the text to make an event", cls=cls, field="period", value=None
        )
    return period


@attrs.frozen(field_transformer=checked_by_annotation)
class VisitMention:
    """A delegation visit: "delegations of the Ferghana and Bukhara Regions visited the Leningrad Region"."""

    visitors: tuple[RegionMention, ...]
    span: Span
    host: RegionMention | None = None
    period: Period | None = None

    def to_event(self) -> Event:
        """The visit as an :class:`~regionrel.events.Event` (:meth:`Event.visit
        <regionrel.events.Event.visit>`): the visiting regions' delegations to the host.

        Raises:
            ValidationError: the text names no host (field ``host``) or no period
                (field ``period``).

        >>> from regionrel.text import extract
        >>> found = extract("In 2018, delegations of the Ferghana and Bukhara Regions visited the Leningrad Region.")
        >>> found.visits[0].to_event().title
        'Visit of the delegations of the Fergana Region and the Bukhara Region to the Leningrad Region'
        """
        if self.host is None:
            raise ValidationError(
                "must be named in the text to make a visit",
                cls="VisitMention",
                field="host",
                value=None,
            )
        when = _known_period(self.period, "VisitMention")
        return Event.visit([v.region for v in self.visitors], to=self.host.region, when=when)


@attrs.frozen(field_transformer=checked_by_annotation)
class Unread:
    """A sentence, or a part of one, that the reader did not understand; ``reason`` says why."""

    text: str
    span: Span
    reason: str


@attrs.frozen(field_transformer=checked_by_annotation)
class Ambiguity:
    """A phrase that could attach two ways; ``candidates`` lists the readings, none is chosen."""

    text: str
    span: Span
    reason: str
    candidates: tuple[str, ...]
