"""Typing a date into the event form's date fields, key by key, in the usual forms and in ISO."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from organiser.domain.model import EventKind
from organiser.services import events

from gui_helpers import click


def _type(qtbot, field, text):
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), text)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Tab)


def _meeting(window):
    ws = window.session.workspace
    meeting = next(e for e in events.list_events(ws) if e.kind is EventKind.COUNCIL_MEETING)
    window.session.select_event(meeting.id)
    return ws, meeting, window.pages["events"].form


@pytest.mark.parametrize("text", ["18 September 2025", "18.09.2025", "2025-09-18", "September 18, 2025"])
def test_a_typed_start_date_is_saved(qtbot, window, text):
    ws, meeting, form = _meeting(window)
    assert meeting.start_date != dt.date(2025, 9, 18)
    _type(qtbot, form.ui.start_date, text)
    assert form.ui.start_date.date().toPython() == dt.date(2025, 9, 18)
    assert form.ui.error_label.text() == ""
    click(qtbot, form.ui.save_button)
    assert events.get_event(ws, event_id=meeting.id).start_date == dt.date(2025, 9, 18)


def test_a_typed_end_date_in_the_editing_language(qtbot, window):
    window.session.set_language("fr")
    ws, meeting, form = _meeting(window)
    form.ui.has_end_date.setChecked(True)
    _type(qtbot, form.ui.end_date, "18 septembre 2025")
    _type(qtbot, form.ui.start_date, "17.09.2025")
    click(qtbot, form.ui.save_button)
    stored = events.get_event(ws, event_id=meeting.id)
    assert (stored.start_date, stored.end_date) == (dt.date(2025, 9, 17), dt.date(2025, 9, 18))


def test_text_that_is_not_a_date_is_named_and_not_saved(qtbot, window):
    ws, meeting, form = _meeting(window)
    _type(qtbot, form.ui.start_date, "18 Septober 2025")
    assert form.ui.error_label.text().startswith("The start date: “18 Septober 2025” is not a date")
    assert form.ui.start_date.property("invalid") is True
    assert not form.ui.save_button.isEnabled()
    assert not window.pages["events"].save()
    assert events.get_event(ws, event_id=meeting.id).start_date == meeting.start_date


def test_the_date_fields_offer_a_calendar(window):
    form = window.pages["events"].form
    assert form.ui.start_date.calendarPopup() and form.ui.end_date.calendarPopup()


def test_enter_on_a_wrong_date_keeps_the_text_and_the_message(qtbot, window):
    ws, meeting, form = _meeting(window)
    field = form.ui.start_date
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "31.02.2025")
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert field.text() == "31.02.2025"
    assert "start date" in form.ui.error_label.text() and not form.ui.save_button.isEnabled()
    assert events.get_event(ws, event_id=meeting.id).start_date == meeting.start_date
