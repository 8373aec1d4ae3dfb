"""The clause library (filterable) and a declaration's clauses (numbered, reorderable by drag)."""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QColor

from organiser.domain.declaration import PLACEHOLDER_TYPES, PlaceholderUse
from organiser.domain.model import Clause, ClauseKind
from organiser.domain.revisions import Revision
from organiser.ui.models.base import RecordsTableModel

_Index = QModelIndex | QPersistentModelIndex
CLAUSE_MIME = "application/x-organiser-clause-id"
ENTRY_MIME = "application/x-organiser-declaration-row"
KIND_LABELS = {ClauseKind.TITLE: "Title", ClauseKind.PARTICIPANTS: "Participants", ClauseKind.PREAMBLE: "Preamble",
               ClauseKind.OPERATIVE: "Operative", ClauseKind.CLOSING_FORMULA: "Closing formula",
               ClauseKind.SIGNATURE_HEADING: "Signature heading"}
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
TAGS_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
RETIRED_ROLE = Qt.ItemDataRole.UserRole + 4


def clause_text(clause: Clause, language: str) -> str:
    return clause.texts.get(language) or ""


def _summary(clause: Clause, language: str, limit: int = 90) -> str:
    text = " ".join((clause.texts.get(language) or next(iter(clause.texts.values()), "")).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class ClauseLibraryModel(QAbstractListModel):
    """Every clause of the library; ``Qt.UserRole`` gives its id, KIND_ROLE its kind, TAGS_ROLE its tags,
    TEXT_ROLE its text in the preview language. Clauses can be dragged (as ids) onto a declaration."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._clauses: list[Clause] = []
        self._language = "en"

    def set_clauses(self, clauses: list[Clause], language: str) -> None:
        self.beginResetModel()
        self._clauses = list(clauses)
        self._language = language
        self.endResetModel()

    def clause_at(self, row: int) -> Clause:
        return self._clauses[row]

    def tags(self) -> list[str]:
        return sorted({tag for clause in self._clauses for tag in clause.tags})

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._clauses)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        clause = self._clauses[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            retired = " (retired)" if clause.retired else ""
            return f"{KIND_LABELS[clause.kind]}{retired}: {_summary(clause, self._language)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tags = f" — tags: {', '.join(clause.tags)}" if clause.tags else ""
            return f"{clause.key}{tags}"
        if role == Qt.ItemDataRole.ForegroundRole and clause.retired:
            return QColor("#777777")
        if role == RETIRED_ROLE:
            return clause.retired
        if role == Qt.ItemDataRole.UserRole:
            return clause.id
        if role == KIND_ROLE:
            return clause.kind.value
        if role == TAGS_ROLE:
            return list(clause.tags)
        if role == TEXT_ROLE:
            return clause_text(clause, self._language)
        return None

    def mimeTypes(self) -> list[str]:
        return [CLAUSE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [str(self._clauses[i.row()].id) for i in indexes if i.isValid()]
        data.setData(CLAUSE_MIME, ",".join(ids).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class ClauseFilter(QSortFilterProxyModel):
    """The library narrowed by a search text (in key, tags and text), a kind and a tag; retired clauses
    only when asked for (``show_retired``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._search = ""
        self._kind: str | None = None
        self._tag: str | None = None
        self._retired = False

    def set_filter(self, *, search: str | None = None, kind: str | None = "", tag: str | None = "",
                   show_retired: bool | None = None) -> None:
        begin = getattr(self, "beginFilterChange", None)  # Qt ≥ 6.9; invalidateFilter() before
        if begin is not None:
            begin()
        if show_retired is not None:
            self._retired = show_retired
        if search is not None:
            self._search = search.casefold().strip()
        if kind != "":
            self._kind = kind
        if tag != "":
            self._tag = tag
        if begin is not None:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self._retired and index.data(RETIRED_ROLE):
            return False
        if self._kind and index.data(KIND_ROLE) != self._kind:
            return False
        tags = index.data(TAGS_ROLE) or []
        if self._tag and self._tag not in tags:
            return False
        if self._search:
            haystack = " ".join([index.data(Qt.ItemDataRole.ToolTipRole) or "", index.data(TEXT_ROLE) or "",
                                 *tags]).casefold()
            return all(word in haystack for word in self._search.split())
        return True


class DeclarationClausesModel(QAbstractListModel):
    """The declaration's clauses in order, operative ones numbered as they will print. Edits are announced,
    not made: the screen turns them into undoable commands.

    Signals: ``insert_requested(list, int)`` (clause ids dropped from the library, at row);
    ``move_requested(int, int)`` (from row, to row).
    """

    insert_requested = Signal(list, int)
    move_requested = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._clauses: list[Clause] = []
        self._language = "en"

    def set_clauses(self, clauses: list[Clause], language: str) -> None:
        self.beginResetModel()
        self._clauses = list(clauses)
        self._language = language
        self.endResetModel()

    def clause_ids(self) -> list[int]:
        return [c.id for c in self._clauses]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._clauses)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def _number(self, row: int) -> int | None:
        if self._clauses[row].kind is not ClauseKind.OPERATIVE:
            return None
        return sum(1 for c in self._clauses[:row + 1] if c.kind is ClauseKind.OPERATIVE)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        clause = self._clauses[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            number = self._number(index.row())
            prefix = f"{number}. " if number is not None else f"{KIND_LABELS[clause.kind]}: "
            return prefix + _summary(clause, self._language, 70)
        if role == Qt.ItemDataRole.ToolTipRole:
            return clause.key
        if role == Qt.ItemDataRole.UserRole:
            return clause.id
        return None

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME, CLAUSE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ENTRY_MIME, str(rows[0] if rows else -1).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data is not None and (data.hasFormat(ENTRY_MIME) or data.hasFormat(CLAUSE_MIME))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(self._clauses))
        if data.hasFormat(CLAUSE_MIME):
            ids = [int(x) for x in bytes(data.data(CLAUSE_MIME)).decode().split(",") if x]
            if ids:
                self.insert_requested.emit(ids, target)
            return False
        source = int(bytes(data.data(ENTRY_MIME)).decode() or -1)
        if source < 0:
            return False
        # Dropping below the source moves it to the row before the drop position.
        if target > source:
            target -= 1
        target = max(0, min(target, len(self._clauses) - 1))
        if target != source:
            self.move_requested.emit(source, target)
        # The screen moves it (undoably) and reloads; False keeps the view from removing the source row.
        return False


class RevisionsModel(RecordsTableModel):
    """A declaration's revisions, oldest first: number, when (local time), by whom, why."""

    COLUMNS = ("No.", "Saved", "Author", "Comment")

    def set_revisions(self, revisions: list[Revision]) -> None:
        self._reset(revisions)

    def cell(self, record: Revision, row: int, column: int):
        if column == 0:
            return record.number
        if column == 1:
            return record.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return record.author if column == 2 else record.comment

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.UserRole:
            return self._records[index.row()].number
        return super().data(index, role)


class PlaceholdersModel(RecordsTableModel):
    """The placeholders a clause's texts use, as the clause editor shows them: name, type, what it is.
    The type of a drafter's own placeholder is editable (``Qt.EditRole`` on column 1); ``types()`` gives them.

    Signals: ``types_changed()`` after a type was changed."""

    COLUMNS = ("Placeholder", "Type", "What it is")
    types_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._types: dict[str, str] = {}

    def set_placeholders(self, uses: list[PlaceholderUse], types: dict[str, str]) -> None:
        self._types = {u.name: types.get(u.name, u.type) for u in uses if not u.known}
        self._reset(uses)

    def types(self) -> dict[str, str]:
        """The drafter's placeholders' types, those left as text omitted (text is the default)."""
        return {name: kind for name, kind in self._types.items() if kind != "text"}

    def names(self) -> list[str]:
        return [u.name for u in self._records]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1 and not self._records[index.row()].known:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell(self, use: PlaceholderUse, row: int, column: int):
        if column == 0:
            return f"{{{use.name}}}"
        if column == 1:
            return use.type if use.known else self._types.get(use.name, "text")
        if use.known:
            return ("from the event: " if not use.entered else "entered per declaration: ") + use.description
        return f"yours, entered per declaration: {PLACEHOLDER_TYPES[self._types.get(use.name, 'text')]}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.EditRole:
            role = Qt.ItemDataRole.DisplayRole
        if index.isValid() and role == Qt.ItemDataRole.UserRole:
            return self._records[index.row()].name
        return super().data(index, role)

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        use = self._records[index.row()]
        if use.known or value not in PLACEHOLDER_TYPES:
            return False
        self._types[use.name] = value
        self.dataChanged.emit(index, index.siblingAtColumn(2))
        self.types_changed.emit()
        return True
