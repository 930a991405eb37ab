"""Gazetteer: building the built-in data on first use, and lookups by code and by name.

The build is timed in fresh interpreters (the first call to ``gazetteer.default()``,
after ``import regionrel.gazetteer``), so it includes importing the data modules;
the baseline is importing pycountry and iterating its countries, which the
generated table in ``regionrel._data.iso3166`` replaces.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from _harness import Row, per_call

_BUILD = (
    "import time, regionrel.gazetteer as g; t = time.perf_counter(); g.default(); "
    "print(time.perf_counter() - t)"
)
_PYCOUNTRY = (
    "import time; t = time.perf_counter(); import pycountry; list(pycountry.countries); "
    "print(time.perf_counter() - t)"
)


def _fresh(code: str, repeat: int = 7) -> float:
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeat)
    ]
    return statistics.median(times)


def run() -> list[Row]:
    from regionrel import gazetteer

    built = gazetteer.default()
    build = _fresh(_BUILD)
    lookup = {"RU-LEN": None}
    rows = [
        Row(
            "build the default gazetteer (first use)",
            build,
            "import pycountry + iterate countries",
            _fresh(_PYCOUNTRY),
            target="< 50 ms",
            ok=build < 0.050,
        ),
    ]
    by_code = per_call(lambda: built.get("RU-LEN"))
    rows.append(
        Row(
            "get('RU-LEN') by code",
            by_code,
            "a bare dict lookup",
            per_call(lambda: lookup["RU-LEN"]),
            target="< 2 us (a dict access)",
            ok=by_code < 2e-6,
        )
    )
    rows.append(
        Row(
            "find('the Leningrad Oblast') by name",
            per_call(lambda: built.find("the Leningrad Oblast")),
        )
    )
    rows.append(Row("find('Ferghana') by core name", per_call(lambda: built.find("Ferghana"))))
    rows.append(
        Row(
            "parties_of('Russian-Azerbaijani')",
            per_call(lambda: built.parties_of("Russian-Azerbaijani")),
        )
    )
    rows.append(
        Row(
            "group_of(Buryatia, federal district, on=date)",
            per_call(lambda: built.group_of("RU-BU", "federal district", on="2018-11-04")),
        )
    )
    return rows
