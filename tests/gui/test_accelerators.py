"""Each window and dialog uses an Alt+letter accelerator only once: the screens shown with the menubar
and every dialog form of organiser/ui/forms."""
from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QTabWidget, QWidget

from organiser.ui.screens import SCREENS


def accelerator(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased, or None."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def test_accelerator_reads_the_letter_after_a_single_ampersand():
    assert accelerator("Save &event") == "e"
    assert accelerator("Tom && Jerry") is None
    assert accelerator("A && B &Cut") == "c"


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(text, where) of the labels, buttons, group boxes and tabs visible in root."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((widget.text(), widget.objectName()))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), widget.objectName()))
        if isinstance(widget, QTabWidget):
            found += [(widget.tabText(i), f"{widget.objectName()} tab {i}") for i in range(widget.count())
                      if widget.isTabVisible(i)]
    return found


def clashes(texts: list[tuple[str, str]]) -> dict[str, list[str]]:
    users = defaultdict(list)
    for text, where in texts:
        letter = accelerator(text)
        if letter is not None:
            users[letter].append(f"{where} {text!r}")
    return {letter: names for letter, names in users.items() if len(names) > 1}


def test_clashes_are_found():
    assert clashes([("&Save", "a"), ("&save", "b"), ("&Open", "c")]) == {"s": ["a '&Save'", "b '&save'"]}


@pytest.mark.parametrize("key", [screen.key for screen in SCREENS])
def test_each_screen_with_the_menubar_uses_each_accelerator_once(window, qtbot, key):
    window.show_page("events")
    window.show_page(key)
    qtbot.wait(10)
    menus = [(action.text(), "menubar") for action in window.menuBar().actions() if action.isVisible()]
    assert menus, "the menubar has no menus"
    texts = menus + visible_texts(window)
    assert any(where != "menubar" for _, where in texts if accelerator(_))
    assert clashes(texts) == {}, clashes(texts)


def dialog_forms():
    from organiser.ui import forms

    for info in pkgutil.iter_modules(forms.__path__):
        module = importlib.import_module(f"organiser.ui.forms.{info.name}")
        for name in dir(module):
            if name.startswith("Ui_"):
                yield pytest.param(getattr(module, name), id=info.name)


@pytest.mark.parametrize("form", list(dialog_forms()))
def test_each_form_uses_each_accelerator_once(qtbot, form):
    from PySide6.QtWidgets import QMainWindow

    ui = form()
    kind = QMainWindow if "MainWindow" in form.__name__ else (
        QDialog if "Dialog" in form.__name__ or "Editor" in form.__name__ or "Import" in form.__name__ else QWidget)
    host = kind()
    qtbot.addWidget(host)
    ui.setupUi(host)
    assert clashes(visible_texts(host)) == {}, clashes(visible_texts(host))


def test_the_new_event_form_uses_each_accelerator_once(window, qtbot):
    from gui_helpers import click

    page = window.show_page("events")
    click(qtbot, page.ui.new_button)
    menus = [(action.text(), "menubar") for action in window.menuBar().actions() if action.isVisible()]
    texts = menus + visible_texts(window)
    assert ("Cre&ate event", "save_button") in texts
    assert clashes(texts) == {}, clashes(texts)


@pytest.mark.parametrize("button", ["add_state_button", "add_organisation_button", "add_guests_button",
                                    "add_member_button"])
def test_each_delegation_dialog_uses_each_accelerator_once(window, qtbot, button):
    from gui_helpers import click

    page = window.show_page("delegations")
    if button == "add_member_button":
        page.ui.delegations_view.selectRow(0)
    click(qtbot, getattr(page.ui, button))
    dialog = page.dialog
    assert isinstance(dialog, QDialog)
    texts = visible_texts(dialog)
    assert any(accelerator(text) for text, _ in texts)
    assert clashes(texts) == {}, clashes(texts)
    dialog.reject()


@pytest.mark.parametrize("opener, new_button", [("add_state_button", "new_party_button"),
                                                ("add_state_button", "new_institution_button"),
                                                ("add_organisation_button", "new_party_button")])
def test_each_names_dialog_uses_each_accelerator_once(window, qtbot, opener, new_button):
    from gui_helpers import click

    page = window.show_page("delegations")
    click(qtbot, getattr(page.ui, opener))
    click(qtbot, getattr(page.dialog.ui, new_button))
    names_dialog = page.dialog.names_dialog
    texts = visible_texts(names_dialog)
    assert texts, "the names dialog shows nothing"
    assert clashes(texts) == {}, clashes(texts)
    names_dialog.reject()
    page.dialog.reject()
