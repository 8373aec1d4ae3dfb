"""An event's delegations in protocol order, as a table."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from organiser.domain.model import Delegation, DelegationKind
from organiser.ui.models.delegations_model import delegation_name

_Index = QModelIndex | QPersistentModelIndex


class OrderModel(QAbstractTableModel):
    """One row a delegation, first to last; names in the rule's language (and the editing language's beside);
    ``Qt.UserRole`` gives the delegation's id."""

    COLUMNS = ("No.", "Delegation", "In the editing language", "Group", "Placed")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._delegations: list[Delegation] = []
        self._rule_language = "en"
        self._language = "en"

    def set_order(self, delegations: list[Delegation], rule_language: str, language: str) -> None:
        self.beginResetModel()
        self._delegations = list(delegations)
        self._rule_language = rule_language
        self._language = language
        self.endResetModel()

    def delegation_at(self, row: int) -> Delegation:
        return self._delegations[row]

    def names(self) -> list[str]:
        return [delegation_name(d, self._rule_language) for d in self._delegations]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._delegations)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        delegation = self._delegations[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return delegation.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return index.row() + 1
        if column == 1:
            return delegation_name(delegation, self._rule_language)
        if column == 2:
            return delegation_name(delegation, self._language)
        if column == 3:
            if delegation.kind is DelegationKind.STATE:
                return f"State ({delegation.state.status.value})"
            return "Organisation" if delegation.kind is DelegationKind.ORGANISATION else "Guests"
        if delegation.manual_position is not None:
            return f"by hand: {delegation.manual_reason}"
        return "by the rule"
