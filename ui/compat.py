"""Work around a PySide6 6.12.0 defect on Python 3.11: wrapped C++ methods returning ``void``
hand back ``None`` without a new reference, so every such call (``label.setText(…)``) lowers
None's reference count by one, and after a few thousand calls the interpreter aborts with
"none_dealloc: deallocating None". Python 3.12+ is immune (None is immortal, PEP 683).

We give None a reference count no session can exhaust (2**40 calls). Applied once, at import
of the ``ui`` package, only where the defect can bite.
"""
from __future__ import annotations

import ctypes
import sys

_APPLIED = False
_BOOST = 1 << 40


def guard_none_refcount() -> bool:
    global _APPLIED
    if _APPLIED or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _BOOST
    _APPLIED = True
    return True


def pyside_leaks_none() -> bool:
    """True if a void Qt call lowers None's reference count (the defect above)."""
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        obj.setObjectName("x")
    return sys.getrefcount(None) < before - 50
