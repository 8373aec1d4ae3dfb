"""Undo and redo of each kind of edit, checked in the workspace through the services."""
from __future__ import annotations

import datetime as dt

from organiser.domain.model import DelegationKind, EventKind, Role
from organiser.services import declarations, delegations, events, reference_data
from organiser.ui.models.programme_model import ProgrammeModel

from gui_helpers import add_delegation, add_existing_member, add_new_member, choose, click, qdate


def _event(ws, kind=EventKind.COUNCIL_MEETING):
    return next(e for e in events.list_events(ws) if e.kind is kind)


def _undo(window):
    window.action_undo.trigger()


def _redo(window):
    window.action_redo.trigger()


def _members(ws, event_id, code):
    delegation = next(d for d in delegations.event_delegations(ws, event_id=event_id) if d.code == code)
    return [(m.person.key, m.role) for m in delegation.members]


def test_create_edit_and_delete_an_event(qtbot, window, answers):
    ws = window.session.workspace
    page = window.pages["events"]
    click(qtbot, page.ui.new_button)
    qtbot.keyClicks(page.form.ui.city, "Tashkent")
    click(qtbot, page.form.ui.save_button)
    assert len(events.list_events(ws)) == 3
    assert window.action_undo.text() == "&Undo New event"

    _undo(window)
    assert len(events.list_events(ws)) == 2
    _redo(window)
    assert [e.city.get("en") for e in events.list_events(ws)].count("Tashkent") == 1

    # Edit: the city changes and comes back.
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    page.form.ui.city.clear()
    qtbot.keyClicks(page.form.ui.city, "Cholpon-Ata")
    click(qtbot, page.form.ui.save_button)
    assert events.get_event(ws, event_id=meeting.id).city["en"] == "Cholpon-Ata"
    _undo(window)
    assert events.get_event(ws, event_id=meeting.id).city["en"] == "Bishkek"
    assert page.form.ui.city.text() == "Bishkek"
    _redo(window)
    assert events.get_event(ws, event_id=meeting.id).city["en"] == "Cholpon-Ata"

    # Delete: undo brings the event back with its delegations and declaration.
    answers.yes_no.append(True)
    click(qtbot, page.ui.delete_button)
    assert len(events.list_events(ws)) == 2
    assert window.session.event_id is None
    _undo(window)
    back = _event(ws)
    assert back.city["en"] == "Cholpon-Ata"
    assert len(delegations.event_delegations(ws, event_id=back.id)) == 6
    assert declarations.event_declaration(ws, event_id=back.id).values["next_meeting_year"] == 2025
    _redo(window)
    assert len(events.list_events(ws)) == 2
    # Undo twice more: the event comes back, then its edit is undone on the event's new id.
    _undo(window)
    _undo(window)
    assert _event(ws).city["en"] == "Bishkek"


def test_delete_refused_by_the_user_deletes_nothing(qtbot, window, answers):
    ws = window.session.workspace
    window.session.select_event(_event(ws).id)
    answers.yes_no.append(False)
    click(qtbot, window.pages["events"].ui.delete_button)
    assert len(events.list_events(ws)) == 2
    assert window.session.undo_stack.count() == 0


def test_programme_edits(qtbot, window, answers):
    ws = window.session.workspace
    seminar = _event(ws, EventKind.SEMINAR)
    window.session.select_event(seminar.id)
    page = window.pages["events"]
    model = page.programme_model
    titles = lambda: [i.title["en"] for i in events.programme(ws, event_id=seminar.id)]  # noqa: E731
    original = titles()

    answers.texts.append("Closing session")
    click(qtbot, page.ui.add_item_button)
    assert titles() == [*original, "Closing session"]
    assert model.setData(model.index(4, ProgrammeModel.TIME), "16:30–17:00")
    item = events.programme(ws, event_id=seminar.id)[4]
    assert (item.starts_at, item.ends_at) == (dt.time(16, 30), dt.time(17, 0))
    page.ui.programme_view.setCurrentIndex(model.index(4, ProgrammeModel.ITEM))
    click(qtbot, page.ui.item_up_button)
    assert titles()[3] == "Closing session"
    page._move_item(3, 0)  # as a drag would
    assert titles()[0] == "Closing session"

    _undo(window)
    assert titles()[3] == "Closing session"
    _undo(window)
    _undo(window)
    assert events.programme(ws, event_id=seminar.id)[4].starts_at is None
    _undo(window)
    assert titles() == original
    _redo(window)
    assert titles() == [*original, "Closing session"]


def test_delegation_and_member_edits(qtbot, window, answers):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    window.show_page("delegations")
    page = window.pages["delegations"]
    institutions = reference_data.reference_data(ws)["institutions"]
    codes = lambda: [d.code for d in delegations.event_delegations(ws, event_id=meeting.id)]  # noqa: E731
    original = codes()

    add_delegation(qtbot, page, DelegationKind.STATE, "HU", None, institutions)
    assert codes() == [*original, "HU"]
    add_new_member(qtbot, page, honorific="Mr.", given="Péter", surname="Polt", position="Prosecutor General",
                   role=Role.HEAD)
    assert _members(ws, meeting.id, "HU") == [("peter-polt", Role.HEAD)]
    page.ui.members_view.selectRow(0)
    choose(page.ui.role_combo, Role.MEMBER)
    assert _members(ws, meeting.id, "HU") == [("peter-polt", Role.MEMBER)]

    _undo(window)
    assert _members(ws, meeting.id, "HU") == [("peter-polt", Role.HEAD)]
    _undo(window)
    assert _members(ws, meeting.id, "HU") == []
    _redo(window)
    assert _members(ws, meeting.id, "HU") == [("peter-polt", Role.HEAD)]
    assert len([p for p in reference_data.reference_data(ws)["persons"].values() if p.key.startswith("peter-polt")]) == 1

    # Removing the Azerbaijani delegation (with its head) and undoing it restores both.
    page.select_delegation(next(d.id for d in delegations.event_delegations(ws, event_id=meeting.id) if d.code == "AZ"))
    answers.yes_no.append(True)
    click(qtbot, page.ui.remove_delegation_button)
    assert "AZ" not in codes()
    _undo(window)
    assert sorted(codes()) == sorted([*original, "HU"])
    assert _members(ws, meeting.id, "AZ") == [("kamran-aliyev", Role.HEAD)]

    # Removing a member and undoing it puts it back in its place.
    page.select_delegation(next(d.id for d in delegations.event_delegations(ws, event_id=meeting.id) if d.code == "AZ"))
    add_existing_member(qtbot, page, next(p.id for p in reference_data.reference_data(ws)["persons"].values()
                                          if p.key == "elchin-mammadov"), Role.MEMBER)
    page.ui.members_view.selectRow(0)
    click(qtbot, page.ui.remove_member_button)
    assert _members(ws, meeting.id, "AZ") == [("elchin-mammadov", Role.MEMBER)]
    _undo(window)
    assert _members(ws, meeting.id, "AZ") == [("kamran-aliyev", Role.HEAD), ("elchin-mammadov", Role.MEMBER)]
    # Undo all the way back: the Hungarian delegation goes, as it was never there.
    while window.session.undo_stack.canUndo():
        _undo(window)
    assert codes() == original
    assert answers.errors == []


def test_protocol_order_edits(qtbot, window, answers):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    window.show_page("order")
    page = window.pages["order"]
    assert page.names()[:5] == ["Azerbaycan", "Kazakistan", "Kırgızistan", "Özbekistan", "Türkiye"]

    page.set_rule("en", "first")
    assert page.names()[:5] == ["Kyrgyzstan", "Azerbaijan", "Kazakhstan", "Türkiye", "Uzbekistan"]
    page.ui.order_view.selectRow(4)
    answers.texts.append("The Uzbek delegation hosts the next meeting")
    click(qtbot, page.ui.up_button)
    assert page.names()[3:5] == ["Uzbekistan", "Türkiye"]
    moved = next(d for d in delegations.event_delegations(ws, event_id=meeting.id) if d.code == "UZ")
    assert (moved.manual_position, moved.manual_reason) == (4, "The Uzbek delegation hosts the next meeting")
    assert "by hand: The Uzbek delegation" in page.model.index(3, 4).data()
    click(qtbot, page.ui.reset_button)
    assert page.names()[3:5] == ["Türkiye", "Uzbekistan"]

    _undo(window)
    assert page.names()[3:5] == ["Uzbekistan", "Türkiye"]
    _undo(window)
    assert page.names()[3:5] == ["Türkiye", "Uzbekistan"]
    assert all(d.manual_position is None for d in delegations.event_delegations(ws, event_id=meeting.id))
    _undo(window)
    assert events.get_event(ws, event_id=meeting.id).precedence_language == "tr"
    assert page.ui.language.currentData() == "tr"
    _redo(window)
    assert page.names()[0] == "Kyrgyzstan"


def test_declaration_edits(qtbot, window, answers):
    ws = window.session.workspace
    seminar = _event(ws, EventKind.SEMINAR)
    window.session.select_event(seminar.id)
    window.show_page("declaration")
    page = window.pages["declaration"]
    click(qtbot, page.ui.create_button)
    declaration = declarations.event_declaration(ws, event_id=seminar.id)
    library = {c.key: c.id for c in declarations.clause_library(ws)}
    ids = lambda: declarations.event_declaration(ws, event_id=seminar.id).clause_ids  # noqa: E731

    page.add_clause("operative-monitoring-results")
    page.add_clause("operative-training-and-exchange")
    page._insert([library["preamble-common-challenges"]], 0)  # as a drop from the library would
    assert ids() == [library[k] for k in ("preamble-common-challenges", "operative-monitoring-results",
                                          "operative-training-and-exchange")]
    page.ui.clauses_view.setCurrentIndex(page.entries.index(2))
    click(qtbot, page.ui.up_button)
    assert ids()[1] == library["operative-training-and-exchange"]
    assert page.entries.index(1).data().startswith("1. To strengthen")
    click(qtbot, page.ui.remove_button)
    assert ids() == [library["preamble-common-challenges"], library["operative-monitoring-results"]]
    page.ui.next_meeting_year.setText("2027")
    page.ui.next_meeting_year.editingFinished.emit()
    assert declarations.event_declaration(ws, event_id=seminar.id).values == {"next_meeting_year": 2027}

    _undo(window)
    assert declarations.event_declaration(ws, event_id=seminar.id).values == {}
    assert page.ui.next_meeting_year.text() == ""
    _undo(window)
    assert len(ids()) == 3
    _undo(window)
    assert ids()[1] == library["operative-monitoring-results"]
    _undo(window)
    _undo(window)
    _undo(window)
    assert ids() == []
    _undo(window)
    assert declarations.declaration_problems(ws, event_id=seminar.id, language="en") == [
        f"declaration: event {seminar.id} has no declaration yet"]
    assert page.ui.stack.currentWidget() is page.ui.empty_page
    _redo(window)
    _redo(window)
    assert ids() == [library["operative-monitoring-results"]]
    assert declaration.id is not None
