"""Templates that would make every exported document reach outside the file are refused, naming the part;
the shipped templates pass."""
import zipfile
from pathlib import Path

import pytest

from organiser.documents.template_safety import unsafe_content

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def rewrite(source: Path, target: Path, *, replace: dict[str, bytes] | None = None,
            add: dict[str, bytes] | None = None) -> Path:
    """A copy of the template ``source`` with parts replaced or added."""
    replace, add = replace or {}, add or {}
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            copy.writestr(info, replace.get(info.filename, original.read(info.filename)))
        for name, data in add.items():
            copy.writestr(name, data)
    return target


def problem(path: Path) -> str | None:
    with zipfile.ZipFile(path) as archive:
        return unsafe_content(archive, lambda info: archive.read(info))


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


TEMPLATES = sorted((Path(__file__).resolve().parents[3] / "templates_docx").glob("*.docx"))
DECLARATION = next(t for t in TEMPLATES if t.name == "declaration.docx")  # it has a header and a footer


def test_the_scan_sees_the_shipped_templates():
    assert len(TEMPLATES) >= 9


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_every_shipped_template_is_safe(template):
    assert problem(template) is None


def _with_relationship(tmp_path, relationship: str) -> Path:
    source = DECLARATION
    rels = part(source, "word/_rels/document.xml.rels").replace("</Relationships>", relationship + "</Relationships>")
    return rewrite(source, tmp_path / "hostile.docx", replace={"word/_rels/document.xml.rels": rels.encode()})


@pytest.mark.parametrize("relationship, named", [
    (f'<Relationship Id="rId99" Type="{R}/image" Target="http://127.0.0.1:9/emblem.png" TargetMode="External"/>',
     "http://127.0.0.1:9/emblem.png"),
    (f'<Relationship Id="rId99" Type="{R}/hyperlink" Target="file:///etc/passwd" TargetMode="External"/>',
     "file:///etc/passwd"),
    (f'<Relationship Id="rId99" Type="{R}/subDocument" Target="other.docx"/>', "subDocument"),
    (f'<Relationship Id="rId99" Type="{R}/oleObject" Target="embeddings/x.xml"/>', "oleObject"),
])
def test_a_relationship_that_reaches_out_is_refused(tmp_path, relationship, named):
    found = problem(_with_relationship(tmp_path, relationship))
    assert found is not None and "word/_rels/document.xml.rels" in found and named in found


def test_an_attached_template_is_refused(tmp_path):
    source = DECLARATION
    settings = part(source, "word/settings.xml")
    settings = settings.replace("<w:zoom", '<w:attachedTemplate r:id="rId1" xmlns:r="' + R + '"/><w:zoom', 1)
    assert "attachedTemplate" in settings
    found = problem(rewrite(source, tmp_path / "attached.docx", replace={"word/settings.xml": settings.encode()}))
    assert found == "its part word/settings.xml holds an attached template (attachedTemplate): refused"


def test_a_macro_project_is_refused(tmp_path):
    found = problem(rewrite(DECLARATION, tmp_path / "macro.docx", add={"word/vbaProject.bin": b"\x00" * 64}))
    assert found is not None and "word/vbaProject.bin" in found


def test_an_activex_control_is_refused(tmp_path):
    found = problem(rewrite(DECLARATION, tmp_path / "activex.docx", add={"word/activeX/activeX1.xml": b"<x/>"}))
    assert found is not None and "word/activeX/activeX1.xml" in found


@pytest.mark.parametrize("code", ['INCLUDETEXT "C:\\\\secret.docx"', 'INCLUDEPICTURE "http://127.0.0.1:9/a.png" \\d',
                                  'DDEAUTO cmd "/c calc"'])
def test_a_field_that_reads_another_file_is_refused(tmp_path, code):
    source = DECLARATION
    header = part(source, "word/header1.xml")
    # The field's code split over two runs, as Word writes it after an edit.
    half = len(code) // 2
    field = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>{code[:half]}</w:instrText></w:r>'
             f'<w:r><w:instrText>{code[half:]}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    header = header.replace("</w:p>", field + "</w:p>", 1)
    found = problem(rewrite(source, tmp_path / "field.docx", replace={"word/header1.xml": header.encode()}))
    assert found is not None and "word/header1.xml" in found and code.split()[0] in found


def test_a_dtd_in_a_part_of_any_name_and_encoding_is_refused(tmp_path):
    data = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'.encode("utf-16-le")
    found = problem(rewrite(DECLARATION, tmp_path / "dtd.docx", add={"customXml/item9.dat": data}))
    assert found is not None and "customXml/item9.dat" in found and "DTD" in found


def test_a_plain_hyperlink_field_and_ordinary_fields_pass(tmp_path):
    source = DECLARATION
    footer = part(source, "word/footer1.xml")
    field = f'<w:fldSimple {W} w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    footer = footer.replace("</w:p>", field + "</w:p>", 1)
    assert problem(rewrite(source, tmp_path / "fine.docx", replace={"word/footer1.xml": footer.encode()})) is None


def test_no_exported_document_carries_what_a_template_may_not(sample_db, tmp_path):
    from organiser.documents.export import export_document
    from organiser.domain.document_kinds import EVENT_DOCUMENT_KINDS
    from organiser.domain.errors import OrganiserError
    from organiser.services import events

    written = []
    for event in events.list_events(sample_db):  # the meeting has a declaration, the seminar a programme
        for kind in EVENT_DOCUMENT_KINDS:
            try:
                written.append(export_document(sample_db, kind=kind, event_id=event.id, language="en", force=True,
                                               out=tmp_path / f"{event.id}-{kind}.docx"))
            except OrganiserError:
                continue
    assert {Path(p).name.split("-", 1)[1] for p in written} == {f"{kind}.docx" for kind in EVENT_DOCUMENT_KINDS}
    for path in written:
        assert problem(Path(path)) is None, path


def _header_with(tmp_path, runs: str, *, part_name: str = "word/header1.xml") -> Path:
    header = part(DECLARATION, "word/header1.xml").replace("</w:p>", runs + "</w:p>", 1)
    target = tmp_path / "fields.docx"
    with zipfile.ZipFile(DECLARATION) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            if info.filename == "word/header1.xml":
                copy.writestr(part_name, header.encode())
            else:
                data = original.read(info.filename)
                if part_name != "word/header1.xml" and info.filename.endswith(".rels"):
                    data = data.replace(b"header1.xml", part_name.rsplit("/", 1)[1].encode())
                copy.writestr(info, data)
    return target


def _field(code: str, inner: str = "") -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>{code}</w:instrText></w:r>{inner}'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


@pytest.mark.parametrize("runs", [
    _field("PAGE") + _field('INCLUDEPICTURE "http://127.0.0.1:9/t.png" \\d'),  # two fields in one paragraph
    _field('QUOTE "', _field('INCLUDEPICTURE "http://127.0.0.1:9/t.png"')),   # one nested in another
    _field('DATABASE \\d "C:\\\\data\\\\x.mdb" \\s "SELECT *"'),
    _field('RD "other.docx"'),
], ids=["two-fields", "nested", "database", "rd"])
def test_fields_however_placed_are_found(tmp_path, runs):
    found = problem(_header_with(tmp_path, runs))
    assert found is not None and "reads another file" in found


def test_a_part_named_in_capitals_is_checked_too(tmp_path):
    found = problem(_header_with(tmp_path, _field('INCLUDEPICTURE "http://127.0.0.1:9/t.png"'),
                                 part_name="word/header1.XML"))
    assert found is not None and "word/header1.XML" in found
