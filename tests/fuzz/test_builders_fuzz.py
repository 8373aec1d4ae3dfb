"""Document builders given hostile names: whatever text a person's or a state's name holds, an export
either refuses in words (an OrganiserError) or writes a document that opens and prints the name."""
from __future__ import annotations

import dataclasses

import docx
from hypothesis import event, given, settings
from hypothesis import strategies as st

from organiser.documents.export import export_document
from organiser.domain.document_kinds import EVENT_DOCUMENT_KINDS
from organiser.domain.errors import OrganiserError
from organiser.services import delegations, events, reference_data
from organiser.services.exchange import add_sample
from organiser.storage.db import open_workspace

from strategies import hostile_text


def _document_text(path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@settings(max_examples=40)
@given(surname=hostile_text, kind=st.sampled_from(EVENT_DOCUMENT_KINDS))
def test_a_hostile_surname_is_refused_or_printed(tmp_path_factory, surname, kind):
    workspace = open_workspace(None)
    try:
        add_sample(workspace)
        meeting = next(e for e in events.list_events(workspace) if e.ordinal == 3)
        head = next(d.members[0].person for d in delegations.event_delegations(workspace, event_id=meeting.id)
                    if d.code == "AZ")
        person = reference_data.reference_data(workspace)["persons"][head.id]
        renamed = dataclasses.replace(person, names={**person.names, "en": dataclasses.replace(
            person.names["en"], surname=surname)})
        try:
            delegations.save_person(workspace, person=renamed)
        except OrganiserError:
            event("the name was refused")
            return  # refused in words, nothing saved
        out = tmp_path_factory.mktemp("export") / f"{kind}.docx"
        try:
            written = export_document(workspace, kind=kind, event_id=meeting.id, out=out, language="en", force=True)
        except OrganiserError:
            event("the export was refused")
            return
        event("written")
        text = _document_text(written)
        stored = reference_data.reference_data(workspace)["persons"][head.id].names["en"].surname
        if kind in ("declaration", "signature-sheet", "participants") and stored.strip():
            assert stored.split()[0].upper() in text.upper()
    finally:
        workspace.close()
