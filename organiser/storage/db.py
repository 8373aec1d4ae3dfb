"""Opening a workspace: one SQLite file, through sqlite-utils, with a schema version and migrations.

A file is looked at read-only first; only a file that is ours (or new) is then opened for writing, so a
foreign file or one written by a newer version is left exactly as it was.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
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


class Workspace:
    """An open workspace. ``db`` is the sqlite-utils Database the repositories work on;
    ``atomic()`` makes one user action one transaction (nested calls become savepoints)."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None):
        self.db = db
        self.path = path

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        with self.db.atomic():
            yield self.db

    @property
    def schema_version(self) -> int:
        return _schema_version(self.db.conn)

    def close(self) -> None:
        self.db.close()

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


def _inspect(path: Path) -> tuple[int, int, bool]:
    """(application_id, schema version, has tables) of an existing file, read without writing to it."""
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header and header != _SQLITE_HEADER:
        raise WorkspaceError(f"{path} is not an organiser workspace (it is not an SQLite database)")
    if not header:
        return 0, 0, False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            application_id = conn.execute("pragma application_id").fetchone()[0]
            has_tables = conn.execute("select count(*) from sqlite_master").fetchone()[0] > 0
            version = _schema_version(conn) if application_id == APPLICATION_ID else 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise WorkspaceError(f"{path} is not an organiser workspace ({error})") from None
    return application_id, version, has_tables


def open_workspace(path: str | os.PathLike[str] | None = None) -> Workspace:
    """Open (or create) the workspace at ``path``; ``None`` opens a new one in memory, for tests."""
    latest = len(MIGRATIONS)
    if path is None:
        db = sqlite_utils.Database(memory=True)
        workspace = Workspace(db, None)
    else:
        path = Path(path)
        if path.is_dir():
            raise WorkspaceError(f"{path} is a folder, not a workspace file")
        if path.exists():
            application_id, version, has_tables = _inspect(path)
            if application_id != APPLICATION_ID and has_tables:
                raise WorkspaceError(f"{path} is an SQLite database of another program, not an organiser workspace")
            if version > latest:
                raise WorkspaceError(
                    f"{path} was written by a newer version of organiser (schema {version}; this one knows up to {latest})")
        elif not path.parent.is_dir():
            raise WorkspaceError(f"cannot create {path}: the folder {path.parent} does not exist")
        try:
            existed = path.exists()
            # The file is created readable by its owner only: it holds personal data of officials.
            if not existed:
                path.touch(mode=0o600)
            # A second process on the same workspace waits for the other's write instead of failing at once.
            db = sqlite_utils.Database(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS))
            workspace = Workspace(db, path)
            db.execute("pragma journal_mode = wal")
            db.execute("pragma synchronous = full")
        except (sqlite3.Error, OSError) as error:
            raise WorkspaceError(f"cannot open {path}: {error}") from None
    db.execute("pragma foreign_keys = on")
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
