"""The whole story of issue 3 as a new user lives it: a seminar from scratch, four delegations and a guest
lecturer, the order by Azerbaijani collation, a declaration assembled from the library with its values,
and the declaration and the signature sheet exported — checked in the widgets, the workspace and the files."""
from __future__ import annotations

import datetime as dt

import docx
from PySide6.QtCore import Qt

from organiser.documents.numbering import labelled_text, labels
from organiser.domain.model import DelegationKind, EventKind, Role
from organiser.services import declarations, delegations, events, reference_data

from gui_helpers import add_delegation, add_existing_member, add_new_member, choose, click, qdate, table_column

START = dt.date(2025, 9, 10)
END = dt.date(2025, 9, 11)


def _reference(ws):
    return reference_data.reference_data(ws)


def _person(ws, key):
    return next(p.id for p in _reference(ws)["persons"].values() if p.key == key)


def _institution(ws, key):
    return next(i.id for i in _reference(ws)["institutions"].values() if i.key == key)


def test_a_seminar_from_scratch_to_exported_declaration(qtbot, window, answers, tmp_path):
    ws = window.session.workspace
    out = tmp_path / "out"
    out.mkdir()

    # 1. Events: a new seminar, its number and title proposed, dates, place and host.
    page = window.pages["events"]
    click(qtbot, page.ui.new_button)
    form = page.form.ui
    choose(form.kind, EventKind.SEMINAR)
    assert form.ordinal.value() == 1  # the council's first numbered seminar
    assert form.title.text() == "Seminar of the Council of Prosecutors General of the Organization of Turkic States"
    form.title.clear()
    qtbot.keyClicks(form.title, "First seminar of the Council of Prosecutors General")
    qtbot.keyClicks(form.topic, "Digital evidence in cross-border investigations")
    form.start_date.setDate(qdate(START))
    form.has_end_date.setChecked(True)
    form.end_date.setDate(qdate(END))
    qtbot.keyClicks(form.city, "Baku")
    choose(form.country, "AZ")
    choose(form.host_institution, _institution(ws, "az-prosecutor-general"))
    assert form.error_label.text() == ""
    click(qtbot, form.save_button)

    stored = [e for e in events.list_events(ws) if e.kind is EventKind.SEMINAR and e.ordinal == 1]
    assert len(stored) == 1
    seminar = stored[0]
    assert (seminar.start_date, seminar.end_date, seminar.city, seminar.country_code) == (START, END, {"en": "Baku"}, "AZ")
    assert seminar.title == {"en": "First seminar of the Council of Prosecutors General"}
    assert window.session.event_id == seminar.id
    assert "First seminar of the Council of Prosecutors General" in table_column(page.ui.events_view, 3)
    assert window.ui.event_label.text().startswith("First seminar")

    # 2. Delegations: four states, each with its head, and guests from a university with a new lecturer.
    window.show_page("delegations")
    dpage = window.pages["delegations"]
    institutions = _reference(ws)["institutions"]
    heads = {"AZ": ("az-prosecutor-general", "kamran-aliyev"), "KZ": ("kz-prosecutor-general", "berik-asylov"),
             "UZ": ("uz-prosecutor-general", "nigmatilla-yuldoshev"),
             "TR": ("tr-court-of-appeal-prosecution", "muhsin-senturk")}
    for code, (institution, person) in heads.items():
        add_delegation(qtbot, dpage, DelegationKind.STATE, code, institution, institutions)
        add_existing_member(qtbot, dpage, _person(ws, person), Role.HEAD)
    add_delegation(qtbot, dpage, DelegationKind.GUEST, None, "baku-state-university", institutions)
    dialog = add_new_member(qtbot, dpage, honorific="Ms.", given="Leyla", surname="Hasanova",
                            position="Professor, Baku State University", role=Role.LECTURER)
    assert dialog.result() == dialog.DialogCode.Accepted

    assert table_column(dpage.ui.delegations_view, 1) == [
        "Azerbaijan", "Kazakhstan", "Uzbekistan", "Türkiye", "Baku State University"]
    assert table_column(dpage.ui.delegations_view, 3)[:4] == [
        "Mr. Kamran ALIYEV", "Mr. Berik ASYLOV", "Mr. Nigmatilla YULDOSHEV", "Mr. Muhsin ŞENTÜRK"]
    assert table_column(dpage.ui.members_view, 1) == ["Ms. Leyla HASANOVA"]
    stored = delegations.event_delegations(ws, event_id=seminar.id)
    assert [d.code for d in stored] == ["AZ", "KZ", "UZ", "TR", "baku-state-university"]
    assert stored[-1].members[0].person.names["en"].surname == "Hasanova"
    assert stored[-1].members[0].role is Role.LECTURER

    # 3. Protocol order: English, then Azerbaijani collation, shown at once.
    window.show_page("order")
    opage = window.pages["order"]
    opage.set_rule("en")
    assert opage.names()[:4] == ["Azerbaijan", "Kazakhstan", "Türkiye", "Uzbekistan"]
    opage.set_rule("az")
    assert opage.names() == ["Azərbaycan", "Qazaxıstan", "Özbəkistan", "Türkiyə", "Bakı Dövlət Universiteti"]
    assert events.get_event(ws, event_id=seminar.id).precedence_language == "az"

    # 4. Declaration: created, assembled from the library, values filled; warnings until they are.
    window.show_page("declaration")
    cpage = window.pages["declaration"]
    assert cpage.ui.stack.currentWidget() is cpage.ui.empty_page
    click(qtbot, cpage.ui.create_button)
    assert cpage.ui.stack.currentWidget() is cpage.ui.work_page
    keys = ["title-declaration-of-meeting", "participants-meeting-on-topic", "preamble-common-challenges",
            "operative-remarks-on-global-challenges", "operative-training-and-exchange", "operative-next-meeting",
            "closing-signed-in-one-language", "signature-heading-member-institution"]
    for key in keys:
        cpage.add_clause(key)
    shown = [cpage.entries.index(r).data() for r in range(cpage.entries.rowCount())]
    assert [s.split(" ")[0] for s in shown[3:6]] == ["1.", "2.", "3."]  # operative clauses numbered
    assert any("next_meeting_year" in w for w in cpage.warnings())

    # Export is refused while a warning stands.
    window.show_page("documents")
    docs = window.pages["documents"]
    docs.choose(documents=["declaration"], languages=["en"], folder=out)
    window.action_export.trigger()
    assert "cannot be exported until" in docs.ui.error_label.text()
    assert answers.errors and "next_meeting_year" in answers.errors[-1]
    assert list(out.iterdir()) == []

    window.show_page("declaration")
    cpage.ui.next_meeting_year.setText("2026")
    cpage.ui.next_meeting_year.editingFinished.emit()
    choose(cpage.ui.next_meeting_host, "KZ")
    assert declarations.event_declaration(ws, event_id=seminar.id).values == {
        "next_meeting_year": 2026, "next_meeting_host": "KZ"}
    assert cpage.warnings() == ["None: the declaration can be exported."]
    preview = cpage.preview_text()
    assert "Declaration of the 1st meeting" in preview
    assert "3. To organize the second meeting" in preview and "in 2026 in" in preview
    # The participants in the event's (Azerbaijani) order: Uzbekistan before Türkiye.
    assert preview.index("Nigmatilla YULDOSHEV") < preview.index("Muhsin ŞENTÜRK")

    # 5. Documents: the declaration and the signature sheet, in English.
    window.show_page("documents")
    kinds = [docs.ui.documents.item(i).data(Qt.ItemDataRole.UserRole) for i in range(docs.ui.documents.count())]
    wanted = ["declaration"] + (["signature-sheet"] if "signature-sheet" in kinds else [])
    docs.choose(documents=wanted, languages=["en"], folder=out)
    window.action_export.trigger()
    assert docs.ui.error_label.text() == ""
    assert len(docs.exported) == len(wanted)
    assert [docs.ui.results.item(i).text() for i in range(docs.ui.results.count())] == [str(p) for p in docs.exported]

    declaration_file = next(p for p in docs.exported if " declaration en" in p.name)
    document = docx.Document(str(declaration_file))
    found = labels(document)  # the operative clauses' numbers are Word's, read from their numbering
    paragraphs = [labelled_text(p, found) for p in document.paragraphs if p.text]
    assert paragraphs[0].startswith("Declaration of the 1st meeting")
    assert any(p.startswith("1. To take into the consideration") for p in paragraphs)
    assert any("To organize the second meeting" in p and "2026" in p for p in paragraphs)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    institutions_signing = [c for c in cells if c.startswith(("Prosecutor General's Office", "General Prosecution"))]
    assert institutions_signing == [
        "Prosecutor General's Office of the Republic of Azerbaijan",
        "Prosecutor General's Office of the Republic of Kazakhstan",
        "Prosecutor General's Office of the Republic of Uzbekistan",
        "General Prosecution Office of the Supreme Court of Appeal of the Republic of Türkiye"]
    assert not any("Hasanova" in c.upper() or "HASANOVA" in c for c in cells)  # guests do not sign
    if "signature-sheet" in wanted:
        sheet = docx.Document(str(next(p for p in docs.exported if " signature-sheet en" in p.name)))
        text = "\n".join([p.text for p in sheet.paragraphs]
                         + [c.text for t in sheet.tables for r in t.rows for c in r.cells])
        assert "ALIYEV" in text and "ŞENTÜRK" in text and "YULDOSHEV" in text

    # Open and Show in Folder hand the file and its folder to the desktop.
    click(qtbot, docs.ui.open_button)
    click(qtbot, docs.ui.show_button)
    assert answers.opened == [str(docs.exported[0]), str(docs.exported[0].parent)]

    # Exporting again asks before replacing; "No" leaves the files as they were.
    before = {p: p.stat().st_mtime_ns for p in docs.exported}
    answers.yes_no.append(False)
    window.action_export.trigger()
    assert "exist already" in answers.asked[-1]
    assert {p: p.stat().st_mtime_ns for p in before} == before
    assert "Nothing was exported" in docs.ui.error_label.text()
