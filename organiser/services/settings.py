"""Settings kept in the workspace, so they travel with its file: the folder of the user's own Word templates."""
from __future__ import annotations

from pathlib import Path

from organiser.domain.errors import ValidationError
from organiser.services.changes import Change
from organiser.storage.db import Workspace
from organiser.storage.settings import get_setting, set_setting

TEMPLATE_FOLDER = "template_folder"


def template_folder(workspace: Workspace) -> Path | None:
    """The folder of the user's own templates (edited in Word), or ``None`` to use the built-in ones.

    A document takes its template from there when a file of the built-in one's name is in it."""
    value = get_setting(workspace.db, TEMPLATE_FOLDER)
    return Path(value) if value else None


def set_template_folder(workspace: Workspace, *, folder: str | Path | None) -> Change:
    """Use the templates in ``folder`` (which must exist); ``None`` or "" goes back to the built-in ones."""
    value = None
    if folder not in (None, ""):
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise ValidationError("template folder", f"{path} is not a folder")
        value = str(path.resolve())
    with workspace.atomic() as db:
        set_setting(db, TEMPLATE_FOLDER, value)
    return Change(updated={"setting": (TEMPLATE_FOLDER,)})
