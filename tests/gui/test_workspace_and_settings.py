"""The Workspace menu, the remembered window state, shortcuts, the generated forms and the error dialog."""
from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QKeySequence

from organiser.domain.model import EventKind
from organiser.services import declarations, events
from organiser.storage.db import open_workspace
from organiser.ui.settings import Settings


def test_new_open_recent_and_save_a_copy(qtbot, window, answers, tmp_path):
    fresh = tmp_path / "fresh"
    answers.files.append(str(fresh))
    window.ui.action_new.trigger()
    assert window.session.workspace.path == fresh.with_suffix(".sqlite")
    assert events.list_events(window.session.workspace) == []
    assert window.windowTitle() == "organiser — fresh.sqlite"
    assert window.ui.event_label.text().startswith("No event selected")
    assert not window.ui.navigation.item(1).flags() & Qt.ItemFlag.ItemIsEnabled  # Delegations needs an event

    # Save a copy, then open the copy through Open Recent after opening it once.
    from organiser.services.exchange import add_sample

    add_sample(window.session.workspace)
    copy = tmp_path / "copy.sqlite"
    answers.files.append(str(copy))
    window.ui.action_save_copy.trigger()
    assert len(events.list_events(open_workspace(copy))) == 2
    answers.files.append(str(copy))
    window.ui.action_open.trigger()
    assert window.session.workspace.path == copy
    assert Settings().recent_workspaces[:2] == [str(copy.resolve()), str(fresh.with_suffix(".sqlite").resolve())]
    window.ui.menu_recent.aboutToShow.emit()
    recent = [a.text() for a in window.ui.menu_recent.actions()]
    assert recent[:2] == [str(copy.resolve()), str(fresh.with_suffix(".sqlite").resolve())]
    window.ui.menu_recent.actions()[1].trigger()
    assert window.session.workspace.path == fresh.with_suffix(".sqlite").resolve()
    assert window.session.undo_stack.count() == 0


def test_new_workspace_over_an_existing_file_is_refused(qtbot, window, answers, tmp_path):
    existing = tmp_path / "old.sqlite"
    existing.write_bytes(b"")
    current = window.session.workspace
    answers.files.append(str(existing))
    window.ui.action_new.trigger()
    assert window.session.workspace is current
    assert "already exists" in answers.errors[0]


def test_window_state_and_language_are_remembered(qtbot, make_window, workspace):
    first = make_window(workspace)
    first.resize(790, 700)
    first.ui.main_splitter.setSizes([240, 449])
    first.ui.language_combo.setCurrentIndex(first.ui.language_combo.findData("az"))
    first.pages["events"].ui.splitter.setSizes([200, 240])
    first.close()
    assert Settings().editing_language == "az"
    assert Settings().splitter("main") == first.ui.main_splitter.saveState()
    assert Settings().splitter("events") == first.pages["events"].ui.splitter.saveState()
    # (Restored sizes are not compared: the offscreen screen, 800 pixels wide, squeezes the panes to their
    # minimum widths whatever was saved.)

    second = make_window(open_workspace(None))
    assert second.size().height() == 700  # the offscreen screen is 800 wide: the width is clamped
    assert second.session.language == "az"
    assert second.ui.language_combo.currentData() == "az"


def test_editing_language_shows_the_names_of_that_language(qtbot, window):
    page = window.pages["events"]
    seminar = next(e for e in events.list_events(window.session.workspace) if e.kind is EventKind.SEMINAR)
    window.session.select_event(seminar.id)
    window.ui.language_combo.setCurrentIndex(window.ui.language_combo.findData("az"))
    assert page.form.ui.title.text() == seminar.title["az"]
    window.ui.language_combo.setCurrentIndex(window.ui.language_combo.findData("en"))
    assert page.form.ui.title.text() == seminar.title["en"]


def test_closing_the_window_saves_pending_edits(qtbot, make_window, tmp_path):
    path = tmp_path / "w.sqlite"
    ws = open_workspace(path)
    from organiser.services.exchange import add_sample

    add_sample(ws)
    window = make_window(ws)
    meeting = next(e for e in events.list_events(ws) if e.kind is EventKind.COUNCIL_MEETING)
    window.session.select_event(meeting.id)
    window.pages["events"].form.ui.venue.setText("Ala-Too Square")
    window.close()
    ws.close()
    reopened = open_workspace(path)
    assert events.get_event(reopened, event_id=meeting.id).venue["en"] == "Ala-Too Square"
    reopened.close()
    assert sqlite3.connect(path).execute("pragma application_id").fetchone()[0] == 0x4F524741


def test_standard_shortcuts(window):
    ui = window.ui
    assert ui.action_new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert ui.action_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.action_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.action_redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert ui.action_find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.action_export.shortcut() == QKeySequence("Ctrl+E")
    assert [a.shortcut().toString() for a in window.go_actions] == [f"Ctrl+{n}" for n in range(1, 7)]


def test_find_focuses_the_screens_search_field(qtbot, window):
    window.activateWindow()
    window.ui.action_find.trigger()
    assert window.pages["events"].ui.event_filter.hasFocus()
    qtbot.keyClicks(window.pages["events"].ui.event_filter, "Bishkek")
    assert window.pages["events"].events_proxy.rowCount() == 1


def test_screens_need_an_event(qtbot, make_window, empty_workspace):
    window = make_window(empty_workspace)
    assert window.session.event_id is None
    assert window.pages["events"].hint.isVisible() and not window.pages["events"].ui.event_group.isVisible()
    window.go_actions[1].trigger()
    assert window.current_key() == "events"
    assert not window.action_export.isEnabled()
    qtbot.mouseClick(window.pages["events"].ui.new_button, Qt.MouseButton.LeftButton)
    assert window.pages["events"].ui.event_group.isVisible()
    window.pages["events"].form.ui.title.setText("Working meeting")
    qtbot.mouseClick(window.pages["events"].form.ui.save_button, Qt.MouseButton.LeftButton)
    window.go_actions[3].trigger()
    assert window.current_key() == "declaration"
    assert window.action_export.isEnabled()


def test_the_latest_event_is_selected_at_start(window):
    latest = events.list_events(window.session.workspace)[-1]
    assert window.session.event_id == latest.id
    assert window.pages["events"].form.ui.title.text() == latest.title["en"]


def test_drags_become_undoable_moves(qtbot, window):
    ws = window.session.workspace
    meeting = next(e for e in events.list_events(ws) if e.kind is EventKind.COUNCIL_MEETING)
    window.session.select_event(meeting.id)
    page = window.show_page("declaration")
    before = declarations.event_declaration(ws, event_id=meeting.id).clause_ids
    # A clause dragged from the library onto the declaration, then a row dragged within it.
    library_index = page.library.index(2)
    data = page.library.mimeData([library_index])
    page.entries.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: len(declarations.event_declaration(ws, event_id=meeting.id).clause_ids) == len(before) + 1)
    moved = page.entries.mimeData([page.entries.index(0)])
    page.entries.dropMimeData(moved, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    qtbot.waitUntil(lambda: declarations.event_declaration(ws, event_id=meeting.id).clause_ids[2] == library_index.data(0x0100))
    assert window.session.undo_stack.count() == 2
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert declarations.event_declaration(ws, event_id=meeting.id).clause_ids == before
    assert isinstance(data, QMimeData)


def test_generated_forms_are_up_to_date(tmp_path):
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "tools"))
    try:
        import generate_forms
    finally:
        sys.path.remove(str(root / "tools"))
    generate_forms.main(tmp_path)
    for generated in sorted(tmp_path.glob("ui_*.py")):
        committed = root / "organiser" / "ui" / "forms" / generated.name
        assert committed.read_text(encoding="utf-8") == generated.read_text(encoding="utf-8"), generated.name
    assert {p.name for p in tmp_path.glob("ui_*.py")} == {p.name for p in (root / "organiser/ui/forms").glob("ui_*.py")}


def test_an_unexpected_error_is_logged_and_reported_kindly(monkeypatch, caplog):
    from PySide6.QtWidgets import QMessageBox

    from organiser.ui import application

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        with caplog.at_level(logging.ERROR, logger="organiser.ui"):
            application._report_unexpected(*sys.exc_info())
    assert "Something went wrong that organiser did not expect" in shown[0]
    assert "boom" not in shown[0]  # no traceback or internal detail in the dialog
    assert caplog.records[0].exc_info[1].args == ("boom",)
