"""The Declaration screen: the event's drafts, the clause library (with its editor) beside the declaration
being assembled, its languages, the values the drafter enters (a form made from the placeholders its
clauses use), the next meeting, revisions, a live preview and the warnings that hold export back.

The screen is one generated form (forms/declaration_page.ui) shared by panels, a module each under
organiser/ui/declaration/; each panel refreshes itself from ``Session.data_changed`` for the kinds of record
it shows."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from organiser.ui.declaration.assembly_panel import AssemblyPanel
from organiser.ui.declaration.current_draft import CurrentDraft
from organiser.ui.declaration.drafts_bar import DraftsBar
from organiser.ui.declaration.library_panel import LIBRARY_FILTER, LibraryPanel
from organiser.ui.declaration.preview_panel import PreviewPanel
from organiser.ui.declaration.values_form import ValuesForm
from organiser.ui.forms.ui_declaration_page import Ui_DeclarationPage
from organiser.ui.session import Session


class DeclarationPage(QWidget):
    """The Declaration screen of the selected event, composed of its panels: ``drafts`` (DraftsBar),
    ``library_panel`` (LibraryPanel), ``assembly`` (AssemblyPanel), ``values`` (ValuesForm) and ``preview``
    (PreviewPanel), over ``current`` (CurrentDraft, the draft they show). ``clause_editor`` and
    ``revisions_dialog`` are the dialogs open on it, if any (tests reach them there); ``value_widgets`` the
    fields of the drafter's own placeholders, by name.

    Signals: none of its own (each panel lists its own).
    """

    LIBRARY_FILTER = LIBRARY_FILTER

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_DeclarationPage()
        self.ui.setupUi(self)
        # Made first, so it is connected first and up to date when the panels refresh (see Panel).
        self.current = CurrentDraft(session, self)
        language = lambda: self.preview.language  # noqa: E731 - the preview language, which texts are shown in
        self.library_panel = LibraryPanel(session, self.current, self.ui, self, language)
        self.drafts = DraftsBar(session, self.current, self.ui, self)
        self.assembly = AssemblyPanel(session, self.current, self.ui, self, clauses=lambda: self.library_panel.clauses,
                                      language=language)
        self.values = ValuesForm(session, self.current, self.ui, self)
        self.preview = PreviewPanel(session, self.current, self.ui, self)
        self.library_panel.add_requested.connect(self.assembly.add_after_selected)
        self.preview.language_chosen.connect(lambda _language: self._language_chosen())
        self.current.reloaded.connect(self._draft_reloaded)
        self.ui.splitter.setSizes([330, 330, 440])
        self.reload()

    def splitters(self) -> dict:
        return {"declaration": self.ui.splitter}

    def focus_search(self) -> None:
        self.library_panel.focus_search()

    def reload(self, *_signal_arguments) -> None:
        """Read everything again (each panel also refreshes itself on the changes it shows)."""
        self.current.reload()
        for panel in (self.library_panel, self.drafts, self.assembly, self.values, self.preview):
            panel.reload()

    def _draft_reloaded(self) -> None:
        self.setEnabled(self.session.event_id is not None)
        declaration = self.current.declaration
        self.ui.stack.setCurrentWidget(self.ui.work_page if declaration else self.ui.empty_page)
        self.library_panel.update_buttons()

    def _language_chosen(self) -> None:
        for panel in (self.library_panel, self.assembly, self.preview):
            panel.reload()

    # --- what the screen shows, for main_window, the revisions dialog and tests -------------------------

    @property
    def language(self) -> str:
        """The preview language: the one the clauses' texts and the preview are shown in."""
        return self.preview.language

    @property
    def declaration(self):
        return self.current.declaration

    @property
    def value_widgets(self) -> dict:
        return self.values.value_widgets

    @property
    def clause_editor(self):
        return self.library_panel.clause_editor

    @property
    def import_dialog(self):
        return self.library_panel.import_dialog

    @property
    def revisions_dialog(self):
        return self.drafts.revisions_dialog

    @property
    def library(self):
        return self.library_panel.library

    @property
    def library_filter(self):
        return self.library_panel.library_filter

    @property
    def entries(self):
        return self.assembly.entries

    @property
    def language_boxes(self) -> dict:
        return self.assembly.language_boxes

    @property
    def preview_lines(self) -> list[str]:
        return self.preview.preview_lines

    def preview_text(self) -> str:
        return self.preview.preview_text()

    def warnings(self) -> list[str]:
        return self.preview.warnings()

    def problems(self) -> list[str]:
        return self.preview.problems()

    # --- actions a user takes, by name -----------------------------------------------------------------------

    def create(self) -> None:
        self.assembly.create()

    def add_selected(self) -> None:
        self.library_panel.add_selected()

    def add_clause(self, key: str) -> None:
        """Find the clause ``key`` in the library and add it after the selected one (as a user would)."""
        self.library_panel.find(key)
        self.library_panel.add_selected()
        self.ui.search.clear()

    def _insert(self, clause_ids: list[int], row: int) -> None:
        self.assembly.insert(clause_ids, row)

    def remove_selected(self) -> None:
        self.assembly.remove_selected()

    def set_languages(self, languages: list[str]) -> None:
        self.assembly.set_languages(languages)

    def selected_clause(self):
        return self.library_panel.selected_clause()

    def select_clause(self, clause_id) -> None:
        self.library_panel.select_clause(clause_id)

    def new_clause(self):
        return self.library_panel.new_clause()

    def edit_clause(self):
        return self.library_panel.edit_clause()

    def duplicate_clause(self):
        return self.library_panel.duplicate_clause()

    def toggle_retired(self) -> None:
        self.library_panel.toggle_retired()

    def export_library(self):
        return self.library_panel.export_library()

    def import_library(self):
        return self.library_panel.import_library()

    def new_draft(self) -> None:
        self.drafts.new_draft()

    def rename_draft(self) -> None:
        self.drafts.rename_draft()

    def delete_draft(self) -> None:
        self.drafts.delete_draft()

    def save_revision(self) -> bool:
        return self.drafts.save_revision()

    def open_revisions(self):
        return self.drafts.open_revisions()

    def create_next_meeting(self) -> None:
        self.values.create_next_meeting()
