"""What a service changed, so that the window can refresh just that and undo can reverse it.

Every service that writes returns a :class:`Change`. The window's one dispatcher (``Session.data_changed``)
hands it to every screen, and each screen refreshes what the change touches (``touches``, ``ids``) and
nothing else. A change whose extent is not known (``Change.anything()``: another process wrote, a backup
was restored) touches every kind.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The kinds of record a change names. A screen asks by these names; one list, so a typo is an error.
KINDS = frozenset({
    "workspace", "setting", "council", "event", "programme", "delegation", "member", "person", "state",
    "organisation", "institution", "declaration", "clause", "revision",
})


@dataclass(frozen=True)
class Change:
    """``added``/``updated``/``removed`` map a kind of record ("event", "person" …) to the ids or keys touched;
    ``everything`` says the extent is unknown, so every kind counts as touched."""

    added: dict[str, tuple] = field(default_factory=dict)
    updated: dict[str, tuple] = field(default_factory=dict)
    removed: dict[str, tuple] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    everything: bool = False

    def __post_init__(self):
        unknown = {kind for part in (self.added, self.updated, self.removed) for kind in part} - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of record in a change: {', '.join(sorted(unknown))}")

    @classmethod
    def anything(cls) -> Change:
        """A change of unknown extent: whatever a screen shows may be stale."""
        return cls(everything=True)

    def count(self, kind: str) -> int:
        return len(self.added.get(kind, ()))

    def kinds(self) -> frozenset[str]:
        """The kinds of record this change touches (every kind when its extent is unknown)."""
        if self.everything:
            return KINDS
        return frozenset(self.added) | frozenset(self.updated) | frozenset(self.removed)

    def touches(self, *kinds: str) -> bool:
        """Whether any record of any of ``kinds`` was added, updated or removed."""
        unknown = set(kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of record: {', '.join(sorted(unknown))}")
        return self.everything or any(kind in self.kinds() for kind in kinds)

    def ids(self, kind: str) -> frozenset:
        """The ids (or keys) of the records of ``kind`` this change touched, added, updated or removed."""
        return frozenset(self.added.get(kind, ())) | frozenset(self.updated.get(kind, ())) | frozenset(
            self.removed.get(kind, ()))

    def __bool__(self) -> bool:
        return self.everything or bool(self.added or self.updated or self.removed)

    def merged(self, other: Change | None) -> Change:
        """This change and ``other`` as one (a command of several service calls returns their union)."""
        if other is None:
            return self

        def union(a: dict, b: dict) -> dict:
            out = {kind: tuple(ids) for kind, ids in a.items()}
            for kind, ids in b.items():
                out[kind] = tuple(dict.fromkeys(out.get(kind, ()) + tuple(ids)))
            return out

        return Change(added=union(self.added, other.added), updated=union(self.updated, other.updated),
                      removed=union(self.removed, other.removed), notes=self.notes + other.notes,
                      everything=self.everything or other.everything)
