"""Opening a workspace: one SQLite file, through sqlite-utils, with a schema version and migrations.

An existing file is checked read-only before it is trusted (trust.py: what it is, quick_check — a full
integrity_check on the first open of a day, before that day's backup — and its schema against the one
organiser's migrations make); a file that fails is refused, left exactly as it was, with nothing created
beside it. Only then is it locked (lock.py) and opened for writing. A new workspace is made in a
temporary file and renamed into place, so no half-made workspace ever has the name.
"""
from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from organiser.storage import trust
from organiser.storage.backups import (BACKUPS_KEPT, backup, backup_files, backup_folder, daily_backup,  # noqa: F401
                                       describe_backup, migration_backup, newest_good_backup, replace_with_backup,
                                       safety_backup, todays_backup)
from organiser.storage.lock import lock_path, take_inode_lock, take_lock  # noqa: F401
from organiser.storage.migrations import APPLICATION_ID, MIGRATIONS, apply
from organiser.storage.workspace import (BUSY_TIMEOUT_SECONDS, IN_USE, READ_ONLY_MEDIUM,  # noqa: F401
                                         ReadOnlyWorkspaceError, RefusedWorkspaceError, Workspace, WorkspaceError,
                                         busy_error, is_busy, read_only_uri)


def _writable(path: Path) -> bool:
    """Whether this user can write the workspace file (or create it) and the files SQLite keeps beside it.
    os.access honours a read-only mount for every user; root passes any permission bits."""
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def open_workspace(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Workspace:
    """Open (or create) the workspace at ``path``; ``None`` opens a new one in memory, for tests.

    The first organiser to open a workspace has it for editing; another (a second window, a command, or
    the same file by a symlink or a hard link) opens it read-only and says so in ``Workspace.notice`` — so
    two never overwrite each other's work. A workspace on a read-only medium opens read-only too.
    ``read_only=True`` asks for read-only (to look into a backup, for one). A file that cannot be
    trusted is refused with RefusedWorkspaceError (see the module's docstring)."""
    if path is None:
        workspace = Workspace(sqlite_utils.Database(memory=True), None)
        workspace.db.execute("pragma foreign_keys = on")
        migrate(workspace, MIGRATIONS)
        return workspace
    path = Path(path)
    try:
        return _open_file(path, read_only=read_only)
    except OSError as error:  # a name too long, a folder that vanished, a permission: one line, no traceback
        raise WorkspaceError(f"cannot open {path}: {error.strerror or error}") from None


def _open_file(path: Path, *, read_only: bool) -> Workspace:
    latest = len(MIGRATIONS)
    if path.is_dir():
        raise WorkspaceError(f"{path} is a folder, not a workspace file")
    real = Path(os.path.realpath(path))
    existed = path.exists()
    if not existed and path.is_symlink():
        raise WorkspaceError(f"cannot create {path}: it is a symbolic link to {real}, which does not exist")
    if not existed and not path.parent.is_dir():
        raise WorkspaceError(f"cannot create {path}: the folder {path.parent} does not exist")
    reason = "opened read-only on request" if read_only else ("" if _writable(real) else READ_ONLY_MEDIUM)
    if not existed and reason:
        raise WorkspaceError(f"cannot create {path}: the folder is read-only")
    if existed:
        try:  # the first open of a day checks in full, before that day's backup is made
            trust.inspect(real, full=not todays_backup(real).exists(), immutable=reason == READ_ONLY_MEDIUM)
        except trust.Refusal as refusal:
            raise RefusedWorkspaceError(path, str(refusal), newest_good_backup(path)) from None
    lock = None
    connect_to = real
    if not reason:
        try:
            info = os.stat(real) if existed else None
            lock, holder, held_as = take_lock(real, inode=(info.st_dev, info.st_ino) if info else None)
        except OSError as error:
            if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise WorkspaceError(f"cannot open {path}: {error.strerror or error}") from None
            lock, holder, held_as, reason = None, None, None, READ_ONLY_MEDIUM
        else:
            if holder is not None:
                reason = f"{IN_USE} (pid {holder})" if holder else IN_USE
                if held_as is not None and _same_file(held_as, real):
                    connect_to = Path(os.path.realpath(held_as))  # read through the holder's -wal: its current state
    if reason and not existed:
        raise WorkspaceError(f"cannot create {path}: {reason}")
    workspace = None
    try:
        if not existed:
            _create(real)
            info = os.stat(real)
            if lock is not None and take_inode_lock(lock, real, (info.st_dev, info.st_ino)) is not None:
                raise WorkspaceError(f"cannot create {path}: {IN_USE}")
        if reason:
            conn = sqlite3.connect(read_only_uri(connect_to, immutable=reason == READ_ONLY_MEDIUM), uri=True,
                                   timeout=BUSY_TIMEOUT_SECONDS)
            workspace = Workspace(sqlite_utils.Database(conn), path, read_only_reason=reason)
        else:
            # While another process writes (a command run beside the window's own), wait instead of failing.
            db = sqlite_utils.Database(sqlite3.connect(str(real), timeout=BUSY_TIMEOUT_SECONDS))
            workspace = Workspace(db, path, lock=lock)
            lock = None  # the workspace releases it now
            db.execute("pragma journal_mode = wal")
            db.execute("pragma synchronous = full")
    except BaseException as error:
        if workspace is not None:
            workspace.close()  # and its lock with it
        elif lock is not None:
            lock.close()
        if isinstance(error, sqlite3.Error):
            raise busy_error(real) if is_busy(error) else WorkspaceError(f"cannot open {path}: {error}") from None
        raise
    workspace.db.execute("pragma foreign_keys = on")
    if workspace.read_only:
        if workspace.schema_version < latest:
            workspace.close()
            raise WorkspaceError(f"{path} needs an update to schema {latest} but is {reason}; "
                                 "open it where it can be changed, once")
        return workspace
    try:
        migrate(workspace, MIGRATIONS)
        if existed:
            daily_backup(workspace)
    except sqlite3.Error as error:  # a full disk, a busy database: one line, and the file as SQLite left it
        workspace.close()
        raise busy_error(real) if is_busy(error) else WorkspaceError(f"cannot update {path}: {error}") from None
    return workspace


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _create(real: Path) -> None:
    """A new workspace at ``real`` (which does not exist): made with every migration in a temporary file
    beside it, readable by its owner only (it will hold personal data of officials), then given the name
    only if nothing has it by then."""
    fd, name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        db = sqlite_utils.Database(sqlite3.connect(name))
        try:
            for version in range(1, len(MIGRATIONS) + 1):
                apply(db, version)
        finally:
            db.close()
        try:
            os.link(temporary, real)
        except FileExistsError:
            raise WorkspaceError(f"cannot create {real}: a file of that name appeared meanwhile") from None
        except OSError:  # a file system without hard links
            if real.exists():
                raise WorkspaceError(f"cannot create {real}: a file of that name appeared meanwhile") from None
            os.rename(temporary, real)
    finally:
        for leftover in (temporary, Path(f"{name}-journal")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass


def migrate(workspace: Workspace, migrations: list[Callable[[sqlite_utils.Database], None]]) -> None:
    """Bring the schema up to date, each migration in a transaction of its own."""
    current = workspace.schema_version
    if current < len(migrations) and current > 0 and workspace.path is not None:
        backup(workspace, migration_backup(workspace.path, len(migrations)))
    for version, migration in enumerate(migrations, start=1):
        if version > current:
            apply(workspace.db, version, migration)


def restore(workspace: Workspace, source: Path) -> None:
    """Replace the workspace's content by that of the backup ``source``, through SQLite's backup API on the
    open connection (the file stays the same file, open and locked), then bring its schema up to date.
    The backup must pass the checks a workspace passes before it is opened."""
    workspace.check_writable()
    try:
        trust.inspect(Path(source), immutable=True)
    except trust.Refusal as refusal:
        raise WorkspaceError(f"{Path(source).name} {refusal}") from None
    origin = sqlite3.connect(read_only_uri(source, immutable=True), uri=True)
    try:
        origin.backup(workspace.db.conn)
    except sqlite3.Error as error:
        raise WorkspaceError(f"cannot restore {source.name}: {error}") from None
    finally:
        origin.close()
    workspace._generation += 1
    workspace.db.execute("pragma journal_mode = wal")
    workspace.db.execute("pragma foreign_keys = on")
    migrate(workspace, MIGRATIONS)


# What the rest of organiser (and the tests) import from here: opening, and the names db.py had before it
# was split into workspace.py, trust.py, lock.py and backups.py.
__all__ = ["APPLICATION_ID", "BACKUPS_KEPT", "BUSY_TIMEOUT_SECONDS", "IN_USE", "READ_ONLY_MEDIUM",
           "ReadOnlyWorkspaceError", "RefusedWorkspaceError", "Workspace", "WorkspaceError", "backup", "backup_files",
           "backup_folder", "daily_backup", "describe_backup", "lock_path", "migrate", "newest_good_backup",
           "open_workspace", "replace_with_backup", "restore", "safety_backup", "todays_backup"]
