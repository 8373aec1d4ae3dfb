"""Rendering an event's declaration and exporting it as a Word document."""
from __future__ import annotations


from organiser.domain.declaration import PLACEHOLDERS, DeclarationContext, RenderedDeclaration, render_declaration
from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.model import Clause, Declaration, DelegationKind
from organiser.domain.validation import check_text, validate_clause
from organiser.services.changes import Change
from organiser.services.events import get_event, ordered_delegations
from organiser.storage import clauses as clause_store
from organiser.storage import reference
from organiser.storage.db import Workspace


def event_declaration(workspace: Workspace, *, event_id: int, declaration_id: int | None = None) -> Declaration:
    """The declaration ``declaration_id`` of the event, or its latest one."""
    declarations = clause_store.declarations_of_event(workspace.db, get_event(workspace, event_id=event_id).id)
    if declaration_id is not None:
        for declaration in declarations:
            if declaration.id == declaration_id:
                return declaration
        raise ValidationError("declaration", f"event {event_id} has no declaration {declaration_id}")
    if not declarations:
        raise ValidationError("declaration", f"event {event_id} has no declaration yet")
    return declarations[-1]


def render_event_declaration(workspace: Workspace, *, event_id: int, language: str = "en",
                             declaration_id: int | None = None) -> RenderedDeclaration:
    db = workspace.db
    event = get_event(workspace, event_id=event_id)
    declaration = event_declaration(workspace, event_id=event_id, declaration_id=declaration_id)
    clauses = clause_store.clauses(db)
    institutions = reference.institutions(db)
    context = DeclarationContext(
        event=event,
        delegations=ordered_delegations(workspace, event_id=event_id),
        states=reference.states(db),
        council=reference.councils(db).get(event.council_id) if event.council_id else None,
        host_institution=institutions.get(event.host_institution_id) if event.host_institution_id else None,
        values=declaration.values,
        languages=declaration.languages,
    )
    return render_declaration([clauses[i] for i in declaration.clause_ids], context, language)


# --- drafting -----------------------------------------------------------------------------------------

def clause_library(workspace: Workspace) -> list[Clause]:
    return list(clause_store.clauses(workspace.db).values())


def save_clause(workspace: Workspace, *, clause: Clause) -> Change:
    validate_clause(clause)
    with workspace.atomic() as db:
        other = clause_store.clause_by_key(db, clause.key)
        if other is not None and other.id != clause.id:
            raise ValidationError("key", f"'{clause.key}' is already the key of another clause")
        is_new = clause.id is None
        clause_store.save_clause(db, clause)
    return Change(added={"clause": (clause.id,)}) if is_new else Change(updated={"clause": (clause.id,)})


def create_declaration(workspace: Workspace, *, event_id: int, clause_ids: list[int] | None = None,
                       languages: list[str] | None = None, title: str = "") -> Change:
    get_event(workspace, event_id=event_id)
    declaration = Declaration(event_id, [], languages or ["en"], {}, check_text("title", title))
    _check_clause_ids(workspace, clause_ids or [])
    declaration.clause_ids = list(clause_ids or [])
    with workspace.atomic() as db:
        clause_store.save_declaration(db, declaration)
    return Change(added={"declaration": (declaration.id,)})


def _check_clause_ids(workspace: Workspace, clause_ids: list[int]) -> None:
    known = clause_store.clauses(workspace.db)
    for clause_id in clause_ids:
        if clause_id not in known:
            raise ValidationError("clauses", f"there is no clause {clause_id}")


def set_declaration_clauses(workspace: Workspace, *, declaration_id: int, clause_ids: list[int]) -> Change:
    """The declaration's clauses, in the drafter's order (adding, removing and moving all end here)."""
    declaration = _declaration(workspace, declaration_id)
    _check_clause_ids(workspace, clause_ids)
    declaration.clause_ids = list(clause_ids)
    with workspace.atomic() as db:
        clause_store.save_declaration(db, declaration)
    return Change(updated={"declaration": (declaration_id,)})


def _declaration(workspace: Workspace, declaration_id: int) -> Declaration:
    declaration = clause_store.declaration(workspace.db, declaration_id)
    if declaration is None:
        raise ValidationError("declaration", f"there is no declaration {declaration_id}")
    return declaration


def set_declaration_value(workspace: Workspace, *, declaration_id: int, name: str, value: object) -> Change:
    """Set (or, with an empty value, clear) a placeholder the drafter enters, checked against its kind."""
    info = PLACEHOLDERS.get(name)
    if info is None or not info.entered:
        entered = ", ".join(p.name for p in PLACEHOLDERS.values() if p.entered)
        raise ValidationError(name, f"is not a value the drafter enters (those are: {entered})")
    declaration = _declaration(workspace, declaration_id)
    if value in (None, ""):
        declaration.values.pop(name, None)
    elif info.kind == "number":
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValidationError(name, f"must be a whole number, not '{value}'") from None
        if not 1900 <= number <= 2200:
            raise ValidationError(name, f"{number} is not a plausible year")
        declaration.values[name] = number
    elif info.kind == "state":
        code = str(value).strip().upper()
        if reference.state(workspace.db, code) is None:
            raise ValidationError(name, f"there is no state '{code}' in this workspace")
        declaration.values[name] = code
    else:
        declaration.values[name] = check_text(name, str(value))
    with workspace.atomic() as db:
        clause_store.save_declaration(db, declaration)
    return Change(updated={"declaration": (declaration_id,)})


def declaration_problems(workspace: Workspace, *, event_id: int, language: str,
                         declaration_id: int | None = None) -> list[str]:
    """What stops the declaration from being exported in ``language``, one plain sentence each; empty when none."""
    problems: list[str] = []
    try:
        declaration = event_declaration(workspace, event_id=event_id, declaration_id=declaration_id)
    except ValidationError as error:
        return [str(error)]
    db = workspace.db
    try:
        delegations = ordered_delegations(workspace, event_id=event_id)
    except OrganiserError as error:
        return [str(error)]
    for delegation in delegations:
        label = delegation.code
        if delegation.kind is not DelegationKind.GUEST and delegation.leader is None:
            problems.append(f"Delegation {label} has no head.")
        for member in delegation.members:
            if language not in member.person.names:
                problems.append(f"{member.person.key} ({label}) has no name in '{language}'.")
        if delegation.signs and delegation.institution and language not in delegation.institution.names:
            problems.append(f"Institution {delegation.institution.key} has no name in '{language}'.")
    clauses = clause_store.clauses(db)
    if not problems:
        try:
            render_event_declaration(workspace, event_id=event_id, language=language, declaration_id=declaration.id)
        except OrganiserError as error:
            problems.append(f"{error}.")
    else:
        for clause_id in declaration.clause_ids:
            if language not in clauses[clause_id].texts:
                problems.append(f"Clause {clauses[clause_id].key} has no text in '{language}'.")
    return problems


def delete_declaration(workspace: Workspace, *, declaration_id: int) -> Change:
    _declaration(workspace, declaration_id)
    with workspace.atomic() as db:
        clause_store.delete_declaration(db, declaration_id)
    return Change(removed={"declaration": (declaration_id,)})
