"""Gazetteer: building the built-in data on first use, and lookups by code and by name.

The build is timed in fresh interpreters (the first call to ``gazetteer.default()``,
after ``import regionrel.gazetteer``), so it includes importing the data modules;
the baseline is importing pycountry and iterating its countries, which the
generated table in ``regionrel._data.iso3166`` replaces.

``find`` is timed on a fixed list of names that it resolves (hits) and of names
that it refuses (misses), each name on its own; a row gives the median over
the names. country_converter (coco), the library people use for country names,
is timed on the same names for reference when it is installed (it is a
benchmark-only dependency, pinned in requirements-dev.txt).
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from _harness import Row, per_call

from regionrel.gazetteer import Gazetteer

_BUILD = (
    "import time, regionrel.gazetteer as g; t = time.perf_counter(); g.default(); "
    "print(time.perf_counter() - t)"
)
#: The first name the built gazetteer cannot find builds its second indexes (names in other
#: languages, their romanization skeletons, the curated regions built on first need).
_FIRST_MISS = (
    "import time, regionrel.gazetteer as g; d = g.default(); t = time.perf_counter(); "
    "d.search('Atlantis'); print(time.perf_counter() - t)"
)
_PYCOUNTRY = (
    "import time; t = time.perf_counter(); import pycountry; list(pycountry.countries); "
    "print(time.perf_counter() - t)"
)


_IMPORT = "import time; t = time.perf_counter(); import regionrel; print(time.perf_counter() - t)"

#: Names find() resolves: short, official and qualified country names, English, Russian
#: and other languages, regions of Belarus, Kazakhstan, China, Latvia and Azerbaijan, and
#: other romanizations of them.
HITS = (
    "Germany", "the PRC", "Korea, Rep.", "Congo, Dem. Rep.", "United States of America",
    "Republic of Chad", "Iran (Islamic Republic of)", "Guam (US)", "China, Hong Kong SAR",
    "Côte d'Ivoire", "Viet Nam", "Ceylon", "Германия", "Федеративная Республика Германия",
    "Brest Region", "Heilongjiang Province", "Брестская область", "Almaty", "Kazakhstan",
    "Leningrad Oblast", "Homyel", "Viciebsk", "Брэсцкая вобласць", "Bundesrepublik Deutschland",
    "Riga", "Baku",
)  # fmt: skip
#: Names find() refuses: places that are not countries, and words that name nothing.
MISSES = (
    "Perugia", "Mexico City", "Kuwait City", "Moldova Region", "New Jersey", "Atlantis",
    "Sweden except Stockholm", "China China China", "Papua", "Minsk Oblastt", "Harbin",
    "Jersey City",
)  # fmt: skip
#: Russian names in running text, which find() puts in the nominative with pymorphy3.
CASE_FORMS = ("в Брестской области", "с Хэйлунцзяном", "в Китае", "с Германией")


def _median_per_name(
    func: Callable[[str], object], names: tuple[str, ...], *, number: int = 0, repeat: int = 7
) -> float:
    """Median over *names* of the median seconds per call of ``func(name)``."""
    return statistics.median(
        per_call(functools.partial(_quiet, func, name), number=number, repeat=repeat)
        for name in names
    )


def _uncached(built: Gazetteer) -> Callable[[str], object]:
    """find() without its cache of names already seen."""

    def find(name: str) -> object:
        built._cache.clear()
        return built.find(name)

    return find


def _quiet(func: Callable[[str], object], name: str) -> object:
    try:
        return func(name)
    except LookupError:
        return None


def _coco_table() -> object:
    """coco's own country table, read so that pandas 3 keeps "NA" (Namibia) and blank codes.

    country_converter 1.3.2 reads it with pandas's default NA handling, which under
    pandas 3 turns some ISO2 codes into missing values and stops its constructor.
    """
    import country_converter
    import pandas as pd

    path = Path(country_converter.__file__).with_name("country_data.tsv")
    table = pd.read_csv(path, sep="\t", encoding="utf-8", dtype=str, keep_default_na=False)
    table = table.replace("", None)
    for column in ("ISOnumeric", "UNcode", "FAOcode", "GBDcode", "GEOnumeric"):
        if column in table:
            table[column] = pd.to_numeric(table[column]).astype("Int64")
    return table


def _coco() -> Callable[[str], object] | None:
    """country_converter's converter, or None (with a note) when it is not installed."""
    try:
        import country_converter
    except ImportError:
        print("  (country_converter is not installed: its column is skipped)")
        return None
    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    try:
        converter = country_converter.CountryConverter(country_data=_coco_table())
    except Exception as exc:  # a version of coco or pandas that does not fit
        print(f"  (country_converter could not start: {exc!r}; its column is skipped)")
        return None

    def convert(name: str) -> object:
        with contextlib.redirect_stdout(io.StringIO()):
            return converter.convert(name, to="ISO2", not_found=None)

    return convert


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
    first_miss_built = _fresh(_FIRST_MISS)
    rows.append(
        Row(
            "first miss of a fresh gazetteer (builds indexes)",
            first_miss_built,
            "import pycountry + iterate countries",
            _fresh(_PYCOUNTRY),
        )
    )
    coco = _coco()
    for name in (*HITS, *MISSES, *CASE_FORMS):  # warm caches (and pymorphy3's dictionary)
        _quiet(built.find, name)
    hit = _median_per_name(built.find, HITS)
    miss = _median_per_name(built.find, MISSES)
    # What a name gives is cached; these time the work done the first time a name is seen.
    first_hit = _median_per_name(_uncached(built), HITS)
    first_miss = _median_per_name(_uncached(built), MISSES)
    coco_hit = _median_per_name(coco, HITS, number=20, repeat=5) if coco else None
    coco_miss = _median_per_name(coco, MISSES, number=20, repeat=5) if coco else None
    coco_name = "country_converter on the same names" if coco else ""
    rows += [
        Row(f"find: hit, median of {len(HITS)} names", hit, coco_name, coco_hit,
            target="< 10 us", ok=hit < 10e-6),
        Row(f"find: miss, median of {len(MISSES)} names", miss, coco_name, coco_miss,
            target="< 50 us", ok=miss < 50e-6),
        Row("find: hit, a name not seen before (uncached)", first_hit, coco_name, coco_hit,
            target="< 10 us", ok=first_hit < 10e-6),
        Row("find: miss, a name not seen before (uncached)", first_miss, coco_name, coco_miss,
            target="< 50 us", ok=first_miss < 50e-6),
    ]  # fmt: skip
    rows.append(
        Row(
            f"find: Russian case form (uncached), median of {len(CASE_FORMS)}",
            _median_per_name(_uncached(built), CASE_FORMS),
        )
    )
    imported = _fresh(_IMPORT)
    rows.append(Row("import regionrel (fresh interpreter)", imported))
    rows.append(
        Row("get('FR-75C'): a lazily built ISO 3166-2 code", per_call(lambda: built.get("FR-75C")))
    )
    by_code = per_call(lambda: built.get("RU-LEN"))
    lookup = {"RU-LEN": None}
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
    # Hostile text (issue 18): a 32 KB word took 92 s when the compound pattern was
    # tried from each of its letters; 32 KB of compounds shows the linear cost per compound.
    for label, text in (
        ("32 KB word", "a" * 32_000),
        ("32 KB compounds", "Russian-Armenian " * 1_882),
    ):
        took = per_call(functools.partial(built.parties_in, text), number=1, repeat=3)
        rows.append(Row(f"parties_in: {label}", took, target="< 100 ms (linear)", ok=took < 0.100))
    rows.append(
        Row(
            "group_of(Buryatia, federal district, on=date)",
            per_call(lambda: built.group_of("RU-BU", "federal district", on="2018-11-04")),
        )
    )
    return rows
