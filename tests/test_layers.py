"""The floors of the library, as docs/architecture.md draws them, hold in the code.

The floors are written once, in the table under "## Floors" in docs/architecture.md; this
test reads that table and every ``import`` of every module under src/regionrel (imports
inside functions count; imports under ``if TYPE_CHECKING:`` are for annotations and do not),
and fails on:

- a module that no floor names;
- an import from a floor to a floor above it, except on a line marked
  ``# layers: documented exception`` that the architecture page lists;
- an import between the two sides of a floor that must not know each other
  (relations and trade; audit and profile);
- a circle of imports between modules, of any length (a documented exception's import, which
  runs up a floor inside a method, is not counted twice: it is allowed once, above);
- a private name (``_x``) imported from another module.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
MARK = "# layers: documented exception"
#: "No source file over about 800 lines": one idea a file, with room for its docstrings.
LONGEST = 850


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {module_name(p): p for p in sorted((SRC / "regionrel").rglob("*.py"))}


def read_floors() -> tuple[dict[str, int], list[tuple[str, str]], set[tuple[str, str]]]:
    """The floor of each module prefix, the pairs of sides, and the documented exceptions."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text.split("## Floors", 1)[1].split("\n## ", 1)[0]
    floors: dict[str, int] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0].isdigit():
            for prefix in re.findall(r"`(regionrel[\w.]*)`", cells[2]):
                floors[prefix] = int(cells[0])
    sides = re.findall(r"`(regionrel[\w.]*)`\s+never\s+imports?\s+`(regionrel[\w.]*)`", section)
    exceptions = set(
        re.findall(r"exception: `(regionrel[\w.]*)` imports `(regionrel[\w.]*)`", section)
    )
    return floors, sides, exceptions


FLOORS, SIDES, EXCEPTIONS = read_floors()


def floor_of(module: str) -> int | None:
    best = None
    for prefix, floor in FLOORS.items():
        inside = prefix != "regionrel" and module.startswith(prefix + ".")
        if (module == prefix or inside) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, floor)
    return None if best is None else best[1]


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def runtime_imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and is_type_checking(node):
            yield from (n for child in node.orelse for n in runtime_imports_of(child))
            continue
        yield from runtime_imports_of(node)


def runtime_imports_of(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    else:
        yield from runtime_imports(node)


def resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".")
    if MODULES[module].name != "__init__.py":
        package = package[:-1]
    package = package[: len(package) - node.level + 1]
    return ".".join([*package, node.module] if node.module else package)


def edges() -> Iterator[tuple[str, str, int, str, tuple[str, ...]]]:
    """(importer, imported module, line, source line, names taken) for every runtime import."""
    for module, path in MODULES.items():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in runtime_imports(ast.parse(source)):
            line = lines[node.lineno - 1]
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("regionrel"):
                        yield module, alias.name, node.lineno, line, ()
                continue
            target = resolve(module, node)
            if not target.startswith("regionrel"):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                if sub in MODULES:
                    yield module, sub, node.lineno, line, ()
                else:
                    yield module, target, node.lineno, line, (alias.name,)


EDGES = [e for e in edges() if e[0] != e[1]]


def test_every_module_has_a_floor() -> None:
    assert FLOORS, "docs/architecture.md has no floors table"
    assert [m for m in MODULES if floor_of(m) is None] == []


def test_no_module_imports_a_floor_above_its_own() -> None:
    upward = []
    for importer, imported, lineno, line, _ in EDGES:
        low, high = floor_of(importer), floor_of(imported)
        assert low is not None
        assert high is not None
        if imported == "regionrel" or high <= low:
            continue
        if MARK in line and (importer, imported) in EXCEPTIONS:
            continue
        upward.append(f"{importer}:{lineno} imports {imported} (floor {low} -> {high})")
    assert upward == []


def test_the_documented_exceptions_are_the_marked_lines() -> None:
    marked = {(i, m) for i, m, _, line, _ in EDGES if MARK in line}
    assert marked == EXCEPTIONS


def test_nothing_imports_the_package_root() -> None:
    assert [(i, n) for i, m, n, _, _ in EDGES if m == "regionrel"] == []


@pytest.mark.parametrize(("left", "right"), SIDES)
def test_the_sides_of_a_floor_never_import_each_other(left: str, right: str) -> None:
    def on(module: str, side: str) -> bool:
        return module == side or module.startswith(side + ".")

    crossing = [
        (i, m)
        for i, m, *_ in EDGES
        if (on(i, left) and on(m, right)) or (on(i, right) and on(m, left))
    ]
    assert crossing == []


def test_no_circles() -> None:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for importer, imported, _, line, _ in EDGES:
        documented = MARK in line and (importer, imported) in EXCEPTIONS
        if imported in graph and imported != "regionrel" and not documented:
            graph[importer].add(imported)
    # Tarjan's strongly connected components, iteratively.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        circles.append(sorted(component))
    assert circles == []


def test_no_private_name_is_imported_from_another_module() -> None:
    private = [
        f"{importer}:{lineno} takes {name} from {imported}"
        for importer, imported, lineno, _, names in EDGES
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert private == []


def test_no_source_file_is_much_over_800_lines() -> None:
    long = {m: n for m, p in MODULES.items() if (n := len(p.read_text().splitlines())) > LONGEST}
    # Reference data is a table, not an idea: it may run long.
    assert {m: n for m, n in long.items() if not m.startswith("regionrel._data")} == {}


def test_every_source_file_opens_with_a_docstring() -> None:
    missing = [m for m, p in MODULES.items() if not ast.get_docstring(ast.parse(p.read_text()))]
    assert missing == []
