"""The Documents screen, driven as a user would: documents and languages ticked, side by side or one per
language, PDF, a page per signatory, the Word templates' folder, overwriting asked, then Open / Show in
Folder. What was written is read back with python-docx."""
from __future__ import annotations

import shutil

import docx
import pytest

from organiser import paths
from organiser.documents.pdf import libreoffice
from organiser.services.settings import template_folder

from gui_helpers import click

MEETING = 1


@pytest.fixture
def page(window, tmp_path):
    window.session.select_event(MEETING)
    page = window.show_page("documents")
    out = tmp_path / "out"
    out.mkdir()
    page.choose(folder=out)
    return page


def _names(page) -> list[str]:
    return [page.ui.results.item(i).text().rsplit("/", 1)[-1] for i in range(page.ui.results.count())]


def test_two_languages_side_by_side_for_the_declaration_one_each_for_the_others(qtbot, page, tmp_path):
    page.choose(documents=["declaration", "participants"], languages=["en", "az"], side_by_side=True)
    assert page.ui.several_group.isEnabled()
    click(qtbot, page.ui.export_button)
    assert page.ui.error_label.text() == ""
    names = _names(page)
    assert len(names) == 3
    assert [n for n in names if " declaration " in n][0].endswith(" declaration en-az.docx")
    assert sum(" participants " in n for n in names) == 2
    declaration = next(p for p in page.exported if p.name.endswith("declaration en-az.docx"))
    document = docx.Document(str(declaration))
    assert [t.style.name for t in document.tables] == ["Parallel Table", "Signature Table"]
    signatories = [row.cells for row in document.tables[1].rows][-5:]
    assert signatories[0][0].text.endswith("Kamran ALIYEV") and signatories[0][1].text.endswith("Kamran ƏLİYEV")


def test_one_document_per_language(qtbot, page):
    page.choose(documents=["declaration"], languages=["en", "az", "kk"], side_by_side=False)
    click(qtbot, page.ui.export_button)
    assert [n.rsplit(" ", 1)[-1] for n in _names(page)] == ["en.docx", "az.docx", "kk.docx"]
    kazakh = docx.Document(str(page.exported[2]))
    assert "Декларация" in kazakh.paragraphs[0].text


def test_the_screen_says_where_each_signature_block_went(qtbot, page):
    """What the builder chose, a line a declaration under the list (the participants list chooses nothing)."""
    page.choose(documents=["declaration", "participants"], languages=["en", "az"], side_by_side=True)
    click(qtbot, page.ui.export_button)
    (declaration,) = [p for p in page.exported if p.name.endswith("declaration en-az.docx")]
    assert page.notes == [f"{declaration.name}: 5 signatories, one a row, block on page 3 with the closing formula, "
                          "from a new page"]
    assert page.ui.results_note.text() == page.notes[0]


def test_side_by_side_with_three_languages_is_refused(qtbot, page, answers):
    page.choose(documents=["declaration"], languages=["en", "az", "kk"], side_by_side=True)
    click(qtbot, page.ui.export_button)
    assert page.ui.error_label.text().startswith("Side by side takes two languages, not 3")
    assert answers.errors and page.exported == []


def test_options_follow_the_choices(page):
    page.choose(documents=["declaration"], languages=["en"])
    assert not page.ui.several_group.isEnabled() and not page.ui.page_per_signatory_check.isEnabled()
    page.choose(documents=["declaration", "signature-sheet"], languages=["en", "az"])
    assert page.ui.several_group.isEnabled() and page.ui.page_per_signatory_check.isEnabled()


def test_page_per_signatory(qtbot, page):
    page.choose(documents=["signature-sheet"], languages=["en"], page_per_signatory=True)
    click(qtbot, page.ui.export_button)
    (sheet,) = page.exported
    titles = [p for p in docx.Document(str(sheet)).paragraphs if p.style.name == "Document Title"]
    assert len(titles) == 5


def test_overwriting_is_asked_and_a_no_keeps_the_file(qtbot, page, answers):
    page.choose(documents=["participants"], languages=["en"])
    click(qtbot, page.ui.export_button)
    (first,) = page.exported
    first.write_bytes(b"the office's edited copy")
    answers.yes_no.append(False)
    click(qtbot, page.ui.export_button)
    assert "exist already" in answers.asked[-1] and first.name in answers.asked[-1]
    assert first.read_bytes() == b"the office's edited copy"
    assert page.ui.error_label.text() == "Nothing was exported: the existing files were kept."
    answers.yes_no.append(True)
    click(qtbot, page.ui.export_button)
    assert first.read_bytes()[:2] == b"PK"


def test_open_and_show_in_folder(qtbot, page, answers):
    page.choose(documents=["participants"], languages=["en"])
    assert not page.ui.open_button.isEnabled()
    click(qtbot, page.ui.export_button)
    click(qtbot, page.ui.open_button)
    click(qtbot, page.ui.show_button)
    assert answers.opened == [str(page.exported[0]), str(page.exported[0].parent)]


@pytest.mark.slow
@pytest.mark.skipif(libreoffice() is None, reason="needs LibreOffice (soffice) to make PDFs")
def test_pdf_beside_each_word_file(qtbot, page):
    page.choose(documents=["participants"], languages=["en"], pdf=True)
    click(qtbot, page.ui.export_button)
    docx_file, pdf_file = page.exported
    assert pdf_file == docx_file.with_suffix(".pdf") and pdf_file.read_bytes()[:5] == b"%PDF-"


# --- the Word templates' folder --------------------------------------------------------------------------

def _letterhead(folder):
    document = docx.Document(str(paths.docx_template("participants.docx")))
    document.sections[0].header.paragraphs[0].text = "LETTERHEAD OF THE HOST OFFICE"
    document.save(str(folder / "participants.docx"))


def test_template_folder_browse_use_and_undo(qtbot, window, page, tmp_path, answers):
    ws = window.session.workspace
    assert page.ui.template_folder.text() == "" and page.ui.template_folder.placeholderText() == "Built-in templates"
    assert not page.ui.template_builtin_button.isEnabled()
    mine = tmp_path / "mine"
    mine.mkdir()
    _letterhead(mine)
    answers.folders.append(str(mine))
    click(qtbot, page.ui.template_browse_button)
    assert template_folder(ws) == mine.resolve() and page.ui.template_folder.text() == str(mine.resolve())
    page.choose(documents=["participants"], languages=["en"])
    click(qtbot, page.ui.export_button)
    header = docx.Document(str(page.exported[0])).sections[0].header.paragraphs[0].text
    assert header == "LETTERHEAD OF THE HOST OFFICE"

    window.session.undo_stack.undo()
    assert template_folder(ws) is None and page.ui.template_folder.text() == ""
    window.session.undo_stack.redo()
    assert template_folder(ws) == mine.resolve()
    click(qtbot, page.ui.template_builtin_button)
    assert template_folder(ws) is None and not page.ui.template_builtin_button.isEnabled()


def test_a_broken_template_is_named_and_the_setting_kept(qtbot, window, page, tmp_path, answers):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "declaration.docx").write_text("not a Word file")
    shutil.copy(paths.docx_template("programme.docx"), broken / "programme.docx")
    answers.folders.append(str(broken))
    click(qtbot, page.ui.template_browse_button)
    text = page.ui.error_label.text()
    assert text == f"Word template {broken / 'declaration.docx'}: is not a Word document (.docx): it is not a zip archive."
    assert answers.errors[-1] == text
    assert template_folder(window.session.workspace) is None
    assert window.session.undo_stack.count() == 0
