"""The sample council in Azerbaijani, Russian and Kazakh: its clause library carries working translations
of the English original, and the 3rd meeting's declaration, signature sheet and participants list
export in each language with every name, in protocol order, and no placeholder left."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from organiser import paths
from organiser.documents import export as documents
from organiser.domain.templates import placeholders
from organiser.services import declarations
from organiser.services.events import list_events
from organiser.services.exchange import SAMPLE, read_package_file

LANGUAGES = ("az", "ru", "kk")

# The heads of delegation as each language prints them, with a word of their state's name as their
# position writes it, in the reference's protocol order (AZ, KZ, KG, UZ, TR).
HEADS = {
    "en": [("Kamran ALIYEV", "Azerbaijan"), ("Berik ASYLOV", "Kazakhstan"), ("Maksat ASANALIEV", "Kyrgyz"),
           ("Nigmatilla YULDOSHEV", "Uzbekistan"), ("Muhsin ŞENTÜRK", "Türkiye")],
    "az": [("Kamran ƏLİYEV", "Azərbaycan"), ("Berik ASILOV", "Qazaxıstan"), ("Maksat ASANALİYEV", "Qırğız"),
           ("Nigmatilla YULDOŞEV", "Özbəkistan"), ("Muhsin ŞENTÜRK", "Türkiyə")],
    "ru": [("Камран АЛИЕВ", "Азербайджанской"), ("Берик АСЫЛОВ", "Казахстан"), ("Максат АСАНАЛИЕВ", "Кыргызской"),
           ("Нигматилла ЮЛДОШЕВ", "Узбекистан"), ("Мухсин ШЕНТЮРК", "Турецкой")],
    "kk": [("Камран ӘЛИЕВ", "Әзірбайжан"), ("Берік АСЫЛОВ", "Қазақстан"), ("Максат АСАНАЛИЕВ", "Қырғыз"),
           ("Нигматилла ЮЛДОШЕВ", "Өзбекстан"), ("Мұхсин ШЕНТҮРК", "Түркия")],
}
SECRETARY_GENERAL = {
    "az": "Türk Dövlətləri Təşkilatının Baş katibi səfir cənab Kubanıçbek Ömüraliyev",
    "ru": "Генеральный секретарь Организации тюркских государств посол Кубанычбек Омуралиев",
    "kk": "Түркі мемлекеттері ұйымының Бас хатшысы елші Құбанычбек Өмүралиев",
}
# What each language's texts make of the values that need a grammatical case (see the clauses' notes).
EXPECTED_PHRASES = {
    "az": ["Türk Dövlətləri Təşkilatına Üzv Dövlətlərin Baş Prokurorları Şurasının üçüncü iclasının Bəyannaməsi",
           "25 iyul 2024 tarixində Bişkek şəhərində (Qırğız Respublikası)",
           "Şurasının dördüncü iclasını 2025-ci ildə Özbəkistan Respublikasında təşkil etmək.",
           "Bişkek şəhərində, 25 iyul 2024 tarixində, ingilis dilində imzalanmışdır."],
    "ru": ["Декларация третьего заседания Совета генеральных прокуроров государств — членов Организации тюркских "
           "государств",
           "приняли участие в работе третьего заседания",
           "которое Совет генеральных прокуроров Организации тюркских государств провёл 25 июля 2024\u202fг. "
           "в городе Бишкек (Кыргызская Республика).",
           "проведёт своё четвёртое заседание в 2025 году; принимающая сторона — Республика Узбекистан.",
           "Подписано в городе Бишкек 25 июля 2024 года на английском языке."],
    "kk": ["Түркі мемлекеттері ұйымына мүше мемлекеттердің Бас прокурорлары кеңесінің үшінші отырысының "
           "Декларациясы",
           "2024\u202fж. 25 шілде күні Бішкек қаласында (Қырғыз Республикасы)",
           "кеңесінің төртінші отырысын 2025 жылы Өзбекстан Республикасында ұйымдастыру.",
           "2024 жылғы 25 шілде күні Бішкек қаласында ағылшын тілінде қол қойылды."],
}


@pytest.fixture(scope="module")
def package():
    return read_package_file(paths.resource(*SAMPLE))


def meeting_id(workspace) -> int:
    (event,) = [e for e in list_events(workspace) if e.start_date == dt.date(2024, 7, 25)]
    return event.id


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(texts)


# --- the clause library -------------------------------------------------------------------------

def test_every_clause_has_english_and_its_translations_marked_as_such(package):
    assert package.clauses
    for clause in package.clauses:
        assert {"en", "az", "ru", "kk"} <= set(clause.texts), clause.key
        assert clause.original_language == "en", clause.key
        assert all(clause.is_translation(language) for language in LANGUAGES)
        assert not clause.is_translation("en")
        assert "working translations of the English original" in clause.note, clause.key


def test_each_clause_uses_the_same_placeholders_in_every_language(package):
    for clause in package.clauses:
        english = set(placeholders(clause.texts["en"]))
        for language, text in clause.texts.items():
            assert set(placeholders(text)) == english, (clause.key, language)


# --- the 3rd meeting in each language ---------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_the_declaration_has_no_missing_name(sample_db, language):
    assert declarations.declaration_problems(sample_db, event_id=meeting_id(sample_db), language=language) == []


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_heads_stand_in_protocol_order_in_participants_and_signatures(sample_db, language):
    rendered = declarations.render_event_declaration(sample_db, event_id=meeting_id(sample_db), language=language)
    heads = HEADS[language]
    assert [row.name for row in rendered.signatures] == [name for name, _ in heads]
    for row, (_, state) in zip(rendered.signatures, heads):
        assert state in row.institution and state in row.position
    participants = next(c.text for c in rendered.body if c.kind.value == "participants")
    # Each head named after their own state's position and before the next state's.
    places = []
    for name, state in heads:
        places += [participants.index(state, places[-1] if places else 0), participants.index(name)]
    assert places == sorted(places)
    if language in SECRETARY_GENERAL:
        assert SECRETARY_GENERAL[language] in participants


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_exported_declaration_reads_in_its_language(sample_db, tmp_path, language):
    out = documents.export_document(sample_db, kind="declaration", event_id=meeting_id(sample_db),
                                    out=tmp_path / f"declaration-{language}.docx", language=language)
    text = docx_text(out)
    assert "{" not in text and "}" not in text
    for phrase in EXPECTED_PHRASES[language]:
        assert phrase in text, phrase
    for name, _ in HEADS[language]:
        assert text.count(name) == 2, name  # in the participants paragraph and under a signature
    # No English word of the original slips into a translation.
    for english in ("Prosecutor", "Republic", "Organization", "Signed", "Bishkek", "July"):
        assert english not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_signature_sheet_and_participants_list_export(sample_db, tmp_path, language):
    event = meeting_id(sample_db)
    sheet = documents.export_document(sample_db, kind="signature-sheet", event_id=event,
                                      out=tmp_path / "sheet.docx", language=language)
    listed = documents.export_document(sample_db, kind="participants", event_id=event,
                                       out=tmp_path / "participants.docx", language=language)
    sheet_text, listed_text = docx_text(sheet), docx_text(listed)
    for name, _ in HEADS[language]:
        assert name in sheet_text and name in listed_text
    assert "Omuraliev" not in listed_text and "Kubanýchbek" not in listed_text
    for word in ("Prosecutor", "Bishkek", "July"):
        assert word not in sheet_text + listed_text


def test_a_declaration_in_several_languages_names_them_in_its_closing_formula(sample_db):
    event = meeting_id(sample_db)
    library = {clause.key: clause.id for clause in declarations.clause_library(sample_db)}
    keys = ["title-declaration-of-meeting", "participants-meeting-on-topic", "closing-done-at-equally-authentic",
            "signature-heading-member-institution"]
    declarations.create_declaration(sample_db, event_id=event, clause_ids=[library[k] for k in keys],
                                    languages=["az", "en"])
    closing = {
        "az": "Bişkek şəhərində, 25 iyul 2024 tarixində, azərbaycan və ingilis dillərində imzalanmışdır; "
              "bütün mətnlər eyni qüvvəyə malikdir.",
        "ru": "Совершено в городе Бишкек 25 июля 2024\u202fг. на азербайджанском и английском языках, причём все "
              "тексты имеют одинаковую силу.",
        "kk": "Бішкек қаласында 2024\u202fж. 25 шілде күні әзірбайжан және ағылшын тілдерінде жасалды; барлық "
              "мәтіндердің күші бірдей.",
    }
    for language, expected in closing.items():
        rendered = declarations.render_event_declaration(sample_db, event_id=event, language=language)
        assert rendered.body[-1].text == expected
