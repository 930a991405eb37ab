"""Build an auditable :class:`~regionrel.audit.TradeReport` from report prose.

Only the reporter's value figures for the main period go in: its amounts (and the
previous period's, as ``*_previous``), its changes, indices and multiples, the
excess of one flow over the other, its partner count, partners' shares, partner
groups' shares and its trade with them (the CIS, the far abroad, the EU) and its ranks,
each at its level. Figures stated as a range ("over 5", "almost doubled", "about 3",
"на треть") go in with their :class:`~regionrel.audit.Bound`. Everything else the reader attributed (a partner's, a group's, the
country's, a goods group's figures, shares of flows, falls stated as multiples,
absolute changes, other periods) stays in :attr:`Extraction.statements`. Nothing is
raised for what the text states: a figure stated twice with two values keeps the
first and lists the conflict in :attr:`Extraction.ambiguities`, amounts in several
scales are converted to the largest one exactly, and amounts in another currency
than the report's stay statements.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from regionrel.audit.figures import Bound
from regionrel.audit.keys import FigureKey
from regionrel.audit.report import TradeReport
from regionrel.errors import RegionrelError, WrongTypeError
from regionrel.reported import Reported
from regionrel.text.extraction import Extraction
from regionrel.text.figures import ReportFigures, conflicts_in, report_figures, scaled_amount
from regionrel.text.items import FlowRole
from regionrel.text.reader import extract
from regionrel.text.statements import Entity, Measure, TimeRole

__all__ = [
    "ReportFigures",
    "conflicts_in",
    "report_figures",
    "report_from_extraction",
    "report_from_text",
]


#: The partner groups a report takes from the text, by the name the reader gives them:
#: those whose name leaves no doubt (not a bare "зарубежье", which may be the near or the
#: far abroad; "дальнего зарубежья" and "non-CIS countries" are read as "far abroad").
_GROUP_NAMES: Final = {
    "снг": "CIS",
    "cis": "CIS",
    "ес": "EU",
    "eu": "EU",
    "far abroad": "far abroad",
}
#: Groups that lie inside another the report may hold: the audit adds the shares of one
#: flow's groups up to at most 100%, so a group is left out beside one that holds it.
_INSIDE: Final = {"EU": "far abroad"}
_TOTALS: Final = (FlowRole.TURNOVER, FlowRole.EXPORTS, FlowRole.IMPORTS)


def _group_shares(found: Extraction, figures: ReportFigures) -> list[tuple[FigureKey, Reported]]:
    """The reporter's partner groups' shares of its flows, and its trade with them, for the
    main period.

    A share goes in when the text says what it is a share of (its base, read in the
    share's own phrase: the flow the sentence carries over does not matter) and the
    group's name leaves no doubt; a value goes in when it is the reporter's flow with the
    group ("экспорт в страны СНГ – 1,2 млрд"), in the report's currency, converted to its
    scale. A group's figure the text states with two values is left out (one of them
    belongs to another entity or period: it stays a statement of the extraction), and so
    is a group beside one that holds it (the EU beside the far abroad).
    """
    stated: dict[FigureKey, list[Reported]] = {}
    for s in found.statements:
        group = _GROUP_NAMES.get(s.entity_name.strip().lower())
        if (
            s.entity is not Entity.GROUP
            or s.time is not TimeRole.MAIN
            or s.qualifier
            or group is None
        ):
            continue
        if s.measure is Measure.SHARE and s.base in _TOTALS:
            stated.setdefault(FigureKey.group_share(group, of=s.base), []).append(s.figure)
        elif (
            s.measure is Measure.VALUE
            and not s.carried  # the flow must be named in the value's own sentence
            and s.flow in _TOTALS
            and s.currency in ("", figures.currency)
        ):
            try:
                value = scaled_amount(s, figures.scale)
            except RegionrelError:
                continue  # a value no report may hold
            stated.setdefault(FigureKey.group_value(group, of=s.flow), []).append(value)
    named = {(key.measure, key.flow, key.subject) for key in stated}
    return [
        (key, values[0])
        for key, values in stated.items()
        if all(f.value == values[0].value for f in values)
        and (key.measure, key.flow, _INSIDE.get(key.subject or "")) not in named
    ]


def _ranks(found: Extraction) -> list[tuple[FigureKey, Reported]]:
    """The reporter's places: the first group a flow's place is stated in is the report's
    own (no level), a place in another group names it as the level."""
    out: list[tuple[FigureKey, Reported]] = []
    groups: dict[FlowRole, str | None] = {}
    reporter = found.reporter
    for rank in found.ranks:
        if rank.role not in _TOTALS or not (
            rank.region is None or reporter is None or rank.region == reporter
        ):
            continue
        group = " ".join((rank.group or "").split()) or None
        own = groups.setdefault(rank.role, group)
        level = None if group == own else group
        try:
            key = FigureKey.rank(rank.role, level=level)
        except RegionrelError:
            continue  # a group's name the key cannot hold
        out.append((key, Reported(Decimal(rank.position), 0, span=rank.span)))
    return out


def _other_figures(
    found: Extraction, keys: set[FigureKey], figures: ReportFigures
) -> list[tuple[FigureKey, Reported]]:
    """Figures the phrase passes read that the statements do not hold: ranks, partner shares,
    partner groups' shares."""
    out: list[tuple[FigureKey, Reported]] = []

    def add(key: FigureKey, figure: Reported) -> None:
        if key not in keys:
            keys.add(key)
            out.append((key, figure))

    for exceed in found.exceeds:
        if {exceed.larger, exceed.smaller} == {FlowRole.EXPORTS, FlowRole.IMPORTS}:
            add(FigureKey.exceed(exceed.larger), exceed.figure)
    counts = [
        s
        for s in found.statements
        if s.measure is Measure.COUNT and s.entity is Entity.REPORTER and s.time is TimeRole.MAIN
    ]
    if counts:
        add(FigureKey.partner_count(), counts[0].figure)
    elif not any(s.measure is Measure.COUNT for s in found.statements):
        for count in found.partner_counts:
            add(FigureKey.partner_count(), count.figure)
    for share in found.shares:
        if share.region is None or share.of is None or share.region.iso_code is None:
            continue
        add(FigureKey.share(share.region.iso_code, of=share.of), share.share)
    for key, figure in (*_ranks(found), *_group_shares(found, figures)):
        add(key, figure)
    return out


def report_from_extraction(found: Extraction) -> TradeReport:
    """Build a :class:`TradeReport` from what :func:`extract` found; never raises on the text.

    The reporter's figures for the main period go in (see the module), each with its
    published digits and its span; a figure stated twice with different values keeps
    both statements, and the audit flags their disagreement.

    >>> report = report_from_extraction(extract("Экспорт составил $2 млрд 484,5 млн, "
    ...     "импорт – $448,2 млн.", locale="ru"))
    >>> [(n, f.text) for n, f in report.figures]
    [('exports', '2 484,5'), ('imports', '448,2')]
    >>> report_from_extraction(extract("Exports exceeded $5 billion.")).bounds
    (('exports', <Bound.AT_LEAST: 'at least'>),)
    """
    if not isinstance(found, Extraction):
        raise WrongTypeError(
            "must be an Extraction (what extract() returns)",
            cls="report_from_extraction",
            field="found",
            value=found,
        )
    figures = report_figures(found.statements)
    # "over $5 billion" goes in as a bound: at least 5 (see report_figures' bounds)
    statements: list[tuple[FigureKey, Reported, Bound | None]] = [
        (key, figure, bound)
        for (key, figure), bound in zip(figures.statements, figures.bounds, strict=True)
    ]
    statements += [
        (key, figure, None)
        for key, figure in _other_figures(found, {k for k, _, _ in statements}, figures)
    ]
    settings = {"currency": figures.currency, "scale": figures.scale, "locale": found.locale}
    kept: list[tuple[FigureKey, Reported, Bound | None]] = []
    try:
        TradeReport.from_statements(statements, **settings)  # type: ignore[arg-type]
    except RegionrelError:
        # Some statement is one no report may hold: keep those that fit, one by one.
        for statement in statements:
            try:
                TradeReport.from_statements([*kept, statement], **settings)  # type: ignore[arg-type]
            except RegionrelError:
                continue
            kept.append(statement)
    else:
        kept = statements
    try:
        return TradeReport.from_statements(
            kept,
            reporter=found.reporter,
            period=found.period,
            **settings,  # type: ignore[arg-type]
        )
    except RegionrelError:
        return TradeReport.from_statements(kept, **settings)  # type: ignore[arg-type]


def report_from_text(text: str, *, locale: str = "en") -> TradeReport:
    """Read *text* and build a :class:`TradeReport` from its trade figures, ready to audit.

    Args:
        text: report prose as published.
        locale: ``"en"`` or ``"ru"``.

    Raises:
        WrongTypeError: *text* is not a str.
        ValidationError: an unknown locale.

    >>> report = report_from_text("Exports amounted to 7,109 million US dollars; "
    ...     "imports amounted to 4,115.9 million US dollars. Exports exceed imports by 73%.")
    >>> report.audit().ok
    True
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls="report_from_text", field="text", value=text)
    return report_from_extraction(extract(text, locale=locale))
