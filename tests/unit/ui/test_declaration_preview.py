"""The Declaration screen's preview as HTML: a function of the rendered declaration, tested without Qt."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from organiser.domain.declaration import RenderedClause, RenderedDeclaration, SignatureRow
from organiser.domain.model import ClauseKind
from organiser.ui.declaration.preview_html import (
    NO_WARNINGS, declaration_html, unavailable_html, warnings_heading,
)

ROOT = Path(__file__).resolve().parents[3]


def _rendered(**changes) -> RenderedDeclaration:
    values = dict(
        language="en", title="Declaration of the <4th> meeting",
        body=[RenderedClause(ClauseKind.PARTICIPANTS, "Mr. A & Mr. B participated."),
              RenderedClause(ClauseKind.OPERATIVE, "To establish a working group.", 1),
              RenderedClause(ClauseKind.OPERATIVE, "To meet again.", 2)],
        signature_heading=("MEMBER INSTITUTION", "PROSECUTOR GENERAL"),
        signatures=[SignatureRow("Prosecutor General's Office of Azerbaijan", "Kamran ALIYEV", "Prosecutor General")])
    values.update(changes)
    return RenderedDeclaration(**values)


def test_the_title_clauses_and_signatures_in_print_order_and_escaped():
    html = declaration_html(_rendered())
    assert html.startswith("<h3 style='text-align:center'>Declaration of the &lt;4th&gt; meeting</h3>")
    order = [html.index(text) for text in ("Mr. A &amp; Mr. B participated.", "1. To establish a working group.",
                                           "2. To meet again.", "<th align='left'>MEMBER INSTITUTION</th>",
                                           "Prosecutor General&#x27;s Office of Azerbaijan", "Kamran ALIYEV")]
    assert order == sorted(order)
    assert html.count("<p style='text-align:justify'>") == 3
    assert html.endswith("</table>")


def test_a_declaration_without_signatures_still_has_its_heading_row():
    html = declaration_html(_rendered(signatures=[]))
    assert "<tr><th align='left'>MEMBER INSTITUTION</th><th align='left'>PROSECUTOR GENERAL</th></tr></table>" in html


def test_why_the_preview_cannot_be_shown_and_the_warnings_heading():
    assert unavailable_html("Clause x: a lone '{' <here>.") == (
        "<p style='color:#b00020'>The preview cannot be shown yet: Clause x: a lone &#x27;{&#x27; &lt;here&gt;.</p>")
    assert warnings_heading([]) == "Warnings:"
    assert warnings_heading(["a", "b"]) == "Warnings (2; export waits until there are none):"
    assert NO_WARNINGS == "None: the declaration can be exported."


def test_the_preview_module_imports_no_qt():
    code = ("import sys, organiser.ui.declaration.preview_html; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
