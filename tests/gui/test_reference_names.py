"""States, organisations, institutions and persons created and named per language from the window."""
from __future__ import annotations

from organiser.domain.model import DelegationKind, EventKind, StateStatus
from organiser.services import events, reference_data
from organiser.services.delegations import event_delegations

from gui_helpers import click, click_ok, type_text


def _reference(ws):
    return reference_data.reference_data(ws)


def _seminar(ws):
    return next(e for e in events.list_events(ws) if e.kind is EventKind.SEMINAR)


def test_a_new_state_and_institution_are_created_from_the_add_delegation_dialog(qtbot, window):
    ws = window.session.workspace
    window.session.select_event(_seminar(ws).id)
    page = window.show_page("delegations")
    click(qtbot, page.ui.add_state_button)
    dialog = page.dialog

    click(qtbot, dialog.ui.new_party_button)
    names = dialog.names_dialog
    type_text(qtbot, names.header_fields["code"], "tm")
    names.set_text("en", "Short name", "Turkmenistan")
    names.set_text("en", "Official name", "Turkmenistan")
    names.set_text("tm" if "tm" in names.languages else "tr", "Short name", "Türkmenistan")
    names.set_text("tm" if "tm" in names.languages else "tr", "Official name", "Türkmenistan")
    names.header_fields["status"].setCurrentIndex(names.header_fields["status"].findData(StateStatus.OBSERVER))
    click_ok(qtbot, names)
    # TM is in the sample already: the code is refused, named, and nothing is saved.
    assert "TM is already the code of Turkmenistan" in names.ui.error_label.text()
    assert names.isVisible()

    names.header_fields["code"].clear()
    type_text(qtbot, names.header_fields["code"], "mn")
    names.set_text("en", "Short name", "Mongolia")
    names.set_text("en", "Official name", "Mongolia")
    names.set_text("tr", "Short name", "Moğolistan")
    names.set_text("tr", "Official name", "")  # a language with a short name and no official one
    click_ok(qtbot, names)
    assert names.ui.error_label.text() == "Official name (tr) is required."
    table = names.ui.names_table
    assert table.currentItem().toolTip() == "is required"
    assert "MN" not in _reference(ws)["states"]

    names.set_text("tr", "Official name", "Moğolistan")
    click_ok(qtbot, names)
    assert not names.isVisible()
    state = _reference(ws)["states"]["MN"]
    assert (state.status, state.names["tr"].short, state.names["en"].official) == (
        StateStatus.OBSERVER, "Moğolistan", "Mongolia")
    assert dialog.ui.party.currentData() == "MN"  # chosen in the dialog that asked for it

    click(qtbot, dialog.ui.new_institution_button)
    names = dialog.names_dialog
    names.set_text("en", "Name", "General Prosecutor's Office of Mongolia")
    names.set_text("ru", "Name", "Генеральная прокуратура Монголии")
    click_ok(qtbot, names)
    institution = next(i for i in _reference(ws)["institutions"].values() if i.state_code == "MN")
    assert institution.names == {"en": "General Prosecutor's Office of Mongolia",
                                 "ru": "Генеральная прокуратура Монголии"}
    assert dialog.ui.institution.currentData() == institution.id

    click_ok(qtbot, dialog)
    added = [d for d in event_delegations(ws, event_id=window.session.event_id) if d.code == "MN"]
    assert len(added) == 1 and added[0].institution.id == institution.id

    # Undo, step by step: the delegation, then the institution, then the state.
    window.session.undo_stack.undo()
    assert not [d for d in event_delegations(ws, event_id=window.session.event_id) if d.code == "MN"]
    window.session.undo_stack.undo()
    assert all(i.state_code != "MN" for i in _reference(ws)["institutions"].values())
    window.session.undo_stack.undo()
    assert "MN" not in _reference(ws)["states"]
    for _ in range(3):
        window.session.undo_stack.redo()
    assert [d.code for d in event_delegations(ws, event_id=window.session.event_id)].count("MN") == 1


def test_a_members_names_are_edited_in_every_language(qtbot, window):
    ws = window.session.workspace
    window.session.select_event(_seminar(ws).id)
    page = window.show_page("delegations")
    page.ui.delegations_view.selectRow(0)
    page.ui.members_view.selectRow(0)
    member = page.selected_member()
    before = member.person.names
    click(qtbot, page.ui.edit_member_button)
    names = page.dialog
    assert names.ui.names_table.item(names.languages.index("en"), 3).text() == before["en"].surname

    unnamed = next(language for language in names.languages if language not in before)
    names.set_text(unnamed, "Position", "Baş prokuror")  # a position and no name in that language
    click_ok(qtbot, names)
    assert names.ui.error_label.text() == f"Given name ({unnamed}) is required."
    assert _reference(ws)["persons"][member.person.id].names == before

    names.set_text(unnamed, "Given name", "Kamran")
    names.set_text(unnamed, "Surname", "Əliyev")
    click_ok(qtbot, names)
    after = _reference(ws)["persons"][member.person.id].names
    assert (after[unnamed].given_name, after[unnamed].surname, after[unnamed].position) == (
        "Kamran", "Əliyev", "Baş prokuror")
    assert after["en"] == before["en"]

    window.session.undo_stack.undo()
    assert _reference(ws)["persons"][member.person.id].names == before


def test_the_names_of_a_delegations_state_are_edited_and_shown(qtbot, window):
    ws = window.session.workspace
    window.session.select_event(_seminar(ws).id)
    page = window.show_page("delegations")
    row = next(r for r in range(page.delegations_model.rowCount())
               if page.delegations_model.delegation_at(r).kind is DelegationKind.STATE)
    page.ui.delegations_view.selectRow(row)
    state = page.selected_delegation().state
    click(qtbot, page.ui.edit_party_button)
    names = page.dialog
    assert names.header_fields["code"].isReadOnly()
    names.set_text("en", "Short name", state.names["en"].short + " (edited)")
    click_ok(qtbot, names)
    assert _reference(ws)["states"][state.code].names["en"].short == state.names["en"].short + " (edited)"
    labels = [page.delegations_model.index(r, 1).data() for r in range(page.delegations_model.rowCount())]
    assert any("(edited)" in str(label) for label in labels)
