"""The reference records kept between reads: an edit reported through follow() re-reads just what it
touched; anything else (a write not reported, another kind of change) is never served stale."""
from organiser.domain.model import Person, PersonName
from organiser.services import delegations, events, reference_data
from organiser.storage import reference


def _person(given: str, surname: str) -> Person:
    return Person("", {"en": PersonName(given_name=given, surname=surname)})


def test_an_edit_reported_by_its_change_reads_only_that_record(sample_db):
    first = reference_data.reference_data(sample_db)
    untouched = next(iter(first["persons"].values()))
    since = reference_data.stamp(sample_db)
    person = _person("Aybek", "Dzhaksybekov")
    change = delegations.save_person(sample_db, person=person)
    reference_data.follow(sample_db, change, since=since)

    after = reference_data.reference_data(sample_db)
    assert after["persons"][person.id].names["en"].surname == "Dzhaksybekov"
    assert after["persons"][untouched.id] is untouched  # kept, not read again
    assert list(after["persons"]) == list(reference.persons(sample_db.db))  # the repository's order


def test_a_change_of_something_else_keeps_every_record(sample_db):
    states = reference_data.reference_data(sample_db)["states"]
    event = events.list_events(sample_db)[0]
    since = reference_data.stamp(sample_db)
    event.venue = {"en": "Ala-Archa State Residence"}
    reference_data.follow(sample_db, events.save_event(sample_db, event=event), since=since)
    again = reference_data.reference_data(sample_db)["states"]
    assert all(again[code] is states[code] for code in states)


def test_a_renamed_person_shows_the_new_name(sample_db):
    persons = reference_data.reference_data(sample_db)["persons"]
    person = next(p for p in persons.values() if p.key == "kamran-aliyev")
    renamed = Person(person.key, {**person.names, "en": PersonName(given_name="Kamran", surname="Aliev")}, person.id)
    since = reference_data.stamp(sample_db)
    reference_data.follow(sample_db, delegations.save_person(sample_db, person=renamed), since=since)
    assert reference_data.reference_data(sample_db)["persons"][person.id].names["en"].surname == "Aliev"


def test_a_write_that_was_not_reported_is_read_anew(sample_db):
    reference_data.reference_data(sample_db)
    stored = reference.save_person(sample_db.db, _person("Nodira", "Ergasheva"))  # no service, no follow
    assert reference_data.reference_data(sample_db)["persons"][stored.id].key == stored.key


def test_a_change_that_does_not_name_a_record_it_added_is_not_trusted(sample_db):
    reference_data.reference_data(sample_db)
    since = reference_data.stamp(sample_db)
    with sample_db.atomic() as db:
        stored = reference.save_person(db, _person("Nodira", "Ergasheva"))
    event = events.list_events(sample_db)[0]
    change = events.save_event(sample_db, event=event)  # names the event only
    reference_data.follow(sample_db, change, since=since)
    assert stored.id in reference_data.reference_data(sample_db)["persons"]


def test_records_older_than_the_edit_are_dropped(sample_db):
    reference_data.reference_data(sample_db)
    stored = reference.save_person(sample_db.db, _person("Nodira", "Ergasheva"))  # unreported, before the edit
    since = reference_data.stamp(sample_db)
    person = _person("Aybek", "Dzhaksybekov")
    reference_data.follow(sample_db, delegations.save_person(sample_db, person=person), since=since)
    persons = reference_data.reference_data(sample_db)["persons"]
    assert stored.id in persons and person.id in persons


def test_an_edited_record_keeps_its_place(sample_db):
    from organiser.domain.model import StateName
    from organiser.services import reference as reference_service

    before = list(reference_data.reference_data(sample_db)["states"])
    state = reference_data.reference_data(sample_db)["states"][before[0]]
    renamed = type(state)(state.code, state.status, {**state.names, "en": StateName("Azerbaijan", "the Republic of Azerbaijan")})
    since = reference_data.stamp(sample_db)
    reference_data.follow(sample_db, reference_service.save_state(sample_db, state=renamed, new=False), since=since)
    assert list(reference_data.reference_data(sample_db)["states"]) == before
