"""Export every document of the built-in sample in every language it can be written in, and write each
one's text (body paragraphs and table cells in order, headers and footers) beside it as FILE.txt.

    python tools/document_texts.py OUT_FOLDER

Run before and after a change and compare the folders (``diff -r``): a refactoring must leave every
document's text as it was. Uses only the command line, so it runs against any version of organiser."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

KINDS = ("declaration", "signature-sheet", "participants", "programme", "seating", "place-cards", "badges")
LANGUAGES = ("en", "ru", "tr", "az", "kk", "ky", "uz")


def organiser(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "organiser", *arguments], capture_output=True, text=True)


def text_of(path: Path) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines: list[str] = []
    # A list's numbers are not in python-docx's text: add the labels Word prints, computed by the organiser
    # that "-m organiser" runs (the one in the current folder, as for the exports).
    if str(Path.cwd()) not in sys.path:
        sys.path.insert(0, str(Path.cwd()))
    try:
        from organiser.documents.numbering import labels
    except ImportError:  # a version of organiser from before Word lists
        found = {}
    else:
        found = labels(document)

    def text(paragraph) -> str:
        label = found.get(paragraph._p)
        return f"{label} {paragraph.text}" if label else paragraph.text

    def cell_text(cell) -> str:
        return "\n".join(text(p) for p in cell.paragraphs)

    def walk(container) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(text(block))
            elif isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        lines.append("| " + cell_text(cell).replace("\n", " / "))
                        for inner in cell.tables:
                            walk_table(inner)

    def walk_table(table) -> None:
        for row in table.rows:
            for cell in row.cells:
                lines.append("|| " + cell_text(cell).replace("\n", " / "))

    walk(document)
    for number, section in enumerate(document.sections):
        lines.append(f"-- section {number} header: " + " / ".join(p.text for p in section.header.paragraphs))
        lines.append(f"-- section {number} footer: " + " / ".join(p.text for p in section.footer.paragraphs))
    return "\n".join(lines) + "\n"


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    workspace = out / "sample.sqlite"
    if workspace.exists():
        workspace.unlink()
    result = organiser("--workspace", str(workspace), "sample")
    if result.returncode:
        print(result.stderr, file=sys.stderr)
        return 1
    events = organiser("--workspace", str(workspace), "events").stdout.split("\n")
    written = refused = 0
    for line in filter(None, events):
        event_id = line.split("\t")[0]
        for kind in KINDS:
            for language in LANGUAGES:
                target = out / f"event{event_id}-{kind}-{language}.docx"
                result = organiser("--workspace", str(workspace), "export", kind, event_id, "--out", str(target),
                                   "--language", language, "--force")
                if result.returncode:
                    (out / f"{target.stem}.refused").write_text(result.stderr)
                    refused += 1
                    continue
                (out / f"{target.stem}.txt").write_text(text_of(target))
                written += 1
        target = out / f"event{event_id}-declaration-en-az.docx"
        result = organiser("--workspace", str(workspace), "export", "declaration", event_id, "--out", str(target),
                           "--languages", "en,az", "--force")
        if result.returncode:
            (out / f"{target.stem}.refused").write_text(result.stderr)
        else:
            (out / f"{target.stem}.txt").write_text(text_of(target))
    print(f"{written} documents written, {refused} refused, in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
