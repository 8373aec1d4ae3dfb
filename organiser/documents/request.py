"""What one export of an event's document asks, handed to its kind's content, check and builder; and what
it wrote."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from organiser.domain.model import Language


@dataclass(frozen=True)
class Request:
    """What one export asks: the event, every language of the export (a declaration's closing formula
    names them all), and the options of a kind (``page_per_signatory``, ``arrangement`` …)."""

    event_id: int
    languages: tuple[Language, ...]
    options: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Written:
    """A file an export wrote, and what its builder chose to make it fit, in one line for the command line
    and the window ("12 signatories, 3 a row, block on page 2 with the closing formula"); None where the
    builder had nothing to choose."""

    path: Path
    note: str | None = None
