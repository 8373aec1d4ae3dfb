"""CLDR (babel) suggests a state's name where our data has none; it never replaces our data."""
from organiser.domain.model import State, StateName, StateStatus
from organiser.domain.territory_names import name_suggestions, territory_name


def test_cldr_names_a_territory_in_each_language():
    assert territory_name("KG", "en") == "Kyrgyzstan"
    assert territory_name("KG", "tr") == "Kırgızistan"
    assert territory_name("UZ", "uz") == "Oʻzbekiston"
    assert territory_name("KZ", "kk") == "Қазақстан"
    assert territory_name("ZZ", "en") is None and territory_name("QQ", "en") is None
    assert territory_name("KG", "xx-nonsense") is None


def test_suggestions_only_where_our_data_lacks_a_name():
    # Our Russian name is the official "Кыргызстан"; CLDR says "Киргизия": ours stays, no suggestion.
    state = State("KG", StateStatus.MEMBER, {"en": StateName("Kyrgyzstan", "Kyrgyz Republic", "the"),
                                             "ru": StateName("Кыргызстан", "Кыргызская Республика")})
    assert territory_name("KG", "ru") == "Киргизия"
    assert name_suggestions(state, ["en", "ru", "az", "uz"]) == {"az": "Qırğızıstan", "uz": "Qirgʻiziston"}
    assert name_suggestions(state, ["en", "ru"]) == {}
