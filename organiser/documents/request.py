"""What one export of an event's document asks, handed to its kind's content, check and builder."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from organiser.domain.model import Language


@dataclass(frozen=True)
class Request:
    """What one export asks: the event, every language of the export (a declaration's closing formula
    names them all), and the options of a kind (``page_per_signatory``, ``arrangement`` …)."""

    event_id: int
    languages: tuple[Language, ...]
    options: Mapping[str, object] = field(default_factory=dict)
