"""The keys the services make for new persons and institutions: from the name, transliterated, unique."""
from organiser.domain.model import Institution, Person, PersonName
from organiser.services import delegations, reference
from organiser.storage import reference as reference_store


def test_new_persons_named_alike_get_transliterated_numbered_keys(fresh_db):
    keys = []
    for given, surname in (("Берик", "Асылов"), ("Berik", "Asylov"), ("Берик", "Асылов")):
        person = Person("", {"kk": PersonName(given, surname)})
        delegations.save_person(fresh_db, person=person)
        keys.append(person.key)
    assert keys == ["berik-asylov", "berik-asylov-2", "berik-asylov-3"]
    assert reference_store.person_by_key(fresh_db.db, "berik-asylov-3") is not None


def test_new_institutions_named_alike_get_numbered_keys(fresh_db):
    keys = []
    for name in ("Бас прокуратура", "Бас Прокуратура"):
        institution = Institution("", {"kk": name})
        reference.save_institution(fresh_db, institution=institution)
        keys.append(institution.key)
    assert keys == ["bas-prokuratura", "bas-prokuratura-2"]
