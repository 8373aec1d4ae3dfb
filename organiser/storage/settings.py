"""Settings kept inside the workspace file, so they travel with it: JSON values under a text key."""
from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError


def get_setting(db: Database, key: str, default=None):
    try:
        return json.loads(db["workspace_settings"].get(key)["value"])
    except NotFoundError:
        return default


def set_setting(db: Database, key: str, value) -> None:
    """Store ``value`` (anything JSON can hold) under ``key``; None removes the setting."""
    if value is None:
        db["workspace_settings"].delete_where("key = ?", [key])
    else:
        db["workspace_settings"].upsert({"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key")
