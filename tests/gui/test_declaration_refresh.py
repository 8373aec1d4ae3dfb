"""The Declaration screen's panels refresh on the changes they show, and only on those: a value entered
resets neither the library nor the declaration's list, a programme edit leaves the preview alone, and a
change whose Change says less than it did (undoing a restored revision) still reaches the library."""
from __future__ import annotations

import copy

from organiser.domain.model import EventKind
from organiser.services import declarations, events, library
from organiser.ui.models.programme_model import ProgrammeModel
from organiser.ui.commands.declarations import RestoreRevisionCommand, SaveRevisionCommand
from organiser.ui.commands.library import SaveClauseCommand

from gui_helpers import click


def _meeting(ws):
    return next(e for e in events.list_events(ws) if e.kind is EventKind.COUNCIL_MEETING)


def _counter(signal) -> list:
    seen: list = []
    signal.connect(lambda *_arguments: seen.append(1))
    return seen


def test_a_value_entered_resets_neither_the_library_nor_the_declaration_list(qtbot, window):
    ws = window.session.workspace
    meeting = _meeting(ws)
    window.session.select_event(meeting.id)
    page = window.show_page("declaration")
    library_resets, list_resets = _counter(page.library.modelReset), _counter(page.entries.modelReset)
    page.ui.next_meeting_year.setText("2031")
    page.ui.next_meeting_year.editingFinished.emit()
    assert declarations.event_declaration(ws, event_id=meeting.id).values["next_meeting_year"] == 2031
    assert "in 2031 in" in page.preview_text()
    assert (library_resets, list_resets) == ([], [])
    page.set_languages(["en", "ru"])  # the declaration's languages: the list is made again
    assert list_resets and not library_resets


def test_a_programme_edit_leaves_the_declaration_preview_alone(qtbot, window, answers):
    ws = window.session.workspace
    meeting = _meeting(ws)
    window.session.select_event(meeting.id)
    page = window.show_page("declaration")
    rendered = _counter(page.ui.preview.textChanged)
    events_page = window.show_page("events")
    answers.texts.append("Opening of the meeting")
    click(qtbot, events_page.ui.add_item_button)
    programme = events_page.programme_model
    assert programme.setData(programme.index(0, ProgrammeModel.TIME), "09:30")
    assert [i.title["en"] for i in events.programme(ws, event_id=meeting.id)][-1] == "Opening of the meeting"
    assert rendered == []
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert rendered == []


def test_undoing_a_restored_revision_takes_its_clause_copies_out_of_the_library(qtbot, window):
    ws = window.session.workspace
    session = window.session
    meeting = _meeting(ws)
    session.select_event(meeting.id)
    page = window.show_page("declaration")
    draft = declarations.event_declaration(ws, event_id=meeting.id)
    assert session.run(SaveRevisionCommand(session, declaration_id=draft.id, author="Aida", comment=""))
    clause = library.get_clause(ws, clause_id=draft.clause_ids[-2])
    edited = copy.deepcopy(clause)
    edited.texts["en"] += " Changed since."
    assert session.run(SaveClauseCommand(session, before=clause, after=edited))
    restore = RestoreRevisionCommand(session, declaration_id=draft.id, number=1, author="Aida")
    assert session.run(restore)
    assert restore.copies

    def listed():
        return {page.library.clause_at(row).id for row in range(page.library.rowCount())}

    assert set(restore.copies) <= listed()
    window.action_undo.trigger()
    assert not set(restore.copies) & {c.id for c in library.clauses(ws)}
    assert not set(restore.copies) & listed()
