"""Commands on an event's delegations and their members."""
from __future__ import annotations

import copy

from organiser.domain.model import Delegation, DelegationKind, Person, Role
from organiser.services.delegations import (
    add_delegation, add_member, add_new_member, remove_delegation, remove_member, restore_delegation, restore_member,
    set_member_role,
)
from organiser.ui.commands.base import Creation, Removal, ValueChange, fill, translate


class AddDelegationCommand(Creation):
    """Add the delegation of a state, an organisation or an institution's guests to an event; undo removes it."""

    kind = "delegation"

    def __init__(self, session, *, event_id: int, kind: DelegationKind, state_code: str | None = None,
                 organisation_code: str | None = None, institution_id: int | None = None, label: str = ""):
        super().__init__(session, fill(translate("commands", "Add delegation %1"), label) if label
                         else translate("commands", "Add delegation"))
        self.event_id = event_id
        self.arguments = dict(kind=kind, state_code=state_code, organisation_code=organisation_code,
                              institution_id=institution_id)

    def create(self):
        return add_delegation(self.ws, event_id=self.resolve("event", self.event_id), **self.arguments)

    def remove(self, ident):
        return remove_delegation(self.ws, delegation_id=ident)


class RemoveDelegationCommand(Removal):
    """Remove a delegation with its members; undo stores it again at its place (``position`` in the order
    of entry) and maps the new ids of the delegation and its members."""

    kind = "delegation"

    def __init__(self, session, *, event_id: int, delegation: Delegation, position: int | None = None,
                 label: str = ""):
        super().__init__(session, fill(translate("commands", "Remove delegation %1"), label) if label
                         else translate("commands", "Remove delegation"),
                         ident=delegation.id, snapshot=delegation,
                         old_ids={"delegation": [delegation.id], "member": [m.id for m in delegation.members]})
        self.event_id = event_id
        self.position = position

    def remove(self, ident):
        return remove_delegation(self.ws, delegation_id=ident)

    def restore(self, snapshot):
        change = restore_delegation(self.ws, event_id=self.resolve("event", self.event_id), delegation=snapshot,
                                    position=self.position)
        return change, {"delegation": [snapshot.id], "member": [m.id for m in snapshot.members]}


class AddMemberCommand(Creation):
    """Add a person (an existing one, or ``new_person`` created the first time) to a delegation; undo removes
    the member (the person stays in the workspace)."""

    kind = "member"

    def __init__(self, session, *, delegation_id: int, role: Role, person_id: int | None = None,
                 new_person: Person | None = None, label: str = ""):
        super().__init__(session, fill(translate("commands", "Add member %1"), label) if label
                         else translate("commands", "Add member"))
        self.delegation_id = delegation_id
        self.role = role
        self.person_id = person_id
        self.new_person = copy.deepcopy(new_person)

    def create(self):
        delegation_id = self.resolve("delegation", self.delegation_id)
        if self.person_id is None:  # the person is created with the member, or not at all
            person = copy.deepcopy(self.new_person)
            change = add_new_member(self.ws, delegation_id=delegation_id, person=person, role=self.role)
            self.person_id = person.id
            return change
        return add_member(self.ws, delegation_id=delegation_id, person_id=self.person_id, role=self.role)

    def remove(self, ident):
        return remove_member(self.ws, member_id=ident)


class RemoveMemberCommand(Removal):
    """Remove a member from a delegation; undo adds the person again in the same role at the same place."""

    kind = "member"

    def __init__(self, session, *, delegation_id: int, member_id: int, person_id: int, role: Role, position: int,
                 label: str = ""):
        super().__init__(session, fill(translate("commands", "Remove member %1"), label) if label
                         else translate("commands", "Remove member"),
                         ident=member_id, old_ids={"member": [member_id]})
        self.delegation_id = delegation_id
        self.person_id = person_id
        self.role = role
        self.position = position

    def remove(self, ident):
        return remove_member(self.ws, member_id=ident)

    def restore(self, snapshot):
        change = restore_member(self.ws, delegation_id=self.resolve("delegation", self.delegation_id),
                                person_id=self.person_id, role=self.role, position=self.position)
        return change, {"member": [change.added["member"][0]]}


class SetMemberRoleCommand(ValueChange):
    """Give a member another role (head, member, …); undo gives back the role before."""

    def __init__(self, session, *, member_id: int, before: Role, after: Role):
        super().__init__(session, translate("commands", "Change role"), before=before, after=after)
        self.original_id = member_id

    def set(self, value):
        return set_member_role(self.ws, member_id=self.resolve("member", self.original_id), role=value)
