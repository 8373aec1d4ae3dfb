"""Backups (issue 15): written to a temporary file, checked and renamed, so a backup's name never holds half a
backup; a failed one is removed and retried at the next open; the folder is named from the workspace's full
file name, and the backups of the older naming are kept."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from organiser.services import backups as backup_service
from organiser.services.exchange import add_sample
from organiser.storage import backups
from organiser.storage.db import backup_folder, open_workspace, todays_backup


def _names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _good(path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("pragma integrity_check").fetchone()[0] == "ok" and \
            conn.execute("select count(*) from events").fetchone()[0] == 2
    finally:
        conn.close()


def _sample(path):
    with open_workspace(path) as workspace:
        add_sample(workspace)
    return path


def test_the_folder_is_named_from_the_full_file_name_and_each_workspace_lists_its_own(tmp_path):
    sqlite_file, db_file = _sample(tmp_path / "office.sqlite"), tmp_path / "office.db"
    with open_workspace(db_file):
        pass
    for path in (sqlite_file, db_file):
        open_workspace(path).close()  # the first open of the day backs each up
    assert backup_folder(sqlite_file) == tmp_path / "office.sqlite.backups"
    today = f"office-{dt.date.today().isoformat()}.sqlite"
    assert _names(tmp_path / "office.sqlite.backups") == [today]
    assert _names(tmp_path / "office.db.backups") == [today]
    with open_workspace(sqlite_file) as one, open_workspace(db_file) as other:
        [mine] = backup_service.list_backups(one)
        [theirs] = backup_service.list_backups(other)
        assert (mine.path.parent.name, mine.events) == ("office.sqlite.backups", 2)
        assert (theirs.path.parent.name, theirs.events) == ("office.db.backups", 0)
        with pytest.raises(Exception, match="is not one of this workspace's backups"):
            backup_service.restore_backup(other, backup=mine.path)


def test_backups_in_the_old_folder_are_moved_when_they_can_only_be_this_workspaces(tmp_path):
    path = _sample(tmp_path / "office.sqlite")
    old = tmp_path / "office.backups"
    old.mkdir()
    kept = old / "office-2024-01-01.sqlite"
    conn = sqlite3.connect(path)  # made by an older version: not through open_workspace, which would move it
    backups.copy_database(conn, kept)
    conn.close()
    content = kept.read_bytes()
    with open_workspace(path) as workspace:
        listed = [b.path.name for b in backup_service.list_backups(workspace)]
    assert not old.exists()
    assert (backup_folder(path) / "office-2024-01-01.sqlite").read_bytes() == content
    assert sorted(listed) == ["office-2024-01-01.sqlite", f"office-{dt.date.today().isoformat()}.sqlite"]


def test_the_old_folder_of_two_workspaces_of_one_name_is_left_alone(tmp_path):
    path, other = _sample(tmp_path / "office.sqlite"), _sample(tmp_path / "office.db")
    old = tmp_path / "office.backups"
    old.mkdir()
    with open_workspace(other) as workspace:
        backups.backup(workspace, old / "office-2024-01-01.sqlite")
    with open_workspace(path) as workspace:
        assert [b.path.parent for b in backup_service.list_backups(workspace)] == [backup_folder(path)]
    assert _names(old) == ["office-2024-01-01.sqlite"]  # whose it is cannot be told: not moved, not listed


def test_a_failed_backup_leaves_no_file_under_a_backups_name_and_is_retried(tmp_path, monkeypatch):
    path = _sample(tmp_path / "w.sqlite")
    monkeypatch.setattr(backups, "APPLICATION_ID", 1234)  # every copy now fails its check
    with open_workspace(path) as workspace:
        assert not workspace.read_only
    assert _names(backup_folder(path)) == []  # the checked-and-failed copy was removed
    monkeypatch.undo()
    open_workspace(path).close()
    assert _names(backup_folder(path)) == [todays_backup(path).name] and _good(todays_backup(path))


def test_leftovers_of_a_killed_backup_are_removed_at_the_next_open(tmp_path):
    path = _sample(tmp_path / "w.sqlite")
    folder = backup_folder(path)
    folder.mkdir()
    half = folder / f".{todays_backup(path).name}.k1ll3d.tmp"
    half.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    (folder / f"{half.name}-journal").write_bytes(b"\x00" * 512)
    open_workspace(path).close()
    assert _names(folder) == [todays_backup(path).name] and _good(todays_backup(path))


def test_a_backup_never_replaces_one_of_the_same_name(tmp_path):
    path = _sample(tmp_path / "w.sqlite")
    with open_workspace(path) as workspace:
        first = backups.safety_backup(workspace, "before-restore")
        second = backups.safety_backup(workspace, "before-restore")
        assert first != second and first.exists() and second.exists()
        with pytest.raises(FileExistsError):
            backups.backup(workspace, first, replace=False)
    assert _good(first)
