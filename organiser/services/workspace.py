"""The workspace, as the layers above services name it: documents/, cli and ui hold one without
reaching into storage/ for its type."""
from __future__ import annotations

from organiser.storage.db import Workspace

__all__ = ["Workspace"]
