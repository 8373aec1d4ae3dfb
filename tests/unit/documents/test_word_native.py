"""Files a Word user can keep editing: operative clauses numbered by a Word list (inserting one renumbers
those after it, in each column of a side-by-side text on its own), the file's properties its own and not
the template's, and a package whose parts parse and whose numbering references exist (what Word checks
before it offers to repair a file), which LibreOffice converts.
"""
from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from organiser.documents import export as documents
from organiser.documents.declaration import build_declaration
from organiser.documents.numbering import labelled_text, labels, set_list
from organiser.documents.pdf import convert_to_pdf, libreoffice

from test_declaration_docx import OPERATIVE, reference_declaration

MEETING, SEMINAR = 1, 2
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
KINDS = ("declaration", "signature-sheet", "participants", "programme", "seating", "place-cards", "badges")
EVENT = {kind: SEMINAR if kind == "programme" else MEETING for kind in KINDS}  # the meeting has no programme



def rendered(test):
    """A test that renders through LibreOffice and reads the PDF with poppler."""
    for mark in (pytest.mark.slow,
                 pytest.mark.skipif(libreoffice() is None, reason="needs LibreOffice (soffice) to render Word files"),
                 pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)")):
        test = mark(test)
    return test


def _rendered_text(path: Path) -> str:
    import subprocess

    pdf = convert_to_pdf(path, path.with_suffix(".pdf"))
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True,
                          timeout=60).stdout
    return " ".join(text.split())


def _column_text(path: Path, column: int) -> str:
    import subprocess

    pdf = convert_to_pdf(path, path.with_suffix(".pdf"))
    text = subprocess.run(["pdftotext", "-raw", "-x", str(column * 297), "-y", "0", "-W", "297", "-H", "842",
                           str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60).stdout
    return " ".join(text.split())


def _insert_clause(paragraph, text: str):
    """What a Word user does: a new paragraph in the operative clause style, here before ``paragraph``."""
    return paragraph.insert_paragraph_before(text, style="Operative Clause")


# --- numbering -----------------------------------------------------------------------------------------

def test_operative_clauses_are_a_word_list_not_typed_numbers(tmp_path):
    document = docx.Document(str(build_declaration(reference_declaration(), tmp_path / "d.docx")))
    operative = [p for p in document.paragraphs if p.style.name == "Operative Clause"]
    assert [p.text for p in operative] == OPERATIVE  # no "1. " typed in the text
    found = labels(document)
    assert [found[p._p] for p in operative] == ["1.", "2.", "3.", "4."]
    assert [p._p for p in document.paragraphs if p._p in found] == [p._p for p in operative]
    # The number comes from the style (what a user changes in Word), not from each paragraph.
    assert all(p._p.pPr.numPr is None for p in operative)
    assert document.styles["Operative Clause"].element.pPr.numPr is not None


def test_python_docx_reads_an_inserted_clause_as_numbered_too(tmp_path):
    path = build_declaration(reference_declaration(), tmp_path / "d.docx")
    document = docx.Document(str(path))
    operative = [p for p in document.paragraphs if p.style.name == "Operative Clause"]
    _insert_clause(operative[1], "An inserted clause.")
    found = labels(document)
    texts = [labelled_text(p, found) for p in document.paragraphs if p.style.name == "Operative Clause"]
    assert [t.split(" ", 1)[0] for t in texts] == ["1.", "2.", "3.", "4.", "5."]
    assert texts[1] == "2. An inserted clause." and texts[2].startswith("3. To strengthen")


def test_a_template_whose_style_numbers_nothing_gets_typed_numbers(tmp_path):
    """A workspace's copy of a template from before the numbering (or one whose list was removed in
    Word): the numbers are typed in the text, as before, never lost."""
    from organiser import paths

    template = docx.Document(str(paths.docx_template("declaration.docx")))
    p_pr = template.styles["Operative Clause"].element.pPr
    p_pr.remove(p_pr.numPr)
    template.save(str(tmp_path / "old.docx"))
    document = docx.Document(str(build_declaration(reference_declaration(), tmp_path / "d.docx",
                                                   template_path=tmp_path / "old.docx")))
    operative = [p for p in document.paragraphs if p.style.name == "Operative Clause"]
    assert [p.text for p in operative] == [f"{n}. {text}" for n, text in enumerate(OPERATIVE, 1)]
    assert labels(document) == {}


@rendered
def test_inserting_a_clause_renumbers_the_clauses_after_it_when_rendered(tmp_path):
    path = build_declaration(reference_declaration(), tmp_path / "d.docx")
    before = _rendered_text(path)
    assert [before.index(f"{n}. {text[:30]}") for n, text in enumerate(OPERATIVE, 1)] == sorted(
        before.index(f"{n}. {text[:30]}") for n, text in enumerate(OPERATIVE, 1))
    document = docx.Document(str(path))
    operative = [p for p in document.paragraphs if p.style.name == "Operative Clause"]
    _insert_clause(operative[1], "To insert a clause in Word.")
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    after = _rendered_text(edited)
    expected = [f"1. {OPERATIVE[0][:30]}", "2. To insert a clause in Word.", f"3. {OPERATIVE[1][:30]}",
                f"4. {OPERATIVE[2][:30]}", f"5. {OPERATIVE[3][:30]}"]
    assert all(piece in after for piece in expected), after
    assert [after.index(piece) for piece in expected] == sorted(after.index(piece) for piece in expected)
    assert f"2. {OPERATIVE[1][:30]}" not in after


@rendered
def test_side_by_side_each_column_counts_from_one_and_renumbers_alone(multilingual_db, tmp_path):
    out = documents.export_document(multilingual_db, kind="declaration", event_id=MEETING, languages=["en", "az"],
                                    out=tmp_path / "en-az.docx")
    left, right = _column_text(out, 0), _column_text(out, 1)
    for text in (left, right):
        assert [f"{n}. " in text for n in range(1, 5)] == [True] * 4 and "5. " not in text
    document = docx.Document(str(out))
    table = document.tables[0]
    right_clauses = [row.cells[1].paragraphs[0] for row in table.rows
                     if row.cells[1].paragraphs[0].style.name == "Operative Clause"]
    inserted = right_clauses[0].insert_paragraph_before("Word-də əlavə edilmiş bənd.", style="Operative Clause")
    # Word's Enter copies the paragraph's properties: the new paragraph is in its neighbour's list.
    set_list(inserted, right_clauses[0]._p.pPr.numPr.numId.val)
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    left, right = _column_text(edited, 0), _column_text(edited, 1)
    assert "1. Word-də əlavə edilmiş bənd." in right and "5. " in right
    assert "5. " not in left and "4. " in left


# --- properties ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_the_files_properties_are_its_own_not_the_templates(sample_db, tmp_path, kind):
    out = documents.export_document(sample_db, kind=kind, event_id=EVENT[kind], out=tmp_path / f"{kind}.docx")
    with zipfile.ZipFile(out) as archive:
        core = archive.read("docProps/core.xml").decode()
        app = archive.read("docProps/app.xml").decode()
    for leftover in ("Template of organiser", "lastPrinted", "2024-01-01", "description", "creator",
                     "lastModifiedBy", "keywords", "category"):
        assert leftover not in core
    for leftover in ("Microsoft", "Normal.dotm", "<Pages>", "<Words>", "TotalTime", "AppVersion"):
        assert leftover not in app
    assert "<Application>organiser</Application>" in app
    properties = docx.Document(str(out)).core_properties
    assert properties.title and properties.language == "en" and properties.revision == 1
    created = properties.created.replace(tzinfo=dt.timezone.utc) if properties.created.tzinfo is None \
        else properties.created
    assert abs(created - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)


# --- a package Word opens without repair ---------------------------------------------------------------

def check_package(path: Path) -> None:
    """Every XML part parses; every numId a paragraph or style names exists in numbering.xml, every num
    names an abstractNum there, and abstractNums come before nums; every style a paragraph, run or
    table names exists; every relationship id the document names is in its relationships."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    trees = {name: etree.fromstring(data) for name, data in parts.items() if name.endswith((".xml", ".rels"))}
    assert "word/document.xml" in trees and "word/styles.xml" in trees
    numbering = trees.get("word/numbering.xml")
    nums, abstracts, order = set(), set(), []
    if numbering is not None:
        for child in numbering:
            order.append(etree.QName(child).localname)
            if child.tag == qn("w:num"):
                nums.add(child.get(qn("w:numId")))
                assert child.find(qn("w:abstractNumId")).get(qn("w:val")) in abstracts, "num before its abstractNum"
            elif child.tag == qn("w:abstractNum"):
                abstracts.add(child.get(qn("w:abstractNumId")))
        kinds = [kind for kind in order if kind in ("abstractNum", "num")]
        assert kinds == sorted(kinds, key=lambda kind: kind == "num"), "every abstractNum before the nums"
    style_ids = {s.get(qn("w:styleId")) for s in trees["word/styles.xml"].iter(qn("w:style"))}
    for name in ("word/document.xml", "word/styles.xml"):
        for num_id in trees[name].iter(qn("w:numId")):
            assert num_id.get(qn("w:val")) == "0" or num_id.get(qn("w:val")) in nums, f"{name} names list {num_id}"
    document = trees["word/document.xml"]
    for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
        for element in document.iter(qn(tag)):
            assert element.get(qn("w:val")) in style_ids, f"style {element.get(qn('w:val'))} missing"
    rels = {r.get("Id") for r in trees["word/_rels/document.xml.rels"]}
    r_namespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    for element in document.iter():
        for attribute, value in element.attrib.items():
            if attribute.startswith(f"{{{r_namespace}}}"):
                assert value in rels, f"relationship {value} missing"


@pytest.mark.parametrize("kind", KINDS)
def test_every_export_is_a_sound_package(sample_db, tmp_path, kind):
    check_package(documents.export_document(sample_db, kind=kind, event_id=EVENT[kind], out=tmp_path / f"{kind}.docx"))


def test_a_side_by_side_export_is_a_sound_package(multilingual_db, tmp_path):
    check_package(documents.export_document(multilingual_db, kind="declaration", event_id=MEETING,
                                            languages=["en", "az"], out=tmp_path / "en-az.docx"))


@rendered
def test_libreoffice_converts_every_export(sample_db, tmp_path):
    for kind in KINDS:
        out = documents.export_document(sample_db, kind=kind, event_id=EVENT[kind], out=tmp_path / f"{kind}.docx")
        pdf = convert_to_pdf(out, out.with_suffix(".pdf"))
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000, kind
