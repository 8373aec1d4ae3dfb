"""The screens of the main window's navigation, in order."""
from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple


# Each screen's class, imported when the screen is first shown, so that start-up does not import what
# the others need (python-docx, the declaration renderer …). Plain imports in functions: the import
# graph (tests/test_architecture.py) sees them.
def _events_page():
    from organiser.ui.events_page import EventsPage
    return EventsPage


def _delegations_page():
    from organiser.ui.delegations_page import DelegationsPage
    return DelegationsPage


def _order_page():
    from organiser.ui.order_page import OrderPage
    return OrderPage


def _declaration_page():
    from organiser.ui.declaration_page import DeclarationPage
    return DeclarationPage


def _documents_page():
    from organiser.ui.documents_page import DocumentsPage
    return DocumentsPage


def _seating_page():
    from organiser.ui.seating_page import SeatingPage
    return SeatingPage


class Screen(NamedTuple):
    """One screen of the navigation: its key, its label, its class (imported when first needed), its icon
    and whether it works on the selected event."""

    key: str
    label: str
    page_class: Callable[[], type]
    icon_file: str
    needs_event: bool


SCREENS = (
    Screen("events", "Events", _events_page, "events.svg", False),
    Screen("delegations", "Delegations", _delegations_page, "delegations.svg", True),
    Screen("order", "Protocol order", _order_page, "order.svg", True),
    Screen("declaration", "Declaration", _declaration_page, "declaration.svg", True),
    Screen("documents", "Documents", _documents_page, "documents.svg", True),
    Screen("seating", "Seating", _seating_page, "seating.svg", True),
)
