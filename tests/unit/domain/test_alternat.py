"""The alternat: in its own copy of a bilateral text, a party is first, signs on the left, and its
language is the left column."""
import pytest

from organiser.domain.alternat import alternat, party_language
from organiser.domain.errors import ValidationError


def test_each_party_first_in_its_own_copy_and_the_copies_are_mirrors():
    mine, theirs = alternat(["AZ", "TR"], ["az", "tr"])
    assert (mine.holder, mine.parties, mine.signatures, mine.columns) == ("AZ", ("AZ", "TR"), ("AZ", "TR"), ("az", "tr"))
    assert (theirs.holder, theirs.parties, theirs.signatures, theirs.columns) == (
        "TR", ("TR", "AZ"), ("TR", "AZ"), ("tr", "az"))


def test_the_text_order_of_languages_does_not_decide_the_columns():
    mine, theirs = alternat(["AZ", "TR"], ["tr", "az"])
    assert mine.columns == ("az", "tr") and theirs.columns == ("tr", "az")


def test_a_party_whose_language_the_text_lacks_keeps_the_texts_order():
    # Uzbekistan and Azerbaijan in English and Azerbaijani: Azerbaijan's copy has Azerbaijani on the left;
    # Uzbek is not one of the languages, so Uzbekistan's copy keeps the text's order.
    az_copy, uz_copy = alternat(["AZ", "UZ"], ["en", "az"])
    assert az_copy.columns == ("az", "en")
    assert uz_copy.columns == ("en", "az") and uz_copy.parties == ("UZ", "AZ")


def test_in_one_language_only_the_order_and_the_signatures_change():
    mine, theirs = alternat(["KZ", "KG"], ["ru"])
    assert mine.columns == theirs.columns == ("ru",)
    assert mine.signatures == ("KZ", "KG") and theirs.signatures == ("KG", "KZ")


def test_a_state_with_two_languages_takes_its_own_first():
    assert party_language("KZ", ["ru", "kk"]) == "kk"
    assert party_language("KZ", ["en", "ru"]) == "ru"
    assert party_language("XX", ["en"]) is None


@pytest.mark.parametrize("parties, languages, field", [
    (["AZ"], ["az"], "parties"), (["AZ", "AZ"], ["az"], "parties"), (["AZ", "TR", "UZ"], ["az"], "parties"),
    (["AZ", "TR"], [], "languages"), (["AZ", "TR"], ["az", "tr", "en"], "languages"),
    (["AZ", "TR"], ["az", "az"], "languages"),
])
def test_not_a_bilateral_text(parties, languages, field):
    with pytest.raises(ValidationError, match=f"^{field}: "):
        alternat(parties, languages)
