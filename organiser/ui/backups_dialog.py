"""Workspace ▸ Restore from Backup…: the workspace's backups, and restoring one of them — also of a
workspace file that could not be opened, in its place."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from organiser.domain.errors import OrganiserError
from organiser.services.backups import (BackupInfo, backups_folder_of, format_size, list_backups, list_backups_of,
                                        restore_in_place)
from organiser.services.workspaces import Workspace, backup_folder
from organiser.ui import dialogs
from organiser.ui.forms.ui_backups_dialog import Ui_BackupsDialog
from organiser.ui.models.base import RecordsTableModel
from organiser.ui.session import Session, plain


class BackupsModel(RecordsTableModel):
    """The backups, newest first; ``Qt.UserRole`` gives a backup's path (as text)."""

    COLUMNS = ("Taken", "Kind", "Events", "Size", "File")

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self._reset(backups)

    def cell(self, record: BackupInfo, row: int, column: int):
        return (record.taken_at.strftime("%Y-%m-%d %H:%M"), record.kind,
                "?" if record.events is None else str(record.events), format_size(record.size),
                record.path.name)[column]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.UserRole:
            return str(self.record_at(index.row()).path)
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class BackupsDialog(QDialog):
    """Lists the backups of the session's workspace; Restore puts the selected one in place (after backing
    up the current state) through the session, which refreshes every screen.

    With ``refused`` (the path of a workspace file that could not be opened) and no session, it lists that
    file's backups instead; Restore puts the chosen one in place of the file (kept beside, renamed) and
    opens it: ``opened`` is then the workspace."""

    def __init__(self, session: Session | None, parent: QWidget | None = None, *, refused: Path | None = None):
        super().__init__(parent)
        self.session = session
        self.refused = refused
        self.opened: Workspace | None = None
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.model = BackupsModel(self)
        self.ui.backups_view.setModel(self.model)
        self.ui.backups_view.verticalHeader().hide()
        self.ui.backups_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.backups_view.horizontalHeader().setStretchLastSection(True)
        self.ui.error_label.setStyleSheet("color: #b00020;")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.ui.restore_button.clicked.connect(self.restore)
        self.refresh()

    def refresh(self) -> None:
        if self.refused is not None:
            self.model.set_backups(list_backups_of(self.refused))
            folder = backups_folder_of(self.refused)
        else:
            workspace = self.session.workspace
            self.model.set_backups(list_backups(workspace))
            folder = backup_folder(workspace)
        self.ui.backups_view.selectionModel().selectionChanged.connect(self._update_buttons)
        if folder is None:
            self.ui.folder_label.setText("A workspace in memory has no backups.")
        elif not self.model.rowCount():
            self.ui.folder_label.setText(f"No backups yet; they are kept in {folder}")
        else:
            self.ui.folder_label.setText(f"Kept in {folder}")
            self.ui.backups_view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self, *_signal_arguments) -> None:
        read_only = self.session is not None and self.session.workspace.read_only
        self.ui.restore_button.setEnabled(self.selected() is not None and not read_only)
        self.ui.restore_button.setToolTip(self.session.workspace.notice if read_only else "")

    def selected(self) -> BackupInfo | None:
        rows = self.ui.backups_view.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def restore(self) -> bool:
        backup = self.selected()
        if backup is None:
            self.ui.error_label.setText("Choose a backup to restore.")
            return False
        if self.refused is not None:
            return self._restore_in_place(backup)
        question = (f"Put the workspace back as it was on {backup.taken_at:%Y-%m-%d %H:%M}"
                    f"{'' if backup.events is None else f' ({backup.events} events)'}?\n\n"
                    "The workspace as it is now is backed up first and appears in this list; "
                    "Undo cannot reverse a restore, but restoring that backup can.")
        if not dialogs.ask_yes_no(self, question, "Restore from Backup"):
            return False
        change = self.session.restore_backup(backup.path, on_error=self.ui.error_label.setText)
        if change is None:
            return False
        self.ui.error_label.clear()
        self.accept()
        return True

    def _restore_in_place(self, backup: BackupInfo) -> bool:
        question = (f"Put the backup of {backup.taken_at:%Y-%m-%d %H:%M}"
                    f"{'' if backup.events is None else f' ({backup.events} events)'} in place of "
                    f"{self.refused.name}, and open it?\n\n"
                    f"{self.refused.name} as it is now is not changed: it is kept beside it, renamed.")
        if not dialogs.ask_yes_no(self, question, "Restore from Backup"):
            return False
        try:
            self.opened, note = restore_in_place(self.refused, backup=backup.path)
        except OrganiserError as error:
            self.ui.error_label.setText(plain(str(error)))
            return False
        self.note = note
        self.ui.error_label.clear()
        self.accept()
        return True
