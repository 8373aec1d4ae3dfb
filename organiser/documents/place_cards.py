"""Place cards as a Word document, on the styles of templates_docx/place-cards.docx.

One A4 landscape page a card, folded in half across into a tent that stands on the table: the lower
half reads upright to those in front of it; the upper half, seen from the other side once folded,
must be printed upside down. python-docx cannot turn a paragraph, and the way Word turns text — a
DrawingML text box whose ``a:xfrm`` has ``rot="10800000"`` — is ignored by LibreOffice (7.4 turns a
text frame by 90° or 270° only: the turned half printed upright, tried and seen), as is VML's
``rotation:180``. A picture, though, prints the same everywhere. So the upper half is a picture of
the name and the delegation painted upside down (documents/pictures.py) in the fonts the template's
styles name, and the lower half is real text in those styles — searchable, and what a reader of the
file sees — in a text box anchored to the page; a dashed line marks the fold.
"""
from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

from organiser.documents.common import (
    PARAGRAPH, StyleIds, add_paragraph, save_document, start_document,
)
from organiser.documents.protocol_content import PlaceCard, PlaceCards

TEMPLATE = "place-cards.docx"

PAGE_STYLE = "Place Card Page"
NAME_STYLE = "Place Card Name"
DELEGATION_STYLE = "Place Card Delegation"

STYLES: dict[str, str] = {PAGE_STYLE: PARAGRAPH, NAME_STYLE: PARAGRAPH, DELEGATION_STYLE: PARAGRAPH}

EMU_PER_INCH = 914_400
FOLD_GAP = 0.04  # of the page's height, kept clear of text on each side of the fold

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def build_place_cards(cards: PlaceCards, out_path: str | os.PathLike[str], *,
                      template_path: str | os.PathLike[str] | None = None) -> Path:
    """Write a page for each of ``cards`` (in their order) to ``out_path``."""
    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=cards.title,
                                      language=cards.language)
    section = document.sections[-1]
    shapes = _ShapeIds()
    fonts = {name: style_font(document, name) for name in (NAME_STYLE, DELEGATION_STYLE)}
    for index, card in enumerate(cards.cards):
        paragraph = add_paragraph(document, "", styles[PAGE_STYLE])
        if index:
            paragraph.paragraph_format.page_break_before = True
        _add_card(paragraph, card, styles, fonts, section, shapes)
    return save_document(document, out_path)


class _ShapeIds:
    """Every drawing of a document needs its own id (wp:docPr/@id) and stacking order."""

    def __init__(self):
        self.last = 0

    def next(self) -> int:
        self.last += 1
        return self.last


def _add_card(paragraph, card: PlaceCard, styles: StyleIds, fonts: dict[str, tuple], section,
              shapes: _ShapeIds) -> None:
    import io

    from docx.oxml import parse_xml
    from docx.shared import Emu

    from organiser.documents.pictures import TextLine, text_block_png

    page_width, page_height = int(section.page_width), int(section.page_height)
    left, right = int(section.left_margin), int(section.right_margin)
    top, bottom = int(section.top_margin), int(section.bottom_margin)
    half, gap = page_height // 2, int(page_height * FOLD_GAP)
    width = page_width - left - right
    # The upper half, upside down: folded, it faces the other side of the table. It stands in the
    # flow at the top margin; the page's other parts are anchored to the page.
    upper_height = half - gap - top
    lines = [TextLine(card.name, *fonts[NAME_STYLE]), TextLine(card.delegation, *fonts[DELEGATION_STYLE])]
    picture = text_block_png(lines, width=width / EMU_PER_INCH, height=upper_height / EMU_PER_INCH,
                             upside_down=True)
    paragraph.add_run().add_picture(io.BytesIO(picture), width=Emu(width), height=Emu(upper_height))
    lower = _text_box(shapes.next(), left, half + gap, width, page_height - bottom - half - gap,
                      _card_paragraphs(card, styles))
    for xml in (lower, _fold_line(shapes.next(), half, page_width)):
        paragraph.add_run()._r.append(parse_xml(xml))


def style_font(document, name: str) -> tuple[str, float, bool, bool, float]:
    """The font a paragraph style gives its text — family, size in points, bold, italic — and its room
    after in points, following the style's base styles down to the document's defaults."""
    from docx.oxml.ns import qn

    family = size = bold = italic = after = None
    style = document.styles[name]
    while style is not None:
        font = style.font
        family = family or font.name
        size = size or (font.size.pt if font.size is not None else None)
        bold = font.bold if bold is None else bold
        italic = font.italic if italic is None else italic
        if after is None and style.paragraph_format.space_after is not None:
            after = style.paragraph_format.space_after.pt
        style = style.base_style
    defaults = document.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if r_pr is not None:
        fonts, half_points = r_pr.find(qn("w:rFonts")), r_pr.find(qn("w:sz"))
        if not family and fonts is not None:
            family = fonts.get(qn("w:ascii"))
        if not size and half_points is not None:
            size = int(half_points.get(qn("w:val"))) / 2
    return family or "serif", size or 11.0, bool(bold), bool(italic), after or 0.0


def _card_paragraphs(card: PlaceCard, styles: StyleIds) -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="{styles[NAME_STYLE]}"/></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{escape(card.name)}</w:t></w:r></w:p>'
            f'<w:p><w:pPr><w:pStyle w:val="{styles[DELEGATION_STYLE]}"/></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{escape(card.delegation)}</w:t></w:r></w:p>')


def _anchor(shape_id: int, x: int, y: int, width: int, height: int, name: str, shape: str) -> str:
    return (
        f'<mc:AlternateContent {_NAMESPACES}><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{shape_id}" '
        f'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{shape_id}" name="{name} {shape_id}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'{shape}</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent>')


def _text_box(shape_id: int, x: int, y: int, width: int, height: int, paragraphs: str) -> str:
    shape = (f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
             f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
             f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
             f'<wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>'
             f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr">'
             f'<a:noAutofit/></wps:bodyPr></wps:wsp>')
    return _anchor(shape_id, x, y, width, height, "Place card half", shape)


def _fold_line(shape_id: int, y: int, page_width: int) -> str:
    """A thin dashed grey line across the page where it is folded."""
    shape = (f'<wps:wsp><wps:cNvSpPr/><wps:spPr>'
             f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{page_width}" cy="0"/></a:xfrm>'
             f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
             f'<a:ln w="3175"><a:solidFill><a:srgbClr val="A0A0A0"/></a:solidFill><a:prstDash val="dash"/></a:ln>'
             f'</wps:spPr><wps:bodyPr/></wps:wsp>')
    return _anchor(shape_id, 0, y, page_width, 0, "Fold", shape)
