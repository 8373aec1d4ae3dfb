"""Commands on the clause library: create, change, retire and import clauses."""
from __future__ import annotations

import copy

from organiser.services.changes import Change
from organiser.services.library import clauses, delete_clause, import_library, save_clause, set_clause_retired
from organiser.ui.commands.base import Command, Save, ValueChange, fill, translate


class SaveClauseCommand(Save):
    """Create a clause (``before`` is None: new or duplicated) or change one; undoing a creation removes it.
    ``text``, if given, names the edit instead: a source text of the "commands" context, translated here."""

    kind = "clause"

    def __init__(self, session, *, before, after, text: str = ""):
        if text:
            text = translate("commands", text)
        else:
            text = fill(translate("commands", "New clause %1") if before is None
                        else translate("commands", "Edit clause %1"), after.key)
        super().__init__(session, text, before=before, after=after)

    def save(self, record, *, new: bool):
        return save_clause(self.ws, clause=record)

    def remove(self, ident):
        return delete_clause(self.ws, clause_id=ident)


class SetClauseRetiredCommand(ValueChange):
    """Retire a clause (``retired``) or bring it back; undo does the opposite."""

    def __init__(self, session, *, clause_id: int, retired: bool, key: str = ""):
        super().__init__(session, fill(translate("commands", "Retire clause %1") if retired
                                       else translate("commands", "Bring back clause %1"), key),
                         before=not retired, after=retired)
        self.original_id = clause_id
        self.retired = retired

    def set(self, value):
        return set_clause_retired(self.ws, clause_id=self.resolve("clause", self.original_id), retired=value)


class ImportLibraryCommand(Command):
    """Import a clause library file with the drafter's choices; undo removes the clauses it added and gives
    the ones it replaced their workspace version back. ``notes`` says what was done with each conflict."""

    def __init__(self, session, *, library, take_theirs: set[str], keep_both: set[str]):
        super().__init__(session, translate("commands", "Import clause library"))
        self.library = copy.deepcopy(library)
        self.take_theirs, self.keep_both = set(take_theirs), set(keep_both)
        self.replaced = []
        self.added: tuple[int, ...] = ()
        self.notes: tuple[str, ...] = ()

    def do(self):
        before = {c.id: c for c in clauses(self.ws)}
        change = import_library(self.ws, library=self.library, take_theirs=self.take_theirs, keep_both=self.keep_both)
        self.replaced = [copy.deepcopy(before[i]) for i in change.updated.get("clause", ())]
        self.added = change.added.get("clause", ())
        self.notes = change.notes
        return change

    def undo_it(self):
        change = Change()
        for clause_id in self.added:
            change = change.merged(delete_clause(self.ws, clause_id=clause_id))
        for clause in self.replaced:
            change = change.merged(save_clause(self.ws, clause=copy.deepcopy(clause)))
        return change
