"""Typed reading of a JSON file's objects, each problem a ValidationError naming its path in the file
("events[0].delegations[2].state: is missing"); used by the exchange file (domain/exchange.py)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from organiser.domain.errors import ValidationError
from organiser.domain.validation import check_characters, has_refused_character

_LARGEST_NUMBER = 2**63 - 1  # SQLite's INTEGER; a larger one cannot be stored


class Reader:
    """Typed access to one JSON object, raising ValidationError with the field's path in the file."""

    __slots__ = ("data", "path")

    def __init__(self, data: Any, path: str):
        if not isinstance(data, dict):
            raise ValidationError(path or "file", f"must be an object, not {type(data).__name__}")
        self.data = data
        self.path = path

    def _where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, kind: type | tuple[type, ...], *, required: bool = True, default: Any = None):
        value = self.data.get(key)
        if value is None:
            if required:
                raise ValidationError(self._where(key), "is missing")
            return default
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise ValidationError(self._where(key), f"must be {_kind_name(kind)}, not true/false")
        if not isinstance(value, kind):
            raise ValidationError(self._where(key), f"must be {_kind_name(kind)}, not {type(value).__name__}")
        if isinstance(value, int) and not isinstance(value, bool) and not -_LARGEST_NUMBER <= value <= _LARGEST_NUMBER:
            raise ValidationError(self._where(key), "is too large a number")
        return value

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.get(key, str, required=required, default="")
        if required and not value.strip():
            raise ValidationError(self._where(key), "is empty")
        return value

    def names(self, key: str, *, required: bool = True) -> dict[str, str]:
        value = self.get(key, dict, required=required, default={})
        for language, text in value.items():
            if not isinstance(text, str):
                raise ValidationError(f"{self._where(key)}.{language}", "must be a text")
        return dict(value)

    def objects(self, key: str) -> list[Reader]:
        value = self.get(key, list, required=False, default=[])
        return [Reader(item, f"{self._where(key)}[{index}]") for index, item in enumerate(value)]

    def texts(self, key: str) -> list[str]:
        value = self.get(key, list, required=False, default=[])
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise ValidationError(f"{self._where(key)}[{index}]", "must be a text")
        return list(value)

    def enum(self, key: str, enum: type, *, default=None):
        value = self.get(key, str, required=default is None, default=default)
        member = enum._value2member_map_.get(value) if isinstance(value, str) else None  # Enum(value), faster
        if member is not None:
            return member
        try:
            return enum(value)
        except ValueError:
            choices = ", ".join(member.value for member in enum)
            raise ValidationError(self._where(key), f"'{value}' is not one of {choices}") from None

    def date(self, key: str, *, required: bool = True) -> dt.date | None:
        value = self.get(key, str, required=required)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValidationError(self._where(key), f"'{value}' is not a date (YYYY-MM-DD)") from None

    def time(self, key: str) -> dt.time | None:
        value = self.get(key, str, required=False)
        if value is None:
            return None
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            raise ValidationError(self._where(key), f"'{value}' is not a time (HH:MM)") from None

    def per_language(self, key: str, make) -> dict:
        value = self.get(key, dict)
        if not value:
            raise ValidationError(self._where(key), "has no language")
        return {language: make(Reader(entry, f"{self._where(key)}.{language}")) for language, entry in value.items()}


def _kind_name(kind) -> str:
    names = {str: "a text", int: "a whole number", dict: "an object", list: "a list", bool: "true or false"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def check_json_texts(data: Any) -> None:
    """Refuse, by its path in the file, any text (a value or a key) with a character that cannot be stored
    or would mislead on screen (validation.check_characters). Iterative: a file may nest deeply.

    A first pass only looks (a file of 100,000 delegations holds over a million texts: making the path
    of each costs seconds); the path of a refused text is made only when there is one."""
    if not _any_refused_text(data):
        return
    pending: list[tuple[str, Any]] = [("", data)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str):
            check_characters(path or "file", value)
        elif isinstance(value, dict):
            for key, item in value.items():
                where = f"{path}.{key}" if path else str(key)
                if isinstance(key, str):
                    check_characters(f"{path or 'file'} (a key)", key)
                pending.append((where, item))
        elif isinstance(value, list):
            pending.extend((f"{path}[{index}]", item) for index, item in enumerate(value))


def _any_refused_text(data: Any) -> bool:
    """Whether any text or key in ``data`` holds a refused character: all gathered and searched at once
    (joined, no character can be made or lost: a lone surrogate stays one code point)."""
    texts: list[str] = []
    pending = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            try:
                texts.append("".join(value))
            except TypeError:  # a key that is not a text (not from a JSON file): checked one by one
                texts.extend(key for key in value if isinstance(key, str))
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return has_refused_character("".join(texts))
