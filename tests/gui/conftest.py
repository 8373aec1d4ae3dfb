"""Fixtures of the window's tests: Qt offscreen, settings in a temporary folder, a workspace, the window,
and scripted answers to the window's questions (organiser.ui.dialogs)."""
from __future__ import annotations

import os
import tempfile

# Before Qt is imported (tests/conftest.py does the same; this file also works on its own).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ORGANISER_DATA_DIR", tempfile.mkdtemp(prefix="organiser-gui-data-"))

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from organiser.storage.db import open_workspace  # noqa: E402


def pytest_collection_modifyitems(items):
    # The offscreen platform says this for every window shown; it is about the platform, not the app.
    for item in items:
        if "tests/gui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    """QSettings in a temporary folder, in INI format: no test reads or writes the user's settings."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("organiser-tests")
    qapp.setApplicationName("organiser-tests")
    yield folder


@pytest.fixture
def workspace():
    """A workspace in memory with the sample council."""
    from organiser.services.exchange import add_sample

    ws = open_workspace(None)
    add_sample(ws)
    yield ws


@pytest.fixture
def empty_workspace():
    yield open_workspace(None)


class Answers:
    """Scripted answers to the window's questions; what was asked is kept in ``asked``, errors in ``errors``."""

    def __init__(self):
        self.yes_no: list[bool] = []
        self.texts: list[str | None] = []
        self.files: list[str | None] = []
        self.folders: list[str | None] = []
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.opened: list[str] = []
        self.choices: list[int | None] = []  # the index of the button chosen in ask_choice
        self.dialogs: list = []  # functions that answer a dialog of run_dialog, returning whether it was accepted


@pytest.fixture
def answers(monkeypatch):
    from organiser.ui import dialogs

    scripted = Answers()

    def pop(queue, question, default):
        scripted.asked.append(question)
        return queue.pop(0) if queue else default

    monkeypatch.setattr(dialogs, "show_error", lambda parent, text, title="": scripted.errors.append(text))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, text, title="": scripted.infos.append(text))
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, text, title="": pop(scripted.yes_no, text, False))
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, text="": pop(scripted.texts, label, None))
    monkeypatch.setattr(dialogs, "choose_folder", lambda parent, title, start="": pop(scripted.folders, title, None))
    monkeypatch.setattr(dialogs, "choose_open_file",
                        lambda parent, title, start="", filter="": pop(scripted.files, title, None))
    monkeypatch.setattr(dialogs, "choose_save_file",
                        lambda parent, title, start="", filter="": pop(scripted.files, title, None))
    monkeypatch.setattr(dialogs, "open_path", lambda path: scripted.opened.append(path) or True)
    monkeypatch.setattr(dialogs, "ask_choice",
                        lambda parent, text, choices, title="": pop(scripted.choices, f"{text} {choices}", None))
    monkeypatch.setattr(dialogs, "run_dialog",
                        lambda dialog: (scripted.dialogs.pop(0) if scripted.dialogs else (lambda d: False))(dialog))
    return scripted


@pytest.fixture
def make_window(qtbot, answers):
    """Build the main window on a workspace (closed with the window at the end of the test)."""
    from organiser.ui.main_window import MainWindow

    windows = []

    def make(ws):
        from organiser.ui.settings import Settings

        window = MainWindow(ws)
        qtbot.addWidget(window)
        if Settings().geometry("MainWindow") is None:
            window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window.session)
        return window

    yield make
    for session in windows:
        try:
            session.workspace.close()
        except RuntimeError:  # the window, and its session with it, is gone already
            pass


@pytest.fixture
def window(make_window, workspace):
    return make_window(workspace)
