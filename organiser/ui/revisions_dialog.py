"""The revisions of a draft: the list (who saved each, when, why), two compared word by word in colour,
the comparison exported as a Word document with tracked changes, and restoring one."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from organiser.documents.comparison import export_comparison
from organiser.domain.diff import DiffParagraph
from organiser.domain.errors import OrganiserError
from organiser.domain.languages import LANGUAGES
from organiser.services import revisions as revision_service
from organiser.ui import dialogs
from organiser.ui.commands.declarations import RestoreRevisionCommand, SaveRevisionCommand
from organiser.ui.forms.ui_revisions_dialog import Ui_RevisionsDialog
from organiser.ui.models.clauses_model import RevisionsModel
from organiser.ui.session import Session, plain

INSERTED = "color:#1a7f37;text-decoration:underline;background:#e6ffec"
DELETED = "color:#b00020;text-decoration:line-through;background:#ffebe9"
NOW = "the draft as it is now"
FIRST_CHANGE = "first-change"


def diff_html(paragraphs: list[DiffParagraph]) -> str:
    """The comparison as HTML: inserted words green and underlined, deleted ones red and struck through;
    a paragraph added or removed whole is so marked in the margin."""
    out = []
    anchored = False
    for paragraph in paragraphs:
        parts = []
        for segment in paragraph.segments:
            text = html.escape(segment.text)
            if segment.op == "insert":
                text = f"<span style='{INSERTED}'>{text}</span>"
            elif segment.op == "delete":
                text = f"<span style='{DELETED}'>{text}</span>"
            parts.append(text)
        margin = {"insert": "▶ added: ", "delete": "▶ removed: "}.get(paragraph.mark or "", "")
        anchor = ""
        if not anchored and (paragraph.mark or any(s.op != "equal" for s in paragraph.segments)):
            anchor, anchored = f"<a name='{FIRST_CHANGE}'></a>", True
        out.append(f"<p style='text-align:justify'>{anchor}<b>{margin}</b>{''.join(parts)}</p>")
    return "".join(out)


class RevisionsDialog(QDialog):
    """The revisions of the page's draft; stays up to date with every change (its own and the page's)."""

    def __init__(self, session: Session, page, parent: QWidget | None = None):
        super().__init__(parent or page)
        self.session = session
        self.page = page
        self.ui = Ui_RevisionsDialog()
        self.ui.setupUi(self)
        self.model = RevisionsModel(self)
        self.ui.revisions_view.setModel(self.model)
        self.ui.revisions_view.horizontalHeader().setStretchLastSection(True)
        self.ui.revisions_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.revisions_view.verticalHeader().hide()
        for language in LANGUAGES:
            self.ui.language.addItem(language, language)
        self.ui.language.setCurrentIndex(self.ui.language.findData(page.language))
        self.ui.author.setText(session.settings.author_name)
        self.ui.author.editingFinished.connect(self._author_entered)
        self.ui.save_button.clicked.connect(self.save_revision)
        self.ui.restore_button.clicked.connect(self.restore_selected)
        self.ui.export_button.clicked.connect(self.export_comparison)
        self.ui.buttons.rejected.connect(self.reject)
        for combo in (self.ui.from_revision, self.ui.to_revision, self.ui.language):
            combo.currentIndexChanged.connect(lambda _i: self.compare())
        self.ui.revisions_view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.ui.splitter.setSizes([180, 460])
        session.data_changed.connect(
            lambda change: self.refresh() if change.touches("declaration", "revision", "clause") else None)
        self.refresh()

    @property
    def declaration_id(self) -> int | None:
        return self.page.declaration.id if self.page.declaration is not None else None

    def _author_entered(self) -> None:
        self.session.settings.author_name = self.ui.author.text()

    def refresh(self, *_signal_arguments) -> None:
        if self.declaration_id is None:
            self.reject()
            return
        declaration = self.page.declaration
        revisions = revision_service.list_revisions(self.session.workspace, declaration_id=self.declaration_id)
        self.ui.heading.setText(f"Revisions of the draft “{declaration.title or 'Untitled draft'}”: "
                                f"{len(revisions)} saved." if revisions else
                                f"The draft “{declaration.title or 'Untitled draft'}” has no revision yet: save one "
                                "to keep what it holds now.")
        selected = self.selected_number()
        self.model.set_revisions(revisions)
        if selected is not None:
            self.select(selected)
        old, new = self.ui.from_revision.currentData(), self.ui.to_revision.currentData()
        count = len(revisions)
        for combo in (self.ui.from_revision, self.ui.to_revision):
            combo.blockSignals(True)
            combo.clear()
            for revision in revisions:
                combo.addItem(f"revision {revision.label}", revision.number)
        self.ui.to_revision.addItem(NOW, None)
        numbers = [r.number for r in revisions]
        self.ui.from_revision.setCurrentIndex(numbers.index(old) if old in numbers else max(0, count - 1))
        if new in numbers:
            self.ui.to_revision.setCurrentIndex(numbers.index(new))
        else:
            self.ui.to_revision.setCurrentIndex(count)  # the draft as it is now
        for combo in (self.ui.from_revision, self.ui.to_revision):
            combo.blockSignals(False)
        self.compare()
        self._update_buttons()

    def selected_number(self) -> int | None:
        index = self.ui.revisions_view.currentIndex()
        return self.model.record_at(index.row()).number if index.isValid() else None

    def select(self, number: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record_at(row).number == number:
                self.ui.revisions_view.selectRow(row)
                return

    def _update_buttons(self) -> None:
        self.ui.restore_button.setEnabled(self.selected_number() is not None)
        self.ui.export_button.setEnabled(self.ui.from_revision.count() > 0)

    def choose(self, old: int, new: int | None) -> None:
        """Compare revision ``old`` with ``new`` (None: the draft as it is now), as a user chooses them."""
        self.ui.from_revision.setCurrentIndex(self.ui.from_revision.findData(old))
        index = self.ui.to_revision.findData(new) if new is not None else self.ui.to_revision.count() - 1
        self.ui.to_revision.setCurrentIndex(index)

    def compare(self):
        old = self.ui.from_revision.currentData()
        if old is None or self.declaration_id is None:
            self.ui.summary.setText("Save a revision, then compare it with a later one or with the draft as it is now.")
            self.ui.diff_view.clear()
            return None
        new = self.ui.to_revision.currentData()
        try:
            comparison = revision_service.compare_revisions(self.session.workspace, declaration_id=self.declaration_id,
                                                            old=old, new=new, language=self.ui.language.currentData())
        except OrganiserError as error:
            self.ui.summary.setText(plain(str(error)))
            self.ui.diff_view.clear()
            return None
        counts = comparison.counts
        summary = ("No word differs." if counts.unchanged else
                   f"{counts.inserted_words} word(s) inserted (green, underlined), {counts.deleted_words} deleted "
                   "(red, struck through).")
        if not comparison.rendered:
            summary += f" The texts are {comparison.note}."
        self.ui.summary.setText(summary)
        self.ui.diff_view.setHtml(diff_html(comparison.paragraphs))
        self.ui.diff_view.scrollToAnchor(FIRST_CHANGE)
        return comparison

    def save_revision(self) -> None:
        self._author_entered()
        comment = dialogs.ask_text(self, "Save revision", "What changed, or why this revision (optional):")
        if comment is not None:
            self.session.run(SaveRevisionCommand(self.session, declaration_id=self.declaration_id,
                                                 author=self.session.settings.author_name, comment=comment))

    def restore_selected(self) -> None:
        number = self.selected_number()
        if number is None:
            return
        self._author_entered()
        command = RestoreRevisionCommand(self.session, declaration_id=self.declaration_id, number=number,
                                         author=self.session.settings.author_name)
        if self.session.run(command) and command.copies:
            dialogs.show_info(self, "Restored. Some clauses have changed in the library since that revision: their "
                                    "earlier text is back as retired copies, so the draft reads as it did.")

    def export_comparison(self):
        old, new = self.ui.from_revision.currentData(), self.ui.to_revision.currentData()
        if old is None:
            return None
        start = self.session.settings.export_folder
        name = f"comparison revision {old} to {new if new is not None else 'now'}.docx"
        path = dialogs.choose_save_file(self, "Export the comparison", f"{start}/{name}" if start else name,
                                        "Word documents (*.docx)")
        if not path:
            return None
        try:
            # The file dialog has asked about replacing an existing file already.
            written = export_comparison(self.session.workspace, declaration_id=self.declaration_id, old=old, new=new,
                                        out=path, language=self.ui.language.currentData(), force=True)
        except OrganiserError as error:
            self.session.show_error(str(error))
            return None
        dialogs.show_info(self, f"The comparison is written to {written}.")
        return written
