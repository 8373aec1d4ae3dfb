"""Fixtures of the document tests: the sample with its 3rd meeting's declaration in Azerbaijani and Kazakh.

The texts and names below are the tests' own working drafts; where the sample has a text or a name in
that language already, the sample's is kept (``setdefault``), so the tests follow the sample as it grows.
"""
from __future__ import annotations

import json

import pytest

from organiser import paths

CLAUSES = {
    "title-declaration-of-meeting": {
        "az": "Türk Dövlətləri Təşkilatına Üzv Dövlətlərin Baş Prokurorları Şurasının {meeting_ordinal} "
              "iclasının Bəyannaməsi",
        "kk": "Түркі мемлекеттері ұйымына мүше мемлекеттердің Бас прокурорлары кеңесінің {meeting_ordinal} "
              "отырысының Декларациясы",
    },
    "participants-meeting-on-topic": {
        "az": "{participants:capitalized} {date:long} tarixində {city} şəhərində ({host_state:bare}) keçirilən, "
              "“{topic}” mövzusuna həsr olunmuş {council} {meeting_ordinal} iclasında iştirak etmişlər.",
        "kk": "{participants:capitalized} {date:long} {city} қаласында ({host_state:bare}) өткен, "
              "«{topic}» тақырыбына арналған {council} {meeting_ordinal} отырысына қатысты.",
    },
    "preamble-common-challenges": {
        "az": "Hüquq-mühafizə sahəsində türk ölkələrinin ümumi maraqlarını və qarşılaşdıqları çağırışları "
              "nəzərə alaraq, Şura aşağıdakıları bəyan etmişdir:",
        "kk": "Құқық қорғау саласындағы түркі елдерінің ортақ мүдделері мен сын-қатерлерін ескере отырып, "
              "Кеңес мынаны мәлімдеді:",
    },
    "operative-remarks-on-global-challenges": {
        "az": "Baş prokurorların mövcud vəziyyətin və qlobal çağırışların təhlilinə dair çıxışlarını nəzərə almaq.",
        "kk": "Бас прокурорлардың қазіргі жағдай мен жаһандық сын-қатерлерді талдауы туралы баяндамаларын "
              "назарға алу.",
    },
    "operative-training-and-exchange": {
        "az": "Kadrların hazırlanması və təcrübə mübadiləsi sahəsində əməkdaşlığı gücləndirmək.",
        "kk": "Кадрларды даярлау және тәжірибе алмасу саласындағы ынтымақтастықты нығайту.",
    },
    "operative-monitoring-results": {
        "az": "Bu sahədə nəticələrin monitorinqini və qiymətləndirilməsini davam etdirmək.",
        "kk": "Осы саладағы нәтижелерді бақылау мен бағалауды жалғастыру.",
    },
    "operative-next-meeting": {
        "az": "{council} {next_meeting_ordinal:word} iclasını {next_meeting_year}-ci ildə {next_meeting_host} "
              "təşkil etmək.",
        "kk": "{council} {next_meeting_ordinal:word} отырысын {next_meeting_year} жылы {next_meeting_host} "
              "ұйымдастыру.",
    },
    "closing-signed-in-one-language": {
        "az": "{date:day_month_year} tarixində {city} şəhərində {languages} imzalanmışdır.",
        "kk": "{date:day_month_year} {city} қаласында {languages} қол қойылды.",
    },
    "closing-done-at-equally-authentic": {
        "az": "{date:day_month_year} tarixində {city} şəhərində {languages} imzalanmışdır; bütün "
              "mətnlər eyni hüquqi qüvvəyə malikdir.",
        "kk": "{date:day_month_year} {city} қаласында {languages} жасалды, барлық мәтіндердің күші "
              "бірдей.",
    },
    "signature-heading-member-institution": {
        "az": "ÜZV QURUM\nBAŞ PROKUROR",
        "kk": "МҮШЕ МЕКЕМЕ\nБАС ПРОКУРОР",
    },
}

PERSONS = {
    "berik-asylov": {"az": ("Berik", "Asılov", "Qazaxıstan Respublikasının Baş prokuroru"),
                     "kk": ("Берік", "Асылов", "Қазақстан Республикасының Бас прокуроры")},
    "maksat-asanaliev": {"az": ("Maksat", "Asanaliyev", "Qırğız Respublikasının Baş prokuroru"),
                         "kk": ("Максат", "Асаналиев", "Қырғыз Республикасының Бас прокуроры")},
    "nigmatilla-yuldoshev": {"az": ("Niqmatilla", "Yuldaşev", "Özbəkistan Respublikasının Baş prokuroru"),
                             "kk": ("Нығматилла", "Юлдашев", "Өзбекстан Республикасының Бас прокуроры")},
    "muhsin-senturk": {"az": ("Muhsin", "Şentürk", "Türkiyə Respublikası Ali Apellyasiya Məhkəməsinin Baş prokuroru"),
                       "kk": ("Мұхсин", "Шентүрк", "Түркия Республикасы Жоғарғы апелляциялық сотының Бас прокуроры")},
    "kubanychbek-omuraliev": {"az": ("Kubanıçbek", "Ömürəliyev", "Türk Dövlətləri Təşkilatının Baş katibi"),
                              "kk": ("Құбанычбек", "Өмуралиев", "Түркі мемлекеттері ұйымының Бас хатшысы")},
    "kamran-aliyev": {"kk": ("Камран", "Әлиев", "Әзірбайжан Республикасының Бас прокуроры")},
}

INSTITUTIONS = {
    "az-prosecutor-general": {"kk": "Әзірбайжан Республикасының Бас прокуратурасы"},
    "kg-prosecutor-general": {"kk": "Қырғыз Республикасының Бас прокуратурасы"},
    "uz-prosecutor-general": {"kk": "Өзбекстан Республикасының Бас прокуратурасы"},
    "tr-court-of-appeal-prosecution": {"kk": "Түркия Республикасы Жоғарғы апелляциялық сотының Бас прокуратурасы"},
    "ots-secretariat": {"kk": "Түркі мемлекеттері ұйымының Хатшылығы"},
}

COUNCIL = {"az": "Türk Dövlətləri Təşkilatına Üzv Dövlətlərin Baş Prokurorları Şurasının",
           "kk": "Түркі мемлекеттері ұйымына мүше мемлекеттердің Бас прокурорлары кеңесінің"}
TOPIC = {"az": "Müasir qlobal çağırışlara effektiv cavab üçün prokurorluqlar arasında əməkdaşlığın gücləndirilməsi",
         "kk": "Қазіргі жаһандық сын-қатерлерге тиімді жауап беру үшін прокуратуралар ынтымақтастығын нығайту"}
CITY = {"az": "Bişkek", "kk": "Бішкек"}
MEETING_TITLE = {"az": "Türk Dövlətləri Təşkilatı Baş Prokurorları Şurasının 3-cü iclası",
                 "kk": "Түркі мемлекеттері ұйымы Бас прокурорлары кеңесінің 3-ші отырысы"}


def multilingual_sample(languages=("az", "kk")) -> dict:
    """The sample package with its 3rd meeting's declaration, names and event in ``languages`` too."""
    data = json.loads(paths.resource("sample", "ots-council.json").read_text(encoding="utf-8"))
    for clause in data["clauses"]:
        for language in languages:
            if clause["key"] in CLAUSES:
                clause["texts"].setdefault(language, CLAUSES[clause["key"]][language])
    for person in data["persons"]:
        for language, (given, surname, position) in PERSONS.get(person["key"], {}).items():
            if language in languages:
                person["names"].setdefault(language, {"given_name": given, "surname": surname, "position": position})
    for institution in data["institutions"]:
        for language, name in INSTITUTIONS.get(institution["key"], {}).items():
            if language in languages:
                institution["names"].setdefault(language, name)
    for council in data["councils"]:
        for language in languages:
            council["names"].setdefault(language, COUNCIL[language])
    meeting = data["events"][0]
    for language in languages:
        meeting["topic"].setdefault(language, TOPIC[language])
        meeting["city"].setdefault(language, CITY[language])
        meeting["title"].setdefault(language, MEETING_TITLE[language])
    return data


@pytest.fixture
def multilingual_db(fresh_db):
    """A workspace holding the sample, its 3rd meeting's declaration also in Azerbaijani and Kazakh."""
    from organiser.domain.exchange import parse_package
    from organiser.services.exchange import import_package

    import_package(fresh_db, package=parse_package(multilingual_sample()))
    return fresh_db
