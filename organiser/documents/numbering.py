"""Word's own list numbering (numbering.xml), as the declaration's operative clauses use it.

The template numbers its "Operative Clause" style with a list ("1.", "2." …, tools/make_docx_templates.py):
a clause is a paragraph in that style, and Word or LibreOffice print its number, so a clause inserted in
Word renumbers those after it. Two languages side by side need two lists, each starting at 1: the second
column's paragraphs name a list of their own (:func:`restarted_list`), a copy of the style's.

:func:`labels` is the reverse: the number each paragraph of a document prints, computed from its
numbering properties, for a read-back (python-docx's ``paragraph.text`` has no list numbers).
Only what the builders write is understood: one level, decimal numbers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document


def style_list(document: Document, style_id: str) -> int | None:
    """The numId of the list the paragraph style ``style_id`` (or a style it is based on) numbers its
    paragraphs with; None when it has none, or names one numbering.xml lacks (a template from before
    the numbering, or edited so in Word)."""
    from docx.oxml.ns import qn

    styles = document.styles.element
    seen = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        style = next((s for s in styles.findall(qn("w:style")) if s.get(qn("w:styleId")) == style_id), None)
        if style is None:
            return None
        num_id = _num_id(style.find(qn("w:pPr")))
        if num_id is not None:
            return num_id if num_id and _num(document, num_id) is not None else None
        based = style.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None
    return None


def restarted_list(document: Document, num_id: int) -> int:
    """A new list numbered as ``num_id``'s, counting from its own start: a copy of its abstractNum
    (fresh ids, not linked to a style), and a num naming it with a start override. Its numId."""
    import copy

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = document.part.numbering_part.element
    source = _abstract(document, num_id)
    abstracts = numbering.findall(qn("w:abstractNum"))
    abstract = copy.deepcopy(source)
    abstract_id = 1 + max(int(a.get(qn("w:abstractNumId"))) for a in abstracts)
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    used = {e.get(qn("w:val")) for e in numbering.iter(qn("w:nsid"), qn("w:tmpl"))}
    for tag in ("w:nsid", "w:tmpl"):
        element = abstract.find(qn(tag))
        if element is not None:  # the list's identity in Word: two lists must not share it
            value = int(element.get(qn("w:val")), 16)
            while f"{value:08X}" in used:
                value = (value + 1) % 0x1_0000_0000
            used.add(f"{value:08X}")
            element.set(qn("w:val"), f"{value:08X}")
    for style in abstract.iter(qn("w:pStyle")):
        style.getparent().remove(style)
    abstracts[-1].addnext(abstract)  # every abstractNum before the first num, as the schema orders them
    new_id = 1 + max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num")))
    start = abstract.find(qn("w:lvl")).find(qn("w:start"))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract_id}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start.get(qn("w:val")) if start is not None else 1}"/>'
        '</w:lvlOverride></w:num>'))
    return new_id


def set_list(paragraph, num_id: int) -> None:
    """Number ``paragraph`` in the list ``num_id`` (its first level), whatever its style says."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.insert_element_before(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'),
        "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
        "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
        "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
        "w:sectPr", "w:pPrChange")


def labels(document: Document) -> dict:
    """Each numbered paragraph of ``document`` (its w:p element, in the body, tables included) → the label
    it prints ("1.", "2." …), counted in document order as Word counts: a list a num with a start override,
    else a list an abstractNum."""
    from docx.oxml.ns import qn

    counters: dict[tuple[str, int], int] = {}
    style_lists: dict[str, int | None] = {}
    out = {}
    for p in document.element.body.iter(qn("w:p")):
        p_pr = p.find(qn("w:pPr"))
        num_id = _num_id(p_pr)
        if num_id is None:
            style = p_pr.find(qn("w:pStyle")) if p_pr is not None else None
            style_id = style.get(qn("w:val")) if style is not None else None
            if style_id not in style_lists:
                style_lists[style_id] = style_list(document, style_id) if style_id else None
            num_id = style_lists[style_id]
        if not num_id:
            continue
        num = _num(document, num_id)
        abstract = _abstract(document, num_id)
        level = abstract.find(qn("w:lvl"))
        override = num.find(qn("w:lvlOverride"))
        start_override = override.find(qn("w:startOverride")) if override is not None else None
        if start_override is not None:
            key, start = ("num", num_id), int(start_override.get(qn("w:val")))
        else:
            start_element = level.find(qn("w:start"))
            key = ("abstract", int(abstract.get(qn("w:abstractNumId"))))
            start = int(start_element.get(qn("w:val"))) if start_element is not None else 0
        counters[key] = counters.get(key, start - 1) + 1
        number_format = level.find(qn("w:numFmt"))
        if number_format is not None and number_format.get(qn("w:val")) != "decimal":
            raise ValueError(f"list {num_id} is not numbered in decimals")
        out[p] = level.find(qn("w:lvlText")).get(qn("w:val")).replace("%1", str(counters[key]))
    return out


def labelled_text(paragraph, found: dict) -> str:
    """The paragraph's text as it prints: its label (from :func:`labels`), a space, then its text."""
    label = found.get(paragraph._p)
    return f"{label} {paragraph.text}" if label else paragraph.text


def _num_id(p_pr) -> int | None:
    from docx.oxml.ns import qn

    if p_pr is None:
        return None
    num_pr = p_pr.find(qn("w:numPr"))
    element = num_pr.find(qn("w:numId")) if num_pr is not None else None
    return int(element.get(qn("w:val"))) if element is not None else None


def _num(document: Document, num_id: int):
    from docx.oxml.ns import qn

    try:
        numbering = document.part.numbering_part.element
    except NotImplementedError:  # no numbering part at all
        return None
    return next((n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id)), None)


def _abstract(document: Document, num_id: int):
    from docx.oxml.ns import qn

    abstract_id = _num(document, num_id).find(qn("w:abstractNumId")).get(qn("w:val"))
    numbering = document.part.numbering_part.element
    return next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
