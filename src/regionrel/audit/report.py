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
from collections.abc import Iterable, Mapping
from decimal import Decimal, localcontext
from typing import Any, Final

import attrs

from regionrel._numbers import STANDARD
from regionrel.audit.diagnose import explain, rule_evidence
from regionrel.audit.figures import CEILING, FLOWS, Figure, Role
from regionrel.audit.intervals import ZERO, Bounds
from regionrel.audit.locate import MAX_SUSPECTS, minimal_sets
from regionrel.audit.result import AuditResult, Explanation, Finding, Severity
from regionrel.audit.rules import (
    Constraint,
    Model,
    PartnerCount,
    Product,
    Rank,
    Rule,
    Sum,
    SumAtMost,
)
from regionrel.errors import RegionrelError, ValidationError, WrongTypeError
from regionrel.reported import Reported

__all__ = ["TradeReport"]


_SCALES: Final = ("unit", "thousand", "million", "billion")
_CURRENCY: Final = re.compile(r"[A-Z]{3}")
_NONNEG: Final[Bounds] = (ZERO, CEILING)
_ANY: Final[Bounds] = (CEILING.copy_negate(), CEILING)
_FRACTION: Final[Bounds] = (ZERO, Decimal(1))
_PLACE: Final[Bounds] = (Decimal(1), CEILING)
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


def _coerce(name: str, value: object, locale: str) -> Reported:
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
    try:
        return Reported.coerce(value, locale=locale)
    except RegionrelError as exc:
        raise ValidationError(
            f"cannot be read as a figure: {exc}", cls="TradeReport", field=name, value=value
        ) from exc


def _natural(variable: str) -> Bounds:
    if variable.startswith("balance"):
        return _ANY
    if variable.startswith("share:"):
        return _FRACTION
    if variable.startswith("rank:") and variable.count(":") == 1:
        return _PLACE
    return _NONNEG


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
        reporter, period: who and when (kept as given; any object).
        currency: ISO 4217 code of the amounts. scale: "unit", "thousand", "million" or "billion".
        weights: figure -> reliability (default 1); among equally good suspect
            sets, the one of least reliable figures ranks first.
        locale: how text figures are written ("en" or "ru").

    Raises:
        WrongTypeError: a figure of the wrong type (a float).
        ValidationError: a figure that cannot be read, or does not fit its name;
            an unknown scale or currency code.

    >>> TradeReport(exports="7,109", imports="4,115.9", balance="2,993.1").audit().ok
    True
    """

    #: The figures by name, in the order of the report.
    figures: tuple[tuple[str, Reported], ...]
    #: Flows whose rank lists every other member of the group.
    complete_ranks: frozenset[str]
    currency: str
    scale: str
    reporter: Any = attrs.field(eq=False)
    period: Any = attrs.field(eq=False)
    weights: tuple[tuple[str, Decimal], ...]
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
        scale: str = "million",
        weights: Mapping[str, object] | None = None,
        locale: str = "en",
    ) -> None:
        given = locals()
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
            for key, value in _mapping(table, prefix).items():
                named[f"{prefix}{key}"] = value
        for flow, members in _mapping(rank_values, "rank_values").items():
            for member, value in _mapping(members, f"rank_values[{flow!r}]").items():
                named[f"rank:{flow}:{member}"] = value
        built = TradeReport.from_figures(
            named,
            complete_ranks=complete_ranks,
            reporter=reporter,
            period=period,
            currency=currency,
            scale=scale,
            weights=weights,
            locale=locale,
        )
        self.__attrs_init__(
            built.figures,
            built.complete_ranks,
            built.currency,
            built.scale,
            built.reporter,
            built.period,
            built.weights,
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
        scale: str = "million",
        weights: Mapping[str, object] | None = None,
        locale: str = "en",
    ) -> TradeReport:
        """Build a report from figures by name ("turnover", "share:CN", "rank:exports", ...).

        >>> TradeReport.from_figures({"exports": "7,109", "share:exports:CN": "20%"}).names
        ('exports', 'share:exports:CN')
        """
        if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency):
            raise ValidationError(
                "must be an ISO 4217 code of three capital letters",
                cls="TradeReport",
                field="currency",
                value=currency,
            )
        if scale not in _SCALES:
            raise ValidationError(
                f"must be one of {', '.join(_SCALES)}",
                cls="TradeReport",
                field="scale",
                value=scale,
            )
        if locale not in ("en", "ru"):
            raise ValidationError(
                "must be 'en' or 'ru'", cls="TradeReport", field="locale", value=locale
            )
        items: list[tuple[str, Reported]] = []
        described: dict[str, Figure] = {}
        for name, value in _mapping(figures, "figures").items():
            if not isinstance(name, str):
                raise WrongTypeError(
                    "must have str keys", cls="TradeReport", field="figures", value=name
                )
            reported = _coerce(name, value, locale)
            described[name] = Figure.of(name, reported)  # checks the name and the kind
            items.append((name, reported))
        order = {name: i for i, name in enumerate(KEYWORD_FIGURES)}
        items.sort(key=lambda item: order.get(item[0], len(order)))
        complete = frozenset(complete_ranks)
        for flow in complete:
            if flow not in FLOWS:
                raise ValidationError(
                    f"must name flows among {', '.join(FLOWS)}",
                    cls="TradeReport",
                    field="complete_ranks",
                    value=flow,
                )
        known = {name for name, _ in items}
        table: list[tuple[str, Decimal]] = []
        for name, weight in _mapping(weights, "weights").items():
            if name not in known:
                raise ValidationError(
                    "must name figures of the report",
                    cls="TradeReport",
                    field="weights",
                    value=name,
                )
            if isinstance(weight, bool) or not isinstance(weight, int | Decimal) or weight <= 0:
                raise ValidationError(
                    "must be positive ints or Decimals",
                    cls="TradeReport",
                    field="weights",
                    value=weight,
                )
            table.append((name, Decimal(weight)))
        report = cls.__new__(cls)
        report.__attrs_init__(
            tuple(items),
            complete,
            currency,
            scale,
            reporter,
            period,
            tuple(table),
            locale,
            {"figures": described},
        )
        return report

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the published figures, in report order."""
        return tuple(name for name, _ in self.figures)

    def figure(self, name: str) -> Reported:
        """The figure *name* as published.

        Raises:
            ValidationError: the report has no such figure.
        """
        for key, value in self.figures:
            if key == name:
                return value
        raise ValidationError(
            "is not a figure of this report", cls="TradeReport", field="name", value=name
        )

    def _model(self) -> tuple[Model, dict[str, Figure]]:
        cached = self._cache.get("model")
        if cached is None:
            cached = _build(self, self._cache.get("figures"))
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
        from regionrel.text.report import report_from_text

        return report_from_text(text, locale=locale)

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
        with localcontext(STANDARD):
            return self._audit(max_suspects)

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
                        f"{fig.label} {fig.published} is impossible: {_RANGE_WORDS[fig.role]}",
                    )
                )
        for rule in model.rules:
            if not rule.can_fail_alone(model) or model.solve(rule=rule) is not None:
                continue
            conflicts.append(rule.figures)
            findings.append(
                Finding(rule.key, Severity.ERROR, rule.figures, _broken(model, figures, rule))
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


def _mapping(value: object, field: str) -> Mapping[Any, object]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise WrongTypeError("must be a mapping", cls="TradeReport", field=field, value=value)
    return value


def _broken(model: Model, figures: Mapping[str, Figure], rule: Rule) -> str:
    cited = ", ".join(f"{figures[f].label} {figures[f].published}" for f in rule.figures)
    message = f"{rule.statement} does not hold for {cited}"
    subject = [f for f in rule.figures if figures[f].variable == rule.subject]
    if subject:
        implied = rule_evidence(model, figures, rule, subject[0])
        if implied:
            fig = figures[subject[0]]
            message += f": the other figures give {fig.label} {implied}, not {fig.published}"
    return message


def _build(
    report: TradeReport, described: Mapping[str, Figure] | None
) -> tuple[Model, dict[str, Figure]]:
    known = described or {}
    figures = {name: known.get(name) or Figure.of(name, rep) for name, rep in report.figures}
    pinned = {fig.variable for fig in figures.values()}
    model = Model([], [])

    def var(name: str) -> int:
        return model.add_variable(name, _natural(name))

    def rule(
        key: str, statement: str, subject: str, constraints: list[Constraint], names: Iterable[str]
    ) -> None:
        # The rule counts when one of *names* is published. For a ratio rule these
        # are the ratio and the previous period's values: a ratio nobody published
        # is a free degree that only slows the solver down.
        if any(n in pinned for n in names):
            model.add_rule(key, statement, constraints, subject=subject)

    t, x, m, b = var("turnover"), var("exports"), var("imports"), var("balance")
    rule(
        "turnover",
        "turnover = exports + imports",
        "turnover",
        [Sum(t, x, m)],
        ["turnover", "exports", "imports"],
    )
    rule(
        "balance",
        "balance = exports - imports",
        "balance",
        [Sum(x, b, m)],
        ["balance", "exports", "imports"],
    )
    rule(
        "exports_exceed_imports_by",
        "exports / imports - 1 = the excess of exports over imports",
        "exports_to_imports",
        [Product(x, var("exports_to_imports"), m)],
        ["exports_to_imports"],
    )
    rule(
        "imports_exceed_exports_by",
        "imports / exports - 1 = the excess of imports over exports",
        "imports_to_exports",
        [Product(m, var("imports_to_exports"), x)],
        ["imports_to_exports"],
    )
    growth: dict[str, Constraint] = {}
    for flow in FLOWS:
        growth[flow] = Product(var(flow), var(f"{flow}_ratio"), var(f"{flow}_previous"))
        rule(
            f"{flow}_growth",
            f"{flow} growth = {flow} / previous {flow} - 1",
            f"{flow}_ratio",
            [growth[flow]],
            [f"{flow}_ratio", f"{flow}_previous"],
        )
    tp, xp, mp, bp = (
        var("turnover_previous"),
        var("exports_previous"),
        var("imports_previous"),
        var("balance_previous"),
    )
    previous_sum = Sum(tp, xp, mp)
    rule(
        "turnover_growth_from_flows",
        "turnover growth agrees with the growth of exports and imports",
        "turnover_ratio",
        [growth["turnover"], previous_sum, growth["exports"], growth["imports"]],
        [f"{flow}_{part}" for flow in FLOWS for part in ("ratio", "previous")],
    )
    rule(
        "turnover_previous",
        "previous turnover = previous exports + previous imports",
        "turnover_previous",
        [previous_sum],
        ["turnover_previous", "exports_previous", "imports_previous"],
    )
    rule(
        "balance_previous",
        "previous balance = previous exports - previous imports",
        "balance_previous",
        [Sum(xp, bp, mp)],
        ["balance_previous", "exports_previous", "imports_previous"],
    )
    _partner_rules(model, figures, pinned, var, rule)
    _rank_rules(report, model, figures, var)
    by_quantity: dict[str, list[Figure]] = {}
    for name, fig in figures.items():
        var(fig.variable)
        model.add_figure(name, fig.variable, fig.bounds)
        by_quantity.setdefault(fig.variable, []).append(fig)
    for quantity, same in by_quantity.items():
        if len(same) > 1:
            labels = " and ".join(f.label for f in same)
            model.add_agreement(f"same:{quantity}", f"{labels} say the same", quantity)
    model.finish()
    return model, figures


def _partner_rules(
    model: Model, figures: Mapping[str, Figure], pinned: set[str], var: Any, rule: Any
) -> None:
    partners: dict[str, set[str]] = {flow: set() for flow in FLOWS}
    for fig in figures.values():
        if fig.variable.startswith(("share:", "partner:")):
            _, base, partner = fig.variable.split(":", 2)
            partners[base].add(partner)
    groups: list[list[int]] = []
    for base in FLOWS:
        shares = []
        for partner in sorted(partners[base]):
            share, amount = f"share:{base}:{partner}", f"partner:{base}:{partner}"
            shares.append(var(share))
            rule(
                f"share:{base}:{partner}",
                f"{partner}'s share of {base} = {base} with {partner} / {base}",
                share,
                [Product(var(amount), var(share), var(base))],
                [amount, share],
            )
        if shares:
            if len(shares) > 1:
                model.add_rule(
                    f"shares:{base}",
                    f"the partners' shares of {base} add up to at most 100%",
                    [SumAtMost(shares, _ONE)],
                    subject=f"share:{base}",
                )
            groups.append(shares)
    for partner in sorted(partners["turnover"] & partners["exports"] & partners["imports"]):
        rule(
            f"partner:{partner}",
            f"turnover with {partner} = exports to it + imports from it",
            f"partner:turnover:{partner}",
            [
                Sum(
                    var(f"partner:turnover:{partner}"),
                    var(f"partner:exports:{partner}"),
                    var(f"partner:imports:{partner}"),
                )
            ],
            [f"partner:{base}:{partner}" for base in FLOWS],
        )
    if "partner_count" in figures:
        named = len(set().union(*partners.values()))
        model.add_rule(
            "partner_count",
            f"the partner count is at least the {named} partners named (one more when their shares leave room)",
            [PartnerCount(var("partner_count"), named, groups)],
            subject="partner_count",
        )


def _rank_rules(
    report: TradeReport, model: Model, figures: Mapping[str, Figure], var: Any
) -> None:
    for flow in FLOWS:
        place = f"rank:{flow}"
        if place not in figures:
            continue
        members = [var(name) for name in figures if name.startswith(f"{place}:")]
        model.add_rule(
            place,
            f"the place in {flow} agrees with the other members' {flow}",
            [Rank(var(place), var(flow), members, complete=flow in report.complete_ranks)],
            subject=place,
        )
