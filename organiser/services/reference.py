"""Use cases of the reference data a protocol officer keeps: states, organisations and institutions, with
their names per language. (Persons are saved through services.delegations.save_person.)"""
from __future__ import annotations

from organiser.domain.declaration import PLACEHOLDERS
from organiser.domain.errors import ValidationError
from organiser.domain.model import Institution, Organisation, State
from organiser.domain.keys import slug, unique_key
from organiser.domain.validation import validate_institution, validate_organisation, validate_state
from organiser.services.changes import Change
from organiser.storage import clauses as clause_store
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


# The records remove_unused takes, by kind, with their tables. Councils are not among them: the window
# creates none (they come with the sample or an imported file), so it never undoes creating one.
_REMOVABLE = {kind: table for kind, table in reference.TABLES.items() if kind != "council"}
# How a row of another table that refers to a record is named in a refusal: (one, several).
_USER_NAMES = {"institutions": ("institution", "institutions"), "delegations": ("delegation", "delegations"),
               "events": ("event", "events"), "councils": ("council", "councils"),
               "delegation_members": ("delegation", "delegations"),
               "programme_speakers": ("programme item", "programme items")}


def remove_unused(workspace: Workspace, *, kind: str, key) -> Change:
    """Remove a state, organisation, institution or person (``kind``) that nothing refers to: how the
    window undoes creating one. A record in use is refused, never removed with what uses it; a use is a
    row that refers to it or a value entered in a declaration that names it (the next meeting's host, a
    drafter's placeholder typed state, person or institution). The refusal says where it is used."""
    table = _REMOVABLE.get(kind)
    if table is None:
        raise ValidationError("kind", f"'{kind}' is not a record this removes (those are: {', '.join(_REMOVABLE)})")
    with workspace.atomic() as db:
        record = reference.records_with_keys(db, kind, [key]).get(key)
        if record is None:
            raise ValidationError(kind, f"there is no {kind} {key}")
        rows = reference.usages(db, table, key)
        named = _declarations_naming(db, kind, record)
        if rows or named:
            raise ValidationError(kind, f"{key} is still used {_where_used(rows, named)}")
        reference.delete_reference(db, table, key)
    return Change(removed={kind: (key,)})


def _where_used(rows: dict[str, int], named: list[str]) -> str:
    parts = []
    if rows:
        total = sum(rows.values())
        each = ", ".join(f"{number} {_USER_NAMES[table][number != 1]}" for table, number in rows.items())
        parts.append(f"in {total} place{'s' if total != 1 else ''} ({each})")
    if named:
        parts.append(f"as {', '.join(named)}")
    return " and ".join(parts)


def _declarations_naming(db, kind: str, record) -> list[str]:
    """Where the declarations' entered values name ``record`` (a state by code, a person or institution by
    key), as "{placeholder} of declaration N (event E)". A value's type is its known placeholder's, else the
    one the declaration's clauses give it (the first clause's winning), else one any clause of the library
    gives it: a value kept from a clause taken out of the draft still names the record if the clause returns."""
    if kind not in ("state", "person", "institution"):
        return []  # no placeholder holds an organisation
    value = record.code if kind == "state" else record.key
    clauses = clause_store.clauses(db)
    library_types: dict[str, str] = {}
    for clause in clauses.values():
        for name, type_ in clause.placeholder_types.items():
            library_types.setdefault(name, type_)
    known_types = {name: info.kind for name, info in PLACEHOLDERS.items()}
    found = []
    for declaration in clause_store.all_declarations(db):
        types = dict(library_types)
        for clause_id in reversed(declaration.clause_ids):
            if clause_id in clauses:
                types.update(clauses[clause_id].placeholder_types)
        types.update(known_types)
        for name, stored in declaration.values.items():
            if types.get(name) == kind and stored == value:
                found.append(f"{{{name}}} of declaration {declaration.id} (event {declaration.event_id})")
    return found


def _any_short(state: State) -> str:
    name = state.names.get("en") or next(iter(state.names.values()), None)
    return name.short if name else state.code
