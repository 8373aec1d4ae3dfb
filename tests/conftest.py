"""Test set-up shared by every test: Qt offscreen, a private data directory, fresh workspaces."""
from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: no display is needed, and no real user's data is touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ORGANISER_DATA_DIR"] = tempfile.mkdtemp(prefix="organiser-test-data-")

import pytest  # noqa: E402

from organiser.storage.db import open_workspace  # noqa: E402


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
