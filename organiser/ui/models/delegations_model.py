"""An event's delegations, and one delegation's members, as tables."""
from __future__ import annotations

from organiser.domain.model import Delegation, DelegationKind, Member, Role
from organiser.ui.common import in_language
from organiser.ui.models.base import RecordsTableModel

KIND_LABELS = {DelegationKind.STATE: "State", DelegationKind.ORGANISATION: "Organisation",
               DelegationKind.GUEST: "Guests"}
ROLE_LABELS = {Role.HEAD: "Head of delegation", Role.MEMBER: "Member",
               Role.ORGANISATION_REPRESENTATIVE: "Representative of the organisation",
               Role.GUEST_SPEAKER: "Guest speaker", Role.LECTURER: "Lecturer"}


def delegation_name(delegation: Delegation, language: str) -> str:
    if delegation.state is not None:
        name = delegation.state.names.get(language)
        return name.short if name else f"[{delegation.state.code}]"
    if delegation.organisation is not None:
        name = delegation.organisation.names.get(language)
        return name.full if name else f"[{delegation.organisation.code}]"
    if delegation.institution is not None:
        return in_language(delegation.institution.names, language)
    return "?"


def member_name(member: Member, language: str) -> str:
    """Honorific, given name and SURNAME, as lists show a person (the surname in capitals)."""
    name = member.person.names.get(language)
    if name is None:
        code, name = next(iter(member.person.names.items()), (None, None))
        if name is None:
            return member.person.key
        return f"[{code}] " + " ".join(p for p in (name.honorific, name.given_name, name.surname.upper()) if p)
    return " ".join(part for part in (name.honorific, name.given_name, name.surname.upper()) if part)


class DelegationsModel(RecordsTableModel):
    """One row a delegation in the order they were entered; ``Qt.UserRole`` gives its id."""

    COLUMNS = ("Kind", "Delegation", "Institution", "Head", "Members")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._language = "en"

    def set_delegations(self, delegations: list[Delegation], language: str) -> None:
        self._language = language
        self._reset(delegations)

    def delegation_at(self, row: int) -> Delegation:
        return self.record_at(row)

    def row_of(self, delegation_id: int | None) -> int:
        return next((i for i, d in enumerate(self._records) if d.id == delegation_id), -1)

    def cell(self, delegation: Delegation, row: int, column: int):
        if column == 0:
            return KIND_LABELS[delegation.kind]
        if column == 1:
            return delegation_name(delegation, self._language)
        if column == 2:
            return in_language(delegation.institution.names, self._language) if delegation.institution else ""
        if column == 3:
            leader = delegation.leader
            if leader is None:
                return "" if delegation.kind is DelegationKind.GUEST else "(no head yet)"
            return member_name(leader, self._language)
        return len(delegation.members)


class MembersModel(RecordsTableModel):
    """A delegation's members in order; ``Qt.UserRole`` gives the member's id."""

    COLUMNS = ("Role", "Name", "Rank", "Position")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._language = "en"

    def set_members(self, members: list[Member], language: str) -> None:
        self._language = language
        self._reset(members)

    def member_at(self, row: int) -> Member:
        return self.record_at(row)

    def cell(self, member: Member, row: int, column: int):
        if column == 0:
            return ROLE_LABELS[member.role]
        if column == 1:
            return member_name(member, self._language)
        name = member.person.names.get(self._language)
        if name is None:
            return ""
        return name.rank if column == 2 else name.position
