"""The template language of clauses and phrases: text with ``{name}`` or ``{name:format}`` placeholders.

It is deliberately not Python's ``str.format`` nor Jinja: a placeholder is a bare name looked up in
the mapping of values a caller gives, with an optional format word from a closed list; there is no
attribute access, indexing, call or expression, so a template can reach nothing but those values.
Literal braces are written ``{{`` and ``}}``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from babel.dates import format_date

from organiser.domain.errors import TemplateError, ValidationError
from organiser.domain.model import Language, State
from organiser.domain.ordinals import ordinal_numeral, ordinal_word

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_FIELD = re.compile(r"^([a-z_][a-z0-9_]*)(?::([a-z_]+))?$")


@dataclass(frozen=True)
class Placeholder:
    name: str
    spec: str | None = None


def parse(text: str, where: str) -> list[str | Placeholder]:
    """Split ``text`` into literal strings and placeholders; a malformed brace is an error naming ``where``."""
    parts: list[str | Placeholder] = []
    literal: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        literal.append(text[position:match.start()])
        position = match.end()
        token = match.group(0)
        if token in ("{{", "}}"):
            literal.append(token[0])
            continue
        if match.group(1) is None:
            raise TemplateError(where, f"a lone '{token}' at character {match.start() + 1}; write '{token * 2}' for a brace")
        field = _FIELD.match(match.group(1).strip())
        if field is None:
            raise TemplateError(
                where, f"'{token}' is not a placeholder: use {{name}} or {{name:format}} with a lower-case name")
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(Placeholder(field.group(1), field.group(2)))
    literal.append(text[position:])
    if "".join(literal):
        parts.append("".join(literal))
    return parts


def placeholders(text: str, where: str = "template") -> list[str]:
    """The names of the placeholders ``text`` uses, each once, in order of first use."""
    seen: dict[str, None] = {}
    for part in parse(text, where):
        if isinstance(part, Placeholder):
            seen.setdefault(part.name)
    return list(seen)


# --- values -----------------------------------------------------------------------------------------

def upper(text: str, language: Language) -> str:
    """Capitals as the language writes them: Turkish and Azerbaijani put a dot on capital i (i → İ, ı → I)."""
    if language in ("tr", "az"):
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def capitalized(text: str, language: Language) -> str:
    return upper(text[:1], language) + text[1:]


_TEXT_FORMATS = {
    "upper": upper,
    "lower": lambda text, language: text.replace("I", "ı").replace("İ", "i").lower() if language in ("tr", "az") else text.lower(),
    "capitalized": capitalized,
}


@dataclass(frozen=True)
class DateValue:
    """A date, formatted with the language's named CLDR patterns (``long``, ``day``, ``month`` …)."""

    date: dt.date
    patterns: Mapping[str, str]
    cldr_locale: str

    def format(self, spec: str | None) -> str:
        pattern = self.patterns.get(spec or "long")
        if pattern is None:
            raise ValueError(f"date format '{spec}' is not one of {', '.join(sorted(self.patterns))}")
        return format_date(self.date, pattern, locale=self.cldr_locale)


@dataclass(frozen=True)
class OrdinalValue:
    number: int
    language: Language

    def format(self, spec: str | None) -> str:
        """``numeral`` (default) or ``word``, optionally with a grammatical form: ``word_f``, ``numeral_gen_n``."""
        style, _, form = (spec or "numeral").partition("_")
        if style not in ("numeral", "word"):
            raise ValueError(f"ordinal format '{spec}' is not one of numeral, word (optionally _m, _f, _n, _gen_m …)")
        try:
            make = ordinal_numeral if style == "numeral" else ordinal_word
            return make(self.number, self.language, form or None)
        except ValidationError as error:
            raise ValueError(error.problem) from None


@dataclass(frozen=True)
class StateValue:
    state: State
    language: Language

    def format(self, spec: str | None) -> str:
        name = self.state.name(self.language)
        if spec in (None, "official"):
            return name.official_with_article
        if spec == "bare":
            return name.official
        if spec == "short":
            return name.short
        raise ValueError(f"state format '{spec}' is not one of official, bare, short")


Value = str | int | DateValue | OrdinalValue | StateValue | None


def _format(value: Value, spec: str | None, language: Language) -> str:
    if isinstance(value, str):
        if spec is None:
            return value
        formatter = _TEXT_FORMATS.get(spec)
        if formatter is None:
            raise ValueError(f"text format '{spec}' is not one of {', '.join(_TEXT_FORMATS)}")
        return formatter(value, language)
    if isinstance(value, int):
        if spec is None:
            return str(value)
        if spec == "ordinal":  # the number with the language's ordinal ending: az "2025-ci" (ildə)
            return ordinal_numeral(value, language)
        raise ValueError(f"number format '{spec}' is not 'ordinal'")
    return value.format(spec)


def render(text: str, values: Mapping[str, Value], *, where: str, language: Language,
           optional: frozenset[str] = frozenset()) -> str:
    """Fill ``text`` from ``values``. A name absent from ``values`` is unknown; a name present with
    ``None`` or an empty text is unfilled, unless it is ``optional``; both are errors naming ``where``
    and the placeholder."""
    out: list[str] = []
    for part in parse(text, where):
        if isinstance(part, str):
            out.append(part)
            continue
        if part.name not in values:
            raise TemplateError(where, "is unknown", part.name)
        value = values[part.name]
        if value is None or value == "":
            if part.name in optional:
                continue
            raise TemplateError(where, "has no value", part.name)
        try:
            out.append(_format(value, part.spec, language))
        except ValueError as error:
            raise TemplateError(where, str(error), part.name) from None
    return "".join(out)
