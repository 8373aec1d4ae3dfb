"""Word documents built with python-docx on the styles of the templates in templates_docx/.

One pipeline, each step importing only the ones before it:

- names.py (names as documents print them, every missing one collected) and request.py (what an
  export asks);
- the content of each document, gathered through services only: lists_content.py (signature sheet,
  participants, programme, as content.py's data), declaration_content.py, protocol_content.py
  (seating plan, place cards, badges);
- one builder a document (declaration.py, signature_sheet.py, …, memorandum.py, comparison.py), each
  starting from common.start_document and saving through common.save_document (services/files.py's
  one atomic writer); pdf.py renders a Word file through LibreOffice;
- registry.py: every kind of document by its name (organiser/domain/document_kinds.py), with its
  template, styles, content and builder;
- export.py: an event's documents in one language, two side by side, or one file per language.

python-docx is imported only when a document is built, never when this package is imported.
"""
