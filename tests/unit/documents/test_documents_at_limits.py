"""Every document at its limits, rendered by LibreOffice and read back page by page: badges fill their
pages and leave none empty, a name too long for its card is set smaller (its position and role still
printed) or reported, never cut; a place card for every party the seating plan seats; the venue on every
document that names the place.
"""
from __future__ import annotations

import shutil
import docx
import pytest
from docx.oxml.ns import qn

from organiser.documents import export as documents
from organiser.documents import lists_content
from organiser.documents.badges import NAME_STYLES as BADGE_NAME_STYLES, build_badges
from organiser.documents.fitting import DoesNotFitError
from organiser.documents.pdf import convert_to_pdf, libreoffice
from organiser.documents.place_cards import NAME_STYLES as CARD_NAME_STYLES, build_place_cards
from organiser.documents.protocol_content import Badge, Badges, PlaceCard, PlaceCards, place_cards_content
from organiser.documents.protocol_content import seating_content
from organiser.services import events

from test_rendered_pdf import _flat, _page_count, _pages

MEETING, SEMINAR = 1, 2
EVENT = "3rd meeting of the Council of Prosecutors General"
# A surname of 160 letters, without a space to break it at.
LONG_SURNAME = ("ABDULKHAMIDOVNA" * 11)[:160]


def rendered(test):
    for mark in (pytest.mark.slow,
                 pytest.mark.skipif(libreoffice() is None, reason="needs LibreOffice (soffice) to render Word files"),
                 pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdfinfo")),
                                    reason="needs poppler-utils (pdftotext, pdfinfo)")):
        test = mark(test)
    return test


def _badges(count: int, **replace: Badge) -> Badges:
    badges = [Badge(f"Given{n} SURNAME{n}", "Prosecutor General", f"Republic number {n}", "Head of delegation")
              for n in range(1, count + 1)]
    for index, badge in replace.items():
        badges[int(index.lstrip("_"))] = badge
    return Badges("en", "Badges", EVENT, tuple(badges))


def _squeezed(text: str) -> str:
    return "".join(text.split())


# --- badges --------------------------------------------------------------------------------------------

@rendered
@pytest.mark.parametrize("count, pages", [(8, 1), (16, 2), (21, 3), (24, 3)])
def test_badges_fill_their_pages_and_leave_none_empty(tmp_path, count, pages):
    content = _badges(count)
    pdf = convert_to_pdf(build_badges(content, tmp_path / "b.docx"), tmp_path / "b.pdf")
    texts = _pages(pdf)
    assert _page_count(pdf) == len(texts) == pages
    for number, page in enumerate(texts):
        on_page = content.badges[number * 8:(number + 1) * 8]
        assert [badge.name in page for badge in on_page] == [True] * len(on_page)
        assert page.count("Head of delegation") == len(on_page) and page.count(EVENT) == len(on_page)
        assert not any(f"{badge.name}\n" in page for badge in content.badges if badge not in on_page)


@rendered
def test_a_160_letter_surname_is_set_smaller_with_its_position_and_role_printed(tmp_path):
    long_badge = Badge(f"Aigerim {LONG_SURNAME}", "Prosecutor General of the Republic of Kazakhstan",
                       "Republic of Kazakhstan", "Member of delegation")
    content = _badges(21, _4=long_badge)
    path = build_badges(content, tmp_path / "b.docx")
    names = [p for p in docx.Document(str(path)).tables[0].rows[2].cells[0].paragraphs if "Aigerim" in p.text]
    assert names[0].style.name in BADGE_NAME_STYLES[1:]  # a smaller style than the template's first
    pdf = convert_to_pdf(path, tmp_path / "b.pdf")
    pages = _pages(pdf)
    assert _page_count(pdf) == 3
    assert LONG_SURNAME in _squeezed(pages[0])  # every letter, on the badge's page
    first = _flat(pages[0])
    assert "Prosecutor General of the Republic of Kazakhstan" in first and "Member of delegation" in first
    assert first.count(EVENT) == 8 and "Given6 SURNAME6" in first  # its neighbour whole too


def test_a_name_too_long_for_any_style_is_reported_and_nothing_written(tmp_path):
    content = _badges(3, _1=Badge("Aigerim " + "ABDULKHAMIDOVNA " * 60, "Prosecutor General", "Kazakhstan",
                                   "Member of delegation"))
    with pytest.raises(DoesNotFitError, match="Aigerim ABDULKHAMIDOVNA") as caught:
        build_badges(content, tmp_path / "b.docx")
    assert "smallest style" in str(caught.value) and len(caught.value.texts) == 1
    assert not (tmp_path / "b.docx").exists()


# --- place cards ---------------------------------------------------------------------------------------

def test_a_place_card_for_every_party_the_seating_plan_seats(sample_db):
    for event_id in (MEETING, SEMINAR):
        cards = place_cards_content(sample_db, event_id=event_id)
        plan = seating_content(sample_db, event_id=event_id)
        # The plan seats the host first; the cards come in protocol order: the same parties and people.
        heads = sorted((row.delegation, row.name) for row in plan.legend if row.delegation)
        assert sorted((card.delegation, card.name) for card in cards.cards) == heads
        assert len(heads) == len(plan.plan.heads)


def test_place_cards_include_guests_and_organisations(sample_db):
    from organiser.domain.model import DelegationKind

    for event_id in (MEETING, SEMINAR):
        delegations = events.ordered_delegations(sample_db, event_id=event_id)
        cards = place_cards_content(sample_db, event_id=event_id).cards
        assert len(cards) == len(delegations)
    kinds = {d.kind for e in (MEETING, SEMINAR) for d in events.ordered_delegations(sample_db, event_id=e)}
    assert DelegationKind.ORGANISATION in kinds


@rendered
def test_a_long_name_on_a_place_card_is_set_smaller_never_cut(tmp_path):
    cards = PlaceCards("en", "Place cards", (
        PlaceCard("Kamran ALIYEV", "Republic of Azerbaijan"),
        PlaceCard(f"Aigerim {LONG_SURNAME}", "Republic of Kazakhstan"),
        PlaceCard("", "Organization for Security and Co-operation in Europe"),
    ))
    path = build_place_cards(cards, tmp_path / "c.docx")
    pdf = convert_to_pdf(path, tmp_path / "c.pdf")
    pages = _pages(pdf)
    assert _page_count(pdf) == 3
    assert "Kamran ALIYEV" in pages[0] and LONG_SURNAME in _squeezed(pages[1])
    assert "Republic of Kazakhstan" in pages[1] and "Organization for Security and Co-operation in Europe" in pages[2]
    document = docx.Document(str(path))
    ids = {document.styles[name].style_id: name for name in CARD_NAME_STYLES}
    used = [ids[element.get(qn("w:val"))] for element in document.element.body.iter(qn("w:pStyle"))
            if element.get(qn("w:val")) in ids]
    assert used[0] == CARD_NAME_STYLES[0] and used[1] in CARD_NAME_STYLES[1:]  # the long name set smaller


def test_a_place_card_too_long_for_any_style_is_reported(tmp_path):
    cards = PlaceCards("en", "Place cards", (PlaceCard("Aigerim " + "ABDULKHAMIDOVNA " * 80, "Kazakhstan"),))
    with pytest.raises(DoesNotFitError, match="place cards"):
        build_place_cards(cards, tmp_path / "c.docx")
    assert not (tmp_path / "c.docx").exists()


# --- the venue -----------------------------------------------------------------------------------------

VENUE = "Ala-Archa State Residence"


@pytest.fixture
def with_venue(sample_db):
    for event_id in (MEETING, SEMINAR):
        event = events.get_event(sample_db, event_id=event_id)
        event.venue = {"en": VENUE}
        events.save_event(sample_db, event=event)
    return sample_db


@pytest.mark.parametrize("kind, event_id", [("programme", SEMINAR), ("participants", MEETING),
                                            ("signature-sheet", MEETING), ("seating", MEETING)])
def test_the_venue_is_on_every_document_that_names_the_place(with_venue, tmp_path, kind, event_id):
    out = documents.export_document(with_venue, kind=kind, event_id=event_id, out=tmp_path / f"{kind}.docx")
    document = docx.Document(str(out))
    subtitles = [p.text for p in document.paragraphs if p.style.name == "Document Subtitle"]
    assert VENUE in subtitles
    assert subtitles.index(VENUE) == len(subtitles) - 1 or kind == "seating"


def test_a_venue_missing_in_the_documents_language_is_reported(with_venue):
    from organiser.documents.names import MissingNamesError

    with pytest.raises(MissingNamesError, match="its venue"):
        lists_content.participants_content(with_venue, event_id=MEETING, language="ru")


@rendered
def test_the_venue_prints_on_the_programme(with_venue, tmp_path):
    out = documents.export_document(with_venue, kind="programme", event_id=SEMINAR, out=tmp_path / "p.docx",
                                    pdf=True)
    pages = _pages(out.with_suffix(".pdf"))
    assert VENUE in pages[0]


# --- the seating plan ----------------------------------------------------------------------------------

def _seating(parties: int, people: int = 1, arrangement: str = "long-table"):
    from organiser.documents.content import Heading
    from organiser.documents.protocol_content import LegendRow, SeatingContent
    from organiser.domain.seating import Party, arrange

    seated = [Party(f"S{n}", f"State {n}", tuple(f"Given{n}x{m} SURNAME{n}" for m in range(people)))
              for n in range(1, parties + 1)]
    plan = arrange(seated, arrangement, chair_key="S1", members=people > 1)
    legend = tuple(LegendRow(seat.label, f"Republic number {seat.party.key}" if seat.row == 0 else "", seat.person)
                   for seat in sorted(plan.seats, key=lambda s: (s.number, s.row)))
    return SeatingContent("en", Heading("Seating plan", (EVENT, "25 July 2024, Bishkek")), plan,
                          ("Place", "Delegation", "Name"), "Chair", legend)


@pytest.mark.parametrize("arrangement", ["long-table", "u-shape", "hollow-square"])
@pytest.mark.parametrize("parties, people", [(3, 1), (6, 1), (10, 1), (20, 1), (20, 2), (13, 3), (40, 1)])
def test_the_plan_prints_its_text_at_8_points_or_more_up_to_40_seats(arrangement, parties, people):
    from organiser import paths
    from organiser.documents.seating import MIN_TEXT, plan_layout

    document = docx.Document(str(paths.docx_template("seating.docx")))
    layout = plan_layout(document, _seating(parties, people, arrangement))
    assert MIN_TEXT == 8.0 and layout.text_points >= MIN_TEXT
    if parties * people >= 20:
        assert not layout.beside


def test_the_samples_plan_keeps_its_legend_beside_it(sample_db):
    from organiser.documents.seating import plan_layout

    from organiser import paths

    document = docx.Document(str(paths.docx_template("seating.docx")))
    for event_id in (MEETING, SEMINAR):
        layout = plan_layout(document, seating_content(sample_db, event_id=event_id))
        assert layout.beside and not layout.numbers_only and layout.text_points >= 8


@rendered
def test_a_large_plan_has_its_legend_on_pages_of_its_own(tmp_path):
    from organiser.documents.seating import build_seating

    content = _seating(20, 2)
    pdf = convert_to_pdf(build_seating(content, tmp_path / "s.docx"), tmp_path / "s.pdf")
    pages = _pages(pdf)
    assert _page_count(pdf) == len(pages) >= 2
    assert "Seating plan" in pages[0] and EVENT in _flat(pages[0])
    assert "Republic number" not in pages[0] and "Place Delegation Name" not in _flat(pages[0])
    rest = "\n".join(pages[1:])
    assert _flat(pages[1]).startswith("Place Delegation Name")
    for row in content.legend:
        assert row.name in rest and (not row.delegation or row.delegation in rest)
    assert all(_flat(page).startswith("Place Delegation Name") for page in pages[1:])  # the header repeats


@rendered
def test_a_small_plan_is_one_page_with_its_legend_beside_it(tmp_path):
    from organiser.documents.seating import build_seating

    content = _seating(5)
    pdf = convert_to_pdf(build_seating(content, tmp_path / "s.docx"), tmp_path / "s.pdf")
    pages = _pages(pdf)
    assert _page_count(pdf) == 1
    assert all(row.name in pages[0] for row in content.legend)
