"""The normalised keys the generator stores (benchmarks/generate_world_tables.py, in
regionrel._data.country_keys and subdivision_keys) are
``normalize_name`` of the names they stand for: a change of ``normalize_name`` without a
run of the generator fails here instead of silently desynchronising the indexes."""

from __future__ import annotations

from regionrel import gazetteer
from regionrel._data import (
    countries_other,
    countries_ru,
    country_keys,
    subdivision_keys,
    subdivisions_other,
)
from regionrel.gazetteer import normalize_name


def _pairs(blob: str) -> list[tuple[str, str]]:
    return [(a, b) for a, b in (line.split("\t") for line in blob.split("\n"))]


def _keyed(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(code, key) of each (code, name), a pair once, in order, empty keys left out."""
    pairs = {(code, normalize_name(name)): None for code, name in rows}
    return [pair for pair in pairs if pair[1]]


def test_russian_keys_are_the_russian_names_normalised() -> None:
    names = [(code, n) for code, row in countries_ru.names().items() for n in row if n]
    assert _pairs(country_keys.RUSSIAN) == _keyed(names)
    assert ("DE", "германия") in _pairs(country_keys.RUSSIAN)


def test_other_language_keys_are_the_names_normalised() -> None:
    for names, keys in (
        (countries_other.NAMES, country_keys.NAMES),
        (countries_other.OFFICIAL, country_keys.OFFICIAL),
    ):
        assert _pairs(keys) == _keyed(_pairs(names))
    assert ("AT", "osterreich") in _pairs(country_keys.NAMES)


def test_subdivision_keys_are_the_names_normalised_and_unshared() -> None:
    codes: dict[str, set[str]] = {}
    for code, key in _keyed(_pairs(subdivisions_other.NAMES)):
        codes.setdefault(key, set()).add(code)
    expected = sorted((key, found.pop()) for key, found in codes.items() if len(found) == 1)
    assert _pairs(subdivision_keys.KEYS) == expected
    stored = dict(_pairs(subdivision_keys.KEYS))
    assert stored[normalize_name("Брэсцкая вобласць")] == "BY-BR"
    assert len(stored) < len(subdivisions_other.NAMES.split("\n"))


def test_the_stored_keys_are_what_the_gazetteer_reads() -> None:
    built = gazetteer.default()
    built.search("Atlantis")  # a miss builds both indexes
    assert built._subdivision_names() == dict(_pairs(subdivision_keys.KEYS))
    keys = {key for _, key in _pairs(country_keys.RUSSIAN)}
    assert keys <= set(built._other_languages())
