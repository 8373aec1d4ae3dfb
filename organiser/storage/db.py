"""Opening a workspace: one SQLite file, through sqlite-utils, with a schema version and migrations.

A file is looked at read-only first; only a file that is ours (or new) is then opened for writing, so a
foreign file or one written by a newer version is left exactly as it was.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import sqlite3
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils

from organiser.domain.errors import OrganiserError
from organiser.storage.migrations import MIGRATIONS

# PRAGMA application_id marks the file as ours ("ORGA"); see https://www.sqlite.org/pragma.html#pragma_application_id
APPLICATION_ID = 0x4F524741
_SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 10
BACKUPS_KEPT = 7


class WorkspaceError(OrganiserError):
    """The file cannot be used as a workspace; the message says why in one line."""


class ReadOnlyWorkspaceError(WorkspaceError):
    """An edit of a workspace that is open read-only (another organiser has it, or its medium is read-only)."""


IN_USE = "in use by another organiser"
READ_ONLY_MEDIUM = "on a read-only medium or in a folder this user cannot write to"


class Workspace:
    """An open workspace. ``db`` is the sqlite-utils Database the repositories work on;
    ``atomic()`` makes one user action one transaction (nested calls become savepoints).

    ``read_only_reason`` is empty for a workspace open for editing; otherwise it says why it is read-only
    ("in use by another organiser (pid 123)"), ``notice`` says so to the user, and every ``atomic()``
    raises ReadOnlyWorkspaceError before anything is written. ``lock`` is the open lock file that keeps
    a second organiser from editing the same workspace while this one has it (see ``_take_lock``)."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None, *, read_only_reason: str = "", lock=None):
        self.db = db
        self.path = path
        self.read_only_reason = read_only_reason
        self._generation = 0
        # A workspace dropped without close() (a test's, an abandoned copy's) still frees its lock.
        self._release_lock = weakref.finalize(self, lock.close) if lock is not None else None

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def notice(self) -> str:
        """One line for the user when the workspace is read-only, else ''."""
        if not self.read_only:
            return ""
        return f"{self.path} is {self.read_only_reason}; it was opened read-only and cannot be changed"

    def check_writable(self) -> None:
        """Raise ReadOnlyWorkspaceError, saying why and what to do, if this workspace is read-only."""
        if self.read_only:
            advice = ("close the other organiser, then open the workspace again"
                      if self.read_only_reason.startswith(IN_USE) else "copy it to a folder you can write to")
            raise ReadOnlyWorkspaceError(
                f"{self.path.name} is open read-only ({self.read_only_reason}); nothing was changed: {advice}")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        self.check_writable()
        self._generation += 1
        with self.db.atomic():
            yield self.db

    def change_stamp(self) -> tuple[int, int, int]:
        """A value that differs after any change of the content, by this workspace (an atomic() or a
        restore) or by another process (SQLite's data_version), so a reader may cache what it read."""
        return (self._generation, self.db.execute("pragma data_version").fetchone()[0], self.db.conn.total_changes)

    @property
    def schema_version(self) -> int:
        return _schema_version(self.db.conn)

    def close(self) -> None:
        self.db.close()
        if self._release_lock is not None:
            self._release_lock()  # closing the lock file releases the lock

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _schema_version(conn: sqlite3.Connection) -> int:
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    if "schema_version" not in tables:
        return 0
    row = conn.execute("select max(version) from schema_version").fetchone()
    return row[0] or 0


def _read_only_uri(path: Path, *, immutable: bool = False) -> str:
    # immutable=1 lets SQLite read a WAL-mode file where it cannot create the -shm file (a read-only
    # medium); it is used only there, where no one else can be writing. https://www.sqlite.org/uri.html
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def _inspect(path: Path, *, immutable: bool = False) -> tuple[int, int, bool]:
    """(application_id, schema version, has tables) of an existing file, read without writing to it."""
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header and header != _SQLITE_HEADER:
        raise WorkspaceError(f"{path} is not an organiser workspace (it is not an SQLite database)")
    if not header:
        return 0, 0, False
    try:
        conn = sqlite3.connect(_read_only_uri(path, immutable=immutable), uri=True)
        try:
            application_id = conn.execute("pragma application_id").fetchone()[0]
            has_tables = conn.execute("select count(*) from sqlite_master").fetchone()[0] > 0
            version = _schema_version(conn) if application_id == APPLICATION_ID else 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise WorkspaceError(f"{path} is not an organiser workspace ({error})") from None
    return application_id, version, has_tables


def lock_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.lock")


def _writable(path: Path) -> bool:
    """Whether this user can write the workspace file (or create it) and the files SQLite keeps beside it.
    os.access honours a read-only mount for every user; root passes any permission bits."""
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def _take_lock(path: Path):
    """Lock ``<workspace>.lock`` for as long as the workspace is open, with this process's id inside for the
    message another organiser shows. Returns (the open lock file, None), or (None, the other holder's
    pid, 0 if unknown) when another has it, or (None, None) where there are no locks.

    flock(2) locks are released by the system when the file is closed or the process ends, even by
    SIGKILL, so a crash never leaves a stale lock (the file itself stays; it is small and harmless)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here; SQLite's own locking still keeps the file whole
        return None, None
    target = lock_path(path)
    handle = open(os.open(target, os.O_RDWR | os.O_CREAT, 0o600), "r+", encoding="ascii")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = handle.read().strip()
        handle.close()
        return None, int(holder) if holder.isdigit() else 0
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle, None


def open_workspace(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Workspace:
    """Open (or create) the workspace at ``path``; ``None`` opens a new one in memory, for tests.

    The first organiser to open a workspace has it for editing; another (a second window, a command)
    opens it read-only and says so in ``Workspace.notice`` — so two never overwrite each other's work.
    A workspace on a read-only medium opens read-only too. ``read_only=True`` asks for read-only
    (to look into a backup, for one)."""
    latest = len(MIGRATIONS)
    reason = ""
    lock = None
    if path is None:
        db = sqlite_utils.Database(memory=True)
        workspace = Workspace(db, None)
    else:
        path = Path(path)
        if path.is_dir():
            raise WorkspaceError(f"{path} is a folder, not a workspace file")
        existed = path.exists()
        if not existed and not path.parent.is_dir():
            raise WorkspaceError(f"cannot create {path}: the folder {path.parent} does not exist")
        if read_only:
            reason = "opened read-only on request"
        elif not _writable(path):
            reason = READ_ONLY_MEDIUM
        if not existed and reason:
            raise WorkspaceError(f"cannot create {path}: the folder is read-only")
        if existed:
            application_id, version, has_tables = _inspect(path, immutable=reason == READ_ONLY_MEDIUM)
            if application_id != APPLICATION_ID and has_tables:
                raise WorkspaceError(f"{path} is an SQLite database of another program, not an organiser workspace")
            if version > latest:
                raise WorkspaceError(
                    f"{path} was written by a newer version of organiser (schema {version}; this one knows up to {latest})")
        if not reason:
            try:
                lock, holder = _take_lock(path)
            except OSError as error:
                if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                    raise WorkspaceError(f"cannot open {path}: {error.strerror or error}") from None
                lock, holder, reason = None, None, READ_ONLY_MEDIUM
            else:
                if holder is not None:
                    reason = f"{IN_USE} (pid {holder})" if holder else IN_USE
        if reason and not existed:
            raise WorkspaceError(f"cannot create {path}: {reason}")
        try:
            if reason:
                conn = sqlite3.connect(_read_only_uri(path, immutable=reason == READ_ONLY_MEDIUM), uri=True,
                                       timeout=BUSY_TIMEOUT_SECONDS)
                db = sqlite_utils.Database(conn)
                workspace = Workspace(db, path, read_only_reason=reason)
            else:
                # The file is created readable by its owner only: it holds personal data of officials.
                if not existed:
                    path.touch(mode=0o600)
                # While another process writes (a command run beside the window's own), wait instead of failing.
                db = sqlite_utils.Database(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS))
                workspace = Workspace(db, path, lock=lock)
                db.execute("pragma journal_mode = wal")
                db.execute("pragma synchronous = full")
        except (sqlite3.Error, OSError) as error:
            if lock is not None:
                lock.close()
            raise WorkspaceError(f"cannot open {path}: {error}") from None
    db.execute("pragma foreign_keys = on")
    if workspace.read_only:
        if workspace.schema_version < latest:
            workspace.close()
            raise WorkspaceError(f"{path} needs an update to schema {latest} but is {reason}; "
                                 "open it where it can be changed, once")
        return workspace
    migrate(workspace, MIGRATIONS)
    if path is not None and existed:
        daily_backup(workspace)
    return workspace


def migrate(workspace: Workspace, migrations: list[Callable[[sqlite_utils.Database], None]]) -> None:
    """Bring the schema up to date, each migration in a transaction of its own."""
    db = workspace.db
    current = workspace.schema_version
    if current < len(migrations) and current > 0 and workspace.path is not None:
        backup(workspace, workspace.path.with_name(f"{workspace.path.stem}.before-v{len(migrations)}.backup.sqlite"))
    for version, migration in enumerate(migrations, start=1):
        if version <= current:
            continue
        with db.atomic():
            if version == 1:
                db.execute(f"pragma application_id = {APPLICATION_ID}")
                db["schema_version"].create({"version": int, "applied_at": str}, pk="version")
            migration(db)
            db["schema_version"].insert({"version": version, "applied_at": dt.datetime.now(dt.UTC).isoformat()})


def backup(workspace: Workspace, target: Path) -> Path:
    """A consistent copy of the workspace through SQLite's backup API, readable by its owner only."""
    target.touch(mode=0o600, exist_ok=True)
    destination = sqlite3.connect(str(target))
    try:
        workspace.db.conn.backup(destination)
    finally:
        destination.close()
    return target


def backup_folder(path: Path) -> Path:
    return path.with_name(f"{path.stem}.backups")


def daily_backup(workspace: Workspace, *, keep: int = BACKUPS_KEPT) -> Path | None:
    """On the first open of a day, a copy into ``<name>.backups/``; only the newest ``keep`` are kept.
    A backup that cannot be written is logged and skipped: it must never stop the user's work."""
    folder = backup_folder(workspace.path)
    target = folder / f"{workspace.path.stem}-{dt.date.today().isoformat()}.sqlite"
    if target.exists():
        return None
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        backup(workspace, target)
        for old in sorted(folder.glob(f"{workspace.path.stem}-*.sqlite"))[:-keep]:
            old.unlink()
    except (OSError, sqlite3.Error) as error:
        logging.getLogger(__name__).warning("daily backup of %s failed: %s", workspace.path, error)
        return None
    return target


# --- the backups a user can restore -----------------------------------------------------------------

def backup_files(path: Path) -> list[Path]:
    """The backups of the workspace at ``path``: the daily ones (and those made before a restore) in
    ``<name>.backups/``, and those made before a schema update, beside the workspace."""
    folder = backup_folder(path)
    found = list(folder.glob(f"{path.stem}-*.sqlite")) if folder.is_dir() else []
    found += path.parent.glob(f"{path.stem}.before-v*.backup.sqlite")
    return [p for p in found if p.is_file()]


def describe_backup(path: Path) -> tuple[int, int | None]:
    """(schema version, number of events) of a backup, read without changing it; (0, None) if unreadable."""
    try:
        application_id, version, _tables = _inspect(path, immutable=True)
    except (WorkspaceError, OSError):
        return 0, None
    if application_id != APPLICATION_ID or version == 0:
        return version, None
    conn = sqlite3.connect(_read_only_uri(path, immutable=True), uri=True)
    try:
        return version, conn.execute("select count(*) from events").fetchone()[0]
    except sqlite3.Error:
        return version, None
    finally:
        conn.close()


def safety_backup(workspace: Workspace, label: str) -> Path:
    """A backup into the rolling folder before a risky step (a restore), named by the time and ``label``;
    it is pruned with the daily ones, so the last few states stay recoverable."""
    folder = backup_folder(workspace.path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    target = folder / f"{workspace.path.stem}-{stamp}-{label}.sqlite"
    number = 1
    while target.exists():  # two within a second: never overwrite a backup (it may be the one restored)
        number += 1
        target = folder / f"{workspace.path.stem}-{stamp}-{number}-{label}.sqlite"
    return backup(workspace, target)


def restore(workspace: Workspace, source: Path) -> None:
    """Replace the workspace's content by that of the backup ``source``, through SQLite's backup API on the
    open connection (the file stays the same file, open and locked), then bring its schema up to date."""
    workspace.check_writable()
    application_id, version, _tables = _inspect(source, immutable=True)
    if application_id != APPLICATION_ID:
        raise WorkspaceError(f"{source} is not a backup of an organiser workspace")
    if version > len(MIGRATIONS):
        raise WorkspaceError(f"{source} was written by a newer version of organiser (schema {version})")
    origin = sqlite3.connect(_read_only_uri(source, immutable=True), uri=True)
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
