"""Reading a date typed by a user: ISO (2025-09-18), day.month.year (18.09.2025, 18/09/2025) and the
month written out in the editing language (18 September 2025, September 18, 2025, 18. September 2025)."""
from __future__ import annotations

import datetime as dt
import re

from babel import Locale, UnknownLocaleError


class DateTextError(ValueError):
    """Text that is not a date; the message says what forms are understood."""


_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*\.?\s*$")
_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})\s*\.?\s*([^\d\s,.]+)\.?\s*,?\s*(\d{4})\s*\.?\s*$")
_MONTH_DAY_YEAR = re.compile(r"^\s*([^\d\s,.]+)\.?\s+(\d{1,2})\s*,?\s*(\d{4})\s*$")
_YEAR_MONTH_DAY = re.compile(r"^\s*(\d{4})\s*\.?\s*([^\d\s,.]+)\.?\s+(\d{1,2})\s*\.?\s*$")


def month_names(language: str) -> dict[str, int]:
    """Every written form of each month in the language (and in English), case-folded, to its number."""
    names: dict[str, int] = {}
    locales = []
    for code in (language, "en"):
        try:
            locales.append(Locale.parse(code.replace("-", "_")))
        except (UnknownLocaleError, ValueError):
            continue
    for locale in reversed(locales):  # the editing language wins where two languages share a spelling
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    names[name.casefold().rstrip(".")] = number
    return names


def parse_date(text: str, language: str) -> dt.date:
    """The date written in text, or DateTextError."""
    parts = None
    if match := _ISO.match(text):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif match := _NUMERIC.match(text):
        parts = (int(match[3]), int(match[2]), int(match[1]))
    else:
        names = month_names(language)
        for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_YEAR_MONTH_DAY, "ymd")):
            if match := pattern.match(text):
                groups = dict(zip(order, match.groups()))
                month = names.get(groups["m"].casefold().rstrip("."))
                if month is not None:
                    parts = (int(groups["y"]), month, int(groups["d"]))
                break
    if parts is None:
        raise DateTextError(f"“{text.strip()}” is not a date: write it as 18 September 2025, 18.09.2025 "
                            f"or 2025-09-18.")
    try:
        return dt.date(*parts)
    except ValueError:
        raise DateTextError(f"“{text.strip()}” is not a date of the calendar.") from None
