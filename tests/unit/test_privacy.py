"""Privacy: no network anywhere (the guard of tests/conftest.py is itself tested here), and what the
workspace writes beside itself is readable by its owner only."""
from __future__ import annotations

import socket
import stat
import urllib.request

import pytest

from organiser.services.exchange import add_sample
from organiser.storage.db import backup_folder, lock_path, open_workspace


# tests/conftest.py's NetworkAccessError, by its message (a conftest cannot be imported by name here).
NetworkAccessError = AssertionError


def test_the_network_guard_refuses_connections_and_lookups():
    with pytest.raises(NetworkAccessError, match="must work offline"):
        socket.getaddrinfo("example.invalid", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkAccessError):
        sock.connect(("192.0.2.1", 443))  # TEST-NET-1: refused before a packet could leave
    with pytest.raises(NetworkAccessError):
        urllib.request.urlopen("http://example.invalid/", timeout=1)


def test_the_guard_leaves_this_machine_alone():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=5):
            pass


def test_workspace_lock_and_backups_are_the_owners_only(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as workspace:
        add_sample(workspace)
    with open_workspace(path):  # the first open of the day backs up
        pass
    [daily] = backup_folder(path).iterdir()
    for file in (path, lock_path(path), daily):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert stat.S_IMODE(backup_folder(path).stat().st_mode) == 0o700


def test_no_module_of_organiser_imports_a_network_library():
    import pathlib

    import organiser

    root = pathlib.Path(organiser.__file__).parent
    for source in root.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        for module in ("socket", "urllib", "http.client", "requests", "QtNetwork", "ftplib", "smtplib"):
            assert f"import {module}" not in text and f"from {module}" not in text, (source, module)
