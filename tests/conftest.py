"""Test set-up shared by every test: Qt offscreen, a private data directory, fresh workspaces, no network, and
crashes that name the test they ended."""
from __future__ import annotations

import faulthandler
import os
import tempfile
import types

# Before anything imports Qt: no display is needed, and no real user's data is touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ORGANISER_DATA_DIR"] = tempfile.mkdtemp(prefix="organiser-test-data-")

import ipaddress  # noqa: E402
import socket  # noqa: E402

import pytest  # noqa: E402

from organiser.storage.db import open_workspace  # noqa: E402


# --- a crash names its test -------------------------------------------------------------------------------
# A segmentation fault or an abort (in Qt, or any C extension) ends pytest at once: no report, no summary.
# The run still fails (the exit status is the signal's: 139 for SIGSEGV, 134 for SIGABRT, so .ci/run fails),
# and pytest's faulthandler prints the Python stack of the dying process to the terminal. So that this stack
# says which test was running, in setup, call or teardown alike, each test runs inside a frame named after its
# node id; the dump then holds a line such as
#     File ".../tests/conftest.py", line 39 in tests/gui/test_smoke.py::test_window_shows_sample_events
# (tests/test_crash_report.py proves it with a test that crashes on purpose, run in a subprocess).

@pytest.hookimpl(trylast=True)  # after pytest's faulthandler plugin, which enables it unless disabled
def pytest_configure(config):
    if not faulthandler.is_enabled():  # ``-p no:faulthandler``: a crash would say nothing at all
        # A duplicate of the terminal's stderr: fd 2 itself is redirected while a test's output is captured.
        faulthandler.enable(file=os.dup(2))


def _call(function, *args, **kwargs):
    return function(*args, **kwargs)


def call_in_frame_named(name: str, function, *args, **kwargs):
    """``function(*args, **kwargs)``, called from a frame whose function name (what a faulthandler dump shows)
    is ``name``."""
    code = _call.__code__.replace(co_name=name, co_qualname=name)
    return types.FunctionType(code, _call.__globals__)(function, *args, **kwargs)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item, nextitem):
    """pytest's own protocol of a test (as _pytest.runner.pytest_runtest_protocol runs it), run inside a frame
    named after the test. The hook wrappers (warnings, assertion, faulthandler's timeout) wrap it as before."""
    from _pytest.runner import runtestprotocol  # no public API runs the protocol; plugins import it from here

    item.ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    call_in_frame_named(item.nodeid, runtestprotocol, item, nextitem=nextitem)
    item.ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True


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
