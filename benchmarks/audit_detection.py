"""How often does the audit catch a one-keystroke typo in a published trade report?

Generates true trade figures, rounds them as published, changes one figure by a
random typo (a digit changed, two adjacent digits swapped, a digit dropped or
doubled) and audits the result. Prints, over N cases (10,000 by default):

- detected: the audit reports an error;
- named: of those, the mistyped figure is among the suspect sets (must be 100%);
- best: the mistyped figure is the best-ranked suspect set;
- unique: it is the only suspect set;
- and the same rates over the typos the rules can see (the figure takes part in
  a rule that relates it to another published figure).

Two shapes of report: "seed" (turnover, exports, imports, their growth rates
and "exports exceed imports by", as in the Leningrad 2018 text) and "random"
(a random subset of every figure the audit knows, partners and ranks included).

Run: ``.venv/bin/python benchmarks/audit_detection.py [N] [seed]``.
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.strategies.audit import World, publish, true_figures

from regionrel.audit import TradeReport

SEED_SHAPE = (
    "turnover",
    "turnover_growth",
    "exports",
    "exports_growth",
    "imports",
    "imports_growth",
    "exports_exceed_imports_by",
)


def _world(rng: random.Random) -> World:
    def amount() -> Decimal:
        return Decimal(rng.randint(1_000, 20_000_000)).scaleb(-3)

    def ratio() -> Decimal:
        return Decimal(rng.randint(5_000, 20_000)).scaleb(-4)

    parts = []
    room = 1000
    for _ in range(rng.randint(0, 4)):
        share = rng.randint(1, max(1, room // 2))
        room -= share
        parts.append(Decimal(share).scaleb(-3))
    members = tuple(amount() for _ in range(rng.randint(0, 4)))
    return World(amount(), amount(), ratio(), ratio(), parts, rng.randint(1, 150), members)


def _case(rng: random.Random, shape: str) -> tuple[TradeReport, str, bool]:
    while True:
        truth = true_figures(_world(rng))
        names = (
            list(SEED_SHAPE)
            if shape == "seed"
            else rng.sample(sorted(truth), rng.randint(2, len(truth)))
        )
        figures = publish(
            truth,
            {
                name: rng.randint(0, 2) if shape == "random" else rng.randint(0, 1)
                for name in names
            },
        )
        name = rng.choice(names)
        variants = figures[name].typo_variants()
        if variants:
            break
    figures[name] = figures[name].corrected(rng.choice(variants))
    report = TradeReport.from_figures(figures)
    model, _ = report._model()
    visible = any(name in rule.figures and len(rule.figures) > 1 for rule in model.rules)
    return report, name, visible


def measure(n: int, shape: str, seed: int = 2018) -> dict[str, float]:
    """Rates over *n* generated cases of the given *shape* ("seed" or "random")."""
    rng = random.Random(seed)
    counts = dict.fromkeys(
        ("cases", "detected", "named", "best", "unique", "visible", "visible_detected"), 0
    )
    for _ in range(n):
        report, name, visible = _case(rng, shape)
        result = report.audit()
        counts["cases"] += 1
        counts["visible"] += visible
        if result.ok:
            continue
        counts["detected"] += 1
        counts["visible_detected"] += visible
        target = frozenset({name})
        counts["named"] += target in result.suspects
        counts["best"] += result.suspects[0] == target
        counts["unique"] += result.suspects == [target]
    detected = max(counts["detected"], 1)
    return {
        "cases": counts["cases"],
        "detected": counts["detected"] / counts["cases"],
        "named": counts["named"] / detected,
        "best": counts["best"] / detected,
        "unique": counts["unique"] / detected,
        "visible": counts["visible"] / counts["cases"],
        "detected_when_visible": counts["visible_detected"] / max(counts["visible"], 1),
    }


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2018
    for shape in ("seed", "random"):
        rates = measure(n, shape, seed)
        print(
            f"{shape:>6}: {rates['cases']} cases; detected {rates['detected']:.1%}"
            f" (of typos the rules can see: {rates['detected_when_visible']:.1%}, seen {rates['visible']:.1%});"
            f" of detected: typo'd figure named {rates['named']:.1%}, ranked best {rates['best']:.1%},"
            f" sole suspect {rates['unique']:.1%}"
        )


if __name__ == "__main__":
    main()
