"""Bad input in each form: marked in place with a message naming the problem, and nothing saved."""
from __future__ import annotations

import datetime as dt

from organiser.domain.model import DelegationKind, EventKind, Role
from organiser.services import declarations, delegations, events, reference_data
from organiser.ui.models.programme_model import ProgrammeModel

from gui_helpers import add_delegation, add_new_member, click, qdate


def _event(ws, kind=EventKind.COUNCIL_MEETING):
    return next(e for e in events.list_events(ws) if e.kind is kind)


def test_event_end_before_start_is_marked_and_not_saved(qtbot, window):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    form = window.pages["events"].form
    form.ui.has_end_date.setChecked(True)
    form.ui.end_date.setDate(qdate(dt.date(2024, 7, 20)))
    assert form.ui.error_label.text() == "The end date 20 July 2024 is before the start date 25 July 2024."
    assert form.ui.end_date.property("invalid") is True
    assert not form.ui.save_button.isEnabled()
    assert not window.pages["events"].save()  # even when asked directly, nothing is saved
    window.pages["events"].commit_pending()
    assert events.get_event(ws, event_id=meeting.id).end_date is None
    assert window.session.undo_stack.count() == 0
    form.ui.end_date.setDate(qdate(dt.date(2024, 7, 26)))
    assert form.ui.error_label.text() == "" and form.ui.save_button.isEnabled()


def test_event_without_title_is_refused(qtbot, window):
    ws = window.session.workspace
    page = window.pages["events"]
    click(qtbot, page.ui.new_button)
    page.form.ui.title.clear()
    page.form.check()
    assert page.form.ui.error_label.text() == "The title is required."
    assert page.form.ui.title.property("invalid") is True
    assert not page.form.ui.save_button.isEnabled()
    assert not page.save()
    assert len(events.list_events(ws)) == 2


def test_programme_time_that_is_not_a_time(qtbot, window, answers):
    ws = window.session.workspace
    seminar = _event(ws, EventKind.SEMINAR)
    window.session.select_event(seminar.id)
    page = window.pages["events"]
    before = events.programme(ws, event_id=seminar.id)
    assert not page.programme_model.setData(page.programme_model.index(0, ProgrammeModel.TIME), "25:99")
    assert page.ui.programme_error.text() == "“25:99” is not a time: write it as 09:30"
    assert page.programme_model.setData(page.programme_model.index(0, ProgrammeModel.TIME), "11:00-10:00")  # end before start
    assert answers.errors == ["Programme item 1: end time: is before the start time."]
    assert events.programme(ws, event_id=seminar.id) == before


def test_programme_item_without_title(qtbot, window, answers):
    ws = window.session.workspace
    seminar = _event(ws, EventKind.SEMINAR)
    window.session.select_event(seminar.id)
    answers.texts.append("   ")
    click(qtbot, window.pages["events"].ui.add_item_button)
    assert window.pages["events"].ui.programme_error.text() == "A programme item needs a title."
    assert len(events.programme(ws, event_id=seminar.id)) == 4


def test_delegation_dialog_without_a_choice(qtbot, window):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    window.show_page("delegations")
    page = window.pages["delegations"]
    # The meeting has the OTS already: no organisation is left to choose.
    dialog = add_delegation(qtbot, page, DelegationKind.ORGANISATION)
    assert dialog.isVisible()
    assert dialog.ui.error_label.text() == "Choose the organisation."
    assert len(delegations.event_delegations(ws, event_id=meeting.id)) == 6


def test_member_dialog_refuses_a_person_without_surname_and_a_second_head(qtbot, window):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    window.show_page("delegations")
    page = window.pages["delegations"]
    persons = len(reference_data.reference_data(ws)["persons"])
    dialog = add_new_member(qtbot, page, given="Ali", surname="", role=Role.MEMBER)
    assert dialog.isVisible()
    assert dialog.ui.error_label.text() == "Surname is required."
    assert dialog.ui.surname.property("invalid") is True
    dialog.reject()
    assert len(reference_data.reference_data(ws)["persons"]) == persons

    dialog = add_new_member(qtbot, page, honorific="Mr.", given="Ali", surname="Veliyev", role=Role.HEAD)
    assert dialog.isVisible()
    assert dialog.ui.error_label.text() == "Role: the delegation already has a head (kamran-aliyev)."
    az = next(d for d in delegations.event_delegations(ws, event_id=meeting.id) if d.code == "AZ")
    assert [m.person.key for m in az.members] == ["kamran-aliyev"]
    assert window.session.undo_stack.count() == 0


def test_move_by_hand_needs_a_reason(qtbot, window, answers):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    window.show_page("order")
    page = window.pages["order"]
    page.ui.order_view.selectRow(2)
    answers.texts.append("  ")
    click(qtbot, page.ui.up_button)
    assert page.ui.error_label.text() == "A move by hand needs a reason; the order was not changed."
    assert all(d.manual_position is None for d in delegations.event_delegations(ws, event_id=meeting.id))


def test_declaration_values_that_are_not_a_year(qtbot, window):
    ws = window.session.workspace
    meeting = _event(ws)
    window.session.select_event(meeting.id)
    window.show_page("declaration")
    page = window.pages["declaration"]
    for text, message in (("next year", "Next meeting year: must be a whole number, not 'next year'."),
                          ("1800", "Next meeting year: 1800 is not a plausible year.")):
        page.ui.next_meeting_year.setText(text)
        page.ui.next_meeting_year.editingFinished.emit()
        assert page.ui.values_error.text() == message
        assert page.ui.next_meeting_year.property("invalid") is True
        assert declarations.event_declaration(ws, event_id=meeting.id).values["next_meeting_year"] == 2025


def test_export_to_a_missing_folder_or_with_nothing_chosen(qtbot, window, tmp_path, answers):
    ws = window.session.workspace
    window.session.select_event(_event(ws).id)
    page = window.show_page("documents")
    page.choose(documents=["declaration"], languages=["en"], folder=tmp_path / "missing")
    assert page.export() == []
    assert "does not exist" in page.ui.error_label.text()
    page.choose(documents=[], folder=tmp_path)
    assert page.export() == []
    assert page.ui.error_label.text() == "Choose at least one document."
    page.choose(documents=["declaration"], languages=[])
    assert page.export() == []
    assert page.ui.error_label.text() == "Choose at least one language."
    assert [p for p in tmp_path.iterdir() if p.suffix == ".docx"] == []
    assert len(answers.errors) == 3


def test_opening_a_file_that_is_not_a_workspace_keeps_the_current_one(qtbot, window, answers, tmp_path):
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("not a database")
    current = window.session.workspace
    answers.files.append(str(foreign))
    window.ui.action_open.trigger()
    assert answers.errors == [f"{foreign} is not an organiser workspace (it is not an SQLite database)."]
    assert window.session.workspace is current
    assert len(events.list_events(current)) == 2
    assert foreign.read_text() == "not a database"


def test_programme_day_of_a_two_day_event_by_number_date_and_out_of_range(qtbot, window, answers):
    ws = window.session.workspace
    seminar = _event(ws, EventKind.SEMINAR)
    seminar.end_date = seminar.start_date + dt.timedelta(days=1)
    events.save_event(ws, event=seminar)
    window.session.select_event(seminar.id)
    page = window.pages["events"]
    page.reload()
    model = page.programme_model
    assert not page.ui.programme_view.isColumnHidden(ProgrammeModel.DAY)
    second = seminar.start_date + dt.timedelta(days=1)

    assert model.setData(model.index(3, ProgrammeModel.DAY), "2")  # the event's second day
    assert events.programme(ws, event_id=seminar.id)[3].day == second
    assert model.index(3, ProgrammeModel.DAY).data() == second.isoformat()

    before = events.programme(ws, event_id=seminar.id)
    assert not model.setData(model.index(2, ProgrammeModel.DAY), "2023-08-20")
    assert page.ui.programme_error.text() == (
        f"2023-08-20 is not a day of the event ({seminar.start_date.isoformat()} to {second.isoformat()})")
    assert not model.setData(model.index(2, ProgrammeModel.DAY), "tomorrow")
    assert "is not a day" in page.ui.programme_error.text()
    assert events.programme(ws, event_id=seminar.id) == before

    window.session.undo_stack.undo()
    assert events.programme(ws, event_id=seminar.id)[3].day is None
