"""The main window: the events of the workspace (the full navigation grows from here)."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QMainWindow

from organiser.services.events import list_events
from organiser.storage.db import Workspace
from organiser.ui.forms.ui_main_window import Ui_MainWindow
from organiser.ui.models.events_model import EventsModel


class MainWindow(QMainWindow):
    """Shows the workspace's events in a sortable table with a filter box."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.events_model = EventsModel(list_events(workspace), parent=self)
        self.events_proxy = QSortFilterProxyModel(self)
        self.events_proxy.setSourceModel(self.events_model)
        self.events_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.events_proxy.setFilterKeyColumn(-1)
        self.ui.events_view.setModel(self.events_proxy)
        self.ui.events_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.events_view.resizeColumnsToContents()
        self.ui.event_filter.textChanged.connect(self.events_proxy.setFilterFixedString)
        where = str(workspace.path) if workspace.path else "(in memory)"
        self.ui.workspace_label.setText(f"Workspace: {where}")
        self.setWindowTitle(f"organiser — {workspace.path.name if workspace.path else 'new workspace'}")
        count = self.events_model.rowCount()
        self.statusBar().showMessage(f"{count} event{'s' if count != 1 else ''}")
