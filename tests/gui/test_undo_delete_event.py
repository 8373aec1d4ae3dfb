"""Undoing the deletion of an event brings back its drafts exactly: their revisions and the chosen one,
so that undoing what came before still works."""
from organiser.domain.model import EventKind
from organiser.services import declarations, events, revisions
from organiser.ui.commands.declarations import ChooseDeclarationCommand, DuplicateDeclarationCommand, SaveRevisionCommand
from organiser.ui.commands.events import DeleteEventCommand
from organiser.ui.session import Session
from organiser.ui.settings import Settings


def _meeting(ws):
    return next(e for e in events.list_events(ws) if e.kind is EventKind.COUNCIL_MEETING)


def _drafts(ws, event_id):
    return [(d.title, d.chosen, [(r.number, r.author, r.comment) for r in revisions.list_revisions(ws, declaration_id=d.id)])
            for d in declarations.event_declarations(ws, event_id=event_id)]


def test_undoing_a_deleted_event_gives_back_its_revisions_and_chosen_draft(workspace, answers):
    session = Session(workspace, Settings())
    meeting = _meeting(workspace)
    first = declarations.event_declaration(workspace, event_id=meeting.id)
    assert session.run(SaveRevisionCommand(session, declaration_id=first.id, author="Ayşe", comment="agreed text"))
    assert session.run(DuplicateDeclarationCommand(session, declaration_id=first.id, title="Alternative"))
    assert session.run(ChooseDeclarationCommand(session, event_id=meeting.id, before=None, after=first.id))
    before = _drafts(workspace, meeting.id)
    assert before[0][1] is True and before[0][2] == [(1, "Ayşe", "agreed text")]

    assert session.run(DeleteEventCommand(session, event_id=meeting.id))
    assert not [e for e in events.list_events(workspace) if e.kind is EventKind.COUNCIL_MEETING]
    session.undo_stack.undo()
    assert _drafts(workspace, _meeting(workspace).id) == before

    # What came before the deletion can still be undone, one step at a time, without an error.
    for _ in range(3):
        session.undo_stack.undo()
    assert answers.errors == []
    assert _drafts(workspace, _meeting(workspace).id) == [(before[0][0], False, [])]
    session.undo_stack.redo()
    assert _drafts(workspace, _meeting(workspace).id)[0][2] == [(1, "Ayşe", "agreed text")]
