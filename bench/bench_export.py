#!/usr/bin/env python3
"""Exporting a 40-clause declaration with 12 signatories: organiser's builder against a floor and a peer.

    python3 bench/bench_export.py [--repeat N]

- floor: a plain python-docx script writing the same content on the same template (paragraphs with
  their styles, a signature table) and saving it, with none of the builder's checks or keep-together;
- floor, styles set by id: the same script setting w:pStyle directly, as the builders do (for reference);
- organiser: ``organiser.documents.declaration.build_declaration`` (template checked: its zip directory,
  its XML parts for a DTD, its styles; body emptied, table widths, rows that cannot split,
  keep-with-next, atomic save);
- organiser, two side by side: ``build_parallel_declaration`` with the text in both columns (twice the
  text: shown for reference, not against the goal);
- peer: docxtpl (Jinja2 in a .docx) rendering the same content from a tagged copy of the template,
  when docxtpl is installed (``pip install docxtpl``; it is not a dependency of organiser).

All three are measured in this run, after one warm-up each (so ``import docx`` is not counted), and
each figure is the median of ``--repeat`` runs. The goal is organiser ≤ 1.5 × the floor.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from organiser import paths  # noqa: E402
from organiser.documents.declaration import (  # noqa: E402
    SIGNING_LINES, build_declaration, build_parallel_declaration,
)
from organiser.domain.declaration import RenderedClause, RenderedDeclaration, SignatureRow  # noqa: E402
from organiser.domain.model import ClauseKind  # noqa: E402

GOAL = 1.5
CLAUSES = 40
SIGNATORIES = 12


def declaration() -> RenderedDeclaration:
    body = [RenderedClause(ClauseKind.PARTICIPANTS, "The Prosecutors General of the twelve states, " * 6),
            RenderedClause(ClauseKind.PREAMBLE, "Taking into account the common interests and challenges, " * 5)]
    body += [RenderedClause(ClauseKind.OPERATIVE,
                            f"To strengthen cooperation in field {n}, exchanging experience and best practices "
                            "in the Prosecutor's Offices of the Organization of Turkic States. " * 3, n)
             for n in range(1, CLAUSES - 2)]
    body.append(RenderedClause(ClauseKind.CLOSING_FORMULA, "Signed in Bishkek, on the 25 of July 2024, in English."))
    signatures = [SignatureRow(f"Prosecutor General's Office of the Republic number {n}", f"Given{n} SURNAME{n}",
                               "Prosecutor General") for n in range(1, SIGNATORIES + 1)]
    assert len(body) == CLAUSES
    return RenderedDeclaration("en", "Declaration of the 3rd meeting of the Council", body,
                               ("MEMBER INSTITUTION", "PROSECUTOR GENERAL"), signatures)


def floor(rendered: RenderedDeclaration, out: Path) -> None:
    """What one would write by hand with python-docx: the same paragraphs and table, saved."""
    import docx

    document = docx.Document(str(paths.docx_template("declaration.docx")))
    document.add_paragraph(rendered.title, style="Declaration Title")
    styles = {ClauseKind.OPERATIVE: "Operative Clause", ClauseKind.CLOSING_FORMULA: "Closing Formula"}
    for clause in rendered.body:
        document.add_paragraph(clause.numbered_text, style=styles.get(clause.kind, "Declaration Body"))
    table = document.add_table(rows=1 + len(rendered.signatures), cols=2)
    table.style = document.styles["Signature Table"]
    for cell, heading in zip(table.rows[0].cells, rendered.signature_heading):
        cell.paragraphs[0].style = "Signature Heading"
        cell.paragraphs[0].add_run(heading)
    for row, signature in zip(table.rows[1:], rendered.signatures):
        row.cells[0].paragraphs[0].style = "Signature Institution"
        row.cells[0].paragraphs[0].add_run(signature.institution)
        row.cells[1].paragraphs[0].style = "Signature Space"
        for _ in range(SIGNING_LINES - 1):
            row.cells[1].add_paragraph("", style="Signature Space")
        row.cells[1].add_paragraph(signature.name, style="Signature Name")
    document.save(str(out))


def floor_by_id(rendered: RenderedDeclaration, out: Path) -> None:
    """The floor with styles set by id (w:pStyle) instead of by name: python-docx's name lookup
    scans every style on each call, and is most of the floor's time. Shown for reference."""
    import docx

    document = docx.Document(str(paths.docx_template("declaration.docx")))
    ids = {name: document.styles[name].style_id for name in (
        "Declaration Title", "Declaration Body", "Operative Clause", "Closing Formula", "Signature Heading",
        "Signature Institution", "Signature Space", "Signature Name", "Signature Table")}

    def add(container, text, style):
        paragraph = container.add_paragraph(text)
        paragraph._p.style = ids[style]
        return paragraph

    add(document, rendered.title, "Declaration Title")
    styles = {ClauseKind.OPERATIVE: "Operative Clause", ClauseKind.CLOSING_FORMULA: "Closing Formula"}
    for clause in rendered.body:
        add(document, clause.numbered_text, styles.get(clause.kind, "Declaration Body"))
    table = document.add_table(rows=1 + len(rendered.signatures), cols=2)
    table._tbl.tblPr.style = ids["Signature Table"]
    for cell, heading in zip(table.rows[0].cells, rendered.signature_heading):
        cell.paragraphs[0]._p.style = ids["Signature Heading"]
        cell.paragraphs[0].add_run(heading)
    for row, signature in zip(table.rows[1:], rendered.signatures):
        institution, name = row.cells
        institution.paragraphs[0]._p.style = ids["Signature Institution"]
        institution.paragraphs[0].add_run(signature.institution)
        name.paragraphs[0]._p.style = ids["Signature Space"]
        for _ in range(SIGNING_LINES - 1):
            add(name, "", "Signature Space")
        add(name, signature.name, "Signature Name")
    document.save(str(out))


def organiser(rendered: RenderedDeclaration, out: Path) -> None:
    build_declaration(rendered, out)


def organiser_side_by_side(rendered: RenderedDeclaration, out: Path) -> None:
    """The same declaration twice, side by side (as two languages would be): twice the text, for reference."""
    build_parallel_declaration([rendered, rendered], out)


def make_docxtpl_template(path: Path) -> None:
    """The declaration template with Jinja2 tags in it, as a docxtpl user would prepare it in Word."""
    import docx

    document = docx.Document(str(paths.docx_template("declaration.docx")))
    document.add_paragraph("{{ title }}", style="Declaration Title")
    document.add_paragraph("{%p for clause in body %}", style="Declaration Body")
    document.add_paragraph("{{ clause }}", style="Declaration Body")
    document.add_paragraph("{%p endfor %}", style="Declaration Body")
    document.add_paragraph("{%p for clause in operative %}", style="Operative Clause")
    document.add_paragraph("{{ clause }}", style="Operative Clause")
    document.add_paragraph("{%p endfor %}", style="Operative Clause")
    document.add_paragraph("{{ closing }}", style="Closing Formula")
    table = document.add_table(rows=4, cols=2)
    table.style = document.styles["Signature Table"]
    for cell, text in zip(table.rows[0].cells, ("{{ heading[0] }}", "{{ heading[1] }}")):
        cell.paragraphs[0].style = "Signature Heading"
        cell.paragraphs[0].add_run(text)
    table.rows[1].cells[0].paragraphs[0].add_run("{%tr for s in signatures %}")
    table.rows[2].cells[0].paragraphs[0].style = "Signature Institution"
    table.rows[2].cells[0].paragraphs[0].add_run("{{ s.institution }}")
    name_cell = table.rows[2].cells[1]
    name_cell.paragraphs[0].style = "Signature Space"
    for _ in range(SIGNING_LINES - 1):
        name_cell.add_paragraph("", style="Signature Space")
    name_cell.add_paragraph("{{ s.name }}", style="Signature Name")
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    document.save(str(path))


def peer(template: Path):
    from docxtpl import DocxTemplate

    def render(rendered: RenderedDeclaration, out: Path) -> None:
        document = DocxTemplate(str(template))
        operative = [c.numbered_text for c in rendered.body if c.kind is ClauseKind.OPERATIVE]
        other = [c.text for c in rendered.body if c.kind in (ClauseKind.PARTICIPANTS, ClauseKind.PREAMBLE)]
        document.render({"title": rendered.title, "body": other, "operative": operative,
                         "closing": rendered.body[-1].text, "heading": rendered.signature_heading,
                         "signatures": rendered.signatures})
        document.save(str(out))

    return render


def measure(function, rendered: RenderedDeclaration, folder: Path, repeat: int) -> float:
    function(rendered, folder / "warm-up.docx")
    times = []
    for n in range(repeat):
        out = folder / f"run-{n}.docx"
        start = time.perf_counter()
        function(rendered, out)
        times.append(time.perf_counter() - start)
        out.unlink()
    return statistics.median(times)


def check(path: Path, rendered: RenderedDeclaration) -> None:
    """Each contender wrote the whole declaration: every clause and every signatory."""
    import docx

    from organiser.documents.numbering import labelled_text, labels

    document = docx.Document(str(path))
    found = labels(document)  # organiser's clauses are a Word list: their numbers are not in their text
    text = [labelled_text(p, found) for p in document.paragraphs]
    text += [labelled_text(p, found) for t in document.tables for row in t.rows for c in row.cells
             for p in c.paragraphs]
    missing = [c.numbered_text for c in rendered.body if c.numbered_text not in text]
    missing += [s.name for s in rendered.signatures if s.name not in text]
    if missing:
        raise SystemExit(f"{path.name} lacks {len(missing)} texts, first: {missing[0][:60]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="runs of each contender (default 15)")
    args = parser.parse_args(argv)
    rendered = declaration()
    with tempfile.TemporaryDirectory(prefix="bench-export-") as work:
        folder = Path(work)
        contenders = {"floor (plain python-docx)": floor, "floor, styles set by id": floor_by_id,
                      "organiser build_declaration": organiser,
                      "organiser, two side by side": organiser_side_by_side}
        try:
            import docxtpl  # noqa: F401
        except ImportError:
            print("peer docxtpl: skipped, not installed (pip install docxtpl)")
        else:
            template = folder / "docxtpl-template.docx"
            make_docxtpl_template(template)
            contenders["peer docxtpl"] = peer(template)
        for function in contenders.values():
            out = folder / "check.docx"
            function(rendered, out)
            check(out, rendered)
            out.unlink()
        results = {name: measure(function, rendered, folder, args.repeat) for name, function in contenders.items()}
    base = results["floor (plain python-docx)"]
    print(f"{CLAUSES}-clause declaration, {SIGNATORIES} signatories; median of {args.repeat} runs")
    for name, seconds in results.items():
        print(f"  {name:<28} {seconds * 1000:8.1f} ms   {seconds / base:5.2f} × floor")
    ratio = results["organiser build_declaration"] / base
    verdict = "meets" if ratio <= GOAL else "MISSES"
    print(f"organiser / floor = {ratio:.2f} ({verdict} the goal ≤ {GOAL})")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
