"""Small things a user sees: the window's icon, the version in About, the status bar's count of events
kept current, and Open Recent offering the workspace the window started on."""
import datetime as dt

from PySide6.QtWidgets import QMessageBox

from organiser import __version__
from organiser.domain.model import Event, EventKind
from organiser.storage.db import open_workspace
from organiser.ui.commands.events import SaveEventCommand


def test_the_window_has_an_icon(window):
    assert not window.windowIcon().isNull()


def test_about_names_the_version(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.ui.action_about.trigger()
    assert shown and shown[0].startswith(f"organiser {__version__}")


def test_the_status_bar_counts_the_events_as_they_are_made_and_undone(window):
    assert window.statusBar().currentMessage().endswith(": 2 events")
    event = Event(kind=EventKind.SEMINAR, start_date=dt.date(2025, 9, 18), title={"en": "Seminar in Tashkent"})
    assert window.session.run(SaveEventCommand(window.session, before=None, after=event))
    assert window.statusBar().currentMessage().endswith(": 3 events")
    window.session.undo_stack.undo()
    assert window.statusBar().currentMessage().endswith(": 2 events")


def test_open_recent_offers_the_workspace_the_window_started_on(make_window, tmp_path):
    path = tmp_path / "office.sqlite"
    window = make_window(open_workspace(path))
    window.ui.menu_recent.aboutToShow.emit()
    assert str(path) in [action.text() for action in window.ui.menu_recent.actions()]
