"""Keys of records: made from a name (``slug``) and kept unique among the keys already taken (``unique_key``).

A key is what a record is known by in files and in the workspace (persons, institutions, clauses): lower-case
ASCII letters, digits and '-', at most ``MAX_KEY`` characters (domain/validation.check_key).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container

from anyascii import anyascii

MAX_KEY = 80  # the length validation.check_key allows
MAX_SLUG = 60  # a key made from a name leaves room for a "-2" or "-copy" after it


def _ascii(character: str) -> str:
    """``character`` in ASCII: the ASCII part of its compatibility decomposition where it has one (é → e,
    ﬁ → fi; how keys were made before, so theirs stay the same), else anyascii's transliteration of a letter
    or digit (Қ → Q, ы → y, ə → e, ı → i). Marks, punctuation and symbols without one (ʻ, ’, —) are dropped."""
    if character.isascii():
        return character
    decomposed = unicodedata.normalize("NFKD", character).encode("ascii", "ignore").decode()
    if decomposed:
        return decomposed
    if unicodedata.category(character)[0] not in "LN":
        return ""
    transliterated = anyascii(character)
    return transliterated if any(c.isalnum() for c in transliterated) else ""


def slug(text: str) -> str:
    """A key made from a name, for records a user creates: "Kamran Aliyev" → "kamran-aliyev", "Берик Асылов" →
    "berik-asylov". Letters of any script are transliterated (anyascii); at most ``MAX_SLUG`` characters;
    "item" when nothing in ``text`` is a letter or digit."""
    ascii_text = "".join(_ascii(character) for character in text)
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_SLUG] or "item"


def suffixed(key: str, suffix: str) -> str:
    """``key-suffix``, ``key`` cut (and any '-', '.' or '_' it then ends with) so that it stays within ``MAX_KEY``."""
    tail = f"-{suffix}"
    return key[:MAX_KEY - len(tail)].rstrip("-._") + tail


def unique_key(key: str, taken: Container[str] | Callable[[str], bool], suffix: str = "") -> str:
    """A key that is not ``taken`` (the keys in use, or a function telling whether a key is in use).

    Without ``suffix``: ``key`` itself if it is free, else ``key-2``, ``key-3`` …; with one (``"copy"``):
    ``key-copy``, else ``key-copy-2``, ``key-copy-3`` …; numbered keys stay within ``MAX_KEY`` characters."""
    is_taken = taken if callable(taken) else taken.__contains__
    candidate = suffixed(key, suffix) if suffix else key
    number = 2
    while is_taken(candidate):
        candidate = suffixed(key, f"{suffix}-{number}" if suffix else str(number))
        number += 1
    return candidate
