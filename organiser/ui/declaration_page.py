"""The Declaration screen: the clause library beside the declaration being assembled, the values the
drafter enters, a live preview and the warnings that hold export back."""
from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from organiser.domain.errors import OrganiserError
from organiser.domain.model import ClauseKind
from organiser.services import declarations as declaration_service
from organiser.services import events as event_service
from organiser.ui.common import fill_combo, mark, state_label
from organiser.ui.forms.ui_declaration_page import Ui_DeclarationPage
from organiser.ui.models.clauses_model import (
    KIND_LABELS, TEXT_ROLE, ClauseFilter, ClauseLibraryModel, DeclarationClausesModel,
)
from organiser.ui.session import Session, plain
from organiser.ui.settings import LANGUAGES
from organiser.ui.undo import CreateDeclarationCommand, SetDeclarationClausesCommand, SetDeclarationValueCommand


class DeclarationPage(QWidget):
    """The Declaration screen of the selected event."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_DeclarationPage()
        self.ui.setupUi(self)
        self.declaration = None
        self._clauses = {}

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
