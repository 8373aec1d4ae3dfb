"""Keys made from names (slug) and kept unique (unique_key)."""
import re
from pathlib import Path

import pytest

from organiser.domain.keys import MAX_KEY, MAX_SLUG, slug, suffixed, unique_key
from organiser.domain.validation import check_key


@pytest.mark.parametrize("name, key", [
    # Names that slugged fine before keep their keys.
    ("Kamran Aliyev", "kamran-aliyev"),
    ("Ömer Çelik", "omer-celik"),
    ("Müller-Lüdenscheidt", "muller-ludenscheidt"),
    ("José  María", "jose-maria"),
    ("O'Brien", "o-brien"),
    # Azerbaijani Ə ə, Turkish ı İ (as before: their own replacements are anyascii's too).
    ("Əli Həsənov", "eli-hesenov"),
    ("Şəhla Ağayeva", "sehla-agayeva"),
    ("ılgın İnce Işık", "ilgin-ince-isik"),
    # Uzbek's oʻ and gʻ: the turned comma is dropped, not made a separator.
    ("Oʻktam Gʻulomov", "oktam-gulomov"),
    # Cyrillic names were all "item"; Kazakh Қ Ң Ө Ү Ұ Һ І and Kyrgyz Ң Ө Ү are transliterated.
    ("Берик Асылов", "berik-asylov"),
    ("Қайрат Ңөүұһі", "qayrat-ngouuhi"),
    ("ҚАЙРАТ Ұлы Һ І", "qayrat-uly-h-i"),
    ("Жоомарт Үсөнов", "zhoomart-usonov"),
    ("Айбек Жээнбеков", "aybek-zheenbekov"),
    # Letters NFKD could not reduce are no longer lost.
    ("Łukasz Straße", "lukasz-strasse"),
])
def test_a_slug_keeps_the_name_recognisable(name, key):
    assert slug(name) == key
    assert check_key("key", slug(name))


@pytest.mark.parametrize("text", ["", "   ", "...", "—", "ʻ’", "😀", "!?-_"])
def test_nothing_to_make_a_key_of_gives_item(text):
    assert slug(text) == "item"


def test_symbols_and_marks_are_dropped_as_before():
    assert slug("Kamran 😀 Aliyev") == "kamran-aliyev"
    assert slug("Ali—Veli") == "aliveli"


def test_a_slug_is_bounded_and_ascii():
    for name in ("Ә" * 200, "a" * 200, "Nurəddin " * 20, "Жээнбеков-" * 20):
        key = slug(name)
        assert len(key) <= MAX_SLUG and key.isascii()
        assert check_key("key", key)


def test_one_slug_and_one_unique_key_helper():
    """No module but domain/keys.py defines a slug or a unique-key function, or takes one under another name."""
    package = Path(__file__).resolve().parents[3] / "organiser"
    found = []
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"^\s*def (\w*(slug|free_key|unique_key)\w*)\(|^(\w+) = (slug|unique_key)\b", text, re.M):
            found.append((path.relative_to(package).as_posix(), match.group(1) or match.group(3)))
    assert found and all(where == "domain/keys.py" for where, _name in found), found


def test_unique_key_numbers_a_taken_key_from_2():
    assert unique_key("kamran-aliyev", set()) == "kamran-aliyev"
    assert unique_key("kamran-aliyev", {"kamran-aliyev"}) == "kamran-aliyev-2"
    assert unique_key("kamran-aliyev", {"kamran-aliyev", "kamran-aliyev-2"}) == "kamran-aliyev-3"


def test_unique_key_takes_a_function_as_well_as_a_set():
    taken = {"berik-asylov", "berik-asylov-2"}
    assert unique_key("berik-asylov", lambda key: key in taken) == "berik-asylov-3"


def test_two_names_that_slug_alike_get_two_keys():
    taken = set()
    for name in ("Берик Асылов", "Berik Asylov", "БЕРИК АСЫЛОВ"):
        key = unique_key(slug(name), taken)
        assert key not in taken
        taken.add(key)
    assert taken == {"berik-asylov", "berik-asylov-2", "berik-asylov-3"}


def test_unique_key_with_a_suffix():
    assert unique_key("operative-1", {"operative-1"}, suffix="copy") == "operative-1-copy"
    assert unique_key("operative-1", {"operative-1-copy"}, suffix="copy") == "operative-1-copy-2"
    assert unique_key("operative-1", {"operative-1-copy", "operative-1-copy-2"}, "copy") == "operative-1-copy-3"


def test_unique_keys_stay_within_the_key_length():
    long_key = "a" * MAX_KEY
    taken = {long_key}
    for _ in range(12):
        key = unique_key(long_key, taken)
        assert len(key) <= MAX_KEY and check_key("key", key) and key not in taken
        taken.add(key)
    assert unique_key(long_key, taken, suffix="imported").endswith("-imported")
    assert len(unique_key(long_key, taken, suffix="imported")) == MAX_KEY


def test_suffixed_does_not_leave_a_separator_before_the_suffix():
    key = "a" * (MAX_KEY - 6) + "-bcdef"
    assert suffixed(key, "copy") == "a" * (MAX_KEY - 6) + "-copy"
    assert suffixed("short", "rev2") == "short-rev2"
