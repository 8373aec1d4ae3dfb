"""The clause library beside the declaration: search and filters, the selected clause's text, the
clause editor, retiring a clause, and the library file (import with conflicts decided, export)."""
from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal

from organiser.domain.errors import OrganiserError
from organiser.domain.keys import unique_key
from organiser.domain.model import ClauseKind
from organiser.services import declarations as declaration_service
from organiser.services import library as library_service
from organiser.ui import dialogs
from organiser.ui.clause_editor import ClauseEditor
from organiser.ui.common import fill_combo
from organiser.ui.declaration.current_draft import CurrentDraft
from organiser.ui.library_import import LibraryImportDialog
from organiser.ui.models.clauses_model import KIND_LABELS, TEXT_ROLE, ClauseFilter, ClauseLibraryModel
from organiser.ui.panel import Panel
from organiser.ui.commands.library import ImportLibraryCommand, SaveClauseCommand, SetClauseRetiredCommand

LIBRARY_FILTER = "Clause libraries (*.json);;All files (*)"


class LibraryPanel(Panel):
    """The library list (``library`` model behind ``library_filter``), its filters, the clause preview and
    the clause buttons. ``clause_editor`` and ``import_dialog`` are the dialogs opened last. ``clauses``
    maps every clause's id to it (the declaration's list shows them). Refreshes on a change to a clause,
    and on a change to a declaration when the library stored is not the one shown; ``language()`` gives
    the language the texts are shown in.

    Signals: ``add_requested(int)`` with the id of the selected clause, to be added to the declaration.
    """

    SHOWS = frozenset({"clause", "declaration"})
    add_requested = Signal(int)

    def __init__(self, session, draft: CurrentDraft, ui, page, language):
        super().__init__(session, page)
        self.draft = draft
        self.ui = ui
        self.page = page
        self.language = language
        self.clauses: dict = {}
        self.clause_editor: ClauseEditor | None = None
        self.import_dialog: LibraryImportDialog | None = None
        self.library = ClauseLibraryModel(self)
        self.library_filter = ClauseFilter(self)
        self.library_filter.setSourceModel(self.library)
        ui.library_view.setModel(self.library_filter)
        ui.kind_filter.addItem("All kinds", None)
        for kind in ClauseKind:
            ui.kind_filter.addItem(KIND_LABELS[kind], kind.value)
        ui.search.textChanged.connect(lambda text: self.library_filter.set_filter(search=text))
        ui.kind_filter.currentIndexChanged.connect(
            lambda _i: self.library_filter.set_filter(kind=ui.kind_filter.currentData()))
        ui.tag_filter.currentIndexChanged.connect(
            lambda _i: self.library_filter.set_filter(tag=ui.tag_filter.currentData()))
        ui.show_retired.toggled.connect(lambda on: self.library_filter.set_filter(show_retired=on))
        ui.library_view.selectionModel().currentChanged.connect(lambda *_: self._show_clause())
        ui.library_view.doubleClicked.connect(lambda _i: self.add_selected())
        ui.add_button.clicked.connect(self.add_selected)
        ui.new_clause_button.clicked.connect(self.new_clause)
        ui.edit_clause_button.clicked.connect(self.edit_clause)
        ui.duplicate_clause_button.clicked.connect(self.duplicate_clause)
        ui.retire_clause_button.clicked.connect(self.toggle_retired)
        ui.import_library_button.clicked.connect(self.import_library)
        ui.export_library_button.clicked.connect(self.export_library)

    def refresh(self, change) -> None:
        if change.touches("clause"):
            self.reload()
        else:  # another draft, or none: whether a clause can be added
            self.update_buttons()

    def reload(self, clauses=None) -> None:
        if clauses is None:
            clauses = declaration_service.clause_library(self.session.workspace)
        self.clauses = {c.id: c for c in clauses}
        selected = self.ui.library_view.currentIndex().data(Qt.ItemDataRole.UserRole)
        self.library.set_clauses(clauses, self.language())
        tag = self.ui.tag_filter.currentData()
        fill_combo(self.ui.tag_filter, [(t, t) for t in self.library.tags()], tag, none_label="All tags")
        self._select(selected)

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def _select(self, clause_id) -> None:
        for row in range(self.library_filter.rowCount()):
            index = self.library_filter.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == clause_id:
                self.ui.library_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                break
        self._show_clause()

    def select_clause(self, clause_id) -> None:
        self.ui.search.clear()
        self._select(clause_id)

    def find(self, key: str) -> None:
        """Show the clause ``key`` alone and select it, as a user searching for it would."""
        self.ui.search.setText(key)
        self.ui.library_view.setCurrentIndex(self.library_filter.index(0, 0))

    def _show_clause(self) -> None:
        index = self.ui.library_view.currentIndex()
        if not index.isValid():
            self.ui.clause_preview.clear()
        else:
            text = index.data(TEXT_ROLE)
            self.ui.clause_preview.setPlainText(text or f"(This clause has no text in '{self.language()}'.)")
        self.update_buttons()

    def selected_clause(self):
        index = self.ui.library_view.currentIndex()
        return self.clauses.get(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def update_buttons(self) -> None:
        clause = self.selected_clause()
        for button in (self.ui.edit_clause_button, self.ui.duplicate_clause_button, self.ui.retire_clause_button):
            button.setEnabled(clause is not None)
        self.ui.retire_clause_button.setText("Bring back" if clause is not None and clause.retired else "Retire")
        self.ui.add_button.setEnabled(clause is not None and not clause.retired and self.draft.declaration is not None)

    def add_selected(self) -> None:
        clause = self.selected_clause()
        if clause is None or self.draft.declaration is None:
            return
        if clause.retired:
            self.session.show_error(f"The clause {clause.key} is retired: bring it back first to use it.")
            return
        self.add_requested.emit(clause.id)

    # --- the clause editor ---------------------------------------------------------------------------------

    def _open_editor(self, clause, title: str, before) -> ClauseEditor:
        def submit(dialog: ClauseEditor):
            errors: list[str] = []
            command = SaveClauseCommand(self.session, before=before, after=dialog.clause())
            if not self.session.run(command, on_error=errors.append):
                return errors[0]
            self.select_clause(self.session.ids.resolve("clause", command.original_id))
            return None

        self.clause_editor = ClauseEditor(self.session, clause, submit, self.page, title)
        self.clause_editor.open()
        return self.clause_editor

    def new_clause(self) -> ClauseEditor:
        return self._open_editor(None, "New clause", None)

    def edit_clause(self) -> ClauseEditor | None:
        clause = self.selected_clause()
        return self._open_editor(clause, f"Edit clause {clause.key}", clause) if clause is not None else None

    def duplicate_clause(self) -> ClauseEditor | None:
        clause = self.selected_clause()
        if clause is None:
            return None
        duplicate = copy.deepcopy(clause)
        duplicate.id = None
        duplicate.retired = False
        duplicate.key = unique_key(clause.key, set(c.key for c in self.clauses.values()), "copy")
        return self._open_editor(duplicate, f"Duplicate of {clause.key}", None)

    def toggle_retired(self) -> None:
        clause = self.selected_clause()
        if clause is not None:
            self.session.run(SetClauseRetiredCommand(self.session, clause_id=clause.id, retired=not clause.retired,
                                                     key=clause.key))

    # --- the library file ----------------------------------------------------------------------------------

    def export_library(self):
        start = self.session.settings.export_folder
        name = "clause library.json"
        path = dialogs.choose_save_file(self.page, "Export the clause library", f"{start}/{name}" if start else name,
                                        LIBRARY_FILTER)
        if not path:
            return None
        try:
            # The file dialog has asked about replacing an existing file already.
            written = library_service.write_library_file(library_service.export_library(self.session.workspace),
                                                         path, force=True)
        except OrganiserError as error:
            self.session.show_error(str(error))
            return None
        dialogs.show_info(self.page, f"The clause library ({len(self.clauses)} clauses) is written to {written}.")
        return written

    def import_library(self) -> LibraryImportDialog | None:
        """Read a library file and show what importing it does; each conflict waits for the drafter's choice."""
        path = dialogs.choose_open_file(self.page, "Import a clause library", self.session.settings.export_folder,
                                        LIBRARY_FILTER)
        if not path:
            return None
        try:
            data = library_service.read_library_file(path)
        except OrganiserError as error:
            self.session.show_error(str(error))
            return None
        plan = library_service.plan_library_import(self.session.workspace, library=data)

        def submit(dialog: LibraryImportDialog):
            errors: list[str] = []
            command = ImportLibraryCommand(self.session, library=data, take_theirs=dialog.chosen("theirs"),
                                           keep_both=dialog.chosen("both"))
            return None if self.session.run(command, on_error=errors.append) else errors[0]

        self.import_dialog = LibraryImportDialog(plan, Path(path).name, submit, self.page)
        self.import_dialog.open()
        return self.import_dialog
