"""Editing an event's delegations, their members, the persons they are, and the event's protocol order."""
from __future__ import annotations

from organiser.domain.collation import COLLATION_LOCALES
from organiser.domain.errors import ValidationError
from organiser.domain.model import LEADING_ROLES, Delegation, DelegationKind, Member, Person, Role
from organiser.domain.protocol import HostPlacement
from organiser.domain.keys import slug, unique_key
from organiser.domain.validation import check_text, validate_person
from organiser.services.changes import Change
from organiser.services.events import get_event
from organiser.storage import events as event_store
from organiser.storage import reference
from organiser.storage.db import Workspace


def add_delegation(workspace: Workspace, *, event_id: int, kind: DelegationKind, state_code: str | None = None,
                   organisation_code: str | None = None, institution_id: int | None = None) -> Change:
    """Add a delegation of a state (through one of its institutions), an organisation, or guests of an institution.
    A delegation stands for what its kind says: a state code given with an organisation's delegation or with
    guests (or an organisation's code with a state's delegation or guests) is refused, never stored, for the
    delegation would then count as that state's (or organisation's)."""
    try:
        kind = DelegationKind(kind)
    except ValueError:
        raise ValidationError("kind", f"'{kind}' is not one of {', '.join(k.value for k in DelegationKind)}") from None
    stands_for = {DelegationKind.STATE: "a state delegation stands for its state",
                  DelegationKind.ORGANISATION: "an organisation's delegation stands for its organisation",
                  DelegationKind.GUEST: "guests come from an institution"}[kind]
    if state_code and kind is not DelegationKind.STATE:
        raise ValidationError("state", f"{stands_for}, not a state: leave the state empty")
    if organisation_code and kind is not DelegationKind.ORGANISATION:
        raise ValidationError("organisation", f"{stands_for}, not an organisation: leave the organisation empty")
    get_event(workspace, event_id=event_id)
    with workspace.atomic() as db:
        state = reference.state(db, state_code) if state_code else None
        organisation = reference.organisations(db).get(organisation_code) if organisation_code else None
        institution = (reference.records_with_keys(db, "institution", [institution_id]).get(institution_id)
                       if institution_id is not None else None)
        if state_code and state is None:
            raise ValidationError("state", f"there is no state '{state_code}' in this workspace")
        if organisation_code and organisation is None:
            raise ValidationError("organisation", f"there is no organisation '{organisation_code}' in this workspace")
        if institution_id is not None and institution is None:
            raise ValidationError("institution", f"there is no institution {institution_id} in this workspace")
        if kind is DelegationKind.STATE and state is None:
            raise ValidationError("state", "a state delegation needs its state")
        if kind is DelegationKind.ORGANISATION and organisation is None:
            raise ValidationError("organisation", "an organisation's delegation needs its organisation")
        if kind is DelegationKind.GUEST and institution is None:
            raise ValidationError("institution", "guests come from an institution; choose or create it")
        existing = event_store.delegations(db, event_id)
        if state and any(d.state and d.state.code == state.code for d in existing):
            raise ValidationError("state", f"{state.code} already has a delegation at this event")
        if organisation and any(d.organisation and d.organisation.code == organisation.code for d in existing):
            raise ValidationError("organisation", f"{organisation.code} already has a delegation at this event")
        delegation = event_store.add_delegation(db, event_id, Delegation(
            kind=kind, state=state, organisation=organisation, institution=institution))
    return Change(added={"delegation": (delegation.id,)})


def _event_of_delegation(workspace: Workspace, delegation_id: int) -> int:
    event_id = event_store.delegation_event_id(workspace.db, delegation_id)
    if event_id is None:
        raise ValidationError("delegation", f"there is no delegation {delegation_id}")
    return event_id


def _stored_delegation(db, delegation_id: int) -> Delegation:
    """The delegation ``delegation_id`` with its members, as stored (the caller has checked it exists)."""
    event_id = event_store.delegation_event_id(db, delegation_id)
    return next(d for d in event_store.delegations(db, event_id) if d.id == delegation_id)


def remove_delegation(workspace: Workspace, *, delegation_id: int) -> Change:
    _event_of_delegation(workspace, delegation_id)
    with workspace.atomic() as db:
        event_store.delete_delegation(db, delegation_id)
    return Change(removed={"delegation": (delegation_id,)})


def add_new_member(workspace: Workspace, *, delegation_id: int, person: Person, role: Role) -> Change:
    """Create ``person`` and add them to a delegation in ``role``, as one transaction: when the member is
    refused (a second head …) the person is not left behind either. ``person.id`` is set on success."""
    given_id, given_key = person.id, person.key
    try:
        with workspace.atomic():
            created = save_person(workspace, person=person)
            return add_member(workspace, delegation_id=delegation_id, person_id=person.id, role=role).merged(created)
    except BaseException:
        person.id, person.key = given_id, given_key  # the row was rolled back: the person is as given
        raise


def save_person(workspace: Workspace, *, person: Person) -> Change:
    """Create or update a person; a new person without a key gets one made from the name."""
    if not person.key and person.names:
        first = next(iter(person.names.values()))
        person.key = slug(f"{first.given_name} {first.surname}")
    validate_person(person)
    with workspace.atomic() as db:
        if person.id is not None and not reference.persons_with_ids(db, [person.id]):
            raise ValidationError("person", f"there is no person {person.id}")
        other = reference.person_by_key(db, person.key)
        if other is not None and other.id != person.id:
            if person.id is not None:
                raise ValidationError("key", f"'{person.key}' belongs to another person")
            person.key = unique_key(person.key, lambda key: reference.person_by_key(db, key) is not None)
        is_new = person.id is None
        reference.save_person(db, person)
    return Change(added={"person": (person.id,)}) if is_new else Change(updated={"person": (person.id,)})


def add_member(workspace: Workspace, *, delegation_id: int, person_id: int, role: Role) -> Change:
    _event_of_delegation(workspace, delegation_id)
    with workspace.atomic() as db:
        person = reference.persons_with_ids(db, [person_id]).get(person_id)
        if person is None:
            raise ValidationError("person", f"there is no person {person_id}")
        delegation = _stored_delegation(db, delegation_id)
        if any(m.person.id == person_id for m in delegation.members):
            raise ValidationError("person", "is already a member of this delegation")
        role = _checked_role(role)
        _check_one_head(delegation, role)
        member = event_store.add_member(db, delegation_id, Member(person, role))
    return Change(added={"member": (member.id,)})


def _checked_role(role) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError("role", f"'{role}' is not one of {', '.join(r.value for r in Role)}") from None


def _check_one_head(delegation: Delegation, role: Role, *, member_id: int | None = None) -> None:
    """Refuse a leading ``role`` for a new member (``member_id`` None) or for member ``member_id`` while
    another member already leads the delegation: one rule for adding a member and for changing a role."""
    leader = delegation.leader
    if role in LEADING_ROLES and leader is not None and leader.id != member_id:
        raise ValidationError("role", f"the delegation already has a head ({leader.person.key})")


def remove_member(workspace: Workspace, *, member_id: int) -> Change:
    with workspace.atomic() as db:
        if event_store.member_delegation_id(db, member_id) is None:
            raise ValidationError("member", f"there is no member {member_id}")
        event_store.delete_member(db, member_id)
    return Change(removed={"member": (member_id,)})


def set_member_role(workspace: Workspace, *, member_id: int, role: Role) -> Change:
    """Give a member another role; a delegation has one head (or organisation's representative), as in add_member."""
    with workspace.atomic() as db:
        delegation_id = event_store.member_delegation_id(db, member_id)
        if delegation_id is None:
            raise ValidationError("member", f"there is no member {member_id}")
        role = _checked_role(role)
        delegation = _stored_delegation(db, delegation_id)
        _check_one_head(delegation, role, member_id=member_id)
        event_store.set_member_role(db, member_id, role)
    return Change(updated={"member": (member_id,)})


def set_precedence(workspace: Workspace, *, event_id: int, language: str, host_placement: HostPlacement) -> Change:
    """Choose the event's rule: the collation language and where the host stands."""
    if language not in COLLATION_LOCALES:
        raise ValidationError("language of precedence", f"'{language}' is not one of {', '.join(COLLATION_LOCALES)}")
    try:
        placement = HostPlacement(host_placement)
    except ValueError:
        raise ValidationError("host placement", f"'{host_placement}' is not one of "
                                                f"{', '.join(p.value for p in HostPlacement)}") from None
    event = get_event(workspace, event_id=event_id)
    event.precedence_language = language
    event.host_placement = placement.value
    with workspace.atomic() as db:
        event_store.save_event(db, event)
    return Change(updated={"event": (event_id,)})


def move_delegation(workspace: Workspace, *, delegation_id: int, position: int, reason: str) -> Change:
    """Put a delegation at ``position`` (1 = first) by hand; protocol wants the reason recorded."""
    event_id = _event_of_delegation(workspace, delegation_id)
    reason = check_text("reason", reason, required=True, limit=500)
    count = len(event_store.delegations(workspace.db, event_id))
    if isinstance(position, bool) or not isinstance(position, int) or not 1 <= position <= count:  # True is an int
        raise ValidationError("position", f"must be from 1 to {count}")
    with workspace.atomic() as db:
        event_store.set_manual_position(db, delegation_id, position, reason)
    return Change(updated={"delegation": (delegation_id,)})


def reset_order(workspace: Workspace, *, event_id: int) -> Change:
    """Drop every manual move: the rule alone orders the delegations again."""
    get_event(workspace, event_id=event_id)
    with workspace.atomic() as db:
        event_store.clear_manual_positions(db, event_id)
    return Change(updated={"event": (event_id,)})


# --- restoring what was removed (the window's undo) -----------------------------------------------------

def restore_delegation(workspace: Workspace, *, event_id: int, delegation: Delegation,
                       position: int | None = None) -> Change:
    """Store again a delegation that was removed, with its members and its manual place, at ``position``
    (0 = first) in the order of entry, or last; the delegation and its members get new ids
    (``delegation.id`` and each ``member.id`` are set to them)."""
    get_event(workspace, event_id=event_id)
    with workspace.atomic() as db:
        persons = reference.persons_with_ids(db, [member.person.id for member in delegation.members])
        for member in delegation.members:
            if member.person.id not in persons:
                raise ValidationError("person", f"there is no person {member.person.id}")
        delegation.id = None
        event_store.add_delegation(db, event_id, delegation)
        if position is not None:
            ids = [d.id for d in event_store.delegations(db, event_id) if d.id != delegation.id]
            ids.insert(max(0, min(position, len(ids))), delegation.id)
            event_store.reorder_delegations(db, event_id, ids)
    return Change(added={"delegation": (delegation.id,), "member": tuple(m.id for m in delegation.members)})


def restore_member(workspace: Workspace, *, delegation_id: int, person_id: int, role: Role, position: int) -> Change:
    """Add a member again at ``position`` (0 = first) among the delegation's members."""
    change = add_member(workspace, delegation_id=delegation_id, person_id=person_id, role=role)
    member_id = change.added["member"][0]
    with workspace.atomic() as db:
        delegation = _stored_delegation(db, delegation_id)
        ids = [m.id for m in delegation.members if m.id != member_id]
        ids.insert(max(0, min(position, len(ids))), member_id)
        event_store.reorder_members(db, delegation_id, ids)
    return change


def clear_manual_position(workspace: Workspace, *, delegation_id: int) -> Change:
    """Let the rule alone place this one delegation again."""
    _event_of_delegation(workspace, delegation_id)
    with workspace.atomic() as db:
        event_store.set_manual_position(db, delegation_id, None, "")
    return Change(updated={"delegation": (delegation_id,)})


def event_delegations(workspace: Workspace, *, event_id: int) -> list[Delegation]:
    """The event's delegations in the order they were entered (protocol order is ordered_delegations)."""
    get_event(workspace, event_id=event_id)
    return event_store.delegations(workspace.db, event_id)


def persons_of_party(workspace: Workspace, *, state_code: str | None = None,
                     organisation_code: str | None = None) -> set[int]:
    """The ids of the persons who have served the state or organisation in a delegation, at any event:
    those a form offers first for a delegation of that party."""
    return event_store.persons_of_party(workspace.db, state_code=state_code, organisation_code=organisation_code)

