#!/usr/bin/env python3
"""Exporting a 40-clause declaration with 12 signatories: organiser's builder against a floor and a peer.

    python3 bench/bench_export.py [--repeat N]

- floor: plain python-docx writing the same content on the same template (paragraphs with their styles
  set by id, the fastest plain python-docx, and a signature table) and saving it, with none of the
  builder's checks or keep-together;
- organiser: ``organiser.documents.declaration.build_declaration`` (template checked: its zip directory,
  its XML parts for a DTD, its styles; body emptied, table widths, rows that cannot split,
  keep-with-next, atomic save);
- organiser, two side by side: ``build_parallel_declaration`` with the text in both columns (twice the
  text: shown for reference, not against the goal);
- peer: docxtpl (Jinja2 in a .docx) rendering the same content from a tagged copy of the template
  (``pip install -e .[bench]``; it is not a dependency of organiser).

All are measured in this run, after one warm-up each (so ``import docx`` is not counted), alternately:
each round runs every contender once, in an order rotated from round to round, so the machine's drift
falls on all of them alike. Each figure is the median of ``--repeat`` rounds, with its min–max as the
noise. The goal is organiser / docxtpl < 1.0 and organiser / floor < 1.0.
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

GOAL = 1.0  # organiser must be faster than the peer and than the floor
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
    """The fastest plain python-docx: the same paragraphs and table on the same template, with styles set
    by id (w:pStyle) as the builders do. Setting them by name instead (``style="Operative Clause"``)
    makes python-docx scan every style on each call and triples the time, which would flatter us."""
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
    for clause in rendered.body:  # the template's Operative Clause style numbers the clauses (a Word list)
        add(document, clause.text, styles.get(clause.kind, "Declaration Body"))
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
        operative = [c.text for c in rendered.body if c.kind is ClauseKind.OPERATIVE]
        other = [c.text for c in rendered.body if c.kind in (ClauseKind.PARTICIPANTS, ClauseKind.PREAMBLE)]
        document.render({"title": rendered.title, "body": other, "operative": operative,
                         "closing": rendered.body[-1].text, "heading": rendered.signature_heading,
                         "signatures": rendered.signatures})
        document.save(str(out))

    return render


def measure(contenders: dict, rendered: RenderedDeclaration, folder: Path, repeat: int) -> dict[str, list[float]]:
    """Every contender once per round, the order rotated each round; one warm-up each first."""
    names = list(contenders)
    for name in names:
        contenders[name](rendered, folder / "warm-up.docx")
    times: dict[str, list[float]] = {name: [] for name in names}
    for n in range(repeat):
        shift = n % len(names)
        for name in names[shift:] + names[:shift]:
            out = folder / f"run-{n}.docx"
            start = time.perf_counter()
            contenders[name](rendered, out)
            times[name].append(time.perf_counter() - start)
            out.unlink()
    return times


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
    parser.add_argument("--repeat", type=int, default=15, help="rounds (default 15)")
    args = parser.parse_args(argv)
    rendered = declaration()
    try:
        import docxtpl  # noqa: F401
    except ImportError:
        print("peer docxtpl is not installed: pip install -e '.[bench]' (or pip install docxtpl)")
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-export-") as work:
        folder = Path(work)
        template = folder / "docxtpl-template.docx"
        make_docxtpl_template(template)
        contenders = {"organiser build_declaration": organiser,
                      "floor (python-docx, styles by id)": floor,
                      "peer docxtpl": peer(template),
                      "organiser, two side by side": organiser_side_by_side}
        for function in contenders.values():
            out = folder / "check.docx"
            function(rendered, out)
            check(out, rendered)
            out.unlink()
        times = measure(contenders, rendered, folder, args.repeat)
    results = {name: statistics.median(runs) for name, runs in times.items()}
    print(f"{CLAUSES}-clause declaration, {SIGNATORIES} signatories; median of {args.repeat} alternated rounds")
    for name, runs in times.items():
        print(f"  {name:<34} {results[name] * 1000:8.1f} ms   (min–max {min(runs) * 1000:.1f}–{max(runs) * 1000:.1f})")
    ours = results["organiser build_declaration"]
    ok = True
    for label, name in (("docxtpl", "peer docxtpl"), ("floor", "floor (python-docx, styles by id)")):
        ratio = ours / results[name]
        ok = ok and ratio < GOAL
        print(f"organiser / {label} = {ratio:.2f} ({'meets' if ratio < GOAL else 'MISSES'} the goal < {GOAL})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
