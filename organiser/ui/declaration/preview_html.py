"""The declaration's preview as HTML, from the rendered declaration alone: no Qt here, so it is tested
without a window."""
from __future__ import annotations

import html

from organiser.domain.declaration import RenderedDeclaration

ERROR_COLOUR = "#b00020"


def declaration_html(rendered: RenderedDeclaration) -> str:
    """Title centred, clauses justified and numbered as they print, then the signature table."""
    parts = [f"<h3 style='text-align:center'>{html.escape(rendered.title)}</h3>"]
    for clause in rendered.body:
        parts.append(f"<p style='text-align:justify'>{html.escape(clause.numbered_text)}</p>")
    heading = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in rendered.signature_heading)
    rows = "".join(f"<tr><td width='50%'>{html.escape(r.institution)}</td><td>{html.escape(r.name)}</td></tr>"
                   for r in rendered.signatures)
    parts.append(f"<table width='100%' cellspacing='6'><tr>{heading}</tr>{rows}</table>")
    return "".join(parts)


def unavailable_html(reason: str) -> str:
    """What the preview says when the declaration cannot be rendered yet (``reason`` as a sentence)."""
    return f"<p style='color:{ERROR_COLOUR}'>The preview cannot be shown yet: {html.escape(reason)}</p>"


def warnings_heading(problems: list[str]) -> str:
    return f"Warnings ({len(problems)}; export waits until there are none):" if problems else "Warnings:"


NO_WARNINGS = "None: the declaration can be exported."
