"""Rendering an event's declaration and exporting it as a Word document."""
from __future__ import annotations

from pathlib import Path

from organiser.domain.declaration import DeclarationContext, RenderedDeclaration, render_declaration
from organiser.domain.errors import ValidationError
from organiser.domain.model import Declaration
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
        languages=[language],
    )
    return render_declaration([clauses[i] for i in declaration.clause_ids], context, language)


def export_declaration(workspace: Workspace, *, event_id: int, out: Path, language: str = "en",
                       declaration_id: int | None = None, force: bool = False) -> Path:
    """Write the event's declaration in ``language`` to ``out`` (.docx); the workspace is only read."""
    from organiser.documents.declaration import build_declaration
    from organiser.services.files import check_target

    out = Path(out)
    check_target(out, force=force)
    rendered = render_event_declaration(workspace, event_id=event_id, language=language, declaration_id=declaration_id)
    return build_declaration(rendered, out)
