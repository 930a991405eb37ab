"""Build an auditable :class:`~regionrel.audit.TradeReport` from report prose."""

from __future__ import annotations

from regionrel.audit.report import TradeReport
from regionrel.errors import AmbiguousError, ValidationError
from regionrel.reported import FigureKind, Reported
from regionrel.text.extraction import Extraction
from regionrel.text.items import Direction, FlowRole
from regionrel.text.reader import extract

__all__ = ["report_from_extraction", "report_from_text"]


def _put(named: dict[str, Reported], name: str, figure: Reported) -> None:
    if name in named and named[name] != figure:
        raise AmbiguousError(
            "states two different figures for one name",
            cls="report_from_text",
            field=name,
            candidates=[named[name].text, figure.text],
        )
    named[name] = figure


def report_from_extraction(found: Extraction) -> TradeReport:
    """Build a :class:`TradeReport` from what :func:`extract` found.

    Only the reporter's own totals for the latest period go in (a partner's or a group
    of goods' figures do not); each keeps its published digits and its span.

    Raises:
        AmbiguousError: the text states two different figures for one name.
        ValidationError: the amounts are in more than one currency or scale.
    """
    period = found.period
    base = period.previous() if period is not None else None
    named: dict[str, Reported] = {}
    units: set[tuple[str, str]] = set()
    for money in found.figures:
        if not money.is_total:
            continue
        if money.period is not None and money.period not in (period, base):
            continue
        units.add((money.currency, money.scale.name.lower()))
        figure = money.figure.negated() if money.negative else money.figure
        suffix = "_previous" if base is not None and money.period == base else ""
        _put(named, money.role.value + suffix, figure)
    if len(units) > 1:
        raise ValidationError(
            "must state every amount in one currency and scale",
            cls="report_from_text",
            field="figures",
            value=sorted(units),
        )
    for change in found.changes:
        if change.role is None or change.role is FlowRole.BALANCE:
            continue
        if change.subject is not None and change.subject.kind.value != "reporter":
            continue
        if change.period is not None and change.period != period:
            continue
        if change.direction is Direction.LEVEL:
            _put(named, f"{change.role.value}_index", change.figure)
        elif change.figure.kind is FigureKind.MULTIPLE:
            if change.direction is Direction.UP:
                _put(named, f"{change.role.value}_growth", change.figure)
        else:
            figure = (
                change.figure.negated() if change.direction is Direction.DOWN else change.figure
            )
            _put(named, f"{change.role.value}_growth", figure)
    for exceed in found.exceeds:
        if exceed.larger is not exceed.smaller:
            _put(named, f"{exceed.larger.value}_exceed_{exceed.smaller.value}_by", exceed.figure)
    for count in found.partner_counts:
        _put(named, "partner_count", count.figure)
    for share in found.shares:
        if share.region is None or share.of is None or share.region.iso_code is None:
            continue
        prefix = {"turnover": "share:", "exports": "share:exports:", "imports": "share:imports:"}
        _put(named, prefix[share.of.value] + share.region.iso_code, share.share)
    for rank in found.ranks:
        reporter = found.reporter
        if rank.region is None or reporter is None or rank.region == reporter:
            figure = Reported.parse(str(rank.position))
            _put(named, f"rank:{rank.role.value}", figure)
    currency, scale = next(iter(units)) if units else ("USD", "million")
    return TradeReport.from_figures(
        named,
        reporter=found.reporter,
        period=period,
        currency=currency,
        scale=scale,
        locale=found.locale,
    )


def report_from_text(text: str, *, locale: str = "en") -> TradeReport:
    """Read *text* and build a :class:`TradeReport` from its trade figures, ready to audit.

    Args:
        text: report prose as published.
        locale: ``"en"`` or ``"ru"``.

    Raises:
        WrongTypeError: *text* is not a str.
        AmbiguousError, ValidationError: see :func:`report_from_extraction`.

    >>> report = report_from_text("Exports amounted to 7,109 million US dollars; "
    ...     "imports amounted to 4,115.9 million US dollars. Exports exceed imports by 73%.")
    >>> report.audit().ok
    True
    """
    return report_from_extraction(extract(text, locale=locale))
