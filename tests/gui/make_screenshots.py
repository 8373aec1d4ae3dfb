"""Save a screenshot of each screen of the window on the sample council: docs/window-<screen>.png.

    xvfb-run -a -s "-screen 0 1400x900x24" python3 tests/gui/make_screenshots.py [OUT_DIR]

(Under Xvfb Qt draws a real X window; with QT_QPA_PLATFORM=offscreen it works too.) Settings and the
data directory are temporary, so nothing of the user's is read or changed.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def sample_app(prefix: str):
    """A QApplication with settings and data directory in a new temporary folder, errors printed instead
    of shown, and a workspace there holding the sample council: (app, workspace, folder)."""
    temp = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.setdefault("ORGANISER_DATA_DIR", str(temp / "data"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp / "settings"))
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("organiser-shots")
    from organiser.services.exchange import add_sample
    from organiser.storage.db import open_workspace
    from organiser.ui import dialogs

    dialogs.show_error = lambda parent, text, title="": print("error:", text)
    workspace = open_workspace(temp / "sample.sqlite")
    add_sample(workspace)
    return app, workspace, temp


def main(out: Path) -> int:
    app, workspace, temp = sample_app("organiser-shots-")
    from organiser.domain.model import EventKind
    from organiser.services import events
    from organiser.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(workspace)
    window.resize(1360, 820)
    window.show()
    for _ in range(5):
        app.processEvents()
    seminar = next(e for e in events.list_events(workspace) if e.kind is EventKind.SEMINAR)
    meeting = next(e for e in events.list_events(workspace) if e.kind is EventKind.COUNCIL_MEETING)

    def shot(key: str, event_id: int, prepare=None) -> None:
        window.session.select_event(event_id)
        page = window.show_page(key)
        if prepare:
            prepare(page)
        for _ in range(5):
            app.processEvents()
        path = out / f"window-{key}.png"
        if not window.grab().save(str(path)):
            raise SystemExit(f"cannot write {path}")
        print("saved", path)

    shot("events", seminar.id, lambda p: p.ui.programme_view.selectRow(2))

    def delegations(page) -> None:
        page.select_delegation(next(d.id for d in map(page.delegations_model.delegation_at,
                                                      range(page.delegations_model.rowCount())) if d.code == "AZ"))
        member_names(page)

    def member_names(page) -> None:
        page.ui.members_view.selectRow(0)
        dialog = page.open_edit_member()
        dialog.resize(900, 420)
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / "window-names-dialog.png"))
        print("saved", out / "window-names-dialog.png")
        dialog.reject()

    shot("delegations", seminar.id, delegations)
    shot("order", seminar.id, lambda p: p.ui.order_view.selectRow(3))
    shot("declaration", meeting.id, lambda p: p.ui.library_view.setCurrentIndex(p.library_filter.index(4, 0)))

    def export(page):
        folder = temp / "export"
        folder.mkdir(exist_ok=True)
        page.choose(documents=["declaration", "signature-sheet"], languages=["en"], folder=folder)
        page.export()

    shot("documents", meeting.id, export)
    shot("seating", meeting.id)
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"))
