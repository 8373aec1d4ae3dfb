"""The committed organiser/ui/forms/ui_*.py are exactly what tools/generate_forms.py makes of forms/*.ui."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_regenerating_the_forms_changes_nothing(tmp_path):
    spec = importlib.util.spec_from_file_location("generate_forms", ROOT / "tools" / "generate_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    generated = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("ui_*.py")}
    committed = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "organiser" / "ui" / "forms").glob("ui_*.py")}
    assert generated and generated.keys() == {f"ui_{p.stem}.py" for p in (ROOT / "forms").glob("*.ui")}
    assert committed == generated
