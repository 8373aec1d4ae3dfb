"""What a service changed, so that the window can refresh just that and undo can reverse it."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    """``added``/``updated``/``removed`` map a kind of record ("event", "person" …) to the ids or keys touched."""

    added: dict[str, tuple] = field(default_factory=dict)
    updated: dict[str, tuple] = field(default_factory=dict)
    removed: dict[str, tuple] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def count(self, kind: str) -> int:
        return len(self.added.get(kind, ()))
