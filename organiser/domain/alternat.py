"""The alternat: a text between two parties is signed in two copies, one for each party, and in its own
copy each party comes first.

Protocol gives the holder of a copy the first place everywhere in it: it is named first in the
text (the preamble naming the parties), its signature stands on the left (the place of honour in a
left-to-right script), and in a text in two languages its language is the left column. The other
copy is the mirror. Nothing else differs between the two copies.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from organiser.domain.errors import ValidationError
from organiser.domain.model import Language

# The languages a state writes its official texts in, its own first: how a party's language is found
# among a bilateral text's languages. Our own data, kept small: the Organization's members and observers.
STATE_LANGUAGES: dict[str, tuple[Language, ...]] = {
    "AZ": ("az",), "KZ": ("kk", "ru"), "KG": ("ky", "ru"), "TR": ("tr",), "UZ": ("uz",), "TM": ("tk",),
    "HU": ("hu",), "RU": ("ru",), "GB": ("en",), "US": ("en",),
}


@dataclass(frozen=True)
class BilateralCopy:
    """One party's copy: ``holder`` (its key) first in ``parties``, its signature on the left of
    ``signatures`` (left, right), and the text's languages left to right in ``columns``."""

    holder: str
    parties: tuple[str, str]
    signatures: tuple[str, str]
    columns: tuple[Language, ...]


def party_language(party: str, languages: Sequence[Language],
                   state_languages: Mapping[str, Sequence[Language]] = STATE_LANGUAGES) -> Language | None:
    """The first of the state's own languages that the text is written in, or None."""
    return next((language for language in state_languages.get(party, ()) if language in languages), None)


def alternat(parties: Sequence[str], languages: Sequence[Language],
             state_languages: Mapping[str, Sequence[Language]] = STATE_LANGUAGES) -> tuple[BilateralCopy, BilateralCopy]:
    """Both copies of a text between the two ``parties`` (in protocol order) in one or two ``languages``
    (in the text's order), the first party's copy first.

    A party whose language is not one of the text's keeps the text's order of columns in its copy."""
    parties, languages = list(parties), list(languages)
    if len(parties) != 2 or parties[0] == parties[1]:
        raise ValidationError("parties", f"a bilateral text has exactly two parties, not {len(set(parties))} "
                                         f"({', '.join(parties) or 'none'})")
    if not 1 <= len(languages) <= 2 or len(set(languages)) != len(languages):
        raise ValidationError("languages", f"a bilateral text is in one language or two, not "
                                           f"{', '.join(languages) or 'none'}")
    copies = []
    for holder, other in (parties, parties[::-1]):
        own = party_language(holder, languages, state_languages)
        columns = tuple([own, *(language for language in languages if language != own)] if own else languages)
        copies.append(BilateralCopy(holder, (holder, other), (holder, other), columns))
    return copies[0], copies[1]
