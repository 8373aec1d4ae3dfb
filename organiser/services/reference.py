"""Use cases of the reference data a protocol officer keeps: states, organisations and institutions, with
their names per language. (Persons are saved through services.delegations.save_person.)"""
from __future__ import annotations

from organiser.domain.errors import ValidationError
from organiser.domain.model import Institution, Organisation, State
from organiser.domain.keys import slug, unique_key
from organiser.domain.validation import validate_institution, validate_organisation, validate_state
from organiser.services.changes import Change
from organiser.storage import reference
from organiser.storage.db import Workspace


def save_state(workspace: Workspace, *, state: State, new: bool) -> Change:
    """Add a state (``new``: its code must be free) or change the names and status of one."""
    validate_state(state)
    with workspace.atomic() as db:
        existing = reference.state(db, state.code)
        if new and existing is not None:
            raise ValidationError("code", f"{state.code} is already the code of {_any_short(existing)}")
        if not new and existing is None:
            raise ValidationError("code", f"there is no state {state.code}")
        reference.save_state(db, state)
    return Change(added={"state": (state.code,)}) if new else Change(updated={"state": (state.code,)})


def save_organisation(workspace: Workspace, *, organisation: Organisation, new: bool) -> Change:
    validate_organisation(organisation)
    with workspace.atomic() as db:
        existing = reference.organisations(db).get(organisation.code)
        if new and existing is not None:
            raise ValidationError("code", f"{organisation.code} is already the code of another organisation")
        if not new and existing is None:
            raise ValidationError("code", f"there is no organisation {organisation.code}")
        reference.save_organisation(db, organisation)
    return (Change(added={"organisation": (organisation.code,)}) if new
            else Change(updated={"organisation": (organisation.code,)}))


def save_institution(workspace: Workspace, *, institution: Institution) -> Change:
    """Add an institution (no id yet; its key is made from its first name) or change one."""
    if not institution.key:
        institution.key = slug(next(iter(institution.names.values()), ""))
    validate_institution(institution)
    with workspace.atomic() as db:
        if institution.id is not None and not reference.records_with_keys(db, "institution", [institution.id]):
            raise ValidationError("institution", f"there is no institution {institution.id}")
        if institution.state_code and reference.state(db, institution.state_code) is None:
            raise ValidationError("state", f"there is no state {institution.state_code}")
        other = reference.institution_by_key(db, institution.key)
        if other is not None and other.id != institution.id:
            institution.key = unique_key(institution.key, lambda key: reference.institution_by_key(db, key) is not None)
        is_new = institution.id is None
        reference.save_institution(db, institution)
    kind = "added" if is_new else "updated"
    return Change(**{kind: {"institution": (institution.id,)}})


def remove_unused(workspace: Workspace, *, kind: str, key) -> Change:
    """Remove a state, organisation, institution or person (``kind``) that nothing refers to: how the
    window undoes creating one. A record in use is refused, never removed with what uses it."""
    table = {"state": "states", "organisation": "organisations", "institution": "institutions",
             "person": "persons"}[kind]
    with workspace.atomic() as db:
        used = reference.usage_count(db, table, key)
        if used:
            raise ValidationError(kind, f"{key} is still used in {used} place{'s' if used != 1 else ''}")
        reference.delete_reference(db, table, key)
    return Change(removed={kind: (key,)})


def _any_short(state: State) -> str:
    name = state.names.get("en") or next(iter(state.names.values()), None)
    return name.short if name else state.code
