"""One QUndoCommand a user action: redo calls the service that does it, undo the one that reverses it.

``apply()`` does the action the first time (Session.run calls it and shows an error a user caused);
QUndoStack.push then calls ``redo()``, which skips that first time. Records that undo stores again get
new ids; commands keep the ids they first saw and resolve them through ``session.ids``.
"""
from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from organiser.domain.errors import OrganiserError
from organiser.domain.model import Delegation, DelegationKind, Event, Person, ProgrammeItem, Role

log = logging.getLogger("organiser.ui")


def tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class Command(QUndoCommand):
    """Base of the window's commands; subclasses implement ``do()`` and ``undo_it()``."""

    def __init__(self, session, text: str):
        super().__init__(text)
        self.session = session
        self.done_once = False

    @property
    def ws(self):
        return self.session.workspace

    def resolve(self, kind: str, ident: int | None) -> int | None:
        return self.session.ids.resolve(kind, ident)

    def created(self, kind: str, new_id) -> None:
        """Note the id of the record this command created: the first time it becomes the command's own;
        when a redo after an undo creates the record again, its new id is mapped from that one."""
        if self.original_id is None:
            self.original_id = new_id
        else:
            self.session.ids.remap(kind, self.original_id, new_id)

    def apply(self) -> None:
        self.session.perform(self.do)

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def _guarded(self, action) -> None:
        try:
            self.session.perform(action)
        except OrganiserError as error:
            log.warning("%s failed: %s", self.text(), error)
            self.session.show_error(f"Cannot {'undo' if action == self.undo_it else 'redo'} “{self.text()}”: {error}")
            self.session.notify(None)  # the screens show again what the workspace holds

    def do(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_it(self):  # pragma: no cover - abstract
        raise NotImplementedError


# --- events ---------------------------------------------------------------------------------------------

class SaveEventCommand(Command):
    """Create an event (``before`` is None) or change one."""

    def __init__(self, session, *, before: Event | None, after: Event):
        super().__init__(session, tr("New event") if before is None else tr("Edit event"))
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.original_id: int | None = None if before is None else before.id

    def do(self):
        from organiser.services.events import save_event

        event = copy.deepcopy(self.after)
        if self.before is None:
            event.id = None
            change = save_event(self.ws, event=event)
            self.created("event", event.id)
            self.session.select_event(event.id)
            return change
        event.id = self.resolve("event", self.original_id)
        return save_event(self.ws, event=event)

    def undo_it(self):
        from organiser.services.events import delete_event, save_event

        current = self.resolve("event", self.original_id)
        if self.before is None:
            if self.session.event_id == current:
                self.session.select_event(None)
            return delete_event(self.ws, event_id=current)
        event = copy.deepcopy(self.before)
        event.id = current
        return save_event(self.ws, event=event)


class DeleteEventCommand(Command):
    """Delete an event; undo imports the snapshot taken before (exchange package) and maps the new ids."""

    def __init__(self, session, *, event_id: int):
        super().__init__(session, tr("Delete event"))
        self.original_id = event_id
        self.snapshot = None
        self.old_ids: dict[str, list] = {}

    def do(self):
        from organiser.services.events import delete_event
        from organiser.services.exchange import export_event_package

        event_id = self.resolve("event", self.original_id)
        self.snapshot = export_event_package(self.ws, event_id=event_id)
        self.old_ids = _record_ids(self.ws, event_id)
        if self.session.event_id == event_id:
            self.session.select_event(None)
        return delete_event(self.ws, event_id=event_id)

    def undo_it(self):
        from organiser.services.exchange import import_package

        change = import_package(self.ws, package=self.snapshot)
        new_event = change.added["event"][0]
        new_ids = _record_ids(self.ws, new_event)
        for kind, old in self.old_ids.items():
            for old_id, new_id in zip(old, new_ids[kind]):
                self.session.ids.remap(kind, old_id, new_id)
        self.session.select_event(new_event)
        return change


def _record_ids(workspace, event_id: int) -> dict[str, list[int]]:
    """The ids of an event and of what hangs on it, in a stable order, to pair old with new after undo."""
    from organiser.storage import clauses as clause_store
    from organiser.storage import events as event_store

    delegations = event_store.delegations(workspace.db, event_id)
    return {
        "event": [event_id],
        "delegation": [d.id for d in delegations],
        "member": [m.id for d in delegations for m in d.members],
        "declaration": [d.id for d in clause_store.declarations_of_event(workspace.db, event_id)],
    }


class SaveProgrammeCommand(Command):
    def __init__(self, session, *, event_id: int, before: list[ProgrammeItem], after: list[ProgrammeItem],
                 text: str = ""):
        super().__init__(session, text or tr("Edit programme"))
        self.original_id = event_id
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def _save(self, items):
        from organiser.services.events import save_programme

        return save_programme(self.ws, event_id=self.resolve("event", self.original_id), items=copy.deepcopy(items))

    def do(self):
        return self._save(self.after)

    def undo_it(self):
        return self._save(self.before)


# --- delegations ----------------------------------------------------------------------------------------

class AddDelegationCommand(Command):
    def __init__(self, session, *, event_id: int, kind: DelegationKind, state_code: str | None = None,
                 organisation_code: str | None = None, institution_id: int | None = None, label: str = ""):
        super().__init__(session, tr("Add delegation") + (f" {label}" if label else ""))
        self.event_id = event_id
        self.arguments = dict(kind=kind, state_code=state_code, organisation_code=organisation_code,
                              institution_id=institution_id)
        self.original_id: int | None = None

    def do(self):
        from organiser.services.delegations import add_delegation

        change = add_delegation(self.ws, event_id=self.resolve("event", self.event_id), **self.arguments)
        new_id = change.added["delegation"][0]
        self.created("delegation", new_id)
        return change

    def undo_it(self):
        from organiser.services.delegations import remove_delegation

        return remove_delegation(self.ws, delegation_id=self.resolve("delegation", self.original_id))


class RemoveDelegationCommand(Command):
    def __init__(self, session, *, event_id: int, delegation: Delegation, position: int | None = None,
                 label: str = ""):
        super().__init__(session, tr("Remove delegation") + (f" {label}" if label else ""))
        self.event_id = event_id
        self.position = position
        self.snapshot = copy.deepcopy(delegation)
        self.original_id = delegation.id
        self.original_members = [m.id for m in delegation.members]

    def do(self):
        from organiser.services.delegations import remove_delegation

        return remove_delegation(self.ws, delegation_id=self.resolve("delegation", self.original_id))

    def undo_it(self):
        from organiser.services.delegations import restore_delegation

        delegation = copy.deepcopy(self.snapshot)
        change = restore_delegation(self.ws, event_id=self.resolve("event", self.event_id), delegation=delegation,
                                    position=self.position)
        self.session.ids.remap("delegation", self.original_id, delegation.id)
        for old, member in zip(self.original_members, delegation.members):
            self.session.ids.remap("member", old, member.id)
        return change


class AddMemberCommand(Command):
    """Add a person (an existing one, or ``new_person`` created the first time) to a delegation."""

    def __init__(self, session, *, delegation_id: int, role: Role, person_id: int | None = None,
                 new_person: Person | None = None, label: str = ""):
        super().__init__(session, tr("Add member") + (f" {label}" if label else ""))
        self.delegation_id = delegation_id
        self.role = role
        self.person_id = person_id
        self.new_person = copy.deepcopy(new_person)
        self.original_id: int | None = None

    def do(self):
        from organiser.services.delegations import add_member, save_person

        created = None
        if self.person_id is None:
            person = copy.deepcopy(self.new_person)
            created = save_person(self.ws, person=person)
            self.person_id = person.id
        change = add_member(self.ws, delegation_id=self.resolve("delegation", self.delegation_id),
                            person_id=self.person_id, role=self.role).merged(created)
        new_id = change.added["member"][0]
        self.created("member", new_id)
        return change

    def undo_it(self):
        from organiser.services.delegations import remove_member

        return remove_member(self.ws, member_id=self.resolve("member", self.original_id))


class RemoveMemberCommand(Command):
    def __init__(self, session, *, delegation_id: int, member_id: int, person_id: int, role: Role, position: int,
                 label: str = ""):
        super().__init__(session, tr("Remove member") + (f" {label}" if label else ""))
        self.delegation_id = delegation_id
        self.original_id = member_id
        self.person_id = person_id
        self.role = role
        self.position = position

    def do(self):
        from organiser.services.delegations import remove_member

        return remove_member(self.ws, member_id=self.resolve("member", self.original_id))

    def undo_it(self):
        from organiser.services.delegations import restore_member

        change = restore_member(self.ws, delegation_id=self.resolve("delegation", self.delegation_id),
                                person_id=self.person_id, role=self.role, position=self.position)
        self.session.ids.remap("member", self.original_id, change.added["member"][0])
        return change


class SetMemberRoleCommand(Command):
    def __init__(self, session, *, member_id: int, before: Role, after: Role):
        super().__init__(session, tr("Change role"))
        self.original_id = member_id
        self.before, self.after = before, after

    def _set(self, role):
        from organiser.services.delegations import set_member_role

        return set_member_role(self.ws, member_id=self.resolve("member", self.original_id), role=role)

    def do(self):
        return self._set(self.after)

    def undo_it(self):
        return self._set(self.before)


# --- protocol order -------------------------------------------------------------------------------------

class SetPrecedenceCommand(Command):
    def __init__(self, session, *, event_id: int, before: tuple[str, str], after: tuple[str, str]):
        super().__init__(session, tr("Change order rule"))
        self.event_id = event_id
        self.before, self.after = before, after

    def _set(self, rule):
        from organiser.services.delegations import set_precedence

        return set_precedence(self.ws, event_id=self.resolve("event", self.event_id), language=rule[0],
                              host_placement=rule[1])

    def do(self):
        return self._set(self.after)

    def undo_it(self):
        return self._set(self.before)


class MoveDelegationCommand(Command):
    def __init__(self, session, *, delegation_id: int, before: tuple[int | None, str], after: tuple[int, str],
                 label: str = ""):
        super().__init__(session, tr("Move delegation") + (f" {label}" if label else ""))
        self.original_id = delegation_id
        self.before, self.after = before, after

    def _set(self, place):
        from organiser.services.delegations import clear_manual_position, move_delegation

        delegation_id = self.resolve("delegation", self.original_id)
        if place[0] is None:
            return clear_manual_position(self.ws, delegation_id=delegation_id)
        return move_delegation(self.ws, delegation_id=delegation_id, position=place[0], reason=place[1])

    def do(self):
        return self._set(self.after)

    def undo_it(self):
        return self._set(self.before)


class ResetOrderCommand(Command):
    def __init__(self, session, *, event_id: int, moved: list[tuple[int, int, str]]):
        super().__init__(session, tr("Reset order to the rule"))
        self.event_id = event_id
        self.moved = list(moved)  # (delegation id, position, reason) of every delegation moved by hand

    def do(self):
        from organiser.services.delegations import reset_order

        return reset_order(self.ws, event_id=self.resolve("event", self.event_id))

    def undo_it(self):
        from organiser.services.delegations import move_delegation

        change = None
        for delegation_id, position, reason in sorted(self.moved, key=lambda m: m[1]):
            change = move_delegation(self.ws, delegation_id=self.resolve("delegation", delegation_id),
                                     position=position, reason=reason)
        return change


# --- declaration ----------------------------------------------------------------------------------------

class CreateDeclarationCommand(Command):
    def __init__(self, session, *, event_id: int, title: str = ""):
        super().__init__(session, tr("Create declaration"))
        self.event_id = event_id
        self.title = title
        self.original_id: int | None = None

    def do(self):
        from organiser.services.declarations import create_declaration

        change = create_declaration(self.ws, event_id=self.resolve("event", self.event_id), title=self.title)
        new_id = change.added["declaration"][0]
        self.created("declaration", new_id)
        return change

    def undo_it(self):
        from organiser.services.declarations import delete_declaration

        return delete_declaration(self.ws, declaration_id=self.resolve("declaration", self.original_id))


class SetDeclarationClausesCommand(Command):
    def __init__(self, session, *, declaration_id: int, before: list[int], after: list[int], text: str):
        super().__init__(session, text)
        self.original_id = declaration_id
        self.before, self.after = list(before), list(after)

    def _set(self, clause_ids):
        from organiser.services.declarations import set_declaration_clauses

        return set_declaration_clauses(self.ws, declaration_id=self.resolve("declaration", self.original_id),
                                       clause_ids=[self.resolve("clause", i) for i in clause_ids])

    def do(self):
        return self._set(self.after)

    def undo_it(self):
        return self._set(self.before)


class SetDeclarationValueCommand(Command):
    def __init__(self, session, *, declaration_id: int, name: str, before: object, after: object):
        super().__init__(session, tr("Set") + f" {name.replace('_', ' ')}")
        self.original_id = declaration_id
        self.name = name
        self.before, self.after = before, after

    def _set(self, value):
        from organiser.services.declarations import set_declaration_value

        return set_declaration_value(self.ws, declaration_id=self.resolve("declaration", self.original_id),
                                     name=self.name, value=value)

    def do(self):
        return self._set(self.after)

    def undo_it(self):
        return self._set(self.before)


# --- reference data: states, organisations, institutions, persons -----------------------------------------

class SaveReferenceCommand(Command):
    """Create (``before`` is None) or change a state, organisation, institution or person (``kind``) with its
    names per language; undoing a creation removes the record again, which is refused while it is in use."""

    def __init__(self, session, *, kind: str, before, after, label: str = ""):
        verb = tr("New") if before is None else tr("Edit")
        super().__init__(session, f"{verb} {kind}" + (f" {label}" if label else ""))
        self.kind = kind
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.original_id = None if before is None else self._ident(before)

    def _ident(self, record):
        return record.code if self.kind in ("state", "organisation") else record.id

    def _save(self, record, *, new: bool):
        from organiser.services import delegations, reference

        record = copy.deepcopy(record)
        if self.kind == "state":
            return reference.save_state(self.ws, state=record, new=new), record
        if self.kind == "organisation":
            return reference.save_organisation(self.ws, organisation=record, new=new), record
        if self.kind in ("institution", "person"):
            record.id = None if new else self.resolve(self.kind, self.original_id)
            if self.kind == "institution":
                return reference.save_institution(self.ws, institution=record), record
            return delegations.save_person(self.ws, person=record), record
        raise ValueError(self.kind)

    def do(self):
        change, saved = self._save(self.after, new=self.before is None)
        if self.before is None:
            self.created(self.kind, self._ident(saved))  # a state's or organisation's code never changes
        return change

    def undo_it(self):
        if self.before is None:
            from organiser.services.reference import remove_unused

            key = self.original_id if self.kind in ("state", "organisation") else self.resolve(self.kind, self.original_id)
            return remove_unused(self.ws, kind=self.kind, key=key)
        return self._save(self.before, new=False)[0]


# --- workspace settings -----------------------------------------------------------------------------------

class SetTemplateFolderCommand(Command):
    """Use the Word templates of a folder (``after``), or the built-in ones (None)."""

    def __init__(self, session, *, before, after):
        super().__init__(session, tr("Use built-in Word templates") if after is None else tr("Set template folder"))
        self.before, self.after = before, after

    def _set(self, folder):
        from organiser.services.settings import set_template_folder

        return set_template_folder(self.ws, folder=folder)

    def do(self):
        return self._set(self.after)

    def undo_it(self):
        return self._set(self.before)


# --- clause library, drafts, revisions, next meeting (issue 6) ------------------------------------------

class SaveClauseCommand(Command):
    """Create a clause (``before`` is None: new or duplicated) or change one; undoing a creation removes it."""

    def __init__(self, session, *, before, after, text: str = ""):
        super().__init__(session, text or (tr("New clause") if before is None else tr("Edit clause")) + f" {after.key}")
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.original_id: int | None = None if before is None else before.id

    def do(self):
        from organiser.services.library import save_clause

        clause = copy.deepcopy(self.after)
        if self.before is None:
            clause.id = None
            change = save_clause(self.ws, clause=clause)
            self.created("clause", clause.id)
            return change
        clause.id = self.resolve("clause", self.original_id)
        return save_clause(self.ws, clause=clause)

    def undo_it(self):
        from organiser.services.library import delete_clause, save_clause

        current = self.resolve("clause", self.original_id)
        if self.before is None:
            return delete_clause(self.ws, clause_id=current)
        clause = copy.deepcopy(self.before)
        clause.id = current
        return save_clause(self.ws, clause=clause)


class SetClauseRetiredCommand(Command):
    def __init__(self, session, *, clause_id: int, retired: bool, key: str = ""):
        super().__init__(session, (tr("Retire clause") if retired else tr("Bring back clause")) + f" {key}")
        self.original_id = clause_id
        self.retired = retired

    def _set(self, retired: bool):
        from organiser.services.library import set_clause_retired

        return set_clause_retired(self.ws, clause_id=self.resolve("clause", self.original_id), retired=retired)

    def do(self):
        return self._set(self.retired)

    def undo_it(self):
        return self._set(not self.retired)


class RenameDeclarationCommand(Command):
    def __init__(self, session, *, declaration_id: int, before: str, after: str):
        super().__init__(session, tr("Rename draft"))
        self.original_id = declaration_id
        self.before, self.after = before, after

    def _set(self, title: str):
        from organiser.services.declarations import rename_declaration

        return rename_declaration(self.ws, declaration_id=self.resolve("declaration", self.original_id), title=title)

    def do(self):
        return self._set(self.after)

    def undo_it(self):
        return self._set(self.before)


class ChooseDeclarationCommand(Command):
    """Make a draft the one the event's screens and exports use."""

    def __init__(self, session, *, event_id: int, before: int | None, after: int | None):
        super().__init__(session, tr("Choose draft"))
        self.event_id = event_id
        self.before, self.after = before, after

    def _set(self, declaration_id: int | None):
        from organiser.services.declarations import choose_declaration

        return choose_declaration(self.ws, event_id=self.resolve("event", self.event_id),
                                  declaration_id=self.resolve("declaration", declaration_id))

    def do(self):
        return self._set(self.after)

    def undo_it(self):
        return self._set(self.before)


class DuplicateDeclarationCommand(Command):
    """A new draft holding what another holds now; undo deletes it."""

    def __init__(self, session, *, declaration_id: int, title: str):
        super().__init__(session, tr("New draft"))
        self.source_id = declaration_id
        self.title = title
        self.original_id: int | None = None

    def do(self):
        from organiser.services.declarations import duplicate_declaration

        change = duplicate_declaration(self.ws, declaration_id=self.resolve("declaration", self.source_id),
                                       title=self.title)
        new_id = change.added["declaration"][0]
        self.created("declaration", new_id)
        return change

    def undo_it(self):
        from organiser.services.declarations import delete_declaration

        return delete_declaration(self.ws, declaration_id=self.resolve("declaration", self.original_id))


class DeleteDeclarationCommand(Command):
    """Delete a draft; undo brings it back with its clauses, values and revisions."""

    def __init__(self, session, *, declaration_id: int):
        super().__init__(session, tr("Delete draft"))
        self.original_id = declaration_id
        self.snapshot = None
        self.revisions = []

    def do(self):
        from organiser.services.declarations import delete_declaration
        from organiser.services.revisions import list_revisions
        from organiser.storage import clauses as clause_store

        declaration_id = self.resolve("declaration", self.original_id)
        self.snapshot = copy.deepcopy(clause_store.declaration(self.ws.db, declaration_id))
        self.revisions = list_revisions(self.ws, declaration_id=declaration_id)
        return delete_declaration(self.ws, declaration_id=declaration_id)

    def undo_it(self):
        from organiser.services.revisions import restore_deleted_declaration

        declaration = copy.deepcopy(self.snapshot)
        declaration.event_id = self.resolve("event", declaration.event_id)
        declaration.clause_ids = [self.resolve("clause", i) for i in declaration.clause_ids]
        change = restore_deleted_declaration(self.ws, declaration=declaration, revisions=self.revisions)
        self.session.ids.remap("declaration", self.original_id, change.added["declaration"][0])
        return change


class SetDeclarationLanguagesCommand(Command):
    def __init__(self, session, *, declaration_id: int, before: list[str], after: list[str]):
        super().__init__(session, tr("Change the declaration's languages"))
        self.original_id = declaration_id
        self.before, self.after = list(before), list(after)

    def _set(self, languages):
        from organiser.services.declarations import set_declaration_languages

        return set_declaration_languages(self.ws, declaration_id=self.resolve("declaration", self.original_id),
                                         languages=list(languages))

    def do(self):
        return self._set(self.after)

    def undo_it(self):
        return self._set(self.before)


class SaveRevisionCommand(Command):
    """Save the draft as its next revision; undo removes that revision."""

    def __init__(self, session, *, declaration_id: int, author: str, comment: str):
        super().__init__(session, tr("Save revision"))
        self.original_id = declaration_id
        self.author, self.comment = author, comment
        self.number: int | None = None

    def do(self):
        from organiser.services.revisions import save_revision

        change = save_revision(self.ws, declaration_id=self.resolve("declaration", self.original_id),
                               author=self.author, comment=self.comment)
        self.number = change.added["revision"][0][1]
        return change

    def undo_it(self):
        from organiser.services.revisions import delete_revision

        return delete_revision(self.ws, declaration_id=self.resolve("declaration", self.original_id), number=self.number)


class RestoreRevisionCommand(Command):
    """Bring the draft back to a revision (saved as a new revision); undo returns the draft to what it held
    before, removes that new revision and the clause copies the restoring made."""

    def __init__(self, session, *, declaration_id: int, number: int, author: str):
        super().__init__(session, tr("Restore revision") + f" {number}")
        self.original_id = declaration_id
        self.number = number
        self.author = author
        self.before = None
        self.saved_number: int | None = None
        self.copies: tuple[int, ...] = ()

    def do(self):
        from organiser.services.revisions import current_snapshot, restore_revision

        declaration_id = self.resolve("declaration", self.original_id)
        self.before = current_snapshot(self.ws, declaration_id=declaration_id)
        change = restore_revision(self.ws, declaration_id=declaration_id, number=self.number, author=self.author)
        self.saved_number = change.added["revision"][0][1]
        self.copies = change.added.get("clause", ())
        return change

    def undo_it(self):
        from organiser.services.library import delete_clause
        from organiser.services.revisions import apply_snapshot, delete_revision

        declaration_id = self.resolve("declaration", self.original_id)
        change = apply_snapshot(self.ws, declaration_id=declaration_id, snapshot=self.before)
        delete_revision(self.ws, declaration_id=declaration_id, number=self.saved_number)
        for clause_id in self.copies:
            delete_clause(self.ws, clause_id=clause_id)
        return change


class CreateNextMeetingCommand(Command):
    """Plan the next meeting the declaration decides (its number, year and host state); undo deletes it."""

    def __init__(self, session, *, declaration_id: int):
        super().__init__(session, tr("Create the next meeting"))
        self.declaration_id = declaration_id
        self.original_id: int | None = None
        self.notes: tuple[str, ...] = ()

    def do(self):
        from organiser.services.declarations import create_next_meeting

        change = create_next_meeting(self.ws, declaration_id=self.resolve("declaration", self.declaration_id))
        self.notes = change.notes
        new_id = change.added["event"][0]
        self.created("event", new_id)
        return change

    def undo_it(self):
        from organiser.services.events import delete_event

        return delete_event(self.ws, event_id=self.resolve("event", self.original_id))


class ImportLibraryCommand(Command):
    """Import a clause library file with the drafter's choices; undo removes the clauses it added and gives
    the ones it replaced their workspace version back."""

    def __init__(self, session, *, library, take_theirs: set[str], keep_both: set[str]):
        super().__init__(session, tr("Import clause library"))
        self.library = copy.deepcopy(library)
        self.take_theirs, self.keep_both = set(take_theirs), set(keep_both)
        self.replaced = []
        self.added: tuple[int, ...] = ()
        self.notes: tuple[str, ...] = ()

    def do(self):
        from organiser.services.library import clauses, import_library

        before = {c.id: c for c in clauses(self.ws)}
        change = import_library(self.ws, library=self.library, take_theirs=self.take_theirs, keep_both=self.keep_both)
        self.replaced = [copy.deepcopy(before[i]) for i in change.updated.get("clause", ())]
        self.added = change.added.get("clause", ())
        self.notes = change.notes
        return change

    def undo_it(self):
        from organiser.services.library import delete_clause, save_clause

        change = None
        for clause_id in self.added:
            change = delete_clause(self.ws, clause_id=clause_id)
        for clause in self.replaced:
            change = save_clause(self.ws, clause=copy.deepcopy(clause))
        return change
