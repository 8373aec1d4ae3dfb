"""Opening a workspace file and copying one: what the window does with workspaces as files.

``Workspace`` is named here too, so that the layers above services (the window, the documents) speak of
an open workspace without reaching into storage."""
from __future__ import annotations

from pathlib import Path

from organiser.storage import db as storage
from organiser.storage.db import RefusedWorkspaceError, Workspace

__all__ = ["RefusedWorkspaceError", "Workspace", "backup_folder", "open_workspace", "same_file", "save_copy"]


def open_workspace(path: Path | str | None) -> Workspace:
    """Open (or create) the workspace at ``path``; None opens a new one in memory. A file that is not a
    workspace, one of a newer version, a damaged one or one whose schema is not organiser's is refused
    (RefusedWorkspaceError, which names the file and its newest good backup) and left untouched."""
    return storage.open_workspace(path)


def same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file: the same path, a symlink to it, or a hard link (another name)."""
    try:
        return Path(one).resolve() == Path(other).resolve() or Path(one).samefile(other)
    except OSError:
        return False


def save_copy(workspace: Workspace, target: Path) -> None:
    """Write a consistent copy of ``workspace`` to ``target`` (which must not exist)."""
    storage.backup(workspace, target)


def backup_folder(workspace: Workspace) -> Path | None:
    """The folder the workspace's rolling backups are kept in; None for a workspace in memory."""
    return storage.backup_folder(workspace.path) if workspace.path is not None else None
