"""The Declaration screen: the event's drafts, the clause library (with its editor) beside the declaration
being assembled, its languages, the values the drafter enters (a form made from the placeholders its
clauses use), the next meeting, revisions, a live preview and the warnings that hold export back."""
from __future__ import annotations

import copy
import html
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListWidgetItem, QWidget

from organiser.domain.errors import OrganiserError
from organiser.domain.library import free_key
from organiser.domain.model import ClauseKind
from organiser.domain.ordinals import ordinal_numeral
from organiser.services import declarations as declaration_service
from organiser.services import library as library_service
from organiser.services import events as event_service
from organiser.ui import dialogs
from organiser.ui.clause_editor import ClauseEditor
from organiser.ui.library_import import LibraryImportDialog
from organiser.ui.common import fill_combo, institution_label, mark, state_label
from organiser.ui.forms.ui_declaration_page import Ui_DeclarationPage
from organiser.ui.revisions_dialog import RevisionsDialog
from organiser.ui.models.clauses_model import (
    KIND_LABELS, TEXT_ROLE, ClauseFilter, ClauseLibraryModel, DeclarationClausesModel,
)
from organiser.ui.session import Session, plain
from organiser.ui.settings import LANGUAGES
from organiser.ui.commands.declarations import (
    ChooseDeclarationCommand, CreateDeclarationCommand, CreateNextMeetingCommand, DeleteDeclarationCommand,
    DuplicateDeclarationCommand, RenameDeclarationCommand, SaveRevisionCommand, SetDeclarationClausesCommand,
    SetDeclarationLanguagesCommand, SetDeclarationValueCommand,
)
from organiser.ui.commands.library import ImportLibraryCommand, SaveClauseCommand, SetClauseRetiredCommand


class DeclarationPage(QWidget):
    """The Declaration screen of the selected event. ``clause_editor`` and ``revisions_dialog`` are the
    dialogs open on it, if any (tests reach them there); ``value_widgets`` the fields of the drafter's own
    placeholders, by name."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_DeclarationPage()
        self.ui.setupUi(self)
        self.declaration = None
        self._clauses = {}
        self.clause_editor: ClauseEditor | None = None
        self.import_dialog: LibraryImportDialog | None = None
        self.revisions_dialog = None
        self.value_widgets: dict[str, QWidget] = {}
        self.language_boxes: dict[str, QCheckBox] = {}
        for language in LANGUAGES:
            box = QCheckBox(language)
            box.setObjectName(f"language_{language}")
            box.toggled.connect(lambda _checked: self._languages_chosen())
            self.ui.languages_layout.addWidget(box)
            self.language_boxes[language] = box

        self.library = ClauseLibraryModel(self)
        self.library_filter = ClauseFilter(self)
        self.library_filter.setSourceModel(self.library)
        self.ui.library_view.setModel(self.library_filter)
        self.entries = DeclarationClausesModel(self)
        self.ui.clauses_view.setModel(self.entries)
        self.entries.insert_requested.connect(self._insert, Qt.ConnectionType.QueuedConnection)
        self.entries.move_requested.connect(self._move, Qt.ConnectionType.QueuedConnection)

        self.ui.kind_filter.addItem("All kinds", None)
        for kind in ClauseKind:
            self.ui.kind_filter.addItem(KIND_LABELS[kind], kind.value)
        for language in LANGUAGES:
            self.ui.preview_language.addItem(language, language)
        self.ui.preview_language.setCurrentIndex(self.ui.preview_language.findData("en"))

        self.ui.search.textChanged.connect(lambda text: self.library_filter.set_filter(search=text))
        self.ui.kind_filter.currentIndexChanged.connect(
            lambda _i: self.library_filter.set_filter(kind=self.ui.kind_filter.currentData()))
        self.ui.tag_filter.currentIndexChanged.connect(
            lambda _i: self.library_filter.set_filter(tag=self.ui.tag_filter.currentData()))
        self.ui.library_view.selectionModel().currentChanged.connect(lambda *_: self._show_clause())
        self.ui.library_view.doubleClicked.connect(lambda _i: self.add_selected())
        self.ui.add_button.clicked.connect(self.add_selected)
        self.ui.remove_button.clicked.connect(self.remove_selected)
        self.ui.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.ui.down_button.clicked.connect(lambda: self._move_selected(+1))
        self.ui.create_button.clicked.connect(self.create)
        self.ui.show_retired.toggled.connect(lambda on: self.library_filter.set_filter(show_retired=on))
        self.ui.new_clause_button.clicked.connect(self.new_clause)
        self.ui.edit_clause_button.clicked.connect(self.edit_clause)
        self.ui.duplicate_clause_button.clicked.connect(self.duplicate_clause)
        self.ui.retire_clause_button.clicked.connect(self.toggle_retired)
        self.ui.import_library_button.clicked.connect(self.import_library)
        self.ui.export_library_button.clicked.connect(self.export_library)
        self.ui.draft_combo.activated.connect(lambda _i: self._draft_chosen())
        self.ui.new_draft_button.clicked.connect(self.new_draft)
        self.ui.rename_draft_button.clicked.connect(self.rename_draft)
        self.ui.delete_draft_button.clicked.connect(self.delete_draft)
        self.ui.save_revision_button.clicked.connect(self.save_revision)
        self.ui.revisions_button.clicked.connect(self.open_revisions)
        self.ui.create_next_button.clicked.connect(self.create_next_meeting)
        self.ui.next_meeting_year.editingFinished.connect(self._year_entered)
        self.ui.next_meeting_host.activated.connect(lambda _i: self._host_chosen())
        self.ui.preview_language.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.clauses_view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.ui.splitter.setSizes([330, 330, 440])

        session.data_changed.connect(self.reload)
        session.event_selected.connect(self.reload)
        session.workspace_changed.connect(self.reload)
        self.reload()

    def splitters(self) -> dict:
        return {"declaration": self.ui.splitter}

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    @property
    def language(self) -> str:
        return self.ui.preview_language.currentData()

    # --- loading ----------------------------------------------------------------------------------------

    def reload(self, *_signal_arguments) -> None:
        ws = self.session.workspace
        event_id = self.session.event_id
        self.setEnabled(event_id is not None)
        self.declaration = None
        if event_id is not None:
            try:
                self.declaration = declaration_service.event_declaration(ws, event_id=event_id)
            except OrganiserError:
                self.declaration = None
        self.ui.stack.setCurrentWidget(self.ui.work_page if self.declaration else self.ui.empty_page)
        clauses = declaration_service.clause_library(ws)
        self._clauses = {c.id: c for c in clauses}
        selected = self.ui.library_view.currentIndex().data(Qt.ItemDataRole.UserRole)
        self.library.set_clauses(clauses, self.language)
        tag = self.ui.tag_filter.currentData()
        fill_combo(self.ui.tag_filter, [(t, t) for t in self.library.tags()], tag, none_label="All tags")
        self._select_library(selected)
        if self.declaration is None:
            self.entries.set_clauses([], self.language)
            return
        self._load_drafts()
        self._load_languages()
        row = self.ui.clauses_view.currentIndex().row()
        self.entries.set_clauses([self._clauses[i] for i in self.declaration.clause_ids], self.language)
        if 0 <= row < self.entries.rowCount():
            self.ui.clauses_view.setCurrentIndex(self.entries.index(row))
        self._load_values()
        self._render()
        self._update_buttons()

    def _select_library(self, clause_id) -> None:
        for row in range(self.library_filter.rowCount()):
            index = self.library_filter.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == clause_id:
                self.ui.library_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                break
        self._show_clause()

    def _show_clause(self) -> None:
        index = self.ui.library_view.currentIndex()
        if not index.isValid():
            self.ui.clause_preview.clear()
            return
        text = index.data(TEXT_ROLE)
        self.ui.clause_preview.setPlainText(text or f"(This clause has no text in '{self.language}'.)")
        self._update_library_buttons()

    def _load_values(self) -> None:
        values = self.declaration.values
        year = values.get("next_meeting_year")
        self.ui.next_meeting_year.setText("" if year in (None, "") else str(year))
        mark(self.ui.next_meeting_year, False)
        self.ui.values_error.clear()
        states = event_service.reference_data(self.session.workspace)["states"]
        language = self.session.language
        fill_combo(self.ui.next_meeting_host,
                   [(state_label(s, language), s.code) for s in sorted(states.values(),
                                                                      key=lambda s: state_label(s, language))],
                   values.get("next_meeting_host"), none_label="(not yet chosen)")
        self._load_next_meeting()
        self._load_custom_values()

    def _render(self) -> None:
        ws = self.session.workspace
        event_id = self.session.event_id
        problems = declaration_service.declaration_problems(ws, event_id=event_id, language=self.language,
                                                            declaration_id=self.declaration.id)
        self.ui.warnings.clear()
        for problem in problems:
            QListWidgetItem(problem, self.ui.warnings)
        if not problems:
            QListWidgetItem("None: the declaration can be exported.", self.ui.warnings)
        self.ui.warnings_label.setText(
            f"Warnings ({len(problems)}; export waits until there are none):" if problems else "Warnings:")
        try:
            rendered = declaration_service.render_event_declaration(
                ws, event_id=event_id, language=self.language, declaration_id=self.declaration.id)
        except OrganiserError as error:
            self.ui.preview.setHtml(f"<p style='color:#b00020'>The preview cannot be shown yet: "
                                    f"{html.escape(plain(str(error)))}</p>")
            return
        self.preview_lines = rendered.lines()
        parts = [f"<h3 style='text-align:center'>{html.escape(rendered.title)}</h3>"]
        for clause in rendered.body:
            parts.append(f"<p style='text-align:justify'>{html.escape(clause.numbered_text)}</p>")
        rows = "".join(f"<tr><td width='50%'>{html.escape(r.institution)}</td><td>{html.escape(r.name)}</td></tr>"
                       for r in rendered.signatures)
        heading = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in rendered.signature_heading)
        parts.append(f"<table width='100%' cellspacing='6'><tr>{heading}</tr>{rows}</table>")
        self.ui.preview.setHtml("".join(parts))

    def preview_text(self) -> str:
        return self.ui.preview.toPlainText()

    def warnings(self) -> list[str]:
        return [self.ui.warnings.item(i).text() for i in range(self.ui.warnings.count())]

    def problems(self) -> list[str]:
        """What stops export in the preview language (empty when nothing does)."""
        if self.declaration is None:
            return ["This event has no declaration yet."]
        return declaration_service.declaration_problems(
            self.session.workspace, event_id=self.session.event_id, language=self.language,
            declaration_id=self.declaration.id)

    def _update_buttons(self) -> None:
        row = self.ui.clauses_view.currentIndex().row()
        count = self.entries.rowCount()
        self.ui.remove_button.setEnabled(row >= 0)
        self.ui.up_button.setEnabled(row > 0)
        self.ui.down_button.setEnabled(0 <= row < count - 1)

    # --- edits -----------------------------------------------------------------------------------------

    def create(self) -> None:
        if self.session.event_id is not None:
            self.session.run(CreateDeclarationCommand(self.session, event_id=self.session.event_id))

    def _set_clauses(self, clause_ids: list[int], text: str) -> bool:
        return self.session.run(SetDeclarationClausesCommand(
            self.session, declaration_id=self.declaration.id, before=self.declaration.clause_ids,
            after=clause_ids, text=text))

    def add_selected(self) -> None:
        index = self.ui.library_view.currentIndex()
        if not index.isValid() or self.declaration is None:
            return
        clause = self._clauses.get(index.data(Qt.ItemDataRole.UserRole))
        if clause is not None and clause.retired:
            self.session.show_error(f"The clause {clause.key} is retired: bring it back first to use it.")
            return
        row = self.ui.clauses_view.currentIndex().row()
        self._insert([index.data(Qt.ItemDataRole.UserRole)], row + 1 if row >= 0 else self.entries.rowCount())

    def add_clause(self, key: str) -> None:
        """Find the clause ``key`` in the library and add it after the selected one (as a user would)."""
        self.ui.search.setText(key)
        self.ui.library_view.setCurrentIndex(self.library_filter.index(0, 0))
        self.add_selected()
        self.ui.search.clear()

    def _insert(self, clause_ids: list[int], row: int) -> None:
        ids = list(self.declaration.clause_ids)
        row = max(0, min(row, len(ids)))
        ids[row:row] = clause_ids
        if self._set_clauses(ids, "Add clause"):
            self.ui.clauses_view.setCurrentIndex(self.entries.index(row + len(clause_ids) - 1))
            self._update_buttons()

    def remove_selected(self) -> None:
        row = self.ui.clauses_view.currentIndex().row()
        if row < 0:
            return
        ids = list(self.declaration.clause_ids)
        del ids[row]
        self._set_clauses(ids, "Remove clause")

    def _move_selected(self, step: int) -> None:
        row = self.ui.clauses_view.currentIndex().row()
        if row >= 0:
            self._move(row, row + step)

    def _move(self, source: int, target: int) -> None:
        ids = list(self.declaration.clause_ids)
        if not (0 <= source < len(ids) and 0 <= target < len(ids)) or source == target:
            return
        ids.insert(target, ids.pop(source))
        if self._set_clauses(ids, "Move clause"):
            self.ui.clauses_view.setCurrentIndex(self.entries.index(target))
            self._update_buttons()

    def _year_entered(self) -> None:
        if self.declaration is None:
            return
        text = self.ui.next_meeting_year.text().strip()
        before = self.declaration.values.get("next_meeting_year")
        if text == ("" if before is None else str(before)):
            return
        errors = []
        done = self.session.run(SetDeclarationValueCommand(
            self.session, declaration_id=self.declaration.id, name="next_meeting_year", before=before, after=text),
            on_error=errors.append)
        if not done:
            self.ui.values_error.setText(errors[0])
            mark(self.ui.next_meeting_year, True, errors[0])

    def _host_chosen(self) -> None:
        if self.declaration is None:
            return
        code = self.ui.next_meeting_host.currentData()
        before = self.declaration.values.get("next_meeting_host")
        if code == before:
            return
        self.session.run(SetDeclarationValueCommand(
            self.session, declaration_id=self.declaration.id, name="next_meeting_host", before=before,
            after=code or ""))

    # --- drafts and languages ----------------------------------------------------------------------------

    def _load_drafts(self) -> None:
        drafts = declaration_service.event_declarations(self.session.workspace, event_id=self.session.event_id)
        entries = [(f"{d.title or 'Untitled draft'} (draft {d.id})", d.id) for d in drafts]
        fill_combo(self.ui.draft_combo, entries, self.declaration.id)
        self.ui.delete_draft_button.setEnabled(True)

    def _draft_chosen(self) -> None:
        chosen = self.ui.draft_combo.currentData()
        if self.declaration is None or chosen is None or chosen == self.declaration.id:
            return
        before = declaration_service.chosen_declaration_id(self.session.workspace, event_id=self.session.event_id)
        self.session.run(ChooseDeclarationCommand(self.session, event_id=self.session.event_id, before=before,
                                                  after=chosen))

    def new_draft(self) -> None:
        if self.declaration is None:
            return
        title = dialogs.ask_text(self, "New draft", "Title of the new draft (it starts as a copy of this one):",
                                 f"{self.declaration.title or 'Draft'} (2)")
        if title is None:
            return
        command = DuplicateDeclarationCommand(self.session, declaration_id=self.declaration.id, title=title)
        if self.session.run(command):
            self.session.run(ChooseDeclarationCommand(
                self.session, event_id=self.session.event_id,
                before=declaration_service.chosen_declaration_id(self.session.workspace, event_id=self.session.event_id),
                after=command.original_id))

    def rename_draft(self) -> None:
        if self.declaration is None:
            return
        title = dialogs.ask_text(self, "Rename draft", "Title of the draft:", self.declaration.title)
        if title is not None and title != self.declaration.title:
            self.session.run(RenameDeclarationCommand(self.session, declaration_id=self.declaration.id,
                                                      before=self.declaration.title, after=title))

    def delete_draft(self) -> None:
        if self.declaration is None:
            return
        name = self.declaration.title or f"draft {self.declaration.id}"
        if dialogs.ask_yes_no(self, f"Delete the draft “{name}” with its revisions? (Edit → Undo brings it back.)"):
            self.session.run(DeleteDeclarationCommand(self.session, declaration_id=self.declaration.id))

    def _load_languages(self) -> None:
        for language, box in self.language_boxes.items():
            box.blockSignals(True)
            box.setChecked(language in self.declaration.languages)
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
        for language, box in self.language_boxes.items():
            if box.isChecked() != (language in languages):
                box.setChecked(language in languages)

    # --- the library -------------------------------------------------------------------------------------

    def selected_clause(self):
        index = self.ui.library_view.currentIndex()
        return self._clauses.get(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def _update_library_buttons(self) -> None:
        clause = self.selected_clause()
        for button in (self.ui.edit_clause_button, self.ui.duplicate_clause_button, self.ui.retire_clause_button):
            button.setEnabled(clause is not None)
        self.ui.retire_clause_button.setText("Bring back" if clause is not None and clause.retired else "Ret&ire")
        self.ui.add_button.setEnabled(clause is not None and not clause.retired and self.declaration is not None)

    def _open_editor(self, clause, title: str, before) -> ClauseEditor:
        def submit(dialog: ClauseEditor):
            after = dialog.clause()
            errors: list[str] = []
            command = SaveClauseCommand(self.session, before=before, after=after)
            if not self.session.run(command, on_error=errors.append):
                return errors[0]
            self.select_clause(self.session.ids.resolve("clause", command.original_id))
            return None

        self.clause_editor = ClauseEditor(self.session, clause, submit, self, title)
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
        duplicate.key = free_key(clause.key, set(c.key for c in self._clauses.values()), "copy")
        return self._open_editor(duplicate, f"Duplicate of {clause.key}", None)

    def toggle_retired(self) -> None:
        clause = self.selected_clause()
        if clause is not None:
            self.session.run(SetClauseRetiredCommand(self.session, clause_id=clause.id, retired=not clause.retired,
                                                     key=clause.key))

    def select_clause(self, clause_id) -> None:
        self.ui.search.clear()
        self._select_library(clause_id)

    LIBRARY_FILTER = "Clause libraries (*.json);;All files (*)"

    def export_library(self):
        start = self.session.settings.export_folder
        name = "clause library.json"
        path = dialogs.choose_save_file(self, "Export the clause library", f"{start}/{name}" if start else name,
                                        self.LIBRARY_FILTER)
        if not path:
            return None
        try:
            # The file dialog has asked about replacing an existing file already.
            written = library_service.write_library_file(library_service.export_library(self.session.workspace),
                                                         path, force=True)
        except OrganiserError as error:
            self.session.show_error(str(error))
            return None
        dialogs.show_info(self, f"The clause library ({len(self._clauses)} clauses) is written to {written}.")
        return written

    def import_library(self) -> LibraryImportDialog | None:
        """Read a library file and show what importing it does; each conflict waits for the drafter's choice."""
        path = dialogs.choose_open_file(self, "Import a clause library", self.session.settings.export_folder,
                                        self.LIBRARY_FILTER)
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

        self.import_dialog = LibraryImportDialog(plan, Path(path).name, submit, self)
        self.import_dialog.open()
        return self.import_dialog

    # --- values the drafter defined ------------------------------------------------------------------------

    def _load_custom_values(self) -> None:
        layout = self.ui.custom_layout
        while layout.rowCount():
            layout.removeRow(0)
        self.value_widgets = {}
        uses = [u for u in declaration_service.entered_placeholders(self.session.workspace,
                                                                    declaration_id=self.declaration.id) if not u.known]
        reference = event_service.reference_data(self.session.workspace)
        language = self.session.language
        for use in uses:
            value = self.declaration.values.get(use.name)
            if use.type in ("state", "person", "institution"):
                widget = QComboBox()
                if use.type == "state":
                    entries = sorted(((state_label(s, language), s.code) for s in reference["states"].values()))
                elif use.type == "person":
                    entries = sorted(((_person_label(p, language), p.key) for p in reference["persons"].values()))
                else:
                    entries = sorted(((institution_label(i, language), i.key)
                                      for i in reference["institutions"].values()))
                fill_combo(widget, entries, value, none_label="(not yet chosen)")
                widget.activated.connect(lambda _i, name=use.name, w=widget: self._value_entered(name, w.currentData()))
            elif use.type == "participants":
                widget = QLabel("(the heads of delegations, from the Delegations screen)")
            else:
                widget = QLineEdit("" if value in (None, "") else str(value))
                widget.setPlaceholderText({"date": "YYYY-MM-DD", "number": "a whole number",
                                           "ordinal": "a number: 4 gives fourth"}.get(use.type, "text"))
                widget.editingFinished.connect(lambda name=use.name, w=widget: self._value_entered(name, w.text().strip()))
            widget.setObjectName(f"value_{use.name}")
            widget.setToolTip(use.description)
            self.value_widgets[use.name] = widget
            layout.addRow(f"{{{use.name}}} ({use.type}):", widget)
        self.ui.custom_values.setVisible(bool(uses))

    def _value_entered(self, name: str, value) -> None:
        if self.declaration is None:
            return
        before = self.declaration.values.get(name)
        if (value or "") == ("" if before is None else str(before)):
            return
        errors: list[str] = []
        widget = self.value_widgets.get(name)
        if not self.session.run(SetDeclarationValueCommand(self.session, declaration_id=self.declaration.id,
                                                           name=name, before=before, after=value or ""),
                                on_error=errors.append):
            self.ui.values_error.setText(errors[0])
            if widget is not None:
                mark(widget, True, errors[0])

    # --- the next meeting ----------------------------------------------------------------------------------

    def _load_next_meeting(self) -> None:
        ws = self.session.workspace
        event = event_service.get_event(ws, event_id=self.session.event_id)
        planned = declaration_service.planned_next_meeting(ws, event_id=event.id)
        follows = event.council_id is not None and event.ordinal is not None
        if planned is not None:
            states = event_service.reference_data(ws)["states"]
            host = states.get(planned.country_code or "")
            where = f" in {state_label(host, self.session.language)}" if host else ""
            self.ui.next_note.setText(
                f"Taken from the planned {ordinal_numeral(planned.ordinal, 'en')} meeting (event {planned.id}): "
                f"{planned.start_date.year}{where}. Change it on the Events screen.")
        elif follows:
            self.ui.next_note.setText(f"No {ordinal_numeral(event.ordinal + 1, 'en')} meeting is planned yet.")
        else:
            self.ui.next_note.setText("")
        for widget in (self.ui.next_meeting_year, self.ui.next_meeting_host):
            widget.setEnabled(planned is None)
        self.ui.create_next_button.setVisible(follows)
        self.ui.create_next_button.setEnabled(planned is None)

    def create_next_meeting(self) -> None:
        if self.declaration is None:
            return
        command = CreateNextMeetingCommand(self.session, declaration_id=self.declaration.id)
        if self.session.run(command):
            dialogs.show_info(self, " ".join(command.notes))

    # --- revisions -----------------------------------------------------------------------------------------

    def save_revision(self) -> bool:
        if self.declaration is None:
            return False
        comment = dialogs.ask_text(self, "Save revision", "What changed, or why this revision (optional):")
        if comment is None:
            return False
        return self.session.run(SaveRevisionCommand(self.session, declaration_id=self.declaration.id,
                                                    author=self.session.settings.author_name, comment=comment))

    def open_revisions(self) -> RevisionsDialog | None:
        if self.declaration is None:
            return None
        self.revisions_dialog = RevisionsDialog(self.session, self)
        self.revisions_dialog.open()
        return self.revisions_dialog


def _person_label(person, language: str) -> str:
    name = person.names.get(language) or next(iter(person.names.values()), None)
    label = f"{name.given_name} {name.surname}" if name else person.key
    return label if language in person.names else f"{label}*"
