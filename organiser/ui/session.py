"""What every screen of the window works on: the open workspace, the undo stack, the selected event and
the language being edited."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from organiser.domain.errors import OrganiserError
from organiser.services import reference_data
from organiser.services.changes import Change
from organiser.services.workspaces import Workspace
from organiser.ui import dialogs
from organiser.ui.settings import Settings

log = logging.getLogger("organiser.ui")


class IdMap:
    """Undoing a deletion stores the record again under a new id; commands keep the id they first saw
    and look up the record's current one here."""

    def __init__(self):
        self._map: dict[tuple[str, int], int] = {}

    def remap(self, kind: str, old: int, new: int) -> None:
        if old != new:
            self._map[(kind, old)] = new

    def resolve(self, kind: str, ident: int | None) -> int | None:
        seen = set()
        while ident is not None and (kind, ident) in self._map and ident not in seen:
            seen.add(ident)
            ident = self._map[(kind, ident)]
        return ident


class Session(QObject):
    """The state shared by the screens.

    Signals: ``workspace_changed()`` after another workspace was opened; ``data_changed(object)`` with the
    service's Change after every edit, undo and redo (never None: see ``notify``); ``event_selected(object)`` with the selected event's
    id (or None); ``language_changed(str)`` when the editing language changes.
    """

    workspace_changed = Signal()
    data_changed = Signal(object)
    event_selected = Signal(object)
    language_changed = Signal(str)

    def __init__(self, workspace: Workspace, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.ids = IdMap()
        self.event_id: int | None = None
        self.language = settings.editing_language
        self.dialog_parent: QWidget | None = None

    # --- state --------------------------------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace) -> None:
        old = self.workspace
        self.workspace = workspace
        if old is not workspace:
            old.close()
        self._reloaded()

    def _reloaded(self) -> None:
        """After another workspace, or other content in this one: nothing to undo, no event chosen."""
        self.undo_stack.clear()
        self.ids = IdMap()
        self.event_id = None
        self.workspace_changed.emit()
        self.event_selected.emit(None)

    @property
    def read_only(self) -> bool:
        """Whether the workspace cannot be changed (another organiser has it, or its medium is read-only);
        ``workspace.notice`` says why."""
        return self.workspace.read_only

    def restore_backup(self, path, on_error=None):
        """Put the backup at ``path`` in place of the workspace's content (services.backups); returns the
        Change, or None after showing the error (by ``on_error(text)``, or else in a message box)."""
        from organiser.services.backups import restore_backup

        try:
            change = restore_backup(self.workspace, backup=path)
        except OrganiserError as error:
            (on_error or self.show_error)(plain(str(error)))
            return None
        log.info("restored %s into %s", path, self.workspace.path)
        self._reloaded()
        self.data_changed.emit(change)
        return change

    def select_event(self, event_id: int | None) -> None:
        if event_id != self.event_id:
            self.event_id = event_id
            self.event_selected.emit(event_id)

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.settings.editing_language = language
            self.language_changed.emit(language)

    # --- edits ----------------------------------------------------------------------------------------------

    def run(self, command: QUndoCommand, on_error=None) -> bool:
        """Carry out ``command`` and put it on the undo stack; an error a user can cause is shown (by
        ``on_error(text)``, or else in a message box) and nothing is pushed. Returns whether it was done.
        On a read-only workspace every edit fails so, before anything is tried (Workspace.atomic)."""
        try:
            command.apply()
        except OrganiserError as error:
            if on_error is not None:
                on_error(plain(str(error)))
            else:
                self.show_error(str(error))
            return False
        command.done_once = True
        self.undo_stack.push(command)  # push() calls redo(), which skips the first time (done above)
        return True

    def perform(self, action) -> Change:
        """Call ``action`` (a service call returning its Change), keep the reference records current with
        that change, and hand it to every screen. An error propagates and no screen is told (a service
        is one transaction: it changed nothing); the kept reference records are read anew next time."""
        since = reference_data.stamp(self.workspace)
        try:
            change = action()
        except BaseException:
            reference_data.follow(self.workspace, None, since=since)
            raise
        reference_data.follow(self.workspace, change, since=since)
        self.notify(change)
        return change

    def notify(self, change: Change | None = None) -> None:
        """Hand ``change`` to every screen (the one dispatcher); None, when what changed is not known,
        becomes a change that touches everything."""
        self.data_changed.emit(change if change is not None else Change.anything())

    def show_error(self, text: str) -> None:
        dialogs.show_error(self.dialog_parent, plain(text))


def plain(text: str) -> str:
    """An error's text as a sentence: a capital first letter and a full stop."""
    from organiser.domain.validation import displayable

    text = displayable(text.strip())
    if not text:
        return "Something went wrong."
    field, colon, rest = text.partition(": ")
    if colon and "_" in field and field.replace("_", "").isalpha():  # a field's code name: say it in words
        text = f"{field.replace('_', ' ')}: {rest}"
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
