"""Two organisers on one workspace: the first has it for editing, the second is told who has it and opens
it read-only, where every edit fails with a message and changes nothing; no edit is ever lost. A workspace
on a read-only medium opens read-only with a notice."""
from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys

import pytest

from organiser.domain.model import Event, EventKind
from organiser.services import events
from organiser.storage import db as storage
from organiser.storage.db import IN_USE, READ_ONLY_MEDIUM, ReadOnlyWorkspaceError, lock_path, open_workspace

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def _add_event(workspace, title: str) -> None:
    events.save_event(workspace, event=Event(EventKind.SEMINAR, dt.date(2025, 1, 1), title={"en": title}))


def _titles(workspace) -> list[str]:
    return sorted(e.title["en"] for e in events.list_events(workspace))


def test_a_second_open_is_read_only_names_the_holder_and_refuses_edits(tmp_path):
    path = tmp_path / "w.sqlite"
    first = open_workspace(path)
    _add_event(first, "by the first")
    second = open_workspace(path)
    try:
        assert not first.read_only and second.read_only
        assert second.notice == (f"{path} is {IN_USE} (pid {os.getpid()}); it was opened read-only "
                                 "and cannot be changed")
        with pytest.raises(ReadOnlyWorkspaceError) as error:
            _add_event(second, "by the second")
        assert str(error.value) == (f"w.sqlite is open read-only ({IN_USE} (pid {os.getpid()})); nothing was "
                                    "changed: close the other organiser, then open the workspace again")
        _add_event(first, "by the first, later")
        assert _titles(second) == ["by the first", "by the first, later"]  # it reads the current state
    finally:
        second.close()
        first.close()
    with open_workspace(path) as third:  # the first has closed: the next one may edit
        assert not third.read_only
        _add_event(third, "by the third")
        assert _titles(third) == ["by the first", "by the first, later", "by the third"]


def test_the_lock_file_is_private_and_holds_the_pid(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path):
        lock = lock_path(path)
        assert lock.read_text() == str(os.getpid())
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_read_only_medium_opens_read_only_with_a_notice(tmp_path, monkeypatch):
    # Tests run as root here, and root may write whatever the permission bits say (os.access says so too);
    # a real read-only mount needs privileges a test does not have. So the check is simulated: the one
    # function that asks the system whether the place is writable answers no.
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as workspace:
        _add_event(workspace, "kept")
    before = path.read_bytes()
    monkeypatch.setattr(storage, "_writable", lambda _path: False)
    with open_workspace(path) as workspace:
        assert workspace.read_only and workspace.read_only_reason == READ_ONLY_MEDIUM
        assert workspace.notice.startswith(f"{path} is on a read-only medium")
        assert _titles(workspace) == ["kept"]
        with pytest.raises(ReadOnlyWorkspaceError, match="copy it to a folder you can write to"):
            _add_event(workspace, "lost?")
    assert path.read_bytes() == before
    with pytest.raises(storage.WorkspaceError, match="cannot create"):
        open_workspace(tmp_path / "new.sqlite")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes whatever the permissions say")
def test_a_folder_without_write_permission_opens_read_only(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as workspace:
        _add_event(workspace, "kept")
    tmp_path.chmod(0o500)
    try:
        with open_workspace(path) as workspace:
            assert workspace.read_only_reason == READ_ONLY_MEDIUM and _titles(workspace) == ["kept"]
    finally:
        tmp_path.chmod(0o700)


HOLDER = r"""
import datetime as dt, sys
from organiser.domain.model import Event, EventKind
from organiser.services.events import save_event
from organiser.storage.db import open_workspace

workspace = open_workspace(sys.argv[1])
print("ready", workspace.read_only, flush=True)
for line in sys.stdin:
    title = line.strip()
    if not title:
        break
    save_event(workspace, event=Event(EventKind.SEMINAR, dt.date(2025, 1, 2), title={"en": title}))
    print("saved", title, flush=True)
workspace.close()
"""


def _package(tmp_path, title: str):
    from organiser import paths

    sample = json.loads(paths.resource("sample", "ots-council.json").read_text(encoding="utf-8"))
    meeting = next(e for e in sample["events"] if e["kind"] == "council_meeting")
    meeting["title"] = {"en": title}
    file = tmp_path / f"{title}.json"
    file.write_text(json.dumps({**sample, "events": [meeting]}), encoding="utf-8")
    return file


@pytest.mark.slow
def test_two_processes_lose_no_update(tmp_path):
    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert holder.stdout.readline().split() == ["ready", "False"]
        holder.stdin.write("one\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved one"

        # A second organiser (this process) is told who has it, reads, and cannot write.
        with open_workspace(path) as second:
            assert second.read_only_reason == f"{IN_USE} (pid {holder.pid})"
            assert _titles(second) == ["one"]
            with pytest.raises(ReadOnlyWorkspaceError):
                _add_event(second, "two, from the second")

        # A command that writes fails with one line saying why, and imports nothing; one that reads works.
        command = [sys.executable, "-m", "organiser", "--workspace", str(path)]
        imported = subprocess.run([*command, "import", str(_package(tmp_path, "imported"))],
                                  capture_output=True, text=True, env=ENV)
        assert imported.returncode == 1
        assert f"{IN_USE} (pid {holder.pid})" in imported.stderr and "nothing was changed" in imported.stderr
        assert "Traceback" not in imported.stderr
        listed = subprocess.run([*command, "events"], capture_output=True, text=True, env=ENV)
        assert listed.returncode == 0 and listed.stdout.split("\t")[-1].strip() == "one"

        holder.stdin.write("three\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved three"
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    with open_workspace(path) as workspace:
        assert not workspace.read_only
        assert _titles(workspace) == ["one", "three"]


@pytest.mark.slow
def test_commands_at_the_same_time_each_import_whole_or_fail_clearly(tmp_path):
    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    command = [sys.executable, "-m", "organiser", "--workspace", str(path), "import"]
    files = [_package(tmp_path, f"meeting {n}") for n in range(4)]
    # Each file's meeting is the same meeting (same council, number and date) under another title: only
    # the first import can add it; the others must fail whole, either as a duplicate or as in use.
    running = [subprocess.Popen([*command, str(file)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=ENV) for file in files]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in running]
    for p in running:
        p.stdout.close()
        p.stderr.close()
    succeeded = [n for n, (code, _out, _err) in enumerate(results) if code == 0]
    for code, _out, err in results:
        assert code in (0, 1) and "Traceback" not in err
        if code == 1:
            assert IN_USE in err or "already in this workspace" in err
    with open_workspace(path) as workspace:
        assert _titles(workspace) == sorted(f"meeting {n}" for n in succeeded)
        assert len(succeeded) <= 1
        meeting = events.list_events(workspace)
        if meeting:
            assert len(events.ordered_delegations(workspace, event_id=meeting[0].id)) == 6
