"""Build an auditable :class:`~regionrel.audit.TradeReport` from report prose.

Only the reporter's value figures for the main period go in: its amounts (and the
previous period's, as ``*_previous``), its changes, indices and multiples, the
excess of one flow over the other, its partner count, partners' shares and its
ranks. Everything else the reader attributed (a partner's, a group's, the
country's, a goods group's figures, shares of flows, falls stated as multiples,
absolute changes, other periods) stays in :attr:`Extraction.statements`. Nothing is
raised for what the text states: a figure stated twice with two values keeps the
first and lists the conflict in :attr:`Extraction.ambiguities`, amounts in several
scales are converted to the largest one exactly, and amounts in another currency
than the report's stay statements.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from regionrel.audit.report import TradeReport
from regionrel.errors import RegionrelError, WrongTypeError
from regionrel.reported import FigureKind, Reported
from regionrel.scales import Scale
from regionrel.text.extraction import Extraction
from regionrel.text.items import Ambiguity, FlowRole
from regionrel.text.reader import extract
from regionrel.text.statements import Entity, Measure, Statement, TimeRole

__all__ = ["conflicts_in", "report_figures", "report_from_extraction", "report_from_text"]


def _amount(statement: Statement, scale: Scale) -> Reported:
    figure = statement.figure
    own = statement.scale or Scale.UNIT
    shift = scale.exponent - own.exponent
    value = figure.value.scaleb(-shift)
    return Reported(value, figure.decimals + shift, FigureKind.NUMBER, figure.locale, span=figure.span)


def _name(statement: Statement) -> str | None:
    flow = statement.flow
    if statement.entity is not Entity.REPORTER or flow is None:
        return None
    if statement.measure is Measure.COUNT:
        return None
    if statement.measure is Measure.VALUE:
        if statement.time is TimeRole.PREVIOUS:
            return flow.value + "_previous"
        return flow.value if statement.time is TimeRole.MAIN else None
    if statement.time is not TimeRole.MAIN or flow is FlowRole.BALANCE:
        return None
    if statement.measure in (Measure.GROWTH, Measure.MULTIPLE):
        return flow.value + "_growth"
    if statement.measure is Measure.INDEX:
        return flow.value + "_index"
    if statement.measure is Measure.EXCESS and statement.than is not None:
        return f"{flow.value}_exceed_{statement.than.value}_by"
    return None


def report_figures(
    statements: tuple[Statement, ...],
) -> tuple[dict[str, Reported], str, Scale, list[tuple[str, Statement, Statement]]]:
    """The reporter's figures by report name, their currency and scale, and the conflicts.

    A conflict is a name stated twice with different values: ``(name, kept, other)``.

    >>> from regionrel.text.statements import read_statements
    >>> named, currency, scale, conflicts = report_figures(read_statements(
    ...     "Exports were $1.3bn; imports were $424.67 million."))
    >>> {n: f.text for n, f in named.items()}, currency, scale.name
    ({'exports': '1.30000', 'imports': '0.42467'}, 'USD', 'BILLION')
    """
    amounts = [s for s in statements if _name(s) is not None and s.measure is Measure.VALUE]
    currencies = Counter(s.currency for s in amounts if s.currency)
    currency = currencies.most_common(1)[0][0] if currencies else "USD"
    mine = [s for s in amounts if s.currency in ("", currency)]
    scale = max((s.scale or Scale.UNIT for s in mine), key=lambda sc: sc.value, default=Scale.MILLION)
    named: dict[str, Reported] = {}
    first: dict[str, Statement] = {}
    conflicts: list[tuple[str, Statement, Statement]] = []
    for statement in statements:
        name = _name(statement)
        if name is None:
            continue
        if statement.measure is Measure.VALUE:
            if statement.currency not in ("", currency):
                continue
            figure = _amount(statement, statement.scale and scale or scale)
        else:
            figure = statement.figure
        if name in named:
            if named[name] == figure:
                continue
            conflicts.append((name, first[name], statement))
            continue
        named[name] = figure
        first[name] = statement
    return named, currency, scale, conflicts


def conflicts_in(found: Extraction) -> tuple[Ambiguity, ...]:
    """The figures *found* states twice with different values, as ambiguities with both spans.

    >>> found = extract("Exports rose 52%. Exports rose 71% in the year.")
    >>> [a.candidates for a in conflicts_in(found)]
    [('exports_growth: 52', 'exports_growth: 71')]
    """
    _, _, _, conflicts = report_figures(found.statements)
    out = []
    for name, kept, other in conflicts:
        start, end = other.span
        out.append(
            Ambiguity(
                found.text[start:end],
                other.span,
                f"states {name} again with another value; the first is kept",
                (f"{name}: {kept.figure.text}", f"{name}: {other.figure.text}"),
            )
        )
    return tuple(out)


def report_from_extraction(found: Extraction) -> TradeReport:
    """Build a :class:`TradeReport` from what :func:`extract` found; never raises on the text.

    The reporter's value figures for the main period go in (see the module); each
    keeps its published digits and its span. A figure stated twice with different
    values keeps its first statement (:func:`conflicts_in` lists the others).

    >>> report = report_from_extraction(extract("Экспорт составил $2 млрд 484,5 млн, "
    ...     "импорт – $448,2 млн.", locale="ru"))
    >>> [(n, f.text) for n, f in report.figures]
    [('exports', '2.4845'), ('imports', '0.4482')]
    """
    named, currency, scale, _ = report_figures(found.statements)
    for exceed in found.exceeds:
        if exceed.larger is not exceed.smaller:
            named.setdefault(
                f"{exceed.larger.value}_exceed_{exceed.smaller.value}_by", exceed.figure
            )
    counts = [
        s
        for s in found.statements
        if s.measure is Measure.COUNT and s.entity is Entity.REPORTER and s.time is TimeRole.MAIN
    ]
    if counts:
        named["partner_count"] = counts[0].figure
    elif not any(s.measure is Measure.COUNT for s in found.statements):
        for count in found.partner_counts:
            named.setdefault("partner_count", count.figure)
    for share in found.shares:
        if share.region is None or share.of is None or share.region.iso_code is None:
            continue
        prefix = {"turnover": "share:", "exports": "share:exports:", "imports": "share:imports:"}
        named.setdefault(prefix[share.of.value] + share.region.iso_code, share.share)
    for rank in found.ranks:
        reporter = found.reporter
        if rank.region is None or reporter is None or rank.region == reporter:
            named.setdefault(f"rank:{rank.role.value}", Reported(Decimal(rank.position), 0))
    kept: dict[str, Reported] = {}
    for name, figure in named.items():
        trial = {**kept, name: figure}
        try:
            TradeReport.from_figures(trial, currency=currency, scale=scale, locale=found.locale)
        except RegionrelError:
            continue
        kept = trial
    try:
        return TradeReport.from_figures(
            kept,
            reporter=found.reporter,
            period=found.period,
            currency=currency,
            scale=scale,
            locale=found.locale,
        )
    except RegionrelError:
        return TradeReport.from_figures(kept, currency=currency, scale=scale, locale=found.locale)


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
