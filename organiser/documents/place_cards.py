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

from organiser.documents.common import PARAGRAPH, add_paragraph, save_document, start_document
from organiser.documents.fitting import EMU_PER_POINT, DoesNotFitError, Font, fitting_style, style_font
from organiser.documents.protocol_content import PlaceCard, PlaceCards

TEMPLATE = "place-cards.docx"

PAGE_STYLE = "Place Card Page"
NAME_STYLE = "Place Card Name"
DELEGATION_STYLE = "Place Card Delegation"
# A name in the first of these in which its card's half holds it and the delegation: the template's sizes.
NAME_STYLES = (NAME_STYLE, "Place Card Name Long", "Place Card Name Longest")

STYLES: dict[str, str] = {PAGE_STYLE: PARAGRAPH, DELEGATION_STYLE: PARAGRAPH,
                          **{name: PARAGRAPH for name in NAME_STYLES}}

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
    """Write a page for each of ``cards`` (in their order) to ``out_path``: each name in the first of
    :data:`NAME_STYLES` in which it and the delegation fit a half of the card; a card that fits in none is
    a :class:`~organiser.documents.fitting.DoesNotFitError` naming it, written nowhere."""
    document, styles = start_document(template_path, default=TEMPLATE, styles=STYLES, title=cards.title,
                                      language=cards.language)
    section = document.sections[-1]
    width, height = _half_size(section)
    chosen, too_long = [], []
    for card in cards.cards:
        if card.name:
            style = fitting_style(document, [], card.name, NAME_STYLES, [(card.delegation, DELEGATION_STYLE)],
                                  width=width / EMU_PER_POINT, room=height / EMU_PER_POINT)
        else:  # a party with no one in it yet: its name alone
            style = NAME_STYLE if fitting_style(document, [], card.delegation, (DELEGATION_STYLE,), [],
                                                width=width / EMU_PER_POINT, room=height / EMU_PER_POINT) else None
        if style is None:
            too_long.append(f"{card.name} ({card.delegation})" if card.name else card.delegation)
        chosen.append(style)
    if too_long:
        raise DoesNotFitError("place cards", too_long)
    shapes = _ShapeIds()
    for index, (card, name_style) in enumerate(zip(cards.cards, chosen)):
        paragraph = add_paragraph(document, "", styles[PAGE_STYLE])
        if index:
            paragraph.paragraph_format.page_break_before = True
        fonts = {"name": style_font(document, name_style), "delegation": style_font(document, DELEGATION_STYLE)}
        _add_card(paragraph, card, (styles[name_style], styles[DELEGATION_STYLE]), fonts, section, shapes)
    return save_document(document, out_path)


def _half_size(section) -> tuple[int, int]:
    """The width and height (EMU) of a card's half: between the side margins, from the top margin (or
    the bottom one) to the gap each side of the fold."""
    page_height = int(section.page_height)
    half, gap = page_height // 2, int(page_height * FOLD_GAP)
    width = int(section.page_width) - int(section.left_margin) - int(section.right_margin)
    return width, min(half - gap - int(section.top_margin), page_height - int(section.bottom_margin) - half - gap)


class _ShapeIds:
    """Every drawing of a document needs its own id (wp:docPr/@id) and stacking order."""

    def __init__(self):
        self.last = 0

    def next(self) -> int:
        self.last += 1
        return self.last


def _add_card(paragraph, card: PlaceCard, style_ids: tuple[str, str], fonts: dict[str, Font], section,
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
    lines = [TextLine(text, font.family, font.size, font.bold, font.italic, font.space_after)
             for text, font in ((card.name, fonts["name"]), (card.delegation, fonts["delegation"])) if text]
    picture = text_block_png(lines, width=width / EMU_PER_INCH, height=upper_height / EMU_PER_INCH,
                             upside_down=True)
    paragraph.add_run().add_picture(io.BytesIO(picture), width=Emu(width), height=Emu(upper_height))
    lower = _text_box(shapes.next(), left, half + gap, width, page_height - bottom - half - gap,
                      _card_paragraphs(card, style_ids))
    for xml in (lower, _fold_line(shapes.next(), half, page_width)):
        paragraph.add_run()._r.append(parse_xml(xml))


def _card_paragraphs(card: PlaceCard, style_ids: tuple[str, str]) -> str:
    return "".join(f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>'
                   f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
                   for text, style_id in zip((card.name, card.delegation), style_ids) if text)


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
