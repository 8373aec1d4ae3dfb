"""SIGKILL during the first open of a day (issue 15): the daily backup of a workspace of several MB is
written to a temporary file and renamed only once checked, so a kill at any moment leaves no half backup
under a backup's name; the next open removes what the kill left and makes a good one; the workspace is
intact throughout."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from organiser.storage.db import backup_folder, open_workspace, todays_backup

CHILD = r"""
import sys
from organiser.storage.db import open_workspace
print("opening", flush=True)
open_workspace(sys.argv[1]).close()
print("opened", flush=True)
"""
EVENTS = 12000


def _whole(path) -> int:
    """The number of events of a database that passes integrity_check (read without writing to it)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok", path
        return conn.execute("select count(*) from events").fetchone()[0]
    finally:
        conn.close()


def _big_workspace(path) -> None:
    with open_workspace(path) as workspace, workspace.atomic() as db:
        db["events"].insert_all(({"kind": "seminar", "start_date": "2024-08-08", "title": f'{{"en": "event {n}"}}',
                                  "topic": '{"en": "' + "cooperation " * 40 + '"}', "city": "{}", "venue": "{}",
                                  "precedence_language": "en"} for n in range(EVENTS)), batch_size=2000)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_kill_during_the_daily_backup_never_leaves_a_half_backup(tmp_path):
    path = tmp_path / "w.sqlite"
    _big_workspace(path)
    assert path.stat().st_size > 5_000_000
    folder, today = backup_folder(path), todays_backup(path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}

    def first_open_of_the_day(kill_after: float | None) -> float:
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True,
                                 env=env)
        assert child.stdout.readline().strip() == "opening"
        start = time.perf_counter()
        if kill_after is None:
            assert child.stdout.readline().strip() == "opened"
        else:
            time.sleep(kill_after)
            child.send_signal(signal.SIGKILL)
        child.communicate()
        return time.perf_counter() - start

    duration = first_open_of_the_day(None)  # how long a whole first open takes here, now
    assert _whole(today) == EVENTS
    rng = random.Random(15)
    killed_with_leftovers = 0
    for _round in range(30):
        today.unlink()  # as if it were the next day
        first_open_of_the_day(rng.uniform(0, duration * 1.2))
        leftovers = [p for p in folder.iterdir() if p.name.startswith(".")]
        killed_with_leftovers += bool(leftovers)
        for backup in folder.iterdir():  # whatever has a backup's name is a whole backup
            if not backup.name.startswith("."):
                assert _whole(backup) == EVENTS
        with open_workspace(path) as workspace:  # the next open cleans up and makes a good one
            assert not workspace.read_only
        assert sorted(p.name for p in folder.iterdir()) == [today.name]
        assert _whole(today) == EVENTS and _whole(path) == EVENTS
    print(f"first open of the day: {duration:.3f} s; 30 kills, {killed_with_leftovers} left a temporary file "
          "behind (removed by the next open), none a half backup under a backup's name")
    assert killed_with_leftovers > 0  # some kills did land during the backup
