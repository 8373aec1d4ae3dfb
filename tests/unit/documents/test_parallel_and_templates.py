"""Several languages at once (side by side, or a document each), and the user's own templates.

Read back with python-docx. The multilingual workspace is conftest.py's: the sample, its 3rd meeting's
declaration in Azerbaijani and Kazakh as well (the sample's own texts where it has them).
"""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from organiser import app, paths
from organiser.documents import common
from organiser.documents import registry
from organiser.documents.common import TemplateFileError
from organiser.documents.declaration_content import MissingTextsError, declaration_content
from organiser.documents.export import export_document, export_per_language
from organiser.documents.names import MissingNamesError
from organiser.documents.numbering import labelled_text, labels
from organiser.documents.registry import check_template_folder
from organiser.documents.request import Request
from organiser.domain.errors import OrganiserError, ValidationError
from organiser.services.declarations import event_declaration, render_event_declaration
from organiser.services.files import FileExistsRefusal
from organiser.services.settings import set_template_folder, template_folder
from organiser.storage import clauses as clause_store

MEETING, SEMINAR = 1, 2


def _cells(table, found: dict | None = None) -> list[list[str]]:
    """Each cell's text; with ``found`` (numbering.labels of the document), with the numbers Word prints."""
    return [["\n".join(labelled_text(p, found or {}) for p in cell.paragraphs) for cell in row.cells]
            for row in table.rows]


def _cant_split(row) -> bool:
    tr_pr = row._tr.trPr
    return tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None


def _keeps_with_next(row) -> bool:
    return all(p.paragraph_format.keep_with_next for cell in row.cells for p in cell.paragraphs)


# --- side by side ------------------------------------------------------------------------------------

@pytest.fixture
def side_by_side(multilingual_db, tmp_path):
    out = export_document(multilingual_db, kind="declaration", event_id=MEETING, out=tmp_path / "en-az.docx",
                          languages=["en", "az"])
    request = Request(MEETING, ("en", "az"))
    english = declaration_content(multilingual_db, request=request, language="en")
    azerbaijani = declaration_content(multilingual_db, request=request, language="az")
    return docx.Document(str(out)), english, azerbaijani


def test_side_by_side_is_a_row_a_clause_with_the_operative_numbers_level(side_by_side):
    document, english, azerbaijani = side_by_side
    text, block = document.tables
    assert text.style.name == "Parallel Table" and block.style.name == "Signature Table"
    before_closing = [(e, a) for e, a in zip(english.body, azerbaijani.body) if e.kind.value != "closing_formula"]
    assert _cells(text, labels(document)) == [[english.title, azerbaijani.title]] + [
        [e.numbered_text, a.numbered_text] for e, a in before_closing]
    numbered = [row for row in _cells(text, labels(document)) if row[0][:2] in ("1.", "2.", "3.", "4.")]
    assert [(row[0][:2], row[1][:2]) for row in numbered] == [("1.", "1."), ("2.", "2."), ("3.", "3."), ("4.", "4.")]
    assert all(_cant_split(row) for row in text.rows)
    styles = [[cell.paragraphs[0].style.name for cell in row.cells] for row in text.rows]
    assert styles[0] == ["Declaration Title"] * 2 and ["Operative Clause"] * 2 in styles


def test_side_by_side_closing_formula_names_both_languages_in_each(side_by_side):
    document, english, azerbaijani = side_by_side
    closing = _cells(document.tables[1])[0]
    assert closing == [english.body[-1].text, azerbaijani.body[-1].text]
    assert "English and Azerbaijani" in closing[0]
    assert "ingilis və azərbaycan" in closing[1]


def test_side_by_side_signature_block_names_each_signatory_in_both_languages_on_one_page(side_by_side):
    document, english, azerbaijani = side_by_side
    block = document.tables[1]
    rows = _cells(block)
    assert rows[1] == ["\n".join(english.signature_heading), "\n".join(azerbaijani.signature_heading)]
    signatories = rows[2:]
    assert len(signatories) == len(english.signatures) == 5
    for (left, right), en, az in zip(signatories, english.signatures, azerbaijani.signatures):
        assert left.startswith(en.institution) and left.endswith(en.name)
        assert right.startswith(az.institution) and right.endswith(az.name)
    assert "Kamran ƏLİYEV" in signatories[0][1] and "Kamran ALIYEV" in signatories[0][0]
    assert all(_cant_split(row) for row in block.rows)
    assert all(_keeps_with_next(row) for row in block.rows[:-1]) and not any(
        p.paragraph_format.keep_with_next for cell in block.rows[-1].cells for p in cell.paragraphs)


def test_the_closing_formula_names_the_languages_as_the_service_would(multilingual_db):
    """The side-by-side rendering builds its own context (to name both languages): it must agree with
    services.declarations for a declaration that lists both languages itself."""
    request = Request(MEETING, ("en", "az"))
    ours = [declaration_content(multilingual_db, request=request, language=lang) for lang in ("en", "az")]
    declaration = event_declaration(multilingual_db, event_id=MEETING)
    declaration.languages = ["en", "az"]
    with multilingual_db.atomic() as db:
        clause_store.save_declaration(db, declaration)
    theirs = [render_event_declaration(multilingual_db, event_id=MEETING, language=lang) for lang in ("en", "az")]
    assert ours == theirs


def test_one_language_keeps_the_declarations_own_languages(multilingual_db):
    rendered = declaration_content(multilingual_db, request=Request(MEETING, ("az",)), language="az")
    assert rendered == render_event_declaration(multilingual_db, event_id=MEETING, language="az")


def test_one_document_per_language(multilingual_db, tmp_path):
    written = export_per_language(multilingual_db, kind="declaration", event_id=MEETING, out=tmp_path / "d.docx",
                                  languages=["en", "az", "kk"])
    assert written == [tmp_path / "d.en.docx", tmp_path / "d.az.docx", tmp_path / "d.kk.docx"]
    request = Request(MEETING, ("en", "az", "kk"))
    for path, language in zip(written, ("en", "az", "kk")):
        rendered = declaration_content(multilingual_db, request=request, language=language)
        document = docx.Document(str(path))
        assert document.paragraphs[0].text == rendered.title
        found = labels(document)
        assert [labelled_text(p, found) for p in document.paragraphs[1:]] == [c.numbered_text for c in rendered.body]
        assert document.core_properties.language == language
    english = docx.Document(str(written[0])).paragraphs[-1].text
    assert "English, Azerbaijani and Kazakh" in english


def test_lists_one_per_language(multilingual_db, tmp_path):
    written = export_per_language(multilingual_db, kind="participants", event_id=MEETING, out=tmp_path / "l.docx",
                                  languages=["en", "az"])
    assert [p.name for p in written] == ["l.en.docx", "l.az.docx"]
    assert docx.Document(str(written[1])).paragraphs[0].text == "İştirakçıların siyahısı"


def test_every_missing_text_of_every_language_at_once_and_nothing_written(sample_db, tmp_path):
    with pytest.raises(MissingTextsError) as caught:
        export_document(sample_db, kind="declaration", event_id=MEETING, out=tmp_path / "d.docx",
                        languages=["tr", "uz"])
    message = str(caught.value)
    assert message.startswith("cannot write the declaration in 'tr' and 'uz': ")
    assert "\n" not in message
    for language in ("tr", "uz"):
        assert f"({language}) no text in '{language}' for clauses title-declaration-of-meeting, " in message
        assert "operative-next-meeting" in message
    assert "person nigmatilla-yuldoshev" in message or "nigmatilla-yuldoshev" in message
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(MissingTextsError):
        export_per_language(sample_db, kind="declaration", event_id=MEETING, out=tmp_path / "d.docx",
                            languages=["en", "uz"])
    assert list(tmp_path.iterdir()) == []


def test_missing_names_of_several_languages_merge_into_one_line(sample_db, tmp_path):
    with pytest.raises(MissingNamesError) as caught:
        export_per_language(sample_db, kind="participants", event_id=SEMINAR, out=tmp_path / "l.docx",
                            languages=["en", "ru", "uz"])
    message = str(caught.value)
    assert message.startswith("cannot write the list of participants in 'ru' and 'uz': no name in 'ru' for ")
    assert "; no name in 'uz' for " in message and "person sevinj-ruintan" in message and "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_an_existing_copy_stops_every_language(multilingual_db, tmp_path):
    (tmp_path / "d.az.docx").write_bytes(b"kept")
    with pytest.raises(FileExistsRefusal, match=r"d\.az\.docx"):
        export_per_language(multilingual_db, kind="declaration", event_id=MEETING, out=tmp_path / "d.docx",
                            languages=["en", "az"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.az.docx"]


@pytest.mark.parametrize("kind, languages, message", [
    ("declaration", ["en", "az", "kk"], "side by side takes two languages, not 3"),
    ("participants", ["en", "az"], "has no side-by-side layout"),
    ("declaration", ["en", "en"], "'en' is named twice"),
])
def test_side_by_side_refusals(multilingual_db, tmp_path, kind, languages, message):
    with pytest.raises(ValidationError, match=message):
        export_document(multilingual_db, kind=kind, event_id=MEETING, out=tmp_path / "x.docx", languages=languages)
    assert list(tmp_path.iterdir()) == []


# --- templates: the user's folder and the checks -------------------------------------------------------

def test_template_folder_setting_round_trip(fresh_db, tmp_path):
    assert template_folder(fresh_db) is None
    set_template_folder(fresh_db, folder=tmp_path)
    assert template_folder(fresh_db) == tmp_path.resolve()
    with pytest.raises(ValidationError, match="template folder: .* is not a folder"):
        set_template_folder(fresh_db, folder=tmp_path / "missing")
    assert template_folder(fresh_db) == tmp_path.resolve()
    set_template_folder(fresh_db, folder=None)
    assert template_folder(fresh_db) is None


def _user_template(folder: Path, name: str = "declaration.docx", header: str = "THE OFFICE'S LETTERHEAD") -> Path:
    document = docx.Document(str(paths.docx_template(name)))
    document.sections[0].header.paragraphs[0].text = header
    path = folder / name
    document.save(str(path))
    return path


def test_a_document_takes_its_template_from_the_folder_when_it_is_there(sample_db, tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    _user_template(folder)
    set_template_folder(sample_db, folder=folder)
    assert check_template_folder(folder) == ["declaration.docx"]
    declaration = export_document(sample_db, kind="declaration", event_id=MEETING, out=tmp_path / "d.docx")
    assert docx.Document(str(declaration)).sections[0].header.paragraphs[0].text == "THE OFFICE'S LETTERHEAD"
    # No signature-sheet.docx in the folder: the built-in one.
    sheet = export_document(sample_db, kind="signature-sheet", event_id=MEETING, out=tmp_path / "s.docx")
    assert docx.Document(str(sheet)).sections[0].header.paragraphs[0].text == ""


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _parts(name: str = "declaration.docx") -> dict[str, bytes]:
    with zipfile.ZipFile(paths.docx_template(name)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _broken(kind: str, path: Path) -> Path:
    if kind == "not a zip":
        path.write_bytes(b"Dear colleagues, the template is attached.")
    elif kind == "ratio bomb":
        _zip(path, {**_parts(), "word/media/filler.bin": bytes(4 * 1024 * 1024)})
    elif kind == "no document.xml":
        _zip(path, {k: v for k, v in _parts().items() if k != "word/document.xml"})
    elif kind == "no styles.xml":
        _zip(path, {k: v for k, v in _parts().items() if k != "word/styles.xml"})
    elif kind == "dtd":
        parts = _parts()
        xml = parts["word/styles.xml"]
        head, _, rest = xml.partition(b"?>")
        parts["word/styles.xml"] = head + b'?><!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + rest
        _zip(path, parts)
    elif kind == "lacks a style":
        document = docx.Document(str(paths.docx_template("declaration.docx")))
        document.styles["Closing Formula"].name = "Closing"
        document.save(str(path))
    elif kind == "a spreadsheet":
        _zip(path, {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    return path


BROKEN = {
    "not a zip": r"is not a Word document \(\.docx\): it is not a zip archive",
    "ratio bomb": "its part word/media/filler.bin unpacks .* times its packed size .*zip bomb",
    "no document.xml": "lacks word/document.xml",
    "no styles.xml": "lacks word/styles.xml",
    "dtd": r"its part word/styles.xml declares a DTD or an entity",
    "lacks a style": 'lacks the style "Closing Formula"',
    "a spreadsheet": "lacks word/document.xml",
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_or_foreign_template_is_refused_naming_file_and_problem(sample_db, tmp_path, kind):
    folder = tmp_path / "templates"
    folder.mkdir()
    broken = _broken(kind, folder / "declaration.docx")
    with pytest.raises(TemplateFileError, match=BROKEN[kind]) as caught:
        check_template_folder(folder)
    assert str(caught.value).startswith(f"Word template {broken}: ") and "\n" not in str(caught.value)
    # Set anyway (say, the file was broken later): the export refuses the same way and writes nothing.
    set_template_folder(sample_db, folder=folder)
    with pytest.raises(TemplateFileError, match=BROKEN[kind]):
        export_document(sample_db, kind="declaration", event_id=MEETING, out=tmp_path / "d.docx")
    assert not (tmp_path / "d.docx").exists()


def test_too_many_parts_or_too_many_bytes_are_refused_before_unpacking(tmp_path, monkeypatch):
    template = paths.docx_template("programme.docx")
    monkeypatch.setattr(common, "MAX_PARTS", 5)
    with pytest.raises(TemplateFileError, match=r"holds \d+ parts \(at most 5\)"):
        common.check_package(template)
    monkeypatch.setattr(common, "MAX_PARTS", 1000)
    monkeypatch.setattr(common, "MAX_UNPACKED_BYTES", 1024 * 1024 // 100)
    with pytest.raises(TemplateFileError, match="would unpack to .*zip bomb"):
        common.check_package(template)


@pytest.mark.parametrize("name", list(registry.DOCUMENTS))
def test_every_shipped_template_passes_its_own_checks(name):
    kind = registry.DOCUMENTS[name]
    common.check_template(paths.docx_template(kind.template), kind.styles)


def test_a_folder_of_several_broken_templates_names_each(tmp_path):
    _broken("not a zip", tmp_path / "declaration.docx")
    _broken("not a zip", tmp_path / "programme.docx")
    with pytest.raises(OrganiserError) as caught:
        check_template_folder(tmp_path)
    assert "declaration.docx" in str(caught.value) and "programme.docx" in str(caught.value)


def test_a_folder_without_templates_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="holds none of the templates"):
        check_template_folder(tmp_path)


# --- templates: page set-up, header and footer ---------------------------------------------------------

@pytest.mark.parametrize("name", ["declaration.docx", "signature-sheet.docx", "participants.docx", "programme.docx"])
def test_each_template_is_a4_with_margins_a_header_and_a_page_number_footer(name):
    document = docx.Document(str(paths.docx_template(name)))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert round(section.left_margin.cm, 1) == round(section.right_margin.cm, 1) == 2.5
    assert not section.header.is_linked_to_previous
    assert section.header.paragraphs[0].style.name == "Header"
    footer = section.footer._element.xml
    assert "PAGE" in footer and 'w:fldCharType="begin"' in footer


def test_the_header_of_the_template_reaches_the_document(sample_db, tmp_path):
    """Builders keep the template's section: its header and footer are the document's."""
    out = export_document(sample_db, kind="participants", event_id=MEETING, out=tmp_path / "l.docx")
    section = docx.Document(str(out)).sections[0]
    assert section.header.paragraphs[0].style.name == "Header"
    assert "PAGE" in section.footer._element.xml


# --- command line ------------------------------------------------------------------------------------

@pytest.fixture
def workspace_file(tmp_path, capsys):
    path = tmp_path / "w.sqlite"
    assert app.main(["--workspace", str(path), "sample"]) == 0
    capsys.readouterr()
    return path


def _run(capsys, *args):
    code = app.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_side_by_side_and_one_per_language(workspace_file, tmp_path, capsys):
    out = tmp_path / "d.docx"
    code, printed, err = _run(capsys, "--workspace", workspace_file, "export", "declaration", "1", "--out", out,
                              "--languages", "en,az")
    block = "5 signatories, one a row, block on page {} with the closing formula, from a new page\n"
    assert (code, err) == (0, "") and printed == f"wrote {out}\n" + block.format(3)
    assert [t.style.name for t in docx.Document(str(out)).tables] == ["Parallel Table", "Signature Table"]
    code, printed, err = _run(capsys, "--workspace", workspace_file, "export", "declaration", "1", "--out", out,
                              "--languages", "en,az", "--each")
    assert code == 0, err
    assert printed == (f"wrote {tmp_path / 'd.en.docx'}\n" + block.format(2)
                       + f"wrote {tmp_path / 'd.az.docx'}\n" + block.format(2))


@pytest.mark.parametrize("arguments, message", [
    (["--each"], "--each needs --languages"),
    (["--languages", "en,az", "--language", "kk"], "either --language or --languages"),
    (["--languages", "en,tr"], "cannot write the declaration in 'en' and 'tr': (tr) no text in 'tr'"),
])
def test_cli_language_mistakes_are_one_line(workspace_file, tmp_path, capsys, arguments, message):
    out = tmp_path / "d.docx"
    code, _, err = _run(capsys, "--workspace", workspace_file, "export", "declaration", "1", "--out", out, *arguments)
    assert code == 1 and err.count("\n") == 1 and message in err
    assert not out.exists()


def test_cli_template_folder(workspace_file, tmp_path, capsys):
    folder = tmp_path / "mine"
    folder.mkdir()
    _user_template(folder)
    assert _run(capsys, "--workspace", workspace_file, "settings", "template-folder") == (
        0, "template folder: built-in\n", "")
    code, printed, _ = _run(capsys, "--workspace", workspace_file, "settings", "template-folder", folder)
    assert code == 0 and printed == f"template folder: {folder.resolve()}\nuses declaration.docx\n"
    assert _run(capsys, "--workspace", workspace_file, "settings", "template-folder")[1] == (
        f"template folder: {folder.resolve()}\n")
    out = tmp_path / "d.docx"
    assert _run(capsys, "--workspace", workspace_file, "export", "declaration", "1", "--out", out)[0] == 0
    assert docx.Document(str(out)).sections[0].header.paragraphs[0].text == "THE OFFICE'S LETTERHEAD"
    assert _run(capsys, "--workspace", workspace_file, "settings", "template-folder", "--clear") == (
        0, "template folder: built-in\n", "")


def test_cli_refuses_a_folder_with_a_broken_template_and_keeps_the_setting(workspace_file, tmp_path, capsys):
    folder = tmp_path / "broken"
    folder.mkdir()
    _broken("dtd", folder / "declaration.docx")
    code, _, err = _run(capsys, "--workspace", workspace_file, "settings", "template-folder", folder)
    assert code == 1 and err.count("\n") == 1
    assert f"Word template {folder / 'declaration.docx'}: its part word/styles.xml declares a DTD" in err
    assert _run(capsys, "--workspace", workspace_file, "settings", "template-folder")[1] == (
        "template folder: built-in\n")


def test_user_template_copy_keeps_working_after_regeneration(tmp_path):
    """A copy of a shipped template is a valid user template (what the README tells users to start from)."""
    shutil.copy(paths.docx_template("programme.docx"), tmp_path / "programme.docx")
    assert check_template_folder(tmp_path) == ["programme.docx"]
