"""The declaration exported to Word, read back with python-docx: text, structure, styles, keep-together.

The text is the reference declaration's (Bishkek, 25 July 2024), with its hand-typed slip
"the Council of Prosecutors the General" corrected, as generated text has it.
"""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from organiser import paths
from organiser.documents.common import DocumentWriteError, TemplateFileError
from organiser.documents.declaration import STYLES, build_declaration
from organiser.documents.numbering import labelled_text, labels
from organiser.domain.declaration import RenderedClause, RenderedDeclaration, SignatureRow
from organiser.domain.errors import OrganiserError
from organiser.domain.model import ClauseKind

TITLE = ("Declaration of the 3rd meeting of the Council of Prosecutors General of the Member States "
         "of the Organization of Turkic States")
PARTICIPANTS = (
    "The Prosecutor General of the Republic of Azerbaijan, Mr. Kamran ALIYEV, the Prosecutor General of "
    "the Republic of Kazakhstan, Mr. Berik ASYLOV, the Prosecutor General of the Kyrgyz Republic, "
    "Mr. Maksat ASANALIEV, the Prosecutor General of the Republic of Uzbekistan, Mr. Nigmatilla YULDOSHEV, "
    "the Prosecutor General of the Supreme Court of Appeal of the Republic of Türkiye, Mr. Muhsin ŞENTÜRK "
    "and Ambassador Mr. Kubanýchbek Omuraliev, Secretary General of the Organization of Turkic States "
    "participated in the 3rd meeting of the Council of Prosecutors General of the Organization of Turkic "
    "States, dedicated to the topic: “Strengthening cooperation of the Prosecutor General's Offices of the "
    "Organization of Turkic States for an effective response to modern global challenges”, which took "
    "place on July 25, 2024 in Bishkek, Kyrgyz Republic."
)
PREAMBLE = (
    "Taking into account the common interests and challenges faced by the Turkic countries in the field "
    "of law enforcement, as well as recognizing the importance of international cooperation in fighting "
    "against all kinds and forms of terrorism, extremism, drug trafficking, separatism, transnational "
    "crimes, illegal migration, cybercrimes and other global threats, the Council of Prosecutors General "
    "of the Member States of the Organization of Turkic States declared following:"
)
OPERATIVE = [
    "To take into the consideration the remarks of the Prosecutors General of the Organization of Turkic "
    "States concerning the analysis of the current situation and global challenges affecting the legal "
    "systems of the Turkic countries.",
    "To strengthen cooperation in training and exchange of experience, in particular, the organization of "
    "regular meetings and conferences at the Prosecutor's Offices or Relevant Institutions to discuss "
    "topical issues of law enforcement, exchange best practices and develop common approaches to solving "
    "common problems.",
    "To continue monitoring and evaluating the results in this area, as well as adjusting strategies "
    "according to needs.",
    "To organize the fourth meeting of the Council of Prosecutors General of the Organization of Turkic "
    "States in 2025 in the Republic of Uzbekistan.",
]
CLOSING = "Signed in Bishkek, on the 25 of July 2024, in English."
HEADING = ("MEMBER INSTITUTION", "PROSECUTOR GENERAL")
SIGNATURES = [
    SignatureRow("Prosecutor General's Office of the Republic of Azerbaijan", "Kamran ALIYEV", "Prosecutor General"),
    SignatureRow("Prosecutor General's Office of the Republic of Kazakhstan", "Berik ASYLOV", "Prosecutor General"),
    SignatureRow("Prosecutor General's Office of the Kyrgyz Republic", "Maksat ASANALIEV", "Prosecutor General"),
    SignatureRow("Prosecutor General's Office of the Republic of Uzbekistan", "Nigmatilla YULDOSHEV",
                 "Prosecutor General"),
    SignatureRow("General Prosecution Office of the Supreme Court of Appeal of the Republic of Türkiye",
                 "Muhsin ŞENTÜRK", "Prosecutor General"),
]


def reference_declaration() -> RenderedDeclaration:
    body = [RenderedClause(ClauseKind.PARTICIPANTS, PARTICIPANTS), RenderedClause(ClauseKind.PREAMBLE, PREAMBLE)]
    body += [RenderedClause(ClauseKind.OPERATIVE, text, number) for number, text in enumerate(OPERATIVE, 1)]
    body.append(RenderedClause(ClauseKind.CLOSING_FORMULA, CLOSING))
    return RenderedDeclaration("en", TITLE, body, HEADING, list(SIGNATURES))


@pytest.fixture
def exported(tmp_path: Path) -> docx.document.Document:
    out = build_declaration(reference_declaration(), tmp_path / "declaration.docx")
    assert out == tmp_path / "declaration.docx"
    return docx.Document(str(out))


def _row_paragraphs(row):
    return [paragraph for cell in row.cells for paragraph in cell.paragraphs]


def test_paragraphs_are_the_clauses_in_order_with_their_styles(exported):
    """The operative clauses' numbers are Word's (a list of the "Operative Clause" style), read back from
    their numbering properties; the text holds none."""
    found = labels(exported)
    paragraphs = [(labelled_text(p, found), p.style.name) for p in exported.paragraphs]
    assert paragraphs == [
        (TITLE, "Declaration Title"),
        (PARTICIPANTS, "Declaration Body"),
        (PREAMBLE, "Declaration Body"),
        *[(f"{number}. {text}", "Operative Clause") for number, text in enumerate(OPERATIVE, 1)],
        (CLOSING, "Closing Formula"),
    ]


def test_the_template_body_is_replaced_not_appended_to(exported):
    body = exported.element.body
    tags = [child.tag for child in body]
    assert tags[0] == qn("w:p") and tags[-1] == qn("w:sectPr")
    assert tags.count(qn("w:tbl")) == 1 and tags[-2] == qn("w:tbl")


def test_signature_table_has_a_heading_row_and_a_row_a_signatory(exported):
    assert len(exported.tables) == 1
    table = exported.tables[0]
    assert table.style.name == "Signature Table"
    assert len(table.rows) == 6 and len(table.columns) == 2
    heading = table.rows[0].cells
    assert [cell.text for cell in heading] == list(HEADING)
    assert {p.style.name for cell in heading for p in cell.paragraphs} == {"Signature Heading"}
    for row, signature in zip(table.rows[1:], SIGNATURES):
        institution, name = row.cells
        assert [(p.text, p.style.name) for p in institution.paragraphs] == [
            (signature.institution, "Signature Institution")]
        # Room to sign above the name, then the name.
        assert [(p.text, p.style.name) for p in name.paragraphs] == [
            ("", "Signature Space"), ("", "Signature Space"), ("", "Signature Space"),
            (signature.name, "Signature Name")]


def test_turkiye_and_its_prosecutor_keep_their_letters(exported):
    last = exported.tables[0].rows[-1].cells
    assert last[0].text == "General Prosecution Office of the Supreme Court of Appeal of the Republic of Türkiye"
    assert last[1].paragraphs[-1].text == "Muhsin ŞENTÜRK"


def test_signature_block_never_splits(exported):
    rows = exported.tables[0].rows
    for row in rows:
        tr_pr = row._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None
    for row in rows[:-1]:
        assert all(p.paragraph_format.keep_with_next is True for p in _row_paragraphs(row))
    # The last row does not drag what follows along.
    assert all(p.paragraph_format.keep_with_next is False for p in _row_paragraphs(rows[-1]))


def test_closing_formula_keeps_with_the_signatures(exported):
    closing = exported.paragraphs[-1]
    assert closing.text == CLOSING
    assert closing.paragraph_format.keep_with_next is True
    assert exported.element.body[len(exported.paragraphs)].tag == qn("w:tbl")


def test_the_code_sets_no_font_or_size(exported):
    """Fonts and sizes are the template's: no run carries its own (w:rFonts, w:sz) and no paragraph
    its own alignment or spacing."""
    body = exported.element.body
    for tag in ("w:rFonts", "w:sz", "w:szCs", "w:b", "w:jc", "w:spacing", "w:ind"):
        assert body.findall(".//" + qn(tag)) == [], tag


def test_page_set_up_and_footer_come_from_the_template(exported):
    section = exported.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert round(section.left_margin.cm, 2) == 2.5 and round(section.top_margin.cm, 2) == 2.0
    instructions = [t.text.strip() for t in section.footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE"]
    assert exported.core_properties.title == TITLE


def test_shipped_template_has_every_style_and_an_empty_body():
    template = docx.Document(str(paths.docx_template("declaration.docx")))
    kinds = {"paragraph": WD_STYLE_TYPE.PARAGRAPH, "table": WD_STYLE_TYPE.TABLE}
    for name, kind in STYLES.items():
        assert template.styles[name].type == kinds[kind], name
    assert [child.tag for child in template.element.body] == [qn("w:sectPr")]
    for name in ("Declaration Title", "Declaration Body", "Signature Name"):
        assert template.styles[name].font.name == "Times New Roman"


def test_missing_template_is_named(tmp_path):
    missing = tmp_path / "nowhere.docx"
    with pytest.raises(TemplateFileError, match="nowhere.docx") as caught:
        build_declaration(reference_declaration(), tmp_path / "out.docx", template_path=missing)
    assert isinstance(caught.value, OrganiserError)
    assert "does not exist" in str(caught.value) and "\n" not in str(caught.value)
    assert not (tmp_path / "out.docx").exists()


def test_template_that_is_not_a_zip_is_named(tmp_path):
    template = tmp_path / "notes.docx"
    template.write_text("this is not a Word document", encoding="utf-8")
    with pytest.raises(TemplateFileError, match=r"notes\.docx.*not a Word document"):
        build_declaration(reference_declaration(), tmp_path / "out.docx", template_path=template)


def test_template_that_is_another_kind_of_zip_is_named(tmp_path):
    import zipfile

    template = tmp_path / "archive.docx"
    with zipfile.ZipFile(template, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(TemplateFileError, match=r"archive\.docx"):
        build_declaration(reference_declaration(), tmp_path / "out.docx", template_path=template)


def test_template_lacking_a_style_is_named_with_the_style(tmp_path):
    template = docx.Document(str(paths.docx_template("declaration.docx")))
    template.styles["Signature Name"].name = "Signatory"  # a user renamed the style in Word
    edited = tmp_path / "edited.docx"
    template.save(str(edited))
    with pytest.raises(TemplateFileError, match=r'edited\.docx.*"Signature Name"'):
        build_declaration(reference_declaration(), tmp_path / "out.docx", template_path=edited)


def test_a_plain_word_document_lacks_the_styles(tmp_path):
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    with pytest.raises(TemplateFileError, match=r'plain\.docx: lacks the styles "Declaration Title"'):
        build_declaration(reference_declaration(), tmp_path / "out.docx", template_path=plain)


def test_style_of_the_wrong_kind_is_named(tmp_path):
    template = docx.Document(str(paths.docx_template("declaration.docx")))
    template.styles["Signature Table"].name = "Old Signature Table"
    template.styles.add_style("Signature Table", WD_STYLE_TYPE.PARAGRAPH)
    edited = tmp_path / "edited.docx"
    template.save(str(edited))
    with pytest.raises(TemplateFileError, match=r'"Signature Table" is not a table style'):
        build_declaration(reference_declaration(), tmp_path / "out.docx", template_path=edited)


def test_output_in_a_missing_folder_is_named(tmp_path):
    out = tmp_path / "no such folder" / "declaration.docx"
    with pytest.raises(DocumentWriteError, match="declaration.docx") as caught:
        build_declaration(reference_declaration(), out)
    assert isinstance(caught.value, OrganiserError)
    assert "does not exist" in str(caught.value)


def test_output_that_is_a_folder_is_named(tmp_path):
    with pytest.raises(OrganiserError, match=str(tmp_path.name)):
        build_declaration(reference_declaration(), tmp_path)


def test_unwritable_folder_is_named_and_leaves_nothing_behind(tmp_path):
    import os

    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root writes anywhere
            pytest.skip("the tests run with rights that ignore folder permissions")
        with pytest.raises(DocumentWriteError, match="permission denied"):
            build_declaration(reference_declaration(), folder / "declaration.docx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_file_open_elsewhere_is_named_and_left_intact(tmp_path, monkeypatch):
    """On Windows a document open in Word cannot be replaced: the rename fails with PermissionError."""
    import organiser.documents.common as common

    out = tmp_path / "declaration.docx"
    out.write_bytes(b"the export the user has open")

    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(common.os, "replace", refuse)
    with pytest.raises(DocumentWriteError, match=r"declaration\.docx: permission denied \(is the file open"):
        build_declaration(reference_declaration(), out)
    assert out.read_bytes() == b"the export the user has open"
    assert [p.name for p in tmp_path.iterdir()] == ["declaration.docx"]


def test_an_existing_file_is_replaced(tmp_path):
    out = tmp_path / "declaration.docx"
    out.write_bytes(b"an older export")
    build_declaration(reference_declaration(), out)
    assert docx.Document(str(out)).paragraphs[0].text == TITLE
    assert [p.name for p in tmp_path.iterdir()] == ["declaration.docx"]


@pytest.mark.slow
def test_libreoffice_puts_the_closing_formula_and_all_signatures_on_one_page(tmp_path):
    """The layout as a reader sees it: rendered to PDF, the block is not split across pages."""
    import shutil
    import subprocess

    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if not soffice or not pdftotext:
        pytest.skip("needs LibreOffice (soffice) and poppler-utils (pdftotext)")
    out = build_declaration(reference_declaration(), tmp_path / "declaration.docx")
    profile = (tmp_path / "profile").as_uri()  # its own profile: another soffice may be running
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=120)
    text = subprocess.run([pdftotext, "-layout", str(tmp_path / "declaration.pdf"), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    pages = text.split("\f")
    block = [CLOSING, *HEADING, *(signature.name for signature in SIGNATURES)]
    holding = [index for index, page in enumerate(pages) if CLOSING in page]
    assert len(holding) == 1
    page = pages[holding[0]]
    assert all(piece in page for piece in block), page
    assert "Republic of Türkiye" in page and "Muhsin ŞENTÜRK" in page
