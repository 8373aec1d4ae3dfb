"""The draft the Declaration screen works on: the selected event's chosen declaration, if it has one."""
from __future__ import annotations

from PySide6.QtCore import Signal

from organiser.domain.errors import OrganiserError
from organiser.services import declarations as declaration_service
from organiser.ui.panel import Panel


class CurrentDraft(Panel):
    """Holds ``declaration`` (None when the event has none, or no event is selected). The screen makes it
    before its panels, so it is reloaded before any of them refreshes (see Panel).

    Signals: ``reloaded()`` after it was read again.
    """

    SHOWS = frozenset({"declaration", "event"})
    reloaded = Signal()

    def __init__(self, session, parent):
        super().__init__(session, parent)
        self.declaration = None
        self.reload()

    def reload(self) -> None:
        event_id = self.session.event_id
        self.declaration = None
        if event_id is not None:
            try:
                self.declaration = declaration_service.event_declaration(self.session.workspace, event_id=event_id)
            except OrganiserError:
                self.declaration = None
        self.reloaded.emit()
