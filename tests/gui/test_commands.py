"""The bases of the window's commands (organiser.ui.commands.base), each through one real command on a
sample workspace: what the services read back after do, undo and redo, what a refused service shows,
how re-created records keep their first id; and how the commands' source keeps its rules."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from organiser.domain.model import DelegationKind, EventKind, Institution, Person, PersonName, Role
from organiser.services import declarations, delegations, events, reference, reference_data
from organiser.services.settings import template_folder
from organiser.ui.commands.declarations import DuplicateDeclarationCommand, RenameDeclarationCommand
from organiser.ui.commands.delegations import AddDelegationCommand, RemoveMemberCommand, SetMemberRoleCommand
from organiser.ui.commands.events import SaveProgrammeCommand
from organiser.ui.commands.reference import SaveReferenceCommand
from organiser.ui.commands.settings import SetTemplateFolderCommand
from organiser.ui.session import Session
from organiser.ui.settings import Settings

COMMANDS = Path(__file__).resolve().parents[2] / "organiser" / "ui" / "commands"


@pytest.fixture
def session(workspace, answers):
    return Session(workspace, Settings())


@pytest.fixture
def changes(session):
    seen = []
    session.data_changed.connect(seen.append)
    return seen


def _meeting(ws):
    return next(e for e in events.list_events(ws) if e.kind is EventKind.COUNCIL_MEETING)


def _draft(ws):
    return declarations.event_declaration(ws, event_id=_meeting(ws).id)


def _title(ws, declaration_id):
    return declarations.get_declaration(ws, declaration_id=declaration_id).title


def _draft_titles(ws):
    return {d.id: d.title for d in declarations.event_declarations(ws, event_id=_meeting(ws).id)}


# --- ValueChange ------------------------------------------------------------------------------------------

def test_a_value_change_sets_after_then_before_then_after_again(session, changes):
    ws = session.workspace
    draft = _draft(ws)
    command = RenameDeclarationCommand(session, declaration_id=draft.id, before=draft.title, after="Final text")

    assert session.run(command)
    assert _title(ws, draft.id) == "Final text"
    assert session.undo_stack.count() == 1 and session.undo_stack.undoText() == "Rename draft"
    session.undo_stack.undo()
    assert _title(ws, draft.id) == draft.title
    session.undo_stack.redo()
    assert _title(ws, draft.id) == "Final text"
    # The screens heard the service's change after the first doing, the undo and the redo: the push did
    # not do it a second time.
    assert [c.updated for c in changes] == [{"declaration": (draft.id,)}] * 3


def test_a_refused_value_change_shows_the_error_and_pushes_nothing(session, changes, answers):
    ws = session.workspace
    draft = _draft(ws)
    command = RenameDeclarationCommand(session, declaration_id=draft.id, before=draft.title, after="x" * 301)

    assert not session.run(command)
    assert session.undo_stack.count() == 0 and not session.undo_stack.canUndo()
    assert _title(ws, draft.id) == draft.title
    assert len(answers.errors) == 1 and "title" in answers.errors[0].lower()
    assert changes == []


def test_an_undo_the_service_refuses_is_shown_and_the_screens_reload(session, changes, answers):
    ws = session.workspace
    draft = _draft(ws)
    assert session.run(RenameDeclarationCommand(session, declaration_id=draft.id, before=draft.title, after="Final"))
    other = declarations.duplicate_declaration(ws, declaration_id=draft.id, title="Copy").added["declaration"][0]
    declarations.choose_declaration(ws, event_id=_meeting(ws).id, declaration_id=other)
    declarations.delete_declaration(ws, declaration_id=draft.id)  # behind the stack's back

    session.undo_stack.undo()
    assert answers.errors == [f"Cannot undo “Rename draft”: declaration: there is no declaration {draft.id}."]
    assert changes[-1].everything  # what changed is not known: every screen reloads
    assert draft.id not in _draft_titles(ws) and _draft_titles(ws)[other] == "Copy"


def test_a_value_change_of_nothing_to_something_and_back(session, tmp_path):
    ws = session.workspace
    folder = tmp_path / "templates"
    folder.mkdir()
    assert session.run(SetTemplateFolderCommand(session, before=None, after=str(folder)))
    assert template_folder(ws) == folder.resolve()
    session.undo_stack.undo()
    assert template_folder(ws) is None
    session.undo_stack.redo()
    assert template_folder(ws) == folder.resolve()


# --- Creation ---------------------------------------------------------------------------------------------

def test_a_creation_is_removed_by_undo_and_made_again_under_its_first_id(session):
    ws = session.workspace
    draft = _draft(ws)
    drafts_before = _draft_titles(ws)
    command = DuplicateDeclarationCommand(session, declaration_id=draft.id, title="Second reading")

    assert session.run(command)
    first = command.original_id
    assert first not in drafts_before and _draft_titles(ws)[first] == "Second reading"
    session.undo_stack.undo()
    assert _draft_titles(ws) == drafts_before
    # Another draft takes the next id, so the redo stores the duplicate under a new one.
    taken = declarations.duplicate_declaration(ws, declaration_id=draft.id, title="Taken").added["declaration"][0]
    session.undo_stack.redo()
    (new_id,) = [i for i, title in _draft_titles(ws).items() if title == "Second reading"]
    assert new_id != first
    assert session.ids.resolve("declaration", first) == new_id and command.original_id == first

    # A command made with the first id works on the draft made again.
    assert session.run(RenameDeclarationCommand(session, declaration_id=first, before="Second reading",
                                                after="Third reading"))
    assert _title(ws, new_id) == "Third reading" and _title(ws, taken) == "Taken"


def test_a_creation_the_service_refuses_pushes_nothing(session, answers):
    ws = session.workspace
    meeting = _meeting(ws)
    present = next(d for d in delegations.event_delegations(ws, event_id=meeting.id) if d.state is not None)
    count = len(delegations.event_delegations(ws, event_id=meeting.id))
    command = AddDelegationCommand(session, event_id=meeting.id, kind=DelegationKind.STATE,
                                   state_code=present.state.code, label=present.state.code)

    assert not session.run(command)
    assert answers.errors and "already has a delegation" in answers.errors[0]
    assert session.undo_stack.count() == 0 and command.original_id is None
    assert len(delegations.event_delegations(ws, event_id=meeting.id)) == count


# --- Save ---------------------------------------------------------------------------------------------

def test_a_save_creates_or_changes_a_record_and_undo_reverses_either(session):
    ws = session.workspace
    academy = Institution(key="", names={"en": "Academy of Justice"})
    create = SaveReferenceCommand(session, kind="institution", before=None, after=academy, label="Academy of Justice")

    assert session.run(create)
    assert create.text() == "New institution Academy of Justice"
    first = create.original_id
    assert reference_names(ws)[first] == "Academy of Justice"
    session.undo_stack.undo()
    assert first not in reference_names(ws)
    taken = Institution(key="", names={"en": "Taken"})
    reference.save_institution(ws, institution=taken)
    session.undo_stack.redo()
    new_id = session.ids.resolve("institution", first)
    assert new_id != first and new_id != taken.id
    assert reference_names(ws)[new_id] == "Academy of Justice" and reference_names(ws)[taken.id] == "Taken"

    # Changing it: undo gives the names before back, on the id it has now.
    before = reference_data.reference_data(ws)["institutions"][new_id]
    after = Institution(key=before.key, names={"en": "Justice Academy"}, id=before.id)
    edit = SaveReferenceCommand(session, kind="institution", before=before, after=after)
    assert session.run(edit) and edit.text() == "Edit institution"
    assert reference_names(ws)[new_id] == "Justice Academy"
    session.undo_stack.undo()
    assert reference_names(ws)[new_id] == "Academy of Justice"
    session.undo_stack.redo()
    assert reference_names(ws)[new_id] == "Justice Academy"


def reference_names(ws) -> dict[int, str]:
    return {i: institution.names.get("en") for i, institution in reference_data.reference_data(ws)["institutions"].items()}


# --- Removal ----------------------------------------------------------------------------------------------

def test_a_removal_is_restored_in_place_and_later_commands_follow_the_new_id(session):
    ws = session.workspace
    seminar = next(e for e in events.list_events(ws) if e.kind is EventKind.SEMINAR)
    delegation = next(d for d in delegations.event_delegations(ws, event_id=seminar.id) if len(d.members) >= 2)

    def members():
        current = next(d for d in delegations.event_delegations(ws, event_id=seminar.id) if d.id == delegation.id)
        return [(m.id, m.person.id, m.role) for m in current.members]

    before = members()
    member = delegation.members[0]
    command = RemoveMemberCommand(session, delegation_id=delegation.id, member_id=member.id,
                                  person_id=member.person.id, role=member.role, position=0, label="x")
    assert session.run(command) and command.text() == "Remove member x"
    assert [p for _, p, _ in members()] == [p for _, p, _ in before[1:]]
    session.undo_stack.undo()
    restored = members()
    assert [(p, r) for _, p, r in restored] == [(p, r) for _, p, r in before]
    assert session.ids.resolve("member", member.id) == restored[0][0]
    # Redo removes the member under its new id; undo stores it once more, under yet another.
    session.undo_stack.redo()
    assert [p for _, p, _ in members()] == [p for _, p, _ in before[1:]]
    session.undo_stack.undo()
    again = members()
    assert [(p, r) for _, p, r in again] == [(p, r) for _, p, r in before]
    assert session.ids.resolve("member", member.id) == again[0][0]

    # A command made with the id the member had before the removal works on it.
    role = Role.MEMBER if member.role is not Role.MEMBER else Role.LECTURER
    assert session.run(SetMemberRoleCommand(session, member_id=member.id, before=member.role, after=role))
    assert members()[0][2] is role
    session.undo_stack.undo()
    assert members()[0][2] is member.role


# --- texts ------------------------------------------------------------------------------------------------

class Shouting(QTranslator):
    """Translates the context "commands" into capitals, so a text that skipped translation shows."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context == "commands" else None


def test_command_texts_are_translated_as_whole_sentences(session, qapp):
    translator = Shouting()
    qapp.installTranslator(translator)
    try:
        add = AddDelegationCommand(session, event_id=1, kind=DelegationKind.STATE, state_code="kg",
                                   label="Kyrgyz Republic")
        person = Person(key="", names={"en": PersonName(given_name="Ali", surname="Aliyev")})
        new_person = SaveReferenceCommand(session, kind="person", before=None, after=person, label="Aliyev")
        assert add.text() == "ADD DELEGATION Kyrgyz Republic"
        assert AddDelegationCommand(session, event_id=1, kind=DelegationKind.STATE).text() == "ADD DELEGATION"
        assert new_person.text() == "NEW PERSON Aliyev"
        assert SetTemplateFolderCommand(session, before="x", after=None).text() == "USE BUILT-IN WORD TEMPLATES"
        # A text the screen gives (marked where it is written) is translated by the command.
        moved = SaveProgrammeCommand(session, event_id=1, before=[], after=[], text="Move programme item")
        assert moved.text() == "MOVE PROGRAMME ITEM"
    finally:
        qapp.removeTranslator(translator)


def _sources():
    return sorted(COMMANDS.glob("*.py"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.name)
def test_the_commands_source_keeps_its_rules(path):
    """Imports at the top only and never of storage; texts marked for lupdate with their context and
    whole sentence; a docstring on every class; no module over 400 lines."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    assert len(text.splitlines()) <= 400
    top = set(tree.body)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            assert node in top, f"{path.name}:{node.lineno} imports inside a function"
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            assert not any(n == "organiser.storage" or n.startswith("organiser.storage.") for n in names), \
                f"{path.name}:{node.lineno} imports storage"
        if isinstance(node, ast.ClassDef):
            assert ast.get_docstring(node), f"{path.name}: {node.name} has no docstring"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            where = f"{path.name}:{node.lineno}"
            assert node.func.id != "tr", f"{where}: lupdate extracts a bare tr() without its context"
            if node.func.id in ("translate", "QT_TRANSLATE_NOOP"):
                context, source = node.args[:2]
                assert isinstance(context, ast.Constant) and context.value == "commands", where
                # translate() may be given a text marked with QT_TRANSLATE_NOOP elsewhere; a mark is literal
                if node.func.id == "QT_TRANSLATE_NOOP":
                    assert isinstance(source, ast.Constant) and isinstance(source.value, str), where


def test_a_new_draft_is_chosen_in_the_same_step_and_one_undo_takes_both_back(workspace, answers):
    from organiser.domain.model import EventKind
    from organiser.ui.session import Session
    from organiser.ui.settings import Settings

    session = Session(workspace, Settings())
    meeting = next(e for e in events.list_events(workspace) if e.kind is EventKind.COUNCIL_MEETING)
    draft = declarations.event_declaration(workspace, event_id=meeting.id)
    chosen_before = declarations.chosen_declaration_id(workspace, event_id=meeting.id)
    command = DuplicateDeclarationCommand(session, declaration_id=draft.id, title="Second reading", chosen_for=meeting.id)
    assert session.run(command)
    assert session.undo_stack.count() == 1
    new_id = command.original_id
    assert declarations.chosen_declaration_id(workspace, event_id=meeting.id) == new_id
    session.undo_stack.undo()
    assert [d.id for d in declarations.event_declarations(workspace, event_id=meeting.id)] == [draft.id]
    assert declarations.chosen_declaration_id(workspace, event_id=meeting.id) == chosen_before
    session.undo_stack.redo()
    assert declarations.event_declaration(workspace, event_id=meeting.id).title == "Second reading"
    assert answers.errors == []


def test_drafts_are_listed_by_title_or_place_never_by_database_id():
    from types import SimpleNamespace

    from organiser.ui.declaration.drafts_bar import draft_labels

    drafts = [SimpleNamespace(title="Declaration of the 4th meeting", id=7), SimpleNamespace(title="", id=9),
              SimpleNamespace(title="Alternative", id=12), SimpleNamespace(title="Alternative", id=15)]
    assert draft_labels(drafts) == ["Declaration of the 4th meeting", "Draft 2", "Alternative (3)", "Alternative (4)"]
