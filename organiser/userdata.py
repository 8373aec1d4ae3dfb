"""Where the user's own files live: the default workspace and the error log.

``ORGANISER_DATA_DIR`` overrides the platform's per-user data directory (tests and CI use it so that
they never touch a real user's workspace)."""
from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    override = os.environ.get("ORGANISER_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("organiser", appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_workspace() -> Path:
    return data_dir() / "workspace.sqlite"


def log_file() -> Path:
    return data_dir() / "organiser.log"
