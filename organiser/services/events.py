"""Reading events and their delegations in protocol order."""
from __future__ import annotations

from organiser.domain.errors import ValidationError
from organiser.domain.model import Delegation, Event, EventKind, ProgrammeItem
from organiser.domain.ordinals import ordinal_numeral
from organiser.domain.protocol import HostPlacement, PrecedenceRule, protocol_order
from organiser.domain.validation import check_names, validate_event
from organiser.services.changes import Change
from organiser.storage import clauses as clause_store
from organiser.storage import events as event_store
from organiser.storage import reference
from organiser.storage.db import Workspace


def list_events(workspace: Workspace) -> list[Event]:
    return event_store.events(workspace.db)


def get_event(workspace: Workspace, *, event_id: int) -> Event:
    event = event_store.event(workspace.db, event_id)
    if event is None:
        raise ValidationError("event", f"there is no event {event_id} in this workspace")
    return event


def ordered_delegations(workspace: Workspace, *, event_id: int, language: str | None = None) -> list[Delegation]:
    """The event's delegations in protocol order, collated in ``language`` (default: the event's own)."""
    event = get_event(workspace, event_id=event_id)
    rule = PrecedenceRule(language or event.precedence_language, HostPlacement(event.host_placement))
    return protocol_order(event_store.delegations(workspace.db, event_id), rule, host_code=event.country_code)


# --- editing ----------------------------------------------------------------------------------------

def next_ordinal(workspace: Workspace, *, council_id: int | None, kind: EventKind) -> int:
    """The number the next event of ``kind`` in the council's series would carry."""
    numbers = [e.ordinal for e in list_events(workspace)
               if e.council_id == council_id and e.kind is kind and e.ordinal is not None]
    return max(numbers, default=0) + 1


def save_event(workspace: Workspace, *, event: Event) -> Change:
    """Create (``event.id is None``) or update an event after checking it; returns the change."""
    validate_event(event)
    with workspace.atomic() as db:
        if event.council_id is not None and event.council_id not in reference.councils(db):
            raise ValidationError("council", f"there is no council {event.council_id}")
        if event.country_code and reference.state(db, event.country_code) is None:
            raise ValidationError("country", f"there is no state '{event.country_code}' in this workspace")
        if event.host_institution_id is not None and not reference.records_with_keys(
                db, "institution", [event.host_institution_id]):
            raise ValidationError("host institution", f"there is no institution {event.host_institution_id}")
        is_new = event.id is None
        if not is_new and event_store.event(db, event.id) is None:
            raise ValidationError("event", f"there is no event {event.id} in this workspace")
        event_store.save_event(db, event)
    return Change(added={"event": (event.id,)}) if is_new else Change(updated={"event": (event.id,)})


def record_ids(workspace: Workspace, *, event_id: int) -> dict[str, list[int]]:
    """The ids of an event and of what hangs on it (delegations, members, declarations) by kind, in a stable
    order: after the event is stored again (an undone deletion), old and new ids pair up by position."""
    delegations = event_store.delegations(workspace.db, get_event(workspace, event_id=event_id).id)
    return {
        "event": [event_id],
        "delegation": [d.id for d in delegations],
        "member": [m.id for d in delegations for m in d.members],
        "declaration": [d.id for d in clause_store.declarations_of_event(workspace.db, event_id)],
    }


def delete_event(workspace: Workspace, *, event_id: int) -> Change:
    """Delete an event with all that hangs on it; the change names those records too (its delegations,
    members, declarations and programme), so every screen showing one of them refreshes."""
    removed = record_ids(workspace, event_id=event_id)
    with workspace.atomic() as db:
        event_store.delete_event(db, event_id)
    return Change(removed={kind: tuple(ids) for kind, ids in removed.items() if ids} | {"programme": (event_id,)})


def programme(workspace: Workspace, *, event_id: int) -> list[ProgrammeItem]:
    return event_store.programme(workspace.db, get_event(workspace, event_id=event_id).id)


def save_programme(workspace: Workspace, *, event_id: int, items: list[ProgrammeItem]) -> Change:
    """Replace the event's programme with ``items`` in that order (the window edits it as a whole)."""
    get_event(workspace, event_id=event_id)
    for number, item in enumerate(items, start=1):
        item.title = check_names(f"programme item {number}: title", item.title, required=True)
        if item.starts_at and item.ends_at and item.ends_at < item.starts_at:
            raise ValidationError(f"programme item {number}: end time", "is before the start time")
    with workspace.atomic() as db:
        persons = reference.persons_with_ids(db, [i for item in items for i in item.speaker_ids])
        for number, item in enumerate(items, start=1):
            for person_id in item.speaker_ids:
                if person_id not in persons:
                    raise ValidationError(f"programme item {number}: speakers", f"there is no person {person_id}")
        event_store.replace_programme(db, event_id, items)
    return Change(updated={"programme": (event_id,)})


def generated_title(*, kind: EventKind, ordinal: int | None, council_name: str | None, language: str) -> str:
    """A title proposed from kind, number and council ("3rd meeting of the Council of …"); the user may edit it."""
    of_council = f" of the {council_name}" if council_name else ""
    if language != "en":
        raise ValidationError("title", f"no title is proposed in '{language}'; type it")
    if kind is EventKind.COUNCIL_MEETING and ordinal:
        return f"{ordinal_numeral(ordinal, language)} meeting{of_council}"
    if kind is EventKind.SEMINAR:
        return f"Seminar{of_council}"
    return f"Meeting{of_council}"


