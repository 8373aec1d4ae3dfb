"""The workspace's backups: what there is to restore, and restoring one.

A restore first backs up the current state into the same rolling folder, so that it too can be restored:
a restore is never a loss, though it has no undo."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from organiser.domain.errors import OrganiserError
from organiser.services.changes import Change
from organiser.storage import db as storage
from organiser.storage.db import Workspace


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken, what kind, its size in bytes and its events (None if unknown)."""

    path: Path
    taken_at: dt.datetime
    kind: str
    size: int
    events: int | None
    schema_version: int


def _kind(path: Path) -> str:
    if path.name.endswith("-before-restore.sqlite"):
        return "before a restore"
    migration = re.search(r"\.before-v(\d+)\.backup\.sqlite$", path.name)
    if migration:
        return f"before the update to schema {migration.group(1)}"
    return "daily"


def list_backups(workspace: Workspace) -> list[BackupInfo]:
    """The workspace's backups, newest first; a workspace in memory has none."""
    return [] if workspace.path is None else list_backups_of(workspace.path)


def list_backups_of(workspace_path: Path) -> list[BackupInfo]:
    """The backups of the workspace file at ``workspace_path`` (open or not: one refused), newest first."""
    found = []
    for path in storage.backup_files(Path(workspace_path)):
        stat = path.stat()
        version, events = storage.describe_backup(path)
        found.append(BackupInfo(path, dt.datetime.fromtimestamp(stat.st_mtime), _kind(path), stat.st_size, events,
                                version))
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def restore_backup(workspace: Workspace, *, backup: Path) -> Change:
    """Put the content of ``backup`` (one of ``list_backups``) in the workspace, after backing up what it
    holds now. The note names that backup."""
    if workspace.path is None:
        raise OrganiserError("a workspace in memory has no backups to restore")
    workspace.check_writable()
    backup = Path(backup)
    if backup.resolve() not in {p.resolve() for p in storage.backup_files(workspace.path)}:
        raise OrganiserError(f"{backup.name} is not one of this workspace's backups")
    _version, events = storage.describe_backup(backup)
    if events is None:
        raise OrganiserError(f"{backup.name} cannot be read as a workspace; choose another backup")
    kept = storage.safety_backup(workspace, "before-restore")
    storage.restore(workspace, backup)
    return Change(updated={"workspace": (str(workspace.path),)}, everything=True,
                  notes=(f"restored {backup.name} ({events} event{'s' if events != 1 else ''}); "
                         f"the state before was backed up as {kept.name}",))


def backups_folder_of(workspace_path: Path) -> Path:
    """The folder the daily backups of the workspace file at ``workspace_path`` are kept in."""
    return storage.backup_folder(Path(workspace_path))


def restore_in_place(workspace_path: Path, *, backup: Path) -> tuple[Workspace, str]:
    """Put ``backup`` (one of ``list_backups_of``) in place of the workspace file at ``workspace_path`` that
    was refused (RefusedWorkspaceError), and open it. The refused file is not deleted or changed: it is
    kept beside, renamed. Returns the opened workspace and a note saying what was done."""
    workspace_path, backup = Path(workspace_path), Path(backup)
    kept = storage.replace_with_backup(workspace_path, backup)
    workspace = storage.open_workspace(workspace_path)
    return workspace, (f"restored {backup.name} in place of {workspace_path.name}; the file that could not be "
                       f"opened is kept as {kept.name}")


def format_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} bytes"
