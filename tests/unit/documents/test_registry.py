"""The registry of document kinds (documents/registry.py) and the one start of every builder
(documents/common.start_document): read back with python-docx."""
from __future__ import annotations

import shutil

import docx
import pytest
from docx.oxml.ns import qn

from organiser import paths
from organiser.documents import comparison, memorandum, registry, seating, signature_sheet
from organiser.documents.common import TemplateFileError, start_document
from organiser.documents.export import export_document
from organiser.domain.document_kinds import DOCUMENT_KINDS, EVENT_DOCUMENT_KINDS
from organiser.domain.errors import ValidationError
from organiser.services import declarations, revisions
from organiser.services.settings import set_template_folder

MEETING = 1


def test_every_kind_of_the_domain_is_registered_in_its_order():
    assert tuple(registry.DOCUMENTS) == DOCUMENT_KINDS


def test_the_kinds_of_an_event_gather_and_build_and_the_others_have_exports_of_their_own():
    for name, kind in registry.DOCUMENTS.items():
        per_language = kind.content is not None and kind.build is not None
        assert per_language is (name in EVENT_DOCUMENT_KINDS), name
    assert [name for name, kind in registry.DOCUMENTS.items() if kind.side_by_side is not None] == ["declaration"]


def test_a_kind_names_its_builders_template_and_styles():
    assert registry.document_kind("seating").styles is seating.STYLES
    assert registry.document_kind("signature-sheet").template == signature_sheet.TEMPLATE == "signature-sheet.docx"
    assert registry.document_kind("memorandum").styles is memorandum.STYLES
    assert registry.document_kind("comparison").template == comparison.TEMPLATE == "comparison.docx"


def test_an_unknown_kind_is_named_with_the_known_ones():
    with pytest.raises(ValidationError, match="'minutes' is not a document \\(those are: declaration, .*comparison\\)"):
        registry.document_kind("minutes")


def test_export_document_writes_only_an_events_documents(sample_db, tmp_path):
    with pytest.raises(ValidationError, match="'memorandum' is not a document \\(those are: declaration, .*badges\\)"):
        export_document(sample_db, kind="memorandum", event_id=MEETING, out=tmp_path / "m.docx")
    assert list(tmp_path.iterdir()) == []


def test_the_memorandum_and_comparison_templates_of_a_folder_are_checked_too(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    for name in ("memorandum.docx", "comparison.docx"):
        shutil.copy(paths.docx_template(name), folder / name)
    assert registry.check_template_folder(folder) == ["memorandum.docx", "comparison.docx"]

    edited = docx.Document(str(paths.docx_template("comparison.docx")))
    edited.styles["Comparison Body"].name = "Body"
    edited.save(str(folder / "comparison.docx"))
    with pytest.raises(TemplateFileError, match='comparison.docx: lacks the style "Comparison Body"'):
        registry.check_template_folder(folder)


def test_the_comparison_is_built_on_the_workspaces_own_template(sample_db, tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    own = docx.Document(str(paths.docx_template("comparison.docx")))
    own.sections[0].header.paragraphs[0].text = "Our own comparison header"
    own.save(str(folder / "comparison.docx"))
    set_template_folder(sample_db, folder=folder)
    draft = declarations.event_declaration(sample_db, event_id=MEETING)
    revisions.save_revision(sample_db, declaration_id=draft.id, author="A")
    out = comparison.export_comparison(sample_db, declaration_id=draft.id, old=1, new=None, out=tmp_path / "c.docx")
    assert docx.Document(str(out)).sections[0].header.paragraphs[0].text == "Our own comparison header"


def test_template_path_prefers_the_workspace_folder_per_file(sample_db, tmp_path):
    shutil.copy(paths.docx_template("programme.docx"), tmp_path / "programme.docx")
    set_template_folder(sample_db, folder=tmp_path)
    assert registry.template_path(sample_db, "programme") == tmp_path / "programme.docx"
    assert registry.template_path(sample_db, "badges") == paths.docx_template("badges.docx")


# --- start_document ------------------------------------------------------------------------------------

def test_start_document_opens_the_template_empties_its_body_and_sets_title_and_language():
    document, styles = start_document(None, default="participants.docx",
                                      styles=registry.DOCUMENTS["participants"].styles, title="List of participants",
                                      language="az")
    body = document.element.body
    assert [child.tag for child in body] == [qn("w:sectPr")]  # the page set-up stays
    assert document.sections[0].header.paragraphs[0].style.name == "Header"
    assert (document.core_properties.title, document.core_properties.language) == ("List of participants", "az")
    assert document.core_properties.revision == 1
    assert styles["Delegation Heading"] == document.styles["Delegation Heading"].style_id


def test_start_document_takes_the_template_given(tmp_path):
    own = docx.Document(str(paths.docx_template("badges.docx")))
    own.core_properties.title = "the template's own title"
    own.save(str(tmp_path / "badges.docx"))
    document, _styles = start_document(tmp_path / "badges.docx", default="programme.docx",
                                       styles=registry.DOCUMENTS["badges"].styles, title="Badges", language="en")
    assert "Badge Name" in [style.name for style in document.styles]
    assert document.core_properties.title == "Badges"


def test_start_document_refuses_a_template_without_the_styles_asked():
    with pytest.raises(TemplateFileError, match='programme.docx: lacks the styles "Badge Table", "Badge Event"'):
        start_document(None, default="programme.docx", styles=registry.DOCUMENTS["badges"].styles, title="Badges",
                       language="en")
