"""What the documents read of a workspace that the events and declarations services do not hand out."""
from __future__ import annotations

from organiser.domain.errors import ValidationError
from organiser.domain.model import Declaration, Person
from organiser.storage import clauses as clause_store
from organiser.storage import reference
from organiser.storage.db import Workspace


def persons(workspace: Workspace) -> dict[int, Person]:
    """Every person of the workspace by id (the programme names its speakers by id)."""
    return reference.persons(workspace.db)


def declaration(workspace: Workspace, *, declaration_id: int) -> Declaration:
    """The declaration ``declaration_id``, whatever event it belongs to."""
    found = clause_store.declaration(workspace.db, declaration_id)
    if found is None:
        raise ValidationError("declaration", f"there is no declaration {declaration_id}")
    return found
