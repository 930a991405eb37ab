"""The public API: names re-exported from regionrel, lazily, and nothing else."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import regionrel

INIT = Path(regionrel.__file__)


def _type_checking_names() -> set[str]:
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        test = node.test if isinstance(node, ast.If) else None
        if isinstance(test, ast.Name) and test.id == "TYPE_CHECKING":
            assert isinstance(node, ast.If)
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom)
                names.update(alias.asname or alias.name for alias in stmt.names)
    return names


def test_all_is_sorted_and_matches_exports_and_type_checking_imports() -> None:
    assert regionrel.__all__ == sorted(regionrel.__all__)
    assert set(regionrel.__all__) == set(regionrel._EXPORTS)
    assert set(regionrel.__all__) == _type_checking_names()


@pytest.mark.parametrize("name", regionrel.__all__)
def test_every_public_name_resolves_to_its_module(name: str) -> None:
    value = getattr(regionrel, name)
    module = regionrel._EXPORTS[name]
    target = sys.modules[module]
    # A public submodule (regionrel.gazetteer) is exported as itself.
    assert (target if module == f"regionrel.{name}" else getattr(target, name)) is value
    assert value.__doc__, f"{name} has no docstring"


def test_import_star_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from regionrel import *", namespace)
    namespace.pop("__builtins__")
    assert sorted(namespace) == regionrel.__all__


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        regionrel.Nope  # noqa: B018


def test_dir_lists_public_names() -> None:
    assert set(regionrel.__all__) <= set(dir(regionrel))


def test_import_does_not_import_pint_or_dateutil_parser() -> None:
    code = (
        "import sys, regionrel; "
        "bad = [m for m in ('pint', 'dateutil.parser', 'pycountry') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == ""
