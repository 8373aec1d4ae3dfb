from organiser.domain.model import Clause, ClauseKind
from organiser.storage.clauses import clause_by_key, save_clause
from organiser.storage.db import open_workspace
from organiser.storage.settings import get_setting, set_setting


def test_a_setting_is_kept_in_the_workspace_file_and_removed_with_none(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as ws, ws.atomic() as db:
        assert get_setting(db, "template_folder", "none") == "none"
        set_setting(db, "template_folder", "/home/protocol/Şablonlar")
        set_setting(db, "template_folder", "/home/protocol/Шаблоны")
    with open_workspace(path) as ws:
        assert get_setting(ws.db, "template_folder") == "/home/protocol/Шаблоны"
        with ws.atomic() as db:
            set_setting(db, "template_folder", None)
        assert get_setting(ws.db, "template_folder") is None


def test_a_clause_keeps_its_original_language_and_retirement():
    with open_workspace() as ws, ws.atomic() as db:
        save_clause(db, Clause("c", ClauseKind.PREAMBLE, {"en": "Noting", "az": "Qeyd edərək"},
                               original_language="en", retired=True))
        clause = clause_by_key(db, "c")
    assert (clause.original_language, clause.retired) == ("en", True)
    assert clause.is_translation("az") and not clause.is_translation("en") and not clause.is_translation("ru")
