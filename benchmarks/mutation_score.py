"""The mutation score per module, from the results ``mutmut run`` left under ``mutants/``.

``make mutation`` runs this after mutmut. It prints a Markdown table, one row per
mutated module and a total, in the shape docs/mutation.md publishes:

    python benchmarks/mutation_score.py

A mutant counts as killed when a test failed or timed out against it (a mutant that
makes the code loop forever is caught, not missed). The score is killed over all
mutants that were run; a mutant no test reaches counts as survived.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants" / "src"

#: mutmut's exit codes, as mutmut.stats.status_by_exit_code reads them.
KILLED = {1, 3, 36, 24, -24, 152, 255}
NOT_RUN = {None, 2, 34}


def _verdicts(meta: Path) -> Counter[str]:
    exit_codes: dict[str, int | None] = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
    verdicts: Counter[str] = Counter()
    for code in exit_codes.values():
        if code in NOT_RUN:
            verdicts["not run"] += 1
        elif code in KILLED:
            verdicts["killed"] += 1
        else:
            verdicts["survived"] += 1
    return verdicts


def _row(name: str, verdicts: Counter[str]) -> str:
    run = verdicts["killed"] + verdicts["survived"]
    score = f"{100 * verdicts['killed'] / run:.1f}%" if run else "n/a"
    return f"| {name} | {run} | {verdicts['killed']} | {verdicts['survived']} | {score} |"


def main() -> int:
    metas = sorted(MUTANTS.rglob("*.py.meta"))
    if not metas:
        print("No mutmut results under mutants/: run `make mutation` first.", file=sys.stderr)
        return 1
    print("| Module | Mutants | Killed | Survived | Score |")
    print("|---|---:|---:|---:|---:|")
    total: Counter[str] = Counter()
    for meta in metas:
        verdicts = _verdicts(meta)
        if not verdicts:  # a module with nothing to mutate, such as a package's __init__
            continue
        total += verdicts
        module = meta.relative_to(MUTANTS).with_suffix("").with_suffix("")
        print(_row(".".join(module.parts), verdicts))
    print(_row("**all**", total))
    if total["not run"]:
        print(f"\n{total['not run']} mutants were not run (interrupted run).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
