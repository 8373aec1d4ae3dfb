"""The live preview of the draft in the preview language, and the warnings that hold its export back."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidgetItem

from organiser.domain.languages import LANGUAGES
from organiser.domain.errors import OrganiserError
from organiser.services import declarations as declaration_service
from organiser.services.changes import KINDS
from organiser.ui.declaration.current_draft import CurrentDraft
from organiser.ui.declaration.preview_html import NO_WARNINGS, declaration_html, unavailable_html, warnings_heading
from organiser.ui.panel import Panel
from organiser.ui.session import plain


class PreviewPanel(Panel):
    """The preview (``ui.preview``), its language (``ui.preview_language``) and the warnings list.

    The rendered text draws on the draft, its clauses, the event, its delegations and members and the
    reference data: it refreshes on a change to any of these (not on the programme, revisions or settings).

    Signals: ``language_chosen(str)`` when another preview language is chosen.
    """

    SHOWS = KINDS - {"programme", "revision", "setting"}
    language_chosen = Signal(str)

    def __init__(self, session, draft: CurrentDraft, ui, parent):
        super().__init__(session, parent)
        self.draft = draft
        self.ui = ui
        self.preview_lines: list[str] = []
        for language in LANGUAGES:
            ui.preview_language.addItem(language, language)
        ui.preview_language.setCurrentIndex(ui.preview_language.findData("en"))
        ui.preview_language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language))

    @property
    def language(self) -> str:
        return self.ui.preview_language.currentData()

    def reload(self) -> None:
        declaration = self.draft.declaration
        if declaration is None:
            return
        ws = self.session.workspace
        event_id = self.session.event_id
        problems = declaration_service.declaration_problems(ws, event_id=event_id, language=self.language,
                                                            declaration_id=declaration.id)
        self.ui.warnings.clear()
        for problem in problems or [NO_WARNINGS]:
            QListWidgetItem(problem, self.ui.warnings)
        self.ui.warnings_label.setText(warnings_heading(problems))
        try:
            rendered = declaration_service.render_event_declaration(
                ws, event_id=event_id, language=self.language, declaration_id=declaration.id)
        except OrganiserError as error:
            self.ui.preview.setHtml(unavailable_html(plain(str(error))))
            return
        self.preview_lines = rendered.lines()
        self.ui.preview.setHtml(declaration_html(rendered))

    def preview_text(self) -> str:
        return self.ui.preview.toPlainText()

    def warnings(self) -> list[str]:
        return [self.ui.warnings.item(i).text() for i in range(self.ui.warnings.count())]

    def problems(self) -> list[str]:
        """What stops export in the preview language (empty when nothing does)."""
        if self.draft.declaration is None:
            return ["This event has no declaration yet."]
        return declaration_service.declaration_problems(
            self.session.workspace, event_id=self.session.event_id, language=self.language,
            declaration_id=self.draft.declaration.id)
