"""How a screen follows the session: it refreshes when a change touches what it shows, and only then."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from organiser.services.changes import Change


class ChangeFollower(QObject):
    """Calls ``refresh()`` of one screen when a change touches any of ``kinds``, when the selected event
    changes, when the workspace is another, and (with ``follows_language``) when the editing language
    changes; a change of anything else leaves the screen as it is.

    ``refresh`` only updates models and widgets in place; a screen whose refresh would delete widgets
    (a form rebuilt from the placeholders it shows) must queue that part itself, since the change may
    arrive while one of those widgets' own signals is being handled."""

    def __init__(self, session, widget: QWidget, refresh: Callable[[], None], *, kinds: tuple[str, ...],
                 follows_language: bool = True):
        super().__init__(widget)
        Change().touches(*kinds)  # a misspelt kind is an error now, not a screen that never refreshes
        self.refresh = refresh
        self.kinds = kinds
        session.data_changed.connect(self._changed)
        session.event_selected.connect(self._context_changed)
        session.workspace_changed.connect(self._context_changed)
        if follows_language:
            session.language_changed.connect(self._context_changed)

    def _changed(self, change: Change) -> None:
        if change.touches(*self.kinds):
            self.refresh()

    def _context_changed(self, *_signal_arguments) -> None:
        self.refresh()
