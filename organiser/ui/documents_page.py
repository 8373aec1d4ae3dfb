"""The Documents screen: choose documents, languages (one, or several: side by side or one per language),
PDF, a page per signatory, the Word templates and a folder; export with a progress dialog; then open a file
or show its folder."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidgetItem, QProgressDialog, QWidget

from organiser.domain.document_kinds import EVENT_DOCUMENT_KINDS
from organiser.domain.errors import OrganiserError
from organiser.domain.languages import available_languages, english_name
from organiser.domain.validation import safe_file_name
from organiser.services import events as event_service
from organiser.ui import dialogs
from organiser.ui.commands.settings import SetTemplateFolderCommand
from organiser.ui.common import in_language
from organiser.ui.forms.ui_documents_page import Ui_DocumentsPage
from organiser.ui.session import Session, plain

log = logging.getLogger("organiser.ui")

BUILT_IN = "Built-in templates"


def document_kinds() -> list[tuple[str, str]]:
    """(kind, label) of every document of an event the export writes, in its order."""
    from organiser.documents.registry import document_kind

    return [(kind, document_kind(kind).label) for kind in EVENT_DOCUMENT_KINDS]


def side_by_side_kinds() -> set[str]:
    from organiser.documents.registry import document_kind

    return {kind for kind in EVENT_DOCUMENT_KINDS if document_kind(kind).side_by_side is not None}


@dataclass(frozen=True)
class Job:
    """One Word file to write: a document in one language, or in two side by side."""

    kind: str
    languages: tuple[str, ...]
    out: Path


class DocumentsPage(QWidget):
    """The Documents screen of the selected event. ``exported`` lists the files written by the last export
    (each Word file, then its PDF when one was asked); ``notes`` says, a line a file, what the export chose to
    make it fit ("declaration.docx: 12 signatories, 3 a row, block on page 2 …"), shown under the list."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        self.exported: list[Path] = []
        self.notes: list[str] = []  # what the last export chose to make each file fit, a line a file
        self.labels: dict[str, str] = {}
        for kind, label in document_kinds():
            self.labels[kind] = label
            item = QListWidgetItem(label, self.ui.documents)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setCheckState(Qt.CheckState.Checked if kind == "declaration" else Qt.CheckState.Unchecked)
        for code in available_languages():
            item = QListWidgetItem(f"{english_name(code)} ({code})", self.ui.languages)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked if code == "en" else Qt.CheckState.Unchecked)
        for group in (self.ui.documents_group, self.ui.languages_group):
            group.setMaximumHeight(200)
        self.ui.folder.setText(session.settings.export_folder or str(Path.home()))
        self.ui.template_folder.setPlaceholderText(BUILT_IN)
        self.ui.browse_button.clicked.connect(self.browse)
        self.ui.template_browse_button.clicked.connect(self.browse_templates)
        self.ui.template_builtin_button.clicked.connect(self.use_built_in_templates)
        self.ui.export_button.clicked.connect(self.export)
        self.ui.open_button.clicked.connect(self.open_selected)
        self.ui.show_button.clicked.connect(self.show_in_folder)
        self.ui.results.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.ui.languages.itemChanged.connect(lambda _item: self._update_choices())
        self.ui.documents.itemChanged.connect(lambda _item: self._update_choices())
        session.event_selected.connect(self._clear_results)
        session.workspace_changed.connect(self._clear_results)
        session.workspace_changed.connect(self._show_template_folder)
        session.data_changed.connect(
            lambda change: self._show_template_folder() if change.touches("setting", "workspace") else None)
        self._show_template_folder()
        self._update_choices()
        self._update_buttons()

    # --- choices -----------------------------------------------------------------------------------------

    def _checked(self, widget) -> list[str]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _set_checked(self, widget, values) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in values
                               else Qt.CheckState.Unchecked)

    def choose(self, *, documents: list[str] | None = None, languages: list[str] | None = None,
               folder: str | Path | None = None, side_by_side: bool | None = None, pdf: bool | None = None,
               page_per_signatory: bool | None = None) -> None:
        """Tick documents and languages, set the folder and the options, as a user would."""
        if documents is not None:
            self._set_checked(self.ui.documents, documents)
        if languages is not None:
            self._set_checked(self.ui.languages, languages)
        if folder is not None:
            self.ui.folder.setText(str(folder))
        if side_by_side is not None:
            (self.ui.side_by_side_radio if side_by_side else self.ui.per_language_radio).setChecked(True)
        if pdf is not None:
            self.ui.pdf_check.setChecked(pdf)
        if page_per_signatory is not None:
            self.ui.page_per_signatory_check.setChecked(page_per_signatory)

    def _update_choices(self) -> None:
        """The several-languages choice only matters with several languages; a page per signatory only
        with the signature sheet."""
        self.ui.several_group.setEnabled(len(self._checked(self.ui.languages)) > 1)
        self.ui.page_per_signatory_check.setEnabled("signature-sheet" in self._checked(self.ui.documents))

    def browse(self) -> None:
        folder = dialogs.choose_folder(self, "Export to folder", self.ui.folder.text())
        if folder:
            self.ui.folder.setText(folder)

    def _clear_results(self, *_signal_arguments) -> None:
        self.exported = []
        self.ui.results.clear()
        self.ui.error_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.ui.results.currentRow() >= 0 and bool(self.exported)
        self.ui.open_button.setEnabled(has)
        self.ui.show_button.setEnabled(has)

    # --- Word templates ----------------------------------------------------------------------------------

    def _show_template_folder(self) -> None:
        from organiser.services.settings import template_folder

        folder = template_folder(self.session.workspace)
        self.ui.template_folder.setText(str(folder) if folder is not None else "")
        self.ui.template_builtin_button.setEnabled(folder is not None)

    def browse_templates(self) -> None:
        folder = dialogs.choose_folder(self, "Folder of your Word templates", self.ui.template_folder.text())
        if folder:
            self.set_template_folder(folder)

    def set_template_folder(self, folder: str | Path) -> bool:
        """Use the templates of ``folder`` after checking each; a broken one is named and nothing changes."""
        from organiser.documents.registry import check_template_folder
        from organiser.services.settings import template_folder

        self.ui.error_label.clear()
        try:
            check_template_folder(folder)
        except OrganiserError as error:
            self._problem(plain(str(error)))
            return False
        before = template_folder(self.session.workspace)
        return self.session.run(SetTemplateFolderCommand(self.session, before=before, after=str(folder)),
                                on_error=self._problem)

    def use_built_in_templates(self) -> None:
        from organiser.services.settings import template_folder

        before = template_folder(self.session.workspace)
        if before is not None:
            self.session.run(SetTemplateFolderCommand(self.session, before=before, after=None), on_error=self._problem)

    def _problem(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.session.show_error(text)

    # --- export ------------------------------------------------------------------------------------------

    def jobs(self) -> list[Job]:
        """The Word files the chosen documents and languages make: with several languages and "side by
        side", a document that has that layout in two languages in one file, the others a file a language."""
        event = event_service.get_event(self.session.workspace, event_id=self.session.event_id)
        title = " ".join((in_language(event.title, "en") or "event").split()[:8])
        folder = Path(self.ui.folder.text().strip()).expanduser()
        languages = self._in_declaration_order(self._checked(self.ui.languages))
        together = len(languages) == 2 and self.ui.side_by_side_radio.isChecked()
        jobs = []
        for kind in self._checked(self.ui.documents):
            groups = [tuple(languages)] if together and kind in side_by_side_kinds() else [(lang,) for lang in languages]
            for group in groups:
                name = f"{title} {event.start_date.isoformat()} {kind} {'-'.join(group)}"
                jobs.append(Job(kind, group, folder / safe_file_name(name, suffix=".docx")))
        return jobs

    def _in_declaration_order(self, languages: list[str]) -> list[str]:
        """The declaration's own languages first (the left column of a side-by-side text), then the others."""
        from organiser.services.declarations import event_declaration

        try:
            own = list(event_declaration(self.session.workspace, event_id=self.session.event_id).languages)
        except OrganiserError:  # no declaration yet: the list's order
            own = []
        return sorted(languages, key=lambda code: own.index(code) if code in own else len(own))

    def targets(self) -> list[tuple[str, str, Path]]:
        """(kind, languages as "en" or "en-az", Word file) of every file an export would write."""
        return [(job.kind, "-".join(job.languages), job.out) for job in self.jobs()]

    def export(self) -> list[Path]:
        """Export what is chosen; problems are reported in place and in a message, nothing half-done."""
        self.ui.error_label.clear()
        if self.session.event_id is None:
            return []
        folder_text = self.ui.folder.text().strip()
        kinds, languages = self._checked(self.ui.documents), self._checked(self.ui.languages)
        problem = None
        if not kinds:
            problem = "Choose at least one document."
        elif not languages:
            problem = "Choose at least one language."
        elif not folder_text or not Path(folder_text).expanduser().is_dir():
            problem = f"The destination folder “{folder_text}” does not exist; choose a folder."
        elif (len(languages) > 2 and self.ui.side_by_side_radio.isChecked()
              and any(kind in side_by_side_kinds() for kind in kinds)):
            problem = (f"Side by side takes two languages, not {len(languages)}: choose two, "
                       "or one document per language.")
        elif "declaration" in kinds:
            problem = self._declaration_problems(languages)
        if problem:
            self._problem(problem)
            return []
        jobs = self.jobs()
        pdf = self.ui.pdf_check.isChecked()
        files = [path for job in jobs for path in ((job.out, job.out.with_suffix(".pdf")) if pdf else (job.out,))]
        existing = [path for path in files if path.exists()]
        if existing and not dialogs.ask_yes_no(
                self, "These files exist already:\n" + "\n".join(p.name for p in existing) + "\n\nReplace them?"):
            self.ui.error_label.setText("Nothing was exported: the existing files were kept.")
            return []
        self.session.settings.export_folder = folder_text
        self.notes = []
        written, failures = self._run(jobs, pdf=pdf, existing=set(existing))
        self.exported = written
        self.ui.results_note.setText("\n".join(self.notes))
        self.ui.results.clear()
        for path in written:
            QListWidgetItem(str(path), self.ui.results).setData(Qt.ItemDataRole.UserRole, str(path))
        if written:
            self.ui.results.setCurrentRow(0)
        self._update_buttons()
        if failures:
            self._problem("Some documents were not exported:\n" + "\n".join(failures))
        return written

    def _run(self, jobs: list[Job], *, pdf: bool, existing: set[Path]) -> tuple[list[Path], list[str]]:
        from organiser.documents.export import pdf_path, written_document

        progress = QProgressDialog("Exporting…", "Cancel", 0, len(jobs), self)
        progress.setWindowTitle("Export")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        written: list[Path] = []
        failures: list[str] = []
        page_per_signatory = self.ui.page_per_signatory_check.isChecked()
        for number, job in enumerate(jobs):
            if progress.wasCanceled():
                break
            label = f"{self.labels.get(job.kind, job.kind)} ({', '.join(job.languages)})"
            progress.setLabelText(f"{label}…")
            progress.setValue(number)
            QApplication.processEvents()
            languages = {"languages": list(job.languages)} if len(job.languages) > 1 else {"language": job.languages[0]}
            try:
                done = written_document(self.session.workspace, kind=job.kind, event_id=self.session.event_id,
                                        out=job.out, force=job.out in existing or pdf_path(job.out) in existing,
                                        pdf=pdf, page_per_signatory=page_per_signatory, **languages)
            except OrganiserError as error:
                log.info("export of %s failed: %s", job.out, error)
                failures.append(f"{label}: {plain(str(error))}")
                continue
            path = done.path
            written += [path, pdf_path(path)] if pdf else [path]
            if done.note:
                self.notes.append(f"{path.name}: {done.note}")
        progress.setValue(len(jobs))
        progress.close()
        progress.deleteLater()
        return written, failures

    def _declaration_problems(self, languages: list[str]) -> str | None:
        from organiser.services.declarations import declaration_problems

        lines = []
        for language in languages:
            for problem in declaration_problems(self.session.workspace, event_id=self.session.event_id,
                                                language=language):
                lines.append(f"({language}) {problem}")
        if not lines:
            return None
        return ("The declaration cannot be exported until this is fixed on the Declaration screen:\n"
                + "\n".join(lines))

    # --- after export ------------------------------------------------------------------------------------

    def _selected_path(self) -> Path | None:
        item = self.ui.results.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def open_selected(self) -> None:
        path = self._selected_path()
        if path is not None and not dialogs.open_path(str(path)):
            self.session.show_error(f"No program opened {path.name}")

    def show_in_folder(self) -> None:
        path = self._selected_path()
        if path is not None and not dialogs.open_path(str(path.parent)):
            self.session.show_error(f"The folder {path.parent} could not be shown")
