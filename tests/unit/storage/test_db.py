import sqlite3
import stat

import pytest
import sqlite_utils

from organiser.domain.model import Event, EventKind
from organiser.storage import events as event_store
from organiser.storage.db import APPLICATION_ID, WorkspaceError, open_workspace
from organiser.storage.migrations import MIGRATIONS


def test_a_new_file_is_created_with_the_latest_schema_owner_only(tmp_path):
    path = tmp_path / "new.sqlite"
    with open_workspace(path) as workspace:
        assert workspace.schema_version == len(MIGRATIONS)
        assert workspace.db.execute("pragma foreign_keys").fetchone()[0] == 1
    conn = sqlite3.connect(path)
    assert conn.execute("pragma application_id").fetchone()[0] == APPLICATION_ID
    assert [row[0] for row in conn.execute("select version from schema_version order by version")] == list(
        range(1, len(MIGRATIONS) + 1))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_reopening_keeps_data(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as workspace:
        import datetime as dt
        event_store.save_event(workspace.db, Event(EventKind.SEMINAR, dt.date(2024, 8, 8), title={"en": "Seminar"}))
    with open_workspace(path) as workspace:
        assert [e.title for e in event_store.events(workspace.db)] == [{"en": "Seminar"}]


def test_an_old_workspace_is_migrated_with_a_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite_utils.Database(path)
    db.execute(f"pragma application_id = {APPLICATION_ID}")
    db["schema_version"].create({"version": int, "applied_at": str}, pk="version")
    MIGRATIONS[0](db)
    db["schema_version"].insert({"version": 1, "applied_at": "2024-01-01"})
    db["events"].insert({"kind": "seminar", "start_date": "2024-08-08", "title": '{"en": "Kept"}', "topic": "{}",
                         "city": "{}", "venue": "{}", "precedence_language": "az"})
    db.close()
    with open_workspace(path) as workspace:
        assert workspace.schema_version == len(MIGRATIONS)
        (event,) = event_store.events(workspace.db)
        assert event.title == {"en": "Kept"} and event.host_placement == "in_order"
    backups = list(tmp_path.glob("old.sqlite.before-v*.backup.sqlite"))  # named from the full file name
    assert len(backups) == 1
    assert sqlite_utils.Database(backups[0])["schema_version"].count == 1


def _untouched(path, before):
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("minutes of the meeting")
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="not an organiser workspace .it is not an SQLite database"):
        open_workspace(path)
    _untouched(path, before)


def test_another_programs_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table contacts (name text)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="SQLite database of another program"):
        open_workspace(path)
    _untouched(path, before)
    assert not (tmp_path / "other.db-wal").exists()


def test_a_workspace_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    open_workspace(path).close()
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode = delete")
    conn.execute("insert into schema_version values (99, 'later')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match=r"newer version of organiser \(schema 99; this one knows up to"):
        open_workspace(path)
    _untouched(path, before)


def test_a_folder_or_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(WorkspaceError, match="is a folder"):
        open_workspace(tmp_path)
    with pytest.raises(WorkspaceError, match="does not exist"):
        open_workspace(tmp_path / "missing" / "w.sqlite")


def test_an_empty_file_is_refused_not_taken_over(tmp_path):
    # Issue 15: a zero-length file used to become a new workspace; a new one needs a path that does not exist.
    path = tmp_path / "empty.sqlite"
    path.touch()
    with pytest.raises(WorkspaceError, match=r"empty.sqlite is empty \(0 bytes\), not an organiser workspace"):
        open_workspace(path)
    assert path.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]


def test_a_failed_action_leaves_nothing_behind(fresh_db):
    import datetime as dt
    with pytest.raises(RuntimeError):
        with fresh_db.atomic() as db:
            event_store.save_event(db, Event(EventKind.SEMINAR, dt.date(2024, 8, 8), title={"en": "Half"}))
            raise RuntimeError("power cut")
    assert event_store.events(fresh_db.db) == []


def test_foreign_keys_are_enforced(fresh_db):
    with pytest.raises(sqlite3.IntegrityError):
        with fresh_db.atomic() as db:
            db["delegations"].insert({"event_id": 999, "kind": "state", "entry_order": 0})


def test_the_first_open_of_a_day_makes_a_backup_and_old_ones_are_pruned(tmp_path):
    import datetime as dt

    from organiser.storage.db import backup_folder

    path = tmp_path / "w.sqlite"
    open_workspace(path).close()  # created: nothing to back up yet
    folder = backup_folder(path)
    assert not folder.exists()
    folder.mkdir()
    for day in range(1, 10):  # nine older backups
        (folder / f"w-2024-01-0{day}.sqlite").write_bytes(b"")
    with open_workspace(path):
        pass
    today = folder / f"w-{dt.date.today().isoformat()}.sqlite"
    assert today.exists()
    assert sqlite_utils.Database(today)["schema_version"].count == len(MIGRATIONS)
    assert len(list(folder.glob("w-*.sqlite"))) == 7
    assert stat.S_IMODE(today.stat().st_mode) == 0o600
    with open_workspace(path):  # a second open the same day adds nothing
        pass
    assert len(list(folder.glob("w-*.sqlite"))) == 7
