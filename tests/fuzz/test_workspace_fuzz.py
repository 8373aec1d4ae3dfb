"""Damaged and edited workspace files thrown at opening (issue 15): bit flips, overwritten bytes, truncation,
and schema edits another program could make. Each either opens as a whole workspace of organiser's own
schema, or is refused with a WorkspaceError of one line — the file byte-identical afterwards, nothing
created beside it. No other exception, ever."""
from __future__ import annotations

import functools
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from organiser.services.exchange import add_sample
from organiser.storage import trust
from organiser.storage.db import WorkspaceError, open_workspace
from organiser.storage.migrations import MIGRATIONS

SCHEMA_EDITS = [
    "drop table programme_items", "drop index idx_clauses_key", "alter table events add column extra text",
    "alter table delegations rename column kind to sort", "create table theirs (x)",
    "create view v as select * from events", "create index mine on events(city)",
    "create trigger t after insert on events begin delete from events; end",
    "create trigger t2 before update on clauses begin select raise(ignore); end",
    "delete from schema_version where version = (select max(version) from schema_version)",
    "delete from schema_version", "pragma application_id = 7", "drop table schema_version",
]


@functools.lru_cache(maxsize=1)
def good_file() -> bytes:
    """The bytes of a workspace holding the sample council (made once; not an argument, whose repr
    hypothesis would print)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.sqlite"
        with open_workspace(path) as workspace:
            add_sample(workspace)
        return path.read_bytes()


@st.composite
def damage(draw, size: int):
    """A list of (kind, position, value): bit flips, overwritten runs of bytes, or a truncation."""
    changes = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "flip", "overwrite", "truncate"]))
        position = draw(st.integers(0, size - 1) if draw(st.booleans()) else st.integers(0, 199))  # header often
        changes.append((kind, position, draw(st.integers(0, 255)), draw(st.integers(1, 64))))
    return changes


def _apply(data: bytes, changes) -> bytes:
    data = bytearray(data)
    for kind, position, value, length in changes:
        position = min(position, max(len(data) - 1, 0))
        if kind == "flip" and data:
            data[position] ^= 1 << (value % 8)
        elif kind == "overwrite":
            data[position:position + length] = bytes([value]) * len(data[position:position + length])
        elif kind == "truncate":
            del data[position:]
    return bytes(data)


def _check(path: Path) -> None:
    before, siblings = path.read_bytes(), sorted(p.name for p in path.parent.iterdir())
    try:
        workspace = open_workspace(path)
    except WorkspaceError as error:
        assert "\n" not in str(error) and str(path) in str(error)
        assert path.read_bytes() == before, f"a refused file was written to: {error}"
        assert sorted(p.name for p in path.parent.iterdir()) == siblings, f"files beside a refused one: {error}"
        return
    with workspace:  # it opened: then it is whole and of organiser's own schema
        assert workspace.db.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert trust.schema_problems(workspace.db.conn, len(MIGRATIONS)) == []


@given(data=st.data())
def test_a_damaged_file_opens_whole_or_is_refused_untouched(data):
    changes = data.draw(damage(len(good_file())))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.sqlite"
        path.write_bytes(_apply(good_file(), changes))
        _check(path)


@given(edits=st.lists(st.sampled_from(SCHEMA_EDITS), min_size=1, max_size=3, unique=True))
def test_a_schema_edited_by_another_program_is_refused_untouched(edits):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.sqlite"
        path.write_bytes(good_file())
        conn = sqlite3.connect(path)
        conn.execute("pragma journal_mode = delete")
        for edit in edits:
            try:
                conn.execute(edit)
            except sqlite3.Error:
                pass  # an edit that does not apply after an earlier one
        conn.commit()
        conn.close()
        before = path.read_bytes()
        assume(before != good_file())  # at least one edit applied
        with pytest.raises(WorkspaceError):
            open_workspace(path)
        assert path.read_bytes() == before
        assert sorted(p.name for p in path.parent.iterdir()) == ["w.sqlite"]
