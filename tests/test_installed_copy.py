"""An installed copy (``pip install .``, not only editable) finds its forms, resources and Word templates.

Runs the ``organiser`` script installed beside the interpreter running the tests, from a folder outside
the checkout, so that the package imported is the installed one. Under README's test command the
package is installed non-editable into .venv, so this checks the wheel itself."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("organiser")
CHECKOUT = Path(__file__).resolve().parent.parent


def run(*args, cwd):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not SCRIPT.exists(), reason=f"no installed organiser script beside {sys.executable}")
def test_the_installed_script_runs_the_sample_to_a_declaration(tmp_path):
    located = run(sys.executable, "-c",
                  "import organiser, organiser.paths as p; print(organiser.__file__);"
                  "print(*(p.data_dir(n) for n in ('forms', 'resources', 'templates_docx')), sep='\\n')",
                  cwd=tmp_path)
    assert located.returncode == 0, located.stderr
    package_file, *folders = located.stdout.splitlines()
    for folder in folders:
        assert Path(folder).is_dir()
    assert any(Path(folders[0]).glob("*.ui")) and any(Path(folders[2]).glob("*.docx"))
    installed = Path(package_file).resolve().parent != CHECKOUT / "organiser"
    workspace, out = tmp_path / "w.sqlite", tmp_path / "d.docx"
    assert run(str(SCRIPT), "--workspace", str(workspace), "sample", cwd=tmp_path).returncode == 0
    result = run(str(SCRIPT), "--workspace", str(workspace), "export", "declaration", "2024-07-25",
                 "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:2] == b"PK"
    if not installed:
        pytest.skip("the package is installed editable: the wheel's own data files were not exercised")
