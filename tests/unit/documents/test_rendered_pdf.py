"""Every kind of export rendered by LibreOffice to PDF and read back with poppler's pdftotext:
page count, every text written present (hence every name and glyph), no placeholder left, the
declaration's signature block on one page, and every glyph drawn from a font that has it.

These are the layout as a reader sees it; python-docx read-backs cannot show a split block or a box
in place of a letter. They need LibreOffice (soffice), poppler-utils and fontconfig.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from organiser.documents.content import Heading, SignatureSheet
from organiser.documents.declaration import build_declaration
from organiser.documents.pdf import convert_to_pdf, libreoffice
from organiser.documents.signature_sheet import build_signature_sheet
from organiser.domain.declaration import RenderedClause, RenderedDeclaration, SignatureRow
from organiser.domain.model import ClauseKind
from organiser.documents import export as documents
from organiser.documents import lists_content
from organiser.documents.declaration_content import declaration_content
from organiser.documents.request import Request
from organiser.services.declarations import render_event_declaration

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(libreoffice() is None, reason="needs LibreOffice (soffice) to render Word files to PDF"),
    pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdfinfo") and shutil.which("pdffonts")),
                       reason="needs poppler-utils (pdftotext, pdfinfo, pdffonts) to read the PDF"),
]

MEETING, SEMINAR = 1, 2

# The letters the issue names, both cases where they have two, and a sentence a language.
GLYPHS = "Əə ıİ Şş Ğğ Өө Үү Ққ Ңң Ұұ Һһ Іі Әә Ғғ Ёё oʻ Oʻ gʻ Üü Öö Çç Ýý"
SENTENCES = {
    "en": "The Prosecutors General of the Republic of Türkiye and of the Kyrgyz Republic agreed.",
    "ru": "Генеральные прокуроры договорились о сотрудничестве; всё подписано.",
    "tr": "Türkiye Cumhuriyeti Yargıtay Cumhuriyet Başsavcılığı, İstanbul’da ılık bir günde toplandı.",
    "az": "Azərbaycan Respublikasının Baş Prokurorluğu əməkdaşlığı gücləndirməyi qərara aldı.",
    "kk": "Қазақстан Республикасының Бас прокуратурасы, Ұлттық Үкімет, Өңірлік Һәм Іс-шара, ғылым.",
    "ky": "Кыргыз Республикасынын Башкы прокуратурасы Өкмөт менен Үй-бүлө маселесин ңаамай талкуулады.",
    "uz": "Oʻzbekiston Respublikasi Bosh prokuraturasi gʻoyalarini maʼqulladi.",
}
SIGNATORIES = [
    SignatureRow("Azərbaycan Respublikasının Baş Prokurorluğu", "Kamran ƏLİYEV", "Baş prokuror"),
    SignatureRow("Қазақстан Республикасының Бас прокуратурасы", "Берік АСЫЛОВ", "Бас прокурор"),
    SignatureRow("Кыргыз Республикасынын Башкы прокуратурасы", "Максат АСАНАЛИЕВ", "Башкы прокурор"),
    SignatureRow("Oʻzbekiston Respublikasi Bosh prokuraturasi", "Nigʻmatilla YOʻLDOSHEV", "Bosh prokuror"),
    SignatureRow("Türkiye Cumhuriyeti Yargıtay Cumhuriyet Başsavcılığı", "Muhsin ŞENTÜRK", "Başsavcı"),
]


def _pdf(docx: Path) -> Path:
    return convert_to_pdf(docx, docx.with_suffix(".pdf"))


def _pages(pdf: Path) -> list[str]:
    # -raw: the content stream's order, a line at a time; the default reading order takes the wide gaps
    # of a justified line for columns and moves its last word elsewhere.
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True,
                          timeout=60).stdout
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=60).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _column_pages(pdf: Path, column: int) -> list[str]:
    """The text of the left (0) or right (1) half of each A4 page: one language of a side-by-side text."""
    width, height = 595, 842  # A4 in PostScript points
    command = ["pdftotext", "-raw", "-x", str(column * width // 2), "-y", "0", "-W", str(width // 2), "-H", str(height),
               str(pdf), "-"]
    pages = subprocess.run(command, check=True, capture_output=True, text=True, timeout=60).stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _missing_lines(lines: list[str], pdf_text: str) -> list[str]:
    # A line broken after a hyphen ("сын-" / "қатерлер") is one word again.
    flat = _flat(re.sub(r"-\s*\n\s*", "-", pdf_text))
    return [line for line in lines if _flat(line) not in flat]


def _glyphs_without_font(pdf: Path, text: str) -> set[str]:
    """The letters of ``text`` that none of the fonts embedded in the PDF has: what prints as a box."""
    listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True,
                             timeout=60).stdout.splitlines()[2:]
    covered: list[tuple[int, int]] = []
    for line in listing:
        name = line.split()[0].split("+", 1)[-1]  # "BAAAAA+LiberationSerif-Bold" → "LiberationSerif-Bold"
        family, _, style = name.partition("-")
        pattern = f"{family}:style={style}" if style else family
        font_file = subprocess.run(["fc-match", "--format=%{file}", pattern], capture_output=True, text=True,
                                   timeout=60).stdout
        charset = subprocess.run(["fc-query", "--format=%{charset}", font_file], capture_output=True, text=True,
                                 timeout=60).stdout
        for part in charset.split():
            low, _, high = part.partition("-")
            covered.append((int(low, 16), int(high or low, 16)))
    return {c for c in set(text) if not c.isspace() and not any(low <= ord(c) <= high for low, high in covered)}


def _check_all_written(lines: list[str], pdf: Path, pages: list[str]) -> None:
    text = "\n".join(pages)
    assert _missing_lines(lines, text) == []
    assert "{" not in text and "}" not in text
    written = "".join(lines)
    # Spaces, the no-break ones included (ru and kk dates: "2024 ж." with U+202F), come out as spaces.
    spaces = {c for c in set(written) if c.isspace()}
    assert set(written) - set(text) - spaces == set(), "letters lost between the Word file and the PDF"
    assert _glyphs_without_font(pdf, written) == set(), "letters no embedded font can draw"


# --- the sample's documents --------------------------------------------------------------------------

def test_declaration_of_the_meeting(sample_db, tmp_path):
    rendered = render_event_declaration(sample_db, event_id=MEETING)
    out = documents.export_document(sample_db, kind="declaration", event_id=MEETING, out=tmp_path / "d.docx",
                                    pdf=True)
    pdf = out.with_suffix(".pdf")
    pages = _pages(pdf)
    assert _page_count(pdf) == len(pages) == 2
    _check_all_written(rendered.lines()[:-len(rendered.signatures) - 1]
                       + [s.institution for s in rendered.signatures] + [s.name for s in rendered.signatures]
                       + list(rendered.signature_heading), pdf, pages)
    closing = rendered.body[-1].text
    holding = [page for page in pages if closing in _flat(page)]
    assert len(holding) == 1, "the closing formula is on one page"
    block = _flat(holding[0])
    assert all(_flat(piece) in block for piece in (*rendered.signature_heading,
                                                   *(s.name for s in rendered.signatures),
                                                   *(s.institution for s in rendered.signatures)))


def test_signature_sheet_of_the_meeting_on_one_page(sample_db, tmp_path):
    content = lists_content.signature_sheet_content(sample_db, event_id=MEETING)
    out = documents.export_document(sample_db, kind="signature-sheet", event_id=MEETING, out=tmp_path / "s.docx",
                                    pdf=True)
    pdf = out.with_suffix(".pdf")
    pages = _pages(pdf)
    assert _page_count(pdf) == 1
    assert len(content.signatures) == 5
    _check_all_written(content.lines(), pdf, pages)


def test_signature_sheet_a_page_per_signatory(sample_db, tmp_path):
    content = lists_content.signature_sheet_content(sample_db, event_id=MEETING)
    out = documents.export_document(sample_db, kind="signature-sheet", event_id=MEETING, out=tmp_path / "p.docx",
                                    pdf=True, page_per_signatory=True)
    pdf = out.with_suffix(".pdf")
    pages = _pages(pdf)
    assert _page_count(pdf) == 5
    for page, row in zip(pages, content.signatures):
        assert _missing_lines([row.institution, row.name, row.position, *content.heading.lines()], page) == []
        others = [other.name for other in content.signatures if other is not row]
        assert not any(name in page for name in others)


@pytest.mark.parametrize("event_id, language, pages", [(MEETING, "en", 1), (SEMINAR, "en", 1), (SEMINAR, "az", 1)])
def test_participants(sample_db, tmp_path, event_id, language, pages):
    content = lists_content.participants_content(sample_db, event_id=event_id, language=language)
    out = documents.export_document(sample_db, kind="participants", event_id=event_id, language=language,
                                    out=tmp_path / "l.docx", pdf=True)
    pdf = out.with_suffix(".pdf")
    assert _page_count(pdf) == pages
    _check_all_written(content.lines(), pdf, _pages(pdf))


@pytest.mark.parametrize("language", ["en", "az"])
def test_programme_of_the_seminar(sample_db, tmp_path, language):
    content = lists_content.programme_content(sample_db, event_id=SEMINAR, language=language)
    out = documents.export_document(sample_db, kind="programme", event_id=SEMINAR, language=language,
                                    out=tmp_path / "p.docx", pdf=True)
    pdf = out.with_suffix(".pdf")
    assert _page_count(pdf) == 1
    _check_all_written(content.lines(), pdf, _pages(pdf))


# --- every glyph of the seven languages --------------------------------------------------------------

def _glyph_declaration() -> RenderedDeclaration:
    body = [RenderedClause(ClauseKind.PREAMBLE, f"{language}: {text}") for language, text in SENTENCES.items()]
    body += [RenderedClause(ClauseKind.OPERATIVE, f"{GLYPHS} ({n})", n) for n in range(1, 3)]
    body.append(RenderedClause(ClauseKind.CLOSING_FORMULA, "Signed in Bishkek, in seven languages: Қол қойылды."))
    return RenderedDeclaration("kk", "Декларация · Bəyannamə · Beyanname · Deklaratsiya", body,
                               ("MEMBER INSTITUTION", "PROSECUTOR GENERAL"), SIGNATORIES)


def test_a_declaration_prints_every_glyph_of_the_seven_languages(tmp_path):
    rendered = _glyph_declaration()
    pdf = _pdf(build_declaration(rendered, tmp_path / "glyphs.docx"))
    pages = _pages(pdf)
    lines = [rendered.title, *(c.numbered_text for c in rendered.body), *rendered.signature_heading,
             *(s.institution for s in SIGNATORIES), *(s.name for s in SIGNATORIES)]
    _check_all_written(lines, pdf, pages)
    for glyph in "Əə ı İ Ş Ğ Ө Ү Қ Ң Ұ Һ І oʻ".split():
        assert glyph in "".join(pages), glyph


def test_a_signature_sheet_prints_every_glyph(tmp_path):
    sheet = SignatureSheet("kk", Heading("Қолтаңба парағы", (GLYPHS,)),
                           ("№", "Мекеме", "Аты-жөні және лауазымы", "Қолы"), SIGNATORIES)
    pdf = _pdf(build_signature_sheet(sheet, tmp_path / "glyphs-sheet.docx"))
    _check_all_written(sheet.lines(), pdf, _pages(pdf))


@pytest.mark.parametrize("count", [8, 12])
def test_a_long_declaration_with_many_signatories_keeps_its_block_on_one_page(tmp_path, count):
    """The benchmark's declaration (40 clauses), with long institution names: closing formula and
    every signatory on the last page."""
    import dataclasses
    import importlib.util

    bench = Path(__file__).resolve().parents[3] / "bench" / "bench_export.py"
    spec = importlib.util.spec_from_file_location("bench_export", bench)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [SignatureRow(f"General Prosecution Office of the Supreme Court of Appeal of the Republic number {n}",
                         f"Given{n} SURNAME{n}", "Prosecutor General") for n in range(1, count + 1)]
    rendered = dataclasses.replace(module.declaration(), signatures=rows)
    pdf = _pdf(build_declaration(rendered, tmp_path / "long.docx"))
    pages = _pages(pdf)
    closing = rendered.body[-1].text
    holding = [page for page in pages if closing in _flat(page)]
    assert len(holding) == 1
    assert all(row.name in holding[0] for row in rows)
    assert all(_flat(row.institution) in _flat(holding[0]) for row in rows)


# --- several languages ------------------------------------------------------------------------------

def test_declaration_in_english_and_azerbaijani_side_by_side(multilingual_db, tmp_path):
    """Every text of both languages printed, every glyph drawn; the closing formula, headings and every
    signatory in both languages on one page, the last."""
    request = Request(MEETING, ("en", "az"))
    versions = [declaration_content(multilingual_db, request=request, language=lang) for lang in ("en", "az")]
    out = documents.export_document(multilingual_db, kind="declaration", event_id=MEETING, languages=["en", "az"],
                                    out=tmp_path / "en-az.docx", pdf=True)
    pdf = out.with_suffix(".pdf")
    pages = _pages(pdf)
    assert _page_count(pdf) == len(pages) == 3
    for column, version in enumerate(versions):
        lines = [version.title, *(c.numbered_text for c in version.body), *version.signature_heading,
                 *(s.institution for s in version.signatures), *(s.name for s in version.signatures)]
        halves = _column_pages(pdf, column)
        _check_all_written(lines, pdf, halves)
        last = _flat(halves[-1])
        assert _flat(version.body[-1].text) in last
        assert all(_flat(piece) in last for piece in (*version.signature_heading,
                                                     *(s.name for s in version.signatures),
                                                     *(s.institution for s in version.signatures)))
    for glyph in "Ə ə İ ı Ş ş ğ ç ö ü".split():
        assert glyph in "".join(pages), glyph


def test_declaration_in_kazakh(multilingual_db, tmp_path):
    rendered = render_event_declaration(multilingual_db, event_id=MEETING, language="kk")
    out = documents.export_document(multilingual_db, kind="declaration", event_id=MEETING, language="kk",
                                    out=tmp_path / "kk.docx", pdf=True)
    pdf = out.with_suffix(".pdf")
    pages = _pages(pdf)
    assert _page_count(pdf) == len(pages) == 2
    lines = [rendered.title, *(c.numbered_text for c in rendered.body), *rendered.signature_heading,
             *(s.institution for s in rendered.signatures), *(s.name for s in rendered.signatures)]
    _check_all_written(lines, pdf, pages)
    kazakh = [letter for letter in "ӘәҒғҚқҢңӨөҰұҮүҺһІі" if letter in "".join(lines)]
    assert len(kazakh) >= 10 and [letter for letter in kazakh if letter not in "".join(pages)] == []
    holding = [page for page in pages if _flat(rendered.body[-1].text) in _flat(page)]
    assert len(holding) == 1
    assert all(_flat(s.name) in _flat(holding[0]) for s in rendered.signatures)


def test_twelve_signatories_two_columns_or_more_one_page_every_name(tmp_path):
    """Twelve signatories of a short declaration: several a row, the block whole on one page."""
    rows = [SignatureRow(f"Prosecutor General's Office of the Republic number {n}", f"Given{n} SURNAME{n}",
                         "Prosecutor General") for n in range(1, 13)]
    body = [RenderedClause(ClauseKind.PREAMBLE, "The Council declared the following:"),
            *(RenderedClause(ClauseKind.OPERATIVE, f"To cooperate in matter number {n}.", n) for n in range(1, 6)),
            RenderedClause(ClauseKind.CLOSING_FORMULA, "Signed in Bishkek, on the 25 of July 2024, in English.")]
    rendered = RenderedDeclaration("en", "Declaration", body, ("MEMBER INSTITUTION", "PROSECUTOR GENERAL"), rows)
    pdf = _pdf(build_declaration(rendered, tmp_path / "twelve.docx"))
    pages = _pages(pdf)
    holding = [page for page in pages if rendered.body[-1].text in _flat(page)]
    assert len(holding) == 1
    assert all(row.name in holding[0] for row in rows)
    assert sum(page.count("SURNAME") for page in pages) == 12
