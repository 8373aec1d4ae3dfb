"""Adding a member cannot pick the wrong person by default: nobody is preselected, the persons who served
the delegation's state before come first, each group by surname, and OK without a choice is refused."""
from organiser.domain.collation import sort_key
from organiser.services import delegations, events, reference_data

from gui_helpers import click, click_ok


def _kazakhstan(window):
    ws = window.session.workspace
    meeting = next(e for e in events.list_events(ws) if e.ordinal == 3)
    window.session.select_event(meeting.id)
    page = window.show_page("delegations")
    delegation = next(d for d in delegations.event_delegations(ws, event_id=meeting.id) if d.code == "KZ")
    page.select_delegation(delegation.id)
    return ws, meeting, page, delegation


def test_nobody_is_preselected_and_the_states_own_persons_come_first(qtbot, window):
    ws, _meeting, page, _delegation = _kazakhstan(window)
    click(qtbot, page.ui.add_member_button)
    combo = page.dialog.ui.person
    assert combo.currentData() is None and combo.currentText() == "(choose a person)"
    offered = [combo.itemData(i) for i in range(combo.count())]
    own = delegations.persons_of_party(ws, state_code="KZ")
    persons = reference_data.reference_data(ws)["persons"]
    assert own and offered[1:1 + len(own)] == sorted(own, key=lambda i: persons[i].names["en"].surname)
    assert offered[1 + len(own)] is None  # the separator before everyone else
    rest = [i for i in offered[2 + len(own):]]
    assert set(rest) == set(persons) - own
    surnames = [persons[i].names.get("en", next(iter(persons[i].names.values()))).surname for i in rest]
    assert surnames == sorted(surnames, key=sort_key("en"))  # ICU's English: Şentürk with the S, before Yuldoshev
    assert surnames.index("Şentürk") < surnames.index("Yuldoshev")


def test_ok_without_a_person_is_refused_and_adds_nothing(qtbot, window):
    ws, meeting, page, delegation = _kazakhstan(window)
    before = [m.id for m in delegation.members]
    click(qtbot, page.ui.add_member_button)
    click_ok(qtbot, page.dialog)
    assert page.dialog.isVisible()
    assert page.dialog.ui.error_label.text() == "Person: choose one from the list, or enter a new person."
    after = next(d for d in delegations.event_delegations(ws, event_id=meeting.id) if d.code == "KZ")
    assert [m.id for m in after.members] == before


def test_adding_a_delegation_chooses_no_state_and_guests_no_institution(qtbot, window):
    ws, meeting, page, _delegation = _kazakhstan(window)
    before = len(delegations.event_delegations(ws, event_id=meeting.id))
    click(qtbot, page.ui.add_state_button)
    dialog = page.dialog
    assert dialog.ui.party.currentData() is None and dialog.ui.institution.currentData() is None
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.error_label.text() == "Choose the state."
    dialog.reject()
    click(qtbot, page.ui.add_guests_button)
    dialog = page.dialog
    assert dialog.ui.institution.currentData() is None
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.error_label.text() == "Institution: choose the institution the guests come from."
    assert len(delegations.event_delegations(ws, event_id=meeting.id)) == before
