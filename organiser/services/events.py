"""Reading events and their delegations in protocol order."""
from __future__ import annotations

from organiser.domain.errors import ValidationError
from organiser.domain.model import Delegation, Event
from organiser.domain.protocol import PrecedenceRule, protocol_order
from organiser.storage import events as event_store
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
    rule = PrecedenceRule(language or event.precedence_language)
    return protocol_order(event_store.delegations(workspace.db, event_id), rule, host_code=event.country_code)
