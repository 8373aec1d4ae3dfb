"""PySide6 6.12.0 drops a reference to None on every call of a wrapped Qt function that returns None
(``widget.setEnabled(True)``, ``combo.currentData()`` with no data …): measured here, 1,000 calls of
``QComboBox.setEnabled`` lower ``sys.getrefcount(None)`` by exactly 1,000. From CPython 3.12 on None is
immortal and nothing shows; under 3.11 its count reaches zero after some ten thousand such calls (a few
hundred edits in the window) and the interpreter aborts with "Fatal Python error: none_dealloc". Until
PySide6 is fixed or Python 3.12 is required, None is given references enough never to run out: what
3.12 does by design (PEP 683)."""
from __future__ import annotations

import ctypes
import sys

# 2**40 references: at a million dropped a second, some twelve days of work before the count ran out.
SPARE_REFERENCES = 1 << 40


def keep_none_alive() -> None:
    """Make None as good as immortal under CPython before 3.12 (a no-op where it is immortal already)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of every object
    if count.value < SPARE_REFERENCES:
        count.value += SPARE_REFERENCES
