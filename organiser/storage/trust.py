"""Checking a workspace file before it is trusted: what it is, whether SQLite finds it whole, and whether
its schema is the one organiser's own migrations make.

Everything here reads the file read-only and creates nothing beside it: while no writer has the file
(no ``-wal`` beside it) it is read with ``immutable=1``, which makes no ``-wal``/``-shm``; a file that
changed while it was read is read again before anything is refused.
"""
from __future__ import annotations

import functools
import os
import sqlite3
import stat
from pathlib import Path

import sqlite_utils

from organiser.storage.migrations import APPLICATION_ID, MIGRATIONS, apply
from organiser.storage.workspace import read_only_uri, schema_version

SQLITE_HEADER = b"SQLite format 3\x00"
# The tables SQLite itself may add (AUTOINCREMENT, ANALYZE): not part of the comparison.
_SQLITE_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}


class Refusal(Exception):
    """What is wrong with a file, in words that follow its name ("is damaged: …")."""


def _one_line(text: str) -> str:
    text = text.replace("*** in database main ***", " ").strip()
    return " ".join(text.split()) or "?"


def _header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(100)


def header_application_id(path: Path) -> int | None:
    """The application_id in an SQLite file's header (bytes 68-71), None for a file that is not SQLite."""
    try:
        header = _header(path)
    except OSError:
        return None
    if len(header) < 72 or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(header[68:72], "big")


@functools.lru_cache(maxsize=None)
def expected_schema(version: int) -> dict:
    """The schema organiser's migrations 1…``version`` make, built anew in memory."""
    db = sqlite_utils.Database(memory=True)
    for number in range(1, version + 1):
        apply(db, number)
    try:
        return _schema(db.conn)
    finally:
        db.close()


def _schema(conn: sqlite3.Connection) -> dict:
    """Tables (columns, foreign keys, indexes) and every other object (trigger, view) of a database."""
    objects = conn.execute("select type, name, tbl_name, coalesce(sql, '') from sqlite_master").fetchall()
    tables, others = {}, {}
    for kind, name, _table, sql in objects:
        if kind == "table" and name not in _SQLITE_TABLES:
            tables[name] = sql
        elif kind in ("trigger", "view"):
            others[(kind, name)] = " ".join(sql.split())
    described = {}
    for name, sql in tables.items():
        if not sql.lstrip().upper().startswith("CREATE TABLE"):
            described[name] = None  # a virtual table: never one of ours, and not to be touched
            continue
        columns = tuple((c[1], (c[2] or "").upper(), bool(c[3]), c[5])
                        for c in conn.execute("select * from pragma_table_info(?)", [name]))
        keys = frozenset((k[2], k[3], k[4], k[6].upper())
                         for k in conn.execute("select * from pragma_foreign_key_list(?)", [name]))
        indexes = {}
        for index in conn.execute("select name, \"unique\", origin, partial from pragma_index_list(?)", [name]):
            indexed = tuple(c[2] for c in conn.execute("select * from pragma_index_info(?)", [index[0]]))
            indexes[index[0]] = (bool(index[1]), index[2], bool(index[3]), indexed)
        described[name] = {"columns": columns, "foreign_keys": keys, "indexes": indexes}
    return {"tables": described, "others": others}


def _column_text(column) -> str:
    name, kind, not_null, pk = column
    return " ".join(filter(None, [kind or "untyped", "NOT NULL" if not_null else "", "PRIMARY KEY" if pk else ""]))


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """How the schema of ``conn`` differs from organiser's at ``version``, one phrase a difference."""
    expected, found = expected_schema(version), _schema(conn)
    problems = []
    for table in expected["tables"]:
        if table not in found["tables"]:
            problems.append(f"table {table} is missing")
    for table in found["tables"]:
        if table not in expected["tables"]:
            problems.append(f"table {table} is not organiser's")
    for table, ours in expected["tables"].items():
        theirs = found["tables"].get(table, False)
        if theirs is False:
            continue
        if theirs is None:
            problems.append(f"table {table} is not organiser's (a virtual table)")
            continue
        our_columns = {c[0]: c for c in ours["columns"]}
        their_columns = {c[0]: c for c in theirs["columns"]}
        for name, column in our_columns.items():
            if name not in their_columns:
                problems.append(f"column {table}.{name} is missing")
            elif their_columns[name] != column:
                problems.append(f"column {table}.{name} is {_column_text(their_columns[name])}, "
                                f"not {_column_text(column)}")
        problems += [f"column {table}.{name} is not organiser's" for name in their_columns if name not in our_columns]
        if theirs["foreign_keys"] != ours["foreign_keys"]:
            problems.append(f"the foreign keys of table {table} are not organiser's")
        for name, index in ours["indexes"].items():
            if name not in theirs["indexes"]:
                problems.append(f"index {name} of table {table} is missing")
            elif theirs["indexes"][name] != index:
                problems.append(f"index {name} of table {table} is not as organiser made it")
        problems += [f"index {name} of table {table} is not organiser's"
                     for name in theirs["indexes"] if name not in ours["indexes"]]
    for (kind, name), sql in found["others"].items():
        if expected["others"].get((kind, name)) != sql:
            problems.append(f"{kind} {name} is not organiser's")
    for kind, name in expected["others"]:
        if (kind, name) not in found["others"]:
            problems.append(f"{kind} {name} is missing")
    return problems


def _signature(path: Path):
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns, os.path.exists(f"{path}-wal")


def inspect(path: Path, *, full: bool = False, immutable: bool = False) -> int:
    """Check the existing file at ``path`` and return its schema version; raise Refusal saying what is
    wrong. ``full`` runs integrity_check instead of quick_check. ``immutable``: the file's medium is
    read-only (no one can be writing it)."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device: refused before anything reads from it
        raise Refusal("is not a regular file, not an organiser workspace")
    if info.st_size == 0:
        raise Refusal("is empty (0 bytes), not an organiser workspace; a new workspace is made only where no "
                      "file exists yet")
    header = _header(path)
    if not header.startswith(SQLITE_HEADER):
        raise Refusal("is not an organiser workspace (it is not an SQLite database)")
    for _attempt in range(3):
        before = _signature(path)
        try:
            return _inspect_once(path, full=full, immutable=immutable or not (before and before[3]))
        except Refusal:
            if immutable or _signature(path) == before:
                raise
            # Written while it was read (a writer opened it meanwhile): read it again, as it is now.
    return _inspect_once(path, full=full, immutable=False)


def _inspect_once(path: Path, *, full: bool, immutable: bool) -> int:
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
    except sqlite3.Error as error:
        raise Refusal(f"cannot be read ({error})") from None
    try:
        application_id = conn.execute("pragma application_id").fetchone()[0]
        has_tables = conn.execute("select count(*) from sqlite_master").fetchone()[0] > 0
        if application_id != APPLICATION_ID:
            if has_tables or application_id:
                number = f" (application_id {application_id})" if application_id else ""
                raise Refusal(f"is an SQLite database of another program{number}, not an organiser workspace")
            raise Refusal("is an empty SQLite database, not an organiser workspace; a new workspace is made "
                          "only where no file exists yet")
        version = schema_version(conn)
        latest = len(MIGRATIONS)
        if version > latest:
            raise Refusal(f"was written by a newer version of organiser (schema {version}; this one knows up "
                          f"to {latest})")
        check = conn.execute("pragma integrity_check(1)" if full else "pragma quick_check(1)").fetchone()
        if check is None or check[0] != "ok":
            raise Refusal(f"was not opened: the file is damaged: {_one_line(check[0] if check else '')}")
        problems = schema_problems(conn, version)
        if problems:
            more = f" (and {len(problems) - 1} more difference{'s' if len(problems) > 2 else ''})" \
                if len(problems) > 1 else ""
            raise Refusal(f"was not opened: its schema is not organiser's: {problems[0]}{more}")
        return version
    except sqlite3.DatabaseError as error:
        message = str(error)
        if "file is not a database" in message:
            raise Refusal(f"is not an organiser workspace ({message})") from None
        raise Refusal(f"was not opened: the file is damaged: {_one_line(message)}") from None
    finally:
        conn.close()


def is_good_backup(path: Path) -> bool:
    """Whether ``path`` passes every check a workspace passes before it is opened."""
    try:
        inspect(path, immutable=True)
    except (Refusal, OSError):
        return False
    return True


__all__ = ["Refusal", "expected_schema", "inspect", "is_good_backup", "schema_problems"]
