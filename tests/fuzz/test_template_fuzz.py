"""Hostile Word templates: whatever parts, relationships, encodings and fields a file holds, the template
check answers with a TemplateFileError naming the file or accepts it; it never fails otherwise, and it
never accepts a file that holds a link outside, a macro or control part, or a DTD."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from organiser.documents.common import TemplateFileError, check_package

TEMPLATE = Path(__file__).resolve().parents[2] / "templates_docx" / "declaration.docx"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = "word/_rels/document.xml.rels"

with zipfile.ZipFile(TEMPLATE) as _archive:
    PARTS = {info.filename: _archive.read(info.filename) for info in _archive.infolist()}

relationship_types = st.sampled_from([f"{R}/{kind}" for kind in (
    "image", "hyperlink", "subDocument", "attachedTemplate", "oleObject", "control", "package", "footer", "frame")])
targets = st.sampled_from(["http://127.0.0.1:9/x.png", "file:///etc/passwd", "\\\\server\\share\\t.dotm",
                           "media/image1.png", "../customXml/item1.xml", "émblème.png", ""])
target_modes = st.sampled_from([None, "External", "external", "Internal"])
encodings = st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
part_names = st.sampled_from(["customXml/item9.xml", "word/media/x.bin", "word/vbaProject.bin",
                              "word/activeX/activeX1.xml", "word/embeddings/oleObject1.bin", "docProps/custom.xml",
                              "word/glossary/document.xml", "weird name.dat", "word/theme/theme2.xml"])
field_codes = st.sampled_from(['INCLUDETEXT "c:\\\\a.docx"', "INCLUDEPICTURE http://127.0.0.1:9/a.png", "PAGE",
                               "DDEAUTO cmd", "NUMPAGES", " LINK Excel.Sheet x", "DATE \\@ yyyy"])


@st.composite
def hostile_templates(draw):
    """What to put into a copy of the template (extra relationships, extra parts, perhaps with a DTD in any
    encoding, a field in the header), as a small description; ``build`` makes the file."""
    relationships = draw(st.lists(st.tuples(relationship_types, targets, target_modes), max_size=3))
    parts = draw(st.lists(st.tuples(part_names, st.booleans(), encodings,
                                    st.text(max_size=40).map(lambda t: t.replace("<", "").replace("&", ""))),
                          max_size=2))
    field = draw(st.one_of(st.none(), field_codes))
    return relationships, parts, field


def build(description) -> tuple[bytes, bool]:
    """The template a description asks for, and whether the check must refuse it."""
    relationships, extra_parts, field = description
    parts = dict(PARTS)
    must_refuse = False
    rows = []
    for number, (kind, target, mode) in enumerate(relationships):
        mode_text = f' TargetMode="{mode}"' if mode else ""
        rows.append(f'<Relationship Id="rIdF{number}" Type="{kind}" Target="{target}"{mode_text}/>')
        must_refuse |= (mode or "").lower() == "external" or kind.rsplit("/", 1)[1] in (
            "subDocument", "attachedTemplate", "oleObject", "control", "package", "frame")
    if rows:
        parts[RELS] = parts[RELS].replace(b"</Relationships>", "".join(rows).encode() + b"</Relationships>")
    refused_parts = {}  # a part named twice is written once, the last time
    for name, dtd, encoding, text in extra_parts:
        xml = '<?xml version="1.0"?>' + ('<!DOCTYPE x [<!ENTITY e "e">]>' if dtd else "") + f"<x>{text}</x>"
        try:
            parts[name] = xml.encode(encoding)
        except UnicodeEncodeError:
            continue
        refused_parts[name] = dtd or name.endswith(".bin") or "/activeX/" in name or "/embeddings/" in name
    must_refuse |= any(refused_parts.values())
    if field is not None:
        run = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{field}'
               '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>').encode()
        parts["word/header1.xml"] = parts["word/header1.xml"].replace(b"</w:p>", run + b"</w:p>", 1)
        must_refuse |= field.split()[0] in ("INCLUDETEXT", "INCLUDEPICTURE", "DDEAUTO", "LINK")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue(), must_refuse


@given(hostile_templates())
def test_a_hostile_template_is_refused_in_words_or_accepted_only_when_harmless(tmp_path_factory, description):
    data, must_refuse = build(description)
    path = tmp_path_factory.mktemp("template") / "declaration.docx"
    path.write_bytes(data)
    try:
        check_package(path)
    except TemplateFileError as error:
        assert str(path) in str(error) or path.name in str(error)
        return
    assert not must_refuse, "a template that reaches outside the file was accepted"


@given(st.binary(max_size=2000), st.integers(0, len(PARTS[RELS]) - 1))
def test_a_damaged_relationships_part_is_refused_in_words(tmp_path_factory, noise, at):
    parts = dict(PARTS)
    parts[RELS] = parts[RELS][:at] + noise + parts[RELS][at:]
    path = tmp_path_factory.mktemp("template") / "declaration.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    try:
        check_package(path)
    except TemplateFileError:
        pass
