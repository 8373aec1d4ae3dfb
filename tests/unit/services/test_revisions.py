"""Drafts, revisions (saved, listed, compared, restored, exported), several languages, and the next meeting."""
import datetime as dt
import sqlite3
import zipfile

import docx
import pytest

from organiser.documents.comparison import export_comparison, export_revision
from organiser.domain.errors import ValidationError
from organiser.domain.model import Clause, ClauseKind, EventKind
from organiser.services import declarations, events, library, revisions
from organiser.storage.db import open_workspace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def clause_ids(ws):
    return {c.key: c.id for c in library.clauses(ws)}


def edit_text(ws, key, old, new):
    clause = next(c for c in library.clauses(ws) if c.key == key)
    clause.texts["en"] = clause.texts["en"].replace(old, new)
    library.save_clause(ws, clause=clause)


@pytest.fixture
def draft(sample_db):
    return declarations.event_declaration(sample_db, event_id=1)


def test_a_revision_records_who_when_why_and_the_texts_of_its_time(sample_db, draft):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    change = revisions.save_revision(sample_db, declaration_id=draft.id, author="Aida Karimova", comment="As agreed")
    assert change.added == {"revision": ((draft.id, 1),)}
    revisions.save_revision(sample_db, declaration_id=draft.id, author="Aida Karimova")
    listed = revisions.list_revisions(sample_db, declaration_id=draft.id)
    assert [(r.number, r.author, r.comment) for r in listed] == [(1, "Aida Karimova", "As agreed"), (2, "Aida Karimova", "")]
    assert before <= listed[0].saved_at <= dt.datetime.now(dt.UTC)
    first = listed[0].snapshot
    assert [c.key for c in first.clauses][0] == "title-declaration-of-meeting"
    assert first.values == {"next_meeting_year": 2025, "next_meeting_host": "UZ"} and first.languages == ["en"]

    # The library changes; the revision does not.
    edit_text(sample_db, "operative-next-meeting", "To organize", "To arrange")
    again = revisions.get_revision(sample_db, declaration_id=draft.id, number=1).snapshot
    assert next(c for c in again.clauses if c.key == "operative-next-meeting").texts["en"].startswith("To organize")
    with pytest.raises(ValidationError, match="has no revision 7; its revisions are 1, 2"):
        revisions.get_revision(sample_db, declaration_id=draft.id, number=7)


def test_comparing_two_revisions_word_by_word(sample_db, draft):
    revisions.save_revision(sample_db, declaration_id=draft.id, author="A")
    edit_text(sample_db, "operative-next-meeting", "To organize", "To organise")
    declarations.set_declaration_value(sample_db, declaration_id=draft.id, name="next_meeting_year", value="2026")
    ids = clause_ids(sample_db)
    declarations.set_declaration_clauses(sample_db, declaration_id=draft.id, clause_ids=[
        i for i in draft.clause_ids if i != ids["operative-monitoring-results"]])
    revisions.save_revision(sample_db, declaration_id=draft.id, author="B", comment="2026")

    comparison = revisions.compare_revisions(sample_db, declaration_id=draft.id, old=1, new=2)
    assert comparison.rendered
    changed = [p for p in comparison.paragraphs if p.mark or any(s.op != "equal" for s in p.segments)]
    assert changed[0].mark == "delete" and changed[0].old_text.startswith("3. To continue monitoring")
    assert [(s.op, s.text) for s in changed[1].segments if s.op != "equal"] == [
        ("delete", "4"), ("insert", "3"), ("delete", "organize "), ("insert", "organise "),
        ("delete", "2025 "), ("insert", "2026 ")]
    assert len(changed) == 2
    assert comparison.counts.inserted_words == 3
    # Against the draft as it is now: nothing differs from revision 2.
    assert revisions.compare_revisions(sample_db, declaration_id=draft.id, old=2, new=None).counts.unchanged


def test_a_comparison_that_cannot_render_compares_the_templates(sample_db, draft):
    revisions.save_revision(sample_db, declaration_id=draft.id, author="A")
    declarations.set_declaration_value(sample_db, declaration_id=draft.id, name="next_meeting_year", value="")
    comparison = revisions.compare_revisions(sample_db, declaration_id=draft.id, old=1, new=None)
    assert not comparison.rendered and "next_meeting_year" in comparison.note
    assert any("{next_meeting_year}" in p.new_text for p in comparison.paragraphs)


def test_restoring_brings_back_the_revision_exactly_and_is_itself_a_revision(sample_db, draft):
    revisions.save_revision(sample_db, declaration_id=draft.id, author="A", comment="first")
    reference_text = declarations.render_event_declaration(sample_db, event_id=1).lines()
    edit_text(sample_db, "operative-next-meeting", "To organize", "To arrange")
    declarations.set_declaration_value(sample_db, declaration_id=draft.id, name="next_meeting_host", value="TR")
    declarations.set_declaration_clauses(sample_db, declaration_id=draft.id, clause_ids=draft.clause_ids[:3])
    declarations.rename_declaration(sample_db, declaration_id=draft.id, title="Shortened")

    change = revisions.restore_revision(sample_db, declaration_id=draft.id, number=1, author="B")
    assert change.added["revision"] == ((draft.id, 2),)
    assert change.notes == ("operative-next-meeting has changed in the library since; its earlier text is back as "
                            "the retired clause operative-next-meeting-rev1",)
    restored = declarations.event_declaration(sample_db, event_id=1)
    assert declarations.render_event_declaration(sample_db, event_id=1).lines() == reference_text
    assert restored.title == "Declaration of the 3rd meeting" and restored.values["next_meeting_host"] == "UZ"
    copy = next(c for c in library.clauses(sample_db) if c.key == "operative-next-meeting-rev1")
    assert copy.retired and copy.id in restored.clause_ids
    # The library's own clause keeps its new text for everybody else.
    assert next(c for c in library.clauses(sample_db) if c.key == "operative-next-meeting").texts["en"].startswith("To arrange")
    assert [(r.number, r.author, r.comment) for r in revisions.list_revisions(sample_db, declaration_id=draft.id)] == [
        (1, "A", "first"), (2, "B", "Restored revision 1")]
    # Restoring the same revision again reuses the copy.
    revisions.restore_revision(sample_db, declaration_id=draft.id, number=1, author="B")
    assert sum(c.key.startswith("operative-next-meeting-rev1") for c in library.clauses(sample_db)) == 1


def test_revisions_survive_reopening_and_go_with_their_declaration(tmp_path):
    from organiser.services.exchange import add_sample

    path = tmp_path / "w.sqlite"
    with open_workspace(path) as ws:
        add_sample(ws)
        draft = declarations.event_declaration(ws, event_id=1)
        revisions.save_revision(ws, declaration_id=draft.id, author="Ä", comment="ə ı İ")
    with open_workspace(path) as ws:
        assert [(r.author, r.comment) for r in revisions.list_revisions(ws, declaration_id=draft.id)] == [("Ä", "ə ı İ")]
        declarations.delete_declaration(ws, declaration_id=draft.id)
    conn = sqlite3.connect(path)
    assert conn.execute("select count(*) from declaration_revisions").fetchone()[0] == 0
    conn.close()


def test_several_drafts_per_event_one_chosen(sample_db, draft):
    change = declarations.duplicate_declaration(sample_db, declaration_id=draft.id, title="Alternative")
    second = change.added["declaration"][0]
    assert declarations.event_declaration(sample_db, event_id=1).id == second  # the latest, none chosen
    declarations.choose_declaration(sample_db, event_id=1, declaration_id=draft.id)
    assert declarations.event_declaration(sample_db, event_id=1).id == draft.id
    assert declarations.chosen_declaration_id(sample_db, event_id=1) == draft.id
    declarations.rename_declaration(sample_db, declaration_id=second, title="Alternative (short)")
    drafts = declarations.event_declarations(sample_db, event_id=1)
    assert [(d.title, d.chosen) for d in drafts] == [("Declaration of the 3rd meeting", True),
                                                       ("Alternative (short)", False)]
    with pytest.raises(ValidationError, match="event 2 has no declaration"):
        declarations.choose_declaration(sample_db, event_id=2, declaration_id=draft.id)
    declarations.delete_declaration(sample_db, declaration_id=second)
    assert [d.id for d in declarations.event_declarations(sample_db, event_id=1)] == [draft.id]


def test_every_clause_lacking_a_text_in_a_chosen_language_is_a_warning(sample_db, draft):
    library.save_clause(sample_db, clause=Clause("operative-english-only", ClauseKind.OPERATIVE, {"en": "Only English."}))
    declarations.set_declaration_clauses(sample_db, declaration_id=draft.id,
                                         clause_ids=draft.clause_ids + [clause_ids(sample_db)["operative-english-only"]])
    declarations.set_declaration_languages(sample_db, declaration_id=draft.id, languages=["en", "ru", "tr"])
    problems = declarations.declaration_problems(sample_db, event_id=1, language="en")
    assert "Clause operative-english-only has no text in 'ru'." in problems
    assert sum("has no text in 'tr'" in p for p in problems) == len(draft.clause_ids) + 1
    assert not any("'en'" in p for p in problems)
    with pytest.raises(ValidationError, match="'xx' is not one of"):
        declarations.set_declaration_languages(sample_db, declaration_id=draft.id, languages=["en", "xx"])
    with pytest.raises(ValidationError, match="choose at least one"):
        declarations.set_declaration_languages(sample_db, declaration_id=draft.id, languages=[])


def test_the_next_meeting_clause_takes_its_values_from_the_planned_event(sample_db, draft):
    assert declarations.planned_next_meeting(sample_db, event_id=1) is None
    change = declarations.create_next_meeting(sample_db, declaration_id=draft.id)
    planned = events.get_event(sample_db, event_id=change.added["event"][0])
    assert (planned.kind, planned.ordinal, planned.start_date, planned.country_code) == (
        EventKind.COUNCIL_MEETING, 4, dt.date(2025, 7, 25), "UZ")
    assert planned.title == {"en": "4th meeting of the Council of Prosecutors General of the Organization of Turkic States"}
    assert declarations.planned_next_meeting(sample_db, event_id=1).id == planned.id
    with pytest.raises(ValidationError, match="already planned"):
        declarations.create_next_meeting(sample_db, declaration_id=draft.id)
    # The planned event is moved: the clause follows it, whatever was typed in before.
    planned.start_date = dt.date(2026, 5, 14)
    planned.country_code = "TR"
    events.save_event(sample_db, event=planned)
    text = declarations.render_event_declaration(sample_db, event_id=1).body[-2].text
    assert text.endswith("fourth meeting of the Council of Prosecutors General of the Organization of Turkic States "
                         "in 2026 in the Republic of Türkiye.")


def test_creating_the_next_meeting_needs_its_year_and_host(sample_db, draft):
    declarations.set_declaration_value(sample_db, declaration_id=draft.id, name="next_meeting_host", value="")
    with pytest.raises(ValidationError, match="next_meeting_host: choose the state"):
        declarations.create_next_meeting(sample_db, declaration_id=draft.id)
    assert len(events.list_events(sample_db)) == 2


# --- documents --------------------------------------------------------------------------------------------

def _document_text(path):
    return [p.text for p in docx.Document(path).paragraphs]


def test_the_comparison_document_has_words_tracked_by_the_newer_revisions_author(sample_db, draft, tmp_path):
    revisions.save_revision(sample_db, declaration_id=draft.id, author="Aida Karimova", comment="agreed text")
    edit_text(sample_db, "operative-next-meeting", "To organize", "To organise")
    declarations.set_declaration_value(sample_db, declaration_id=draft.id, name="next_meeting_year", value="2026")
    ids = clause_ids(sample_db)
    declarations.set_declaration_clauses(sample_db, declaration_id=draft.id, clause_ids=[
        i for i in draft.clause_ids if i != ids["operative-monitoring-results"]])
    revisions.save_revision(sample_db, declaration_id=draft.id, author="Berik Asylov", comment="moved to 2026")
    out = export_comparison(sample_db, declaration_id=draft.id, old=1, new=2, out=tmp_path / "cmp.docx")

    body = docx.Document(out).element.body
    inserted = ["".join(t.text for t in ins.iter(f"{W}t")) for ins in body.iter(f"{W}ins") if len(ins)]
    deleted = ["".join(t.text for t in d.iter(f"{W}delText")) for d in body.iter(f"{W}del") if len(d)]
    assert inserted == ["3", "organise ", "2026 "]
    assert deleted[0].startswith("3. To continue monitoring") and deleted[1:] == ["4", "organize ", "2025 "]
    marks = list(body.iter(f"{W}ins")) + list(body.iter(f"{W}del"))
    assert {m.get(f"{W}author") for m in marks} == {"Berik Asylov"}
    assert len({m.get(f"{W}id") for m in marks}) == len(marks)
    # The deleted clause's paragraph mark is tracked too (w:pPr/w:rPr/w:del, empty).
    assert sum(1 for m in marks if len(m) == 0) == 1
    texts = _document_text(out)
    assert texts[0] == "Comparison of revisions: Declaration of the 3rd meeting"
    assert texts[2].startswith("From: revision 1 (") and texts[2].endswith("Aida Karimova) — “agreed text”")
    assert texts[4] == "Language: en. 3 words inserted, 22 deleted."
    with zipfile.ZipFile(out) as package:
        assert "w:ins" in package.read("word/document.xml").decode()


def test_a_revision_exports_as_it_was(sample_db, draft, tmp_path):
    revisions.save_revision(sample_db, declaration_id=draft.id, author="A")
    now = tmp_path / "now.docx"
    export_revision(sample_db, event_id=1, number=1, out=now)
    edit_text(sample_db, "operative-next-meeting", "To organize", "To arrange")
    declarations.set_declaration_value(sample_db, declaration_id=draft.id, name="next_meeting_year", value="2030")
    later = export_revision(sample_db, event_id=1, number=1, out=tmp_path / "later.docx")
    assert _document_text(later) == _document_text(now)
    assert "To organize the fourth meeting" in " ".join(_document_text(later))
    with pytest.raises(ValidationError, match="has no revision 2"):
        export_revision(sample_db, event_id=1, number=2, out=tmp_path / "none.docx")
    assert not (tmp_path / "none.docx").exists()
