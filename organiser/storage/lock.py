"""One organiser at a time for editing a workspace file, whatever name it is opened by.

Two locks are taken, both flock(2) locks that the system releases when the file is closed or the process
ends, even by SIGKILL, so a crash never leaves a stale lock:

- ``<real file>.lock`` beside the workspace, named from its resolved real path (a symlink leads to the
  same lock), holding the holder's pid; it stays after use (small and harmless);
- ``<device>-<inode>.lock`` in a per-user folder of runtime files, holding the pid and the path the
  holder opened, so a hard link (another name of the same file, with no path in common) leads to it too.
  It is removed on release; a taker checks that the file it locked is still the one under that name.
"""
from __future__ import annotations

import logging
import os
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def lock_path(path: Path) -> Path:
    real = Path(os.path.realpath(path))
    return real.with_name(f"{real.name}.lock")


def _runtime_folder() -> Path | None:
    """The private folder of the inode locks, owned by this user and 0700; None if no such folder can be had.

    Always /tmp/organiser-locks-<uid>, never a folder chosen by the environment ($XDG_RUNTIME_DIR, $TMPDIR):
    a desktop session and an ssh or cron one see different environments, and two processes that looked in
    different folders would each get the lock of the same file through two hard links."""
    base = Path("/tmp") if os.path.isdir("/tmp") else Path(tempfile.gettempdir())
    uid = os.getuid() if hasattr(os, "getuid") else 0
    folder = base / f"organiser-locks-{uid}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    # Planted by someone else (a symlink, another owner, open to others): not ours to trust.
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid or info.st_mode & 0o077:
        log.warning("inode locks skipped: %s is not a private folder of this user", folder)
        return None
    return folder


class WorkspaceLock:
    """The locks of one workspace file while it is open for editing; ``close()`` releases them."""

    def __init__(self, handles: list, inode_lock: Path | None):
        self._handles = handles
        self._inode_lock = inode_lock

    def close(self) -> None:
        if self._inode_lock is not None:
            try:
                self._inode_lock.unlink()  # while still holding it: see the module's docstring
            except OSError:
                pass
            self._inode_lock = None
        for handle in self._handles:
            handle.close()
        self._handles = []


def _flock(target: Path, content: str, *, check_name: bool):
    """(open handle, None) with ``target`` locked and ``content`` written into it, or (None, what the
    holder wrote) when another has it."""
    import fcntl

    for _attempt in range(10):
        handle = open(os.open(target, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600), "r+",
                      encoding="utf-8", errors="replace")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = handle.read()
            handle.close()
            return None, holder
        if check_name:  # removed and made anew by a releasing holder meanwhile: lock the new one
            try:
                same = os.stat(target).st_ino == os.fstat(handle.fileno()).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                handle.close()
                continue
        handle.seek(0)
        handle.truncate()
        handle.write(content)
        handle.flush()
        return handle, None
    raise OSError(f"cannot lock {target}")


def _pid(text: str) -> int:
    first = text.strip().split("\n", 1)[0].strip() if text else ""
    return int(first) if first.isdigit() else 0


def take_lock(path: Path, *, inode: tuple[int, int] | None):
    """Lock the workspace at ``path`` (``inode``: its (st_dev, st_ino), None for a file not made yet).
    Returns (WorkspaceLock, None, None); (None, the holder's pid or 0 if unknown, the path it opened the
    file by or None) when another organiser has it; or (None, None, None) where there are no locks."""
    try:
        import fcntl  # noqa: F401
    except ImportError:  # Windows: no advisory locks here; SQLite's own locking still keeps the file whole
        return None, None, None
    lock = WorkspaceLock([], None)
    if inode is not None:  # first, so that a hard link held by another gets no lock file beside it
        holder_by_inode = take_inode_lock(lock, path, inode)
        if holder_by_inode is not None:
            return None, *holder_by_inode
    handle, holder = _flock(lock_path(path), str(os.getpid()), check_name=False)
    if handle is None:
        lock.close()
        return None, _pid(holder), None
    lock._handles.append(handle)
    return lock, None, None


def take_inode_lock(lock: WorkspaceLock, path: Path, inode: tuple[int, int]):
    """Add the lock keyed by ``inode`` to ``lock``; None when taken (or where it cannot be had), else
    (the holder's pid, the path the holder opened the file by)."""
    folder = _runtime_folder()
    if folder is None:
        return None
    target = folder / f"{inode[0]}-{inode[1]}.lock"
    handle, holder = _flock(target, f"{os.getpid()}\n{os.path.abspath(path)}", check_name=True)
    if handle is None:
        parts = holder.split("\n", 1)
        return _pid(holder), (Path(parts[1].strip()) if len(parts) > 1 and parts[1].strip() else None)
    lock._handles.append(handle)
    lock._inode_lock = target
    return None


def sqlite_lock_holders(path: Path) -> list[tuple[int, str]]:
    """The other processes holding POSIX (SQLite's) locks on the workspace file or its -wal/-shm, with
    their command names, from /proc/locks (Linux); [] where the system does not say."""
    inodes = set()
    if not hasattr(os, "major"):
        return []
    for name in (str(path), f"{path}-wal", f"{path}-shm"):
        try:
            info = os.stat(name)
        except OSError:
            continue
        inodes.add((os.major(info.st_dev), os.minor(info.st_dev), info.st_ino))
    try:
        lines = Path("/proc/locks").read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return []
    found: dict[int, str] = {}
    for line in lines:
        fields = line.split()
        if "->" in fields:  # a waiter, not a holder
            continue
        try:
            kind, pid, where = fields[1], int(fields[4]), fields[5].split(":")
            key = (int(where[0], 16), int(where[1], 16), int(where[2]))
        except (IndexError, ValueError):
            continue
        if kind in ("POSIX", "OFDLCK") and key in inodes and pid != os.getpid() and pid > 0:
            try:
                found[pid] = Path(f"/proc/{pid}/comm").read_text(encoding="utf-8", errors="replace").strip()
            except OSError:
                found[pid] = ""
    return sorted(found.items())
