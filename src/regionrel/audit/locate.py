"""Error location by the Fellegi-Holt principle: change as few figures as possible.

When the published figures cannot all be true, the audit looks for the
smallest sets of figures which, left free to take any value, let every rule
hold with the other figures kept within their rounding (as the R package
errorlocate does with a mixed-integer solver). The search here is exhaustive
by increasing size, which suits reports of tens of figures:

- a set must contain at least one figure of every rule that fails on its own
  (a rule that fails with its figures fixed still fails when other rules are
  added), which prunes most candidates;
- the first size at which some set works is the minimum; every set of that
  size that works is returned (they are all minimal: none contains another).

>>> from decimal import Decimal as D
>>> from regionrel.audit.intervals import INF
>>> from regionrel.audit.solver import Model, Sum
>>> m = Model(["turnover", "exports", "imports"], [(D(0), INF)] * 3)
>>> m.add_rule("turnover", "turnover = exports + imports", [Sum(0, 1, 2)], subject="turnover")
>>> for name, lo, hi in [("turnover", 10, 10), ("exports", 7, 7), ("imports", 4, 4)]:
...     m.add_figure(name, name, (D(lo), D(hi)))
>>> m.finish()
>>> sorted(sorted(s) for s in minimal_sets(m, [{"turnover", "exports", "imports"}]))
[['exports'], ['imports'], ['turnover']]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

from regionrel.audit.solver import Model

__all__ = ["minimal_sets"]

#: The largest suspect set the search tries before giving up.
MAX_SUSPECTS = 3


def minimal_sets(
    model: Model,
    conflicts: Sequence[Iterable[str]] = (),
    *,
    max_size: int = MAX_SUSPECTS,
) -> list[frozenset[str]]:
    """Every smallest set of figures whose freeing makes the model solvable.

    Args:
        model: the report's rules and figures.
        conflicts: sets of figures of which any solution must free at least one
            (the figures of each rule that fails on its own).
        max_size: the largest set size tried.

    Returns:
        The sets of the smallest working size, in the order of the figures in the
        model; empty when no set up to *max_size* works. (Call it on a model that
        fails: on one that is already solvable, every single figure "works".)
    """
    names = list(model.figures)
    hitting = [frozenset(c) for c in conflicts if c]
    for size in range(1, min(max_size, len(names)) + 1):
        found = []
        for combo in combinations(names, size):
            chosen = frozenset(combo)
            if any(not (chosen & c) for c in hitting):
                continue
            if model.solve(free=chosen) is not None:
                found.append(chosen)
        if found:
            return found
    return []
