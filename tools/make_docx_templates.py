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
    _set_normal(document)

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

    _set_footer_style(document)

    _add_signature_table_style(document)
    # Two languages side by side: a borderless table, a column a language, a row a clause.
    _table_style(document, "Parallel Table", borders=False, top=0, bottom=0, valign="top")


def _set_normal(document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)


def _set_footer_style(document) -> None:
    footer = document.styles["Footer"]
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.font.size = Pt(10)
    tabs = footer.element.pPr.find(qn("w:tabs"))
    if tabs is not None:  # the stock tab stops are for a Letter page; a centred paragraph needs none
        footer.element.pPr.remove(tabs)


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


def _add_emblem_header(section) -> None:
    """The header: one empty centred paragraph, the place for the office's emblem or letterhead
    (insert a picture there in Word; every page of every document made on the template shows it)."""
    section.header.is_linked_to_previous = False
    header = section.header.paragraphs[0]
    header.style = "Header"
    header.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


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


def _new_document():
    """python-docx's stock document emptied, with our default font, Normal and Footer styles."""
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _set_document_font(document)
    return document


def _finish(document, path: Path, title: str) -> Path:
    section = document.sections[0]
    _set_page(section)
    _add_emblem_header(section)
    _add_page_number_footer(section)
    _drop_thumbnail(document)
    _set_properties(document, title)
    _save_reproducibly(document, path)
    return path


def _add_operative_numbering(document, style_name: str = "Operative Clause") -> None:
    """Number ``style_name`` by a Word list ("1.", "2." …) linked to the style, so a clause added in Word
    in that style is numbered, and those after it renumbered: an abstractNum (lvlText "%1.", a space after
    the number, the first line indented as the body's) and a num, which the style's numPr names.

    abstractNum elements come before num elements in numbering.xml, or Word calls the file damaged."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=-1) + 1, max(num_ids, default=0) + 1
    style = document.styles[style_name]
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:nsid w:val="4F524731"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="4F524731"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="{style.style_id}"/><w:suff w:val="space"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="709"/></w:pPr></w:lvl></w:abstractNum>')
    last_abstract = numbering.findall(qn("w:abstractNum"))[-1] if abstract_ids else None
    if last_abstract is not None:
        last_abstract.addnext(abstract)
    else:
        numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                               '</w:num>'))
    p_pr = style.element.get_or_add_pPr()
    p_pr.insert_element_before(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{num_id}"/></w:numPr>'),
                               *("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
                                 "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                                 "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing",
                                 "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
                                 "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"))


def make_declaration(path: Path) -> Path:
    document = _new_document()
    _add_styles(document)
    _add_operative_numbering(document)
    return _finish(document, path, "Declaration")


# --- the signature sheet, the participants list and the programme -------------------------------------

def _spacing(style, *, before: float = 0, after: float = 0, align=WD_ALIGN_PARAGRAPH.LEFT,
             keep_with_next: bool = False) -> None:
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.keep_with_next = keep_with_next


def _add_heading_styles(document) -> None:
    """"Document Title" and "Document Subtitle" (the event, its date and place), as every list has them."""
    title = _paragraph_style(document, "Document Title")
    _spacing(title, after=6, align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True)
    title.font.size = Pt(14)
    title.font.bold = True
    subtitle = _paragraph_style(document, "Document Subtitle")
    _spacing(subtitle, after=12, align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True)
    subtitle.font.size = Pt(12)
    title.next_paragraph_style = subtitle


def _table_style(document, name: str, *, borders: bool, top: int = 0, bottom: int = 0,
                 valign: str = "top", top_rule: bool = False) -> None:
    """A table style: single borders everywhere or none (but a rule on top with ``top_rule``),
    cell margins in twips, vertical alignment."""
    style = document.styles.add_style(name, WD_STYLE_TYPE.TABLE)
    style.base_style = document.styles["Normal Table"]
    line, nil = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>', '<w:{0} w:val="nil"/>'
    edges = "".join((line if borders or (top_rule and side == "top") else nil).format(side)
                    for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    style.element.append(parse_xml(
        f'<w:tblPr {nsdecls("w")}>'
        f'<w:tblBorders>{edges}</w:tblBorders>'
        '<w:tblCellMar>'
        f'<w:top w:w="{top}" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        '</w:tblCellMar>'
        '</w:tblPr>'))
    style.element.append(parse_xml(f'<w:tcPr {nsdecls("w")}><w:vAlign w:val="{valign}"/></w:tcPr>'))


def _bottom_border(style) -> None:
    """A rule under the paragraph: the line a signatory signs on."""
    p_pr = style.element.get_or_add_pPr()
    border = parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
                       'w:color="000000"/></w:pBdr>')
    # In the schema's place, or Word calls the file damaged: w:pBdr comes before w:shd … w:jc.
    p_pr.insert_element_before(border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                               "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                               "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def make_signature_sheet(path: Path) -> Path:
    """One table for all signatories (No., institution, name and position, signature), or a page a
    signatory (institution, a line to sign on, name, position)."""
    document = _new_document()
    _set_normal(document)
    _add_heading_styles(document)

    header = _paragraph_style(document, "Sheet Header")
    _spacing(header, before=3, after=3, align=WD_ALIGN_PARAGRAPH.CENTER)
    header.font.size = Pt(11)
    header.font.bold = True
    # A row's height is the room to sign: the cells' paragraphs are spaced to give it.
    cell = _paragraph_style(document, "Sheet Cell")
    _spacing(cell, before=16, after=16)
    cell.font.size = Pt(11)
    number = _paragraph_style(document, "Sheet Number", base="Sheet Cell")
    number.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    name = _paragraph_style(document, "Sheet Name", base="Sheet Cell")
    _spacing(name, before=16, after=0)
    name.font.bold = True
    position = _paragraph_style(document, "Sheet Position", base="Sheet Cell")
    _spacing(position, before=0, after=16)
    _table_style(document, "Sheet Table", borders=True, valign="center")

    institution = _paragraph_style(document, "Signatory Institution")
    _spacing(institution, before=48, after=0, align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True)
    institution.font.size = Pt(14)
    line = _paragraph_style(document, "Signature Line")
    _spacing(line, before=96, after=6, align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True)
    line.paragraph_format.left_indent = Cm(4)
    line.paragraph_format.right_indent = Cm(4)
    _bottom_border(line)
    signatory = _paragraph_style(document, "Signatory Name")
    _spacing(signatory, after=0, align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True)
    signatory.font.size = Pt(14)
    signatory.font.bold = True
    role = _paragraph_style(document, "Signatory Position")
    _spacing(role, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    role.font.size = Pt(12)

    _set_footer_style(document)
    return _finish(document, path, "Signature sheet")


def make_participants(path: Path) -> Path:
    """A heading a delegation, then its members in a borderless table: name, position."""
    document = _new_document()
    _set_normal(document)
    _add_heading_styles(document)

    delegation = _paragraph_style(document, "Delegation Heading")
    _spacing(delegation, before=12, after=4, keep_with_next=True)
    delegation.font.size = Pt(12)
    delegation.font.bold = True
    name = _paragraph_style(document, "Participant Name")
    _spacing(name, after=2)
    name.font.size = Pt(12)
    name.font.bold = True
    position = _paragraph_style(document, "Participant Position")
    _spacing(position, after=2)
    position.font.size = Pt(12)
    # A rule between a delegation's heading and its members: the table's top border, not the
    # heading's bottom one, which Word and LibreOffice merge across consecutive headings of
    # delegations without members (one rule under the last of them).
    _table_style(document, "Participants Table", borders=False, top=40, bottom=40, top_rule=True)

    _set_footer_style(document)
    return _finish(document, path, "List of participants")


def make_programme(path: Path) -> Path:
    """A heading a day, then the items in a borderless table: time, then the item and its speakers."""
    document = _new_document()
    _set_normal(document)
    _add_heading_styles(document)

    day = _paragraph_style(document, "Programme Day")
    _spacing(day, before=12, after=6, keep_with_next=True)
    day.font.size = Pt(12)
    day.font.bold = True
    _bottom_border(day)
    time = _paragraph_style(document, "Programme Time")
    _spacing(time, after=0)
    time.font.size = Pt(12)
    time.font.bold = True
    item = _paragraph_style(document, "Programme Item")
    _spacing(item, after=2)
    item.font.size = Pt(12)
    item.font.bold = True
    speaker = _paragraph_style(document, "Programme Speaker")
    _spacing(speaker, after=2)
    speaker.paragraph_format.left_indent = Cm(0.5)
    speaker.font.size = Pt(12)
    speaker.font.italic = True
    _table_style(document, "Programme Table", borders=False, top=60, bottom=100)

    _set_footer_style(document)
    return _finish(document, path, "Programme")


# --- the protocol outputs: seating plan, place cards, badges, memorandum ------------------------------

def _finish_protocol(document, path: Path, title: str, *, landscape: bool, margin: float,
                     page_number: bool = True) -> Path:
    """As :func:`_finish`, on an A4 page turned as asked, with even margins (cm); place cards and
    badges print no page number (it would show on the card)."""
    section = document.sections[0]
    _set_page(section)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(margin)
    if page_number:
        _add_page_number_footer(section)
    _drop_thumbnail(document)
    _set_properties(document, title)
    _save_reproducibly(document, path)
    return path


def make_seating(path: Path) -> Path:
    """The plan's picture on a landscape page, its legend beside it: place, delegation, name."""
    document = _new_document()
    _set_normal(document)
    _add_heading_styles(document)
    picture = _paragraph_style(document, "Seating Picture")
    _spacing(picture, before=6, after=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    header = _paragraph_style(document, "Legend Header")
    _spacing(header, before=2, after=2)
    header.font.size = Pt(10)
    header.font.bold = True
    cell = _paragraph_style(document, "Legend Cell")
    _spacing(cell, before=1, after=1)
    cell.font.size = Pt(10)
    number = _paragraph_style(document, "Legend Number", base="Legend Cell")
    number.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _table_style(document, "Legend Table", borders=True)
    # The page: the picture on the left, the legend on the right, in a borderless table.
    _table_style(document, "Seating Layout", borders=False)
    _set_footer_style(document)
    return _finish_protocol(document, path, "Seating plan", landscape=True, margin=1.5)


def make_place_cards(path: Path) -> Path:
    """A4 landscape folded in half across: the name large, the delegation below, on each half (the upper
    half turned upside down by the builder, so both faces of the tent read upright)."""
    document = _new_document()
    _set_normal(document)
    holder = _paragraph_style(document, "Place Card Page")
    _spacing(holder)
    holder.font.size = Pt(2)
    name = _paragraph_style(document, "Place Card Name")
    _spacing(name, after=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    name.font.size = Pt(40)
    name.font.bold = True
    # A name too long for its card in the style above (with the delegation below it) takes the next.
    for style_name, size in (("Place Card Name Long", 28), ("Place Card Name Longest", 18)):
        smaller = _paragraph_style(document, style_name, base="Place Card Name")
        smaller.font.size = Pt(size)
    delegation = _paragraph_style(document, "Place Card Delegation")
    _spacing(delegation, align=WD_ALIGN_PARAGRAPH.CENTER)
    delegation.font.size = Pt(24)
    return _finish_protocol(document, path, "Place cards", landscape=True, margin=1.5, page_number=False)


def make_badges(path: Path) -> Path:
    """Badges two across and four down an A4 page, each in a cell whose dashed border is the cut line."""
    document = _new_document()
    _set_normal(document)
    for name, size, bold, italic, before, after in (("Badge Event", 8, False, True, 0, 10),
                                                    ("Badge Delegation", 12, True, False, 0, 10),
                                                    ("Badge Name", 20, True, False, 0, 4),
                                                    # a name too long for its badge in the one above
                                                    ("Badge Name Long", 14, True, False, 0, 4),
                                                    ("Badge Name Longest", 10, True, False, 0, 4),
                                                    ("Badge Position", 10, False, False, 0, 10),
                                                    ("Badge Role", 11, True, False, 0, 0)):
        style = _paragraph_style(document, name)
        _spacing(style, before=before, after=after, align=WD_ALIGN_PARAGRAPH.CENTER)
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
    # The paragraph a document ends with, after the badges' table: small enough to fit below a full page.
    spacer = _paragraph_style(document, "Badge Spacer")
    _spacing(spacer)
    spacer.font.size = Pt(1)
    style = document.styles.add_style("Badge Table", WD_STYLE_TYPE.TABLE)
    style.base_style = document.styles["Normal Table"]
    dashed = '<w:{0} w:val="dashed" w:sz="4" w:space="0" w:color="808080"/>'
    edges = "".join(dashed.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    style.element.append(parse_xml(
        f'<w:tblPr {nsdecls("w")}><w:tblBorders>{edges}</w:tblBorders>'
        '<w:tblCellMar><w:top w:w="284" w:type="dxa"/><w:left w:w="227" w:type="dxa"/>'
        '<w:bottom w:w="113" w:type="dxa"/><w:right w:w="227" w:type="dxa"/></w:tblCellMar></w:tblPr>'))
    style.element.append(parse_xml(f'<w:tcPr {nsdecls("w")}><w:vAlign w:val="center"/></w:tcPr>'))
    return _finish_protocol(document, path, "Badges", landscape=False, margin=1.0, page_number=False)


def make_memorandum(path: Path) -> Path:
    """A text between two parties: title, the parties' naming, clauses, closing formula, a signature
    table whose left column is the party whose copy it is; with two languages, two columns of text."""
    document = _new_document()
    _set_normal(document)
    title = _paragraph_style(document, "Memorandum Title")
    _spacing(title, after=18, align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True)
    title.font.size = Pt(14)
    title.font.bold = True
    body = _paragraph_style(document, "Memorandum Body")
    _spacing(body, after=8, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    body.font.size = Pt(12)
    closing = _paragraph_style(document, "Memorandum Closing", base="Memorandum Body")
    _spacing(closing, before=6, after=18, align=WD_ALIGN_PARAGRAPH.JUSTIFY, keep_with_next=True)
    for name, bold, before in (("Memorandum Party", False, 0), ("Memorandum Signatory", True, 42)):
        style = _paragraph_style(document, name)
        _spacing(style, before=before, align=WD_ALIGN_PARAGRAPH.CENTER, keep_with_next=True)
        style.font.size = Pt(12)
        style.font.bold = bold
    _table_style(document, "Memorandum Columns", borders=False, bottom=60)
    _table_style(document, "Memorandum Signatures", borders=False, bottom=120, valign="bottom")
    _set_footer_style(document)
    return _finish_protocol(document, path, "Memorandum", landscape=False, margin=2.5)


def make_comparison(path: Path) -> Path:
    """Two revisions of a declaration compared: a title, a line naming the revisions, a legend, then the
    text with Word's own tracked changes (w:ins / w:del), which Word and LibreOffice colour themselves."""
    document = _new_document()
    _set_normal(document)
    _add_heading_styles(document)
    details = _paragraph_style(document, "Comparison Details")
    _spacing(details, after=2)
    details.font.size = Pt(10)
    legend = _paragraph_style(document, "Comparison Legend", base="Comparison Details")
    _spacing(legend, after=12)
    legend.font.italic = True
    body = _paragraph_style(document, "Comparison Body")
    _spacing(body, after=6, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    body.paragraph_format.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    body.paragraph_format.line_spacing = 1.15
    body.font.size = Pt(12)
    _set_footer_style(document)
    return _finish(document, path, "Comparison of revisions")


MAKERS = {
    "comparison.docx": make_comparison,
    "declaration.docx": make_declaration,
    "signature-sheet.docx": make_signature_sheet,
    "participants.docx": make_participants,
    "programme.docx": make_programme,
    "seating.docx": make_seating,
    "place-cards.docx": make_place_cards,
    "badges.docx": make_badges,
    "memorandum.docx": make_memorandum,
}


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else ROOT / "templates_docx"
    for name, make in MAKERS.items():
        print(f"wrote {make(outdir / name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
