"""Text that must fit a card of fixed size (a badge, a place card's half): measured in the fonts of the
template's styles, and set in the first of a list of styles (the template's "Badge Name", then "Badge Name
Long" …) in which it fits. The sizes are the template's; the code only tries the styles in their order.

What fits in none is reported by the builder (:class:`DoesNotFitError`), never cut at the card's edge.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from organiser.domain.errors import OrganiserError

TWIPS_PER_POINT = 20
EMU_PER_POINT = 12_700
# Of a card's room, what the measured text may fill: Qt's measure and Word's or LibreOffice's layout of
# the same font differ by a few per cent (hinting, rounding of line heights).
SAFETY = 0.92


class DoesNotFitError(OrganiserError):
    """Texts too long for their card even in the smallest style the template offers for them."""

    def __init__(self, document: str, texts: list[str]):
        self.document = document
        self.texts = texts
        shown = "; ".join(text if len(text) <= 80 else f"{text[:77]}…" for text in texts)
        super().__init__(f"cannot write the {document}: {len(texts)} text(s) do not fit their card even in the "
                         f"smallest style of the template (shorten them, or make the styles smaller in Word): {shown}")


@dataclass(frozen=True)
class Font:
    """What a paragraph style gives its text: family, size and room after in points, bold, italic."""

    family: str
    size: float
    bold: bool
    italic: bool
    space_after: float
    space_before: float = 0.0
    line_spacing: float = 1.0  # a multiple of the font's line height ("Multiple", "1.5 lines")
    indent: float = 0.0  # the first line's indent in points


def style_font(document, name: str) -> Font:
    """The font of the paragraph style ``name``, following its base styles down to the document's defaults."""
    from docx.oxml.ns import qn

    from docx.enum.text import WD_LINE_SPACING

    family = size = bold = italic = after = before = spacing = indent = None
    style = document.styles[name]
    while style is not None:
        font = style.font
        family = family or font.name
        size = size or (font.size.pt if font.size is not None else None)
        bold = font.bold if bold is None else bold
        italic = font.italic if italic is None else italic
        if after is None and style.paragraph_format.space_after is not None:
            after = style.paragraph_format.space_after.pt
        if before is None and style.paragraph_format.space_before is not None:
            before = style.paragraph_format.space_before.pt
        fmt = style.paragraph_format
        if spacing is None and fmt.line_spacing_rule is not None:
            rule = fmt.line_spacing_rule
            spacing = (1.5 if rule == WD_LINE_SPACING.ONE_POINT_FIVE else 2.0 if rule == WD_LINE_SPACING.DOUBLE
                       else fmt.line_spacing if rule == WD_LINE_SPACING.MULTIPLE and isinstance(fmt.line_spacing, float)
                       else 1.0)
        if indent is None and fmt.first_line_indent is not None:
            indent = fmt.first_line_indent.pt
        style = style.base_style
    defaults = document.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if r_pr is not None:
        fonts, half_points = r_pr.find(qn("w:rFonts")), r_pr.find(qn("w:sz"))
        if not family and fonts is not None:
            family = fonts.get(qn("w:ascii"))
        if not size and half_points is not None:
            size = int(half_points.get(qn("w:val"))) / 2
    return Font(family or "serif", size or 11.0, bool(bold), bool(italic), after or 0.0, before or 0.0,
                spacing or 1.0, indent or 0.0)


def cell_margins(document, table_style: str) -> tuple[float, float, float, float]:
    """The cell margins (top, left, bottom, right) in points that the table style ``table_style`` sets."""
    from docx.oxml.ns import qn

    margins = document.styles[table_style].element.find(qn("w:tblPr"))
    margins = margins.find(qn("w:tblCellMar")) if margins is not None else None
    out = []
    for side in ("top", "left", "bottom", "right"):
        element = margins.find(qn(f"w:{side}")) if margins is not None else None
        twips = int(element.get(qn("w:w"))) if element is not None and element.get(qn("w:type"), "dxa") == "dxa" else 0
        out.append(twips / TWIPS_PER_POINT)
    return tuple(out)


def height(document, paragraphs: Sequence[tuple[str, str]], width: float) -> float:
    """The height in points of ``paragraphs`` (text, style name) set in a column ``width`` points wide."""
    from organiser.documents.pictures import TextLine, text_height

    lines = []
    for text, style in paragraphs:
        font = style_font(document, style)
        lines.append(TextLine(text, font.family, font.size, font.bold, font.italic,
                              font.space_before + font.space_after))
    return text_height(lines, width=width)


def fitting_style(document, before: Sequence[tuple[str, str]], text: str, styles: Sequence[str],
                  after: Sequence[tuple[str, str]], *, width: float, room: float) -> str | None:
    """The first of ``styles`` in which ``text``, between the paragraphs ``before`` and ``after`` (text,
    style name), fits a column ``width`` points wide and ``room`` points high; None if none does."""
    for style in styles:
        if height(document, [*before, (text, style), *after], width) <= room * SAFETY:
            return style
    return None


def paragraph_lines(document, text: str, style: str, width: float) -> tuple[int, float, Font]:
    """How many lines ``text`` takes in the paragraph style ``style`` in a column ``width`` points wide, the
    height of one line in points (the style's line spacing applied) and the style's font: what a builder
    measures to see where a page ends."""
    from organiser.documents.pictures import TextLine, line_count

    font = style_font(document, style)
    count, leading = line_count(TextLine(text, font.family, font.size, font.bold, font.italic, 0.0,
                                         font.line_spacing, font.indent), width=width)
    return count, leading, font
