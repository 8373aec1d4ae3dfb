"""Schema 5: every foreign key a query looks rows up by has an index, so an event's delegations, members,
programme and declarations are found without scanning the tables (issue 15)."""
import sqlite3

import pytest
import sqlite_utils

from organiser.storage.db import APPLICATION_ID, open_workspace
from organiser.storage.migrations import FOREIGN_KEY_INDEXES, MIGRATIONS

QUERIES = [
    "select * from delegations where event_id = 1 order by entry_order, id",
    "select m.id from delegation_members m join delegations d on d.id = m.delegation_id where d.event_id = 1",
    "select * from delegation_members where delegation_id = 1 order by entry_order, id",
    "select count(*) from delegation_members where person_id = 1",
    "select * from programme_items where event_id = 1 order by entry_order, id",
    "select count(*) from programme_speakers where person_id = 1",
    "select * from declarations where event_id = 1 order by id",
    "select distinct d.id from declaration_clauses c join declarations d on d.id = c.declaration_id where c.clause_id = 1",
    "select count(*) from delegations where state_code = 'AZ'",
    "select count(*) from institutions where organisation_code = 'OTS'",
]


@pytest.mark.parametrize("query", QUERIES)
def test_each_lookup_by_a_foreign_key_uses_an_index(fresh_db, query):
    steps = [row[-1] for row in fresh_db.db.execute(f"explain query plan {query}").fetchall()]
    # Each table is searched through an index, none scanned (a scan of a covering index is a scan too),
    # and an ordered read comes in the index's order, not sorted afterwards.
    assert all(step.startswith("SEARCH") for step in steps if not step.startswith("USE TEMP B-TREE FOR DISTINCT")), steps
    assert not any("ORDER BY" in step for step in steps), steps


def test_a_workspace_of_schema_4_gains_the_indexes_and_keeps_its_data(tmp_path):
    path = tmp_path / "v4.sqlite"
    db = sqlite_utils.Database(path)
    db.execute(f"pragma application_id = {APPLICATION_ID}")
    db["schema_version"].create({"version": int, "applied_at": str}, pk="version")
    for version, migration in enumerate(MIGRATIONS[:4], start=1):
        migration(db)
        db["schema_version"].insert({"version": version, "applied_at": "2025-01-01"})
    db["events"].insert({"kind": "seminar", "start_date": "2024-08-08", "title": '{"en": "Kept"}', "topic": "{}",
                         "city": "{}", "venue": "{}", "precedence_language": "az"})
    db.close()
    with open_workspace(path) as workspace:
        assert workspace.schema_version == 5 == len(MIGRATIONS)
        names = {row[0] for row in workspace.db.execute("select name from sqlite_master where type = 'index'")}
        assert {f"idx_{table}_{'_'.join(columns)}" for table, columns in FOREIGN_KEY_INDEXES} <= names
        assert workspace.db["events"].count == 1
    conn = sqlite3.connect(path)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()
