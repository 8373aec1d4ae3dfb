"""Driving the window as a user would: choose in combo boxes, click buttons, fill dialogs."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox


def choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def click_ok(qtbot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def table_column(view, column: int) -> list[str]:
    model = view.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def add_delegation(qtbot, page, kind, code=None, institution_key=None, institutions=None):
    from organiser.domain.model import DelegationKind

    button = {DelegationKind.STATE: page.ui.add_state_button, DelegationKind.ORGANISATION:
              page.ui.add_organisation_button, DelegationKind.GUEST: page.ui.add_guests_button}[kind]
    click(qtbot, button)
    dialog = page.dialog
    if code is not None:
        choose(dialog.ui.party, code)
    if institution_key is not None:
        institution_id = next(i.id for i in institutions.values() if i.key == institution_key)
        choose(dialog.ui.institution, institution_id)
    click_ok(qtbot, dialog)
    return dialog


def add_existing_member(qtbot, page, person_id, role=None):
    click(qtbot, page.ui.add_member_button)
    dialog = page.dialog
    dialog.ui.existing_radio.setChecked(True)
    choose(dialog.ui.person, person_id)
    if role is not None:
        choose(dialog.ui.role, role)
    click_ok(qtbot, dialog)
    return dialog


def add_new_member(qtbot, page, *, honorific="", given="", surname="", rank="", position="", role=None):
    click(qtbot, page.ui.add_member_button)
    dialog = page.dialog
    dialog.ui.new_radio.setChecked(True)
    dialog.ui.honorific.setCurrentText(honorific)
    for widget, text in ((dialog.ui.given_name, given), (dialog.ui.surname, surname), (dialog.ui.rank, rank),
                         (dialog.ui.position, position)):
        type_text(qtbot, widget, text)
    if role is not None:
        choose(dialog.ui.role, role)
    click_ok(qtbot, dialog)
    return dialog


def type_text(qtbot, line_edit, text: str) -> None:
    """Type into a line edit; QTest can type only ASCII keys (it aborts on others), so the rest is inserted."""
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
    else:
        line_edit.insert(text)
