"""The signature sheet, participants list and programme builders, read back with python-docx:
text in order, styles by name, tables and what keeps them together, page set-up from the template."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from organiser import paths
from organiser.documents import participants as participants_module
from organiser.documents import programme as programme_module
from organiser.documents import signature_sheet as sheet_module
from organiser.documents.common import TemplateFileError
from organiser.documents.content import (
    DelegationEntry, Heading, ParticipantEntry, ParticipantsList, Programme, ProgrammeDay, ProgrammeEntry,
    SignatureSheet,
)
from organiser.documents.labels import KEYS, LABELS, labels
from organiser.documents.participants import build_participants
from organiser.documents.programme import build_programme
from organiser.documents.signature_sheet import build_signature_sheet
from organiser.domain.declaration import SignatureRow
from organiser.domain.errors import UnsupportedLanguageError

HEADING = Heading("Signature sheet", ("3rd meeting of the Council", "25 July 2024, Bishkek"))
ROWS = [
    SignatureRow("Azərbaycan Respublikasının Baş Prokurorluğu", "Kamran ƏLİYEV", "Baş prokuror"),
    SignatureRow("Қазақстан Республикасының Бас прокуратурасы", "Берік АСЫЛОВ", "Бас прокурор"),
    SignatureRow("General Prosecution Office of the Republic of Türkiye", "Muhsin ŞENTÜRK", "Prosecutor General"),
]
SHEET = SignatureSheet("en", HEADING, ("No.", "Institution", "Name and position", "Signature"), ROWS)

PARTICIPANTS = ParticipantsList("en", Heading("List of participants", ("Seminar", "8 August 2023, Baku")), [
    DelegationEntry("Republic of Azerbaijan", [
        ParticipantEntry("Kamran ALIYEV", "Prosecutor General of the Republic of Azerbaijan"),
        ParticipantEntry("Elchin MAMMADOV", "First Deputy Prosecutor General")]),
    DelegationEntry("Republic of Kazakhstan", []),
    DelegationEntry("Organization of Turkic States", [ParticipantEntry("Gismat GOZALOV", "Deputy Secretary General")]),
    DelegationEntry("Baku State University", [ParticipantEntry("Sevinj RUINTAN", "")]),
])

PROGRAMME = Programme("en", Heading("Programme", ("Seminar", "8–9 August 2023, Baku")), [
    ProgrammeDay("8 August 2023", [
        ProgrammeEntry("Opening ceremony", "09:30–10:00", ["Elchin MAMMADOV, First Deputy Prosecutor General"]),
        ProgrammeEntry("Coffee break"),
    ]),
    ProgrammeDay("9 August 2023", [
        ProgrammeEntry("Lecture", "10:00", ["Sevinj RUINTAN, Associate Professor", "Gismat GOZALOV"]),
    ]),
])


def _paragraphs(document):
    return [(p.text, p.style.name) for p in document.paragraphs]


def _no_direct_formatting(document):
    body = document.element.body
    for tag in ("w:rFonts", "w:sz", "w:szCs", "w:b", "w:i", "w:jc", "w:spacing", "w:ind"):
        assert body.findall(".//" + qn(tag)) == [], tag


def _cant_split(row) -> bool:
    tr_pr = row._tr.trPr
    return tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None


# --- signature sheet ---------------------------------------------------------------------------------

@pytest.fixture
def sheet(tmp_path):
    return docx.Document(str(build_signature_sheet(SHEET, tmp_path / "sheet.docx")))


def test_sheet_heading_then_one_table_with_a_row_a_signatory(sheet):
    assert _paragraphs(sheet) == [("Signature sheet", "Document Title"),
                                  ("3rd meeting of the Council", "Document Subtitle"),
                                  ("25 July 2024, Bishkek", "Document Subtitle")]
    assert len(sheet.tables) == 1
    table = sheet.tables[0]
    assert table.style.name == "Sheet Table"
    assert [c.text for c in table.rows[0].cells] == list(SHEET.columns)
    assert len(table.rows) == 1 + len(ROWS)
    for number, (row, signature) in enumerate(zip(table.rows[1:], ROWS), start=1):
        number_cell, institution, name, signs = row.cells
        assert [(p.text, p.style.name) for p in number_cell.paragraphs] == [(str(number), "Sheet Number")]
        assert [(p.text, p.style.name) for p in institution.paragraphs] == [(signature.institution, "Sheet Cell")]
        assert [(p.text, p.style.name) for p in name.paragraphs] == [
            (signature.name, "Sheet Name"), (signature.position, "Sheet Position")]
        assert signs.text == ""


def test_sheet_rows_never_split_and_the_heading_row_repeats(sheet):
    rows = sheet.tables[0].rows
    assert all(_cant_split(row) for row in rows)
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(p.paragraph_format.keep_with_next for c in rows[0].cells for p in c.paragraphs)


def test_sheet_sets_no_font_and_takes_the_page_from_the_template(sheet):
    _no_direct_formatting(sheet)
    section = sheet.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert [t.text.strip() for t in section.footer._element.iter(qn("w:instrText"))] == ["PAGE"]
    assert sheet.core_properties.title == "Signature sheet"


def test_a_page_per_signatory(tmp_path):
    document = docx.Document(str(build_signature_sheet(SHEET, tmp_path / "pages.docx", page_per_signatory=True)))
    assert document.tables == []
    page = [("Signature sheet", "Document Title"), ("3rd meeting of the Council", "Document Subtitle"),
            ("25 July 2024, Bishkek", "Document Subtitle")]
    expected = []
    for row in ROWS:
        expected += [*page, (row.institution, "Signatory Institution"), ("", "Signature Line"),
                     (row.name, "Signatory Name"), (row.position, "Signatory Position")]
    assert _paragraphs(document) == expected
    breaks = [p.paragraph_format.page_break_before for p in document.paragraphs if p.style.name == "Document Title"]
    assert breaks == [None, True, True]  # a new page for each signatory but the first
    _no_direct_formatting(document)


# --- participants ------------------------------------------------------------------------------------

@pytest.fixture
def participants(tmp_path):
    return docx.Document(str(build_participants(PARTICIPANTS, tmp_path / "participants.docx")))


def test_participants_a_heading_a_delegation_in_the_order_given(participants):
    headings = [p.text for p in participants.paragraphs if p.style.name == "Delegation Heading"]
    assert headings == [d.heading for d in PARTICIPANTS.delegations]
    assert _paragraphs(participants)[:3] == [("List of participants", "Document Title"),
                                              ("Seminar", "Document Subtitle"),
                                              ("8 August 2023, Baku", "Document Subtitle")]


def test_participants_members_in_a_table_under_their_delegation(participants):
    body = participants.element.body
    tags = [child.tag.split("}")[1] for child in body]
    # title, 2 subtitles, then: heading + table, heading alone (no members), heading + table, heading + table.
    assert tags == ["p", "p", "p", "p", "tbl", "p", "p", "tbl", "p", "tbl", "sectPr"]
    tables = participants.tables
    assert [t.style.name for t in tables] == ["Participants Table"] * 3
    assert [[c.text for c in row.cells] for row in tables[0].rows] == [
        ["Kamran ALIYEV", "Prosecutor General of the Republic of Azerbaijan"],
        ["Elchin MAMMADOV", "First Deputy Prosecutor General"]]
    assert {p.style.name for c in tables[0].columns[0].cells for p in c.paragraphs} == {"Participant Name"}
    assert {p.style.name for c in tables[0].columns[1].cells for p in c.paragraphs} == {"Participant Position"}
    assert [[c.text for c in row.cells] for row in tables[2].rows] == [["Sevinj RUINTAN", ""]]


def test_a_delegation_stays_on_one_page_with_its_heading(participants):
    headings = [p for p in participants.paragraphs if p.style.name == "Delegation Heading"]
    # The style keeps a heading with the next; one with no members must not drag the next delegation along.
    assert headings[1].paragraph_format.keep_with_next is False
    assert all(h.paragraph_format.keep_with_next is None for h in (headings[0], headings[2], headings[3]))
    assert participants.styles["Delegation Heading"].paragraph_format.keep_with_next is True
    for table in participants.tables:
        assert all(_cant_split(row) for row in table.rows)
    _no_direct_formatting(participants)


# --- programme ---------------------------------------------------------------------------------------

@pytest.fixture
def programme(tmp_path):
    return docx.Document(str(build_programme(PROGRAMME, tmp_path / "programme.docx")))


def test_programme_a_heading_a_day_and_a_row_an_item(programme):
    assert [p.text for p in programme.paragraphs if p.style.name == "Programme Day"] == ["8 August 2023",
                                                                                         "9 August 2023"]
    first, second = programme.tables
    assert [t.style.name for t in programme.tables] == ["Programme Table"] * 2
    assert [[p.text for p in cell.paragraphs] for cell in first.rows[0].cells] == [
        ["09:30–10:00"], ["Opening ceremony", "Elchin MAMMADOV, First Deputy Prosecutor General"]]
    assert [[p.style.name for p in cell.paragraphs] for cell in first.rows[0].cells] == [
        ["Programme Time"], ["Programme Item", "Programme Speaker"]]
    # An item without a time keeps an empty time cell.
    assert [c.text for c in first.rows[1].cells] == ["", "Coffee break"]
    assert [[p.text for p in cell.paragraphs] for cell in second.rows[0].cells] == [
        ["10:00"], ["Lecture", "Sevinj RUINTAN, Associate Professor", "Gismat GOZALOV"]]
    assert all(_cant_split(row) for table in programme.tables for row in table.rows)
    _no_direct_formatting(programme)


def test_a_programme_without_times_or_days_has_one_column(tmp_path):
    untimed = Programme("az", Heading("Proqram", ("Seminar", "8 avqust 2023, Bakı")), [
        ProgrammeDay("", [ProgrammeEntry("Seminarın açılış mərasimi", "", ["Elçin MƏMMƏDOV"]),
                          ProgrammeEntry("Fikir mübadiləsi")])])
    document = docx.Document(str(build_programme(untimed, tmp_path / "untimed.docx")))
    assert [p.style.name for p in document.paragraphs] == ["Document Title", "Document Subtitle", "Document Subtitle"]
    (table,) = document.tables
    assert len(table.columns) == 1
    assert [[p.text for p in row.cells[0].paragraphs] for row in table.rows] == [
        ["Seminarın açılış mərasimi", "Elçin MƏMMƏDOV"], ["Fikir mübadiləsi"]]


# --- content, labels and templates -------------------------------------------------------------------

def test_lines_are_every_text_written():
    assert SHEET.lines()[:7] == [*HEADING.lines(), *SHEET.columns]
    assert "Kamran ƏLİYEV" in SHEET.lines() and "Baş prokuror" in SHEET.lines()
    assert PARTICIPANTS.lines().count("Republic of Kazakhstan") == 1
    assert "" not in PROGRAMME.lines() and "09:30–10:00" in PROGRAMME.lines()


def test_labels_exist_in_every_document_language():
    assert set(LABELS) == {"en", "ru", "tr", "az", "kk", "ky", "uz"}
    for language, words in LABELS.items():
        assert set(words) == set(KEYS), language
        assert all(text.strip() == text and text for text in words.values()), language
    assert "ʻ" in labels("uz")["participants"]  # oʻ with the turned comma, not an apostrophe
    with pytest.raises(UnsupportedLanguageError, match="'xx'"):
        labels("xx")


@pytest.mark.parametrize("module", [sheet_module, participants_module, programme_module])
def test_shipped_templates_have_every_style_and_an_empty_body(module):
    template = docx.Document(str(paths.docx_template(module.TEMPLATE)))
    kinds = {"paragraph": WD_STYLE_TYPE.PARAGRAPH, "table": WD_STYLE_TYPE.TABLE}
    for name, kind in module.STYLES.items():
        assert template.styles[name].type == kinds[kind], name
    assert [child.tag for child in template.element.body] == [qn("w:sectPr")]
    assert template.styles["Document Title"].font.name == "Times New Roman"
    section = template.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.left_margin.cm, 2) == 2.5


def test_a_template_lacking_a_style_is_named(tmp_path):
    template = docx.Document(str(paths.docx_template("programme.docx")))
    template.styles["Programme Speaker"].name = "Speaker"
    edited = tmp_path / "edited.docx"
    template.save(str(edited))
    with pytest.raises(TemplateFileError, match=r'edited\.docx.*"Programme Speaker"'):
        build_programme(PROGRAMME, tmp_path / "out.docx", template_path=edited)
    assert not (tmp_path / "out.docx").exists()


def test_regenerating_the_templates_changes_nothing(tmp_path):
    script = Path(__file__).resolve().parents[3] / "tools" / "make_docx_templates.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True, timeout=120)
    for path in sorted(tmp_path.glob("*.docx")):
        assert path.read_bytes() == paths.docx_template(path.name).read_bytes(), path.name
    assert {p.name for p in tmp_path.glob("*.docx")} >= {
        "declaration.docx", "signature-sheet.docx", "participants.docx", "programme.docx"}


# --- the declaration's signature block with many signatories ----------------------------------------

def _many(count: int):
    from organiser.domain.declaration import RenderedClause, RenderedDeclaration
    from organiser.domain.model import ClauseKind

    rows = [SignatureRow(f"Office {n}", f"Name{n} SURNAME{n}", "Prosecutor General") for n in range(1, count + 1)]
    body = [RenderedClause(ClauseKind.CLOSING_FORMULA, "Signed in Bishkek.")]
    return RenderedDeclaration("en", "Declaration", body, ("MEMBER INSTITUTION", "PROSECUTOR GENERAL"), rows)


@pytest.mark.parametrize("count, columns, rows", [(6, 2, 7), (7, 2, 5), (10, 2, 6), (11, 3, 5), (12, 3, 5)])
def test_many_signatories_are_laid_out_several_a_row_in_protocol_order(tmp_path, count, columns, rows):
    from organiser.documents.declaration import build_declaration, signatories_a_row

    declaration = _many(count)
    document = docx.Document(str(build_declaration(declaration, tmp_path / "d.docx")))
    (table,) = document.tables
    assert (len(table.columns), len(table.rows)) == (columns, rows)
    assert all(_cant_split(row) for row in table.rows)
    if signatories_a_row(count) == 1:
        return
    assert [c.text for c in table.rows[0].cells] == ["MEMBER INSTITUTION\nPROSECUTOR GENERAL"] * columns
    cells = [cell for row in table.rows[1:] for cell in row.cells]
    placed = [(c.paragraphs[0].text, c.paragraphs[-1].text) for c in cells if c.text]
    assert placed == [(s.institution, s.name) for s in declaration.signatures]
    first = cells[0]
    assert [p.style.name for p in first.paragraphs] == [
        "Signature Institution", "Signature Space", "Signature Space", "Signature Space", "Signature Name"]
    _no_direct_formatting(document)
