"""Diagnosis: which slip turned a true figure into the published one, and the evidence.

For each suspect set (see :mod:`regionrel.audit.locate`) the audit asks what
values the suspects would need for every rule to hold, then looks for a
simple slip that reaches such a value from the published text, in the
spirit of Scholtus' method (R package deducorrect):

- a rounding slip: the figure is one unit of its last digit off;
- a typing error: one digit changed, two adjacent digits swapped, a digit
  dropped or doubled (:meth:`Reported.typos_within`);
- a sign error: the sign lost or added;
- a scale error: a factor of 1,000 (thousands written for millions, or back);
- an index published as a change ("+55%" for an index of 55%, a fall of 45%), or a
  change published as an index.

Every candidate is checked against all the rules, not only against the
interval: it is kept only when, with the candidate in place, every rule
holds. When several candidates with different values fit, the explanation is
marked ambiguous and lists them all. A suspect no slip explains gets the
middle of its needed interval, rounded to its published digits (more digits
when that is what it takes for every rule to hold).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from regionrel._numbers import quantize
from regionrel.audit.figures import Figure, Role
from regionrel.audit.intervals import Bounds, Interval
from regionrel.audit.keys import Measure
from regionrel.audit.result import Cause, Diagnosis, Explanation
from regionrel.audit.solver import Model, Rule
from regionrel.errors import RegionrelError
from regionrel.reported import FigureKind, Reported, Typo, TypoKind

__all__ = ["explain", "rule_evidence"]

_CAUSE_ORDER = {
    Cause.ROUNDING: 0,
    Cause.TYPO: 1,
    Cause.SIGN: 2,
    Cause.INDEX_AS_GROWTH: 3,
    Cause.GROWTH_AS_INDEX: 3,
    Cause.SCALE: 4,
    Cause.UNEXPLAINED: 5,
}
_HUNDRED = Decimal(100)
_ZERO = Decimal(0)
_NEVER_NEGATIVE = (FigureKind.INDEX, FigureKind.MULTIPLE)
_MORE_DIGITS = 6
_AMOUNTS = (Role.AMOUNT, Role.SIGNED_AMOUNT)


class _Candidate:
    __slots__ = ("bounds", "cause", "detail", "value")

    def __init__(self, cause: Cause, value: Decimal, bounds: Bounds, detail: str) -> None:
        self.cause = cause
        self.value = value
        self.bounds = bounds
        self.detail = detail


def _figure(value: Decimal, decimals: int, rep: Reported) -> Reported | None:
    """*value* written as *rep* is, or ``None`` when no figure of its kind has that value
    (a negative index or multiple, a value too large to write)."""
    if value.is_signed() and rep.kind in _NEVER_NEGATIVE:
        return None
    try:
        return Reported(value, decimals, rep.kind, rep.locale)
    except RegionrelError:
        return None


def _candidates(fig: Figure, need: Bounds) -> list[_Candidate]:
    """Slips of *fig* whose value may land in *need* (figure units), before the full check.

    None for a bound ("over 5"): it is no value mistyped, only a side of a range.
    """
    if fig.bound is not None:
        return []
    rep = fig.reported
    lo, hi = need
    found: list[_Candidate] = []
    unit = Decimal(1).scaleb(-rep.decimals)
    if fig.role is not Role.COUNT:
        for step in (unit, -unit):
            value = rep.value + step
            slip = _figure(value, rep.decimals, rep)
            if slip is not None and lo - unit <= value <= hi + unit:
                direction = "up" if step > 0 else "down"
                detail = f"one unit of the last digit off: {rep.text} should round {direction} to {slip.text}"
                found.append(_Candidate(Cause.ROUNDING, slip.value, slip.interval, detail))
    found.extend(_typos(rep, need, unit * 5, {c.value for c in found}))
    if rep.value != 0 and rep.kind not in _NEVER_NEGATIVE and fig.role is not Role.COUNT:
        flipped = rep.negated()
        found.append(
            _Candidate(
                Cause.SIGN,
                flipped.value,
                flipped.interval,
                f"sign flipped: {rep.text} should read {flipped.text}",
            )
        )
    if fig.role in _AMOUNTS and rep.value != 0:
        for shift, places, detail in (
            (
                3,
                max(rep.decimals - 3, 0),
                "written a thousand times too small (thousands for millions?)",
            ),
            (-3, rep.decimals + 3, "written a thousand times too large (millions for thousands?)"),
        ):
            scaled = _figure(quantize(rep.value.scaleb(shift), places), places, rep)
            if scaled is not None:
                found.append(_Candidate(Cause.SCALE, scaled.value, scaled.interval, detail))
    # Listed even when a typo reaches the same value ("173%" with an extra "1", or an
    # index of 173% for 73% more): the evidence cannot tell the two slips apart.
    found.extend(_index_for_growth(fig, need))
    return found


def _typos(rep: Reported, need: Bounds, margin: Decimal, shown: set[Decimal]) -> list[_Candidate]:
    """The one-keystroke variants of *rep* whose value lies near *need*."""
    lo, hi = need
    if not (lo.is_finite() or hi.is_finite()):
        return []
    low = lo - margin if lo.is_finite() else hi - abs(hi) * 10 - 10**12
    high = hi + margin if hi.is_finite() else lo + abs(lo) * 10 + 10**12
    try:
        typos = rep.typos_within(low, high)
    except RegionrelError:  # a figure of more digits than any typo search reads
        return []
    found = []
    for typo in typos:
        if typo.value in shown:
            continue
        fixed = _figure(typo.value, typo.decimals, rep)
        if fixed is None:
            continue
        found.append(
            _Candidate(Cause.TYPO, typo.value, fixed.interval, _typo_detail(typo, rep.text))
        )
    return found


def _index_for_growth(fig: Figure, need: Bounds) -> list[_Candidate]:
    """An index published as a change, or a change published as an index.

    The same digits, read the other way: "+55%" that can only be an index of 55%
    (a fall of 45%); "104.9%" published as an index where the figures need a
    growth of 104.9% (an index of 204.9%). In the figure's own units the other
    reading is 100 less (a change read as a level) or 100 more.
    """
    rep = fig.reported
    if fig.role in (Role.GROWTH, Role.EXCEED) and rep.kind is FigureKind.PERCENT:
        shift, cause = -_HUNDRED, Cause.INDEX_AS_GROWTH
        if rep.value.is_signed():  # an index is never negative
            return []
        detail = f"{rep.text}% is the level against the other value, not the change"
    elif (fig.role is Role.GROWTH and rep.kind is FigureKind.INDEX) or (
        fig.key.measure is Measure.INDEX and rep.kind in (FigureKind.PERCENT, FigureKind.INDEX)
    ):
        shift, cause = _HUNDRED, Cause.GROWTH_AS_INDEX
        detail = f"{rep.text}% is the change, not the level against the previous period"
    else:
        return []
    lo, hi = rep.interval
    own = (lo + shift, hi + shift)
    if own[1] < need[0] or own[0] > need[1]:
        return []
    return [_Candidate(cause, rep.value + shift, own, detail)]


_TYPO_WORDS = {
    TypoKind.SUBSTITUTION: "one digit mistyped",
    TypoKind.TRANSPOSITION: "two adjacent digits swapped",
    TypoKind.DELETION: "a digit dropped",
    TypoKind.INSERTION: "an extra digit typed",
    TypoKind.MISPLACED_MARK: "the decimal mark misplaced",
}


def _places(value: Decimal) -> int:
    """Digits after the decimal mark of a finite *value*."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _typo_detail(typo: Typo, published: str) -> str:
    return f"{_TYPO_WORDS[typo.kind]}: {typo.describe()} of {published!r}"


def _targets(fig: Figure, need: Bounds) -> list[Decimal]:
    """Values to try as a suggestion: the middle of a narrow need, else the bound nearest the published."""
    lo, hi = need
    published = fig.reported.value
    nearest = min(max(published, lo), hi)
    finite = [b for b in (lo, hi) if b.is_finite()]
    if lo.is_finite() and hi.is_finite():
        mid = (lo + hi) / 2
        if hi - lo <= abs(mid):
            return [mid, nearest, *finite]
        return [nearest, *finite, mid]
    return [nearest, *finite]


_SAMPLES = 8
#: The work (constraint revisions, see :attr:`Model.revisions`) past which the audit
#: checks only the few likeliest slips of each further suspect (:data:`_FEW`). A report of
#: real figures needs a few thousand; a hostile one, with hundreds of suspect sets and
#: rules that creep along cycles, would need millions (minutes).
REVISIONS_PER_AUDIT = 30_000
_FEW = 3


def _suggest_midpoint(
    model: Model, fig: Figure, need: Bounds, free: frozenset[str], fixed: dict[str, Bounds]
) -> tuple[Decimal, Bounds] | None:
    """A value in the needed interval, at the fewest digits that make every rule hold.

    The middle of the interval when it is narrow; otherwise the value nearest
    the published one (an interval open to one side has no middle); then points
    spread over the interval. ``None`` when none of them lets every rule hold (the
    needed interval is an outer bound: the rules together may need less).
    """
    rep = fig.reported
    targets = _spread(_targets(fig, need), need)
    digits = _MORE_DIGITS
    if model.revisions >= REVISIONS_PER_AUDIT:  # out of work: the likeliest value only
        targets, digits = targets[:1], 1
    for target in targets:
        for extra in range(digits + 1):
            if fig.role is Role.COUNT:
                value = target.to_integral_value()
                bounds = (value, value)
            else:
                guess = _figure(quantize(target, fig.decimals + extra), fig.decimals + extra, rep)
                if guess is None:
                    break
                value, bounds = guess.value, guess.interval
            override = {**fixed, fig.name: fig.to_quantity(bounds)}
            if model.solve(free=free, override=override) is not None:
                return value, bounds
            if fig.role is Role.COUNT:
                break
    return None


def _spread(targets: list[Decimal], need: Bounds) -> list[Decimal]:
    """*targets*, then points spread evenly over a finite *need*, without repeats."""
    lo, hi = need
    points = list(targets)
    if lo.is_finite() and hi.is_finite() and hi > lo:
        step = (hi - lo) / (_SAMPLES + 1)
        points.extend(lo + step * k for k in range(1, _SAMPLES + 1))
    return list(dict.fromkeys(points))


def _need(model: Model, fig: Figure, free: frozenset[str], fixed: Mapping[str, Bounds]) -> Bounds:
    """The values *fig* may take with the figures in *free* freed and *fixed* corrected.

    The suspect set was found to work with these figures freed, so the solve
    succeeds; should the values fixed for earlier suspects leave nothing (the
    solver's budget is spent differently), their corrections are set aside, and at
    worst the quantity's natural range stands.
    """
    index = model.index[fig.variable]
    for override in (fixed, {}):
        dom = model.solve(free=free, override=override)
        if dom is not None:
            return fig.to_own(dom[index])
    return fig.to_own(model.natural[index])


def explain(
    model: Model,
    figures: Mapping[str, Figure],
    suspects: frozenset[str],
    rules: Sequence[Rule],
    broken: frozenset[str],
) -> tuple[Explanation, int]:
    """Diagnose one suspect set; return the explanation and how many suspects no slip explains.

    The suspects are corrected one at a time, each with the corrections chosen
    before it in place; a suspect whose suggestion cannot be proven to let every
    rule hold stays free for those after it.

    Once the audit's work passes :data:`REVISIONS_PER_AUDIT`, each suspect has only its
    few likeliest slips checked.
    """
    ordered = [name for name in figures if name in suspects]
    fixed: dict[str, Bounds] = {}
    unsettled: set[str] = set()
    needed: list[tuple[str, Interval]] = []
    suggestions: list[tuple[str, Decimal]] = []
    diagnoses: list[Diagnosis] = []
    ambiguous = False
    unexplained = 0
    chosen_text: dict[str, str] = {}
    for pos, name in enumerate(ordered):
        fig = figures[name]
        free = frozenset(ordered[pos:]) | unsettled
        need = _need(model, fig, free, fixed)
        needed.append((name, Interval(*need)))
        rest = free - {name}
        mid = _targets(fig, need)[0]
        within = [
            c for c in _candidates(fig, need) if c.bounds[0] <= need[1] and need[0] <= c.bounds[1]
        ]
        # Likeliest first, so that an audit out of checks still tries the best.
        within.sort(key=lambda c: (_CAUSE_ORDER[c.cause], abs(c.value - mid)))
        fits = []
        for n, c in enumerate(within):
            if n >= _FEW and model.revisions >= REVISIONS_PER_AUDIT:
                break
            override = {**fixed, name: fig.to_quantity(c.bounds)}
            if model.solve(free=rest, override=override) is not None:
                fits.append(c)
        if fits:
            if len({c.value for c in fits}) > 1:
                ambiguous = True
            best = fits[0]
            value, bounds = best.value, best.bounds
            diagnoses.extend(
                Diagnosis(
                    name,
                    c.cause,
                    fig.published,
                    fig.show(c.value, _places(c.value)),
                    c.value,
                    c.detail,
                )
                for c in fits
            )
            fixed[name] = fig.to_quantity(bounds)
        else:
            unexplained += 1
            found = _suggest_midpoint(model, fig, need, rest, fixed)
            if found is None:
                value = _fallback(fig, need)
                unsettled.add(name)
            else:
                value, bounds = found
                fixed[name] = fig.to_quantity(bounds)
            diagnoses.append(
                Diagnosis(
                    name,
                    Cause.UNEXPLAINED,
                    fig.published,
                    fig.show(value, _places(value)),
                    value,
                    f"needs {fig.show_range(need, _open_above(model))}",
                )
            )
        suggestions.append((name, value))
        chosen_text[name] = fig.show(value, _places(value))
    message = _message(model, figures, ordered, chosen_text, diagnoses, ambiguous, rules, broken)
    return (
        Explanation(
            suspects=suspects,
            needed=tuple(needed),
            suggestions=tuple(suggestions),
            diagnoses=tuple(diagnoses),
            ambiguous=ambiguous,
            message=message,
        ),
        unexplained,
    )


def _fallback(fig: Figure, need: Bounds) -> Decimal:
    """A suggestion no check backs: the first target, at the published digits (a count
    whole), within the values a figure of its kind may take."""
    target = _targets(fig, need)[0]
    if fig.reported.kind in _NEVER_NEGATIVE or fig.role is Role.COUNT:
        target = max(target, _ZERO)
    places = 0 if fig.role is Role.COUNT else fig.decimals
    return quantize(target, places).copy_abs() if target.is_zero() else quantize(target, places)


def _cite(figures: Mapping[str, Figure], names: Sequence[str]) -> str:
    return ", ".join(f"{figures[n].label} {figures[n].published}" for n in names)


def _open_above(model: Model) -> Decimal:
    """Where a needed value stops being information: a tenth of the report's ceiling.

    A figure published as a bound ("over $5 billion") leaves a rule free to carry the
    ceiling through, less a figure ("exports at most 10**18 - 1.9"): no value any figure
    gives, so it reads as an open end. Every figure lies over a hundred times below it.
    """
    return model.ceiling.scaleb(-1)


def rule_evidence(
    model: Model,
    figures: Mapping[str, Figure],
    rule: Rule,
    target: str,
    override: Mapping[str, Bounds] | None = None,
) -> str | None:
    """What *rule* alone says *target* should be, given the rule's other figures; ``None`` if nothing."""
    fig = figures[target]
    dom = model.solve(free=frozenset({target}), override=override, rule=rule)
    if dom is None:
        return None
    need = fig.to_own(dom[model.index[fig.variable]])
    if need[0].is_infinite() and need[1].is_infinite():
        return None
    return fig.show_range(need, _open_above(model))


def _message(
    model: Model,
    figures: Mapping[str, Figure],
    ordered: Sequence[str],
    chosen: Mapping[str, str],
    diagnoses: Sequence[Diagnosis],
    ambiguous: bool,
    rules: Sequence[Rule],
    broken_keys: frozenset[str],
) -> str:
    parts: list[str] = []
    suspects = set(ordered)
    for name in ordered:
        fig = figures[name]
        published = fig.published
        chosen[name]
        broken = []
        for rule in rules:
            if name not in rule.figures or rule.key not in broken_keys:
                continue
            others = [f for f in rule.figures if f not in suspects]
            implied = rule_evidence(model, figures, rule, name) if len(suspects) == 1 else None
            says = f" gives {implied}" if implied else ""
            broken.append(f"{rule.statement} ({_cite(figures, others)}){says}")
        if broken:
            parts.append(
                f"{fig.label} {published} does not agree with the other figures: "
                + "; ".join(broken)
            )
        else:
            parts.append(f"{fig.label} {published} cannot hold together with the other figures")
    holding = [
        rule
        for rule in rules
        if not (set(rule.figures) & suspects)
        and rule.key not in broken_keys
        and rule.can_fail_alone(model)
    ]
    if holding:
        parts.append(
            "these agree as published: "
            + "; ".join(f"{r.statement} ({_cite(figures, r.figures)})" for r in holding)
        )
    with_values = ", ".join(f"{figures[n].label} {chosen[n]}" for n in ordered)
    not_values = ", ".join(figures[n].published for n in ordered)
    # The rates of the rules that share a figure with a rule of the suspects.
    near = {f for rule in rules if suspects & set(rule.figures) for f in rule.figures}
    involved = {
        f
        for rule in rules
        if len(rule.figures) > 1 and near & set(rule.figures)
        for f in rule.figures
    }
    rates = [
        f"{figures[f].label} {figures[f].published}"
        for f in figures
        if f in involved and f not in suspects and figures[f].role not in _AMOUNTS
    ]
    backing = f" ({', '.join(rates)} included)" if rates else ""
    parts.append(f"every rule{backing} holds with {with_values}, and not with {not_values}")
    causes = [d for d in diagnoses if d.cause is not Cause.UNEXPLAINED]
    if ambiguous:
        listed = "; ".join(
            f"{d.figure} {d.corrected!r} ({d.cause.value}: {d.detail})" for d in causes
        )
        parts.append(f"the evidence cannot decide between: {listed}")
    elif causes:
        parts.append("; ".join(f"likely a {d.cause.value}: {d.detail}" for d in causes))
    unexplained = [d for d in diagnoses if d.cause is Cause.UNEXPLAINED]
    parts.extend(f"no simple slip explains {d.figure}: it {d.detail}" for d in unexplained)
    return ". ".join(p[0].upper() + p[1:] for p in parts) + "."
