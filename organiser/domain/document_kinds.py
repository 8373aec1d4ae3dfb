"""The kinds of document the program writes, by the names the command line, the export's registry
(documents/registry.py) and the window know them by: defined here once, so the three never disagree."""
from __future__ import annotations

DECLARATION = "declaration"
SIGNATURE_SHEET = "signature-sheet"
PARTICIPANTS = "participants"
PROGRAMME = "programme"
SEATING = "seating"
PLACE_CARDS = "place-cards"
BADGES = "badges"
MEMORANDUM = "memorandum"
COMPARISON = "comparison"

# An event's documents, each written in one language (or two side by side) by documents/export.py's
# export_document, in the order the command line and the window list them.
EVENT_DOCUMENT_KINDS = (DECLARATION, SIGNATURE_SHEET, PARTICIPANTS, PROGRAMME, SEATING, PLACE_CARDS, BADGES)

# Every document with a template: an event's documents, then those with an export of their own (the
# memorandum writes a copy for each party; the comparison compares two revisions of a declaration).
DOCUMENT_KINDS = (*EVENT_DOCUMENT_KINDS, MEMORANDUM, COMPARISON)
