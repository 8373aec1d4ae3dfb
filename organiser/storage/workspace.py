"""An open workspace and the errors of opening one; db.py opens it, trust.py decides whether it may be."""
from __future__ import annotations

import contextlib
import sqlite3
import weakref
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from organiser.domain.errors import OrganiserError
from organiser.storage.lock import sqlite_lock_holders

BUSY_TIMEOUT_SECONDS = 10
IN_USE = "in use by another organiser"
READ_ONLY_MEDIUM = "on a read-only medium or in a folder this user cannot write to"


class WorkspaceError(OrganiserError):
    """The file cannot be used as a workspace; the message says why in one line."""


class ReadOnlyWorkspaceError(WorkspaceError):
    """An edit of a workspace that is open read-only (another organiser has it, or its medium is read-only)."""


class RefusedWorkspaceError(WorkspaceError):
    """An existing file was refused as it is (damaged, another schema, not ours …) and left untouched.

    ``path`` is the refused file, ``problem`` what is wrong with it, ``backup`` the newest of its backups
    that passes the same checks (None if there is none): the window offers to restore one in its place."""

    def __init__(self, path: Path, problem: str, backup: Path | None = None):
        self.path = Path(path)
        self.problem = problem
        self.backup = backup
        offer = f"; the newest good backup is {backup}" if backup is not None else ""
        super().__init__(f"{path} {problem}{offer}")


class Workspace:
    """An open workspace. ``db`` is the sqlite-utils Database the repositories work on;
    ``atomic()`` makes one user action one transaction (nested calls become savepoints).

    ``read_only_reason`` is empty for a workspace open for editing; otherwise it says why it is read-only
    ("in use by another organiser (pid 123)"), ``notice`` says so to the user, and every ``atomic()``
    raises ReadOnlyWorkspaceError before anything is written. ``lock`` is the open lock (lock.py) that keeps
    a second organiser from editing the same workspace while this one has it."""

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
        conn = self.db.conn
        try:
            if conn.in_transaction:  # nested: a savepoint
                with self.db.atomic():
                    yield self.db
                return
            # The write lock first, waiting up to BUSY_TIMEOUT_SECONDS for another writer: a deferred
            # transaction that has read cannot wait when it comes to write (SQLITE_BUSY_SNAPSHOT), it fails
            # at once. https://www.sqlite.org/lang_transaction.html#deferred_immediate_and_exclusive_transactions
            conn.execute("begin immediate")
            try:
                yield self.db
            except BaseException:
                if conn.in_transaction:
                    conn.execute("rollback")
                raise
            try:
                conn.execute("commit")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("rollback")
                raise
        except sqlite3.OperationalError as error:
            if not is_busy(error):
                raise
            raise busy_error(self.path) from None

    def change_stamp(self) -> tuple[int, int, int]:
        """A value that differs after any change of the content, by this workspace (an atomic() or a
        restore) or by another process (SQLite's data_version), so a reader may cache what it read."""
        return (self._generation, self.db.execute("pragma data_version").fetchone()[0], self.db.conn.total_changes)

    @property
    def schema_version(self) -> int:
        return schema_version(self.db.conn)

    def close(self) -> None:
        self.db.close()
        if self._release_lock is not None:
            self._release_lock()  # closing the lock file releases the lock

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def is_busy(error: sqlite3.Error) -> bool:
    """Whether SQLite gave up waiting for another connection's lock (SQLITE_BUSY / SQLITE_LOCKED)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code in (5, 6) or "database is locked" in str(error) or "database is busy" in str(error)


def busy_error(path: Path | None) -> WorkspaceError:
    """The one-line error of a write that waited BUSY_TIMEOUT_SECONDS for another process's lock in vain,
    naming that process where the system says who it is."""
    holders = sqlite_lock_holders(path) if path is not None else []
    who = ", ".join(f"process {pid} ({name})" if name else f"process {pid}" for pid, name in holders)
    name = path.name if path is not None else "the workspace"
    return WorkspaceError(f"{name} is busy: {who or 'another program'} kept it locked for more than "
                          f"{BUSY_TIMEOUT_SECONDS} s; nothing was changed, try again when it has finished")


def schema_version(conn: sqlite3.Connection) -> int:
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    if "schema_version" not in tables:
        return 0
    row = conn.execute("select max(version) from schema_version").fetchone()
    return row[0] or 0


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    # immutable=1 lets SQLite read a file without creating the -wal and -shm files beside it (a read-only
    # medium; a file looked at before it is trusted, while no writer has it); https://www.sqlite.org/uri.html
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
