"""What the panels of a screen share: refreshing from the session's one dispatcher only for the kinds of
record they show, and never rebuilding a widget while one of its own signals is being handled."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

from organiser.services.changes import KINDS, Change
from organiser.ui.session import Session


class Panel(QObject):
    """A part of a screen, over widgets of the screen's one generated form.

    ``SHOWS`` names the kinds of record the panel displays: on ``Session.data_changed`` it calls
    ``refresh(change)`` only when the change touches one of them; another workspace opened calls
    ``reload()``, and so does another event selected unless the panel says otherwise (``event_selected``). Panels are connected in the order they are made, and Qt calls
    slots in the order they were connected, so a panel made first (the screen's current record) is up to
    date when the others refresh.

    Signals: none of its own (subclasses list theirs).
    """

    SHOWS: frozenset[str] = frozenset()

    def __init__(self, session: Session, parent: QObject):
        super().__init__(parent)
        assert self.SHOWS <= KINDS, self.SHOWS - KINDS
        self.session = session
        self._handling = 0
        self._scheduled: set[str] = set()
        session.data_changed.connect(self._data_changed)
        session.event_selected.connect(self.event_selected)
        session.workspace_changed.connect(self._workspace_changed)

    def _data_changed(self, change: Change) -> None:
        if change.touches(*self.SHOWS):
            self.refresh(change)

    def _workspace_changed(self) -> None:
        self.reload()

    def event_selected(self, _event_id) -> None:
        """Another event was selected: by default the panel shows it anew."""
        self.reload()

    def refresh(self, change: Change) -> None:
        """Bring the panel up to date after ``change`` (which touches what it shows); by default all of it."""
        self.reload()

    def reload(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    @contextmanager
    def handling(self):
        """Mark the time a signal of one of the panel's own widgets is being handled: a rebuild asked for
        meanwhile (``rebuild_when_safe``) waits until the handler has returned, since Qt crashes when a widget
        is deleted while it is still emitting."""
        self._handling += 1
        try:
            yield
        finally:
            self._handling -= 1

    def rebuild_when_safe(self, rebuild) -> None:
        """Call ``rebuild`` now, or, while one of the panel's widgets' signals is being handled, once the
        event loop runs again (once however often it was asked; not at all if the panel is gone by then:
        the timer's context is the panel)."""
        if not self._handling:
            rebuild()
            return
        name = rebuild.__name__
        if name in self._scheduled:
            return
        self._scheduled.add(name)

        def run():
            self._scheduled.discard(name)
            rebuild()

        QTimer.singleShot(0, self, run)


class ChangeFollower(Panel):
    """A whole screen followed as a panel is: ``refresh()`` when a change touches any of ``kinds``, when
    another event is selected or another workspace opened, and (with ``follows_language``) when the
    editing language changes. ``refresh`` updates models and widgets in place (it deletes none)."""

    def __init__(self, session: Session, widget: QObject, refresh, *, kinds: tuple[str, ...],
                 follows_language: bool = True):
        super().__init__(session, widget)
        self.SHOWS = frozenset(kinds)
        assert self.SHOWS <= KINDS, self.SHOWS - KINDS  # a misspelt kind would be a screen that never refreshes
        self._refresh = refresh
        if follows_language:
            session.language_changed.connect(lambda _language: refresh())

    def reload(self) -> None:
        self._refresh()

