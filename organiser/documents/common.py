"""What every Word builder shares: where it starts (:func:`start_document`: a template opened, checked
and emptied; :func:`workspace_template` finds the workspace's own), tables kept on one page, paragraphs
in named styles, and saving whole or not at all.

python-docx is imported inside the functions, not here: ``import docx`` costs about 76 ms, and
nothing of it is needed until a user exports a document.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from organiser import paths
from organiser.documents.template_safety import unsafe_content
from organiser.domain.errors import OrganiserError
from organiser.services.files import FileWriteError, write_atomically
from organiser.services.settings import template_folder
from organiser.services.workspaces import Workspace

if TYPE_CHECKING:
    from docx.document import Document
    from docx.section import Section
    from docx.shared import Length
    from docx.table import Table, _Row

# The kinds of style a template may be asked for, by the names python-docx's WD_STYLE_TYPE uses.
PARAGRAPH = "paragraph"
CHARACTER = "character"
TABLE = "table"


class TemplateFileError(OrganiserError):
    """A Word template cannot be used: missing, not a Word document, damaged, or lacking a style."""

    def __init__(self, path: str | os.PathLike[str], problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"Word template {self.path}: {problem}")


# A finished document that cannot be written where the user asked: the one error of the one writer
# (services/files.py), by the name the builders' callers know it by.
DocumentWriteError = FileWriteError


def open_template(path: str | os.PathLike[str], required_styles: Mapping[str, str] | None = None) -> Document:
    """The template at ``path`` opened with python-docx, after checking it has ``required_styles``
    (style name → ``PARAGRAPH``, ``CHARACTER`` or ``TABLE``).

    Every way a template can be unusable ends in one :class:`TemplateFileError` naming the file."""
    import zipfile

    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    path = Path(path)
    check_package(path)
    try:
        document = docx.Document(str(path))
    except PackageNotFoundError:
        # python-docx says "Package not found" for any file that is not a zip archive.
        raise TemplateFileError(path, "is not a Word document (.docx)") from None
    except ValueError as error:
        # python-docx refuses a package whose main part is not a document: a .dotx, .docm, .xlsx …
        raise TemplateFileError(path, f"is not a Word document (.docx); save it from Word as one ({error})") from None
    except (KeyError, zipfile.BadZipFile, XMLSyntaxError) as error:
        raise TemplateFileError(path, f"is damaged and cannot be read as a Word document ({error})") from None
    except OSError as error:
        raise TemplateFileError(path, f"cannot be read: {error.strerror or error}") from None

    kinds = {PARAGRAPH: WD_STYLE_TYPE.PARAGRAPH, CHARACTER: WD_STYLE_TYPE.CHARACTER, TABLE: WD_STYLE_TYPE.TABLE}
    missing = []
    for name, kind in (required_styles or {}).items():
        try:
            style = document.styles[name]
        except KeyError:
            missing.append(f'"{name}"')
            continue
        if style.type != kinds[kind]:
            raise TemplateFileError(path, f'its style "{name}" is not a {kind} style')
    if missing:
        noun = "style" if len(missing) == 1 else "styles"
        raise TemplateFileError(path, f"lacks the {noun} {', '.join(missing)}")
    return document


# Limits of a template's zip archive, checked on its directory before anything is unpacked. The
# shipped templates are about 40 KB and 20 parts; a Word file with pictures in its header a few MB.
MAX_PARTS = 1000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200  # unpacked : packed, of a part over MIN_RATIO_BYTES (XML packs about 10:1)
MIN_RATIO_BYTES = 1024 * 1024
REQUIRED_PARTS = ("word/document.xml", "word/styles.xml")


def check_package(path: str | os.PathLike[str]) -> None:
    """Refuse, with a :class:`TemplateFileError` naming the file and the problem, a template that is
    missing, not a zip archive, a zip bomb (by the sizes and count its directory declares, before
    anything is unpacked), lacks word/document.xml or word/styles.xml, or holds anything that could
    reach outside the file or declares a DTD (template_safety.py)."""
    import zipfile

    path = Path(path)
    if not path.exists():
        raise TemplateFileError(path, "the file does not exist")
    if not path.is_file():
        raise TemplateFileError(path, "is a folder, not a Word document")
    try:
        if not zipfile.is_zipfile(path):
            raise TemplateFileError(path, "is not a Word document (.docx): it is not a zip archive")
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS:
                raise TemplateFileError(path, f"holds {len(parts)} parts (at most {MAX_PARTS}): "
                                              "refused as a possible zip bomb")
            unpacked = sum(part.file_size for part in parts)
            if unpacked > MAX_UNPACKED_BYTES:
                raise TemplateFileError(path, f"would unpack to {unpacked // (1024 * 1024)} MB (at most "
                                              f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB): refused as a possible zip bomb")
            for part in parts:
                if part.file_size > MIN_RATIO_BYTES and part.file_size > MAX_RATIO * max(part.compress_size, 1):
                    raise TemplateFileError(path, f"its part {part.filename} unpacks {part.file_size // max(part.compress_size, 1)} "
                                                  f"times its packed size (at most {MAX_RATIO}): refused as a possible zip bomb")
            names = {part.filename for part in parts}
            for required in REQUIRED_PARTS:
                if required not in names:
                    raise TemplateFileError(path, f"lacks {required}: it is not a Word document (.docx)")

            def read(part):
                with archive.open(part) as stream:
                    return stream.read(part.file_size + 1)

            problem = unsafe_content(archive, read)
            if problem:
                raise TemplateFileError(path, problem)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as error:
        raise TemplateFileError(path, f"is damaged and cannot be read as a Word document ({error})") from None
    except OSError as error:
        raise TemplateFileError(path, f"cannot be read: {error.strerror or error}") from None


def check_template(path: str | os.PathLike[str], required_styles: Mapping[str, str]) -> None:
    """Raise :class:`TemplateFileError` if ``path`` cannot serve as a template with ``required_styles``."""
    open_template(path, required_styles)


def clear_body(document: Document) -> None:
    """Remove everything from the document's body but its final section properties (page set-up)."""
    from docx.oxml.ns import qn

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def text_width(section: Section) -> Length:
    """The width between the margins: what a full-width table spans."""
    from docx.shared import Emu

    return Emu(section.page_width - section.left_margin - section.right_margin)


def set_column_widths(table: Table, widths: list[int]) -> None:
    """Fix the table's layout to ``widths`` (EMU, one a column), in the grid and in every cell,
    as Word reads the cells' widths and LibreOffice the grid's."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Emu

    table.autofit = False
    tbl_pr = table._tbl.tblPr
    old = tbl_pr.find(qn("w:tblW"))
    if old is not None:
        tbl_pr.remove(old)
    total = Emu(sum(widths))
    tbl_w = parse_xml(f'<w:tblW {nsdecls("w")} w:w="{total.twips}" w:type="dxa"/>')
    # w:tblW follows tblStyle, tblpPr, tblOverlap, bidiVisual, tblStyleRowBandSize, tblStyleColBandSize.
    anchor = None
    for tag in ("w:tblStyleColBandSize", "w:tblStyleRowBandSize", "w:bidiVisual", "w:tblOverlap",
                "w:tblpPr", "w:tblStyle"):
        anchor = tbl_pr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addnext(tbl_w)
    else:
        tbl_pr.insert(0, tbl_w)
    for column, width in zip(table.columns, widths):
        column.width = Emu(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Emu(width)


def set_cant_split(row: _Row) -> None:
    """The row may not break across pages (w:trPr/w:cantSplit)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert_element_before(
            OxmlElement("w:cantSplit"),
            "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange",
        )


def keep_table_together(table: Table) -> None:
    """Keep the whole table on one page, as Word and LibreOffice both understand it: no row may
    split, and every paragraph of every row but the last keeps with the next one.

    The last row's paragraphs are set not to keep with next, so the table does not drag whatever
    follows it along (their style may say otherwise)."""
    keep_rows_together(list(table.rows))


def keep_rows_together(rows: list[_Row]) -> None:
    """Keep ``rows`` (consecutive rows of one table) on one page: see :func:`keep_table_together`."""
    for index, row in enumerate(rows):
        set_cant_split(row)
        keep = index < len(rows) - 1
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = keep


def save_document(document: Document, out_path: str | os.PathLike[str]) -> Path:
    """Write ``document`` to ``out_path`` whole or not at all, replacing any file there (the export
    checked its targets before building anything); a failure is a :class:`DocumentWriteError`."""
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    return write_atomically(out_path, buffer.getvalue(), force=True)


# --- shared by the lists (signature sheet, participants, programme) -------------------------------------

TITLE_STYLE = "Document Title"
SUBTITLE_STYLE = "Document Subtitle"


def default_template(name: str) -> Path:
    """The shipped template ``name`` in templates_docx/; a missing folder is a :class:`TemplateFileError`."""
    try:
        return paths.docx_template(name)
    except FileNotFoundError as error:  # the whole templates_docx folder is missing
        raise TemplateFileError(name, str(error)) from None


def workspace_template(workspace: Workspace, name: str) -> Path:
    """The template ``name`` the workspace's documents are built on: the file of that name in its
    template folder when there is one, else the one shipped in templates_docx/."""
    folder = template_folder(workspace)
    if folder is not None and (folder / name).is_file():
        return folder / name
    return default_template(name)


def start_document(template_path: str | os.PathLike[str] | None, *, default: str, styles: Mapping[str, str],
                   title: str, language: str) -> tuple[Document, StyleIds]:
    """Where every builder starts: the template ``template_path`` (else the shipped ``default``) opened
    after checking it has ``styles`` (see :func:`open_template`), its body emptied but for its page
    set-up, the file's title and language set (:func:`set_properties`); with the ids of ``styles``."""
    template = Path(template_path) if template_path is not None else default_template(default)
    document = open_template(template, styles)
    clear_body(document)
    set_properties(document, title, language)
    return document, StyleIds(document, styles)


def add_heading(document: Document, styles: Mapping[str, str], title: str,
                subtitle: tuple[str, ...] | list[str]) -> None:
    """The list's title, then the event and its date and place, a paragraph a line."""
    add_paragraph(document, title, styles[TITLE_STYLE])
    for line in subtitle:
        add_paragraph(document, line, styles[SUBTITLE_STYLE])


class StyleIds(dict):
    """Style name → the style's id in this document, looked up once.

    python-docx's ``paragraph.style = "Name"`` scans every style of the document for the default
    one on each call (about 4 ms with the stock template's 160 styles): a 40-clause declaration spent
    most of its time there. Builders resolve their styles once and write the id (w:pStyle) directly."""

    def __init__(self, document: Document, names):
        super().__init__((name, document.styles[name].style_id) for name in names)


def add_paragraph(container, text: str, style_id: str):
    """A paragraph of ``text`` in the style ``style_id`` at the end of ``container`` (document, cell)."""
    paragraph = container.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def first_paragraph(cell, text: str, style_id: str):
    """A new cell holds one empty paragraph already: use it rather than add a second."""
    paragraph = cell.paragraphs[0]
    paragraph._p.style = style_id
    if text:
        paragraph.add_run(text)
    return paragraph


def set_table_style(table: Table, style_id: str) -> None:
    table._tbl.tblPr.style = style_id


def set_repeat_header(row: _Row) -> None:
    """The row is the table's heading, repeated at the top of every page the table runs onto."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:tblHeader")) is None:
        tr_pr.insert_element_before(OxmlElement("w:tblHeader"),
                                    "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")


def set_properties(document: Document, title: str, language: str) -> None:
    """The file's own properties, none of the template's: its title and language, created and modified
    now, revision 1, nothing else in docProps/core.xml (the template's description, author, last
    printed … are dropped); docProps/app.xml names organiser and no counts of pages or words (which
    would be the template's, until Word recounts)."""
    from datetime import datetime, timezone

    properties = document.core_properties
    for child in list(properties._element):
        properties._element.remove(child)
    properties.title = title
    properties.language = language
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    properties.created = properties.modified = now
    properties.revision = 1
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = APP_PROPERTIES


# docProps/app.xml of every file written; python-docx has no API for it, so its part's bytes are replaced.
APP_PROPERTIES = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>organiser</Application><DocSecurity>0</DocSecurity></Properties>"
)
