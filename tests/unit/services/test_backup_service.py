"""Backups: listed newest first with what they hold; a restore backs up the current state first."""
from __future__ import annotations

import stat

import pytest

from organiser.domain.errors import OrganiserError
from organiser.services import backups, events
from organiser.services.exchange import add_sample
from organiser.storage.db import ReadOnlyWorkspaceError, backup_folder, open_workspace


def test_list_restore_and_the_state_before_is_kept(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as ws:
        add_sample(ws)
    with open_workspace(path) as ws:
        [daily] = backups.list_backups(ws)
        assert (daily.kind, daily.events, daily.schema_version) == ("daily", 2, ws.schema_version)
        assert stat.S_IMODE(daily.path.stat().st_mode) == 0o600
        for event in events.list_events(ws):
            events.delete_event(ws, event_id=event.id)
        change = backups.restore_backup(ws, backup=daily.path)
        assert len(events.list_events(ws)) == 2
        assert ws.db.execute("pragma integrity_check").fetchone()[0] == "ok"
        before = backups.list_backups(ws)[0]
        assert before.kind == "before a restore" and before.events == 0
        assert change.notes == (f"restored {daily.path.name} (2 events); the state before was backed up as "
                                f"{before.path.name}",)
        assert stat.S_IMODE(before.path.stat().st_mode) == 0o600
    with open_workspace(path) as ws:  # the restored content is what the file holds
        assert len(events.list_events(ws)) == 2


def test_only_the_workspaces_own_readable_backups_are_restored(tmp_path):
    path = tmp_path / "w.sqlite"
    stranger = tmp_path / "stranger.sqlite"
    with open_workspace(stranger) as other:
        add_sample(other)
    with open_workspace(path) as ws:
        with pytest.raises(OrganiserError, match="is not one of this workspace's backups"):
            backups.restore_backup(ws, backup=stranger)
        folder = backup_folder(path)
        folder.mkdir()
        (folder / "w-2024-01-01.sqlite").write_text("not a database")
        with pytest.raises(OrganiserError, match="cannot be read as a workspace"):
            backups.restore_backup(ws, backup=folder / "w-2024-01-01.sqlite")
        assert events.list_events(ws) == []
        assert [b.path.name for b in backups.list_backups(ws)] == ["w-2024-01-01.sqlite"]


def test_a_read_only_workspace_is_not_restored(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as ws:
        add_sample(ws)
    with open_workspace(path) as first, open_workspace(path) as second:
        [daily] = backups.list_backups(second)
        with pytest.raises(ReadOnlyWorkspaceError):
            backups.restore_backup(second, backup=daily.path)
        assert len(list(backup_folder(path).iterdir())) == 1  # not even the safety backup was made
        assert len(events.list_events(first)) == 2


def test_a_refused_workspace_is_restored_in_place_and_kept_beside(tmp_path):
    import hashlib
    import sqlite3

    from organiser.storage.db import RefusedWorkspaceError

    path = tmp_path / "w.sqlite"
    with open_workspace(path) as ws:
        add_sample(ws)
    open_workspace(path).close()  # today's backup
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode = delete")
    conn.execute("drop table programme_items")
    conn.commit()
    conn.close()
    refused = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(RefusedWorkspaceError) as error:
        open_workspace(path)
    [daily] = backups.list_backups_of(path)
    assert error.value.backup == daily.path

    with pytest.raises(OrganiserError, match="stranger.sqlite is not one of the backups of w.sqlite"):
        backups.restore_in_place(path, backup=tmp_path / "stranger.sqlite")
    spoilt = daily.path.with_name("w-2020-01-01.sqlite")
    spoilt.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    with pytest.raises(OrganiserError, match="w-2020-01-01.sqlite .*; choose another backup"):
        backups.restore_in_place(path, backup=spoilt)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == refused  # nothing done yet

    workspace, note = backups.restore_in_place(path, backup=daily.path)
    with workspace:
        assert len(events.list_events(workspace)) == 2 and not workspace.read_only
    [kept] = tmp_path.glob("w.sqlite.refused-*")
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == refused
    assert note == f"restored {daily.path.name} in place of w.sqlite; the file that could not be opened is kept as {kept.name}"


def test_a_refused_workspace_another_organiser_has_is_not_replaced(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as ws:
        add_sample(ws)
    with open_workspace(path) as holder:  # made today's backup; now another organiser has the file
        [daily] = backups.list_backups(holder)
        with pytest.raises(OrganiserError, match=r"w.sqlite is in use by another organiser \(pid \d+\); nothing "
                                                  "was changed"):
            backups.restore_in_place(path, backup=daily.path)
        assert len(events.list_events(holder)) == 2
    assert list(tmp_path.glob("w.sqlite.refused-*")) == []
