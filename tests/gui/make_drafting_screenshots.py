"""Save screenshots of the drafting dialogs on the sample council: docs/window-clause-editor.png (a clause with
placeholders of the drafter's own, typed) and docs/window-revisions.png (two revisions compared), and the
Declaration screen with its drafts, languages and values: docs/window-declaration.png.

    QT_QPA_PLATFORM=offscreen python3 tests/gui/make_drafting_screenshots.py [OUT_DIR]

Settings and the data directory are temporary, so nothing of the user's is read or changed.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from make_screenshots import sample_app  # noqa: E402 - the same temporary set-up as the other screenshots


def main(out: Path) -> int:
    app, workspace, _ = sample_app("organiser-drafting-shots-")
    from organiser.domain.model import Clause, ClauseKind
    from organiser.services import declarations, events, library, revisions
    from organiser.ui.main_window import MainWindow

    meeting = next(e for e in events.list_events(workspace) if e.ordinal == 3)
    draft = declarations.event_declaration(workspace, event_id=meeting.id)
    revisions.save_revision(workspace, declaration_id=draft.id, author="Aida Karimova", comment="as signed in Bishkek")
    group = Clause("operative-digital-evidence-group", ClauseKind.OPERATIVE,
                   {"en": "To establish a working group on digital evidence, chaired by {group_chair:full}, that "
                          "reports to the Council at its {next_meeting_ordinal:word} meeting and no later than "
                          "{report_date:long}."},
                   ["digital evidence", "working group"], "Proposed by the Azerbaijani delegation.",
                   original_language="en", placeholder_types={"group_chair": "person", "report_date": "date"})
    library.save_clause(workspace, clause=group)
    ids = list(draft.clause_ids)
    declarations.set_declaration_clauses(workspace, declaration_id=draft.id, clause_ids=ids[:5] + [group.id] + ids[5:])
    for name, value in (("group_chair", "kamran-aliyev"), ("report_date", "2026-03-31"), ("next_meeting_year", "2026")):
        declarations.set_declaration_value(workspace, declaration_id=draft.id, name=name, value=value)
    revisions.save_revision(workspace, declaration_id=draft.id, author="Aida Karimova",
                            comment="working group added; next meeting in 2026")

    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(workspace)
    window.settings.author_name = "Aida Karimova"
    window.resize(1360, 820)
    window.show()
    window.session.select_event(meeting.id)
    page = window.show_page("declaration")

    def settle():
        for _ in range(8):
            app.processEvents()

    def save(widget, name):
        settle()
        path = out / name
        if not widget.grab().save(str(path)):
            raise SystemExit(f"cannot write {path}")
        print("saved", path)

    page.select_clause(group.id)
    save(window, "window-declaration.png")
    editor = page.edit_clause()
    editor.resize(900, 620)
    save(editor, "window-clause-editor.png")
    editor.reject()
    dialog = page.open_revisions()
    dialog.resize(1000, 700)
    dialog.choose(1, 2)
    dialog.select(2)
    save(dialog, "window-revisions.png")
    dialog.reject()
    window.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"))
