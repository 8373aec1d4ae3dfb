"""Commands on the workspace's settings."""
from __future__ import annotations

from organiser.services.settings import set_template_folder
from organiser.ui.commands.base import ValueChange, translate


class SetTemplateFolderCommand(ValueChange):
    """Use the Word templates of a folder (``after``), or the built-in ones (None); undo uses the ones before."""

    def __init__(self, session, *, before, after):
        super().__init__(session, translate("commands", "Use built-in Word templates") if after is None
                         else translate("commands", "Set template folder"), before=before, after=after)

    def set(self, value):
        return set_template_folder(self.ws, folder=value)
