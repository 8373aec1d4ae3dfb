"""The declaration's signature block at every size, rendered by LibreOffice and read back page by page: every
signatory on the pages the builder reported (documents/signature_block.py), no party split across pages (its
institution and its name on one page), the closing formula on the block's first page, the heading row on
every page of the block. The sample's 3rd meeting text, with 1 to 60 parties in one language and 5 to 20
side by side (English and Azerbaijani): one LibreOffice conversion a case.
"""
from __future__ import annotations

import dataclasses
import re

import pytest

from organiser.documents.declaration import write_declaration, write_parallel_declaration
from organiser.domain.declaration import RenderedClause, RenderedDeclaration, SignatureRow
from organiser.domain.model import ClauseKind
from organiser.services.declarations import render_event_declaration
from test_rendered_pdf import _column_pages, _flat, _pages, _pdf, pytestmark  # noqa: F401 (slow, needs LibreOffice)

MEETING = 1


def _parties(count: int, language: str) -> list[SignatureRow]:
    """``count`` signatories, institutions of three lengths in turn; each name and institution unique."""
    kinds = ("Prosecutor General's Office of the Republic", "General Prosecution Office of the Supreme Court "
             "of Appeal of the Republic", "Office of the Republic")
    return [SignatureRow(f"{kinds[n % 3]} {n}{language.upper()}", f"Given{n} SURNAME{n}{language.upper()}",
                         "Prosecutor General") for n in range(1, count + 1)]


def _party_pages(party: SignatureRow, pages: list[str]) -> tuple[list[int], list[int]]:
    """The pages (from 1) showing the party's name, and those showing its institution."""
    named = [number for number, page in enumerate(pages, 1) if party.name.split()[-1] in page.split()]
    institution = _flat(party.institution)
    placed = [number for number, page in enumerate(pages, 1) if institution in _flat(page)]
    return named, placed


def _check(plan, parties: list[SignatureRow], pages: list[str], closing: str, heading: str) -> None:
    reported = set(plan.page_numbers)
    seen = set()
    for party in parties:
        named, placed = _party_pages(party, pages)
        assert len(named) == 1 and named == placed, f"{party.name} split or missing: {named} {placed}"
        assert named[0] in reported, f"{party.name} on page {named[0]}, reported {plan.describe()}"
        seen.add(named[0])
    assert seen == reported, f"reported {plan.describe()}, names on pages {sorted(seen)}"
    assert _flat(closing) in _flat(pages[plan.first_page - 1]), "the closing formula is on the block's first page"
    for number in reported:
        assert heading in pages[number - 1], f"the heading row on page {number}"


@pytest.mark.parametrize("count", [1, 5, 6, 12, 13, 20, 30, 60])
def test_one_language(multilingual_db, tmp_path, count):
    rendered = render_event_declaration(multilingual_db, event_id=MEETING, language="en")
    parties = _parties(count, "en")
    rendered = dataclasses.replace(rendered, signatures=parties)
    path, plan = write_declaration(rendered, tmp_path / f"d{count}.docx")
    pages = _pages(_pdf(path))
    assert plan.count == count
    _check(plan, parties, pages, rendered.body[-1].text, rendered.signature_heading[0])
    assert len(pages) == plan.last_page, "nothing after the block"


def test_a_denser_grid_keeps_the_block_where_the_text_ends(tmp_path):
    """Six parties one a row do not fit under a short text; two a row do, on its page."""
    body = [RenderedClause(ClauseKind.PREAMBLE, "The Council declared the following:"),
            *(RenderedClause(ClauseKind.OPERATIVE, f"To cooperate in matter number {n}, as the parties agreed.", n)
              for n in range(1, 6)),
            RenderedClause(ClauseKind.CLOSING_FORMULA, "Signed in Bishkek, on the 25 of July 2024, in English.")]
    parties = _parties(6, "en")
    rendered = RenderedDeclaration("en", "Declaration", body, ("MEMBER INSTITUTION", "PROSECUTOR GENERAL"), parties)
    path, plan = write_declaration(rendered, tmp_path / "denser.docx")
    assert plan.describe() == "6 signatories, 2 a row (denser, to fit), block on page 1 with the closing formula"
    pages = _pages(_pdf(path))
    _check(plan, parties, pages, body[-1].text, rendered.signature_heading[0])
    assert len(pages) == 1


@pytest.mark.parametrize("count", [5, 6, 12, 20])
def test_side_by_side(multilingual_db, tmp_path, count):
    versions = [dataclasses.replace(render_event_declaration(multilingual_db, event_id=MEETING, language=language),
                                    signatures=_parties(count, language)) for language in ("en", "az")]
    path, plan = write_parallel_declaration(versions, tmp_path / f"p{count}.docx")
    pdf = _pdf(path)
    for column, version in enumerate(versions):
        _check(plan, version.signatures, _column_pages(pdf, column), version.body[-1].text,
               version.signature_heading[0])
    assert len(_pages(pdf)) == plan.last_page


def test_what_is_reported():
    from organiser.documents.signature_block import BlockPlan

    assert BlockPlan(12, 3, 2, False, (4,)).describe() == "12 signatories, 3 a row, block on page 2 with the closing formula"
    assert BlockPlan(1, 1, 1, True, (1,)).describe() == ("1 signatory, one a row, block on page 1 with the closing "
                                                         "formula, from a new page")
    assert BlockPlan(6, 2, 2, False, (3,), denser=True).describe() == (
        "6 signatories, 2 a row (denser, to fit), block on page 2 with the closing formula")
    assert BlockPlan(30, 3, 2, True, (5, 5)).describe() == (
        "30 signatories, 3 a row, block on pages 2–3 (from a new page), the heading repeated on each, "
        "the closing formula on page 2")
