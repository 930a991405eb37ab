"""Regenerate the world tables of the gazetteer from pycountry.

Writes three generated modules (the library reads no file at run time, so the
data ship as Python):

* ``src/regionrel/_data/countries_ru.py``: the Russian short, official and
  common names of every ISO 3166-1 country, from pycountry's gettext catalog
  ``iso3166-1`` for ``ru``;
* ``src/regionrel/_data/countries_other.py``: the names of every country in a
  few other languages, from the same catalogs (matched whole, after every
  English and Russian name has failed);
* ``src/regionrel/_data/country_keys.py``: the keys the gazetteer matches
  these names and the Russian ones by, already normalised;
* ``src/regionrel/_data/subdivisions_other.py``: the names of the curated
  countries' subdivisions in other languages, and
  ``src/regionrel/_data/subdivision_keys.py`` the index of their normalised
  keys (a key two places share left out);
* ``src/regionrel/_data/iso3166_2.py``: every ISO 3166-2 subdivision (code,
  name, type, parent code), grouped by country so that the gazetteer builds a
  country's subdivisions only when one of them is first asked for.

The keys are made by ``regionrel.gazetteer.names.normalize_name`` here, so that
the gazetteer's first miss loads them instead of normalising tens of thousands
of names. tests/test_gazetteer_world.py checks the tables against the installed
pycountry, and tests/test_gazetteer_keys.py the keys against ``normalize_name``.
Run after upgrading pycountry or changing ``normalize_name``:

    .venv/bin/python benchmarks/generate_world_tables.py
"""

from __future__ import annotations

import gettext
import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pycountry

from regionrel.gazetteer.names import normalize_name

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


def keyed(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(code, normalize_name(name)) for each (code, name), each pair once, in order; empty
    keys left out (the gazetteer indexes none)."""
    pairs = {(code, normalize_name(name)): None for code, name in rows}
    return [pair for pair in pairs if pair[1]]


def subdivision_keys(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(key, code) of the (code, name) *rows* whose normalised key one code only has."""
    codes: dict[str, set[str]] = {}
    for code, key in keyed(rows):
        codes.setdefault(key, set()).add(code)
    return sorted((key, found.pop()) for key, found in codes.items() if len(found) == 1)


def _blob(pairs: list[tuple[str, str]]) -> str:
    return "\n".join(f"{a}\t{b}" for a, b in pairs)


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
    names = other_language_rows()
    lines.append(f"NAMES: str = {_blob(names)!r}")
    lines.append("#: The official names, in the same form (read after NAMES: a catalog's official")
    lines.append("#: name that is another country's short name is a slip of the catalog).")
    official = other_language_rows(official=True)
    lines.append(f"OFFICIAL: str = {_blob(official)!r}")
    (DATA / "countries_other.py").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = _header("Keys of the country names the gazetteer reads on its first miss")
    lines[2] = (
        "Do not edit by hand. normalize_name (regionrel.gazetteer.names) of the Russian short, "
        "official and common names (countries_ru) and of the names in countries_other, so that "
        "the gazetteer loads its second index instead of normalising every name; "
        "tests/test_gazetteer_keys.py checks them. One string each, a line per name: "
        "alpha-2, tab, key; a pair once, in the order of the names, no empty key."
    )
    russian = [(row[0], name) for row in russian_rows() for name in row[1:] if name]
    lines.append("#: The Russian short, official and common names.")
    lines.append(f"RUSSIAN: str = {_blob(keyed(russian))!r}")
    lines.append("#: countries_other.NAMES.")
    lines.append(f"NAMES: str = {_blob(keyed(names))!r}")
    lines.append("#: countries_other.OFFICIAL.")
    lines.append(f"OFFICIAL: str = {_blob(keyed(official))!r}")
    (DATA / "country_keys.py").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = _header("Names of subdivisions in other languages (pycountry's iso3166-2 catalogs)")
    lines[2] = (
        f"Do not edit by hand. Countries: {', '.join(CURATED_COUNTRIES)}; every language "
        "with a catalog; names that differ from ISO's. One string, a line per name: code, tab, name."
    )
    lines.append("#: ISO 3166-2 code and name, tab-separated, one per line.")
    subdivision_names = subdivision_name_rows()
    lines.append(f"NAMES: str = {_blob(subdivision_names)!r}")
    (DATA / "subdivisions_other.py").write_text("\n".join(lines) + "\n", encoding="utf-8")

    lines = _header("Keys of the subdivision names the gazetteer reads on its first miss")
    lines[2] = (
        "Do not edit by hand. normalize_name (regionrel.gazetteer.names) of the names in "
        "subdivisions_other, with the ISO 3166-2 code of the one place each names (a key two "
        "places share is left out); tests/test_gazetteer_keys.py checks them. One string, a "
        "line per key, sorted: key, tab, code."
    )
    lines.append(f"KEYS: str = {_blob(subdivision_keys(subdivision_names))!r}")
    (DATA / "subdivision_keys.py").write_text("\n".join(lines) + "\n", encoding="utf-8")

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
            str(DATA / "country_keys.py"),
            str(DATA / "subdivision_keys.py"),
            str(DATA / "iso3166_2.py"),
        ],
        check=True,
    )


if __name__ == "__main__":
    main()
