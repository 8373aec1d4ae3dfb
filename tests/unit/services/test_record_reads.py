"""The reads the window's undo needs: an event's record ids (to pair old with new after a deletion is
undone) and one declaration by its id."""
import pytest

from organiser.domain.errors import ValidationError
from organiser.domain.model import EventKind
from organiser.services import declarations, delegations, events
from organiser.services.exchange import export_event_package, import_package


def _meeting(ws):
    return next(e for e in events.list_events(ws) if e.kind is EventKind.COUNCIL_MEETING)


def test_record_ids_name_the_event_and_what_hangs_on_it(sample_db):
    meeting = _meeting(sample_db)
    entered = delegations.event_delegations(sample_db, event_id=meeting.id)
    ids = events.record_ids(sample_db, event_id=meeting.id)
    assert ids == {
        "event": [meeting.id],
        "delegation": [d.id for d in entered],
        "member": [m.id for d in entered for m in d.members],
        "declaration": [d.id for d in declarations.event_declarations(sample_db, event_id=meeting.id)],
    }
    assert ids["member"] and ids["declaration"]


def test_record_ids_pair_up_after_the_event_is_deleted_and_stored_again(sample_db):
    meeting = _meeting(sample_db)
    old = events.record_ids(sample_db, event_id=meeting.id)
    old_delegations = {d.id: d for d in delegations.event_delegations(sample_db, event_id=meeting.id)}
    old_members = {m.id: m for d in old_delegations.values() for m in d.members}
    old_drafts = {d.id: d for d in declarations.event_declarations(sample_db, event_id=meeting.id)}
    package = export_event_package(sample_db, event_id=meeting.id)
    events.delete_event(sample_db, event_id=meeting.id)

    again = import_package(sample_db, package=package).added["event"][0]
    new = events.record_ids(sample_db, event_id=again)
    assert {kind: len(ids) for kind, ids in new.items()} == {kind: len(ids) for kind, ids in old.items()}
    new_delegations = {d.id: d for d in delegations.event_delegations(sample_db, event_id=again)}
    new_members = {m.id: m for d in new_delegations.values() for m in d.members}
    new_drafts = {d.id: d for d in declarations.event_declarations(sample_db, event_id=again)}
    for before, after in zip(old["delegation"], new["delegation"]):
        assert new_delegations[after].code == old_delegations[before].code
    for before, after in zip(old["member"], new["member"]):
        assert (new_members[after].person.key, new_members[after].role) == (
            old_members[before].person.key, old_members[before].role)
    for before, after in zip(old["declaration"], new["declaration"]):
        assert new_drafts[after].title == old_drafts[before].title


def test_record_ids_of_no_event_is_refused(sample_db):
    with pytest.raises(ValidationError, match="no event 999"):
        events.record_ids(sample_db, event_id=999)


def test_get_declaration_reads_one_draft_by_its_id(sample_db):
    meeting = _meeting(sample_db)
    draft = declarations.event_declaration(sample_db, event_id=meeting.id)
    assert declarations.get_declaration(sample_db, declaration_id=draft.id) == draft
    with pytest.raises(ValidationError, match="no declaration 999"):
        declarations.get_declaration(sample_db, declaration_id=999)
