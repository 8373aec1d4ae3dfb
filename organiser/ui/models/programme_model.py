"""An event's programme as an editable table: day, time, item, speakers."""
from __future__ import annotations

import copy
import datetime as dt
import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal,
)

from organiser.domain.model import Person, ProgrammeItem

_Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-organiser-programme-row"
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


class TimeError(ValueError):
    pass


def parse_time(text: str) -> dt.time | None:
    if not text.strip():
        return None
    match = _TIME.match(text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise TimeError(f"“{text.strip()}” is not a time: write it as 09:30")
    return dt.time(int(match.group(1)), int(match.group(2)))


def parse_span(text: str) -> tuple[dt.time | None, dt.time | None]:
    """"09:30" or "09:30–10:15" (an en dash or a hyphen) as start and end times."""
    parts = re.split(r"\s*[–-]\s*", text.strip(), maxsplit=1)
    start = parse_time(parts[0])
    end = parse_time(parts[1]) if len(parts) > 1 else None
    return start, end


def parse_day(text: str, first: dt.date | None, last: dt.date | None) -> dt.date | None:
    """A programme day typed as a date (2025-09-11) or as the event's day number (2 = its second day);
    empty is the event's first day. A day outside the event is refused, naming its dates."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and first is not None:
        day = first + dt.timedelta(days=int(text) - 1) if 0 < int(text) < 367 else None
    else:
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            day = None
    if day is None:
        raise TimeError(f"“{text}” is not a day: write a date as 2025-09-11 or the event's day number, as 2")
    if first is not None and not (first <= day <= (last or first)):
        span = first.isoformat() if not last or last == first else f"{first.isoformat()} to {last.isoformat()}"
        raise TimeError(f"{day.isoformat()} is not a day of the event ({span})")
    return day


def format_span(item: ProgrammeItem) -> str:
    start = item.starts_at.strftime("%H:%M") if item.starts_at else ""
    end = item.ends_at.strftime("%H:%M") if item.ends_at else ""
    return f"{start}–{end}" if end else start


def person_label(person: Person, language: str) -> str:
    """A person as lists show them: given name and SURNAME in capitals, in ``language`` or else any."""
    name = person.names.get(language) or next(iter(person.names.values()), None)
    if name is None:
        return person.key
    return f"{name.given_name} {name.surname.upper()}".strip()


class ProgrammeModel(QAbstractTableModel):
    """The programme's items in order. Edits are not applied here: they are announced so that the screen
    can save them as one undoable command.

    Signals: ``items_edited(object, str)`` with the whole new list of items and a description (a source text
    of the "commands" context, which the command translates);
    ``move_requested(int, int)`` (from row, to row) when a row is dragged; ``edit_refused(str)``.
    """

    COLUMNS = ("Day", "Time", "Item", "Speakers")
    DAY, TIME, ITEM, SPEAKERS = range(4)
    items_edited = Signal(object, str)
    move_requested = Signal(int, int)
    edit_refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[ProgrammeItem] = []
        self._persons: dict[int, Person] = {}
        self._language = "en"
        self._days: tuple[dt.date | None, dt.date | None] = (None, None)

    def set_items(self, items: list[ProgrammeItem], persons: dict[int, Person], language: str,
                  days: tuple[dt.date | None, dt.date | None] = (None, None)) -> None:
        """``days``: the event's first and last day, against which a typed day is read and checked.

        As many items as before are shown in place (``dataChanged``): the rows stay, and so does an editor
        open on one of them, which a reset would pull away while it is still committing its edit."""
        same_rows = len(items) == len(self._items)
        if not same_rows:
            self.beginResetModel()
        self._items = copy.deepcopy(items)
        self._persons = persons
        self._language = language
        self._days = days
        if not same_rows:
            self.endResetModel()
        elif self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(self.COLUMNS) - 1))

    def items(self) -> list[ProgrammeItem]:
        return copy.deepcopy(self._items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags = base | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (self.DAY, self.TIME, self.ITEM):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.DAY:
            return item.day.isoformat() if item.day else ""
        if column == self.TIME:
            return format_span(item)
        if column == self.ITEM:
            text = item.title.get(self._language)
            if text is None and role == Qt.ItemDataRole.DisplayRole:
                other = next(iter(item.title.items()), None)
                return f"[{other[0]}] {other[1]}" if other else ""
            return text or ""
        return ", ".join(person_label(self._persons[i], self._language) for i in item.speaker_ids if i in self._persons)

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        items = self.items()
        item = items[index.row()]
        if index.column() == self.DAY:
            try:
                item.day = parse_day(str(value), *self._days)
            except TimeError as error:
                self.edit_refused.emit(str(error))
                return False
            text = QT_TRANSLATE_NOOP("commands", "Change programme day")  # SaveProgrammeCommand translates it
        elif index.column() == self.TIME:
            try:
                item.starts_at, item.ends_at = parse_span(str(value))
            except TimeError as error:
                self.edit_refused.emit(str(error))
                return False
            text = QT_TRANSLATE_NOOP("commands", "Change programme time")  # SaveProgrammeCommand translates it
        elif index.column() == self.ITEM:
            item.title = {**item.title, self._language: str(value)}
            text = QT_TRANSLATE_NOOP("commands", "Change programme item")  # SaveProgrammeCommand translates it
        else:
            return False
        self.items_edited.emit(items, text)
        return True

    # --- drag and drop: a row moved in the table becomes a move the screen makes undoable ---------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setData(MIME, str(rows[0] if rows else -1).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data is not None and data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(MIME)).decode() or -1)
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(self._items) - 1)
        target = max(0, min(target, len(self._items) - 1))
        if 0 <= source != target:
            self.move_requested.emit(source, target)
        # The move is made by the screen (as an undoable command) and the table reloaded; returning
        # False keeps the view from also removing the dragged row itself.
        return False
