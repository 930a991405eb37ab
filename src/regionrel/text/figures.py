"""Which of an extraction's statements are the reporter's figures, and where they conflict.

The reader attributes every figure it reads to an entity, a measure, a period and a base
(:mod:`regionrel.text.statements`); this picks the reporter's value figures for the main
period, each under its :class:`~regionrel.audit.FigureKey`, converts amounts in several
scales to the largest one exactly, and lists the figures stated twice with two values.
"""

from __future__ import annotations

import functools
from collections import Counter
from decimal import localcontext
from typing import Final

import attrs

from regionrel._numbers import EXACT
from regionrel._validators import checked_by_annotation
from regionrel.audit.figures import Bound
from regionrel.audit.keys import FigureKey
from regionrel.errors import RegionrelError
from regionrel.reported import FigureKind, Reported
from regionrel.scales import Scale
from regionrel.text.extraction import Extraction
from regionrel.text.items import Ambiguity, FlowRole
from regionrel.text.statements import Entity, Measure, Statement, TimeRole

__all__ = [
    "ReportFigures",
    "bound_of",
    "conflicts_in",
    "doubts_in",
    "report_figures",
    "scaled_amount",
    "undecided_in",
]


def scaled_amount(statement: Statement, scale: Scale) -> Reported:
    """The amount *statement* states, converted exactly to *scale* (its digits kept).

    Raises:
        ValidationError: the converted amount is one no figure may hold.

    >>> from regionrel.text.statements import read_statements
    >>> (s,) = read_statements("Exports were $424.67 million.")
    >>> scaled_amount(s, Scale.BILLION).text
    '0.42467'
    """
    return _amount(statement, scale)


#: Each scale's power of ten (``Scale.exponent`` is an enum property: a call per look).
_EXPONENTS: Final = {scale: scale.exponent for scale in Scale}


def _amount(statement: Statement, scale: Scale) -> Reported:
    figure = statement.figure
    shift = _EXPONENTS[scale] - _EXPONENTS[statement.scale or Scale.UNIT]
    if not shift and figure.kind is FigureKind.NUMBER:
        return figure  # in the scale already: the figure itself (the common case)
    with localcontext(EXACT):
        value = figure.value.scaleb(-shift)
    return Reported(
        value, figure.decimals + shift, FigureKind.NUMBER, figure.locale, span=figure.span
    )


#: The range each qualifier the reader types states ("about": near the value either way).
_SIDES: Final = {
    "over": Bound.AT_LEAST,
    "almost": Bound.AT_MOST,
    "under": Bound.AT_MOST,
    "about": Bound.ABOUT,
}
_FLIPPED: Final = {
    Bound.AT_LEAST: Bound.AT_MOST,
    Bound.AT_MOST: Bound.AT_LEAST,
    Bound.ABOUT: Bound.ABOUT,
}


def bound_of(statement: Statement) -> Bound | None:
    """The range *statement* states: "over $5 billion" is at least 5, "fell by more than
    20%" (a growth of -20%) at most -20%, "почти вдвое" at most 2 times, "about 490" and
    "на треть" (about 33.3%) near their value; None for a figure stated as a value.

    >>> from regionrel.text.statements import read_statements
    >>> [bound_of(s) for s in read_statements("Exports exceeded $5 billion.")]
    [<Bound.AT_LEAST: 'at least'>]
    """
    side = _SIDES.get(statement.qualifier)
    if side is None or not statement.figure.value.is_signed():
        return side
    return _FLIPPED[side]  # beyond a negative figure: further below zero


@functools.lru_cache(maxsize=1024)
def _key(
    entity: Entity,
    flow: FlowRole | None,
    carried: bool,
    measure: Measure,
    time: TimeRole,
    base: FlowRole | None,
    doubted: bool,
) -> FigureKey | None:
    """The audit's key for a reporter's statement with these fields, or None when it is
    not a report figure (a pure function of a few enums, so cached)."""
    if entity is not Entity.REPORTER or flow is None or carried or doubted:
        return None
    if measure is Measure.VALUE:
        if time is TimeRole.PREVIOUS:
            return FigureKey.previous(flow)
        return FigureKey.amount(flow) if time is TimeRole.MAIN else None
    if time is not TimeRole.MAIN or flow is FlowRole.BALANCE:
        return None
    if measure in (Measure.GROWTH, Measure.MULTIPLE):
        return FigureKey.growth(flow)
    if measure is Measure.INDEX:
        return FigureKey.index(flow)
    if measure is Measure.VOLUME_GROWTH:
        return FigureKey.volume_growth(flow)
    if measure is Measure.FALL:
        return FigureKey.fall(flow)
    if measure is Measure.CHANGE:
        return FigureKey.change(flow)
    if (
        measure is Measure.SHARE
        and flow in (FlowRole.EXPORTS, FlowRole.IMPORTS)
        and base is FlowRole.TURNOVER
    ):
        return FigureKey.flow_share(flow)
    if (
        measure is Measure.EXCESS
        and base is not None
        and {flow, base} == {FlowRole.EXPORTS, FlowRole.IMPORTS}
    ):
        return FigureKey.exceed(flow)
    return None


@attrs.frozen(field_transformer=checked_by_annotation)
class ReportFigures:
    """The reporter's statements as the audit takes them: keys, figures, currency and scale."""

    #: Every statement of a report figure, in text order (a figure may be stated twice).
    statements: tuple[tuple[FigureKey, Reported], ...]
    #: The currency of the amounts (ISO 4217).
    currency: str
    #: The scale every amount was converted to: the largest the text uses.
    scale: Scale
    #: Figures stated twice with different values: (key, first, other).
    conflicts: tuple[tuple[FigureKey, Statement, Statement], ...]
    #: The side of a range each of ``statements`` states ("over 5"), or None: one each.
    bounds: tuple[Bound | None, ...] = ()

    @property
    def named(self) -> dict[str, Reported]:
        """The first statement of each figure, by name."""
        out: dict[str, Reported] = {}
        for key, figure in self.statements:
            out.setdefault(str(key), figure)
        return out


def report_figures(statements: tuple[Statement, ...]) -> ReportFigures:
    """The reporter's report figures among *statements*, ready for the audit.

    Amounts in the report's currency (the one most amounts are in) are converted
    exactly to the largest scale the text uses; a statement that repeats an earlier
    one with the same digits is dropped; one that states another value is kept and
    listed in ``conflicts``.

    >>> from regionrel.text.statements import read_statements
    >>> found = report_figures(read_statements(
    ...     "Exports were $1.3bn; imports were $424.67 million."))
    >>> {n: f.text for n, f in found.named.items()}, found.currency, found.scale.name
    ({'exports': '1.3', 'imports': '0.42467'}, 'USD', 'BILLION')
    """
    # (tens of thousands per MB, with a few kinds of key: each kind worked out once)
    keys = [
        _key(s.entity, s.flow, s.carried, s.measure, s.time, s.base, bool(s.doubt))
        for s in statements
    ]
    amounts = [
        s
        for s, key in zip(statements, keys, strict=True)
        if key is not None and s.measure in (Measure.VALUE, Measure.CHANGE)
    ]
    currencies = Counter(s.currency for s in amounts if s.currency)
    currency = currencies.most_common(1)[0][0] if currencies else "USD"
    mine = [s for s in amounts if s.currency in ("", currency)]
    scale = max(
        (s.scale or Scale.UNIT for s in mine), key=lambda sc: sc.value, default=Scale.MILLION
    )
    candidates: list[tuple[FigureKey, Reported, Statement]] = []
    # (A bound goes in beside the value the figure states: "over 5" and "5.2" agree.)
    for statement, key in zip(statements, keys, strict=True):
        if key is None:
            continue
        if statement.measure in (Measure.VALUE, Measure.CHANGE):
            if statement.currency not in ("", currency):
                continue
            try:
                figure = _amount(statement, scale)
            except RegionrelError:
                continue  # a value no report may hold
        else:
            figure = statement.figure
        candidates.append((key, figure, statement))
    out: list[tuple[FigureKey, Reported]] = []
    sides: list[Bound | None] = []
    seen: dict[FigureKey, list[tuple[Reported, Statement]]] = {}
    #: (key, figure, side) of every figure kept: a repeat is found in one look.
    kept: set[tuple[FigureKey, Reported, Bound | None]] = set()
    conflicts: list[tuple[FigureKey, Statement, Statement]] = []
    plain: dict[FigureKey, Statement] = {}  # the first statement of each key dated plainly
    for k, _, s in candidates:
        if not s.relative:
            plain.setdefault(k, s)
    for key, figure, statement in candidates:
        if statement.relative and key in plain:
            dated = plain[key]
            if _same(figure, dated, scale) and bound_of(statement) is bound_of(dated):
                continue
            # dated only relative to the moment of speaking, and at odds with a statement
            # dated plainly: the same figure of another period, most likely; listed, not kept
            conflicts.append((key, dated, statement))
            continue
        side = bound_of(statement)
        earlier = seen.setdefault(key, [])
        if (key, figure, side) in kept:
            continue
        if earlier and side is None and bound_of(earlier[0][1]) is None:
            conflicts.append((key, earlier[0][1], statement))
        earlier.append((figure, statement))
        kept.add((key, figure, side))
        out.append((key, figure))
        sides.append(side)
    return ReportFigures(tuple(out), currency, scale, tuple(conflicts), tuple(sides))


def _same(figure: Reported, statement: Statement, scale: Scale) -> bool:
    other = statement.figure
    if statement.measure in (Measure.VALUE, Measure.CHANGE):
        try:
            other = _amount(statement, scale)
        except RegionrelError:
            return False
    return figure == other


def conflicts_in(found: Extraction) -> tuple[Ambiguity, ...]:
    """The figures *found* states twice with different values, as ambiguities with spans.

    The report keeps both statements and its audit flags the disagreement; this lists
    them on the extraction too, each with the span of the later statement.

    >>> from regionrel.text import extract
    >>> found = extract("Exports rose 52%. Exports rose 71% in the year.")
    >>> [a.candidates for a in conflicts_in(found)]
    [('exports_growth: 52', 'exports_growth: 71')]
    """
    out = []
    for key, kept, other in report_figures(found.statements).conflicts:
        start, end = other.span
        out.append(
            Ambiguity(
                found.text[start:end],
                other.span,
                f"states {key} again with another value",
                (f"{key}: {kept.figure.text}", f"{key}: {other.figure.text}"),
            )
        )
    return tuple(out)


def doubts_in(found: Extraction) -> tuple[Ambiguity, ...]:
    """The figures the reader gave the reporter for the main period but kept out of the
    report, because their clause names something else they may be (a base year that is
    not the year before, goods, a partner): ambiguities with spans, never dropped in
    silence. Each stays a statement of the extraction, with its ``doubt``.

    >>> from regionrel.text import extract
    >>> found = extract("В первом полугодии 2024 года товарооборот вырос в 1,8 раза, "
    ...     "чем за тот же период 2021 года.", locale="ru")
    >>> [(a.text, a.reason) for a in doubts_in(found)]
    [('1,8 раза', 'kept out of the report: measured against 2021, not against the year before 2024')]
    """
    out = []
    for statement in found.statements:
        if not statement.doubt:
            continue
        start, end = statement.span
        flow = statement.flow.value if statement.flow is not None else "no flow"
        out.append(
            Ambiguity(
                found.text[start:end],
                statement.span,
                f"kept out of the report: {statement.doubt}",
                (
                    f"the reporter's {flow} {statement.measure.value}: {statement.figure.text}",
                    "another entity's, period's or base's figure",
                ),
            )
        )
    return tuple(out)


def undecided_in(found: Extraction) -> tuple[Ambiguity, ...]:
    """What the report could not decide: :func:`conflicts_in` and :func:`doubts_in`.

    >>> from regionrel.text import extract
    >>> undecided_in(extract("Exports rose 52%."))
    ()
    """
    return conflicts_in(found) + doubts_in(found)
