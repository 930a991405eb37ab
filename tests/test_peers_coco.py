"""Country names from country_converter's data and tests (shared/peers/country_names_coco.tsv).

Every positive row must give its country, and no negative row any country (not
even ambiguously); see shared/peers/README.md for the rows' kinds. The file lies
beside the repository (in ``shared/peers``) on every machine and in CI.

Deliberate exceptions, each refused rather than answered:

* "Korea" (``ambiguous by design``): it fits both Koreas, so it is refused as
  ambiguous (AmbiguousRegionError).
* "DPR": coco reads it as North Korea; Russian regions' sources use it for the
  Donetsk People's Republic, so regionrel refuses it.
* "Caribian Netherlands": a misspelling in coco's own regular expression.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regionrel import gazetteer
from regionrel.errors import AmbiguousRegionError, RegionrelError, UnknownRegionError
from regionrel.regions import RegionKind

DATA = Path(__file__).resolve().parents[2] / "shared" / "peers" / "country_names_coco.tsv"
EXCEPTIONS = {"DPR", "Caribian Netherlands"}


def _rows() -> list[tuple[str, str, str]]:
    if not DATA.exists():  # pragma: no cover - the file is beside the repository
        return []
    lines = DATA.read_text(encoding="utf-8").split("\n")
    assert lines[0].split("\t") == ["source", "kind", "name", "expected_iso2", "coco_answer"]
    rows = []
    for line in lines[1:]:
        if line:
            _source, kind, name, expected, _coco = line.split("\t")
            rows.append((kind, name, expected))
    return rows


ROWS = _rows()


def _answer(name: str) -> str | None:
    """The country's alpha-2 code, "REFUSED", or the code of a non-country region."""
    try:
        region = gazetteer.find(name)
    except (UnknownRegionError, AmbiguousRegionError):
        return None
    if region.kind is RegionKind.COUNTRY:
        return region.iso_code
    return f"not a country: {region.iso_code}"


@pytest.mark.skipif(not ROWS, reason="shared/peers/country_names_coco.tsv is not beside the repo")
def test_the_file_has_its_rows() -> None:
    assert len(ROWS) == 700
    assert {kind for kind, _, _ in ROWS} >= {"coco short name", "negative", "ambiguous by design"}


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [row for row in ROWS if row[2] and not row[2].startswith("OUT:")],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_positive_rows_give_their_country(kind: str, name: str, expected: str) -> None:
    answer = _answer(name)
    if name in EXCEPTIONS:
        assert answer is None
    elif kind == "ambiguous by design":
        with pytest.raises(AmbiguousRegionError):
            gazetteer.find(name)
    elif kind.startswith("coco convention"):
        assert answer in (expected, None)
    else:
        assert answer == expected


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [row for row in ROWS if not row[2] or row[2].startswith("OUT:")],
)
def test_negative_and_outside_rows_give_no_country(kind: str, name: str, expected: str) -> None:
    with pytest.raises(LookupError) as err:
        gazetteer.find(name)
    assert isinstance(err.value, RegionrelError)
    if not expected:  # not even ambiguously
        assert err.type is UnknownRegionError


def test_exceptions_are_few_and_still_refused() -> None:
    assert len(EXCEPTIONS) <= 3
    for name in EXCEPTIONS:
        assert _answer(name) is None
