"""The bases of the window's commands: Command, and the shapes most user actions take —
ValueChange (set a value, undo sets the one before), Creation (create a record, undo removes it),
Save (create a record or change one) and Removal (remove a record, undo stores it again)."""
from __future__ import annotations

import copy
import logging
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from organiser.domain.errors import OrganiserError
from organiser.services.changes import Change

log = logging.getLogger("organiser.ui")

# Spelled out at each call as translate("commands", "…") so that pyside6-lupdate finds the context and the
# whole sentence (a wrapper named tr() would be extracted with an empty context).
translate = QCoreApplication.translate


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2 … replaced by ``values`` in one pass (QString.arg), so that a value holding
    "%2" is left alone; a translation may put the numbers in another order."""
    def value(match: re.Match) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if index < len(values) else match[0]

    return re.sub(r"%([1-9])", value, text)


class Command(QUndoCommand):
    """Base of the window's commands: subclasses implement ``do()`` and ``undo_it()``, each returning the
    service's Change.

    ``apply()`` does the action the first time (Session.run calls it and shows an error a user caused);
    QUndoStack.push then calls ``redo()``, which skips that first time. An error in a later redo or undo is
    shown and the stack left as it is. Records that undo stores again get new ids: commands keep the ids
    they first saw (``original_id`` for the record the command is about) and resolve them through
    ``session.ids``."""

    def __init__(self, session, text: str):
        super().__init__(text)
        self.session = session
        self.done_once = False
        self.original_id = None

    @property
    def ws(self):
        return self.session.workspace

    def resolve(self, kind: str, ident):
        return self.session.ids.resolve(kind, ident)

    def created(self, kind: str, new_id) -> None:
        """Note the id of the record this command created: the first time it becomes the command's own;
        when a redo after an undo creates the record again, its new id is mapped from that one."""
        if self.original_id is None:
            self.original_id = new_id
        else:
            self.session.ids.remap(kind, self.original_id, new_id)

    def apply(self) -> None:
        self.session.perform(self.do)

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def _guarded(self, action) -> None:
        try:
            self.session.perform(action)
        except OrganiserError as error:
            log.warning("%s failed: %s", type(self).__name__, type(error).__name__)  # no names in the log
            if action == self.undo_it:
                message = translate("commands", "Cannot undo “%1”: %2")
            else:
                message = translate("commands", "Cannot redo “%1”: %2")
            self.session.show_error(fill(message, self.text(), error))
            self.session.notify(None)  # the screens show again what the workspace holds

    def do(self) -> Change | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_it(self) -> Change | None:  # pragma: no cover - abstract
        raise NotImplementedError


class ValueChange(Command):
    """A command that sets one value: redo calls ``set(after)``, undo ``set(before)``.

    Subclasses implement ``set(value)`` (calling the service with the value and the resolved ids); each
    call gets its own copy of the value, so a service may change what it is given."""

    def __init__(self, session, text: str, *, before, after):
        super().__init__(session, text)
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def set(self, value) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def do(self):
        return self.set(copy.deepcopy(self.after))

    def undo_it(self):
        return self.set(copy.deepcopy(self.before))


class Creation(Command):
    """A command that creates a record of ``kind``: redo calls ``create()``, whose Change names the new
    record first in ``added[kind]``; undo calls ``remove(current id)``. A redo after an undo maps the
    first id to the new one (``created``)."""

    kind = ""

    def create(self) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def remove(self, ident) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def do(self):
        change = self.create()
        self.created(self.kind, change.added[self.kind][0])
        return change

    def undo_it(self):
        return self.remove(self.resolve(self.kind, self.original_id))


class Save(Command):
    """A command that creates a record of ``kind`` (``before`` is None) or changes one (undo saves
    ``before`` again); undoing a creation removes the record.

    Subclasses implement ``save(record, new=…)`` and ``remove(ident)``; ``ident(record)`` (the id by
    default) and ``place(record, ident)`` (sets the id) let records keyed otherwise keep their key."""

    kind = ""

    def __init__(self, session, text: str, *, before, after):
        super().__init__(session, text)
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.original_id = None if before is None else self.ident(before)

    def ident(self, record):
        return record.id

    def place(self, record, ident) -> None:
        record.id = ident

    def save(self, record, *, new: bool) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def remove(self, ident) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def do(self):
        record = copy.deepcopy(self.after)
        if self.before is None:
            self.place(record, None)
            change = self.save(record, new=True)
            self.created(self.kind, self.ident(record))
            return change
        self.place(record, self.resolve(self.kind, self.original_id))
        return self.save(record, new=False)

    def undo_it(self):
        current = self.resolve(self.kind, self.original_id)
        if self.before is None:
            return self.remove(current)
        record = copy.deepcopy(self.before)
        self.place(record, current)
        return self.save(record, new=False)


class Removal(Command):
    """A command that removes a record of ``kind``; undo stores it again from a snapshot and maps the ids
    it had (and those of what hung on it) to the new ones.

    Subclasses implement ``remove(ident)`` and ``restore(snapshot)`` → (Change, new ids by kind, in the
    order of ``old_ids``); ``take_snapshot(ident)`` → (snapshot, old ids by kind) is called just before
    each removal and by default keeps the snapshot and ids given to the constructor."""

    kind = ""

    def __init__(self, session, text: str, *, ident, snapshot=None, old_ids: dict[str, list] | None = None):
        super().__init__(session, text)
        self.original_id = ident
        self.snapshot = copy.deepcopy(snapshot)
        self.old_ids: dict[str, list] = dict(old_ids or {})

    def take_snapshot(self, ident) -> tuple[object, dict[str, list]]:
        return self.snapshot, self.old_ids

    def remove(self, ident) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def restore(self, snapshot) -> tuple[Change, dict[str, list]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def do(self):
        ident = self.resolve(self.kind, self.original_id)
        self.snapshot, self.old_ids = self.take_snapshot(ident)
        return self.remove(ident)

    def undo_it(self):
        change, new_ids = self.restore(copy.deepcopy(self.snapshot))
        for kind, old in self.old_ids.items():
            for old_id, new_id in zip(old, new_ids.get(kind, ())):
                self.session.ids.remap(kind, old_id, new_id)
        return change
