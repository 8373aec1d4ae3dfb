"""Events: reading, saving with its checks, deleting with what hangs on the event, the programme, protocol
order in a language, the proposed title and number, and the cached reference data."""
import datetime as dt

import pytest

from organiser.domain.errors import MissingNameError, ValidationError
from organiser.domain.model import (
    DelegationKind, Event, EventKind, ProgrammeItem, Role, State, StateName, StateStatus,
)
from organiser.services import reference_data
from organiser.services import declarations, delegations, events, reference
from organiser.storage import events as event_store
from organiser.storage.db import open_workspace


def a_meeting(**fields) -> Event:
    values = dict(kind=EventKind.COUNCIL_MEETING, start_date=dt.date(2025, 9, 18), title={"en": "4th meeting"},
                  ordinal=4, council_id=1, country_code="UZ")
    values.update(fields)
    return Event(**values)


def test_a_new_event_is_stored_and_its_id_is_the_change(sample_db):
    before = {e.id for e in events.list_events(sample_db)}
    event = a_meeting(title={"en": "  4th meeting  ", "ru": ""}, city={"en": "Tashkent"}, host_institution_id=4)
    change = events.save_event(sample_db, event=event)

    assert event.id is not None and event.id not in before
    assert change.added == {"event": (event.id,)} and not change.updated and not change.removed
    assert change.touches("event") and not change.touches("delegation") and change.ids("event") == {event.id}
    stored = events.get_event(sample_db, event_id=event.id)
    assert stored.title == {"en": "4th meeting"}  # stripped, the empty language dropped
    assert (stored.kind, stored.start_date, stored.ordinal, stored.council_id, stored.country_code,
            stored.city, stored.host_institution_id) == (
        EventKind.COUNCIL_MEETING, dt.date(2025, 9, 18), 4, 1, "UZ", {"en": "Tashkent"}, 4)
    assert {e.id for e in events.list_events(sample_db)} == before | {event.id}


def test_events_are_listed_by_start_date(sample_db):
    events.save_event(sample_db, event=a_meeting(start_date=dt.date(2020, 1, 1), ordinal=None, title={"en": "Old"}))
    dates = [e.start_date for e in events.list_events(sample_db)]
    assert dates == sorted(dates) and dates[0] == dt.date(2020, 1, 1)


def test_an_event_is_updated_in_place(sample_db):
    event = events.get_event(sample_db, event_id=1)
    event.venue = {"en": "Issyk-Kul, Cholpon-Ata"}
    event.end_date = dt.date(2024, 7, 26)
    count = len(events.list_events(sample_db))
    change = events.save_event(sample_db, event=event)
    assert change.updated == {"event": (1,)} and not change.added
    again = events.get_event(sample_db, event_id=1)
    assert again.venue == {"en": "Issyk-Kul, Cholpon-Ata"} and again.last_date == dt.date(2024, 7, 26)
    assert len(events.list_events(sample_db)) == count


@pytest.mark.parametrize("fields, field, problem", [
    (dict(title={}), "title", "is required in at least one language"),
    (dict(title={"en": "   "}), "title", "is required in at least one language"),
    (dict(end_date=dt.date(2025, 9, 17)), "end date", "2025-09-17 is before the start date 2025-09-18"),
    (dict(ordinal=0), "number in the series", "from 1 to 999"),
    (dict(ordinal=1000), "number in the series", "from 1 to 999"),
    (dict(title={"en": "Meeting\x07"}), "title (en)", "control character (U+0007)"),
    (dict(council_id=99), "council", "there is no council 99"),
    (dict(country_code="XX"), "country", "there is no state 'XX'"),
    (dict(host_institution_id=99), "host institution", "there is no institution 99"),
])
def test_a_new_event_that_breaks_a_rule_is_refused_and_not_stored(sample_db, fields, field, problem):
    before = [e.id for e in events.list_events(sample_db)]
    with pytest.raises(ValidationError) as error:
        events.save_event(sample_db, event=a_meeting(**fields))
    assert error.value.field == field and problem in error.value.problem
    assert str(error.value).startswith(f"{field}: ")
    assert [e.id for e in events.list_events(sample_db)] == before


def test_an_update_that_breaks_a_rule_leaves_the_stored_event_as_it_was(sample_db):
    event = events.get_event(sample_db, event_id=1)
    event.title = {"en": "Renamed"}
    event.country_code = "XX"
    with pytest.raises(ValidationError, match="country: there is no state 'XX'"):
        events.save_event(sample_db, event=event)
    stored = events.get_event(sample_db, event_id=1)
    assert stored.title["en"].startswith("3rd meeting") and stored.country_code == "KG"


def test_saving_an_event_that_is_not_there_is_refused(sample_db):
    with pytest.raises(ValidationError) as error:
        events.save_event(sample_db, event=a_meeting(id=77))
    assert (error.value.field, error.value.problem) == ("event", "there is no event 77 in this workspace")
    assert 77 not in {e.id for e in events.list_events(sample_db)}


def test_reading_an_unknown_event_names_it(sample_db):
    for call in (lambda: events.get_event(sample_db, event_id=42),
                 lambda: events.programme(sample_db, event_id=42),
                 lambda: events.ordered_delegations(sample_db, event_id=42),
                 lambda: events.delete_event(sample_db, event_id=42)):
        with pytest.raises(ValidationError, match="^event: there is no event 42 in this workspace$"):
            call()


def test_deleting_an_event_removes_what_hangs_on_it_and_nothing_else(sample_db):
    assert declarations.event_declarations(sample_db, event_id=1)
    events.save_programme(sample_db, event_id=1, items=[ProgrammeItem({"en": "Opening"}, speaker_ids=[1])])
    seminar_delegations = len(delegations.event_delegations(sample_db, event_id=2))
    persons = set(reference_data.reference_data(sample_db)["persons"])

    hanging = events.record_ids(sample_db, event_id=1)
    change = events.delete_event(sample_db, event_id=1)

    # The change names all it removed, so that every screen showing one of those records refreshes.
    assert change.removed == {"event": (1,), "delegation": tuple(hanging["delegation"]),
                              "member": tuple(hanging["member"]), "declaration": tuple(hanging["declaration"]),
                              "programme": (1,)}
    assert hanging["delegation"] and hanging["member"] and not change.added and not change.updated
    assert [e.id for e in events.list_events(sample_db)] == [2]
    db = sample_db.db
    assert event_store.delegations(db, 1) == [] and event_store.programme(db, 1) == []
    assert db["declarations"].count_where("event_id = 1") == 0
    assert db["delegation_members"].count_where(
        "delegation_id not in (select id from delegations)") == 0
    assert len(delegations.event_delegations(sample_db, event_id=2)) == seminar_delegations
    assert set(reference_data.reference_data(sample_db)["persons"]) == persons  # the people stay in the workspace


# --- the programme --------------------------------------------------------------------------------------

def test_the_programme_is_replaced_as_a_whole_and_read_back_in_order(sample_db):
    items = [ProgrammeItem({"en": " Opening "}, dt.time(9, 0), dt.time(9, 30), dt.date(2024, 7, 25), [1, 3]),
             ProgrammeItem({"en": "Signing", "ru": "Подписание"}, dt.time(12, 0))]
    change = events.save_programme(sample_db, event_id=1, items=items)
    assert change.updated == {"programme": (1,)} and change.touches("programme") and not change.touches("event")
    stored = events.programme(sample_db, event_id=1)
    assert [(i.title, i.starts_at, i.ends_at, i.day, i.speaker_ids) for i in stored] == [
        ({"en": "Opening"}, dt.time(9, 0), dt.time(9, 30), dt.date(2024, 7, 25), [1, 3]),
        ({"en": "Signing", "ru": "Подписание"}, dt.time(12, 0), None, None, [])]

    seminar = [i.title for i in events.programme(sample_db, event_id=2)]
    events.save_programme(sample_db, event_id=1, items=[ProgrammeItem({"en": "Only this"})])
    assert [i.title for i in events.programme(sample_db, event_id=1)] == [{"en": "Only this"}]
    assert [i.title for i in events.programme(sample_db, event_id=2)] == seminar and len(seminar) == 4
    events.save_programme(sample_db, event_id=1, items=[])
    assert events.programme(sample_db, event_id=1) == []


@pytest.mark.parametrize("bad, field, problem", [
    (ProgrammeItem({}), "programme item 2: title", "is required"),
    (ProgrammeItem({"en": "Lunch"}, dt.time(13, 0), dt.time(12, 0)), "programme item 2: end time",
     "is before the start time"),
    (ProgrammeItem({"en": "Talk"}, speaker_ids=[999]), "programme item 2: speakers", "there is no person 999"),
])
def test_a_programme_with_a_bad_item_is_refused_whole(sample_db, bad, field, problem):
    events.save_programme(sample_db, event_id=1, items=[ProgrammeItem({"en": "Kept"})])
    with pytest.raises(ValidationError) as error:
        events.save_programme(sample_db, event_id=1, items=[ProgrammeItem({"en": "First"}), bad])
    assert error.value.field == field and problem in error.value.problem
    assert [i.title for i in events.programme(sample_db, event_id=1)] == [{"en": "Kept"}]


# --- protocol order -------------------------------------------------------------------------------------

def codes(delegation_list):
    return [d.code for d in delegation_list]


def test_ordered_delegations_follow_the_language_of_the_event_or_the_one_asked(sample_db):
    # Event 1's rule is Turkish: Özbekistan before Türkiye; in English Türkiye comes before Uzbekistan.
    assert events.get_event(sample_db, event_id=1).precedence_language == "tr"
    assert codes(events.ordered_delegations(sample_db, event_id=1)) == ["AZ", "KZ", "KG", "UZ", "TR", "OTS"]
    assert codes(events.ordered_delegations(sample_db, event_id=1, language="en")) == [
        "AZ", "KZ", "KG", "TR", "UZ", "OTS"]


def test_ordered_delegations_honour_the_host_placement(sample_db):
    delegations.set_precedence(sample_db, event_id=1, language="en", host_placement="first")
    assert codes(events.ordered_delegations(sample_db, event_id=1)) == ["KG", "AZ", "KZ", "TR", "UZ", "OTS"]
    delegations.set_precedence(sample_db, event_id=1, language="en", host_placement="last")
    assert codes(events.ordered_delegations(sample_db, event_id=1)) == ["AZ", "KZ", "TR", "UZ", "KG", "OTS"]


def test_an_order_in_a_language_a_state_has_no_name_in_is_an_error_naming_it(sample_db):
    # Hungary has no Kazakh name in the sample.
    delegations.add_delegation(sample_db, event_id=1, kind=DelegationKind.STATE, state_code="HU")
    with pytest.raises(MissingNameError, match="state HU has no name in language 'kk'"):
        events.ordered_delegations(sample_db, event_id=1, language="kk")


# --- proposals: number and title ------------------------------------------------------------------------

def test_next_ordinal_counts_within_the_council_and_kind(sample_db):
    assert events.next_ordinal(sample_db, council_id=1, kind=EventKind.COUNCIL_MEETING) == 4
    assert events.next_ordinal(sample_db, council_id=1, kind=EventKind.SEMINAR) == 1  # the seminar has no number
    assert events.next_ordinal(sample_db, council_id=None, kind=EventKind.COUNCIL_MEETING) == 1
    events.save_event(sample_db, event=a_meeting(ordinal=9))
    assert events.next_ordinal(sample_db, council_id=1, kind=EventKind.COUNCIL_MEETING) == 10


def test_generated_titles(fresh_db):
    council = "Council of Prosecutors General"
    assert events.generated_title(kind=EventKind.COUNCIL_MEETING, ordinal=4, council_name=council,
                                  language="en") == "4th meeting of the Council of Prosecutors General"
    assert events.generated_title(kind=EventKind.COUNCIL_MEETING, ordinal=None, council_name=council,
                                  language="en") == "Meeting of the Council of Prosecutors General"
    assert events.generated_title(kind=EventKind.SEMINAR, ordinal=2, council_name=None, language="en") == "Seminar"
    with pytest.raises(ValidationError) as error:
        events.generated_title(kind=EventKind.SEMINAR, ordinal=None, council_name=council, language="ru")
    assert error.value.field == "title" and "'ru'" in error.value.problem


# --- reference data for the window's choices -------------------------------------------------------------

def test_reference_data_is_what_the_workspace_holds_and_follows_its_changes(sample_db):
    data = reference_data.reference_data(sample_db)
    assert set(data) == {"states", "organisations", "institutions", "persons", "councils"}
    assert set(data["states"]) == {"AZ", "HU", "KG", "KZ", "TM", "TR", "UZ"}
    assert set(data["organisations"]) == {"OTS"} and set(data["councils"]) == {1}
    assert {p.key for p in data["persons"].values()} >= {"kamran-aliyev", "sevinj-ruintan"}

    with pytest.raises(TypeError):  # read-only: no caller changes what the other forms are shown
        data["states"]["AZ"] = None
    assert "AZ" in reference_data.reference_data(sample_db)["states"]

    reference.save_state(sample_db, state=State("MN", StateStatus.OTHER, {"en": StateName("Mongolia", "Mongolia")}),
                         new=True)
    assert reference_data.reference_data(sample_db)["states"]["MN"].names["en"].short == "Mongolia"


def test_reference_data_of_two_workspaces_are_apart(sample_db):
    other = open_workspace(None)
    assert reference_data.reference_data(sample_db)["states"]
    assert reference_data.reference_data(other) == {"states": {}, "organisations": {}, "institutions": {},
                                               "persons": {}, "councils": {}}
    other.close()


def test_a_member_added_shows_in_the_event_delegations_read_through_events(sample_db):
    # ordered_delegations reads the delegations with their members, as the order screen shows them.
    delegation = next(d for d in events.ordered_delegations(sample_db, event_id=1) if d.code == "AZ")
    delegations.add_member(sample_db, delegation_id=delegation.id, person_id=8, role=Role.MEMBER)
    again = next(d for d in events.ordered_delegations(sample_db, event_id=1) if d.code == "AZ")
    assert [m.person.key for m in again.members] == ["kamran-aliyev", "elchin-mammadov"]
