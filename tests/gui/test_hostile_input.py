"""Hostile and careless values typed into every form of the window: right-to-left scripts and emoji are
text like any other and are saved as typed; empty required fields, 10,000 characters, control characters
(NUL, ESC) and bidirectional overrides are refused with a message naming the field, and nothing is saved,
not even half (the whole database is compared before and after)."""
from __future__ import annotations

import pytest

from organiser.domain.model import DelegationKind, EventKind
from organiser.services import reference_data
from organiser.services import delegations, events

from gui_helpers import click, click_ok

FINE = ("مؤتمر المدعين العامين", "ועידת התובעים הכלליים", "Council 🤝🏽 Bakı 🇦🇿", "Bakı — باكو")
# (value, what the message says about it)
REFUSED = (
    ("ب" * 10_000, "is too long (10000 characters; at most"),
    ("Baku\x00", "contains a control character (U+0000)"),
    ("\x1b[31mBaku", "contains a control character (U+001B)"),
    ("Baku\u202eukaB", "contains a control character (U+202E)"),
)


def _add_new_member(qtbot, page, **values):
    """As gui_helpers.add_new_member, but the text is pasted: QTest cannot type control characters."""
    click(qtbot, page.ui.add_member_button)
    dialog = page.dialog
    dialog.ui.new_radio.setChecked(True)
    for field, text in values.items():
        getattr(dialog.ui, field).clear()
        getattr(dialog.ui, field).insert(text)
    click_ok(qtbot, dialog)
    return dialog


def _dump(ws) -> str:
    return "\n".join(ws.db.conn.iterdump())


def _event(ws, kind=EventKind.COUNCIL_MEETING):
    return next(e for e in events.list_events(ws) if e.kind is kind)


@pytest.mark.parametrize("field", ["title", "topic", "city", "venue"])
def test_event_form(qtbot, window, field):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    page = window.pages["events"]
    widget = getattr(page.form.ui, field)
    for value, problem in REFUSED:
        before = _dump(ws)
        widget.setText(value)
        assert not page.save()
        message = page.form.ui.error_label.text()
        assert message.startswith(f"{field.capitalize()} (en): {problem}") and len(message) < 200, message
        assert widget.property("invalid") is True
        page.commit_pending()  # leaving the screen does not save it either
        assert _dump(ws) == before
    for value in FINE:
        widget.setText(value)
        assert page.save(), page.form.ui.error_label.text()
        assert getattr(events.get_event(ws, event_id=meeting.id), field)["en"] == value


def test_a_new_event_with_an_empty_or_hostile_title_is_not_created(qtbot, window):
    ws = window.session.workspace
    page = window.pages["events"]
    before = _dump(ws)
    click(qtbot, page.ui.new_button)
    for value, problem in (("", "The title is required."), ("   ", "The title is required."), *REFUSED):
        page.form.ui.title.setText(value)
        page.form.check()
        assert not page.save()
        assert problem in page.form.ui.error_label.text()
        assert _dump(ws) == before


@pytest.mark.parametrize("field", ["given_name", "surname", "rank", "position"])
def test_member_dialog(qtbot, window, field):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    window.show_page("delegations")
    page = window.pages["delegations"]
    page.ui.delegations_view.selectRow(next(
        row for row in range(page.delegations_model.rowCount()) if page.delegations_model.delegation_at(row).code == "KZ"))
    values = {"given_name": "Ali", "surname": "Veliyev", "rank": "", "position": ""}
    key = field
    cases = [*REFUSED] + ([("", "is required")] if field in ("given_name", "surname") else [])
    for value, problem in cases:
        before = _dump(ws)
        dialog = _add_new_member(qtbot, page, **{**values, key: value})
        label = field.replace("_", " ").capitalize()
        assert dialog.isVisible()
        assert dialog.ui.error_label.text().startswith(f"{label} {problem}"), dialog.ui.error_label.text()
        assert getattr(dialog.ui, field).property("invalid") is True
        dialog.reject()
        assert _dump(ws) == before
    dialog = _add_new_member(qtbot, page, **{**values, key: FINE[0]})
    assert not dialog.isVisible()
    kz = next(d for d in delegations.event_delegations(ws, event_id=meeting.id) if d.code == "KZ")
    assert getattr(kz.members[-1].person.names["en"], field) == FINE[0]


def test_programme_editor(qtbot, window, answers):
    ws = window.session.workspace
    seminar = _event(ws, EventKind.SEMINAR)
    window.session.select_event(seminar.id)
    page = window.pages["events"]
    model = page.programme_model
    for value, problem in REFUSED:  # (an empty title is allowed where the item has one in another language)
        before = _dump(ws)
        answers.errors.clear()
        model.setData(model.index(0, model.ITEM), value)
        assert len(answers.errors) == 1 and answers.errors[0].startswith("Programme item 1: title"), answers.errors
        assert problem in answers.errors[0]
        assert _dump(ws) == before
    for value in FINE:
        assert model.setData(model.index(0, model.ITEM), value)
        assert events.programme(ws, event_id=seminar.id)[0].title["en"] == value
    answers.texts.append("\x1b[2J")
    before = _dump(ws)
    click(qtbot, page.ui.add_item_button)
    assert "U+001B" in answers.errors[-1] and _dump(ws) == before


def test_names_dialog_of_a_new_state(qtbot, window):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    window.show_page("delegations")
    page = window.pages["delegations"]
    click(qtbot, page.ui.add_state_button)
    names = page.dialog.open_new_party()
    names.header_fields["code"].setText("PS")
    for value, problem in REFUSED:
        before = _dump(ws)
        names.set_text("en", "Short name", value)
        names.set_text("en", "Official name", "State of Somewhere")
        click_ok(qtbot, names)
        assert names.isVisible()
        assert names.ui.error_label.text().startswith(f"Short name (en) {problem}") or \
            names.ui.error_label.text().lower().startswith(f"short (en) {problem}"), names.ui.error_label.text()
        assert _dump(ws) == before
    names.set_text("en", "Short name", FINE[1])
    click_ok(qtbot, names)
    assert not names.isVisible()
    assert reference_data.reference_data(ws)["states"]["PS"].names["en"].short == FINE[1]
    page.dialog.reject()


def test_declaration_values(qtbot, window):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    window.show_page("declaration")
    page = window.pages["declaration"]
    field = page.ui.next_meeting_year
    for value, _problem in REFUSED:  # (empty is allowed: no next meeting planned yet)
        before = _dump(ws)
        field.setText(value)
        field.editingFinished.emit()
        message = page.ui.values_error.text()
        assert message.startswith("Next meeting year") and len(message) < 200, message  # the value is cut short
        assert "\x1b" not in message and "\u202e" not in message and "\x00" not in message
        assert _dump(ws) == before


def test_a_delegation_kind_cannot_be_forced(qtbot, window):
    # Not typed text, but the careless path: a guests' delegation without an institution chosen.
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    window.show_page("delegations")
    page = window.pages["delegations"]
    before = _dump(ws)
    click(qtbot, page.ui.add_guests_button)
    page.dialog.ui.institution.setCurrentIndex(-1)
    click_ok(qtbot, page.dialog)
    assert page.dialog.isVisible() and page.dialog.ui.error_label.text()
    assert _dump(ws) == before
    page.dialog.reject()
    assert len(delegations.event_delegations(ws, event_id=meeting.id)) == 6
    assert DelegationKind.GUEST  # the kind exists; nothing was added
