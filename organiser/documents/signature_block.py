"""Where a declaration's signature block goes, decided before it is built: never split, never silent.

The block is measured in the fonts of the template's styles (documents/fitting.py, with Qt), as is the
text above it, page by page, to know how much of its page the closing formula finds left. The first that
fits is chosen, in this order (:func:`plan_block`):

1. the normal grid (see ``signatories_a_row`` in documents/declaration.py), where the text ends;
2. a denser grid (more parties a row), where the text ends;
3. the block on a new page together with the closing formula, in the normal grid, else a denser one;
4. for a list no page holds, the normal grid over continuation pages, each repeating the heading row
   (Word's repeat-header row) and keeping each party whole (rows that cannot split).

What was chosen is a :class:`BlockPlan`, whose :meth:`~BlockPlan.describe` the export reports.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from organiser.documents.fitting import EMU_PER_POINT, TWIPS_PER_POINT, paragraph_lines

# Qt's line height of a font is about 3 % under LibreOffice's for the template's (rendered and compared:
# a row of the block measured 116.6 pt, printed 120.5 pt); measured heights are scaled by this.
CALIBRATION = 1.035
# Of a page's room, what a block kept on one page may fill by the measure; a block that might fit where
# the text ends but is planned for the next page is sent there by a page break, so that the report holds.
SAFETY = 0.985

# Denser grids tried after the normal one: at most this many parties a row.
DENSEST = 3


@dataclass(frozen=True)
class BlockPlan:
    """What the builder chose for a signature block of ``count`` parties: ``per_row`` a row, starting on
    page ``first_page`` (on a new page when ``new_page``), ending on ``last_page``; ``pages`` holds how
    many rows of parties each page takes (one entry when the block is on one page)."""

    count: int
    per_row: int
    first_page: int
    new_page: bool
    pages: tuple[int, ...]
    denser: bool = False
    page_break: bool = False  # the new page forced (the block might have fitted where the text ends)

    @property
    def last_page(self) -> int:
        return self.first_page + len(self.pages) - 1

    @property
    def page_numbers(self) -> range:
        return range(self.first_page, self.last_page + 1)

    def describe(self) -> str:
        """One line, as the command line prints it after "wrote …"."""
        parties = f"{self.count} signator{'y' if self.count == 1 else 'ies'}"
        grid = "one a row" if self.per_row == 1 else f"{self.per_row} a row"
        if self.denser:
            grid += " (denser, to fit)"
        if len(self.pages) == 1:
            fresh = ", from a new page" if self.new_page else ""
            return f"{parties}, {grid}, block on page {self.first_page} with the closing formula{fresh}"
        return (f"{parties}, {grid}, block on pages {self.first_page}–{self.last_page}"
                f"{' (from a new page)' if self.new_page else ''}, the heading repeated on each, "
                f"the closing formula on page {self.first_page}")


class Measure:
    """Heights in points of paragraphs in the template's styles, and the page's room."""

    def __init__(self, document):
        section = document.sections[-1]
        self.document = document
        self.width = (section.page_width - section.left_margin - section.right_margin) / EMU_PER_POINT
        self.height = (section.page_height - section.top_margin - section.bottom_margin) / EMU_PER_POINT
        self._cache: dict[tuple[str, str, float], tuple[int, float, object]] = {}

    def lines(self, text: str, style: str, width: float):
        key = (text, style, round(width, 1))
        if key not in self._cache:
            count, leading, font = paragraph_lines(self.document, text, style, width)
            self._cache[key] = count, leading * CALIBRATION, font
        return self._cache[key]

    def paragraph(self, text: str, style: str, width: float) -> float:
        count, leading, font = self.lines(text, style, width)
        return font.space_before + count * leading + font.space_after

    def stack(self, paragraphs: Sequence[tuple[str, str]], width: float) -> float:
        return sum(self.paragraph(text, style, width) for text, style in paragraphs)

    def flow(self, paragraphs: Sequence[tuple[str, str]], *, page: int = 1, used: float = 0.0) -> tuple[int, float]:
        """Where paragraphs of the full width end, from ``used`` points down page ``page``: (page, used)."""
        for text, style in paragraphs:
            count, leading, font = self.lines(text, style, self.width)
            before = font.space_before if used else 0.0
            if used + before + leading > self.height:
                page, used, before = page + 1, 0.0, 0.0
            used += before
            for _ in range(count):
                if used + leading > self.height:
                    page, used = page + 1, 0.0
                used += leading
            used = min(used + font.space_after, self.height)
        return page, used

    def rows(self, heights: Sequence[float], *, page: int = 1, used: float = 0.0) -> tuple[int, float]:
        """Where table rows that cannot split end, from ``used`` points down page ``page``."""
        for row in heights:
            if used and used + row > self.height:
                page, used = page + 1, 0.0
            used += row
        return page, used


def cell_margins(document, table_style: str) -> tuple[float, float, float, float]:
    """(top, left, bottom, right) cell margins in points of the table style ``table_style``."""
    from docx.oxml.ns import qn

    tbl_pr = document.styles[table_style].element.find(qn("w:tblPr"))
    margins = tbl_pr.find(qn("w:tblCellMar")) if tbl_pr is not None else None
    out = []
    for side, default in (("top", 0), ("left", 108), ("bottom", 0), ("right", 108)):
        element = margins.find(qn(f"w:{side}")) if margins is not None else None
        out.append((int(element.get(qn("w:w"))) if element is not None else default) / TWIPS_PER_POINT)
    return tuple(out)


def plan_block(measure: Measure, *, count: int, normal: int, page: int, used: float, closing: float,
               heading: Callable[[int], float], rows: Callable[[int], list[float]],
               densest: int = DENSEST) -> BlockPlan:
    """The first way the block fits (see the module's docstring): ``page`` and ``used`` say where the
    closing formula (``closing`` points high) would begin; ``heading(per_row)`` and ``rows(per_row)`` give
    the heights of the heading row and of each row of parties in a grid of ``per_row`` a row."""
    grids = [normal, *range(normal + 1, max(densest, normal) + 1)] if count > 1 else [normal]
    left = measure.height - used
    heights = {per_row: closing + heading(per_row) + sum(rows(per_row)) for per_row in grids}
    for per_row in grids:
        if heights[per_row] <= left * SAFETY:
            return BlockPlan(count, per_row, page, False, (len(rows(per_row)),), per_row != normal)
    for per_row in grids:
        if heights[per_row] <= measure.height * SAFETY:
            return BlockPlan(count, per_row, page + 1, True, (len(rows(per_row)),), per_row != normal,
                             page_break=heights[per_row] <= left / SAFETY)
    # Continuation pages in the normal grid, breaking between rows where the page is full: where the text
    # ends if the formula, the heading and a row fit there, else from a new page.
    own, head = rows(normal), heading(normal)
    chain = closing + head + (own[0] if own else 0.0)
    new_page = chain > left * SAFETY
    pages: list[int] = []
    current, filled = 0, closing + head + (0.0 if new_page else used)
    for height in own:
        if current and filled + height > measure.height:
            pages.append(current)
            current, filled = 0, head
        current += 1
        filled += height
    pages.append(current)
    return BlockPlan(count, normal, page + 1 if new_page else page, new_page, tuple(pages),
                     page_break=new_page and chain <= left / SAFETY)
