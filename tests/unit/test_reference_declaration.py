"""The issue's acceptance: on a new workspace, `sample` then `export declaration` of the event dated
2024-07-25 reproduces the reference declaration word for word (without the original's typing slip)."""
from pathlib import Path

import docx
import pytest

from organiser.app import main
from organiser.documents.numbering import labelled_text, labels

DATA = Path(__file__).resolve().parent.parent / "data"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "reference" / "000_35069cdf6a6caa49.txt"
SLIP = "the Council of Prosecutors the General"


def reference_words() -> list[str]:
    text = (DATA / "reference_declaration.txt").read_text(encoding="utf-8")
    assert SLIP in text
    return text.replace(SLIP, "the Council of Prosecutors General").split()


def document_words(path: Path) -> list[str]:
    """The document's paragraphs, then its table cells row by row, as python-docx reads them, each numbered
    paragraph with the label Word prints before it ("1.", from its numbering properties: the operative
    clauses are a Word list, their numbers not in their text)."""
    document = docx.Document(path)
    found = labels(document)
    texts = [labelled_text(p, found) for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend("\n".join(labelled_text(p, found) for p in cell.paragraphs) for cell in row.cells)
    return " ".join(texts).split()


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside this checkout")
def test_the_fixture_is_the_shared_reference():
    assert (DATA / "reference_declaration.txt").read_bytes() == SHARED.read_bytes()


def test_sample_then_export_reproduces_the_reference_declaration(tmp_path, capsys):
    workspace = tmp_path / "w.sqlite"
    out = tmp_path / "declaration.docx"
    assert main(["--workspace", str(workspace), "sample"]) == 0
    assert main(["--workspace", str(workspace), "export", "declaration", "2024-07-25", "--out", str(out)]) == 0
    assert document_words(out) == reference_words()


def test_the_signatories_stand_in_the_reference_order(tmp_path):
    workspace = tmp_path / "w.sqlite"
    out = tmp_path / "declaration.docx"
    main(["--workspace", str(workspace), "sample"])
    main(["--workspace", str(workspace), "export", "declaration", "2024-07-25", "--out", str(out)])
    table = docx.Document(out).tables[0]
    names = [row.cells[1].text.split("\n")[-1] for row in table.rows[1:]]
    assert names == ["Kamran ALIYEV", "Berik ASYLOV", "Maksat ASANALIEV", "Nigmatilla YULDOSHEV", "Muhsin ŞENTÜRK"]
    # The participants paragraph names the same people, in the same order, and the Secretary General who does not sign.
    participants = docx.Document(out).paragraphs[1].text
    positions = [participants.index(name) for name in names]
    assert positions == sorted(positions)
    assert "Ambassador Mr. Kubanýchbek Omuraliev, Secretary General" in participants
    assert "Omuraliev" not in " ".join(row.cells[1].text for row in table.rows)


def test_a_package_round_trip_gives_the_same_declaration(tmp_path):
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    package = tmp_path / "meeting.json"
    main(["--workspace", str(first), "sample"])
    assert main(["--workspace", str(first), "export", "package", "2024-07-25", "--out", str(package)]) == 0
    assert main(["--workspace", str(second), "import", str(package)]) == 0
    main(["--workspace", str(first), "export", "declaration", "2024-07-25", "--out", str(tmp_path / "a.docx")])
    main(["--workspace", str(second), "export", "declaration", "2024-07-25", "--out", str(tmp_path / "b.docx")])
    assert document_words(tmp_path / "b.docx") == document_words(tmp_path / "a.docx") == reference_words()


def test_the_comparison_fails_on_a_wrong_number_or_a_wrong_word(tmp_path):
    """The read-back is the printed text: a list that starts at 2, or one word changed, is not the reference."""
    import shutil
    import zipfile

    workspace, out = tmp_path / "w.sqlite", tmp_path / "declaration.docx"
    main(["--workspace", str(workspace), "sample"])
    main(["--workspace", str(workspace), "export", "declaration", "2024-07-25", "--out", str(out)])
    assert document_words(out) == reference_words()

    def rewrite(target: Path, part: str, old: str, new: str) -> None:
        shutil.copy(out, target)
        with zipfile.ZipFile(out) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as changed:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == part:
                    assert old.encode() in data
                    data = data.replace(old.encode(), new.encode(), 1)
                changed.writestr(item, data)

    document = docx.Document(out)
    operative = next(p for p in document.paragraphs if p.style.name == "Operative Clause")
    num_id = document.styles["Operative Clause"].element.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    abstract_id = next(n for n in numbering.num_lst if n.numId == num_id).abstractNumId.val
    wrong_number = tmp_path / "wrong-number.docx"
    rewrite(wrong_number, "word/numbering.xml", f'w:abstractNumId="{abstract_id}"><w:nsid w:val="4F524731"/>'
            '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="4F524731"/><w:lvl w:ilvl="0"><w:start w:val="1"/>',
            f'w:abstractNumId="{abstract_id}"><w:nsid w:val="4F524731"/><w:multiLevelType w:val="singleLevel"/>'
            '<w:tmpl w:val="4F524731"/><w:lvl w:ilvl="0"><w:start w:val="2"/>')
    words = document_words(wrong_number)
    assert words != reference_words() and "5." in words and len(words) == len(reference_words())
    wrong_word = tmp_path / "wrong-word.docx"
    rewrite(wrong_word, "word/document.xml", operative.text, operative.text.replace("remarks", "remark"))
    assert document_words(wrong_word) != reference_words()
