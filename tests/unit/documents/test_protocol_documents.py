"""The protocol outputs — seating plan, place cards, badges — read back from the Word files they write:
one protocol order drives them all, names in the document's language or an error naming what lacks one."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from organiser.documents.export import export_document
from organiser.documents.names import MissingNamesError
from organiser.documents.pdf import convert_to_pdf, libreoffice
from organiser.documents.protocol_content import badges_content, place_cards_content, seating_content
from organiser.domain.model import Person, PersonName, Role
from organiser.domain.protocol import HostPlacement
from organiser.services import delegations as delegation_service
from organiser.services.events import ordered_delegations

MEETING, SEMINAR = 1, 2
# The 3rd meeting in the Turkish alphabet (its own rule) and in the English one.
TURKISH = ["Kyrgyz Republic", "Republic of Azerbaijan", "Republic of Kazakhstan", "Republic of Uzbekistan",
           "Republic of Türkiye", "Organization of Turkic States"]
ENGLISH = ["Kyrgyz Republic", "Republic of Azerbaijan", "Republic of Kazakhstan", "Republic of Türkiye",
           "Republic of Uzbekistan", "Organization of Turkic States"]


def set_precedence(workspace, language: str) -> None:
    delegation_service.set_precedence(workspace, event_id=MEETING, language=language,
                                      host_placement=HostPlacement.IN_ORDER)


def legend(path: Path) -> list[list[str]]:
    """The rows of the seating plan's legend: the table inside the layout table's second cell (beside the
    picture), or the document's one table after the picture (a plan too large for it to stand beside)."""
    document = docx.Document(str(path))
    (table,) = document.tables
    beside = table.rows[0].cells[1].tables if len(table.columns) == 2 else []
    inner = beside[0] if beside else table
    assert inner.style.name == "Legend Table"
    return [[cell.text for cell in row.cells] for row in inner.rows]


def text_boxes(path: Path) -> list[str]:
    body = docx.Document(str(path)).element.body
    return ["\n".join("".join(t.text for t in p.iter(qn("w:t"))) for p in box.iter(qn("w:p")))
            for box in body.iter(qn("w:txbxContent"))]


# --- seating plan ------------------------------------------------------------------------------------

def test_the_seating_plan_seats_the_host_in_the_chair_and_the_others_by_protocol_order(sample_db, tmp_path):
    out = export_document(sample_db, kind="seating", event_id=MEETING, out=tmp_path / "seating.docx")
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.text]
    assert headings[:4] == ["Seating plan",
                            "3rd meeting of the Council of Prosecutors General of the Organization of Turkic States",
                            "25 July 2024, Bishkek", "Meeting table"]
    rows = legend(out)
    assert rows[0] == ["Place", "Delegation", "Name"]
    assert [row[0] for row in rows[1:]] == ["1", "2", "3", "4", "5", "6"]
    assert [row[1] for row in rows[1:]] == ["Kyrgyz Republic (Chair)", *TURKISH[1:]]
    assert [row[2] for row in rows[1:]] == ["Maksat ASANALIEV", "Kamran ALIYEV", "Berik ASYLOV",
                                            "Nigmatilla YULDOSHEV", "Muhsin ŞENTÜRK", "Kubanýchbek OMURALIEV"]
    # The plan itself: one picture, a PNG wider than it is tall for a long table.
    (picture,) = document.inline_shapes
    assert picture.width > picture.height
    blobs = [rel.target_part.blob for rel in document.part.rels.values() if "image" in rel.reltype]
    assert len(blobs) == 1 and blobs[0][:8] == b"\x89PNG\r\n\x1a\n"


def test_switching_the_precedence_language_reorders_the_seating_plan(sample_db, tmp_path):
    set_precedence(sample_db, "en")
    out = export_document(sample_db, kind="seating", event_id=MEETING, out=tmp_path / "seating.docx")
    assert [row[1] for row in legend(out)[1:]] == ["Kyrgyz Republic (Chair)", *ENGLISH[1:]]
    plan = seating_content(sample_db, event_id=MEETING).plan
    assert [s.party.key for s in sorted(plan.heads, key=lambda s: s.number)] == ["KG", "AZ", "KZ", "TR", "UZ", "OTS"]


@pytest.mark.parametrize("arrangement, words", [("u-shape", "U-shape"), ("hollow-square", "Hollow square")])
def test_the_arrangement_is_chosen_and_named(sample_db, tmp_path, arrangement, words):
    out = export_document(sample_db, kind="seating", event_id=SEMINAR, out=tmp_path / "seating.docx",
                          arrangement=arrangement)
    assert words in [p.text for p in docx.Document(str(out)).paragraphs]
    rows = legend(out)
    # The seminar's host (Azerbaijan) presides; its member sits behind its head.
    assert rows[1][:2] == ["1", "Republic of Azerbaijan (Chair)"]
    assert rows[2] == ["1.1", "", "Elchin MAMMADOV"]
    assert seating_content(sample_db, event_id=SEMINAR, arrangement=arrangement).plan.arrangement.value == arrangement


def test_an_unknown_arrangement_is_refused_before_anything_is_written(sample_db, tmp_path):
    from organiser.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="arrangement"):
        export_document(sample_db, kind="seating", event_id=MEETING, out=tmp_path / "s.docx", arrangement="round")
    assert not (tmp_path / "s.docx").exists()


@pytest.mark.parametrize("kind", ["seating", "place-cards", "badges"])
def test_a_missing_name_is_an_error_naming_every_one_and_nothing_is_written(sample_db, tmp_path, kind):
    # The sample's persons have no Uzbek names: no document in Uzbek, and no name from another language.
    with pytest.raises(MissingNamesError) as caught:
        export_document(sample_db, kind=kind, event_id=MEETING, out=tmp_path / "x.docx", language="uz")
    assert "person kamran-aliyev" in caught.value.missing
    assert "person muhsin-senturk" in caught.value.missing
    assert not (tmp_path / "x.docx").exists()


# --- place cards ---------------------------------------------------------------------------------------

def test_a_place_card_a_page_for_each_head_in_protocol_order(sample_db, tmp_path):
    out = export_document(sample_db, kind="place-cards", event_id=MEETING, out=tmp_path / "cards.docx")
    document = docx.Document(str(out))
    section = document.sections[0]
    assert section.page_width > section.page_height, "A4 landscape"
    # Protocol order, not the seating's: the host stands where the alphabet puts it.
    order = [d.display_name("en") for d in ordered_delegations(sample_db, event_id=MEETING)]
    assert order[:3] == ["Azerbaijan", "Kazakhstan", "Kyrgyzstan"]
    boxes = text_boxes(out)
    assert boxes == ["Kamran ALIYEV\nRepublic of Azerbaijan", "Berik ASYLOV\nRepublic of Kazakhstan",
                     "Maksat ASANALIEV\nKyrgyz Republic", "Nigmatilla YULDOSHEV\nRepublic of Uzbekistan",
                     "Muhsin ŞENTÜRK\nRepublic of Türkiye", "Kubanýchbek OMURALIEV\nOrganization of Turkic States"]
    pages = [p for p in document.paragraphs]
    assert len(pages) == 6 and [p.paragraph_format.page_break_before for p in pages] == [None] + [True] * 5
    # Each page: the upper half a picture (the turned text), as wide as the text and half the page high.
    assert len(document.inline_shapes) == 6
    half = section.page_height // 2
    for picture in document.inline_shapes:
        assert picture.width == section.page_width - section.left_margin - section.right_margin
        assert section.top_margin + picture.height < half
    # The lower half is anchored below the fold.
    offsets = [int(el.text) for el in document.element.body.iter(qn("wp:posOffset"))]
    assert all(offset >= half for offset in offsets[1::4]), "each lower half starts below the fold"


def test_one_order_drives_the_cards_and_the_badges_switching_the_precedence_language_reorders_them(sample_db):
    def order():
        cards = [card.delegation for card in place_cards_content(sample_db, event_id=MEETING).cards]
        badges = [badge.delegation for badge in badges_content(sample_db, event_id=MEETING).badges]
        return cards, badges

    turkish = ["Republic of Azerbaijan", "Republic of Kazakhstan", "Kyrgyz Republic", "Republic of Uzbekistan",
               "Republic of Türkiye", "Organization of Turkic States"]
    assert order() == (turkish, turkish)
    set_precedence(sample_db, "en")
    english = turkish[:3] + ["Republic of Türkiye", "Republic of Uzbekistan"] + turkish[5:]
    assert order() == (english, english)
    assert [d.code for d in ordered_delegations(sample_db, event_id=MEETING)] == ["AZ", "KZ", "KG", "TR", "UZ", "OTS"]


def test_the_upper_half_is_the_lower_half_turned_upside_down():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage

    from organiser.documents.pictures import TextLine, text_block_png

    lines = [TextLine("Kamran ƏLİYEV", "serif", 40, bold=True, space_after=12), TextLine("Azərbaycan", "serif", 24)]
    upright = QImage.fromData(text_block_png(lines, width=4, height=2, dpi=60))
    turned = QImage.fromData(text_block_png(lines, width=4, height=2, dpi=60, upside_down=True))
    assert upright.size() == turned.size()
    flipped = upright.flipped(Qt.Orientation.Horizontal | Qt.Orientation.Vertical)

    def ink(image):
        return {(x, y) for x in range(image.width()) for y in range(image.height())
                if QColor.fromRgba(image.pixel(x, y)).alpha() > 127}

    # Text drawn turned is not pixel for pixel the turned picture of it (antialiasing falls
    # differently), but nearly: a few edge pixels differ, against most of them for upright text.
    assert len(ink(turned) ^ ink(flipped)) < 0.2 * len(ink(turned))
    assert len(ink(turned) ^ ink(upright)) > 0.8 * len(ink(turned))


def test_place_cards_for_every_party_the_seating_plan_seats_with_the_person_in_its_place(sample_db):
    cards = place_cards_content(sample_db, event_id=SEMINAR, language="az")
    # The seminar: Azerbaijan and the Organization have a leader; four states no one yet (their name alone,
    # as the plan seats them); the guests' lecturer sits for the university.
    assert [(c.name, c.delegation) for c in cards.cards] == [
        ("Kamran ƏLİYEV", "Azərbaycan Respublikası"), ("", "Qazaxıstan Respublikası"), ("", "Qırğız Respublikası"),
        ("", "Özbəkistan Respublikası"), ("", "Türkiyə Respublikası"), ("Qismət GÖZƏLOV", "Türk Dövlətləri Təşkilatı"),
        ("Sevinc RUİNTƏN", "Bakı Dövlət Universiteti")]


# --- badges --------------------------------------------------------------------------------------------

def _add_people(workspace, count: int) -> None:
    delegation = next(d for d in ordered_delegations(workspace, event_id=MEETING) if d.code == "KZ")
    for number in range(1, count + 1):
        person = Person(key="", names={"en": PersonName(f"Aide{number}", f"Helper{number}",
                                                        position=f"Adviser {number}")})
        delegation_service.save_person(workspace, person=person)
        delegation_service.add_member(workspace, delegation_id=delegation.id, person_id=person.id, role=Role.MEMBER)


def test_badges_eight_to_a_page_everyone_in_protocol_order_with_position_and_role(sample_db, tmp_path):
    _add_people(sample_db, 3)  # 6 + 3 = 9: two pages
    out = export_document(sample_db, kind="badges", event_id=MEETING, out=tmp_path / "badges.docx")
    document = docx.Document(str(out))
    # One table, a row of two badges, the rows of a page's height a quarter: the fifth row starts page two.
    assert len(document.tables) == 1
    (first,) = document.tables
    assert (len(first.rows), len(first.columns)) == (5, 2)
    cells = [cell for table in document.tables for row in table.rows for cell in row.cells]
    texts = [[p.text for p in cell.paragraphs] for cell in cells]
    event = "3rd meeting of the Council of Prosecutors General of the Organization of Turkic States"
    assert texts[0] == [event, "Republic of Azerbaijan", "Kamran ALIYEV",
                        "Prosecutor General of the Republic of Azerbaijan", "Head of delegation"]
    # Kazakhstan's head, then its members behind it, before the next delegation.
    assert [t[2] for t in texts[1:5]] == ["Berik ASYLOV", "Aide1 HELPER1", "Aide2 HELPER2", "Aide3 HELPER3"]
    assert texts[2][3:] == ["Adviser 1", "Member of delegation"]
    assert texts[8][2] == "Kubanýchbek OMURALIEV" and texts[8][4] == "Representative"
    assert [t[0] for t in texts[9:]] == [""], "the second page's empty place stays empty"
    for row in first.rows:
        assert row.height_rule is not None and row.height is not None
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    # No page break: a full page followed by a break would leave an empty page; rows that cannot split
    # go over by themselves. The document ends with one paragraph, in the tiny "Badge Spacer" style.
    assert not [br for br in document.element.body.iter(qn("w:br")) if br.get(qn("w:type")) == "page"]
    assert [p.style.name for p in document.paragraphs] == ["Badge Spacer"]


def test_badges_in_azerbaijani(sample_db):
    badges = badges_content(sample_db, event_id=SEMINAR, language="az")
    assert badges.badges[0].name == "Kamran ƏLİYEV"
    assert badges.badges[0].role == "Nümayəndə heyətinin rəhbəri"
    assert badges.badges[1].role == "Nümayəndə heyətinin üzvü"
    assert badges.badges[-1].role == "Mühazirəçi"


# --- rendered by LibreOffice ---------------------------------------------------------------------------

needs_rendering = [
    pytest.mark.slow,
    pytest.mark.skipif(libreoffice() is None, reason="needs LibreOffice (soffice) to render Word files to PDF"),
    pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext)"),
]


def _pdf_pages(docx_path: Path) -> list[str]:
    pdf = convert_to_pdf(docx_path, docx_path.with_suffix(".pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True,
                          timeout=60).stdout
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@pytest.mark.parametrize("kind, pages", [("seating", 1), ("place-cards", 6), ("badges", 1)])
def test_rendered_every_name_on_the_pages_it_should(sample_db, tmp_path, kind, pages):
    for mark in needs_rendering:
        if mark.name == "skipif" and mark.args[0]:
            pytest.skip(mark.kwargs["reason"])
    out = export_document(sample_db, kind=kind, event_id=MEETING, out=tmp_path / f"{kind}.docx")
    rendered = _pdf_pages(out)
    assert len(rendered) == pages
    words = set(" ".join(rendered).split())
    # Word by word: a name wrapped in a table cell comes out of pdftotext between other cells' words.
    for name in ("Kamran ALIYEV", "Muhsin ŞENTÜRK", "Kubanýchbek OMURALIEV", "Nigmatilla YULDOSHEV"):
        assert set(name.split()) <= words, name
    if kind == "place-cards":
        assert ["Kamran ALIYEV" in page for page in rendered] == [True] + [False] * 5


# --- the command line -----------------------------------------------------------------------------------

def test_the_command_line_exports_each_protocol_document(tmp_path, capsys):
    from organiser import app

    workspace = tmp_path / "w.sqlite"
    assert app.main(["--workspace", str(workspace), "sample"]) == 0
    capsys.readouterr()
    for kind, extra in (("seating", ["--arrangement", "u-shape"]), ("place-cards", ["--language", "en"]),
                        ("badges", [])):
        out = tmp_path / f"{kind}.docx"
        assert app.main(["--workspace", str(workspace), "export", kind, "2024-07-25", "--out", str(out), *extra]) == 0
        assert capsys.readouterr().out == f"wrote {out}\n"
        assert out.stat().st_size > 0
    assert "U-shape" in [p.text for p in docx.Document(str(tmp_path / "seating.docx")).paragraphs]
    # A shape that is not offered is a usage error (exit 2) naming the choices; a missing name, exit 1.
    with pytest.raises(SystemExit) as usage:
        app.main(["--workspace", str(workspace), "export", "seating", "1", "--out", str(tmp_path / "r.docx"),
                  "--arrangement", "round"])
    assert usage.value.code == 2 and "long-table" in capsys.readouterr().err
    assert app.main(["--workspace", str(workspace), "export", "badges", "1", "--out", str(tmp_path / "uz.docx"),
                     "--language", "uz"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("organiser: cannot write the badges in 'uz'") and err.count("\n") == 1
    assert not (tmp_path / "uz.docx").exists()


# --- the memorandum and its two copies (the alternat) ---------------------------------------------------

MEMORANDUM_CLAUSES = [
    ("mou-title", "title", {
        "en": "Memorandum of Understanding on cooperation",
        "az": "Əməkdaşlıq haqqında Anlaşma Memorandumu",
        "tr": "İşbirliğine İlişkin Mutabakat Zaptı"}),
    ("mou-parties", "participants", {
        "en": "{participants:capitalized}, hereinafter referred to as the Parties, have agreed as follows:",
        "az": "{participants}, bundan sonra «Tərəflər» adlandırılacaqlar, aşağıdakılar barədə razılığa gəldilər:",
        "tr": "{participants}, bundan sonra «Taraflar» olarak anılacaktır, aşağıdaki hususlarda mutabakata "
              "varmışlardır:"}),
    ("mou-assistance", "operative", {
        "en": "The Parties shall speed up the execution of requests for legal assistance in criminal matters.",
        "az": "Tərəflər cinayət işləri üzrə hüquqi yardım sorğularının icrasını sürətləndirəcəklər.",
        "tr": "Taraflar, cezai konulardaki adli yardım taleplerinin yerine getirilmesini hızlandıracaktır."}),
    ("mou-meetings", "operative", {
        "en": "The Parties shall hold a working meeting at least once a year.",
        "az": "Tərəflər hər il ən azı bir dəfə işçi görüş keçirəcəklər.",
        "tr": "Taraflar, her yıl en az bir kez çalışma toplantısı düzenleyecektir."}),
    ("mou-done", "closing_formula", {
        "en": "Done at {city} on {date:long}, in two copies, each in the {languages} languages, all texts being "
              "equally authentic.",
        "az": "{city} şəhərində {date:long} tarixində {languages} iki nüsxədə imzalanmışdır; hər iki "
              "mətn eyni qüvvəyə malikdir.",
        "tr": "{city} şehrinde {date:long} tarihinde {languages} iki nüsha olarak imzalanmıştır; her "
              "iki metin de eşit derecede geçerlidir."}),
    ("mou-signatures", "signature_heading", {"en": "PARTY\nSIGNATORY", "az": "TƏRƏF\nİMZALAYAN",
                                             "tr": "TARAF\nİMZALAYAN"}),
]


def memorandum_event(workspace, languages: list[str]) -> int:
    """A memorandum between the Prosecutor General's Offices of Azerbaijan and Türkiye (Baku, 10 October
    2024), its text in ``languages``."""
    import datetime as dt

    from organiser.domain.model import Clause, ClauseKind, DelegationKind, Event, EventKind
    from organiser.services import declarations, events
    from organiser.storage import clauses as clause_store
    from organiser.storage import reference

    event = Event(EventKind.OTHER, dt.date(2024, 10, 10),
                  title={"en": "Signing of a memorandum", "az": "Memorandumun imzalanması",
                         "tr": "Mutabakat zaptının imzalanması"},
                  city={"en": "Baku", "az": "Bakı", "tr": "Bakü"}, country_code="AZ", precedence_language="az")
    events.save_event(workspace, event=event)
    institutions = {i.key: i.id for i in reference.institutions(workspace.db).values()}
    persons = {p.key: p.id for p in reference.persons(workspace.db).values()}
    for state, institution, head in (("TR", "tr-court-of-appeal-prosecution", "muhsin-senturk"),
                                     ("AZ", "az-prosecutor-general", "kamran-aliyev")):
        change = delegation_service.add_delegation(workspace, event_id=event.id, kind=DelegationKind.STATE,
                                                   state_code=state, institution_id=institutions[institution])
        delegation_service.add_member(workspace, delegation_id=change.added["delegation"][0],
                                      person_id=persons[head], role=Role.HEAD)
    ids = []
    with workspace.atomic() as db:
        for key, kind, texts in MEMORANDUM_CLAUSES:
            ids.append(clause_store.save_clause(db, Clause(key, ClauseKind(kind), texts, original_language="en")).id)
    declarations.create_declaration(workspace, event_id=event.id, clause_ids=ids, languages=languages)
    return event.id


def test_both_copies_of_a_two_language_memorandum_differ_exactly_as_the_alternat_wants(sample_db, tmp_path):
    from organiser.documents.memorandum import export_memorandum

    event_id = memorandum_event(sample_db, ["tr", "az"])
    written = export_memorandum(sample_db, event_id=event_id, out=tmp_path / "mou.docx")
    # Azerbaijan before Türkiye in the Azerbaijani alphabet (the event's rule): its copy first.
    assert written == [tmp_path / "mou-AZ.docx", tmp_path / "mou-TR.docx"]
    copies = {}
    for path, holder in zip(written, ("AZ", "TR")):
        document = docx.Document(str(path))
        body, signatures = document.tables
        copies[holder] = ([[c.text for c in row.cells] for row in body.rows],
                          [[p.text for p in cell.paragraphs] for cell in signatures.rows[0].cells])
    az_body, az_signatures = copies["AZ"]
    tr_body, tr_signatures = copies["TR"]
    # The holder's language in the left column.
    assert az_body[0] == ["Əməkdaşlıq haqqında Anlaşma Memorandumu", "İşbirliğine İlişkin Mutabakat Zaptı"]
    assert tr_body[0] == ["İşbirliğine İlişkin Mutabakat Zaptı", "Əməkdaşlıq haqqında Anlaşma Memorandumu"]
    # The holder named first in the preamble, in both columns.
    assert az_body[1][0].startswith("Azərbaycan Respublikasının Baş prokuroru")
    assert az_body[1][0].index("ƏLİYEV") < az_body[1][0].index("ŞENTÜRK")
    assert az_body[1][1].index("ALİYEV") < az_body[1][1].index("ŞENTÜRK")
    assert tr_body[1][0].index("ŞENTÜRK") < tr_body[1][0].index("ALİYEV")
    assert tr_body[1][1].index("ŞENTÜRK") < tr_body[1][1].index("ƏLİYEV")
    # Its signature on the left: institution in both languages, then the name.
    assert az_signatures[0][0] == "Azərbaycan Respublikasının Baş Prokurorluğu"
    assert "Kamran ƏLİYEV" in az_signatures[0] and "Muhsin ŞENTÜRK" in az_signatures[1]
    assert "Muhsin ŞENTÜRK" in tr_signatures[0] and "Kamran ALİYEV" in tr_signatures[1]
    # The same two signatures, mirrored, each written first in the copy's left-column language.
    assert set(az_signatures[0]) == set(tr_signatures[1]) and set(az_signatures[1]) == set(tr_signatures[0])
    assert tr_signatures[1][:2] == az_signatures[0][:2][::-1]
    # Nothing else differs: the same paragraphs, the columns swapped; the operative clauses numbered alike.
    assert [row[::-1] for row in az_body[2:]] == tr_body[2:]
    assert az_body[2][0].startswith("1. Tərəflər") and az_body[3][0].startswith("2. Tərəflər")


def test_a_memorandum_in_one_language_swaps_only_the_order_and_the_signatures(sample_db, tmp_path):
    from organiser.documents.memorandum import memorandum_copies

    event_id = memorandum_event(sample_db, ["en"])
    az_copy, tr_copy = memorandum_copies(sample_db, event_id=event_id)
    assert az_copy.copy.columns == tr_copy.copy.columns == ("en",)
    (az_text,), (tr_text,) = az_copy.texts, tr_copy.texts
    assert az_text.body[0].text.index("ALIYEV") < az_text.body[0].text.index("ŞENTÜRK")
    assert tr_text.body[0].text.index("ŞENTÜRK") < tr_text.body[0].text.index("ALIYEV")
    assert [row.name for row in az_text.signatures] == [row.name for row in tr_text.signatures][::-1]
    assert [c.text for c in az_text.body[1:]] == [c.text for c in tr_text.body[1:]]


def test_a_memorandum_needs_exactly_two_state_delegations(sample_db, tmp_path):
    from organiser.documents.memorandum import export_memorandum
    from organiser.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="memorandum: event 1 has 6 delegations; a memorandum is between "
                                              "exactly two state delegations"):
        export_memorandum(sample_db, event_id=MEETING, out=tmp_path / "mou.docx")
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_writes_both_copies_and_refuses_to_overwrite_either(sample_db, tmp_path, capsys):
    from organiser import app
    from organiser.storage.db import backup

    path = tmp_path / "w.sqlite"
    event_id = memorandum_event(sample_db, ["az", "tr"])
    backup(sample_db, path)
    out = tmp_path / "mou.docx"
    assert app.main(["--workspace", str(path), "export", "memorandum", str(event_id), "--out", str(out)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"wrote {tmp_path / 'mou-AZ.docx'}",
                                                    f"wrote {tmp_path / 'mou-TR.docx'}"]
    (tmp_path / "mou-AZ.docx").unlink()
    before = (tmp_path / "mou-TR.docx").read_bytes()
    assert app.main(["--workspace", str(path), "export", "memorandum", str(event_id), "--out", str(out)]) == 1
    assert "mou-TR.docx" in capsys.readouterr().err
    assert not (tmp_path / "mou-AZ.docx").exists() and (tmp_path / "mou-TR.docx").read_bytes() == before
