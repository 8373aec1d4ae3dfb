"""The Documents screen: choose documents, languages and a folder; export with a progress dialog; then
open a file or show its folder."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidgetItem, QProgressDialog, QWidget

from organiser.domain.errors import OrganiserError
from organiser.domain.validation import safe_file_name
from organiser.services import events as event_service
from organiser.ui import dialogs
from organiser.ui.common import in_language
from organiser.ui.forms.ui_documents_page import Ui_DocumentsPage
from organiser.ui.session import Session, plain

log = logging.getLogger("organiser.ui")

DOCUMENT_LABELS = {"declaration": "Declaration", "signature-sheet": "Signature sheet",
                   "participants": "List of participants", "programme": "Programme"}


def document_kinds() -> list[str]:
    from organiser.documents.export import KINDS

    return list(KINDS)


def export(workspace, *, kind: str, event_id: int, out: Path, language: str, force: bool) -> Path:
    from organiser.documents.export import export_document

    return export_document(workspace, kind=kind, event_id=event_id, out=out, language=language, force=force)


class DocumentsPage(QWidget):
    """The Documents screen of the selected event. ``exported`` lists the files written by the last export."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        self.exported: list[Path] = []
        for kind in document_kinds():
            item = QListWidgetItem(DOCUMENT_LABELS.get(kind, kind.replace("-", " ").capitalize()), self.ui.documents)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setCheckState(Qt.CheckState.Checked if kind == "declaration" else Qt.CheckState.Unchecked)
        from organiser.domain.languages import available_languages, phrasebook

        for code in available_languages():
            item = QListWidgetItem(f"{phrasebook(code).name} ({code})", self.ui.languages)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked if code == "en" else Qt.CheckState.Unchecked)
        for group in (self.ui.documents_group, self.ui.languages_group):
            group.setMaximumHeight(200)
        self.ui.folder.setText(session.settings.export_folder or str(Path.home()))
        self.ui.browse_button.clicked.connect(self.browse)
        self.ui.export_button.clicked.connect(self.export)
        self.ui.open_button.clicked.connect(self.open_selected)
        self.ui.show_button.clicked.connect(self.show_in_folder)
        self.ui.results.currentRowChanged.connect(lambda _r: self._update_buttons())
        session.event_selected.connect(self._clear_results)
        session.workspace_changed.connect(self._clear_results)
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
               folder: str | Path | None = None) -> None:
        """Tick documents and languages and set the folder, as a user would."""
        if documents is not None:
            self._set_checked(self.ui.documents, documents)
        if languages is not None:
            self._set_checked(self.ui.languages, languages)
        if folder is not None:
            self.ui.folder.setText(str(folder))

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

    # --- export ------------------------------------------------------------------------------------------

    def targets(self) -> list[tuple[str, str, Path]]:
        event = event_service.get_event(self.session.workspace, event_id=self.session.event_id)
        title = " ".join((in_language(event.title, "en") or "event").split()[:8])
        folder = Path(self.ui.folder.text().strip()).expanduser()
        return [(kind, language, folder / safe_file_name(f"{title} {event.start_date.isoformat()} {kind} {language}",
                                                          suffix=".docx"))
                for kind in self._checked(self.ui.documents) for language in self._checked(self.ui.languages)]

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
        elif "declaration" in kinds:
            problem = self._declaration_problems(languages)
        if problem:
            self.ui.error_label.setText(problem)
            self.session.show_error(problem)
            return []
        targets = self.targets()
        existing = [path for _k, _l, path in targets if path.exists()]
        if existing and not dialogs.ask_yes_no(
                self, "These files exist already:\n" + "\n".join(p.name for p in existing) + "\n\nReplace them?"):
            self.ui.error_label.setText("Nothing was exported: the existing files were kept.")
            return []
        self.session.settings.export_folder = folder_text
        progress = QProgressDialog("Exporting…", "Cancel", 0, len(targets), self)
        progress.setWindowTitle("Export")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        written: list[Path] = []
        failures: list[str] = []
        for number, (kind, language, path) in enumerate(targets):
            if progress.wasCanceled():
                break
            progress.setLabelText(f"{DOCUMENT_LABELS.get(kind, kind)} in '{language}'…")
            progress.setValue(number)
            QApplication.processEvents()
            try:
                written.append(export(self.session.workspace, kind=kind, event_id=self.session.event_id, out=path,
                                      language=language, force=path in existing))
            except OrganiserError as error:
                log.info("export of %s failed: %s", path, error)
                failures.append(f"{DOCUMENT_LABELS.get(kind, kind)} ({language}): {plain(str(error))}")
        progress.setValue(len(targets))
        progress.close()
        progress.deleteLater()
        self.exported = written
        self.ui.results.clear()
        for path in written:
            QListWidgetItem(str(path), self.ui.results).setData(Qt.ItemDataRole.UserRole, str(path))
        if written:
            self.ui.results.setCurrentRow(0)
        self._update_buttons()
        if failures:
            text = "Some documents were not exported:\n" + "\n".join(failures)
            self.ui.error_label.setText(text)
            self.session.show_error(text)
        return written

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
