"""Exporting the sample's documents through documents/export.py and the command line, read back."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from organiser import app, cli
from organiser.documents import pdf as pdf_module
from organiser.domain.errors import OrganiserError, UnsupportedLanguageError
from organiser.documents import lists_content, registry
from organiser.documents.export import export_document
from organiser.documents.names import MissingNamesError
from organiser.domain.document_kinds import DOCUMENT_KINDS
from organiser.services.files import FileExistsRefusal

MEETING, SEMINAR = 1, 2
SIGNATORIES = ["Kamran ALIYEV", "Berik ASYLOV", "Maksat ASANALIEV", "Nigmatilla YULDOSHEV", "Muhsin ŞENTÜRK"]


def _text(path: Path) -> list[str]:
    document = docx.Document(str(path))
    out = [p.text for p in document.paragraphs]
    for table in document.tables:
        out += [p.text for row in table.rows for cell in row.cells for p in cell.paragraphs]
    return [line for line in out if line]


def test_signature_sheet_of_the_meeting_has_the_five_signatories_in_protocol_order(sample_db):
    sheet = lists_content.signature_sheet_content(sample_db, event_id=MEETING)
    assert [row.name for row in sheet.signatures] == SIGNATORIES
    assert sheet.heading.subtitle == (
        "3rd meeting of the Council of Prosecutors General of the Organization of Turkic States",
        "25 July 2024, Bishkek")
    assert sheet.signatures[-1].institution.endswith("Republic of Türkiye")


def test_participants_states_first_then_organisations_then_guests(sample_db):
    content = lists_content.participants_content(sample_db, event_id=SEMINAR)
    headings = [d.heading for d in content.delegations]
    assert headings[-2:] == ["Organization of Turkic States", "Baku State University"]
    assert headings[0] == "Republic of Azerbaijan"  # the host, and first in Azerbaijani order
    azerbaijan = content.delegations[0]
    assert [m.name for m in azerbaijan.members] == ["Kamran ALIYEV", "Elchin MAMMADOV"]
    assert azerbaijan.members[0].position == "Prosecutor General of the Republic of Azerbaijan"


def test_programme_of_the_seminar_in_azerbaijani_capitals_with_dotted_i(sample_db):
    content = lists_content.programme_content(sample_db, event_id=SEMINAR, language="az")
    assert content.heading.title == "Proqram"
    assert content.heading.subtitle[-1] == "8 avqust 2023, Bakı"
    assert len(content.days) == 1 and content.days[0].heading == ""  # the sample's items have no day
    assert not content.has_times
    first = content.days[0].entries[0]
    assert first.speakers == ["Kamran ƏLİYEV, Azərbaycan Respublikasının Baş prokuroru"]


@pytest.mark.parametrize("kind, event_id", [("declaration", MEETING), ("signature-sheet", MEETING),
                                             ("participants", MEETING), ("programme", SEMINAR)])
def test_each_kind_is_written_and_names_everyone(sample_db, tmp_path, kind, event_id):
    out = export_document(sample_db, kind=kind, event_id=event_id, out=tmp_path / f"{kind}.docx")
    assert out == tmp_path / f"{kind}.docx"
    text = "\n".join(_text(out))
    assert "{" not in text
    if event_id == MEETING:
        assert all(name in text for name in SIGNATORIES)
    else:
        assert "Sevinj RUINTAN" in text and "Opening ceremony" in text


def test_an_existing_file_needs_force(sample_db, tmp_path):
    out = tmp_path / "participants.docx"
    out.write_bytes(b"kept")
    with pytest.raises(FileExistsRefusal, match="--force"):
        export_document(sample_db, kind="participants", event_id=MEETING, out=out)
    assert out.read_bytes() == b"kept"
    export_document(sample_db, kind="participants", event_id=MEETING, out=out, force=True)
    assert "Kamran ALIYEV" in _text(out)


def test_missing_names_are_all_named_and_nothing_is_written(sample_db, tmp_path):
    out = tmp_path / "participants-ru.docx"
    with pytest.raises(MissingNamesError) as caught:
        export_document(sample_db, kind="participants", event_id=SEMINAR, out=out, language="ru")
    message = str(caught.value)
    assert message.startswith("cannot write the list of participants in 'ru': no name in 'ru' for ")
    for what in ("event 2 (its title)", "person elchin-mammadov", "person sevinj-ruintan",
                 "institution baku-state-university"):
        assert what in message
    assert "\n" not in message and not out.exists()


def test_a_programme_item_without_its_title_in_the_language_is_named(sample_db, tmp_path):
    with pytest.raises(MissingNamesError, match="programme item 1"):
        lists_content.programme_content(sample_db, event_id=SEMINAR, language="tr")


def test_unknown_language_is_refused(sample_db, tmp_path):
    with pytest.raises(UnsupportedLanguageError, match="'xx'"):
        export_document(sample_db, kind="programme", event_id=SEMINAR, out=tmp_path / "p.docx", language="xx")


def test_an_event_without_programme_says_so(sample_db, tmp_path):
    with pytest.raises(OrganiserError, match="no programme items"):
        export_document(sample_db, kind="programme", event_id=MEETING, out=tmp_path / "p.docx")


def test_pdf_without_libreoffice_says_so_and_writes_nothing(sample_db, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "libreoffice", lambda: None)
    out = tmp_path / "sheet.docx"
    with pytest.raises(pdf_module.PdfUnavailableError, match="LibreOffice is not installed"):
        export_document(sample_db, kind="signature-sheet", event_id=MEETING, out=out, pdf=True)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_pdf_needs_force_too(sample_db, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "libreoffice", lambda: "/usr/bin/soffice")
    (tmp_path / "sheet.pdf").write_bytes(b"older")
    with pytest.raises(FileExistsRefusal, match=r"sheet\.pdf"):
        export_document(sample_db, kind="signature-sheet", event_id=MEETING, out=tmp_path / "sheet.docx", pdf=True)
    assert not (tmp_path / "sheet.docx").exists()


def test_pdf_needs_a_word_file_name(sample_db, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "libreoffice", lambda: "/usr/bin/soffice")
    with pytest.raises(OrganiserError, match=r"\.docx"):
        export_document(sample_db, kind="participants", event_id=MEETING, out=tmp_path / "list.pdf", pdf=True)


# --- command line ------------------------------------------------------------------------------------

@pytest.fixture
def workspace_file(tmp_path):
    path = tmp_path / "w.sqlite"
    assert app.main(["--workspace", str(path), "sample"]) == 0
    return path


def test_cli_kinds_match_the_service():
    # The kinds the command line exports one language at a time are those the registry can gather and build.
    assert cli.DOCUMENT_KINDS == tuple(kind for kind, document in registry.DOCUMENTS.items()
                                       if document.content is not None and document.build is not None)


def test_cli_exports_each_kind(workspace_file, tmp_path, capsys):
    capsys.readouterr()
    for kind, event in (("signature-sheet", "1"), ("participants", "2024-07-25"), ("programme", "2"),
                        ("declaration", "1")):
        out = tmp_path / f"{kind}.docx"
        assert app.main(["--workspace", str(workspace_file), "export", kind, event, "--out", str(out)]) == 0
        # The declaration says where its signature block went (documents/signature_block.py).
        block = "5 signatories, one a row, block on page 2 with the closing formula, from a new page\n"
        assert capsys.readouterr().out == f"wrote {out}\n" + (block if kind == "declaration" else "")
        assert out.is_file()


def test_cli_page_per_signatory(workspace_file, tmp_path):
    out = tmp_path / "pages.docx"
    assert app.main(["--workspace", str(workspace_file), "export", "signature-sheet", "1", "--out", str(out),
                     "--page-per-signatory"]) == 0
    titles = [p for p in docx.Document(str(out)).paragraphs if p.style.name == "Document Title"]
    assert len(titles) == 5


def test_cli_refuses_to_overwrite_and_names_the_problem_in_one_line(workspace_file, tmp_path, capsys):
    out = tmp_path / "list.docx"
    out.write_bytes(b"kept")
    assert app.main(["--workspace", str(workspace_file), "export", "participants", "1", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err and "--force" in err
    assert out.read_bytes() == b"kept"


def test_cli_unwritable_destination_is_one_clear_line(workspace_file, tmp_path, capsys):
    out = tmp_path / "no such folder" / "list.docx"
    assert app.main(["--workspace", str(workspace_file), "export", "participants", "1", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"organiser: cannot write {out}: the folder {out.parent} does not exist\n"


def test_cli_file_open_elsewhere_is_one_clear_line(workspace_file, tmp_path, capsys, monkeypatch):
    import organiser.documents.common as common

    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(common.os, "replace", refuse)
    out = tmp_path / "list.docx"
    assert app.main(["--workspace", str(workspace_file), "export", "participants", "1", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"organiser: cannot write {out}: permission denied") and err.count("\n") == 1


def test_cli_pdf_without_libreoffice(workspace_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(pdf_module, "libreoffice", lambda: None)
    out = tmp_path / "sheet.docx"
    assert app.main(["--workspace", str(workspace_file), "export", "signature-sheet", "1", "--out", str(out),
                     "--pdf"]) == 1
    err = capsys.readouterr().err
    assert "LibreOffice is not installed" in err and err.count("\n") == 1
    assert not out.exists()


def test_cli_help_lists_every_kind(capsys):
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["export", "--help"])
    text = capsys.readouterr().out
    for kind in (*DOCUMENT_KINDS, "package"):
        assert kind in text
