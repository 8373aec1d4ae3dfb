"""Revisions of a declaration: save one (who, when, why), list them, compare two word by word, restore one.

A revision is a snapshot (clauses with their texts at the time, languages, values, title), so it reads the
same after the library changes. Restoring applies the snapshot to the draft and saves that as a new
revision; a clause whose library text has changed since is brought back as a retired copy holding the
old text, so the draft is exactly the revision again and no other declaration changes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from organiser.domain.declaration import RenderedDeclaration, render_declaration
from organiser.domain.diff import DiffCounts, DiffParagraph, count_words, diff_paragraphs
from organiser.domain.errors import OrganiserError, ValidationError
from organiser.domain.keys import suffixed, unique_key
from organiser.domain.model import Clause, Declaration
from organiser.domain.revisions import DeclarationSnapshot, Revision
from organiser.domain.validation import check_text
from organiser.services.changes import Change
from organiser.services.declarations import declaration_context, get_declaration
from organiser.services.events import get_event
from organiser.storage import clauses as clause_store
from organiser.storage import revisions as revision_store
from organiser.storage.db import Workspace


def current_snapshot(workspace: Workspace, *, declaration_id: int) -> DeclarationSnapshot:
    """What the draft holds now, clause texts included."""
    return DeclarationSnapshot.of(get_declaration(workspace, declaration_id=declaration_id), clause_store.clauses(workspace.db))


def save_revision(workspace: Workspace, *, declaration_id: int, author: str, comment: str = "") -> Change:
    """Save what the draft holds now as its next revision; ``author`` is the user's name from the
    preferences (the caller's), ``comment`` says why. ``Change.added["revision"]`` is ((declaration, number),)."""
    author = check_text("author", author, limit=200)
    comment = check_text("comment", comment, limit=1000)
    with workspace.atomic() as db:
        snapshot = current_snapshot(workspace, declaration_id=declaration_id)
        number = revision_store.next_number(db, declaration_id)
        revision_store.add_revision(db, Revision(declaration_id, number, dt.datetime.now(dt.UTC), author, comment,
                                                 snapshot))
    return Change(added={"revision": ((declaration_id, number),)})


def list_revisions(workspace: Workspace, *, declaration_id: int) -> list[Revision]:
    get_declaration(workspace, declaration_id=declaration_id)
    return revision_store.revisions(workspace.db, declaration_id)


def get_revision(workspace: Workspace, *, declaration_id: int, number: int) -> Revision:
    get_declaration(workspace, declaration_id=declaration_id)
    revision = revision_store.revision(workspace.db, declaration_id, number)
    if revision is None:
        numbers = [r.number for r in revision_store.revisions(workspace.db, declaration_id)]
        have = f"its revisions are {', '.join(map(str, numbers))}" if numbers else "it has no revision yet"
        raise ValidationError("revision", f"declaration {declaration_id} has no revision {number}; {have}")
    return revision


def delete_revision(workspace: Workspace, *, declaration_id: int, number: int) -> Change:
    """Remove a revision (undoing its saving)."""
    get_revision(workspace, declaration_id=declaration_id, number=number)
    with workspace.atomic() as db:
        revision_store.delete_revision(db, declaration_id, number)
    return Change(removed={"revision": ((declaration_id, number),)})


def render_snapshot(workspace: Workspace, *, event_id: int, snapshot: DeclarationSnapshot,
                    language: str) -> RenderedDeclaration:
    """A revision's declaration in ``language``: its own clause texts and values, the event's delegations."""
    context = declaration_context(workspace, event_id=event_id, values=snapshot.values, languages=snapshot.languages)
    return render_declaration(snapshot.clause_objects(), context, language)


def apply_snapshot(workspace: Workspace, *, declaration_id: int, snapshot: DeclarationSnapshot,
                   label: str = "") -> Change:
    """Make the draft hold ``snapshot``: its title, languages, values and clauses. A clause whose library
    text differs from the snapshot's (or that is gone) comes back as a retired copy ``<key>-<label>``
    holding the snapshot's text, reused when such a copy exists already."""
    declaration = get_declaration(workspace, declaration_id=declaration_id)
    added: list[int] = []
    notes: list[str] = []
    with workspace.atomic() as db:
        library = clause_store.clauses(db)
        by_key = {c.key: c for c in library.values()}
        ids = []
        for saved in snapshot.clauses:
            clause = by_key.get(saved.key)
            if clause is not None and saved.same_text(clause):
                ids.append(clause.id)
                continue
            existing = by_key.get(suffixed(saved.key, label or "restored"))
            if existing is not None and saved.same_text(existing):
                ids.append(existing.id)
                continue
            copy_key = unique_key(saved.key, by_key, suffix=label or "restored")
            restored = Clause(copy_key, saved.kind, dict(saved.texts), list(clause.tags) if clause else [],
                              f"The text of {saved.key} as it was{' in ' + label if label else ''}.",
                              retired=True, placeholder_types=dict(saved.placeholder_types))
            clause_store.save_clause(db, restored)
            by_key[copy_key] = restored
            added.append(restored.id)
            ids.append(restored.id)
            notes.append(f"{saved.key} has changed in the library since; its earlier text is back as the "
                         f"retired clause {copy_key}")
        declaration.title = snapshot.title
        declaration.languages = list(snapshot.languages)
        declaration.values = dict(snapshot.values)
        declaration.clause_ids = ids
        clause_store.save_declaration(db, declaration)
    return Change(added={"clause": tuple(added)} if added else {}, updated={"declaration": (declaration_id,)},
                  notes=tuple(notes))


def restore_revision(workspace: Workspace, *, declaration_id: int, number: int, author: str) -> Change:
    """Bring the draft back to revision ``number`` and save that as a new revision ("Restored revision N")."""
    revision = get_revision(workspace, declaration_id=declaration_id, number=number)
    with workspace.atomic():
        applied = apply_snapshot(workspace, declaration_id=declaration_id, snapshot=revision.snapshot,
                                 label=f"rev{number}")
        saved = save_revision(workspace, declaration_id=declaration_id, author=author,
                              comment=f"Restored revision {number}")
    return Change(added=applied.added | saved.added, updated=applied.updated, notes=applied.notes)


# --- comparing ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Side:
    """One side of a comparison: a revision, or the draft as it is now (``number`` None)."""

    number: int | None
    label: str
    author: str
    saved_at: dt.datetime | None
    snapshot: DeclarationSnapshot


@dataclass(frozen=True)
class Comparison:
    declaration_id: int
    event_id: int
    language: str
    old: Side
    new: Side
    paragraphs: list[DiffParagraph]
    counts: DiffCounts
    rendered: bool  # False: compared as templates, placeholders unfilled (``note`` says why)
    note: str = ""


def _side(workspace: Workspace, declaration_id: int, number: int | None) -> Side:
    if number is None:
        return Side(None, "the draft as it is now", "", None, current_snapshot(workspace, declaration_id=declaration_id))
    revision = get_revision(workspace, declaration_id=declaration_id, number=number)
    return Side(number, f"revision {revision.label}", revision.author, revision.saved_at, revision.snapshot)


def template_paragraphs(snapshot: DeclarationSnapshot, language: str) -> list[str]:
    """The snapshot's clause texts in ``language`` as written, placeholders and all."""
    return [c.texts.get(language) or f"[{c.key}: no text in '{language}']" for c in snapshot.clauses]


def rendered_paragraphs(rendered: RenderedDeclaration) -> list[str]:
    """The declaration's text as the comparison shows it: title, then each clause (numbered) — the
    signatures come from the event, not from a revision, and are left out."""
    return [rendered.title, *(clause.numbered_text for clause in rendered.body)]


def compare_revisions(workspace: Workspace, *, declaration_id: int, old: int | None, new: int | None,
                      language: str = "en") -> Comparison:
    """Revision ``old`` against revision ``new`` (None: the draft as it is now), word by word, as the
    declaration reads in ``language``; where either cannot be rendered yet, as templates."""
    declaration = get_declaration(workspace, declaration_id=declaration_id)
    event_id = get_event(workspace, event_id=declaration.event_id).id
    before, after = _side(workspace, declaration_id, old), _side(workspace, declaration_id, new)
    try:
        old_text = rendered_paragraphs(render_snapshot(workspace, event_id=event_id, snapshot=before.snapshot,
                                                       language=language))
        new_text = rendered_paragraphs(render_snapshot(workspace, event_id=event_id, snapshot=after.snapshot,
                                                       language=language))
        rendered, note = True, ""
    except OrganiserError as error:
        old_text = template_paragraphs(before.snapshot, language)
        new_text = template_paragraphs(after.snapshot, language)
        rendered, note = False, f"compared as templates, placeholders unfilled ({error})"
    paragraphs = diff_paragraphs(old_text, new_text)
    counts = count_words([s for p in paragraphs for s in p.segments])
    return Comparison(declaration_id, event_id, language, before, after, paragraphs, counts, rendered, note)


def restore_deleted_declaration(workspace: Workspace, *, declaration: Declaration, revisions: list[Revision]) -> Change:
    """Store a deleted draft again (under a new id) with its revisions, as they were (undoing a deletion)."""
    get_event(workspace, event_id=declaration.event_id)
    known = clause_store.clauses(workspace.db)
    missing = [i for i in declaration.clause_ids if i not in known]
    if missing:
        raise ValidationError("declaration", f"its clauses {', '.join(map(str, missing))} are no longer in the library")
    with workspace.atomic() as db:
        declaration.id = None
        clause_store.save_declaration(db, declaration)
        for revision in revisions:
            revision_store.add_revision(db, Revision(declaration.id, revision.number, revision.saved_at,
                                                     revision.author, revision.comment, revision.snapshot))
    return Change(added={"declaration": (declaration.id,)})


def put_back_revisions(workspace: Workspace, *, declaration_id: int, revisions: list[Revision]) -> Change:
    """Store ``revisions`` again as the revisions of ``declaration_id``, as they were: after its event was
    brought back (an undone deletion, which stores the event's drafts anew under new ids)."""
    get_declaration(workspace, declaration_id=declaration_id)
    with workspace.atomic() as db:
        for revision in revisions:
            revision_store.add_revision(db, Revision(declaration_id, revision.number, revision.saved_at,
                                                     revision.author, revision.comment, revision.snapshot))
    return Change(added={"revision": tuple((declaration_id, r.number) for r in revisions)}) if revisions else Change()

