"""The trade rules: which relations between a report's figures the audit checks.

:func:`build_model` turns the figures of a report into a
:class:`~regionrel.audit.solver.Model`: each quantity with its natural range,
the rules that tie the quantities (``turnover = exports + imports``, growth,
shares, partner counts, ranks), the figures that pin them, and a rule that
figures pinning one quantity agree. A rule enters only when a figure it
speaks of is published: a rule on quantities nobody published is a free
degree that only slows the solver down.

>>> from regionrel.audit.figures import Figure
>>> from regionrel.reported import Reported
>>> figures = {name: Figure.of(name, Reported.parse(text))
...            for name, text in [("turnover", "10,224.9"), ("exports", "7,109"), ("imports", "4,115.9")]}
>>> model = build_model(figures)
>>> [rule.statement for rule in model.rules]
['turnover = exports + imports', 'balance = exports - imports']
>>> model.solve() is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final, NamedTuple

from regionrel.audit.figures import CEILING, FLOWS, Figure, Role, ceiling_for
from regionrel.audit.intervals import ZERO, Bounds
from regionrel.audit.keys import FigureKey, Measure
from regionrel.audit.solver import (
    Constraint,
    Model,
    PartnerCount,
    Product,
    Rank,
    Sum,
    SumAtMost,
)

__all__ = ["WHOLES", "build_model", "natural_range"]

_ONE: Final = Decimal(1)

#: Partner groups that together are every partner, as a report names them: trade with
#: the CIS and with the far abroad (every country outside the CIS) is all trade.
WHOLES: Final = (("CIS", "far abroad"),)


def natural_range(variable: str, ceiling: Decimal = CEILING) -> Bounds:
    """The values quantity *variable* may take before any figure pins it.

    A balance may be negative, a share lies between 0 and 1, a place is at least 1,
    and every other quantity (a flow, a ratio of flows, a count) is never negative;
    none goes past *ceiling* (see :func:`~regionrel.audit.figures.ceiling_for`).

    >>> natural_range("share:exports:CN")
    (Decimal('0'), Decimal('1'))
    >>> natural_range("goods_share:machinery")
    (Decimal('0'), Decimal('1'))
    """
    if variable.startswith("balance") or variable.endswith("_change"):
        return (ceiling.copy_negate(), ceiling)
    if variable.startswith(("share:", "goods_share:", "group_share:")) or variable in (
        "exports_share",
        "imports_share",
    ):
        return (ZERO, _ONE)
    if variable.startswith("rank:") and variable.count(":") == 1:
        return (_ONE, ceiling)
    return (ZERO, ceiling)


def build_model(figures: Mapping[str, Figure], complete_ranks: Iterable[str] = ()) -> Model:
    """The model of a report: its quantities, the trade rules on them, and its figures.

    The rules depend only on the report's shape (which figures it names, its ranks'
    completeness, its ceiling), not on the values: reports of one shape share one
    built model (its quantities, constraints and rules, never changed once built),
    each with its own figures' bounds.

    Args:
        figures: the report's figures by name, in report order.
        complete_ranks: flows whose ranked members (``rank:<flow>:<member>``) are the
            whole group.
    """
    bounds = {name: fig.bounds for name, fig in figures.items()}
    shape = _Shape(
        tuple((name, fig.key) for name, fig in figures.items()),
        frozenset(complete_ranks),
        ceiling_for(
            bounds.values(),
            ratios=[
                fig.bounds
                for fig in figures.values()
                if fig.role in (Role.GROWTH, Role.INDEX, Role.EXCEED, Role.SHARE)
            ],
        ),
    )
    return _shaped(shape).pinned(bounds)


class _Shape(NamedTuple):
    """What the rules of a report depend on: its figures' names and keys, in report order,
    the flows whose ranks are complete, and the ceiling of its quantities."""

    keys: tuple[tuple[str, FigureKey], ...]
    complete: frozenset[str]
    ceiling: Decimal


@functools.lru_cache(maxsize=256)
def _shaped(shape: _Shape) -> Model:
    """The finished model of reports of *shape*, its figures at their natural ranges
    (:meth:`Model.pinned` gives each report its own bounds)."""
    return _Builder(shape).build()


class _Builder:
    """Adds the trade rules to a model, one family at a time, in a fixed order."""

    __slots__ = ("complete", "keys", "model", "pinned")

    def __init__(self, shape: _Shape) -> None:
        self.keys = shape.keys
        self.complete = shape.complete
        self.pinned = {key.quantity for _, key in shape.keys}
        self.model = Model([], [])
        self.model.ceiling = shape.ceiling

    def var(self, name: str) -> int:
        index = self.model.index.get(name)
        if index is None:
            index = self.model.add_variable(name, natural_range(name, self.model.ceiling))
        return index

    def rule(
        self,
        key: str,
        statement: str,
        subject: str,
        constraints: list[Constraint],
        names: Iterable[str],
    ) -> None:
        """Add the rule when one of the quantities *names* is published.

        For a ratio rule these are the ratio and the previous period's values.
        """
        if any(n in self.pinned for n in names):
            self.model.add_rule(key, statement, constraints, subject=subject)

    def build(self) -> Model:
        self.flows()
        self.partners()
        self.groups()
        self.ranks()
        model = self.model
        by_quantity: dict[str, list[FigureKey]] = {}
        for name, key in self.keys:
            index = self.var(key.quantity)
            model.add_figure(name, key.quantity, model.natural[index])
            by_quantity.setdefault(key.quantity, []).append(key)
        for quantity, same in by_quantity.items():
            if len(same) > 1:
                labels = list(dict.fromkeys(k.label for k in same))
                statement = (
                    f"the statements of {labels[0]} say the same"
                    if len(labels) == 1
                    else f"{' and '.join(k.label for k in same)} say the same"
                )
                model.add_agreement(f"same:{quantity}", statement, quantity)
        model.finish()
        return model

    def flows(self) -> None:
        """The reporter's totals: sums, balances, excesses and growth, now and before."""
        var, rule = self.var, self.rule
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
        for larger, smaller in (("exports", "imports"), ("imports", "exports")):
            excess = f"{larger}_to_{smaller}"
            rule(
                f"{larger}_exceed_{smaller}_by",
                f"{larger} / {smaller} - 1 = the excess of {larger} over {smaller}",
                excess,
                [Product(var(larger), var(excess), var(smaller))],
                [excess],
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
        self.changes()

    def changes(self) -> None:
        """Changes as amounts, falls as multiples, and the flows' shares of turnover.

        Each enters only when published: a change ties this period to the last
        (``exports = previous exports + exports change``), a fall is the previous value
        over the current one, a flow's share is the flow over turnover.
        """
        var, rule = self.var, self.rule
        for flow in (*FLOWS, "balance"):
            change = f"{flow}_change"
            rule(
                change,
                f"{flow} change = {flow} - previous {flow}",
                change,
                [Sum(var(flow), var(f"{flow}_previous"), var(change))],
                [change],
            )
        for flow in FLOWS:
            fall = f"{flow}_fall"
            rule(
                fall,
                f"{flow} fall = previous {flow} / {flow}",
                fall,
                [Product(var(f"{flow}_previous"), var(fall), var(flow))],
                [fall],
            )
        for flow in ("exports", "imports"):
            share = f"{flow}_share"
            rule(
                share,
                f"{flow}' share of turnover = {flow} / turnover",
                share,
                [Product(var(flow), var(share), var("turnover"))],
                [share],
            )

    def partners(self) -> None:
        """Partners' shares and amounts, their sums, and the partner count."""
        var, rule, model = self.var, self.rule, self.model
        partners: dict[str, set[str]] = {flow: set() for flow in FLOWS}
        for _, key in self.keys:
            if key.measure in (Measure.SHARE, Measure.PARTNER) and key.subject:
                partners[key.flow.value].add(key.subject)
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
        if "partner_count" in self.pinned:
            named = len(set().union(*partners.values()))
            model.add_rule(
                "partner_count",
                f"the partner count is at least the {named} partners named (one more when their shares leave room)",
                [PartnerCount(var("partner_count"), named, groups)],
                subject="partner_count",
            )

    def groups(self) -> None:
        """Shares of partner groups and of goods groups: those of one flow add up to at most
        100%; a group's share is its value over the flow; groups that make up the whole
        (the CIS and the far abroad) add up to the flow, their shares to 100%."""
        self.group_values()
        self.wholes()
        model = self.model
        for measure, words in (
            (Measure.GROUP_SHARE, "partner groups'"),
            (Measure.GOODS_SHARE, "goods groups'"),
        ):
            for base in FLOWS:
                quantities = sorted(
                    {
                        key.quantity
                        for _, key in self.keys
                        if key.measure is measure and key.flow == base
                    }
                )
                if len(quantities) > 1:
                    model.add_rule(
                        f"{measure.value}s:{base}",
                        f"the {words} shares of {base} add up to at most 100%",
                        [SumAtMost([self.var(q) for q in quantities], _ONE)],
                        subject=f"{measure.value}:{base}",
                    )

    def group_values(self) -> None:
        """A group's value and its share: ``value = share * flow``, when the value is published."""
        values = sorted(
            {(k.flow.value, k.subject) for _, k in self.keys if k.measure is Measure.GROUP_VALUE},
            key=str,
        )
        for base, group in values:
            share, value = f"group_share:{base}:{group}", f"group_value:{base}:{group}"
            self.rule(
                value,
                f"{group}'s share of {base} = {base} with {group} / {base}",
                share,
                [Product(self.var(value), self.var(share), self.var(base))],
                [value],
            )

    def wholes(self) -> None:
        """Partner groups that make up the whole: their shares add up to 100%, their
        values to the flow (each when both groups' figures of a flow are published)."""
        published = {
            (k.measure, k.flow.value, k.subject)
            for _, k in self.keys
            if k.measure in (Measure.GROUP_SHARE, Measure.GROUP_VALUE)
        }
        for base in FLOWS:
            for first, second in WHOLES:
                both = f"{first} and {second}"
                if {(Measure.GROUP_SHARE, base, first), (Measure.GROUP_SHARE, base, second)} <= (
                    published
                ):
                    whole = self.model.add_variable("whole", (_ONE, _ONE))
                    self.model.add_rule(
                        f"group_whole:{base}:{first}",
                        f"the shares of {base} of {both} add up to 100%",
                        [
                            Sum(
                                whole,
                                self.var(f"group_share:{base}:{first}"),
                                self.var(f"group_share:{base}:{second}"),
                            )
                        ],
                        subject=f"group_share:{base}:{second}",
                    )
                if {(Measure.GROUP_VALUE, base, first), (Measure.GROUP_VALUE, base, second)} <= (
                    published
                ):
                    self.model.add_rule(
                        f"group_sum:{base}:{first}",
                        f"{base} = {base} with {both}",
                        [
                            Sum(
                                self.var(base),
                                self.var(f"group_value:{base}:{first}"),
                                self.var(f"group_value:{base}:{second}"),
                            )
                        ],
                        subject=base,
                    )

    def ranks(self) -> None:
        """The reporter's place in each group by each flow, against the members' amounts."""
        keys = [key for _, key in self.keys]
        places = sorted({k for k in keys if k.measure is Measure.RANK}, key=str)
        for place in places:
            flow = place.flow.value
            members = sorted(
                {
                    k.quantity
                    for k in keys
                    if k.measure is Measure.RANK_VALUE
                    and k.flow is place.flow
                    and k.level == place.level
                }
            )
            complete = place.level is None and flow in self.complete
            among = f" among {place.level}" if place.level else ""
            self.model.add_rule(
                place.quantity,
                f"the place in {flow}{among} agrees with the other members' {flow}",
                [
                    Rank(
                        self.var(place.quantity),
                        self.var(flow),
                        [self.var(m) for m in members],
                        complete=complete,
                    )
                ],
                subject=place.quantity,
            )
