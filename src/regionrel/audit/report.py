"""TradeReport: published trade figures of one reporter and period, and their audit.

>>> report = TradeReport(
...     turnover="10,224.9", turnover_growth="21.5%",
...     exports="7,109", exports_growth="25.7%",
...     imports="4,115.9", imports_growth="14.8%",
...     exports_exceed_imports_by="73%",
... )
>>> result = report.audit()
>>> result.ok, result.suspects, result.suggestions
(False, [frozenset({'turnover'})], {'turnover': Decimal('11224.9')})
>>> result.diagnoses[0].cause
<Cause.TYPO: 'typing error'>
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, localcontext
from typing import Any, Final

import attrs

from regionrel._numbers import STANDARD, check_locale
from regionrel._validators import as_count
from regionrel.audit.diagnose import explain, rule_evidence
from regionrel.audit.figures import FLOWS, Bound, Figure, Role
from regionrel.audit.intervals import ZERO
from regionrel.audit.keys import FigureKey
from regionrel.audit.locate import MAX_SUSPECTS, minimal_sets
from regionrel.audit.result import AuditResult, Explanation, Finding, Severity
from regionrel.audit.rules import build_model
from regionrel.audit.solver import Model, Rule
from regionrel.errors import RegionrelError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.reported import Reported
from regionrel.scales import Scale

__all__ = ["TradeReport"]


_ONE: Final = Decimal(1)

#: The keyword figures of the constructor, in the order reports list them.
KEYWORD_FIGURES: Final = (
    "turnover",
    "turnover_growth",
    "turnover_index",
    "turnover_previous",
    "exports",
    "exports_growth",
    "exports_index",
    "exports_previous",
    "imports",
    "imports_growth",
    "imports_index",
    "imports_previous",
    "balance",
    "balance_previous",
    "exports_exceed_imports_by",
    "imports_exceed_exports_by",
    "partner_count",
)
_KEYWORD_ORDER: Final = {name: i for i, name in enumerate(KEYWORD_FIGURES)}


class _Problems:
    """What is wrong with a report's input, collected so that one error names it all."""

    __slots__ = ("found",)

    def __init__(self) -> None:
        self.found: list[RegionrelError] = []

    def mapping(self, value: object, field: str) -> Mapping[Any, object]:
        """*value* as a mapping (``None`` is empty); a problem, and empty, when it is none."""
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            self.found.append(
                WrongTypeError("must be a mapping", cls="TradeReport", field=field, value=value)
            )
            return {}
        return value

    def raise_any(self) -> None:
        """Raise the one problem found as it is, or one ValidationError naming each.

        The error's ``field`` lists the fields at fault ("currency, scale"); its
        message gives each problem's field, rule and value.
        """
        if not self.found:
            return
        if len(self.found) == 1:
            raise self.found[0]
        shown = self.found[:8]  # a bounded message, however long the garbage
        fields = ", ".join(dict.fromkeys(str(err.field) for err in shown))
        prefix = "TradeReport: "
        listed = "; ".join(str(err).removeprefix(prefix) for err in shown)
        if len(self.found) > len(shown):
            listed += f"; and {len(self.found) - len(shown)} more"
        raise ValidationError(
            f"have {len(self.found)} problems: {listed}", cls="TradeReport", field=fields
        )


def _restated(exc: RegionrelError, field: str, value: object) -> RegionrelError:
    """*exc*, a rule of another class, as TradeReport's problem with *field*."""
    return type(exc)(exc.rule, cls="TradeReport", field=field, value=value)


def _currency(value: str) -> str:
    """*value* when it is a currency by Money's rule (an ISO 4217 code, exactly)."""
    try:
        return Money.zero(value).currency
    except RegionrelError as exc:
        raise _restated(exc, "currency", value) from None


def _scale(value: Scale | str) -> str:
    """The name of the scale *value* stands for, by :meth:`Scale.coerce`'s rule ("million")."""
    try:
        return Scale.coerce(value).name.lower()
    except RegionrelError as exc:
        raise _restated(exc, "scale", value) from None


def _coerce(name: str, value: object, locale: str | None) -> Reported | None:
    """The figure *name* as a Reported; ``None`` for text when the locale is unknown (``None``)."""
    if isinstance(value, float):
        raise WrongTypeError(
            "must be published text, a Reported, an int or a Decimal (a float has lost its digits)",
            cls="TradeReport",
            field=name,
            value=value,
        )
    if not isinstance(value, Reported | str | int | Decimal) or isinstance(value, bool):
        raise WrongTypeError(
            "must be published text, a Reported, an int or a Decimal",
            cls="TradeReport",
            field=name,
            value=value,
        )
    if locale is None and isinstance(value, str):
        return None
    try:
        return Reported.coerce(value, locale=locale or "en")
    except RegionrelError as exc:
        raise ValidationError(
            f"cannot be read as a figure: {exc}", cls="TradeReport", field=name, value=value
        ) from exc


def _flows(complete_ranks: Iterable[str], found: list[RegionrelError]) -> frozenset[str]:
    """The flows of *complete_ranks*; a problem for each that is not a flow."""
    try:
        complete = frozenset(complete_ranks)
    except TypeError:
        found.append(
            WrongTypeError(
                "must be an iterable of flows",
                cls="TradeReport",
                field="complete_ranks",
                value=complete_ranks,
            )
        )
        return frozenset()
    for flow in sorted(complete, key=repr):
        if flow not in FLOWS:
            found.append(
                ValidationError(
                    f"must name flows among {', '.join(FLOWS)}",
                    cls="TradeReport",
                    field="complete_ranks",
                    value=flow,
                )
            )
    return complete


def _figures_named(
    name: object, names: Mapping[str, list[str]], field: str, found: list[RegionrelError]
) -> str | None:
    """The statement or figure name *name* gives, if the report has it; else a problem."""
    label = str(name) if isinstance(name, FigureKey) else name
    if isinstance(label, str) and label in names:
        return label
    found.append(
        ValidationError(
            "must name figures of the report", cls="TradeReport", field=field, value=name
        )
    )
    return None


def _weights(
    weights: Mapping[Any, object],
    names: Mapping[str, list[str]],
    found: list[RegionrelError],
) -> tuple[tuple[str, Decimal], ...]:
    """The weights by statement name; a problem for each that names no figure or is not positive.

    *names* maps each name a weight may use (a statement's, or its figure's, which
    weighs every statement of the figure) to the statements it weighs.
    """
    table: dict[str, Decimal] = {}
    for name, weight in weights.items():
        label = _figures_named(name, names, "weights", found)
        if label is None:
            continue
        if (
            isinstance(weight, bool)
            or not isinstance(weight, int | Decimal)
            or (isinstance(weight, Decimal) and not weight.is_finite())
            or weight <= 0
        ):
            found.append(
                ValidationError(
                    "must be positive ints or Decimals",
                    cls="TradeReport",
                    field="weights",
                    value=weight,
                )
            )
            continue
        for statement in names[label]:
            table[statement] = Decimal(weight)
    return tuple(table.items())


def _bounds(
    bounds: Mapping[Any, object],
    names: Mapping[str, list[str]],
    stated: Mapping[str, Bound],
    found: list[RegionrelError],
) -> tuple[tuple[str, Bound], ...]:
    """The bounds by statement name: those *stated* with the statements, then those of
    *bounds* (by statement or figure name); a problem for each that names no figure or is
    not a :class:`Bound`."""
    table = dict(stated)
    for name, bound in bounds.items():
        label = _figures_named(name, names, "bounds", found)
        if label is None:
            continue
        try:
            side = Bound.coerce(bound)
        except RegionrelError as exc:
            found.append(exc)
            continue
        for statement in names[label]:
            table[statement] = side
    return tuple(table.items())


#: A statement's name: its figure's name, numbered when the figure is stated again.
_NUMBERED: Final = re.compile(r"(?P<name>.+)#(?P<n>[1-9][0-9]{0,5})")


def _statement_key(name: object) -> FigureKey:
    """The figure a statement name (or key) states: "exports_growth#2" states exports_growth.

    Raises:
        ValidationError: *name* is not a figure the audit knows.
    """
    if isinstance(name, FigureKey):
        return name
    if not isinstance(name, str):
        raise WrongTypeError(
            "must have str or FigureKey keys", cls="TradeReport", field="figures", value=name
        )
    numbered = _NUMBERED.fullmatch(name)
    try:
        return FigureKey.parse(numbered["name"] if numbered else name)
    except RegionrelError:
        raise ValidationError(
            "is not a figure the audit knows", cls="TradeReport", field="figures", value=name
        ) from None


def _numbered(stated: list[tuple[FigureKey, Reported]]) -> list[tuple[str, Reported]]:
    """Name each statement: the figure's name, or ``name#1``, ``name#2``... for a figure
    stated more than once."""
    counts: dict[FigureKey, int] = {}
    for key, _ in stated:
        counts[key] = counts.get(key, 0) + 1
    seen: dict[FigureKey, int] = {}
    named = []
    for key, reported in stated:
        if counts[key] == 1:
            named.append((str(key), reported))
            continue
        seen[key] = seen.get(key, 0) + 1
        named.append((f"{key}#{seen[key]}", reported))
    return named


@attrs.frozen(init=False)
class TradeReport:
    """The trade figures one source published for a reporter and period, ready to audit.

    Every figure is optional and may be given as text exactly as published
    ("10,224.9", "21.5%", "104.9%", "2.1 times"), as a :class:`Reported` (which may
    carry the ``span`` where it was found in a text), an int or a Decimal.
    Amounts are in the report's ``currency`` and ``scale``. A growth is read as a
    change ("+25.7%" means 1.257 times last year's value; "2.1 times" means 2.1
    times); an ``*_index`` as the current value in percent of the previous one
    ("104.9%"). See :mod:`regionrel.audit.figures` for every figure name.

    Args:
        turnover, exports, imports, balance: the current amounts.
        turnover_growth, exports_growth, imports_growth: the change over the previous period.
        turnover_index, exports_index, imports_index: the same as an index.
        turnover_previous, exports_previous, imports_previous, balance_previous: the
            previous period's amounts.
        exports_exceed_imports_by, imports_exceed_exports_by: "exports exceed imports by 73%".
        partner_count: the number of partner countries.
        shares: partner -> share of turnover ("15.6%"); ``export_shares`` and
            ``import_shares`` likewise for exports and imports.
        partner_turnover, partner_exports, partner_imports: partner -> the amount
            traded with it.
        ranks: flow ("exports") -> the reporter's place in its group ("2").
        rank_values: flow -> member -> the member's amount, where known.
        complete_ranks: flows whose ``rank_values`` list every other member of the group.
        bounds: figure -> :class:`~regionrel.audit.figures.Bound` ("at least", "at most",
            "about", or the Bound): the figure is a range ("over $5 billion" is
            ``turnover="5"`` with ``bounds={"turnover": "at least"}``; "about 3": "about").
        reporter, period: who and when (kept as given; any object).
        currency: the ISO 4217 code of the amounts, by :class:`~regionrel.money.Money`'s rule.
        scale: what the amounts are stated in: a :class:`~regionrel.scales.Scale` or its
            name ("unit", "thousand", "million", "billion", "trillion"); kept as the name.
        weights: figure -> reliability (default 1); among equally good suspect
            sets, the one of least reliable figures ranks first.
        locale: how text figures are written ("en" or "ru").

    Raises:
        WrongTypeError: a figure of the wrong type (a float), or another argument of the
            wrong type, when it is the only problem.
        ValidationError: a figure that cannot be read, or does not fit its name; an
            unknown currency code, scale or locale; and when the arguments have several
            problems, one error whose message names each (field, rule and value).

    >>> TradeReport(exports="7,109", imports="4,115.9", balance="2,993.1").audit().ok
    True
    >>> over = TradeReport(turnover="5", exports="3.9", imports="1.9", scale="billion",
    ...     bounds={"turnover": "at least"})
    >>> over.audit().ok, over.bounds
    (True, (('turnover', <Bound.AT_LEAST: 'at least'>),))
    >>> TradeReport(turnover="5", exports="2.2", imports="1.9", scale="billion",
    ...     bounds={"turnover": "at least"}).audit().ok
    False
    """

    #: The figures by name, in the order of the report.
    figures: tuple[tuple[str, Reported], ...]
    #: Flows whose rank lists every other member of the group.
    complete_ranks: frozenset[str]
    #: The ISO 4217 code of the amounts.
    currency: str
    #: The name of the scale the amounts are stated in ("million").
    scale: str
    reporter: Any = attrs.field(eq=False)
    period: Any = attrs.field(eq=False)
    #: The reliability of figures, by name (a figure not named weighs 1).
    weights: tuple[tuple[str, Decimal], ...]
    #: The figures published as one side of a range ("over 5"), by statement name.
    bounds: tuple[tuple[str, Bound], ...]
    #: How the text figures are written ("en" or "ru").
    locale: str
    _cache: dict[str, Any] = attrs.field(eq=False, repr=False, hash=False)

    def __init__(
        self,
        *,
        turnover: object = None,
        exports: object = None,
        imports: object = None,
        balance: object = None,
        turnover_growth: object = None,
        exports_growth: object = None,
        imports_growth: object = None,
        turnover_index: object = None,
        exports_index: object = None,
        imports_index: object = None,
        turnover_previous: object = None,
        exports_previous: object = None,
        imports_previous: object = None,
        balance_previous: object = None,
        exports_exceed_imports_by: object = None,
        imports_exceed_exports_by: object = None,
        partner_count: object = None,
        shares: Mapping[str, object] | None = None,
        export_shares: Mapping[str, object] | None = None,
        import_shares: Mapping[str, object] | None = None,
        partner_turnover: Mapping[str, object] | None = None,
        partner_exports: Mapping[str, object] | None = None,
        partner_imports: Mapping[str, object] | None = None,
        ranks: Mapping[str, object] | None = None,
        rank_values: Mapping[str, Mapping[str, object]] | None = None,
        complete_ranks: Iterable[str] = (),
        reporter: object = None,
        period: object = None,
        currency: str = "USD",
        scale: Scale | str = "million",
        weights: Mapping[str, object] | None = None,
        locale: str = "en",
        bounds: Mapping[str, object] | None = None,
    ) -> None:
        given = locals()
        problems = _Problems()
        named: dict[str, object] = {}
        for key in KEYWORD_FIGURES:
            if given[key] is not None:
                named[key] = given[key]
        for prefix, table in (
            ("share:", shares),
            ("share:exports:", export_shares),
            ("share:imports:", import_shares),
            ("partner:", partner_turnover),
            ("partner:exports:", partner_exports),
            ("partner:imports:", partner_imports),
            ("rank:", ranks),
        ):
            for key, value in problems.mapping(table, prefix).items():
                named[f"{prefix}{key}"] = value
        for flow, members in problems.mapping(rank_values, "rank_values").items():
            for member, value in problems.mapping(members, f"rank_values[{flow!r}]").items():
                named[f"rank:{flow}:{member}"] = value
        built = TradeReport._read(
            [(name, value, None) for name, value in named.items()],
            problems,
            complete_ranks=complete_ranks,
            reporter=reporter,
            period=period,
            currency=currency,
            scale=scale,
            weights=weights,
            locale=locale,
            bounds=bounds,
        )
        self.__attrs_init__(
            built.figures,
            built.complete_ranks,
            built.currency,
            built.scale,
            built.reporter,
            built.period,
            built.weights,
            built.bounds,
            built.locale,
            built._cache,
        )

    @classmethod
    def from_figures(
        cls,
        figures: Mapping[str, object],
        *,
        complete_ranks: Iterable[str] = (),
        reporter: object = None,
        period: object = None,
        currency: str = "USD",
        scale: Scale | str = "million",
        weights: Mapping[str, object] | None = None,
        locale: str = "en",
        bounds: Mapping[str, object] | None = None,
    ) -> TradeReport:
        """Build a report from figures by name ("turnover", "share:CN", "rank:exports", ...).

        The arguments are those of the constructor, with the figures in one mapping;
        every problem with them is reported at once (see :class:`TradeReport`).

        >>> TradeReport.from_figures({"exports": "7,109", "share:exports:CN": "20%"}).names
        ('exports', 'share:exports:CN')
        >>> TradeReport.from_figures({"exports": "7,109 USD"}, currency="XYZ", scale="zillion")
        Traceback (most recent call last):
        ...
        regionrel.errors.ValidationError: TradeReport: 'currency, scale, exports' have 3 problems: 'currency' must be a known ISO 4217 currency code, such as 'USD', 'EUR' or 'RUB' (got 'XYZ'); 'scale' must name a scale: 'unit', 'thousand', 'million', 'billion' or 'trillion' (got 'zillion'); 'exports' cannot be read as a figure: Reported.parse: 'text' has text after the figure (got '7,109 USD', stopped at position 6 before 'USD') (got '7,109 USD')
        """
        problems = _Problems()
        return cls._read(
            [(name, value, None) for name, value in problems.mapping(figures, "figures").items()],
            problems,
            complete_ranks=complete_ranks,
            reporter=reporter,
            period=period,
            currency=currency,
            scale=scale,
            weights=weights,
            locale=locale,
            bounds=bounds,
        )

    @classmethod
    def _read(
        cls,
        figures: Iterable[tuple[object, object, object]],
        problems: _Problems,
        *,
        complete_ranks: Iterable[str],
        reporter: object,
        period: object,
        currency: str,
        scale: Scale | str,
        weights: Mapping[Any, object] | None,
        locale: str,
        bounds: Mapping[Any, object] | None,
    ) -> TradeReport:
        """Check and read every argument, collecting *problems*; raise them all at the end."""
        found = problems.found
        # "" stands for a value found wrong: raise_any below raises before it is used.
        code = scale_name = ""
        language: str | None = None
        try:
            code = _currency(currency)
        except RegionrelError as exc:
            found.append(exc)
        try:
            scale_name = _scale(scale)
        except RegionrelError as exc:
            found.append(exc)
        try:
            language = check_locale(locale, cls="TradeReport")
        except RegionrelError as exc:
            found.append(exc)
        stated: list[tuple[FigureKey, Reported]] = []
        checked: list[Figure] = []
        given: list[tuple[object, object, object]] = list(figures)
        for name, value, side in given:
            try:
                key = _statement_key(name)
                reported = _coerce(str(key), value, language)
                bound = None if side is None else Bound.coerce(side, field=str(key))
                if reported is None:  # text cannot be read in an unknown locale; its name can
                    continue
                figure = Figure.of(key, reported, bound=bound)  # checks the kind against the name
            except RegionrelError as exc:
                found.append(exc)
                continue
            stated.append((key, reported))
            checked.append(figure)
        order = _KEYWORD_ORDER
        ranks = sorted(range(len(stated)), key=lambda i: order.get(str(stated[i][0]), len(order)))
        stated = [stated[i] for i in ranks]
        checked = [checked[i] for i in ranks]
        items = _numbered(stated)
        complete = _flows(complete_ranks, found)
        names: dict[str, list[str]] = {n: [] for n, _, _ in given if isinstance(n, str)}
        for (key, _), (name, _) in zip(stated, items, strict=True):
            names[name] = [name]
            if name != str(key):
                names.setdefault(str(key), []).append(name)
        table = _weights(problems.mapping(weights, "weights"), names, found)
        sides = _bounds(
            problems.mapping(bounds, "bounds"),
            names,
            {name: f.bound for (name, _), f in zip(items, checked, strict=True) if f.bound},
            found,
        )
        problems.raise_any()
        # The figures checked above are those the audit reads: kept, not built again.
        side_of = dict(sides)
        sides = tuple((name, side_of[name]) for name, _ in items if name in side_of)
        described = {
            name: (fig if fig.name == name else attrs.evolve(fig, name=name)).bounded(
                side_of.get(name)
            )
            for (name, _), fig in zip(items, checked, strict=True)
        }
        report = cls.__new__(cls)
        report.__attrs_init__(
            tuple(items),
            complete,
            code,
            scale_name,
            reporter,
            period,
            table,
            sides,
            language or "",
            {"figures": described},
        )
        return report

    @classmethod
    def from_statements(
        cls,
        statements: Iterable[
            tuple[FigureKey | str, object] | tuple[FigureKey | str, object, object]
        ],
        *,
        complete_ranks: Iterable[str] = (),
        reporter: object = None,
        period: object = None,
        currency: str = "USD",
        scale: Scale | str = "million",
        weights: Mapping[str | FigureKey, object] | None = None,
        locale: str = "en",
        bounds: Mapping[str | FigureKey, object] | None = None,
    ) -> TradeReport:
        """Build a report from statements of figures, a figure possibly stated more than once.

        Each statement is a figure's key (or name) and its value as published,
        best a :class:`Reported` carrying the ``span`` where a text states it,
        and optionally a third item: the :class:`~regionrel.audit.figures.Bound` of a
        statement that is one side of a range ("over 5"). A
        figure stated more than once keeps every statement: they are named
        ``exports_growth#1``, ``exports_growth#2``... in the order given, and the
        audit flags statements that disagree, citing each with its span. The other
        arguments are those of the constructor; *weights* may name a statement or a
        figure (which weighs each of its statements).

        Raises:
            WrongTypeError, ValidationError: as the constructor.

        >>> import attrs
        >>> from regionrel.reported import Reported
        >>> headline = attrs.evolve(Reported.parse("52%"), span=(30, 33))
        >>> body = attrs.evolve(Reported.parse("71%"), span=(120, 123))
        >>> report = TradeReport.from_statements([
        ...     (FigureKey.growth("exports"), headline),
        ...     (FigureKey.growth("exports"), body),
        ... ])
        >>> report.names
        ('exports_growth#1', 'exports_growth#2')
        >>> print(report.audit().errors[0].message)
        exports growth is stated twice, and the statements disagree: +52% (characters 30-33) and +71% (characters 120-123)
        """
        problems = _Problems()
        pairs: list[object]
        try:
            if isinstance(statements, str | bytes | bytearray | Mapping):
                raise TypeError  # text or a mapping is not a list of pairs (nor read letter by letter)
            pairs = list(statements)
        except TypeError:
            problems.found.append(
                WrongTypeError(
                    "must be an iterable of (figure, value) pairs",
                    cls="TradeReport",
                    field="statements",
                    value=statements,
                )
            )
            pairs = []
        checked: list[tuple[object, object, object]] = []
        for pair in pairs:
            if not isinstance(pair, tuple) or len(pair) not in (2, 3):
                problems.found.append(
                    WrongTypeError(
                        "must hold (figure, value) pairs or (figure, value, bound) triples",
                        cls="TradeReport",
                        field="statements",
                        value=pair,
                    )
                )
                continue
            checked.append((pair[0], pair[1], pair[2] if len(pair) == 3 else None))
        return cls._read(
            checked,
            problems,
            complete_ranks=complete_ranks,
            reporter=reporter,
            period=period,
            currency=currency,
            scale=scale,
            weights=weights,
            locale=locale,
            bounds=bounds,
        )

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the published statements, in report order ("exports_growth#2" for a
        figure's second statement)."""
        return tuple(name for name, _ in self.figures)

    @property
    def statements(self) -> tuple[tuple[FigureKey, Reported], ...]:
        """Each statement as its figure's key and its value as published, in report order.

        >>> TradeReport(exports="7,109").statements
        ((FigureKey.parse('exports'), Reported.parse('7,109')),)
        """
        return tuple((_statement_key(name), value) for name, value in self.figures)

    def figure(self, name: str | FigureKey) -> Reported:
        """The figure *name* (a statement's name, or a figure's name or key) as published;
        a figure stated more than once gives its first statement (see :meth:`stated`).

        Raises:
            ValidationError: the report has no such figure.
        """
        label = str(name) if isinstance(name, FigureKey) else name
        for key, value in self.figures:
            if key == label:
                return value
        found = self.stated(name) if isinstance(name, str | FigureKey) else ()
        if found:
            return found[0]
        raise ValidationError(
            "is not a figure of this report", cls="TradeReport", field="name", value=name
        )

    def stated(self, figure: str | FigureKey) -> tuple[Reported, ...]:
        """Every statement of *figure* (a key or a figure's name), in report order.

        >>> TradeReport(exports="7,109").stated("exports")
        (Reported.parse('7,109'),)
        """
        try:
            key = FigureKey.coerce(figure)
        except RegionrelError:
            return ()
        return tuple(value for k, value in self.statements if k == key)

    def _model(self) -> tuple[Model, dict[str, Figure]]:
        cached = self._cache.get("model")
        if cached is None:
            figures = self._cache["figures"]  # filled by every constructor (_read)
            cached = (build_model(figures, self.complete_ranks), figures)
            self._cache["model"] = cached
        return cached

    @classmethod
    def from_text(cls, text: str, *, locale: str = "en") -> TradeReport:
        """Build a report from published prose (see :func:`regionrel.text.report_from_text`).

        Each figure keeps its published digits and its span in *text*, so that a finding
        can point back at the phrase it came from.

        >>> TradeReport.from_text("Exports exceed imports by 73%.").names
        ('exports_exceed_imports_by',)
        """
        import regionrel.text.report as text_report  # layers: documented exception (a convenience that reads text with the floor above)

        return text_report.report_from_text(text, locale=locale)

    def audit(self, *, max_suspects: int = MAX_SUSPECTS) -> AuditResult:
        """Check every figure against the others; locate, explain and correct what breaks.

        Args:
            max_suspects: the largest suspect set to search for.

        Returns:
            The findings (each broken rule), the minimal suspect sets best
            first, their diagnoses and the suggested values.

        The audit computes in its own decimal context (Python's default: 28 digits,
        half-even), so its verdict never depends on the precision or rounding the caller
        has set.
        """
        count = as_count(max_suspects, cls="TradeReport.audit", field="max_suspects", minimum=1)
        with localcontext(STANDARD):
            return self._audit(count)

    def _audit(self, max_suspects: int) -> AuditResult:
        model, figures = self._model()
        model.refill()
        if model.solve() is not None:
            return AuditResult(findings=(), explanations=())
        findings: list[Finding] = []
        conflicts: list[tuple[str, ...]] = []
        for name, fig in figures.items():
            lo, hi = model.natural[model.index[fig.variable]]
            b_lo, b_hi = fig.bounds
            if b_hi < lo or b_lo > hi:
                conflicts.append((name,))
                findings.append(
                    Finding(
                        f"range:{name}",
                        Severity.ERROR,
                        (name,),
                        f"{fig.label} {fig.published}{_at(fig)} is impossible: {_RANGE_WORDS[fig.role]}",
                        spans=(fig.reported.span,),
                    )
                )
        for rule in model.rules:
            if not rule.can_fail_alone(model) or model.solve(rule=rule) is not None:
                continue
            conflicts.append(rule.figures)
            findings.append(
                Finding(
                    rule.key,
                    Severity.ERROR,
                    rule.figures,
                    _broken(model, figures, rule),
                    spans=tuple(figures[f].reported.span for f in rule.figures),
                )
            )
        if not findings:
            findings.append(
                Finding(
                    "joint",
                    Severity.ERROR,
                    tuple(figures),
                    "each rule holds on its own, but no values within the figures' rounding satisfy all of them at once",
                )
            )
        broken = frozenset(f.rule for f in findings)
        weights = dict(self.weights)
        ranked: list[tuple[tuple[int, Decimal, int], Explanation]] = []
        for n, suspects in enumerate(minimal_sets(model, conflicts, max_size=max_suspects)):
            explanation, unexplained = explain(model, figures, suspects, model.rules, broken)
            weight = sum((weights.get(f, _ONE) for f in suspects), ZERO)
            ranked.append(((unexplained, weight, n), explanation))
        ranked.sort(key=lambda item: item[0])
        return AuditResult(findings=tuple(findings), explanations=tuple(e for _, e in ranked))


_RANGE_WORDS: Final = {
    Role.AMOUNT: "an amount of trade is never negative",
    Role.SIGNED_AMOUNT: "",
    Role.GROWTH: "a flow cannot fall by more than 100%",
    Role.INDEX: "an index is never negative",
    Role.EXCEED: "a ratio of flows is never negative",
    Role.SHARE: "a share lies between 0% and 100%",
    Role.COUNT: "a count or place is a whole number of at least 1",
}


def _broken(model: Model, figures: Mapping[str, Figure], rule: Rule) -> str:
    if not rule.constraints and len({figures[f].label for f in rule.figures}) == 1:
        return _disagree(figures, rule.figures)
    cited = ", ".join(
        f"{figures[f].label} {figures[f].published}{_at(figures[f])}" for f in rule.figures
    )
    message = f"{rule.statement} does not hold for {cited}"
    subject = [f for f in rule.figures if figures[f].variable == rule.subject]
    if subject:
        implied = rule_evidence(model, figures, rule, subject[0])
        if implied:
            fig = figures[subject[0]]
            message += f": the other figures give {fig.label} {implied}, not {fig.published}"
    return message


def _at(fig: Figure) -> str:
    span = fig.reported.span
    return "" if span is None else f" (characters {span[0]}-{span[1]})"


def _disagree(figures: Mapping[str, Figure], names: Sequence[str]) -> str:
    """Statements of one figure that disagree, each cited with its span where known."""
    same = [figures[n] for n in names]
    times = {2: "twice", 3: "three times"}.get(len(same), f"{len(same)} times")
    cited = " and ".join(f"{fig.published}{_at(fig)}" for fig in same)
    return f"{same[0].label} is stated {times}, and the statements disagree: {cited}"
