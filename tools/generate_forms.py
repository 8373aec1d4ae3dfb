"""Generate organiser/ui/forms/ui_*.py from forms/*.ui with pyside6-uic.

Run after editing a form in Qt Designer: python tools/generate_forms.py
A test regenerates them into a temporary folder and checks that nothing changes.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = "# Generated from forms/{name} by tools/generate_forms.py — do not edit.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return found


def generate(form: Path) -> str:
    result = subprocess.run([uic(), "--no-autoconnection", str(form)], capture_output=True, text=True, check=True)
    # Drop uic's own header (it names the Qt version, which differs between machines).
    body = result.stdout.split("################################################################################\n", 2)[-1]
    return HEADER.format(name=form.name) + body.lstrip("\n")


def main(out_dir: Path = ROOT / "organiser" / "ui" / "forms") -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    for form in sorted((ROOT / "forms").glob("*.ui")):
        (out_dir / f"ui_{form.stem}.py").write_text(generate(form), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "organiser" / "ui" / "forms"))
