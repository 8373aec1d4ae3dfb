"""Check before trust (issue 15): a workspace file is looked at read-only before it is opened — quick_check,
integrity_check on the first open of a day, its schema against the one organiser's migrations make — and
a file that fails is refused in one line naming the problem, offering the newest good backup, byte-identical
afterwards and with nothing created beside it."""
from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest
import sqlite_utils

from organiser.services.exchange import add_sample
from organiser.storage import trust
from organiser.storage.db import (RefusedWorkspaceError, WorkspaceError, backup_folder, open_workspace,
                                  todays_backup)
from organiser.storage.migrations import MIGRATIONS


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _sample_file(path):
    with open_workspace(path) as workspace:
        add_sample(workspace)
    return path


def _edit(path, *statements):
    """Change the file behind organiser's back, as another program would, leaving no -wal beside it."""
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode = delete")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _refused(path, match):
    """Open ``path``, expecting a refusal matching ``match``; check the file and its folder are unchanged."""
    before, siblings = _sha(path), _names(path.parent)
    with pytest.raises(WorkspaceError, match=match) as error:
        open_workspace(path)
    message = str(error.value)
    assert "\n" not in message and message.startswith(str(path))
    assert _sha(path) == before, "a refused file was written to"
    assert _names(path.parent) == siblings, "a refused file got files beside it"
    return error.value


def _flip_page(path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[page * 4096 + 8: page * 4096 + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_refused_untouched_and_never_backed_up(tmp_path):
    path = _sample_file(tmp_path / "w.sqlite")
    _flip_page(path, 4)
    error = _refused(path, r"was not opened: the file is damaged: On tree page 5 cell 0: Offset 65535 out of range")
    assert isinstance(error, RefusedWorkspaceError) and error.backup is None
    assert not backup_folder(path).exists()
    assert error.problem == "was not opened: the file is damaged: On tree page 5 cell 0: Offset 65535 out of range 3447..4092"


def test_a_refusal_offers_the_newest_good_backup(tmp_path):
    path = _sample_file(tmp_path / "w.sqlite")
    open_workspace(path).close()  # the first open of the day: a backup
    good = todays_backup(path)
    assert good.exists()
    older = backup_folder(path) / "w-2020-01-01.sqlite"
    older.write_bytes(good.read_bytes())
    os.utime(older, (1577836800, 1577836800))  # taken on 2020-01-01
    newest_but_damaged = backup_folder(path) / "w-2099-01-01-000000-before-restore.sqlite"
    newest_but_damaged.write_bytes(good.read_bytes())
    _flip_page(newest_but_damaged, 3)
    _flip_page(path, 4)
    error = _refused(path, "the file is damaged")
    assert error.backup == good
    assert str(error).endswith(f"; the newest good backup is {good}")


def test_integrity_check_on_the_first_open_of_a_day_finds_what_quick_check_cannot(tmp_path):
    path = _sample_file(tmp_path / "w.sqlite")
    data = path.read_bytes()
    at = data.index(b"berik-asylov")  # a person's key changed in the table but not in its unique index
    path.write_bytes(data[:at] + b"XXXXX" + data[at + 5:])
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    assert conn.execute("pragma quick_check").fetchone()[0] == "ok"
    conn.close()
    _refused(path, r"the file is damaged: row 2 missing from index idx_persons_key")
    assert not backup_folder(path).exists()


def test_a_dropped_table_is_refused_by_name(tmp_path):
    path = _sample_file(tmp_path / "w.sqlite")
    _edit(path, "drop table programme_speakers")
    _refused(path, r"its schema is not organiser's: table programme_speakers is missing$")


def test_a_trigger_of_someone_else_is_refused_and_never_runs(tmp_path):
    path = _sample_file(tmp_path / "w.sqlite")
    _edit(path, "create table audit (what text)",  # and a table of theirs too: two differences
          "create trigger t_rewrite after update on clauses begin "
          "update clauses set texts = replace(texts, 'cooperation', 'surrender'); end")
    error = _refused(path, r"table audit is not organiser's \(and 1 more difference\)")
    _edit(path, "drop table audit")
    _refused(path, r"its schema is not organiser's: trigger t_rewrite is not organiser's$")
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    assert conn.execute("select count(*) from clauses where texts like '%surrender%'").fetchone()[0] == 0
    conn.close()
    assert error.backup is None


@pytest.mark.parametrize(("statement", "problem"), [
    ("alter table events add column note text", "column events.note is not organiser's"),
    ("create index idx_mine on events(city)", "index idx_mine of table events is not organiser's"),
    ("drop index idx_persons_key", "index idx_persons_key of table persons is missing"),
    ("create view v_events as select * from events", "view v_events is not organiser's"),
    ("alter table clauses drop column note", "column clauses.note is missing"),
])
def test_every_other_schema_difference_is_refused_by_name(tmp_path, statement, problem):
    path = _sample_file(tmp_path / "w.sqlite")
    _edit(path, statement)
    _refused(path, f"its schema is not organiser's: {problem}$")


def test_a_changed_column_is_refused(tmp_path):
    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    _edit(path, "drop table workspace_settings", "create table workspace_settings (key TEXT PRIMARY KEY, value INTEGER)")
    _refused(path, r"column workspace_settings.value is INTEGER, not TEXT NOT NULL")


def test_the_expected_schema_is_what_the_migrations_make(tmp_path):
    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    conn = sqlite3.connect(path)
    assert trust.schema_problems(conn, len(MIGRATIONS)) == []
    tables = set(trust.expected_schema(len(MIGRATIONS))["tables"])
    assert {"events", "delegations", "schema_version", "declaration_revisions"} <= tables
    assert "declaration_revisions" not in trust.expected_schema(3)["tables"]  # a schema per version
    assert trust.schema_problems(conn, 3)[0] == "table declaration_revisions is not organiser's"
    conn.close()


def test_an_empty_database_of_another_program_is_refused_not_taken_over(tmp_path):
    path = tmp_path / "theirs.sqlite"
    _edit(path, "pragma application_id = 1234")
    assert path.stat().st_size > 0
    _refused(path, r"theirs.sqlite is an SQLite database of another program \(application_id 1234\)")
    plain = tmp_path / "plain.sqlite"
    _edit(plain, "pragma user_version = 1")  # no application_id, no tables: not ours either
    _refused(plain, "plain.sqlite is an empty SQLite database, not an organiser workspace")


def test_a_refused_newer_file_gets_no_wal_or_shm(tmp_path):
    path = tmp_path / "future.sqlite"
    open_workspace(path).close()
    conn = sqlite3.connect(path)  # still in WAL mode, as organiser leaves it
    conn.execute("insert into schema_version values (99, 'later')")
    conn.commit()
    conn.close()
    assert not (tmp_path / "future.sqlite-wal").exists()
    _refused(path, r"newer version of organiser \(schema 99")
    assert _names(tmp_path) == ["future.sqlite", "future.sqlite.lock"]


def test_a_new_workspace_needs_a_path_that_does_not_exist_and_is_made_whole(tmp_path):
    path = tmp_path / "new.sqlite"
    with open_workspace(path) as workspace:
        assert workspace.schema_version == len(MIGRATIONS)
    assert _names(tmp_path) == ["new.sqlite", "new.sqlite.lock"]  # no temporary file left
    link = tmp_path / "dangling.sqlite"
    link.symlink_to(tmp_path / "nowhere.sqlite")
    with pytest.raises(WorkspaceError, match="is a symbolic link to .*nowhere.sqlite, which does not exist"):
        open_workspace(link)


def test_an_over_long_name_is_one_line(tmp_path):
    with pytest.raises(WorkspaceError, match=r"cannot open .*: File name too long$"):
        open_workspace(tmp_path / ("x" * 300 + ".sqlite"))



def test_a_fifo_or_a_device_is_refused_before_anything_reads_it(tmp_path):
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)  # reading it would block until someone writes
    with pytest.raises(WorkspaceError, match="pipe.sqlite is not a regular file, not an organiser workspace$"):
        open_workspace(fifo)
    with pytest.raises(WorkspaceError, match="^/dev/zero is not a regular file"):
        open_workspace("/dev/zero")
    assert _names(tmp_path) == ["pipe.sqlite"]


def test_an_update_that_fails_is_one_line_and_leaves_the_file_at_its_version(tmp_path, monkeypatch):
    from organiser.storage import db as storage
    from organiser.storage.migrations import apply

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    apply(sqlite_utils.Database(conn), 1)
    conn.close()

    def full_disk(_db):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(storage, "MIGRATIONS", [MIGRATIONS[0], full_disk])
    with pytest.raises(WorkspaceError, match=r"^cannot update .*old.sqlite: database or disk is full$"):
        open_workspace(path)
    monkeypatch.undo()
    with open_workspace(path) as workspace:  # nothing half done: the real update goes through
        assert workspace.schema_version == len(MIGRATIONS)
