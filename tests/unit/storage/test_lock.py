"""One lock per file (issue 15): a symlink or a hard link to an open workspace gives no second writer — it
opens read-only saying who has it — and a writer that meets a busy database waits, or fails in one line
naming the process that holds it."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from organiser.domain.model import Event, EventKind
from organiser.services import events
from organiser.storage import db as storage
from organiser.storage import workspace as workspace_module
from organiser.storage.db import IN_USE, ReadOnlyWorkspaceError, WorkspaceError, open_workspace

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def _add_event(workspace, title: str) -> None:
    events.save_event(workspace, event=Event(EventKind.SEMINAR, dt.date(2025, 1, 1), title={"en": title}))


def _titles(workspace) -> list[str]:
    return sorted(e.title["en"] for e in events.list_events(workspace))


def _alias(tmp_path, kind: str):
    real = tmp_path / "w.sqlite"
    open_workspace(real).close()
    (tmp_path / "elsewhere").mkdir()
    alias = tmp_path / "elsewhere" / "alias.sqlite"
    if kind == "symlink":
        alias.symlink_to(real)
    else:
        os.link(real, alias)
    return real, alias


@pytest.mark.parametrize("kind", ["symlink", "hard link"])
@pytest.mark.parametrize("first_by_alias", [False, True])
def test_an_alias_of_an_open_workspace_gives_no_second_writer(tmp_path, kind, first_by_alias):
    real, alias = _alias(tmp_path, kind)
    first_path, second_path = (alias, real) if first_by_alias else (real, alias)
    first = open_workspace(first_path)
    try:
        _add_event(first, "by the first")
        second = open_workspace(second_path)
        try:
            assert not first.read_only and second.read_only
            assert second.read_only_reason == f"{IN_USE} (pid {os.getpid()})"
            with pytest.raises(ReadOnlyWorkspaceError, match="nothing was changed"):
                _add_event(second, "by the second")
            _add_event(first, "by the first, later")
            assert _titles(second) == ["by the first", "by the first, later"]  # the holder's current state
        finally:
            second.close()
    finally:
        first.close()
    beside_alias = sorted(p.name for p in (tmp_path / "elsewhere").iterdir())
    if kind == "hard link" and first_by_alias:  # a name of its own: its own lock file and backups folder
        assert beside_alias == ["alias.sqlite", "alias.sqlite.backups", "alias.sqlite.lock"]
    else:
        assert beside_alias == ["alias.sqlite"]  # no second lock, no second backups folder
    with open_workspace(second_path) as third:  # the first has closed: now it may edit, by either name
        assert not third.read_only
        _add_event(third, "by the third")
    with open_workspace(real) as check:
        assert _titles(check) == ["by the first", "by the first, later", "by the third"]


HOLDER = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("begin immediate")
conn.execute("update workspace_settings set value = value")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("commit")
"""


@pytest.mark.slow
def test_a_busy_database_fails_naming_the_process_that_holds_it(tmp_path, monkeypatch):
    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_SECONDS", 0.3)
    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_SECONDS", 0.3)
    with open_workspace(path) as workspace:
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), "30"], stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "holding"
            with pytest.raises(WorkspaceError) as error:
                _add_event(workspace, "waits in vain")
            message = str(error.value)
            assert message.startswith(f"w.sqlite is busy: process {holder.pid} (python")
            assert message.endswith(") kept it locked for more than 0.3 s; nothing was changed, try again when it "
                                    "has finished")
        finally:
            holder.kill()
            holder.wait()
            holder.stdout.close()
        _add_event(workspace, "after")
        assert _titles(workspace) == ["after"]


@pytest.mark.slow
def test_a_command_waits_for_a_short_lock_and_then_writes(tmp_path):
    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), "1.5"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        result = subprocess.run([sys.executable, "-m", "organiser", "--workspace", str(path), "sample"],
                                capture_output=True, text=True, env=ENV, timeout=120)
    finally:
        holder.wait(timeout=60)
        holder.stdout.close()
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    with open_workspace(path) as workspace:
        assert len(events.list_events(workspace)) == 2


OPENER = """
import sys
from organiser.storage.db import open_workspace
workspace = open_workspace(sys.argv[1])
print("read-only" if workspace.read_only else "editing", flush=True)
"""


@pytest.mark.slow
def test_a_hard_link_opened_from_another_environment_gives_no_second_writer(tmp_path):
    """A desktop session and an ssh or cron one see other $XDG_RUNTIME_DIR and $TMPDIR: the lock of the
    file itself must not depend on them."""
    path = tmp_path / "a.sqlite"
    open_workspace(path).close()
    link = tmp_path / "b.sqlite"
    os.link(path, link)
    other = {**ENV, "XDG_RUNTIME_DIR": str(tmp_path / "run"), "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "run").mkdir(mode=0o700)
    (tmp_path / "tmp").mkdir()
    with open_workspace(path) as workspace:
        assert not workspace.read_only
        result = subprocess.run([sys.executable, "-c", OPENER, str(link)], env=other, capture_output=True,
                                text=True, timeout=60)
    assert result.stdout.strip() == "read-only", result.stderr
