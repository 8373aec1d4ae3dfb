"""Every modal question the window asks, in one place: message boxes, a reason, a file or a folder.

Screens call these functions rather than QMessageBox or QFileDialog directly, so that tests can answer
them (by monkeypatching this module) without a modal loop.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

TITLE = "organiser"


def show_error(parent: QWidget | None, text: str, title: str = TITLE) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, text: str, title: str = TITLE) -> None:
    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, text: str, title: str = TITLE) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_choice(parent: QWidget | None, text: str, choices: list[str], title: str = TITLE) -> int | None:
    """A warning with one button a choice; the index of the one chosen, None if the box was closed.
    The last choice is the one Escape gives."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole if number == 0 else
                             QMessageBox.ButtonRole.RejectRole) for number, choice in enumerate(choices)]
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog of the window's own modally; whether it was accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str | None:
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    return folder or None


def choose_open_file(parent: QWidget | None, title: str, start: str = "", filter: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filter)
    return path or None


def choose_save_file(parent: QWidget | None, title: str, start: str = "", filter: str = "") -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filter)
    return path or None


def open_path(path: str) -> bool:
    """Open a file or a folder with the desktop's own program for it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
