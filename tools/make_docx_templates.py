#!/usr/bin/env python3
"""(Re)generate the Word templates in templates_docx/ with python-docx.

    python3 tools/make_docx_templates.py [OUTDIR]

A template carries everything a user would change in Word: page size and margins, the footer
with its page number, and the named styles the builders in organiser/documents/ choose by name
(they never set a font or a size themselves). Users may edit the generated file in Word; this
script is the record of how the shipped one was made, and regenerating it gives the same bytes.
"""
from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
FONT = "Times New Roman"
# A fixed date for the package's metadata and its zip entries, so regenerating changes nothing.
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)


def _set_document_font(document: docx.document.Document) -> None:
    """Times New Roman everywhere by default, for Latin, Cyrillic and complex scripts alike.

    The stock template names theme fonts (``asciiTheme="minorHAnsi"`` …); a theme attribute wins
    over an explicit font name in the same element, so the element is replaced, not amended."""
    styles = document.styles.element
    r_pr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    old = r_pr.find(qn("w:rFonts"))
    fonts = parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" '
                      f'w:eastAsia="{FONT}" w:cs="{FONT}"/>')
    if old is not None:
        old.addprevious(fonts)
        r_pr.remove(old)
    else:
        r_pr.insert(0, fonts)
    for tag, value in (("w:sz", "24"), ("w:szCs", "24")):
        r_pr.find(qn(tag)).set(qn("w:val"), value)
    # Paragraphs outside our styles: single-spaced, nothing after.
    spacing = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")


def _paragraph_style(document, name: str, *, base: str = "Normal", next_style: str | None = None):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[base]
    style.quick_style = True
    if next_style:
        style.next_paragraph_style = document.styles[next_style]
    style.font.name = FONT
    return style


def _add_styles(document) -> None:
    styles = document.styles

    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)

    body = _paragraph_style(document, "Declaration Body")
    fmt = body.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = Cm(1.25)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(6)
    fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    fmt.line_spacing = 1.15
    fmt.widow_control = True
    body.font.size = Pt(12)

    title = _paragraph_style(document, "Declaration Title", next_style="Declaration Body")
    fmt = title.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(18)
    fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    fmt.line_spacing = 1.15
    fmt.keep_with_next = True
    title.font.size = Pt(14)
    title.font.bold = True

    _paragraph_style(document, "Operative Clause", base="Declaration Body",
                     next_style="Operative Clause")

    closing = _paragraph_style(document, "Closing Formula", base="Declaration Body")
    fmt = closing.paragraph_format
    fmt.space_before = Pt(6)
    fmt.space_after = Pt(18)
    fmt.keep_with_next = True

    # The signature block: a borderless two-column table (style "Signature Table").
    heading = _paragraph_style(document, "Signature Heading")
    fmt = heading.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(12)
    fmt.keep_with_next = True
    heading.font.size = Pt(12)
    heading.font.bold = True

    institution = _paragraph_style(document, "Signature Institution")
    fmt = institution.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    institution.font.size = Pt(12)

    # The empty lines above a name, where the signatory signs: their height is the room to sign.
    space = _paragraph_style(document, "Signature Space")
    fmt = space.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.keep_with_next = True
    fmt.line_spacing_rule = WD_LINE_SPACING.ONE_POINT_FIVE
    space.font.size = Pt(12)

    name = _paragraph_style(document, "Signature Name")
    fmt = name.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.keep_with_next = True
    name.font.size = Pt(12)
    name.font.bold = True

    footer = styles["Footer"]
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.font.size = Pt(10)
    tabs = footer.element.pPr.find(qn("w:tabs"))
    if tabs is not None:  # the stock tab stops are for a Letter page; a centred paragraph needs none
        footer.element.pPr.remove(tabs)

    _add_signature_table_style(document)


def _add_signature_table_style(document) -> None:
    """A table style without borders, with room between rows; a cell's text sits at its bottom,
    so an institution's last line is level with its signatory's name."""
    style = document.styles.add_style("Signature Table", WD_STYLE_TYPE.TABLE)
    style.base_style = document.styles["Normal Table"]
    style.element.append(parse_xml(
        f'<w:tblPr {nsdecls("w")}>'
        '<w:tblBorders>'
        '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>'
        '<w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="340" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        '</w:tblCellMar>'
        '</w:tblPr>'))
    style.element.append(parse_xml(f'<w:tcPr {nsdecls("w")}><w:vAlign w:val="bottom"/></w:tcPr>'))


def _add_page_number_footer(section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.style = "Footer"
    # A complex field, one piece a run, as Word writes it: begin, instruction, separate, result, end.
    for xml in (f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>',
                f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>',
                f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>',
                f'<w:t {nsdecls("w")}>1</w:t>',
                f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'):
        paragraph.add_run()._r.append(parse_xml(xml))


def _set_page(section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21)
    section.page_height = Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2)
    section.header_distance = Cm(1.25)
    section.footer_distance = Cm(1)


def _drop_thumbnail(document) -> None:
    """The stock template carries a thumbnail of python-docx's sample page; a file browser would show it."""
    package = document.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[r_id]


def _set_properties(document, title: str) -> None:
    props = document.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.title = title
    props.subject = ""
    props.keywords = ""
    props.comments = "Template of organiser: edit its styles and page set-up in Word."
    props.revision = 1
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.last_printed = FIXED_DATE.replace(tzinfo=None)


def _save_reproducibly(document, path: Path) -> None:
    """Save with fixed zip timestamps, so an unchanged template regenerates byte for byte."""
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def make_declaration(path: Path) -> Path:
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _set_document_font(document)
    _add_styles(document)
    section = document.sections[0]
    _set_page(section)
    _add_page_number_footer(section)
    _drop_thumbnail(document)
    _set_properties(document, "Declaration")
    _save_reproducibly(document, path)
    return path


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else ROOT / "templates_docx"
    for path in (make_declaration(outdir / "declaration.docx"),):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
