"""Starting the window: the QApplication, the main window, and errors reported in a dialog."""
from __future__ import annotations

import logging
import sys

from organiser.services.workspaces import RefusedWorkspaceError, Workspace

log = logging.getLogger("organiser.ui")


def _report_unexpected(exc_type, exc, traceback) -> None:
    """Replace Qt's default (print and carry on, or abort) with a logged error and a plain dialog."""
    from PySide6.QtWidgets import QMessageBox

    from organiser import userdata

    log.error("unexpected error", exc_info=(exc_type, exc, traceback))
    QMessageBox.critical(None, "organiser",
                         "Something went wrong that organiser did not expect. Your saved work is safe.\n\n"
                         f"Details were written to {userdata.log_file()}.")


def _application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("organiser")
    app.setOrganizationName("organiser")
    sys.excepthook = _report_unexpected
    return app


def run_refused(error: RefusedWorkspaceError) -> int:
    """At start, the workspace could not be opened: say why in a dialog offering Restore from Backup…; go
    on with the restored workspace, or end (exit status 1) if the user quits."""
    from organiser.ui.refused_workspace import recover

    _application()
    workspace = recover(None, error, close="Quit")
    return 1 if workspace is None else run_window(workspace)


def run_window(workspace: Workspace) -> int:
    from organiser.ui.main_window import MainWindow

    app = _application()
    window = MainWindow(workspace)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
