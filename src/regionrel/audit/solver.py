"""The solver: constraints between quantities, narrowed by interval propagation.

A report's figures pin quantities (exports, the ratio of this year's imports
to last year's, a partner's share) to the intervals their rounding allows.
Rules tie quantities together: ``turnover = exports + imports``,
``exports = exports_ratio * exports_previous``. Quantities no figure gives
(last year's turnover when it is not published) are unknowns with their
natural range.

:meth:`Model.solve` narrows every quantity to the values the rules leave
possible (interval propagation to a fixed point, each step rounded outward).
When a quantity's interval becomes empty, no choice of values within the
figures' rounding satisfies the rules: the report is inconsistent. Narrowing
is sound: a report whose figures are true values rounded as published keeps
every interval non-empty, so it is never flagged. (On cyclic systems the
fixed point may stop short of the tightest intervals; then a few
inconsistencies smaller than about a millionth of a value may go unseen.)

The solver knows nothing of trade: :mod:`regionrel.audit.rules` states the
trade rules with its constraints.

>>> from decimal import Decimal as D
>>> m = Model(["turnover", "exports", "imports"], [(D(0), INF)] * 3)
>>> m.add_rule("turnover", "turnover = exports + imports", [Sum(0, 1, 2)], subject="turnover")
>>> m.add_figure("turnover", "turnover", (D("10224.85"), D("10224.95")))
>>> m.add_figure("exports", "exports", (D("7108.5"), D("7109.5")))
>>> m.add_figure("imports", "imports", (D("4115.85"), D("4115.95")))
>>> m.solve() is None
True
>>> m.solve(free=frozenset({"turnover"}))[0]
(Decimal('11224.35'), Decimal('11225.45'))
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from regionrel.audit.intervals import (
    INF,
    NINF,
    ZERO,
    Bounds,
    add,
    div_nonneg,
    mul_nonneg,
    sub,
)

__all__ = ["Constraint", "Model", "PartnerCount", "Product", "Rank", "Rule", "Sum", "SumAtMost"]

# A bound moving by less than this share of the interval's width does not
# wake the other constraints again: it stops slow convergence on cycles.
_TOLERANCE_FACTOR = Decimal(10**6)
# The most constraint revisions one solve may make.
_MAX_STEPS = 300
# An interval wider than this share of its size is split to test consistency.
_RELATIVE_WIDTH = Decimal("0.001")
# The most boxes one solve, and one audit, may split into.
_SPLIT_BUDGET = 32
SPLITS_PER_AUDIT = 256
ONE = Decimal(1)


class _EmptyError(Exception):
    """A quantity has no possible value left: the solver's signal to stop narrowing.

    Internal control flow, not a regionrel error: nothing the caller gave is wrong
    (an empty interval is the answer "these figures disagree"), and it never
    leaves this module: :meth:`Constraint.revise` turns it into ``None``.
    """


def _narrow(dom: list[Bounds], i: int, lo: Decimal, hi: Decimal, changed: list[int]) -> None:
    """Intersect ``dom[i]`` with ``[lo, hi]``; note *i* in *changed* when it shrank notably.

    Raises:
        _EmptyError: the intersection is empty.
    """
    olo, ohi = dom[i]
    nlo = lo if lo > olo else olo
    nhi = hi if hi < ohi else ohi
    if nlo > nhi:
        raise _EmptyError
    if nlo is olo and nhi is ohi:
        return
    dom[i] = (nlo, nhi)
    if (
        olo.is_infinite()
        or ohi.is_infinite()
        or (nlo - olo + ohi - nhi) * _TOLERANCE_FACTOR > ohi - olo
    ):
        changed.append(i)


class Constraint:
    """A relation between quantities (by index) that can narrow their intervals."""

    __slots__ = ("variables",)
    variables: tuple[int, ...]
    #: Whether the constraint is an equation (one degree of freedom less), not an inequality.
    equation = True

    def revise(self, dom: list[Bounds]) -> list[int] | None:
        """Narrow *dom* to values this constraint allows; return the indices that shrank.

        Returns ``None`` when no values satisfy the constraint (*dom* is then
        left part-narrowed: throw it away).
        """
        changed: list[int] = []
        try:
            self._revise(dom, changed)
        except _EmptyError:
            return None
        return changed

    def _revise(self, dom: list[Bounds], changed: list[int]) -> None:
        """Narrow *dom*, noting in *changed* each index that shrank; raise :class:`_EmptyError`."""
        raise NotImplementedError


class Sum(Constraint):
    """``total = left + right``.

    >>> from decimal import Decimal as D
    >>> dom = [(D(0), INF), (D(1), D(2)), (D(3), D(4))]
    >>> Sum(0, 1, 2).revise(dom), dom[0]
    ([0], (Decimal('4'), Decimal('6')))
    """

    __slots__ = ()

    def __init__(self, total: int, left: int, right: int) -> None:
        self.variables = (total, left, right)

    def _revise(self, dom: list[Bounds], changed: list[int]) -> None:
        t, a, b = self.variables
        lo, hi = add(dom[a], dom[b])
        _narrow(dom, t, lo, hi, changed)
        lo, hi = sub(dom[t], dom[b])
        _narrow(dom, a, lo, hi, changed)
        lo, hi = sub(dom[t], dom[a])
        _narrow(dom, b, lo, hi, changed)


class Product(Constraint):
    """``result = factor * other`` for quantities that are never negative.

    >>> from decimal import Decimal as D
    >>> dom = [(D(7108.5), D(7109.5)), (D("1.2565"), D("1.2575")), (D(0), INF)]
    >>> Product(0, 1, 2).revise(dom)
    [2]
    >>> [str(round(b, 2)) for b in dom[2]]
    ['5652.88', '5658.18']
    """

    __slots__ = ()

    def __init__(self, result: int, factor: int, other: int) -> None:
        self.variables = (result, factor, other)

    def _revise(self, dom: list[Bounds], changed: list[int]) -> None:
        r, a, b = self.variables
        lo, hi = mul_nonneg(dom[a], dom[b])
        _narrow(dom, r, lo, hi, changed)
        q = div_nonneg(dom[r], dom[b])
        if q is not None:
            _narrow(dom, a, q[0], q[1], changed)
        q = div_nonneg(dom[r], dom[a])
        if q is not None:
            _narrow(dom, b, q[0], q[1], changed)


class SumAtMost(Constraint):
    """``sum(parts) <= limit`` for quantities that are never negative (shares of a whole)."""

    __slots__ = ("limit",)
    equation = False

    def __init__(self, parts: Iterable[int], limit: Decimal) -> None:
        self.variables = tuple(parts)
        self.limit = limit

    def _revise(self, dom: list[Bounds], changed: list[int]) -> None:
        lows = ZERO
        for i in self.variables:
            lows = lows + dom[i][0]
        if lows > self.limit:
            raise _EmptyError
        for i in self.variables:
            room = self.limit - (lows - dom[i][0])
            _narrow(dom, i, NINF, room, changed)


class PartnerCount(Constraint):
    """The number of partners is at least the partners named, and more when shares leave room.

    *groups* holds, for each base (turnover, exports, imports), the shares of
    the partners named in it; when every value they may take sums below 100 %,
    the base has a partner beyond those named in it.
    """

    __slots__ = ("groups", "named")
    equation = False

    def __init__(self, count: int, named: int, groups: Sequence[Sequence[int]]) -> None:
        self.groups = tuple(tuple(g) for g in groups)
        self.named = named
        self.variables = (count, *sorted({i for g in self.groups for i in g}))

    def _revise(self, dom: list[Bounds], changed: list[int]) -> None:
        least = self.named
        for group in self.groups:
            total = ZERO
            for i in group:
                total += dom[i][1]
            if total < ONE:
                least = max(least, len(group) + 1)
        _narrow(dom, self.variables[0], Decimal(least), INF, changed)


def _kth_largest(values: list[Decimal], k: int) -> Decimal | None:
    if k < 1 or k > len(values):
        return None
    return sorted(values, reverse=True)[k - 1]


class Rank(Constraint):
    """The reporter holds place *position* in its group when ordered by a flow, largest first.

    ``position - 1`` members have a larger value. With ``complete`` the others
    listed are the whole group; otherwise unlisted members may rank anywhere.
    """

    __slots__ = ("complete",)
    equation = False

    def __init__(
        self, position: int, value: int, others: Iterable[int], *, complete: bool
    ) -> None:
        self.variables = (position, value, *others)
        self.complete = complete

    def _revise(self, dom: list[Bounds], changed: list[int]) -> None:
        pos, val, *others = self.variables
        lows = [dom[i][0] for i in others]
        highs = [dom[i][1] for i in others]
        p_lo = dom[pos][0].to_integral_value(rounding="ROUND_CEILING")
        p_hi = dom[pos][1]
        if p_hi.is_finite():
            p_hi = p_hi.to_integral_value(rounding="ROUND_FLOOR")
        if p_lo > p_hi:
            raise _EmptyError
        # Members certainly above the value number at most p_hi - 1: the value is at
        # least the p_hi-th largest lower bound.
        if p_hi.is_finite():
            floor = _kth_largest(lows, int(p_hi))
            if floor is not None:
                _narrow(dom, val, floor, INF, changed)
        if self.complete:
            # At least p_lo - 1 members possibly above: the value is below the
            # (p_lo - 1)-th largest upper bound. (A place past the group's size has
            # no such bound; the place's own narrowing below then finds it empty.)
            ceiling = _kth_largest(highs, int(p_lo) - 1)
            if ceiling is not None:
                _narrow(dom, val, NINF, ceiling, changed)
        v_lo, v_hi = dom[val]
        above_surely = sum(1 for x in lows if x > v_hi)
        most = Decimal(sum(1 for x in highs if x > v_lo) + 1) if self.complete else INF
        _narrow(dom, pos, Decimal(above_surely + 1), most, changed)


class Rule:
    """A named rule of the audit: one or more constraints read as one statement.

    Attributes:
        key: a short identifier ("turnover", "turnover_growth").
        statement: the rule as a reader would say it ("turnover = exports + imports").
        constraints: indices of the model's constraints that make up the rule.
        figures: the published figures the rule involves, in report order.
        subject: the quantity the rule computes, cited as evidence.
    """

    __slots__ = ("constraints", "figures", "key", "statement", "subject", "variables", "watchers")

    def __init__(
        self,
        key: str,
        statement: str,
        constraints: tuple[int, ...],
        variables: frozenset[int],
        subject: str,
    ) -> None:
        self.key = key
        self.statement = statement
        self.constraints = constraints
        self.variables = variables
        self.subject = subject
        self.figures: tuple[str, ...] = ()
        self.watchers: dict[int, tuple[int, ...]] = {}

    def __repr__(self) -> str:
        return f"Rule({self.key!r}, {self.statement!r})"

    def can_fail_alone(self, model: Model) -> bool:
        """Whether the rule may fail on its own: an inequality, an agreement between
        figures of one quantity, or equations that pin more quantities than they leave free."""
        if not self.constraints:
            return True
        constraints = [model.constraints[ci] for ci in self.constraints]
        if not all(c.equation for c in constraints):
            return True
        # A quantity with one natural value (the whole, 100%) is pinned as a figure is.
        pinned = {model.figures[f][0] for f in self.figures} | {
            v for v in self.variables if model.natural[v][0] == model.natural[v][1]
        }
        return len(pinned) > len(self.variables) - len(constraints)


#: A question put to :meth:`Model.solve`: the figures freed, the rule alone (compared by
#: identity) or all rules, and the split budget it may spend.
_Question = tuple[frozenset[str], Rule | None, int]
#: Its answer: the narrowed bounds (None: inconsistent), the splits and the revisions spent.
_Answer = tuple[tuple[Bounds, ...] | None, int, int]


def _watchers(constraints: Sequence[Constraint], ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
    table: dict[int, list[int]] = {}
    for ci in ids:
        for v in constraints[ci].variables:
            table.setdefault(v, []).append(ci)
    return {v: tuple(cs) for v, cs in table.items()}


class Model:
    """Quantities, the figures that pin them, and the rules that tie them.

    Args:
        variables: the quantities' names, in order.
        natural: each quantity's natural range (flows are never negative, shares at most 1).
    """

    __slots__ = (
        "_all_watchers",
        "_solved",
        "ceiling",
        "constraints",
        "figures",
        "index",
        "natural",
        "revisions",
        "rules",
        "spare",
        "variables",
    )

    def __init__(self, variables: Sequence[str], natural: Sequence[Bounds]) -> None:
        self.variables = list(variables)
        self.index = {name: i for i, name in enumerate(self.variables)}
        self.natural = list(natural)
        self.constraints: list[Constraint] = []
        self.rules: list[Rule] = []
        #: figure name -> (quantity index, bounds in the quantity's units)
        self.figures: dict[str, tuple[int, Bounds]] = {}
        self._all_watchers: dict[int, tuple[int, ...]] | None = None
        #: The largest magnitude any quantity may take (set by the model's builder).
        self.ceiling = INF
        #: Splits left for this audit (see :meth:`refill`).
        self.spare = SPLITS_PER_AUDIT
        #: Constraint revisions made since the last :meth:`refill`: the audit's work.
        self.revisions = 0
        self._solved: dict[_Question, _Answer] = {}

    def refill(self) -> None:
        """Reset the splits an audit may spend proving boxes empty (bounds its worst-case time),
        and the count of its work."""
        self.spare = SPLITS_PER_AUDIT
        self.revisions = 0

    def add_variable(self, name: str, natural: Bounds) -> int:
        """Add a quantity (or return the existing one's index)."""
        self._solved.clear()
        if name in self.index:
            return self.index[name]
        self.index[name] = len(self.variables)
        self.variables.append(name)
        self.natural.append(natural)
        return self.index[name]

    def add_rule(
        self, key: str, statement: str, constraints: Sequence[Constraint], *, subject: str
    ) -> None:
        """Add a named rule made of *constraints*; a constraint already present is shared."""
        self._solved.clear()
        ids = []
        for c in constraints:
            for ci, old in enumerate(self.constraints):
                if type(old) is type(c) and old.variables == c.variables:
                    ids.append(ci)
                    break
            else:
                ids.append(len(self.constraints))
                self.constraints.append(c)
        variables = frozenset(v for ci in ids for v in self.constraints[ci].variables)
        self.rules.append(Rule(key, statement, tuple(ids), variables, subject))
        self._all_watchers = None

    def add_agreement(self, key: str, statement: str, variable: str) -> None:
        """Add a rule that the figures pinning *variable* agree with each other."""
        self._solved.clear()
        self.rules.append(Rule(key, statement, (), frozenset({self.index[variable]}), variable))

    def add_figure(self, name: str, variable: str, bounds: Bounds) -> None:
        """Let figure *name* pin quantity *variable* to *bounds*."""
        self._solved.clear()
        self.figures[name] = (self.index[variable], bounds)

    def finish(self) -> None:
        """Record, for each rule, the figures it involves (call after the last figure)."""
        self._solved.clear()
        for rule in self.rules:
            rule.figures = tuple(f for f, (v, _) in self.figures.items() if v in rule.variables)
            rule.watchers = _watchers(self.constraints, rule.constraints)
        self._all_watchers = _watchers(self.constraints, range(len(self.constraints)))

    def pinned(self, bounds: Mapping[str, Bounds]) -> Model:
        """A fresh model of the same quantities, rules and figures, the figures pinned to *bounds*.

        A finished model is a shape: its quantities, constraints and rules are never
        changed again, so the copy shares them; only the figures' bounds and the
        audit's counters are its own. *bounds* names every figure of the model.

        >>> from decimal import Decimal as D
        >>> shape = Model(["x"], [(D(0), INF)])
        >>> shape.add_figure("x", "x", (D(0), INF))
        >>> shape.finish()
        >>> shape.pinned({"x": (D(1), D(2))}).figures
        {'x': (0, (Decimal('1'), Decimal('2')))}
        """
        copy = Model.__new__(Model)
        copy.variables = self.variables
        copy.index = self.index
        copy.natural = self.natural
        copy.constraints = self.constraints
        copy.rules = self.rules
        copy._all_watchers = self._all_watchers
        copy.ceiling = self.ceiling
        copy.figures = {name: (v, bounds[name]) for name, (v, _) in self.figures.items()}
        copy.spare = SPLITS_PER_AUDIT
        copy.revisions = 0
        copy._solved = {}
        return copy

    def start(
        self,
        free: frozenset[str],
        override: Mapping[str, Bounds],
        within: frozenset[int] | None = None,
    ) -> list[Bounds] | None:
        """The intervals before propagation: natural ranges cut by the figures not freed.

        Only figures of quantities in *within* count, when it is given.
        """
        dom = list(self.natural)
        for name, (v, bounds) in self.figures.items():
            if name in free or (within is not None and v not in within):
                continue
            lo, hi = override.get(name, bounds)
            olo, ohi = dom[v]
            lo = lo if lo > olo else olo
            hi = hi if hi < ohi else ohi
            if lo > hi:
                return None
            dom[v] = (lo, hi)
        return dom

    def solve(
        self,
        free: frozenset[str] = frozenset(),
        override: Mapping[str, Bounds] | None = None,
        rule: Rule | None = None,
    ) -> list[Bounds] | None:
        """Narrow every quantity to what the rules allow; ``None`` when nothing does.

        Args:
            free: figures to ignore (their quantities may take any value).
            override: figures to read with other bounds (a suggested correction).
            rule: check this rule alone instead of all of them.

        An audit asks some questions twice (a broken rule's evidence, for its finding
        and for its explanation): a question without *override* is answered once per
        split budget, and asking it again spends the same work and splits as the first
        time, so the audit's budgets, and its results, are as if it were solved again.
        """
        if override or type(free) is not frozenset:
            return self._solve(free, override or {}, rule)
        question = (free, rule, min(_SPLIT_BUDGET, self.spare))
        answer = self._solved.get(question)
        if answer is None:
            spare, revisions = self.spare, self.revisions
            dom = self._solve(free, {}, rule)
            answer = (
                None if dom is None else tuple(dom),
                spare - self.spare,
                self.revisions - revisions,
            )
            self._solved[question] = answer
            return dom
        bounds, spent, work = answer
        self.spare -= spent
        self.revisions += work
        return None if bounds is None else list(bounds)

    def _solve(
        self, free: frozenset[str], override: Mapping[str, Bounds], rule: Rule | None
    ) -> list[Bounds] | None:
        dom = self.start(free, override, None if rule is None else rule.variables)
        if dom is None:
            return None
        if rule is None:
            if self._all_watchers is None:
                self._all_watchers = _watchers(self.constraints, range(len(self.constraints)))
            ids: Sequence[int] = range(len(self.constraints))
            watchers = self._all_watchers
        else:
            ids = rule.constraints
            watchers = rule.watchers
        tally = [0]
        settled = _propagate(dom, self.constraints, ids, watchers, tally)
        self.revisions += tally[0]
        if settled is False:
            return None
        if settled is None:
            # Undecided: keep the figures (the audit never flags what it cannot prove).
            return dom
        tally[0] = 0
        budget = [min(_SPLIT_BUDGET, self.spare)]
        given = budget[0]
        verdict = _split(dom, self.constraints, ids, watchers, budget, self.natural, tally)
        self.spare -= given - budget[0]
        self.revisions += tally[0]
        if verdict is False:
            return None
        return dom


def _widest(dom: list[Bounds], involved: Iterable[int], natural: Sequence[Bounds]) -> int | None:
    """The quantity whose interval is widest relative to its size, if any is wide.

    An unbounded interval comes first. A quantity still at its natural range is a
    degree of freedom nothing has narrowed: splitting it decides nothing.
    """
    best, score = None, _RELATIVE_WIDTH
    for i in involved:
        lo, hi = dom[i]
        if lo == hi or dom[i] == natural[i]:
            continue
        if lo.is_infinite() or hi.is_infinite():
            return i
        width = (hi - lo) / max(abs(lo), abs(hi))
        if width > score:
            best, score = i, width
    return best


def _split(
    dom: list[Bounds],
    constraints: Sequence[Constraint],
    ids: Sequence[int],
    watchers: Mapping[int, tuple[int, ...]],
    budget: list[int],
    natural: Sequence[Bounds],
    tally: list[int],
) -> bool | None:
    """Branch and prune: whether some box of narrow intervals is consistent.

    Propagation alone may stop at a box every constraint accepts although no
    point in it satisfies all of them (a cycle of rules). Fixing the widest
    interval to its middle, or else splitting it and propagating each half,
    settles it. Returns ``False`` only when every branch is empty; ``None`` when
    the budget ran out (then the audit keeps the report: it never flags what it
    could not prove wrong).
    """
    involved = {v for c in ids for v in constraints[c].variables}
    return _branch(dom, constraints, watchers, budget, sorted(involved), natural, tally)


_FAR = Decimal(1000)


def _middle(lo: Decimal, hi: Decimal) -> Decimal:
    """Where to split: the middle, or the geometric middle of a range over orders of magnitude."""
    if lo.is_infinite() and hi.is_infinite():
        return ZERO
    if hi.is_infinite():
        return max(lo, ONE) * _FAR if lo >= 0 else ZERO
    if lo.is_infinite():
        return min(hi, -ONE) * _FAR if hi <= 0 else ZERO
    if lo >= 0 and hi > _FAR * max(lo, ONE):
        return (max(lo, ONE) * hi).sqrt()
    if hi <= 0 and -lo > _FAR * max(-hi, ONE):
        return -((max(-hi, ONE) * -lo).sqrt())
    return (lo + hi) / 2


def _branch(
    dom: list[Bounds],
    constraints: Sequence[Constraint],
    watchers: Mapping[int, tuple[int, ...]],
    budget: list[int],
    involved: list[int],
    natural: Sequence[Bounds],
    tally: list[int],
) -> bool | None:
    i = _widest(dom, involved, natural)
    if i is None:
        return True
    lo, hi = dom[i]
    mid = _middle(lo, hi)
    undecided = False
    for part in ((mid, mid), (lo, mid), (mid, hi)):
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        trial = list(dom)
        trial[i] = part
        # i is a quantity of the constraints checked, so some of them watch it.
        settled = _propagate(trial, constraints, watchers[i], watchers, tally)
        if settled is False:
            continue
        if settled is None:
            undecided = True
            continue
        outcome = _branch(trial, constraints, watchers, budget, involved, natural, tally)
        if outcome:
            return True
        undecided = undecided or outcome is None
    return None if undecided else False


def _propagate(
    dom: list[Bounds],
    constraints: Sequence[Constraint],
    ids: Iterable[int],
    watchers: Mapping[int, tuple[int, ...]],
    tally: list[int] | None = None,
) -> bool | None:
    """Narrow to a fixed point: ``False`` when a quantity is left without values,
    ``None`` when the step limit ran out first (values still creeping along a cycle).
    Adds the revisions made to ``tally[0]``, when given."""
    queue = deque(ids)
    queued = [False] * len(constraints)
    for ci in queue:
        queued[ci] = True
    steps = 0
    settled: bool | None = True
    while queue:
        if steps >= _MAX_STEPS:
            settled = None
            break
        ci = queue.popleft()
        queued[ci] = False
        steps += 1
        changed = constraints[ci].revise(dom)
        if changed is None:
            settled = False
            break
        for v in changed:
            for cj in watchers[v]:
                if not queued[cj] and cj != ci:
                    queued[cj] = True
                    queue.append(cj)
    if tally is not None:
        tally[0] += steps
    return settled
