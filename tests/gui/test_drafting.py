"""Issue 6 as a drafter lives it in the window: the next meeting planned from the 3rd meeting's declaration,
then its own declaration typed in from scratch — clauses written in the clause editor with placeholders of
their own, assembled with library clauses, values filled in the form made from them — revisions saved,
compared in colour and as a Word document with tracked changes, restored and undone, and the declaration
exported word for word as intended."""
from __future__ import annotations

import datetime as dt

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from organiser.documents.numbering import labelled_text, labels
from organiser.domain.model import Clause, ClauseKind, DelegationKind, EventKind, Role
from organiser.services import reference_data
from organiser.services import declarations, events, library, revisions

from gui_helpers import add_delegation, add_existing_member, choose, click, click_ok

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

COUNCIL = "the Council of Prosecutors General of the Organization of Turkic States"
INTENDED = [
    f"Declaration of the fourth meeting of {COUNCIL}",
    "The Prosecutor General of the Republic of Azerbaijan, Mr. Kamran ALIYEV and the Prosecutor General of the "
    f"Republic of Uzbekistan, Mr. Nigmatilla YULDOSHEV participated in the 4th meeting of {COUNCIL}, dedicated to "
    "the topic: “Digital evidence in cross-border investigations”, which took place on July 25, 2025 in Tashkent, "
    "Republic of Uzbekistan.",
    "1. To establish a working group on digital evidence, chaired by Mr. Kamran Aliyev, that reports to the Council "
    "at its fifth meeting and no later than March 31, 2026.",
    "2. To strengthen cooperation in training and exchange of experience, in particular, the organization of regular "
    "meetings and conferences at the Prosecutor's Offices or Relevant Institutions to discuss topical issues of law "
    "enforcement, exchange best practices and develop common approaches to solving common problems.",
    f"3. To organize the fifth meeting of {COUNCIL} in 2026 in the Republic of Azerbaijan.",
    "Signed in Tashkent, on the 25 of July 2025, in English.",
]
SIGNATURES = ["MEMBER INSTITUTION", "PROSECUTOR GENERAL",
              "Prosecutor General's Office of the Republic of Azerbaijan", "Kamran ALIYEV",
              "Prosecutor General's Office of the Republic of Uzbekistan", "Nigmatilla YULDOSHEV"]


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user does; QTest types ASCII only, so the rest is inserted."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insertPlainText(text) if hasattr(widget, "insertPlainText") else widget.insert(text)


def write_clause(qtbot, page, *, key, kind, text, tags="", types=None):
    click(qtbot, page.ui.new_clause_button)
    editor = page.clause_editor
    qtbot.keyClicks(editor.ui.key, key)
    choose(editor.ui.kind, kind.value)
    qtbot.keyClicks(editor.ui.tags, tags)
    type_text(qtbot, editor.texts["en"], text)
    for name, kind_ in (types or {}).items():
        assert editor.set_type(name, kind_)
    click_ok(qtbot, editor)
    return editor


def shown(view) -> list[str]:
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_second_declaration_typed_in_from_the_window(qtbot, window, answers, tmp_path):
    ws = window.session.workspace
    window.session.settings.author_name = "Aida Karimova"
    third = next(e for e in events.list_events(ws) if e.ordinal == 3)

    # 1. The 3rd meeting's declaration decides the 4th: plan it from there.
    window.session.select_event(third.id)
    window.show_page("declaration")
    page = window.pages["declaration"]
    assert page.ui.next_note.text() == "No 4th meeting is planned yet."
    click(qtbot, page.ui.create_next_button)
    fourth = declarations.planned_next_meeting(ws, event_id=third.id)
    assert (fourth.kind, fourth.ordinal, fourth.start_date, fourth.country_code) == (
        EventKind.COUNCIL_MEETING, 4, dt.date(2025, 7, 25), "UZ")
    assert answers.infos[-1] == ("The 4th meeting is planned on 2025-07-25: correct the date on the Events "
                                 "screen.")
    assert page.ui.next_note.text().startswith("Taken from the planned 4th meeting")
    assert not page.ui.next_meeting_year.isEnabled()
    assert not page.ui.create_next_button.isEnabled()

    # 2. The 4th meeting: its topic and city on the Events screen, two delegations with their heads.
    window.session.select_event(fourth.id)
    window.show_page("events")
    form = window.pages["events"].form.ui
    qtbot.keyClicks(form.topic, "Digital evidence in cross-border investigations")
    qtbot.keyClicks(form.city, "Tashkent")
    click(qtbot, form.save_button)
    assert events.get_event(ws, event_id=fourth.id).city == {"en": "Tashkent"}
    window.show_page("delegations")
    dpage = window.pages["delegations"]
    reference = reference_data.reference_data(ws)
    people = {p.key: p.id for p in reference["persons"].values()}
    for code, institution, head in (("UZ", "uz-prosecutor-general", "nigmatilla-yuldoshev"),
                                    ("AZ", "az-prosecutor-general", "kamran-aliyev")):
        add_delegation(qtbot, dpage, DelegationKind.STATE, code, institution, reference["institutions"])
        add_existing_member(qtbot, dpage, people[head], Role.HEAD)

    # 3. Its declaration, from an empty one.
    window.show_page("declaration")
    assert page.ui.stack.currentWidget() is page.ui.empty_page
    click(qtbot, page.ui.create_button)
    assert page.ui.stack.currentWidget() is page.ui.work_page

    # New clauses in the clause editor: the placeholders are found as they are typed and typed by the drafter.
    write_clause(qtbot, page, key="title-declaration-ordinal-in-words", kind=ClauseKind.TITLE,
                 text="Declaration of the {meeting_ordinal:word} meeting of the {council}", tags="council meeting")
    click(qtbot, page.ui.new_clause_button)
    editor = page.clause_editor
    qtbot.keyClicks(editor.ui.key, "operative-digital-evidence-group")
    choose(editor.ui.kind, ClauseKind.OPERATIVE.value)
    qtbot.keyClicks(editor.ui.tags, "digital evidence, working group")
    type_text(qtbot, editor.texts["en"], "To establish a working group on digital evidence, chaired by "
                                         "{group_chair:full}, that reports to the Council by {report_date:long}.")
    assert [editor.placeholders.index(r, 0).data() for r in range(2)] == ["{group_chair}", "{report_date}"]
    assert [editor.placeholders.index(r, 1).data() for r in range(2)] == ["text", "text"]
    editor.set_type("group_chair", "person")
    editor.set_type("report_date", "date")
    type_text(qtbot, editor.texts["en"], " {")
    assert editor.ui.error_label.text().startswith("Clause operative-digital-evidence-group (en): a lone '{'")
    editor.texts["en"].textCursor().deletePreviousChar()
    editor.texts["en"].textCursor().deletePreviousChar()
    assert editor.ui.error_label.text() == ""
    click_ok(qtbot, editor)
    assert not editor.isVisible()
    created = {c.key: c for c in library.clauses(ws)}
    assert created["operative-digital-evidence-group"].placeholder_types == {"group_chair": "person",
                                                                             "report_date": "date"}
    assert created["operative-digital-evidence-group"].tags == ["digital evidence", "working group"]

    # A key already taken is refused in the editor, which stays open with the problem shown.
    editor = write_clause(qtbot, page, key="operative-next-meeting", kind=ClauseKind.OPERATIVE, text="Again.")
    assert editor.isVisible() and "already the key of another clause" in editor.ui.error_label.text()
    editor.reject()

    for key in ("title-declaration-ordinal-in-words", "participants-meeting-on-topic",
                "operative-digital-evidence-group", "operative-training-and-exchange", "operative-next-meeting",
                "closing-signed-in-one-language", "signature-heading-member-institution"):
        page.add_clause(key)
    assert shown(page.ui.clauses_view)[2].startswith("1. To establish a working group")

    # The form of values is made from the clauses' placeholders: the drafter's own, typed.
    assert sorted(page.value_widgets) == ["group_chair", "report_date"]
    assert any("{report_date} has no value" in w for w in page.warnings())
    choose(page.value_widgets["group_chair"], "kamran-aliyev")
    page.value_widgets["report_date"].setText("31.03.2026")
    page.value_widgets["report_date"].editingFinished.emit()
    assert page.ui.values_error.text() == "Report date: '31.03.2026' is not a date (YYYY-MM-DD)."
    page.value_widgets["report_date"].setText("2026-03-31")
    page.value_widgets["report_date"].editingFinished.emit()
    page.ui.next_meeting_year.setText("2026")
    page.ui.next_meeting_year.editingFinished.emit()
    choose(page.ui.next_meeting_host, "AZ")
    assert page.warnings() == ["None: the declaration can be exported."]

    # Several languages: every clause lacking a Russian text is named.
    page.set_languages(["en", "ru"])
    assert declarations.event_declaration(ws, event_id=fourth.id).languages == ["en", "ru"]
    assert "Clause operative-digital-evidence-group has no text in 'ru'." in page.warnings()
    assert "Clause title-declaration-ordinal-in-words has no text in 'ru'." in page.warnings()
    page.set_languages(["en"])
    assert page.warnings() == ["None: the declaration can be exported."]

    # 4. Revisions: saved under the preference's name, the clause edited, saved again.
    answers.texts.append("first complete draft")
    click(qtbot, page.ui.save_revision_button)
    draft = declarations.event_declaration(ws, event_id=fourth.id)
    page.select_clause(created["operative-digital-evidence-group"].id)
    click(qtbot, page.ui.edit_clause_button)
    editor = page.clause_editor
    assert [editor.ui.usage.item(i).text() for i in range(editor.ui.usage.count())] == [
        f"4th meeting of the Council of Prosecutors General of the Organization of Turkic States (declaration {draft.id})"]
    text = editor.texts["en"].toPlainText().replace("reports to the Council by", "reports to the Council at its "
                                                    "fifth meeting and no later than")
    editor.texts["en"].setPlainText(text)
    click_ok(qtbot, editor)
    answers.texts.append("the group reports at the fifth meeting")
    click(qtbot, page.ui.save_revision_button)
    saved = revisions.list_revisions(ws, declaration_id=draft.id)
    assert [(r.number, r.author, r.comment) for r in saved] == [
        (1, "Aida Karimova", "first complete draft"), (2, "Aida Karimova", "the group reports at the fifth meeting")]

    # Compared in the window, in colour; exported as tracked changes.
    click(qtbot, page.ui.revisions_button)
    dialog = page.revisions_dialog
    assert dialog.model.rowCount() == 2
    dialog.choose(1, 2)
    assert dialog.ui.summary.text() == "8 word(s) inserted (green, underlined), 1 deleted (red, struck through)."
    assert "text-decoration: underline" in dialog.ui.diff_view.toHtml()
    assert "at its fifth meeting and no later than" in dialog.ui.diff_view.toPlainText()
    comparison_file = tmp_path / "comparison.docx"
    answers.files.append(str(comparison_file))
    click(qtbot, dialog.ui.export_button)
    body = docx.Document(comparison_file).element.body
    inserted = ["".join(t.text for t in ins.iter(f"{W}t")) for ins in body.iter(f"{W}ins") if len(ins)]
    deleted = ["".join(t.text for t in d.iter(f"{W}delText")) for d in body.iter(f"{W}del") if len(d)]
    assert (inserted, deleted) == (["at its fifth meeting and no later than "], ["by "])
    assert {i.get(f"{W}author") for i in body.iter(f"{W}ins")} == {"Aida Karimova"}

    # Restore revision 1, then undo that: the draft reads as revision 2 again.
    dialog.select(1)
    click(qtbot, dialog.ui.restore_button)
    assert "reports to the Council by March 31, 2026" in page.preview_text()
    assert dialog.model.rowCount() == 3
    window.action_undo.trigger()
    assert "at its fifth meeting and no later than March 31, 2026" in page.preview_text()
    assert dialog.model.rowCount() == 2
    dialog.reject()

    # 5. Exported from the Documents screen: the text intended, word for word.
    out = tmp_path / "out"
    out.mkdir()
    window.show_page("documents")
    docs = window.pages["documents"]
    docs.choose(documents=["declaration"], languages=["en"], folder=out)
    window.action_export.trigger()
    assert docs.ui.error_label.text() == ""
    document = docx.Document(str(docs.exported[0]))
    found = labels(document)  # the operative clauses' numbers are Word's, read from their numbering
    assert [labelled_text(p, found) for p in document.paragraphs if p.text] == INTENDED
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert [line for cell in cells for line in cell.split("\n") if line.strip()] == SIGNATURES


def test_library_edits_in_the_window_are_undoable(qtbot, window, answers):
    ws = window.session.workspace
    window.session.select_event(next(e for e in events.list_events(ws) if e.ordinal == 3).id)
    window.show_page("declaration")
    page = window.pages["declaration"]
    source = next(c for c in library.clauses(ws) if c.key == "operative-monitoring-results")
    page.select_clause(source.id)
    click(qtbot, page.ui.duplicate_clause_button)
    editor = page.clause_editor
    assert editor.ui.key.text() == "operative-monitoring-results-copy"
    assert editor.texts["en"].toPlainText() == source.texts["en"]
    click_ok(qtbot, editor)
    copy = next(c for c in library.clauses(ws) if c.key == "operative-monitoring-results-copy")
    assert page.selected_clause().id == copy.id

    click(qtbot, page.ui.retire_clause_button)
    assert library.get_clause(ws, clause_id=copy.id).retired
    assert copy.id not in [page.library_filter.index(r, 0).data(Qt.ItemDataRole.UserRole)
                           for r in range(page.library_filter.rowCount())]
    page.ui.show_retired.setChecked(True)
    page.select_clause(copy.id)
    assert page.ui.retire_clause_button.text() == "Bring back" and not page.ui.add_button.isEnabled()

    window.action_undo.trigger()  # retire
    assert not library.get_clause(ws, clause_id=copy.id).retired
    window.action_undo.trigger()  # duplicate
    assert "operative-monitoring-results-copy" not in {c.key for c in library.clauses(ws)}
    window.action_redo.trigger()
    assert "operative-monitoring-results-copy" in {c.key for c in library.clauses(ws)}

    # Drafts: a new one (a copy of this), renamed, chosen, deleted and brought back.
    first = declarations.event_declaration(ws, event_id=window.session.event_id)
    answers.texts.append("Alternative wording")
    click(qtbot, page.ui.new_draft_button)
    second = declarations.event_declaration(ws, event_id=window.session.event_id)
    assert second.id != first.id and second.title == "Alternative wording" and second.chosen
    assert page.ui.draft_combo.count() == 2 and page.ui.draft_combo.currentData() == second.id
    answers.texts.append("Alternative (short)")
    click(qtbot, page.ui.rename_draft_button)
    assert declarations.event_declaration(ws, event_id=window.session.event_id).title == "Alternative (short)"
    choose(page.ui.draft_combo, first.id)
    assert declarations.event_declaration(ws, event_id=window.session.event_id).id == first.id
    answers.yes_no.append(True)
    click(qtbot, page.ui.delete_draft_button)
    assert [d.id for d in declarations.event_declarations(ws, event_id=window.session.event_id)] == [second.id]
    window.action_undo.trigger()
    drafts = declarations.event_declarations(ws, event_id=window.session.event_id)
    assert len(drafts) == 2 and drafts[-1].title == "Declaration of the 3rd meeting"


def test_the_library_file_from_the_window_with_each_conflict_decided_side_by_side(qtbot, window, answers, tmp_path):
    import json

    ws = window.session.workspace
    window.session.select_event(next(e for e in events.list_events(ws) if e.ordinal == 3).id)
    window.show_page("declaration")
    page = window.pages["declaration"]
    exported = tmp_path / "library.json"
    answers.files.append(str(exported))
    click(qtbot, page.ui.export_library_button)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert len(data["clauses"]) == len(library.clauses(ws)) == 10
    assert answers.infos[-1] == f"The clause library (10 clauses) is written to {exported}."

    for clause in data["clauses"]:
        if clause["key"] == "operative-next-meeting":
            clause["texts"]["en"] = clause["texts"]["en"].replace("To organize", "To organise")
        if clause["key"] == "operative-monitoring-results":
            clause["tags"] = ["monitoring", "evaluation"]
    data["clauses"].append({"key": "operative-new", "kind": "operative", "texts": {"en": "A new clause."}})
    theirs = tmp_path / "theirs.json"
    theirs.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = {c.key: c for c in library.clauses(ws)}

    answers.files.append(str(theirs))
    click(qtbot, page.ui.import_library_button)
    dialog = page.import_dialog
    assert dialog.ui.summary.text().startswith("theirs.json: 1 new clause to add (operative-new); 8 the same as in "
                                               "the workspace; 2 in conflict")
    assert sorted(dialog.choices) == ["operative-monitoring-results", "operative-next-meeting"]
    labels = [w.text() for w in dialog.ui.conflicts.findChildren(QLabel)]
    assert "texts.en" in labels and "monitoring, evaluation" in labels
    assert before["operative-next-meeting"].texts["en"] in labels  # ours beside theirs
    dialog.choose("operative-next-meeting", "theirs")
    dialog.choose("operative-monitoring-results", "both")
    click_ok(qtbot, dialog)
    after = {c.key: c for c in library.clauses(ws)}
    assert after["operative-next-meeting"].texts["en"].startswith("To organise")
    assert after["operative-monitoring-results"].tags == ["monitoring"]
    assert after["operative-monitoring-results-imported"].tags == ["monitoring", "evaluation"]
    assert "operative-new" in after

    window.action_undo.trigger()
    assert {c.key: (c.texts, c.tags) for c in library.clauses(ws)} == {k: (c.texts, c.tags) for k, c in before.items()}


def test_the_drafting_models_are_proper_qt_models(qtmodeltester, window):
    from organiser.domain.declaration import clause_placeholders
    from organiser.ui.models.clauses_model import PlaceholdersModel, RevisionsModel

    ws = window.session.workspace
    clause = next(c for c in library.clauses(ws) if c.key == "participants-meeting-on-topic")
    clause.placeholder_types = {}
    placeholders = PlaceholdersModel()
    placeholders.set_placeholders(clause_placeholders(clause) + clause_placeholders(
        Clause("x", ClauseKind.OPERATIVE, {"en": "{mine}"})), {})
    qtmodeltester.check(placeholders)
    assert placeholders.setData(placeholders.index(placeholders.rowCount() - 1, 1), "date")
    assert not placeholders.setData(placeholders.index(0, 1), "date")  # a known one keeps its type
    assert placeholders.types() == {"mine": "date"}
    draft = declarations.event_declaration(ws, event_id=1)
    revisions.save_revision(ws, declaration_id=draft.id, author="A", comment="c")
    model = RevisionsModel()
    model.set_revisions(revisions.list_revisions(ws, declaration_id=draft.id))
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in (0, 2, 3)] == [1, "A", "c"]
