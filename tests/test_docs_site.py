"""The API reference shows the docstrings as Markdown: no raw reST role, no false "required".

The site is built by ``make docs`` (mkdocstrings with the griffe extension in
docs/_ext/doctest_fences.py). Building it here would take seconds, so these tests check the
two pieces that decide what it shows: the extension's rewriting, run over every docstring of
the package, and the section style of the configuration.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

from docs._ext.doctest_fences import markdown

import regionrel

ROOT = Path(__file__).resolve().parents[1]
ROLE = re.compile(r":(?:class|mod|meth|func|attr|data|exc|obj):`")


def docstrings() -> Iterator[tuple[str, str]]:
    for info in pkgutil.walk_packages(regionrel.__path__, "regionrel."):
        module = importlib.import_module(info.name)
        yield info.name, inspect.getdoc(module) or ""
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != info.name:
                continue
            yield f"{info.name}.{name}", inspect.getdoc(value) or ""
            for member, attr in vars(value).items() if inspect.isclass(value) else ():
                if not member.startswith("_") or member == "__init__":
                    doc = (
                        inspect.getdoc(attr)
                        if callable(attr) or isinstance(attr, property)
                        else None
                    )
                    yield f"{info.name}.{name}.{member}", doc or ""


def outside_code(text: str) -> str:
    kept, in_code = [], False
    for line in text.splitlines():
        if line.strip().startswith("```"):
            in_code = not in_code
        elif not in_code:
            kept.append(re.sub(r"``[^`]*``", "", line))
    return "\n".join(kept)


def test_no_docstring_shows_a_raw_role() -> None:
    raw = [where for where, doc in docstrings() if ROLE.search(outside_code(markdown(doc)))]
    assert raw == []


def test_roles_were_there_to_rewrite() -> None:
    assert sum(bool(ROLE.search(doc)) for _, doc in docstrings()) > 20


def test_parameters_are_listed_not_tabled() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+docstring_section_style: list$", config, re.M)
