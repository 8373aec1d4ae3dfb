"""The reference records every form offers (states, organisations, institutions, persons, councils), read
once and then kept current by the changes that services return.

A workspace may hold 10,000 persons: reading them all takes about 100 ms (bench/bench_scale.py), longer
than one interactive step may. So the records stay in memory, and after an edit ``follow(change)`` reads
again only the records the change touched; a change of something else (an event, a declaration) costs
nothing. Whatever this process did not report through ``follow`` — another process's write, an import
that did not name every record — shows as a different ``change_stamp`` and the next read starts anew.
"""
from __future__ import annotations

import weakref
from types import MappingProxyType
from dataclasses import dataclass

from organiser.services.changes import Change
from organiser.storage import reference
from organiser.storage.db import Workspace

# The kinds of change that touch reference records, and the key of reference_data() they live under.
GROUPS = reference.TABLES


@dataclass
class _Records:
    stamp: tuple
    groups: dict[str, dict]


_records: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def reference_data(workspace: Workspace) -> dict[str, dict]:
    """The workspace's reference records the window offers in its choices: ``states``, ``organisations``
    (by code), ``institutions``, ``persons`` and ``councils`` (by id), each in its repository's order,
    as read-only mappings; the records are to be read, not changed."""
    stamp = workspace.change_stamp()
    kept = _records.get(workspace)
    if kept is None or kept.stamp != stamp:
        db = workspace.db
        kept = _Records(stamp, {group: reference.records(db, kind) for kind, group in GROUPS.items()})
        _records[workspace] = kept
    # Read-only views, not copies: a copy of 10,000 persons for every form that asks costs more than the
    # asking, and a view keeps a caller from changing what the other forms are shown.
    return {group: MappingProxyType(records) for group, records in kept.groups.items()}


def stamp(workspace: Workspace) -> tuple:
    """The workspace's content stamp now; give it to ``follow`` with the change an edit made after it."""
    return workspace.change_stamp()


def follow(workspace: Workspace, change: Change | None, *, since: tuple) -> None:
    """Bring the kept records up to date after ``change``, which this process made when the workspace's
    stamp was ``since``. Records the change did not touch are kept as they are; if anything else changed
    the workspace meanwhile (the records were older than ``since``, or the change's extent is unknown),
    they are dropped and the next ``reference_data`` reads them all."""
    kept = _records.get(workspace)
    if kept is None:
        return
    if change is None or change.everything or kept.stamp != since:
        del _records[workspace]
        return
    db = workspace.db
    for kind, group in GROUPS.items():
        touched = change.ids(kind)
        if not touched:
            continue
        records = kept.groups[group]
        fresh = reference.records_with_keys(db, kind, touched)
        new = False
        for key in touched:
            if key in fresh:
                new |= key not in records
                records[key] = fresh[key]  # an edited record keeps its place (keys and codes never change)
            else:
                records.pop(key, None)
        if new:  # a new record takes its place in the repository's order
            order = reference.sort_key(kind)
            kept.groups[group] = dict(sorted(records.items(), key=lambda item: order(item[1])))
    # A record added or removed that the change did not name (an import reporting only its events) shows
    # in the counts: then read everything anew rather than offer a stale list.
    if any(len(kept.groups[group]) != reference.count(db, kind) for kind, group in GROUPS.items()):
        del _records[workspace]
        return
    kept.stamp = workspace.change_stamp()
