"""Money beside py-moneyed and pint, and the cost of ``import regionrel``.

Targets (issue 2): Money addition and comparison no slower than py-moneyed's
Money; ``import regionrel`` under twice ``import attrs, dateutil.relativedelta``,
with pint absent from ``sys.modules`` afterwards.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from decimal import Decimal

from _harness import Row, per_call

_IMPORT_RUNS = 9


def _fresh_runs(code: str) -> float:
    """Median of the seconds that *code* prints, each run in a fresh interpreter."""
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(_IMPORT_RUNS)
    ]
    return statistics.median(runs)


def _import_seconds(statement: str) -> float:
    """Median seconds that *statement* takes in a fresh interpreter (startup excluded)."""
    return _fresh_runs(
        f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    )


def _pint_after_import() -> bool:
    code = "import sys, regionrel; print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


def run() -> list[Row]:
    """Measure Money, py-moneyed and pint side by side, and the import time."""
    import moneyed

    from regionrel import Money
    from regionrel.units import registry

    amount, other = Decimal("7109.5"), Decimal("4115.9")
    ours_a, ours_b = Money(amount, "USD"), Money(other, "USD")
    theirs_a, theirs_b = moneyed.Money(amount, "USD"), moneyed.Money(other, "USD")
    quantity = registry().Quantity
    pint_a, pint_b = quantity(amount, "USD"), quantity(other, "USD")

    rows: list[Row] = []

    create = per_call(lambda: Money(amount, "USD"))
    create_theirs = per_call(lambda: moneyed.Money(amount, "USD"))
    rows.append(
        Row("Money(Decimal, 'USD')", create, "moneyed.Money(Decimal, 'USD')", create_theirs)
    )
    create_text = per_call(lambda: Money("7109.5", "USD"))
    create_text_theirs = per_call(lambda: moneyed.Money("7109.5", "USD"))
    rows.append(
        Row(
            "Money('7109.5', 'USD')",
            create_text,
            "moneyed.Money('7109.5', 'USD')",
            create_text_theirs,
        )
    )
    create_pint = per_call(lambda: quantity(amount, "USD"))
    rows.append(Row("Money(Decimal, 'USD')", create, "pint Quantity(Decimal, 'USD')", create_pint))

    add = per_call(lambda: ours_a + ours_b)
    add_theirs = per_call(lambda: theirs_a + theirs_b)
    rows.append(
        Row(
            "Money + Money",
            add,
            "moneyed.Money + moneyed.Money",
            add_theirs,
            "<= moneyed",
            add <= add_theirs,
        )
    )
    add_pint = per_call(lambda: pint_a + pint_b)
    rows.append(Row("Money + Money", add, "pint Quantity + Quantity", add_pint))

    compare = per_call(lambda: ours_a < ours_b)
    compare_theirs = per_call(lambda: theirs_a < theirs_b)
    rows.append(
        Row(
            "Money < Money",
            compare,
            "moneyed.Money < moneyed.Money",
            compare_theirs,
            "<= moneyed",
            compare <= compare_theirs,
        )
    )
    equal = per_call(lambda: ours_a == ours_b)
    equal_theirs = per_call(lambda: theirs_a == theirs_b)
    rows.append(
        Row(
            "Money == Money",
            equal,
            "moneyed.Money == moneyed.Money",
            equal_theirs,
            "<= moneyed",
            equal <= equal_theirs,
        )
    )
    compare_pint = per_call(lambda: pint_a < pint_b)
    rows.append(Row("Money < Money", compare, "pint Quantity < Quantity", compare_pint))

    baseline = _import_seconds("import attrs, dateutil.relativedelta")
    imported = _import_seconds("import regionrel")
    rows.append(
        Row(
            "import regionrel",
            imported,
            "import attrs, dateutil.relativedelta",
            baseline,
            "< 2x baseline",
            imported < 2 * baseline,
        )
    )
    first_use = _import_seconds("import regionrel; regionrel.Money, regionrel.parse_money")
    rows.append(
        Row(
            "import regionrel + load Money, parse_money",
            first_use,
            "import attrs, dateutil.relativedelta",
            baseline,
        )
    )
    pint_loaded = _pint_after_import()
    rows.append(
        Row(
            "pint in sys.modules after import regionrel",
            float(pint_loaded),
            target="absent",
            ok=not pint_loaded,
        )
    )
    build = _fresh_runs(
        "import time, pint; from regionrel.units import registry; "
        "t = time.perf_counter(); registry(); print(time.perf_counter() - t)"
    )
    rows.append(Row("units.registry() first build (pint imported)", build))
    return rows
