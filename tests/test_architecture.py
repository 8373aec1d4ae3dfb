"""The dependency direction of DESIGN.md, kept by scanning imports:
domain ← storage ← services ← documents, cli, ui ← app; Qt only in ui/ (and behind collation)."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "organiser"
LAYERS = ["domain", "storage", "services", "documents", "cli", "ui", "app"]
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "services": {"domain", "storage"},
    "documents": {"domain", "storage", "services"},  # documents/export.py gathers through services
    "cli": {"domain", "storage", "services", "documents"},
    "ui": {"domain", "storage", "services", "documents"},
    "app": {"domain", "storage", "services", "cli", "ui"},
}
QT_ALLOWED = {"organiser/domain/collation.py",  # QCollator is ICU collation, behind one function
              "organiser/documents/pictures.py"}  # QPainter draws the seating plan and turned text for Word


def layer_of(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE).parts
    name = relative[0].removesuffix(".py")
    return name if name in LAYERS else None


def imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.parts)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layers_import_only_below_them(path):
    layer = layer_of(path)
    if layer is None:
        return
    for module in imports(path):
        parts = module.split(".")
        if parts[0] == "PySide6":
            assert layer == "ui" or str(path.relative_to(PACKAGE.parent)) in QT_ALLOWED, f"{path.name} imports Qt"
        if parts[0] == "organiser" and len(parts) > 1 and parts[1].removesuffix(".py") in LAYERS:
            target = parts[1]
            assert target == layer or target in ALLOWED[layer], f"{path.name} ({layer}) imports organiser.{target}"


def test_the_scan_sees_the_package():
    assert len(SOURCES) > 20
    assert any(layer_of(p) == "domain" for p in SOURCES)
