"""The fixed words the lists print (their titles, the signature sheet's column headings), per language.

They are the program's own words, not the office's data: the drafts below for ru, tr, az, kk, ky
and uz want a native speaker's reading before a document leaves the office (Uzbek writes its
oʻ with U+02BB, the modifier letter turned comma, not an apostrophe).
"""
from __future__ import annotations

from organiser.domain.errors import UnsupportedLanguageError
from organiser.domain.model import Language

KEYS = ("signature_sheet", "participants", "programme", "number", "institution", "name_position", "signature")

LABELS: dict[Language, dict[str, str]] = {
    "en": {"signature_sheet": "Signature sheet", "participants": "List of participants", "programme": "Programme",
           "number": "No.", "institution": "Institution", "name_position": "Name and position",
           "signature": "Signature"},
    "ru": {"signature_sheet": "Лист подписей", "participants": "Список участников", "programme": "Программа",
           "number": "№", "institution": "Учреждение", "name_position": "Фамилия, имя и должность",
           "signature": "Подпись"},
    "tr": {"signature_sheet": "İmza listesi", "participants": "Katılımcı listesi", "programme": "Program",
           "number": "No", "institution": "Kurum", "name_position": "Adı soyadı ve görevi", "signature": "İmza"},
    "az": {"signature_sheet": "İmza vərəqəsi", "participants": "İştirakçıların siyahısı", "programme": "Proqram",
           "number": "№", "institution": "Qurum", "name_position": "Adı, soyadı və vəzifəsi", "signature": "İmza"},
    "kk": {"signature_sheet": "Қол қою парағы", "participants": "Қатысушылар тізімі", "programme": "Бағдарлама",
           "number": "№", "institution": "Мекеме", "name_position": "Аты-жөні және лауазымы", "signature": "Қолы"},
    "ky": {"signature_sheet": "Кол коюу барагы", "participants": "Катышуучулардын тизмеси", "programme": "Программа",
           "number": "№", "institution": "Мекеме", "name_position": "Аты-жөнү жана кызматы", "signature": "Колу"},
    "uz": {"signature_sheet": "Imzo varaqasi", "participants": "Ishtirokchilar roʻyxati", "programme": "Dastur",
           "number": "№", "institution": "Muassasa", "name_position": "Ism-sharifi va lavozimi", "signature": "Imzo"},
}


def labels(language: Language) -> dict[str, str]:
    try:
        return LABELS[language]
    except KeyError:
        raise UnsupportedLanguageError(language, f"lists (their labels exist in {', '.join(LABELS)})") from None
