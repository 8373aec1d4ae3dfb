"""Edits are made through the storage layer in a child process that is killed with SIGKILL at random
moments; after each kill the workspace opens, passes integrity_check, holds every edit the child reported
committed, and no edit half. The same for imports of an exchange file: each event is there whole or not at all."""
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from organiser.storage import events as event_store
from organiser.storage.db import open_workspace

CHILD = r"""
import datetime as dt, sys
from organiser.domain.model import Delegation, DelegationKind, Event, EventKind, State, StateName, StateStatus
from organiser.storage import events as event_store, reference
from organiser.storage.db import open_workspace

workspace = open_workspace(sys.argv[1])
with workspace.atomic() as db:
    for code in ("AZ", "KZ", "KG"):
        reference.save_state(db, State(code, StateStatus.MEMBER, {"en": StateName(code, code)}))
states = reference.states(workspace.db)
start = int(sys.argv[2])
for number in range(start, start + 100000):
    with workspace.atomic() as db:
        event = event_store.save_event(db, Event(EventKind.SEMINAR, dt.date(2024, 8, 8), title={"en": f"edit {number}"}))
        for code in ("AZ", "KZ", "KG"):
            event_store.add_delegation(db, event.id, Delegation(DelegationKind.STATE, state=states[code]))
    print(number, flush=True)
"""


def _run_and_kill(arguments: list[str], after: float, env: dict) -> list[int]:
    """Start ``python -c CODE ARGS…``, SIGKILL it ``after`` seconds later; the numbers it reported done."""
    child = subprocess.Popen([sys.executable, "-c", *arguments], stdout=subprocess.PIPE, text=True, env=env)
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    output, _ = child.communicate()
    return [int(line) for line in output.split()]


def _check_whole_file(path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("pragma foreign_key_check").fetchall() == []
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writers_leave_a_whole_workspace(tmp_path):
    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    rng = random.Random(2024)
    reported: set[int] = set()
    start = 0
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for _ in range(12):
        numbers = _run_and_kill([CHILD, str(path), str(start)], rng.uniform(0.4, 1.2), env)
        reported.update(numbers)
        start = (max(numbers) + 1 if numbers else start) + 1000
        _check_whole_file(path)
        with open_workspace(path) as workspace:
            events = event_store.events(workspace.db)
            titles = {event.title["en"] for event in events}
            assert {f"edit {n}" for n in reported} <= titles
            for event in events:
                assert len(event_store.delegations(workspace.db, event.id)) == 3, "an edit was left half done"
    assert len(reported) > 12  # the children did commit edits before they were killed


IMPORTING_CHILD = r"""
import copy, datetime as dt, json, sys
from pathlib import Path
from organiser import paths
from organiser.services.exchange import import_package_file
from organiser.storage.db import open_workspace

workspace = open_workspace(sys.argv[1])
sample = json.loads(paths.resource("sample", "ots-council.json").read_text(encoding="utf-8"))
meeting = next(e for e in sample["events"] if e["kind"] == "council_meeting")
start = int(sys.argv[2])
file = Path(sys.argv[3])
for number in range(start, start + 100000):
    event = copy.deepcopy(meeting)
    event.pop("ordinal", None)
    event["title"] = {"en": f"import {number}"}
    event["start_date"] = (dt.date(2000, 1, 1) + dt.timedelta(days=number)).isoformat()
    event.pop("end_date", None)
    file.write_text(json.dumps({**sample, "events": [event]}), encoding="utf-8")
    import_package_file(workspace, path=file)
    print(number, flush=True)
"""


def _whole_event_counts(db, event_id: int) -> tuple[int, int, int, int]:
    delegations = db.execute("select count(*) from delegations where event_id = ?", [event_id]).fetchone()[0]
    members = db.execute("select count(*) from delegation_members m join delegations d on d.id = m.delegation_id "
                         "where d.event_id = ?", [event_id]).fetchone()[0]
    declarations = db.execute("select count(*) from declarations where event_id = ?", [event_id]).fetchone()[0]
    clauses = db.execute("select count(*) from declaration_clauses c join declarations d on d.id = c.declaration_id "
                         "where d.event_id = ?", [event_id]).fetchone()[0]
    return delegations, members, declarations, clauses


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_imports_leave_each_event_whole_or_absent(tmp_path):
    from organiser import paths

    sample = json.loads(paths.resource("sample", "ots-council.json").read_text(encoding="utf-8"))
    meeting = next(e for e in sample["events"] if e["kind"] == "council_meeting")
    expected = (len(meeting["delegations"]), sum(len(d.get("members", [])) for d in meeting["delegations"]),
                len(meeting.get("declarations", [])), sum(len(d["clauses"]) for d in meeting.get("declarations", [])))
    assert expected[0] and expected[1] and expected[3]  # the sample's meeting has something to leave half

    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    rng = random.Random(2025)
    reported: set[int] = set()
    start = 0
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for round_ in range(12):
        numbers = _run_and_kill([IMPORTING_CHILD, str(path), str(start), str(tmp_path / f"package-{round_}.json")],
                                rng.uniform(0.3, 1.5), env)
        reported.update(numbers)
        start = (max(numbers) + 1 if numbers else start) + 1000
        _check_whole_file(path)
        with open_workspace(path) as workspace:
            titles = {event.title["en"]: event.id for event in event_store.events(workspace.db)}
            assert {f"import {n}" for n in reported} <= set(titles)
            for title, event_id in titles.items():
                assert _whole_event_counts(workspace.db, event_id) == expected, f"{title} was imported half"
            persons = workspace.db["persons"].count
            assert persons in (0, len(sample["persons"])), "the reference data was imported half"
    assert len(reported) > 12  # the children did import before they were killed
