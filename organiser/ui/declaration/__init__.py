"""The Declaration screen's panels: drafts bar, clause library, the declaration being assembled, the form of
values, the preview; ``preview_html`` renders the preview without Qt. The screen is
organiser.ui.declaration_page.DeclarationPage."""
