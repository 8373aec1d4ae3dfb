"""The fixed words of the protocol outputs (seating plan, place cards, badges, memorandum), per language.

Kept beside documents/labels.py rather than in it so that the lists' words and these can be reviewed
apart. They are drafts of the program's own words, not the office's data: ru, tr, az, kk, ky and uz
want a native speaker's reading before a document leaves the office.
"""
from __future__ import annotations

from organiser.domain.errors import UnsupportedLanguageError
from organiser.domain.model import Language, Role

KEYS = ("seating_plan", "place_cards", "badges", "seat", "delegation", "name", "chair", "long-table", "u-shape",
        "hollow-square", *(role.value for role in Role), "memorandum", "for")

PROTOCOL_LABELS: dict[Language, dict[str, str]] = {
    "en": {"seating_plan": "Seating plan", "place_cards": "Place cards", "badges": "Badges", "seat": "Place",
           "delegation": "Delegation", "name": "Name", "chair": "Chair", "long-table": "Meeting table",
           "u-shape": "U-shape", "hollow-square": "Hollow square", "head": "Head of delegation",
           "member": "Member of delegation", "organisation_representative": "Representative",
           "guest_speaker": "Guest speaker", "lecturer": "Lecturer", "memorandum": "Memorandum of understanding",
           "for": "For"},
    "ru": {"seating_plan": "План рассадки", "place_cards": "Настольные таблички", "badges": "Бейджи",
           "seat": "Место", "delegation": "Делегация", "name": "Имя", "chair": "Председатель",
           "long-table": "Стол переговоров", "u-shape": "П-образная рассадка", "hollow-square": "Рассадка каре",
           "head": "Глава делегации", "member": "Член делегации", "organisation_representative": "Представитель",
           "guest_speaker": "Приглашённый докладчик", "lecturer": "Лектор",
           "memorandum": "Меморандум о взаимопонимании", "for": "За"},
    "tr": {"seating_plan": "Oturma planı", "place_cards": "Masa isimlikleri", "badges": "Yaka kartları",
           "seat": "Yer", "delegation": "Heyet", "name": "Adı", "chair": "Başkan", "long-table": "Toplantı masası",
           "u-shape": "U düzeni", "hollow-square": "Kare düzen", "head": "Heyet Başkanı", "member": "Heyet Üyesi",
           "organisation_representative": "Temsilci", "guest_speaker": "Davetli konuşmacı",
           "lecturer": "Konferansçı", "memorandum": "Mutabakat Zaptı", "for": "Adına"},
    "az": {"seating_plan": "Oturma planı", "place_cards": "Masaüstü ad lövhəcikləri", "badges": "Yaxa kartları",
           "seat": "Yer", "delegation": "Nümayəndə heyəti", "name": "Adı", "chair": "Sədr",
           "long-table": "İclas masası", "u-shape": "U formalı düzülüş", "hollow-square": "Kvadrat düzülüş",
           "head": "Nümayəndə heyətinin rəhbəri", "member": "Nümayəndə heyətinin üzvü",
           "organisation_representative": "Nümayəndə", "guest_speaker": "Dəvət olunmuş məruzəçi",
           "lecturer": "Mühazirəçi", "memorandum": "Anlaşma Memorandumu", "for": "Adından"},
    "kk": {"seating_plan": "Отыру жоспары", "place_cards": "Үстел тақтайшалары", "badges": "Бейджтер",
           "seat": "Орын", "delegation": "Делегация", "name": "Аты-жөні", "chair": "Төраға",
           "long-table": "Келіссөз үстелі", "u-shape": "П-пішінді орналасу", "hollow-square": "Шаршы орналасу",
           "head": "Делегация басшысы", "member": "Делегация мүшесі", "organisation_representative": "Өкіл",
           "guest_speaker": "Шақырылған баяндамашы", "lecturer": "Дәріскер",
           "memorandum": "Өзара түсіністік туралы меморандум", "for": "Атынан"},
    "ky": {"seating_plan": "Отургузуу планы", "place_cards": "Үстөл такталары", "badges": "Бейджиктер",
           "seat": "Орун", "delegation": "Делегация", "name": "Аты-жөнү", "chair": "Төрага",
           "long-table": "Сүйлөшүүлөр үстөлү", "u-shape": "П түрүндө жайгашуу", "hollow-square": "Квадрат жайгашуу",
           "head": "Делегациянын башчысы", "member": "Делегациянын мүчөсү", "organisation_representative": "Өкүл",
           "guest_speaker": "Чакырылган баяндамачы", "lecturer": "Лектор",
           "memorandum": "Өз ара түшүнүшүү жөнүндө меморандум", "for": "Атынан"},
    "uz": {"seating_plan": "Oʻtirish tartibi", "place_cards": "Stol kartochkalari", "badges": "Beyjlar",
           "seat": "Oʻrin", "delegation": "Delegatsiya", "name": "Ismi", "chair": "Rais",
           "long-table": "Muzokaralar stoli", "u-shape": "U shaklida", "hollow-square": "Kvadrat shaklida",
           "head": "Delegatsiya rahbari", "member": "Delegatsiya aʼzosi", "organisation_representative": "Vakil",
           "guest_speaker": "Taklif etilgan maʼruzachi", "lecturer": "Lektor",
           "memorandum": "Oʻzaro anglashuv memorandumi", "for": "Nomidan"},
}


def protocol_labels(language: Language) -> dict[str, str]:
    try:
        return PROTOCOL_LABELS[language]
    except KeyError:
        raise UnsupportedLanguageError(
            language, f"protocol documents (their labels exist in {', '.join(PROTOCOL_LABELS)})") from None
