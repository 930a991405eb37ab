"""Regenerate the world tables of the gazetteer from pycountry.

Writes three generated modules (the library reads no file at run time, so the
data ship as Python):

* ``src/regionrel/_data/countries_ru.py``: the Russian short, official and
  common names of every ISO 3166-1 country, from pycountry's gettext catalog
  ``iso3166-1`` for ``ru``;
* ``src/regionrel/_data/countries_other.py``: the names of every country in a
  few other languages, from the same catalogs (matched whole, after every
  English and Russian name has failed);
* ``src/regionrel/_data/iso3166_2.py``: every ISO 3166-2 subdivision (code,
  name, type, parent code), grouped by country so that the gazetteer builds a
  country's subdivisions only when one of them is first asked for.

tests/test_gazetteer_world.py checks both against the installed pycountry. Run
after upgrading pycountry:

    .venv/bin/python benchmarks/generate_world_tables.py
"""

from __future__ import annotations

import gettext
import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parents[1] / "src" / "regionrel" / "_data"


def russian_rows() -> list[tuple[str, str, str | None, str | None]]:
    """(alpha-2, short, official, common) in Russian, from pycountry's catalog."""
    catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        official = getattr(country, "official_name", None)
        common = getattr(country, "common_name", None)
        rows.append(
            (
                country.alpha_2,
                catalog.gettext(country.name),
                catalog.gettext(official) if official else None,
                catalog.gettext(common) if common else None,
            )
        )
    return rows


#: Languages whose names of countries the gazetteer also knows (matched whole only).
OTHER_LANGUAGES = (
    "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "ro", "hu",
    "el", "sv", "da", "nb_NO", "fi", "et", "lv", "lt", "tr", "uk", "be", "kk", "ky", "uz", "hy",
    "ka", "az", "mn", "zh_CN", "ja", "ko",
)  # fmt: skip


def other_language_rows(*, official: bool = False) -> list[tuple[str, str]]:
    """(alpha-2, name) for the short and common names in OTHER_LANGUAGES, each pair once,
    or for the official names when *official*."""
    rows: dict[tuple[str, str], None] = {}
    for lang in OTHER_LANGUAGES:
        catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            fields = ("official_name",) if official else ("name", "common_name")
            for english in (getattr(country, field, None) for field in fields):
                if english:
                    name = catalog.gettext(english)
                    if name != english:
                        rows[(country.alpha_2, name)] = None
    return list(rows)


#: Countries whose subdivisions' names in other languages the gazetteer knows (the curated ones).
CURATED_COUNTRIES = (
    "AM", "AZ", "BY", "CN", "DE", "EE", "FI", "GE", "KG", "KZ", "LT", "LV", "MD", "MN", "NO", "TJ",
    "TM", "UA", "UZ",
)  # fmt: skip


def subdivision_name_rows() -> list[tuple[str, str]]:
    """(code, name) for the subdivisions of CURATED_COUNTRIES in every language pycountry
    has an ``iso3166-2`` catalog for, each pair once, names equal to ISO's left out."""
    languages = sorted(
        path.parent.parent.name
        for path in Path(pycountry.LOCALES_DIR).glob("*/LC_MESSAGES/iso3166-2.mo")
    )
    rows: dict[tuple[str, str], None] = {}
    for lang in languages:
        catalog = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
            if sub.country_code in CURATED_COUNTRIES:
                name = catalog.gettext(sub.name)
                if name != sub.name and "\t" not in name and "\n" not in name:
                    rows[(sub.code, name)] = None
    return list(rows)


def subdivision_rows() -> dict[str, list[tuple[str, str, str, str | None]]]:
    """Country -> (code, name, type, parent code) of each ISO 3166-2 subdivision."""
    table: dict[str, list[tuple[str, str, str, str | None]]] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        parent = getattr(sub, "parent_code", None)
        table.setdefault(sub.country_code, []).append((sub.code, sub.name, sub.type, parent))
    return table


def _header(what: str) -> list[str]:
    version = importlib.metadata.version("pycountry")
    return [
        f'"""{what}, generated from pycountry {version} by benchmarks/generate_world_tables.py.',
        "",
        "Do not edit by hand.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]


def main() -> None:
    lines = _header("Russian names of the ISO 3166-1 countries (pycountry's 'ru' catalog)")
    lines[2] = (
        "Do not edit by hand. One string, a line per country: alpha-2, short, official and "
        "common name, tab-separated (empty where pycountry has none); a string compiles in a "
        "fraction of the time a table of tuples takes."
    )
    lines[-1:-1] = ["", "import functools"]
    blob = "\n".join("\t".join(f or "" for f in row) for row in russian_rows())
    lines.append(f"TABLE: str = {blob!r}")
    lines.append("")
    lines.append("")
    lines.append("@functools.cache")
    lines.append("def names() -> dict[str, tuple[str, str | None, str | None]]:")
    lines.append('    """alpha-2 -> (short name, official name, common name) in Russian."""')
    lines.append("    table = {}")
    lines.append('    for line in TABLE.split("\\n"):')
    lines.append('        code, short, official, common = line.split("\\t")')
    lines.append("        table[code] = (short, official or None, common or None)")
    lines.append("    return table")
    (DATA / "countries_ru.py").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = _header("Names of the ISO 3166-1 countries in other languages (pycountry's catalogs)")
    lines[2] = (
        f"Do not edit by hand. Languages: {', '.join(OTHER_LANGUAGES)}; short and common names "
        "that differ from the English ones. One string, a line per name: alpha-2, tab, name."
    )
    lines.append("#: alpha-2 and name, tab-separated, one per line.")
    blob = "\n".join(f"{a2}\t{name}" for a2, name in other_language_rows())
    lines.append(f"NAMES: str = {blob!r}")
    lines.append("#: The official names, in the same form (read after NAMES: a catalog's official")
    lines.append("#: name that is another country's short name is a slip of the catalog).")
    blob = "\n".join(f"{a2}\t{name}" for a2, name in other_language_rows(official=True))
    lines.append(f"OFFICIAL: str = {blob!r}")
    (DATA / "countries_other.py").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = _header("Names of subdivisions in other languages (pycountry's iso3166-2 catalogs)")
    lines[2] = (
        f"Do not edit by hand. Countries: {', '.join(CURATED_COUNTRIES)}; every language "
        "with a catalog; names that differ from ISO's. One string, a line per name: code, tab, name."
    )
    lines.append("#: ISO 3166-2 code and name, tab-separated, one per line.")
    blob = "\n".join(f"{code}\t{name}" for code, name in subdivision_name_rows())
    lines.append(f"NAMES: str = {blob!r}")
    (DATA / "subdivisions_other.py").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = _header("ISO 3166-2 subdivisions of every country")
    lines[2] = (
        "Do not edit by hand. Each country's rows are one string, a row a line, its fields "
        "(code, name, type, parent code or empty) tab-separated: a few string constants "
        "compile and load in well under a millisecond, where 5,046 tuples take 80 ms to "
        "compile; the gazetteer splits a country's string when one of its codes is first asked for."
    )
    lines.append(
        "#: alpha-2 -> the country's subdivisions, one per line: code, name, type, parent."
    )
    lines.append("SUBDIVISIONS: dict[str, str] = {")
    for a2, rows in sorted(subdivision_rows().items()):
        for row in rows:
            assert not any("\t" in f or "\n" in f for f in row if f)
        block = "\n".join("\t".join(f or "" for f in row) for row in rows)
        lines.append(f"    {a2!r}: {block!r},")
    lines.append("}")
    (DATA / "iso3166_2.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "-q",
            str(DATA / "countries_ru.py"),
            str(DATA / "iso3166_2.py"),
        ],
        check=True,
    )


if __name__ == "__main__":
    main()
