"""Regenerate ``src/regionrel/_data/iso3166.py`` from pycountry.

The gazetteer ships ISO 3166-1 as Python data, because importing pycountry and
iterating its countries costs about 70 ms, more than the 50 ms budget for
building the whole gazetteer. tests/test_gazetteer.py cross-checks the table
against the installed pycountry. Run after upgrading pycountry:

    .venv/bin/python benchmarks/generate_country_table.py > src/regionrel/_data/iso3166.py
"""

from __future__ import annotations

import importlib.metadata

import pycountry


def main() -> None:
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        rows.append(
            (
                country.alpha_2,
                country.alpha_3,
                country.numeric,
                country.name,
                getattr(country, "official_name", None),
                getattr(country, "common_name", None),
            )
        )
    version = importlib.metadata.version("pycountry")
    print(
        f'"""ISO 3166-1, generated from pycountry {version} by benchmarks/generate_country_table.py.'
    )
    print()
    print(
        "Do not edit by hand. Each row: alpha-2, alpha-3, numeric, ISO short name, official name, common name."
    )
    print('"""')
    print()
    print("from __future__ import annotations")
    print()
    print("COUNTRIES: tuple[tuple[str, str, str, str, str | None, str | None], ...] = (")
    for row in rows:
        print(f"    {row!r},")
    print(")")


if __name__ == "__main__":
    main()
