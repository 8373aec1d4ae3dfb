"""The workspace's events on the Events screen: a table sorted and filtered, whose current row is the
selected event."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from organiser.services import events as event_service
from organiser.ui.models.events_model import EventsModel
from organiser.ui.panel import Panel
from organiser.ui.session import Session


class EventsList(Panel):
    """The events table (``events_model`` behind ``events_proxy`` in ``ui.events_view``) and its filter.
    Choosing a row first saves the form's pending edits (``commit_pending``), then selects the event.

    Refreshes on a change to an event and on another editing language. The table is reset then, which is
    put off while the row change that saved the edits is still being handled (the selection model is
    emitting it).

    Signals: none of its own.
    """

    SHOWS = frozenset({"event"})

    def __init__(self, session: Session, ui, page: QWidget, *, commit_pending):
        super().__init__(session, page)
        self.ui = ui
        self.commit_pending = commit_pending
        self.events_model = EventsModel([], language=session.language, parent=self)
        self.events_proxy = QSortFilterProxyModel(self)
        self.events_proxy.setSourceModel(self.events_model)
        self.events_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.events_proxy.setFilterKeyColumn(-1)
        self.events_proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        ui.events_view.horizontalHeader().setStretchLastSection(False)
        ui.events_view.setModel(self.events_proxy)
        ui.events_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.event_filter.textChanged.connect(self.events_proxy.setFilterFixedString)
        ui.events_view.selectionModel().currentRowChanged.connect(self._row_changed)
        session.language_changed.connect(lambda _language: self.reload())

    def reload(self) -> None:
        self.rebuild_when_safe(self._load)

    def _load(self) -> None:
        self.events_model._language = self.session.language
        self.events_model.set_events(event_service.list_events(self.session.workspace))
        header = self.ui.events_view.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.select_row(self.session.event_id)

    def select_row(self, event_id: int | None) -> None:
        view = self.ui.events_view
        selection = view.selectionModel()
        selection.blockSignals(True)
        try:
            for row in range(self.events_proxy.rowCount()):
                index = self.events_proxy.index(row, 0)
                if index.data(Qt.ItemDataRole.UserRole) == event_id:
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
                    return
            selection.clearSelection()
            selection.setCurrentIndex(view.rootIndex(), QItemSelectionModel.SelectionFlag.Clear)
        finally:
            selection.blockSignals(False)

    def _row_changed(self, current, _previous) -> None:
        with self.handling():
            event_id = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
            self.commit_pending()
            self.session.select_event(event_id)
