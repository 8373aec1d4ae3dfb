import pytest

from organiser.domain.errors import MissingNameError
from organiser.domain.model import (
    Delegation, DelegationKind, Institution, Organisation, OrganisationName, State, StateName, StateStatus,
)
from organiser.domain.protocol import HostPlacement, PrecedenceRule, protocol_order

# The five members' short names, as each language writes them.
NAMES = {
    "AZ": {"en": "Azerbaijan", "ru": "Азербайджан", "tr": "Azerbaycan", "az": "Azərbaycan", "kk": "Әзірбайжан", "ky": "Азербайжан"},
    "KZ": {"en": "Kazakhstan", "ru": "Казахстан", "tr": "Kazakistan", "az": "Qazaxıstan", "kk": "Қазақстан", "ky": "Казакстан"},
    "KG": {"en": "Kyrgyzstan", "ru": "Кыргызстан", "tr": "Kırgızistan", "az": "Qırğızıstan", "kk": "Қырғызстан", "ky": "Кыргызстан"},
    "UZ": {"en": "Uzbekistan", "ru": "Узбекистан", "tr": "Özbekistan", "az": "Özbəkistan", "kk": "Өзбекстан", "ky": "Өзбекстан"},
    "TR": {"en": "Türkiye", "ru": "Турция", "tr": "Türkiye", "az": "Türkiyə", "kk": "Түркия", "ky": "Түркия"},
}


def state(code, status=StateStatus.MEMBER, names=None):
    names = names or NAMES[code]
    return State(code, status, {lang: StateName(short, short) for lang, short in names.items()})


def delegation_of(s):
    return Delegation(DelegationKind.STATE, state=s)


OTS = Delegation(DelegationKind.ORGANISATION, organisation=Organisation(
    "OTS", {lang: OrganisationName("OTS", "Organization of Turkic States") for lang in ("en", "ru", "tr", "az", "kk", "ky")}))


def codes(delegations):
    return [d.code for d in delegations]


@pytest.mark.parametrize("language", ["tr", "az", "ky", "kk"])
def test_turkic_languages_put_uzbekistan_before_turkiye(language):
    # Entered in an order no rule would give, organisation first.
    entered = [OTS] + [delegation_of(state(c)) for c in ("TR", "UZ", "KG", "KZ", "AZ")]
    assert codes(protocol_order(entered, PrecedenceRule(language))) == ["AZ", "KZ", "KG", "UZ", "TR", "OTS"]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_english_and_russian_put_turkiye_before_uzbekistan(language):
    entered = [delegation_of(state(c)) for c in ("UZ", "TR", "KG", "KZ", "AZ")] + [OTS]
    assert codes(protocol_order(entered, PrecedenceRule(language))) == ["AZ", "KZ", "KG", "TR", "UZ", "OTS"]


def test_collation_is_not_code_point_order():
    # By code points "Ö" (U+00D6) sorts after "T"; by Turkish collation before it.
    pair = [delegation_of(state("TR")), delegation_of(state("UZ"))]
    assert codes(protocol_order(pair, PrecedenceRule("tr"))) == ["UZ", "TR"]
    assert sorted(["Türkiye", "Özbekistan"]) == ["Türkiye", "Özbekistan"]


def test_turkish_dotless_i_and_azerbaijani_q_x_in_their_places():
    def st(code, tr, az):
        return state(code, names={"tr": tr, "az": az})
    entered = [delegation_of(s) for s in (
        st("IR", "İran", "İran"), st("IQ", "Irak", "İraq"), st("HR", "Hırvatistan", "Xorvatiya"),
        st("IN", "Hindistan", "Hindistan"), st("QA", "Katar", "Qətər"), st("KE", "Kenya", "Keniya"))]
    # Turkish: ı before i (Hırvatistan before Hindistan), I before İ.
    # Azerbaijani: x after h (Xorvatiya after Hindistan), q after k and before n (İraq before İran).
    assert codes(protocol_order(entered, PrecedenceRule("tr"))) == ["HR", "IN", "IQ", "IR", "QA", "KE"]
    assert codes(protocol_order(entered, PrecedenceRule("az"))) == ["IN", "HR", "IQ", "IR", "KE", "QA"]


def test_members_then_observers_then_organisations_then_guests():
    guest = Delegation(DelegationKind.GUEST, institution=Institution("bsu", {"en": "Baku State University"}))
    hungary = state("HU", StateStatus.OBSERVER, {"en": "Hungary"})
    entered = [guest, OTS, delegation_of(hungary), delegation_of(state("TR")), delegation_of(state("AZ"))]
    assert codes(protocol_order(entered, PrecedenceRule("en"))) == ["AZ", "TR", "HU", "OTS", "bsu"]


@pytest.mark.parametrize("placement, expected", [
    (HostPlacement.IN_ORDER, ["AZ", "KZ", "KG", "UZ", "TR"]),
    (HostPlacement.FIRST, ["KG", "AZ", "KZ", "UZ", "TR"]),
    (HostPlacement.LAST, ["AZ", "KZ", "UZ", "TR", "KG"]),
])
def test_host_placement(placement, expected):
    entered = [delegation_of(state(c)) for c in ("AZ", "KZ", "KG", "UZ", "TR")]
    assert codes(protocol_order(entered, PrecedenceRule("tr", placement), host_code="KG")) == expected


def test_a_manual_move_takes_its_place_and_the_rule_orders_the_rest():
    delegations = [delegation_of(state(c)) for c in ("AZ", "KZ", "KG", "UZ", "TR")]
    delegations[4].manual_position = 1
    delegations[4].manual_reason = "chair of the council"
    assert codes(protocol_order(delegations, PrecedenceRule("tr"))) == ["TR", "AZ", "KZ", "KG", "UZ"]


def test_a_missing_name_in_the_rule_language_is_an_error_naming_the_state():
    delegations = [delegation_of(state("AZ")), delegation_of(state("HU", names={"en": "Hungary"}))]
    with pytest.raises(MissingNameError, match="state HU has no name in language 'kk'"):
        protocol_order(delegations, PrecedenceRule("kk"))


def test_members_by_rank_then_as_entered():
    from organiser.domain.model import Member, Person, PersonName, Role
    from organiser.domain.protocol import ordered_members

    def person(key):
        return Person(key, {"en": PersonName(key, key)})
    delegation = Delegation(DelegationKind.STATE, state=state("AZ"), members=[
        Member(person("adviser"), Role.MEMBER), Member(person("lecturer"), Role.LECTURER),
        Member(person("deputy"), Role.MEMBER), Member(person("head"), Role.HEAD)])
    assert [m.person.key for m in ordered_members(delegation)] == ["head", "adviser", "deputy", "lecturer"]
