"""The Seating screen: one labelled place per participant in protocol order, redrawn when the precedence
language, the arrangement, the editing language or the delegations change; Print and Export."""
from __future__ import annotations

import docx
import pytest
from PySide6.QtGui import QPageLayout

from gui_helpers import click, choose

MEETING, SEMINAR = 1, 2


def keys(page) -> list[str]:
    return [item.seat.party.key for item in page.seat_items() if item.seat.row == 0]


@pytest.fixture
def seating(window):
    window.session.select_event(MEETING)
    return window.show_page("seating")


def test_the_scene_holds_one_labelled_place_per_participant_in_protocol_order(seating):
    items = seating.seat_items()
    # The 3rd meeting in Bishkek: Kyrgyzstan's head presides; then the Turkish alphabet's order.
    assert [item.seat.label for item in items] == ["1", "2", "3", "4", "5", "6"]
    assert keys(seating) == ["KG", "AZ", "KZ", "UZ", "TR", "OTS"]
    assert items[0].lines() == ["1 · Chair", "Kyrgyzstan", "Maksat ASANALIEV"]
    assert items[1].lines() == ["2", "Azerbaijan", "Kamran ALIYEV"]
    assert items[5].lines() == ["6", "OTS", "Kubanýchbek OMURALIEV"]
    assert items[1].toolTip() == "2. Republic of Azerbaijan\nKamran ALIYEV"
    # The first in precedence on the chair's right hand: the left of the drawing.
    assert items[1].seat.x < items[0].seat.x < items[2].seat.x
    assert seating.ui.print_button.isEnabled() and seating.ui.export_button.isEnabled()
    assert "Turkish alphabet" in seating.ui.order_label.text()


def test_switching_the_precedence_language_on_the_order_screen_reorders_the_plan(window, seating):
    window.show_page("order").set_rule("en")
    assert keys(seating) == ["KG", "AZ", "KZ", "TR", "UZ", "OTS"]
    assert "English alphabet" in seating.ui.order_label.text()
    window.session.undo_stack.undo()
    assert keys(seating) == ["KG", "AZ", "KZ", "UZ", "TR", "OTS"]


def test_the_arrangement_and_the_rows_behind(window, seating):
    window.session.select_event(SEMINAR)
    # The seminar in Baku: Azerbaijan presides, its member behind its head; delegations without anyone
    # still have their place.
    labels = [(item.seat.label, item.seat.party.key, item.seat.person) for item in seating.seat_items()]
    assert labels[:2] == [("1", "AZ", "Kamran ALIYEV"), ("1.1", "AZ", "Elchin MAMMADOV")]
    assert len(labels) == 8
    seating.ui.members_check.setChecked(False)
    assert len(seating.seat_items()) == 7
    seating.ui.members_check.setChecked(True)
    choose(seating.ui.arrangement, "u-shape")
    assert seating.plan.arrangement.value == "u-shape"
    assert {item.seat.side for item in seating.seat_items()} >= {"left", "right"}
    assert len([i for i in seating.scene.items() if type(i).__name__ == "TableItem"]) == 3


def test_a_language_without_the_names_shows_what_is_missing_and_no_plan(window, seating):
    window.session.set_language("uz")
    assert seating.seat_items() == []
    assert "person kamran-aliyev" in seating.ui.error_label.text()
    assert not seating.ui.export_button.isEnabled()
    window.session.set_language("en")
    assert len(seating.seat_items()) == 6 and seating.ui.error_label.text() == ""


def test_export_writes_the_seating_document_or_the_picture(qtbot, seating, answers, tmp_path):
    answers.files = [str(tmp_path / "plan.docx"), str(tmp_path / "plan.png")]
    choose(seating.ui.arrangement, "hollow-square")
    click(qtbot, seating.ui.export_button)
    document = docx.Document(str(tmp_path / "plan.docx"))
    assert "Hollow square" in [p.text for p in document.paragraphs]
    # Six places round a hollow square print under 8 pt beside the legend: the legend is a page of its own.
    (legend,) = document.tables
    assert legend.style.name == "Legend Table"
    assert [row.cells[1].text for row in legend.rows][1:3] == ["Kyrgyz Republic (Chair)", "Republic of Azerbaijan"]
    click(qtbot, seating.ui.export_button)
    assert (tmp_path / "plan.png").read_bytes()[:4] == b"\x89PNG"
    assert answers.errors == []


def test_print_renders_the_plan_on_the_printer(seating, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "plan.pdf"))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    seating.print_to(printer)
    assert (tmp_path / "plan.pdf").read_bytes()[:5] == b"%PDF-"
    assert (tmp_path / "plan.pdf").stat().st_size > 5000
