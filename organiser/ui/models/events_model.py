"""The events of a workspace as a table."""
from __future__ import annotations

from organiser.domain.model import Event
from organiser.ui.models.base import RecordsTableModel


def _text(names: dict[str, str], language: str) -> str:
    return names.get(language) or next(iter(names.values()), "")


class EventsModel(RecordsTableModel):
    """One row an event: date, kind, number in the series, title, city; ``Qt.UserRole`` gives the event id."""

    COLUMNS = ("Date", "Kind", "No.", "Title", "City")

    def __init__(self, events: list[Event], language: str = "en", parent=None):
        super().__init__(parent)
        self._records = list(events)
        self._language = language

    def set_events(self, events: list[Event]) -> None:
        self._reset(events)

    def event_at(self, row: int) -> Event:
        return self.record_at(row)

    def cell(self, event: Event, row: int, column: int):
        if column == 0:
            return event.start_date.isoformat()
        if column == 1:
            return event.kind.value.replace("_", " ")
        if column == 2:
            return event.ordinal if event.ordinal is not None else ""
        if column == 3:
            return _text(event.title, self._language)
        return _text(event.city, self._language)
