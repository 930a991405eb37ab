"""Diagnosis: which slip turned a true figure into the published one, and the evidence.

For each suspect set (see :mod:`regionrel.audit.locate`) the audit asks what
values the suspects would need for every rule to hold, then looks for a
simple slip that reaches such a value from the published text, in the
spirit of Scholtus' method (R package deducorrect):

- a rounding slip: the figure is one unit of its last digit off;
- a typing error: one digit changed, two adjacent digits swapped, a digit
  dropped or doubled (:meth:`Reported.typos_within`);
- a sign error: the sign lost or added;
- a scale error: a factor of 1,000 (thousands written for millions, or back).

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
from regionrel.audit.result import Cause, Diagnosis, Explanation
from regionrel.audit.solver import Model, Rule
from regionrel.reported import FigureKind, Reported, Typo, TypoKind

__all__ = ["explain", "rule_evidence"]

_CAUSE_ORDER = {
    Cause.ROUNDING: 0,
    Cause.TYPO: 1,
    Cause.SIGN: 2,
    Cause.SCALE: 3,
    Cause.UNEXPLAINED: 4,
}
_MORE_DIGITS = 6
_AMOUNTS = (Role.AMOUNT, Role.SIGNED_AMOUNT)


class _Candidate:
    __slots__ = ("bounds", "cause", "detail", "value")

    def __init__(self, cause: Cause, value: Decimal, bounds: Bounds, detail: str) -> None:
        self.cause = cause
        self.value = value
        self.bounds = bounds
        self.detail = detail


def _candidates(fig: Figure, need: Bounds) -> list[_Candidate]:
    """Slips of *fig* whose value may land in *need* (figure units), before the full check."""
    rep = fig.reported
    lo, hi = need
    found: list[_Candidate] = []
    unit = Decimal(1).scaleb(-rep.decimals)
    if fig.role is not Role.COUNT:
        for step in (unit, -unit):
            value = rep.value + step
            if lo - unit <= value <= hi + unit:
                slip = Reported(value, rep.decimals, rep.kind, rep.locale)
                direction = "up" if step > 0 else "down"
                detail = f"one unit of the last digit off: {rep.text} should round {direction} to {slip.text}"
                found.append(_Candidate(Cause.ROUNDING, value, slip.interval, detail))
    margin = unit * 5
    if lo.is_finite() or hi.is_finite():
        low = lo - margin if lo.is_finite() else hi - abs(hi) * 10 - 10**12
        high = hi + margin if hi.is_finite() else lo + abs(lo) * 10 + 10**12
        shown = {c.value for c in found}
        for typo in rep.typos_within(low, high):
            if typo.value in shown:
                continue
            fixed = rep.corrected(typo)
            found.append(
                _Candidate(
                    Cause.TYPO,
                    typo.value,
                    fixed.interval,
                    _typo_detail(typo, rep.text),
                )
            )
    if (
        rep.value != 0
        and rep.kind not in (FigureKind.INDEX, FigureKind.MULTIPLE)
        and fig.role is not Role.COUNT
    ):
        flipped = rep.negated()
        found.append(
            _Candidate(
                Cause.SIGN,
                flipped.value,
                flipped.interval,
                f"sign flipped: {rep.text} should read {flipped.text}",
            )
        )
    if fig.role in (Role.AMOUNT, Role.SIGNED_AMOUNT) and rep.value != 0:
        for shift, places, detail in (
            (
                3,
                max(rep.decimals - 3, 0),
                "written a thousand times too small (thousands for millions?)",
            ),
            (-3, rep.decimals + 3, "written a thousand times too large (millions for thousands?)"),
        ):
            scaled = Reported(
                quantize(rep.value.scaleb(shift), places), places, rep.kind, rep.locale
            )
            found.append(_Candidate(Cause.SCALE, scaled.value, scaled.interval, detail))
    return found


_TYPO_WORDS = {
    TypoKind.SUBSTITUTION: "one digit mistyped",
    TypoKind.TRANSPOSITION: "two adjacent digits swapped",
    TypoKind.DELETION: "a digit dropped",
    TypoKind.INSERTION: "an extra digit typed",
    TypoKind.MISPLACED_MARK: "the decimal mark misplaced",
}


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


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


def _suggest_midpoint(
    model: Model, fig: Figure, need: Bounds, free: frozenset[str], fixed: dict[str, Bounds]
) -> tuple[Decimal, Bounds]:
    """A value in the needed interval, at the fewest digits that make every rule hold.

    The middle of the interval when it is narrow; otherwise the value nearest
    the published one (an interval open to one side has no middle).
    """
    rep = fig.reported
    first: tuple[Decimal, Bounds] | None = None
    for target in _targets(fig, need):
        for extra in range(_MORE_DIGITS + 1):
            if fig.role is Role.COUNT:
                value = target.to_integral_value()
                bounds = (value, value)
            else:
                guess = Reported.from_value(
                    target, fig.decimals + extra, kind=rep.kind, locale=rep.locale
                )
                value, bounds = guess.value, guess.interval
            first = first or (value, bounds)
            override = {**fixed, fig.name: fig.to_quantity(bounds)}
            if model.solve(free=free, override=override) is not None:
                return value, bounds
            if fig.role is Role.COUNT:
                break
    assert first is not None
    return first


def explain(
    model: Model,
    figures: Mapping[str, Figure],
    suspects: frozenset[str],
    rules: Sequence[Rule],
    broken: frozenset[str],
) -> tuple[Explanation, int]:
    """Diagnose one suspect set; return the explanation and how many suspects no slip explains."""
    ordered = [name for name in figures if name in suspects]
    fixed: dict[str, Bounds] = {}
    needed: list[tuple[str, Interval]] = []
    suggestions: list[tuple[str, Decimal]] = []
    diagnoses: list[Diagnosis] = []
    ambiguous = False
    unexplained = 0
    chosen_text: dict[str, str] = {}
    for pos, name in enumerate(ordered):
        fig = figures[name]
        free = frozenset(ordered[pos:])
        dom = model.solve(free=free, override=fixed)
        assert dom is not None  # the set was found to work with these freed
        need = fig.to_own(dom[model.index[fig.variable]])
        needed.append((name, Interval(*need)))
        rest = free - {name}
        fits = [
            c
            for c in _candidates(fig, need)
            if c.bounds[0] <= need[1]
            and need[0] <= c.bounds[1]
            and model.solve(free=rest, override={**fixed, name: fig.to_quantity(c.bounds)})
            is not None
        ]
        if fits:
            mid = _targets(fig, need)[0]
            fits.sort(key=lambda c: (_CAUSE_ORDER[c.cause], abs(c.value - mid)))
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
        else:
            unexplained += 1
            value, bounds = _suggest_midpoint(model, fig, need, rest, fixed)
            diagnoses.append(
                Diagnosis(
                    name,
                    Cause.UNEXPLAINED,
                    fig.published,
                    fig.show(value, _places(value)),
                    value,
                    f"needs {fig.show_range(need)}",
                )
            )
        fixed[name] = fig.to_quantity(bounds)
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


def _cite(figures: Mapping[str, Figure], names: Sequence[str]) -> str:
    return ", ".join(f"{figures[n].label} {figures[n].published}" for n in names)


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
    return fig.show_range(need)


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
