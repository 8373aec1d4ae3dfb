"""Starting the window: the QApplication, the main window, and errors reported in a dialog."""
from __future__ import annotations

import logging
import sys

from organiser.services.workspaces import Workspace

log = logging.getLogger("organiser.ui")


def _report_unexpected(exc_type, exc, traceback) -> None:
    """Replace Qt's default (print and carry on, or abort) with a logged error and a plain dialog."""
    from PySide6.QtWidgets import QMessageBox

    from organiser import userdata

    log.error("unexpected error", exc_info=(exc_type, exc, traceback))
    QMessageBox.critical(None, "organiser",
                         "Something went wrong that organiser did not expect. Your saved work is safe.\n\n"
                         f"Details were written to {userdata.log_file()}.")


def run_window(workspace: Workspace) -> int:
    from PySide6.QtWidgets import QApplication

    from organiser.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("organiser")
    app.setOrganizationName("organiser")
    sys.excepthook = _report_unexpected
    window = MainWindow(workspace)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
