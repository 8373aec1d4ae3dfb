"""Values picked one after another as a drafter does, on the forms that used to rebuild themselves inside
their own widgets' signals: the Declaration screen's form of the drafter's own placeholders (a value
chosen in a combo box deleted that very combo box while its ``activated`` was running: a crash in QtCore)
and the Events screen's programme. Each value is picked 20 times in a row through the widget, with the
event loop running between picks; every value must be saved, the screen must still answer, and undo
must give each previous value back."""
from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from organiser.domain.model import Clause, ClauseKind, EventKind
from organiser.services import declarations, events, library
from organiser.ui.models.programme_model import ProgrammeModel


PICKS = 20
TYPES = ("state", "person", "institution", "text", "date", "number", "ordinal")
TEXT = ("To take note of {v_text}, of {v_date:long}, of {v_number} reports, of the {v_ordinal:word} session, "
        "of {v_state}, of {v_person:full} and of {v_institution}.")


def _meeting(ws):
    return next(e for e in events.list_events(ws) if e.kind is EventKind.COUNCIL_MEETING)


def _values(ws, event_id) -> dict:
    return declarations.event_declaration(ws, event_id=event_id).values


def _settle(qtbot) -> None:
    qtbot.wait(0)
    QApplication.processEvents()


def _picks(page, name: str, kind: str) -> list:
    """20 values for the placeholder ``name`` of type ``kind``, no two in a row alike, as stored."""
    if kind in ("state", "person", "institution"):
        combo = page.value_widgets[name]
        offered = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) is not None]
        assert len(offered) >= 2, f"the sample offers too few choices for {name}"
        return [offered[i % 2] for i in range(PICKS)]  # the first two entries in turn: one key press each
    if kind == "text":
        return [f"the report number {i}" for i in range(PICKS)]
    if kind == "date":
        return [(dt.date(2026, 1, 1) + dt.timedelta(days=i)).isoformat() for i in range(PICKS)]
    return list(range(1, PICKS + 1))


def _pick(qtbot, widget, value) -> None:
    """As a user does: move to the entry next to the current one in the combo box with the arrow key (Qt
    emits ``activated`` from its key handler, which still runs after the slots return: this is where
    deleting the combo box crashed), or select the line edit's text, type over it and press Return."""
    if isinstance(widget, QComboBox):
        step = widget.findData(value) - widget.currentIndex()
        assert step in (-1, 1), f"{value!r} is not next to the entry shown in {widget.objectName()}"
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Down if step == 1 else Qt.Key.Key_Up)
    else:
        assert isinstance(widget, QLineEdit)
        widget.setFocus()
        widget.selectAll()
        qtbot.keyClicks(widget, str(value))
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def _shown(widget) -> str:
    """What the field shows: the combo box's chosen record ("" for none chosen) or the line edit's text."""
    shown = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
    return "" if shown is None else str(shown)


def test_picking_each_kind_of_value_twenty_times_saves_it_and_undo_gives_each_back(qtbot, window):
    ws = window.session.workspace
    meeting = _meeting(ws)
    library.save_clause(ws, clause=Clause(
        key="operative-every-kind-of-value", kind=ClauseKind.OPERATIVE, texts={"en": TEXT},
        placeholder_types={f"v_{kind}": kind for kind in TYPES}))
    window.session.select_event(meeting.id)
    page = window.show_page("declaration")
    page.add_clause("operative-every-kind-of-value")
    _settle(qtbot)
    names = {f"v_{kind}": kind for kind in TYPES}
    assert set(names) <= set(page.value_widgets)
    stack = window.session.undo_stack
    start = stack.count()
    history: dict[str, list] = {name: [_values(ws, meeting.id).get(name)] for name in names}

    for name, kind in names.items():
        widget = page.value_widgets[name]
        for value in _picks(page, name, kind):
            _pick(qtbot, page.value_widgets[name], value)
            _settle(qtbot)
            assert shiboken6.isValid(widget) and page.value_widgets[name] is widget  # updated, not re-made
            assert _values(ws, meeting.id)[name] == value, (name, value)
            assert _shown(widget) == str(value)
            history[name].append(value)
        assert page.ui.values_error.text() == ""
    assert stack.count() == start + len(names) * PICKS

    # The screen still answers: the preview shows the last values and the other forms still work.
    assert "the report number 19" in page.preview_text()
    assert "twentieth session" in page.preview_text()
    page.ui.next_meeting_year.setText("2031")
    page.ui.next_meeting_year.editingFinished.emit()
    _settle(qtbot)
    assert _values(ws, meeting.id)["next_meeting_year"] == 2031
    window.action_undo.trigger()
    _settle(qtbot)

    # Undo gives every earlier value back, one pick at a time, in the database and in the widget.
    for name in reversed(list(names)):
        for previous in reversed(history[name][:-1]):
            window.action_undo.trigger()
            _settle(qtbot)
            assert _values(ws, meeting.id).get(name) == previous, (name, previous)
            widget = page.value_widgets[name]
            assert shiboken6.isValid(widget)
            assert _shown(widget) == ("" if previous is None else str(previous))
    assert stack.count() == stack.index() + len(names) * PICKS + 1 and stack.index() == start
    assert page.ui.stack.currentWidget() is page.ui.work_page


def _edit_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Edit a cell as a user does: open its editor, type over what it holds, press Return."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "the cell's editor did not open"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_editing_the_programme_twenty_times_in_a_row_saves_each_edit_and_undo_gives_each_back(qtbot, window):
    ws = window.session.workspace
    seminar = next(e for e in events.list_events(ws) if e.kind is EventKind.SEMINAR)
    window.session.select_event(seminar.id)
    page = window.show_page("events")
    view = page.ui.programme_view
    model = page.programme_model
    first = events.programme(ws, event_id=seminar.id)
    assert len(first) >= 2
    stack = window.session.undo_stack
    start = stack.count()

    titles = [f"Session {i}" for i in range(PICKS)]
    times = [f"{9 + i % 9:02d}:{(i * 5) % 60:02d}" for i in range(PICKS)]
    for title, time in zip(titles, times):
        _edit_cell(qtbot, view, 0, ProgrammeModel.ITEM, title)
        _settle(qtbot)
        assert events.programme(ws, event_id=seminar.id)[0].title["en"] == title
        _edit_cell(qtbot, view, 1, ProgrammeModel.TIME, time)
        _settle(qtbot)
        assert events.programme(ws, event_id=seminar.id)[1].starts_at == dt.time.fromisoformat(time)
        assert model.index(0, ProgrammeModel.ITEM).data() == title
        assert model.index(1, ProgrammeModel.TIME).data() == time
    assert stack.count() == start + 2 * PICKS
    assert page.ui.programme_error.text() == ""

    # The event form beside it still saves, and undo unwinds every edit back to the first programme.
    page.form.ui.city.selectAll()
    qtbot.keyClicks(page.form.ui.city, "Cholpon-Ata")
    qtbot.mouseClick(page.form.ui.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot)
    assert events.get_event(ws, event_id=seminar.id).city["en"] == "Cholpon-Ata"
    window.action_undo.trigger()
    _settle(qtbot)
    for title, time in reversed(list(zip([first[0].title["en"], *titles[:-1]], [None, *times[:-1]]))):
        window.action_undo.trigger()
        _settle(qtbot)
        items = events.programme(ws, event_id=seminar.id)
        assert items[1].starts_at == (first[1].starts_at if time is None else dt.time.fromisoformat(time))
        window.action_undo.trigger()
        _settle(qtbot)
        assert events.programme(ws, event_id=seminar.id)[0].title["en"] == title
        assert model.index(0, ProgrammeModel.ITEM).data() == title
    assert events.programme(ws, event_id=seminar.id) == first
    assert stack.index() == start


def test_a_programme_edit_keeps_what_is_typed_in_the_event_form_and_not_yet_saved(qtbot, window):
    ws = window.session.workspace
    seminar = next(e for e in events.list_events(ws) if e.kind is EventKind.SEMINAR)
    window.session.select_event(seminar.id)
    page = window.show_page("events")
    page.form.ui.venue.selectAll()
    qtbot.keyClicks(page.form.ui.venue, "Congress Hall")
    _edit_cell(qtbot, page.ui.programme_view, 0, ProgrammeModel.ITEM, "Opening")
    _settle(qtbot)
    assert events.programme(ws, event_id=seminar.id)[0].title["en"] == "Opening"
    assert page.form.ui.venue.text() == "Congress Hall" and page.form.is_dirty()
    page.commit_pending()
    assert events.get_event(ws, event_id=seminar.id).venue["en"] == "Congress Hall"
