"""The clause library: creating, editing, duplicating and retiring clauses, where each is used, and the
library file (export, and an import that adds new clauses and lets the drafter decide every conflict)."""
from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.exchange import check_json_texts
from organiser.domain.keys import unique_key
from organiser.domain.library import ImportPlan, Library, library_to_dict, parse_library, plan_import
from organiser.domain.limits import LIBRARY_CAPS, MAX_CLAUSE_TEXT
from organiser.domain.model import Clause
from organiser.domain.validation import check_names, validate_clause
from organiser.services.changes import Change
from organiser.services.files import read_json_file, write_json_file
from organiser.storage import clauses as clause_store
from organiser.storage import events as event_store
from organiser.storage.db import Workspace


def clauses(workspace: Workspace, *, include_retired: bool = True) -> list[Clause]:
    return [c for c in clause_store.clauses(workspace.db).values() if include_retired or not c.retired]


def get_clause(workspace: Workspace, *, clause_id: int) -> Clause:
    clause = clause_store.clauses(workspace.db).get(clause_id)
    if clause is None:
        raise ValidationError("clause", f"there is no clause {clause_id} in this workspace")
    return clause


def _checked(clause: Clause) -> Clause:
    clause = copy.deepcopy(clause)
    clause.texts = check_names("text", clause.texts, required=True, limit=MAX_CLAUSE_TEXT)
    return validate_clause(clause)


def save_clause(workspace: Workspace, *, clause: Clause) -> Change:
    """Create (``clause.id`` None) or change a clause, after checking it: a key of lower-case letters,
    digits, '.', '_' or '-' that no other clause has, a kind, at least one text, every text a template
    that parses, placeholder types from the known list. ``clause.id`` is set on creation."""
    checked = _checked(clause)
    with workspace.atomic() as db:
        other = clause_store.clause_by_key(db, checked.key)
        if other is not None and other.id != checked.id:
            raise ValidationError("key", f"'{checked.key}' is already the key of another clause")
        is_new = checked.id is None
        if not is_new and checked.id not in clause_store.clauses(db):
            raise ValidationError("clause", f"there is no clause {checked.id} in this workspace")
        clause_store.save_clause(db, checked)
    clause.id = checked.id
    return Change(added={"clause": (checked.id,)}) if is_new else Change(updated={"clause": (checked.id,)})


def duplicate_clause(workspace: Workspace, *, clause_id: int, key: str | None = None) -> Change:
    """A copy of the clause under ``key`` (default: ``<key>-copy``, numbered if taken), not retired."""
    source = get_clause(workspace, clause_id=clause_id)
    taken = {c.key for c in clauses(workspace)}
    duplicate = copy.deepcopy(source)
    duplicate.id = None
    duplicate.retired = False
    duplicate.key = key or unique_key(source.key, taken, suffix="copy")
    return save_clause(workspace, clause=duplicate)


def set_clause_retired(workspace: Workspace, *, clause_id: int, retired: bool) -> Change:
    """Retire a clause (no longer offered for new declarations; those using it keep it) or bring it back."""
    clause = get_clause(workspace, clause_id=clause_id)
    clause.retired = retired
    with workspace.atomic() as db:
        clause_store.save_clause(db, clause)
    return Change(updated={"clause": (clause_id,)})


def delete_clause(workspace: Workspace, *, clause_id: int) -> Change:
    """Remove a clause no declaration uses (undoing its creation); one in use is refused: retire it instead."""
    clause = get_clause(workspace, clause_id=clause_id)
    with workspace.atomic() as db:
        if clause_store.clause_usage(db, clause_id):
            raise ValidationError("clause", f"{clause.key} is used by a declaration; retire it instead")
        clause_store.delete_clause(db, clause_id)
    return Change(removed={"clause": (clause_id,)})


@dataclass(frozen=True)
class ClauseUse:
    declaration_id: int
    declaration_title: str
    event_id: int
    event_title: str

    @property
    def label(self) -> str:
        draft = f" — {self.declaration_title}" if self.declaration_title else ""
        return f"{self.event_title}{draft} (declaration {self.declaration_id})"


def clause_usage(workspace: Workspace, *, clause_id: int) -> list[ClauseUse]:
    """Every declaration (with its event) that uses the clause."""
    get_clause(workspace, clause_id=clause_id)
    db = workspace.db
    uses = []
    for declaration_id, event_id in clause_store.clause_usage(db, clause_id):
        event = event_store.event(db, event_id)
        declaration = clause_store.declaration(db, declaration_id)
        title = (event.title.get("en") or next(iter(event.title.values()), "")) if event else f"event {event_id}"
        uses.append(ClauseUse(declaration_id, declaration.title if declaration else "", event_id, title))
    return uses


# --- the library file ------------------------------------------------------------------------------------

def export_library(workspace: Workspace) -> Library:
    """Every clause of the workspace, retired ones included (marked so), in the order they were made."""
    return Library([copy.deepcopy(c) for c in clauses(workspace)])


def write_library_file(library: Library, path: Path, *, force: bool = False) -> Path:
    return write_json_file(Path(path), library_to_dict(library), LIBRARY_CAPS, force=force)


def read_library_file(path: Path) -> Library:
    """Read and check a library file; every problem is an OrganiserError naming the file and the place in it."""
    data = read_json_file(path, "a clause library")
    try:
        check_json_texts(data)
        return parse_library(data)
    except ValidationError as error:
        raise OrganiserError(f"{path}: {error}") from None


def plan_library_import(workspace: Workspace, *, library: Library) -> ImportPlan:
    """What importing ``library`` would do: new clauses, identical ones, and conflicts side by side."""
    return plan_import(library, {c.key: c for c in clauses(workspace)})


def import_library(workspace: Workspace, *, library: Library, take_theirs: set[str] | frozenset[str] = frozenset(),
                   keep_both: set[str] | frozenset[str] = frozenset(), take_all_theirs: bool = False) -> Change:
    """Add the file's new clauses, skip identical ones, and for each conflict do what the drafter chose:
    keep the workspace's (the default), take the file's (``take_theirs``: the clause keeps its place in the
    declarations that use it, with the file's texts), or keep both (``keep_both``: the file's under a new
    key, ``<key>-imported``). All in one transaction: on any problem nothing changes.

    ``Change.notes`` says what was done with every clause that was not simply added."""
    plan = plan_library_import(workspace, library=library)
    conflicting = {c.key for c in plan.conflicts}
    both = set(keep_both)
    take = conflicting - both if take_all_theirs else set(take_theirs)
    for option, keys in (("--take-theirs", take), ("--keep-both", both)):
        unknown = sorted(keys - conflicting)
        if unknown:
            raise ValidationError(option, f"{', '.join(unknown)}: not a clause in conflict "
                                           f"(those are: {', '.join(sorted(conflicting)) or 'none'})")
    twice = sorted(take & both)
    if twice:
        raise ValidationError("--keep-both", f"{', '.join(twice)}: cannot both take the file's and keep both")
    added: list[int] = []
    updated: list[int] = []
    notes: list[str] = []
    with workspace.atomic() as db:
        taken = {c.key for c in clause_store.clauses(db).values()} | {c.key for c in library.clauses}
        for clause in plan.new:
            added.append(clause_store.save_clause(db, _fresh(clause)).id)
        for conflict in plan.conflicts:
            if conflict.key in take:
                theirs = _fresh(conflict.theirs)
                theirs.id = conflict.ours.id
                theirs.retired = conflict.ours.retired
                clause_store.save_clause(db, theirs)
                updated.append(theirs.id)
                notes.append(f"{conflict.key}: the file's version replaces the workspace's")
            elif conflict.key in both:
                copy_ = _fresh(conflict.theirs)
                copy_.key = unique_key(conflict.key, taken, suffix="imported")
                taken.add(copy_.key)
                added.append(clause_store.save_clause(db, copy_).id)
                notes.append(f"{conflict.key}: the workspace's kept; the file's added as {copy_.key}")
            else:
                notes.append(f"{conflict.key}: the workspace's version kept; the file's differs")
    return Change(added={"clause": tuple(added)} if added else {},
                  updated={"clause": tuple(updated)} if updated else {}, notes=tuple(notes))


def _fresh(clause: Clause) -> Clause:
    record = copy.deepcopy(clause)
    record.id = None
    return record
