"""A workspace file that could not be opened (damaged, another schema, not ours …): the window says why,
and offers Restore from Backup… even though there is no workspace open to restore into."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from organiser.services.backups import list_backups_of
from organiser.services.workspaces import RefusedWorkspaceError, Workspace
from organiser.ui import dialogs
from organiser.ui.backups_dialog import BackupsDialog
from organiser.ui.session import plain

log = logging.getLogger("organiser.ui")
RESTORE = "Restore from Backup…"


def recover(parent: QWidget | None, error: RefusedWorkspaceError, *, close: str = "Close") -> Workspace | None:
    """Show why the workspace at ``error.path`` cannot be opened, with a Restore from Backup… choice that
    lists its backups and puts the chosen one in its place (a file with no backups: the problem alone, in
    an error message). Returns the workspace opened after a restore,
    or None when the user chose ``close`` (the refused file is then left exactly as it was)."""
    if not list_backups_of(error.path):  # nothing to restore: the problem alone
        dialogs.show_error(parent, plain(str(error)))
        return None
    text = (f"{plain(str(error))}\n\nRestore from Backup… lists the backups of {error.path.name} and puts the one "
            "you choose in its place; the file itself is kept beside it, unchanged.")
    while True:
        if dialogs.ask_choice(parent, text, [RESTORE, close], "The workspace cannot be opened") != 0:
            return None
        dialog = BackupsDialog(None, parent, refused=error.path)
        dialog.setWindowTitle(f"Restore {error.path.name} from Backup")
        if dialogs.run_dialog(dialog) and dialog.opened is not None:
            log.info("%s", dialog.note)
            return dialog.opened
