"""Test set-up shared by every test: Qt offscreen, a private data directory, fresh workspaces."""
from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: no display is needed, and no real user's data is touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ORGANISER_DATA_DIR"] = tempfile.mkdtemp(prefix="organiser-test-data-")

import ipaddress  # noqa: E402
import socket  # noqa: E402

import pytest  # noqa: E402

from organiser.storage.db import open_workspace  # noqa: E402


class NetworkAccessError(AssertionError):
    """A test reached for the network: organiser never does (privacy), and no test may."""


def _local(host) -> bool:
    if host in (None, "", "localhost", b"localhost"):
        return True
    try:
        return ipaddress.ip_address(host.decode() if isinstance(host, bytes) else str(host)).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail any test that connects a socket to, or looks up, anything but this machine (loopback and
    Unix sockets stay allowed: a test server of our own may listen there)."""
    real_connect, real_connect_ex, real_getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo

    def refuse(what):
        raise NetworkAccessError(f"a test tried to reach {what!r} over the network; organiser must work offline")

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
            refuse(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
            refuse(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        if not _local(host):
            refuse(host)
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield


@pytest.fixture
def fresh_db():
    """A new, empty workspace in memory."""
    workspace = open_workspace(None)
    yield workspace
    workspace.close()


@pytest.fixture
def sample_db(fresh_db):
    """A workspace in memory holding the built-in sample council."""
    from organiser.services.exchange import add_sample

    add_sample(fresh_db)
    return fresh_db
