"""Eight threads that build the lazy caches at once get exactly what one thread gets.

Each run is a fresh interpreter, so that the pint registry
(:func:`regionrel.units.registry`) and the default gazetteer are built on first
use *inside* the threads. A :class:`threading.Barrier` starts the eight together
and a tiny switch interval makes the interpreter change threads often. Every
thread converts currencies, reads units, finds regions, reads the seed and audits
it; the results (their ``repr``) must equal those of a single thread in another
fresh interpreter, and all threads must share one registry and one gazetteer.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "examples" / "leningrad_2018.txt"

CHILD = r"""
import json, sys, threading
from decimal import Decimal

THREADS = int(sys.argv[1])
seed = sys.stdin.read()
sys.setswitchinterval(1e-6)

from regionrel import ExchangeRates, Money, TradeReport, gazetteer, units

rates = ExchangeRates.from_table(
    [("USD", "RUB", 2018, "62.7078"), ("EUR", "RUB", 2018, "73.9453"), ("CNY", "RUB", 2018, "9.4792")]
)
barrier = threading.Barrier(THREADS)
results = [None] * THREADS
errors = []


def work(index):
    try:
        barrier.wait()
        registry = units.registry()
        default = gazetteer.default()
        out = {
            "registry": id(registry),
            "gazetteer": id(default),
            "kWh": repr(registry.Quantity(Decimal("1.5"), "kWh").to("J")),
            "usd": repr(registry.Quantity(Decimal("7109"), "USD")),
            "rub": repr(rates.convert(Money("7109", "USD"), "RUB", 2018)),
            "eur": repr(rates.convert(Money("10224.9", "USD"), "EUR", "2018-06-30", via="RUB")),
            "cny": repr(rates.convert(Money("4115.9", "CNY"), "USD", 2018, via="RUB")),
            "regions": [
                repr(gazetteer.get(code)) for code in ("RU-LEN", "UZ-FA", "UZ-BU", "RU-KRS", "CN")
            ],
            "found": [
                repr(gazetteer.find(name)) for name in ("the PRC", "Holland", "Ferghana Region")
            ],
            "audit": repr(TradeReport.from_text(seed).audit()),
            "audit ru": repr(TradeReport(turnover="10224,9", exports="7109", imports="4115,9",
                             balance="2993,1", locale="ru").audit()),
        }
        results[index] = out
    except BaseException as exc:  # reported to the parent, never swallowed
        errors.append(repr(exc))


threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps({"errors": errors, "results": results}))
"""


def _run(threads: int) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(threads)],
        input=SEED.read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    out = json.loads(done.stdout)
    assert out["errors"] == []
    results: list[dict[str, object]] = out["results"]
    return results


def _without_ids(result: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in result.items() if k not in {"registry", "gazetteer"}}


def test_eight_threads_get_what_one_thread_gets() -> None:
    (single,) = _run(1)
    many = _run(8)
    assert len(many) == 8
    assert len({r["registry"] for r in many}) == 1  # one registry, built once
    assert len({r["gazetteer"] for r in many}) == 1  # one gazetteer, built once
    for result in many:
        assert _without_ids(result) == _without_ids(single)
    assert "Finding" in str(single["audit"])  # the audit did run on the seed
