"""Delegations of an event, their members, persons, the event's rule of precedence and moves by hand, and the
restoring of what was removed (the window's undo): each read back, each refusal naming field and problem."""
import datetime as dt

import pytest

from organiser.domain.errors import ValidationError
from organiser.domain.model import (
    DelegationKind, Event, EventKind, Institution, Person, PersonName, Role, State, StateName, StateStatus,
)
from organiser.services import delegations, events, reference, reference_data


@pytest.fixture
def event_id(sample_db):
    """A new event of the sample workspace, with no delegation yet."""
    event = Event(kind=EventKind.OTHER, start_date=dt.date(2025, 3, 4), title={"en": "Working meeting"},
                  country_code="AZ")
    return events.save_event(sample_db, event=event).added["event"][0]


def listed(ws, event_id):
    return [(d.kind, d.code) for d in delegations.event_delegations(ws, event_id=event_id)]


def by_code(ws, event_id, code):
    return next(d for d in delegations.event_delegations(ws, event_id=event_id) if d.code == code)


def codes_in_order(ws, event_id):
    return [d.code for d in events.ordered_delegations(ws, event_id=event_id)]


# --- adding and removing delegations ----------------------------------------------------------------------

def test_delegations_of_each_kind_are_added_in_the_order_of_entry(sample_db, event_id):
    first = delegations.add_delegation(sample_db, event_id=event_id, kind=DelegationKind.STATE, state_code="TR",
                                       institution_id=5)
    second = delegations.add_delegation(sample_db, event_id=event_id, kind=DelegationKind.ORGANISATION,
                                        organisation_code="OTS")
    third = delegations.add_delegation(sample_db, event_id=event_id, kind=DelegationKind.GUEST, institution_id=7)

    ids = [c.added["delegation"][0] for c in (first, second, third)]
    assert all(c.touches("delegation") and set(c.added) == {"delegation"} for c in (first, second, third))
    stored = delegations.event_delegations(sample_db, event_id=event_id)
    assert [d.id for d in stored] == ids
    assert [(d.kind, d.code, d.members) for d in stored] == [
        (DelegationKind.STATE, "TR", []), (DelegationKind.ORGANISATION, "OTS", []),
        (DelegationKind.GUEST, "baku-state-university", [])]
    assert stored[0].institution.key == "tr-court-of-appeal-prosecution" and stored[0].signs
    assert not stored[1].signs and not stored[2].signs
    assert delegations.event_delegations(sample_db, event_id=1)[0].code == "AZ"  # another event untouched


@pytest.mark.parametrize("arguments, field, problem", [
    (dict(kind=DelegationKind.STATE), "state", "a state delegation needs its state"),
    (dict(kind=DelegationKind.STATE, state_code="XX"), "state", "there is no state 'XX' in this workspace"),
    (dict(kind=DelegationKind.ORGANISATION), "organisation", "an organisation's delegation needs its organisation"),
    (dict(kind=DelegationKind.ORGANISATION, organisation_code="UN"), "organisation",
     "there is no organisation 'UN' in this workspace"),
    (dict(kind=DelegationKind.GUEST), "institution", "guests come from an institution; choose or create it"),
    (dict(kind=DelegationKind.GUEST, institution_id=99), "institution", "there is no institution 99 in this workspace"),
])
def test_a_delegation_without_what_it_stands_for_is_refused(sample_db, event_id, arguments, field, problem):
    with pytest.raises(ValidationError) as error:
        delegations.add_delegation(sample_db, event_id=event_id, **arguments)
    assert (error.value.field, error.value.problem) == (field, problem)
    assert listed(sample_db, event_id) == []


def test_a_state_or_organisation_has_one_delegation_an_event(sample_db):
    before = listed(sample_db, 1)
    with pytest.raises(ValidationError) as error:
        delegations.add_delegation(sample_db, event_id=1, kind=DelegationKind.STATE, state_code="KG")
    assert (error.value.field, error.value.problem) == ("state", "KG already has a delegation at this event")
    with pytest.raises(ValidationError, match="^organisation: OTS already has a delegation at this event$"):
        delegations.add_delegation(sample_db, event_id=1, kind=DelegationKind.ORGANISATION, organisation_code="OTS")
    assert listed(sample_db, 1) == before


def test_an_organisation_delegation_does_not_take_a_state(sample_db, event_id):
    try:
        delegations.add_delegation(sample_db, event_id=event_id, kind=DelegationKind.ORGANISATION,
                                   organisation_code="OTS", state_code="HU")
    except ValidationError as error:
        assert error.field == "state"
    else:
        [stored] = delegations.event_delegations(sample_db, event_id=event_id)
        assert (stored.code, stored.state) == ("OTS", None)  # today: code "HU", state Hungary
    # Hungary may still send its own delegation.
    delegations.add_delegation(sample_db, event_id=event_id, kind=DelegationKind.STATE, state_code="HU")


@pytest.mark.parametrize("arguments, field, problem", [
    (dict(kind=DelegationKind.ORGANISATION, organisation_code="OTS", state_code="HU"), "state",
     "an organisation's delegation stands for its organisation, not a state: leave the state empty"),
    (dict(kind=DelegationKind.GUEST, institution_id=7, state_code="HU"), "state",
     "guests come from an institution, not a state: leave the state empty"),
    (dict(kind=DelegationKind.STATE, state_code="HU", organisation_code="OTS"), "organisation",
     "a state delegation stands for its state, not an organisation: leave the organisation empty"),
    (dict(kind=DelegationKind.GUEST, institution_id=7, organisation_code="OTS"), "organisation",
     "guests come from an institution, not an organisation: leave the organisation empty"),
    (dict(kind="delegates", state_code="HU"), "kind", "'delegates' is not one of state, organisation, guest"),
])
def test_a_code_that_does_not_belong_to_the_kind_is_refused(sample_db, event_id, arguments, field, problem):
    with pytest.raises(ValidationError) as error:
        delegations.add_delegation(sample_db, event_id=event_id, **arguments)
    assert (error.value.field, error.value.problem) == (field, problem)
    assert listed(sample_db, event_id) == []


def test_adding_to_an_unknown_event_is_refused(sample_db):
    with pytest.raises(ValidationError, match="^event: there is no event 404 in this workspace$"):
        delegations.add_delegation(sample_db, event_id=404, kind=DelegationKind.STATE, state_code="AZ")
    with pytest.raises(ValidationError, match="^event: there is no event 404"):
        delegations.event_delegations(sample_db, event_id=404)


def test_removing_a_delegation_removes_its_members_and_only_it(sample_db):
    kg = by_code(sample_db, 1, "KG")
    member_ids = {m.id for m in kg.members}
    change = delegations.remove_delegation(sample_db, delegation_id=kg.id)
    assert change.removed == {"delegation": (kg.id,)} and not change.added
    assert "KG" not in [code for _kind, code in listed(sample_db, 1)] and len(listed(sample_db, 1)) == 5
    for member_id in member_ids:
        with pytest.raises(ValidationError, match=f"^member: there is no member {member_id}$"):
            delegations.remove_member(sample_db, member_id=member_id)
    with pytest.raises(ValidationError, match=f"^delegation: there is no delegation {kg.id}$"):
        delegations.remove_delegation(sample_db, delegation_id=kg.id)


# --- persons and members ----------------------------------------------------------------------------------

def a_person(given="Aida", surname="Karimova", **fields):
    return Person(fields.pop("key", ""), {"en": PersonName(given, surname, **fields)})


def test_a_new_person_gets_a_key_from_the_name_and_a_free_one_when_taken(sample_db):
    first = a_person("Gülnar", "Əliyeva", position=" Adviser ")
    change = delegations.save_person(sample_db, person=first)
    assert change.added == {"person": (first.id,)} and first.key == "gulnar-eliyeva"
    second = a_person("Gülnar", "Əliyeva")
    delegations.save_person(sample_db, person=second)
    assert second.key == "gulnar-eliyeva-2" and second.id != first.id
    persons = reference_data.reference_data(sample_db)["persons"]
    assert persons[first.id].names["en"] == PersonName("Gülnar", "Əliyeva", position="Adviser")
    assert persons[second.id].key == "gulnar-eliyeva-2"


def test_a_person_is_updated_and_may_not_take_another_ones_key(sample_db):
    person = reference_data.reference_data(sample_db)["persons"][8]
    person.names = {**person.names, "ru": PersonName("Эльчин", "Мамедов")}
    change = delegations.save_person(sample_db, person=person)
    assert change.updated == {"person": (8,)} and not change.added
    assert reference_data.reference_data(sample_db)["persons"][8].names["ru"].surname == "Мамедов"

    person.key = "kamran-aliyev"
    with pytest.raises(ValidationError) as error:
        delegations.save_person(sample_db, person=person)
    assert (error.value.field, error.value.problem) == ("key", "'kamran-aliyev' belongs to another person")
    assert reference_data.reference_data(sample_db)["persons"][8].key == "elchin-mammadov"


def test_changing_a_person_that_is_not_there_is_refused(sample_db):
    count = len(reference_data.reference_data(sample_db)["persons"])
    ghost = a_person("Ghost", "Writer", key="ghost-writer")
    ghost.id = 500
    with pytest.raises(ValidationError) as error:
        delegations.save_person(sample_db, person=ghost)
    assert (error.value.field, error.value.problem) == ("person", "there is no person 500")
    assert len(reference_data.reference_data(sample_db)["persons"]) == count


@pytest.mark.parametrize("person, field, problem", [
    (Person("x", {}), "name", "is required in at least one language"),
    (a_person("", "Karimova"), "given name (en)", "is required"),
    (a_person("Aida", " "), "surname (en)", "is required"),
    (a_person("Aida", "Karimova", key="Not A Key"), "key", "lower-case letters"),
    (a_person("Aida", "K" * 201), "surname (en)", "is too long (201 characters; at most 200)"),
    (a_person("Aida", "Kari\u202emova"), "surname (en)", "control character (U+202E)"),
])
def test_a_person_that_breaks_a_rule_is_refused_and_not_stored(sample_db, person, field, problem):
    count = len(reference_data.reference_data(sample_db)["persons"])
    with pytest.raises(ValidationError) as error:
        delegations.save_person(sample_db, person=person)
    assert error.value.field == field and problem in error.value.problem
    assert len(reference_data.reference_data(sample_db)["persons"]) == count


def test_members_are_added_in_order_and_their_role_changed(sample_db):
    az = by_code(sample_db, 1, "AZ")
    change = delegations.add_member(sample_db, delegation_id=az.id, person_id=8, role=Role.MEMBER)
    member_id = change.added["member"][0]
    assert change.added == {"member": (member_id,)}
    assert [(m.person.key, m.role) for m in by_code(sample_db, 1, "AZ").members] == [
        ("kamran-aliyev", Role.HEAD), ("elchin-mammadov", Role.MEMBER)]

    change = delegations.set_member_role(sample_db, member_id=member_id, role=Role.GUEST_SPEAKER)
    assert change.updated == {"member": (member_id,)}
    assert by_code(sample_db, 1, "AZ").members[1].role is Role.GUEST_SPEAKER

    change = delegations.remove_member(sample_db, member_id=member_id)
    assert change.removed == {"member": (member_id,)}
    assert [m.person.key for m in by_code(sample_db, 1, "AZ").members] == ["kamran-aliyev"]


def test_a_member_that_cannot_be_is_refused(sample_db):
    az = by_code(sample_db, 1, "AZ")
    cases = [
        (dict(delegation_id=az.id, person_id=999, role=Role.MEMBER), "person", "there is no person 999"),
        (dict(delegation_id=az.id, person_id=1, role=Role.MEMBER), "person", "is already a member of this delegation"),
        (dict(delegation_id=az.id, person_id=8, role=Role.HEAD), "role",
         "the delegation already has a head (kamran-aliyev)"),
        (dict(delegation_id=az.id, person_id=8, role=Role.ORGANISATION_REPRESENTATIVE), "role",
         "the delegation already has a head (kamran-aliyev)"),
        (dict(delegation_id=999, person_id=8, role=Role.MEMBER), "delegation", "there is no delegation 999"),
    ]
    for arguments, field, problem in cases:
        with pytest.raises(ValidationError) as error:
            delegations.add_member(sample_db, **arguments)
        assert (error.value.field, error.value.problem) == (field, problem), arguments
    assert [m.person.key for m in by_code(sample_db, 1, "AZ").members] == ["kamran-aliyev"]


def test_a_role_change_does_not_make_a_second_head(sample_db):
    az = by_code(sample_db, 1, "AZ")
    member_id = delegations.add_member(sample_db, delegation_id=az.id, person_id=8, role=Role.MEMBER).added["member"][0]
    with pytest.raises(ValidationError) as error:
        delegations.set_member_role(sample_db, member_id=member_id, role=Role.HEAD)
    assert error.value.field == "role"
    assert error.value.problem == "the delegation already has a head (kamran-aliyev)"
    assert [m.role for m in by_code(sample_db, 1, "AZ").members] == [Role.HEAD, Role.MEMBER]


def test_the_head_may_change_its_own_role_and_then_another_member_may_lead(sample_db):
    az = by_code(sample_db, 1, "AZ")
    head_id = az.members[0].id
    member_id = delegations.add_member(sample_db, delegation_id=az.id, person_id=8, role=Role.MEMBER).added["member"][0]
    delegations.set_member_role(sample_db, member_id=head_id, role=Role.ORGANISATION_REPRESENTATIVE)
    delegations.set_member_role(sample_db, member_id=head_id, role=Role.HEAD)
    delegations.set_member_role(sample_db, member_id=head_id, role=Role.MEMBER)
    delegations.set_member_role(sample_db, member_id=member_id, role=Role.HEAD)
    assert [(m.person.key, m.role) for m in by_code(sample_db, 1, "AZ").members] == [
        ("kamran-aliyev", Role.MEMBER), ("elchin-mammadov", Role.HEAD)]


def test_a_role_that_does_not_exist_is_refused(sample_db):
    az = by_code(sample_db, 1, "AZ")
    with pytest.raises(ValidationError) as error:
        delegations.set_member_role(sample_db, member_id=az.members[0].id, role="chair")
    assert error.value.field == "role" and error.value.problem.startswith("'chair' is not one of head, member")
    with pytest.raises(ValidationError, match="^role: 'chair' is not one of"):
        delegations.add_member(sample_db, delegation_id=az.id, person_id=8, role="chair")
    assert [(m.person.key, m.role) for m in by_code(sample_db, 1, "AZ").members] == [("kamran-aliyev", Role.HEAD)]


def test_changing_or_removing_an_unknown_member_is_refused(sample_db):
    with pytest.raises(ValidationError, match="^member: there is no member 999$"):
        delegations.set_member_role(sample_db, member_id=999, role=Role.MEMBER)
    with pytest.raises(ValidationError, match="^member: there is no member 999$"):
        delegations.remove_member(sample_db, member_id=999)


# --- the rule of precedence and moves by hand -----------------------------------------------------------

def test_set_precedence_stores_the_rule(sample_db):
    change = delegations.set_precedence(sample_db, event_id=1, language="ru", host_placement="first")
    assert change.updated == {"event": (1,)}
    event = events.get_event(sample_db, event_id=1)
    assert (event.precedence_language, event.host_placement) == ("ru", "first")
    assert codes_in_order(sample_db, 1)[0] == "KG"  # the host first


def test_a_precedence_language_without_collation_is_refused(sample_db):
    with pytest.raises(ValidationError) as error:
        delegations.set_precedence(sample_db, event_id=1, language="fr", host_placement="in_order")
    assert error.value.field == "language of precedence" and "'fr' is not one of en, ru, tr" in error.value.problem
    assert events.get_event(sample_db, event_id=1).precedence_language == "tr"


@pytest.mark.parametrize("host_placement", ["middle", "", None, "FIRST"])
def test_a_host_placement_that_does_not_exist_is_refused(sample_db, host_placement):
    with pytest.raises(ValidationError) as error:
        delegations.set_precedence(sample_db, event_id=1, language="ru", host_placement=host_placement)
    assert (error.value.field, error.value.problem) == (
        "host placement", f"'{host_placement}' is not one of in_order, first, last")
    event = events.get_event(sample_db, event_id=1)
    assert (event.precedence_language, event.host_placement) == ("tr", "in_order")


def test_a_delegation_moved_by_hand_keeps_its_place_and_reason_until_cleared(sample_db):
    ots = by_code(sample_db, 1, "OTS")
    change = delegations.move_delegation(sample_db, delegation_id=ots.id, position=1, reason=" Host's request ")
    assert change.updated == {"delegation": (ots.id,)}
    assert codes_in_order(sample_db, 1) == ["OTS", "AZ", "KZ", "KG", "UZ", "TR"]
    moved = by_code(sample_db, 1, "OTS")
    assert (moved.manual_position, moved.manual_reason) == (1, "Host's request")

    change = delegations.clear_manual_position(sample_db, delegation_id=ots.id)
    assert change.updated == {"delegation": (ots.id,)}
    assert codes_in_order(sample_db, 1)[-1] == "OTS" and by_code(sample_db, 1, "OTS").manual_position is None


def test_reset_order_drops_every_move_of_the_event(sample_db):
    for code, position in (("OTS", 1), ("TR", 2)):
        delegations.move_delegation(sample_db, delegation_id=by_code(sample_db, 1, code).id, position=position,
                                    reason="agreed")
    assert codes_in_order(sample_db, 1)[:2] == ["OTS", "TR"]
    change = delegations.reset_order(sample_db, event_id=1)
    assert change.updated == {"event": (1,)}
    assert codes_in_order(sample_db, 1) == ["AZ", "KZ", "KG", "UZ", "TR", "OTS"]
    assert all(d.manual_position is None and d.manual_reason == ""
               for d in delegations.event_delegations(sample_db, event_id=1))


@pytest.mark.parametrize("position, reason, field, problem", [
    (0, "agreed", "position", "must be from 1 to 6"),
    (7, "agreed", "position", "must be from 1 to 6"),
    ("2", "agreed", "position", "must be from 1 to 6"),
    (True, "agreed", "position", "must be from 1 to 6"),  # a bool is an int to Python, not a place
    (1.0, "agreed", "position", "must be from 1 to 6"),
    (2, "   ", "reason", "is required"),
    (2, "x" * 501, "reason", "is too long (501 characters; at most 500)"),
])
def test_a_move_by_hand_needs_a_place_in_range_and_a_reason(sample_db, position, reason, field, problem):
    ots = by_code(sample_db, 1, "OTS")
    with pytest.raises(ValidationError) as error:
        delegations.move_delegation(sample_db, delegation_id=ots.id, position=position, reason=reason)
    assert (error.value.field, error.value.problem) == (field, problem)
    assert by_code(sample_db, 1, "OTS").manual_position is None


def test_moving_an_unknown_delegation_is_refused(sample_db):
    with pytest.raises(ValidationError, match="^delegation: there is no delegation 999$"):
        delegations.move_delegation(sample_db, delegation_id=999, position=1, reason="x")
    with pytest.raises(ValidationError, match="^delegation: there is no delegation 999$"):
        delegations.clear_manual_position(sample_db, delegation_id=999)


# --- restoring what was removed (undo) ------------------------------------------------------------------

def test_a_removed_delegation_is_restored_with_members_and_manual_place_at_its_position(sample_db):
    kz = by_code(sample_db, 1, "KZ")
    delegations.move_delegation(sample_db, delegation_id=kz.id, position=6, reason="late arrival")
    kz = by_code(sample_db, 1, "KZ")
    entry = [code for _kind, code in listed(sample_db, 1)]
    old_ids = (kz.id, [m.id for m in kz.members])
    delegations.remove_delegation(sample_db, delegation_id=kz.id)

    change = delegations.restore_delegation(sample_db, event_id=1, delegation=kz, position=entry.index("KZ"))

    assert kz.id not in (None, old_ids[0]) and change.added["delegation"] == (kz.id,)
    assert change.added["member"] == tuple(m.id for m in kz.members) and len(kz.members) == 1
    assert [code for _kind, code in listed(sample_db, 1)] == entry
    restored = by_code(sample_db, 1, "KZ")
    assert [(m.id, m.person.key, m.role) for m in restored.members] == [(kz.members[0].id, "berik-asylov", Role.HEAD)]
    assert (restored.manual_position, restored.manual_reason) == (6, "late arrival")


def test_a_delegation_restored_without_position_comes_last_in_entry_order(sample_db):
    az = by_code(sample_db, 1, "AZ")
    delegations.remove_delegation(sample_db, delegation_id=az.id)
    delegations.restore_delegation(sample_db, event_id=1, delegation=az)
    assert [code for _kind, code in listed(sample_db, 1)][-1] == "AZ"


def test_a_delegation_whose_person_is_gone_is_not_restored(sample_db):
    az = by_code(sample_db, 1, "AZ")
    delegations.remove_delegation(sample_db, delegation_id=az.id)
    az.members[0].person.id = 999
    with pytest.raises(ValidationError, match="^person: there is no person 999$"):
        delegations.restore_delegation(sample_db, event_id=1, delegation=az)
    assert "AZ" not in [code for _kind, code in listed(sample_db, 1)]


def test_a_removed_member_is_restored_at_its_position(sample_db):
    az = by_code(sample_db, 1, "AZ")
    delegations.add_member(sample_db, delegation_id=az.id, person_id=8, role=Role.MEMBER)
    head = by_code(sample_db, 1, "AZ").members[0]
    delegations.remove_member(sample_db, member_id=head.id)

    change = delegations.restore_member(sample_db, delegation_id=az.id, person_id=head.person.id, role=head.role,
                                        position=0)
    new_id = change.added["member"][0]
    assert new_id != head.id
    assert [(m.id, m.person.key, m.role) for m in by_code(sample_db, 1, "AZ").members] == [
        (new_id, "kamran-aliyev", Role.HEAD), (by_code(sample_db, 1, "AZ").members[1].id, "elchin-mammadov",
                                               Role.MEMBER)]


def test_from_an_empty_workspace_to_an_ordered_event(fresh_db):
    for code, name in (("TR", "Türkiye"), ("AZ", "Azerbaijan")):
        reference.save_state(fresh_db, state=State(code, StateStatus.MEMBER, {"en": StateName(name, name)}), new=True)
    office = Institution("", {"en": "Prosecutor General's Office"}, state_code="AZ")
    reference.save_institution(fresh_db, institution=office)
    person = Person("", {"en": PersonName("Kamran", "Aliyev")})
    delegations.save_person(fresh_db, person=person)
    event_id = events.save_event(fresh_db, event=Event(kind=EventKind.SEMINAR, start_date=dt.date(2025, 5, 6),
                                                       title={"en": "Seminar"})).added["event"][0]
    turkiye = delegations.add_delegation(fresh_db, event_id=event_id, kind=DelegationKind.STATE, state_code="TR")
    azerbaijan = delegations.add_delegation(fresh_db, event_id=event_id, kind=DelegationKind.STATE, state_code="AZ",
                                            institution_id=office.id)
    member = delegations.add_member(fresh_db, delegation_id=azerbaijan.added["delegation"][0], person_id=person.id,
                                    role=Role.HEAD)

    change = turkiye.merged(azerbaijan).merged(member)
    assert change.touches("delegation", "member") and not change.touches("event")
    assert change.ids("delegation") == {turkiye.added["delegation"][0], azerbaijan.added["delegation"][0]}
    ordered = events.ordered_delegations(fresh_db, event_id=event_id)
    assert [d.code for d in ordered] == ["AZ", "TR"]
    assert ordered[0].leader.person.key == "kamran-aliyev" and ordered[0].institution.id == office.id


def test_a_new_member_refused_leaves_no_new_person(sample_db):
    az = by_code(sample_db, 1, "AZ")  # it has its head already
    count = len(reference_data.reference_data(sample_db)["persons"])
    person = Person("", {"en": PersonName(given_name="Aida", surname="Nurlanova")})
    with pytest.raises(ValidationError, match="head"):
        delegations.add_new_member(sample_db, delegation_id=az.id, person=person, role=Role.HEAD)
    assert len(reference_data.reference_data(sample_db)["persons"]) == count
    change = delegations.add_new_member(sample_db, delegation_id=az.id, person=person, role=Role.MEMBER)
    assert change.added["person"] == (person.id,) and len(change.added["member"]) == 1
    assert {p.key for p in reference_data.reference_data(sample_db)["persons"].values()} >= {"aida-nurlanova"}
