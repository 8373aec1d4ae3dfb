"""Commands on an event's declaration drafts: their clauses, values, languages and titles, which one is
chosen, their revisions, and the next meeting a declaration decides."""
from __future__ import annotations

from organiser.services.changes import Change
from organiser.services.declarations import (
    choose_declaration, chosen_declaration_id, create_declaration, create_next_meeting, delete_declaration, duplicate_declaration,
    get_declaration, rename_declaration, set_declaration_clauses, set_declaration_languages, set_declaration_value,
)
from organiser.services.events import delete_event
from organiser.services.library import delete_clause
from organiser.services.revisions import (
    apply_snapshot, current_snapshot, delete_revision, list_revisions, restore_deleted_declaration,
    restore_revision, save_revision,
)
from organiser.ui.commands.base import Command, Creation, Removal, ValueChange, fill, translate


class CreateDeclarationCommand(Creation):
    """Start the event's first declaration draft; undo deletes it."""

    kind = "declaration"

    def __init__(self, session, *, event_id: int, title: str = ""):
        super().__init__(session, translate("commands", "Create declaration"))
        self.event_id = event_id
        self.title = title

    def create(self):
        return create_declaration(self.ws, event_id=self.resolve("event", self.event_id), title=self.title)

    def remove(self, ident):
        return delete_declaration(self.ws, declaration_id=ident)


class DuplicateDeclarationCommand(Creation):
    """A new draft holding what another holds now; with ``chosen_for`` (the event's id) the new draft is
    also made the event's chosen one, in the same step. Undo gives the event its chosen draft back and
    deletes the new one: one user action, one undo."""

    kind = "declaration"

    def __init__(self, session, *, declaration_id: int, title: str, chosen_for: int | None = None):
        super().__init__(session, translate("commands", "New draft"))
        self.source_id = declaration_id
        self.title = title
        self.event_id = chosen_for
        self.chosen_before: int | None = None

    def create(self):
        change = duplicate_declaration(self.ws, declaration_id=self.resolve("declaration", self.source_id),
                                       title=self.title)
        if self.event_id is not None:
            event_id = self.resolve("event", self.event_id)
            self.chosen_before = chosen_declaration_id(self.ws, event_id=event_id)
            change = change.merged(choose_declaration(self.ws, event_id=event_id,
                                                      declaration_id=change.added["declaration"][0]))
        return change

    def remove(self, ident):
        change = Change()
        if self.event_id is not None:
            change = choose_declaration(self.ws, event_id=self.resolve("event", self.event_id),
                                        declaration_id=self.resolve("declaration", self.chosen_before))
        return change.merged(delete_declaration(self.ws, declaration_id=ident))


class DeleteDeclarationCommand(Removal):
    """Delete a draft; undo brings it back with its clauses, values and revisions."""

    kind = "declaration"

    def __init__(self, session, *, declaration_id: int):
        super().__init__(session, translate("commands", "Delete draft"), ident=declaration_id)

    def take_snapshot(self, ident):
        snapshot = (get_declaration(self.ws, declaration_id=ident), list_revisions(self.ws, declaration_id=ident))
        return snapshot, {"declaration": [self.original_id]}

    def remove(self, ident):
        return delete_declaration(self.ws, declaration_id=ident)

    def restore(self, snapshot):
        declaration, revisions = snapshot
        declaration.event_id = self.resolve("event", declaration.event_id)
        declaration.clause_ids = [self.resolve("clause", i) for i in declaration.clause_ids]
        change = restore_deleted_declaration(self.ws, declaration=declaration, revisions=revisions)
        return change, {"declaration": [change.added["declaration"][0]]}


class SetDeclarationClausesCommand(ValueChange):
    """Give a draft another list of clauses (added, removed or moved ones); undo gives back the list before.
    ``text`` names the edit ("Add clause"): a source text of the "commands" context, marked for lupdate
    where it is written (QT_TRANSLATE_NOOP) and translated here."""

    def __init__(self, session, *, declaration_id: int, before: list[int], after: list[int], text: str):
        super().__init__(session, translate("commands", text), before=list(before), after=list(after))
        self.original_id = declaration_id

    def set(self, value):
        return set_declaration_clauses(self.ws, declaration_id=self.resolve("declaration", self.original_id),
                                       clause_ids=[self.resolve("clause", i) for i in value])


class SetDeclarationValueCommand(ValueChange):
    """Enter the value of one of a draft's placeholders (``name``); undo enters the value before."""

    def __init__(self, session, *, declaration_id: int, name: str, before: object, after: object):
        super().__init__(session, fill(translate("commands", "Set %1"), name.replace("_", " ")),
                         before=before, after=after)
        self.original_id = declaration_id
        self.name = name

    def set(self, value):
        return set_declaration_value(self.ws, declaration_id=self.resolve("declaration", self.original_id),
                                     name=self.name, value=value)


class SetDeclarationLanguagesCommand(ValueChange):
    """Choose the languages a draft is written and exported in; undo chooses the ones before."""

    def __init__(self, session, *, declaration_id: int, before: list[str], after: list[str]):
        super().__init__(session, translate("commands", "Change the declaration's languages"),
                         before=list(before), after=list(after))
        self.original_id = declaration_id

    def set(self, value):
        return set_declaration_languages(self.ws, declaration_id=self.resolve("declaration", self.original_id),
                                         languages=list(value))


class RenameDeclarationCommand(ValueChange):
    """Give a draft another title; undo gives back the one before."""

    def __init__(self, session, *, declaration_id: int, before: str, after: str):
        super().__init__(session, translate("commands", "Rename draft"), before=before, after=after)
        self.original_id = declaration_id

    def set(self, value):
        return rename_declaration(self.ws, declaration_id=self.resolve("declaration", self.original_id), title=value)


class ChooseDeclarationCommand(ValueChange):
    """Make a draft (or none) the one the event's screens and exports use; undo chooses the one before."""

    def __init__(self, session, *, event_id: int, before: int | None, after: int | None):
        super().__init__(session, translate("commands", "Choose draft"), before=before, after=after)
        self.event_id = event_id

    def set(self, value):
        return choose_declaration(self.ws, event_id=self.resolve("event", self.event_id),
                                  declaration_id=self.resolve("declaration", value))


class SaveRevisionCommand(Command):
    """Save the draft as its next revision; undo removes that revision."""

    def __init__(self, session, *, declaration_id: int, author: str, comment: str):
        super().__init__(session, translate("commands", "Save revision"))
        self.original_id = declaration_id
        self.author, self.comment = author, comment
        self.number: int | None = None

    def do(self):
        change = save_revision(self.ws, declaration_id=self.resolve("declaration", self.original_id),
                               author=self.author, comment=self.comment)
        self.number = change.added["revision"][0][1]
        return change

    def undo_it(self):
        return delete_revision(self.ws, declaration_id=self.resolve("declaration", self.original_id), number=self.number)


class RestoreRevisionCommand(Command):
    """Bring the draft back to a revision (saved as a new revision); undo returns the draft to what it held
    before, removes that new revision and the clause copies the restoring made."""

    def __init__(self, session, *, declaration_id: int, number: int, author: str):
        super().__init__(session, fill(translate("commands", "Restore revision %1"), number))
        self.original_id = declaration_id
        self.number = number
        self.author = author
        self.before = None
        self.saved_number: int | None = None
        self.copies: tuple[int, ...] = ()

    def do(self):
        declaration_id = self.resolve("declaration", self.original_id)
        self.before = current_snapshot(self.ws, declaration_id=declaration_id)
        change = restore_revision(self.ws, declaration_id=declaration_id, number=self.number, author=self.author)
        self.saved_number = change.added["revision"][0][1]
        self.copies = change.added.get("clause", ())
        return change

    def undo_it(self):
        declaration_id = self.resolve("declaration", self.original_id)
        change = apply_snapshot(self.ws, declaration_id=declaration_id, snapshot=self.before)
        change = change.merged(delete_revision(self.ws, declaration_id=declaration_id, number=self.saved_number))
        for clause_id in self.copies:  # the clause copies the restoring made go too: the library shows it
            change = change.merged(delete_clause(self.ws, clause_id=clause_id))
        return change


class CreateNextMeetingCommand(Creation):
    """Plan the next meeting the declaration decides (its number, year and host state); undo deletes it.
    ``notes`` holds the service's note of what was planned."""

    kind = "event"

    def __init__(self, session, *, declaration_id: int):
        super().__init__(session, translate("commands", "Create the next meeting"))
        self.declaration_id = declaration_id
        self.notes: tuple[str, ...] = ()

    def create(self):
        change = create_next_meeting(self.ws, declaration_id=self.resolve("declaration", self.declaration_id))
        self.notes = change.notes
        return change

    def remove(self, ident):
        return delete_event(self.ws, event_id=ident)
