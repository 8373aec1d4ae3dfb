"""Caps on what an exchange or clause library file may hold: far above anything a real council writes
(the world has under 200 states; a council meets once or twice a year; a delegation is a handful of
people), low enough that a file at every cap still imports in seconds (bench/bench_import.py). A file
over one is refused in one line naming the cap and what the file holds, before it is stored; a file
over the size cap is refused before it is read at all.

They are documented in docs/exchange-format.md ("Limits") and README.md: change all three together.
"""
from __future__ import annotations

from organiser.domain.errors import ValidationError

MAX_FILE_BYTES = 64 * 1024 * 1024  # the sample council is 41 kB; 100,000 delegations take about 20 MB
MAX_EVENTS_PER_FILE = 1_000
MAX_DELEGATIONS_PER_EVENT = 1_000
MAX_MEMBERS_PER_DELEGATION = 100
MAX_PROGRAMME_ITEMS_PER_EVENT = 1_000
MAX_SPEAKERS_PER_ITEM = 100
MAX_DECLARATIONS_PER_EVENT = 100
MAX_CLAUSES_PER_DECLARATION = 1_000
MAX_RECORDS_PER_LIST = 100_000  # states, organisations, institutions, persons, councils in one file
MAX_CLAUSES_PER_LIBRARY = 10_000  # clauses in a clause library file or an exchange file
MAX_CLAUSE_TEXT = 20_000  # characters of one clause's text in one language: a clause is a paragraph

# The caps, by the name documents and messages give them.
LIMITS = {
    "file size": MAX_FILE_BYTES,
    "events in a file": MAX_EVENTS_PER_FILE,
    "delegations of an event": MAX_DELEGATIONS_PER_EVENT,
    "members of a delegation": MAX_MEMBERS_PER_DELEGATION,
    "programme items of an event": MAX_PROGRAMME_ITEMS_PER_EVENT,
    "speakers of a programme item": MAX_SPEAKERS_PER_ITEM,
    "declarations of an event": MAX_DECLARATIONS_PER_EVENT,
    "clauses of a declaration": MAX_CLAUSES_PER_DECLARATION,
    "records of a kind in a file": MAX_RECORDS_PER_LIST,
    "clauses in a file": MAX_CLAUSES_PER_LIBRARY,
    "characters of a clause text": MAX_CLAUSE_TEXT,
}


def check_count(where: str, found: int, limit: int, what: str) -> None:
    """Refuse ``found`` items of ``what`` at ``where`` when more than ``limit``, naming both."""
    if found > limit:
        raise ValidationError(where, f"has {found:,} {what}; at most {limit:,} are allowed")


def file_too_large(size: int, limit: int = MAX_FILE_BYTES) -> str:
    """The refusal of a file of ``size`` bytes over ``limit`` (the size cap), in words."""
    return f"is too large ({size:,} bytes; an exchange or clause library file may have at most {limit:,} bytes)"


# Where each cap applies in a file's JSON: a list's name → (its cap, what its items are, the caps inside
# each item). Checked on the JSON as read, before anything else: a file over a cap is not parsed further.
_EVENT = {"delegations": (MAX_DELEGATIONS_PER_EVENT, "delegations",
                          {"members": (MAX_MEMBERS_PER_DELEGATION, "members", {})}),
          "programme": (MAX_PROGRAMME_ITEMS_PER_EVENT, "programme items",
                        {"speakers": (MAX_SPEAKERS_PER_ITEM, "speakers", {})}),
          "declarations": (MAX_DECLARATIONS_PER_EVENT, "declarations",
                           {"clauses": (MAX_CLAUSES_PER_DECLARATION, "clauses", {})})}
PACKAGE_CAPS = {
    **{name: (MAX_RECORDS_PER_LIST, name, {}) for name in ("states", "organisations", "institutions", "persons",
                                                         "councils")},
    "clauses": (MAX_CLAUSES_PER_LIBRARY, "clauses", {}),
    "events": (MAX_EVENTS_PER_FILE, "events", _EVENT),
}
LIBRARY_CAPS = {"clauses": (MAX_CLAUSES_PER_LIBRARY, "clauses", {})}


def check_counts(data: object, caps: dict, path: str = "") -> None:
    """Refuse the first list of ``data`` (a file's JSON) longer than its cap in ``caps``, by its path.
    What is not an object or a list here is left to the file's parser to refuse."""
    if not isinstance(data, dict):
        return
    for name, (limit, what, inner) in caps.items():
        items = data.get(name)
        if not isinstance(items, list):
            continue
        where = f"{path}.{name}" if path else name
        check_count(where, len(items), limit, what)
        if inner:
            for index, item in enumerate(items):
                check_counts(item, inner, f"{where}[{index}]")
