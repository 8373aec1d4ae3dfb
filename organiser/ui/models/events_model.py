"""The events of a workspace as a table."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from organiser.domain.model import Event

_Index = QModelIndex | QPersistentModelIndex


def _text(names: dict[str, str], language: str) -> str:
    return names.get(language) or next(iter(names.values()), "")


class EventsModel(QAbstractTableModel):
    """One row an event: date, kind, number in the series, title, city; ``Qt.UserRole`` gives the event id."""

    COLUMNS = ("Date", "Kind", "No.", "Title", "City")

    def __init__(self, events: list[Event], language: str = "en", parent=None):
        super().__init__(parent)
        self._events = list(events)
        self._language = language

    def set_events(self, events: list[Event]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return event.start_date.isoformat()
        if column == 1:
            return event.kind.value.replace("_", " ")
        if column == 2:
            return event.ordinal if event.ordinal is not None else ""
        if column == 3:
            return _text(event.title, self._language)
        return _text(event.city, self._language)
