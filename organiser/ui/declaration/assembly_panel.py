"""The declaration being assembled: its clauses in order (added from the library, moved, removed, dragged)
and the languages it is drafted in."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox

from organiser.domain.languages import LANGUAGES
from organiser.ui.commands.declarations import (
    CreateDeclarationCommand, SetDeclarationClausesCommand, SetDeclarationLanguagesCommand,
)
from organiser.ui.declaration.current_draft import CurrentDraft
from organiser.ui.models.clauses_model import DeclarationClausesModel
from organiser.ui.panel import Panel


class AssemblyPanel(Panel):
    """The declaration's clauses (``entries`` in ``ui.clauses_view``) with the remove and move buttons, the
    button that creates a declaration for an event without one, and a box a language (``language_boxes``).
    Refreshes on a change to a clause (the list shows the clauses' texts), and on a change to a declaration
    that changed the draft's clauses or languages (not on a value); ``clauses()`` gives every clause by id,
    ``language()`` the language the texts are shown in.

    Signals: none of its own.
    """

    SHOWS = frozenset({"declaration", "clause"})

    def __init__(self, session, draft: CurrentDraft, ui, page, *, clauses, language):
        super().__init__(session, page)
        self.draft = draft
        self.ui = ui
        self.clauses = clauses
        self.language = language
        self.language_boxes: dict[str, QCheckBox] = {}
        self._shown: tuple = ()  # the draft, clauses, languages and text language the list was made from
        for code in LANGUAGES:
            box = QCheckBox(code)
            box.setObjectName(f"language_{code}")
            box.toggled.connect(lambda _checked: self._languages_chosen())
            ui.languages_layout.addWidget(box)
            self.language_boxes[code] = box
        self.entries = DeclarationClausesModel(self)
        ui.clauses_view.setModel(self.entries)
        # Queued: a drop is handled inside the view's drag and drop; the list is reset only after it.
        self.entries.insert_requested.connect(self.insert, Qt.ConnectionType.QueuedConnection)
        self.entries.move_requested.connect(self.move, Qt.ConnectionType.QueuedConnection)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.up_button.clicked.connect(lambda: self._move_selected(-1))
        ui.down_button.clicked.connect(lambda: self._move_selected(+1))
        ui.create_button.clicked.connect(self.create)
        ui.clauses_view.selectionModel().currentChanged.connect(lambda *_: self.update_buttons())

    @property
    def declaration(self):
        return self.draft.declaration

    def refresh(self, change) -> None:
        if change.touches("clause") or self._shown != self._showing():
            self.reload()

    def _showing(self) -> tuple:
        declaration = self.declaration
        if declaration is None:
            return ()
        return declaration.id, tuple(declaration.clause_ids), tuple(declaration.languages), self.language()

    def reload(self) -> None:
        self._shown = self._showing()
        if self.declaration is None:
            self.entries.set_clauses([], self.language())
            return
        self._load_languages()
        clauses = self.clauses()
        row = self.ui.clauses_view.currentIndex().row()
        self.entries.set_clauses([clauses[i] for i in self.declaration.clause_ids], self.language())
        if 0 <= row < self.entries.rowCount():
            self.ui.clauses_view.setCurrentIndex(self.entries.index(row))
        self.update_buttons()

    def update_buttons(self) -> None:
        row = self.ui.clauses_view.currentIndex().row()
        count = self.entries.rowCount()
        self.ui.remove_button.setEnabled(row >= 0)
        self.ui.up_button.setEnabled(row > 0)
        self.ui.down_button.setEnabled(0 <= row < count - 1)

    # --- edits ---------------------------------------------------------------------------------------------

    def create(self) -> None:
        if self.session.event_id is not None:
            self.session.run(CreateDeclarationCommand(self.session, event_id=self.session.event_id))

    def _set_clauses(self, clause_ids: list[int], text: str) -> bool:
        return self.session.run(SetDeclarationClausesCommand(
            self.session, declaration_id=self.declaration.id, before=self.declaration.clause_ids,
            after=clause_ids, text=text))

    def add_after_selected(self, clause_id: int) -> None:
        row = self.ui.clauses_view.currentIndex().row()
        self.insert([clause_id], row + 1 if row >= 0 else self.entries.rowCount())

    def insert(self, clause_ids: list[int], row: int) -> None:
        if self.declaration is None:
            return
        ids = list(self.declaration.clause_ids)
        row = max(0, min(row, len(ids)))
        ids[row:row] = clause_ids
        if self._set_clauses(ids, QT_TRANSLATE_NOOP("commands", "Add clause")):
            self.ui.clauses_view.setCurrentIndex(self.entries.index(row + len(clause_ids) - 1))
            self.update_buttons()

    def remove_selected(self) -> None:
        row = self.ui.clauses_view.currentIndex().row()
        if row < 0 or self.declaration is None:
            return
        ids = list(self.declaration.clause_ids)
        del ids[row]
        self._set_clauses(ids, QT_TRANSLATE_NOOP("commands", "Remove clause"))

    def _move_selected(self, step: int) -> None:
        row = self.ui.clauses_view.currentIndex().row()
        if row >= 0:
            self.move(row, row + step)

    def move(self, source: int, target: int) -> None:
        if self.declaration is None:
            return
        ids = list(self.declaration.clause_ids)
        if not (0 <= source < len(ids) and 0 <= target < len(ids)) or source == target:
            return
        ids.insert(target, ids.pop(source))
        if self._set_clauses(ids, QT_TRANSLATE_NOOP("commands", "Move clause")):
            self.ui.clauses_view.setCurrentIndex(self.entries.index(target))
            self.update_buttons()

    # --- languages -----------------------------------------------------------------------------------------

    def _load_languages(self) -> None:
        for code, box in self.language_boxes.items():
            box.blockSignals(True)
            box.setChecked(code in self.declaration.languages)
            box.blockSignals(False)

    def _languages_chosen(self) -> None:
        if self.declaration is None:
            return
        chosen = [code for code in self.declaration.languages if self.language_boxes[code].isChecked()]
        chosen += [code for code, box in self.language_boxes.items() if box.isChecked() and code not in chosen]
        if chosen == self.declaration.languages:
            return
        if not self.session.run(SetDeclarationLanguagesCommand(
                self.session, declaration_id=self.declaration.id, before=self.declaration.languages, after=chosen)):
            self._load_languages()

    def set_languages(self, languages: list[str]) -> None:
        """Tick exactly ``languages``, as a user does one box at a time."""
        for code, box in self.language_boxes.items():
            if box.isChecked() != (code in languages):
                box.setChecked(code in languages)
