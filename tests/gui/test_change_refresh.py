"""Each screen refreshes when a change touches what it shows, and only then (ui/panel.py)."""
import copy

from organiser.domain.model import PersonName
from organiser.services import declarations, events, reference_data
from organiser.ui.commands.declarations import SetDeclarationValueCommand
from organiser.ui.commands.reference import SaveReferenceCommand


def _resets(model) -> list:
    seen = []
    model.modelReset.connect(lambda: seen.append(1))
    return seen


def _meeting_screens(window):
    """The 3rd meeting selected, its Delegations and Protocol order screens, and their models' resets."""
    ws = window.session.workspace
    meeting = next(e for e in events.list_events(ws) if e.ordinal == 3)
    window.session.select_event(meeting.id)
    delegations_page, order_page = window.page("delegations"), window.page("order")
    return (ws, meeting, delegations_page, _resets(delegations_page.delegations_model), _resets(order_page.model))


def test_a_declaration_value_leaves_the_delegation_and_order_screens_alone(window):
    ws, meeting, delegations_page, delegation_resets, order_resets = _meeting_screens(window)
    declaration = declarations.event_declaration(ws, event_id=meeting.id)
    before = declaration.values.get("next_meeting_year")
    assert window.session.run(SetDeclarationValueCommand(
        window.session, declaration_id=declaration.id, name="next_meeting_year", before=before, after="2031"))
    assert declarations.event_declaration(ws, event_id=meeting.id).values["next_meeting_year"] in (2031, "2031")
    assert delegation_resets == [] and order_resets == []


def test_a_renamed_head_shows_on_the_delegation_and_order_screens(window):
    ws, meeting, delegations_page, delegation_resets, order_resets = _meeting_screens(window)
    person = next(p for p in reference_data.reference_data(ws)["persons"].values() if p.key == "kamran-aliyev")
    renamed = copy.deepcopy(person)
    renamed.names["en"] = PersonName(given_name="Kamran", surname="Aliev", honorific=person.names["en"].honorific,
                                     rank=person.names["en"].rank, position=person.names["en"].position)
    assert window.session.run(SaveReferenceCommand(window.session, kind="person", before=person, after=renamed))
    assert delegation_resets and order_resets
    window.show_page("delegations")
    delegations_page.select_delegation(next(d.id for d in delegations_page.delegations_model._records if d.code == "AZ"))
    model = delegations_page.members_model
    shown = [model.index(row, column).data() for row in range(model.rowCount()) for column in range(model.columnCount())]
    assert any("ALIEV" in (text or "") for text in shown), shown
