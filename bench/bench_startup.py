"""Cold start of organiser to its first shown main window, against a bare PySide6 QMainWindow start.

Each start is a fresh Python process (offscreen Qt), timed from before the interpreter starts until the
window has been shown and the event loop has run once; both are measured in the same run, alternately,
several times each, and the medians and their ratio are printed (goal: ratio ≤ 1.3).

    python3 bench/bench_startup.py [--repeat N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.3

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

ORGANISER = """
import sys
from pathlib import Path
# The order of organiser.app.main: arguments parsed and the workspace opened before Qt is imported.
from organiser import cli
from organiser.app import open_startup_workspace
cli.build_parser().parse_args(["--workspace", sys.argv[1]])
workspace = open_startup_workspace(Path(sys.argv[1]))
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from organiser.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
window = MainWindow(workspace)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
workspace.close()
"""


def run(code: str, *args: str, env: dict) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="organiser-bench-") as folder:
        # Bytecode is written (and the warm-up run below writes it), as `pip install` does for a user's copy:
        # with PYTHONDONTWRITEBYTECODE set, every start would compile organiser's sources anew.
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env = dict(env, QT_QPA_PLATFORM="offscreen", ORGANISER_DATA_DIR=folder,
                   XDG_CONFIG_HOME=folder, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        workspace = Path(folder) / "sample.sqlite"
        subprocess.run([sys.executable, "-c",
                        "import sys; from organiser.storage.db import open_workspace; "
                        "from organiser.services.exchange import add_sample; w = open_workspace(sys.argv[1]); "
                        "add_sample(w); w.close()", str(workspace)], env=env, check=True)
        run(BARE, env=env)  # warm the file cache for both before measuring
        run(ORGANISER, str(workspace), env=env)
        bare, organiser = [], []
        for _ in range(args.repeat):
            bare.append(run(BARE, env=env))
            organiser.append(run(ORGANISER, str(workspace), env=env))
    floor, ours = statistics.median(bare), statistics.median(organiser)
    ratio = ours / floor
    print(f"bare PySide6 QMainWindow: median {floor * 1000:.0f} ms of {args.repeat} starts")
    print(f"organiser on the sample:  median {ours * 1000:.0f} ms of {args.repeat} starts")
    print(f"ratio: {ratio:.2f} (goal ≤ {GOAL}) — {'met' if ratio <= GOAL else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
