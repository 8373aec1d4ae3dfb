"""documents/ as one pipeline: names and content below the builders, the registry above them, the
exports on top; every import counted (a function's own, and a TYPE_CHECKING block's, too)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

DOCUMENTS = Path(__file__).resolve().parents[3] / "organiser" / "documents"
MODULES = sorted(path for path in DOCUMENTS.glob("*.py") if path.name != "__init__.py")


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports anywhere in it, by its full name (``from organiser.documents import
    seating`` counts as organiser.documents.seating)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def documents_graph() -> dict[str, set[str]]:
    own = {f"organiser.documents.{path.stem}" for path in MODULES}
    return {f"organiser.documents.{path.stem}": imported(path) & own for path in MODULES}


def test_no_module_of_documents_is_part_of_an_import_cycle():
    graph = documents_graph()
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycle = path[path.index(module):] + [module]
            pytest.fail("import cycle: " + " → ".join(name.rsplit(".", 1)[1] for name in cycle))
        if module in done:
            return
        for target in sorted(graph[module]):
            visit(target, [*path, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])


def test_the_scan_sees_imports_inside_functions():
    graph = documents_graph()
    # seating.build_seating imports documents/pictures.py inside the function (Qt, only when drawing).
    assert "organiser.documents.pictures" in graph["organiser.documents.seating"]
    assert "organiser.documents.seating" in graph["organiser.documents.registry"]


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_documents_read_the_workspace_through_services_only(path):
    assert not {name for name in imported(path) if name.split(".")[:2] == ["organiser", "storage"]}


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_no_string_keyed_imports(path):
    assert "importlib" not in {name.split(".")[0] for name in imported(path)}
