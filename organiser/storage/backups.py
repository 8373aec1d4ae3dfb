"""Backups of a workspace: each written to a temporary file, checked, and renamed into place, so a name
a backup is listed under always holds a whole backup.

The daily ones (and those made before a restore) are kept in ``<file name>.backups/`` beside the
workspace's real file: ``office.sqlite.backups/`` for ``office.sqlite``, so that ``office.db`` beside it
has backups of its own. Older versions named the folder from the name without its extension
(``office.backups/``); such a folder is still read, and its backups moved into the new one, when no other
workspace beside it has that name (otherwise whose backups they are cannot be told, and it is left alone).
"""
from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.storage import trust
from organiser.storage.lock import take_lock
from organiser.storage.migrations import APPLICATION_ID
from organiser.storage.workspace import IN_USE, WorkspaceError, read_only_uri, schema_version

if TYPE_CHECKING:
    from organiser.storage.workspace import Workspace

BACKUPS_KEPT = 7
log = logging.getLogger(__name__)


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def backup_folder(path: Path) -> Path:
    real = _real(path)
    return real.with_name(f"{real.name}.backups")


def todays_backup(path: Path) -> Path:
    return backup_folder(path) / f"{_real(path).stem}-{dt.date.today().isoformat()}.sqlite"


def migration_backup(path: Path, version: int) -> Path:
    """Where the backup made before the update of the workspace at ``path`` to schema ``version`` goes."""
    real = _real(path)
    return real.with_name(f"{real.name}.before-v{version}.backup.sqlite")


def _sole_owner_of_old_names(real: Path) -> bool:
    """Whether no other organiser workspace beside ``real`` has its name without the extension (so the
    backups of the older naming, named from that, can only be its own)."""
    for other in real.parent.glob(f"{glob.escape(real.stem)}.*"):
        if other != real and other.stem == real.stem and other.is_file() \
                and trust.header_application_id(other) == APPLICATION_ID:
            return False
    return True


def _old_folder(path: Path) -> Path | None:
    real = _real(path)
    old = real.with_name(f"{real.stem}.backups")
    if old == backup_folder(path) or not old.is_dir() or not _sole_owner_of_old_names(real):
        return None
    return old


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(*paths: Path) -> None:
    for path in paths:
        for name in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
            try:
                name.unlink()
            except FileNotFoundError:
                pass


def _publish(temporary: Path, target: Path, *, replace: bool) -> None:
    """Give the checked ``temporary`` its final name, without ever replacing a file unless ``replace``."""
    if replace:
        os.replace(temporary, target)
    else:
        try:
            os.link(temporary, target)  # fails if target exists
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links
            if target.exists():
                raise FileExistsError(target) from None
            os.rename(temporary, target)
            return
        os.unlink(temporary)
    try:
        _fsync(target.parent)
    except OSError:
        pass  # not every system can sync a folder


def copy_database(source: sqlite3.Connection, target: Path, *, replace: bool = False) -> Path:
    """A consistent copy of the database of ``source`` through SQLite's backup API, into a temporary file
    beside ``target`` (created exclusively, readable by its owner only), checked with quick_check and then
    renamed to ``target``. A copy that fails is removed and the error raised."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        destination = sqlite3.connect(str(temporary))
        try:
            source.backup(destination)
            check = destination.execute("pragma quick_check(1)").fetchone()[0]
            application_id = destination.execute("pragma application_id").fetchone()[0]
        finally:
            destination.close()
        if check != "ok":
            raise sqlite3.DatabaseError(f"the copy did not pass quick_check: {check}")
        if application_id != APPLICATION_ID:
            raise sqlite3.DatabaseError("the copy is not marked as an organiser workspace")
        _fsync(temporary)
        _publish(temporary, target, replace=replace)
    except BaseException:
        _remove(temporary)
        raise
    return target


def backup(workspace: Workspace, target: Path, *, replace: bool = True) -> Path:
    """A checked copy of the workspace at ``target`` (see ``copy_database``)."""
    return copy_database(workspace.db.conn, Path(target), replace=replace)


def clean_leftovers(path: Path) -> None:
    """Remove the temporary files of backups (and creations, restores) killed before they were renamed."""
    real = _real(path)
    folder = backup_folder(path)
    restoring = glob.escape(_restoring(real).name)
    patterns = [(real.parent, f".{glob.escape(real.name)}.*.tmp*"), (real.parent, restoring),
                (real.parent, f".{restoring}.*.tmp*")]
    if folder.is_dir():
        patterns.append((folder, ".*.tmp*"))
    for where, pattern in patterns:
        for leftover in where.glob(pattern):
            if leftover.is_file():
                log.info("removing %s, left by a backup that did not finish", leftover)
                leftover.unlink()


def _adopt_old_folder(path: Path) -> None:
    old = _old_folder(path)
    if old is None:
        return
    folder = backup_folder(path)
    folder.mkdir(mode=0o700, exist_ok=True)
    for file in old.glob(f"{glob.escape(_real(path).stem)}-*.sqlite"):
        if not (folder / file.name).exists():
            os.rename(file, folder / file.name)
    try:
        old.rmdir()
    except OSError:
        pass  # something else is in it: left as it is


def daily_backup(workspace: Workspace, *, keep: int = BACKUPS_KEPT) -> Path | None:
    """On the first open of a day, a checked copy into the backups folder; only the newest ``keep`` are
    kept. Leftovers of a backup that was killed are removed first; a backup that fails is removed, logged
    and retried at the next open: it must never stop the user's work."""
    path = workspace.path
    try:
        _adopt_old_folder(path)
        clean_leftovers(path)
        target = todays_backup(path)
        if target.exists():
            return None
        target.parent.mkdir(mode=0o700, exist_ok=True)
        backup(workspace, target, replace=False)
        for old in sorted(target.parent.glob(f"{glob.escape(_real(path).stem)}-*.sqlite"))[:-keep]:
            old.unlink()
    except (OSError, sqlite3.Error) as error:
        log.warning("daily backup of %s failed: %s", path, error)
        return None
    return target


def backup_files(path: Path) -> list[Path]:
    """The backups of the workspace at ``path``: the daily ones (and those made before a restore) in its
    backups folder, and those made before a schema update, beside the workspace."""
    real = _real(path)
    stem = glob.escape(real.stem)
    found = set()
    for folder in (backup_folder(path), _old_folder(path)):
        if folder is not None and folder.is_dir():
            found.update(folder.glob(f"{stem}-*.sqlite"))
    found.update(real.parent.glob(f"{glob.escape(real.name)}.before-v*.backup.sqlite"))
    if real.stem != real.name and _sole_owner_of_old_names(real):
        found.update(real.parent.glob(f"{stem}.before-v*.backup.sqlite"))
    return sorted(p for p in found if p.is_file())


def newest_good_backup(path: Path) -> Path | None:
    """The newest backup of the workspace at ``path`` that passes every check of opening; None if none does."""
    try:
        for candidate in sorted(backup_files(path), key=lambda p: (p.stat().st_mtime, p.name), reverse=True):
            if trust.is_good_backup(candidate):
                return candidate
    except OSError:
        pass
    return None


def describe_backup(path: Path) -> tuple[int, int | None]:
    """(schema version, number of events) of a backup, read without changing it; (0, None) if unreadable."""
    if trust.header_application_id(path) != APPLICATION_ID:
        return 0, None
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    except sqlite3.Error:
        return 0, None
    try:
        version = schema_version(conn)
        if version == 0:
            return 0, None
        return version, conn.execute("select count(*) from events").fetchone()[0]
    except sqlite3.Error:
        return 0, None
    finally:
        conn.close()


def safety_backup(workspace: Workspace, label: str) -> Path:
    """A backup into the rolling folder before a risky step (a restore), named by the time and ``label``;
    it is pruned with the daily ones, so the last few states stay recoverable."""
    folder = backup_folder(workspace.path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stem = _real(workspace.path).stem
    stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    number = 1
    target = folder / f"{stem}-{stamp}-{label}.sqlite"
    while True:  # two within a second: never overwrite a backup (it may be the one restored)
        try:
            return backup(workspace, target, replace=False)
        except FileExistsError:
            number += 1
            target = folder / f"{stem}-{stamp}-{number}-{label}.sqlite"


def _restoring(real: Path) -> Path:
    return real.with_name(f".{real.name}.restoring")


def replace_with_backup(path: Path, backup_path: Path) -> Path:
    """Put the backup ``backup_path`` of the refused workspace at ``path`` in its place. The refused file
    (and a -wal beside it) is kept beside, renamed ``<name>.refused-<time>``, never written to; the
    backup's copy is checked before it takes the name. Returns where the refused file was kept."""
    path, backup_path = Path(path), Path(backup_path)
    real = _real(path)
    if _real(backup_path) not in {_real(p) for p in backup_files(path)}:
        raise WorkspaceError(f"{backup_path.name} is not one of the backups of {path.name}")
    try:
        trust.inspect(backup_path, immutable=True)
    except trust.Refusal as refusal:
        raise WorkspaceError(f"{backup_path.name} {refusal}; choose another backup") from None
    inode = (os.stat(real).st_dev, os.stat(real).st_ino) if real.exists() else None
    lock, holder, _where = take_lock(real, inode=inode)
    if lock is None and holder is not None:
        raise WorkspaceError(f"{path} is {IN_USE}" + (f" (pid {holder})" if holder else "") +
                             "; nothing was changed: close the other organiser first")
    try:
        source = sqlite3.connect(read_only_uri(backup_path, immutable=True), uri=True)
        try:
            fresh = copy_database(source, _restoring(real), replace=True)
        finally:
            source.close()
        stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
        kept = real.with_name(f"{real.name}.refused-{stamp}")
        if real.exists():
            os.rename(real, kept)
            for suffix in ("-wal", "-shm", "-journal"):
                if Path(f"{real}{suffix}").exists():
                    os.rename(f"{real}{suffix}", f"{kept}{suffix}")
        os.rename(fresh, real)
    finally:
        if lock is not None:
            lock.close()
    return kept
