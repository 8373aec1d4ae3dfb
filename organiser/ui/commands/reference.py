"""Commands on the reference data: states, organisations, institutions and persons with their names."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from organiser.services.delegations import save_person
from organiser.services.reference import remove_unused, save_institution, save_organisation, save_state
from organiser.ui.commands.base import Save, fill, translate

# (kind, new) → the command's text without and with the record's label, marked for translation here and
# translated when a command is made.
TEXTS = {
    ("state", True): (QT_TRANSLATE_NOOP("commands", "New state"), QT_TRANSLATE_NOOP("commands", "New state %1")),
    ("state", False): (QT_TRANSLATE_NOOP("commands", "Edit state"), QT_TRANSLATE_NOOP("commands", "Edit state %1")),
    ("organisation", True): (QT_TRANSLATE_NOOP("commands", "New organisation"),
                             QT_TRANSLATE_NOOP("commands", "New organisation %1")),
    ("organisation", False): (QT_TRANSLATE_NOOP("commands", "Edit organisation"),
                              QT_TRANSLATE_NOOP("commands", "Edit organisation %1")),
    ("institution", True): (QT_TRANSLATE_NOOP("commands", "New institution"),
                            QT_TRANSLATE_NOOP("commands", "New institution %1")),
    ("institution", False): (QT_TRANSLATE_NOOP("commands", "Edit institution"),
                             QT_TRANSLATE_NOOP("commands", "Edit institution %1")),
    ("person", True): (QT_TRANSLATE_NOOP("commands", "New person"), QT_TRANSLATE_NOOP("commands", "New person %1")),
    ("person", False): (QT_TRANSLATE_NOOP("commands", "Edit person"),
                        QT_TRANSLATE_NOOP("commands", "Edit person %1")),
}
KEYED_BY_CODE = ("state", "organisation")  # a state's or organisation's code is its key and never changes


class SaveReferenceCommand(Save):
    """Create (``before`` is None) or change a state, organisation, institution or person (``kind``) with its
    names per language; undoing a creation removes the record again, which is refused while it is in use."""

    def __init__(self, session, *, kind: str, before, after, label: str = ""):
        if (kind, True) not in TEXTS:
            raise ValueError(kind)
        plain, labelled = TEXTS[(kind, before is None)]
        self.kind = kind
        super().__init__(session, fill(translate("commands", labelled), label) if label
                         else translate("commands", plain), before=before, after=after)

    def ident(self, record):
        return record.code if self.kind in KEYED_BY_CODE else record.id

    def place(self, record, ident) -> None:
        if self.kind not in KEYED_BY_CODE:
            record.id = ident

    def save(self, record, *, new: bool):
        if self.kind == "state":
            return save_state(self.ws, state=record, new=new)
        if self.kind == "organisation":
            return save_organisation(self.ws, organisation=record, new=new)
        if self.kind == "institution":
            return save_institution(self.ws, institution=record)
        return save_person(self.ws, person=record)

    def remove(self, ident):
        return remove_unused(self.ws, kind=self.kind, key=ident)
