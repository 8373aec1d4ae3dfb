"""Commands on events: create, change and delete one, change its programme."""
from __future__ import annotations

from organiser.domain.model import Event, ProgrammeItem
from organiser.services.declarations import choose_declaration, event_declarations
from organiser.services.events import delete_event, record_ids, save_event, save_programme
from organiser.services.exchange import export_event_package, import_package
from organiser.services.revisions import list_revisions, put_back_revisions
from organiser.ui.commands.base import Removal, Save, ValueChange, translate


class SaveEventCommand(Save):
    """Create an event (``before`` is None), which becomes the selected one, or change one; undoing the
    creation deletes the event again."""

    kind = "event"

    def __init__(self, session, *, before: Event | None, after: Event):
        super().__init__(session, translate("commands", "New event") if before is None
                         else translate("commands", "Edit event"), before=before, after=after)

    def save(self, record, *, new: bool):
        return save_event(self.ws, event=record)

    def remove(self, ident):
        if self.session.event_id == ident:
            self.session.select_event(None)
        return delete_event(self.ws, event_id=ident)

    def do(self):
        change = super().do()
        if self.before is None:
            self.session.select_event(change.added["event"][0])
        return change


class DeleteEventCommand(Removal):
    """Delete an event; undo imports the snapshot taken before (an exchange package), maps the new ids of
    the event, its delegations, members and declarations, and selects it."""

    kind = "event"

    def __init__(self, session, *, event_id: int):
        super().__init__(session, translate("commands", "Delete event"), ident=event_id)

    def take_snapshot(self, ident):
        # The exchange package carries the drafts, not their revisions nor which one is chosen: kept beside it,
        # in the order of record_ids' declarations.
        drafts = [(list_revisions(self.ws, declaration_id=d.id), d.chosen)
                  for d in event_declarations(self.ws, event_id=ident)]
        self.drafts = drafts
        return export_event_package(self.ws, event_id=ident), record_ids(self.ws, event_id=ident)

    def remove(self, ident):
        if self.session.event_id == ident:
            self.session.select_event(None)
        return delete_event(self.ws, event_id=ident)

    def restore(self, snapshot):
        change = import_package(self.ws, package=snapshot)
        event_id = change.added["event"][0]
        ids = record_ids(self.ws, event_id=event_id)
        for declaration_id, (revisions, chosen) in zip(ids["declaration"], self.drafts):
            change = change.merged(put_back_revisions(self.ws, declaration_id=declaration_id, revisions=revisions))
            if chosen:
                change = change.merged(choose_declaration(self.ws, event_id=event_id, declaration_id=declaration_id))
        return change, ids

    def undo_it(self):
        change = super().undo_it()
        self.session.select_event(change.added["event"][0])
        return change


class SaveProgrammeCommand(ValueChange):
    """Replace the event's programme items (``after``); undo puts the items of ``before`` back. ``text``
    names the edit ("Move programme item"): a source text of the "commands" context, marked for lupdate
    where it is written (QT_TRANSLATE_NOOP) and translated here."""

    def __init__(self, session, *, event_id: int, before: list[ProgrammeItem], after: list[ProgrammeItem],
                 text: str = ""):
        super().__init__(session, translate("commands", text) if text else translate("commands", "Edit programme"),
                         before=before, after=after)
        self.original_id = event_id

    def set(self, value):
        return save_programme(self.ws, event_id=self.resolve("event", self.original_id), items=value)
