"""Typed settings over QSettings: user preferences apart from window state.

Preferences (``Settings.editing_language`` …) are properties with a type and a default; window state is
kept per widget class under ``geometry_<ClassName>`` / ``splitter_<name>`` as Qt's own byte arrays.
Tests point QSettings at a temporary folder (see tests/gui/conftest.py), never at the user's.
"""
from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from organiser.domain.languages import LANGUAGES  # also imported from here by ui/declaration_page.py

MAX_RECENT = 8


class Settings:
    """The user's preferences and the window's remembered state."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings if qsettings is not None else QSettings()

    # --- preferences ----------------------------------------------------------------------------------

    @property
    def recent_workspaces(self) -> list[str]:
        value = self._q.value("workspace/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list in INI files
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent_workspace(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        recent = [text, *(p for p in self.recent_workspaces if p != text)][:MAX_RECENT]
        self._q.setValue("workspace/recent", recent)

    def remove_recent_workspace(self, path: Path | str) -> None:
        self._q.setValue("workspace/recent", [p for p in self.recent_workspaces if p != str(path)])

    @property
    def editing_language(self) -> str:
        value = str(self._q.value("editing/language", "en"))
        return value if value in LANGUAGES else "en"

    @editing_language.setter
    def editing_language(self, language: str) -> None:
        self._q.setValue("editing/language", language)

    @property
    def author_name(self) -> str:
        """The name revisions of a declaration are saved under; the login name until the user sets one."""
        value = str(self._q.value("drafting/author", "") or "")
        if value:
            return value
        try:
            return getpass.getuser()
        except (KeyError, OSError):  # no login name (a container without a passwd entry)
            return ""

    @author_name.setter
    def author_name(self, name: str) -> None:
        self._q.setValue("drafting/author", name.strip())

    @property
    def export_folder(self) -> str:
        return str(self._q.value("export/folder", "") or "")

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._q.setValue("export/folder", folder)

    # --- window state -----------------------------------------------------------------------------------

    def geometry(self, widget_class: str) -> QByteArray | None:
        value = self._q.value(f"window/geometry_{widget_class}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, widget_class: str, value: QByteArray) -> None:
        self._q.setValue(f"window/geometry_{widget_class}", value)

    def splitter(self, name: str) -> QByteArray | None:
        value = self._q.value(f"window/splitter_{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"window/splitter_{name}", value)

    def sync(self) -> None:
        self._q.sync()
