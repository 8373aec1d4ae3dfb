"""Python generated from forms/*.ui by tools/generate_forms.py; do not edit by hand."""
