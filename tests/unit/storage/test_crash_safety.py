"""Edits are made through the storage layer in a child process that is killed with SIGKILL at random
moments; after each kill the workspace opens, passes integrity_check, holds every edit the child reported
committed, and no edit half."""
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
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(start)], stdout=subprocess.PIPE,
                                 text=True, env=env)
        time.sleep(rng.uniform(0.4, 1.2))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        numbers = [int(line) for line in output.split()]
        reported.update(numbers)
        start = (max(numbers) + 1 if numbers else start) + 1000

        conn = sqlite3.connect(path)
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        conn.close()
        with open_workspace(path) as workspace:
            events = event_store.events(workspace.db)
            titles = {event.title["en"] for event in events}
            assert {f"edit {n}" for n in reported} <= titles
            for event in events:
                assert len(event_store.delegations(workspace.db, event.id)) == 3, "an edit was left half done"
    assert len(reported) > 12  # the children did commit edits before they were killed
