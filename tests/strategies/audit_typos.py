"""Reports as sources publish them, with one to three slips planted: the audit's stress test.

:func:`published_report` draws true flows of two periods over many orders of magnitude
(values near 0.1 where rounding dominates, and the thousands, millions and billions of a
report stated in a smaller scale), publishes a random subset of the figures with random
digits, some rounded at a tie either way, rates as a change ("+25.7%"), an index
("104.9%") or a multiple ("2.1 times"); :func:`plant` then changes one to three figures by
one keystroke each (a digit substituted, two swapped, one dropped or inserted) or a sign.

Plain functions of a :class:`random.Random`, so that a script can count crash rates over
thousands of reports, and :func:`reports_with_slips` wraps them for Hypothesis.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal

from hypothesis import strategies as st

from regionrel.reported import FigureKind, Reported

__all__ = [
    "Slip",
    "plant",
    "published_report",
    "reports_with_slips",
    "true_values",
]

_EXACT = Context(prec=60)
_HUNDRED = Decimal(100)
_AMOUNTS = (
    "turnover",
    "exports",
    "imports",
    "balance",
    "turnover_previous",
    "exports_previous",
    "imports_previous",
    "balance_previous",
    "turnover_change",
    "exports_change",
    "imports_change",
    "balance_change",
)


def _magnitude(rng: random.Random) -> Decimal:
    """An amount from about 0.05 to 5 * 10**9, log-uniform, with 4 to 7 significant digits."""
    digits = rng.randint(4, 7)
    mantissa = rng.randint(10 ** (digits - 1), 10**digits - 1)
    exponent = rng.randint(-2, 9) - digits
    if rng.random() < 0.15:  # near 0.1, where rounding dominates
        exponent = -1 - digits
    return Decimal(mantissa).scaleb(exponent)


def _ratio(rng: random.Random) -> Decimal:
    """A ratio of this period to the last: mostly 0.3 to 3, sometimes up to 100."""
    if rng.random() < 0.1:
        return Decimal(rng.randint(300, 100_000)).scaleb(-3)
    return Decimal(rng.randint(3_000, 30_000)).scaleb(-4)


def true_values(rng: random.Random) -> dict[str, Decimal]:
    """Every flow figure of a world of true values (rates in percent; ratios as multiples)."""
    xp, mp = _magnitude(rng), _magnitude(rng)
    if rng.random() < 0.3:  # flows of one size, so that excesses are small
        mp = _EXACT.multiply(xp, Decimal(rng.randint(500, 2000)).scaleb(-3))
    x = _EXACT.multiply(xp, _ratio(rng))
    m = _EXACT.multiply(mp, _ratio(rng))
    t, tp = x + m, xp + mp
    values = {
        "turnover": t,
        "exports": x,
        "imports": m,
        "balance": x - m,
        "turnover_previous": tp,
        "exports_previous": xp,
        "imports_previous": mp,
        "balance_previous": xp - mp,
    }
    for flow, now, before in (("turnover", t, tp), ("exports", x, xp), ("imports", m, mp)):
        values[f"{flow}_ratio"] = _EXACT.divide(now, before)
    for flow in ("turnover", "exports", "imports", "balance"):
        values[f"{flow}_change"] = values[flow] - values[f"{flow}_previous"]
    values["exports_share"] = _EXACT.divide(x, t)
    values["imports_share"] = _EXACT.divide(m, t)
    values["exports_to_imports"] = _EXACT.divide(x, m)
    values["imports_to_exports"] = _EXACT.divide(m, x)
    return values


_RATES = {
    "turnover_growth": "turnover_ratio",
    "exports_growth": "exports_ratio",
    "imports_growth": "imports_ratio",
    "turnover_index": "turnover_ratio",
    "exports_index": "exports_ratio",
    "imports_index": "imports_ratio",
    "exports_exceed_imports_by": "exports_to_imports",
    "imports_exceed_exports_by": "imports_to_exports",
    "turnover_fall": "turnover_ratio",
    "exports_fall": "exports_ratio",
    "imports_fall": "imports_ratio",
    "exports_share": "exports_share",
    "imports_share": "imports_share",
}


def _round(rng: random.Random, value: Decimal, places: int) -> Decimal:
    """*value* to *places* digits, half-up or half-even (a tie may go either way)."""
    mode = rng.choice([ROUND_HALF_UP, ROUND_HALF_EVEN])
    return value.quantize(Decimal(1).scaleb(-places), rounding=mode, context=_EXACT)


def published_report(rng: random.Random) -> tuple[dict[str, Reported], str]:
    """A random subset of a world's figures as a source publishes them, and the scale.

    Amounts are stated in the scale of the report: a world's values in billions may be
    published as thousands (multiplied by 10**6), so numbers run from 0.1 to 10**15.
    """
    truth = true_values(rng)
    scale, factor = rng.choice(
        [("billion", 0), ("million", 3), ("thousand", 6), ("million", 0), ("thousand", 3)]
    )
    names = list(_AMOUNTS) + list(_RATES)
    chosen = rng.sample(names, rng.randint(3, min(8, len(names))))
    figures: dict[str, Reported] = {}
    for name in chosen:
        places = rng.randint(0, 3)
        if name in _AMOUNTS:
            value = truth[name].scaleb(factor)
            figures[name] = Reported(_round(rng, value, places), places)
            continue
        ratio = truth[_RATES[name]]
        if name.endswith("_fall"):
            if ratio >= 1:
                continue
            kind, value, places = FigureKind.MULTIPLE, _EXACT.divide(1, ratio), rng.randint(1, 2)
        elif name.endswith(("_share", "_index")):
            kind, value = FigureKind.PERCENT, _EXACT.multiply(ratio, _HUNDRED)
        elif ratio >= 2 and rng.random() < 0.5:
            kind, value, places = FigureKind.MULTIPLE, ratio, rng.randint(1, 2)
        elif rng.random() < 0.15:  # a growth field published as an index
            kind, value = FigureKind.INDEX, _EXACT.multiply(ratio, _HUNDRED)
        else:
            kind, value = FigureKind.PERCENT, _EXACT.multiply(ratio - 1, _HUNDRED)
        figures[name] = Reported(_round(rng, value, places), places, kind)
    return figures, scale


#: A planted slip: the figure, what was published, and what the slip made of it.
Slip = tuple[str, Reported, Reported]


def plant(rng: random.Random, figures: dict[str, Reported], count: int) -> list[Slip]:
    """Change *count* distinct figures by one keystroke or a sign, in place; the slips made."""
    slips: list[Slip] = []
    for name in rng.sample(sorted(figures), min(count, len(figures))):
        true = figures[name]
        signable = true.value != 0 and true.kind not in (FigureKind.INDEX, FigureKind.MULTIPLE)
        if signable and rng.random() < 0.15:
            wrong = true.negated()
        else:
            variants = true.typo_variants()
            if not variants:
                continue
            wrong = true.corrected(rng.choice(variants))
        if wrong.kind in (FigureKind.INDEX, FigureKind.MULTIPLE) and wrong.value.is_signed():
            continue
        figures[name] = wrong
        slips.append((name, true, wrong))
    return slips


@st.composite
def reports_with_slips(
    draw: st.DrawFn, *, slips: tuple[int, int] = (1, 3)
) -> tuple[dict[str, Reported], str, list[Slip]]:
    """Hypothesis: a published report with one to three slips planted (see :func:`plant`)."""
    rng = draw(st.randoms(use_true_random=False))
    figures, scale = published_report(rng)
    made = plant(rng, figures, rng.randint(*slips))
    return figures, scale, made
