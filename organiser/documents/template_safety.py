"""What a Word template must not carry, because every document built on it would carry it too.

A .docx can make Word or LibreOffice reach outside the file when it is opened or printed: a picture or
a hyperlink whose relationship targets a URL or a path (``TargetMode="External"``), an attached template
(``w:attachedTemplate``, which Word fetches on open), a subdocument, a field that includes another file
(INCLUDETEXT, INCLUDEPICTURE, LINK, DDE …), an embedded OLE object or ActiveX control, a macro project.
None of these belongs in an office's letterhead, so a template holding any is refused, in one line
naming the part — not cleaned, since a silently changed template would print something other than what
the office designed. Shipped templates pass the same check (tests/unit/documents/test_template_safety.py).
"""
from __future__ import annotations

import re
import zipfile

# Parts no template needs: a macro project, embedded objects, ActiveX controls.
_FORBIDDEN_PART = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml)$|(^|/)(embeddings|activeX)/|\.bin$", re.IGNORECASE)
_FORBIDDEN_CONTENT_TYPE = re.compile(r"macroEnabled|vbaProject|vbaData|oleObject|activeX", re.IGNORECASE)
# Relationship types that bring in another file, whatever their target mode.
_FORBIDDEN_RELATIONSHIP = ("/subDocument", "/attachedTemplate", "/oleObject", "/control", "/package",
                           "/vbaProject", "/frame", "/aFChunk")
# Elements that embed or link another document.
_FORBIDDEN_ELEMENT = {"attachedTemplate": "an attached template", "subDoc": "a subdocument",
                      "object": "an embedded object", "OLEObject": "an embedded OLE object",
                      "control": "an ActiveX control", "altChunk": "an imported document"}
# Field codes that read another file, a URL or another program's data when the document is updated.
# Checked anywhere in a field's code, so that one nested in another (QUOTE "INCLUDEPICTURE …") is found.
_FORBIDDEN_FIELD = re.compile(r"\b(INCLUDETEXT|INCLUDEPICTURE|INCLUDE|LINK|DDE|DDEAUTO|IMPORT|DATABASE|RD)\b",
                              re.IGNORECASE)

# A DTD or entity declaration in any part, in any of the encodings XML may be written in.
DTD_MARKS = tuple(mark.encode(encoding) for mark in ("<!DOCTYPE", "<!ENTITY")
                  for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))


def dtd_problem(name: str, data: bytes) -> str | None:
    """Why the part ``name`` holding ``data`` is refused for declaring a DTD or an entity, or None."""
    if any(mark in data for mark in DTD_MARKS):
        return (f"its part {name} declares a DTD or an entity (<!DOCTYPE>/<!ENTITY>), which a Word document "
                "never does: refused")
    return None


def unsafe_content(archive: zipfile.ZipFile, read) -> str | None:
    """The first thing in ``archive`` that could reach outside the file, said as a refusal naming its
    part, or None. ``read(info)`` returns a part's bytes (bounded by the caller's size checks); parts are
    read after the archive's directory has been checked for zip bombs."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    for info in archive.infolist():
        if _FORBIDDEN_PART.search(info.filename):
            return f"its part {info.filename} is a macro project, an embedded object or a control: refused"
    for info in archive.infolist():
        data = read(info)
        problem = dtd_problem(info.filename, data)
        if problem:
            return problem
        name = info.filename
        if name == "[Content_Types].xml" and _FORBIDDEN_CONTENT_TYPE.search(data.decode("utf-8", "replace")):
            return "its [Content_Types].xml declares macros, embedded objects or controls: refused"
        lowered = name.lower()  # part names are case-insensitive: python-docx reads word/header1.XML too
        if not lowered.endswith((".xml", ".rels")):
            continue
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError as error:
            return f"its part {name} is not well-formed XML ({error})"
        problem = _relationships_problem(name, root) if lowered.endswith(".rels") else _xml_problem(name, root)
        if problem:
            return problem
    return None


def _relationships_problem(name: str, root) -> str | None:
    for relationship in root:
        target = relationship.get("Target", "")
        kind = relationship.get("Type", "")
        if relationship.get("TargetMode", "").lower() == "external":
            return f"its part {name} links to an outside target ({target[:120]}): refused"
        if kind.endswith(_FORBIDDEN_RELATIONSHIP):
            return f"its part {name} brings in another file ({kind.rsplit('/', 1)[-1]}: {target[:120]}): refused"
    return None


def _xml_problem(name: str, root) -> str | None:
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = element.tag.rsplit("}", 1)[-1]
        if local in _FORBIDDEN_ELEMENT:
            return f"its part {name} holds {_FORBIDDEN_ELEMENT[local]} ({local}): refused"
        if local == "fldSimple":
            code = next((value for key, value in element.attrib.items() if key.endswith("}instr")), "")
            if _FORBIDDEN_FIELD.search(code):
                return _field_refusal(name, code)
    for code in _complex_field_codes(root):
        if _FORBIDDEN_FIELD.search(code):
            return _field_refusal(name, code)
    return None


def _complex_field_codes(root):
    """The code of every complex field of a part, each on its own: the ``instrText`` runs between a field's
    ``fldChar begin`` and its ``separate`` (or ``end``), which Word splits anywhere, even inside a word, and
    which may hold fields nested in it."""
    open_codes: list[list[str]] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = element.tag.rsplit("}", 1)[-1]
        if local == "fldChar":
            kind = next((value for key, value in element.attrib.items() if key.endswith("}fldCharType")), "")
            if kind == "begin":
                open_codes.append([])
            elif kind in ("separate", "end") and open_codes:
                yield "".join(open_codes.pop() if kind == "end" else open_codes[-1])
                if kind == "separate":
                    open_codes[-1] = []  # the result follows; the code is checked already
        elif local == "instrText" and open_codes:
            open_codes[-1].append(element.text or "")
    for unclosed in open_codes:
        yield "".join(unclosed)


def _field_refusal(name: str, code: str) -> str:
    return f"its part {name} holds a field that reads another file ({' '.join(code.split())[:80]}): refused"
