"""Word documents built with python-docx on the styles of the templates in templates_docx/.

One builder a document (declaration, …); shared helpers in :mod:`organiser.documents.common`.
python-docx is imported only when a document is built, never when this package is imported.
"""
