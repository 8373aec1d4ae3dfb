"""An event's delegations in protocol order, as a table."""
from __future__ import annotations

from organiser.domain.model import Delegation, DelegationKind
from organiser.ui.models.base import RecordsTableModel
from organiser.ui.models.delegations_model import KIND_LABELS, delegation_name


class OrderModel(RecordsTableModel):
    """One row a delegation, first to last; names in the rule's language (and the editing language's beside);
    ``Qt.UserRole`` gives the delegation's id."""

    COLUMNS = ("No.", "Delegation", "In the editing language", "Group", "Placed")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rule_language = "en"
        self._language = "en"

    def set_order(self, delegations: list[Delegation], rule_language: str, language: str) -> None:
        self._rule_language = rule_language
        self._language = language
        self._reset(delegations)

    def delegation_at(self, row: int) -> Delegation:
        return self.record_at(row)

    def names(self) -> list[str]:
        return [delegation_name(d, self._rule_language) for d in self._records]

    def cell(self, delegation: Delegation, row: int, column: int):
        if column == 0:
            return row + 1
        if column == 1:
            return delegation_name(delegation, self._rule_language)
        if column == 2:
            return delegation_name(delegation, self._language)
        if column == 3:
            if delegation.kind is DelegationKind.STATE:
                return f"State ({delegation.state.status.value})"
            return KIND_LABELS[delegation.kind]
        if delegation.manual_position is not None:
            return f"by hand: {delegation.manual_reason}"
        return "by the rule"
