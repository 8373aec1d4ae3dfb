"""Workspace ▸ Restore from Backup…, and a window on a workspace another organiser has (read-only)."""
from __future__ import annotations

import datetime as dt
import hashlib
import stat

import pytest
from PySide6.QtCore import Qt

from organiser.services import events
from organiser.services.exchange import add_sample
from organiser.storage.db import backup_folder, open_workspace

from gui_helpers import click


def _sample_workspace(path):
    workspace = open_workspace(path)
    add_sample(workspace)
    workspace.close()
    return open_workspace(path)  # the first open of the day backs up the sample


def test_restore_a_backup_from_the_window(qtbot, make_window, answers, tmp_path):
    path = tmp_path / "w.sqlite"
    window = make_window(_sample_workspace(path))
    ws = window.session.workspace
    window.session.select_event(None)
    for event in events.list_events(ws):  # a careless afternoon: every event deleted
        window.session.notify(events.delete_event(ws, event_id=event.id))

    window.ui.menu_workspace.aboutToShow.emit()
    assert window.action_restore_backup.isEnabled()
    assert window.action_restore_backup in window.ui.menu_workspace.actions()
    from organiser.ui.backups_dialog import BackupsDialog

    dialog = BackupsDialog(window.session, window)
    qtbot.addWidget(dialog)
    model = dialog.ui.backups_view.model()
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in (1, 2)] == ["daily", "2"]
    assert model.index(0, 4).data() == f"w-{dt.date.today().isoformat()}.sqlite"
    assert dialog.ui.folder_label.text() == f"Kept in {backup_folder(path)}"

    answers.yes_no.append(False)  # asked first; "no" changes nothing
    click(qtbot, dialog.ui.restore_button)
    assert events.list_events(ws) == [] and dialog.result() != BackupsDialog.DialogCode.Accepted
    answers.yes_no.append(True)
    click(qtbot, dialog.ui.restore_button)
    assert "backed up first" in answers.asked[-1]
    assert dialog.result() == BackupsDialog.DialogCode.Accepted
    assert window.session.workspace is ws and not ws.read_only
    assert len(events.list_events(ws)) == 2
    assert window.pages["events"].events_model.rowCount() == 2  # every screen shows the restored content

    # The state before the restore (no events) is a backup of its own, private, and can be restored back.
    again = BackupsDialog(window.session, window)
    qtbot.addWidget(again)
    rows = [[again.model.index(r, c).data() for c in (1, 2)] for r in range(again.model.rowCount())]
    assert rows == [["before a restore", "0"], ["daily", "2"]]
    before = again.model.record_at(0).path
    assert stat.S_IMODE(before.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_folder(path).stat().st_mode) == 0o700
    answers.yes_no.append(True)
    assert again.restore()
    assert events.list_events(ws) == []


def test_a_workspace_in_use_opens_read_only_in_the_window(qtbot, make_window, answers, tmp_path):
    path = tmp_path / "w.sqlite"
    first = _sample_workspace(path)  # "another organiser" holding it
    try:
        window = make_window(open_workspace(path))
        ws = window.session.workspace
        assert ws.read_only and window.session.read_only
        assert window.windowTitle() == "organiser — w.sqlite (read-only)"
        assert window.read_only_label.text() == "Read-only" and window.read_only_label.isVisible()
        qtbot.waitUntil(lambda: answers.infos != [])
        assert answers.infos == [ws.notice[0].upper() + ws.notice[1:] + "."]
        assert "in use by another organiser (pid" in answers.infos[0]
        assert not window.action_restore_backup.isEnabled()

        meeting = next(e for e in events.list_events(ws) if e.ordinal == 3)
        window.session.select_event(meeting.id)
        page = window.pages["events"]
        page.form.ui.venue.setText("Somewhere else")
        page.commit_pending()
        assert len(answers.errors) == 1 and "is open read-only" in answers.errors[0]
        assert "nothing was changed" in answers.errors[0]
        assert events.get_event(first, event_id=meeting.id).venue == meeting.venue
        assert window.session.undo_stack.count() == 0
    finally:
        first.close()


def test_opening_the_open_workspace_again_keeps_it_editable(qtbot, make_window, answers, tmp_path):
    path = tmp_path / "w.sqlite"
    window = make_window(_sample_workspace(path))
    answers.files.append(str(path))
    window.ui.action_open.trigger()
    assert not window.session.workspace.read_only and answers.infos == []
    assert window.statusBar().currentMessage() == f"{path} is the workspace open in this window"


# --- a workspace that cannot be opened (issue 15) -----------------------------------------------------------

def _damaged_with_a_backup(path):
    _sample_workspace(path).close()  # a good backup of today
    data = bytearray(path.read_bytes())
    data[4 * 4096 + 8: 4 * 4096 + 40] = b"\xff" * 32  # a page of a table overwritten
    path.write_bytes(bytes(data))
    return hashlib.sha256(bytes(data)).hexdigest()


def _restore_first(answers):
    def answer(dialog):
        assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "daily"
        answers.yes_no.append(True)
        return dialog.restore()
    return answer


def _kept_refused_file(path):
    [kept] = [p for p in path.parent.iterdir() if p.name.startswith(f"{path.name}.refused-")]
    return hashlib.sha256(kept.read_bytes()).hexdigest()


def test_a_damaged_workspace_opened_from_the_window_offers_its_backups(qtbot, make_window, answers, tmp_path):
    path = tmp_path / "w.sqlite"
    damaged = _damaged_with_a_backup(path)
    window = make_window(open_workspace(None))
    answers.files.append(str(path))
    answers.choices.append(1)  # "Keep the current workspace": nothing happens to either
    window.ui.action_open.trigger()
    assert f"{path} was not opened: the file is damaged: On tree page 5 cell 0" in answers.asked[-1]
    assert "Restore from Backup…" in answers.asked[-1] and window.session.workspace.path is None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == damaged

    answers.files.append(str(path))
    answers.choices.append(0)
    answers.dialogs.append(_restore_first(answers))
    window.ui.action_open.trigger()
    assert "in place of w.sqlite, and open it?" in answers.asked[-1]
    ws = window.session.workspace
    assert ws.path == path and not ws.read_only and len(events.list_events(ws)) == 2
    assert window.windowTitle() == "organiser — w.sqlite"
    assert _kept_refused_file(path) == damaged  # the damaged file is kept, byte for byte
    assert answers.errors == []


def test_a_workspace_that_cannot_be_opened_at_start_offers_restore(qtbot, answers, tmp_path, monkeypatch, capsys):
    from organiser.app import main
    from organiser.ui import application

    path = tmp_path / "w.sqlite"
    damaged = _damaged_with_a_backup(path)
    opened = []
    monkeypatch.setattr(application, "run_window", lambda workspace: opened.append(workspace) or 0)

    answers.choices.append(1)  # Quit
    assert main(["--workspace", str(path)]) == 1
    assert opened == [] and "the file is damaged" in capsys.readouterr().err
    assert "'Quit'" in answers.asked[-1]

    answers.choices.extend([0, 0])  # Restore from Backup…, but close the list; then again, and restore
    answers.dialogs.extend([lambda dialog: False, _restore_first(answers)])
    assert main(["--workspace", str(path)]) == 0
    [workspace] = opened
    try:
        assert workspace.path == path and len(events.list_events(workspace)) == 2
    finally:
        workspace.close()
    assert _kept_refused_file(path) == damaged


def test_a_refused_workspace_without_backups_at_start_is_said_in_a_dialog(qtbot, answers, tmp_path, monkeypatch):
    from organiser.app import main
    from organiser.ui import application

    path = tmp_path / "empty.sqlite"
    path.touch()
    monkeypatch.setattr(application, "run_window", lambda workspace: pytest.fail("nothing to open"))
    assert main(["--workspace", str(path)]) == 1
    assert answers.errors == [f"{path} is empty (0 bytes), not an organiser workspace; a new workspace is made "
                              "only where no file exists yet."]
    assert answers.choices == [] and path.read_bytes() == b""


def test_opening_the_open_workspace_by_a_hard_link_keeps_it_editable(qtbot, make_window, answers, tmp_path):
    import os

    path = tmp_path / "w.sqlite"
    window = make_window(_sample_workspace(path))
    os.link(path, tmp_path / "alias.sqlite")
    answers.files.append(str(tmp_path / "alias.sqlite"))
    window.ui.action_open.trigger()
    assert window.session.workspace.path == path and not window.session.workspace.read_only
    assert window.statusBar().currentMessage() == f"{tmp_path / 'alias.sqlite'} is the workspace open in this window"
