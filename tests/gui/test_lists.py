"""Each list (languages, event kinds, roles, clause kinds, seating arrangements) is defined once, in
organiser/domain: what the command line offers and what the window's combo boxes hold are read here
from the parser and the widgets themselves and compared with domain's list, never with a copy of it."""
from __future__ import annotations

import argparse

from organiser import cli
from organiser.domain.collation import COLLATION_LOCALES
from organiser.domain.languages import LANGUAGE_NAMES, LANGUAGES, available_languages
from organiser.domain.model import ClauseKind, EventKind, Role
from organiser.domain.seating import Arrangement
from organiser.ui import settings
from organiser.ui.clause_editor import ClauseEditor


def combo_data(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def option(*command: str, name: str) -> argparse.Action:
    parser = cli.build_parser()
    for word in command:
        subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = subparsers.choices[word]
    return next(a for a in parser._actions if name in a.option_strings)


def test_the_command_line_reads_the_lists():
    arrangement = option("export", "seating", name="--arrangement")
    assert list(arrangement.choices) == [a.value for a in Arrangement]
    assert arrangement.default == Arrangement.LONG_TABLE.value
    # --language has no argparse choices (an unknown language is reported by the domain, in one line);
    # its help names the languages, from the same list.
    assert f"({', '.join(LANGUAGES)})" in option("order", name="--language").help


def test_the_languages_are_one_list():
    assert settings.LANGUAGES is LANGUAGES
    assert list(COLLATION_LOCALES) == list(LANGUAGES)
    assert list(LANGUAGE_NAMES) == list(LANGUAGES)
    assert available_languages() == sorted(LANGUAGES)


def test_the_window_language_combos_read_the_list(window):
    assert combo_data(window.ui.language_combo) == list(LANGUAGES)
    window.session.select_event(1)
    order = window.show_page("order")
    assert combo_data(order.ui.language) == list(LANGUAGES)
    assert combo_texts(order.ui.language) == [f"{LANGUAGE_NAMES[code]} ({code})" for code in LANGUAGES]
    documents = window.show_page("documents")
    items = [documents.ui.languages.item(i) for i in range(documents.ui.languages.count())]
    assert [item.data(0x0100) for item in items] == available_languages()
    assert [item.text() for item in items] == [f"{LANGUAGE_NAMES[c]} ({c})" for c in available_languages()]
    declaration = window.show_page("declaration")
    assert list(declaration.language_boxes) == list(LANGUAGES)
    assert combo_data(declaration.ui.preview_language) == list(LANGUAGES)


def test_the_window_kind_role_and_arrangement_combos_read_the_enums(window):
    window.session.select_event(1)
    assert combo_data(window.show_page("events").form.ui.kind) == list(EventKind)
    assert combo_data(window.show_page("delegations").ui.role_combo) == list(Role)
    assert combo_data(window.show_page("seating").ui.arrangement) == [a.value for a in Arrangement]
    editor = ClauseEditor(window.session, None, submit=lambda clause: None)
    try:
        assert combo_data(editor.ui.kind) == [kind.value for kind in ClauseKind]
        assert combo_data(editor.ui.original_language) == ["", *LANGUAGES]
        assert list(editor.texts) == list(LANGUAGES)
    finally:
        editor.deleteLater()
